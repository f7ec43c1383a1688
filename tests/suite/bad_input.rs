//! The bad-input catalogue: each case is a story (or rule file) that is broken in one way, run
//! through the binary. The contract: never a panic, never a hang, never a silently dropped
//! source, never a modified input. One bad article is skipped with a warning naming it and why,
//! and the others are still compared; `--strict` makes the skip an error (exit 2). Rule-file
//! mistakes and front matter that is not YAML are errors naming `file:line:column`; a front
//! matter value that cannot be read is a warning naming it (module `inputs`).
//!
//! Cases already covered elsewhere are not repeated: a missing story path and a directory
//! without articles (`tests/cli.rs`), unknown keys, wrong types, unknown fact kinds, duplicate
//! entities and confusables naming no entity in rule files (`tests/rules.rs`).
//!
//! Web pages are read with an HTML5 parser: unclosed tags are read as a browser reads them; a
//! page nested a hundred thousand levels deep, a binary file named `.html` and a page with no
//! text are skipped with a warning naming the file.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use crate::common::{Run, claimdiff, json, run};

// Front matter and standard input.
mod inputs;
// Web pages: the catalogue's cases for HTML articles.
mod pages;
use serde_json::Value;

/// Two good articles that conflict on one casualty count.
const GOOD_A: &str = "---\npublished: 2024-05-01\n---\n\
    Twelve civilians were killed in the attack on the market, police said.\n";
const GOOD_B: &str = "---\npublished: 2024-05-01\n---\n\
    The attack on the market killed 30 civilians, police said.\n";

/// A story of the two good articles plus `bad` (name, bytes).
fn story_with(bad: &[(&str, &[u8])]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), GOOD_A).unwrap();
    std::fs::write(dir.path().join("b.txt"), GOOD_B).unwrap();
    for (name, bytes) in bad {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    dir
}

/// Every file of `dir` and its bytes, to show a run left them alone.
fn snapshot(dir: &Path) -> BTreeMap<String, Vec<u8>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.symlink_metadata().unwrap().is_file())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read(&p).unwrap())
        })
        .collect()
}

/// `check DIR --format json --fail-on never [extra]`, with a time limit.
fn check(dir: &Path, extra: &[&str]) -> Run {
    run(claimdiff()
        .arg("check")
        .arg(dir)
        .args(["--format", "json", "--fail-on", "never"])
        .args(extra)
        .timeout(Duration::from_secs(120)))
}

/// The source ids of a `check` JSON report.
fn source_ids(doc: &Value) -> Vec<&str> {
    doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect()
}

/// Asserts the run compared exactly `ids` and still found the good articles' conflict.
fn assert_compared(r: &Run, ids: &[&str]) -> Value {
    assert_eq!(r.code, 0, "stderr: {}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(source_ids(&doc), ids, "{}", r.stderr);
    assert_eq!(doc["summary"]["sources"], ids.len());
    let fact = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "casualty_count/killed/civilians")
        .unwrap_or_else(|| panic!("the good articles' fact is reported: {}", r.stdout));
    let reporters: Vec<&str> = fact["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    assert!(
        reporters.contains(&"a") && reporters.contains(&"b"),
        "{fact}"
    );
    doc
}

/// Asserts that stderr and the JSON report's warnings both name `file` with every one of
/// `needles` on the same line.
fn assert_warned(r: &Run, doc: &Value, file: &str, needles: &[&str]) {
    let line = r
        .stderr
        .lines()
        .find(|l| l.starts_with("claimdiff: warning:") && l.contains(file))
        .unwrap_or_else(|| panic!("a warning naming {file}: {}", r.stderr));
    for needle in needles {
        assert!(line.contains(needle), "expected `{needle}` in: {line}");
    }
    assert!(
        doc["warnings"].as_array().unwrap().iter().any(|w| {
            w["path"].as_str().unwrap().ends_with(file)
                && needles
                    .iter()
                    .all(|n| w["message"].as_str().unwrap().contains(n))
        }),
        "the JSON report's warnings name {file}: {}",
        doc["warnings"]
    );
}

/// Asserts a `--strict` run failed with exit 2, naming `file` and every one of `needles`.
fn assert_strict_fails(dir: &Path, file: &str, needles: &[&str]) {
    for command in ["check", "claims"] {
        let r = run(claimdiff()
            .arg(command)
            .arg(dir)
            .args(["--format", "json", "--strict"])
            .timeout(Duration::from_secs(120)));
        assert_eq!(r.code, 2, "{command} --strict: {}", r.stderr);
        assert!(r.stdout.is_empty(), "no report on error: {}", r.stdout);
        let error = r
            .stderr
            .lines()
            .find(|l| l.starts_with("claimdiff: error:"))
            .unwrap_or_else(|| panic!("an error line: {}", r.stderr));
        assert!(error.contains(file), "{error}");
        for needle in needles {
            assert!(error.contains(needle), "expected `{needle}` in: {error}");
        }
    }
}

// ---------------------------------------------------------------------------------------------
// Encodings
// ---------------------------------------------------------------------------------------------

#[test]
fn latin1_article_is_decoded_as_windows_1252_with_a_warning_and_compared() {
    // "é" is 0xE9 in Latin-1 and Windows-1252.
    let latin1 = b"---\npublished: 2024-05-01\n---\n\
        Twelve civilians were killed in the attack on the market, the mayor of M\xe9naka said.\n";
    let offset = format!("offset {}", latin1.iter().position(|&b| b == 0xe9).unwrap());
    let dir = story_with(&[("c.txt", latin1)]);
    let before = snapshot(dir.path());
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b", "c"]);
    assert_warned(&r, &doc, "c.txt", &[&offset, "Windows-1252"]);
    let c = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|f| f["reports"].as_array().unwrap())
        .find(|r| r["source"] == "c")
        .expect("c reports the casualty count");
    assert!(
        c["sentence"].as_str().unwrap().contains("Ménaka"),
        "decoded text: {c}"
    );
    assert_strict_fails(dir.path(), "c.txt", &["not valid UTF-8", &offset]);
    assert_eq!(
        snapshot(dir.path()),
        before,
        "the story files are unchanged"
    );
}

#[test]
fn utf16_articles_with_a_bom_are_decoded_with_a_warning() {
    let text = "Twelve civilians were killed in the attack on the market, police said in Ménaka.\n";
    let le: Vec<u8> = [0xff, 0xfe]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_le_bytes))
        .collect();
    let be: Vec<u8> = [0xfe, 0xff]
        .into_iter()
        .chain(text.encode_utf16().flat_map(u16::to_be_bytes))
        .collect();
    let dir = story_with(&[("le.txt", &le), ("be.txt", &be)]);
    let before = snapshot(dir.path());
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b", "be", "le"]);
    assert_warned(&r, &doc, "le.txt", &["UTF-16LE"]);
    assert_warned(&r, &doc, "be.txt", &["UTF-16BE"]);
    let sources = doc["sources"].as_array().unwrap();
    for id in ["le", "be"] {
        let s = sources.iter().find(|s| s["id"] == id).unwrap();
        assert!(s["claim_count"].as_u64().unwrap() > 0, "{s}");
    }
    // A declared encoding is no guess: --strict accepts it.
    let r = check(dir.path(), &["--strict"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(snapshot(dir.path()), before);
}

#[test]
fn utf8_bom_is_silent_and_spans_stay_byte_offsets_into_the_file() {
    let text = "\u{feff}Twelve civilians were killed in the attack, police said.\n";
    let dir = story_with(&[("bom.txt", text.as_bytes())]);
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path().join("bom.txt"))
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        !r.stderr.contains("bom.txt: not") && !r.stderr.contains("decoded"),
        "no encoding warning for a UTF-8 BOM: {}",
        r.stderr
    );
    let doc = json(&r.stdout);
    let claim = &doc["sources"][0]["claims"][0];
    assert_eq!(claim["surface"], "Twelve civilians were killed");
    let span = &claim["span"];
    let (start, end) = (
        span["start"].as_u64().unwrap() as usize,
        span["end"].as_u64().unwrap() as usize,
    );
    assert_eq!(
        &text.as_bytes()[start..end],
        b"Twelve civilians were killed"
    );
    assert_eq!(
        (claim["line"].as_u64(), claim["column"].as_u64()),
        (Some(1), Some(1)),
        "the BOM is no column"
    );
}

// ---------------------------------------------------------------------------------------------
// Articles that are skipped
// ---------------------------------------------------------------------------------------------

#[test]
fn binary_file_in_the_story_is_skipped_with_a_warning() {
    let png = b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR\0\0\0\x01\0\0\0\x01\x08\x06\0\0\0\x1f\x15\xc4\x89";
    let dir = story_with(&[("photo.png", png)]);
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b"]);
    assert_warned(&r, &doc, "photo.png", &["skipped", "binary file"]);
    assert_strict_fails(dir.path(), "photo.png", &["binary file", "--strict"]);
}

#[test]
fn empty_and_whitespace_only_articles_are_skipped_with_a_warning() {
    let dir = story_with(&[
        ("empty.txt", b""),
        ("blank.txt", b" \n\n\t\r\n"),
        ("front-only.txt", b"---\noutlet: X\n---\n\n"),
    ]);
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b"]);
    for file in ["empty.txt", "blank.txt", "front-only.txt"] {
        assert_warned(&r, &doc, file, &["skipped", "empty"]);
    }
    assert_strict_fails(dir.path(), "blank.txt", &["empty"]);
}

#[test]
fn article_over_the_size_cap_is_skipped_with_size_and_cap() {
    let dir = story_with(&[]);
    // 100 MB: a real first line, then a sparse tail; the size is refused before any reading.
    let path = dir.path().join("dump.txt");
    std::fs::write(&path, GOOD_A).unwrap();
    std::fs::File::options()
        .write(true)
        .open(&path)
        .unwrap()
        .set_len(100_000_000)
        .unwrap();
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b"]);
    assert_warned(
        &r,
        &doc,
        "dump.txt",
        &["skipped", "100.0 MB", "16 MB limit"],
    );
    assert_strict_fails(dir.path(), "dump.txt", &["16 MB limit"]);
    assert_eq!(std::fs::metadata(&path).unwrap().len(), 100_000_000);
}

#[test]
fn ten_megabyte_line_without_a_newline_neither_hangs_nor_panics() {
    // A scraped page with an inlined blob: a sentence, 10 MB without a newline, a sentence.
    let mut text = String::from("Twelve civilians were killed in the attack, police said. ");
    text.push_str("data:image/png;base64,");
    text.push_str(&"qujdrgvmz2hp".repeat(10_000_000 / 12));
    text.push_str(" Later, 30 soldiers were wounded near Gao, the army said.");
    assert!(text.len() > 10_000_000 && !text.contains('\n'));
    let dir = story_with(&[("long.txt", text.as_bytes())]);
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path().join("long.txt"))
        .args(["--format", "json"])
        .timeout(Duration::from_secs(180)));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let surfaces: Vec<&str> = doc["sources"][0]["claims"]
        .as_array()
        .unwrap()
        .iter()
        .map(|c| c["surface"].as_str().unwrap())
        .collect();
    assert!(
        surfaces.contains(&"Twelve civilians were killed"),
        "{surfaces:?}"
    );
    assert!(
        surfaces.contains(&"30 soldiers were wounded"),
        "{surfaces:?}"
    );
}

#[test]
fn missing_file_among_several_is_an_error_naming_it() {
    let dir = story_with(&[]);
    let r = run(claimdiff()
        .arg("check")
        .arg(dir.path().join("a.txt"))
        .arg(dir.path().join("gone.txt")));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("gone.txt"), "{}", r.stderr);
}

#[cfg(unix)]
#[test]
fn unreadable_file_is_skipped_with_a_warning() {
    use std::os::unix::fs::PermissionsExt;
    let dir = story_with(&[("locked.txt", GOOD_B.as_bytes())]);
    let path = dir.path().join("locked.txt");
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o000)).unwrap();
    // Root (as in many CI containers) reads a mode-000 file anyway: then the file is a good
    // article and only the "no panic, compared" half of this test can be checked.
    let readable_anyway = std::fs::read(&path).is_ok();
    let r = check(dir.path(), &[]);
    if readable_anyway {
        assert_compared(&r, &["a", "b", "locked"]);
    } else {
        let doc = assert_compared(&r, &["a", "b"]);
        assert_warned(&r, &doc, "locked.txt", &["skipped", "cannot be read"]);
        assert_strict_fails(dir.path(), "locked.txt", &["cannot be read"]);
    }
    std::fs::set_permissions(&path, std::fs::Permissions::from_mode(0o644)).unwrap();
}

#[cfg(unix)]
#[test]
fn symlink_loop_in_the_story_is_reported_not_followed() {
    let dir = story_with(&[]);
    std::os::unix::fs::symlink("ping.txt", dir.path().join("pong.txt")).unwrap();
    std::os::unix::fs::symlink("pong.txt", dir.path().join("ping.txt")).unwrap();
    std::os::unix::fs::symlink("self.txt", dir.path().join("self.txt")).unwrap();
    std::os::unix::fs::symlink("nowhere.txt", dir.path().join("dangling.txt")).unwrap();
    // A link to the story's own directory is a subdirectory: not entered, so no loop either.
    std::os::unix::fs::symlink(".", dir.path().join("here")).unwrap();
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b"]);
    for file in ["ping.txt", "pong.txt", "self.txt", "dangling.txt"] {
        assert_warned(&r, &doc, file, &["skipped", "symbolic link"]);
    }
    assert_strict_fails(dir.path(), "dangling.txt", &["symbolic link"]);
}

#[test]
fn a_story_whose_every_article_is_skipped_is_an_error_listing_them() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("photo.png"), b"\x89PNG\r\n\x1a\n\0\0").unwrap();
    std::fs::write(dir.path().join("blank.txt"), b"\n\n").unwrap();
    let r = check(dir.path(), &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stdout.is_empty());
    assert!(r.stderr.contains("no articles found"), "{}", r.stderr);
    assert!(
        r.stderr.contains("photo.png: skipped: binary file"),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr.contains("blank.txt: skipped: empty"),
        "{}",
        r.stderr
    );
}

#[test]
fn a_manifest_entry_for_a_skipped_article_is_not_an_orphan() {
    let dir = story_with(&[
        ("c.txt", b""),
        ("story.yaml", b"sources:\n  c:\n    outlet: C\n"),
    ]);
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b"]);
    assert_warned(&r, &doc, "c.txt", &["skipped", "empty"]);
}

// ---------------------------------------------------------------------------------------------
// YAML: rule files, front matter, the manifest
// ---------------------------------------------------------------------------------------------

/// `check` on the good story with `--rules FILE` holding `yaml`; expects exit 2 and a message
/// naming `FILE:line:column`. Returns stderr. The time limit only tells a hang from an answer:
/// a debug build on a loaded machine takes several seconds on the deepest documents.
fn rules_fail(yaml: &str) -> String {
    let dir = story_with(&[]);
    let rules = dir.path().join("extra.yaml");
    std::fs::write(&rules, yaml).unwrap();
    let r = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .arg("--rules")
        .arg(&rules)
        .timeout(Duration::from_secs(120)));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let at = format!("{}:", rules.display());
    let error = r.stderr.lines().next().unwrap_or_default();
    let rest = error
        .strip_prefix("claimdiff: error: ")
        .and_then(|e| e.strip_prefix(&at))
        .unwrap_or_else(|| panic!("the error names {}: {error}", rules.display()));
    let mut location = rest.splitn(3, ':');
    for part in ["line", "column"] {
        let n = location.next().unwrap_or_default();
        assert!(
            n.parse::<usize>().is_ok(),
            "a {part} number after the file: {error}"
        );
    }
    r.stderr
}

#[test]
fn a_broken_article_is_reported_before_a_broken_rule_file() {
    let dir = story_with(&[
        (
            "c.txt",
            b"---\noutlet: X\n  bad: indent\n---\nTen people died.\n",
        ),
        ("rules.yaml", b"nonsense_key: 1\n"),
    ]);
    let r = check(dir.path(), &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let error = r.stderr.lines().next().unwrap_or_default();
    assert!(error.contains("c.txt:3:"), "{error}");
    // Once the article is mended, the rule file is the error.
    std::fs::write(dir.path().join("c.txt"), "Ten people died.\n").unwrap();
    let r = check(dir.path(), &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("rules.yaml:1:1"), "{}", r.stderr);
}

#[test]
fn deeply_nested_yaml_is_an_error_not_a_stack_overflow() {
    let deep = |open: &str, close: &str| format!("{}{}", open.repeat(10_000), close.repeat(10_000));
    let stderr = rules_fail(&format!("facts: {}\n", deep("[", "]")));
    assert!(stderr.contains("invalid type"), "{stderr}");
    rules_fail(&format!("{}\n", deep("[", "]")));
    rules_fail(&format!("names: {}\n", deep("{a: ", "}")));
    // Front matter goes through the same decoder: an error with the article's line.
    let dir = story_with(&[(
        "c.txt",
        format!("---\ntitle: {}\n---\nText.\n", deep("[", "]")).as_bytes(),
    )]);
    let r = check(dir.path(), &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let at = format!("{}:2:", dir.path().join("c.txt").display());
    assert!(r.stderr.contains(&at), "expected `{at}` in: {}", r.stderr);
}

#[test]
fn yaml_alias_bomb_is_an_error_quickly() {
    // "Billion laughs": nine levels of nine aliases each, 387 million strings if expanded.
    let mut yaml = String::from(
        "segment:\n  abbreviations: &a0 [lol, lol, lol, lol, lol, lol, lol, lol, lol]\n",
    );
    yaml.push_str("  boilerplate_lines:\n");
    for level in 1..=9 {
        let prev = format!("*a{}", level - 1);
        yaml.push_str(&format!(
            "    - &a{level} [{}]\n",
            [prev.as_str(); 9].join(", ")
        ));
    }
    let started = std::time::Instant::now();
    let stderr = rules_fail(&yaml);
    assert!(started.elapsed() < Duration::from_secs(10), "{stderr}");
    assert!(stderr.contains("boilerplate_lines"), "{stderr}");
}

#[test]
fn duplicate_key_in_a_mapping_is_an_error_with_line_column() {
    let stderr = rules_fail("version: 1\nquotes:\n  min_overlap: 0.5\n  min_overlap: 0.6\n");
    assert!(stderr.contains("duplicate"), "{stderr}");
    assert!(stderr.contains("min_overlap"), "{stderr}");
}
