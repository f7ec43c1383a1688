//! Ranges: two ends, each completed from the other, "from" and "between" in the surface.

use super::*;

/// Asserts that `text` read on `reference` holds one range of days, `surface`, from `start` to
/// `end`.
#[track_caller]
fn days(text: &str, reference: Date, surface: &str, start: Date, end: Date) {
    check(text, reference, surface, start, end, Precision::Day);
}

#[test]
fn day_ranges_within_a_month() {
    days(
        "They met from August 25 to 29 in Geneva.",
        WED,
        "from August 25 to 29",
        date(2024, 8, 25),
        date(2024, 8, 29),
    );
    days(
        "They met August 25-29, 2024 in Geneva.",
        WED,
        "August 25-29, 2024",
        date(2024, 8, 25),
        date(2024, 8, 29),
    );
    days(
        "They met 25-29 August in Geneva.",
        WED,
        "25-29 August",
        date(2024, 8, 25),
        date(2024, 8, 29),
    );
    days(
        "They met 25 – 29 August in Geneva.",
        WED,
        "25 – 29 August",
        date(2024, 8, 25),
        date(2024, 8, 29),
    );
    days(
        "They met between Nov 9 and 11.",
        WED,
        "between Nov 9 and 11",
        date(2023, 11, 9),
        date(2023, 11, 11),
    );
    days(
        "They met from 4 to 22 January, 1995.",
        WED,
        "from 4 to 22 January, 1995",
        date(1995, 1, 4),
        date(1995, 1, 22),
    );
    days(
        "They met between 3 and 12 of Sept.",
        date(2024, 9, 20),
        "between 3 and 12 of Sept.",
        date(2024, 9, 3),
        date(2024, 9, 12),
    );
    days(
        "They met april 9th through 17th.",
        WED,
        "april 9th through 17th",
        date(2024, 4, 9),
        date(2024, 4, 17),
    );
    days(
        "They met November 19 to 20.",
        WED,
        "November 19 to 20",
        date(2023, 11, 19),
        date(2023, 11, 20),
    );
    days(
        "They met 14 march to 16 march in 2019.",
        WED,
        "14 march to 16 march in 2019",
        date(2019, 3, 14),
        date(2019, 3, 16),
    );
}

#[test]
fn day_ranges_across_months_and_years() {
    days(
        "They met Nov 17-Dec 20, 2013.",
        WED,
        "Nov 17-Dec 20, 2013",
        date(2013, 11, 17),
        date(2013, 12, 20),
    );
    days(
        "They met Feb 3 2016-Mar 21 2017.",
        WED,
        "Feb 3 2016-Mar 21 2017",
        date(2016, 2, 3),
        date(2017, 3, 21),
    );
    days(
        "They met Feb 28th to March 1st.",
        WED,
        "Feb 28th to March 1st",
        date(2024, 2, 28),
        date(2024, 3, 1),
    );
    days(
        "They met from December 28 to January 3.",
        date(2025, 1, 10),
        "from December 28 to January 3",
        date(2024, 12, 28),
        date(2025, 1, 3),
    );
    days(
        "They met December 28 to January 3, 2025.",
        WED,
        "December 28 to January 3, 2025",
        date(2024, 12, 28),
        date(2025, 1, 3),
    );
    days(
        "They met Dec 28, 2024 - Jan 3, 2025.",
        WED,
        "Dec 28, 2024 - Jan 3, 2025",
        date(2024, 12, 28),
        date(2025, 1, 3),
    );
    days(
        "They met 28 December 2024 to 3 January 2025.",
        WED,
        "28 December 2024 to 3 January 2025",
        date(2024, 12, 28),
        date(2025, 1, 3),
    );
}

#[test]
fn month_and_year_ranges() {
    check(
        "Prices rose from July to September 2023.",
        WED,
        "from July to September 2023",
        date(2023, 7, 1),
        date(2023, 9, 30),
        Precision::Month,
    );
    check(
        "Prices rose from November 2023 to February 2024.",
        WED,
        "from November 2023 to February 2024",
        date(2023, 11, 1),
        date(2024, 2, 29),
        Precision::Month,
    );
    check(
        "Prices rose from November to February.",
        date(2024, 3, 10),
        "from November to February",
        date(2023, 11, 1),
        date(2024, 2, 29),
        Precision::Month,
    );
    check(
        "He served from 2012 to 2015.",
        WED,
        "from 2012 to 2015",
        date(2012, 1, 1),
        date(2015, 12, 31),
        Precision::Year,
    );
    check(
        "He served between 2012 and 2015.",
        WED,
        "between 2012 and 2015",
        date(2012, 1, 1),
        date(2015, 12, 31),
        Precision::Year,
    );
    check(
        "He served 2012-2015.",
        WED,
        "2012-2015",
        date(2012, 1, 1),
        date(2015, 12, 31),
        Precision::Year,
    );
}

#[test]
fn short_year_ranges() {
    check(
        "It was the 2014-15 season.",
        WED,
        "2014-15",
        date(2014, 1, 1),
        date(2015, 12, 31),
        Precision::Year,
    );
    check(
        "The war of 1939–45 ended.",
        WED,
        "1939–45",
        date(1939, 1, 1),
        date(1945, 12, 31),
        Precision::Year,
    );
    // The second year must come later in the same century; otherwise the two numbers are a
    // range of amounts, and neither is a year.
    assert_eq!(surfaces("in 2014-13"), Vec::<String>::new());
    assert_eq!(surfaces("in 1999-00"), Vec::<String>::new());
}

#[test]
fn backward_or_mixed_ends_are_no_range() {
    // Two year-shaped numbers that make no range of years are amounts, not two years.
    assert_eq!(surfaces("It fell from 2015 to 2012."), Vec::<String>::new());
    assert_eq!(surfaces("It rose from 1500 to 2000."), Vec::<String>::new());
    // Days that run backwards with both years written: two dates.
    assert_eq!(
        surfaces("from Nov 18 2015 to Dec 19 2014"),
        vec!["Nov 18 2015", "Dec 19 2014"]
    );
    // A day and a year do not make a range.
    assert_eq!(surfaces("on August 25 to 2015"), vec!["August 25", "2015"]);
    // Backwards within one month.
    assert_eq!(surfaces("on August 29 to 25 people"), vec!["August 29"]);
}

#[test]
fn year_less_ranges_need_a_reference() {
    assert_eq!(
        read("They met from August 25 to 29.", None),
        vec![(
            "from August 25 to 29".to_string(),
            Err(Unresolved::NoReference)
        )]
    );
    assert_eq!(
        read("They met August 25-29, 2024.", None),
        vec![(
            "August 25-29, 2024".to_string(),
            Ok((date(2024, 8, 25), date(2024, 8, 29), Precision::Day))
        )]
    );
}

/// A run of weekdays ends on the first day named by the second on or after the first: "from
/// Monday to Friday" read on Wednesday 4 September 2024 starts on the Monday before it.
#[test]
fn weekday_runs() {
    days(
        "Schools were closed from Monday to Friday.",
        WED,
        "from Monday to Friday",
        date(2024, 9, 2),
        date(2024, 9, 6),
    );
    days(
        "The office opens Monday through Thursday.",
        WED,
        "Monday through Thursday",
        date(2024, 9, 2),
        date(2024, 9, 5),
    );
    // A run across the weekend, and one placed by its first day's "next".
    days(
        "Talks ran from Friday to Tuesday.",
        WED,
        "from Friday to Tuesday",
        date(2024, 8, 30),
        date(2024, 9, 3),
    );
    days(
        "He will be away from next Monday to Wednesday.",
        WED,
        "from next Monday to Wednesday",
        date(2024, 9, 9),
        date(2024, 9, 11),
    );
    // A week named first places the run in it.
    days(
        "The hearings are set for next week between Tuesday and Thursday.",
        WED,
        "next week between Tuesday and Thursday",
        date(2024, 9, 10),
        date(2024, 9, 12),
    );
    days(
        "Roads were shut last week from Sat to Sun, police said.",
        WED,
        "last week from Sat to Sun",
        date(2024, 8, 31),
        date(2024, 9, 1),
    );
    // The second day a noun's: two dates, no run.
    assert_eq!(
        surfaces("The vote moved from Monday to Friday's session."),
        vec!["Monday", "Friday"]
    );
    // A second end with its date is a day of its own, the run then ending on it.
    days(
        "It ran from Monday to Friday, September 6.",
        WED,
        "from Monday to Friday, September 6",
        date(2024, 9, 2),
        date(2024, 9, 6),
    );
}

/// After "from" or "between", two dates of any form make a range: a weekday placed from the
/// reference, a month named so, a day with its year.
#[test]
fn ranges_between_dates_of_any_form() {
    days(
        "The curfew runs from next Friday to October 1st 2025.",
        WED,
        "from next Friday to October 1st 2025",
        date(2024, 9, 13),
        date(2025, 10, 1),
    );
    check(
        "Aid flows from this May to Oct 2025.",
        WED,
        "from this May to Oct 2025",
        date(2024, 5, 1),
        date(2025, 10, 31),
        Precision::Month,
    );
    // Years alone are left to the range of years, which tells them from amounts.
    assert!(surfaces("Prices ranged from 1500 to 2000 dollars.").is_empty());
}
