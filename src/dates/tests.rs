//! Date grammar and resolution, by family: each case is a sentence, the expression found in it
//! and its interval read on a reference day.
//!
//! Unless a case says otherwise the reference is [`WED`], Wednesday 4 September 2024, and the
//! part windows are [`WINDOWS`], the default rule set's.

mod absolute;
mod counted;
mod full_dates;
mod holidays;
mod long_periods;
mod named_weeks;
mod non_dates;
mod numeric_forms;
mod periods;
mod ranges;
mod spoken_dates;
mod spoken_years;
mod written_days;
mod relative;
mod spans;
mod unlike_ends;
mod weeks;
mod yearless;

use jiff::civil::{Date, date};

use super::*;

/// The default windows.
const WINDOWS: PartWindows = DEFAULT_WINDOWS;

/// The usual reference day: Wednesday 4 September 2024.
const WED: Date = date(2024, 9, 4);

/// A date found and read: surface, first day, last day, precision.
type Read = (String, Date, Date, Precision);

/// An interval as `read` gives it: first day, last day, precision, or why there is none.
type Value = Result<(Date, Date, Precision), Unresolved>;

/// The dates of `text` read on `reference`: surface, start, end, precision.
fn read(text: &str, reference: Option<Date>) -> Vec<(String, Value)> {
    find_dates(text, 0..text.len())
        .into_iter()
        .map(|m| {
            let v = resolve(&m.expr, reference, &WINDOWS)
                .map(|r| (r.value.start, r.value.end, r.value.precision));
            (text[m.span].to_string(), v)
        })
        .collect()
}

/// The one date of `text` read on `reference`; panics when there is not exactly one or it does
/// not resolve.
#[track_caller]
fn one(text: &str, reference: Date) -> Read {
    let found = read(text, Some(reference));
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let (s, v) = found.into_iter().next().unwrap();
    let (a, b, p) = v.unwrap_or_else(|e| panic!("{text}: {e:?}"));
    (s, a, b, p)
}

/// Every date of `text` read on `reference`; panics when one does not resolve.
#[track_caller]
fn all(text: &str, reference: Date) -> Vec<Read> {
    read(text, Some(reference))
        .into_iter()
        .map(|(s, v)| {
            let (a, b, p) = v.unwrap_or_else(|e| panic!("{text}: {s}: {e:?}"));
            (s, a, b, p)
        })
        .collect()
}

/// Asserts that `text` read on `reference` holds one date, written `surface`, from `start` to
/// `end` at `precision`.
#[track_caller]
fn check(text: &str, reference: Date, surface: &str, start: Date, end: Date, precision: Precision) {
    assert_eq!(
        one(text, reference),
        (surface.to_string(), start, end, precision),
        "{text}"
    );
}

/// Asserts that `text` read on `reference` holds one date, written `surface`, that is the single
/// day `day`.
#[track_caller]
fn check_day(text: &str, reference: Date, surface: &str, day: Date) {
    check(text, reference, surface, day, day, Precision::Day);
}

/// The surfaces of every date expression in `text`, resolved or not.
fn surfaces(text: &str) -> Vec<String> {
    find_dates(text, 0..text.len())
        .into_iter()
        .map(|m| text[m.span].to_string())
        .collect()
}

/// The one date of `text` resolved against `reference`, with its weekday check.
#[track_caller]
fn resolved(text: &str, reference: Option<Date>) -> Result<resolve::Resolved, Unresolved> {
    let found = find_dates(text, 0..text.len());
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    resolve(&found[0].expr, reference, &WINDOWS)
}

#[test]
fn smoke() {
    let r = date(2024, 9, 2);
    assert_eq!(
        one("They met from August 25 to 29 in the town.", r),
        (
            "from August 25 to 29".into(),
            date(2024, 8, 25),
            date(2024, 8, 29),
            Precision::Day
        )
    );
}

#[test]
fn spans_are_absolute_in_the_text() {
    let text = "Intro. They met on Monday. Then 2 Sep 2024 came.";
    let second = 7..26;
    let found = find_dates(text, second.clone());
    assert_eq!(found.len(), 1);
    assert_eq!(&text[found[0].span.clone()], "Monday");
    // Out of bounds or off a character boundary: nothing.
    assert!(find_dates(text, 40..400).is_empty());
    assert!(find_dates("é on Monday", 1..11).is_empty());
}

#[test]
fn odd_inputs_do_not_panic() {
    for text in [
        "",
        " ",
        "\u{212A}\u{212A}",
        "May\u{0301} 5",
        "２０１２年",
        "é2012 and 2012é",
        "Sept.",
        "–29",
        "2024-",
        "2024-09-",
        "Q",
        "from",
        "between 3 and",
        "Monday,",
        "mid-",
        "the end of",
        "9999-99-99",
        "Feb 2\u{0660}",
    ] {
        for reference in [None, Some(WED), Some(Date::MIN), Some(Date::MAX)] {
            let _ = read(text, reference);
        }
    }
    // Relative dates at the ends of the calendar saturate or fail, never panic.
    for text in [
        "next year",
        "last year",
        "next week",
        "two days ago",
        "next Friday",
        "Q4",
    ] {
        let _ = read(text, Some(Date::MAX));
        let _ = read(text, Some(Date::MIN));
    }
}

#[test]
fn long_inputs_are_read_in_linear_time() {
    // Each would take minutes if one word start scanned to the end of the text. The word before
    // a candidate is found across any gap ("in", then spaces, then "May").
    let inputs = [
        format!("{}2012", " ".repeat(100_000)),
        "a".repeat(200_000),
        "may ".repeat(20_000),
        "2012-".repeat(40_000),
        "Monday, ".repeat(25_000),
        "from 12 to ".repeat(8_000),
        format!("in{}May", " ".repeat(100_000)),
    ];
    let found: Vec<usize> = inputs.iter().map(|t| surfaces(t).len()).collect();
    assert_eq!(found, vec![1, 0, 0, 0, 25_000, 0, 1]);
}

#[test]
fn intervals_overlap_within_and_display() {
    let value = |start, end| DateValue {
        start,
        end,
        precision: Precision::Day,
    };
    let august = value(date(2024, 8, 1), date(2024, 8, 31));
    let late_august = value(date(2024, 8, 16), date(2024, 8, 31));
    let september_2 = value(date(2024, 9, 2), date(2024, 9, 2));
    assert!(late_august.within(&august) && !august.within(&late_august));
    assert!(august.overlaps(&late_august, 0));
    // One day lies between them; widening both by one day closes it.
    assert!(!august.overlaps(&september_2, 0));
    assert!(august.overlaps(&september_2, 1));
    assert_eq!(september_2.to_string(), "2024-09-02");
    assert_eq!(late_august.to_string(), "2024-08-16 – 2024-08-31");
    assert_eq!(Precision::MonthPart.as_str(), "month_part");
}
