//! Money in two units: an amount and its smaller unit ("7 dollars 25 cents", "ten euros and
//! twenty cents", "$2 and 5 cents"), and the spoken price that says its cents bare after a
//! currency word ("three pounds fifty", "12 pounds 40.").

use super::atom::{Atom, Shape, Unit, atom};
use crate::claim::Currency;
use crate::lex::{gap, keyword};

/// Words after which "12 pounds 40" ends: the spoken price goes no further.
const PRICE_ENDS: [&str; 4] = ["more", "less", "each", "apiece"];

/// The amount in two units that the money atom `x` opens in sentence `s`: `x` and its smaller
/// unit as one atom.
pub(super) fn two_units(s: &str, x: &Atom) -> Option<Atom> {
    let Unit::Money(currency) = x.unit else {
        return None;
    };
    // A whole amount in the main unit, with no scale: not "50 cents", not "$2 million".
    let whole = x.value.fract() == 0.0 && x.scale.is_none() && x.value < 1e6;
    let signed = s[x.span.start..].starts_with('-');
    if !whole || signed {
        return None;
    }
    let word_after = x.span.start == x.number_span.start;
    let (end, add) = smaller_unit(s, x.span.end, currency, word_after)?;
    Some(Atom {
        span: x.span.start..end,
        value: x.value + add,
        shape: Shape {
            bare_digits: None,
            decimal: true,
        },
        ..x.clone()
    })
}

/// The smaller unit after a whole amount of `currency` ending at byte `at`: "50 cents" after
/// "3 dollars", with or without "and"; or, after a currency word or code (not a sign), a bare
/// number of cents ending the phrase ("12 pounds 40.", "three pounds fifty"). Where the
/// amount ends and what it adds in the main unit.
fn smaller_unit(s: &str, at: usize, currency: Currency, word_after: bool) -> Option<(usize, f64)> {
    let (r, _) = gap(&s[at..]).ok()?;
    let r = keyword("and", r)
        .ok()
        .and_then(|(r, _)| gap(r).ok())
        .map_or(r, |(r, _)| r);
    let from = s.len() - r.len();
    let next = atom(s, from)?;
    // "15 USD 50": the code before the 50 is ours, not the 50's; but "10 $ 30 $" is two
    // amounts, the second with its own sign after it.
    let ours = next.span.start < from && next.span.end == next.number_span.end;
    match next.unit {
        Unit::Money(c) if next.value > 0.0 && next.value < 1.0 => {
            minor(s, &next, c, currency).then_some((next.span.end, next.value))
        }
        Unit::Money(_) | Unit::None if word_after && (ours || next.unit == Unit::None) => {
            let end = next.span.end;
            (cents(s, &next) && price_ends(&s[end..])).then_some((end, next.value / 100.0))
        }
        _ => None,
    }
}

/// Whether `next`, an amount below one of currency `c`, is the smaller unit of `main`: the same
/// currency, or cents, which many currencies have ("5 euros 20 cents").
fn minor(s: &str, next: &Atom, c: Currency, main: Currency) -> bool {
    c == main || s[next.number_span.end..next.span.end].contains("cent")
}

/// Whether `n` can be a number of cents said after the main unit: a whole 1 to 99, in words or
/// two digits.
fn cents(s: &str, n: &Atom) -> bool {
    let digits = s[n.number_span.start..].starts_with(|c: char| c.is_ascii_digit());
    let whole = n.value.fract() == 0.0 && (1.0..100.0).contains(&n.value) && n.scale.is_none();
    whole && (n.shape.bare_digits == Some(2) || !digits && !n.shape.decimal)
}

/// Whether the phrase ends at `tail`: a stop, a comma, the end, or "more", "each".
fn price_ends(tail: &str) -> bool {
    let t = tail.trim_start_matches([' ', '\t']);
    if t.is_empty() || t.starts_with(['.', ',', ';', ':', '!', '?', ')', '"', '”']) {
        return true;
    }
    PRICE_ENDS.iter().any(|w| keyword(w, t).is_ok())
}
