//! Tolls read end to end: a toll written as coordinated victims is compared as their sum, a
//! count given by the victims' condition is part of the wounded, and a rise too steep or too
//! late to be an update stays a conflict.

use crate::common::*;

/// The notes of a fact, as strings.
fn notes(fact: &serde_json::Value) -> Vec<&str> {
    (fact["notes"].as_array().unwrap().iter())
        .map(|n| n.as_str().unwrap())
        .collect()
}

#[test]
fn coordinated_victims_are_compared_as_their_sum() {
    let facts = check_facts("fixtures/invented-coordinated-toll");
    let injured = fact_by_id(&facts, "casualty_count/injured/people");
    assert_eq!(str_of(injured, "verdict"), "conflict");
    // "Three teenage girls and two men" is b's five; "four teenagers and two adults" is c's six.
    assert!(
        notes(injured).contains(&"a, b say 5; c says 6"),
        "{:#?}",
        notes(injured)
    );
}

#[test]
fn victims_in_critical_condition_are_part_of_the_wounded() {
    let facts = check_facts("fixtures/invented-victim-condition");
    let injured = fact_by_id(&facts, "casualty_count/injured/people");
    assert_eq!(str_of(injured, "verdict"), "agree");
    assert_eq!(injured["estimate"]["best"], serde_json::json!(6));
}

#[test]
fn a_rise_too_late_or_too_steep_for_an_update_stays_a_conflict() {
    for (story, note) in [
        ("fixtures/invented-late-figures", "a says 2; c says 3"),
        ("fixtures/invented-weekend-roundup", "a says 2; b says 11"),
    ] {
        let facts = check_facts(story);
        let killed = fact_by_id(&facts, "casualty_count/killed/people");
        assert_eq!(str_of(killed, "verdict"), "conflict", "{story}");
        assert!(
            notes(killed).contains(&note),
            "{story}: {:#?}",
            notes(killed)
        );
    }
}
