//! Articles saved as web pages: `fixtures/sahel-2024-html` holds the five Sahel articles of
//! `fixtures/sahel-2024` as a browser would save them, with navigation, scripts (one with a
//! casualty count in a string), share bars, related stories, comments, a footer and character
//! references. Read as HTML, they must tell the same story as the text; and `claimdiff text`
//! shows what was read, and where it is in the file.

use std::collections::{BTreeMap, BTreeSet};
use std::path::Path;

use crate::common::{claimdiff, json, root, run};
use serde_json::Value;

const TEXT: &str = "fixtures/sahel-2024";
const PAGES: &str = "fixtures/sahel-2024-html";

/// `check STORY --format json --fail-on never`, parsed.
fn check(story: &str) -> Value {
    let r = run(claimdiff()
        .args(["check", story, "--format", "json", "--fail-on", "never"])
        .arg("--verbose"));
    assert_eq!(r.code, 0, "{}", r.stderr);
    json(&r.stdout)
}

/// Each fact's id, verdict and the (source, surface) pairs of its reports. A pair counts once:
/// a page without the text's page furniture can mention its own outlet fewer times.
fn facts(doc: &Value) -> BTreeMap<String, (String, BTreeSet<(String, String)>)> {
    doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let reports = f["reports"]
                .as_array()
                .unwrap()
                .iter()
                .map(|r| (r["source"].to_string(), r["surface"].to_string()))
                .collect();
            (f["id"].to_string(), (f["verdict"].to_string(), reports))
        })
        .collect()
}

#[test]
fn the_sahel_story_saved_as_web_pages_gives_the_same_facts_and_verdicts_as_its_text() {
    let text = facts(&check(TEXT));
    let pages = facts(&check(PAGES));
    assert!(text.len() > 50, "{}", text.len());
    // Only the differences, so a failure stays readable.
    let differ: Vec<_> = text
        .keys()
        .chain(pages.keys())
        .filter(|id| text.get(*id) != pages.get(*id))
        .map(|id| (id, text.get(id), pages.get(id)))
        .collect();
    assert!(differ.is_empty(), "{differ:#?}");
}

#[test]
fn script_navigation_related_and_comment_text_never_becomes_a_claim() {
    let r = run(claimdiff().args(["claims", PAGES, "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let surfaces: Vec<&str> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["claims"].as_array().unwrap())
        .map(|c| c["surface"].as_str().unwrap())
        .collect();
    // Numbers that appear only in the script, the menu, the related stories and a comment.
    for planted in ["42", "17", "Ninety", "300", "5 people"] {
        assert!(
            !surfaces.iter().any(|s| s.contains(planted)),
            "`{planted}` became a claim: {surfaces:?}"
        );
    }
}

/// The one-based `line` of `file`, from `column` (in characters) on.
fn from_place(file: &Path, line: u64, column: u64) -> String {
    let source = std::fs::read_to_string(file).unwrap();
    let line = source.lines().nth(line as usize - 1).unwrap();
    line.chars().skip(column as usize - 1).collect()
}

#[test]
fn claims_on_web_pages_point_at_their_place_in_the_html_source() {
    let r = run(claimdiff().args(["claims", PAGES, "--format", "json"]));
    let doc = json(&r.stdout);
    let mut checked = 0;
    for source in doc["sources"].as_array().unwrap() {
        let path = root().join(source["path"].as_str().unwrap());
        for claim in source["claims"].as_array().unwrap() {
            let surface = claim["surface"].as_str().unwrap();
            let (line, column) = (
                claim["line"].as_u64().unwrap(),
                claim["column"].as_u64().unwrap(),
            );
            assert!(line > 0, "{claim}");
            // The page writes non-ASCII characters as references (`&rsquo;`): compare the
            // claims written in plain ASCII letter for letter.
            if surface.is_ascii() && !surface.contains(['&', '<', '>', '\n']) {
                let at = from_place(&path, line, column);
                assert!(
                    at.starts_with(surface),
                    "{surface:?} at {line}:{column} is {at:?}"
                );
                checked += 1;
            }
        }
    }
    assert!(checked > 50, "{checked}");
}

#[test]
fn text_shows_what_was_read_from_a_page_with_its_place_in_the_file() {
    let file = format!("{PAGES}/000_0eb5f3827cff8959.html");
    let r = run(claimdiff().args(["text", &file, "--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let s = &doc["sources"][0];
    assert_eq!(s["id"], "000_0eb5f3827cff8959");
    assert_eq!(
        s["title"],
        "Malian and Nigerien rebels met in late August to “strengthen” their relations"
    );
    assert_eq!(s["published"], "2024-09-02");
    assert_eq!(s["outlet"], "Le Monde (with AFP)");
    assert_eq!(s["lang"], "en");
    let paragraphs = s["paragraphs"].as_array().unwrap();
    let texts: Vec<&str> = paragraphs
        .iter()
        .map(|p| p["text"].as_str().unwrap())
        .collect();
    assert!(
        texts[1].starts_with("The Nigerian rebel groups"),
        "{texts:?}"
    );
    assert!(
        texts
            .iter()
            .all(|t| !t.contains("Share") && !t.contains("Privacy"))
    );
    let p = &paragraphs[1];
    let at = from_place(
        &root().join(&file),
        p["line"].as_u64().unwrap(),
        p["column"].as_u64().unwrap(),
    );
    assert!(at.starts_with("The Nigerian rebel groups"), "{at}");
}

#[test]
fn front_matter_and_the_manifest_override_what_the_page_says() {
    let dir = tempfile::tempdir().unwrap();
    let page = "<!DOCTYPE html><html lang=\"fr\"><head><title>Page title</title>\
        <meta property=\"og:site_name\" content=\"Page Outlet\">\
        <meta property=\"article:published_time\" content=\"2024-05-04T10:00:00Z\"></head>\
        <body><article><p>Twelve civilians were killed in the attack on the market on Saturday, \
        police said, and thirty were wounded.</p></article></body></html>\n";
    std::fs::write(dir.path().join("page.html"), page).unwrap();
    std::fs::write(
        dir.path().join("front.html"),
        format!("---\noutlet: Front Outlet\npublished: 2024-05-06\n---\n{page}"),
    )
    .unwrap();
    std::fs::write(
        dir.path().join("story.yaml"),
        "sources:\n  page:\n    title: Manifest title\n",
    )
    .unwrap();
    let r = run(claimdiff()
        .arg("text")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let (front, page) = (&doc["sources"][0], &doc["sources"][1]);
    assert_eq!(page["title"], "Manifest title");
    assert_eq!(page["outlet"], "Page Outlet");
    assert_eq!(page["published"], "2024-05-04");
    assert_eq!(page["lang"], "fr");
    assert_eq!(front["title"], "Page title");
    assert_eq!(front["outlet"], "Front Outlet");
    assert_eq!(front["published"], "2024-05-06");
    // The page starts on line 5 of the file, after the front matter.
    let last = front["paragraphs"].as_array().unwrap().last().unwrap();
    assert_eq!(last["line"], 5, "{last}");
}

#[test]
fn text_on_a_plain_text_article_shows_the_paragraphs_segmentation_keeps() {
    let r = run(claimdiff().args(["text", "fixtures/sahel-2024/000_0eb5f3827cff8959.txt"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.starts_with("== 000_0eb5f3827cff8959 ("),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("\n17:1\n  The Nigerian rebel groups"),
        "{}",
        r.stdout
    );
    // Page furniture in the scraped text is not read.
    assert!(!r.stdout.contains("Add to your selections"), "{}", r.stdout);
}
