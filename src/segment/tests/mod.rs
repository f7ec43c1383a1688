//! Tests of [`segment`](super::segment): shared helpers here, cases by topic in the submodules.

mod edges;
mod headings;
mod paragraphs;
mod sentences;

use super::*;

fn rules() -> crate::rules::SegmentRules {
    crate::rules::RuleSet::load(&[]).unwrap().segment
}

/// Segments the whole of `text` and checks the span invariants every result must keep.
fn run(text: &str) -> Segmented {
    let out = segment(text, 0..text.len(), &rules());
    assert_invariants(text, &out);
    out
}

/// Segments the whole of `text` as a web page whose `headings` (texts of its paragraphs, in
/// order) are marked as headings, and checks the span invariants.
fn run_page(text: &str, headings: &[&str]) -> Segmented {
    let mut from = 0;
    let spans: Vec<_> = headings
        .iter()
        .map(|h| {
            let start = from + text[from..].find(h).expect("heading in the text");
            from = start + h.len();
            start..from
        })
        .collect();
    let out = segment_with(text, 0..text.len(), &spans, &Vocab::new(&rules()));
    assert_invariants(text, &out);
    out
}

fn assert_invariants(text: &str, out: &Segmented) {
    let spans = out
        .paragraphs
        .iter()
        .map(|p| &p.span)
        .chain(out.sentences.iter().map(|s| &s.span));
    for span in spans {
        let piece = text.get(span.clone()).expect("span on char boundaries");
        assert!(
            !piece.is_empty() && piece.trim() == piece,
            "untrimmed span {piece:?}"
        );
    }
    for sentence in &out.sentences {
        let paragraph = &out.paragraphs[sentence.paragraph];
        assert!(paragraph.span.start <= sentence.span.start);
        assert!(sentence.span.end <= paragraph.span.end);
        let teaser = paragraph.kind == ParagraphKind::Teaser;
        assert!(teaser || paragraph.kind == ParagraphKind::Body);
        assert_eq!(sentence.teaser, teaser);
    }
}

fn sentences<'t>(text: &'t str, out: &Segmented) -> Vec<&'t str> {
    out.sentences
        .iter()
        .map(|s| &text[s.span.clone()])
        .collect()
}

/// `(text, reason)` of every paragraph set aside.
fn dropped<'t>(text: &'t str, out: &Segmented) -> Vec<(&'t str, &'static str)> {
    out.paragraphs
        .iter()
        .filter_map(|p| Some((&text[p.span.clone()], p.reason?.as_str())))
        .collect()
}

fn kinds(out: &Segmented) -> Vec<ParagraphKind> {
    out.paragraphs.iter().map(|p| p.kind).collect()
}
