//! Numerals written in digits: "1,234,567.5", "2.3 million", "£3bn", "10k", and the forms a
//! number takes beyond a plain run of digits: fractions ("3/4", "2 1/4", "½", "2½"), scientific
//! notation ("1.3e6", "1.3x10^6") and powers ("2^10").

use std::borrow::Cow;

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, one_of, satisfy};
use nom::combinator::{not, opt, recognize};
use nom::multi::many_m_n;
use nom::sequence::{preceded, terminated};

use super::spelled::{Spelled, and_part, spelled};
use super::units;
use crate::lex::{Res, boundary, gap, keyword, no_match};

/// How a numeral was written, for the roles that depend on its shape.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub(super) struct Shape {
    /// Number of digits when written as a bare run: no separator, decimal point or scale word.
    pub bare_digits: Option<usize>,
    /// Written with a decimal point and no scale word ("1.5", not "1.5 million").
    pub decimal: bool,
}

/// At most this many digits in a run: beyond that a "number" is an identifier, and the bound
/// keeps `f64` parsing finite.
const MAX_DIGITS: usize = 18;
/// At most this many ",ddd" groups after the leading digits (up to 10^21).
const MAX_GROUPS: usize = 6;

/// Thousands separators: the comma, and the no-break and thin spaces of French typography
/// ("25\u{202f}000"). A plain space is not one: "in 2012 100 people" is two numbers.
const SEPARATORS: &str = ",\u{a0}\u{202f}\u{2009}";

/// A numeral in digits with its scale word: `(length, value, scale, shape)`.
/// `signed`: a minus stands before it, so a lone fraction ("-4/5") is no date.
pub(super) fn in_digits(
    i: &str,
    money: bool,
    signed: bool,
) -> Option<(usize, f64, Option<f64>, Shape)> {
    let fractional = Shape {
        bare_digits: None,
        decimal: true,
    };
    if let Some((rest, value)) = vulgar(i) {
        return Some((i.len() - rest.len(), value, None, fractional));
    }
    let (after, text) = digit_numeral(i).ok()?;
    let plain = text.bytes().all(|b| b.is_ascii_digit());
    // Most numerals have no separator: they are parsed as written, with no copy.
    let clean: Cow<'_, str> = if text.bytes().all(|b| b.is_ascii_digit() || b == b'.') {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(
            text.chars()
                .filter(|c| !SEPARATORS.contains(*c) && *c != ' ')
                .collect(),
        )
    };
    if plain {
        if let Some((rest, value)) = common_fraction(after, clean.parse().ok()?, signed) {
            let shape = Shape {
                decimal: value.fract() != 0.0,
                bare_digits: None,
            };
            return Some((i.len() - rest.len(), value, None, shape));
        }
    }
    if let Some((rest, value)) = power(after, clean.parse().ok()?) {
        let shape = Shape {
            decimal: value.fract() != 0.0,
            bare_digits: None,
        };
        return Some((i.len() - rest.len(), value, None, shape));
    }
    let (after, scale) = match scale_word(after, money, text.contains('.')) {
        Ok((rest, scale)) => (rest, Some(scale)),
        Err(_) => (after, None),
    };
    // "3 lakh crore": a larger scale word after a smaller one multiplies it (3 × 10^12).
    let (after, scale) = match (scale, scale_word(after, money, false)) {
        (Some(Scale::Power(a)), Ok((rest, Scale::Power(b)))) if b > a => {
            (rest, Some(Scale::Power(a + b)))
        }
        _ => (after, scale),
    };
    // Powers of ten go into the exponent so that "2.3 million" is exactly 2300000.
    let value = match scale {
        Some(Scale::Power(e)) => format!("{clean}e{e}").parse::<f64>().ok()?,
        Some(Scale::Times(m)) => clean.parse::<f64>().ok()? * m,
        None => clean.parse::<f64>().ok()?,
    };
    let shape = Shape {
        bare_digits: (plain && scale.is_none()).then_some(text.len()),
        decimal: text.contains('.') && scale.is_none(),
    };
    let multiplier = scale.map(scale_factor);
    let whole = Spelled {
        len: i.len() - after.len(),
        value,
        scale: multiplier,
        ordinal: false,
    };
    // "7 million and a half": the part of the scale word; "6 thousand 2 hundred and 45": more
    // groups of smaller scale.
    let read = match multiplier {
        Some(m) if !text.contains('.') => and_part(i, whole)
            .or_else(|| more_groups(i, whole, m))
            .unwrap_or(whole),
        Some(_) => and_part(i, whole).unwrap_or(whole),
        None => whole,
    };
    Some((read.len, read.value, read.scale, shape))
}

/// The digits of a decimal written without its leading zero, after the point (".08" is read
/// from "08"): the length and the value. Not when another digit group follows ("08.5").
pub(super) fn after_point(i: &str) -> Option<(usize, f64)> {
    let (rest, text) = terminated(digits(1, MAX_DIGITS), not(digit))
        .parse(i)
        .ok()?;
    if decimal_next(rest) {
        return None;
    }
    Some((text.len(), format!("0.{text}").parse().ok()?))
}

/// The groups that may follow a numeral and its scale word `scale`, read as one number with it:
/// a smaller scale ("6 thousand 2 hundred"), and after "and" a last group below the scale ("7
/// hundred and 45", "4 crore and three hundred"), as spelled-out numbers join. `None` when no
/// group follows.
fn more_groups(i: &str, whole: Spelled, scale: f64) -> Option<Spelled> {
    let mut read = whole;
    let mut last = scale;
    for _ in 0..4 {
        let rest = &i[read.len..];
        let (r, and) = match gap(rest).ok().and_then(|(r, _)| keyword("and", r).ok()) {
            Some((r, _)) => (r, true),
            None => (rest, false),
        };
        let (r, _) = gap(r).ok()?;
        let at = i.len() - r.len();
        if let Ok((after, n)) = terminated(digits(1, 3), not(digit)).parse(r) {
            // "4 hundred and 3.5 hundred" is two numbers: a decimal is no group.
            if decimal_next(after) {
                break;
            }
            let n: f64 = n.parse().ok()?;
            let next = scale_word(after, false, false).ok();
            match next {
                // A place value joins ("6 thousand 2 hundred"); a multiplier makes a number of
                // its own ("30 lakh and 2 dozen": 3,000,000 and 24, not 3,000,024).
                Some((r2, s2 @ Scale::Power(_)))
                    if scale_factor(s2) < last && n > 0.0 && n * scale_factor(s2) < last =>
                {
                    let m = scale_factor(s2);
                    read.value += n * m;
                    read.len = i.len() - r2.len();
                    last = m;
                    continue;
                }
                // "between 2 million and 3 million" joins two numbers.
                None if and && n < last.min(1000.0) => {
                    read.value += n;
                    read.len = i.len() - after.len();
                }
                _ => {}
            }
        } else if let Some(w) = spelled(r, false).filter(|w| and && !w.ordinal && w.value < last) {
            read.value += w.value;
            read.len = at + w.len;
        }
        break;
    }
    (read.len > whole.len).then_some(Spelled {
        scale: None,
        ..read
    })
}

/// Whether `i` opens with a decimal point or comma and a digit: the numeral before goes on.
fn decimal_next(i: &str) -> bool {
    i.strip_prefix(['.', ','])
        .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()))
}

fn scale_factor(s: Scale) -> f64 {
    match s {
        Scale::Power(e) => 10f64.powi(e),
        Scale::Times(m) => m,
    }
}

/// Denominators a fraction is written with in digits: halves to tenths, twelfths, sixteenths
/// and the like of measures, hundredths. "9/11" and "24/7" are no fractions.
const DENOMINATORS: [u32; 14] = [2, 3, 4, 5, 6, 7, 8, 9, 10, 12, 16, 32, 64, 100];

/// A common fraction after the whole number `whole` whose digits end at `after`: "3/4 of" (then
/// `whole` is the numerator), "2 1/4", "2½", "2 ½". The rest and the value.
fn common_fraction(after: &str, whole: f64, signed: bool) -> Option<(&str, f64)> {
    // "3/4" alone is as likely a date: a fraction only where a share or a measure follows, or
    // after a minus ("-3/4").
    if let Some((rest, den)) = over(after).filter(|(rest, _)| signed || share_follows(rest)) {
        return proper(whole, den).map(|v| (rest, v));
    }
    if let Some((rest, part)) = vulgar(after) {
        return Some((rest, whole + part));
    }
    let (r, _) = gap(after).ok()?;
    if let Some((rest, part)) = vulgar(r) {
        return Some((rest, whole + part));
    }
    let (r, num) = digits(1, 2).parse(r).ok()?;
    let (rest, den) = over(r)?;
    proper(num.parse().ok()?, den).map(|part| (rest, whole + part))
}

/// Whether what follows a fraction makes it a share or a measure: "of", a unit ("mile") or a
/// hyphen ("3/4-inch"), not a date's "on 3/4 and".
fn share_follows(rest: &str) -> bool {
    if rest.starts_with('-') {
        return true;
    }
    let Ok((after, _)) = gap(rest) else {
        return false;
    };
    keyword("of", after).is_ok() || units::measure_after(rest, 0).is_some()
}

/// "/4" and what follows, when it ends the numeral: not "/4/2015", "/4.5" or "/45".
fn over(i: &str) -> Option<(&str, u32)> {
    let (rest, den) = preceded(char('/'), digits(1, 3)).parse(i).ok()?;
    let next = rest.chars().next();
    let glued = matches!(next, Some(c) if c.is_alphanumeric() || c == '/')
        || rest
            .strip_prefix(['.', ','])
            .is_some_and(|r| r.starts_with(|c: char| c.is_ascii_digit()));
    (!glued).then_some(())?;
    Some((rest, den.parse().ok()?))
}

/// `num / den` when it is a proper fraction in lowest terms with a usual denominator ("8/16" is
/// a date, not a half).
fn proper(num: f64, den: u32) -> Option<f64> {
    let usual = num >= 1.0 && num < f64::from(den) && DENOMINATORS.contains(&den);
    (usual && gcd(num as u32, den) == 1).then(|| num / f64::from(den))
}

fn gcd(a: u32, b: u32) -> u32 {
    if b == 0 { a } else { gcd(b, a % b) }
}

/// The vulgar fraction characters and their values.
const VULGAR: [(char, f64); 18] = [
    ('½', 1.0 / 2.0),
    ('⅓', 1.0 / 3.0),
    ('⅔', 2.0 / 3.0),
    ('¼', 1.0 / 4.0),
    ('¾', 3.0 / 4.0),
    ('⅕', 1.0 / 5.0),
    ('⅖', 2.0 / 5.0),
    ('⅗', 3.0 / 5.0),
    ('⅘', 4.0 / 5.0),
    ('⅙', 1.0 / 6.0),
    ('⅚', 5.0 / 6.0),
    ('⅐', 1.0 / 7.0),
    ('⅛', 1.0 / 8.0),
    ('⅜', 3.0 / 8.0),
    ('⅝', 5.0 / 8.0),
    ('⅞', 7.0 / 8.0),
    ('⅑', 1.0 / 9.0),
    ('⅒', 1.0 / 10.0),
];

/// A vulgar fraction character at the start of `i` ("½"), alone as a word.
pub(super) fn vulgar(i: &str) -> Option<(&str, f64)> {
    let c = i.chars().next()?;
    let (_, value) = VULGAR.iter().find(|(v, _)| *v == c)?;
    let rest = &i[c.len_utf8()..];
    boundary(rest).ok()?;
    Some((rest, *value))
}

/// A power after the numeral `base` whose digits end at `after`: scientific notation
/// ("1.3e6", "12.32E+14", "1.3x10^6", "1.3 × 10^6") or an exponent ("2^10", "2.5^-1").
fn power(after: &str, base: f64) -> Option<(&str, f64)> {
    let exponent = |i| -> Res<'_, i32> {
        let (rest, sign) = opt(one_of("+-")).parse(i)?;
        let (rest, n) = terminated(digits(1, 3), not(digit)).parse(rest)?;
        let n: i32 = n.parse().map_err(|_| {
            nom::Err::Error(nom::error::Error::new(i, nom::error::ErrorKind::Digit))
        })?;
        Ok((rest, if sign == Some('-') { -n } else { n }))
    };
    let ten_to = |i| -> Res<'_, i32> {
        let (i, _) = opt(gap).parse(i)?;
        let (i, _) = one_of("xX×").parse(i)?;
        let (i, _) = opt(gap).parse(i)?;
        preceded(nom::bytes::complete::tag("10^"), exponent).parse(i)
    };
    let (rest, value) = if let Ok((rest, e)) = preceded(one_of("eE"), exponent).parse(after) {
        (rest, base * 10f64.powi(e))
    } else if let Ok((rest, e)) = ten_to(after) {
        (rest, base * 10f64.powi(e))
    } else {
        let (rest, e) = preceded(char('^'), exponent).parse(after).ok()?;
        (rest, base.powi(e))
    };
    boundary(rest).ok()?;
    value.is_finite().then_some((rest, value))
}

/// "1,234,567.5", "192", "3.5": separators only in groups of three (or of two before the last
/// three, as India groups: "12,34,567"); a final "." is no decimal point ("192." ends a
/// sentence).
fn digit_numeral(i: &str) -> Res<'_, &str> {
    recognize((alt((grouped, indian, spaced, plain)), opt(fraction))).parse(i)
}

/// "12,34,567", "1,00,000": the lakh grouping, pairs of digits before the last three.
fn indian(i: &str) -> Res<'_, &str> {
    let pair = preceded(char(','), terminated(digits(2, 2), not(digit)));
    let last = preceded(char(','), terminated(digits(3, 3), not(digit)));
    recognize((digits(1, 2), many_m_n(1, MAX_GROUPS, pair), last)).parse(i)
}

/// "1 234 567": plain spaces between groups of three, as some papers print large numbers. Two
/// groups at least, and no digit after a space at the end: "in 2012 100 people" and a phone
/// number "1 800 555 0199" are no such number.
fn spaced(i: &str) -> Res<'_, &str> {
    let group = || preceded(char(' '), terminated(digits(3, 3), not(digit)));
    let run = recognize((digits(1, 3), many_m_n(2, MAX_GROUPS, group())));
    terminated(run, not(preceded(char(' '), digit))).parse(i)
}

fn grouped(i: &str) -> Res<'_, &str> {
    let group = preceded(one_of(SEPARATORS), terminated(digits(3, 3), not(digit)));
    recognize((digits(1, 3), many_m_n(1, MAX_GROUPS, group))).parse(i)
}

fn plain(i: &str) -> Res<'_, &str> {
    terminated(digits(1, MAX_DIGITS), not(digit)).parse(i)
}

fn fraction(i: &str) -> Res<'_, &str> {
    recognize(preceded(
        char('.'),
        terminated(digits(1, MAX_DIGITS), not(digit)),
    ))
    .parse(i)
}

pub(super) fn digits<'a>(
    m: usize,
    n: usize,
) -> impl Parser<&'a str, Output = &'a str, Error = nom::error::Error<&'a str>> {
    take_while_m_n(m, n, |c: char| c.is_ascii_digit())
}

pub(super) fn digit(i: &str) -> Res<'_, char> {
    satisfy(|c| c.is_ascii_digit()).parse(i)
}

/// A scale word's multiplier.
#[derive(Clone, Copy, Debug, PartialEq)]
enum Scale {
    /// Ten to this power.
    Power(i32),
    /// Any other factor ("dozen").
    Times(f64),
}

/// A scale word after digits: spelled out after a gap ("2 million", "30 lakh", "3 dozens"), or
/// glued as newsrooms abbreviate ("£3bn", "10k", "10M", "1MM"). A lower-case "m" is a million
/// only after a currency sign (else metres), and "b" only after a decimal ("1.2b").
fn scale_word(i: &str, money: bool, decimal: bool) -> Res<'_, Scale> {
    const SPACED: [(&str, Scale); 26] = [
        ("hundred", Scale::Power(2)),
        ("thousand", Scale::Power(3)),
        ("million", Scale::Power(6)),
        ("billion", Scale::Power(9)),
        ("trillion", Scale::Power(12)),
        ("thousands", Scale::Power(3)),
        ("millions", Scale::Power(6)),
        ("billions", Scale::Power(9)),
        ("trillions", Scale::Power(12)),
        ("dozens", Scale::Times(12.0)),
        ("dozen", Scale::Times(12.0)),
        ("dozs", Scale::Times(12.0)),
        ("doz", Scale::Times(12.0)),
        ("dzs", Scale::Times(12.0)),
        ("dz", Scale::Times(12.0)),
        ("lakhs", Scale::Power(5)),
        ("lakh", Scale::Power(5)),
        ("crores", Scale::Power(7)),
        ("crore", Scale::Power(7)),
        ("bn", Scale::Power(9)),
        ("bln", Scale::Power(9)),
        ("tn", Scale::Power(12)),
        ("tln", Scale::Power(12)),
        ("mn", Scale::Power(6)),
        ("mln", Scale::Power(6)),
        ("mil", Scale::Power(6)),
    ];
    // Case matters for these: "10M" is ten million, "10m" ten metres.
    const GLUED_CASED: [(&str, Scale); 4] = [
        ("MM", Scale::Power(6)),
        ("M", Scale::Power(6)),
        ("K", Scale::Power(3)),
        ("B", Scale::Power(9)),
    ];
    const GLUED: [(&str, Scale, bool); 8] = [
        ("bn", Scale::Power(9), false),
        ("bln", Scale::Power(9), false),
        ("trn", Scale::Power(12), false),
        ("tn", Scale::Power(12), false),
        ("mn", Scale::Power(6), false),
        ("mil", Scale::Power(6), false),
        ("k", Scale::Power(3), false),
        ("m", Scale::Power(6), true),
    ];
    for (word, scale) in GLUED_CASED {
        if let Some(rest) = i.strip_prefix(word).filter(|r| boundary(r).is_ok()) {
            return Ok((rest, scale));
        }
    }
    let glued = GLUED
        .iter()
        .filter(|(_, _, needs_money)| money || !needs_money);
    for (word, scale, _) in glued {
        if let Ok((rest, _)) = keyword(word, i) {
            return Ok((rest, *scale));
        }
    }
    if decimal || money {
        if let Ok((rest, _)) = keyword("b", i) {
            return Ok((rest, Scale::Power(9)));
        }
    }
    let (after_gap, _) = gap(i)?;
    // "$5.2 M", "1.5 B": a capital after a gap is a scale after a currency or a decimal (a metre
    // is a lower-case "m").
    if money || decimal {
        for (word, scale) in GLUED_CASED.iter().filter(|(w, _)| *w != "K") {
            let rest = after_gap.strip_prefix(word).filter(|r| boundary(r).is_ok());
            if let Some(rest) = rest {
                return Ok((rest, *scale));
            }
        }
    }
    for (word, scale) in SPACED {
        if !units::opens_like(after_gap, word) {
            continue;
        }
        if let Ok((rest, _)) = keyword(word, after_gap) {
            return Ok((rest, scale));
        }
    }
    no_match(i)
}
