//! The catalogue's web pages: unclosed tags are read as a browser reads them; a page nested a
//! hundred thousand levels deep, a binary file named `.html` and a page with no text are
//! skipped with a warning naming the file (an error with `--strict`).

use std::time::Duration;

use super::{assert_compared, assert_strict_fails, assert_warned, check, story_with};

/// A web page around `body`, with the good articles' kind of sentence in it when `body` is.
fn page(body: &str) -> Vec<u8> {
    format!("<!DOCTYPE html><html lang=\"en\"><head><title>Attack</title></head><body>{body}</body></html>")
        .into_bytes()
}

#[test]
fn web_page_with_unclosed_tags_is_read_and_compared() {
    // Unclosed paragraphs, an unclosed <b> and <div>, and no </body></html>.
    let sloppy = b"<!doctype html><html><head><title>Attack on the market</title>\
        <body><div class=story><p>Twelve civilians were killed in the attack on the market, \
        police said, as <b>residents fled the town.<p>The market had reopened a week earlier after \
        months of repairs, traders said, and was crowded on the morning of the attack."
        .to_vec();
    let dir = story_with(&[("c.html", &sloppy)]);
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b", "c"]);
    let fact = doc["facts"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["id"] == "casualty_count/killed/civilians")
        .unwrap();
    assert!(
        fact["reports"]
            .as_array()
            .unwrap()
            .iter()
            .any(|r| r["source"] == "c"),
        "the page's count is compared: {fact}"
    );
}

#[test]
fn web_page_nested_a_hundred_thousand_levels_is_skipped_quickly_with_a_warning() {
    let n = 100_000;
    let deep = page(&format!(
        "{}<p>Thirty civilians were killed in the attack on the market, police said.</p>{}",
        "<div>".repeat(n),
        "</div>".repeat(n)
    ));
    let dir = story_with(&[("deep.html", &deep)]);
    let started = std::time::Instant::now();
    let r = check(dir.path(), &[]);
    assert!(
        started.elapsed() < Duration::from_secs(20),
        "{:?}",
        started.elapsed()
    );
    let doc = assert_compared(&r, &["a", "b"]);
    assert_warned(
        &r,
        &doc,
        "deep.html",
        &["skipped", "nested 100000 elements deep"],
    );
    assert_strict_fails(dir.path(), "deep.html", &["nested", "--strict"]);
}

#[test]
fn binary_file_named_html_is_skipped_as_binary() {
    let mut bytes = page("<p>Twelve civilians were killed.</p>");
    bytes.extend_from_slice(b"\0\x89PNG\0\0\x01");
    let dir = story_with(&[("photo.html", &bytes)]);
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b"]);
    assert_warned(&r, &doc, "photo.html", &["skipped", "binary file"]);
    assert_strict_fails(dir.path(), "photo.html", &["binary file"]);
}

#[test]
fn web_page_without_text_is_skipped_with_a_warning() {
    let empty =
        page("<script>var killed = 42;</script><nav><a href=\"/\"></a></nav><img src=a.png>");
    let dir = story_with(&[("blank.html", &empty)]);
    let r = check(dir.path(), &[]);
    let doc = assert_compared(&r, &["a", "b"]);
    assert_warned(
        &r,
        &doc,
        "blank.html",
        &["skipped", "web page with no article text"],
    );
    assert_strict_fails(dir.path(), "blank.html", &["no article text"]);
}
