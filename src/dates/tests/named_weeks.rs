//! Weeks named by a day in them or their first day, numbered weeks, counts from a named day,
//! vague counts and the loosely written relative forms. The reference is [`WED`], Wednesday 4
//! September 2024, unless a case says otherwise.

use jiff::civil::Weekday;

use super::*;

#[test]
fn the_week_of_a_day_is_the_week_holding_it() {
    check(
        "Hearings are set for the week of the 23rd.",
        WED,
        "the week of the 23rd",
        date(2024, 8, 19),
        date(2024, 8, 25),
        Precision::Week,
    );
    check(
        "The summit falls in the week of October 9, 2025.",
        WED,
        "the week of October 9, 2025",
        date(2025, 10, 6),
        date(2025, 10, 12),
        Precision::Week,
    );
    check(
        "Shelters filled during week of 12 June.",
        WED,
        "week of 12 June",
        date(2024, 6, 10),
        date(2024, 6, 16),
        Precision::Week,
    );
}

#[test]
fn a_week_commencing_a_day_starts_on_it() {
    for (text, surface) in [
        (
            "Talks resume the week commencing 7 October.",
            "the week commencing 7 October",
        ),
        (
            "Talks resume the week beginning on October 7.",
            "the week beginning on October 7",
        ),
        (
            "Talks resume the week starting Oct. 7.",
            "the week starting Oct. 7",
        ),
        ("Talks resume w/c 7 Oct. and end later.", "w/c 7 Oct."),
    ] {
        check(
            text,
            WED,
            surface,
            date(2023, 10, 7),
            date(2023, 10, 13),
            Precision::Day,
        );
    }
}

#[test]
fn a_written_range_is_not_read_as_a_week() {
    check(
        "For the week of June 10-16, arrests rose.",
        WED,
        "June 10-16",
        date(2024, 6, 10),
        date(2024, 6, 16),
        Precision::Day,
    );
    assert!(read("the week of talks", Some(WED)).is_empty());
}

#[test]
fn a_count_from_a_named_day_starts_on_that_day() {
    check(
        "The border stays shut for three weeks starting June 3rd.",
        WED,
        "for three weeks starting June 3rd",
        date(2024, 6, 3),
        date(2024, 6, 23),
        Precision::Day,
    );
    check(
        "Roads close for 4 days beginning next Monday.",
        WED,
        "for 4 days beginning next Monday",
        date(2024, 9, 9),
        date(2024, 9, 12),
        Precision::Day,
    );
    check(
        "The curfew holds two weeks starting tomorrow.",
        WED,
        "two weeks starting tomorrow",
        date(2024, 9, 5),
        date(2024, 9, 18),
        Precision::Day,
    );
    check(
        "Schools shut for five days, from today.",
        WED,
        "for five days, from today",
        WED,
        date(2024, 9, 8),
        Precision::Day,
    );
    check(
        "Results are due less than ten days after tomorrow.",
        WED,
        "less than ten days after tomorrow",
        date(2024, 9, 5),
        date(2024, 9, 14),
        Precision::Day,
    );
    // Counted from a day of the story, not of the article: none.
    assert!(read("for 3 days from the attack", Some(WED)).is_empty());
}

#[test]
fn a_numbered_week_needs_its_year_or_a_calendar_word() {
    check(
        "Orders dipped in week 14 of 2025.",
        WED,
        "week 14 of 2025",
        date(2025, 3, 31),
        date(2025, 4, 6),
        Precision::Week,
    );
    check(
        "Orders dipped in week 40 of last year.",
        WED,
        "week 40 of last year",
        date(2023, 10, 2),
        date(2023, 10, 8),
        Precision::Week,
    );
    check(
        "Orders dipped in ISO week 2.",
        WED,
        "ISO week 2",
        date(2024, 1, 8),
        date(2024, 1, 14),
        Precision::Week,
    );
    // A round of a season.
    assert!(read("The Bears won in Week 10.", Some(WED)).is_empty());
}

#[test]
fn a_vague_count_ago_spans_what_it_may_mean() {
    check(
        "The ship sank a few days ago.",
        WED,
        "a few days ago",
        date(2024, 8, 30),
        date(2024, 9, 2),
        Precision::Day,
    );
    check(
        "The ship sank several weeks ago.",
        WED,
        "several weeks ago",
        date(2024, 7, 1),
        date(2024, 8, 18),
        Precision::Week,
    );
    check(
        "The ship sank a couple of months ago.",
        WED,
        "a couple of months ago",
        date(2024, 7, 1),
        date(2024, 7, 31),
        Precision::Month,
    );
    check(
        "The ship sank a few years ago.",
        WED,
        "a few years ago",
        date(2019, 1, 1),
        date(2022, 12, 31),
        Precision::Year,
    );
}

#[test]
fn vague_and_loose_windows() {
    check(
        "Prices fell over the past few days.",
        WED,
        "the past few days",
        date(2024, 8, 30),
        date(2024, 9, 3),
        Precision::Day,
    );
    check(
        "Talks go on over the next couple of weeks.",
        WED,
        "the next couple of weeks",
        date(2024, 9, 5),
        date(2024, 9, 18),
        Precision::Day,
    );
    check(
        "Rents rose in the 3 past years.",
        WED,
        "the 3 past years",
        date(2021, 9, 4),
        date(2024, 9, 3),
        Precision::Day,
    );
    check(
        "Rents rose over the past year.",
        WED,
        "the past year",
        date(2023, 9, 4),
        date(2024, 9, 3),
        Precision::Day,
    );
}

#[test]
fn quarter_windows_are_whole_quarters() {
    check(
        "Profits fell in the past three quarters.",
        WED,
        "the past three quarters",
        date(2023, 10, 1),
        date(2024, 6, 30),
        Precision::Quarter,
    );
    check(
        "Profits should rise in the next 2 quarters.",
        WED,
        "the next 2 quarters",
        date(2024, 10, 1),
        date(2025, 3, 31),
        Precision::Quarter,
    );
}

#[test]
fn to_date_and_calendar_years() {
    check(
        "Sales are up 4% year to date.",
        WED,
        "year to date",
        date(2024, 1, 1),
        date(2024, 9, 3),
        Precision::Day,
    );
    check(
        "Gains this calendar year are small.",
        WED,
        "this calendar year",
        date(2024, 1, 1),
        date(2024, 12, 31),
        Precision::Year,
    );
    check_day(
        "Voting ends day after tomorrow.",
        WED,
        "day after tomorrow",
        date(2024, 9, 6),
    );
}

#[test]
fn a_weekday_with_a_bare_day_may_pick_the_month_before() {
    // 31 August 2024 is a Saturday, 31 July a Wednesday.
    let found = resolved("We met on Wednesday the 31st.", Some(WED)).unwrap();
    assert_eq!(
        (found.value.start, found.wrong_weekday),
        (date(2024, 7, 31), None::<Weekday>)
    );
    // Neither 13 September nor 13 August 2024 is a Monday: the latest, flagged.
    let found = resolved("We met on Mon 13th.", Some(date(2024, 9, 20))).unwrap();
    assert_eq!(
        (found.value.start, found.wrong_weekday),
        (date(2024, 9, 13), Some(Weekday::Monday))
    );
    check_day(
        "We met on Friday the thirteen.",
        date(2024, 9, 20),
        "Friday the thirteen",
        date(2024, 9, 13),
    );
}

#[test]
fn a_weekday_counted_in_weeks_from_now() {
    check_day(
        "Polls close Tuesday two weeks from now.",
        WED,
        "Tuesday two weeks from now",
        date(2024, 9, 17),
    );
    check_day(
        "Polls close Friday, in three weeks.",
        WED,
        "Friday, in three weeks",
        date(2024, 9, 27),
    );
    // Counted from the story's day: the weekday alone.
    check_day(
        "He died Monday, two weeks after the attack.",
        WED,
        "Monday",
        date(2024, 9, 2),
    );
}

#[test]
fn a_bare_count_of_weeks_says_how_long_after_time_or_a_superlative() {
    assert!(read("It could happen a second time in two weeks.", Some(WED)).is_empty());
    assert!(read("Shares could hit the highest in ten days.", Some(WED)).is_empty());
    check_day(
        "The trial could resume in two weeks.",
        WED,
        "in two weeks",
        date(2024, 9, 18),
    );
}

#[test]
fn this_weekend_in_a_clause_of_the_future_is_ahead() {
    // Read on Monday 2 September 2024.
    let monday = date(2024, 9, 2);
    let this = |text| one(text, monday);
    assert_eq!(
        this("The final will be played this weekend.").1,
        date(2024, 9, 7)
    );
    assert_eq!(this("Rain fell this weekend.").1, date(2024, 8, 31));
    assert_eq!(
        all(
            "The coroner will examine the victims slain this weekend.",
            monday
        )[0]
        .1,
        date(2024, 8, 31)
    );
}
