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
    reads("the pipe was 5/8 wide", "5/8", 0.625);
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
