//! Numerals beyond plain digits: common fractions, vulgar fractions, powers and scientific
//! notation.

use super::*;

#[track_caller]
fn reads(text: &str, surface: &str, v: f64) {
    let m = only(text);
    assert_eq!(&text[m.span.clone()], surface, "span of {text:?}");
    let got = m.value.value.min.unwrap();
    assert!((got - v).abs() <= v.abs() * 1e-12, "{text:?}: {got} != {v}");
    assert_eq!(m.value.value.min, m.value.value.max, "{text:?}");
}

#[test]
fn common_fractions_in_digits() {
    reads("a 5/8-inch pipe", "5/8", 0.625);
    reads("they won 2/3 of the vote", "2/3", 2.0 / 3.0);
    // Alone, "on 3/4" is as likely a date.
    assert!(
        find("they met on 3/4 and left")
            .iter()
            .all(|m| m.value.value.min != Some(0.75))
    );
    reads("it took 3 2/3 hours", "3 2/3", 3.0 + 2.0 / 3.0);
    reads("a 7½ hour shift", "7½", 7.5);
    reads("rose by ⅓ overall", "⅓", 1.0 / 3.0);
    reads("it weighed 4 ¼ now", "4 ¼", 4.25);
}

#[test]
fn slashes_that_are_no_fractions() {
    // Improper, unreduced or unusual denominators: dates, scores and names.
    for text in [
        "open 24/7 now",
        "the 9/11 attacks",
        "a 50/50 split",
        "UPDATE (6/12): more",
    ] {
        let found = find(text);
        assert!(
            found
                .iter()
                .all(|m| m.value.value.min.is_none_or(|v| v.fract() == 0.0)),
            "{text:?} gave {found:#?}"
        );
    }
    // A third part makes a date.
    assert!(
        find("on 3/4/2021 they")
            .iter()
            .all(|m| m.value.value.min != Some(0.75))
    );
}

#[test]
fn powers_and_scientific_notation() {
    reads("a total of 2.4e6 cells", "2.4e6", 2.4e6);
    reads("the count was 6.1E+3 today", "6.1E+3", 6100.0);
    reads("it holds 3.5x10^4 stars", "3.5x10^4", 3.5e4);
    reads("it holds 3.5 × 10^4 stars", "3.5 × 10^4", 3.5e4);
    reads("the value is 3^4 here", "3^4", 81.0);
    reads("the value is 4^-1 here", "4^-1", 0.25);
}

#[test]
fn bounds_written_with_signs_and_second_thoughts() {
    let m = value(
        "the crowd was about 600 or more",
        "about 600 or more",
        Some(600.0),
        None,
    );
    hedge(&m, HedgeKind::AtLeast, "or more");
    let m = value(
        "a score of more than 70 or equal",
        "more than 70 or equal",
        Some(70.0),
        None,
    );
    hedge(&m, HedgeKind::AtLeast, "more than");
    // "or fewer than 400" opens a comparison of its own.
    let got: Vec<_> = find("either 300 or fewer than 400")
        .iter()
        .map(|m| (m.value.value.min, m.value.value.max))
        .collect();
    assert_eq!(got, [(Some(300.0), Some(300.0)), (None, Some(399.0))]);
    let got: Vec<_> = find("keep x>12 and y<=40")
        .iter()
        .map(|m| (m.value.value.min, m.value.value.max))
        .collect();
    assert_eq!(got, [(Some(13.0), None), (None, Some(40.0))]);
    // A sign opening a line quotes it.
    count("> Nine people were hurt", "Nine", 9.0);
    value("the toll surpassed 120", "surpassed 120", Some(121.0), None);
    value(
        "more than half of the voters",
        "more than half",
        Some(0.5),
        None,
    );
    value(
        "between negative five and ten",
        "between negative five and ten",
        Some(-5.0),
        Some(10.0),
    );
}

#[test]
fn scores_count_only_before_of() {
    let m = value("scores of people fled", "scores", Some(40.0), Some(199.0));
    hedge(&m, HedgeKind::Vague, "scores");
    assert!(find("the box scores came late").is_empty());
}

#[test]
fn digits_with_scale_words_join_smaller_groups() {
    reads(
        "they fined him 7 hundred and 45 dollars",
        "7 hundred and 45 dollars",
        745.0,
    );
    reads(
        "a crowd of 6 thousand 2 hundred gathered",
        "6 thousand 2 hundred",
        6200.0,
    );
    reads(
        "it came to 4 crore and three hundred",
        "4 crore and three hundred",
        40_000_300.0,
    );
    reads("a budget of Rs 2 lakh crore", "Rs 2 lakh crore", 2e12);
    // A dozen multiplies the number before it; it is no place value that joins the one before.
    let text = "he sold 7 hundred and 3 dozen eggs";
    let got: Vec<_> = find(text)
        .iter()
        .map(|m| (&text[m.span.clone()], m.value.value.min))
        .collect();
    assert_eq!(got, [("7 hundred", Some(700.0)), ("3 dozen", Some(36.0))]);
    // Two numbers joined by "and" stay a range.
    let m = value(
        "between 4 million and 5 million voted",
        "between 4 million and 5 million",
        Some(4e6),
        Some(5e6),
    );
    hedge(&m, HedgeKind::Range, "between … and");
}

#[test]
fn shares_of_two_whole_numbers() {
    reads(
        "four out of seven judges agreed",
        "four out of seven",
        4.0 / 7.0,
    );
    reads("only 3 out of 40 passed", "3 out of 40", 3.0 / 40.0);
    reads("it hit one in six homes", "one in six", 1.0 / 6.0);
    reads("ask 7 in 10 nurses", "7 in 10", 0.7);
    reads("two in nine voters", "two in nine", 2.0 / 9.0);
    reads("one in 2,500 births", "one in 2,500", 1.0 / 2500.0);
    let m = value("3 in 8 or more", "3 in 8 or more", Some(0.375), None);
    hedge(&m, HedgeKind::AtLeast, "or more");
}

#[test]
fn two_numbers_joined_by_in_that_are_no_share() {
    for (text, n) in [
        ("she ran 6 in 40 minutes", 2),
        ("he made 30 in 90 games", 2),
        ("two in 1998 and four later", 3),
        ("the 4 in the 200 block", 2),
        ("12 out of 7", 2),
    ] {
        let found = find(text);
        assert_eq!(found.len(), n, "{text:?} gave {found:#?}");
        assert!(
            found
                .iter()
                .all(|m| m.value.value.min.unwrap().fract() == 0.0),
            "{text:?} gave {found:#?}"
        );
    }
}

#[test]
fn half_alone_is_a_share_of_what_follows() {
    reads("Half of the ferries were cancelled", "Half", 0.5);
    reads("they lost half their savings", "half", 0.5);
    // A part of something else, or a duration, is no share.
    for text in [
        "in the second half of the season",
        "the other half of the village",
        "the match stopped at half-time",
        "half an hour later",
        "the east half of the block burned",
    ] {
        assert!(
            find(text).iter().all(|m| m.value.value.min != Some(0.5)),
            "{text}"
        );
    }
}

#[test]
fn a_clause_that_opens_with_percent_of_gives_the_percentage_after_it() {
    let text = "Percent of 35 was the figure given";
    let m = only(text);
    assert_eq!(&text[m.span.clone()], "Percent of 35");
    assert_eq!(m.value.unit, Some(crate::claim::Unit::Percent));
    assert_eq!(m.value.value.min, Some(35.0));
    // After a word, "percent of" asks about a group.
    let text = "the percent of 40 voters who stayed home";
    assert!(find(text).iter().all(|m| m.value.unit.is_none()), "{text}");
}
