//! The number words below a hundred ("one" to "ninety-nine") and their values: the small
//! spelled-number reader that both the number grammar (extraction) and the date grammar (days
//! and years in words: "May twenty-one", "nineteen ninety-six") are built on, so that the words
//! and their values are written once, below both.

use nom::Parser;
use nom::branch::alt;
use nom::character::complete::char;
use nom::combinator::recognize;

use crate::lex::{Lead, Res, gap, lead, no_match};

/// The number words below a hundred that are one word, with their values: "zero" to
/// "nineteen" and the tens, "twenty" to "ninety".
pub(crate) const NUMBER_WORDS: [(&str, u8); 28] = [
    ("zero", 0),
    ("one", 1),
    ("two", 2),
    ("three", 3),
    ("four", 4),
    ("five", 5),
    ("six", 6),
    ("seven", 7),
    ("eight", 8),
    ("nine", 9),
    ("ten", 10),
    ("eleven", 11),
    ("twelve", 12),
    ("thirteen", 13),
    ("fourteen", 14),
    ("fifteen", 15),
    ("sixteen", 16),
    ("seventeen", 17),
    ("eighteen", 18),
    ("nineteen", 19),
    ("twenty", 20),
    ("thirty", 30),
    ("forty", 40),
    ("fifty", 50),
    ("sixty", 60),
    ("seventy", 70),
    ("eighty", 80),
    ("ninety", 90),
];

/// The ordinal words "first" to "twentieth", in order (1 to 20).
pub(crate) const ORDINAL_WORDS: [&str; 20] = [
    "first",
    "second",
    "third",
    "fourth",
    "fifth",
    "sixth",
    "seventh",
    "eighth",
    "ninth",
    "tenth",
    "eleventh",
    "twelfth",
    "thirteenth",
    "fourteenth",
    "fifteenth",
    "sixteenth",
    "seventeenth",
    "eighteenth",
    "nineteenth",
    "twentieth",
];

/// The value of one number word of [`NUMBER_WORDS`], ignoring ASCII case.
pub(crate) fn number_word_value(word: &str) -> Option<u8> {
    if !(3..=9).contains(&word.len()) {
        return None;
    }
    NUMBER_WORDS
        .iter()
        .find(|(w, _)| w.len() == word.len() && w.eq_ignore_ascii_case(word))
        .map(|&(_, n)| n)
}

/// One number word at the start of `i` whose value `fits`, and its value.
pub(crate) fn number_word(i: &str, fits: impl Fn(u8) -> bool) -> Res<'_, u8> {
    match lead(i) {
        Lead::Ascii(w) => match number_word_value(w) {
            Some(n) if fits(n) => Ok((&i[w.len()..], n)),
            _ => no_match(i),
        },
        _ => no_match(i),
    }
}

/// 1 to 99 in words: "seven", "seventeen", "seventy", "seventy eight", "seventy-eight".
pub(crate) fn below_hundred(i: &str) -> Res<'_, u8> {
    let (rest, n) = number_word(i, |n| (1..100).contains(&n))?;
    if n < 20 || n % 10 != 0 {
        return Ok((rest, n));
    }
    let unit = |i| {
        let (i, _) = alt((recognize(char('-')), gap)).parse(i)?;
        number_word(i, |n| (1..10).contains(&n))
    };
    match unit(rest) {
        Ok((after, u)) => Ok((after, n + u)),
        Err(_) => Ok((rest, n)),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn words_below_a_hundred_read_with_or_without_a_hyphen() {
        assert_eq!(below_hundred("sixty-three men"), Ok((" men", 63)));
        assert_eq!(below_hundred("Forty one"), Ok(("", 41)));
        assert_eq!(below_hundred("eleven-year"), Ok(("-year", 11)));
        assert_eq!(below_hundred("thirty"), Ok(("", 30)));
        assert!(below_hundred("zero").is_err());
        assert!(below_hundred("seventh").is_err());
        assert_eq!(number_word_value("NINETEEN"), Some(19));
        assert_eq!(number_word_value("hundred"), None);
    }
}
