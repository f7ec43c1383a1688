//! Sentence splitting inside a paragraph; the abbreviation and initials checks are the
//! vocabulary's ([`Vocab::is_abbreviation`]).

use std::ops::Range;

use super::vocab::{CJK_FINALS, CLOSERS, OPENERS, Vocab, is_final_mark, word_before};

/// Cuts `range` of `text` into trimmed sentence spans (the rule is in the module docs). Each
/// character is visited once and the look-back for an abbreviation is bounded, so the work is
/// linear in the paragraph.
pub(super) fn split_sentences(text: &str, range: Range<usize>, vocab: &Vocab) -> Vec<Range<usize>> {
    let paragraph = &text[range.clone()];
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut from = 0;
    // Final marks are found by a byte search: the ASCII ones, and the lead bytes of the
    // Chinese and Japanese ones (`0xE3`, `0xEF`); only there are characters decoded.
    while let Some(found) = paragraph.as_bytes()[from..]
        .iter()
        .position(|b| matches!(b, b'.' | b'!' | b'?' | 0xE3 | 0xEF))
    {
        let at = from + found;
        let Some(mark) = paragraph[at..].chars().next() else {
            break;
        };
        if !is_final_mark(mark) {
            from = at + mark.len_utf8();
            continue;
        }
        let mut chars = paragraph[at + mark.len_utf8()..]
            .char_indices()
            .map(|(i, d)| (at + mark.len_utf8() + i, d))
            .peekable();
        let mut end = at + mark.len_utf8();
        let mut only_period = mark == '.';
        let mut cjk = CJK_FINALS.contains(&mark);
        while let Some(&(next, d)) = chars.peek() {
            if is_final_mark(d) {
                only_period &= d == '.';
                cjk |= CJK_FINALS.contains(&d);
            } else if !CLOSERS.contains(&d) {
                break;
            }
            end = next + d.len_utf8();
            chars.next();
        }
        let mut spaced = false;
        while chars.next_if(|&(_, d)| d.is_whitespace()).is_some() {
            spaced = true;
        }
        let Some(&(next, d)) = chars.peek() else {
            break;
        };
        let opens =
            OPENERS.contains(&d) || d.is_ascii_digit() || d.is_alphabetic() && !d.is_lowercase();
        let abbreviated = only_period
            && word_before(&paragraph[start..at]).is_some_and(|w| vocab.is_abbreviation(w));
        // A Chinese or Japanese final mark ends a sentence whatever follows it.
        if cjk || (spaced && opens && !abbreviated) {
            push_trimmed(&mut sentences, paragraph, range.start, start..end);
            start = next;
        }
        from = next;
    }
    push_trimmed(
        &mut sentences,
        paragraph,
        range.start,
        start..paragraph.len(),
    );
    sentences
}

/// Pushes `span` of `paragraph`, trimmed and made absolute by `base`, unless it is blank.
fn push_trimmed(out: &mut Vec<Range<usize>>, paragraph: &str, base: usize, span: Range<usize>) {
    let piece = &paragraph[span.clone()];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let lead = piece.len() - piece.trim_start().len();
        let start = base + span.start + lead;
        out.push(start..start + trimmed.len());
    }
}
