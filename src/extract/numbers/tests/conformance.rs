//! The shared conformance inputs, with the values every number parser must give them.

use super::*;

const INF: Option<f64> = None;

#[test]
fn digits_with_separators_decimals_and_scale_words() {
    count("192.", "192", 192.0);
    count("1,234,567", "1,234,567", 1_234_567.0);
    count("2 million", "2 million", 2e6);
    count("1 trillion", "1 trillion", 1e12);
    count("There are 12,567 words", "12,567", 12_567.0);
    let m = count("1,674.5 million", "1,674.5 million", 1_674_500_000.0);
    assert_eq!(m.number_span, 0..15);
}

#[test]
fn abbreviated_and_south_asian_scale_words() {
    count("10k runners", "10k", 1e4);
    count("a fund of 25M.", "25M", 2.5e7);
    count("a 1MM target", "1MM", 1e6);
    count("1.2b users", "1.2b", 1.2e9);
    count("13 lakh people", "13 lakh", 1.3e6);
    count("6 crore voters", "6 crore", 6e7);
    count("either 10 bln", "10 bln", 1e10);
    count("3 dozens", "3 dozens", 36.0);
    // A lower-case m after plain digits is metres, and a "b" after whole digits no billion.
    assert_eq!(only("a 10m wall").role, NumberRole::Measure);
    assert!(
        find("room 4b")
            .iter()
            .all(|m| m.value.value.min != Some(4e9))
    );
}

#[test]
fn number_words_and_their_compounds() {
    count("sixteen", "sixteen", 16.0);
    count("one hundred and sixteen", "one hundred and sixteen", 116.0);
    count(
        "one hundred and seventy-two",
        "one hundred and seventy-two",
        172.0,
    );
    count(" half a  dozen", "half a  dozen", 6.0);
    count("a dozen", "a dozen", 12.0);
    count("twenty-one trillion", "twenty-one trillion", 21e12);
    count(
        "Three hundred  and  thirty one",
        "Three hundred  and  thirty one",
        331.0,
    );
    count(
        "two hundred and two thousand",
        "two hundred and two thousand",
        202_000.0,
    );
    count(
        "two  thousand  and  two hundred",
        "two  thousand  and  two hundred",
        2200.0,
    );
    count("Twenty-six people die", "Twenty-six", 26.0);
    count("Half million eggs", "Half million", 500_000.0);
}

#[test]
fn lower_bounds() {
    let m = value(
        "greater than 4,565",
        "greater than 4,565",
        Some(4566.0),
        INF,
    );
    hedge(&m, HedgeKind::MoreThan, "greater than");
    value("more than thirty", "more than thirty", Some(31.0), INF);
    value("over thirty", "over thirty", Some(31.0), INF);
    let m = value(
        "no less than thirty",
        "no less than thirty",
        Some(30.0),
        INF,
    );
    hedge(&m, HedgeKind::AtLeast, "no less than");
    let m = value(
        "five hundred or more",
        "five hundred or more",
        Some(500.0),
        INF,
    );
    hedge(&m, HedgeKind::AtLeast, "or more");
    assert_eq!(m.number_span, 0..12);
    value("200 or greater", "200 or greater", Some(200.0), INF);
    let m = value("exceed 3000", "exceed 3000", Some(3001.0), INF);
    assert_eq!(m.role, NumberRole::Count, "a hedged 3000 is no year");
    value("exceeding 150", "exceeding 150", Some(151.0), INF);
}

#[test]
fn upper_bounds() {
    let m = value(
        "five hundred or less",
        "five hundred or less",
        INF,
        Some(500.0),
    );
    hedge(&m, HedgeKind::AtMost, "or less");
    let m = value("below 170", "below 170", INF, Some(169.0));
    hedge(&m, HedgeKind::FewerThan, "below");
    value("under 170", "under 170", INF, Some(169.0));
    value(
        "Fewer than a thousand",
        "Fewer than a thousand",
        INF,
        Some(999.0),
    );
    let m = value("up to 700", "up to 700", INF, Some(700.0));
    hedge(&m, HedgeKind::AtMost, "up to");
}

#[test]
fn two_hedged_numbers_in_one_sentence() {
    let text = "Shares were up more than 20, above 170 apiece";
    let found = find(text);
    let got: Vec<_> = found
        .iter()
        .map(|m| (&text[m.span.clone()], m.value.value.min, m.value.value.max))
        .collect();
    assert_eq!(
        got,
        [
            ("more than 20", Some(21.0), INF),
            ("above 170", Some(171.0), INF)
        ]
    );
}

#[test]
fn ranges() {
    let m = value(
        "between 20 and 30",
        "between 20 and 30",
        Some(20.0),
        Some(30.0),
    );
    hedge(&m, HedgeKind::Range, "between … and");
    assert_eq!(m.number_span, 8..17);
    let m = value("20 through 100", "20 through 100", Some(20.0), Some(100.0));
    hedge(&m, HedgeKind::Range, "through");
    let text = "from two thousand to two thousand and five hundred";
    let m = value(text, text, Some(2000.0), Some(2500.0));
    hedge(&m, HedgeKind::Range, "from … to");
    for (text, dash) in [
        ("1000-5000", "-"),
        ("1000 - 5000", "-"),
        ("1000–5000", "–"),
        ("1000 – 5000", "–"),
    ] {
        let m = value(text, text, Some(1000.0), Some(5000.0));
        hedge(&m, HedgeKind::Range, dash);
        assert_eq!(m.role, NumberRole::Count);
    }
}

#[test]
fn an_upper_and_a_lower_bound_join_into_one_range() {
    let text = "at most 90 and at least 30";
    let m = value(text, text, Some(30.0), Some(90.0));
    hedge(&m, HedgeKind::Range, "at most … and at least");
    assert_eq!(m.number_span, 8..26);
}
