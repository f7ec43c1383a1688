//! The JSON contract: the committed schemas in `schema/` are what the types generate today, and
//! real `check` and `claims` output of every fixture story validates against them.

use crate::common::*;

use serde_json::Value;

fn committed(name: &str) -> Value {
    serde_json::from_str(&read(format!("schema/{name}.schema.json"))).unwrap()
}

#[test]
fn committed_schemas_are_the_generated_ones() {
    for name in ["check", "claims", "digest", "story-report"] {
        let r = claimdiff_run(["schema", name]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let generated: Value = serde_json::from_str(&r.stdout).unwrap();
        assert_eq!(
            generated,
            committed(name),
            "schema/{name}.schema.json is stale: run `cargo run -- schema {name} > schema/{name}.schema.json` \
             (and bump SCHEMA_VERSION if the change breaks readers)"
        );
    }
}

#[test]
fn real_output_validates_against_the_schemas() {
    let stories: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.display().to_string())
        .collect();
    assert!(stories.len() >= 6);
    for (name, args) in [("check", vec!["--fail-on", "never"]), ("claims", vec![])] {
        let validator = jsonschema::validator_for(&committed(name)).expect("a valid schema");
        for story in &stories {
            let mut all = vec![name, story.as_str(), "--format", "json"];
            all.extend(&args);
            let r = claimdiff_run(&all);
            assert_eq!(r.code, 0, "{}", r.stderr);
            let doc = json(&r.stdout);
            let errors: Vec<String> = validator
                .iter_errors(&doc)
                .map(|e| format!("{} at {}", e, e.instance_path))
                .take(5)
                .collect();
            assert!(errors.is_empty(), "{name} {story}: {errors:#?}");
        }
    }
}

#[test]
fn the_schema_rejects_what_the_contract_forbids() {
    let validator = jsonschema::validator_for(&committed("check")).unwrap();
    let mut doc = json(
        &claimdiff_run([
            "check",
            "fixtures/invented-quotes",
            "--format",
            "json",
            "--fail-on",
            "never",
        ])
        .stdout,
    );
    assert!(validator.is_valid(&doc));
    doc["facts"][0]["verdict"] = "maybe".into();
    assert!(
        !validator.is_valid(&doc),
        "an unknown verdict must not validate"
    );
}

/// The name a closed set's variant has in JSON (serde) and in text (strum's `as_str`, used in
/// ids, reports and rule keys) is one name: every variant of every such set, so that a variant
/// added later is checked too.
#[test]
fn each_variant_has_one_name_in_json_and_in_text() {
    use claimdiff::claim::{DateRole, EntityType, Kind, Lone, Outcome, QuoteKind};
    use claimdiff::compare::{Aspect, DiffOp, Verdict};
    use claimdiff::dates::Precision;
    use claimdiff::kinds::Part;
    use serde::Serialize;
    use strum::VariantArray;

    fn same<T>() -> usize
    where
        T: VariantArray + Serialize + Copy + std::fmt::Debug,
        &'static str: From<T>,
    {
        for v in T::VARIANTS {
            let text: &str = (*v).into();
            assert_eq!(serde_json::to_value(v).unwrap(), Value::from(text), "{v:?}");
            assert!(
                !text.is_empty() && !text.contains(char::is_uppercase),
                "{v:?}: {text}"
            );
        }
        T::VARIANTS.len()
    }
    let checked = same::<Kind>()
        + same::<Verdict>()
        + same::<Outcome>()
        + same::<Lone>()
        + same::<EntityType>()
        + same::<Part>()
        + same::<DateRole>()
        + same::<QuoteKind>()
        + same::<Precision>()
        + same::<Aspect>()
        + same::<DiffOp>();
    assert!(checked >= 40, "{checked} variants");
}

/// The words of the closed sets that have no text name of their own, as JSON writes them (the
/// schema only says "string", so these pin the contract).
#[test]
fn form_kinds_broken_marks_and_hedge_kinds_are_written_as_their_words() {
    use claimdiff::claim::{BrokenMarks, FormKind, HedgeKind};
    let json = |v: Value| v.as_str().unwrap().to_string();
    let forms = [
        FormKind::Name,
        FormKind::Alias,
        FormKind::Acronym,
        FormKind::Demonym,
    ]
    .map(|f| json(serde_json::to_value(f).unwrap()));
    assert_eq!(forms, ["name", "alias", "acronym", "demonym"]);
    let marks = [
        BrokenMarks::Reversed,
        BrokenMarks::Unclosed,
        BrokenMarks::Unopened,
    ]
    .map(|b| json(serde_json::to_value(b).unwrap()));
    assert_eq!(marks, ["reversed", "unclosed", "unopened"]);
    let hedges = [
        HedgeKind::Approximate,
        HedgeKind::Below,
        HedgeKind::AtLeast,
        HedgeKind::MoreThan,
        HedgeKind::AtMost,
        HedgeKind::FewerThan,
        HedgeKind::Range,
        HedgeKind::Vague,
    ]
    .map(|h| json(serde_json::to_value(h).unwrap()));
    assert_eq!(
        hedges,
        [
            "approximate",
            "below",
            "at_least",
            "more_than",
            "at_most",
            "fewer_than",
            "range",
            "vague"
        ]
    );
}
