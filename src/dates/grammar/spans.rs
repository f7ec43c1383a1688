//! Counts of several units and counts read to the day: "2 months and 9 days ago", "two years,
//! three months ago", "two weeks from now", "in three weeks' time", and the days from the
//! reference within a count ("within five days", "within the next 4 years", "within 3 weeks
//! from today").
//!
//! A count with days or weeks in it names a day; one of months and years only names the month
//! (or year) it lands in. A single unit counted back ("two weeks ago", "a month ago") stays with
//! the relative forms, a week or a month wide.

use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

use super::pieces::word_then_gap;
use super::units::{count_of_units, time_from_now};
use crate::dates::{Point, Unit};
use crate::lex::{Res, gap, keyword, no_match, phrase};

/// The most units one count joins ("3 years, 2 months, 1 week and 4 days").
const MAX_UNITS: usize = 4;

/// Any form of this module.
pub(super) fn spans(i: &str) -> Res<'_, Point> {
    alt((within, counted_from_now, in_time, in_bare)).parse(i)
}

/// A count of one or more units, as months and days, and how many units it joins: "3 years 2
/// months 4 days", "2 months and 9 days", "one year, two months".
fn count(i: &str) -> Res<'_, (Count, usize)> {
    let (mut i, first) = count_of_units(i)?;
    let mut total = Count::default().plus(first);
    let mut units = 1;
    while units < MAX_UNITS {
        let next = |i| {
            let (i, _) = alt((
                |i| phrase(i, ", and "),
                |i| phrase(i, ", "),
                |i| {
                    let (i, _) = gap(i)?;
                    let (i, _) = opt(|i| word_then_gap("and", i)).parse(i)?;
                    Ok((i, ""))
                },
            ))
            .parse(i)?;
            count_of_units(i)
        };
        match next(i) {
            Ok((rest, more)) => {
                total = total.plus(more);
                units += 1;
                i = rest;
            }
            Err(_) => break,
        }
    }
    Ok((i, (total, units)))
}

/// A count as months and days.
#[derive(Clone, Copy, Default)]
struct Count {
    /// Months (a year is twelve, a quarter three).
    months: i32,
    /// Days (a week is seven).
    days: i32,
}

impl Count {
    /// This count and `n` units more.
    fn plus(self, (n, unit): (i32, Unit)) -> Count {
        let (months, days) = match unit {
            Unit::Day => (0, n),
            Unit::Week | Unit::Weekend => (0, 7 * n),
            Unit::Month => (n, 0),
            Unit::Quarter => (3 * n, 0),
            Unit::Year => (12 * n, 0),
            Unit::Decade => (120 * n, 0),
        };
        Count {
            months: self.months.saturating_add(months),
            days: self.days.saturating_add(days),
        }
    }

    /// The count with a sign: -1 before the reference.
    fn signed(self, sign: i32) -> Point {
        Point::Span {
            months: sign * self.months,
            days: sign * self.days,
            bare: false,
        }
    }
}

/// "2 months 9 days ago", "two years and three months ago", "two weeks from now", "3 weeks and
/// 2 days hence". One unit counted back is the relative forms' ("two weeks ago"), and one unit
/// of months or years counted forward too ("two years from now" is a year).
fn counted_from_now(i: &str) -> Res<'_, Point> {
    let (i, (count, units)) = count(i)?;
    let (i, _) = gap(i)?;
    let (i, sign) = alt((
        |i| keyword("ago", i).map(|(r, _)| (r, -1)),
        |i| phrase(i, "from now").map(|(r, _)| (r, 1)),
        |i| keyword("hence", i).map(|(r, _)| (r, 1)),
    ))
    .parse(i)?;
    if units == 1 && (sign < 0 || count.days == 0) {
        return no_match(i);
    }
    Ok((i, count.signed(sign)))
}

/// "in two weeks' time", "in 3 weeks time", "in 10 days from now": a count forward with "time"
/// or "from now" after it (a bare "in two weeks" is [`in_bare`]). One unit of months or years
/// is the relative forms' ("in two years' time").
fn in_time(i: &str) -> Res<'_, Point> {
    let (i, _) = word_then_gap("in", i)?;
    let (i, (count, units)) = count(i)?;
    let (i, _) = time_from_now(i)?;
    if units == 1 && count.days == 0 {
        return no_match(i);
    }
    Ok((i, count.signed(1)))
}

/// "in two weeks", "in 10 days", "in 3 weeks and 2 days": a count
/// with weeks or days in it after a bare "in", a day ahead only where the guards find a word of
/// the future before it (see [`Point::Span`]). Months and years alone are left out.
fn in_bare(i: &str) -> Res<'_, Point> {
    let (i, _) = word_then_gap("in", i)?;
    let (i, (count, _)) = count(i)?;
    if count.days == 0 {
        return no_match(i);
    }
    Ok((
        i,
        Point::Span {
            months: count.months,
            days: count.days,
            bare: true,
        },
    ))
}

/// "within five days", "within the next 4 years", "within the coming 2 months", "within 4
/// years 2 months 10 days", "within 3 weeks from today": the reference day and the days after it,
/// as many as the count holds ("within five days" read on the 7th is the 7th to the 11th).
fn within(i: &str) -> Res<'_, Point> {
    let (i, _) = word_then_gap("within", i)?;
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, _) = opt(alt((
        |i| word_then_gap("next", i),
        |i| word_then_gap("coming", i),
        |i| word_then_gap("upcoming", i),
    )))
    .parse(i)?;
    let (i, (count, _)) = count(i)?;
    let (i, _) = opt(|i| {
        let (i, _) = gap(i)?;
        alt((|i| phrase(i, "from today"), |i| phrase(i, "from now"))).parse(i)
    })
    .parse(i)?;
    Ok((
        i,
        Point::Within {
            months: count.months,
            days: count.days,
        },
    ))
}
