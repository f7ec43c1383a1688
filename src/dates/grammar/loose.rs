//! Counted forms written loosely: counts from a named day ("two weeks starting May 20th", "3
//! days starting from next Monday", "for three days from today", "less than 2 weeks from
//! today"), vague counts ("a few weeks ago", "the past few weeks", "the next couple of months"),
//! the count before its direction ("the 4 upcoming decades"), "the past week", "year to date",
//! "this calendar year" and "day after tomorrow" without its "the".
//!
//! A vague count spans what its word may mean, as the rules' vague hedges read it: "a couple"
//! is two, "a few" two to five, "several" three to nine. "a few weeks ago" is the weeks two to five
//! weeks back, never one of them; a window of "the past few days" reaches back the most days
//! "few" may mean.

use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

use super::pieces::word_then_gap;
use super::units::{count_of_units, direction, many_units, unit_word};
use super::weekof::{anchor, starting};
use super::{Opens, count, unit};
use crate::dates::{Anchor, Point, Side, Unit};
use crate::lex::{Lead, Res, gap, keyword, lead, no_match, phrase};

/// The words that open the forms of this module and of [`super::weekof`] and no other, with
/// what must follow them (see the walk's `OPENERS`).
pub(super) const OPENERS: &[(&str, Opens)] = &[
    ("for", Opens::Before(count)),
    ("less", Opens::Before(|rest| keyword("than", rest).is_ok())),
    ("week", Opens::Before(super::weekof::after_week)),
    (
        "w",
        Opens::Joined(|after| after.starts_with(['/']) && after[1..].starts_with(['c', 'C'])),
    ),
    ("iso", Opens::Before(|rest| keyword("week", rest).is_ok())),
    (
        "calendar",
        Opens::Before(|rest| keyword("week", rest).is_ok()),
    ),
    ("day", Opens::Before(after_or_before)),
    ("year", Opens::Before(|rest| keyword("to", rest).is_ok())),
    ("month", Opens::Before(|rest| keyword("to", rest).is_ok())),
    ("quarter", Opens::Before(|rest| keyword("to", rest).is_ok())),
    ("ytd", Opens::Always),
    ("few", Opens::Before(unit)),
    ("several", Opens::Before(unit)),
    (
        "couple",
        Opens::Before(|rest| keyword("of", rest).is_ok() || unit(rest)),
    ),
];

/// "after" or "before" ("day after tomorrow").
fn after_or_before(rest: &str) -> bool {
    keyword("after", rest).is_ok() || keyword("before", rest).is_ok()
}

/// Any form of this module.
pub(super) fn loose(i: &str) -> Res<'_, Point> {
    alt((
        counted_from,
        vague_ago,
        vague_window,
        count_then_direction,
        past_unit,
        to_date,
        calendar_year,
        two_days_off,
    ))
    .parse(i)
}

/// "two weeks starting May 20th", "two weeks starting tomorrow", "3 days beginning next Monday",
/// "for 5 days, from Monday", "for two weeks starting Monday next week", "less than 2 weeks from
/// today", "less than 4 days after tomorrow": whole units from that day on, the day the first.
fn counted_from(i: &str) -> Res<'_, Point> {
    let from_day = |i| {
        let (i, (count, unit)) = count_of_units(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = starting(i)?;
        let (i, from) = anchor(i)?;
        Ok((i, (count, unit, from)))
    };
    let for_count = |i| {
        let (i, _) = word_then_gap("for", i)?;
        let (i, (count, unit)) = count_of_units(i)?;
        let (i, _) = opt(|i| phrase(i, ",")).parse(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = alt((starting, |i| word_then_gap("from", i))).parse(i)?;
        let (i, from) = anchor(i)?;
        Ok((i, (count, unit, from)))
    };
    let less_than = |i| {
        let (i, _) = word_then_gap("less than", i)?;
        let (i, (count, unit)) = count_of_units(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = alt((|i| word_then_gap("from", i), |i| word_then_gap("after", i))).parse(i)?;
        let (i, from) = alt((
            |i| keyword("now", i).map(|(r, _)| (r, Anchor::Days(0))),
            |i| match anchor(i)? {
                (rest, day @ Anchor::Days(0 | 1)) => Ok((rest, day)),
                _ => no_match(i),
            },
        ))
        .parse(i)?;
        Ok((i, (count, unit, from)))
    };
    let (i, (count, unit, from)) = alt((from_day, for_count, less_than)).parse(i)?;
    Ok((i, Point::Starting { count, unit, from }))
}

/// "a couple" (2), "a few" (2 to 5), "several" (3 to 9), with "of" after "couple": the least and
/// most the count may be.
fn vague_count(i: &str) -> Res<'_, (i32, i32)> {
    let (i, _) = opt(|i| word_then_gap("a", i)).parse(i)?;
    alt((
        |i| word_then_gap("couple of", i).map(|(r, _)| (r, (2, 2))),
        |i| word_then_gap("couple", i).map(|(r, _)| (r, (2, 2))),
        |i| word_then_gap("few", i).map(|(r, _)| (r, (2, 5))),
        |i| word_then_gap("several", i).map(|(r, _)| (r, (3, 9))),
    ))
    .parse(i)
}

/// A unit in the plural, a fortnight or decade being counted as its weeks or years ("days",
/// "decades"); not weekends.
fn plural_unit(i: &str) -> Res<'_, (i32, Unit)> {
    let (rest, (per, unit)) =
        alt((|i| unit_word(i).map(|(r, u)| (r, (1, u))), many_units)).parse(i)?;
    let written = &i[..i.len() - rest.len()];
    if unit == Unit::Weekend || !written.ends_with(['s', 'S']) {
        return no_match(i);
    }
    Ok((rest, (per, unit)))
}

/// "a few weeks ago", "several days ago", "a couple of months ago", "few years ago".
fn vague_ago(i: &str) -> Res<'_, Point> {
    let (i, (least, most)) = vague_count(i)?;
    let (i, (per, unit)) = plural_unit(i)?;
    let (i, _) = gap(i)?;
    let (i, _) = keyword("ago", i)?;
    Ok((
        i,
        Point::Vague {
            unit,
            near: -least * per,
            far: -most * per,
        },
    ))
}

/// "the past few days", "the next couple of weeks", "over the last several months": a window
/// as wide as the count may be.
fn vague_window(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, sign) = direction(i)?;
    let (i, (_, most)) = vague_count(i)?;
    let (i, (per, unit)) = plural_unit(i)?;
    Ok((
        i,
        Point::Window {
            unit,
            count: sign * most * per,
        },
    ))
}

/// "the 4 upcoming decades", "the 5 next weeks", "the 3 past years": a count before its direction.
fn count_then_direction(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, n) = super::units::small_count(i)?;
    let (i, _) = gap(i)?;
    let (i, sign) = direction(i)?;
    let (i, (per, unit)) = plural_unit(i)?;
    if n < 2 {
        return no_match(i);
    }
    Ok((
        i,
        Point::Window {
            unit,
            count: sign * n * per,
        },
    ))
}

/// "the past week", "past day", "the past year": the one unit before the reference, counted
/// back from it ("over the past year" is the twelve months to the day before).
fn past_unit(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, _) = word_then_gap("past", i)?;
    let (rest, unit) = unit_word(i)?;
    if unit == Unit::Weekend || i[..i.len() - rest.len()].ends_with(['s', 'S']) {
        return no_match(i);
    }
    // "the past year and a half", "the past week or so": more than the one unit, or about it.
    let more = alt((|i| phrase(i, " and a half"), |i| phrase(i, " or so"))).parse(rest);
    if more.is_ok() {
        return no_match(i);
    }
    Ok((rest, Point::Window { unit, count: -1 }))
}

/// "year to date", "the month to date", "YTD": from the unit's first day to the day before the
/// reference.
fn to_date(i: &str) -> Res<'_, Point> {
    let earlier = |unit| Point::Stretch {
        unit,
        side: Side::Earlier,
    };
    if let Ok((rest, _)) = keyword("ytd", i) {
        return Ok((rest, earlier(Unit::Year)));
    }
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, unit) = alt((
        |i| word_then_gap("year", i).map(|(r, _)| (r, Unit::Year)),
        |i| word_then_gap("month", i).map(|(r, _)| (r, Unit::Month)),
        |i| word_then_gap("quarter", i).map(|(r, _)| (r, Unit::Quarter)),
        |i| word_then_gap("week", i).map(|(r, _)| (r, Unit::Week)),
    ))
    .parse(i)?;
    let (i, _) = phrase(i, "to date")?;
    Ok((i, earlier(unit)))
}

/// "this calendar year", "next calendar year", "the last calendar year".
fn calendar_year(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, offset) = alt((
        |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
        |i| word_then_gap("current", i).map(|(r, _)| (r, 0)),
        |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
    ))
    .parse(i)?;
    let (i, _) = phrase(i, "calendar year")?;
    Ok((
        i,
        Point::Relative {
            unit: Unit::Year,
            offset,
            part: None,
        },
    ))
}

/// "day after tomorrow", "day before yesterday", written without "the".
fn two_days_off(i: &str) -> Res<'_, Point> {
    let (i, offset) = alt((
        |i| phrase(i, "day after tomorrow").map(|(r, _)| (r, 2)),
        |i| phrase(i, "day before yesterday").map(|(r, _)| (r, -2)),
    ))
    .parse(i)?;
    Ok((
        i,
        Point::Relative {
            unit: Unit::Day,
            offset,
            part: None,
        },
    ))
}

/// Whether the text after a count goes on as a form of this module: a direction and a unit
/// ("4 upcoming decades") or a vague count's word ("a few", "a couple"): the walk's prefilter.
pub(super) fn after_count(rest: &str) -> bool {
    let Lead::Ascii(word) = lead(rest) else {
        return false;
    };
    ["few", "couple", "several"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
        || direction(rest).is_ok_and(|(after, _)| unit_word(after).is_ok())
}

/// Whether the text after "the" opens "year to date" (or "month", "quarter") or "current
/// calendar year": the walk's prefilter.
pub(super) fn after_the(rest: &str) -> bool {
    let unit = alt((
        |i| word_then_gap("year", i),
        |i| word_then_gap("month", i),
        |i| word_then_gap("quarter", i),
    ))
    .parse(rest);
    unit.is_ok_and(|(i, _)| phrase(i, "to date").is_ok()) || keyword("current", rest).is_ok()
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_vague_count_is_kept_vague() {
        assert_eq!(
            loose("a few weeks ago").map(|(_, p)| p),
            Ok(Point::Vague {
                unit: Unit::Week,
                near: -2,
                far: -5
            })
        );
        assert!(loose("a few days").is_err());
        assert!(loose("a few day ago").is_err());
    }

    #[test]
    fn the_past_unit_is_one_unit() {
        assert!(loose("the past year and a half").is_err());
        assert!(loose("the past week or so").is_err());
        assert!(loose("the past week").is_ok());
    }

    #[test]
    fn a_count_from_a_day_needs_the_day() {
        assert!(loose("two weeks starting in May").is_err());
        assert!(loose("for 3 days from the attack").is_err());
        assert!(loose("less than two weeks after the vote").is_err());
        assert!(loose("less than two weeks after tomorrow").is_ok());
    }
}
