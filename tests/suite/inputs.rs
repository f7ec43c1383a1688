//! Inputs as people have them: front matter from scrapers and site tools, an article on
//! standard input, `claims` over any mix of files and directories, and `check` over many
//! stories in one run (JSON Lines, a section per story, the worst exit code).

use std::time::Duration;

use serde_json::Value;

use crate::common::*;

const A: &str = "---\nauthor: Ann Writer\nsource: Wire\ntags: [sahel, attack]\ndraft: false\n\
    date: May 1, 2024\n---\nTwelve civilians were killed in the attack on the market, police said.\n";
const B: &str = "---\nbyline: Ben Reporter\nsite_name: Daily\npubDate: Wed, 01 May 2024 09:00:00 +0000\n\
    link: https://daily.example/attack\n---\n\
    The attack on the market killed 30 civilians, police said.\n";
const AGREE: &str = "---\npublished: 2024-05-01\n---\n\
    Twelve civilians were killed in the attack on the market, police said.\n";

#[test]
fn front_matter_as_scrapers_write_it_compares_normally() {
    let dir = story(&[("a.txt", A), ("b.txt", B)]);
    let r = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 1, "the conflict fails the run: {}", r.stderr);
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
    let doc = json(&r.stdout);
    let a = &doc["sources"][0];
    assert_eq!(a["outlet"], "Wire");
    assert_eq!(a["published"], "2024-05-01");
    assert_eq!(a["published_from"], "front_matter");
    assert_eq!(a["meta"]["author"], "Ann Writer");
    assert_eq!(a["meta"]["tags"], serde_json::json!(["sahel", "attack"]));
    assert_eq!(a["meta"]["draft"], false);
    let b = &doc["sources"][1];
    assert_eq!(b["outlet"], "Daily");
    assert_eq!(b["published"], "2024-05-01");
    assert_eq!(b["meta"]["byline"], "Ben Reporter");
    assert!(b["meta"].get("link").is_none(), "link is read as the url");
    let fact = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "casualty_count/killed/civilians")
        .expect("the casualty fact");
    assert_eq!(fact["verdict"], "conflict");
    // `text` passes the same keys through.
    let r = claimdiff_run([
        "text".as_ref(),
        dir.path().join("a.txt").as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        json(&r.stdout)["sources"][0]["meta"]["author"],
        "Ann Writer"
    );
}

#[test]
fn a_source_without_extra_keys_has_no_meta() {
    let dir = story(&[("a.txt", AGREE)]);
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert!(json(&r.stdout)["sources"][0].get("meta").is_none());
}

#[test]
fn dash_reads_an_article_from_standard_input() {
    let r = run(claimdiff()
        .args(["claims", "-", "--format", "json"])
        .write_stdin(AGREE));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["sources"][0]["id"], "stdin");
    assert_eq!(doc["sources"][0]["published"], "2024-05-01");
    assert_eq!(doc["sources"][0]["claim_count"], 1);
    // Named, with an extension that says how to read it.
    let r = run(claimdiff()
        .args(["claims", "-", "--stdin-name", "wire.md", "--format", "json"])
        .write_stdin("---\npublished: 2024-05-01\n---\n**Twelve civilians** were killed.\n"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["sources"][0]["id"], "wire");
    let claim = &doc["sources"][0]["claims"][0];
    assert_eq!(claim["kind"], "casualty_count");
    assert_eq!(
        (claim["line"].as_u64(), claim["column"].as_u64()),
        (Some(4), Some(3))
    );
}

#[test]
fn check_compares_standard_input_with_files() {
    let dir = story(&[("b.txt", B)]);
    let r = run(claimdiff()
        .args(["check", "--format", "json", "-"])
        .arg(dir.path().join("b.txt"))
        .write_stdin(AGREE));
    assert_eq!(r.code, 1, "{}", r.stderr);
    let doc = json(&r.stdout);
    let ids: Vec<&str> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["b", "stdin"]);
}

#[test]
fn claims_takes_any_mix_of_files_and_directories() {
    let one = story(&[("a.txt", A)]);
    let two = story(&[("b.txt", B)]);
    let extra = story(&[("c.txt", AGREE)]);
    let r = run(claimdiff()
        .arg("claims")
        .arg(one.path())
        .arg(extra.path().join("c.txt"))
        .arg(two.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let ids: Vec<&str> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["a", "b", "c"]);
}

#[test]
fn check_refuses_a_directory_among_article_files() {
    let dir = story(&[("a.txt", A)]);
    let r = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .arg(dir.path().join("a.txt")));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&dir.path().display().to_string()),
        "{}",
        r.stderr
    );
}

/// A root of three stories: one conflicting, one agreeing, each with the source ids a and b.
fn three_stories() -> tempfile::TempDir {
    let root = tempfile::tempdir().unwrap();
    for (name, a, b) in [
        ("1-conflict", A, B),
        ("2-agree", AGREE, AGREE),
        ("3-again", A, B),
    ] {
        let dir = root.path().join(name);
        std::fs::create_dir(&dir).unwrap();
        std::fs::write(dir.join("a.txt"), a).unwrap();
        std::fs::write(dir.join("b.txt"), b).unwrap();
    }
    root
}

/// `check STORY --format json --fail-on never`'s document.
fn alone(dir: &std::path::Path) -> Value {
    let r = run(claimdiff()
        .arg("check")
        .arg(dir)
        .args(["--format", "json", "--fail-on", "never"]));
    json(&r.stdout)
}

#[test]
fn batch_check_writes_one_json_line_per_story_as_a_run_alone_would() {
    let root = three_stories();
    let r = run(claimdiff()
        .arg("check")
        .arg("--stories")
        .arg(root.path())
        .args(["--format", "json"])
        .timeout(Duration::from_secs(60)));
    assert_eq!(r.code, 1, "the worst story conflicts: {}", r.stderr);
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert_eq!(lines.len(), 3, "{}", r.stdout);
    for (line, name) in lines.iter().zip(["1-conflict", "2-agree", "3-again"]) {
        let doc: Value = serde_json::from_str(line).unwrap();
        assert_eq!(doc, alone(&root.path().join(name)), "{name}");
    }
    // The agreeing story alone passes; named as directories, the batch is the same.
    let r = run(claimdiff()
        .arg("check")
        .arg(root.path().join("2-agree"))
        .arg(root.path().join("2-agree"))
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2);
}

#[test]
fn batch_check_on_the_terminal_has_a_section_per_story() {
    let root = three_stories();
    let r = run(claimdiff()
        .arg("check")
        .arg("--stories")
        .arg(root.path())
        .args(["--fail-on", "never"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    for name in ["1-conflict", "2-agree", "3-again"] {
        let header = format!("== {} ==", root.path().join(name).display());
        assert!(r.stdout.contains(&header), "{header} in {}", r.stdout);
    }
}

#[test]
fn a_broken_story_in_a_batch_is_an_error_and_the_others_are_still_compared() {
    let root = three_stories();
    std::fs::write(
        root.path().join("2-agree/a.txt"),
        "---\ntitle: [x\n---\nText.\n",
    )
    .unwrap();
    let r = run(claimdiff()
        .arg("check")
        .arg("--stories")
        .arg(root.path())
        .args(["--format", "json", "--fail-on", "never"]));
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 2, "{}", r.stdout);
    let at = format!("{}:", root.path().join("2-agree/a.txt").display());
    assert!(r.stderr.contains(&at), "{}", r.stderr);
}

#[test]
fn batch_check_refuses_what_holds_one_story() {
    let root = three_stories();
    for extra in [
        &["--bless"][..],
        &["--format", "sarif"],
        &["--expect", "x.yaml"],
    ] {
        let r = run(claimdiff()
            .arg("check")
            .arg("--stories")
            .arg(root.path())
            .args(extra));
        assert_eq!(r.code, 2, "{extra:?}: {}", r.stderr);
        assert!(r.stderr.contains("batch"), "{}", r.stderr);
    }
    let empty = tempfile::tempdir().unwrap();
    let r = run(claimdiff().arg("check").arg("--stories").arg(empty.path()));
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no story folder"), "{}", r.stderr);
}
