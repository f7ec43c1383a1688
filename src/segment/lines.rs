//! Line classification: blank lines, blocks (tickers, tail sections), furniture, navigation,
//! labels and metadata, and the merging of classified lines into paragraphs.

use std::collections::HashSet;
use std::ops::Range;

use super::vocab::{
    MAX_LABEL_WORDS, MAX_NAV_WORDS, MAX_WRAP_WIDTH, MIN_WRAP_WIDTH, Vocab, ends_sentence, squashed,
    strip_bullets, word_before, words_up_to,
};
use super::{Paragraph, ParagraphKind, Reason};
use crate::dates::{is_month, is_weekday};
use crate::ingest::lines_inclusive;
use crate::words::FxBuild;

/// A paragraph under construction, with what merging and sentence splitting need to know.
pub(super) struct Draft {
    pub(super) paragraph: Paragraph,
    /// Where its sentences start: after a bullet mark or a teaser's lead-in.
    pub(super) content_start: usize,
    /// The span of its last line.
    last_line: Range<usize>,
    /// True when text may still continue it on the next line.
    open: bool,
}

/// What one non-blank line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum LineClass {
    Boilerplate(Reason),
    /// Body or teaser text; its sentences start at byte `content` of the line.
    Text {
        teaser: bool,
        content: usize,
    },
}

/// A block that swallows the lines after its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Block {
    None,
    /// Runs to the next blank line ("BREAKING").
    UntilBlank,
    /// Runs to the end of the body ("Most Read" after the article).
    ToEnd,
}

impl Block {
    fn reason(self) -> Reason {
        match self {
            Block::ToEnd => Reason::TailSection,
            _ => Reason::Ticker,
        }
    }
}

/// The body's lines, each trimmed (CR included); a blank line has an empty span. A line ends
/// at LF, CRLF or a lone CR.
pub(super) fn split_lines(text: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let mut start = body.start;
    lines_inclusive(&text[body.clone()])
        .map(|raw| {
            let trimmed = raw.trim();
            let lead = raw.len() - raw.trim_start().len();
            let line = start + lead..start + lead + trimmed.len();
            start += raw.len();
            line
        })
        .collect()
}

/// Classifies the lines and merges them into paragraphs (see the module docs). A line inside
/// one of `headings` (sorted byte ranges a web page marks as headings) is spared the rules that
/// judge by shape alone.
pub(super) fn paragraphs(
    text: &str,
    lines: &[Range<usize>],
    headings: &[Range<usize>],
    vocab: &Vocab,
) -> Vec<Draft> {
    let one_word = one_word_runs(text, lines);
    let mut headings = headings.iter().peekable();
    let wrap = wrap_width(text, lines);
    let mut drafts: Vec<Draft> = Vec::new();
    let mut block = Block::None;
    let mut seen_prose = false;
    let mut after_blank = true;
    for (index, span) in lines.iter().enumerate() {
        let line = &text[span.clone()];
        if line.is_empty() {
            if block == Block::UntilBlank {
                block = Block::None;
            }
            after_blank = true;
            continue;
        }
        while headings.next_if(|h| h.end < span.end).is_some() {}
        let heading = headings
            .peek()
            .is_some_and(|h| h.start <= span.start && span.end <= h.end);
        let mut class = match block {
            Block::None => match block_heading(line, vocab, seen_prose) {
                Some(opened) => {
                    block = opened;
                    LineClass::Boilerplate(opened.reason())
                }
                None if one_word[index] && !heading => {
                    LineClass::Boilerplate(Reason::OneWordPerLine)
                }
                None => classify_line(line, heading, vocab),
            },
            inside => LineClass::Boilerplate(inside.reason()),
        };
        let previous = drafts.last_mut().filter(|_| !after_blank);
        let joins = match (class, previous.as_deref()) {
            (_, None) => false,
            (LineClass::Boilerplate(Reason::Label), Some(prev)) if prev.open => {
                let continued = continues(text, prev, line, wrap, vocab, true);
                if continued {
                    class = LineClass::Text {
                        teaser: false,
                        content: 0,
                    };
                }
                continued
            }
            (LineClass::Boilerplate(reason), Some(prev)) => prev.paragraph.reason == Some(reason),
            (LineClass::Text { teaser: false, .. }, Some(prev)) => {
                prev.open && continues(text, prev, line, wrap, vocab, false)
            }
            (LineClass::Text { teaser: true, .. }, Some(_)) => false,
        };
        let is_text = matches!(class, LineClass::Text { .. });
        seen_prose |= is_text
            && !matches!(class, LineClass::Text { teaser: true, .. })
            && ends_sentence(line);
        let open = is_text && !closed(line, vocab);
        match previous {
            Some(prev) if joins => {
                prev.paragraph.span.end = span.end;
                prev.last_line = span.clone();
                prev.open = open;
            }
            _ => drafts.push(new_draft(span.clone(), class, open)),
        }
        after_blank = false;
    }
    drafts
}

/// The block a heading line opens. A tail section ("Most Read") only runs to the end once some
/// article prose came before it; at the top of a page the same words head a menu or a ticker,
/// which ends at the next blank line.
pub(super) fn block_heading(line: &str, vocab: &Vocab, seen_prose: bool) -> Option<Block> {
    // A bulleted "• Latest" is a menu entry, not a heading.
    let key = vocab.listed_key(line)?;
    if vocab.tickers.contains(&key) {
        Some(Block::UntilBlank)
    } else if vocab.tails.contains(&key) {
        Some(if seen_prose {
            Block::ToEnd
        } else {
            Block::UntilBlank
        })
    } else {
        None
    }
}

/// Classifies one non-blank line on its own. Specific reasons are tried before the shape-based
/// ones, so a bulleted date reads "metadata" rather than "navigation". A `heading` (a line the
/// page marks as one) is never navigation or a label by its shape.
pub(super) fn classify_line(line: &str, heading: bool, vocab: &Vocab) -> LineClass {
    let rest = strip_bullets(line);
    let bulleted = rest.len() < line.len();
    // Only compared with the navigation and label limits.
    let words = words_up_to(rest, MAX_NAV_WORDS);
    let furniture = if !rest.chars().any(char::is_alphanumeric) {
        Some(Reason::Label)
    } else if vocab.is_furniture_line(rest) {
        Some(Reason::PageFurniture)
    } else if is_metadata(rest) {
        Some(Reason::Metadata)
    } else if let Some(headline) = vocab.teaser_headline(rest) {
        // A teaser lead-in wins over a furniture prefix ("related:" is both).
        return match headline {
            Some(at) => LineClass::Text {
                teaser: true,
                content: line.len() - rest.len() + at,
            },
            None => LineClass::Boilerplate(Reason::PageFurniture),
        };
    } else if vocab.has_furniture_prefix(rest) {
        Some(Reason::PageFurniture)
    } else if heading {
        None
    } else if bulleted && words <= MAX_NAV_WORDS {
        Some(Reason::Navigation)
    } else if words <= MAX_LABEL_WORDS && !ends_sentence(rest) {
        Some(Reason::Label)
    } else {
        None
    };
    match furniture {
        Some(reason) => LineClass::Boilerplate(reason),
        None => LineClass::Text {
            teaser: false,
            content: line.len() - rest.len(),
        },
    }
}

pub(super) fn new_draft(span: Range<usize>, class: LineClass, open: bool) -> Draft {
    let (kind, reason, content) = match class {
        LineClass::Boilerplate(reason) => (ParagraphKind::Boilerplate, Some(reason), 0),
        LineClass::Text {
            teaser: true,
            content,
        } => (ParagraphKind::Teaser, None, content),
        LineClass::Text {
            teaser: false,
            content,
        } => (ParagraphKind::Body, None, content),
    };
    Draft {
        content_start: span.start + content,
        last_line: span.clone(),
        open,
        paragraph: Paragraph { span, kind, reason },
    }
}

/// Whether `line` continues the open paragraph `prev`. A label-sized line ("Burkina Faso")
/// needs a `strong` signal: a lower-case start alone would glue a credit like "ap" to a headline.
pub(super) fn continues(
    text: &str,
    prev: &Draft,
    line: &str,
    wrap: Option<usize>,
    vocab: &Vocab,
    strong: bool,
) -> bool {
    let above = &text[prev.last_line.clone()];
    let lower_start = line.starts_with(char::is_lowercase);
    let dangling = above.ends_with([',', ';', '(', '-', '–', '—', '/', '&']);
    let full = wrap.is_some_and(|width| above.chars().count() + 25 >= width);
    let cut_abbreviation = above.ends_with('.') && !closed(above, vocab);
    dangling || full || cut_abbreviation || (lower_start && !strong)
}

/// True when `line` ends a sentence: final `.` `!` `?` not after an abbreviation.
pub(super) fn closed(line: &str, vocab: &Vocab) -> bool {
    if !ends_sentence(line) {
        return false;
    }
    let Some(before) = line.strip_suffix('.') else {
        return true;
    };
    word_before(before).is_none_or(|word| !vocab.is_abbreviation(word))
}

/// Marks `line`s that belong to a run of 3+ consecutive one-word lines: a headline animated word
/// by word, or a menu. Two such lines in a row are left to the other rules.
pub(super) fn one_word_runs(text: &str, lines: &[Range<usize>]) -> Vec<bool> {
    let single: Vec<bool> = lines
        .iter()
        .map(|l| words_up_to(&text[l.clone()], 1) == 1)
        .collect();
    let mut marks = vec![false; lines.len()];
    let mut start = 0;
    for end in 0..=lines.len() {
        if end < lines.len() && single[end] {
            continue;
        }
        if end - start >= 3 {
            marks[start..end].fill(true);
        }
        start = end + 1;
    }
    marks
}

/// The width of a hard-wrapped body, if it is one: no line longer than [`MAX_WRAP_WIDTH`]
/// characters, and at least three lines that are followed by text and filled to within 10
/// characters of the longest. One-paragraph-per-line scrapes fail the first test at once.
pub(super) fn wrap_width(text: &str, lines: &[Range<usize>]) -> Option<usize> {
    // A line of more bytes than four times the limit has more characters than the limit too;
    // scraped text is ruled out here without counting characters.
    if lines.iter().any(|l| l.len() > 4 * MAX_WRAP_WIDTH) {
        return None;
    }
    let widths: Vec<usize> = lines
        .iter()
        .map(|l| text[l.clone()].chars().count())
        .collect();
    let max = widths.iter().copied().max()?;
    if !(MIN_WRAP_WIDTH..=MAX_WRAP_WIDTH).contains(&max) {
        return None;
    }
    let continued_full = widths
        .windows(2)
        .filter(|w| w[1] > 0 && w[0] + 10 >= max)
        .count();
    (continued_full >= 3).then_some(max)
}

/// Sets body and teaser paragraphs that repeat an earlier one (whitespace normalised) aside.
pub(super) fn mark_duplicates(text: &str, drafts: &mut [Draft]) {
    let mut seen = HashSet::with_hasher(FxBuild::default());
    for draft in drafts {
        let paragraph = &mut draft.paragraph;
        if !matches!(paragraph.kind, ParagraphKind::Body | ParagraphKind::Teaser) {
            continue;
        }
        if !seen.insert(squashed(&text[paragraph.span.clone()])) {
            paragraph.kind = ParagraphKind::Duplicate;
            paragraph.reason = Some(Reason::Repeat);
        }
    }
}

/// True for a line that is only a date or time (with at most two label words: "World | Sept 18,
/// 2023 // 12:20"), only handles, URLs or e-mail addresses, or the signature of an embedded post
/// ("— Name (@handle) September 2, 2024").
pub(super) fn is_metadata(line: &str) -> bool {
    if line.starts_with(['—', '–', '-']) && line.contains("(@") {
        return true;
    }
    // The words holding a letter or digit; a line of more than 10 is none, and is left at the
    // eleventh without collecting anything.
    let mut tokens = [""; 10];
    let mut count = 0;
    for word in spaced_words(line).filter(|w| w.chars().any(char::is_alphanumeric)) {
        let Some(slot) = tokens.get_mut(count) else {
            return false;
        };
        *slot = word;
        count += 1;
    }
    let tokens = &tokens[..count];
    !tokens.is_empty() && (tokens.iter().all(|t| is_link(t)) || is_date_line(tokens))
}

/// The runs of non-whitespace of `line`, as `split_whitespace` gives them, found by a byte
/// scan: ASCII is classified by byte, and only the characters whose first byte some Unicode
/// space shares (`0xC2`, `0xE1`, `0xE2`, `0xE3`) are decoded.
fn spaced_words(line: &str) -> impl Iterator<Item = &str> {
    let bytes = line.as_bytes();
    let space_at = move |at: usize| -> (bool, usize) {
        match bytes[at] {
            b if b.is_ascii() => (matches!(b, b'\t'..=b'\r' | b' '), 1),
            0xC2 | 0xE1 | 0xE2 | 0xE3 => {
                let c = line[at..].chars().next().unwrap_or('x');
                (c.is_whitespace(), c.len_utf8())
            }
            b => (
                false,
                usize::from(b >= 0xC0) + usize::from(b >= 0xE0) + usize::from(b >= 0xF0) + 1,
            ),
        }
    };
    let mut at = 0;
    std::iter::from_fn(move || {
        while at < bytes.len() {
            let (space, len) = space_at(at);
            if !space {
                break;
            }
            at += len;
        }
        let start = at;
        while at < bytes.len() {
            let (space, len) = space_at(at);
            if space {
                break;
            }
            at += len;
        }
        (at > start).then(|| &line[start..at])
    })
}

/// English calendar words besides the month and weekday names ([`is_month`], [`is_weekday`]):
/// weekday abbreviations and clock words. A date in another language stays text unless other
/// rules catch it.
pub(super) const CALENDAR_WORDS: &[&str] = &[
    "mon", "tue", "wed", "thu", "fri", "sat", "sun", "am", "pm", "a.m", "p.m", "gmt", "utc",
];

/// True when `tokens` are a date or time: numbers with a calendar word or in a date or time
/// shape ("17:55", "02/09/2024", "2024-09-02"), and at most two other words.
pub(super) fn is_date_line(tokens: &[&str]) -> bool {
    let (mut calendar, mut numbers, mut other, mut shaped) = (0, 0, 0, false);
    for token in tokens {
        let t = token.trim_matches([',', '.', ';', '(', ')']).to_lowercase();
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| t.strip_suffix(s))
            .unwrap_or(&t);
        if is_month(&t) || is_weekday(&t) || CALENDAR_WORDS.contains(&t.as_str()) {
            calendar += 1;
        } else if digits.contains(|c: char| c.is_ascii_digit())
            && digits
                .chars()
                .all(|c| c.is_ascii_digit() || matches!(c, ':' | '/' | '-' | '.'))
        {
            numbers += 1;
            shaped |= digits.contains([':', '/']) || digits.matches('-').count() == 2;
        } else {
            other += 1;
        }
    }
    numbers > 0 && (calendar > 0 || shaped) && calendar + numbers >= 2 && other <= 2
}

/// True for a handle, URL, e-mail address or bare domain ("novinite.com").
pub(super) fn is_link(token: &str) -> bool {
    let t = token.trim_matches([',', '.', ';', '(', ')']);
    if (t.len() > 1 && t.starts_with('@')) || t.contains("://") || t.starts_with("www.") {
        return true;
    }
    let host = t.split('/').next().unwrap_or(t);
    let host = host.rsplit_once('@').map_or(host, |(_, domain)| domain);
    host.rsplit_once('.').is_some_and(|(name, tld)| {
        !name.is_empty()
            && (2..=6).contains(&tld.len())
            && tld.chars().all(|c| c.is_ascii_lowercase())
            && name
                .chars()
                .all(|c| c.is_alphanumeric() || matches!(c, '-' | '.' | '_'))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The byte scan splits as `split_whitespace` does, Unicode spaces and multi-byte
    /// characters that share their first byte included.
    #[test]
    fn spaced_words_are_split_whitespaces_words() {
        for line in [
            "",
            "  ",
            "a b",
            " a\tb\r\nc ",
            "a\u{A0}b\u{85}c\u{2003}d\u{3000}e\u{1680}f",
            "é\u{A9}ü ¢ \u{2014} \u{3001}\u{1F600}x",
            "\u{0B}a\u{0C}",
        ] {
            let ours: Vec<&str> = spaced_words(line).collect();
            let std: Vec<&str> = line.split_whitespace().collect();
            assert_eq!(ours, std, "{line:?}");
        }
    }

    #[test]
    fn a_line_of_more_than_ten_words_is_no_metadata() {
        assert!(is_metadata("Sept 18, 2023 12:20 GMT"));
        assert!(is_metadata(
            "@one @two @three @four @five @six @seven @eight @nine @ten"
        ));
        assert!(!is_metadata("@1 @2 @3 @4 @5 @6 @7 @8 @9 @10 @11"));
        assert!(!is_metadata("- -- ---"));
    }
}
