//! What a number is, so that the caller counts only counts: a year, a day of the month, a time,
//! a percentage, money, an ordinal, a decimal, or part of a name.
//!
//! The decisions are on shape and the next word over, nothing more: "in 2012" is a year because
//! it is four bare digits from 1000 to 2199, "Resolution 1701" a name's number because of the
//! label noun before it ([`names_a_number`]). A hedge or a
//! scale word makes a number a quantity again ("exceed 3000" is a count).

use crate::dates::{is_month, is_weekday};

use super::NumberRole;
use super::atom::{Atom, Unit};
use crate::lex::{gap, keyword};
use crate::words::labels::names_a_number;

/// The longest month or weekday name ("wednesday"), which bounds the look-behind; the names
/// themselves are the date module's ([`is_month`], [`is_weekday`]), shared with date parsing.
const LONGEST_NAME: usize = 9;

/// The role of a single atom in sentence `s`. `hedged` says a hedge qualified it.
pub(super) fn of_atom(s: &str, a: &Atom, hedged: bool) -> NumberRole {
    match a.unit {
        Unit::Glued => return NumberRole::Other,
        Unit::Time => return NumberRole::Time,
        Unit::Percent(_) => return NumberRole::Percent,
        Unit::Money(_) => return NumberRole::Money,
        Unit::Measure(_) => return NumberRole::Measure,
        Unit::Age(_) => return NumberRole::Age,
        Unit::Decade => return NumberRole::Year,
        Unit::Ordinal | Unit::None => {}
    }
    // "Route 66", "Resolution 1701": the number is part of a name.
    if a.unit == Unit::None && names_a_number(&s[..a.span.start]) {
        return NumberRole::Other;
    }
    if !hedged && is_day(a) && (month_before(s, a.span.start) || month_after(s, a.span.end)) {
        return NumberRole::DayOfMonth;
    }
    if a.unit == Unit::Ordinal {
        NumberRole::Ordinal
    } else if !hedged && is_year(a) {
        NumberRole::Year
    } else if a.shape.decimal {
        NumberRole::Decimal
    } else {
        NumberRole::Count
    }
}

/// The role of a range from `x` to `y`: the unit either end carries, days or years when both
/// ends are, a count otherwise.
pub(super) fn of_range(s: &str, x: &Atom, y: &Atom, hedged: bool) -> NumberRole {
    let unit = if x.unit == Unit::None { y.unit } else { x.unit };
    match unit {
        Unit::Glued => return NumberRole::Other,
        Unit::Time => return NumberRole::Time,
        Unit::Percent(_) => return NumberRole::Percent,
        Unit::Money(_) => return NumberRole::Money,
        Unit::Measure(_) => return NumberRole::Measure,
        Unit::Age(_) => return NumberRole::Age,
        Unit::Decade => return NumberRole::Year,
        Unit::Ordinal | Unit::None => {}
    }
    let days = is_day(x) && is_day(y);
    if !hedged && days && (month_before(s, x.span.start) || month_after(s, y.span.end)) {
        NumberRole::DayOfMonth
    } else if unit == Unit::Ordinal {
        NumberRole::Ordinal
    } else if !hedged && is_year(x) && is_year(y) && y.value - x.value <= 100.0 {
        // "from 2012 to 2015"; "between 1000 and 1500 people" spans too long to be years.
        NumberRole::Year
    } else if x.shape.decimal || y.shape.decimal {
        NumberRole::Decimal
    } else {
        NumberRole::Count
    }
}

/// Four bare digits from 1000 to 2199, with no unit.
pub(super) fn is_year(a: &Atom) -> bool {
    a.shape.bare_digits == Some(4) && a.unit == Unit::None && (1000.0..=2199.0).contains(&a.value)
}

fn is_day(a: &Atom) -> bool {
    matches!(a.shape.bare_digits, Some(1 | 2))
        && matches!(a.unit, Unit::None | Unit::Ordinal)
        && (1.0..=31.0).contains(&a.value)
}

/// "August 25", "Sept. 18", "Nov 13", "Monday 25": a capitalised month or weekday name, maybe
/// abbreviated with a period, right before byte `start`.
fn month_before(s: &str, start: usize) -> bool {
    let head = s[..start].trim_end();
    let head = head.strip_suffix('.').unwrap_or(head);
    let word_start = head
        .char_indices()
        .rev()
        .take(LONGEST_NAME + 1)
        .take_while(|(_, c)| c.is_alphabetic())
        .last()
        .map(|(at, _)| at);
    let Some(word_start) = word_start else {
        return false;
    };
    let word = &head[word_start..];
    let before_ok = !head[..word_start].ends_with(char::is_alphanumeric);
    before_ok && capitalised(word) && (is_month(word) || is_weekday(word))
}

/// "25 August", "25th of August": a capitalised month name right after byte `end`.
fn month_after(s: &str, end: usize) -> bool {
    let Ok((rest, _)) = gap(&s[end..]) else {
        return false;
    };
    let rest = match keyword("of", rest).and_then(|(r, _)| gap(r)) {
        Ok((after_of, _)) => after_of,
        Err(_) => rest,
    };
    let letters = rest
        .chars()
        .take(LONGEST_NAME + 1)
        .take_while(|c| c.is_alphabetic());
    let len = letters.map(char::len_utf8).sum();
    let word = &rest[..len];
    capitalised(word) && is_month(word)
}

/// Month and weekday names count only with a capital ("May", "MAY"), never the verb "may".
fn capitalised(word: &str) -> bool {
    word.starts_with(|c: char| c.is_uppercase())
}
