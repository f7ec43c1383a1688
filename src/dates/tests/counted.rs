//! Counted forms: windows next to the reference, counts from now or from a named day, and days
//! picked out of a month. The reference is [`WED`], Wednesday 4 September 2024.

use jiff::civil::Weekday;

use super::*;

#[test]
fn a_window_of_units_leaves_the_reference_day_out() {
    check(
        "Aid will arrive over the next three days.",
        WED,
        "the next three days",
        date(2024, 9, 5),
        date(2024, 9, 7),
        Precision::Day,
    );
    check(
        "Prices rose sharply in the past two weeks.",
        WED,
        "the past two weeks",
        date(2024, 8, 21),
        date(2024, 9, 3),
        Precision::Day,
    );
    // Counts in words past twelve.
    check(
        "Crime fell over the past thirty years.",
        WED,
        "the past thirty years",
        date(1994, 9, 4),
        date(2024, 9, 3),
        Precision::Day,
    );
    check(
        "Aid will arrive over the next forty-five days.",
        WED,
        "the next forty-five days",
        date(2024, 9, 5),
        date(2024, 10, 19),
        Precision::Day,
    );
    check(
        "Output fell over the last 6 months.",
        WED,
        "the last 6 months",
        date(2024, 3, 4),
        date(2024, 9, 3),
        Precision::Day,
    );
}

#[test]
fn within_counts_from_the_reference_day() {
    check(
        "The plant should reopen within five years.",
        WED,
        "within five years",
        date(2024, 9, 4),
        date(2029, 9, 3),
        Precision::Day,
    );
    check(
        "A vote is due within the next 2 months.",
        WED,
        "within the next 2 months",
        date(2024, 9, 4),
        date(2024, 11, 3),
        Precision::Day,
    );
    check(
        "Repairs will be done within 4 years, 2 months and 10 days from now.",
        WED,
        "within 4 years, 2 months and 10 days from now",
        date(2024, 9, 4),
        date(2028, 11, 13),
        Precision::Day,
    );
}

#[test]
fn counts_forward_from_now_read_like_counts_back() {
    check_day(
        "The talks resume three days from now.",
        WED,
        "three days from now",
        date(2024, 9, 7),
    );
    // Weeks counted forward land on a day, as days do.
    check_day(
        "The bridge opens two weeks from now.",
        WED,
        "two weeks from now",
        date(2024, 9, 18),
    );
    check(
        "Elections are due in two years' time.",
        WED,
        "in two years' time",
        date(2026, 1, 1),
        date(2026, 12, 31),
        Precision::Year,
    );
    // "in two weeks" alone says how long something took as often as when it will happen.
    assert_eq!(
        read("It was the third raid in two weeks.", Some(WED)),
        vec![]
    );
}

#[test]
fn counts_from_a_named_day_are_days() {
    check_day(
        "The court sits three weeks from tomorrow.",
        WED,
        "three weeks from tomorrow",
        date(2024, 9, 26),
    );
    check_day(
        "The ferry left two days before yesterday.",
        WED,
        "two days before yesterday",
        date(2024, 9, 1),
    );
    check_day(
        "A reply is due 4 months after today.",
        WED,
        "4 months after today",
        date(2025, 1, 4),
    );
    // From a written day or a weekday placed from the reference.
    check_day(
        "The ceasefire collapsed two weeks before March 13, 2021.",
        WED,
        "two weeks before March 13, 2021",
        date(2021, 2, 27),
    );
    check_day(
        "The vote comes three days after next Friday.",
        WED,
        "three days after next Friday",
        date(2024, 9, 16),
    );
    // A bare weekday does not say which week: only the count's unit is read, as an amount.
    assert_eq!(
        surfaces("He was freed two days after Monday."),
        vec!["Monday"]
    );
}

/// "the second Sunday" alone is that day of the reference's month; a month, a count or
/// another day after it makes it something else.
#[test]
fn an_nth_weekday_alone_is_in_the_reference_month() {
    check_day(
        "The march is planned for the second Sunday.",
        WED,
        "the second Sunday",
        date(2024, 9, 8),
    );
    check_day(
        "Parliament sits again on the fourth Tuesday.",
        WED,
        "the fourth Tuesday",
        date(2024, 9, 24),
    );
    for text in [
        "It was the second Sunday in a row.",
        "Mass is held the first Sunday of Lent.",
        "The first Friday after the vote was calm.",
    ] {
        assert!(
            !surfaces(text).iter().any(|s| s.starts_with("the")),
            "{text}"
        );
    }
}

#[test]
fn a_day_picked_out_of_a_month() {
    check_day(
        "The rent is due on the 20th of next month.",
        WED,
        "the 20th of next month",
        date(2024, 10, 20),
    );
    check_day(
        "The strike began on the 15th day of last month.",
        WED,
        "the 15th day of last month",
        date(2024, 8, 15),
    );
    check_day(
        "Schools reopen on the second Monday of October 2025.",
        WED,
        "the second Monday of October 2025",
        date(2025, 10, 13),
    );
    check_day(
        "The fair closed on the last Friday of August.",
        WED,
        "the last Friday of August",
        date(2024, 8, 30),
    );
    check_day(
        "The lease ended on the last day of February 2023.",
        WED,
        "the last day of February 2023",
        date(2023, 2, 28),
    );
    // A year-less month is the latest whose picked day is on or before the reference: the first
    // Thursday of September 2024 is the 5th, after it, so September 2023's.
    let (_, day, _, _) = one("Trading stopped on the first Thursday of September.", WED);
    assert_eq!((day, day.weekday()), (date(2023, 9, 7), Weekday::Thursday));
    // No fifth Monday in October 2025: no date at all.
    assert!(
        read("It opens on the fifth Monday of October 2025.", Some(WED))
            .iter()
            .all(|(s, v)| s != "the fifth Monday of October 2025" || v.is_err())
    );
}

#[test]
fn one_unit_near_the_reference() {
    check(
        "Talks continue in the coming week.",
        WED,
        "coming week",
        date(2024, 9, 9),
        date(2024, 9, 15),
        Precision::Week,
    );
    check(
        "The plan covers the current year.",
        WED,
        "current year",
        date(2024, 1, 1),
        date(2024, 12, 31),
        Precision::Year,
    );
    check(
        "They meet again the week after next.",
        WED,
        "the week after next",
        date(2024, 9, 16),
        date(2024, 9, 22),
        Precision::Week,
    );
    // Vague plurals and days counted from the event are no dates.
    for text in [
        "More rain is expected in the coming days.",
        "He had left the previous day.",
    ] {
        assert_eq!(read(text, Some(WED)), vec![], "{text}");
    }
}

#[test]
fn holidays_of_the_default_rules_are_days() {
    let rules = crate::rules::RuleSet::load(&[]).unwrap();
    let holidays = &rules.dates;
    let read = |text: &str| -> Vec<(String, Date)> {
        find_dates_with(text, 0..text.len(), holidays)
            .into_iter()
            .map(|m| {
                let r = resolve(&m.expr, Some(WED), &WINDOWS).unwrap();
                (text[m.span].to_string(), r.value.start)
            })
            .collect()
    };
    assert_eq!(
        read("Sales fell after Thanksgiving 2013."),
        vec![("Thanksgiving 2013".to_string(), date(2013, 11, 28))]
    );
    // Year-less: the latest on or before the reference.
    assert_eq!(
        read("The shop closed on Christmas Eve."),
        vec![("Christmas Eve".to_string(), date(2023, 12, 24))]
    );
    assert_eq!(
        read("Marches were held on Good Friday."),
        vec![("Good Friday".to_string(), date(2024, 3, 29))]
    );
    assert_eq!(
        read("Crowds gathered on Memorial Day."),
        vec![("Memorial Day".to_string(), date(2024, 5, 27))]
    );
    // Part of a name.
    assert_eq!(read("Flights to Easter Island resumed."), vec![]);
}

#[test]
fn days_of_the_current_unit_on_one_side_of_the_reference() {
    check(
        "Talks stalled earlier this month.",
        WED,
        "earlier this month",
        date(2024, 9, 1),
        date(2024, 9, 3),
        Precision::Day,
    );
    // "later" may still be the reference day ("later this week", said on a Friday morning).
    check(
        "A vote is expected later this year.",
        WED,
        "later this year",
        WED,
        date(2024, 12, 31),
        Precision::Day,
    );
    check(
        "Roads stay shut for the rest of the week.",
        WED,
        "the rest of the week",
        date(2024, 9, 4),
        date(2024, 9, 8),
        Precision::Day,
    );
    check(
        "He resigned earlier in the week.",
        WED,
        "earlier in the week",
        date(2024, 9, 2),
        date(2024, 9, 3),
        Precision::Day,
    );
    // Nothing is left of a week earlier than its Monday.
    assert_eq!(
        read("He resigned earlier this week.", Some(date(2024, 9, 2))),
        vec![("earlier this week".to_string(), Err(Unresolved::Impossible))]
    );
    assert_eq!(
        read("For the rest of the years he wrote.", Some(WED)),
        vec![]
    );
}

/// "three Sundays from now" is the third Sunday after the reference, "three Fridays ago" the
/// third before it.
#[test]
fn weekdays_counted_from_the_reference() {
    check_day(
        "The talks resume three Sundays from now.",
        WED,
        "three Sundays from now",
        date(2024, 9, 22),
    );
    check_day(
        "The ferry sank three Fridays ago.",
        WED,
        "three Fridays ago",
        date(2024, 8, 16),
    );
    // "later" counts from a day the text names elsewhere: no date here.
    assert!(surfaces("They met again two Mondays later.").is_empty());
}
