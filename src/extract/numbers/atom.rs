//! One numeral with what is glued to it: a currency sign before, a scale word, and a unit after
//! ("$900 million", "20%", "80th", "17:55", "1990s"), or the reason it is no count at all ("F-35",
//! a number inside a link).
//!
//! Hedges and ranges are built from atoms one level up, in `expr`.

use std::ops::Range;

use nom::Parser;
use nom::branch::alt;
use nom::character::complete::char;
use nom::combinator::{not, opt, recognize};
use nom::sequence::{preceded, terminated};

pub(super) use super::digits::Shape;
use super::digits::{after_point, digit, digits, in_digits, vulgar};
use super::money;
use super::spelled::{HALF_OF, spelled};
use super::units;
use crate::claim::{self, Currency};
use crate::lex::{Res, boundary, gap, is_currency, keyword, no_match, previous_word, tag_ci};

/// How far the link check looks either way inside one whitespace-free token.
const LINK_WINDOW: usize = 64;

/// What is written around a numeral, beyond its value.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Unit {
    /// Nothing: a plain count, year or day.
    None,
    /// "%", "percent", "per cent" ([`claim::Unit::Percent`]), "percentage points".
    Percent(claim::Unit),
    /// A currency sign or code before, or a currency word, sign or code after.
    Money(Currency),
    /// "1.6 km", "200 miles", "2,300 metric tons".
    Measure(claim::Unit),
    /// "47 years old", "a 15-year-old", "aged 15".
    Age(claim::Unit),
    /// "1st", "80th".
    Ordinal,
    /// "17:55", "9 a.m.", "10pm".
    Time,
    /// "1990s".
    Decade,
    /// Part of a name, code or link: "F-35", "COVID-19", "t.co/123", "1.2.3".
    Glued,
}

impl Unit {
    /// What the numeral measures, in claims' terms.
    pub(super) fn measured(self) -> Option<claim::Unit> {
        match self {
            Unit::Percent(u) | Unit::Measure(u) | Unit::Age(u) => Some(u),
            Unit::Money(c) => Some(claim::Unit::Currency(c)),
            Unit::None | Unit::Ordinal | Unit::Time | Unit::Decade | Unit::Glued => None,
        }
    }
}

/// One numeral and what is glued to it. Spans are byte offsets in the sentence.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Atom {
    /// The numeral with its currency sign and unit.
    pub span: Range<usize>,
    /// The numeral with its scale word, without sign or unit.
    pub number_span: Range<usize>,
    /// The value, scale applied.
    pub value: f64,
    /// The multiplier of a scale word ("million"), which a range may lend to its first number.
    pub scale: Option<f64>,
    /// How the numeral was written.
    pub shape: Shape,
    /// What follows or precedes it.
    pub unit: Unit,
}

/// The atom starting at byte `p` of the sentence `s` (at a currency sign or the numeral).
pub(super) fn atom(s: &str, p: usize) -> Option<Atom> {
    read(s, p, false)
}

/// The atom ending a range at byte `p`: like [`atom`], but a dash before it is the range's
/// ("20-30"), not a sign of a date or score.
pub(super) fn range_end(s: &str, p: usize) -> Option<Atom> {
    read(s, p, true)
}

fn read(s: &str, p: usize, after_connector: bool) -> Option<Atom> {
    let sign = s[p..]
        .chars()
        .next()
        .filter(|c| is_currency(*c))
        .map_or(0, char::len_utf8);
    // "USD115": a code glued to the digits.
    let glued_code = (sign == 0).then(|| money::glued_code(&s[p..])).flatten();
    let here = glued_code.map_or(sign, |(len, _)| len);
    // "$ 40 million": one space may stand between a sign and its digits.
    let num_start = match s[p + here..].strip_prefix(' ') {
        Some(r) if here > 0 && r.starts_with(|c: char| c.is_ascii_digit()) => p + here + 1,
        _ => p + here,
    };
    let money = match glued_code {
        Some((_, c)) => Some((p, c)),
        None => units::money_before(s, num_start),
    };
    if here > 0 && money.is_none() {
        return None;
    }
    let aged = units::age_before(s, num_start).filter(|_| money.is_none());
    let minus = units::minus_before(s, num_start).filter(|_| here == 0 && !after_connector);
    let point = here == 0 && point_before(s, num_start);
    let start = money.map_or(aged.or(minus).unwrap_or(p), |(at, _)| at.min(p));
    let start = if point {
        start.min(num_start - 1)
    } else {
        start
    };
    let rest = &s[num_start..];
    let mut ranked = false;
    let (len, value, scale, shape) = if point {
        let (len, value) = after_point(rest)?;
        let shape = Shape {
            bare_digits: None,
            decimal: true,
        };
        (len, value, None, shape)
    } else if rest.starts_with(|c: char| c.is_ascii_digit()) || vulgar(rest).is_some() {
        in_digits(rest, money.is_some(), minus.is_some())?
    } else {
        let head = &s[..num_start];
        let w = spelled(rest, takes_amount(head) || half_share(head, rest))?;
        ranked = w.ordinal;
        // "two thirds" counts nothing whole, like "0.67".
        let shape = Shape {
            decimal: w.value.fract() != 0.0,
            ..Shape::default()
        };
        (w.len, w.value, w.scale, shape)
    };
    let num_end = num_start + len;
    let (mut unit, end, (times, per)) = match ranked {
        true => (Unit::Ordinal, num_end, (1.0, 1.0)),
        false => unit_after(s, num_end, shape, value),
    };
    let value = match unit {
        Unit::Time => value + minutes(&s[num_end..end]) / 60.0,
        _ => value * times / per,
    };
    // A signed number counts nothing: it is read as a decimal is.
    let (value, shape) = match minus {
        Some(_) => (
            -value,
            Shape {
                decimal: true,
                bare_digits: None,
            },
        ),
        None => (value, shape),
    };
    match (unit, money, aged) {
        (Unit::None, Some((_, currency)), _) => unit = Unit::Money(currency),
        (Unit::None, None, Some(_)) => unit = Unit::Age(claim::Unit::Year),
        (Unit::None, None, None)
            if shape.bare_digits.is_some_and(|n| n <= 3)
                && minus.is_none()
                && units::appositive_age(s, start, end, value) =>
        {
            unit = Unit::Age(claim::Unit::Year);
        }
        _ => {}
    }
    // Nobody counts with a leading zero: "02", "001" are dates, times and identifiers.
    let zero_led = shape.bare_digits.is_some_and(|n| n > 1) && rest.starts_with('0');
    // ".45 caliber", "a .22 rifle", "including .38 and .40": a point decimal with no unit is a
    // number only alone or after a word that takes an amount ("a limit of .08.").
    let names = point && unit == Unit::None && !point_amount(s, start, end);
    let zero_led = zero_led || names;
    let glued = !after_connector && minus.is_none() && glued_before(&s[..start]);
    if zero_led || glued || glued_after(&s[num_end..]) || in_link(s, start, end) {
        unit = Unit::Glued;
    }
    // Nothing may stick to the end: "4pc1bLkhFn" is no number.
    boundary(&s[end..]).ok()?;
    Some(Atom {
        span: start..end,
        number_span: if point { num_start - 1 } else { num_start }..num_end,
        value,
        scale,
        shape,
        unit,
    })
}

/// Whether the digits at `num` follow a decimal point that opens the number: ".08", "(.5",
/// not "1.08", "v.08" or "No.08".
fn point_before(s: &str, num: usize) -> bool {
    let Some(head) = s[..num].strip_suffix('.') else {
        return false;
    };
    head.chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '"' | '“' | '\''))
}

/// Words after which a point decimal is an amount: "a limit of .08", "it was .5".
const POINT_WORDS: [&str; 12] = [
    "of", "at", "was", "is", "to", "by", "from", "than", "about", "around", "nearly", "under",
];

/// Whether the point decimal at `start..end` reads as an amount: it ends its clause and has no
/// word before it, or one that takes an amount.
fn point_amount(s: &str, start: usize, end: usize) -> bool {
    let tail = s[end..].trim_start_matches([' ', '\t']);
    let ends = tail.is_empty() || tail.starts_with(['.', ',', ';', ':', '!', '?', ')']);
    let head = s[..start].trim_end();
    let word = head
        .rsplit(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or("");
    let amount = head.is_empty() || POINT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word));
    ends && amount
}

/// What a numeral is multiplied by and divided by in its unit: "cents" is (1, 100), "USD
/// million" (1,000,000, 1).
type Ratio = (f64, f64);

/// The ratio of a unit that is its own main unit.
const ONE: Ratio = (1.0, 1.0);

/// The unit written after the numeral ending at `at`, where the atom ends, and the ratio of
/// the numeral to the main unit ("cents": 1/100).
fn unit_after(s: &str, at: usize, shape: Shape, value: f64) -> (Unit, usize, Ratio) {
    let i = &s[at..];
    let end = |rest: &str| s.len() - rest.len();
    let hour = matches!(shape.bare_digits, Some(1 | 2)) && value <= 24.0;
    let time = match (hour, clock(i)) {
        (true, Ok((rest, _))) => Some(meridiem(rest).map_or(rest, |(r, _)| r)),
        _ if hour && value <= 12.0 => meridiem(i).ok().map(|(r, _)| r),
        _ => None,
    };
    if let Some(rest) = time {
        return (Unit::Time, end(rest), ONE);
    }
    if shape.bare_digits.is_some() {
        if let Ok((rest, _)) = ordinal_suffix(i) {
            return (Unit::Ordinal, end(rest), ONE);
        }
        if let (Some(4), Ok((rest, _))) = (shape.bare_digits, keyword("s", i)) {
            return (Unit::Decade, end(rest), ONE);
        }
    }
    if let Some((end, unit)) = units::percent_after(s, at) {
        return (Unit::Percent(unit), end, ONE);
    }
    if let Some((end, currency, per)) = units::money_after(s, at) {
        // "12 GBP billion": a scale word after a code.
        let code = s[at..end].trim_start();
        let coded = code.len() == 3 && code.bytes().all(|b| b.is_ascii_uppercase());
        return match coded.then(|| money::scale_after_code(s, end)).flatten() {
            Some((end, factor)) => (Unit::Money(currency), end, (factor, 1.0)),
            None => (Unit::Money(currency), end, (1.0, per)),
        };
    }
    if let Some((end, currency, per)) = money::hyphened(s, at) {
        return (Unit::Money(currency), end, (1.0, per));
    }
    if let Some((end, currency)) = money::millions_code(s, at) {
        return (Unit::Money(currency), end, (1e6, 1.0));
    }
    if let Some((end, unit)) = units::age_after(s, at) {
        return (Unit::Age(unit), end, ONE);
    }
    if let Some((end, unit)) = units::measure_after(s, at) {
        return (Unit::Measure(unit), end, ONE);
    }
    (Unit::None, at, ONE)
}

/// ":55" or ":55:10" after an hour.
fn clock(i: &str) -> Res<'_, &str> {
    let two = || preceded(char(':'), terminated(digits(2, 2), not(digit)));
    recognize((two(), opt(two()))).parse(i)
}

/// The minutes of a clock time (":55" → 55), or 0 for "9 a.m.".
fn minutes(unit: &str) -> f64 {
    unit.strip_prefix(':')
        .and_then(|m| m.get(..2))
        .and_then(|m| m.parse().ok())
        .unwrap_or(0.0)
}

/// "a.m.", "pm", with or without a space before.
fn meridiem(i: &str) -> Res<'_, &str> {
    let i = opt(gap).parse(i)?.0;
    for word in ["a.m.", "p.m.", "a.m", "p.m", "am", "pm"] {
        if let Ok((rest, found)) = tag_ci(word, i) {
            if boundary(rest).is_ok() {
                return Ok((rest, found));
            }
        }
    }
    no_match(i)
}

fn ordinal_suffix(i: &str) -> Res<'_, &str> {
    alt((
        |i| keyword("st", i),
        |i| keyword("nd", i),
        |i| keyword("rd", i),
        |i| keyword("th", i),
    ))
    .parse(i)
}

/// Words after which "a" and a rank are an amount, not a person: "fell by a fifth.", "more
/// than a third." (not "injured a fourth.").
const AMOUNT_WORDS: [&str; 18] = [
    "above",
    "below",
    "by",
    "than",
    "to",
    "from",
    "about",
    "around",
    "nearly",
    "almost",
    "roughly",
    "only",
    "just",
    "over",
    "under",
    "exactly",
    "approximately",
    "some",
];

/// Whether the text before a spelled number, `head`, ends with a word that takes an amount, or
/// has no word at all.
fn takes_amount(head: &str) -> bool {
    let word = previous_word(head, head.len());
    if word.is_empty() {
        return head.trim_end().is_empty();
    }
    AMOUNT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// Words before "half" that make it a part of something else, not an amount: "the first half
/// of", "the other half", "the east half of the block", "two and a half" (a fraction of its own).
const HALF_PART: [&str; 28] = [
    "first", "second", "last", "other", "latter", "former", "top", "bottom", "upper", "lower",
    "front", "back", "rear", "left", "right", "whole", "better", "north", "south", "east", "west",
    "northern", "southern", "eastern", "western", "a", "the", "and",
];

/// Whether `rest` opens with "half" alone as a share of what follows ("half of the houses",
/// "Half the staff", "half their income"): then "half" is 0.5, as "more than half" is. Not in
/// "the second half of", "half-time" or "half an hour" (a duration the date grammar reads).
fn half_share(head: &str, rest: &str) -> bool {
    let Ok((after, _)) = tag_ci("half", rest) else {
        return false;
    };
    let Ok((next, _)) = gap(after) else {
        return false;
    };
    if !HALF_OF.iter().any(|w| keyword(w, next).is_ok()) {
        return false;
    }
    let word = previous_word(head, head.len());
    !HALF_PART.iter().any(|w| w.eq_ignore_ascii_case(word))
}

/// "F-35", "COVID-19": a hyphen after a letter makes the numeral part of a name. "1.2.3",
/// "2015-02-23", "3-1": a digit group before it makes it part of a code, date or score (a rising
/// "20-30" never gets here: it was read as a range).
fn glued_before(head: &str) -> bool {
    let mut back = head.chars().rev();
    match (back.next(), back.next()) {
        (Some('-'), Some(c)) => c.is_alphabetic() || c.is_ascii_digit(),
        (Some('.' | ','), Some(c)) => c.is_ascii_digit(),
        _ => false,
    }
}

/// "1.2.3", "1,2": another digit group right after the numeral makes it a code or a list.
fn glued_after(tail: &str) -> bool {
    let mut ahead = tail.chars();
    matches!((ahead.next(), ahead.next()), (Some('.' | ','), Some(c)) if c.is_ascii_digit())
}

/// A link, handle, hashtag or path around the numeral, within its whitespace-free token.
fn in_link(s: &str, start: usize, end: usize) -> bool {
    let linky = |c: char| matches!(c, '/' | '\\' | '@' | '#' | '=' | '_');
    // "y<=40": a comparison sign is no query string.
    let head = &s[..start];
    let head = ["<=", ">="]
        .iter()
        .find_map(|sign| head.strip_suffix(sign))
        .unwrap_or(head);
    let back = head
        .chars()
        .rev()
        .take(LINK_WINDOW)
        .take_while(|c| !c.is_whitespace());
    let ahead = s[end..]
        .chars()
        .take(LINK_WINDOW)
        .take_while(|c| !c.is_whitespace());
    back.chain(ahead).any(linky)
}
