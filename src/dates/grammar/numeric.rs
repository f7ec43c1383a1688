//! Numeric dates with two parts: a month and its year ("2016-11", "2016/11", "11/2016", with
//! spaces around the sign too: "2016 - 11", "11 / 2016") and a year-less day ("4/22", "22/04").
//! (Three parts, "10/31/1974", are `pieces::numeric_day`.)
//!
//! A year and a month joined by a full stop ("2015.3") is not read: it is written as a decimal
//! is, and nothing in it says which it means. "2010-11" is the years 2010 to 2011 (the ranges
//! are tried first); spaced, "2010 - 11" may be those years or a heading's span, and is not read
//! as a month either: with spaces, the month must be below the year's last two digits ("2016 -
//! 11").
//!
//! A year-less day is read only when its order is plain: one number above 12 is the day
//! ("4/22", "22/04"), or both are the same ("5/5"). When both could be the month ("5/12"), the
//! text does not say which day it means, and nothing is read. "24/7" (around the clock) is an
//! idiom, not the 24th of July.

use nom::Parser;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::one_of;
use nom::combinator::{opt, recognize};

use super::pieces::{four_digit_year, valid_day};
use crate::dates::{NumericOrder, Point};
use crate::lex::{Res, gap, no_match};

/// One or two digits.
fn small(i: &str) -> Res<'_, &str> {
    take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)
}

/// Whether the text goes on with another numeric part ("/2016", "-3", "7") or a decimal.
fn goes_on(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(c) if c.is_ascii_digit() || c.is_alphabetic() => true,
        Some('/' | '-' | '.' | ':' | ',') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some('%') => true,
        _ => false,
    }
}

/// A hyphen or slash between the parts of a numeric month, spaces allowed on either side.
fn month_sign(i: &str) -> Res<'_, &str> {
    recognize((opt(gap), one_of("-/"), opt(gap))).parse(i)
}

/// "2016-11", "2016/11", "11/2016", "11-2016", "2016 - 11", "11 /2016": a year and a month, as
/// (year, month).
pub(super) fn month_and_year(i: &str) -> Res<'_, (i16, i8)> {
    let year_first = |i| -> Res<'_, (i16, &str)> {
        let (i, y) = four_digit_year(i)?;
        let (i, _) = month_sign(i)?;
        let (i, m) = small(i)?;
        Ok((i, (y, m)))
    };
    let month_first = |i| -> Res<'_, (i16, &str)> {
        let (i, m) = small(i)?;
        let (i, _) = month_sign(i)?;
        let (i, y) = four_digit_year(i)?;
        Ok((i, (y, m)))
    };
    let (rest, (y, m), year_first) = match year_first(i) {
        Ok((rest, found)) => (rest, found, true),
        Err(_) => month_first(i).map(|(rest, found)| (rest, found, false))?,
    };
    let month: i8 = m.parse().unwrap_or(0);
    // "2010 - 11": perhaps the years 2010 to 2011.
    let spaced = i[..i.len() - rest.len()].contains(char::is_whitespace);
    let years = year_first && spaced && y % 100 < i16::from(month);
    if goes_on(rest) || !(1..=12).contains(&month) || years {
        return no_match(i);
    }
    Ok((rest, (y, month)))
}

/// "4/22", "5/12": two numbers of a year-less date joined by a slash, as written, with nothing
/// glued after them.
fn two_numbers(i: &str) -> Res<'_, (i8, i8)> {
    let (i2, a) = small(i)?;
    let (i2, _) = one_of("/").parse(i2)?;
    let (rest, b) = small(i2)?;
    if goes_on(rest) {
        return no_match(i);
    }
    Ok((rest, (a.parse().unwrap_or(0), b.parse().unwrap_or(0))))
}

/// "4/22", "22/04": a year-less day, as (month, day), where the order is plain.
pub(super) fn month_day_numbers(i: &str) -> Res<'_, (i8, i8)> {
    let (rest, (a, b)) = two_numbers(i)?;
    let (month, day) = match (a, b) {
        (24, 7) => return no_match(i),
        (1..=12, 13..=31) => (a, b),
        (13..=31, 1..=12) => (b, a),
        _ => return no_match(i),
    };
    Ok((rest, (month, day)))
}

/// "5/12": two numbers of 12 or less, either of which may be the month, as written (first,
/// second); the same number twice ("(2/2)") is none.
pub(super) fn open_month_day_numbers(i: &str) -> Res<'_, (i8, i8)> {
    let (rest, (a, b)) = two_numbers(i)?;
    if (1..=12).contains(&a) && (1..=12).contains(&b) && a != b {
        Ok((rest, (a, b)))
    } else {
        no_match(i)
    }
}

/// A numeric day whose order its numbers leave open, read in `order`: `None` under `auto`, or
/// when the day does not exist.
pub(super) fn ordered(p: Point, order: NumericOrder) -> Option<Point> {
    let Point::NumericDay {
        year,
        first,
        second,
    } = p
    else {
        return Some(p);
    };
    let (month, day) = match order {
        NumericOrder::Auto => return None,
        NumericOrder::Mdy => (first, second),
        NumericOrder::Dmy => (second, first),
    };
    let day = Point::Day {
        year,
        month: Some(month),
        day,
        weekday: None,
    };
    valid_day(day).then_some(day)
}
