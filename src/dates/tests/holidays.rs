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
