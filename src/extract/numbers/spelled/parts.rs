//! The parts of a spelled-out number beyond a whole one: a part after "and" ("one and a half")
//! and decimals ("two point two million"). Ranks and fractions are read in `ranks`.

use super::ranks::{Context, Lexed, Ranked, ranked};
use super::{Spelled, Word, number_word, spelled};
use crate::lex::gap;

/// What follows the whole number `whole` read at the start of `i`: decimals ("two point two
/// million", "nine point nought four") or a part after "and" ("one and a half", "five and a
/// quarter", "four and thirty-one hundredths", "two and a half million", "a million and a half").
pub(super) fn fraction(i: &str, whole: Spelled) -> Option<Spelled> {
    let rest = &i[whole.len..];
    // "two point two million", "nine point nought four": digits after "point", one word each,
    // or one number below a hundred ("two hundred point seventy-one").
    if whole.value.fract() == 0.0 && !whole.ordinal {
        if let Some((r, value)) = point(rest, whole.value) {
            return Some(with_scale(i, r, value));
        }
    }
    and_part(i, whole)
}

/// The whole number `whole` read at the start of `i` and a proper fraction after "and": "one and
/// a half", "four and thirty-one hundredths", "two and a half million", "a million and a half"
/// (the part of the scale word, thousand or more), "3 billion and a quarter".
pub(in crate::extract::numbers) fn and_part(i: &str, whole: Spelled) -> Option<Spelled> {
    let rest = &i[whole.len..];
    let (r, _) = gap(rest).ok()?;
    let (r, _) = crate::lex::keyword("and", r).ok()?;
    let (r, _) = gap(r).ok()?;
    let lexed = Lexed::of(r);
    let after_rank = lexed.rank.map_or("", |rank| &r[rank.end..]);
    let Some(Ranked::Fraction { len, value: part }) = ranked(&lexed, after_rank, Context::AfterAnd)
    else {
        return None;
    };
    if part >= 1.0 {
        return None;
    }
    let r = &r[len..];
    match (whole.scale.filter(|&m| m >= 1e3), scale_after(r)) {
        // "a million and a half", "one billion and a half million": a part of a scale word.
        (Some(m), next) => {
            let (r, m) = next.unwrap_or((r, m));
            Some(part_of(i, r, whole.value + part * m))
        }
        // "two and a half million": the whole and its part are scaled together.
        (None, _) => Some(with_scale(i, r, whole.value + part)),
    }
}

/// A scale word after a gap at the start of `r`: the rest and its multiplier.
fn scale_after(r: &str) -> Option<(&str, f64)> {
    let (after, _) = gap(r).ok()?;
    let (after, word) = number_word(after).ok()?;
    match word {
        Word::Scale(m) => Some((after, m)),
        Word::Hundred => Some((after, 100.0)),
        _ => None,
    }
}

/// `value` ending at `r` (a suffix of `i`), times the scale word that may follow ("million"; "of
/// a million" after a fraction: "two thirds of a billion").
pub(super) fn with_scale(i: &str, r: &str, value: f64) -> Spelled {
    let of_a = || {
        let (after, _) = gap(r).ok()?;
        let (after, _) = crate::lex::keyword("of", after).ok()?;
        let (after, _) = gap(after).ok()?;
        let (after, _) = crate::lex::keyword("a", after)
            .or_else(|_| crate::lex::keyword("an", after))
            .ok()?;
        scale_after(after)
    };
    let scaled = scale_after(r).or_else(|| of_a().filter(|_| value < 1.0));
    match scaled {
        Some((after, m)) => Spelled {
            scale: Some(m),
            ..part_of(i, after, value * m)
        },
        None => part_of(i, r, value),
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
        let two =
            spelled(after_gap, false).filter(|n| n.value < 100.0 && n.value.fract() == 0.0)?;
        digits = format!("{}", two.value);
        r = &after_gap[two.len..];
    }
    let value = format!("{whole}.{digits}").parse().ok()?;
    Some((r, value))
}

/// A number that ends at the start of `rest` (a suffix of `i`) with `value`.
fn part_of(i: &str, rest: &str, value: f64) -> Spelled {
    Spelled {
        len: i.len() - rest.len(),
        value,
        scale: None,
        ordinal: false,
    }
}
