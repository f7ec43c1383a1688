//! The engine stages: `claims --format jsonl` (articles as JSON Lines → a digest line each) and
//! `check --from-claims` (digest lines, any order → a report per story), checked against
//! `check` on the same stories' files.

use std::path::Path;

use serde_json::{Value, json};

use crate::common::*;

/// A fixture story's articles as JSON Lines, as an engine would hand them over: each file's
/// text (front matter and all) with its `story.yaml` entry's fields, under the story's name.
fn article_lines(story: &str) -> Vec<String> {
    let dir = root().join("fixtures").join(story);
    let manifest: Value = match std::fs::read_to_string(dir.join("story.yaml")) {
        Ok(text) => serde_yaml::from_str(&text).unwrap(),
        Err(_) => json!({}),
    };
    let mut files: Vec<_> = std::fs::read_dir(&dir)
        .unwrap()
        .map(|e| e.unwrap().file_name().into_string().unwrap())
        .filter(|name| !name.starts_with('.') && !name.ends_with(".yaml"))
        .collect();
    files.sort();
    files
        .iter()
        .map(|name| {
            let id = Path::new(name).file_stem().unwrap().to_str().unwrap();
            let text = std::fs::read_to_string(dir.join(name)).unwrap();
            let mut line = json!({
                "id": id,
                "story": story,
                "path": format!("fixtures/{story}/{name}"),
                "text": text,
            });
            if let Some(Value::Object(fields)) = manifest["sources"].get(id) {
                for (k, v) in fields {
                    line[k] = v.clone();
                }
            }
            line.to_string()
        })
        .collect()
}

fn fixture_stories() -> Vec<String> {
    let mut stories: Vec<String> = std::fs::read_dir(root().join("fixtures"))
        .unwrap()
        .map(|e| e.unwrap().path())
        .filter(|p| p.is_dir())
        .map(|p| p.file_name().unwrap().to_str().unwrap().to_string())
        .collect();
    stories.sort();
    stories
}

/// Runs `args` with `input` on standard input.
fn piped(args: &[&str], input: &str) -> Run {
    run(claimdiff().args(args).write_stdin(input.to_string()))
}

/// The lines of `text`, each parsed.
fn lines(text: &str) -> Vec<Value> {
    text.lines().map(json).collect()
}

#[test]
fn reports_from_digests_equal_check_on_every_fixture_story() {
    let stories = fixture_stories();
    assert!(stories.len() >= 8);
    // Every story's articles in one stream, the stories interleaved and each one's articles
    // reversed: the reduce stage must not depend on any order.
    let mut per_story: Vec<Vec<String>> = stories.iter().map(|s| article_lines(s)).collect();
    let mut articles = Vec::new();
    while per_story.iter().any(|s| !s.is_empty()) {
        articles.extend(per_story.iter_mut().filter_map(Vec::pop));
    }
    let map = piped(
        &["claims", "--format", "jsonl", "--jobs", "2", "-"],
        &articles.join("\n"),
    );
    assert_eq!(map.code, 0, "{}", map.stderr);
    assert_eq!(map.stdout.lines().count(), articles.len());
    let reduce = piped(
        &["check", "--from-claims", "-", "--fail-on", "never"],
        &map.stdout,
    );
    assert_eq!(reduce.code, 0, "{}", reduce.stderr);
    let reports = lines(&reduce.stdout);
    let keys: Vec<&str> = reports.iter().map(|r| str_of(r, "story")).collect();
    assert_eq!(
        keys, stories,
        "one report per story, in the order of the keys"
    );
    for mut report in reports {
        let story = report["story"].as_str().unwrap().to_string();
        report.as_object_mut().unwrap().remove("story");
        let dir = format!("fixtures/{story}");
        let check = claimdiff_run(["check", &dir, "--format", "json", "--fail-on", "never"]);
        let expected = json(&check.stdout);
        assert!(!expected["facts"].as_array().unwrap().is_empty());
        assert_eq!(report, expected, "{story}: the report from digests differs");
    }
}

#[test]
fn digest_lines_in_any_order_give_the_same_reports_byte_for_byte() {
    let mut articles = article_lines("invented-quotes");
    articles.extend(article_lines("shooting-killeen"));
    let map = piped(&["claims", "--format", "jsonl", "-"], &articles.join("\n"));
    let digests: Vec<&str> = map.stdout.lines().collect();
    let mut shuffled: Vec<&str> = digests.iter().step_by(2).copied().collect();
    shuffled.extend(digests.iter().skip(1).step_by(2).rev());
    assert_ne!(shuffled, digests);
    let reduce = |input: &[&str]| {
        let r = piped(&["check", "--from-claims", "-"], &input.join("\n"));
        assert!(r.code <= 1, "{}", r.stderr);
        (r.code, r.stdout)
    };
    let first = reduce(&digests);
    assert_eq!(first, reduce(&shuffled));
    assert_eq!(first.1.lines().count(), 2);
}

#[test]
fn digests_come_out_in_input_order_whatever_the_threads() {
    let one = &article_lines("shooting-atlanta")[0];
    let mut input = Vec::new();
    for i in 0..24 {
        let mut line = json(one);
        line["id"] = json!(format!("copy-{i}"));
        input.push(line.to_string());
    }
    let map = piped(
        &["claims", "--format", "jsonl", "-j", "3", "-"],
        &input.join("\n"),
    );
    assert_eq!(map.code, 0, "{}", map.stderr);
    let ids: Vec<String> = lines(&map.stdout)
        .iter()
        .map(|d| str_of(d, "id").to_string())
        .collect();
    let expected: Vec<String> = (0..24).map(|i| format!("copy-{i}")).collect();
    assert_eq!(ids, expected);
}

#[test]
fn a_malformed_line_gives_an_error_line_with_its_number_and_a_count() {
    let good = &article_lines("invented-quotes")[0];
    let input = format!(
        "{good}\n{{\"id\": \"x\", \"story\n\n{{\"story\": \"s\", \"text\": \"x\"}}\n{good}\n"
    );
    let map = piped(&["claims", "--format", "jsonl", "-"], &input);
    assert_eq!(map.code, 0, "{}", map.stderr);
    let out = lines(&map.stdout);
    assert_eq!(out.len(), 4);
    assert_eq!(out[0]["line"], 1);
    assert_eq!(out[1]["line"], 2);
    assert!(
        str_of(&out[1], "error").starts_with("not a JSON object"),
        "{}",
        out[1]
    );
    // The blank line 3 is no article.
    assert_eq!(out[2]["line"], 4);
    assert_eq!(str_of(&out[2], "error"), "`id`: a non-empty string");
    assert_eq!(out[3]["line"], 5);
    assert_eq!(out[3]["claims"], out[0]["claims"]);
    assert!(
        map.stderr.contains("2 of 4 lines of - could not be read"),
        "{}",
        map.stderr
    );
    // The reduce stage passes over the error lines.
    let reduce = piped(
        &["check", "--from-claims", "-", "--fail-on", "never"],
        &map.stdout,
    );
    assert_eq!(
        reduce.code, 2,
        "the story has one id twice: {}",
        reduce.stderr
    );
    assert!(
        reduce.stderr.contains("2 error lines of the map stage"),
        "{}",
        reduce.stderr
    );
}

#[test]
fn strict_aborts_with_exit_2_naming_the_line() {
    let good = &article_lines("invented-quotes")[0];
    let input = format!("{good}\n{{\"id\": \"a\", \"story\": \"s\"}}\n{good}\n");
    let map = piped(&["claims", "--format", "jsonl", "--strict", "-"], &input);
    assert_eq!(map.code, 2);
    assert!(
        map.stderr
            .contains("-:2: no article: give `text` or `html`"),
        "{}",
        map.stderr
    );
    assert!(
        map.stdout.lines().count() <= 1,
        "nothing after the bad line"
    );
}

#[test]
fn digests_of_other_rules_are_refused_naming_both() {
    let dir = tempfile::tempdir().unwrap();
    let rules = dir.path().join("extra.yaml");
    std::fs::write(&rules, "segment:\n  abbreviations: [Brig]\n").unwrap();
    let rules = rules.to_str().unwrap();
    let articles = article_lines("invented-names").join("\n");
    let ours = piped(&["claims", "--format", "jsonl", "-"], &articles);
    let theirs = piped(
        &["claims", "--format", "jsonl", "--rules", rules, "-"],
        &articles,
    );
    let stamp = |out: &str| str_of(&lines(out)[0], "rules").to_string();
    let (a, b) = (stamp(&ours.stdout), stamp(&theirs.stdout));
    assert_ne!(a, b);
    assert_eq!(a.len(), 16);
    let mixed = format!("{}{}", ours.stdout, theirs.stdout);
    let r = piped(&["check", "--from-claims", "-"], &mixed);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    let n = ours.stdout.lines().count() + 1;
    assert!(
        r.stderr
            .contains(&format!("-:{n}: a digest of rules {b} (schema 1)")),
        "{}",
        r.stderr
    );
    assert!(
        r.stderr
            .contains(&format!("rules {a} (schema 1) (from line 1)")),
        "{}",
        r.stderr
    );
    // Digests of other rules than the run's: both named, and the way out.
    let r = piped(&["check", "--from-claims", "-"], &theirs.stdout);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains(&b) && r.stderr.contains(&a),
        "{}",
        r.stderr
    );
    let r = piped(
        &["check", "--from-claims", "-", "--rules", rules],
        &theirs.stdout,
    );
    assert!(r.code <= 1, "{}", r.stderr);
    // Another schema version is refused too.
    let old = ours
        .stdout
        .replacen("\"schema_version\":1", "\"schema_version\":0", 1);
    let r = piped(&["check", "--from-claims", "-"], &old);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("-:1: a digest of rules") && r.stderr.contains("(schema 0)"));
}

#[test]
fn a_broken_digest_line_is_an_error_naming_its_line_and_key() {
    let articles = article_lines("invented-quotes").join("\n");
    let map = piped(&["claims", "--format", "jsonl", "-"], &articles);
    let mut digests = lines(&map.stdout);
    digests[1]["claims"][0]["span"] = json!("3..9");
    let input: Vec<String> = digests.iter().map(Value::to_string).collect();
    let r = piped(&["check", "--from-claims", "-"], &input.join("\n"));
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("-:2: `claims[0].span`: an object"),
        "{}",
        r.stderr
    );
}

#[test]
fn the_stages_read_files_and_refuse_what_they_cannot_do() {
    let dir = tempfile::tempdir().unwrap();
    let input = dir.path().join("articles.jsonl");
    std::fs::write(&input, article_lines("invented-quotes").join("\n")).unwrap();
    let digests = dir.path().join("digests.jsonl");
    let input = input.to_str().unwrap();
    let out = digests.to_str().unwrap();
    let r = claimdiff_run(["claims", input, "--output", out]);
    assert_eq!(r.code, 0, "the extension names the format: {}", r.stderr);
    let r = claimdiff_run(["check", "--from-claims", out, "--format", "jsonl"]);
    assert!(r.code <= 1, "{}", r.stderr);
    assert_eq!(r.stdout.lines().count(), 1);
    let r = claimdiff_run(["check", "--from-claims", out, "--format", "html"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--from-claims writes JSON Lines"),
        "{}",
        r.stderr
    );
    let r = claimdiff_run(["claims", "--format", "jsonl", input, input]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("from one input"), "{}", r.stderr);
    let r = claimdiff_run(["claims", "--from-claims", out]);
    assert_eq!(r.code, 2);
    assert!(r.stderr.contains("applies to check only"), "{}", r.stderr);
}

#[test]
fn digest_and_report_lines_validate_against_their_schemas() {
    let schema = |name: &str| -> Value {
        let text = read(format!("schema/{name}.schema.json"));
        serde_json::from_str(&text).unwrap()
    };
    let digest = jsonschema::validator_for(&schema("digest")).unwrap();
    let report = jsonschema::validator_for(&schema("story-report")).unwrap();
    let mut articles: Vec<String> = fixture_stories()
        .iter()
        .flat_map(|s| article_lines(s))
        .collect();
    articles.push("not json".into());
    let map = piped(&["claims", "--format", "jsonl", "-"], &articles.join("\n"));
    let digests = lines(&map.stdout);
    assert!(digests.iter().any(|d| d.get("error").is_some()));
    for d in &digests {
        let errors: Vec<String> = digest
            .iter_errors(d)
            .map(|e| e.to_string())
            .take(3)
            .collect();
        assert!(errors.is_empty(), "{errors:?}");
    }
    let reduce = piped(
        &["check", "--from-claims", "-", "--fail-on", "never"],
        &map.stdout,
    );
    for r in lines(&reduce.stdout) {
        let errors: Vec<String> = report
            .iter_errors(&r)
            .map(|e| e.to_string())
            .take(3)
            .collect();
        assert!(errors.is_empty(), "{}: {errors:?}", r["story"]);
    }
    // A report line is not a digest line, nor the reverse.
    assert!(!digest.is_valid(&lines(&reduce.stdout)[0]));
    assert!(!report.is_valid(&digests[0]));
}
