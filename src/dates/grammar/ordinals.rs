//! The days of a month written as ordinal words: "third", "twenty-first", "twenty first",
//! "thirtieth".

use nom::Parser;
use nom::branch::alt;
use nom::character::complete::char;
use nom::combinator::recognize;

use crate::lex::{Lead, Res, gap, lead, no_match};
use crate::words::numerals::ORDINAL_WORDS;

/// The ordinal words of the days of a month, "first" to "twentieth", in order (1 to 20);
/// "twenty-first" to "thirty-first" are built from "twenty"/"thirty" and the first nine.
pub(super) const DAY_ORDINALS: [&str; 20] = ORDINAL_WORDS;

/// A day of the month written as an ordinal word: "third", "twenty-first", "twenty first",
/// "thirtieth", "thirty-first".
pub(super) fn day_ordinal_word(i: &str) -> Res<'_, i8> {
    // One lookup of the first word decides most starts: only "twenty" and "thirty" go on.
    let Lead::Ascii(word) = lead(i) else {
        return no_match(i);
    };
    let rest = &i[word.len()..];
    let tens = match ordinal_value(word) {
        Some(n) => return Ok((rest, n)),
        None if word.eq_ignore_ascii_case("twenty") => 20,
        None if word.eq_ignore_ascii_case("thirty") => 30,
        None => return no_match(i),
    };
    let (after, _) = alt((recognize(char('-')), gap)).parse(rest)?;
    match lead(after) {
        Lead::Ascii(unit) => match ordinal_value(unit) {
            Some(n) if n <= 9 && tens + n <= 31 => Ok((&after[unit.len()..], tens + n)),
            _ => no_match(i),
        },
        _ => no_match(i),
    }
}

/// The day an ordinal word names, "first" (1) to "thirtieth" (30), ignoring case.
fn ordinal_value(word: &str) -> Option<i8> {
    if word.len() > 11 {
        return None;
    }
    if word.eq_ignore_ascii_case("thirtieth") {
        return Some(30);
    }
    DAY_ORDINALS
        .iter()
        .position(|w| w.len() == word.len() && w.eq_ignore_ascii_case(word))
        .map(|n| n as i8 + 1)
}
