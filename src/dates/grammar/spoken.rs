//! Years written in words, as a day's or month's year: the spoken pairs ("nineteen seventy
//! eight", "twenty twenty", "nineteen oh five", "nineteen zero six"), hundreds ("nineteen
//! hundred ninety three", "seventeen hundred and thirty three") and thousands ("two thousand and
//! eighteen", "two thousand eighteen", "one thousand eight hundred and twelve").
//!
//! The number grammar sits above the dates (extraction reads numbers, dates are read below it),
//! and a spoken pair is no number it reads ("nineteen seventy" is 19 and 70 to it), so the few
//! number words a year is spoken with are listed here.
//!
//! Only after a month or a day is a year in words read: alone, "two thousand and five" is more
//! often an amount. "two thousand" with nothing after it is never a year here ("in June two
//! thousand troops were sent"), nor is a year followed by a scale word ("nineteen hundred
//! thousand") or a hyphen ("twenty twenty-year-olds").

use nom::Parser;
use nom::branch::alt;
use nom::character::complete::char;
use nom::combinator::{opt, recognize};

use crate::lex::{Lead, Res, gap, keyword, lead, no_match};

/// The units, "one" to "nine".
const UNITS: [&str; 9] = [
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine",
];

/// "ten" to "nineteen".
const TEENS: [&str; 10] = [
    "ten",
    "eleven",
    "twelve",
    "thirteen",
    "fourteen",
    "fifteen",
    "sixteen",
    "seventeen",
    "eighteen",
    "nineteen",
];

/// The tens, "twenty" to "ninety".
const TENS: [&str; 8] = [
    "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
];

/// A year in words at the start of `i`, from 1000 to 2999.
pub(super) fn spoken_year(i: &str) -> Res<'_, i16> {
    let (rest, y) = alt((thousands, pair)).parse(i)?;
    // "nineteen hundred thousand", "twenty twenty-year-olds": the number goes on.
    let goes_on = rest.starts_with('-')
        || opt(gap)
            .parse(rest)
            .is_ok_and(|(after, _)| match lead(after) {
                Lead::Ascii(w) => {
                    ["hundred", "thousand", "million", "billion"]
                        .iter()
                        .any(|s| s.eq_ignore_ascii_case(w))
                        || value_of(w).is_some()
                }
                _ => false,
            });
    if goes_on || !(1000..3000).contains(&y) {
        return no_match(i);
    }
    Ok((rest, y))
}

/// A day of the month counted in words, "one" to "thirty one" ("twenty five").
pub(super) fn spoken_day(i: &str) -> Res<'_, i8> {
    let (rest, n) = below_hundred(i)?;
    match i8::try_from(n) {
        Ok(d) if (1..=31).contains(&d) => Ok((rest, d)),
        _ => no_match(i),
    }
}

/// "nineteen seventy eight", "twenty twenty", "nineteen oh five", "nineteen hundred ninety
/// three", "eleven hundred": a century of 11 to 20 and then its year.
fn pair(i: &str) -> Res<'_, i16> {
    let (i, century) = word_of(i, |n| (11..=20).contains(&n))?;
    let (i, _) = gap(i)?;
    let hundreds = |i| {
        let (i, _) = keyword("hundred", i)?;
        let (i, n) = opt(|i| {
            let (i, _) = gap(i)?;
            let (i, _) = opt(and_gap).parse(i)?;
            below_hundred(i)
        })
        .parse(i)?;
        Ok((i, n.unwrap_or(0)))
    };
    let oh = |i| {
        let (i, _) = alt((|i| keyword("oh", i), |i| keyword("zero", i))).parse(i)?;
        let (i, _) = gap(i)?;
        word_of(i, |n| n < 10)
    };
    let tens = |i| {
        let (i, n) = below_hundred(i)?;
        if n < 10 { no_match(i) } else { Ok((i, n)) }
    };
    let (i, n) = alt((hundreds, oh, tens)).parse(i)?;
    Ok((i, century * 100 + n))
}

/// "two thousand and eighteen", "two thousand eighteen", "one thousand seven hundred and
/// eighty nine": the thousands, then the hundreds and the rest, which are wanted (see the
/// module's note on "two thousand").
fn thousands(i: &str) -> Res<'_, i16> {
    let (i, t) = word_of(i, |n| n == 1 || n == 2)?;
    let (i, _) = gap(i)?;
    let (i, _) = keyword("thousand", i)?;
    let (i, _) = gap(i)?;
    let (i, hundreds) = opt(|i| {
        let (i, h) = word_of(i, |n| n < 10)?;
        let (i, _) = gap(i)?;
        let (i, _) = keyword("hundred", i)?;
        let (i, _) = gap(i)?;
        Ok((i, h))
    })
    .parse(i)?;
    let (i, _) = opt(and_gap).parse(i)?;
    let (i, n) = below_hundred(i)?;
    Ok((i, t * 1000 + hundreds.unwrap_or(0) * 100 + n))
}

/// 1 to 99 in words: "seven", "seventeen", "seventy", "seventy eight", "seventy-eight".
fn below_hundred(i: &str) -> Res<'_, i16> {
    let (rest, n) = word_of(i, |n| n < 100)?;
    if n < 20 || n % 10 != 0 {
        return Ok((rest, n));
    }
    let unit = |i| {
        let (i, _) = alt((recognize(char('-')), gap)).parse(i)?;
        word_of(i, |n| n < 10)
    };
    match unit(rest) {
        Ok((after, u)) => Ok((after, n + u)),
        Err(_) => Ok((rest, n)),
    }
}

/// One number word at the start of `i` whose value `fits`.
fn word_of(i: &str, fits: impl Fn(i16) -> bool) -> Res<'_, i16> {
    match lead(i) {
        Lead::Ascii(w) => match value_of(w) {
            Some(n) if fits(n) => Ok((&i[w.len()..], n)),
            _ => no_match(i),
        },
        _ => no_match(i),
    }
}

/// The value of one number word, "one" to "ninety", ignoring case.
fn value_of(word: &str) -> Option<i16> {
    let find = |list: &[&str]| list.iter().position(|w| w.eq_ignore_ascii_case(word));
    if word.len() > 9 {
        return None;
    }
    find(&UNITS)
        .map(|n| n as i16 + 1)
        .or_else(|| find(&TEENS).map(|n| n as i16 + 10))
        .or_else(|| find(&TENS).map(|n| n as i16 * 10 + 20))
}

/// "and" and the gap after it ("two thousand and five").
fn and_gap(i: &str) -> Res<'_, &str> {
    recognize((|i| keyword("and", i), gap)).parse(i)
}
