//! Headings a web page marks as such: article structure whatever their shape, while the same
//! lines in a plain-text article are still judged by shape.

use super::*;

/// A page's text as the reader hands it over: headline, blocks separated by blank lines.
const PAGE: &str = "Spotting anomalies\n\n\
                    The mean of a series moves with every outlier in it, analysts said.\n\n\
                    Use Median\n\n\
                    The median of the same series barely moves.\n\n\
                    Tools\n\nRuler\nSpoon\nMoss\n\n\
                    Share\n\n\
                    Related\n\nTwelve killed in another attack\n";

#[test]
fn page_headings_are_kept_as_body() {
    let out = run_page(
        PAGE,
        &[
            "Spotting anomalies",
            "Use Median",
            "Tools",
            "Ruler",
            "Spoon",
            "Moss",
        ],
    );
    let body: Vec<&str> = out
        .paragraphs
        .iter()
        .filter(|p| p.kind == ParagraphKind::Body)
        .map(|p| &PAGE[p.span.clone()])
        .collect();
    assert_eq!(
        body,
        [
            "Spotting anomalies",
            "The mean of a series moves with every outlier in it, analysts said.",
            "Use Median",
            "The median of the same series barely moves.",
            "Tools",
            "Ruler",
            "Spoon",
            "Moss",
        ]
    );
    assert!(sentences(PAGE, &out).contains(&"Use Median"));
}

#[test]
fn page_headings_that_are_furniture_words_are_still_furniture() {
    // Marked as headings or not, "Share" is a furniture line and "Related" after prose opens a
    // tail section: the vocabulary rules do not judge by shape.
    let out = run_page(PAGE, &["Use Median", "Share", "Related"]);
    let reasons = dropped(PAGE, &out);
    assert!(
        reasons.contains(&("Share", "page furniture")),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&("Related", "tail section")),
        "{reasons:?}"
    );
    assert!(
        reasons.contains(&("Twelve killed in another attack", "tail section")),
        "{reasons:?}"
    );
}

#[test]
fn plain_text_short_lines_are_still_dropped() {
    // The same text with no headings marked (a plain-text article): short lines are labels and
    // one-word lines a menu, as before.
    let out = run(PAGE);
    let reasons = dropped(PAGE, &out);
    for expected in [
        ("Spotting anomalies", "label"),
        ("Use Median", "label"),
        ("Tools", "label"),
        ("Ruler\nSpoon\nMoss", "one word per line"),
        ("Share", "page furniture"),
    ] {
        assert!(reasons.contains(&expected), "{expected:?} in {reasons:?}");
    }
    assert!(!sentences(PAGE, &out).contains(&"Use Median"));
}

#[test]
fn unmarked_lines_of_a_page_are_judged_by_shape() {
    // Only the marked lines are spared: an unmarked short line on a page is still a label.
    let out = run_page(PAGE, &["Use Median"]);
    let reasons = dropped(PAGE, &out);
    assert!(reasons.contains(&("Tools", "label")), "{reasons:?}");
    assert!(!reasons.iter().any(|(text, _)| *text == "Use Median"));
}
