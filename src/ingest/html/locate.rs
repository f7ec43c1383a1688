//! The extracted text found again in the HTML source: a [`SourceMap`] from byte offsets in the
//! text claimdiff reads to lines and columns in the file the user has.
//!
//! Each kept paragraph is looked up among the source's visible characters ([`super::scan`]),
//! whitespace aside: first whole, at or after the previous paragraph (pages keep their text in
//! order), then anywhere; failing that, word by word, each word near the one before. What is
//! not found has no location: the map says so rather than point at the wrong place.

use super::scan::Visible;
use crate::ingest::source_map::SourceMap;

/// Maps `text`'s `paragraphs` (byte ranges in it) into the source scanned as `visible`.
/// Returns the map and how many paragraphs were found nowhere.
pub(super) fn locate(
    source: &str,
    visible: &Visible,
    text: &str,
    paragraphs: &[std::ops::Range<usize>],
) -> (SourceMap, usize) {
    let mut pairs = Vec::new();
    let mut cursor = 0;
    let mut lost = 0;
    // Searches that scan the whole page and find nothing cost a pass each: after this many,
    // only the neighbourhood of the previous paragraph is searched, so that a page of many
    // paragraphs that cannot be found stays linear.
    let mut full_searches = 32usize;
    for p in paragraphs {
        let chars = non_space(p.start, &text[p.clone()]);
        let reach = if full_searches > 0 { usize::MAX } else { NEAR };
        let whole = find_whole(visible, &chars, cursor, reach);
        let found = match whole {
            Some(at) => {
                let mut h = at;
                for &(t, c) in &chars {
                    pairs.push((t, h));
                    h += c.len_utf8();
                }
                Some(h)
            }
            None if full_searches == 0 => find_words(visible, text, p, cursor, &mut pairs),
            None => {
                full_searches -= 1;
                if find_literal(source, text, p, &mut pairs) {
                    Some(cursor)
                } else {
                    find_words(visible, text, p, cursor, &mut pairs)
                }
            }
        };
        match found {
            Some(end) => cursor = end,
            None => lost += 1,
        }
    }
    let pairs = pairs
        .into_iter()
        .map(|(t, h)| match h & LITERAL {
            0 => (t, visible.at[h] as usize),
            _ => (t, h & !LITERAL),
        })
        .collect();
    (SourceMap::from_chars(source, text, pairs), lost)
}

/// The non-whitespace characters of `piece` (which starts at `base` in the text), with their
/// text offsets.
fn non_space(base: usize, piece: &str) -> Vec<(usize, char)> {
    piece
        .char_indices()
        .filter(|(_, c)| !c.is_whitespace())
        .map(|(i, c)| (base + i, c))
        .collect()
}

/// Where the characters `chars` stand together in the visible text, at or after `cursor` (at
/// most `reach` bytes on), else, with an unlimited reach, anywhere; as a byte offset in
/// `visible.hay`.
fn find_whole(
    visible: &Visible,
    chars: &[(usize, char)],
    cursor: usize,
    reach: usize,
) -> Option<usize> {
    if chars.is_empty() {
        return None;
    }
    let needle: String = chars.iter().map(|(_, c)| c).collect();
    let hay = &visible.hay;
    let end = floor_boundary(hay, cursor.saturating_add(reach).min(hay.len()));
    let ahead = hay.get(cursor..end).and_then(|h| h.find(&needle));
    match ahead {
        Some(p) => Some(cursor + p),
        None if reach == usize::MAX => hay.find(&needle),
        None => None,
    }
}

/// How far past the previous paragraph the next is looked for once whole-page searches are
/// used up: far more than any gap between two paragraphs of one article.
const NEAR: usize = 64 * 1024;

/// The paragraph written literally somewhere in the source, markup included: a headline taken
/// from the page's `<title>` or a meta tag is not visible text. Pairs each character's text
/// offset with its offset in `source` (marked by [`LITERAL`]); whether it was found.
fn find_literal(
    source: &str,
    text: &str,
    paragraph: &std::ops::Range<usize>,
    pairs: &mut Vec<(usize, usize)>,
) -> bool {
    let piece = &text[paragraph.clone()];
    let Some(at) = source.find(piece) else {
        return false;
    };
    pairs.extend(
        piece
            .char_indices()
            .filter(|(_, c)| !c.is_whitespace())
            .map(|(i, _)| (paragraph.start + i, LITERAL | (at + i))),
    );
    true
}

/// Marks a pair whose second offset is into the source itself, not into the visible text.
const LITERAL: usize = 1 << (usize::BITS - 1);

/// Word by word: each word of the paragraph within a short distance after the previous one.
/// Pairs each found character's text offset with its offset in `visible.hay`; returns where
/// the last found word ends, or `None` when no word was found.
fn find_words(
    visible: &Visible,
    text: &str,
    paragraph: &std::ops::Range<usize>,
    cursor: usize,
    pairs: &mut Vec<(usize, usize)>,
) -> Option<usize> {
    // How far ahead a word may be from the one before: a few lines of markup-free text.
    const WINDOW: usize = 400;
    let mut cursor = cursor;
    let mut found = None;
    let piece = &text[paragraph.clone()];
    let mut offset = paragraph.start;
    for word in piece.split_inclusive(char::is_whitespace) {
        let trimmed = word.trim_end();
        let start = offset;
        offset += word.len();
        if trimmed.is_empty() {
            continue;
        }
        let end = (cursor + WINDOW + trimmed.len()).min(visible.hay.len());
        let window = floor_boundary(&visible.hay, end);
        let Some(at) = visible
            .hay
            .get(cursor..window)
            .and_then(|h| h.find(trimmed))
        else {
            continue;
        };
        let at = cursor + at;
        pairs.extend(trimmed.char_indices().map(|(i, _)| (start + i, at + i)));
        cursor = at + trimmed.len();
        found = Some(cursor);
    }
    found
}

/// The largest char boundary of `s` at or below `i`.
fn floor_boundary(s: &str, mut i: usize) -> usize {
    while !s.is_char_boundary(i) {
        i -= 1;
    }
    i
}

#[cfg(test)]
mod tests {
    use super::super::scan::scan;
    use super::*;

    fn map(source: &str, text: &str) -> (SourceMap, usize) {
        let paragraphs: Vec<_> = text
            .split("\n\n")
            .scan(0, |at, p| {
                let r = *at..*at + p.len();
                *at += p.len() + 2;
                Some(r)
            })
            .collect();
        locate(source, &scan(source, 0), text, &paragraphs)
    }

    #[test]
    fn a_paragraph_maps_to_its_line_and_column_in_the_source() {
        let source = "<html>\n<body>\n  <p>Five people\n  were killed.</p>\n</body>";
        let text = "Five people were killed.";
        let (m, lost) = map(source, text);
        assert_eq!(lost, 0);
        assert_eq!(m.line_col(text, 0), Some((3, 6)));
        assert_eq!(m.line_col(text, text.find("were").unwrap()), Some((4, 3)));
        assert_eq!(m.line_col(text, text.find("killed").unwrap()), Some((4, 8)));
    }

    #[test]
    fn a_decoded_reference_points_at_its_ampersand() {
        let source = "<p>He said &ldquo;never&rdquo; twice.</p>";
        let text = "He said “never” twice.";
        let (m, _) = map(source, text);
        assert_eq!(m.line_col(text, text.find('“').unwrap()), Some((1, 12)));
        assert_eq!(m.line_col(text, text.find("never").unwrap()), Some((1, 19)));
        assert_eq!(m.line_col(text, text.find("twice").unwrap()), Some((1, 32)));
    }

    #[test]
    fn text_not_in_the_source_has_no_location() {
        let source = "<p>One thing.</p>";
        let text = "One thing.\n\nSomething else entirely.";
        let (m, lost) = map(source, text);
        assert_eq!(lost, 1);
        assert_eq!(m.line_col(text, text.find("Something").unwrap()), None);
        assert_eq!(m.line_col(text, 0), Some((1, 4)));
    }

    #[test]
    fn a_headline_only_in_the_title_element_is_found_there() {
        let source = "<head>\n<title>Troops leave Gao</title></head><p>Body text here.</p>";
        let text = "Troops leave Gao\n\nBody text here.";
        let (m, lost) = map(source, text);
        assert_eq!(lost, 0);
        assert_eq!(m.line_col(text, 0), Some((2, 8)));
        assert_eq!(m.line_col(text, text.find("Body").unwrap()), Some((2, 42)));
    }

    #[test]
    fn past_the_whole_page_searches_a_paragraph_is_still_found_near_the_last() {
        let body: String = (0..100)
            .map(|i| format!("<p>Paragraph number {i} here.</p>"))
            .collect();
        let missing: Vec<String> = (0..40).map(|i| format!("Qx{i}")).collect();
        let text = format!("{}\n\nParagraph number 7 here.", missing.join("\n\n"));
        let (m, lost) = map(&body, &text);
        assert_eq!(lost, 40);
        let at = m.line_col(&text, text.find("Paragraph").unwrap());
        assert_eq!(at, Some((1, body.find("Paragraph number 7").unwrap() + 1)));
    }

    #[test]
    fn a_changed_paragraph_is_found_word_by_word() {
        let source = "<p>Troops <a href=x>left</a> the town on Monday.</p>";
        let text = "• Troops left the town on Monday.";
        let (m, lost) = map(source, text);
        assert_eq!(lost, 0);
        assert_eq!(m.line_col(text, text.find("left").unwrap()), Some((1, 21)));
        assert_eq!(m.line_col(text, 0), None);
    }
}
