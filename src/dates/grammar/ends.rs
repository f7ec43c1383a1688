//! Range ends of unlike kinds: a year to a month ("between 2012 and Mar 2016"), a day to a
//! month ("from Jan 3rd to April 2018"), a year to a day ("from 2013 to June 9th, 2016"), a
//! month or year to a day named from the reference ("between Sept 2018 and now", "from 2010 to
//! the present", "today till tomorrow"), and the days of a month counted from the reference's
//! ("from the 4th to the 22nd of this month"). `ranges` reads the two ends; here they are
//! completed and checked.
//!
//! A year-less end borrows its year from the other end only when that end names a month ("Nov
//! to Feb 5th, 2017" starts in November 2016); an end that is a year alone makes no range with
//! a year-less one ("from 2015 to May"), which says nothing of May's year.

use nom::Parser;
use nom::branch::alt;

use super::pieces::{valid_day, word_then_gap};
use crate::dates::{DayOfMonth, Expr, MonthRef, Point, Unit};
use crate::lex::{Res, gap, keyword, no_match, phrase};

/// A (year, month, day) triple, ordered as the calendar orders days.
type Ymd = (i16, i8, i8);

/// One end of a range: the calendar fields it writes, or a point named from the reference.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
pub(super) struct Side {
    /// The year, when written.
    pub(super) year: Option<i16>,
    /// The month, when written.
    pub(super) month: Option<i8>,
    /// The day of the month, when written.
    pub(super) day: Option<i8>,
    /// A day named from the reference ("today", "now"), in days from it.
    pub(super) relative_day: Option<i32>,
    /// Whether the end is a day in digits ("10/25", "2/2/2020").
    pub(super) numeric: bool,
}

impl Side {
    /// An end from its written fields.
    pub(super) fn of(year: Option<i16>, month: Option<i8>, day: Option<i8>) -> Side {
        Side {
            year,
            month,
            day,
            ..Side::default()
        }
    }

    /// The point this end stands for on its own, or `None` for a day with no month.
    fn point(self) -> Option<Point> {
        if let Some(offset) = self.relative_day {
            return Some(Point::Relative {
                unit: Unit::Day,
                offset,
                part: None,
            });
        }
        match (self.year, self.month, self.day) {
            (year, Some(month), Some(day)) => Some(Point::Day {
                year,
                month: Some(month),
                day,
                weekday: None,
            }),
            (year, Some(month), None) => Some(Point::Month {
                year,
                month,
                part: None,
            }),
            (Some(year), None, None) => Some(Point::Year { year, part: None }),
            _ => None,
        }
    }

    /// Whether the end is a year alone.
    fn year_only(self) -> bool {
        self.year.is_some() && self.month.is_none() && self.relative_day.is_none()
    }

    /// The first and last (year, month, day) the end may stand for, when its year is written.
    fn bounds(self) -> Option<(Ymd, Ymd)> {
        let year = self.year?;
        let (m0, m1) = self.month.map_or((1, 12), |m| (m, m));
        let (d0, d1) = self.day.map_or((1, 31), |d| (d, d));
        Some(((year, m0, d0), (year, m1, d1)))
    }
}

/// Why two ends make no range.
pub(super) enum Rejected {
    /// They are not ends of one range ("August 29 to 25 people"); each may still be a date.
    NoRange,
    /// The whole is no date, nor is any part of it: an impossible day ("February 28 to 30") or
    /// a range of year-shaped amounts ("from 1500 to 2000", "from 2015 to 2012").
    Skip,
}

/// A range between ends of unlike kinds, each completed from the other: "between 2015 and Feb
/// 2018", "from Jan 3rd to April 2018", "Oct-Mar 4th, 2016", "between Feb 2017 and today".
pub(super) fn unlike_ends(x: Side, y: Side) -> Result<Expr, Rejected> {
    use Rejected::{NoRange, Skip};
    let x = borrow_year(x, y);
    let dated = |s: Side| s.year.is_some() || s.relative_day.is_some();
    // A year alone says nothing of a year-less end's year: "from 2015 to May".
    if x.year_only() && !dated(y) || y.year_only() && !dated(x) {
        return Err(NoRange);
    }
    // "October 14, 1999 - February": a dated start before a year-less end is a date and a
    // word of what follows, not a range (a dated end lends its year back, never forward).
    if x.year.is_some() && !dated(y) {
        return Err(NoRange);
    }
    if let (Some((start, _)), Some((_, end))) = (x.bounds(), y.bounds()) {
        if start > end || end.0 - start.0 > 100 {
            return Err(NoRange);
        }
    }
    let (a, b) = (x.point().ok_or(NoRange)?, y.point().ok_or(NoRange)?);
    if !valid_day(a) || !valid_day(b) {
        return Err(Skip);
    }
    Ok(Expr::Range(a, b))
}

/// `x` with the year of `y` when it names a month without one and `y` names a month with one:
/// the year before when its month comes later ("Oct-Mar 4th, 2016").
fn borrow_year(x: Side, y: Side) -> Side {
    match (x.year, x.month, y.year, y.month) {
        (None, Some(mx), Some(year), Some(my)) if x.relative_day.is_none() => {
            let wraps = (mx, x.day.unwrap_or(1)) > (my, y.day.unwrap_or(31));
            Side {
                year: Some(year - i16::from(wraps)),
                ..x
            }
        }
        _ => x,
    }
}

/// A day named from the reference as a range end: "today", "tomorrow", "yesterday"; after
/// "from" or "between" also "now", "date" ("from March to date"), "current date" and "(the)
/// present".
pub(super) fn relative_end(i: &str, introduced: bool) -> Res<'_, Side> {
    let named = |i| {
        alt((
            |i| keyword("today", i).map(|(r, _)| (r, 0)),
            |i| keyword("tomorrow", i).map(|(r, _)| (r, 1)),
            |i| keyword("yesterday", i).map(|(r, _)| (r, -1)),
        ))
        .parse(i)
    };
    let now = |i| {
        alt((
            |i| keyword("now", i),
            |i| keyword("date", i),
            |i| phrase(i, "current date"),
            |i| phrase(i, "the present"),
            |i| keyword("present", i),
        ))
        .parse(i)
        .map(|(r, _)| (r, 0))
    };
    let (rest, offset) = match named(i) {
        Ok(found) => found,
        Err(_) if introduced => now(i)?,
        Err(e) => return Err(e),
    };
    // "today's": the day is a noun's, not a range end.
    if rest.starts_with(['\'', '’']) {
        return no_match(i);
    }
    Ok((
        rest,
        Side {
            relative_day: Some(offset),
            ..Side::default()
        },
    ))
}

/// " of this month", " in next month", " of last month" after a range of bare days: the month
/// they are in, counted from the reference's. The "of" or "in" is wanted: in "rose from 4 to 22
/// this month" the numbers are amounts.
pub(super) fn relative_month(i: &str) -> Res<'_, i32> {
    let (i, _) = gap(i)?;
    let (i, _) = alt((|i| word_then_gap("of", i), |i| word_then_gap("in", i))).parse(i)?;
    let (i, offset) = alt((
        |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
        |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
    ))
    .parse(i)?;
    let (rest, _) = keyword("month", i)?;
    // "2 to 3 in last month's raids": the month is a noun's.
    if rest.starts_with(['\'', '’']) {
        return no_match(i);
    }
    Ok((rest, offset))
}

/// The two days `a` and `b` of the month `offset` months from the reference's.
pub(super) fn days_of_relative_month(a: i8, b: i8, offset: i32) -> Option<Expr> {
    let day = |d| Point::InMonth {
        month: MonthRef::Relative(offset),
        day: DayOfMonth::Number(d),
    };
    (a < b).then(|| Expr::Range(day(a), day(b)))
}
