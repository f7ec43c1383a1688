//! Years written in words or in two digits after a day or a month, and the amounts that stay
//! amounts.

use super::*;

#[test]
fn days_with_their_year_in_words() {
    let day = |text: &str, surface: &str, d: Date| check(text, WED, surface, d, d, Precision::Day);
    day(
        "The treaty was signed on August third nineteen forty five.",
        "August third nineteen forty five",
        date(1945, 8, 3),
    );
    day(
        "He was born March the second, nineteen oh seven.",
        "March the second, nineteen oh seven",
        date(1907, 3, 2),
    );
    day(
        "The bridge opened 4 July eighteen hundred and sixty two.",
        "4 July eighteen hundred and sixty two",
        date(1862, 7, 4),
    );
    day(
        "She wrote it on the ninth of May, two thousand and nine.",
        "ninth of May, two thousand and nine",
        date(2009, 5, 9),
    );
    // A day counted in words, read with its year.
    day(
        "They wed on June twenty two, nineteen sixty.",
        "June twenty two, nineteen sixty",
        date(1960, 6, 22),
    );
    day(
        "A storm struck on Nov 2 twenty twelve.",
        "Nov 2 twenty twelve",
        date(2012, 11, 2),
    );
}

#[test]
fn months_and_ranges_with_their_year_in_words() {
    let month = |text: &str, surface: &str, y: i16, m: i8| {
        let last = date(y, m, 1).last_of_month();
        check(text, WED, surface, date(y, m, 1), last, Precision::Month);
    };
    month(
        "The mill shut in July of nineteen eighty one.",
        "July of nineteen eighty one",
        1981,
        7,
    );
    month(
        "The law passed in April two thousand eleven.",
        "April two thousand eleven",
        2011,
        4,
    );
    month(
        "A fire broke out in Sept one thousand six hundred and sixty six.",
        "Sept one thousand six hundred and sixty six",
        1666,
        9,
    );
    check(
        "Repairs ran from 3 to 9 March, twenty nineteen.",
        WED,
        "from 3 to 9 March, twenty nineteen",
        date(2019, 3, 3),
        date(2019, 3, 9),
        Precision::Day,
    );
}

#[test]
fn amounts_in_words_after_a_month_stay_amounts() {
    for (text, surface) in [
        // "two thousand" alone is a count more often than a year.
        ("In June two thousand troops were sent.", "June"),
        // A day counted in words needs its year.
        ("In May twenty one people died.", "May"),
        // The number goes on past the year's words.
        ("In April twenty twenty-year-olds enlisted.", "April"),
        ("In March two thousand and five hundred jobs went.", "March"),
        ("In July nineteen people were hurt.", "July"),
    ] {
        let found = surfaces(text);
        assert_eq!(found, [surface], "{text}");
    }
}

#[test]
fn years_in_two_digits_after_a_month() {
    let month = |text: &str, surface: &str, y: i16, m: i8| {
        let last = date(y, m, 1).last_of_month();
        check(text, WED, surface, date(y, m, 1), last, Precision::Month);
    };
    month(
        "The mine flooded in June '72 and again later.",
        "June '72",
        1972,
        6,
    );
    month(
        "The mine flooded in June of ’72, he said.",
        "June of ’72",
        1972,
        6,
    );
    month("The mine flooded in Feb '09.", "Feb '09", 2009, 2);
    // After "of" the apostrophe may go when the clause ends.
    month("The mine flooded in June of 72.", "June of 72", 1972, 6);
    check(
        "The mine flooded on 3 June of 72.",
        WED,
        "3 June of 72",
        date(1972, 6, 3),
        date(1972, 6, 3),
        Precision::Day,
    );
    // Not with a word after it: an amount.
    assert_eq!(surfaces("In June of 72 wells, ten ran dry."), ["June"]);
    assert_eq!(surfaces("The mine flooded in June 72 times."), ["June"]);
}

#[test]
fn periods_of_a_year_in_words() {
    check(
        "Output recovered in the second quarter of two thousand and nine.",
        WED,
        "the second quarter of two thousand and nine",
        date(2009, 4, 1),
        date(2009, 6, 30),
        Precision::Quarter,
    );
    check(
        "Schools reopened in the first week of nineteen ninety-one.",
        WED,
        "the first week of nineteen ninety-one",
        date(1990, 12, 31),
        date(1991, 1, 6),
        Precision::Week,
    );
    check(
        "Exports slumped in the last three months of two thousand and eight.",
        WED,
        "the last three months of two thousand and eight",
        date(2008, 10, 1),
        date(2008, 12, 31),
        Precision::Month,
    );
    // Without "of" the words are the quarter's amount, not its year.
    assert_eq!(
        surfaces("In the third quarter two thousand jobs went."),
        ["the third quarter"]
    );
}
