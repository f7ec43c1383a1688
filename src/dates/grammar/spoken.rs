//! Years written in words, as a day's or month's year: the spoken pairs ("nineteen seventy
//! eight", "twenty twenty", "nineteen oh five", "nineteen zero six"), hundreds ("nineteen
//! hundred ninety three", "seventeen hundred and thirty three") and thousands ("two thousand and
//! eighteen", "two thousand eighteen", "one thousand eight hundred and twelve").
//!
//! The number words and their values below a hundred are [`crate::words::numerals`], the
//! reader the number grammar is built on too; the years' own shapes (a spoken pair is no number:
//! "nineteen seventy" is 19 and 70 to the number grammar) are read here.
//!
//! After a month or a day a year in words is read; alone, only after a preposition of time ("in
//! nineteen ninety-six", "since two thousand and six", as the guards check): "two thousand and
//! eight" is more often an amount. "two thousand" with nothing after it is a year only where the
//! clause ends or a conjunction follows ("the ninth of March, two thousand"; not "in June
//! two thousand troops were sent": [`bare_thousand`]), never a year followed by a scale word
//! ("nineteen hundred thousand") or a hyphen ("twenty twenty-year-olds").

use nom::Parser;
use nom::branch::alt;
use nom::combinator::{opt, recognize};

use crate::lex::{Lead, Res, gap, keyword, lead, no_match};
use crate::words::numerals::{self, number_word_value};

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
                        || number_word_value(w).is_some()
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

/// "two thousand and sixeen", "two thousand eighteen", "one thousand seven hundred and
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

/// 1 to 99 in words ([`below_hundred`]), as a year's part.
fn below_hundred(i: &str) -> Res<'_, i16> {
    numerals::below_hundred(i).map(|(r, n)| (r, i16::from(n)))
}

/// One number word at the start of `i` whose value `fits`.
fn word_of(i: &str, fits: impl Fn(i16) -> bool) -> Res<'_, i16> {
    numerals::number_word(i, |n| fits(i16::from(n))).map(|(r, n)| (r, i16::from(n)))
}

/// "and" and the gap after it ("two thousand and six").
fn and_gap(i: &str) -> Res<'_, &str> {
    recognize((|i| keyword("and", i), gap)).parse(i)
}

/// "two thousand" as a year, where nothing of a number can follow: the clause ends ("the tenth
/// of September, two thousand.") or "and" joins a word that is no number ("in October two
/// thousand and again in 2004"); "June two thousand troops", "two thousand and five hundred"
/// are amounts.
pub(super) fn bare_thousand(i: &str) -> Res<'_, i16> {
    let (rest, _) = (|i| keyword("two", i), gap, |i| keyword("thousand", i)).parse(i)?;
    let next = rest.trim_start();
    let ends = next.is_empty() || next.starts_with(['.', ',', '!', '?', ';', ':', ')']);
    let conjunction = (gap, |i| keyword("and", i), gap)
        .parse(rest)
        .is_ok_and(|(after, _)| match lead(after) {
            Lead::Ascii(w) => number_word_value(w).is_none() && !w.eq_ignore_ascii_case("a"),
            _ => false,
        });
    if ends || conjunction {
        Ok((rest, 2000))
    } else {
        no_match(i)
    }
}

/// Whether a day or a year in words opens at `i`: a spoken year ("nineteen ninety-six") or a day
/// counted in words before a month ("twelve March"). The walk's prefilter asks this of
/// number words.
pub(super) fn opens_date(i: &str) -> bool {
    spoken_year(i).is_ok()
        || spoken_day(i).is_ok_and(|(rest, _)| {
            gap(rest).is_ok_and(|(after, _)| {
                crate::dates::calendar::month_number(match lead(after) {
                    Lead::Ascii(w) => w,
                    _ => "",
                })
                .is_some()
            })
        })
}
