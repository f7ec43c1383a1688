//! `check --format claimreview`: schema.org ClaimReview JSON-LD, read back the way its consumers
//! read it. A real JSON-LD 1.1 processor (the `json-ld` crate) expands each export and turns it
//! into RDF, with the schema.org context served from `tests/data/schemaorg/` (no network); the
//! triples are then checked against the schema.org vocabulary, trimmed to the terms the export
//! uses (`scripts/trim-schemaorg`): every type a class, every property a property of the
//! subject's type (its domain) taking the object's type or data type (its range).

mod processor;
mod vocabulary;

use std::collections::BTreeSet;

use serde_json::Value;

use crate::common::{claimdiff, claimdiff_run, json, run, story};
use processor::{RDF_TYPE, Term, expanded_types, schema_term, stated, triples};

const SAHEL: &str = "fixtures/sahel-2024";

/// Two articles of an invented story: a toll the sources give differently (a conflict), a
/// ship's name they spell differently (a variant), and the metadata a review can carry (URL,
/// headline, authors, outlet, date) for one article and less for the other (a blank byline).
const FERRY: &[(&str, &str)] = &[
    (
        "herald.txt",
        "---\noutlet: Harbour Herald\npublished: 2025-06-14\n\
         url: https://harbour-herald.example/news/ferry-fire\n\
         title: Fire on the Santa Lucia ferry\nauthor: [Ines Varga, Tom Okafor]\n---\n\
         A fire on the ferry Santa Lucia killed 9 passengers on Friday, the coast guard said.\n",
    ),
    (
        "wire.txt",
        "---\noutlet: Bay Wire\npublished: 2025-06-14\nbyline: \"  \"\n---\n\
         Fourteen passengers died when fire broke out aboard the ferry Santa Luzia on Friday.\n",
    ),
];

/// The export of `check STORY --fail-on never`, as text, and the JSON report's facts that are
/// conflicts or variants, in its order.
fn export(story: &str) -> (String, Vec<Value>) {
    let r = claimdiff_run([
        "check",
        story,
        "--format",
        "claimreview",
        "--fail-on",
        "never",
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let report =
        json(&claimdiff_run(["check", story, "--format", "json", "--fail-on", "never"]).stdout);
    let reviewed = report["facts"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["verdict"] == "conflict" || f["verdict"] == "variant")
        .cloned()
        .collect();
    (r.stdout, reviewed)
}

/// Asserts what a consumer of the export relies on: it expands to one `ClaimReview` node per
/// reviewed fact, every statement survives expansion (none is dropped as an unknown term),
/// and every property and type is a schema.org IRI.
fn assert_valid_json_ld(text: &str, reviews: usize) -> Vec<(String, String, Term)> {
    let types = expanded_types(text);
    assert_eq!(types.len(), reviews, "{text}");
    for t in &types {
        assert_eq!(t, &["http://schema.org/ClaimReview"]);
    }
    let triples = triples(text);
    assert_eq!(
        triples.len(),
        stated(&json(text)),
        "every statement is kept:\n{text}"
    );
    for (_, predicate, object) in &triples {
        if predicate == RDF_TYPE {
            let Term::Node(class) = object else {
                panic!("a literal type: {object:?}")
            };
            assert!(schema_term(class).is_some(), "type {class}");
        } else {
            assert!(schema_term(predicate).is_some(), "property {predicate}");
        }
    }
    let claim_reviews = triples
        .iter()
        .filter(|(_, p, o)| {
            p == RDF_TYPE && *o == Term::Node("http://schema.org/ClaimReview".into())
        })
        .count();
    assert_eq!(claim_reviews, reviews);
    triples
}

#[test]
fn sahel_expands_to_one_claimreview_per_conflict_and_variant_in_report_order() {
    let (text, reviewed) = export(SAHEL);
    // The fixture's two conflicts and nine variants.
    assert_eq!(reviewed.len(), 11);
    assert_valid_json_ld(&text, reviewed.len());
    let doc = json(&text);
    assert_eq!(doc["@context"], "https://schema.org");
    let graph = doc["@graph"].as_array().unwrap();
    let ids: Vec<&Value> = graph.iter().map(|r| &r["identifier"]).collect();
    let expected: Vec<&Value> = reviewed.iter().map(|f| &f["id"]).collect();
    assert_eq!(ids, expected);
    for (review, fact) in graph.iter().zip(&reviewed) {
        let rating = &review["reviewRating"];
        assert_eq!(rating["alternateName"], fact["verdict"]);
        // The notes, as the other reports word them.
        let explanation = rating["ratingExplanation"].as_str().unwrap();
        for note in fact["notes"].as_array().unwrap() {
            assert!(
                explanation.contains(note.as_str().unwrap()),
                "{explanation}"
            );
        }
        // One appearance per source that reports the fact, in report order.
        let mut sources: Vec<&Value> = Vec::new();
        for r in fact["reports"].as_array().unwrap() {
            if !sources.contains(&&r["source"]) {
                sources.push(&r["source"]);
            }
        }
        let appearances = review["itemReviewed"]["appearance"].as_array().unwrap();
        let named: Vec<&Value> = appearances.iter().map(|a| &a["identifier"]).collect();
        assert_eq!(named, sources, "{}", fact["id"]);
    }
}

#[test]
fn claim_reviewed_names_the_competing_values_of_each_kind() {
    let (text, _) = export(SAHEL);
    let doc = json(&text);
    let reviewed = |id: &str| -> String {
        let graph = doc["@graph"].as_array().unwrap();
        let review = graph.iter().find(|r| r["identifier"] == id);
        review.unwrap_or_else(|| panic!("{id}"))["claimReviewed"]
            .as_str()
            .unwrap()
            .to_string()
    };
    assert_eq!(
        reviewed("affiliation/fpl"),
        "Patriotic Liberation Front is tied to Nigeria or Niger."
    );
    assert_eq!(
        reviewed("date/coup/niger"),
        "Date of the coup (niger): \u{201c}July 2023\u{201d} or \u{201c}2020\u{201d}."
    );
    assert_eq!(
        reviewed("name/esa"),
        "The name is written \u{201c}Alliance of Sahel States\u{201d}, \u{201c}ESA\u{201d} or \
         \u{201c}AES\u{201d}."
    );
    // Two renderings that differ in their last word are quoted up to it, not cut alike.
    let quote = reviewed("quote/mohamed-elmaouloud-ramadan/juntas-decided-carry-ethnic");
    assert!(
        quote.starts_with("Mr. Ramadan said \u{201c}At a time when"),
        "{quote}"
    );
    assert!(quote.contains("our people\u{201d}"), "{quote}");
    assert!(quote.contains("our populations\u{201d}"), "{quote}");
}

#[test]
fn an_invented_conflict_carries_the_articles_metadata_and_evidence() {
    let dir = story(FERRY);
    let path = dir.path().to_str().unwrap();
    let (text, reviewed) = export(path);
    let verdicts: Vec<&Value> = reviewed.iter().map(|f| &f["verdict"]).collect();
    assert_eq!(verdicts, ["conflict", "variant"]);
    let triples = assert_valid_json_ld(&text, 2);
    let doc = json(&text);
    let toll = &doc["@graph"][0];
    assert_eq!(toll["identifier"], "casualty_count/killed/civilians");
    assert_eq!(
        toll["claimReviewed"],
        "Number of civilians killed: \u{201c}killed 9 passengers\u{201d} or \
         \u{201c}Fourteen passengers died\u{201d}."
    );
    assert_eq!(toll["reviewRating"]["alternateName"], "conflict");
    let herald = &toll["itemReviewed"]["appearance"][0];
    assert_eq!(
        herald["url"],
        "https://harbour-herald.example/news/ferry-fire"
    );
    assert_eq!(herald["headline"], "Fire on the Santa Lucia ferry");
    assert_eq!(herald["datePublished"], "2025-06-14");
    assert_eq!(herald["publisher"]["@type"], "Organization");
    assert_eq!(herald["publisher"]["name"], "Harbour Herald");
    let authors: Vec<&Value> = herald["author"]
        .as_array()
        .unwrap()
        .iter()
        .map(|a| &a["name"])
        .collect();
    assert_eq!(authors, ["Ines Varga", "Tom Okafor"]);
    assert_eq!(
        herald["text"],
        "A fire on the ferry Santa Lucia killed 9 passengers on Friday, the coast guard said."
    );
    // The other article has no URL, headline or (non-blank) byline: those keys are absent.
    let wire = toll["itemReviewed"]["appearance"][1].as_object().unwrap();
    let keys: BTreeSet<&str> = wire.keys().map(String::as_str).collect();
    assert_eq!(
        keys,
        BTreeSet::from(["@type", "identifier", "datePublished", "publisher", "text"])
    );
    // The URL is a link (an IRI), not a string.
    let url = Term::Node("https://harbour-herald.example/news/ferry-fire".into());
    assert!(
        triples
            .iter()
            .any(|(_, p, o)| p == "http://schema.org/url" && *o == url)
    );
    let ship = &doc["@graph"][1];
    assert_eq!(
        ship["claimReviewed"],
        "The name is written \u{201c}Santa Lucia\u{201d} or \u{201c}Santa Luzia\u{201d}."
    );
}

/// Asserts no value in `value` is null, an empty string, an empty list or an empty object.
fn assert_no_empty_value(value: &Value, path: &str) {
    match value {
        Value::Null => panic!("{path} is null"),
        Value::String(s) => assert!(!s.trim().is_empty(), "{path} is empty"),
        Value::Array(items) => {
            assert!(!items.is_empty() || path == "$.@graph", "{path} is empty");
            for (i, v) in items.iter().enumerate() {
                assert_no_empty_value(v, &format!("{path}[{i}]"));
            }
        }
        Value::Object(map) => {
            assert!(!map.is_empty(), "{path} is empty");
            for (k, v) in map {
                assert_no_empty_value(v, &format!("{path}.{k}"));
            }
        }
        Value::Bool(_) | Value::Number(_) => {}
    }
}

#[test]
fn no_field_is_null_or_empty() {
    let dir = story(FERRY);
    for story in [
        "fixtures/sahel-2024",
        "fixtures/sahel-2024-html",
        dir.path().to_str().unwrap(),
    ] {
        let (text, _) = export(story);
        assert_no_empty_value(&json(&text), "$");
    }
}

#[test]
fn the_html_pages_give_each_appearance_its_headline() {
    let (text, _) = export("fixtures/sahel-2024-html");
    let doc = json(&text);
    let appearances = doc["@graph"][0]["itemReviewed"]["appearance"]
        .as_array()
        .unwrap();
    assert!(!appearances.is_empty());
    assert!(
        appearances.iter().all(|a| a["headline"].is_string()),
        "{text}"
    );
}

#[test]
fn a_story_without_disagreement_is_an_empty_graph_gated_like_the_other_formats() {
    let dir = story(&[
        (
            "a.txt",
            "Twelve workers were injured when a crane fell at the Millbrook port on Tuesday.\n",
        ),
        (
            "b.txt",
            "A crane collapse at the Millbrook port injured 12 workers, the port authority said.\n",
        ),
        (
            "c.txt",
            "The Millbrook port reopened on Wednesday after 6 hours of inspections.\n",
        ),
    ]);
    let path = dir.path().to_str().unwrap();
    for fail_on in ["conflict", "variant", "single_source", "never"] {
        let args = |format| ["check", path, "--format", format, "--fail-on", fail_on];
        let r = claimdiff_run(args("claimreview"));
        let doc = json(&r.stdout);
        assert_eq!(
            doc,
            serde_json::json!({"@context": "https://schema.org", "@graph": []})
        );
        assert_valid_json_ld(&r.stdout, 0);
        assert_eq!(
            r.code,
            claimdiff_run(args("json")).code,
            "--fail-on {fail_on}"
        );
    }
    let single_source = claimdiff_run([
        "check",
        path,
        "--format",
        "claimreview",
        "--fail-on",
        "single_source",
    ]);
    assert_eq!(single_source.code, 1, "the reopening is one source's");
}

#[test]
fn a_jsonld_output_file_holds_the_claimreview_export() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["review.jsonld", "REVIEW.JSONLD"] {
        let file = dir.path().join(name);
        let r = run(claimdiff()
            .args(["check", SAHEL, "--fail-on", "never", "-o"])
            .arg(&file));
        assert_eq!(r.code, 0, "{}", r.stderr);
        let (shown, _) = export(SAHEL);
        assert_eq!(std::fs::read_to_string(&file).unwrap(), shown, "{name}");
    }
    // A report written into a story is no article of it on the next run.
    let story_dir = story(FERRY);
    let file = story_dir.path().join("review.jsonld");
    let r = run(claimdiff()
        .args(["check"])
        .arg(story_dir.path())
        .args(["-o"])
        .arg(&file));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let again = claimdiff_run([
        "check",
        story_dir.path().to_str().unwrap(),
        "--format",
        "json",
    ]);
    assert_eq!(
        json(&again.stdout)["summary"]["sources"],
        2,
        "{}",
        again.stderr
    );
}

#[test]
fn claimreview_is_a_check_format_only() {
    let r = claimdiff_run(["claims", SAHEL, "--format", "claimreview"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("claimreview"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
    let help = claimdiff_run(["check", "--help"]);
    assert!(help.stdout.contains("claimreview"), "{}", help.stdout);
    assert!(help.stdout.contains(".jsonld"), "{}", help.stdout);
}
