//! Weekdays and relative days, weeks, months, quarters and years. [`WED`] is Wednesday 4
//! September 2024; its week runs from Monday 2 to Sunday 8 September.

use jiff::civil::Weekday;

use super::*;

/// Monday 2 September 2024, the start of [`WED`]'s week.
const MON: Date = date(2024, 9, 2);
/// Sunday 8 September 2024, the end of [`WED`]'s week.
const SUN: Date = date(2024, 9, 8);

#[test]
fn a_bare_weekday_is_the_most_recent_on_or_before_the_reference() {
    check_day(
        "The minister resigned on Monday.",
        WED,
        "Monday",
        date(2024, 9, 2),
    );
    // Read on a Monday, "on Monday" is that day.
    check_day(
        "The minister resigned on Monday.",
        MON,
        "Monday",
        date(2024, 9, 2),
    );
    check_day(
        "The minister resigned on Monday.",
        SUN,
        "Monday",
        date(2024, 9, 2),
    );
    check_day(
        "The minister resigned on Thursday.",
        WED,
        "Thursday",
        date(2024, 8, 29),
    );
    check_day(
        "The minister resigned on friday.",
        WED,
        "friday",
        date(2024, 8, 30),
    );
}

#[test]
fn last_this_next_weekday() {
    check_day(
        "Voting ended last Sunday.",
        WED,
        "last Sunday",
        date(2024, 9, 1),
    );
    // "last" is strictly before: read on a Sunday, the Sunday a week earlier.
    check_day(
        "Voting ended last Sunday.",
        SUN,
        "last Sunday",
        date(2024, 9, 1),
    );
    check_day(
        "Voting ended this past Monday.",
        WED,
        "this past Monday",
        date(2024, 9, 2),
    );
    // "this" and "next" are in the reference's week and the one after.
    check_day(
        "Voting ends this Friday.",
        WED,
        "this Friday",
        date(2024, 9, 6),
    );
    check_day(
        "Voting began this Monday.",
        WED,
        "this Monday",
        date(2024, 9, 2),
    );
    check_day(
        "Voting ends next Friday.",
        WED,
        "next Friday",
        date(2024, 9, 13),
    );
    check_day(
        "They met tuesday of last week.",
        WED,
        "tuesday of last week",
        date(2024, 8, 27),
    );
    check_day(
        "They met Sunday of last week.",
        MON,
        "Sunday of last week",
        date(2024, 9, 1),
    );
    check_day(
        "They meet Friday of next week.",
        WED,
        "Friday of next week",
        date(2024, 9, 13),
    );
}

#[test]
fn a_weekday_with_its_date() {
    check_day(
        "Schools reopened on Monday, September 2.",
        WED,
        "Monday, September 2",
        date(2024, 9, 2),
    );
    check_day(
        "It fell on Saturday, Oct. 4, 2025.",
        WED,
        "Saturday, Oct. 4, 2025",
        date(2025, 10, 4),
    );
    check_day(
        "It fell on Friday 30 August.",
        WED,
        "Friday 30 August",
        date(2024, 8, 30),
    );
    check_day(
        "The strike began on Sunday the 24th.",
        date(2024, 11, 25),
        "Sunday the 24th",
        date(2024, 11, 24),
    );
    // The written date wins over "last".
    check_day(
        "It began last Monday, September 2.",
        WED,
        "last Monday, September 2",
        date(2024, 9, 2),
    );
}

#[test]
fn a_weekday_that_disagrees_with_its_date_is_flagged() {
    let right = resolved("Schools reopened on Monday, September 2.", Some(WED));
    assert_eq!(right.map(|r| r.wrong_weekday), Ok(None));
    let wrong = resolved("Schools reopened on Tuesday, September 2.", Some(WED));
    assert_eq!(
        wrong.map(|r| (r.value.start, r.wrong_weekday)),
        Ok((date(2024, 9, 2), Some(Weekday::Tuesday)))
    );
    let wrong = resolved("It fell on Friday, Oct. 4, 2025.", None);
    assert_eq!(wrong.map(|r| r.wrong_weekday), Ok(Some(Weekday::Friday)));
    // The 24th before 4 September 2024 is a Saturday.
    let wrong = resolved("The strike began on Sunday the 24th.", Some(WED));
    assert_eq!(
        wrong.map(|r| (r.value.start, r.wrong_weekday)),
        Ok((date(2024, 8, 24), Some(Weekday::Sunday)))
    );
}

#[test]
fn relative_days() {
    check_day("It rained yesterday.", WED, "yesterday", date(2024, 9, 3));
    check_day("It rains today.", WED, "today", date(2024, 9, 4));
    check_day("It rains tomorrow.", WED, "tomorrow", date(2024, 9, 5));
    check_day("It rained last night.", WED, "last night", date(2024, 9, 3));
    check_day(
        "It rained the day before yesterday.",
        WED,
        "the day before yesterday",
        date(2024, 9, 2),
    );
    check_day(
        "It rained two days ago.",
        WED,
        "two days ago",
        date(2024, 9, 2),
    );
    check_day(
        "It rained 10 days ago.",
        WED,
        "10 days ago",
        date(2024, 8, 25),
    );
    check_day("It rained a day ago.", WED, "a day ago", date(2024, 9, 3));
    // Across a month and a year.
    check_day(
        "It rained two days ago.",
        date(2025, 1, 1),
        "two days ago",
        date(2024, 12, 30),
    );
}

#[test]
fn relative_weeks() {
    check(
        "Prices rose last week.",
        WED,
        "last week",
        date(2024, 8, 26),
        date(2024, 9, 1),
        Precision::Week,
    );
    check(
        "Prices rose this week.",
        WED,
        "this week",
        date(2024, 9, 2),
        date(2024, 9, 8),
        Precision::Week,
    );
    // A week runs Monday to Sunday: read on its Sunday, "this week" is the same one.
    check(
        "Prices rose this week.",
        SUN,
        "this week",
        date(2024, 9, 2),
        date(2024, 9, 8),
        Precision::Week,
    );
    check(
        "Prices rise next week.",
        WED,
        "next week",
        date(2024, 9, 9),
        date(2024, 9, 15),
        Precision::Week,
    );
    check(
        "Prices rose two weeks ago.",
        WED,
        "two weeks ago",
        date(2024, 8, 19),
        date(2024, 8, 25),
        Precision::Week,
    );
    check(
        "Prices rose this past week.",
        WED,
        "this past week",
        date(2024, 8, 26),
        date(2024, 9, 1),
        Precision::Week,
    );
    check(
        "Prices rose this past weekend.",
        MON,
        "this past weekend",
        date(2024, 8, 31),
        date(2024, 9, 1),
        Precision::Day,
    );
    check(
        "Prices rose over the weekend.",
        MON,
        "the weekend",
        date(2024, 8, 31),
        date(2024, 9, 1),
        Precision::Day,
    );
}

#[test]
fn relative_months_quarters_and_years() {
    check(
        "Prices rose this month.",
        WED,
        "this month",
        date(2024, 9, 1),
        date(2024, 9, 30),
        Precision::Month,
    );
    check(
        "Prices rose last month.",
        WED,
        "last month",
        date(2024, 8, 1),
        date(2024, 8, 31),
        Precision::Month,
    );
    check(
        "Prices rose last month.",
        date(2025, 1, 10),
        "last month",
        date(2024, 12, 1),
        date(2024, 12, 31),
        Precision::Month,
    );
    check(
        "Prices rose last year.",
        WED,
        "last year",
        date(2023, 1, 1),
        date(2023, 12, 31),
        Precision::Year,
    );
    check(
        "Prices rise next year.",
        WED,
        "next year",
        date(2025, 1, 1),
        date(2025, 12, 31),
        Precision::Year,
    );
    check(
        "Prices rose last quarter.",
        WED,
        "last quarter",
        date(2024, 4, 1),
        date(2024, 6, 30),
        Precision::Quarter,
    );
    check(
        "Prices rose last quarter.",
        date(2025, 1, 10),
        "last quarter",
        date(2024, 10, 1),
        date(2024, 12, 31),
        Precision::Quarter,
    );
    check(
        "Prices rose three months ago.",
        WED,
        "three months ago",
        date(2024, 6, 1),
        date(2024, 6, 30),
        Precision::Month,
    );
    // Counted back in fortnights and decades.
    check(
        "The plant closed a decade ago.",
        WED,
        "a decade ago",
        date(2014, 1, 1),
        date(2014, 12, 31),
        Precision::Year,
    );
    check(
        "The plant closed two decades ago.",
        WED,
        "two decades ago",
        date(2004, 1, 1),
        date(2004, 12, 31),
        Precision::Year,
    );
    check(
        "Talks broke down a fortnight ago.",
        WED,
        "a fortnight ago",
        date(2024, 8, 19),
        date(2024, 8, 25),
        Precision::Week,
    );
    // The abbreviations of a unit.
    check(
        "Sales fell last qtr.",
        WED,
        "last qtr",
        date(2024, 4, 1),
        date(2024, 6, 30),
        Precision::Quarter,
    );
    check(
        "It peaked last yr.",
        WED,
        "last yr",
        date(2023, 1, 1),
        date(2023, 12, 31),
        Precision::Year,
    );
}

#[test]
fn relative_dates_need_a_reference() {
    for text in [
        "They met on Monday.",
        "They met last Sunday.",
        "They met yesterday.",
        "They met two days ago.",
        "They met last week.",
        "They met late last month.",
        "They meet next year.",
        "They met last quarter.",
        "They met on Sunday the 24th.",
    ] {
        let found = read(text, None);
        assert_eq!(found.len(), 1, "{text}: {found:?}");
        assert_eq!(found[0].1, Err(Unresolved::NoReference), "{text}");
    }
}

/// "next June" is the first June after the reference's month, "last September" the latest
/// September before it (the reference's own month is neither), and "October next year" is in the
/// year after the reference's.
#[test]
fn months_named_from_the_reference() {
    let month = |text: &str, reference: Date, surface: &str, first: Date, last: Date| {
        check(text, reference, surface, first, last, Precision::Month);
    };
    month(
        "The vote is due next June.",
        WED,
        "next June",
        date(2025, 6, 1),
        date(2025, 6, 30),
    );
    month(
        "Talks begin next September.",
        WED,
        "next September",
        date(2025, 9, 1),
        date(2025, 9, 30),
    );
    month(
        "The floods of last August killed 12.",
        WED,
        "last August",
        date(2024, 8, 1),
        date(2024, 8, 31),
    );
    month(
        "The floods of last September killed 12.",
        WED,
        "last September",
        date(2023, 9, 1),
        date(2023, 9, 30),
    );
    month(
        "Elections are set for October next year.",
        WED,
        "October next year",
        date(2025, 10, 1),
        date(2025, 10, 31),
    );
    month(
        "It opened in May of last year.",
        WED,
        "May of last year",
        date(2023, 5, 1),
        date(2023, 5, 31),
    );
}
