//! Sentences as the fixture articles write them, and the hedge and range forms around them.

use super::*;
use crate::claim::Unit;

const INF: Option<f64> = None;

#[test]
fn plain_counts_in_news_sentences() {
    count("The army killed 84 Wagner mercenaries", "84", 84.0);
    let text = "killing 50 Wagner mercenaries and 10 Malian soldiers";
    let got: Vec<_> = find(text)
        .iter()
        .map(|m| (m.value.value.min, m.role))
        .collect();
    assert_eq!(
        got,
        [
            (Some(50.0), NumberRole::Count),
            (Some(10.0), NumberRole::Count)
        ]
    );
    count("One person was killed", "One", 1.0);
}

#[test]
fn lower_bounds_in_news_sentences() {
    let m = value("at least 84 Russian", "at least 84", Some(84.0), INF);
    hedge(&m, HedgeKind::AtLeast, "at least");
    assert_eq!(m.number_span, 9..11);
    value(
        "more than 1,100 soldiers",
        "more than 1,100",
        Some(1101.0),
        INF,
    );
    let m = value(
        "At least fifteen civilians",
        "At least fifteen",
        Some(15.0),
        INF,
    );
    hedge(&m, HedgeKind::AtLeast, "At least");
}

#[test]
fn approximations_round_outward_to_whole_numbers() {
    let m = value(
        "about twenty civilian",
        "about twenty",
        Some(18.0),
        Some(22.0),
    );
    hedge(&m, HedgeKind::Approximate, "about");
    value("around 20 civilians", "around 20", Some(18.0), Some(22.0));
    value(
        "About 25,000 people",
        "About 25,000",
        Some(22_500.0),
        Some(27_500.0),
    );
    value("some 15 soldiers", "some 15", Some(13.0), Some(17.0));
    let m = value("30 or so", "30 or so", Some(27.0), Some(33.0));
    hedge(&m, HedgeKind::Approximate, "or so");
}

#[test]
fn below_hedges_stop_at_the_number() {
    let m = value("nearly 20 died", "nearly 20", Some(18.0), Some(20.0));
    hedge(&m, HedgeKind::Below, "nearly");
    value("almost 95", "almost 95", Some(86.0), Some(95.0));
}

#[test]
fn longest_hedge_phrase_wins() {
    let m = value("no more than 40", "no more than 40", INF, Some(40.0));
    hedge(&m, HedgeKind::AtMost, "no more than");
    let m = value("well over 300", "well over 300", Some(301.0), INF);
    hedge(&m, HedgeKind::MoreThan, "well over");
}

#[test]
fn glued_suffix_hedges() {
    let m = value("20+ people", "20+", Some(20.0), INF);
    hedge(&m, HedgeKind::AtLeast, "+");
    let m = value("a 20-plus strong unit", "20-plus", Some(20.0), INF);
    hedge(&m, HedgeKind::AtLeast, "-plus");
    assert_eq!(m.role, NumberRole::Count);
}

#[test]
fn more_than_adds_one_only_to_counts() {
    let m = value("more than 20% of voters", "more than 20%", Some(20.0), INF);
    assert_eq!(m.role, NumberRole::Percent);
    value(
        "more than 1.5 million",
        "more than 1.5 million",
        Some(1_500_001.0),
        INF,
    );
}

#[test]
fn vague_amounts_take_their_rule_interval() {
    let m = value(
        "thousands of soldiers",
        "thousands",
        Some(2000.0),
        Some(9999.0),
    );
    hedge(&m, HedgeKind::Vague, "thousands");
    value("Dozens were hurt", "Dozens", Some(24.0), Some(99.0));
    value(
        "tens of thousands of people",
        "tens of thousands",
        Some(20_000.0),
        Some(99_999.0),
    );
    value(
        "hundreds of thousands",
        "hundreds of thousands",
        Some(200_000.0),
        Some(999_999.0),
    );
    let m = value("a few soldiers", "a few", Some(2.0), Some(5.0));
    hedge(&m, HedgeKind::Vague, "a few");
    value(
        "several hundred people",
        "several hundred",
        Some(300.0),
        Some(900.0),
    );
    value("a handful of villagers", "a handful", Some(2.0), Some(6.0));
}

#[test]
fn vague_amounts_take_hedges() {
    let m = value(
        "at least dozens of them",
        "at least dozens",
        Some(24.0),
        INF,
    );
    hedge(&m, HedgeKind::AtLeast, "at least");
    value("dozens or more", "dozens or more", Some(24.0), INF);
}

#[test]
fn ranges_of_words_and_lent_scale_words() {
    let m = value(
        "two or three soldiers",
        "two or three",
        Some(2.0),
        Some(3.0),
    );
    hedge(&m, HedgeKind::Range, "or");
    value("20 to 30 people", "20 to 30", Some(20.0), Some(30.0));
    value("20-30", "20-30", Some(20.0), Some(30.0));
    value(
        "between 2 and 3 million",
        "between 2 and 3 million",
        Some(2e6),
        Some(3e6),
    );
    value(
        "between two and three hundred",
        "between two and three hundred",
        Some(200.0),
        Some(300.0),
    );
    value(
        "from 500 to 2 million",
        "from 500 to 2 million",
        Some(500.0),
        Some(2e6),
    );
    let text = "between two hundred and three hundred";
    value(text, text, Some(200.0), Some(300.0));
}

#[test]
fn a_noun_repeated_after_both_ends_keeps_the_range() {
    let m = value(
        "it rose from 12 storeys to 15 storeys",
        "from 12 storeys to 15",
        Some(12.0),
        Some(15.0),
    );
    hedge(&m, HedgeKind::Range, "from … to");
    value(
        "fed 20 cattle to 30 cattle",
        "20 cattle to 30",
        Some(20.0),
        Some(30.0),
    );
    // A different noun after each is two numbers.
    let text = "3 trucks to 5 vans";
    assert_eq!(find(text).len(), 2);
}

#[test]
fn plural_scale_words_after_a_number() {
    value("three billions", "three billions", Some(3e9), Some(3e9));
    value("4 millions of people", "4 millions", Some(4e6), Some(4e6));
}

#[test]
fn a_scale_word_is_lent_across_a_dash_and_a_currency_sign_applies_to_both() {
    let m = value("$20-30 million", "$20-30 million", Some(2e7), Some(3e7));
    assert_eq!((m.role, m.number_span.clone()), (NumberRole::Money, 1..14));
}

#[test]
fn opposite_bounds_joined_by_but() {
    let text = "more than 20 but fewer than 30";
    let m = value(text, text, Some(21.0), Some(29.0));
    hedge(&m, HedgeKind::Range, "more than … but fewer than");
}

#[test]
fn no_break_and_thin_spaces_separate_thousands_but_plain_spaces_do_not() {
    count("25\u{202f}000 people", "25\u{202f}000", 25_000.0);
    count("25\u{a0}000", "25\u{a0}000", 25_000.0);
    let text = "in 2012 100 people";
    let got: Vec<_> = find(text).iter().map(|m| &text[m.span.clone()]).collect();
    assert_eq!(got, ["2012", "100"]);
}

#[test]
fn a_falling_pair_is_two_numbers() {
    let text = "30 to 20";
    let got: Vec<_> = find(text).iter().map(|m| &text[m.span.clone()]).collect();
    assert_eq!(got, ["30", "20"]);
    let text = "between 30 and 20";
    let got: Vec<_> = find(text).iter().map(|m| &text[m.span.clone()]).collect();
    assert_eq!(got, ["30", "20"]);
}

#[test]
fn a_hedge_before_a_range_widens_it() {
    let m = value("about 20 to 30", "about 20 to 30", Some(18.0), Some(33.0));
    hedge(&m, HedgeKind::Approximate, "about");
}

#[test]
fn hedge_words_are_whole_words() {
    assert!(find("the overseas team").is_empty());
    assert!(find("someone was alone, often in that tone").is_empty());
    count("moreover 5", "5", 5.0);
    assert!(find("about the attack").is_empty());
}

#[test]
fn the_article_alone_is_no_number() {
    assert!(find("a man was killed").is_empty());
    assert!(find("Half way there").is_empty());
    count("A thousand people", "A thousand", 1000.0);
    count("a hundred", "a hundred", 100.0);
}

#[test]
fn no_one_and_one_of_are_counts_for_the_caller_to_judge() {
    count("no one was hurt", "one", 1.0);
    count("one of the soldiers", "one", 1.0);
}

#[test]
fn money_keeps_its_value() {
    let m = value("$900 million in aid", "$900 million", Some(9e8), Some(9e8));
    assert_eq!((m.role, m.number_span.clone()), (NumberRole::Money, 1..12));
    let m = value("£3bn", "£3bn", Some(3e9), Some(3e9));
    assert_eq!(m.role, NumberRole::Money);
    let m = value("5 million euros", "5 million euros", Some(5e6), Some(5e6));
    assert_eq!(m.role, NumberRole::Money);
    let m = value("about $5", "about $5", Some(4.5), Some(5.5));
    assert_eq!(m.role, NumberRole::Money);
    let m = value("US$25", "US$25", Some(25.0), Some(25.0));
    assert_eq!(m.role, NumberRole::Money);
}

#[test]
fn money_has_its_currency_and_its_main_unit() {
    let code = |text: &str, surface: &str, n: f64| {
        let m = value(text, surface, Some(n), Some(n));
        assert_eq!(m.role, NumberRole::Money, "{text}");
        match m.value.unit {
            Some(Unit::Currency(c)) => c.as_str().to_string(),
            other => panic!("{text}: {other:?}"),
        }
    };
    assert_eq!(code("costs $ 40 million", "$ 40 million", 40e6), "USD");
    assert_eq!(code("C$300 million", "C$300 million", 3e8), "CAD");
    assert_eq!(
        code("HK$ 10.05 billion", "HK$ 10.05 billion", 10.05e9),
        "HKD"
    );
    assert_eq!(code("US$4.7bn", "US$4.7bn", 4.7e9), "USD");
    assert_eq!(code("€300m", "€300m", 3e8), "EUR");
    assert_eq!(code("2 million euros", "2 million euros", 2e6), "EUR");
    assert_eq!(
        code(
            "90 million Australian dollars",
            "90 million Australian dollars",
            90e6
        ),
        "AUD"
    );
    assert_eq!(code("34 cents", "34 cents", 0.34), "USD");
    assert_eq!(code("197 pence", "197 pence", 1.97), "GBP");
    assert_eq!(code("USD 200", "USD 200", 200.0), "USD");
    assert_eq!(code("Rs 30 lakh", "Rs 30 lakh", 3e6), "INR");
    assert_eq!(code("10 € each", "10 €", 10.0), "EUR");
    assert_eq!(code("it was 20 usd", "20 usd", 20.0), "USD");
    // "a" before a dollar sign is the article, not the Australian dollar.
    assert_eq!(code("a $5 bill", "$5", 5.0), "USD");
}

#[test]
fn spans_are_absolute_in_the_text() {
    let text = "First sentence. Then 12 people and 3 cars.";
    let found = find_numbers(text, 16..text.len(), &RULES);
    let got: Vec<_> = found
        .iter()
        .map(|m| (m.span.clone(), &text[m.span.clone()]))
        .collect();
    assert_eq!(got, [(21..23, "12"), (35..36, "3")]);
}

#[test]
fn a_hedge_keeps_the_figure_it_qualifies_as_the_best_estimate() {
    let best = |text: &str| only(text).value.best();
    assert_eq!(best("more than 1,100 soldiers"), Some(1100.0));
    assert_eq!(best("at least fifteen civilians"), Some(15.0));
    assert_eq!(best("about twenty civilians"), Some(20.0));
    assert_eq!(best("nearly 300 people"), Some(300.0));
    assert_eq!(best("fewer than 40 people"), Some(40.0));
    assert_eq!(best("12 people"), Some(12.0));
    // A range or a vague amount gives no one figure.
    assert_eq!(best("between 20 and 30 people"), None);
    assert_eq!(best("dozens of people"), None);
}
