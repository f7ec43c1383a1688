//! Money forms beyond a numeral and one currency word or sign: a scale word after a code ("75
//! USD million") or glued before it ("60 MEUR", finance's millions of euros), a code glued before
//! the digits ("USD115.5"), and a currency word hyphened to the number as an adjective ("a
//! 12-cent dividend", "a one-yen bid").

use super::units::{CODES, code};
use crate::claim::Currency;
use crate::lex::{boundary, gap, keyword, phrase_len};

/// Currency words a number takes with a hyphen before a noun ("a five-dollar bill"), with the
/// code and how many make one main unit. No "pound": "a 10-pound bag" is a weight.
const HYPHENED: [(&str, &str, f64); 7] = [
    ("cent", "USD", 100.0),
    ("dollar", "USD", 1.0),
    ("euro", "EUR", 1.0),
    ("yen", "JPY", 1.0),
    ("yuan", "CNY", 1.0),
    ("penny", "GBP", 100.0),
    ("rupee", "INR", 1.0),
];

/// Scale words that may follow a currency code: "12 GBP billion".
const SCALES: [(&str, f64); 3] = [("million", 1e6), ("billion", 1e9), ("trillion", 1e12)];

/// A scale word after the code ending at `at` ("12 GBP billion"): where it ends and its factor.
pub(super) fn scale_after_code(s: &str, at: usize) -> Option<(usize, f64)> {
    let (r, _) = gap(&s[at..]).ok()?;
    SCALES.iter().find_map(|(w, f)| {
        let len = phrase_len(r, w)?;
        Some((s.len() - r.len() + len, *f))
    })
}

/// "60 MEUR", "27.5 MGBP": "M" glued to an upper-case code after the numeral ending at `at`,
/// millions of that currency. Where it ends and the currency.
pub(super) fn millions_code(s: &str, at: usize) -> Option<(usize, Currency)> {
    let (r, _) = gap(&s[at..]).ok()?;
    let word = r.strip_prefix('M')?;
    let (_, c) = CODES
        .iter()
        .find(|(w, _)| w.len() == 3 && word.starts_with(w))?;
    let rest = &word[3..];
    boundary(rest).ok()?;
    Some((s.len() - rest.len(), code(c)))
}

/// "USD115", "EUR20.5": an upper-case code glued to the digits at the start of `i`. Its
/// length and currency.
pub(super) fn glued_code(i: &str) -> Option<(usize, Currency)> {
    let b = i.as_bytes();
    if !(b.len() > 3 && b[0].is_ascii_uppercase() && b[3].is_ascii_digit()) {
        return None;
    }
    let (_, c) = CODES
        .iter()
        .find(|(w, _)| w.len() == 3 && i.starts_with(w))?;
    Some((3, code(c)))
}

/// A currency word hyphened to the numeral ending at `at` ("12-cent", "one-yen"), not after a
/// scale word ("a million-dollar home" is a manner of speaking). Where it ends, the currency
/// and how many make one main unit.
pub(super) fn hyphened(s: &str, at: usize) -> Option<(usize, Currency, f64)> {
    let r = s[at..].strip_prefix('-')?;
    let head = s[..at].trim_end_matches(|c: char| c.is_ascii_alphabetic());
    let word = &s[head.len()..at];
    if ["hundred", "thousand", "million", "billion", "trillion"]
        .iter()
        .any(|w| w.eq_ignore_ascii_case(word))
    {
        return None;
    }
    HYPHENED.iter().find_map(|(w, c, per)| {
        let (rest, _) = keyword(w, r).ok()?;
        Some((s.len() - rest.len(), code(c), *per))
    })
}
