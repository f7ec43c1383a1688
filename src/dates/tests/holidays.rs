//! Holidays of the default rules beyond the fixed, n-th weekday and Easter days the counted
//! tests read: days counted on from an n-th weekday, and names that open with a verb.

use super::*;

/// The holidays the default rules find in `text`, each with the day it resolves to on the
/// reference [`WED`].
fn holidays(text: &str) -> Vec<(String, Date)> {
    let rules = crate::rules::RuleSet::load(&[]).unwrap();
    find_dates_with(text, 0..text.len(), &rules.dates)
        .into_iter()
        .map(|m| {
            let r = resolve(&m.expr, Some(WED), &WINDOWS).unwrap();
            (text[m.span].to_string(), r.value.start)
        })
        .collect()
}

#[test]
fn days_counted_on_from_a_weekday() {
    // In 2019 the fourth Thursday of November was the 28th: the day after is the fifth Friday.
    assert_eq!(
        holidays("Stores opened early on Black Friday 2019."),
        [("Black Friday 2019".to_string(), date(2019, 11, 29))]
    );
    assert_eq!(
        holidays("Online sales rose on Cyber Monday."),
        [("Cyber Monday".to_string(), date(2023, 11, 27))]
    );
}

#[test]
fn fixed_days_under_their_other_names() {
    for (text, surface, day) in [
        (
            "Rallies marked Earth Day 2015 in the city.",
            "Earth Day 2015",
            date(2015, 4, 22),
        ),
        ("Unions marched on May Day.", "May Day", date(2024, 5, 1)),
        (
            "Unions marched on International Workers’ Day.",
            "International Workers’ Day",
            date(2024, 5, 1),
        ),
        (
            "Pubs filled on St. Paddy's Day.",
            "St. Paddy's Day",
            date(2024, 3, 17),
        ),
        (
            "Fireworks lit the sky on New Year Day.",
            "New Year Day",
            date(2024, 1, 1),
        ),
    ] {
        assert_eq!(holidays(text), [(surface.to_string(), day)], "{text}");
    }
    // "may" is a verb before "day" more often than it opens the holiday.
    assert_eq!(holidays("Prices may day by day climb."), []);
}

/// The holidays the default rules find in `text` read on `reference`: surface, first and last
/// day.
fn holiday_days(text: &str, reference: Date) -> Vec<(String, Date, Date)> {
    let rules = crate::rules::RuleSet::load(&[]).unwrap();
    find_dates_with(text, 0..text.len(), &rules.dates)
        .into_iter()
        .map(|m| {
            let r = resolve(&m.expr, Some(reference), &WINDOWS).unwrap();
            (text[m.span].to_string(), r.value.start, r.value.end)
        })
        .collect()
}

#[test]
fn which_holiday_a_word_before_it_picks() {
    // Read on 2 April 2022: Easter fell on 17 April 2022 and 4 April 2021.
    let spring = date(2022, 4, 2);
    let day = |s: &str, d: Date| vec![(s.to_string(), d, d)];
    assert_eq!(
        holiday_days("Crowds are expected next Easter.", spring),
        day("next Easter", date(2022, 4, 17))
    );
    assert_eq!(
        holiday_days("The church reopened the following Easter.", spring),
        day("the following Easter", date(2022, 4, 17))
    );
    assert_eq!(
        holiday_days("It happened last Christmas.", spring),
        day("last Christmas", date(2021, 12, 25))
    );
    assert_eq!(
        holiday_days("Stores will close this Thanksgiving.", spring),
        day("this Thanksgiving", date(2022, 11, 24))
    );
    assert_eq!(
        holiday_days("The fair opened on Easter.", spring),
        day("Easter", date(2021, 4, 4))
    );
}

#[test]
fn a_holiday_weekend_runs_over_the_holiday() {
    let late = date(2022, 12, 30);
    let span = |s: &str, a: Date, b: Date| vec![(s.to_string(), a, b)];
    // Labor Day 2022 was Monday 5 September: Saturday to Monday.
    assert_eq!(
        holiday_days("Traffic peaked over Labor Day weekend.", late),
        span("Labor Day weekend", date(2022, 9, 3), date(2022, 9, 5))
    );
    // Thanksgiving 2019 was Thursday 28 November: Thursday to Sunday.
    assert_eq!(
        holiday_days("Flights are full the weekend of Thanksgiving 2019.", late),
        span(
            "the weekend of Thanksgiving 2019",
            date(2019, 11, 28),
            date(2019, 12, 1)
        )
    );
    // Halloween 2020 was a Saturday.
    assert_eq!(
        holiday_days("Parties were banned on Halloween weekend 2020.", late),
        span(
            "Halloween weekend 2020",
            date(2020, 10, 31),
            date(2020, 11, 1)
        )
    );
    assert_eq!(
        holiday_days("Roads were busy on Memorial Day 2021 weekend.", late),
        span(
            "Memorial Day 2021 weekend",
            date(2021, 5, 29),
            date(2021, 5, 31)
        )
    );
}
