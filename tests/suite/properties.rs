//! Properties over arbitrary text (proptest): the pipeline never panics, every claim's surface
//! is the text at its span with a matching line and column, the digest keeps the text of every
//! claim's sentence, and the report is the same on every run. Inputs are built from the pieces news text is made of (numbers, dates, names, quote
//! marks, hedges) mixed with arbitrary Unicode, so the parsers are reached, not just skipped.

use std::path::Path;

use claimdiff::Error;
use claimdiff::ingest::Article;
use claimdiff::pipeline::{self, Keep};
use claimdiff::report::{CheckOptions, Format, write_check};
use claimdiff::rules::RuleSet;
use proptest::prelude::*;

/// Words and marks that reach the parsers.
const PIECES: &[&str] = &[
    "killed",
    "at least",
    "about",
    "twenty",
    "84",
    "1,100",
    "dozens",
    "civilians",
    "soldiers",
    "said",
    "told AFP",
    "according to",
    "the army",
    "late July",
    "August 25 to 29",
    "2023",
    "Monday",
    "last week",
    "in",
    "Tinzaouatène",
    "Tin Zaouatine",
    "Patriotic Liberation Front",
    "(FPL)",
    "FPL",
    "CSP-PSD",
    "Nigerien",
    "Niger",
    "Mr.",
    "Ramadan",
    "“",
    "”",
    "\"",
    "«",
    "»",
    "'",
    "’",
    ",",
    ".",
    "\n",
    "\n\n",
    "---\n",
    "published: 2024-09-02\n",
    "Read also |",
    "—",
    "ﬁ",
    "İ",
    "\u{301}",
    "\t",
];

fn piece() -> impl Strategy<Value = String> {
    prop_oneof![
        4 => prop::sample::select(PIECES).prop_map(str::to_string),
        1 => "\\PC{0,12}",
    ]
}

fn article() -> impl Strategy<Value = String> {
    prop::collection::vec(piece(), 0..60).prop_map(|p| p.join(" "))
}

/// One top-level entry of a rule file: a real key with a value that may or may not fit it.
fn rule_line() -> impl Strategy<Value = String> {
    let key = prop::sample::select(vec![
        "names:\n  variants: {min_length: VALUE}",
        "names:\n  variants: {max_edit_ratio: VALUE}",
        "names:\n  confusables:\n    - [Niger, VALUE]",
        "names:\n  entities:\n    - {name: VALUE, type: place}",
        "quotes:\n  min_overlap: VALUE",
        "quotes:\n  min_statement_words: VALUE",
        "dates:\n  parts:\n    late: {month_days: [VALUE, 31]}",
        "numbers:\n  vague:\n    - {words: [umpteen], min: VALUE}",
        "facts:\n  - kind: VALUE",
        "events:\n  riot: [VALUE]",
    ]);
    let value = prop_oneof![
        Just("0".to_string()),
        Just("-1".to_string()),
        Just("1.5".to_string()),
        Just("\"\"".to_string()),
        Just("[1, 2]".to_string()),
        Just("Nigeria".to_string()),
        Just("date".to_string()),
        "[a-z]{1,8}",
        (0u32..50).prop_map(|n| n.to_string()),
    ];
    (key, value).prop_map(|(k, v)| k.replace("VALUE", &v))
}

/// The JSON report of a story made of `texts`, checking every claim's span on the way.
fn report_of(texts: &[String], rules: &RuleSet) -> String {
    let mut warnings = Vec::new();
    let articles: Vec<Article> = texts
        .iter()
        .enumerate()
        .filter_map(|(i, t)| {
            Article::parse(Path::new(&format!("{i}.txt")), t.clone(), &mut warnings).ok()
        })
        .collect();
    let mut digests = Vec::new();
    for a in &articles {
        let digest = pipeline::digest_article(a, rules, Keep::Evidence);
        for c in &digest.claims {
            assert_eq!(&a.text[c.span.clone()], c.surface);
            assert_eq!(a.line_col(c.span.start), (c.line, c.column));
            assert_eq!(
                digest.evidence.sentence(&c.sentence),
                a.text.get(c.sentence.clone())
            );
        }
        digests.push(digest);
    }
    let report = pipeline::compare(digests, rules, warnings);
    let mut all = Vec::new();
    for format in [
        Format::Json,
        Format::Terminal,
        Format::Markdown,
        Format::Html,
        Format::Sarif,
        Format::Junit,
        Format::ClaimReview,
    ] {
        write_check(&report, format, CheckOptions::default(), &mut all).unwrap();
    }
    String::from_utf8(all).unwrap()
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn the_pipeline_never_panics_and_spans_hold(texts in prop::collection::vec(article(), 1..4)) {
        let rules = RuleSet::load(&[]).unwrap();
        report_of(&texts, &rules);
    }

    #[test]
    fn the_report_is_the_same_on_every_run(texts in prop::collection::vec(article(), 1..4)) {
        let rules = RuleSet::load(&[]).unwrap();
        prop_assert_eq!(report_of(&texts, &rules), report_of(&texts, &rules));
    }

    #[test]
    fn arbitrary_rule_text_is_an_error_or_a_rule_set(text in "\\PC{0,200}") {
        let _ = RuleSet::with_text(&text, "prop.yaml");
    }

    /// Rule files built from the real keys with random values: each loads, or fails with a
    /// decoding error at a line and column or a rule error naming the key — never anything else.
    #[test]
    fn rule_files_from_real_keys_load_or_fail_with_a_located_or_keyed_error(
        file in prop::collection::vec(rule_line(), 1..6)
    ) {
        let text = file.join("\n");
        match RuleSet::with_text(&text, "prop.yaml") {
            Ok(_) => {}
            Err(Error::Yaml { location, .. }) => prop_assert!(location.is_some(), "{text}"),
            Err(e @ Error::Rule { .. }) => {
                // The key path starts at a top-level section the file wrote, and the message
                // names the file and that key.
                let Error::Rule { key, .. } = &e else { unreachable!() };
                let section = key.split(['.', '[']).next().unwrap_or_default();
                prop_assert!(
                    text.lines().any(|l| l.starts_with(&format!("{section}:"))),
                    "key {key} names no section of\n{text}"
                );
                prop_assert!(e.to_string().starts_with(&format!("prop.yaml: {key}")), "{e}");
            }
            Err(other) => prop_assert!(false, "unexpected error {other:?} for\n{text}"),
        }
    }
}
