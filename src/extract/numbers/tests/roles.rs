//! What is not a count: years, days, times, ordinals, percentages, money, decimals, names.

use super::*;
use crate::claim::Unit;
use NumberRole::*;

#[test]
fn years() {
    assert_eq!(roles("in July 2023"), [("2023", Year)]);
    assert_eq!(roles("a 2020 coup"), [("2020", Year)]);
    assert_eq!(roles("from 2012 to 2015"), [("from 2012 to 2015", Year)]);
    assert_eq!(
        roles("between 2012 and 2015"),
        [("between 2012 and 2015", Year)]
    );
    // Too long a span for years.
    assert_eq!(
        roles("between 1000 and 1500 people"),
        [("between 1000 and 1500", Count)]
    );
    assert_eq!(roles("the 1990s"), [("1990s", Year)]);
    // A four-digit number with a separator, a scale word or a suffix hedge is a quantity.
    assert_eq!(roles("2,000 people"), [("2,000", Count)]);
    assert_eq!(roles("2000 or more"), [("2000 or more", Count)]);
    assert_eq!(roles("1000-5000"), [("1000-5000", Count)]);
    assert_eq!(roles("3000 people"), [("3000", Count)]);
}

#[test]
fn a_number_after_a_label_noun_is_part_of_a_name() {
    assert_eq!(roles("under Resolution 1701"), [("1701", Other)]);
    assert_eq!(
        roles("along Route 66 near Exit 12"),
        [("66", Other), ("12", Other)]
    );
    assert_eq!(
        roles("Channel 4 said 3 people died"),
        [("4", Other), ("3", Count)]
    );
    assert_eq!(roles("at gate two"), [("two", Other)]);
    assert_eq!(roles("outside No. 10"), [("10", Other)]);
    // Not after a comma, a plural, a bare "no" or a measure word.
    assert_eq!(roles("on the route, 12 were hurt"), [("12", Count)]);
    assert_eq!(roles("no 12 people"), [("12", Count)]);
    assert_eq!(roles("in 2019"), [("2019", Year)]);
}

#[test]
fn days_of_the_month() {
    assert_eq!(roles("from August 25 to 29"), [("25 to 29", DayOfMonth)]);
    assert_eq!(roles("August 25-29"), [("25-29", DayOfMonth)]);
    assert_eq!(
        roles("September 2, 2024"),
        [("2", DayOfMonth), ("2024", Year)]
    );
    assert_eq!(roles("on 25 August"), [("25", DayOfMonth)]);
    assert_eq!(roles("the Sept. 18 attack"), [("18", DayOfMonth)]);
    assert_eq!(roles("BAMAKO, Nov 13"), [("13", DayOfMonth)]);
    assert_eq!(roles("on Monday 25"), [("25", DayOfMonth)]);
    assert_eq!(roles("the 25th of August"), [("25th", DayOfMonth)]);
    // Not a month: the verb, a comma between, a count after the month's sentence part.
    assert_eq!(roles("they may 5 times"), [("5", Count)]);
    assert_eq!(roles("In August, 25 people died"), [("25", Count)]);
}

#[test]
fn times_ordinals_percentages() {
    assert_eq!(roles("at 17:55"), [("17:55", Time)]);
    assert_eq!(
        roles("at 9 a.m. and 10pm"),
        [("9 a.m.", Time), ("10pm", Time)]
    );
    assert_eq!(
        roles("the 80th session, 1st and 21st"),
        [("80th", Ordinal), ("1st", Ordinal), ("21st", Ordinal)]
    );
    assert_eq!(
        roles("20% and 20 percent and 20 per cent"),
        [
            ("20%", Percent),
            ("20 percent", Percent),
            ("20 per cent", Percent)
        ]
    );
    assert_eq!(roles("20-30%"), [("20-30%", Percent)]);
    let m = only("17:55");
    assert!((m.value.value.min.unwrap() - (17.0 + 55.0 / 60.0)).abs() < 1e-12);
}

#[test]
fn money() {
    assert_eq!(roles("$900 million"), [("$900 million", Money)]);
    assert_eq!(
        roles("€5 and 900 dollars and 5 euros"),
        [("€5", Money), ("900 dollars", Money), ("5 euros", Money)]
    );
}

#[test]
fn decimals_without_scale_words() {
    assert_eq!(roles("a 1.5 rise"), [("1.5", Decimal)]);
    assert_eq!(roles("1,674.5"), [("1,674.5", Decimal)]);
    assert_eq!(roles("1.5 million"), [("1.5 million", Count)]);
}

#[test]
fn names_codes_links_and_compound_adjectives_are_no_counts() {
    assert!(find("G5 Sahel, MH17 and @FranceAfrique23").is_empty());
    assert_eq!(roles("F-35 jets"), [("35", Other)]);
    assert_eq!(roles("a 13-day-long strike"), [("13", Other)]);
    assert_eq!(roles("a three-hour-long siege"), [("three", Other)]);
    assert_eq!(roles("a 20-30-strong group"), [("20-30", Other)]);
    assert!(find("pic.twitter.com/4pc1bLkhFn").is_empty());
    assert_eq!(roles("https://t.co/123456"), [("123456", Other)]);
    assert_eq!(
        roles("#2023 and 24/7"),
        [("2023", Other), ("24", Other), ("7", Other)]
    );
    assert_eq!(roles("version 1.2.3"), [("1.2", Other), ("3", Other)]);
    assert!(find("in their 20s").is_empty());
}

#[test]
fn ages_are_ages_not_counts() {
    assert_eq!(roles("a 13-year-old girl"), [("13-year-old", Age)]);
    assert_eq!(roles("a three-year-old"), [("three-year-old", Age)]);
    assert_eq!(roles("20-30-year-olds"), [("20-30-year-olds", Age)]);
    assert_eq!(roles("he is 47 years old"), [("47 years old", Age)]);
    assert_eq!(roles("six weeks of age"), [("six weeks of age", Age)]);
    assert_eq!(roles("a man aged 54"), [("aged 54", Age)]);
    // A duration is no age.
    assert_eq!(roles("a 13-year sentence"), [("13", Other)]);
    assert_eq!(roles("5 years ago"), [("5", Count)]);
}

#[test]
fn a_number_set_off_by_commas_after_a_name_is_an_age() {
    assert_eq!(
        roles("Dana Price, 19, and Luis Ortíz, 22, were shot."),
        [("19", Age), ("22", Age)]
    );
    assert_eq!(
        roles("The dead man was named as Omar Haddad, 41."),
        [("41", Age)]
    );
    // Not after a weekday, a lower-case word or with no comma closing it.
    assert_eq!(roles("On Friday, 40, perhaps more, came."), [("40", Count)]);
    assert_eq!(roles("in all, 12, police said"), [("12", Count)]);
    assert_eq!(roles("In Homs, 12 were killed."), [("12", Count)]);
    assert_eq!(roles("Price, 19.5, was listed."), [("19.5", Decimal)]);
}

#[test]
fn telephone_numbers_are_no_ranges() {
    for text in [
        "Call police at 555-2134.",
        "Tips go to 412-555-2198 or the station.",
        "The hotline is 800-1200.",
        "Reach them at (412) 210-1000.",
    ] {
        assert!(
            roles(text).iter().all(|&(_, r)| r == Other),
            "{text}: {:?}",
            roles(text)
        );
    }
    // A round first number ranges.
    assert_eq!(roles("300-1500 people"), [("300-1500", Count)]);
}

#[test]
fn shares_lengths_weights_and_their_units() {
    let unit = |text: &str| {
        find(text)
            .into_iter()
            .map(|m| (m.role, m.value.unit))
            .collect::<Vec<_>>()
    };
    assert_eq!(unit("up 3.2%"), [(Percent, Some(Unit::Percent))]);
    assert_eq!(
        unit("a 5 percentage-point drop"),
        [(Percent, Some(Unit::PercentagePoint))]
    );
    assert_eq!(unit("about 55 miles south"), [(Measure, Some(Unit::Mi))]);
    assert_eq!(unit("1.6 km away"), [(Measure, Some(Unit::Km))]);
    assert_eq!(unit("2,300 metric tons"), [(Measure, Some(Unit::T))]);
    assert_eq!(unit("5 m people"), [(Count, None)]);
    // A digit group after the unit is the next number's: the unit's number is no code.
    let usd = Some(Unit::Currency(crate::claim::Currency::new("USD").unwrap()));
    assert_eq!(unit("300 USD,40 more"), [(Money, usd), (Count, None)]);
}

#[test]
fn signed_numbers_ranks_and_fractions_count_nothing() {
    let read = |text: &str| {
        find(text)
            .into_iter()
            .map(|m| (text[m.span.clone()].to_string(), m.value.value.min, m.role))
            .collect::<Vec<_>>()
    };
    assert_eq!(read("fell to -4.5"), [("-4.5".into(), Some(-4.5), Decimal)]);
    assert_eq!(
        read("minus 504"),
        [("minus 504".into(), Some(-504.0), Decimal)]
    );
    assert_eq!(
        read("the third victim"),
        [("third".into(), Some(3.0), Ordinal)]
    );
    assert_eq!(
        read("two-thirds of them"),
        [("two-thirds".into(), Some(2.0 / 3.0), Decimal)]
    );
    assert_eq!(
        read("two and a half million"),
        [("two and a half million".into(), Some(2.5e6), Count)]
    );
    // A dash between numbers is a range, never a minus.
    assert_eq!(read("20 -30 people")[0].1, Some(20.0));
}

#[test]
fn iso_dates_and_leading_zeros_are_no_counts() {
    assert_eq!(
        roles("published: 2015-02-23"),
        [("2015", Year), ("02", Other), ("23", Other)]
    );
    assert_eq!(roles("agent 007"), [("007", Other)]);
}
