//! Count estimates end to end: the JSON `estimate` of a count fact (low, best, high, the most
//! conservative figure and each figure with its sources), the hedge's own figure in `claims`,
//! and the estimate as every text format shows it.

use serde_json::{Value, json};

use crate::common::*;

const FLOOD: &str = "fixtures/invented-flood-toll";

/// (best estimate, sources) of each figure of an estimate.
fn figures(estimate: &Value) -> Vec<(Value, Vec<&str>)> {
    (estimate["figures"].as_array().unwrap().iter())
        .map(|f| {
            let sources = (f["sources"].as_array().unwrap().iter())
                .map(|s| s.as_str().unwrap())
                .collect();
            (f["value"].clone(), sources)
        })
        .collect()
}

#[test]
fn lower_bounds_far_apart_are_a_variant_with_their_estimate() {
    let facts = check_facts(FLOOD);
    let killed = fact_by_id(&facts, "casualty_count/killed/people");
    assert_eq!(str_of(killed, "verdict"), "variant");
    let e = &killed["estimate"];
    assert_eq!(
        (&e["low"], &e["best"], &e["high"], &e["conservative"]),
        (&json!(24), &json!(38), &Value::Null, &json!(38)),
        "the headline's \"dozens\" sets the low; two sources say at least 38"
    );
    assert_eq!(
        figures(e),
        [
            (json!(38), vec!["a", "c"]),
            (json!(90), vec!["b"]),
            (Value::Null, vec!["c"]),
        ]
    );
    let notes: Vec<&str> = (killed["notes"].as_array().unwrap().iter())
        .map(|n| n.as_str().unwrap())
        .collect();
    assert!(
        notes.contains(
            &"best estimates differ: a, c say 38 (at least, no fewer than); b says 90 (more than); all are lower bounds"
        ),
        "{notes:#?}"
    );
    // Facts of other kinds carry no estimate.
    assert!(
        fact_by_id(&facts, "date/flood/mavuso")
            .get("estimate")
            .is_none()
    );
}

#[test]
fn a_hedged_claim_keeps_the_figure_it_qualifies() {
    let claims = claims_of(&format!("{FLOOD}/b.txt"));
    let more = (claims.iter())
        .find(|c| str_of(c, "surface").starts_with("More than 90"))
        .expect("the \"more than 90\" claim");
    assert_eq!(more["value"]["min"], json!(91));
    assert_eq!(more["value"]["hedge"]["figure"], json!(90));
}

#[test]
fn every_text_format_shows_the_estimate() {
    let summary = "low 24, best 38 (2 sources), high open; most conservative 38";
    for format in ["terminal", "markdown", "html", "junit", "sarif"] {
        // JUnit writes the text of failures only: fail on variants.
        let r = claimdiff_run(["check", FLOOD, "--format", format, "--fail-on", "variant"]);
        assert_eq!(r.code, 1, "{format}: {}", r.stderr);
        assert!(r.stdout.contains(summary), "{format}:\n{}", r.stdout);
    }
}
