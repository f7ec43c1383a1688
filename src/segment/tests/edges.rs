//! Edge cases: front-matter offsets, empty input, missing final newline, CRLF and long input.

use super::*;

#[test]
fn front_matter_offset_keeps_spans_absolute() {
    let text = "---\ntitle: Rebels meet\n---\nMr. Ramadan spoke. The talks ended.\n";
    let body = text.find("Mr.").unwrap()..text.len();
    let out = segment(text, body.clone(), &rules());
    assert_invariants(text, &out);
    assert_eq!(out.paragraphs[0].span, body.start..text.len() - 1);
    assert_eq!(
        sentences(text, &out),
        ["Mr. Ramadan spoke.", "The talks ended."]
    );
}

#[test]
fn empty_or_blank_body_yields_nothing() {
    let text = "---\ntitle: x\n---\n";
    assert_eq!(
        segment(text, text.len()..text.len(), &rules()),
        Segmented::default()
    );
    assert_eq!(run("\n \n\t\n"), Segmented::default());
    // A range off char boundaries is refused rather than sliced.
    assert_eq!(segment("é", 1..2, &rules()), Segmented::default());
}

#[test]
fn last_line_without_newline_is_kept() {
    let text = "The army retook Kidal. Rebels fled";
    let out = run(text);
    assert_eq!(
        sentences(text, &out),
        ["The army retook Kidal.", "Rebels fled"]
    );
}

#[test]
fn crlf_line_endings() {
    let text = "Headline of the day here\r\n\r\nThe army said it retook Kidal. Rebels denied \
                it.\r\nShare\r\n";
    let out = run(text);
    assert_eq!(
        sentences(text, &out),
        [
            "Headline of the day here",
            "The army said it retook Kidal.",
            "Rebels denied it."
        ]
    );
    assert_eq!(dropped(text, &out), [("Share", "page furniture")]);
}

#[test]
fn long_run_on_input_stays_linear() {
    let text = "a.".repeat(200_000) + " " + &"Mr. Xu. ".repeat(50_000);
    let out = run(&text);
    assert_eq!(out.paragraphs.len(), 1);
    assert_eq!(out.sentences.len(), 50_001);
}
