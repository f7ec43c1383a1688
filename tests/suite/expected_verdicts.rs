//! The CI gate: every fixture story with an `expected.yaml` must get exactly the verdicts listed
//! there, through `claimdiff check STORY --expect STORY/expected.yaml`. Also the gate's own
//! behaviour: a change is listed and exits 1, `--bless` writes the file that then passes, and a
//! broken expectation file is an error naming it.

use crate::common::*;

use std::path::PathBuf;

fn stories() -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.join("expected.yaml").is_file())
        .collect();
    dirs.sort();
    dirs
}

#[test]
fn fixture_stories_get_their_expected_verdicts() {
    let stories = stories();
    assert!(
        stories.len() >= 6,
        "expected the gated stories, found {stories:?}"
    );
    let mut failures = Vec::new();
    for story in stories {
        let expected = story.join("expected.yaml");
        let r = claimdiff_run([
            "check".as_ref(),
            story.as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
            "--expect".as_ref(),
            expected.as_os_str(),
        ]);
        if r.code != 0 {
            failures.push(format!("{}:\n{}", story.display(), r.stderr));
        }
    }
    assert!(
        failures.is_empty(),
        "verdicts changed:\n{}",
        failures.join("\n")
    );
}

/// A copy of the invented market-attack story in a temporary directory.
fn market_copy() -> tempfile::TempDir {
    let src = root().join("fixtures/invented-market-attack");
    let dir = tempfile::tempdir().unwrap();
    for e in std::fs::read_dir(&src).unwrap() {
        let p = e.unwrap().path();
        std::fs::copy(&p, dir.path().join(p.file_name().unwrap())).unwrap();
    }
    dir
}

#[test]
fn a_changed_verdict_is_listed_and_exits_1() {
    let dir = market_copy();
    let file = dir.path().join("expected.yaml");
    let text = std::fs::read_to_string(&file).unwrap();
    // Expect agreement where the story has a conflict, a fact that does not exist, and drop one.
    let edited = text
        .replace(
            "casualty_count/killed/civilians: conflict",
            "casualty_count/killed/civilians: agree",
        )
        .replace("name/kora: agree", "name/atlantis: agree");
    std::fs::write(&file, edited).unwrap();
    let r = claimdiff_run([
        "check",
        dir.path().to_str().unwrap(),
        "--expect",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 1, "{}", r.stderr);
    assert!(r.stderr.contains("3 facts changed against"), "{}", r.stderr);
    let lines: Vec<&str> = r.stderr.lines().filter(|l| l.starts_with("  ")).collect();
    assert_eq!(
        lines,
        [
            "  ~ casualty_count/killed/civilians: expected agree, got conflict",
            "  - name/atlantis: agree (fact no longer found)",
            "  + name/kora: agree (new fact)"
        ]
    );
}

#[test]
fn known_conflicts_pass_with_expect_and_fail_without() {
    let story = "fixtures/invented-market-attack";
    let with = claimdiff_run([
        "check",
        story,
        "--expect",
        &format!("{story}/expected.yaml"),
    ]);
    assert_eq!(with.code, 0, "{}", with.stderr);
    let without = claimdiff_run(["check", story]);
    assert_eq!(without.code, 1);
}

#[test]
fn bless_writes_the_file_the_gate_then_accepts() {
    let dir = market_copy();
    let file = dir.path().join("expected.yaml");
    std::fs::remove_file(&file).unwrap();
    let r = claimdiff_run(["check", dir.path().to_str().unwrap(), "--bless"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stderr.contains("wrote"), "{}", r.stderr);
    let written = std::fs::read_to_string(&file).unwrap();
    assert!(
        written.contains("casualty_count/killed/civilians: conflict  # "),
        "{written}"
    );
    // Written whole and renamed: no temporary file is left.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|n| n.starts_with('.'))
        .collect();
    assert!(names.is_empty(), "{names:?}");
    let again = claimdiff_run([
        "check",
        dir.path().to_str().unwrap(),
        "--expect",
        file.to_str().unwrap(),
    ]);
    assert_eq!(again.code, 0, "{}", again.stderr);
    // The file each fixture story ships is exactly what --bless writes today.
    let shipped = read("fixtures/invented-market-attack/expected.yaml");
    let fresh = written.replace(
        dir.path().to_str().unwrap(),
        "fixtures/invented-market-attack",
    );
    assert_eq!(shipped, fresh);
}

#[test]
fn an_unknown_verdict_in_the_expectation_file_is_an_error_with_line_column() {
    let dir = market_copy();
    let file = dir.path().join("expected.yaml");
    std::fs::write(&file, "facts:\n  name/kora: agreed\n").unwrap();
    let r = claimdiff_run([
        "check",
        dir.path().to_str().unwrap(),
        "--expect",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&format!("{}:2:", file.display())),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("agreed"), "{}", r.stderr);
}
