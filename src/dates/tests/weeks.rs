//! Weeks and weekends: weekends named from the reference, weeks counted in a month or year,
//! parts of a week, units after next, and counts of several units ("2 months and 9 days ago").
//! The reference is [`WED`], Wednesday 4 September 2024, or [`THU`], the day after.

use super::*;

/// Thursday 5 September 2024.
const THU: Date = date(2024, 9, 5);

/// Asserts that `text` read on `reference` holds one date, written `surface`, that is the
/// weekend from `saturday` to the day after.
#[track_caller]
fn check_weekend(text: &str, reference: Date, surface: &str, saturday: Date) {
    let sunday = saturday.tomorrow().unwrap();
    check(text, reference, surface, saturday, sunday, Precision::Day);
}

#[test]
fn this_weekend_early_in_the_week_is_the_one_just_gone() {
    check_weekend(
        "Three people were hurt in shootings this weekend.",
        WED,
        "this weekend",
        date(2024, 8, 31),
    );
    check_weekend(
        "The vigil will be held this weekend.",
        THU,
        "this weekend",
        date(2024, 9, 7),
    );
    check_weekend(
        "The park reopens next weekend.",
        WED,
        "next weekend",
        date(2024, 9, 7),
    );
    check_weekend(
        "The park reopens next weekend.",
        THU,
        "next weekend",
        date(2024, 9, 14),
    );
    check_weekend(
        "The fair closed last weekend.",
        WED,
        "last weekend",
        date(2024, 8, 31),
    );
    check_weekend(
        "The fair closed last weekend.",
        date(2024, 9, 8),
        "last weekend",
        date(2024, 8, 31),
    );
}

#[test]
fn a_coming_weekend_is_always_ahead() {
    check_weekend(
        "Storms are due this coming weekend.",
        WED,
        "this coming weekend",
        date(2024, 9, 7),
    );
    check_weekend(
        "Storms are due the upcoming weekend.",
        date(2024, 9, 8),
        "the upcoming weekend",
        date(2024, 9, 14),
    );
    check_weekend(
        "The match is the weekend after next.",
        THU,
        "the weekend after next",
        date(2024, 9, 21),
    );
}

#[test]
fn a_week_counted_in_a_month_or_year_holds_its_thursday() {
    let week = |text: &str, surface: &str, monday: Date| {
        let sunday = monday.checked_add(jiff::Span::new().days(6)).unwrap();
        check(text, WED, surface, monday, sunday, Precision::Week);
    };
    week(
        "Talks resume the second week of this month.",
        "the second week of this month",
        date(2024, 9, 9),
    );
    week(
        "The fair ran the last week of June.",
        "the last week of June",
        date(2024, 6, 24),
    );
    week(
        "Four were killed in the first week of 2016.",
        "the first week of 2016",
        date(2016, 1, 4),
    );
    week(
        "Hearings open the 2nd week of Oct. 2019.",
        "the 2nd week of Oct. 2019",
        date(2019, 10, 7),
    );
    week(
        "The vote falls in the second week next year.",
        "the second week next year",
        date(2025, 1, 6),
    );
    week(
        "Sales peak in the last week of the year.",
        "the last week of the year",
        date(2024, 12, 23),
    );
    // Not placed: "last week" alone, a week wide.
    assert_eq!(
        surfaces("It was the last week of talks."),
        vec!["last week".to_string()]
    );
}

#[test]
fn parts_of_a_week_are_its_first_middle_or_last_days() {
    let part = |text: &str, surface: &str, start: Date, end: Date| {
        check(text, WED, surface, start, end, Precision::Week);
    };
    part(
        "A ruling came early this week.",
        "early this week",
        date(2024, 9, 2),
        date(2024, 9, 4),
    );
    part(
        "Two men surrendered late last week.",
        "late last week",
        date(2024, 8, 29),
        date(2024, 9, 1),
    );
    part(
        "Results come mid-next week.",
        "mid-next week",
        date(2024, 9, 10),
        date(2024, 9, 13),
    );
    part(
        "Expect arrests by the end of this week.",
        "the end of this week",
        date(2024, 9, 5),
        date(2024, 9, 8),
    );
    part(
        "He spoke to police at the beginning of the week.",
        "the beginning of the week",
        date(2024, 9, 2),
        date(2024, 9, 4),
    );
    assert!(surfaces("It was a late week rally.").is_empty());
    assert!(surfaces("The early month rush ended.").is_empty());
}

#[test]
fn units_after_next_and_tmrw() {
    check(
        "The plant opens the week after next.",
        WED,
        "the week after next",
        date(2024, 9, 16),
        date(2024, 9, 22),
        Precision::Week,
    );
    check(
        "Bids close the month after next.",
        WED,
        "the month after next",
        date(2024, 11, 1),
        date(2024, 11, 30),
        Precision::Month,
    );
    check_day("The rally is tmrw.", WED, "tmrw", date(2024, 9, 5));
    check_day(
        "The rally is three days after tmrw.",
        WED,
        "three days after tmrw",
        date(2024, 9, 8),
    );
}

#[test]
fn the_first_or_last_units_of_a_month_or_year() {
    check(
        "Sales fell in the first six months of 2015.",
        WED,
        "the first six months of 2015",
        date(2015, 1, 1),
        date(2015, 6, 30),
        Precision::Month,
    );
    check(
        "Rain fell through the last two weeks of June.",
        WED,
        "the last two weeks of June",
        date(2024, 6, 17),
        date(2024, 6, 30),
        Precision::Week,
    );
    check(
        "Work starts in the first 10 days of next month.",
        WED,
        "the first 10 days of next month",
        date(2024, 10, 1),
        date(2024, 10, 10),
        Precision::Day,
    );
    check(
        "Hiring slows in the final three months of the year.",
        WED,
        "the final three months of the year",
        date(2024, 10, 1),
        date(2024, 12, 31),
        Precision::Month,
    );
    check(
        "Profits rose in the last two quarters of 2014.",
        WED,
        "the last two quarters of 2014",
        date(2014, 7, 1),
        date(2014, 12, 31),
        Precision::Quarter,
    );
    check(
        "Nine were shot in the first three weeks of 2016.",
        WED,
        "the first three weeks of 2016",
        date(2016, 1, 4),
        date(2016, 1, 24),
        Precision::Week,
    );
    // Without its month or year, a window next to the reference.
    check(
        "Prices rose over the last two months.",
        WED,
        "the last two months",
        date(2024, 7, 4),
        date(2024, 9, 3),
        Precision::Day,
    );
}
