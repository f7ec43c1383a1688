//! Parallel extraction (`--jobs`) changes nothing: `check --format json` is byte-identical on one
//! thread and on two, for a fixture story and for a generated 50-article story, and so are the
//! warnings, skips and errors of a story with bad articles.

#[path = "../../benches/support/corpus.rs"]
#[allow(dead_code)]
mod corpus;

use std::path::Path;

use crate::common::claimdiff_run;

/// `check --format json` with `--jobs N`: exit code and standard output.
fn check_json(story: &Path, jobs: &str) -> (i32, String) {
    let story = story.to_str().expect("a UTF-8 path");
    let run = claimdiff_run(["check", story, "--format", "json", "--jobs", jobs]);
    (run.code, run.stdout)
}

fn assert_same_on_one_and_two_threads(story: &Path) {
    let (code, one) = check_json(story, "1");
    assert!(code == 0 || code == 1, "check failed with {code}");
    assert!(one.contains("\"facts\""), "not a check report: {one}");
    assert_eq!(check_json(story, "2"), (code, one));
}

#[test]
fn sahel_fixture_is_identical_on_one_and_two_threads() {
    assert_same_on_one_and_two_threads(Path::new("fixtures/sahel-2024"));
}

#[test]
fn generated_fifty_article_story_is_identical_on_one_and_two_threads() {
    let dir = tempfile::tempdir().expect("a temporary directory");
    corpus::write_story(dir.path(), 50, 0x5eed).expect("the story is written");
    assert_same_on_one_and_two_threads(dir.path());
}

#[test]
fn warnings_and_skips_keep_file_order_on_two_threads() {
    let dir = crate::common::story(&[
        (
            "a.txt",
            "Twelve civilians were killed on Monday, June 3, 2025.\n",
        ),
        ("b.txt", "  \n"),
        (
            "c.txt",
            "---\npublished: 2025-06-04\n---\n30 civilians were killed.\n",
        ),
        ("d.txt", "Ten soldiers were wounded.\n"),
    ]);
    std::fs::write(dir.path().join("e.txt"), b"Dix civils tu\xe9s.\n").unwrap();
    std::fs::write(dir.path().join("f.bin"), b"\0\x01").unwrap();
    let story = dir.path().to_str().expect("a UTF-8 path");
    for command in ["check", "claims"] {
        let on = |jobs: &str| {
            let run = claimdiff_run([command, story, "--format", "json", "--jobs", jobs]);
            (run.code, run.stdout, run.stderr)
        };
        let one = on("1");
        assert!(one.2.contains("b.txt: skipped"), "{}", one.2);
        assert!(one.2.contains("f.bin: skipped"), "{}", one.2);
        assert_eq!(on("2"), one, "{command}");
    }
    let strict = |jobs: &str| {
        let run = claimdiff_run(["check", story, "--strict", "--jobs", jobs]);
        (run.code, run.stderr)
    };
    let first_error = strict("1");
    assert_eq!(first_error.0, 2);
    assert!(first_error.1.contains("b.txt"), "{}", first_error.1);
    assert_eq!(strict("2"), first_error);
}

#[test]
fn zero_jobs_is_a_usage_error() {
    let run = claimdiff_run(["check", "fixtures/sahel-2024", "--jobs", "0"]);
    assert_eq!(run.code, 2);
    assert!(run.stderr.contains("--jobs"), "{}", run.stderr);
    assert!(run.stdout.is_empty());
}
