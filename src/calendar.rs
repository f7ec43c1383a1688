//! Calendar words and absolute dates ("2 Sep 2024", "September 18, 2023", "2024-09-02").
//!
//! Ingest uses this to find an article's publication date in its text; date claims build on
//! the same grammar. Dates are `jiff::civil::Date`, so an impossible day ("February 30") is
//! rejected by the calendar, not by hand-written month lengths.

use jiff::civil::Date;
use nom::branch::alt;
use nom::bytes::complete::tag;
use nom::character::complete::{char, digit1, multispace0, multispace1};
use nom::combinator::{map_res, opt, recognize};
use nom::{IResult, Parser};

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

/// Finds the first absolute date (day, month and year all given) in `text`, with its byte span.
pub fn find_full_date(text: &str) -> Option<(std::ops::Range<usize>, Date)> {
    let mut start = 0;
    while start < text.len() {
        let rest = &text[start..];
        let at_word_start = text[..start]
            .chars()
            .next_back()
            .is_none_or(|c| !c.is_alphanumeric());
        if at_word_start {
            if let Ok((after, date)) = full_date(rest) {
                let end = text.len() - after.len();
                return Some((start..end, date));
            }
        }
        start += rest.chars().next().map_or(1, char::len_utf8);
    }
    None
}

/// `2024-09-02`, `2 Sep 2024`, `September 18, 2023`, `Sept. 18, 2023`.
fn full_date(i: &str) -> IResult<&str, Date> {
    alt((iso_date, day_month_year, month_day_year)).parse(i)
}

fn iso_date(i: &str) -> IResult<&str, Date> {
    map_res(
        (year, char('-'), two_digits, char('-'), two_digits),
        |(y, _, m, _, d)| Date::new(y, m, d),
    )
    .parse(i)
}

fn day_month_year(i: &str) -> IResult<&str, Date> {
    map_res(
        (day, multispace1, month, opt(char(',')), multispace1, year),
        |(d, _, m, _, _, y)| Date::new(y, m, d),
    )
    .parse(i)
}

fn month_day_year(i: &str) -> IResult<&str, Date> {
    map_res(
        (
            month,
            multispace1,
            day,
            opt(alt((tag("st"), tag("nd"), tag("rd"), tag("th")))),
            char(','),
            multispace0,
            year,
        ),
        |(m, _, d, _, _, _, y)| Date::new(y, m, d),
    )
    .parse(i)
}

fn month(i: &str) -> IResult<&str, i8> {
    let (rest, word) = recognize((nom::character::complete::alpha1, opt(char('.')))).parse(i)?;
    match month_number(word) {
        Some(m) => Ok((rest, m)),
        None => Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Tag,
        ))),
    }
}

fn day(i: &str) -> IResult<&str, i8> {
    map_res(digit1, |d: &str| {
        if d.len() <= 2 {
            d.parse::<i8>().map_err(|_| ())
        } else {
            Err(())
        }
    })
    .parse(i)
}

fn two_digits(i: &str) -> IResult<&str, i8> {
    map_res(digit1, |d: &str| {
        if d.len() == 2 {
            d.parse::<i8>().map_err(|_| ())
        } else {
            Err(())
        }
    })
    .parse(i)
}

fn year(i: &str) -> IResult<&str, i16> {
    let (rest, y) = map_res(digit1, |d: &str| {
        if d.len() == 4 {
            d.parse::<i16>().map_err(|_| ())
        } else {
            Err(())
        }
    })
    .parse(i)?;
    // A year glued to more letters or digits ("2024abc") is not a year.
    if rest.chars().next().is_some_and(char::is_alphanumeric) {
        return Err(nom::Err::Error(nom::error::Error::new(
            i,
            nom::error::ErrorKind::Digit,
        )));
    }
    Ok((rest, y))
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
