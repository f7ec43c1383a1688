//! Weeks named by a day in them or by their first day, and weeks numbered in a year: "the week
//! of the 18th", "the week of March 3", "the week commencing 4 February", "the week beginning on
//! Monday next week", "w/c Feb 4", "week 27 of 2017", "ISO week 10".
//!
//! A week numbered without its year ("Week 10") is left alone: in news it is far more often a
//! round of a sports season than a week of the calendar. The year, or "ISO" or "calendar" before
//! "week", says it is the calendar's.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::combinator::opt;

use super::pieces::{day_in_words_or_digits, day_month, month_day, word_then_gap, year};
use super::weekdays::weekday;
use super::weeks::relative_year;
use crate::dates::{Anchor, Point, Unit, WeekOf, WeekdayRule};
use crate::lex::{Res, boundary, gap, keyword, no_match, phrase, tag_ci};

/// Any form of this module.
pub(super) fn week_of(i: &str) -> Res<'_, Point> {
    alt((named_week, numbered_week)).parse(i)
}

/// "the week of the 9th", "week of March 3, 2019" (the Monday-to-Sunday week holding the day);
/// "the week commencing 4 February", "the week beginning on March 3", "the week starting
/// tomorrow", "w/c Feb 4" (seven days from that day).
fn named_week(i: &str) -> Res<'_, Point> {
    let holding = |i| {
        let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
        let (i, _) = word_then_gap("week", i)?;
        let (i, _) = word_then_gap("of", i)?;
        let (i, day) = anchor(i)?;
        Ok((i, Point::WeekHolding(day)))
    };
    let from = |i| {
        let (i, _) = alt((
            |i| {
                let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
                let (i, _) = word_then_gap("week", i)?;
                starting(i)
            },
            |i| word_then_gap("w/c", i),
        ))
        .parse(i)?;
        let (i, from) = anchor(i)?;
        Ok((
            i,
            Point::Starting {
                count: 1,
                unit: Unit::Week,
                from,
            },
        ))
    };
    let (rest, week) = alt((holding, from)).parse(i)?;
    // "the week of May 3-9": the range is written, and is the other forms'.
    if continues_range(rest) {
        return no_match(i);
    }
    Ok((rest, week))
}

/// Whether a range goes on after a day: a dash, or "to", "through" or "and" and a number.
fn continues_range(rest: &str) -> bool {
    let Some(next) = rest.trim_start().chars().next() else {
        return false;
    };
    if matches!(next, '-' | '–' | '—') {
        return true;
    }
    let joined = alt((
        |i| word_then_gap("to", i),
        |i| word_then_gap("through", i),
        |i| word_then_gap("and", i),
    ))
    .parse(rest.trim_start());
    joined.is_ok_and(|(after, _)| after.starts_with(|c: char| c.is_ascii_digit()))
}

/// "commencing", "beginning", "starting", with "on" or "from" after it, and the gap after that.
pub(super) fn starting(i: &str) -> Res<'_, &str> {
    let (i, found) = alt((
        |i| word_then_gap("commencing", i),
        |i| word_then_gap("beginning", i),
        |i| word_then_gap("starting", i),
    ))
    .parse(i)?;
    let (i, _) = opt(alt((
        |i| word_then_gap("on", i),
        |i| word_then_gap("from", i),
    )))
    .parse(i)?;
    Ok((i, found))
}

/// The day a week or a count is placed from: a written day ("March 3", "4 February 2019", "the
/// 18th"), "today", "tomorrow", "yesterday", or a weekday placed from the reference ("next
/// Monday", "this Friday"; a weekday alone does not say which week).
pub(super) fn anchor(i: &str) -> Res<'_, Anchor> {
    let written = |i| {
        let (i, (year, month, day)) = alt((month_day, day_month)).parse(i)?;
        Ok((
            i,
            Anchor::Day {
                year,
                month: Some(month),
                day,
            },
        ))
    };
    let nth = |i| {
        let (i, _) = word_then_gap("the", i)?;
        let (i, day) = day_in_words_or_digits(i)?;
        Ok((
            i,
            Anchor::Day {
                year: None,
                month: None,
                day,
            },
        ))
    };
    let named = |i| {
        alt((
            |i| keyword("today", i).map(|(r, _)| (r, Anchor::Days(0))),
            |i| keyword("tomorrow", i).map(|(r, _)| (r, Anchor::Days(1))),
            |i| keyword("yesterday", i).map(|(r, _)| (r, Anchor::Days(-1))),
        ))
        .parse(i)
    };
    let placed = |i| match weekday(i)? {
        (rest, Point::Weekday { weekday, rule }) if rule != WeekdayRule::OnOrBefore => {
            Ok((rest, Anchor::Weekday(weekday, rule)))
        }
        _ => no_match(i),
    };
    alt((named, written, nth, placed)).parse(i)
}

/// "week 27 of 2017", "week 3 in 2027", "week 10 of last year", "ISO week 10", "calendar week
/// 12 of 2024": a week numbered as ISO 8601 does.
fn numbered_week(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, iso) = opt(alt((
        |i| word_then_gap("iso", i),
        |i| word_then_gap("calendar", i),
    )))
    .parse(i)?;
    let (i, _) = tag_ci("week", i)?;
    let (i, _) = alt((gap, |i| phrase(i, " no. "), |i| phrase(i, " #"))).parse(i)?;
    let (i, digits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (i, ()) = boundary(i)?;
    let n: i8 = digits.parse().unwrap_or(0);
    if !(1..=53).contains(&n) {
        return no_match(i);
    }
    let of_year = |i| {
        let (i, _) = alt((
            |i| {
                let (i, _) = gap(i)?;
                alt((|i| word_then_gap("of", i), |i| word_then_gap("in", i))).parse(i)
            },
            |i| phrase(i, ", "),
        ))
        .parse(i)?;
        alt((
            |i| year(i).map(|(r, y)| (r, WeekOf::Year(y))),
            |i| relative_year(i).map(|(r, y)| (r, WeekOf::RelativeYear(y))),
        ))
        .parse(i)
    };
    let (i, of) = match (of_year(i), iso) {
        (Ok(found), _) => found,
        (Err(_), Some(_)) => (i, WeekOf::RelativeYear(0)),
        (Err(e), None) => return Err(e),
    };
    Ok((i, Point::NthWeek { n, of }))
}

/// Whether the text after "week" goes on as a form of this module ("of", "commencing",
/// "beginning", "starting", a number) or as "week to date": the walk's prefilter.
pub(super) fn after_week(rest: &str) -> bool {
    rest.starts_with(|c: char| c.is_ascii_digit())
        || ["of", "commencing", "beginning", "starting", "to", "no", "#"]
            .iter()
            .any(|w| keyword(w, rest).is_ok() || (*w == "#" && rest.starts_with('#')))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_numbered_week_needs_its_year_or_a_calendar_word() {
        assert!(week_of("Week 10 of the season").is_err());
        assert!(week_of("week 10").is_err());
        assert!(week_of("week 60 of 2020").is_err());
        assert_eq!(
            week_of("week 9 of 2031").map(|(_, p)| p),
            Ok(Point::NthWeek {
                n: 9,
                of: WeekOf::Year(2031)
            })
        );
        assert_eq!(
            week_of("ISO week 12").map(|(_, p)| p),
            Ok(Point::NthWeek {
                n: 12,
                of: WeekOf::RelativeYear(0)
            })
        );
    }

    #[test]
    fn a_week_of_needs_a_day() {
        assert!(week_of("the week of talks").is_err());
        assert!(week_of("the week of Monday's vote").is_err());
        assert!(week_of("the week of 9 March").is_ok());
    }
}
