//! Days and years counted in words where a news story writes them: a month and a day in words
//! at the end of a clause, a day in words before its month and year, "the n-th day of", a year
//! in words alone after a preposition of time, and "two thousand" where nothing of a number can
//! follow.

use super::*;

#[test]
fn a_day_in_words_after_its_month_where_the_clause_ends() {
    check_day(
        "The vote fell on June twenty-four.",
        WED,
        "June twenty-four",
        date(2024, 6, 24),
    );
    check_day(
        "Polls close on August thirty one, officials said.",
        WED,
        "August thirty one",
        date(2024, 8, 31),
    );
    // Something counted follows: an amount, as before.
    assert_eq!(surfaces("In June twenty-four boats sank."), ["June"]);
}

#[test]
fn a_day_in_words_before_its_month_wants_the_year() {
    check_day(
        "She was born nine October nineteen seventy two.",
        WED,
        "nine October nineteen seventy two",
        date(1972, 10, 9),
    );
    check_day(
        "On thirty April two thousand and one, the dam broke.",
        WED,
        "thirty April two thousand and one",
        date(2001, 4, 30),
    );
    assert_eq!(surfaces("He sold nine October tickets."), ["October"]);
}

#[test]
fn the_nth_day_of_a_month() {
    check_day(
        "They met on the twenty-third day of March.",
        WED,
        "twenty-third day of March",
        date(2024, 3, 23),
    );
    check_day(
        "It ended on the 4th day of July 1990.",
        WED,
        "4th day of July 1990",
        date(1990, 7, 4),
    );
}

#[test]
fn a_year_in_words_alone_after_a_preposition_of_time() {
    let year = |text: &str, surface: &str, y: i16| {
        check(
            text,
            WED,
            surface,
            date(y, 1, 1),
            date(y, 12, 31),
            Precision::Year,
        );
    };
    year(
        "The plant closed in nineteen eighty-four.",
        "nineteen eighty-four",
        1984,
    );
    year(
        "Prices have doubled since two thousand and three.",
        "two thousand and three",
        2003,
    );
    year(
        "The mill ran until eighteen ninety and then shut.",
        "eighteen ninety",
        1890,
    );
    // No preposition of time, or something counted after it: no year.
    assert!(surfaces("Of the nineteen ninety were freed.").is_empty());
    assert!(surfaces("Police found two thousand and twelve rifles.").is_empty());
    assert!(surfaces("They seized it in two thousand and five raids.").is_empty());
}

#[test]
fn two_thousand_is_a_year_where_no_number_can_follow() {
    check_day(
        "It fell on the fourth of July, two thousand.",
        WED,
        "fourth of July, two thousand",
        date(2000, 7, 4),
    );
    let found = all(
        "They left in March two thousand and came back in 2004.",
        WED,
    );
    assert_eq!(
        found[0],
        (
            "March two thousand".to_string(),
            date(2000, 3, 1),
            date(2000, 3, 31),
            Precision::Month
        )
    );
    assert_eq!(
        surfaces("In March two thousand and five hundred men left."),
        ["March"]
    );
}

#[test]
fn ranges_of_years_in_words() {
    check(
        "The survey ran from two thousand until two thousand and nine.",
        WED,
        "from two thousand until two thousand and nine",
        date(2000, 1, 1),
        date(2009, 12, 31),
        Precision::Year,
    );
    check(
        "The fair ran Feb between 3-8 twenty twenty.",
        WED,
        "Feb between 3-8 twenty twenty",
        date(2020, 2, 3),
        date(2020, 2, 8),
        Precision::Day,
    );
}
