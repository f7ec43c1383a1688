//! Words and numbers that look like dates and are not: modal "may", the verb "march", amounts,
//! clock times, names and numbers in news prose.

use super::*;

/// Asserts that `text` holds no date expression.
#[track_caller]
fn none(text: &str) {
    assert_eq!(surfaces(text), Vec::<String>::new(), "{text}");
}

#[test]
fn may_and_march_as_words() {
    // With its day and year a lower-case month is a date anywhere.
    check_day(
        "The plant opened march 3 2015 after delays.",
        WED,
        "march 3 2015",
        date(2015, 3, 3),
    );
    check(
        "It may be in may.",
        WED,
        "may",
        date(2024, 5, 1),
        date(2024, 5, 31),
        Precision::Month,
    );
    check_day(
        "Thousands of protesters march on Friday.",
        WED,
        "Friday",
        date(2024, 8, 30),
    );
    check_day(
        "May said on Monday that talks would go on.",
        WED,
        "Monday",
        date(2024, 9, 2),
    );
    check_day(
        "Prime Minister Theresa May said on Monday that talks would go on.",
        WED,
        "Monday",
        date(2024, 9, 2),
    );
    check_day(
        "They will march 20 kilometres on Monday.",
        WED,
        "Monday",
        date(2024, 9, 2),
    );
    none("The women's March drew crowds.");
    none("The rebels may 20 times have tried.");
    // After a calendar word they are months, whatever their case; "last May" is read whole
    // (the latest May before the reference's month).
    assert_eq!(
        surfaces("It began in March and ended last May, before may 5."),
        vec!["March", "last May", "may 5"]
    );
    // After a word that also stands before a verb, lower-case they are the modal and the verb.
    none("This may be the end, and the last may have been worse.");
    none("They plan to march on the capital.");
    // With a day or a year they are dates.
    assert_eq!(
        surfaces("May 5 and March 2023 were quiet."),
        vec!["May 5", "March 2023"]
    );
}

#[test]
fn month_words_alone() {
    // A capitalised full name is a month; an abbreviation alone is not.
    assert_eq!(surfaces("Sales rose in August."), vec!["August"]);
    assert_eq!(surfaces("August rains were heavy."), vec!["August"]);
    none("Jan Smith met Dec Brown.");
    none("June Carter and Theresa May sang.");
    // After a calendar word a month is a month, whatever follows it.
    assert_eq!(
        surfaces("In August President Biden signed it."),
        vec!["August"]
    );
    none("Mon Amour premiered.");
    none("The mayor and the marching band were there.");
}

#[test]
fn year_shaped_amounts() {
    none("2000 soldiers were deployed.");
    none("Around 2000 people were there.");
    none("Police said about 1500 were there.");
    none("More than 1500 people were there.");
    none("The toll stood at 1200.");
    none("It cost $2000 to fix.");
    none("It cost US$2000 to fix.");
    none("It cost €1500 to fix.");
    none("They clashed at 1400 GMT.");
    none("They counted 1000-5000 people in the town.");
    none("Police were sent to the 1700 block of Godman Street.");
    none("The number range is 1000 – 5000");
    check(
        "The war began in 2012 troops said.",
        WED,
        "2012",
        date(2012, 1, 1),
        date(2012, 12, 31),
        Precision::Year,
    );
    check(
        "In 2012 troops arrived.",
        WED,
        "2012",
        date(2012, 1, 1),
        date(2012, 12, 31),
        Precision::Year,
    );
    check(
        "2012 was a hard year.",
        WED,
        "2012",
        date(2012, 1, 1),
        date(2012, 12, 31),
        Precision::Year,
    );
    // Before a plural noun a year-shaped number counts it, unless a calendar word comes first.
    none("A force of 2000 soldiers was sent.");
    none("The crowd grew to 2000 people.");
    check(
        "The 2020 elections were close.",
        WED,
        "2020",
        date(2020, 1, 1),
        date(2020, 12, 31),
        Precision::Year,
    );
    // Singular nouns in -s and short verbs are not counted things.
    check(
        "The 2008 crisis deepened.",
        WED,
        "2008",
        date(2008, 1, 1),
        date(2008, 12, 31),
        Precision::Year,
    );
    check(
        "2016 has been hard.",
        WED,
        "2016",
        date(2016, 1, 1),
        date(2016, 12, 31),
        Precision::Year,
    );
    // Ranges of year-shaped amounts.
    none("Between 2000 and 3000 people marched.");
    none("Between 1990 and 2012 people marched.");
    none("It rose from 1500 to 2000 people.");
}

#[test]
fn numbers_in_news_prose() {
    none("They boarded the 17:30 train.");
    none("Some 25,000 people marched.");
    none("It rose 4 to 22 people.");
    none("It rose by 4.5 percent.");
    none("He watched Channel 2.");
    none("The council passed Resolution 2334 in a vote.");
    none("Flight 1549 landed on the river.");
    none("Traffic stopped on Interstate 10 near exit 12.");
    // The end of a range of numbers, or a telephone number.
    none("Doses of 100-1000 grams were given.");
    none("Crowds of 500 – 2000 gathered.");
    none("Call 555-1999 with tips.");
    none("He flew a Boeing 737.");
    none("It happened at 10 am.");
    none("A 16-year-old was hurt.");
    none("They met at the 80th session.");
    none("It won 4-3 at home.");
    none("It rose 10 to 15 percent.");
    none("He was on Mon.");
    none("Pages 12 of 30 were missing.");
    none("The G20 met.");
    none("It rose 5.5%.");
    none("The rate was 20%.");
}

#[test]
fn weekdays_in_names() {
    none("He told the Sunday Times.");
    none("They prayed at the Friday Mosque.");
    assert_eq!(
        surfaces("On Sunday the Sunday Telegraph said so."),
        vec!["Sunday"]
    );
    check_day(
        "On Monday President Biden said so.",
        WED,
        "Monday",
        date(2024, 9, 2),
    );
    check_day(
        "It was the Monday after the vote.",
        WED,
        "Monday",
        date(2024, 9, 2),
    );
}

#[test]
fn impossible_values_are_not_dates() {
    none("It opened 2024-13-01.");
    none("It opened 2024-00-10.");
    none("It opened on February 30.");
    none("It opened in the 1995s.");
    // A year outside 1000–2999 is an amount.
    none("It opened in 3012.");
}

/// After a phrase of the rules' `numbers.hedges` that stands before a number ("above", "fewer
/// than", "up to"), a bare year-shaped number is an amount; after a calendar word it is a year.
#[test]
fn a_year_shaped_number_after_a_hedge_of_the_rules_is_an_amount() {
    let rules = crate::rules::RuleSet::load(&[]).unwrap();
    let years = |text: &str| -> Vec<String> {
        find_dates_with(text, 0..text.len(), &rules.dates)
            .into_iter()
            .map(|m| text[m.span].to_string())
            .collect()
    };
    for text in [
        "The fund holds above 1000 and below 1500 crates.",
        "Rescuers found fewer than 1200 and More Than 1100 of them.",
        "The dam can take up to 1800, and at most 1900.",
        "The count was under 1300, exceeding 1250 by noon.",
        "Officials said it surpassed 1600 and was nearly 1700.",
    ] {
        assert_eq!(years(text), Vec::<String>::new(), "{text}");
    }
    let text = "Built after 2012 and before 2015, used since 2010, paid by 2030, kept until 2020.";
    assert_eq!(
        years(text),
        ["2012", "2015", "2010", "2030", "2020"],
        "{text}"
    );
    // A hedge inside a longer word is none.
    assert_eq!(years("It was moreover 1400 that year."), ["1400"]);
    // Without the rules' hedges, the grammar alone reads "above 1000" as a year.
    assert_eq!(surfaces("It rose above 1000."), ["1000"]);
}
