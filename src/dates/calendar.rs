//! Calendar words: month names and abbreviations with their numbers, weekday names. The date
//! grammar reads them, and so do the readers of names and numbers, which must not take "May" or
//! "Monday" for a name or count (through [`super::is_month`] and
//! [`super::is_weekday`]).

use jiff::civil::Weekday;

/// Month names and abbreviations, lower-case, with their month number.
const MONTHS: &[(&str, i8)] = &[
    ("january", 1),
    ("february", 2),
    ("march", 3),
    ("april", 4),
    ("may", 5),
    ("june", 6),
    ("july", 7),
    ("august", 8),
    ("september", 9),
    ("october", 10),
    ("november", 11),
    ("december", 12),
    ("sept", 9),
    ("jan", 1),
    ("feb", 2),
    ("mar", 3),
    ("apr", 4),
    ("jun", 6),
    ("jul", 7),
    ("aug", 8),
    ("sep", 9),
    ("oct", 10),
    ("nov", 11),
    ("dec", 12),
];

/// The month a word names ("Sept", "august", "Nov"), ignoring case and a trailing period.
pub fn month_number(word: &str) -> Option<i8> {
    let w = word.strip_suffix('.').unwrap_or(word);
    MONTHS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|&(_, n)| n)
}

/// Whether a month word is an abbreviation ("Sep", "Sept"), not a full name ("September", "May",
/// "June", "July": the short names are full names too).
pub fn is_abbreviated_month(word: &str) -> bool {
    word.len() < 5 && !matches!(word.to_lowercase().as_str(), "may" | "june" | "july")
}

/// Whether a word is a month name or abbreviation.
pub fn is_month(word: &str) -> bool {
    month_number(word).is_some()
}

/// Weekday names, lower-case.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];

/// Whether a word is a weekday name.
pub fn is_weekday(word: &str) -> bool {
    WEEKDAYS.iter().any(|d| d.eq_ignore_ascii_case(word))
}

/// The weekday a full name gives ("Monday", "friday").
pub fn weekday_of(word: &str) -> Option<Weekday> {
    WEEKDAYS
        .iter()
        .position(|d| d.eq_ignore_ascii_case(word))
        .and_then(|n| Weekday::from_monday_zero_offset(n as i8).ok())
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn month_words() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("NOV"), Some(11));
        assert_eq!(month_number("Mayor"), None);
        assert!(is_weekday("Monday") && !is_weekday("Mon"));
    }
}
