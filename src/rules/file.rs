//! The YAML shape of a rule file and its validation into a [`RuleSet`].
//!
//! Every struct denies unknown fields, so a misspelt key is an error that names it. All fields
//! are optional: a story's `rules.yaml` says only what it adds.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use serde::Deserialize;

use super::{
    CasualtyRules, DateFactKind, DateRules, FactKind, FactRules, Group, HedgeRule, NameRules,
    NumberRules, QuoteRules, RuleSet, SegmentRules, VagueRule,
};
use crate::claim::{HedgeKind, Outcome};
use crate::dates::{DEFAULT_WINDOWS, Part};
use crate::error::{Error, Result};

/// The schema version this build reads.
const VERSION: u32 = 1;

/// One rule file as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct RuleFile {
    /// Schema version; 1 when absent.
    version: Option<u32>,
    #[serde(default)]
    segment: SegmentFile,
    #[serde(default)]
    numbers: NumbersFile,
    #[serde(default)]
    casualties: CasualtiesFile,
    /// Event groups: name → phrases.
    #[serde(default)]
    events: BTreeMap<String, Vec<String>>,
    #[serde(default)]
    dates: DatesFile,
    #[serde(default)]
    names: super::names::NamesFile,
    #[serde(default)]
    quotes: QuotesFile,
    /// Fact kinds, each tagged by `kind`.
    #[serde(default)]
    facts: Vec<FactFile>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DatesFile {
    #[serde(default)]
    parts: BTreeMap<PartFile, WindowFile>,
    #[serde(default)]
    not_events: Vec<String>,
    #[serde(default)]
    reporting: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
enum PartFile {
    Early,
    Mid,
    Late,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct WindowFile {
    month_days: Option<[i8; 2]>,
    year_months: Option<[i8; 2]>,
    decade_years: Option<[i16; 2]>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct QuotesFile {
    min_statement_words: Option<usize>,
    min_overlap: Option<f64>,
    #[serde(default)]
    negations: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct SegmentFile {
    #[serde(default)]
    abbreviations: Vec<String>,
    #[serde(default)]
    boilerplate_lines: Vec<String>,
    #[serde(default)]
    boilerplate_prefixes: Vec<String>,
    #[serde(default)]
    tail_sections: Vec<String>,
    #[serde(default)]
    tickers: Vec<String>,
    #[serde(default)]
    teasers: Vec<String>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct NumbersFile {
    #[serde(default)]
    hedges: Vec<HedgeFile>,
    #[serde(default)]
    vague: Vec<VagueFile>,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HedgeFile {
    kind: HedgeKindFile,
    words: Vec<String>,
    #[serde(default)]
    suffix: bool,
    margin: Option<f64>,
}

#[derive(Clone, Copy, Debug, Deserialize)]
#[serde(rename_all = "snake_case")]
enum HedgeKindFile {
    Approximate,
    Below,
    AtLeast,
    MoreThan,
    AtMost,
    FewerThan,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct VagueFile {
    words: Vec<String>,
    min: f64,
    max: Option<f64>,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct CasualtiesFile {
    #[serde(default)]
    outcomes: BTreeMap<OutcomeFile, Vec<String>>,
    #[serde(default)]
    victims: Vec<GroupFile>,
    #[serde(default)]
    attribution_verbs: Vec<String>,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Deserialize)]
#[serde(rename_all = "snake_case")]
enum OutcomeFile {
    Killed,
    Injured,
    Casualties,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct GroupFile {
    name: String,
    words: Vec<String>,
    #[serde(default)]
    generic: bool,
}

#[derive(Debug, Deserialize)]
#[serde(tag = "kind", rename_all = "snake_case", deny_unknown_fields)]
enum FactFile {
    CasualtyCount(FactKindFile),
    Quantity(FactKindFile),
    Date(DateFactFile),
    Name(ToggleFile),
    Affiliation(ToggleFile),
    Quote(ToggleFile),
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct ToggleFile {
    #[serde(default = "yes")]
    enabled: bool,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct DateFactFile {
    #[serde(default = "yes")]
    enabled: bool,
    #[serde(default)]
    tolerance: DateToleranceFile,
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct DateToleranceFile {
    #[serde(default)]
    days: u16,
}

#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct FactKindFile {
    #[serde(default = "yes")]
    enabled: bool,
    #[serde(default)]
    tolerance: ToleranceFile,
}

fn yes() -> bool {
    true
}

#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ToleranceFile {
    #[serde(default)]
    relative: f64,
    #[serde(default)]
    absolute: f64,
}

impl RuleFile {
    /// Decodes one file strictly. `path` is only for messages.
    pub fn parse(text: &str, path: &Path) -> Result<RuleFile> {
        if text.trim().is_empty() {
            return Ok(RuleFile::default());
        }
        let file: RuleFile = serde_yaml::from_str(text).map_err(|e| Error::yaml(path, &e, 0))?;
        match file.version {
            None | Some(VERSION) => Ok(file),
            Some(v) => Err(Error::Rule {
                path: path.to_path_buf(),
                message: format!(
                    "version {v} is not supported (this build reads version {VERSION})"
                ),
            }),
        }
    }
}

/// Applies the files in order and validates the result.
pub(super) fn build(files: Vec<(PathBuf, RuleFile)>) -> Result<RuleSet> {
    let mut set = RuleSet {
        sources: Vec::new(),
        segment: SegmentRules::default(),
        numbers: NumberRules::default(),
        casualties: CasualtyRules::default(),
        events: Vec::new(),
        dates: DateRules {
            parts: DEFAULT_WINDOWS,
            not_events: Vec::new(),
            reporting: Vec::new(),
        },
        names: NameRules::default(),
        quotes: QuoteRules::default(),
        facts: FactRules {
            casualty_count: FactKind {
                enabled: true,
                relative: 0.0,
                absolute: 0.0,
            },
            quantity: FactKind {
                enabled: true,
                relative: 0.0,
                absolute: 0.0,
            },
            date: DateFactKind {
                enabled: true,
                days: 0,
            },
            name: true,
            affiliation: true,
            quote: true,
        },
    };
    for (path, file) in files {
        apply(&mut set, file, &path)?;
        set.sources.push(path);
    }
    Ok(set)
}

fn apply(set: &mut RuleSet, file: RuleFile, path: &Path) -> Result<()> {
    let bad = |message: String| Error::Rule {
        path: path.to_path_buf(),
        message,
    };
    let seg = file.segment;
    let s = &mut set.segment;
    extend(
        &mut s.abbreviations,
        seg.abbreviations,
        "segment.abbreviations",
        path,
    )?;
    extend(
        &mut s.boilerplate_lines,
        seg.boilerplate_lines,
        "segment.boilerplate_lines",
        path,
    )?;
    extend(
        &mut s.boilerplate_prefixes,
        seg.boilerplate_prefixes,
        "segment.boilerplate_prefixes",
        path,
    )?;
    extend(
        &mut s.tail_sections,
        seg.tail_sections,
        "segment.tail_sections",
        path,
    )?;
    extend(&mut s.tickers, seg.tickers, "segment.tickers", path)?;
    extend(&mut s.teasers, seg.teasers, "segment.teasers", path)?;

    for (i, h) in file.numbers.hedges.into_iter().enumerate() {
        let (kind, default_margin) = match h.kind {
            HedgeKindFile::Approximate => (HedgeKind::Approximate, None),
            HedgeKindFile::Below => (HedgeKind::Below, None),
            HedgeKindFile::AtLeast => (HedgeKind::AtLeast, Some(0.0)),
            HedgeKindFile::MoreThan => (HedgeKind::MoreThan, Some(0.0)),
            HedgeKindFile::AtMost => (HedgeKind::AtMost, Some(0.0)),
            HedgeKindFile::FewerThan => (HedgeKind::FewerThan, Some(0.0)),
        };
        let margin = match (h.margin, default_margin) {
            (Some(m), _) if (0.0..1.0).contains(&m) => m,
            (Some(m), _) => {
                return Err(bad(format!(
                    "numbers.hedges[{i}].margin: {m} is not in 0..1"
                )));
            }
            (None, Some(m)) => m,
            (None, None) => {
                return Err(bad(format!(
                    "numbers.hedges[{i}]: a hedge of this kind needs a `margin` (e.g. 0.1)"
                )));
            }
        };
        for words in normalise(h.words, &format!("numbers.hedges[{i}].words"), path)? {
            set.numbers
                .hedges
                .retain(|r| !(r.words == words && r.suffix == h.suffix));
            set.numbers.hedges.push(HedgeRule {
                words,
                kind,
                suffix: h.suffix,
                margin,
            });
        }
    }
    for (i, v) in file.numbers.vague.into_iter().enumerate() {
        let valid = v.min.is_finite()
            && v.min >= 0.0
            && v.max.is_none_or(|max| max.is_finite() && max >= v.min);
        if !valid {
            return Err(bad(format!(
                "numbers.vague[{i}]: min/max do not make an interval"
            )));
        }
        for words in normalise(v.words, &format!("numbers.vague[{i}].words"), path)? {
            set.numbers.vague.retain(|r| r.words != words);
            set.numbers.vague.push(VagueRule {
                words,
                min: v.min,
                max: v.max,
            });
        }
    }

    let c = file.casualties;
    for (outcome, words) in c.outcomes {
        let outcome = match outcome {
            OutcomeFile::Killed => Outcome::Killed,
            OutcomeFile::Injured => Outcome::Injured,
            OutcomeFile::Casualties => Outcome::Casualties,
        };
        let words = normalise(
            words,
            &format!("casualties.outcomes.{}", outcome.as_str()),
            path,
        )?;
        match set
            .casualties
            .outcomes
            .iter_mut()
            .find(|(o, _)| *o == outcome)
        {
            Some((_, list)) => merge(list, words),
            None => set.casualties.outcomes.push((outcome, words)),
        }
    }
    merge_groups(
        &mut set.casualties.victims,
        c.victims,
        "casualties.victims",
        path,
    )?;
    extend(
        &mut set.casualties.attribution_verbs,
        c.attribution_verbs,
        "casualties.attribution_verbs",
        path,
    )?;
    let events = file.events.into_iter().map(|(name, words)| GroupFile {
        name,
        words,
        generic: false,
    });
    merge_groups(&mut set.events, events.collect(), "events", path)?;

    apply_dates(set, file.dates, path)?;
    super::names::apply(&mut set.names, file.names, path)?;
    let q = file.quotes;
    if let Some(n) = q.min_statement_words {
        if n == 0 {
            return Err(bad("quotes.min_statement_words: must be at least 1".into()));
        }
        set.quotes.min_statement_words = n;
    }
    if let Some(x) = q.min_overlap {
        if !(x > 0.0 && x <= 1.0) {
            return Err(bad(format!("quotes.min_overlap: {x} is not in (0, 1]")));
        }
        set.quotes.min_overlap = x;
    }
    extend(
        &mut set.quotes.negations,
        q.negations,
        "quotes.negations",
        path,
    )?;

    for fact in file.facts {
        let (slot, f, name) = match fact {
            FactFile::CasualtyCount(f) => (&mut set.facts.casualty_count, f, "casualty_count"),
            FactFile::Quantity(f) => (&mut set.facts.quantity, f, "quantity"),
            FactFile::Date(f) => {
                set.facts.date = DateFactKind {
                    enabled: f.enabled,
                    days: f.tolerance.days,
                };
                continue;
            }
            FactFile::Name(f) => {
                set.facts.name = f.enabled;
                continue;
            }
            FactFile::Affiliation(f) => {
                set.facts.affiliation = f.enabled;
                continue;
            }
            FactFile::Quote(f) => {
                set.facts.quote = f.enabled;
                continue;
            }
        };
        let t = f.tolerance;
        if !((0.0..1.0).contains(&t.relative) && t.absolute >= 0.0 && t.absolute.is_finite()) {
            return Err(bad(format!(
                "facts[{name}].tolerance: relative must be in 0..1 and absolute at least 0"
            )));
        }
        *slot = FactKind {
            enabled: f.enabled,
            relative: t.relative,
            absolute: t.absolute,
        };
    }
    Ok(())
}

/// Period windows replace the defaults field by field; each must be an ordered pair inside its
/// unit (days 1–31, months 1–12, years of a decade 0–9).
fn apply_dates(set: &mut RuleSet, dates: DatesFile, path: &Path) -> Result<()> {
    for (part, w) in dates.parts {
        let (part, name) = match part {
            PartFile::Early => (Part::Early, "early"),
            PartFile::Mid => (Part::Mid, "mid"),
            PartFile::Late => (Part::Late, "late"),
        };
        let slot = match part {
            Part::Early => &mut set.dates.parts.early,
            Part::Mid => &mut set.dates.parts.mid,
            Part::Late => &mut set.dates.parts.late,
        };
        let check = |field: &str, [a, b]: [i16; 2], lo: i16, hi: i16| {
            if lo <= a && a <= b && b <= hi {
                Ok((a, b))
            } else {
                Err(Error::Rule {
                    path: path.to_path_buf(),
                    message: format!(
                        "dates.parts.{name}.{field}: [{a}, {b}] is not an ordered pair in {lo}..={hi}"
                    ),
                })
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
        &mut set.dates.not_events,
        dates.not_events,
        "dates.not_events",
        path,
    )?;
    extend(
        &mut set.dates.reporting,
        dates.reporting,
        "dates.reporting",
        path,
    )
}

/// Lower-cases and trims phrases; an empty phrase is an error naming the key.
fn normalise(words: Vec<String>, key: &str, path: &Path) -> Result<Vec<String>> {
    words
        .into_iter()
        .map(|w| {
            let w = w
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if w.is_empty() {
                Err(Error::Rule {
                    path: path.to_path_buf(),
                    message: format!("{key}: an empty phrase matches nothing"),
                })
            } else {
                Ok(w)
            }
        })
        .collect()
}

pub(super) fn extend(
    list: &mut Vec<String>,
    words: Vec<String>,
    key: &str,
    path: &Path,
) -> Result<()> {
    let words = normalise(words, key, path)?;
    merge(list, words);
    Ok(())
}

fn merge(list: &mut Vec<String>, words: Vec<String>) {
    for w in words {
        if !list.contains(&w) {
            list.push(w);
        }
    }
}

/// A group with a known name gets the new phrases added; a new name is appended.
fn merge_groups(
    list: &mut Vec<Group>,
    groups: Vec<GroupFile>,
    key: &str,
    path: &Path,
) -> Result<()> {
    for g in groups {
        let name = g.name.trim().to_lowercase();
        if name.is_empty() {
            return Err(Error::Rule {
                path: path.to_path_buf(),
                message: format!("{key}: a group needs a non-empty name"),
            });
        }
        let words = normalise(g.words, &format!("{key}.{name}"), path)?;
        match list.iter_mut().find(|x| x.name == name) {
            Some(existing) => {
                merge(&mut existing.words, words);
                existing.generic |= g.generic;
            }
            None => list.push(Group {
                name,
                words,
                generic: g.generic,
            }),
        }
    }
    Ok(())
}
