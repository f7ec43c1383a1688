use std::path::Path;

use super::*;

/// A saved page: navigation, a script with a number in it, the article, a share bar, related
/// stories and a footer.
const PAGE: &str = r##"<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<title>Market attack kills twelve | The Daily Wire</title>
<meta property="og:site_name" content="The Daily Wire">
<link rel="canonical" href="https://daily-wire.example/world/market-attack">
<meta property="og:title" content="Market attack kills twelve">
<meta property="article:published_time" content="2024-05-04T08:30:00+01:00">
<script>var headline = "42 people killed in fake breaking story";</script>
<style>p { color: red }</style>
</head>
<body>
<nav class="site-nav"><ul><li><a href="/">Home</a></li><li><a href="/world">World</a></li></ul></nav>
<article>
<h1>Market attack kills twelve</h1>
<p>Twelve civilians were killed in the attack on the market in Ménaka on Saturday, the
regional governor said in a statement read on local radio.</p>
<p>&ldquo;We will rebuild the market,&rdquo; the governor said, adding that thirty people
had been wounded and taken to the hospital in the regional capital.</p>
<p>The army said it had sent reinforcements to the town and that a search for the attackers
was under way in the surrounding villages and along the river.</p>
</article>
<div class="share-bar"><a href="#">Share this story</a> <a href="#">Email</a></div>
<aside class="related"><h3>Related</h3><ul><li><a href="/a">Ninety killed in another attack</a></li></ul></aside>
<footer class="site-footer">&copy; 2024 The Daily Wire. All rights reserved.</footer>
</body>
</html>
"##;

#[test]
fn a_page_is_recognised_by_its_name_or_its_first_tag() {
    assert!(is_html(Path::new("a.html"), "plain words"));
    assert!(is_html(Path::new("a.HTM"), "plain words"));
    assert!(is_html(Path::new("a.txt"), "\n  <!doctype html><p>x"));
    assert!(is_html(Path::new("a"), "<HTML lang=en>"));
    assert!(!is_html(Path::new("a.txt"), "Troops left <b>Gao</b>."));
}

#[test]
fn the_main_text_keeps_the_article_and_leaves_out_the_page_around_it() {
    let page = read(PAGE, 0..PAGE.len()).unwrap();
    let paragraphs: Vec<&str> = page.text.split("\n\n").collect();
    assert_eq!(paragraphs[0], "Market attack kills twelve");
    assert!(paragraphs[1].starts_with("Twelve civilians were killed"));
    assert!(
        page.text
            .contains("“We will rebuild the market,” the governor said")
    );
    for furniture in [
        "42 people",
        "color: red",
        "Home",
        "Share on",
        "Ninety",
        "rights",
    ] {
        assert!(
            !page.text.contains(furniture),
            "{furniture} in {}",
            page.text
        );
    }
    assert_eq!(page.unmapped, 0);
}

#[test]
fn metadata_comes_from_the_page() {
    let page = read(PAGE, 0..PAGE.len()).unwrap();
    assert_eq!(
        page.meta.title.as_deref(),
        Some("Market attack kills twelve")
    );
    assert_eq!(page.meta.outlet.as_deref(), Some("The Daily Wire"));
    assert_eq!(page.meta.lang.as_deref(), Some("en"));
    assert_eq!(
        page.meta.url.as_deref(),
        Some("https://daily-wire.example/world/market-attack")
    );
    assert_eq!(page.published, Some(jiff::civil::date(2024, 5, 4)));
}

#[test]
fn evidence_points_into_the_html_source() {
    let page = read(PAGE, 0..PAGE.len()).unwrap();
    let at = |needle: &str| {
        page.map
            .line_col(&page.text, page.text.find(needle).unwrap())
    };
    // Line and column (in characters) of `needle` in the source.
    let place = |needle: &str| {
        let before = &PAGE[..PAGE.find(needle).unwrap()];
        let line_start = before.rfind('\n').map_or(0, |i| i + 1);
        (
            before.lines().count(),
            before[line_start..].chars().count() + 1,
        )
    };
    assert_eq!(at("Twelve civilians"), Some(place("Twelve civilians")));
    // The opening quote was written `&ldquo;`: it points there.
    assert_eq!(at("“We will"), Some(place("&ldquo;We")));
    assert_eq!(at("thirty"), Some(place("thirty people")));
    assert_eq!(at("Ménaka"), Some(place("Ménaka")));
}

#[test]
fn too_deep_a_page_is_refused_before_it_is_parsed() {
    let n = MAX_DEPTH + 1;
    let page = format!(
        "<html><body>{}<p>Text.</p>{}",
        "<div>".repeat(n),
        "</div>".repeat(n)
    );
    match read(&page, 0..page.len()) {
        Err(SkipReason::TooDeep { depth, limit }) => assert_eq!((depth, limit), (n, MAX_DEPTH)),
        other => panic!("{other:?}"),
    }
}

#[test]
fn a_page_without_text_is_not_an_article() {
    let page = "<!doctype html><html><head><title>x</title><script>var a = 1;</script></head>\
                <body><img src=a.png></body></html>";
    assert!(matches!(
        read(page, 0..page.len()),
        Err(SkipReason::NoPageText)
    ));
}

#[test]
fn page_dates_are_read_in_the_forms_pages_write() {
    let d = jiff::civil::date(2024, 5, 4);
    assert_eq!(page_date("2024-05-04"), Some(d));
    assert_eq!(page_date("2024-05-04T23:30:00-05:00"), Some(d));
    assert_eq!(page_date("Sat, 04 May 2024 10:00:00 +0000"), Some(d));
    assert_eq!(page_date("yesterday"), None);
}

#[test]
fn without_date_metadata_the_first_time_element_dates_the_page() {
    let page = "<!doctype html><html><body><article><h1>Troops leave Gao</h1>\
                <p>By A. Writer, <time class=pub datetime='2024-05-04T10:00:00Z'>May 4</time></p>\
                <p>Troops left the northern town of Gao on Friday after a week of fighting with \
                rebels, residents and officials said, and the road south was reopened.</p>\
                <p>Related: <time datetime=\"2023-01-01\">last year</time></p></article></body></html>";
    let read = read(page, 0..page.len()).unwrap();
    assert_eq!(read.published, Some(jiff::civil::date(2024, 5, 4)));
    assert_eq!(time_element("<timeline datetime='2024-01-01'>"), None);
}

proptest::proptest! {
    #![proptest_config(proptest::prelude::ProptestConfig::with_cases(200))]

    /// Any mix of tags, references, quotes and text is read without a panic, and every place
    /// the map gives is a line of the source.
    #[test]
    fn any_markup_reads_without_panicking_and_places_stay_in_the_source(
        page in "(<[a-zA-Z/!?]{0,4}[ a-z=\"']{0,6}>?|&[a-z#0-9]{0,6};?|[a-zA-Z .,“”é\n]{0,12}|\\PC{0,2}){0,80}"
    ) {
        let lines = page.lines().count().max(1);
        if let Ok(read) = read(&page, 0..page.len()) {
            for (offset, _) in read.text.char_indices() {
                if let Some((line, column)) = read.map.line_col(&read.text, offset) {
                    proptest::prop_assert!(line >= 1 && line <= lines && column >= 1);
                }
            }
        }
    }
}
