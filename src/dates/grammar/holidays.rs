//! Holidays in text: a name of the rules' holidays ("Christmas", "Labor Day"), with what may
//! come around it: the year ("Thanksgiving 2013"), which one ("next Easter", "the following
//! Christmas", "last Halloween", "this Thanksgiving") and its weekend ("Memorial Day weekend",
//! "Halloween weekend 2020", "the weekend of Thanksgiving 2019"). The walk tries them first at
//! every word start: only a holiday's first word or one of the words before it gets further
//! than one lookup.

use super::pieces::year_tail;
use crate::dates::{Holidays, Occurrence, Point};
use crate::lex::{Lead, WordMask, gap, keyword, lead};

/// The holiday at the start of `i` (whose first word is `first`, as [`lead`] reads it) and its
/// byte length.
pub(super) fn holiday_at(i: &str, first: Lead<'_>, holidays: &Holidays) -> Option<(usize, Point)> {
    // Most starts are turned away by one test of their first word: a holiday's name opens
    // with one of the rules' first words, or comes after one of `BEFORE`.
    let turned_away = |word: &str| !LEAD_INS.may_hold(word) && !holidays.may_open(word);
    if matches!(first, Lead::Ascii(word) if turned_away(word)) {
        return None;
    }
    let (after_words, which, weekend_of) = match first {
        Lead::Ascii(word) if before_name(word).is_some() => words_before_name(i)?,
        _ => (i, Occurrence::Latest, false),
    };
    let name_lead = if after_words.len() == i.len() {
        first
    } else {
        lead(after_words)
    };
    let (len, date) = holidays.at_lead(after_words, name_lead)?;
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

/// A word that may stand before a holiday's name.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Before {
    /// "the" ("the following Easter", "the weekend of …").
    The,
    /// "weekend", then "of".
    Weekend,
    /// "next", "following", "coming", "last", "previous", "this".
    Which(Occurrence),
}

/// The words that may stand before a holiday's name.
const BEFORE: [(&str, Before); 8] = [
    ("the", Before::The),
    ("weekend", Before::Weekend),
    ("next", Before::Which(Occurrence::Next)),
    ("following", Before::Which(Occurrence::Next)),
    ("coming", Before::Which(Occurrence::Next)),
    ("last", Before::Which(Occurrence::Last)),
    ("previous", Before::Which(Occurrence::Last)),
    ("this", Before::Which(Occurrence::This)),
];

/// The words of [`BEFORE`] as a mask (a static: a constant would be copied at each use).
static LEAD_INS: WordMask = {
    let mut mask = WordMask::of(&[]);
    let mut i = 0;
    while i < BEFORE.len() {
        mask = mask.with(BEFORE[i].0);
        i += 1;
    }
    mask
};

/// What the word `word` is before a holiday's name, if anything; most words are turned away by
/// their length and first letter.
fn before_name(word: &str) -> Option<Before> {
    let first = word.as_bytes().first()?.to_ascii_lowercase();
    BEFORE
        .iter()
        .find(|(w, _)| {
            w.len() == word.len() && w.as_bytes()[0] == first && w.eq_ignore_ascii_case(word)
        })
        .map(|&(_, b)| b)
}

/// The words before a holiday's name ("the following ", "weekend of ", "this coming "): the text
/// after them, which one they pick, and whether its weekend is meant.
fn words_before_name(i: &str) -> Option<(&str, Occurrence, bool)> {
    let mut rest = i;
    let mut which = None;
    let mut weekend = false;
    for n in 0..3 {
        let Lead::Ascii(word) = lead(rest) else {
            break;
        };
        let next = || gap(&rest[word.len()..]).ok().map(|(r, _)| r);
        match before_name(word) {
            Some(Before::The) if n == 0 => rest = next()?,
            Some(Before::Weekend) if !weekend && which.is_none() => {
                rest = keyword("of", next()?).ok()?.0;
                rest = gap(rest).ok()?.0;
                weekend = true;
            }
            // "this coming Christmas" is the next one.
            Some(Before::Which(w)) if which.is_none_or(|o| o == Occurrence::This) => {
                which = Some(w);
                rest = next()?;
            }
            _ => break,
        }
    }
    (which.is_some() || weekend).then_some((rest, which.unwrap_or_default(), weekend))
}

/// The year after a holiday's name or weekend, if written: " 2021", ", 2019", " of 2020".
fn year_after(i: &str) -> (&str, Option<i16>) {
    match year_tail(i) {
        Ok((rest, y)) => (rest, Some(y)),
        Err(_) => (i, None),
    }
}

/// The text after " weekend" ("Memorial Day weekend"), if the word follows.
fn weekend_after(i: &str) -> Option<&str> {
    let (i, _) = gap(i).ok()?;
    keyword("weekend", i).ok().map(|(rest, _)| rest)
}
