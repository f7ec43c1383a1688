//! Year-less dates: the nearest on or before the reference, leap days, month ends, and what
//! happens without a reference.

use super::*;

#[test]
fn nearest_on_or_before_the_reference() {
    check(
        "Talks were held November 19-20.",
        date(2016, 11, 7),
        "November 19-20",
        date(2015, 11, 19),
        date(2015, 11, 20),
        Precision::Day,
    );
    check(
        "Talks were held in February.",
        date(2016, 11, 7),
        "February",
        date(2016, 2, 1),
        date(2016, 2, 29),
        Precision::Month,
    );
    check(
        "Talks were held in may.",
        date(2018, 1, 7),
        "may",
        date(2017, 5, 1),
        date(2017, 5, 31),
        Precision::Month,
    );
    check(
        "Talks were held in late December.",
        date(2018, 1, 7),
        "late December",
        date(2017, 12, 16),
        date(2017, 12, 31),
        Precision::MonthPart,
    );
    check_day(
        "Talks were held on January 7.",
        date(2018, 1, 7),
        "January 7",
        date(2018, 1, 7),
    );
    check_day(
        "Talks were held on January 8.",
        date(2018, 1, 7),
        "January 8",
        date(2017, 1, 8),
    );
}

#[test]
fn leap_days() {
    check_day(
        "He was born on February 29.",
        date(2025, 6, 1),
        "February 29",
        date(2024, 2, 29),
    );
    // Before the reference year's leap day, the one four years earlier.
    check_day(
        "He was born on February 29.",
        date(2024, 2, 28),
        "February 29",
        date(2020, 2, 29),
    );
    check_day(
        "He was born on February 29, 2024.",
        WED,
        "February 29, 2024",
        date(2024, 2, 29),
    );
    // 2023 has no 29 February: not a date at all, not even "February 2023".
    assert!(surfaces("He was born on 29 February 2023.").is_empty());
    assert!(surfaces("He was born on February 29, 2023.").is_empty());
    assert!(surfaces("He was born on 1900-02-29.").is_empty());
    check_day(
        "He was born on 2000-02-29.",
        WED,
        "2000-02-29",
        date(2000, 2, 29),
    );
}

#[test]
fn impossible_days_are_not_dates() {
    for text in [
        "It happened on February 30.",
        "It happened on 30 February.",
        "It happened on April 31.",
        "It happened on 31st of April.",
        "It happened on February 30, 2024.",
        "It happened on Monday, February 30.",
        "It happened on 2024-13-01.",
        "It happened on 2024-02-30.",
        "It happened from February 28 to 30.",
    ] {
        assert_eq!(surfaces(text), Vec::<String>::new(), "{text}");
    }
    // One built by hand is impossible whether or not there is a reference.
    let february_30 = Expr::Point(Point::Day {
        year: None,
        month: Some(2),
        day: 30,
        weekday: None,
    });
    assert_eq!(
        resolve(&february_30, None, &WINDOWS).map(|r| r.value),
        Err(Unresolved::Impossible)
    );
    assert_eq!(
        resolve(&february_30, Some(WED), &WINDOWS).map(|r| r.value),
        Err(Unresolved::Impossible)
    );
}

#[test]
fn without_a_reference_year_less_dates_stay_unresolved() {
    assert_eq!(
        read(
            "They met on Nov 13, in August, in late July and in the second quarter.",
            None
        ),
        vec![
            ("Nov 13".to_string(), Err(Unresolved::NoReference)),
            ("August".to_string(), Err(Unresolved::NoReference)),
            ("late July".to_string(), Err(Unresolved::NoReference)),
            (
                "the second quarter".to_string(),
                Err(Unresolved::NoReference)
            ),
        ]
    );
    assert_eq!(
        read("They met on February 29.", None),
        vec![("February 29".to_string(), Err(Unresolved::NoReference))]
    );
}

#[test]
fn a_range_that_ends_before_it_starts_is_impossible() {
    // The grammar never builds one; resolve still refuses it.
    let backwards = Expr::Range(
        Point::Year {
            year: 2015,
            part: None,
        },
        Point::Year {
            year: 2012,
            part: None,
        },
    );
    assert_eq!(
        resolve(&backwards, None, &WINDOWS).map(|r| r.value),
        Err(Unresolved::Impossible)
    );
}
