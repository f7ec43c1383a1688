//! Shares written as two whole numbers: "two out of five", "3 out of 4", "one in three", "nine
//! in 10". The value is the fraction (0.4 for "two out of five"), as "2/5 of" would be.
//!
//! "out of" always makes a share. "in" is also a rate ("20 in 80 hours") or a place ("5 in the
//! 100 block"), so it makes one only where news writes shares with it: one in any number ("one
//! in three adults"), any number in ten, a hundred or a thousand ("nine in 10"), or a small
//! number in at most twenty ("two in five"), and never before a unit of time.
//!
//! A fraction said aloud, "one over three", "1 over 20", is read only where it ends the clause:
//! "five over 10 days" or "won 3 over 2 rivals" are no fractions.

use super::atom::{Atom, Shape, Unit, atom};
use super::role::is_year;
use crate::lex::{gap, keyword};

/// Words of time after which "x in y" is a rate, not a share: "3 in 10 minutes".
const TIME_WORDS: [&str; 16] = [
    "second", "seconds", "minute", "minutes", "hour", "hours", "day", "days", "week", "weeks",
    "month", "months", "year", "years", "decade", "decades",
];

/// The share the whole number `x` opens in sentence `s`, as one atom from `x` to its total.
pub(super) fn share(s: &str, x: &Atom) -> Option<Atom> {
    let whole = |a: &Atom| a.unit == Unit::None && !a.shape.decimal && a.value >= 1.0;
    if !whole(x) || is_year(x) {
        return None;
    }
    let (r, _) = gap(&s[x.span.end..]).ok()?;
    let (r, out_of) = match keyword("out", r) {
        Ok((r, _)) => (keyword("of", gap(r).ok()?.0).ok()?.0, true),
        Err(_) => (keyword("in", r).ok()?.0, false),
    };
    let y = atom(s, s.len() - gap(r).ok()?.0.len())?;
    if !whole(&y) || is_year(&y) || y.value < x.value {
        return None;
    }
    if !out_of {
        let per = matches!(y.value, 10.0 | 100.0 | 1000.0);
        let rate = gap(&s[y.span.end..])
            .is_ok_and(|(after, _)| TIME_WORDS.iter().any(|w| keyword(w, after).is_ok()));
        let small = x.value < 10.0 && y.value <= 20.0;
        if !(x.value == 1.0 || per || small) || y.value == x.value || rate {
            return None;
        }
    }
    Some(quotient(x, &y))
}

/// The fraction "x over y" that the whole number `x` opens in sentence `s`: a proper fraction
/// of two whole numbers, neither a year, that ends the clause.
pub(super) fn over(s: &str, x: &Atom) -> Option<Atom> {
    let whole = |a: &Atom| a.unit == Unit::None && !a.shape.decimal && a.value >= 1.0;
    // "minus one over four": a signed numerator is read as a decimal is.
    let signed = x.unit == Unit::None && x.value <= -1.0 && x.value.fract() == 0.0;
    if !(whole(x) || signed) || is_year(x) {
        return None;
    }
    let (r, _) = gap(&s[x.span.end..]).ok()?;
    let (r, _) = keyword("over", r).ok()?;
    let y = atom(s, s.len() - gap(r).ok()?.0.len())?;
    let tail = s[y.span.end..].trim_start_matches([' ', '\t']);
    let ends = tail.is_empty() || tail.starts_with(['.', ',', ';', ':', '!', '?', ')']);
    if !whole(&y) || is_year(&y) || y.value <= x.value.abs() || !ends {
        return None;
    }
    Some(quotient(x, &y))
}

/// The number `x` / `y` spanning both, read as a decimal is.
fn quotient(x: &Atom, y: &Atom) -> Atom {
    Atom {
        span: x.span.start..y.span.end,
        number_span: x.number_span.start..y.number_span.end,
        value: x.value / y.value,
        scale: None,
        shape: Shape {
            bare_digits: None,
            decimal: true,
        },
        unit: Unit::None,
    }
}
