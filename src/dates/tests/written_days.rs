//! Days written in more ways: ordinal words ("the third of March"), a month and a day joined by
//! a sign ("Oct-2"), day, month and year joined by signs ("05-Aug-2016"), a day of the month
//! alone after a preposition, numeric months and year-less numeric days, and weekdays with
//! abbreviations, dates and weeks. The reference is [`WED`], Wednesday 4 September 2024.

use jiff::civil::Weekday;

use super::*;

#[test]
fn days_as_ordinal_words() {
    check_day(
        "The ceasefire began on the third of March.",
        WED,
        "third of March",
        date(2024, 3, 3),
    );
    check_day(
        "Polls closed on twenty-second of June 2017.",
        WED,
        "twenty-second of June 2017",
        date(2017, 6, 22),
    );
    check_day(
        "The treaty was signed March third.",
        WED,
        "March third",
        date(2024, 3, 3),
    );
    check_day(
        "It reopened on September the 21st.",
        WED,
        "September the 21st",
        date(2023, 9, 21),
    );
    check_day(
        "The fort fell on July 4th of 1863.",
        WED,
        "July 4th of 1863",
        date(1863, 7, 4),
    );
    check_day(
        "The summit is planned for 12 June in 2026.",
        WED,
        "12 June in 2026",
        date(2026, 6, 12),
    );
}

#[test]
fn days_joined_by_signs() {
    check_day("Filed Oct-2.", WED, "Oct-2", date(2023, 10, 2));
    check_day("Filed 05-Aug-2016.", WED, "05-Aug-2016", date(2016, 8, 5));
    check_day("Filed 23/Sep/2020.", WED, "23/Sep/2020", date(2020, 9, 23));
    check_day("Filed 2019-sep-1.", WED, "2019-sep-1", date(2019, 9, 1));
    check_day("Filed Sep-23-2020.", WED, "Sep-23-2020", date(2020, 9, 23));
}

#[test]
fn a_day_of_the_month_alone_needs_a_preposition_and_nothing_after_it() {
    check_day(
        "The council will vote on the 27th.",
        WED,
        "the 27th",
        date(2024, 8, 27),
    );
    check_day(
        "Payment is due by the 4th.",
        WED,
        "the 4th",
        date(2024, 9, 4),
    );
    check_day(
        "We met on 29th, as planned.",
        WED,
        "29th",
        date(2024, 8, 29),
    );
    for text in [
        "She lives on the 27th floor.",
        "The 27th is a holiday.",
        "He shot one on the first floor and one on the third.",
        "Police said the 16-year-old fled.",
    ] {
        assert_eq!(read(text, Some(WED)), vec![], "{text}");
    }
}

#[test]
fn numeric_months_and_year_less_days() {
    check(
        "Figures for 2016/11 are out.",
        WED,
        "2016/11",
        date(2016, 11, 1),
        date(2016, 11, 30),
        Precision::Month,
    );
    check(
        "Figures for 11-2016 are out.",
        WED,
        "11-2016",
        date(2016, 11, 1),
        date(2016, 11, 30),
        Precision::Month,
    );
    check_day(
        "UPDATE (4/22): the road reopened.",
        WED,
        "4/22",
        date(2024, 4, 22),
    );
    check_day(
        "UPDATE (22/04): the road reopened.",
        WED,
        "22/04",
        date(2024, 4, 22),
    );
    // Both could be the month, the same number twice, an idiom, or part of a web address.
    for text in [
        "UPDATE (5/12): the road reopened.",
        "A thread of posts (2/2) followed.",
        "The clinic is open 24/7.",
        "See example.com/2015/02/23/4-people-hurt for more.",
    ] {
        assert!(
            read(text, Some(WED))
                .iter()
                .all(|(s, _)| !s.contains('/') || s == "2015/02/23"),
            "{text}: {:?}",
            read(text, Some(WED))
        );
    }
}

#[test]
fn weekday_abbreviations_stand_alone_only_where_they_are_no_other_word() {
    check_day("The vote is on Thu.", WED, "Thu.", date(2024, 8, 29));
    check_day(
        "It closed tues, officials said.",
        WED,
        "tues",
        date(2024, 9, 3),
    );
    check_day("It closed Sat 31st.", WED, "Sat 31st", date(2024, 8, 31));
    check_day("It closed last Sat.", WED, "last Sat.", date(2024, 8, 31));
    for text in ["The Sun reported it.", "She sat down.", "They wed in June"] {
        assert!(
            read(text, Some(WED))
                .iter()
                .all(|(s, _)| s != "Sun" && s != "sat" && s != "wed"),
            "{text}"
        );
    }
}

#[test]
fn weekdays_in_a_named_week_and_the_coming_weekday() {
    check_day(
        "The court rules Friday next week.",
        WED,
        "Friday next week",
        date(2024, 9, 13),
    );
    check_day(
        "The court rules next week on Tuesday.",
        WED,
        "next week on Tuesday",
        date(2024, 9, 10),
    );
    check_day(
        "The court rules this coming Monday.",
        WED,
        "this coming Monday",
        date(2024, 9, 9),
    );
    // Read on a Wednesday, "the coming Wednesday" is a week later.
    let (_, day, _, _) = one("The court rules the coming Wednesday.", WED);
    assert_eq!(
        (day, day.weekday()),
        (date(2024, 9, 11), Weekday::Wednesday)
    );
    // "Sunday 31 people" counts people; "Friday 30." is a day.
    assert!(
        read("On Sunday 31 people died.", Some(WED))
            .iter()
            .all(|(s, _)| s == "Sunday")
    );
    check_day(
        "They left on Friday 30.",
        WED,
        "Friday 30",
        date(2024, 8, 30),
    );
}

#[test]
fn the_rules_order_numeric_days_whose_numbers_leave_it_open() {
    let read_in = |order: NumericOrder, text: &str| -> Vec<(String, Date)> {
        let rules = DateRules {
            numeric_order: order,
            ..DateRules::default()
        };
        find_dates_with(text, 0..text.len(), &rules)
            .into_iter()
            .map(|m| {
                let r = resolve(&m.expr, Some(WED), &WINDOWS).unwrap();
                (text[m.span].to_string(), r.value.start)
            })
            .collect()
    };
    let text = "The plant closed on 3/7/2017 and reopened 5/12.";
    assert_eq!(
        read_in(NumericOrder::Mdy, text),
        vec![
            ("3/7/2017".to_string(), date(2017, 3, 7)),
            ("5/12".to_string(), date(2024, 5, 12)),
        ]
    );
    assert_eq!(
        read_in(NumericOrder::Dmy, text),
        vec![
            ("3/7/2017".to_string(), date(2017, 7, 3)),
            ("5/12".to_string(), date(2023, 12, 5)),
        ]
    );
    // Without an order nothing is guessed, and no part of the date is read on its own.
    assert_eq!(read_in(NumericOrder::Auto, text), vec![]);
    // Where the numbers decide, the rule is not needed.
    assert_eq!(
        read_in(NumericOrder::Dmy, "It closed on 10/31/1974."),
        vec![("10/31/1974".to_string(), date(1974, 10, 31))]
    );
}
