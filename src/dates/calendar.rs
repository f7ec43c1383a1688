//! Calendar words, and the first full date of a line for ingest ("2 Sep 2024", "September 18,
//! 2023", "2024-09-02"), read with the same grammar as date claims. Dates are
//! `jiff::civil::Date`, so an impossible day ("February 30") is rejected by the calendar, not by
//! hand-written month lengths.

use jiff::civil::{Date, Weekday};

use super::{Expr, Point};

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

/// Finds the first absolute date (day, month and year all given) in `text`, with its byte span.
pub fn find_full_date(text: &str) -> Option<(std::ops::Range<usize>, Date)> {
    super::grammar::scan(text)
        .into_iter()
        .find_map(|found| match found.expr {
            Expr::Point(Point::Day {
                year: Some(y),
                month: Some(m),
                day,
                ..
            }) => Date::new(y, m, day).ok().map(|d| (found.span, d)),
            _ => None,
        })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    fn found(text: &str) -> Option<(&str, Date)> {
        find_full_date(text).map(|(span, d)| (&text[span], d))
    }

    #[test]
    fn finds_the_three_written_forms() {
        assert_eq!(
            found("  • 2 Sep 2024 17:55"),
            Some(("2 Sep 2024", date(2024, 9, 2)))
        );
        assert_eq!(
            found("World | September 18, 2023, Monday // 12:20"),
            Some(("September 18, 2023", date(2023, 9, 18)))
        );
        assert_eq!(
            found("Sept. 18, 2023"),
            Some(("Sept. 18, 2023", date(2023, 9, 18)))
        );
        assert_eq!(
            found("posted 2024-09-02T10:00"),
            Some(("2024-09-02", date(2024, 9, 2)))
        );
        assert_eq!(
            found("on 29 February 2024"),
            Some(("29 February 2024", date(2024, 2, 29)))
        );
    }

    #[test]
    fn rejects_impossible_and_partial_dates() {
        assert_eq!(found("February 30, 2024"), None);
        assert_eq!(found("29 February 2023"), None);
        assert_eq!(found("2024-13-01"), None);
        assert_eq!(found("BAMAKO, Nov 13 (AGENCY)"), None);
        assert_eq!(found("Monday, September 2"), None);
        assert_eq!(found("12 Mayday 2024"), None);
    }

    #[test]
    fn month_words() {
        assert_eq!(month_number("Sept."), Some(9));
        assert_eq!(month_number("NOV"), Some(11));
        assert_eq!(month_number("Mayor"), None);
        assert!(is_weekday("Monday") && !is_weekday("Mon"));
    }
}
