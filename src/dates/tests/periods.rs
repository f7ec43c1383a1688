//! Parts of months, years and decades, and quarters; windows from [`WINDOWS`].

use super::*;

#[test]
fn parts_of_a_month() {
    check(
        "Fighting resumed in early August.",
        WED,
        "early August",
        date(2024, 8, 1),
        date(2024, 8, 15),
        Precision::MonthPart,
    );
    check(
        "Fighting resumed in mid August.",
        WED,
        "mid August",
        date(2024, 8, 10),
        date(2024, 8, 20),
        Precision::MonthPart,
    );
    check(
        "Fighting resumed in late August.",
        WED,
        "late August",
        date(2024, 8, 16),
        date(2024, 8, 31),
        Precision::MonthPart,
    );
    check(
        "Fighting resumed in mid-November.",
        WED,
        "mid-November",
        date(2023, 11, 10),
        date(2023, 11, 20),
        Precision::MonthPart,
    );
    check(
        "Fighting resumed in late September 2023.",
        WED,
        "late September 2023",
        date(2023, 9, 16),
        date(2023, 9, 30),
        Precision::MonthPart,
    );
}

/// "the beginning of", "the start of", "the middle of", "the end of": the windows of early, mid
/// and late.
#[test]
fn beginning_middle_and_end_of_a_month() {
    check(
        "Fighting resumed at the beginning of July.",
        WED,
        "the beginning of July",
        date(2024, 7, 1),
        date(2024, 7, 15),
        Precision::MonthPart,
    );
    check(
        "Fighting resumed at the start of July.",
        WED,
        "the start of July",
        date(2024, 7, 1),
        date(2024, 7, 15),
        Precision::MonthPart,
    );
    check(
        "Fighting resumed in the middle of July.",
        WED,
        "the middle of July",
        date(2024, 7, 10),
        date(2024, 7, 20),
        Precision::MonthPart,
    );
    check(
        "Fighting resumed by the end of July.",
        WED,
        "the end of July",
        date(2024, 7, 16),
        date(2024, 7, 31),
        Precision::MonthPart,
    );
    check(
        "Fighting resumed at the end of August.",
        WED,
        "the end of August",
        date(2024, 8, 16),
        date(2024, 8, 31),
        Precision::MonthPart,
    );
}

#[test]
fn parts_of_a_relative_month_or_year() {
    check(
        "Talks resume late this month.",
        WED,
        "late this month",
        date(2024, 9, 16),
        date(2024, 9, 30),
        Precision::MonthPart,
    );
    check(
        "Talks ended late last month.",
        WED,
        "late last month",
        date(2024, 8, 16),
        date(2024, 8, 31),
        Precision::MonthPart,
    );
    check(
        "Talks resume early next month.",
        WED,
        "early next month",
        date(2024, 10, 1),
        date(2024, 10, 15),
        Precision::MonthPart,
    );
    check(
        "Talks resume early next year.",
        WED,
        "early next year",
        date(2025, 1, 1),
        date(2025, 6, 30),
        Precision::YearPart,
    );
    check(
        "Talks ended late last year.",
        WED,
        "late last year",
        date(2023, 7, 1),
        date(2023, 12, 31),
        Precision::YearPart,
    );
    check(
        "Talks end by the end of the year.",
        WED,
        "the end of the year",
        date(2024, 7, 1),
        date(2024, 12, 31),
        Precision::YearPart,
    );
}

#[test]
fn parts_of_a_year_or_decade() {
    check(
        "Growth slowed in early 2023.",
        WED,
        "early 2023",
        date(2023, 1, 1),
        date(2023, 6, 30),
        Precision::YearPart,
    );
    check(
        "Growth slowed in mid-2023.",
        WED,
        "mid-2023",
        date(2023, 5, 1),
        date(2023, 8, 31),
        Precision::YearPart,
    );
    check(
        "Growth slowed at the end of 2014.",
        WED,
        "the end of 2014",
        date(2014, 7, 1),
        date(2014, 12, 31),
        Precision::YearPart,
    );
    // "the" before a part belongs to a decade only: here it is the meeting's.
    check(
        "He described the late August meeting as fruitful.",
        WED,
        "late August",
        date(2024, 8, 16),
        date(2024, 8, 31),
        Precision::MonthPart,
    );
    check(
        "Growth slowed in the early 1990s.",
        WED,
        "the early 1990s",
        date(1990, 1, 1),
        date(1993, 12, 31),
        Precision::Decade,
    );
    check(
        "Growth slowed in the late 2000s.",
        WED,
        "the late 2000s",
        date(2006, 1, 1),
        date(2009, 12, 31),
        Precision::Decade,
    );
}

#[test]
fn quarters() {
    check(
        "Profit fell in Q4 2016.",
        WED,
        "Q4 2016",
        date(2016, 10, 1),
        date(2016, 12, 31),
        Precision::Quarter,
    );
    check(
        "Profit fell in the third quarter of 2011.",
        WED,
        "the third quarter of 2011",
        date(2011, 7, 1),
        date(2011, 9, 30),
        Precision::Quarter,
    );
    check(
        "Profit fell in the 1st quarter of 2009.",
        WED,
        "the 1st quarter of 2009",
        date(2009, 1, 1),
        date(2009, 3, 31),
        Precision::Quarter,
    );
    // A year-less quarter is the nearest one that has begun by the reference.
    check(
        "Profit fell in the second quarter.",
        WED,
        "the second quarter",
        date(2024, 4, 1),
        date(2024, 6, 30),
        Precision::Quarter,
    );
    check(
        "Profit fell in the fourth quarter.",
        WED,
        "the fourth quarter",
        date(2023, 10, 1),
        date(2023, 12, 31),
        Precision::Quarter,
    );
    check(
        "Profit fell in Q3.",
        WED,
        "Q3",
        date(2024, 7, 1),
        date(2024, 9, 30),
        Precision::Quarter,
    );
}

#[test]
fn month_ends_follow_the_calendar() {
    check(
        "Polls close at the end of February 2024.",
        WED,
        "the end of February 2024",
        date(2024, 2, 16),
        date(2024, 2, 29),
        Precision::MonthPart,
    );
    check(
        "Polls closed in late February 2023.",
        WED,
        "late February 2023",
        date(2023, 2, 16),
        date(2023, 2, 28),
        Precision::MonthPart,
    );
    check(
        "Polls closed in late April.",
        WED,
        "late April",
        date(2024, 4, 16),
        date(2024, 4, 30),
        Precision::MonthPart,
    );
}

#[test]
fn other_windows_are_honoured() {
    let narrow = PartWindows {
        late: Window {
            month_days: (21, 31),
            year_months: (10, 12),
            decade_years: (7, 9),
        },
        ..WINDOWS
    };
    let value = |text: &str| {
        let found = find_dates(text, 0..text.len());
        resolve(&found[0].expr, Some(WED), &narrow).map(|r| (r.value.start, r.value.end))
    };
    assert_eq!(
        value("in late August"),
        Ok((date(2024, 8, 21), date(2024, 8, 31)))
    );
    assert_eq!(
        value("in late 2023"),
        Ok((date(2023, 10, 1), date(2023, 12, 31)))
    );
    assert_eq!(
        value("in the late 1990s"),
        Ok((date(1997, 1, 1), date(1999, 12, 31)))
    );
}
