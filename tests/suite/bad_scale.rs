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
