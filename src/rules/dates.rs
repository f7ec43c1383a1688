//! Date settings: the windows of "early", "mid" and "late", and the `dates` section of a rule
//! file (windows, phrases that name no event, reporting words, holidays).

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use super::holidays::HolidaySpec;
use super::phrases::extend;
use super::{DateRules, NumberRules};
use crate::error::{Error, Result, RuleError};
use crate::kinds::Part;

/// Day windows of "early", "mid" and "late": days of a month, months of a year, years of a
/// decade, each an inclusive `[first, last]` pair. A window's last day past a month's end is the
/// month's end.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct PartWindows {
    /// "early": days, months, years.
    pub early: Window,
    /// "mid".
    pub mid: Window,
    /// "late".
    pub late: Window,
}

/// The windows `rules/default.yaml` starts from: early 1–15, mid 10–20, late 16–end of a month;
/// January–June, May–August, July–December of a year; years 0–3, 3–6, 6–9 of a decade.
pub const DEFAULT_WINDOWS: PartWindows = PartWindows {
    early: Window {
        month_days: (1, 15),
        year_months: (1, 6),
        decade_years: (0, 3),
    },
    mid: Window {
        month_days: (10, 20),
        year_months: (5, 8),
        decade_years: (3, 6),
    },
    late: Window {
        month_days: (16, 31),
        year_months: (7, 12),
        decade_years: (6, 9),
    },
};

/// The span of one part in each unit.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Window {
    /// Days of a month, 1 to 31.
    pub month_days: (i8, i8),
    /// Months of a year, 1 to 12.
    pub year_months: (i8, i8),
    /// Years of a decade, 0 to 9.
    pub decade_years: (i16, i16),
}

impl PartWindows {
    /// The window of one part.
    pub fn of(&self, part: Part) -> &Window {
        match part {
            Part::Early => &self.early,
            Part::Mid => &self.mid,
            Part::Late => &self.late,
        }
    }

    /// The window of one part, to change.
    pub fn of_mut(&mut self, part: Part) -> &mut Window {
        match part {
            Part::Early => &mut self.early,
            Part::Mid => &mut self.mid,
            Part::Late => &mut self.late,
        }
    }
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct DatesFile {
    #[serde(default)]
    parts: BTreeMap<Part, WindowFile>,
    #[serde(default)]
    not_events: Vec<String>,
    #[serde(default)]
    reporting: Vec<String>,
    #[serde(default)]
    holidays: Vec<HolidaySpec>,
    numeric_order: Option<NumericOrder>,
}

/// The order of day and month in a numeric date whose numbers leave it open ("3/7/2017",
/// "5/12"): `mdy` (March 7), `dmy` (3 July), or `auto`, which takes the order of the article's
/// language where it has one ([`NumericOrder::for_language`]) and otherwise reads such a date
/// only where the numbers decide it (a number above 12 is the day): an open one is not read,
/// and a warning names it.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq, Deserialize)]
#[serde(rename_all = "lowercase")]
pub enum NumericOrder {
    /// By the article's language, else only where the numbers decide it.
    #[default]
    Auto,
    /// Month first: "3/7/2017" is March 7.
    Mdy,
    /// Day first: "3/7/2017" is 3 July.
    Dmy,
}

/// Languages whose writers put the day first in a numeric date ("5/12" is 5 December).
const DAY_FIRST_LANGUAGES: &[&str] = &[
    "fr", "de", "es", "it", "pt", "nl", "ru", "uk", "pl", "cs", "sk", "ro", "el", "tr", "da", "sv",
    "nb", "nn", "no", "fi", "id", "ms", "vi", "ar", "he",
];

/// English outside the United States: the day comes first ("en-GB", "en-IN").
const DAY_FIRST_ENGLISH: &[&str] = &["gb", "uk", "ie", "au", "nz", "in", "za", "ng", "ke", "pk"];

impl NumericOrder {
    /// The order to read an article's numeric dates in: this rule, or under `auto` the one its
    /// language `lang` (a BCP 47 tag: front matter `lang:`, HTML `lang`) decides — month first
    /// in US English ("en-US"), day first in English of the other countries listed and in the
    /// languages that write the day first ("fr", "de-AT", "pt-BR"). Plain "en", another region,
    /// another language or none gives no hint, and `auto` stays.
    pub fn for_language(self, lang: Option<&str>) -> NumericOrder {
        if self != NumericOrder::Auto {
            return self;
        }
        let Some(lang) = lang else {
            return self;
        };
        let mut parts = lang.split(['-', '_']);
        let language = parts.next().unwrap_or_default().to_ascii_lowercase();
        let region = parts.next().map(str::to_ascii_lowercase);
        match (language.as_str(), region.as_deref()) {
            ("en", Some("us")) => NumericOrder::Mdy,
            ("en", Some(r)) if DAY_FIRST_ENGLISH.contains(&r) => NumericOrder::Dmy,
            ("en", _) => NumericOrder::Auto,
            (l, _) if DAY_FIRST_LANGUAGES.contains(&l) => NumericOrder::Dmy,
            _ => NumericOrder::Auto,
        }
    }
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WindowFile {
    month_days: Option<[i8; 2]>,
    year_months: Option<[i8; 2]>,
    decade_years: Option<[i16; 2]>,
}

/// Period windows replace the defaults field by field; each must be an ordered pair inside its
/// unit (days 1–31, months 1–12, years of a decade 0–9). The hedges that stand before a number
/// are taken from `numbers` as they are so far (this file's included).
pub(super) fn apply(
    set: &mut DateRules,
    numbers: &NumberRules,
    dates: DatesFile,
    path: &Path,
) -> Result<()> {
    set.amount_hedges = numbers
        .hedges
        .iter()
        .filter(|h| !h.suffix)
        .map(|h| h.words.clone())
        .collect();
    for (part, w) in dates.parts {
        let name = part.as_str();
        let slot = set.parts.of_mut(part);
        let check = |field: &str, [a, b]: [i16; 2], lo: i16, hi: i16| {
            if lo <= a && a <= b && b <= hi {
                Ok((a, b))
            } else {
                let kind = RuleError::NotOrderedPair {
                    pair: (a, b),
                    range: (lo, hi),
                };
                Err(Error::rule(
                    path,
                    format!("dates.parts.{name}.{field}"),
                    kind,
                ))
            }
        };
        let narrow = |(a, b): (i16, i16)| (a as i8, b as i8);
        if let Some([a, b]) = w.month_days {
            slot.month_days = narrow(check("month_days", [a.into(), b.into()], 1, 31)?);
        }
        if let Some([a, b]) = w.year_months {
            slot.year_months = narrow(check("year_months", [a.into(), b.into()], 1, 12)?);
        }
        if let Some(pair) = w.decade_years {
            slot.decade_years = check("decade_years", pair, 0, 9)?;
        }
    }
    extend(
        &mut set.not_events,
        dates.not_events,
        "dates.not_events",
        path,
    )?;
    if let Some(order) = dates.numeric_order {
        set.numeric_order = order;
    }
    for holiday in dates.holidays {
        for name in &holiday.names {
            set.holidays.add(name, holiday.date);
        }
    }
    extend(&mut set.reporting, dates.reporting, "dates.reporting", path)
}

#[cfg(test)]
mod tests {
    use super::NumericOrder::{self, Auto, Dmy, Mdy};

    #[test]
    fn auto_takes_the_order_of_the_article_language() {
        let cases: &[(Option<&str>, NumericOrder)] = &[
            (Some("en-US"), Mdy),
            (Some("en_us"), Mdy),
            (Some("en-GB"), Dmy),
            (Some("EN-ie"), Dmy),
            (Some("en-AU"), Dmy),
            (Some("en-NZ"), Dmy),
            (Some("en-IN"), Dmy),
            (Some("fr"), Dmy),
            (Some("de-AT"), Dmy),
            (Some("pt-BR"), Dmy),
            (Some("es"), Dmy),
            (Some("it"), Dmy),
            (Some("en"), Auto),
            (Some("en-CA"), Auto),
            (Some("ja"), Auto),
            (Some(""), Auto),
            (None, Auto),
        ];
        for &(lang, order) in cases {
            assert_eq!(Auto.for_language(lang), order, "{lang:?}");
        }
        // A rule that names the order is kept whatever the language.
        assert_eq!(Mdy.for_language(Some("fr")), Mdy);
        assert_eq!(Dmy.for_language(Some("en-US")), Dmy);
    }
}
