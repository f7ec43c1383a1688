//! CLI tests of the CI formats: `check --format sarif` and `check --format junit` on the fixture
//! stories, read back with real parsers (the `serde-sarif` model of SARIF 2.1.0, `roxmltree` for
//! XML) and compared with the same story's `check --format json` facts. Locations are checked
//! against the article files themselves.

use std::collections::{BTreeMap, BTreeSet};

use serde_json::Value;
use serde_sarif::sarif::{ResultLevel, Sarif};

use crate::common::*;

const SAHEL: &str = "fixtures/sahel-2024";
const QUOTES: &str = "fixtures/invented-quotes";

/// The SARIF log of `check STORY --format sarif`, parsed into the typed SARIF model, and the
/// same output as plain JSON.
fn sarif(story: &str) -> (Sarif, Value) {
    let r = claimdiff_run(["check", story, "--format", "sarif", "--fail-on", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let log: Sarif = serde_json::from_str(&r.stdout)
        .unwrap_or_else(|e| panic!("not a SARIF 2.1.0 log ({e}):\n{}", r.stdout));
    (log, json(&r.stdout))
}

/// Facts of `check STORY --format json` that SARIF reports (conflict and variant), by id.
fn flagged_facts(story: &str) -> BTreeMap<String, Value> {
    check_facts(story)
        .into_iter()
        .filter(|f| f["verdict"] == "conflict" || f["verdict"] == "variant")
        .map(|f| (str_of(&f, "id").to_string(), f))
        .collect()
}

#[test]
fn sarif_has_one_result_per_conflict_and_variant_with_kind_and_level() {
    for story in [SAHEL, QUOTES] {
        let (log, _) = sarif(story);
        assert_eq!(log.version, "2.1.0");
        assert_eq!(log.runs.len(), 1, "{story}: one run");
        let run = &log.runs[0];
        let driver = &run.tool.driver;
        assert_eq!(driver.name, "claimdiff");
        assert_eq!(driver.version.as_deref(), Some(env!("CARGO_PKG_VERSION")));

        let facts = flagged_facts(story);
        let results = run.results.as_ref().expect("results are present");
        assert_eq!(
            results.len(),
            facts.len(),
            "{story}: results = conflicts + variants"
        );
        let rules: Vec<&str> = driver
            .rules
            .as_ref()
            .expect("rules are present")
            .iter()
            .map(|r| r.id.as_str())
            .collect();
        let mut seen = BTreeSet::new();
        for result in results {
            let text = result.message.text.as_deref().expect("a message text");
            let id = text.split(':').next().unwrap();
            let fact = facts
                .get(id)
                .unwrap_or_else(|| panic!("{story}: result `{text}` names no flagged fact"));
            assert!(seen.insert(id), "{story}: {id} reported twice");
            let rule_id = result.rule_id.as_deref().expect("a ruleId");
            assert_eq!(
                rule_id,
                str_of(fact, "kind"),
                "{id}: ruleId is the fact kind"
            );
            let index = result.rule_index.expect("a ruleIndex") as usize;
            assert_eq!(rules[index], rule_id, "{id}: ruleIndex points at its rule");
            let level = match str_of(fact, "verdict") {
                "conflict" => ResultLevel::Error,
                _ => ResultLevel::Warning,
            };
            assert_eq!(result.level, Some(level), "{id}: level follows the verdict");
            for note in fact["notes"].as_array().unwrap() {
                assert!(
                    text.contains(note.as_str().unwrap()),
                    "{id}: message has {note}"
                );
            }
            let fingerprints = result.partial_fingerprints.as_ref().expect("fingerprints");
            assert_eq!(fingerprints.len(), 1);
            let reports = fact["reports"].as_array().unwrap();
            assert_eq!(
                result.locations.as_ref().map(Vec::len),
                Some(reports.len()),
                "{id}: one location per report"
            );
        }
        let kinds: BTreeSet<&str> = facts.values().map(|f| str_of(f, "kind")).collect();
        assert_eq!(
            rules,
            kinds.into_iter().collect::<Vec<_>>(),
            "{story}: one rule per reported kind"
        );
    }
}

#[test]
fn sarif_on_sahel_reports_its_two_conflicts_as_errors() {
    let (log, _) = sarif(SAHEL);
    let errors: BTreeSet<&str> = log.runs[0]
        .results
        .as_ref()
        .unwrap()
        .iter()
        .filter(|r| r.level == Some(ResultLevel::Error))
        .map(|r| {
            r.message
                .text
                .as_deref()
                .unwrap()
                .split(':')
                .next()
                .unwrap()
        })
        .collect();
    assert_eq!(
        errors,
        BTreeSet::from(["affiliation/fpl", "date/coup/niger"])
    );
}

#[test]
fn sarif_locations_point_at_their_snippets_in_the_fixture_files() {
    for story in [SAHEL, QUOTES] {
        let (log, _) = sarif(story);
        assert_eq!(
            log.runs[0].column_kind,
            Some(Value::from("unicodeCodePoints")),
            "columns count characters, as the reports do"
        );
        let mut checked = 0;
        for result in log.runs[0].results.as_ref().unwrap() {
            for location in result.locations.as_ref().unwrap() {
                let physical = location.physical_location.as_ref().expect("physical");
                let uri = physical
                    .artifact_location
                    .as_ref()
                    .and_then(|a| a.uri.as_deref())
                    .expect("a uri");
                assert!(uri.starts_with(&format!("{story}/")), "{uri} is relative");
                assert!(!uri.contains('\\'), "{uri} uses / separators");
                assert!(root().join(uri).is_file(), "{uri} names a fixture file");
                let region = physical.region.as_ref().expect("a region");
                let snippet = region
                    .snippet
                    .as_ref()
                    .and_then(|s| s.text.as_deref())
                    .expect("a snippet");
                assert!(!snippet.is_empty());
                assert_surface_at(
                    &read(uri),
                    region.start_line.expect("startLine") as u64,
                    region.start_column.expect("startColumn") as u64,
                    snippet,
                    uri,
                );
                checked += 1;
            }
        }
        assert!(checked >= 2, "{story}: locations were checked");
    }
}

#[test]
fn sarif_uses_only_fields_the_sarif_model_knows() {
    // The typed model ignores unknown fields, so a misspelt property would parse; writing the
    // typed log back must give the very same document.
    for story in [SAHEL, QUOTES] {
        let (log, raw) = sarif(story);
        assert_eq!(serde_json::to_value(&log).unwrap(), raw, "{story}");
    }
}

#[test]
fn sarif_fingerprints_are_stable_across_stories_and_runs() {
    let fingerprint = |log: &Sarif, id: &str| {
        log.runs[0]
            .results
            .as_ref()
            .unwrap()
            .iter()
            .find(|r| {
                r.message
                    .text
                    .as_deref()
                    .unwrap()
                    .starts_with(&format!("{id}:"))
            })
            .and_then(|r| r.partial_fingerprints.clone())
            .unwrap_or_else(|| panic!("no result for {id}"))
    };
    let (first, _) = sarif(SAHEL);
    let (second, _) = sarif(SAHEL);
    assert_eq!(
        fingerprint(&first, "affiliation/fpl"),
        fingerprint(&second, "affiliation/fpl")
    );
    // FNV-1a 64 of the fact id, a fixed function, so the value itself is pinned.
    assert_eq!(
        fingerprint(&first, "date/coup/niger"),
        BTreeMap::from([(
            "claimdiffFactId/v1".to_string(),
            format!("{:016x}", fnv1a64("date/coup/niger"))
        )])
    );
    // In another story too, every result's fingerprint is the FNV-1a of its fact id, and only
    // of that: two stories' results for one id would match.
    let (other, _) = sarif(QUOTES);
    let results = other.runs[0].results.as_ref().unwrap();
    assert!(!results.is_empty());
    for r in results {
        let text = r.message.text.as_deref().unwrap();
        let id = text.split_once(':').unwrap().0;
        assert_eq!(
            r.partial_fingerprints.clone().unwrap(),
            BTreeMap::from([(
                "claimdiffFactId/v1".to_string(),
                format!("{:016x}", fnv1a64(id))
            )]),
            "{id}"
        );
    }
}

/// The reference FNV-1a 64 the fingerprints must equal.
fn fnv1a64(text: &str) -> u64 {
    text.bytes().fold(0xcbf2_9ce4_8422_2325, |h, b| {
        (h ^ u64::from(b)).wrapping_mul(0x100_0000_01b3)
    })
}

// ---------------------------------------------------------------------------------------------
// JUnit
// ---------------------------------------------------------------------------------------------

/// What a JUnit document says: the suite's attributes, every case, and the failing ones.
struct JUnit {
    suite_name: String,
    tests: usize,
    failures: usize,
    cases: Vec<(String, String)>,
    failed: BTreeMap<String, (String, String, String)>,
}

/// Runs `check STORY --format junit --fail-on FAIL_ON`, parses the XML and checks the exit code.
fn junit(story: &str, fail_on: &str) -> JUnit {
    let r = claimdiff_run(["check", story, "--format", "junit", "--fail-on", fail_on]);
    assert!(r.code == 0 || r.code == 1, "{}", r.stderr);
    let doc = roxmltree::Document::parse(&r.stdout)
        .unwrap_or_else(|e| panic!("not XML ({e}):\n{}", r.stdout));
    let root = doc.root_element();
    assert_eq!(root.tag_name().name(), "testsuites");
    let suites: Vec<_> = root.children().filter(|n| n.is_element()).collect();
    assert_eq!(suites.len(), 1, "one testsuite");
    let suite = suites[0];
    assert_eq!(suite.tag_name().name(), "testsuite");
    let number = |n: roxmltree::Node, a: &str| -> usize {
        n.attribute(a)
            .and_then(|v| v.parse().ok())
            .unwrap_or_else(|| panic!("{a}"))
    };
    assert_eq!(number(root, "tests"), number(suite, "tests"));
    assert_eq!(number(root, "failures"), number(suite, "failures"));
    let mut cases = Vec::new();
    let mut failed = BTreeMap::new();
    let mut elements = suite.children().filter(|n| n.is_element()).peekable();
    // The suite's properties (each source's language) come before the cases.
    if let Some(properties) = elements.next_if(|n| n.has_tag_name("properties")) {
        for p in properties.children().filter(|n| n.is_element()) {
            assert_eq!(p.tag_name().name(), "property");
            assert!(p.attribute("name").is_some_and(|n| n.starts_with("lang:")));
            assert!(p.attribute("value").is_some());
        }
    }
    for case in elements {
        assert_eq!(case.tag_name().name(), "testcase");
        let name = case.attribute("name").expect("a name").to_string();
        cases.push((
            case.attribute("classname")
                .expect("a classname")
                .to_string(),
            name.clone(),
        ));
        if let Some(failure) = case.children().find(|n| n.has_tag_name("failure")) {
            failed.insert(
                name,
                (
                    failure.attribute("type").expect("a type").to_string(),
                    failure.attribute("message").expect("a message").to_string(),
                    failure.text().unwrap_or_default().to_string(),
                ),
            );
        }
    }
    let failed_any = !failed.is_empty();
    assert_eq!(
        r.code,
        i32::from(failed_any),
        "exit code follows the failures"
    );
    JUnit {
        suite_name: suite.attribute("name").unwrap_or_default().to_string(),
        tests: number(suite, "tests"),
        failures: number(suite, "failures"),
        cases,
        failed,
    }
}

/// Ids of the facts of STORY whose verdict is one of `verdicts`.
fn ids_with(story: &str, verdicts: &[&str]) -> BTreeSet<String> {
    check_facts(story)
        .iter()
        .filter(|f| verdicts.contains(&str_of(f, "verdict")))
        .map(|f| str_of(f, "id").to_string())
        .collect()
}

#[test]
fn junit_has_one_testcase_per_fact_named_and_classed_by_it() {
    for story in [SAHEL, QUOTES] {
        let report = junit(story, "never");
        let facts = check_facts(story);
        assert_eq!(report.cases.len(), facts.len(), "{story}");
        assert_eq!(report.tests, facts.len(), "{story}: tests attribute");
        let expected: Vec<(String, String)> = facts
            .iter()
            .map(|f| (str_of(f, "kind").to_string(), str_of(f, "id").to_string()))
            .collect();
        assert_eq!(
            report.cases, expected,
            "{story}: classname = kind, name = id, in order"
        );
    }
    assert_eq!(junit(SAHEL, "never").suite_name, "claimdiff: sahel-2024");
    assert_eq!(
        junit(QUOTES, "never").suite_name,
        "claimdiff: invented-quotes"
    );
}

#[test]
fn junit_failures_are_the_facts_at_or_above_fail_on() {
    for story in [SAHEL, QUOTES] {
        for (fail_on, verdicts) in [
            ("conflict", &["conflict"][..]),
            ("variant", &["conflict", "variant"][..]),
            ("never", &[][..]),
        ] {
            let report = junit(story, fail_on);
            let failed: BTreeSet<String> = report.failed.keys().cloned().collect();
            assert_eq!(
                failed,
                ids_with(story, verdicts),
                "{story} --fail-on {fail_on}"
            );
            assert_eq!(report.failures, failed.len(), "{story} --fail-on {fail_on}");
        }
    }
    assert_eq!(
        ids_with(SAHEL, &["conflict"]),
        BTreeSet::from(["affiliation/fpl".to_string(), "date/coup/niger".to_string()])
    );
}

#[test]
fn junit_failure_lists_notes_and_each_report_location() {
    let report = junit(SAHEL, "variant");
    let facts = check_facts(SAHEL);
    for (id, (kind, message, text)) in &report.failed {
        let fact = fact_by_id(&facts, id);
        let verdict = str_of(fact, "verdict");
        assert_eq!(kind, verdict);
        assert_eq!(message, &format!("{verdict}: {id}"));
        let lines: Vec<&str> = text.lines().collect();
        let notes = fact["notes"].as_array().unwrap();
        let reports = fact["reports"].as_array().unwrap();
        // A count with more than one figure has its estimate after the notes.
        let figures = fact["estimate"]["figures"].as_array().map_or(0, Vec::len);
        let estimate = usize::from(figures > 1);
        assert_eq!(
            lines.len(),
            notes.len() + estimate + reports.len(),
            "{id}:\n{text}"
        );
        for (line, note) in lines.iter().zip(notes) {
            assert_eq!(*line, note.as_str().unwrap(), "{id}");
        }
        if estimate == 1 {
            let e = &fact["estimate"];
            let line = lines[notes.len()];
            assert!(line.starts_with("estimate: low "), "{id}: {line}");
            assert!(
                line.contains(&format!("most conservative {}", e["conservative"])),
                "{id}: {line}"
            );
        }
        for (line, r) in lines[notes.len() + estimate..].iter().zip(reports) {
            let expected = format!(
                "{SAHEL}/{}.txt:{}:{} \"{}\"",
                str_of(r, "source"),
                r["line"],
                r["column"],
                str_of(r, "surface")
            );
            assert_eq!(*line, expected, "{id}");
        }
    }
}

#[test]
fn claims_rejects_check_only_formats() {
    for format in ["sarif", "junit"] {
        let r = claimdiff_run(["claims", SAHEL, "--format", format]);
        assert_eq!(r.code, 2, "claims --format {format}");
        assert_eq!(
            r.stderr,
            format!(
                "claimdiff: error: --format {format} applies to check only (claims writes terminal or json)\n"
            )
        );
        assert!(r.stdout.is_empty());
    }
}
