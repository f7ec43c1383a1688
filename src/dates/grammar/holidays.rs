//! Holidays in text: a name of the rules' holidays ("Christmas", "Labor Day"), with what may
//! come around it: the year ("Thanksgiving 2013"), which one ("next Easter", "the following
//! Christmas", "last Halloween", "this Thanksgiving") and its weekend ("Labor Day weekend",
//! "Halloween weekend 2021", "the weekend of Thanksgiving 2023"). The walk tries them first at
//! every word start: only a holiday's first word or one of the words before it gets further
//! than one lookup.

use nom::Parser;
use nom::branch::alt;

use super::pieces::{word_then_gap, year_tail};
use crate::dates::{Holidays, Occurrence, Point};
use crate::lex::{Lead, Res, gap, keyword, lead};

/// The holiday at the start of `i` (whose first word is `first`, as [`lead`] reads it) and its
/// byte length.
pub(super) fn holiday_at(i: &str, first: Lead<'_>, holidays: &Holidays) -> Option<(usize, Point)> {
    let (after_words, which, weekend_of) = match first {
        Lead::Ascii(word) if opens_before_name(word) => {
            let (rest, (which, weekend)) = before_name(i).ok()?;
            (rest, which, weekend)
        }
        _ => (i, Occurrence::Latest, false),
    };
    let (len, date) = holidays.at_lead(after_words, lead(after_words))?;
    let after = &after_words[len..];
    let (rest, year) = year_after(after);
    let (rest, weekend, year) = match weekend_after(rest) {
        Some(rest) if !weekend_of && year.is_none() => {
            let (rest, year) = year_after(rest);
            (rest, true, year)
        }
        Some(rest) if !weekend_of => (rest, true, year),
        _ => (rest, weekend_of, year),
    };
    // "Easter Island", "Christmas Island": part of a name.
    if rest.len() == after.len()
        && gap(after).is_ok_and(|(next, _)| next.starts_with(char::is_uppercase))
    {
        return None;
    }
    let point = Point::Holiday {
        date,
        year,
        which: if year.is_some() {
            Occurrence::Latest
        } else {
            which
        },
        weekend,
    };
    Some((i.len() - rest.len(), point))
}

/// Whether a word may stand before a holiday's name: "next", "following", "coming", "last",
/// "previous", "this", "the" ("the weekend of", "the following"), "weekend" ("weekend of").
fn opens_before_name(word: &str) -> bool {
    [
        "next",
        "following",
        "coming",
        "last",
        "previous",
        "this",
        "the",
        "weekend",
    ]
    .iter()
    .any(|w| w.eq_ignore_ascii_case(word))
}

/// The words before a holiday's name: which one, and whether its weekend is meant.
fn before_name(i: &str) -> Res<'_, (Occurrence, bool)> {
    let which = |i| {
        alt((
            |i| word_then_gap("next", i).map(|(r, _)| (r, Occurrence::Next)),
            |i| word_then_gap("the next", i).map(|(r, _)| (r, Occurrence::Next)),
            |i| word_then_gap("the following", i).map(|(r, _)| (r, Occurrence::Next)),
            |i| word_then_gap("following", i).map(|(r, _)| (r, Occurrence::Next)),
            |i| word_then_gap("this coming", i).map(|(r, _)| (r, Occurrence::Next)),
            |i| word_then_gap("coming", i).map(|(r, _)| (r, Occurrence::Next)),
            |i| word_then_gap("last", i).map(|(r, _)| (r, Occurrence::Last)),
            |i| word_then_gap("the last", i).map(|(r, _)| (r, Occurrence::Last)),
            |i| word_then_gap("the previous", i).map(|(r, _)| (r, Occurrence::Last)),
            |i| word_then_gap("previous", i).map(|(r, _)| (r, Occurrence::Last)),
            |i| word_then_gap("this", i).map(|(r, _)| (r, Occurrence::This)),
        ))
        .parse(i)
    };
    let weekend_of = |i| {
        let (i, _) = alt((
            |i| word_then_gap("the weekend of", i),
            |i| word_then_gap("weekend of", i),
        ))
        .parse(i)?;
        let (i, which) = which(i).unwrap_or((i, Occurrence::Latest));
        Ok((i, (which, true)))
    };
    alt((weekend_of, |i| which(i).map(|(r, w)| (r, (w, false))))).parse(i)
}

/// The year after a holiday's name or weekend, if written: " 2021", ", 2019", " of 2020".
fn year_after(i: &str) -> (&str, Option<i16>) {
    match year_tail(i) {
        Ok((rest, y)) => (rest, Some(y)),
        Err(_) => (i, None),
    }
}

/// The text after " weekend" ("Labor Day weekend"), if the word follows.
fn weekend_after(i: &str) -> Option<&str> {
    let (i, _) = gap(i).ok()?;
    keyword("weekend", i).ok().map(|(rest, _)| rest)
}
