//! The parts of a spelled-out number beyond a whole one: ranks ("third", "twenty-first"),
//! fractions ("two thirds", "one and a half") and decimals ("two point two million").

use nom::Parser;
use nom::character::complete::alpha1;
use nom::sequence::terminated;

use super::{Spelled, Word, lookup, number_word, separator, spelled};
use crate::lex::{boundary, gap};

/// A fraction built on the whole number `whole` read at the start of `i`: a numerator and its
/// denominator ("two thirds", "two-thirds", "one eighth", "three quarters"), or a whole number and
/// a part ("one and a half", "five and a quarter", "two and a half million").
pub(super) fn fraction(i: &str, whole: Spelled) -> Option<Spelled> {
    let rest = &i[whole.len..];
    let plural = whole.value != 1.0;
    let small = whole.value.fract() == 0.0 && whole.value < 100.0 && whole.scale.is_none();
    // "two thirds": the number is the numerator.
    if small && !whole.ordinal {
        let (after, _) = separator(rest).ok()?;
        if let Some((r, den)) = denominator(after, plural) {
            return Some(part(i, r, whole.value / den));
        }
    }
    // "two point two million", "nine point nought four": digits after "point", one word each,
    // or one number below a hundred ("two hundred point seventy-one").
    if whole.value.fract() == 0.0 && !whole.ordinal {
        if let Some((r, value)) = point(rest, whole.value) {
            return Some(with_scale(i, r, value));
        }
    }
    // "one and a half": a whole number, "and", then a part; a scale word may follow.
    let (r, _) = gap(rest).ok()?;
    let (r, _) = crate::lex::keyword("and", r).ok()?;
    let (r, _) = gap(r).ok()?;
    let (r, numerator) = spelled_part(r)?;
    let (r, den) = separator(r)
        .ok()
        .and_then(|(r, _)| denominator(r, numerator != 1.0))?;
    Some(with_scale(i, r, whole.value + numerator / den))
}

/// `value` ending at `r` (a suffix of `i`), times the scale word that may follow ("million").
fn with_scale(i: &str, r: &str, value: f64) -> Spelled {
    let scaled = gap(r).ok().and_then(|(after, _)| {
        let (after, word) = number_word(after).ok()?;
        match word {
            Word::Scale(m) => Some((after, m)),
            Word::Hundred => Some((after, 100.0)),
            _ => None,
        }
    });
    match scaled {
        Some((after, m)) => Spelled {
            scale: Some(m),
            ..part(i, after, value * m)
        },
        None => part(i, r, value),
    }
}

/// The decimals after " point": the rest and `whole` with them.
fn point(rest: &str, whole: f64) -> Option<(&str, f64)> {
    let (r, _) = gap(rest).ok()?;
    let (mut r, _) = crate::lex::keyword("point", r).ok()?;
    let mut digits = String::new();
    while let Some((after, word)) = gap(r).ok().and_then(|(a, _)| number_word(a).ok()) {
        match word {
            Word::Small(n) if n < 10.0 => digits.push(char::from(b'0' + n as u8)),
            _ => break,
        }
        r = after;
    }
    if digits.is_empty() {
        let (after_gap, _) = gap(r).ok()?;
        let two = spelled(after_gap).filter(|n| n.value < 100.0 && n.value.fract() == 0.0)?;
        digits = format!("{}", two.value);
        r = &after_gap[two.len..];
    }
    let value = format!("{whole}.{digits}").parse().ok()?;
    Some((r, value))
}

/// The numerator of a part after "and": "a" (one) or a number word below ten.
fn spelled_part(i: &str) -> Option<(&str, f64)> {
    let (r, word) = number_word(i).ok()?;
    match word {
        Word::A => Some((r, 1.0)),
        Word::Small(n) if n > 0.0 && n < 10.0 => Some((r, n)),
        _ => None,
    }
}

/// A number that ends at the start of `rest` (a suffix of `i`) with `value`.
fn part(i: &str, rest: &str, value: f64) -> Spelled {
    Spelled {
        len: i.len() - rest.len(),
        value,
        scale: None,
        ordinal: false,
    }
}

/// A denominator word at the start of `i`, plural or singular as the numerator asks ("thirds"
/// after two, "third" after one): the rest and the denominator.
fn denominator(i: &str, plural: bool) -> Option<(&str, f64)> {
    let (rest, word) = terminated(alpha1, boundary).parse(i).ok()?;
    let lower = word.to_ascii_lowercase();
    let den = match (lower.as_str(), plural) {
        ("half", false) | ("halves", true) => 2.0,
        ("quarter", false) | ("quarters", true) => 4.0,
        (w, false) => ordinal_value(w)?,
        (w, true) => ordinal_value(w.strip_suffix('s')?)?,
    };
    // "the first" is no denominator: a fraction's denominator is two or more.
    (den >= 2.0).then_some((rest, den))
}

/// The value of a rank word below a hundred, or a round one ("third" 3, "hundredth" 100).
fn ordinal_value(w: &str) -> Option<f64> {
    let (_, word) = ordinal_word(w).filter(|(r, _)| r.is_empty())?;
    match word {
        Word::Small(n) | Word::Tens(n) => Some(n),
        Word::Hundred => Some(100.0),
        Word::Scale(n) => Some(n),
        _ => None,
    }
}

/// Ranks whose word is not their number's plus "th".
const IRREGULAR_RANKS: [(&str, Word); 7] = [
    ("first", Word::Small(1.0)),
    ("second", Word::Small(2.0)),
    ("third", Word::Small(3.0)),
    ("fifth", Word::Small(5.0)),
    ("eighth", Word::Small(8.0)),
    ("ninth", Word::Small(9.0)),
    ("twelfth", Word::Small(12.0)),
];

/// A rank word at the start of `i` and the number word it ranks: "third" (three), "eleventh",
/// "twentieth" (twenty), "hundredth", "millionth". "nineth" is read as "ninth".
pub(super) fn ordinal_word(i: &str) -> Option<(&str, Word)> {
    let (rest, w) = terminated(alpha1, boundary).parse(i).ok()?;
    let lower = w.to_ascii_lowercase();
    if let Some((_, word)) = IRREGULAR_RANKS.iter().find(|(r, _)| *r == lower) {
        return Some((rest, *word));
    }
    let stem = lower.strip_suffix("th")?;
    let cardinal = match stem.strip_suffix("tie") {
        Some(tens) => format!("{tens}ty"),
        None => stem.to_string(),
    };
    let word = lookup(&cardinal)?;
    matches!(
        word,
        Word::Small(_) | Word::Tens(_) | Word::Hundred | Word::Scale(_)
    )
    .then_some((rest, word))
}
