//! Bounds written with "or equal", and strict bounds that cannot step to the next whole number.

use super::*;

/// The ends `m` excludes, as (min, max).
fn open_ends(m: &NumberMatch) -> (bool, bool) {
    (m.value.min_exclusive, m.value.max_exclusive)
}

#[test]
fn comparatives_with_or_equal_are_inclusive_bounds() {
    let m = value(
        "the fleet is bigger or equal than 40 ships",
        "bigger or equal than 40",
        Some(40.0),
        None,
    );
    hedge(&m, HedgeKind::AtLeast, "bigger or equal than");
    let m = value(
        "a score less or equal to nine",
        "less or equal to nine",
        None,
        Some(9.0),
    );
    hedge(&m, HedgeKind::AtMost, "less or equal to");
    value(
        "wages higher or equal 1,200 dollars",
        "higher or equal 1,200 dollars",
        Some(1200.0),
        None,
    );
    value("keep it < = 60", "< = 60", None, Some(60.0));
    // "more or less" is no bound.
    let m = only("more or less 300 came");
    assert_eq!(m.value.value.min, Some(300.0));
    assert_eq!(m.value.value.max, Some(300.0));
}

#[test]
fn a_strict_bound_on_a_share_or_a_decimal_excludes_its_value() {
    let m = value(
        "more than half of voters",
        "more than half",
        Some(0.5),
        None,
    );
    assert_eq!(open_ends(&m), (true, false));
    let m = value("over 2/3 of the seats", "over 2/3", Some(2.0 / 3.0), None);
    assert_eq!(open_ends(&m), (true, false));
    let m = value("under 1.5 km away", "under 1.5 km", None, Some(1.5));
    assert_eq!(open_ends(&m), (false, true));
    let m = value("more than 20% of homes", "more than 20%", Some(20.0), None);
    assert_eq!(open_ends(&m), (true, false));
    // A whole count steps instead and keeps its ends closed.
    let m = value("more than 30 soldiers", "more than 30", Some(31.0), None);
    assert_eq!(open_ends(&m), (false, false));
    let m = value(
        "at least 2.5 tonnes",
        "at least 2.5 tonnes",
        Some(2.5),
        None,
    );
    assert_eq!(open_ends(&m), (false, false));
}

#[test]
fn joined_strict_bounds_keep_both_open_ends() {
    let m = value(
        "a ratio above 0.2 and below 0.7 today",
        "above 0.2 and below 0.7",
        Some(0.2),
        Some(0.7),
    );
    assert_eq!(open_ends(&m), (true, true));
    let m = value(
        "rates larger than 1.5 and less or equal than 4.5 apply",
        "larger than 1.5 and less or equal than 4.5",
        Some(1.5),
        Some(4.5),
    );
    assert_eq!(open_ends(&m), (true, false));
}
