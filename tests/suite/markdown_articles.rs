//! Markdown articles (`.md`): read through a CommonMark parser, so emphasis and links do not
//! hide a claim, a block quote is a quotation, and evidence points into the Markdown file.

use crate::common::{claimdiff, json, run};
use serde_json::Value;

/// A story of one Markdown article and one text article that disagree on a casualty count.
fn story() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(
        dir.path().join("a.md"),
        "---\npublished: 2024-05-01\noutlet: Wire\n---\n# Market attack\n\n\
         **Twelve civilians** were killed in the attack on the [market](https://example.org/m), \
         police said.\n\nThe governor spoke on radio.\n\n> We will rebuild the market\n> before the rains.\n\n\
         ![30 dead](photo.jpg)\n",
    )
    .unwrap();
    std::fs::write(
        dir.path().join("b.txt"),
        "---\npublished: 2024-05-01\n---\nThe attack on the market killed 30 civilians, police said.\n",
    )
    .unwrap();
    dir
}

/// The claims of source `id` in a `claims` JSON report.
fn claims_of<'a>(doc: &'a Value, id: &str) -> &'a Vec<Value> {
    doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .find(|s| s["id"] == id)
        .unwrap()["claims"]
        .as_array()
        .unwrap()
}

#[test]
fn emphasis_and_links_do_not_hide_a_casualty_count_and_evidence_points_into_the_file() {
    let dir = story();
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let a = claims_of(&doc, "a");
    let count = a
        .iter()
        .find(|c| c["kind"] == "casualty_count")
        .unwrap_or_else(|| panic!("a casualty count: {a:?}"));
    assert_eq!(count["surface"], "Twelve civilians were killed");
    // `**Twelve` is on line 7 of the file; the claim starts after the two asterisks.
    assert_eq!(
        (count["line"].as_u64(), count["column"].as_u64()),
        (Some(7), Some(3))
    );
    // The image's alt text is not article text.
    assert!(
        a.iter()
            .all(|c| !c["surface"].as_str().unwrap().contains("30")),
        "{a:?}"
    );
}

#[test]
fn a_block_quote_is_read_as_a_quotation() {
    let dir = story();
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path())
        .args(["--format", "json"]));
    let doc = json(&r.stdout);
    let quote = claims_of(&doc, "a")
        .iter()
        .find(|c| c["kind"] == "quote")
        .unwrap_or_else(|| panic!("a quotation: {}", r.stdout));
    assert_eq!(
        quote["surface"],
        "We will rebuild the market before the rains."
    );
    assert_eq!(quote["line"], 11);
}

#[test]
fn text_shows_the_markdown_article_without_its_markup() {
    let dir = story();
    let r = run(claimdiff()
        .arg("text")
        .arg(dir.path().join("a.md"))
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let s = &doc["sources"][0];
    assert_eq!(s["outlet"], "Wire");
    let texts: Vec<&str> = s["paragraphs"]
        .as_array()
        .unwrap()
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert!(
        texts.contains(&"Twelve civilians were killed in the attack on the market, police said."),
        "{texts:?}"
    );
    assert!(
        texts.iter().all(|t| !t.contains(['*', '[', '>', '!'])),
        "{texts:?}"
    );
}
