//! The CI gate: every fixture story with an `expected.yaml` must get exactly the verdicts listed
//! there, fact id by fact id. A change prints what changed.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use assert_cmd::Command;

#[derive(serde::Deserialize)]
#[serde(deny_unknown_fields)]
struct Expected {
    facts: BTreeMap<String, String>,
}

fn stories() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir("fixtures")
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.yaml").is_file())
        .collect();
    dirs.sort();
    dirs
}

fn actual(story: &Path) -> BTreeMap<String, String> {
    let out = Command::cargo_bin("claimdiff")
        .unwrap()
        .args(["check", "--format", "json", "--fail-on", "never"])
        .arg(story)
        .output()
        .unwrap();
    assert_eq!(
        out.status.code(),
        Some(0),
        "{}: {}",
        story.display(),
        String::from_utf8_lossy(&out.stderr)
    );
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    json["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            (
                f["id"].as_str().unwrap().to_string(),
                f["verdict"].as_str().unwrap().to_string(),
            )
        })
        .collect()
}

/// What differs between two verdict maps, one line per fact.
fn diff(expected: &BTreeMap<String, String>, actual: &BTreeMap<String, String>) -> Vec<String> {
    let mut lines = Vec::new();
    for (id, want) in expected {
        match actual.get(id) {
            None => lines.push(format!("- {id}: {want} (fact no longer found)")),
            Some(got) if got != want => lines.push(format!("~ {id}: expected {want}, got {got}")),
            Some(_) => {}
        }
    }
    for (id, got) in actual {
        if !expected.contains_key(id) {
            lines.push(format!("+ {id}: {got} (new fact)"));
        }
    }
    lines
}

#[test]
fn fixture_stories_get_their_expected_verdicts() {
    let stories = stories();
    assert!(
        stories.len() >= 3,
        "expected several gated stories, found {stories:?}"
    );
    let mut failures = Vec::new();
    for story in stories {
        let text = std::fs::read_to_string(story.join("expected.yaml")).unwrap();
        let expected: Expected = serde_yaml::from_str(&text).unwrap();
        let changes = diff(&expected.facts, &actual(&story));
        if !changes.is_empty() {
            failures.push(format!("{}:\n  {}", story.display(), changes.join("\n  ")));
        }
    }
    assert!(
        failures.is_empty(),
        "verdicts changed:\n{}",
        failures.join("\n")
    );
}

#[test]
fn the_diff_names_every_kind_of_change() {
    let e: BTreeMap<String, String> = [("a", "agree"), ("b", "conflict")]
        .map(|(k, v)| (k.into(), v.into()))
        .into();
    let a: BTreeMap<String, String> = [("a", "conflict"), ("c", "agree")]
        .map(|(k, v)| (k.into(), v.into()))
        .into();
    assert_eq!(
        diff(&e, &a),
        [
            "~ a: expected agree, got conflict",
            "- b: conflict (fact no longer found)",
            "+ c: agree (new fact)"
        ]
    );
}
