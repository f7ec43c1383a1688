//! Ways of writing digits beyond commas and points: a decimal without its leading zero, the
//! lakh grouping, spaced groups of three, trade abbreviations of "dozen", and numbers joined by
//! "plus" or "over".

use super::*;

/// Asserts the one number of `text`, written `surface`, is exactly `v`.
#[track_caller]
fn exact(text: &str, surface: &str, v: f64) {
    value(text, surface, Some(v), Some(v));
}

#[test]
fn a_decimal_without_its_leading_zero() {
    exact(".25", ".25", 0.25);
    exact("the rate fell to .75.", ".75", 0.75);
    exact("(.5)", ".5", 0.5);
    let m = only("a reading of .12 percent");
    assert_eq!(m.role, NumberRole::Percent);
    assert_eq!(m.value.value.min, Some(0.12));
    // A caliber or a street names a thing; a point after a digit or a letter is no such decimal.
    for text in [
        "a .38 revolver",
        "three .22-caliber rounds",
        "found .40 and .45 casings",
    ] {
        assert!(
            find(text).iter().all(|m| m.role != NumberRole::Decimal),
            "{text:?} gave {:#?}",
            find(text)
        );
    }
    assert_eq!(only("version 2.06").value.value.min, Some(2.06));
}

#[test]
fn lakh_grouping_and_spaced_groups_of_three() {
    exact("a budget of 3,25,000", "3,25,000", 325_000.0);
    exact("sales of 45,67,890.5", "45,67,890.5", 4_567_890.5);
    exact("it has 2 308 415 residents", "2 308 415", 2_308_415.0);
    // One spaced group is two numbers, and so is a phone number.
    assert_eq!(find("in 2019 650 jobs went").len(), 2);
    assert!(
        find("dial 1 888 404 3321")
            .iter()
            .all(|m| m.value.value.min < Some(1e5))
    );
}

#[test]
fn dozen_abbreviations() {
    exact("order 4 doz. today", "4 doz", 48.0);
    exact("six dzs", "six dzs", 72.0);
}

#[test]
fn a_decimal_after_a_scale_group_is_a_number_of_its_own() {
    let found = find("4 hundred and 1.5 hundred");
    let values: Vec<_> = found.iter().map(|m| m.value.value.min).collect();
    assert_eq!(values, [Some(400.0), Some(150.0)]);
}

#[test]
fn plus_before_a_number_adds_and_is_no_bound() {
    let found = find("six plus nine");
    assert_eq!(found.len(), 2);
    assert!(found.iter().all(|m| m.value.hedge.is_none()));
    let m = only("40 plus attended");
    hedge(&m, HedgeKind::AtLeast, "plus");
}

#[test]
fn a_fraction_said_with_over_ends_its_clause() {
    exact("the odds were two over seven.", "two over seven", 2.0 / 7.0);
    exact("write 3 over 8", "3 over 8", 0.375);
    // A bound, a period of time or a larger first number.
    assert_eq!(find("she had 2 over 5 days").len(), 2);
    assert_eq!(find("we beat 9 over 4.").len(), 2);
    let m = &find("up from 3 over 10 hours")[1];
    hedge(m, HedgeKind::MoreThan, "over");
}

#[test]
fn signed_fractions() {
    exact("a change of -2/3", "-2/3", -2.0 / 3.0);
    exact("it is minus one over four.", "minus one over four", -0.25);
}

#[test]
fn tonnes_glued_to_digits() {
    let m = only("a 60t crane");
    assert_eq!(m.role, NumberRole::Measure);
    assert_eq!(m.value.value.min, Some(60.0));
    // Spaced, a lone "t" is no unit.
    assert_ne!(only("size 8 t-shirts").role, NumberRole::Measure);
}
