//! CLI tests: run the `claimdiff` binary on the fixture stories and on small synthetic stories
//! written to temporary directories, and check stdout, stderr and the exit code.
//!
//! Spans are checked against the article files themselves (read here), never against numbers
//! copied from a previous run, so a test fails when a reported location stops pointing at the
//! reported text.

use std::collections::BTreeSet;
use std::io::Read;
use std::process::Stdio;

use serde_json::Value;

use crate::common::*;

const SAHEL: &str = "fixtures/sahel-2024";
const SAHEL_000: &str = "fixtures/sahel-2024/000_0eb5f3827cff8959.txt";
const SAHEL_001: &str = "fixtures/sahel-2024/001_391265b657f1b09d.txt";
const SAHEL_004: &str = "fixtures/sahel-2024/004_fcd1b60b543d505c.txt";

// ---------------------------------------------------------------------------------------------
// check on the Sahel fixture
// ---------------------------------------------------------------------------------------------

#[test]
fn check_json_on_sahel_follows_the_contract() {
    let r = claimdiff_run(["check", SAHEL, "--format", "json"]);
    let doc = json(&r.stdout);
    assert_eq!(doc["schema_version"], 1);

    let mut stems: Vec<String> = std::fs::read_dir(root().join(SAHEL))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.extension().is_some_and(|e| e == "txt"))
        .map(|p| p.file_stem().unwrap().to_string_lossy().into_owned())
        .collect();
    stems.sort();
    assert_eq!(stems.len(), 5);
    let ids: Vec<&str> = doc["sources"]
        .as_array()
        .expect("sources is an array")
        .iter()
        .map(|s| str_of(s, "id"))
        .collect();
    assert_eq!(ids, stems, "sources are the file stems, sorted");

    let facts = doc["facts"].as_array().expect("facts is an array");
    assert!(!facts.is_empty(), "the Sahel story has facts");
    let verdicts: BTreeSet<&str> = ["agree", "conflict", "variant", "single_source"].into();
    let mut any_conflict = false;
    for fact in facts {
        str_of(fact, "id");
        str_of(fact, "kind");
        let verdict = str_of(fact, "verdict");
        assert!(verdicts.contains(verdict), "unknown verdict {verdict}");
        any_conflict |= verdict == "conflict";
        let reports = fact["reports"].as_array().expect("reports is an array");
        assert!(!reports.is_empty(), "fact {} has no reports", fact["id"]);
        let sources: BTreeSet<&str> = reports.iter().map(|r| str_of(r, "source")).collect();
        if verdict == "single_source" {
            assert_eq!(sources.len(), 1, "single_source fact {}", fact["id"]);
        } else if verdict == "variant" && sources.len() == 1 {
            // A name one source writes two ways is a variant of its own.
            assert!(
                fact["notes"].to_string().contains("itself writes it"),
                "variant fact {} has one source",
                fact["id"]
            );
        } else {
            assert!(
                sources.len() >= 2,
                "{verdict} fact {} has one source",
                fact["id"]
            );
        }
        for report in reports {
            let source = str_of(report, "source");
            assert!(stems.iter().any(|s| s == source), "unknown source {source}");
            let surface = str_of(report, "surface");
            assert!(!surface.is_empty());
            let line = report["line"].as_u64().expect("line is a number");
            let column = report["column"].as_u64().expect("column is a number");
            let value = &report["value"];
            if fact["kind"] == "date" {
                // Only resolved event dates take part in facts.
                assert!(value["start"].is_string() && value["end"].is_string());
                assert!(value["start"].as_str() <= value["end"].as_str());
                assert!(value["precision"].is_string());
                assert_eq!(report["role"], "event");
                assert!(report["event"].is_string());
            } else if fact["kind"] == "quote" {
                assert!(value["text"].is_string() && value["kind"].is_string());
                assert!(fact["quote"]["renderings"].is_array());
            } else if fact["kind"] == "name" || fact["kind"] == "affiliation" {
                assert!(value["name"].is_string() && value["type"].is_string());
                if fact["kind"] == "affiliation" {
                    assert!(value["country"]["place"].is_string());
                }
            } else {
                assert!(value.get("min").is_some() && value.get("max").is_some());
                assert!(value["min"].is_null() || value["min"].is_number());
                assert!(value["max"].is_null() || value["max"].is_number());
            }
            assert!(report.get("claimant").is_some(), "claimant key is present");
            assert!(report["claimant"].is_null() || report["claimant"].is_string());
            let text = read(format!("{SAHEL}/{source}.txt"));
            assert_surface_at(
                &text,
                line,
                column,
                surface,
                &format!("{source} in {}", fact["id"]),
            );
        }
    }
    let summary = &doc["summary"];
    assert_eq!(summary["sources"], 5);
    assert_eq!(summary["facts"].as_u64(), Some(facts.len() as u64));
    let expected = if any_conflict { 1 } else { 0 };
    assert_eq!(
        r.code, expected,
        "exit code must say whether a fact is in conflict\n{}",
        r.stderr
    );
}

#[test]
fn check_json_output_is_byte_identical_across_runs() {
    let a = claimdiff()
        .args(["check", SAHEL, "--format", "json"])
        .output()
        .unwrap();
    let b = claimdiff()
        .args(["check", SAHEL, "--format", "json"])
        .output()
        .unwrap();
    assert!(!a.stdout.is_empty());
    assert_eq!(a.stdout, b.stdout);
    assert_eq!(a.stderr, b.stderr);
    assert_eq!(a.status.code(), b.status.code());
}

#[test]
fn check_terminal_report_has_headings_and_a_summary_line() {
    let r = claimdiff_run(["check", SAHEL]);
    assert!(r.code == 0 || r.code == 1, "exit {}: {}", r.code, r.stderr);
    let last = r.stdout.lines().last().expect("some output");
    assert!(
        last.starts_with("claimdiff: 5 sources,"),
        "last line is `{last}`"
    );
    // Conflicts and variants are listed under headings that match the summary's counts;
    // agreements and single-source facts are counted per kind unless --show or --verbose asks.
    let doc = json(&claimdiff_run(["check", SAHEL, "--format", "json"]).stdout);
    let headings = [
        ("Conflicts (", "conflict"),
        ("Variants (", "variant"),
        ("Agreements (", "agree"),
        ("Single source (", "single_source"),
    ];
    let verbose = claimdiff_run(["check", SAHEL, "--verbose"]).stdout;
    let show = claimdiff_run(["check", SAHEL, "--show", "agree,conflict"]).stdout;
    for (i, (heading, key)) in headings.into_iter().enumerate() {
        let n = doc["summary"][key].as_u64().unwrap();
        assert!(n > 0, "the story has {key} facts");
        let listed = |out: &str| {
            let line = out.lines().find(|l| l.starts_with(heading));
            line.inspect(|l| assert_eq!(*l, format!("{heading}{n})"), "heading for {key}"))
                .is_some()
        };
        assert_eq!(listed(&r.stdout), i < 2, "{key} listed by default");
        assert!(listed(&verbose), "{key} listed with --verbose");
        assert_eq!(
            listed(&show),
            key == "agree" || key == "conflict",
            "--show: {key}"
        );
        let counted = format!("  {n} {key}: ");
        assert!(r.stdout.contains(&counted), "`{counted}` in {}", r.stdout);
    }
    // The findings open the report: the heading line, the counts, then the first conflict.
    let lines: Vec<&str> = r.stdout.lines().collect();
    assert!(
        lines[0].starts_with("claimdiff: 5 sources, "),
        "{}",
        lines[0]
    );
    assert_eq!(lines[3], "Findings");
    assert!(lines[4].starts_with("  ≠ "), "{}", lines[4]);
}

#[test]
fn check_warns_about_sources_without_a_publication_date() {
    let r = claimdiff_run(["check", SAHEL, "--format", "json"]);
    let doc = json(&r.stdout);
    for source in doc["sources"].as_array().unwrap() {
        let id = str_of(source, "id");
        let warned = r
            .stderr
            .lines()
            .any(|l| l.contains("warning") && l.contains(id) && l.contains("publication date"));
        assert_eq!(
            source["published"].is_null(),
            warned,
            "{id}: a warning exactly when the date is unknown\n{}",
            r.stderr
        );
    }
    // 000 is dated by story.yaml, 001 and 002 by a byline in their text.
    let published: Vec<(&str, &Value, &Value)> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (str_of(s, "id"), &s["published"], &s["published_from"]))
        .collect();
    assert_eq!(published[0].1, "2024-09-02");
    assert_eq!(published[0].2, "manifest");
    assert_eq!(published[1].1, "2024-09-02");
    assert_eq!(published[1].2, "text");
    assert_eq!(published[2].1, "2023-09-18");
    assert_eq!(published[2].2, "text");
}

// ---------------------------------------------------------------------------------------------
// claims on single Sahel articles
// ---------------------------------------------------------------------------------------------

#[test]
fn claims_004_reads_rebel_and_jnim_figures() {
    let claims = claims_of(SAHEL_004);
    let text = read(SAHEL_004);
    for c in &claims {
        assert_surface_at(
            &text,
            c["line"].as_u64().unwrap(),
            c["column"].as_u64().unwrap(),
            str_of(c, "surface"),
            "004",
        );
        let span = &c["span"];
        let (start, end) = (
            span["start"].as_u64().unwrap() as usize,
            span["end"].as_u64().unwrap() as usize,
        );
        assert_eq!(
            &text[start..end],
            str_of(c, "surface"),
            "span is the surface"
        );
    }
    let casualties: Vec<&Value> = claims
        .iter()
        .filter(|c| c["kind"] == "casualty_count")
        .collect();

    let wagner = casualties
        .iter()
        .find(|c| c["value"]["min"] == 84)
        .expect("a casualty claim of at least 84");
    assert!(
        wagner["value"]["max"].is_null(),
        "at least 84 has no upper bound"
    );
    assert_eq!(wagner["outcome"], "killed");
    assert!(str_of(wagner, "victims").contains("Wagner mercenaries"));

    let soldiers = casualties
        .iter()
        .find(|c| is_exact(c, 47))
        .expect("a casualty claim of exactly 47");
    assert_eq!(soldiers["outcome"], "killed");
    assert!(str_of(soldiers, "victims").contains("Malian soldiers"));

    for n in [50, 10] {
        let c = casualties
            .iter()
            .find(|c| is_exact(c, n))
            .unwrap_or_else(|| panic!("a casualty claim of exactly {n}"));
        let claimant = c["claimant"]
            .as_str()
            .unwrap_or_else(|| panic!("{n} has a claimant"));
        assert!(claimant.contains("JNIM"), "claimant of {n} is `{claimant}`");
    }
}

#[test]
fn claims_000_keeps_about_twenty_casualties_apart_from_killed_and_marks_teasers() {
    let claims = claims_of(SAHEL_000);
    let text = read(SAHEL_000);
    let twenty = claims
        .iter()
        .find(|c| str_of(c, "surface").contains("about twenty civilian casualties"))
        .expect("the claim `about twenty civilian casualties`");
    assert_eq!(twenty["kind"], "casualty_count");
    assert_eq!(twenty["outcome"], "casualties");
    assert_eq!(twenty["value"]["min"], 18);
    assert_eq!(twenty["value"]["max"], 22);
    assert_eq!(twenty["value"]["hedge"]["kind"], "approximate");
    assert_eq!(twenty["value"]["hedge"]["words"], "about");
    let claimant = twenty["claimant"].as_str().expect("a claimant");
    assert!(claimant.contains("separatists"), "claimant is `{claimant}`");
    assert_eq!(twenty["teaser"], false);

    // A claim is a teaser exactly when its line is a "Read also" line.
    let lines: Vec<&str> = text.split('\n').collect();
    let mut teasers = 0;
    for c in &claims {
        let line = lines[c["line"].as_u64().unwrap() as usize - 1];
        let in_teaser = line.trim_start().to_lowercase().starts_with("read also");
        assert_eq!(
            c["teaser"].as_bool(),
            Some(in_teaser),
            "`{}` on line `{line}`",
            c["surface"]
        );
        teasers += usize::from(in_teaser);
    }
    assert!(
        teasers >= 2,
        "the two Read also headlines yield teaser claims"
    );
}

#[test]
fn claims_001_skip_breaking_ticker_and_most_read_block() {
    let claims = claims_of(SAHEL_001);
    let text = read(SAHEL_001);
    let lines: Vec<&str> = text.split('\n').collect();
    // 1-based line numbers, found in the file.
    let breaking = lines
        .iter()
        .position(|l| l.trim() == "BREAKING")
        .expect("a BREAKING line")
        + 1;
    let ticker_end = breaking
        + lines[breaking..]
            .iter()
            .position(|l| l.trim().is_empty())
            .expect("the ticker ends at a blank line");
    let most_read = lines
        .iter()
        .position(|l| l.trim() == "Most Read")
        .expect("a Most Read line")
        + 1;
    assert!(
        lines[breaking..ticker_end]
            .iter()
            .any(|l| l.contains("9 martyrs"))
    );
    // The scraped line has a narrow no-break space (U+202F) between "$900" and "million".
    assert!(
        lines[most_read..]
            .iter()
            .any(|l| l.contains("$900\u{202f}million"))
    );

    assert!(!claims.is_empty(), "the article body has claims");
    for c in &claims {
        let line = c["line"].as_u64().unwrap() as usize;
        assert!(
            !(breaking..=ticker_end).contains(&line),
            "claim `{}` on line {line} is inside the ticker ({breaking}..={ticker_end})",
            c["surface"]
        );
        assert!(
            line < most_read,
            "claim `{}` on line {line} is after Most Read (line {most_read})",
            c["surface"]
        );
        let surface = str_of(c, "surface");
        assert!(
            !surface.contains("martyrs") && !surface.contains("900"),
            "{surface}"
        );
    }
}

// ---------------------------------------------------------------------------------------------
// --fail-on and verdicts on synthetic stories
// ---------------------------------------------------------------------------------------------

const CONFLICT_A: &str = "---\npublished: 2024-05-01\n---\n\
    Twelve civilians were killed in the attack on the market, police said.\n";
const CONFLICT_B: &str = "---\npublished: 2024-05-01\n---\n\
    The attack on the market killed 30 civilians, police said.\n";
const AGREE_A: &str = "---\npublished: 2024-05-01\n---\n\
    Gunmen killed 12 civilians in the attack on the market, police said.\n";
const AGREE_B: &str = "---\npublished: 2024-05-01\n---\n\
    Twelve civilians were killed in the attack on the market, police said.\n";

fn only_fact(stdout: &str) -> Value {
    let doc = json(stdout);
    let facts = doc["facts"].as_array().expect("facts");
    assert_eq!(facts.len(), 1, "one fact expected: {stdout}");
    facts[0].clone()
}

#[test]
fn conflicting_counts_exit_1_by_default() {
    let dir = story(&[("a.txt", CONFLICT_A), ("b.txt", CONFLICT_B)]);
    let r = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 1, "{}{}", r.stdout, r.stderr);
    let fact = only_fact(&r.stdout);
    assert_eq!(fact["verdict"], "conflict");
    assert_eq!(fact["kind"], "casualty_count");
    let values: BTreeSet<u64> = fact["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| r["value"]["min"].as_u64().unwrap())
        .collect();
    assert_eq!(values, [12, 30].into());

    // The terminal report shows the conflict with its evidence sentences.
    let r = run(claimdiff().arg("check").arg(dir.path()));
    assert_eq!(r.code, 1);
    assert!(r.stdout.contains("Conflicts (1)"), "{}", r.stdout);
    assert!(r.stdout.contains("killed 30 civilians"), "{}", r.stdout);
}

#[test]
fn fail_on_never_exits_0_despite_a_conflict() {
    let dir = story(&[("a.txt", CONFLICT_A), ("b.txt", CONFLICT_B)]);
    let r = run(claimdiff().arg("check").arg(dir.path()).args([
        "--fail-on",
        "never",
        "--format",
        "json",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(only_fact(&r.stdout)["verdict"], "conflict");
}

#[test]
fn agreeing_counts_in_words_and_digits_exit_0_with_verdict_agree() {
    let dir = story(&[("a.txt", AGREE_A), ("b.txt", AGREE_B)]);
    let r = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}{}", r.stdout, r.stderr);
    let fact = only_fact(&r.stdout);
    assert_eq!(fact["verdict"], "agree");
    for report in fact["reports"].as_array().unwrap() {
        assert!(is_exact(report, 12), "{report}");
    }
    // Stricter thresholds: an agreement is below every threshold.
    for fail_on in ["conflict", "variant"] {
        let r = run(claimdiff()
            .arg("check")
            .arg(dir.path())
            .args(["--fail-on", fail_on]));
        assert_eq!(r.code, 0, "--fail-on {fail_on}");
    }
}

#[test]
fn fail_on_single_source_exits_1_when_a_fact_has_one_source() {
    let dir = story(&[
        ("a.txt", AGREE_A),
        (
            "b.txt",
            "---\npublished: 2024-05-01\n---\n\
             Twelve civilians were killed in the attack on the market, police said. \
             Four soldiers were wounded in the attack, the army said.\n",
        ),
    ]);
    let r = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "default --fail-on conflict: {}", r.stdout);
    let doc = json(&r.stdout);
    let verdicts: Vec<&str> = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| str_of(f, "verdict"))
        .collect();
    assert!(verdicts.contains(&"single_source"), "{verdicts:?}");
    assert!(!verdicts.contains(&"conflict"), "{verdicts:?}");

    let r = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .args(["--fail-on", "single_source"]));
    // `single_source` is the spelling the README and the JSON verdicts use.
    assert_eq!(r.code, 1, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
}

#[test]
fn story_rules_yaml_adds_victim_phrases_used_for_alignment() {
    // Without the story's rules "shoppers" is no victim group, so the two claims are separate
    // facts; with it they are one civilian fact, and 12 against 30 is a conflict.
    let a = "---\npublished: 2024-05-01\n---\n\
             Twelve shoppers were killed in the attack on the market, police said.\n";
    let dir = story(&[("a.txt", a), ("b.txt", CONFLICT_B)]);
    let before = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(before.code, 0, "{}", before.stdout);
    std::fs::write(
        dir.path().join("rules.yaml"),
        "casualties:\n  victims:\n    - {name: civilians, words: [shoppers]}\n",
    )
    .unwrap();
    let after = run(claimdiff()
        .arg("check")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(after.code, 1, "{}{}", after.stdout, after.stderr);
    assert_eq!(only_fact(&after.stdout)["verdict"], "conflict");
}

#[test]
fn one_article_exits_0_and_warns_naming_the_file() {
    let dir = story(&[("only.txt", CONFLICT_A)]);
    let r = run(claimdiff().arg("check").arg(dir.path()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let warning = r
        .stderr
        .lines()
        .find(|l| l.contains("warning"))
        .unwrap_or_else(|| panic!("a warning on stderr: {}", r.stderr));
    assert!(warning.contains("only.txt"), "{warning}");
    assert!(r.stdout.contains("claimdiff: 1 sources,"), "{}", r.stdout);
}

// ---------------------------------------------------------------------------------------------
// Errors: exit 2, the message names the file
// ---------------------------------------------------------------------------------------------

/// Runs `check` on a story made of `files` plus a valid second article, expects exit 2 and
/// returns stderr.
fn check_fails(files: &[(&str, &[u8])]) -> (tempfile::TempDir, String) {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.txt"), CONFLICT_B).unwrap();
    for (name, bytes) in files {
        std::fs::write(dir.path().join(name), bytes).unwrap();
    }
    let r = run(claimdiff().arg("check").arg(dir.path()));
    assert_eq!(r.code, 2, "stdout: {}\nstderr: {}", r.stdout, r.stderr);
    assert!(r.stdout.is_empty(), "no report on error: {}", r.stdout);
    (dir, r.stderr)
}

/// Like [`check_fails`], and asserts that the message holds every one of `needles`.
fn fails_naming(files: &[(&str, &[u8])], needles: &[&str]) {
    let (_dir, stderr) = check_fails(files);
    for needle in needles {
        assert!(stderr.contains(needle), "expected `{needle}` in: {stderr}");
    }
}

#[test]
fn missing_path_exits_2_naming_it() {
    let r = claimdiff_run(["check", "fixtures/no-such-story"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("fixtures/no-such-story"), "{}", r.stderr);
}

#[test]
fn directory_without_articles_exits_2_naming_it() {
    let dir = story(&[
        ("story.yaml", "sources: {}\n"),
        (".hidden.txt", "Ten people died.\n"),
    ]);
    let r = run(claimdiff().arg("check").arg(dir.path()));
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains(&dir.path().display().to_string()),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("no articles"), "{}", r.stderr);
}

// Bad articles that are skipped with a warning (or fail with --strict) are in
// tests/bad_input.rs.

#[test]
fn unclosed_front_matter_exits_2_naming_the_file() {
    fails_naming(
        &[(
            "open.txt",
            b"---\noutlet: X\n\nTwelve civilians were killed.\n",
        )],
        &["open.txt", "never closed"],
    );
}

#[test]
fn malformed_front_matter_reports_file_line_column() {
    let (dir, stderr) = check_fails(&[(
        "typo.txt",
        b"---\noutlet: X\npublished: [2024-01-01\n---\nTwelve civilians were killed.\n",
    )]);
    let at = format!("{}:", dir.path().join("typo.txt").display());
    assert!(stderr.contains(&at), "expected `{at}` in: {stderr}");
}

#[test]
fn published_not_a_date_is_a_warning_naming_file_line_column_and_value() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("ok.txt"), CONFLICT_B).unwrap();
    let bad = b"---\npublished: not-a-date\n---\nTwelve civilians were killed.\n";
    std::fs::write(dir.path().join("date.txt"), bad).unwrap();
    let r = run(claimdiff().arg("check").arg(dir.path()).args([
        "--format",
        "json",
        "--fail-on",
        "never",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let at = format!(
        "{}: 2:12: published:",
        dir.path().join("date.txt").display()
    );
    assert!(r.stderr.contains(&at), "expected `{at}` in: {}", r.stderr);
    assert!(r.stderr.contains("not-a-date"), "{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["sources"][0]["id"], "date");
    assert_eq!(doc["sources"][0]["meta"]["published"], "not-a-date");
    assert!(doc["sources"][0]["published"].is_null());
    // --strict makes it an error.
    let r = run(claimdiff().arg("check").arg(dir.path()).arg("--strict"));
    assert_eq!(r.code, 2, "{}", r.stderr);
    let at = format!("{}:2:12:", dir.path().join("date.txt").display());
    assert!(r.stderr.contains(&at), "expected `{at}` in: {}", r.stderr);
}

#[test]
fn manifest_source_without_article_exits_2_naming_manifest_and_source() {
    fails_naming(
        &[
            ("a.txt", AGREE_A.as_bytes()),
            (
                "story.yaml",
                b"sources:\n  a:\n    outlet: A\n  ghost:\n    outlet: B\n",
            ),
        ],
        &["story.yaml", "ghost"],
    );
}

#[test]
fn manifest_unreadable_value_is_a_warning_naming_file_line_column() {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), AGREE_A).unwrap();
    std::fs::write(dir.path().join("b.txt"), AGREE_B).unwrap();
    std::fs::write(
        dir.path().join("story.yaml"),
        "sources:\n  a:\n    outlet: A\n    section: World\n  b:\n    date: someday\n",
    )
    .unwrap();
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let at = format!("{}: 6:11: date:", dir.path().join("story.yaml").display());
    assert!(r.stderr.contains(&at), "expected `{at}` in: {}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["sources"][0]["meta"]["section"], "World");
    assert_eq!(doc["sources"][1]["meta"]["date"], "someday");
}

/// `check STORY --rules RULES`.
fn check_with_rules(story: &std::path::Path, rules: &std::path::Path) -> Run {
    run(claimdiff()
        .arg("check")
        .arg(story)
        .arg("--rules")
        .arg(rules))
}

#[test]
fn rules_file_with_unknown_key_reports_file_line_column_and_key() {
    let dir = story(&[
        ("a.txt", AGREE_A),
        ("b.txt", AGREE_B),
        ("bad-rules.yaml", "segment: {abreviations: [x]}\n"),
    ]);
    let rules = dir.path().join("bad-rules.yaml");
    let r = check_with_rules(dir.path(), &rules);
    assert_eq!(r.code, 2, "{}", r.stdout);
    let at = format!("{}:1:", rules.display());
    assert!(r.stderr.contains(&at), "expected `{at}` in: {}", r.stderr);
    let tail = &r.stderr[r.stderr.find(&at).unwrap() + at.len()..];
    assert!(
        tail.starts_with(|c: char| c.is_ascii_digit()),
        "a column follows the line: {}",
        r.stderr
    );
    assert!(r.stderr.contains("abreviations"), "{}", r.stderr);
}

#[test]
fn rules_file_with_wrong_type_reports_file_line_column_and_key() {
    let dir = story(&[
        ("a.txt", AGREE_A),
        ("b.txt", AGREE_B),
        ("typed.yaml", "segment:\n  abbreviations: 3\n"),
    ]);
    let rules = dir.path().join("typed.yaml");
    let r = check_with_rules(dir.path(), &rules);
    assert_eq!(r.code, 2, "{}", r.stdout);
    let at = format!("{}:2:", rules.display());
    assert!(r.stderr.contains(&at), "expected `{at}` in: {}", r.stderr);
    assert!(r.stderr.contains("abbreviations"), "{}", r.stderr);
}

#[test]
fn story_rules_yaml_errors_name_that_file() {
    let dir = story(&[
        ("a.txt", AGREE_A),
        ("b.txt", AGREE_B),
        ("rules.yaml", "events:\n  kidnapping: kidnapped\n"),
    ]);
    let r = run(claimdiff().arg("check").arg(dir.path()));
    assert_eq!(r.code, 2, "{}", r.stdout);
    let at = format!("{}:2:", dir.path().join("rules.yaml").display());
    assert!(r.stderr.contains(&at), "expected `{at}` in: {}", r.stderr);
}

#[test]
fn unknown_option_value_is_a_usage_error() {
    let r = claimdiff_run(["check", SAHEL, "--fail-on", "sometimes"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("sometimes"), "{}", r.stderr);
    assert!(r.stdout.is_empty());
}

// ---------------------------------------------------------------------------------------------
// rules check
// ---------------------------------------------------------------------------------------------

#[test]
fn rules_check_accepts_the_default_rules() {
    let r = claimdiff_run(["rules", "check", "rules/default.yaml"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("rules/default.yaml"), "{}", r.stdout);
    assert!(r.stdout.contains("ok"), "{}", r.stdout);
}

#[test]
fn rules_check_rejects_a_bad_file_with_exit_2() {
    let dir = story(&[("bad.yaml", "version: 1\nnumbers:\n  hedgez: []\n")]);
    let path = dir.path().join("bad.yaml");
    let r = run(claimdiff().args(["rules", "check"]).arg(&path));
    assert_eq!(r.code, 2, "{}", r.stdout);
    assert!(
        r.stderr.contains(&format!("{}:3:", path.display())),
        "{}",
        r.stderr
    );
    assert!(r.stderr.contains("hedgez"), "{}", r.stderr);
    assert!(!r.stdout.contains("ok"), "{}", r.stdout);
}

// ---------------------------------------------------------------------------------------------
// Colour
// ---------------------------------------------------------------------------------------------

#[test]
fn color_always_emits_ansi_escapes() {
    let r = claimdiff_run(["check", SAHEL, "--color", "always"]);
    assert!(r.stdout.contains("\x1b["), "{}", r.stdout);
}

#[test]
fn color_always_is_not_applied_to_json() {
    let r = claimdiff_run(["check", SAHEL, "--color", "always", "--format", "json"]);
    assert!(!r.stdout.contains('\x1b'));
    json(&r.stdout);
}

#[test]
fn piped_output_has_no_colour_by_default() {
    let r = claimdiff_run(["check", SAHEL]);
    assert!(!r.stdout.contains('\x1b'), "{}", r.stdout);
    let r = claimdiff_run(["check", SAHEL, "--color", "never"]);
    assert!(!r.stdout.contains('\x1b'));
}

#[test]
fn no_color_env_disables_auto_colour() {
    let r = run(claimdiff()
        .env("NO_COLOR", "1")
        .args(["check", SAHEL, "--color", "auto"]));
    assert!(!r.stdout.contains('\x1b'), "{}", r.stdout);
}

/// Piping the binary's stdout never reaches the `auto` + terminal case, so that decision is
/// checked through the library entry point with the environment the binary would observe.
/// Colour is a value passed to the reporter, so runs in one process cannot leak it to each other,
/// and it adds escape codes only: without them the coloured report is the plain one.
#[test]
fn auto_colour_follows_terminal_and_no_color_through_run() {
    use claimdiff::cli::Environment;
    let args = |color: &str| -> Vec<std::ffi::OsString> {
        ["claimdiff", "check", SAHEL, "--color", color]
            .iter()
            .map(|s| {
                if *s == SAHEL {
                    root().join(SAHEL).into_os_string()
                } else {
                    s.into()
                }
            })
            .collect()
    };
    let render = |color: &str, stdout_is_terminal: bool, no_color: bool| -> String {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let env = Environment {
            stdout_is_terminal,
            no_color,
            ..Environment::default()
        };
        let code = claimdiff::run(args(color), env, &mut out, &mut err);
        assert!(code == 0 || code == 1, "{}", String::from_utf8_lossy(&err));
        String::from_utf8(out).unwrap()
    };
    assert!(
        render("auto", true, false).contains("\x1b["),
        "terminal, no NO_COLOR"
    );
    assert!(
        !render("auto", true, true).contains('\x1b'),
        "terminal, NO_COLOR"
    );
    assert!(
        !render("auto", false, false).contains('\x1b'),
        "not a terminal"
    );
    assert!(
        render("always", false, true).contains("\x1b["),
        "--color always wins"
    );
    assert!(
        !render("never", true, false).contains('\x1b'),
        "--color never wins"
    );
    assert_eq!(
        strip_escapes(&render("always", false, false)),
        render("never", false, false)
    );
}

/// `text` without its ANSI SGR sequences (`ESC [ … m`).
fn strip_escapes(text: &str) -> String {
    let mut plain = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find("\x1b[") {
        plain.push_str(&rest[..at]);
        let after = &rest[at + 2..];
        rest = after.find('m').map_or("", |m| &after[m + 1..]);
    }
    plain.push_str(rest);
    plain
}

// ---------------------------------------------------------------------------------------------
// Broken pipe
// ---------------------------------------------------------------------------------------------

#[test]
fn closed_stdout_pipe_ends_without_panic() {
    for format in ["terminal", "json"] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .current_dir(root())
            .args(["check", SAHEL, "--format", format, "--verbose"])
            .stdout(Stdio::piped())
            .stderr(Stdio::piped())
            .spawn()
            .expect("claimdiff starts");
        // Close the read end before claimdiff writes anything.
        drop(child.stdout.take());
        let mut stderr = String::new();
        child
            .stderr
            .take()
            .unwrap()
            .read_to_string(&mut stderr)
            .unwrap();
        let status = child.wait().unwrap();
        assert!(!stderr.contains("panicked"), "{format}: {stderr}");
        let code = status.code();
        assert!(
            code == Some(0) || code == Some(1),
            "{format}: exit {status:?}, stderr: {stderr}"
        );
    }
}

#[test]
fn output_writes_the_report_to_a_file_and_nothing_to_stdout() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.json");
    let r = claimdiff_run([
        "check",
        SAHEL,
        "--format",
        "json",
        "--fail-on",
        "never",
        "--output",
        file.to_str().unwrap(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(r.stdout, "");
    let doc = json(&std::fs::read_to_string(&file).unwrap());
    assert_eq!(doc["summary"]["sources"], 5);
    // No temporary file is left behind.
    let names: Vec<String> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert_eq!(names, ["report.json"]);
}

#[test]
fn output_into_a_missing_directory_is_an_error_naming_it() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("no-such-dir").join("report.json");
    let r = claimdiff_run(["check", SAHEL, "--output", file.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no-such-dir"), "{}", r.stderr);
}

#[test]
fn explain_prints_a_topic_and_refuses_an_unknown_one() {
    let r = claimdiff_run(["explain", "conflict"]);
    assert_eq!(r.code, 0);
    assert!(
        r.stdout
            .starts_with("conflict: sources give values that cannot all be true")
    );
    assert!(r.stdout.contains("Why it matters"));
    let r = claimdiff_run(["explain"]);
    assert_eq!(r.code, 0);
    assert_eq!(r.stdout.lines().count(), 12, "{}", r.stdout);
    let r = claimdiff_run(["explain", "toll"]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("no topic `toll`"), "{}", r.stderr);
}

#[test]
fn explain_prints_a_measure_of_the_rules() {
    let r = claimdiff_run(["explain", "Vote-Share"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.starts_with("vote_share: "), "{}", r.stdout);
    assert!(r.stdout.contains("Class\n  percent"), "{}", r.stdout);
    assert!(r.stdout.contains("of the vote"), "{}", r.stdout);
}

#[test]
fn the_terminal_report_wraps_to_the_terminal_width_and_to_80_when_piped() {
    let lines_of = |width: Option<usize>| -> Vec<String> {
        let (mut out, mut err) = (Vec::new(), Vec::new());
        let env = claimdiff::cli::Environment {
            stdout_is_terminal: width.is_some(),
            no_color: true,
            width,
            ..Default::default()
        };
        let sahel = root().join(SAHEL);
        let args = [
            "claimdiff".into(),
            "check".into(),
            sahel.into_os_string(),
            "--fail-on".into(),
            "never".into(),
        ];
        let code = claimdiff::run(args, env, &mut out, &mut err);
        assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
        String::from_utf8(out)
            .unwrap()
            .lines()
            .map(str::to_string)
            .collect()
    };
    // Every line but the one-line summary, which is never wrapped.
    let widest = |lines: &[String]| {
        assert!(lines.last().unwrap().starts_with("claimdiff: 5 sources"));
        lines[..lines.len() - 1]
            .iter()
            .map(|l| l.chars().count())
            .max()
            .unwrap_or(0)
    };
    let piped = lines_of(None);
    assert!(widest(&piped) <= 80, "{}", widest(&piped));
    let wide = lines_of(Some(160));
    assert!(
        widest(&wide) > 80 && widest(&wide) <= 160,
        "{}",
        widest(&wide)
    );
    // The matrix: a header of source labels, then a row per fact that is not single_source.
    let header = piped
        .iter()
        .find(|l| l.trim_start().starts_with("000 001 002 003 004"))
        .unwrap();
    assert!(header.ends_with("000 001 002 003 004"), "{header}");
    let row = piped
        .iter()
        .find(|l| l.trim_start().starts_with("date/coup/niger"))
        .unwrap();
    let marks: Vec<&str> = row.split_whitespace().skip(1).collect();
    assert_eq!(marks, ["≠", "·", "·", "·", "≠"]);
}

#[test]
fn every_format_is_byte_identical_across_runs() {
    for format in [
        "terminal",
        "json",
        "markdown",
        "html",
        "sarif",
        "junit",
        "claimreview",
    ] {
        let run = || {
            claimdiff_run([
                "check",
                SAHEL,
                "--format",
                format,
                "--fail-on",
                "never",
                "--color",
                "never",
            ])
        };
        let (a, b) = (run(), run());
        assert_eq!(a.code, 0, "{format}: {}", a.stderr);
        assert!(!a.stdout.is_empty(), "{format}");
        assert_eq!(a.stdout, b.stdout, "{format} differs between runs");
    }
}
