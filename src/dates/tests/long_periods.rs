//! Decades written short or in words, centuries, halves of a year and quarters written after
//! their year; and the numbers in the 30s to 90s that are measures, not decades.

use super::*;

/// Asserts that `text` holds the decade beginning `start`, written `surface`.
#[track_caller]
fn decade(text: &str, surface: &str, start: i16) {
    check(
        text,
        WED,
        surface,
        date(start, 1, 1),
        date(start + 9, 12, 31),
        Precision::Decade,
    );
}

#[test]
fn decades_written_short() {
    decade(
        "Crime has fallen since the 80s in the city.",
        "the 80s",
        1980,
    );
    decade("The club thrived in the '50s and later.", "the '50s", 1950);
    decade("The club thrived in the ’50s and later.", "the ’50s", 1950);
    decade("The house dates from the 30's, he said.", "the 30's", 1930);
    // An apostrophe before the "s" marks a decade without "the", after a preposition of time.
    decade("Disco ruled in 70's clubs.", "70's", 1970);
    decade("The mill closed during 80's strikes.", "80's", 1980);
}

#[test]
fn this_decade_is_the_calendar_decade() {
    check(
        "Emissions must halve this decade, the report said.",
        WED,
        "this decade",
        date(2020, 1, 1),
        date(2029, 12, 31),
        Precision::Decade,
    );
    check(
        "The line opens by the end of the decade.",
        WED,
        "the end of the decade",
        date(2026, 1, 1),
        date(2029, 12, 31),
        Precision::Decade,
    );
    // The next and past decades are ten years from the reference.
    check(
        "Emissions rose over the past decade.",
        WED,
        "the past decade",
        date(2014, 9, 4),
        date(2024, 9, 3),
        Precision::Day,
    );
}

#[test]
fn decades_in_words() {
    decade("Sales peaked in the sixties.", "the sixties", 1960);
    decade(
        "Sales peaked in the nineteen forties.",
        "the nineteen forties",
        1940,
    );
    decade(
        "It was built in the eighteen nineties.",
        "the eighteen nineties",
        1890,
    );
    decade("Sales fell in the twenty-tens.", "the twenty-tens", 2010);
    decade(
        "Sales fell in the two thousands.",
        "the two thousands",
        2000,
    );
    decade("Sales fell in the noughties.", "the noughties", 2000);
}

#[test]
fn short_decades_that_are_not_dates() {
    for text in [
        "Temperatures will stay in the 70s all week.",
        "Highs reached the 90s on Monday afternoon.",
        "The governor's approval stood in the 60s.",
        "Expect readings in the 80s Fahrenheit.",
        "Crews worked in the 90s heat all day.",
        "A man in his 70s was hurt.",
        "A man in his 70's was hurt.",
        "Hundreds of 80's hits were played.",
        "Voters in their sixties backed him.",
        // The century is not written.
        "Rents rose in the 20s and the 00s.",
    ] {
        let found = surfaces(text);
        assert!(
            found
                .iter()
                .all(|s| !s.contains("0s") && !s.contains("ies")),
            "{text}: {found:?}"
        );
    }
}

#[test]
fn centuries() {
    let years = |text: &str, surface: &str, first: i16| {
        check(
            text,
            WED,
            surface,
            date(first, 1, 1),
            date(first + 99, 12, 31),
            Precision::Year,
        );
    };
    years(
        "A church of the 12th century stood here.",
        "the 12th century",
        1100,
    );
    years(
        "It is the worst drought of the twenty-first century.",
        "the twenty-first century",
        2000,
    );
    years("A 19th-century bridge collapsed.", "19th-century", 1800);
    years(
        "It grew in the nineteenth century.",
        "the nineteenth century",
        1800,
    );
    assert_eq!(
        surfaces("A temple of the 5th century BC was found."),
        Vec::<String>::new()
    );
}

#[test]
fn halves_of_a_year() {
    let half = |text: &str, surface: &str, start: Date, end: Date| {
        check(text, WED, surface, start, end, Precision::Month);
    };
    half(
        "Profit rose in H1 2023.",
        "H1 2023",
        date(2023, 1, 1),
        date(2023, 6, 30),
    );
    half(
        "Profit rose in 2022 H2.",
        "2022 H2",
        date(2022, 7, 1),
        date(2022, 12, 31),
    );
    half(
        "Profit rose in 2022-H2.",
        "2022-H2",
        date(2022, 7, 1),
        date(2022, 12, 31),
    );
    half(
        "Profit rose in 2021H1.",
        "2021H1",
        date(2021, 1, 1),
        date(2021, 6, 30),
    );
    half(
        "Profit rose in the second half of 2020.",
        "the second half of 2020",
        date(2020, 7, 1),
        date(2020, 12, 31),
    );
    // No year: which half is meant is not written.
    assert_eq!(surfaces("Profit rose in H2."), Vec::<String>::new());
    assert_eq!(surfaces("The H1N1 virus spread."), Vec::<String>::new());
}

#[test]
fn quarters_after_their_year() {
    for (text, surface) in [
        ("Revenue grew in 2021 Q3.", "2021 Q3"),
        ("Revenue grew in 2021-q3.", "2021-q3"),
        ("Revenue grew in 2021Q3.", "2021Q3"),
    ] {
        check(
            text,
            WED,
            surface,
            date(2021, 7, 1),
            date(2021, 9, 30),
            Precision::Quarter,
        );
    }
}

#[test]
fn a_year_then_its_month() {
    let month = |text: &str, surface: &str, y: i16, m: i8| {
        let last = date(y, m, 1).last_of_month();
        check(text, WED, surface, date(y, m, 1), last, Precision::Month);
    };
    month("It opened in 2015 June.", "2015 June", 2015, 6);
    month("It opened in 2015, nov. and later.", "2015, nov.", 2015, 11);
    month("Plans for Dec-2019 were dropped.", "Dec-2019", 2019, 12);
    month("Plans for Dec/2019 were dropped.", "Dec/2019", 2019, 12);
    // "May" after a year is more often a name: "In 2015 May won".
    assert_eq!(surfaces("In 2015 May won."), ["2015"]);
    // A day after the month makes it no month alone.
    assert_ne!(surfaces("It opened 2015 June 3."), ["2015 June"]);
}

#[test]
fn ranges_of_quarters_with_their_years() {
    for (text, surface, start, end) in [
        (
            "Output grew from 2019-q2 to 2020-q4.",
            "from 2019-q2 to 2020-q4",
            date(2019, 4, 1),
            date(2020, 12, 31),
        ),
        (
            "Output grew between Q3 2018 and Q1 2019.",
            "between Q3 2018 and Q1 2019",
            date(2018, 7, 1),
            date(2019, 3, 31),
        ),
        (
            "Output grew from q2 of 2016 - q4 of 2017.",
            "from q2 of 2016 - q4 of 2017",
            date(2016, 4, 1),
            date(2017, 12, 31),
        ),
    ] {
        check(text, WED, surface, start, end, Precision::Quarter);
    }
    check(
        "Output grew in q3 of 2015.",
        WED,
        "q3 of 2015",
        date(2015, 7, 1),
        date(2015, 9, 30),
        Precision::Quarter,
    );
    // A later quarter first makes no range.
    assert_eq!(
        surfaces("Output fell from Q4 2021 to Q2 2021."),
        ["Q4 2021", "Q2 2021"]
    );
}
