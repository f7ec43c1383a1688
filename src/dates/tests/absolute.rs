//! Absolute and partial dates: days with and without a year, months, years, decades.

use super::*;

#[test]
fn month_day_without_a_year_is_the_nearest_on_or_before() {
    check_day(
        "Talks began on September 2 in Doha.",
        WED,
        "September 2",
        date(2024, 9, 2),
    );
    check_day("Talks began on Nov 13.", WED, "Nov 13", date(2023, 11, 13));
    check_day(
        "He was born on July 22nd.",
        WED,
        "July 22nd",
        date(2024, 7, 22),
    );
    // The reference day itself counts.
    check_day(
        "It opened September 4.",
        WED,
        "September 4",
        date(2024, 9, 4),
    );
    check_day(
        "It opened September 5.",
        WED,
        "September 5",
        date(2023, 9, 5),
    );
}

#[test]
fn day_month_without_a_year() {
    check_day("The vote is on 1st Jan.", WED, "1st Jan.", date(2024, 1, 1));
    check_day(
        "The vote is on 1st Jan this time.",
        WED,
        "1st Jan",
        date(2024, 1, 1),
    );
    check_day(
        "It ended on 30 december.",
        WED,
        "30 december",
        date(2023, 12, 30),
    );
    check_day(
        "It ended on 12 of Sept.",
        WED,
        "12 of Sept.",
        date(2023, 9, 12),
    );
}

#[test]
fn full_days() {
    check_day(
        "Published 2 Sep 2024 in Paris.",
        WED,
        "2 Sep 2024",
        date(2024, 9, 2),
    );
    check_day(
        "On Sept. 18, 2023, the court ruled.",
        WED,
        "Sept. 18, 2023",
        date(2023, 9, 18),
    );
    check_day(
        "Filed 2024-09-02 by staff.",
        WED,
        "2024-09-02",
        date(2024, 9, 2),
    );
    check_day(
        "It was signed on Dec. 30 , 1996 in Rome.",
        WED,
        "Dec. 30 , 1996",
        date(1996, 12, 30),
    );
    check_day(
        "It was signed on 15 June, 2016.",
        WED,
        "15 June, 2016",
        date(2016, 6, 15),
    );
    check_day(
        "It was signed Feb 3 2016 in Lima.",
        WED,
        "Feb 3 2016",
        date(2016, 2, 3),
    );
    // A full date does not need a reference.
    assert_eq!(
        read("On Sept. 18, 2023, the court ruled.", None),
        vec![(
            "Sept. 18, 2023".to_string(),
            Ok((date(2023, 9, 18), date(2023, 9, 18), Precision::Day))
        )]
    );
}

#[test]
fn dateline() {
    check_day(
        "BAMAKO, Nov 13 (Reuters) - Mali's army said it had retaken the town.",
        date(2024, 11, 13),
        "Nov 13",
        date(2024, 11, 13),
    );
    check_day(
        "BAMAKO, Nov 13 (Reuters) -",
        date(2025, 1, 5),
        "Nov 13",
        date(2024, 11, 13),
    );
}

#[test]
fn months() {
    check(
        "Inflation peaked in July 2023.",
        WED,
        "July 2023",
        date(2023, 7, 1),
        date(2023, 7, 31),
        Precision::Month,
    );
    check(
        "Inflation peaked in june of 1992.",
        WED,
        "june of 1992",
        date(1992, 6, 1),
        date(1992, 6, 30),
        Precision::Month,
    );
    check(
        "Inflation peaked in August.",
        WED,
        "August",
        date(2024, 8, 1),
        date(2024, 8, 31),
        Precision::Month,
    );
    // The reference's own month is this year's; a later one is last year's.
    check(
        "Inflation peaked in September.",
        WED,
        "September",
        date(2024, 9, 1),
        date(2024, 9, 30),
        Precision::Month,
    );
    check(
        "Inflation peaked in October.",
        WED,
        "October",
        date(2023, 10, 1),
        date(2023, 10, 31),
        Precision::Month,
    );
    check(
        "Inflation peaked this February.",
        WED,
        "this February",
        date(2024, 2, 1),
        date(2024, 2, 29),
        Precision::Month,
    );
}

#[test]
fn years_and_decades() {
    check(
        "The war began in 2012.",
        WED,
        "2012",
        date(2012, 1, 1),
        date(2012, 12, 31),
        Precision::Year,
    );
    check(
        "It was built in the 1990s.",
        WED,
        "the 1990s",
        date(1990, 1, 1),
        date(1999, 12, 31),
        Precision::Decade,
    );
    check(
        "It was built in the 1980's.",
        WED,
        "the 1980's",
        date(1980, 1, 1),
        date(1989, 12, 31),
        Precision::Decade,
    );
    // A year and a decade need no reference.
    assert_eq!(
        read("It was built in the 1990s, not in 2012.", None),
        vec![
            (
                "the 1990s".to_string(),
                Ok((date(1990, 1, 1), date(1999, 12, 31), Precision::Decade))
            ),
            (
                "2012".to_string(),
                Ok((date(2012, 1, 1), date(2012, 12, 31), Precision::Year))
            ),
        ]
    );
}

#[test]
fn several_dates_in_one_sentence() {
    assert_eq!(
        all(
            "Arrested on Monday, he had fled in July 2023 and returned 2 Sep 2024.",
            WED
        ),
        vec![
            (
                "Monday".to_string(),
                date(2024, 9, 2),
                date(2024, 9, 2),
                Precision::Day
            ),
            (
                "July 2023".to_string(),
                date(2023, 7, 1),
                date(2023, 7, 31),
                Precision::Month
            ),
            (
                "2 Sep 2024".to_string(),
                date(2024, 9, 2),
                date(2024, 9, 2),
                Precision::Day
            ),
        ]
    );
}

#[test]
fn numeric_days_in_the_order_their_numbers_allow() {
    let r = date(2016, 11, 7);
    check_day(
        "back on 02/22/2016 then",
        r,
        "02/22/2016",
        date(2016, 2, 22),
    );
    check_day("back on 21/04/2016", r, "21/04/2016", date(2016, 4, 21));
    check_day("back on 21-04-16", r, "21-04-16", date(2016, 4, 21));
    check_day("free on 13.5.2015?", r, "13.5.2015", date(2015, 5, 13));
    check_day("back 2015/08/12", r, "2015/08/12", date(2015, 8, 12));
    check_day("back 05/05/89", r, "05/05/89", date(1989, 5, 5));
    check_day("back 9-18-15", r, "9-18-15", date(2015, 9, 18));
    // Day and month could be either: no day is guessed, and no year is taken out of it.
    assert!(surfaces("back 3/7/2017 then").is_empty());
    // Not dates: a month past 12, scores, versions, a round-the-clock "24/7".
    assert!(surfaces("on 13/13/2016").is_empty());
    assert!(surfaces("open 24/7, version 1.2.3, won 3-1").is_empty());
}
