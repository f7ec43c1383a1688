//! The scope of a count end to end: a background or running total ("412 people have been
//! killed in the city this year") is a fact of its own beside the incident's toll, with the
//! scope in its id and on each claim, and it is never read as a revision of the toll.

use serde_json::{Value, json};

use crate::common::*;

const A: &str = "---\noutlet: Metro Daily\npublished: 2025-06-02\n---\nThree killed in park shooting\n\n\
Three people were killed when a gunman opened fire in Elm Park on Sunday, police said.\n\n\
412 people have been killed in the city this year.\n";
const B: &str = "---\noutlet: City Voice\npublished: 2025-06-03\n---\nPark shooting leaves three dead\n\n\
A gunman killed three people in Elm Park on Sunday, police said.\n\n\
At least 470 people have been killed in the city this year.\n";

/// The values (lowest bound) of a fact's reports.
fn lows(fact: &Value) -> Vec<u64> {
    (fact["reports"].as_array().unwrap().iter())
        .map(|r| r["value"]["min"].as_u64().unwrap())
        .collect()
}

#[test]
fn a_background_toll_is_its_own_fact_and_never_a_revision_of_the_incident_toll() {
    let dir = story(&[("a.txt", A), ("b.txt", B)]);
    let facts = check_facts(dir.path().to_str().unwrap());
    let toll = fact_by_id(&facts, "casualty_count/killed/people");
    assert_eq!(str_of(toll, "verdict"), "agree");
    assert!(lows(toll).iter().all(|&n| n == 3), "{toll}");
    assert_eq!(toll["estimate"]["best"], json!(3));
    let year = fact_by_id(&facts, "casualty_count/killed/people/this-year");
    assert_eq!(lows(year), [412, 470]);
    // The higher figure is later, but a running total is no toll being revised.
    assert_eq!(str_of(year, "verdict"), "conflict");
    let notes = year["notes"].as_array().unwrap();
    assert!(
        !notes
            .iter()
            .any(|n| n.as_str().unwrap().contains("revised")),
        "{notes:?}"
    );
}

#[test]
fn a_scoped_claim_carries_its_scope_and_an_incident_count_none() {
    let dir = story(&[("a.txt", A)]);
    let claims = claims_of(dir.path().join("a.txt").to_str().unwrap());
    let casualty: Vec<&Value> = (claims.iter())
        .filter(|c| c["kind"] == "casualty_count")
        .collect();
    let scopes: Vec<(u64, &Value)> = (casualty.iter())
        .map(|c| (c["value"]["min"].as_u64().unwrap(), &c["scope"]))
        .collect();
    let this_year = json!({"kind": "cumulative", "phrase": "this year", "key": "this-year"});
    assert_eq!(
        scopes,
        [(3, &Value::Null), (3, &Value::Null), (412, &this_year)]
    );
}
