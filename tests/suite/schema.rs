//! The JSON contract: the committed schemas in `schema/` are what the types generate today, and
//! real `check` and `claims` output of every fixture story validates against them.

use crate::common::*;

use serde_json::Value;

fn committed(name: &str) -> Value {
    serde_json::from_str(&read(format!("schema/{name}.schema.json"))).unwrap()
}

#[test]
fn committed_schemas_are_the_generated_ones() {
    for name in ["check", "claims"] {
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
