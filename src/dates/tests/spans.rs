//! Counts of several units from the reference ("2 months and 9 days ago", "3 weeks and 2 days
//! hence") and the days within a count ("within five days"). The reference is [`WED`],
//! Wednesday 4 September 2024.

use super::*;

#[test]
fn a_count_with_days_lands_on_a_day() {
    check_day(
        "The suspect fled 2 months and 9 days ago.",
        WED,
        "2 months and 9 days ago",
        date(2024, 6, 25),
    );
    check_day(
        "The trial starts 3 weeks and 2 days hence.",
        WED,
        "3 weeks and 2 days hence",
        date(2024, 9, 27),
    );
    check_day(
        "The bridge reopens in three weeks' time.",
        WED,
        "in three weeks' time",
        date(2024, 9, 25),
    );
    check_day(
        "The bridge reopens in 10 days from now.",
        WED,
        "in 10 days from now",
        date(2024, 9, 14),
    );
}

#[test]
fn a_count_of_months_and_years_stays_a_month() {
    for text in [
        "The mill closed two years and three months ago.",
        "The mill closed two years, three months ago.",
    ] {
        let (surface, start, end, precision) = one(text, WED);
        assert!(surface.starts_with("two years"), "{text}");
        assert_eq!(
            (start, end, precision),
            (date(2022, 6, 1), date(2022, 6, 30), Precision::Month),
            "{text}"
        );
    }
}

#[test]
fn a_bare_count_after_in_is_a_date_only_after_a_word_of_the_future() {
    check_day(
        "The hearing will resume in two weeks.",
        WED,
        "in two weeks",
        date(2024, 9, 18),
    );
    check_day(
        "Officials said the road is expected to reopen in 10 days.",
        WED,
        "in 10 days",
        date(2024, 9, 14),
    );
    check_day(
        "She’ll be moved to a state prison in a week.",
        WED,
        "in a week",
        date(2024, 9, 11),
    );
    assert!(surfaces("It was the third raid in two weeks.").is_empty());
    assert!(surfaces("He fixed it in 3 weeks and 2 days.").is_empty());
    // The word of the future is in another clause.
    assert!(surfaces("Police will say more, after three raids in two weeks.").is_empty());
    // Months and years alone are not read bare.
    assert!(surfaces("The mayor will decide in two months.").is_empty());
}

#[test]
fn within_a_count_starts_on_the_reference_day() {
    check(
        "Charges are expected within five days.",
        WED,
        "within five days",
        date(2024, 9, 4),
        date(2024, 9, 8),
        Precision::Day,
    );
    check(
        "A report is due within 3 weeks from today.",
        WED,
        "within 3 weeks from today",
        date(2024, 9, 4),
        date(2024, 9, 24),
        Precision::Day,
    );
}

#[test]
fn fortnights_and_decades_count_weeks_and_years() {
    check(
        "Crime fell over the past decade.",
        WED,
        "the past decade",
        date(2014, 9, 4),
        date(2024, 9, 3),
        Precision::Day,
    );
    check(
        "Rents rose in the last 3 decades.",
        WED,
        "the last 3 decades",
        date(1994, 9, 4),
        date(2024, 9, 3),
        Precision::Day,
    );
    check(
        "Aid arrived over the past fortnight.",
        WED,
        "the past fortnight",
        date(2024, 8, 21),
        date(2024, 9, 3),
        Precision::Day,
    );
    check_day(
        "He will return in a fortnight.",
        WED,
        "in a fortnight",
        date(2024, 9, 18),
    );
}
