//! The catalogue's front matter and standard input: a value that cannot be read is a warning
//! naming `file: line:column` and the article is still compared (an error with `--strict`);
//! front matter that is not a mapping of fields is an error naming `file:line:column`; an
//! empty or binary standard input is skipped with a warning naming it, like a file.

use std::time::Duration;

use super::{assert_compared, assert_strict_fails, assert_warned, check, story_with};
use crate::common::{claimdiff, run};

#[test]
fn unreadable_front_matter_values_are_warnings_and_the_article_is_compared() {
    let c = b"---\noutlet: [A, B]\npublished: next Tuesday\nlang: {x: 1}\n---\n\
        Ten people died in the attack on the market.\n";
    let dir = story_with(&[("c.txt", c)]);
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b", "c"]);
    // Read in the order published, outlet, lang.
    assert_warned(&r, &doc, "c.txt", &["3:12: published:", "next Tuesday"]);
    for warning in ["c.txt: 2:9: outlet: a list", "c.txt: 4:7: lang: a mapping"] {
        assert!(r.stderr.contains(warning), "{warning} in {}", r.stderr);
    }
    let c = &doc["sources"][2];
    assert!(c["outlet"].is_null() && c["published"].is_null(), "{c}");
    assert_eq!(c["meta"]["published"], "next Tuesday");
    assert_strict_fails(dir.path(), "c.txt:3:12:", &["published"]);
}

#[test]
fn front_matter_that_is_not_fields_is_an_error_naming_file_line_column() {
    for yaml in [
        "just a sentence",
        "- a\n- list",
        "key: [unclosed",
        "a: 1\na: 2",
    ] {
        let text = format!("---\n{yaml}\n---\nTen people died.\n");
        let dir = story_with(&[("c.txt", text.as_bytes())]);
        let r = check(dir.path(), &[]);
        assert_eq!(r.code, 2, "{yaml:?}: {}", r.stderr);
        let at = format!("{}:", dir.path().join("c.txt").display());
        let error = r.stderr.lines().next().unwrap_or_default();
        let location = error
            .split_once(&at)
            .map(|(_, rest)| rest.split(':').take(2).collect::<Vec<_>>())
            .unwrap_or_default();
        assert!(
            location.len() == 2 && location.iter().all(|n| n.parse::<usize>().is_ok()),
            "{yaml:?}: file:line:column in {error}"
        );
    }
}

#[test]
fn empty_or_binary_standard_input_is_skipped_naming_it() {
    let dir = story_with(&[]);
    for (input, reason) in [
        (&b"  \n\n"[..], "empty"),
        (b"\x89PNG\r\n\x1a\n\0\0\0", "binary"),
    ] {
        let r = run(claimdiff()
            .args(["check", "--format", "json", "--fail-on", "never", "-"])
            .arg(dir.path().join("a.txt"))
            .arg(dir.path().join("b.txt"))
            .write_stdin(input)
            .timeout(Duration::from_secs(60)));
        let doc = assert_compared(&r, &["a", "b"]);
        assert_warned(&r, &doc, "stdin", &["skipped", reason]);
    }
    let r = run(claimdiff()
        .args(["claims", "-", "--strict"])
        .write_stdin("")
        .timeout(Duration::from_secs(60)));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("stdin"), "{}", r.stderr);
}
