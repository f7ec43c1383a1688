//! Holidays: named days whose date a rule gives, fixed ("Christmas Day": 25 December), the n-th
//! weekday of a month ("Thanksgiving": the fourth Thursday of November) or a number of days from
//! Easter Sunday ("Good Friday": two days before). The rule set lists them (`dates.holidays` in
//! `rules/default.yaml`; a story's rules may add more); [`Holidays`] finds their names in text.
//!
//! A rule file's entry is one of three shapes, checked where it is read so that a mistake is
//! reported at its line and column:
//!
//! ```yaml
//! - {names: ["christmas day", christmas], month: 12, day: 25}
//! - {names: [thanksgiving], month: 11, weekday: thursday, nth: 4}
//! - {names: ["good friday"], easter: -2}
//! ```
//!
//! The second shape may count `days` on from that weekday: the day after Thanksgiving is
//! `{month: 11, weekday: thursday, nth: 4, days: 1}`, which no n-th Friday always is.

use jiff::Span;
use jiff::civil::{Date, Weekday};
use serde::Deserialize;

use crate::lex::{Lead, WordMask, Words, lead_key, phrase_len};

/// How a holiday's day is found in a year.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum HolidayDate {
    /// The same day every year.
    Fixed {
        /// The month, 1 to 12.
        month: i8,
        /// The day of the month.
        day: i8,
    },
    /// The n-th (1 to 5) or last (-1) such weekday of a month.
    NthWeekday {
        /// The month, 1 to 12.
        month: i8,
        /// The weekday.
        weekday: Weekday,
        /// Which one: 1 to 5, or -1 for the last.
        nth: i8,
        /// Days on from that weekday (0 for the weekday itself).
        days: i8,
    },
    /// This many days from Easter Sunday (Gregorian computus); negative before it.
    Easter {
        /// Days from Easter Sunday.
        offset: i16,
    },
}

impl HolidayDate {
    /// The holiday's day in `year`, if it has one there.
    pub fn in_year(self, year: i16) -> Option<Date> {
        match self {
            HolidayDate::Fixed { month, day } => Date::new(year, month, day).ok(),
            HolidayDate::NthWeekday {
                month,
                weekday,
                nth,
                days,
            } => {
                let first = Date::new(year, month, 1).ok()?;
                let d = if nth > 0 {
                    let ahead = i32::from(weekday.since(first.weekday()));
                    let d = first
                        .checked_add(Span::new().days(ahead + 7 * i32::from(nth - 1)))
                        .ok()?;
                    (d.month() == month).then_some(d)?
                } else {
                    let last = first.last_of_month();
                    let back = i32::from(last.weekday().since(weekday));
                    last.checked_sub(Span::new().days(back)).ok()?
                };
                d.checked_add(Span::new().days(i32::from(days))).ok()
            }
            HolidayDate::Easter { offset } => easter(year)?
                .checked_add(Span::new().days(i32::from(offset)))
                .ok(),
        }
    }
}

/// Easter Sunday of `year` in the Gregorian calendar (the anonymous Gregorian algorithm, also
/// known as Meeus/Jones/Butcher).
pub fn easter(year: i16) -> Option<Date> {
    let y = i32::from(year);
    let a = y % 19;
    let b = y / 100;
    let c = y % 100;
    let d = b / 4;
    let e = b % 4;
    let f = (b + 8) / 25;
    let g = (b - f + 1) / 3;
    let h = (19 * a + b - d - g + 15) % 30;
    let i = c / 4;
    let k = c % 4;
    let l = (32 + 2 * e + 2 * i - h - k) % 7;
    let m = (a + 11 * h + 22 * l) / 451;
    let month = (h + l - 7 * m + 114) / 31;
    let day = (h + l - 7 * m + 114) % 31 + 1;
    Date::new(year, i8::try_from(month).ok()?, i8::try_from(day).ok()?).ok()
}

/// The holidays of a rule set, their names looked up by their first word.
#[derive(Clone, Default)]
pub struct Holidays {
    /// Every name (lower-case words separated by single spaces) with its rule.
    names: Vec<(String, HolidayDate)>,
    /// For each first word, the indexes into `names` of the names it opens, longest first.
    by_lead: Words<Vec<usize>>,
    /// The indexes of names that open with a sign or a letter beyond ASCII, tried everywhere.
    other: Vec<usize>,
    /// The keys of `by_lead` as a mask, which turns most other words away; none while no
    /// holiday is listed (empty holidays are made for each line ingest reads a date from).
    leads: Option<Box<WordMask>>,
}

impl std::fmt::Debug for Holidays {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_list().entries(&self.names).finish()
    }
}

impl Holidays {
    /// Adds a holiday under one name (a rule phrase: lower-case words, single spaces).
    pub fn add(&mut self, name: &str, date: HolidayDate) {
        let index = self.names.len();
        self.names.push((name.to_string(), date));
        let key = lead_key(name);
        if let Some(key) = &key {
            let leads = self.leads.get_or_insert_with(Box::default);
            **leads = leads.with(key);
        }
        let slot = match key {
            Some(key) => match self.by_lead.entry(&key) {
                Some(slot) => slot,
                None => &mut self.other,
            },
            None => &mut self.other,
        };
        slot.push(index);
        let names = &self.names;
        slot.sort_by_key(|&i| std::cmp::Reverse(names[i].0.len()));
    }

    /// Whether no holiday is listed.
    pub fn is_empty(&self) -> bool {
        self.names.is_empty()
    }

    /// Whether a holiday's name may open with the word `word` (ASCII letters and digits, as
    /// [`Lead::Ascii`] reads it): false for most words, after one test of a bit. Always true
    /// when some name opens with a sign or a letter beyond ASCII.
    pub(crate) fn may_open(&self, word: &str) -> bool {
        !self.other.is_empty() || self.leads.as_ref().is_some_and(|m| m.may_hold(word))
    }

    /// The longest holiday name at the start of `i`: its byte length and rule.
    #[cfg(test)]
    pub(crate) fn at(&self, i: &str) -> Option<(usize, HolidayDate)> {
        self.at_lead(i, crate::lex::lead(i))
    }

    /// The longest holiday name at the start of `i`, whose first word `first` the walk has
    /// already read: its byte length and rule.
    pub(crate) fn at_lead(&self, i: &str, first: Lead<'_>) -> Option<(usize, HolidayDate)> {
        let listed = match first {
            Lead::Ascii(word) => self.by_lead.get(word),
            Lead::Other | Lead::Sign => None,
        };
        listed
            .into_iter()
            .flatten()
            .chain(&self.other)
            .find_map(|&n| {
                let (name, date) = &self.names[n];
                if verb_first(name) && i.starts_with(|c: char| c.is_lowercase()) {
                    return None;
                }
                phrase_len(i, name).map(|len| (len, *date))
            })
    }
}

/// Whether a holiday's name opens with a month that is also a verb ("May Day", "March
/// holiday"): such a name is read only capitalised ("prices may day by day change").
fn verb_first(name: &str) -> bool {
    name.starts_with("may ") || name.starts_with("march ")
}

/// One `dates.holidays` entry of a rule file, checked: its names and its rule.
#[derive(Debug, Deserialize)]
#[serde(try_from = "HolidayFile")]
pub(super) struct HolidaySpec {
    /// The names, lower-case with single spaces.
    pub(super) names: Vec<String>,
    /// How its day is found.
    pub(super) date: HolidayDate,
}

/// A `dates.holidays` entry as written.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
struct HolidayFile {
    names: Vec<String>,
    month: Option<i8>,
    day: Option<i8>,
    weekday: Option<String>,
    nth: Option<i8>,
    days: Option<i8>,
    easter: Option<i16>,
}

impl TryFrom<HolidayFile> for HolidaySpec {
    type Error = String;

    fn try_from(f: HolidayFile) -> Result<Self, String> {
        let names: Vec<String> = f
            .names
            .iter()
            .map(|n| {
                n.split_whitespace()
                    .collect::<Vec<_>>()
                    .join(" ")
                    .to_lowercase()
            })
            .collect();
        if names.is_empty() || names.iter().any(String::is_empty) {
            return Err("a holiday needs at least one non-empty name".into());
        }
        let month_ok = |m: i8| {
            if (1..=12).contains(&m) {
                Ok(m)
            } else {
                Err(format!("month {m} is not in 1..=12"))
            }
        };
        if f.days.is_some() && f.nth.is_none() {
            return Err(
                "`days` counts on from an n-th weekday: give `weekday` and `nth` too".into(),
            );
        }
        let date = match (f.month, f.day, f.weekday, f.nth, f.easter) {
            (Some(m), Some(day), None, None, None) => {
                let month = month_ok(m)?;
                // 2024 is a leap year: 29 February passes.
                Date::new(2024, month, day)
                    .map_err(|_| format!("{month}/{day} is no day of the calendar"))?;
                HolidayDate::Fixed { month, day }
            }
            (Some(m), None, Some(w), Some(nth), None) => {
                let days = f.days.unwrap_or(0);
                if !(0..=14).contains(&days) {
                    return Err(format!("days {days} is not 0 to 14"));
                }
                let weekday = weekday_named(&w)
                    .ok_or_else(|| format!("`{w}` is not a weekday (monday … sunday)"))?;
                if !(nth == -1 || (1..=5).contains(&nth)) {
                    return Err(format!("nth {nth} is not 1 to 5, or -1 for the last"));
                }
                HolidayDate::NthWeekday {
                    month: month_ok(m)?,
                    weekday,
                    nth,
                    days,
                }
            }
            (None, None, None, None, Some(offset)) => {
                if offset.abs() > 200 {
                    return Err(format!("easter {offset} is more than 200 days from Easter"));
                }
                HolidayDate::Easter { offset }
            }
            _ => {
                return Err(
                    "give `month` and `day`, or `month`, `weekday` and `nth` (and `days` on \
                            from it), or `easter` (days from Easter Sunday)"
                        .into(),
                );
            }
        };
        Ok(HolidaySpec { names, date })
    }
}

/// The weekday a lower- or mixed-case English name gives.
fn weekday_named(name: &str) -> Option<Weekday> {
    Some(match name.to_lowercase().as_str() {
        "monday" => Weekday::Monday,
        "tuesday" => Weekday::Tuesday,
        "wednesday" => Weekday::Wednesday,
        "thursday" => Weekday::Thursday,
        "friday" => Weekday::Friday,
        "saturday" => Weekday::Saturday,
        "sunday" => Weekday::Sunday,
        _ => return None,
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    #[test]
    fn easter_by_computus() {
        assert_eq!(easter(2016), Some(date(2016, 3, 27)));
        assert_eq!(easter(2019), Some(date(2019, 4, 21)));
        assert_eq!(easter(2024), Some(date(2024, 3, 31)));
        assert_eq!(easter(2038), Some(date(2038, 4, 25)));
        assert_eq!(easter(1818), Some(date(1818, 3, 22)));
    }

    #[test]
    fn the_three_rules_give_their_days() {
        let thanksgiving = HolidayDate::NthWeekday {
            month: 11,
            weekday: Weekday::Thursday,
            nth: 4,
            days: 0,
        };
        assert_eq!(thanksgiving.in_year(2013), Some(date(2013, 11, 28)));
        let memorial = HolidayDate::NthWeekday {
            month: 5,
            weekday: Weekday::Monday,
            nth: -1,
            days: 0,
        };
        assert_eq!(memorial.in_year(2024), Some(date(2024, 5, 27)));
        let good_friday = HolidayDate::Easter { offset: -2 };
        assert_eq!(good_friday.in_year(2024), Some(date(2024, 3, 29)));
        let leap = HolidayDate::Fixed { month: 2, day: 29 };
        assert_eq!(leap.in_year(2023), None);
        let fifth = HolidayDate::NthWeekday {
            month: 2,
            weekday: Weekday::Monday,
            nth: 5,
            days: 0,
        };
        assert_eq!(fifth.in_year(2023), None);
        // The day after the fourth Thursday: in 2019 November opened on a Friday, so it was
        // the fifth Friday, not the fourth.
        let day_after = HolidayDate::NthWeekday {
            month: 11,
            weekday: Weekday::Thursday,
            nth: 4,
            days: 1,
        };
        assert_eq!(day_after.in_year(2019), Some(date(2019, 11, 29)));
        assert_eq!(day_after.in_year(2023), Some(date(2023, 11, 24)));
    }

    #[test]
    fn entries_are_read_and_their_mistakes_located() {
        let ok: Vec<HolidaySpec> = serde_yaml::from_str(
            "- {names: [\"Harvest  Fair\"], month: 9, weekday: Saturday, nth: 2}\n\
             - {names: [founders day], easter: 10}\n",
        )
        .unwrap();
        assert_eq!(ok[0].names, vec!["harvest fair".to_string()]);
        assert_eq!(
            ok[0].date,
            HolidayDate::NthWeekday {
                month: 9,
                weekday: Weekday::Saturday,
                nth: 2,
                days: 0
            }
        );
        for (yaml, says) in [
            (
                "- {names: [fair], month: 2, day: 30}\n",
                "no day of the calendar",
            ),
            ("- {names: [fair], month: 13, day: 1}\n", "month 13"),
            (
                "- {names: [fair], month: 9, weekday: funday, nth: 2}\n",
                "not a weekday",
            ),
            (
                "- {names: [fair], month: 9, weekday: monday, nth: 6}\n",
                "nth 6",
            ),
            ("- {names: [fair], month: 9}\n", "give `month` and `day`"),
            (
                "- {names: [fair], month: 9, day: 2, days: 1}\n",
                "counts on from an n-th weekday",
            ),
            (
                "- {names: [fair], month: 9, weekday: monday, nth: 1, days: 30}\n",
                "days 30",
            ),
            ("- {names: [], easter: 1}\n", "at least one"),
            (
                "- {names: [fair], easter: 1, colour: red}\n",
                "unknown field",
            ),
        ] {
            let err = serde_yaml::from_str::<Vec<HolidaySpec>>(yaml).unwrap_err();
            assert!(err.to_string().contains(says), "{yaml}: {err}");
            assert!(err.location().is_some(), "{yaml}: no location in {err}");
        }
    }

    #[test]
    fn a_name_opening_with_a_verb_is_read_only_capitalised() {
        let mut h = Holidays::default();
        h.add("may day", HolidayDate::Fixed { month: 5, day: 1 });
        assert_eq!(h.at("May Day rallies").map(|(len, _)| len), Some(7));
        assert_eq!(h.at("MAY DAY rallies").map(|(len, _)| len), Some(7));
        assert_eq!(h.at("may day by day change"), None);
    }

    #[test]
    fn the_longest_name_wins_and_case_and_spaces_do_not_matter() {
        let mut h = Holidays::default();
        h.add("christmas", HolidayDate::Fixed { month: 12, day: 25 });
        h.add("christmas eve", HolidayDate::Fixed { month: 12, day: 24 });
        assert_eq!(
            h.at("Christmas  Eve party"),
            Some((14, HolidayDate::Fixed { month: 12, day: 24 }))
        );
        assert_eq!(
            h.at("CHRISTMAS lunch"),
            Some((9, HolidayDate::Fixed { month: 12, day: 25 }))
        );
        assert_eq!(h.at("christmastide"), None);
    }
}
