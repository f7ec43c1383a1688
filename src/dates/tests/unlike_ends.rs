//! Ranges whose ends are of unlike kinds (a year to a month, a day to a month, a month to a day
//! named from the reference), ranges of days of a month counted from the reference's, and the
//! joins that make no range.

use super::*;

/// Asserts that `text` read on `reference` holds one range, `surface`, from `start` to `end`,
/// with the precision of its first end.
#[track_caller]
fn span(text: &str, reference: Date, surface: &str, start: Date, end: Date, precision: Precision) {
    check(text, reference, surface, start, end, precision);
}

#[test]
fn a_year_to_a_month_or_day() {
    span(
        "Prices climbed between 2011 and March 2014, the report said.",
        WED,
        "between 2011 and March 2014",
        date(2011, 1, 1),
        date(2014, 3, 31),
        Precision::Year,
    );
    span(
        "The agency kept the files from 2009 to June 3rd, 2012.",
        WED,
        "from 2009 to June 3rd, 2012",
        date(2009, 1, 1),
        date(2012, 6, 3),
        Precision::Year,
    );
    span(
        "Output fell 2019 through August 2021 in the region.",
        WED,
        "2019 through August 2021",
        date(2019, 1, 1),
        date(2021, 8, 31),
        Precision::Year,
    );
    span(
        "Rainfall was low 2003~2006 in the valley.",
        WED,
        "2003~2006",
        date(2003, 1, 1),
        date(2006, 12, 31),
        Precision::Year,
    );
}

#[test]
fn a_month_or_day_to_a_year() {
    span(
        "The mine was shut between October 2013 and 2016.",
        WED,
        "between October 2013 and 2016",
        date(2013, 10, 1),
        date(2016, 12, 31),
        Precision::Month,
    );
    span(
        "Talks ran from Jan 10th to April 2022.",
        WED,
        "from Jan 10th to April 2022",
        date(2022, 1, 10),
        date(2022, 4, 30),
        Precision::Day,
    );
    // The first end takes the year before when its month comes later.
    span(
        "The strike lasted Oct-Feb 9th, 2021 at the port.",
        WED,
        "Oct-Feb 9th, 2021",
        date(2020, 10, 1),
        date(2021, 2, 9),
        Precision::Month,
    );
    span(
        "Sales were reported Sep/2017-Mar/2018 by the firm.",
        WED,
        "Sep/2017-Mar/2018",
        date(2017, 9, 1),
        date(2018, 3, 31),
        Precision::Month,
    );
    span(
        "The count covered october in 2012 to july in 2013.",
        WED,
        "october in 2012 to july in 2013",
        date(2012, 10, 1),
        date(2013, 7, 31),
        Precision::Month,
    );
}

#[test]
fn an_end_named_from_the_reference() {
    span(
        "Police will patrol between now and October 12th.",
        WED,
        "between now and October 12th",
        WED,
        date(2024, 10, 12),
        Precision::Day,
    );
    span(
        "Some 300 cases were counted between Feb 2023 and today.",
        WED,
        "between Feb 2023 and today",
        date(2023, 2, 1),
        WED,
        Precision::Month,
    );
    span(
        "Roads stay closed today through tomorrow.",
        WED,
        "today through tomorrow",
        WED,
        date(2024, 9, 5),
        Precision::Day,
    );
    span(
        "Aid was sent from March to date, officials said.",
        WED,
        "from March to date",
        date(2024, 3, 1),
        WED,
        Precision::Month,
    );
    span(
        "He led the party from 1998 to the present.",
        WED,
        "from 1998 to the present",
        date(1998, 1, 1),
        WED,
        Precision::Year,
    );
    span(
        "It was shut from 2023-jul-2 to yesterday.",
        WED,
        "from 2023-jul-2 to yesterday",
        date(2023, 7, 2),
        date(2024, 9, 3),
        Precision::Day,
    );
}

#[test]
fn days_in_digits_and_in_words() {
    span(
        "The fair runs from 11/28 to 02/14 each winter.",
        WED,
        "from 11/28 to 02/14",
        date(2023, 11, 28),
        date(2024, 2, 14),
        Precision::Day,
    );
    span(
        "We were away from the 3rd of may of 2021 to the 9th of may of 2021.",
        WED,
        "from the 3rd of may of 2021 to the 9th of may of 2021",
        date(2021, 5, 3),
        date(2021, 5, 9),
        Precision::Day,
    );
    span(
        "The festival ran between the fifth and the twelfth of july.",
        WED,
        "between the fifth and the twelfth of july",
        date(2024, 7, 5),
        date(2024, 7, 12),
        Precision::Day,
    );
    span(
        "The festival ran july sixth through fourteenth.",
        WED,
        "july sixth through fourteenth",
        date(2024, 7, 6),
        date(2024, 7, 14),
        Precision::Day,
    );
    span(
        "Voting was held August between 12 and 14.",
        WED,
        "August between 12 and 14",
        date(2024, 8, 12),
        date(2024, 8, 14),
        Precision::Day,
    );
}

#[test]
fn days_of_a_month_counted_from_the_reference() {
    span(
        "Works are planned from 9 to 19 of next month.",
        WED,
        "from 9 to 19 of next month",
        date(2024, 10, 9),
        date(2024, 10, 19),
        Precision::Day,
    );
    span(
        "Works were done 2-6 in last month.",
        WED,
        "2-6 in last month",
        date(2024, 8, 2),
        date(2024, 8, 6),
        Precision::Day,
    );
}

#[test]
fn joins_that_make_no_range() {
    // Amounts that change over a month.
    assert_eq!(
        surfaces("The toll rose from 4 to 22 this month."),
        ["this month"]
    );
    // A year says nothing of a year-less month's year.
    assert_eq!(surfaces("It ran from 2015 to May."), ["2015", "May"]);
    // A dated start and a year-less word after a dash: a title's date, not a range.
    assert_eq!(
        surfaces("Filed October 14, 1999 - February was cold"),
        ["October 14, 1999", "February"]
    );
    // A day in digits joined to another writing of a date, or repeated: a title's date.
    assert_eq!(
        surfaces("Forum is July 19 - 07/17/16"),
        ["July 19", "07/17/16"]
    );
    assert_eq!(
        surfaces("Arrest made 1-19-17 - 01/19/17"),
        ["1-19-17", "01/19/17"]
    );
    // So is a month that is a noun's.
    assert_eq!(
        surfaces("Police said 2 to 3 in last month's raids."),
        ["last month"]
    );
    // "today's" is a noun's.
    assert_eq!(surfaces("from 2015 to today's record"), ["2015", "today"]);
}
