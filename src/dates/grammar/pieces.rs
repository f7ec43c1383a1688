//! Pieces both ranges and points are built from: a month name or abbreviation, a weekday name,
//! a day number, a year, an ISO day, a day with its month ("August 25", "25 Aug 2024"), a month
//! with its year; the checks that a day exists and that a number does not go on; and the
//! failure that makes the walk skip an impossible day whole.

use jiff::civil::{Date, Weekday};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, recognize};
use nom::sequence::preceded;

use crate::dates::Point;
use crate::dates::calendar::{is_abbreviated_month, month_number, weekday_of};

pub(super) use super::ordinals::{DAY_ORDINALS, day_ordinal_word};
use super::spoken::{bare_thousand, spoken_day, spoken_year};
use crate::lex::{Res, boundary, gap, no_match, phrase, tag_ci};

/// The word or phrase `w` and the gap after it; returns the words as written.
pub(super) fn word_then_gap<'a>(w: &str, i: &'a str) -> Res<'a, &'a str> {
    let (rest, found) = phrase(i, w)?;
    let (rest, _) = gap(rest)?;
    Ok((rest, found))
}

/// Fails so that the walk skips everything up to `rest`: what was read has the shape of a date
/// and is none ("February 30", "2024-13-01"), so no part of it may be read on its own.
pub(super) fn impossible<O>(rest: &str) -> Res<'_, O> {
    Err(nom::Err::Failure(nom::error::Error::new(
        rest,
        nom::error::ErrorKind::Verify,
    )))
}

/// Whether a day exists on the calendar: in its year when written, else in some year (a leap
/// one, so "February 29" passes).
pub(super) fn valid_day(p: Point) -> bool {
    match p {
        Point::Day {
            year: Some(y),
            month: Some(m),
            day,
            ..
        } => Date::new(y, m, day).is_ok(),
        Point::Day {
            month: Some(m),
            day,
            ..
        } => Date::new(2024, m, day).is_ok(),
        _ => true,
    }
}

/// A month name or abbreviation, with the abbreviation's period ("Sept.", "August", "nov"), as
/// its number.
pub(super) fn month_word(i: &str) -> Res<'_, i8> {
    let (rest, word) = take_while_m_n(3, 9, |c: char| c.is_ascii_alphabetic()).parse(i)?;
    let (_, ()) = boundary(rest)?;
    let Some(number) = month_number(word) else {
        return no_match(i);
    };
    let abbreviated = is_abbreviated_month(word);
    let rest = match rest.strip_prefix('.') {
        Some(r) if abbreviated => r,
        _ => rest,
    };
    Ok((rest, number))
}

/// A month's name or abbreviation with a digit glued after it ("Oct2", "December31"), as its
/// number; the digits are left for the day.
pub(super) fn glued_month(i: &str) -> Res<'_, i8> {
    let (rest, word) = take_while_m_n(3, 9, |c: char| c.is_ascii_alphabetic()).parse(i)?;
    match month_number(word) {
        Some(m) if rest.starts_with(|c: char| c.is_ascii_digit()) => Ok((rest, m)),
        _ => no_match(i),
    }
}

/// A weekday's full name.
pub(super) fn weekday_word(i: &str) -> Res<'_, Weekday> {
    let (rest, word) = take_while_m_n(6, 9, |c: char| c.is_ascii_alphabetic()).parse(i)?;
    let (rest, ()) = boundary(rest)?;
    match weekday_of(word) {
        Some(w) => Ok((rest, w)),
        None => no_match(i),
    }
}

/// A day of the month, 1 to 31, with an optional ordinal suffix ("21st"); not the start of a
/// longer number, a time ("10:30") or a decimal.
pub(super) fn day_number(i: &str) -> Res<'_, i8> {
    let (rest, digits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = opt(alt((
        |i| tag_ci("st", i),
        |i| tag_ci("nd", i),
        |i| tag_ci("rd", i),
        |i| tag_ci("th", i),
    )))
    .parse(rest)?;
    let (rest, ()) = boundary(rest)?;
    if continues_number(rest) {
        return no_match(i);
    }
    let d: i8 = digits.parse().unwrap_or(0);
    if (1..=31).contains(&d) {
        Ok((rest, d))
    } else {
        no_match(i)
    }
}

/// A four-digit year from 1000 to 2999, not part of a longer number.
pub(super) fn year(i: &str) -> Res<'_, i16> {
    let (rest, y) = four_digit_year(i)?;
    let (rest, ()) = boundary(rest)?;
    if continues_number(rest) {
        return no_match(i);
    }
    Ok((rest, y))
}

/// A year after "of" or "in" in a period's words, in digits or in words ("the third quarter of
/// 2020", "the first week of two thousand and nine"): the "of" has already said a year follows,
/// so a spoken year needs no preposition of time before it.
pub(super) fn written_year(i: &str) -> Res<'_, i16> {
    alt((year, spoken_year, bare_thousand)).parse(i)
}

/// Four digits from 1000 to 2999, with nothing checked after them.
pub(super) fn four_digit_year(i: &str) -> Res<'_, i16> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    match digits.parse::<i16>() {
        Ok(y) if (1000..3000).contains(&y) => Ok((rest, y)),
        _ => no_match(i),
    }
}

/// Whether the text goes on with the rest of a number: ":30", ".5", ",000", "%".
pub(super) fn continues_number(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(':' | '.' | ',') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some('%') => true,
        _ => false,
    }
}

/// `2024-09-02`.
pub(super) fn iso(i: &str) -> Res<'_, Date> {
    let (rest, (y, _, m, _, d)) = (
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    )
        .parse(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return no_match(i);
    }
    match (y.parse(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => match Date::new(y, m, d) {
            Ok(date) => Ok((rest, date)),
            Err(_) => impossible(rest),
        },
        _ => no_match(i),
    }
}

/// A day written in digits with its year: "02/22/2016", "21/04/2016", "21-04-16", "13.5.2015",
/// "2015/08/12", "2015.5.13". The order of day and month is taken from the numbers: a number above
/// 12 is the day, a four-digit year first is year-month-day, and equal day and month need no
/// order. When both could be the month ("3/7/2017"), the text does not say which day it means:
/// nothing is read, and the walk skips the whole of it (no year or number is taken out of it).
/// A two-digit year is 20xx below 50, else 19xx ("05/05/89" is 1989).
pub(super) fn numeric_day(i: &str) -> Res<'_, NumericParts> {
    let num = |min, max| take_while_m_n(min, max, |c: char| c.is_ascii_digit());
    let (rest, (a, sep, b)) = (num(1, 4), one_of("/.-"), num(1, 2)).parse(i)?;
    let (rest, c) = preceded(char(sep), num(1, 4)).parse(rest)?;
    if rest.starts_with(|c: char| c.is_ascii_digit())
        || rest.starts_with(['/', '-']) && rest[1..].starts_with(|c: char| c.is_ascii_digit())
        || rest.starts_with('.') && rest[1..].starts_with(|c: char| c.is_ascii_digit())
    {
        return no_match(i);
    }
    let n = |t: &str| t.parse::<i32>().unwrap_or(0);
    let (year, first, second, first_is_month) = match (a.len(), c.len()) {
        // "2015/08/12": year, month, day.
        (4, 1 | 2) if sep != '-' || b.len() == 1 || c.len() == 1 => (n(a), n(b), n(c), Some(true)),
        (1 | 2, 4) => (n(c), n(a), n(b), None),
        (1 | 2, 2) if b.len() <= 2 => {
            let yy = n(c);
            (
                if yy < 50 { 2000 + yy } else { 1900 + yy },
                n(a),
                n(b),
                None,
            )
        }
        _ => return no_match(i),
    };
    let first_is_month = match first_is_month {
        Some(known) => known,
        None if first > 12 && (1..=12).contains(&second) => false,
        None if second > 12 && (1..=12).contains(&first) => true,
        None if first == second => true,
        // Both could be the month: which day is meant is not written; the walk reads it by the
        // rules' order, or skips the whole of it.
        None if (1..=12).contains(&first) && (1..=12).contains(&second) => {
            return Ok((
                rest,
                NumericParts::Open(year as i16, first as i8, second as i8),
            ));
        }
        None => return impossible(rest),
    };
    let (month, day) = if first_is_month {
        (first, second)
    } else {
        (second, first)
    };
    if !(1..=12).contains(&month) || !(1..=31).contains(&day) {
        return impossible(rest);
    }
    Ok((rest, NumericParts::Day(year as i16, month as i8, day as i8)))
}

/// A numeric day as [`numeric_day`] reads it.
pub(super) enum NumericParts {
    /// Year, month, day.
    Day(i16, i8, i8),
    /// Year and two numbers either of which may be the month.
    Open(i16, i8, i8),
}

/// "August 25", "Sept. 18, 2023", "Feb 3 2016", "Dec. 30 , 1996", "july 22nd", "Oct-2", "Jun9",
/// "March third", "September the 21st", "June 6th of 1993".
pub(super) fn month_day(i: &str) -> Res<'_, (Option<i16>, i8, i8)> {
    // "Oct2", "Dec31, 1994": the day glued to the month's name.
    if let Ok((i, m)) = glued_month(i) {
        let (i, d) = day_number(i)?;
        let (i, y) = opt(year_tail).parse(i)?;
        return Ok((i, (y, m, d)));
    }
    let (i, m) = month_word(i)?;
    let d = alt((
        |i| preceded(one_of("-/"), day_number).parse(i),
        |i| {
            let (i, _) = opt(gap).parse(i)?;
            day_number(i)
        },
        |i| {
            let (i, _) = gap(i)?;
            let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
            day_in_words_or_digits(i)
        },
    ))
    .parse(i);
    let (i, d) = match d {
        Ok(found) => found,
        // "February twenty two nineteen ninety one", "on May twenty-one.": a day counted in
        // words is read only with its year or where the clause ends ("in May twenty one
        // people died" holds no day).
        Err(nom::Err::Error(_)) => {
            let (i, _) = gap(i)?;
            let (i, d) = spoken_day(i)?;
            return match year_tail(i) {
                Ok((i, y)) => Ok((i, (Some(y), m, d))),
                Err(_) if ends_clause(i) => Ok((i, (None, m, d))),
                Err(_) => no_match(i),
            };
        }
        Err(e) => return Err(e),
    };
    let (i, y) = opt(year_tail).parse(i)?;
    Ok((i, (y, m, d)))
}

/// "25 August", "2 Sep 2024", "12 of Sept", "1st Jan", "15 June, 2016", "third of March",
/// "twenty-second of June 2017", "9th of May of 1987", "16 March in 2019", "3. Feb. 2011", "the
/// 4th day of July", "nine March two thousand and one".
pub(super) fn day_month(i: &str) -> Res<'_, (Option<i16>, i8, i8)> {
    // "3. Feb. 2011": a day with a full stop, as European dates write it, only with its year.
    if let Ok((i, d)) = dotted_day(i) {
        let (i, m) = month_word(i)?;
        let (i, y) = year_tail(i)?;
        return Ok((i, (Some(y), m, d)));
    }
    // "twelve March nineteen ninety one": a day counted in words, only with its year.
    let spoken = |i| -> Res<'_, (Option<i16>, i8, i8)> {
        let (i, d) = spoken_day(i)?;
        let (i, _) = gap(i)?;
        let (i, m) = month_word(i)?;
        let (i, y) = year_tail(i)?;
        Ok((i, (Some(y), m, d)))
    };
    if let Ok(found) = spoken(i) {
        return Ok(found);
    }
    let (i, d) = alt((
        |i| {
            let (i, d) = day_number(i)?;
            let (i, _) = gap(i)?;
            let (i, _) = opt(day_of).parse(i)?;
            Ok((i, d))
        },
        |i| {
            let (i, d) = day_ordinal_word(i)?;
            let (i, _) = gap(i)?;
            let (i, _) = day_of(i)?;
            Ok((i, d))
        },
    ))
    .parse(i)?;
    let (i, m) = month_word(i)?;
    let (i, y) = opt(year_tail).parse(i)?;
    Ok((i, (y, m, d)))
}

/// "of " or "day of " between a day and its month ("the twenty-third day of May").
fn day_of(i: &str) -> Res<'_, &str> {
    alt((|i| word_then_gap("of", i), |i| word_then_gap("day of", i))).parse(i)
}

/// "16. ": a day number in digits with a full stop and a gap after it.
fn dotted_day(i: &str) -> Res<'_, i8> {
    let (rest, digits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = char('.').parse(rest)?;
    let (rest, _) = gap(rest)?;
    match digits.parse::<i8>() {
        Ok(d) if (1..=31).contains(&d) => Ok((rest, d)),
        _ => no_match(i),
    }
}

/// The year after a day and month: ", 2016", " 2016", " of 1995", " in 2020", in digits, in
/// words (", nineteen ninety six": [`spoken_year`]) or in two digits ("'87", "of 87.":
/// [`short_year`]).
pub(super) fn year_tail(i: &str) -> Res<'_, i16> {
    let (i, of) = alt((
        |i| {
            recognize((gap, |i| word_then_gap("of", i)))
                .parse(i)
                .map(|(r, _)| (r, true))
        },
        |i| {
            recognize((gap, |i| word_then_gap("in", i)))
                .parse(i)
                .map(|(r, _)| (r, false))
        },
        |i| comma_or_gap(i).map(|(r, _)| (r, false)),
    ))
    .parse(i)?;
    alt((year, spoken_year, bare_thousand, |i| short_year(i, of))).parse(i)
}

/// A year in two digits after a month or day: "'87", "’09" ("April '87", "May 5, ’09"), or
/// after "of" with the clause ending there ("born in April of 87."; "April of 87 cases" is an
/// amount). 20xx below 50, else 19xx, as in a numeric day. "the '80s" is a decade, no year.
pub(super) fn short_year(i: &str, after_of: bool) -> Res<'_, i16> {
    let (rest, apostrophe) = opt(one_of("'’")).parse(i)?;
    let (rest, digits) = take_while_m_n(2, 2, |c: char| c.is_ascii_digit()).parse(rest)?;
    let (rest, ()) = boundary(rest)?;
    let bare_ok = after_of && ends_clause(rest);
    if apostrophe.is_none() && !bare_ok || continues_number(rest) {
        return no_match(i);
    }
    let yy: i16 = digits.parse().unwrap_or(0);
    Ok((rest, if yy < 50 { 2000 + yy } else { 1900 + yy }))
}

/// A day with its month abbreviated or named and its year, joined by one sign: "05-Aug-2016",
/// "23/Sep/2020", "2019-sep-1", "2019/Aug/01", "Sep-23-2020".
pub(super) fn signed_day(i: &str) -> Res<'_, (Option<i16>, i8, i8)> {
    let day_first = |i| {
        let (i, d) = day_number(i)?;
        let (i, sep) = one_of("-/").parse(i)?;
        let (i, m) = month_word(i)?;
        let (i, y) = preceded(char(sep), year).parse(i)?;
        Ok((i, (Some(y), m, d)))
    };
    let year_first = |i| {
        let (i, y) = four_digit_year(i)?;
        let (i, sep) = one_of("-/").parse(i)?;
        let (i, m) = month_word(i)?;
        let (i, d) = preceded(char(sep), day_number).parse(i)?;
        Ok((i, (Some(y), m, d)))
    };
    let month_first = |i| {
        let (i, m) = month_word(i)?;
        let (i, sep) = one_of("-/").parse(i)?;
        let (i, d) = day_number(i)?;
        let (i, y) = preceded(char(sep), year).parse(i)?;
        Ok((i, (Some(y), m, d)))
    };
    alt((day_first, year_first, month_first)).parse(i)
}

/// "July 2023", "june of 1992", "March in 2011", "August, 2024", "Dec-2018", "Dec/2018".
pub(super) fn month_year(i: &str) -> Res<'_, (i16, i8)> {
    let (i, m) = month_word(i)?;
    let (i, of) = alt((
        |i| {
            recognize((gap, |i| word_then_gap("of", i)))
                .parse(i)
                .map(|(r, _)| (r, true))
        },
        |i| {
            recognize((gap, |i| word_then_gap("in", i)))
                .parse(i)
                .map(|(r, _)| (r, false))
        },
        |i| recognize(one_of("-/")).parse(i).map(|(r, _)| (r, false)),
        |i| comma_or_gap(i).map(|(r, _)| (r, false)),
    ))
    .parse(i)?;
    let (i, y) = alt((year, spoken_year, bare_thousand, |i| short_year(i, of))).parse(i)?;
    Ok((i, (y, m)))
}

/// "2016 June", "2016, Nov", "2017 april": a year, then a month name with no day after it.
/// "May" and "March" are left out: after a year they are more often a name or a verb ("in 2015
/// May won", "in 2019 march organisers …").
pub(super) fn year_month(i: &str) -> Res<'_, (i16, i8)> {
    let (i, y) = year(i)?;
    let (i, _) = comma_or_gap(i)?;
    let (rest, m) = month_word(i)?;
    let day_after = opt(gap)
        .parse(rest)
        .is_ok_and(|(after, _)| after.starts_with(|c: char| c.is_ascii_digit()));
    if m == 3 || m == 5 || day_after || rest.starts_with(['-', '/']) {
        return no_match(i);
    }
    Ok((rest, (y, m)))
}

/// A comma with optional spaces around it, or spaces alone.
pub(super) fn comma_or_gap(i: &str) -> Res<'_, &str> {
    alt((recognize((opt(gap), char(','), opt(gap))), gap)).parse(i)
}

/// A day of the month in digits ("20", "20th") or as an ordinal word ("twentieth").
pub(super) fn day_in_words_or_digits(i: &str) -> Res<'_, i8> {
    alt((day_number, day_ordinal_word)).parse(i)
}

/// Whether nothing but punctuation follows: the end of the text, or a stop, comma, colon,
/// semicolon or bracket after optional spaces ("on the 27th.", "Friday 31, ..."); not a hyphen
/// ("the 16-year-old").
pub(super) fn ends_clause(rest: &str) -> bool {
    let next = rest.trim_start();
    next.is_empty() || next.starts_with(['.', ',', '!', '?', ';', ':', ')'])
}
