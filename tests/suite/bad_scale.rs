//! The bad-input catalogue, continued: input of hostile size and shape. A megabyte "sentence"
//! (a run-on line, a paste without full stops) must cost time and output in proportion to its
//! size: each claim shows its sentence as a span, not a copy; its claimant, quote speaker and
//! date role are looked for near it, not by rescanning the sentence; lines and columns are
//! counted from a nearby mark, not from the line's start. The tests assert sizes and counts,
//! never times: a stage that turned quadratic again would still pass them, only slowly, so the
//! largest size here is one the debug build reads in well under a second when linear and in
//! minutes when not. `benches/hostile.rs` measures time and peak memory up to 16 MiB.

use serde_json::Value;

use crate::common::{claimdiff_run, json};

/// The hostile patterns: each repeated to the size wanted, cut at a character boundary.
const PATTERNS: &[(&str, &str)] = &[
    (
        "capitalised words",
        "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel ",
    ),
    ("counts", "about 20 killed "),
    ("straight quote marks", "\""),
    ("curly quote marks", "“"),
    ("closing quote marks", "”"),
    (
        "run-on line",
        "the army said 12 people were killed in Gao on Monday, ",
    ),
    ("quotations", "\"twelve were killed,\" he said, "),
    (
        "dates",
        "on Monday 3 March 2024 the attack in Gao killed 5, ",
    ),
    (
        "names",
        "President Amadou Toumani Toure met Mr. Ibrahim Keita and ",
    ),
];

/// `pattern` repeated to `size` bytes at most (whole characters).
fn hostile(pattern: &str, size: usize) -> String {
    let mut text = pattern.repeat(size / pattern.len() + 1);
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// `claims --format json --jobs 1` on one article: the output's size and its claims.
fn claims(text: &str) -> (usize, Vec<Value>) {
    let dir = tempfile::tempdir().unwrap();
    let path = dir.path().join("hostile.txt");
    std::fs::write(&path, text).unwrap();
    let r = claimdiff_run([
        "claims".as_ref(),
        path.as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
        "--jobs".as_ref(),
        "1".as_ref(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let claims = doc["sources"][0]["claims"].as_array().unwrap().clone();
    (r.stdout.len(), claims)
}

#[test]
fn output_grows_linearly_with_a_hostile_sentence() {
    const SIZES: [usize; 3] = [1 << 12, 1 << 14, 1 << 16];
    for (name, pattern) in PATTERNS {
        let runs = SIZES.map(|size| claims(&hostile(pattern, size)));
        let [bytes, counts] = [0, 1].map(|k| {
            runs.iter()
                .map(|(b, c)| if k == 0 { *b } else { c.len() })
                .collect::<Vec<_>>()
        });
        // Linear growth: each step of four times the input adds four times what the last one
        // added (a fixed header of schema, source and warnings cancels out).
        let steps = |v: &[usize]| (v[1].saturating_sub(v[0]), v[2].saturating_sub(v[1]));
        let (first, second) = steps(&bytes);
        assert!(
            second <= first * 4 + first / 10 + 1_000,
            "{name}: {bytes:?} bytes of output for {SIZES:?} of input"
        );
        let (first, second) = steps(&counts);
        assert!(
            second <= first * 4 + 8,
            "{name}: {counts:?} claims for {SIZES:?} bytes"
        );
        let (_, large) = &runs[2];
        // A claim shows its sentence as a span into the article, never as a copy of it.
        for claim in large {
            let sentence = &claim["sentence"];
            assert!(
                sentence.is_null() || sentence["start"].is_u64(),
                "{name}: {sentence}"
            );
        }
    }
}

#[test]
fn claims_far_into_a_run_on_line_keep_their_claimant_and_column() {
    let pattern = "the army said 12 people were killed in Gao on Monday, ";
    let text = hostile(pattern, 1 << 16);
    let (_, claims) = claims(&text);
    let casualties: Vec<&Value> = claims
        .iter()
        .filter(|c| c["kind"] == "casualty_count")
        .collect();
    assert!(casualties.len() >= (1 << 16) / pattern.len() - 1);
    let first = &casualties[0]["claimant"];
    assert!(first.is_string(), "the first count has a claimant: {first}");
    for c in &casualties {
        assert_eq!(&c["claimant"], first, "{c}");
        // One line: the column is the character offset plus one (the text is ASCII).
        assert_eq!(c["line"], 1);
        assert_eq!(
            c["column"].as_u64(),
            c["span"]["start"].as_u64().map(|s| s + 1)
        );
    }
}

/// A story folder of `files` (name, contents).
fn folder(files: &[(&str, &str)]) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for (name, text) in files {
        std::fs::write(dir.path().join(name), text).unwrap();
    }
    dir
}

#[test]
fn an_article_with_cr_line_ends_reads_as_with_lf() {
    let lf = "---\noutlet: Daily\npublished: 2024-05-02\n---\nSubscribe to our newsletter\n\n\
              Twelve civilians were killed in Gao on Monday, police said.\n\n\
              Later, 30 people were wounded, the army said.\n";
    let cr = lf.replace('\n', "\r");
    let read = |text: &str| {
        let dir = folder(&[("a.txt", text)]);
        let path = dir.path().join("a.txt");
        let r = claimdiff_run([
            "claims".as_ref(),
            path.as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
        ]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        let doc = json(&r.stdout);
        let source = doc["sources"][0].clone();
        for c in source["claims"].as_array().unwrap() {
            let span = c["span"]["start"].as_u64().unwrap() as usize
                ..c["span"]["end"].as_u64().unwrap() as usize;
            assert_eq!(
                text.get(span).map(str::to_string),
                c["surface"].as_str().map(str::to_string),
                "{c}"
            );
        }
        source
    };
    let (lf, cr) = (read(lf), read(&cr));
    assert_eq!(cr["outlet"], "Daily");
    assert_eq!(cr["published"], lf["published"]);
    let without_place = |s: &Value| {
        let mut claims = s["claims"].as_array().unwrap().clone();
        for c in &mut claims {
            let c = c.as_object_mut().unwrap();
            // Spans and columns are the same; only the line ends differ.
            c.remove("sentence");
        }
        claims
    };
    assert!(!without_place(&lf).is_empty());
    assert_eq!(without_place(&cr), without_place(&lf));
}

/// The error line of a run that must fail with exit code 2.
fn error_of(args: &[&std::ffi::OsStr]) -> String {
    let r = claimdiff_run(args);
    assert_eq!(r.code, 2, "{}{}", r.stdout, r.stderr);
    r.stderr
}

#[test]
fn a_key_written_twice_is_an_error_at_the_second() {
    let dir = folder(&[
        ("a.txt", "Twelve civilians were killed, police said.\n"),
        ("b.txt", "Thirty civilians were killed, police said.\n"),
        (
            "story.yaml",
            "sources:\n  a:\n    outlet: A\n  b:\n    outlet: B\n  a:\n    outlet: C\n",
        ),
    ]);
    let err = error_of(&["check".as_ref(), dir.path().as_os_str()]);
    assert!(
        err.contains("story.yaml:6:3:") && err.contains("duplicate key `a`"),
        "{err}"
    );
    let rules = dir.path().join("rules.yaml");
    std::fs::write(
        &rules,
        "events:\n  raid: [raid]\n  attack: [attack]\n  raid: [assault]\n",
    )
    .unwrap();
    std::fs::remove_file(dir.path().join("story.yaml")).unwrap();
    let err = error_of(&[
        "check".as_ref(),
        dir.path().as_os_str(),
        "--rules".as_ref(),
        rules.as_os_str(),
    ]);
    assert!(
        err.contains("rules.yaml:4:3:") && err.contains("duplicate key `raid`"),
        "{err}"
    );
    let front = "---\noutlet: A\ndate: 2024-05-01\noutlet: B\n---\nTwelve were killed.\n";
    std::fs::write(dir.path().join("a.txt"), front).unwrap();
    let err = error_of(&["check".as_ref(), dir.path().as_os_str()]);
    assert!(
        err.contains("a.txt:4:1:") && err.contains("duplicate key `outlet`"),
        "{err}"
    );
}

#[test]
fn a_phrase_of_only_a_wildcard_is_an_error_at_itself() {
    let dir = folder(&[("a.txt", "Twelve civilians were killed, police said.\n")]);
    let rules = dir.path().join("rules.yaml");
    std::fs::write(&rules, "events:\n  raid:\n    - raid\n    - ' * '\n").unwrap();
    let err = error_of(&[
        "claims".as_ref(),
        dir.path().as_os_str(),
        "--rules".as_ref(),
        rules.as_os_str(),
    ]);
    assert!(
        err.contains("rules.yaml:4:7:") && err.contains("only `*`"),
        "{err}"
    );
}

#[test]
fn rule_lists_load_in_linear_time_and_yaml_size_is_capped() {
    // 100,000 abbreviations: a search of the list per word took minutes for this many.
    let words: String = (0..100_000).map(|i| format!("  - ab{i}\n")).collect();
    let dir = folder(&[("a.txt", "Twelve civilians were killed, police said.\n")]);
    let rules = dir.path().join("rules.yaml");
    std::fs::write(&rules, format!("segment:\n  abbreviations:\n{words}")).unwrap();
    let r = claimdiff_run([
        "claims".as_ref(),
        dir.path().as_os_str(),
        "--rules".as_ref(),
        rules.as_os_str(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    // A rule file that never ends is refused at the cap, naming it.
    let err = error_of(&[
        "claims".as_ref(),
        dir.path().as_os_str(),
        "--rules".as_ref(),
        "/dev/zero".as_ref(),
    ]);
    assert!(err.contains("/dev/zero") && err.contains("MiB"), "{err}");
}

#[test]
fn a_date_that_cannot_be_read_is_located_in_front_matter_and_story_yaml() {
    for end in ["\n", "\r"] {
        let front = "---\noutlet: X\npublished: soonish\n---\nTwelve were killed.\n";
        let dir = folder(&[
            ("a.txt", &front.replace('\n', end)),
            ("b.txt", "Thirty were killed.\n"),
            ("story.yaml", "sources:\n  b:\n    date: 31 Febtember\n"),
        ]);
        let r = claimdiff_run(["claims".as_ref(), dir.path().as_os_str()]);
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert!(
            r.stderr.contains("a.txt: 3:12: published: cannot read"),
            "{end:?}: {}",
            r.stderr
        );
        assert!(
            r.stderr.contains("story.yaml: 3:11: date: cannot read"),
            "{}",
            r.stderr
        );
    }
}

#[test]
fn check_quotes_an_excerpt_of_an_overlong_sentence() {
    let pattern = "the army said 12 people were killed in Gao on Monday, ";
    let size = |n: usize| {
        let dir = folder(&[
            ("a.txt", &hostile(pattern, n)),
            ("b.txt", &hostile(&pattern.replace("12", "14"), n)),
        ]);
        let r = claimdiff_run([
            "check".as_ref(),
            dir.path().as_os_str(),
            "--format".as_ref(),
            "json".as_ref(),
        ]);
        assert_eq!(r.code, 1, "a conflict: {}", r.stderr);
        let doc = json(&r.stdout);
        for fact in doc["facts"].as_array().unwrap() {
            for report in fact["reports"].as_array().unwrap() {
                let sentence = report["sentence"].as_str().unwrap();
                assert!(
                    sentence.len() <= 3 * 1024,
                    "an excerpt, not the {n}-byte sentence"
                );
            }
        }
        r.stdout.len()
    };
    // Every claim quotes a bounded excerpt: four times the input, about four times the output
    // (it was sixteen times when each claim quoted the whole sentence).
    let (small, large) = (size(1 << 15), size(1 << 17));
    assert!(large <= small * 5, "{small} bytes of output, then {large}");
}
