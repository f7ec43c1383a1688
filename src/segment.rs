//! Stage 2: an article's body → paragraphs and sentences, each with its byte span.
//!
//! This module owns the decision of what on a scraped page is article text. Scraped pages put one
//! paragraph per line and glue menus, tickers and link lists line after line, so the body is
//! classified *line by line* first, and only then are neighbouring lines merged into
//! [`Paragraph`]s. Every heuristic is about the *shape* of page furniture plus the vocabulary of
//! [`SegmentRules`]; none knows any particular site.
//!
//! **Lines.** The first rule that fits decides:
//! * a [`tickers`](SegmentRules::tickers) heading ("BREAKING") swallows the lines up to the next
//!   blank line; a [`tail_sections`](SegmentRules::tail_sections) heading ("Most Read") swallows
//!   the rest of the body, but only once article prose came before it: at the top of a page the
//!   same words head a menu, so there it acts as a ticker;
//! * 3+ consecutive one-word lines are a headline animated word by word, or a menu;
//! * a line with no letters or digits is a label ("-");
//! * a furniture line ("Share", also behind a counter: "3 Min Read") is page furniture;
//! * a date/time, handles, URLs or e-mails on their own, or an embedded post's signature ("— Name
//!   (@handle) September 2, 2024"), is metadata;
//! * a teaser lead-in ("Read also |") makes a teaser, whose sentences start at the headline;
//! * a furniture prefix ("Tags:", a short "By Name" byline) is page furniture;
//! * a bullet line of at most 8 words is navigation;
//! * at most 2 words without final punctuation is a label ("Slogan", "ACTU", "ap");
//! * anything else is body text; a headline (no final punctuation) is a one-sentence paragraph.
//!
//! **Paragraphs.** A blank line always ends one; consecutive boilerplate lines with the same
//! reason form one. A text line joins the paragraph above only when that one is visibly
//! unfinished (no final `.` `!` `?`, or a trailing abbreviation) and the new line reads as its
//! continuation: it starts lower-case, the line above ends in `,` `;` `(` or a dash, or the body
//! is hard-wrapped and the line above is full. Anything else (a headline over its lead, one
//! scraped paragraph after another) starts a new paragraph. A body or teaser paragraph that
//! repeats an earlier one, whitespace aside, is a duplicate (pages repeat their headline).
//!
//! **Sentences** end at a paragraph's end, and after `.` `!` `?` (with any closing quotes or
//! brackets) followed by whitespace and a capital, a digit or an opening quote or bracket; but
//! not after an abbreviation from the rules ("Mr.", "Nov.", "U.S.") or initials ("J."). A decimal
//! point has no whitespace after it, so "1.5" never splits.

use std::collections::HashSet;
use std::ops::Range;

use crate::rules::SegmentRules;

/// What a paragraph is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, serde::Serialize)]
#[serde(rename_all = "snake_case")]
pub enum ParagraphKind {
    /// Article text: prose, headlines, subheadings, captions.
    Body,
    /// An advertisement for another article ("Read also | …"); its claims are not this story's.
    Teaser,
    /// Page furniture: menus, bylines, tickers, link lists, share buttons.
    Boilerplate,
    /// Body or teaser text that repeats an earlier paragraph word for word.
    Duplicate,
}

/// One paragraph of the body.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Paragraph {
    /// Byte range in the article text, trimmed of surrounding whitespace.
    pub span: Range<usize>,
    /// What the paragraph is.
    pub kind: ParagraphKind,
    /// Why a boilerplate or duplicate paragraph was set aside ("navigation", "ticker").
    pub reason: Option<&'static str>,
}

/// One sentence of a body or teaser paragraph.
#[derive(Clone, Debug, PartialEq, Eq, serde::Serialize)]
pub struct Sentence {
    /// Byte range in the article text, trimmed; `&text[span]` is the sentence.
    pub span: Range<usize>,
    /// Index of its paragraph in [`Segmented::paragraphs`].
    pub paragraph: usize,
    /// True when the sentence is a teaser's headline, not article text.
    pub teaser: bool,
}

/// An article body cut into paragraphs and sentences.
#[derive(Clone, Debug, Default, PartialEq, Eq, serde::Serialize)]
pub struct Segmented {
    /// Every non-blank stretch of the body, in order, boilerplate included.
    pub paragraphs: Vec<Paragraph>,
    /// The sentences of the body and teaser paragraphs, in order.
    pub sentences: Vec<Sentence>,
}

/// Segments `body`, a byte range of `text` (the whole file, `body` being what follows any front
/// matter). All spans are byte offsets into `text`. A range that is out of bounds or not on char
/// boundaries yields nothing rather than panicking.
pub fn segment(text: &str, body: Range<usize>, rules: &SegmentRules) -> Segmented {
    if text.get(body.clone()).is_none() {
        return Segmented::default();
    }
    let vocab = Vocab::new(rules);
    let lines = split_lines(text, body);
    let mut drafts = paragraphs(text, &lines, &vocab);
    // A short line is a label only beside other text: a text of one short line is the text.
    if let [only] = drafts.as_mut_slice() {
        if only.paragraph.reason == Some("label") {
            only.paragraph.kind = ParagraphKind::Body;
            only.paragraph.reason = None;
        }
    }
    mark_duplicates(text, &mut drafts);
    let mut sentences = Vec::new();
    for (index, draft) in drafts.iter().enumerate() {
        let teaser = match draft.paragraph.kind {
            ParagraphKind::Body => false,
            ParagraphKind::Teaser => true,
            _ => continue,
        };
        let content = draft.content_start..draft.paragraph.span.end;
        sentences.extend(
            split_sentences(text, content, &vocab)
                .into_iter()
                .map(|span| Sentence {
                    span,
                    paragraph: index,
                    teaser,
                }),
        );
    }
    let paragraphs = drafts.into_iter().map(|d| d.paragraph).collect();
    Segmented {
        paragraphs,
        sentences,
    }
}

/// Characters that close a quotation or aside after a sentence's final mark.
const CLOSERS: &[char] = &['”', '"', '’', '\'', '»', ')', ']'];
/// Characters that may open a sentence before its first letter.
const OPENERS: &[char] = &['“', '"', '‘', '\'', '«', '(', '[', '¿', '¡'];
/// Bullet marks of scraped lists; each must be followed by a space.
const BULLETS: &[char] = &['•', '·', '▪', '►', '*', '-', '–'];
/// A bullet line of at most this many words is a menu entry, longer ones are text.
const MAX_NAV_WORDS: usize = 8;
/// A line of at most this many words without final punctuation is a label ("Listen", "ACTU").
const MAX_LABEL_WORDS: usize = 2;
/// Scraped paragraph lines run to hundreds of characters; hard-wrapped text stays under this.
const MAX_WRAP_WIDTH: usize = 100;
/// Below this, short lines are menus and labels, not a wrapped column of prose.
const MIN_WRAP_WIDTH: usize = 40;

/// The segment rules, normalised once per call for cheap lookups.
struct Vocab<'r> {
    rules: &'r SegmentRules,
    lines: HashSet<String>,
    tickers: HashSet<String>,
    tails: HashSet<String>,
    abbreviations: HashSet<&'r str>,
}

impl<'r> Vocab<'r> {
    fn new(rules: &'r SegmentRules) -> Vocab<'r> {
        let keys = |list: &[String]| list.iter().map(|s| line_key(s)).collect();
        Vocab {
            rules,
            lines: keys(&rules.boilerplate_lines),
            tickers: keys(&rules.tickers),
            tails: keys(&rules.tail_sections),
            abbreviations: rules.abbreviations.iter().map(String::as_str).collect(),
        }
    }

    /// True for a line of page furniture. A leading counter is ignored, so "3 Min Read" and
    /// "12 comments" match "min read" and "comments".
    fn is_furniture_line(&self, line: &str) -> bool {
        let key = line_key(line);
        self.lines.contains(&key)
            || key.split_once(' ').is_some_and(|(n, rest)| {
                n.chars().all(|c| c.is_ascii_digit()) && self.lines.contains(rest)
            })
    }

    /// True for a line starting with a furniture prefix, also after a short breadcrumb
    /// ("World » Be a reporter: …").
    fn has_furniture_prefix(&self, line: &str) -> bool {
        let after_crumb = line
            .rsplit_once(['»', '›'])
            .filter(|(crumb, _)| word_count(crumb) <= 3)
            .map(|(_, rest)| rest.trim_start());
        [Some(line), after_crumb].into_iter().flatten().any(|text| {
            self.rules
                .boilerplate_prefixes
                .iter()
                .any(|prefix| prefix_hits(text, prefix))
        })
    }

    /// The headline of a teaser line, as a byte offset into `line`, when it starts with a teaser
    /// lead-in. `Some(None)` is a lead-in with no headline after it.
    fn teaser_headline(&self, line: &str) -> Option<Option<usize>> {
        let rest = self.rules.teasers.iter().find_map(|lead| {
            let rest = strip_prefix_ci(line, lead)?;
            let word_lead = lead.ends_with(char::is_alphanumeric);
            (!word_lead || !rest.starts_with(char::is_alphanumeric)).then_some(rest)
        })?;
        let headline = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '|' | ':' | '-' | '–' | '—' | '»' | '>' | '/' | '•')
        });
        let has_words = headline.chars().any(char::is_alphanumeric);
        Some(has_words.then(|| line.len() - headline.len()))
    }

    /// True when `word` (the text before a period) is a known abbreviation or initials.
    fn is_abbreviation(&self, word: &str) -> bool {
        let word = word.trim_start_matches(OPENERS);
        !word.is_empty()
            && (self.abbreviations.contains(word.to_lowercase().as_str()) || is_initials(word))
    }
}

/// Whether `prefix` (a furniture prefix) starts `line`, ending at a word boundary. A prefix that
/// is one ordinary word ("by", "next", "follow") also starts sentences ("By the end of the day
/// …"), so it counts only on a line without final punctuation whose next word is capitalised (a
/// name, a headline), and that is short (≤ 8 words) or sets the word in capitals as site chrome
/// does ("PREV …").
fn prefix_hits(line: &str, prefix: &str) -> bool {
    let Some(rest) = strip_prefix_ci(line, prefix) else {
        return false;
    };
    if prefix.ends_with(char::is_alphanumeric) && rest.starts_with(char::is_alphanumeric) {
        return false;
    }
    if !prefix.chars().all(char::is_alphabetic) {
        return true;
    }
    let shouted = line[..line.len() - rest.len()]
        .chars()
        .all(char::is_uppercase);
    !rest.trim_start().starts_with(char::is_lowercase)
        && !ends_sentence(line)
        && (word_count(line) <= MAX_NAV_WORDS || shouted)
}

/// A paragraph under construction, with what merging and sentence splitting need to know.
struct Draft {
    paragraph: Paragraph,
    /// Where its sentences start: after a bullet mark or a teaser's lead-in.
    content_start: usize,
    /// The span of its last line.
    last_line: Range<usize>,
    /// True when text may still continue it on the next line.
    open: bool,
}

/// What one non-blank line is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum LineClass {
    Boilerplate(&'static str),
    /// Body or teaser text; its sentences start at byte `content` of the line.
    Text {
        teaser: bool,
        content: usize,
    },
}

/// A block that swallows the lines after its heading.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Block {
    None,
    /// Runs to the next blank line ("BREAKING").
    UntilBlank,
    /// Runs to the end of the body ("Most Read" after the article).
    ToEnd,
}

impl Block {
    fn reason(self) -> &'static str {
        match self {
            Block::ToEnd => "tail section",
            _ => "ticker",
        }
    }
}

/// The body's lines, each trimmed (CR included); a blank line has an empty span.
fn split_lines(text: &str, body: Range<usize>) -> Vec<Range<usize>> {
    let mut start = body.start;
    text[body.clone()]
        .split_inclusive('\n')
        .map(|raw| {
            let trimmed = raw.trim();
            let lead = raw.len() - raw.trim_start().len();
            let line = start + lead..start + lead + trimmed.len();
            start += raw.len();
            line
        })
        .collect()
}

/// Classifies the lines and merges them into paragraphs (see the module docs).
fn paragraphs(text: &str, lines: &[Range<usize>], vocab: &Vocab) -> Vec<Draft> {
    let one_word = one_word_runs(text, lines);
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
        let mut class = match block {
            Block::None => match block_heading(line, vocab, seen_prose) {
                Some(opened) => {
                    block = opened;
                    LineClass::Boilerplate(opened.reason())
                }
                None if one_word[index] => LineClass::Boilerplate("one word per line"),
                None => classify_line(line, vocab),
            },
            inside => LineClass::Boilerplate(inside.reason()),
        };
        let previous = drafts.last_mut().filter(|_| !after_blank);
        let joins = match (class, previous.as_deref()) {
            (_, None) => false,
            (LineClass::Boilerplate("label"), Some(prev)) if prev.open => {
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
fn block_heading(line: &str, vocab: &Vocab, seen_prose: bool) -> Option<Block> {
    // A bulleted "• Latest" is a menu entry, not a heading.
    let key = line_key(line);
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
/// ones, so a bulleted date reads "metadata" rather than "navigation".
fn classify_line(line: &str, vocab: &Vocab) -> LineClass {
    let rest = strip_bullets(line);
    let bulleted = rest.len() < line.len();
    let words = word_count(rest);
    let furniture = if !rest.chars().any(char::is_alphanumeric) {
        Some("label")
    } else if vocab.is_furniture_line(rest) {
        Some("page furniture")
    } else if is_metadata(rest) {
        Some("metadata")
    } else if let Some(headline) = vocab.teaser_headline(rest) {
        // A teaser lead-in wins over a furniture prefix ("related:" is both).
        return match headline {
            Some(at) => LineClass::Text {
                teaser: true,
                content: line.len() - rest.len() + at,
            },
            None => LineClass::Boilerplate("page furniture"),
        };
    } else if vocab.has_furniture_prefix(rest) {
        Some("page furniture")
    } else if bulleted && words <= MAX_NAV_WORDS {
        Some("navigation")
    } else if words <= MAX_LABEL_WORDS && !ends_sentence(rest) {
        Some("label")
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

fn new_draft(span: Range<usize>, class: LineClass, open: bool) -> Draft {
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
fn continues(
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
fn closed(line: &str, vocab: &Vocab) -> bool {
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
fn one_word_runs(text: &str, lines: &[Range<usize>]) -> Vec<bool> {
    let single: Vec<bool> = lines
        .iter()
        .map(|l| word_count(&text[l.clone()]) == 1)
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
fn wrap_width(text: &str, lines: &[Range<usize>]) -> Option<usize> {
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
fn mark_duplicates(text: &str, drafts: &mut [Draft]) {
    let mut seen = HashSet::new();
    for draft in drafts {
        let paragraph = &mut draft.paragraph;
        if !matches!(paragraph.kind, ParagraphKind::Body | ParagraphKind::Teaser) {
            continue;
        }
        if !seen.insert(squash(&text[paragraph.span.clone()])) {
            paragraph.kind = ParagraphKind::Duplicate;
            paragraph.reason = Some("repeats an earlier paragraph");
        }
    }
}

/// True for a line that is only a date or time (with at most two label words: "World | Sept 18,
/// 2023 // 12:20"), only handles, URLs or e-mail addresses, or the signature of an embedded post
/// ("— Name (@handle) September 2, 2024").
fn is_metadata(line: &str) -> bool {
    if line.starts_with(['—', '–', '-']) && line.contains("(@") {
        return true;
    }
    let tokens: Vec<&str> = line
        .split_whitespace()
        .filter(|t| t.chars().any(char::is_alphanumeric))
        .collect();
    if tokens.is_empty() || tokens.len() > 10 {
        return false;
    }
    tokens.iter().all(|t| is_link(t)) || is_date_line(&tokens)
}

/// English calendar words; a date in another language stays text unless other rules catch it.
const CALENDAR_WORDS: &str = "january february march april may june july august september october \
    november december jan feb mar apr jun jul aug sep sept oct nov dec monday tuesday wednesday \
    thursday friday saturday sunday mon tue wed thu fri sat sun am pm a.m p.m gmt utc";

/// True when `tokens` are a date or time: numbers with a calendar word or in a date or time
/// shape ("17:55", "02/09/2024", "2024-09-02"), and at most two other words.
fn is_date_line(tokens: &[&str]) -> bool {
    let (mut calendar, mut numbers, mut other, mut shaped) = (0, 0, 0, false);
    for token in tokens {
        let t = token.trim_matches([',', '.', ';', '(', ')']).to_lowercase();
        let digits = ["st", "nd", "rd", "th"]
            .iter()
            .find_map(|s| t.strip_suffix(s))
            .unwrap_or(&t);
        if CALENDAR_WORDS.split_whitespace().any(|w| w == t) {
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
fn is_link(token: &str) -> bool {
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

/// Cuts `range` of `text` into trimmed sentence spans (the rule is in the module docs). Each
/// character is visited once and the look-back for an abbreviation is bounded, so the work is
/// linear in the paragraph.
fn split_sentences(text: &str, range: Range<usize>, vocab: &Vocab) -> Vec<Range<usize>> {
    let paragraph = &text[range.clone()];
    let mut sentences = Vec::new();
    let mut start = 0;
    let mut chars = paragraph.char_indices().peekable();
    while let Some((at, c)) = chars.next() {
        if !matches!(c, '.' | '!' | '?') {
            continue;
        }
        let mut end = at + c.len_utf8();
        let mut only_period = c == '.';
        while let Some(&(next, d)) = chars.peek() {
            if matches!(d, '.' | '!' | '?') {
                only_period &= d == '.';
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
        if spaced && opens && !abbreviated {
            push_trimmed(&mut sentences, paragraph, range.start, start..end);
            start = next;
        }
    }
    push_trimmed(
        &mut sentences,
        paragraph,
        range.start,
        start..paragraph.len(),
    );
    sentences
}

fn push_trimmed(out: &mut Vec<Range<usize>>, paragraph: &str, base: usize, span: Range<usize>) {
    let piece = &paragraph[span.clone()];
    let trimmed = piece.trim();
    if !trimmed.is_empty() {
        let lead = piece.len() - piece.trim_start().len();
        let start = base + span.start + lead;
        out.push(start..start + trimmed.len());
    }
}

/// The word at the end of `text`, or `None` when it is longer than any abbreviation could be
/// (which keeps the look-back bounded on pathological input).
fn word_before(text: &str) -> Option<&str> {
    let mut begin = text.len();
    for (count, (at, c)) in text.char_indices().rev().enumerate() {
        if c.is_whitespace() {
            break;
        }
        if count >= 24 {
            return None;
        }
        begin = at;
    }
    Some(&text[begin..])
}

/// Single capitals separated by periods: "J", "U.S", "U.A.E".
fn is_initials(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
    })
}

/// True when `line` ends with `.` `!` or `?`, possibly inside closing quotes or brackets.
fn ends_sentence(line: &str) -> bool {
    line.trim_end()
        .trim_end_matches(CLOSERS)
        .ends_with(['.', '!', '?'])
}

/// `line` without leading bullet marks ("• ", "- ", "• • ").
fn strip_bullets(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix(BULLETS) {
        match rest.strip_prefix(char::is_whitespace) {
            Some(rest) => line = rest.trim_start(),
            None => break,
        }
    }
    line
}

/// A line's comparison key: lower-case, single spaces, without punctuation at the end.
fn line_key(line: &str) -> String {
    let key = squash(line).to_lowercase();
    key.trim_end_matches([':', '.', '!', '?', ',', ';', '…'])
        .trim_end()
        .to_string()
}

/// `text` with every run of whitespace made one space.
fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

fn word_count(text: &str) -> usize {
    text.split_whitespace().count()
}

/// `text` after `prefix` (lower-case), compared ignoring case.
fn strip_prefix_ci<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    let mut wanted = prefix.chars().peekable();
    for (at, c) in text.char_indices() {
        if wanted.peek().is_none() {
            return Some(&text[at..]);
        }
        for lower in c.to_lowercase() {
            if wanted.next() != Some(lower) {
                return None;
            }
        }
    }
    wanted.peek().is_none().then_some("")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn rules() -> SegmentRules {
        crate::rules::RuleSet::load(&[]).unwrap().segment
    }

    /// Segments the whole of `text` and checks the span invariants every result must keep.
    fn run(text: &str) -> Segmented {
        let out = segment(text, 0..text.len(), &rules());
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
            .filter_map(|p| Some((&text[p.span.clone()], p.reason?)))
            .collect()
    }

    fn kinds(out: &Segmented) -> Vec<ParagraphKind> {
        out.paragraphs.iter().map(|p| p.kind).collect()
    }

    #[test]
    fn abbreviations_initials_and_decimals_do_not_split() {
        let text = "Mr. Ramadan met the U.S. envoy on Nov. 13 in Niamey. J. R. Smith said \
                    exports rose 1.5 percent. Talks resumed Sept. 18, 2023, officials said. \
                    The U.A.E. Army stayed away.\n";
        let out = run(text);
        assert_eq!(
            sentences(text, &out),
            [
                "Mr. Ramadan met the U.S. envoy on Nov. 13 in Niamey.",
                "J. R. Smith said exports rose 1.5 percent.",
                "Talks resumed Sept. 18, 2023, officials said.",
                "The U.A.E. Army stayed away."
            ]
        );
        assert_eq!(kinds(&out), [ParagraphKind::Body]);
    }

    #[test]
    fn quote_ended_sentences_split_before_capitals_and_quotes_only() {
        let text = "“The exchanges were fruitful and helped to strengthen our relations.” added \
                    Mr. Ramadan. “We must organise ourselves,” he said! Was it over? (Nobody \
                    knew.) 20 died.";
        let out = run(text);
        assert_eq!(
            sentences(text, &out),
            [
                "“The exchanges were fruitful and helped to strengthen our relations.” added Mr. Ramadan.",
                "“We must organise ourselves,” he said!",
                "Was it over?",
                "(Nobody knew.)",
                "20 died."
            ]
        );
    }

    #[test]
    fn unicode_text_splits_on_char_boundaries() {
        let text = "МАЛИ 🇲🇱 – rebels meet in Tinzaouatène… again 🇳🇪. Ещё одно предложение. \
                    Élan returned.\n";
        let out = run(text);
        assert_eq!(
            sentences(text, &out),
            [
                "МАЛИ 🇲🇱 – rebels meet in Tinzaouatène… again 🇳🇪.",
                "Ещё одно предложение.",
                "Élan returned."
            ]
        );
    }

    #[test]
    fn teasers_lose_their_lead_in() {
        let text = "The rebels met in August.\n\nRead also | Separatists claim to have killed 84 \
                    soldiers in late July\n\nRead more: Niger, Burkina Faso and Mali sign a treaty. \
                    It creates a confederation.\nRead more\n";
        let out = run(text);
        assert_eq!(
            kinds(&out),
            [
                ParagraphKind::Body,
                ParagraphKind::Teaser,
                ParagraphKind::Teaser,
                ParagraphKind::Boilerplate
            ]
        );
        assert_eq!(
            sentences(text, &out),
            [
                "The rebels met in August.",
                "Separatists claim to have killed 84 soldiers in late July",
                "Niger, Burkina Faso and Mali sign a treaty.",
                "It creates a confederation."
            ]
        );
        let teasers: Vec<bool> = out.sentences.iter().map(|s| s.teaser).collect();
        assert_eq!(teasers, [false, true, true, true]);
        // The paragraph keeps the lead-in; only its sentences start at the headline.
        assert!(text[out.paragraphs[1].span.clone()].starts_with("Read also |"));
    }

    #[test]
    fn ticker_runs_to_the_next_blank_line() {
        let text = "BREAKING\nPresident signs the bill on Friday.\nBerri: Lebanon must call an \
                    urgent session\n\nThe rebels met in August.\n";
        let out = run(text);
        assert_eq!(dropped(text, &out).len(), 1);
        assert_eq!(out.paragraphs[0].reason, Some("ticker"));
        assert!(text[out.paragraphs[0].span.clone()].ends_with("urgent session"));
        assert_eq!(sentences(text, &out), ["The rebels met in August."]);
    }

    #[test]
    fn tail_section_after_prose_runs_to_the_end() {
        let text = "The rebels met in August. They agreed on a pact.\n\nMost Read\n\nUN states \
                    back a resolution\n\n  • Politics\n  • 14 Nov 2025\nThe army said it \
                    retook the town.\n\nLast headline of the page";
        let out = run(text);
        assert_eq!(
            sentences(text, &out),
            ["The rebels met in August.", "They agreed on a pact."]
        );
        let reasons: Vec<&str> = dropped(text, &out).into_iter().map(|(_, r)| r).collect();
        assert_eq!(reasons, ["tail section"; 4]);
        assert_eq!(out.paragraphs.last().unwrap().span.end, text.len());
    }

    #[test]
    fn tail_section_before_any_prose_is_a_ticker() {
        let text = "Trending\nMali junta extends the transition\nNiger closes its border\n\nThe \
                    rebels met in August.\n\nMost Read\nGaza: talks stall again\n\nOld news";
        let out = run(text);
        assert_eq!(out.paragraphs[0].reason, Some("ticker"));
        assert_eq!(out.paragraphs[1].kind, ParagraphKind::Body);
        assert_eq!(sentences(text, &out), ["The rebels met in August."]);
        assert_eq!(out.paragraphs[2].reason, Some("tail section"));
        assert_eq!(out.paragraphs[3].reason, Some("tail section"));
    }

    #[test]
    fn short_bullets_are_navigation_long_ones_are_text() {
        let text = "  • News\n    • Politics and Economy\n  • • LIVE\n• The army said on Monday \
                    that it had retaken the town of Kidal after three days of fighting.\n";
        let out = run(text);
        assert_eq!(
            dropped(text, &out),
            [(
                "• News\n    • Politics and Economy\n  • • LIVE",
                "navigation"
            )]
        );
        assert_eq!(
            sentences(text, &out),
            [
                "The army said on Monday that it had retaken the town of Kidal after three days of fighting."
            ]
        );
    }

    #[test]
    fn one_word_per_line_runs_are_boilerplate() {
        let text = "Rebels met in late August\nRebels\n  met\n  in\n  “late”\n  August\n\nThe \
                    meeting lasted five days.\n";
        let out = run(text);
        assert_eq!(
            kinds(&out),
            [
                ParagraphKind::Body,
                ParagraphKind::Boilerplate,
                ParagraphKind::Body
            ]
        );
        assert_eq!(out.paragraphs[1].reason, Some("one word per line"));
        assert_eq!(
            sentences(text, &out),
            ["Rebels met in late August", "The meeting lasted five days."]
        );
    }

    #[test]
    fn repeated_paragraphs_are_duplicates() {
        let text = "Rebels forge   stronger ties\n\nRebels forge stronger ties\nThe meeting lasted \
                    five days.\n\nRebels forge stronger ties\n";
        let out = run(text);
        assert_eq!(
            kinds(&out),
            [
                ParagraphKind::Body,
                ParagraphKind::Duplicate,
                ParagraphKind::Body,
                ParagraphKind::Duplicate
            ]
        );
        assert_eq!(
            out.paragraphs[1].reason,
            Some("repeats an earlier paragraph")
        );
        assert_eq!(
            sentences(text, &out),
            [
                "Rebels forge   stronger ties",
                "The meeting lasted five days."
            ]
        );
    }

    #[test]
    fn dates_handles_and_links_alone_are_metadata() {
        let text = "  • 2 Sep 2024 17:55\n\n14 Nov 2025\n\nWorld | September 18, 2023, Monday // \
                    12:20\n\n@SahelWatch\n\nwww.example.com\n\neditors@example.com\n\n— Example \
                    Média (@ExampleMedia) September 2, 2024\n\nFighting began on Nov 11 when the \
                    army approached Kidal.\n";
        let out = run(text);
        let reasons: Vec<&str> = dropped(text, &out).into_iter().map(|(_, r)| r).collect();
        assert_eq!(reasons, ["metadata"; 7]);
        assert_eq!(
            sentences(text, &out),
            ["Fighting began on Nov 11 when the army approached Kidal."]
        );
    }

    #[test]
    fn numbers_without_a_date_shape_are_not_metadata() {
        let text = "2 of 3 victims\n\n• Latest\n• Mali junta extends its transition by five more years again\n";
        let out = run(text);
        assert_eq!(dropped(text, &out), [("• Latest", "navigation")]);
        assert_eq!(
            sentences(text, &out),
            [
                "2 of 3 victims",
                "Mali junta extends its transition by five more years again"
            ]
        );
    }

    #[test]
    fn a_text_of_one_short_line_is_body() {
        let rules = rules();
        let text = "exceed 3000";
        let seg = segment(text, 0..text.len(), &rules);
        assert_eq!(seg.paragraphs[0].kind, ParagraphKind::Body);
        assert_eq!(seg.sentences.len(), 1);
        assert_eq!(&text[seg.sentences[0].span.clone()], "exceed 3000");
    }

    #[test]
    fn furniture_lines_prefixes_and_labels() {
        let text = "By Al Example English\nBy the end of the day, 20 people had been killed.\n\
                    PREV Minister expresses his immense anger during the tribute to the fallen \
                    officer\nFollow Example.com on Twitter and Facebook\n3 Min Read\nAdd to your \
                    selections\nClose this search box.\nWorld » Be a reporter: Write and send \
                    your article\nListen\n\nACTU\nap\n\nThe World with AFP\n-\n\nMenu\nNews\nSport\n";
        let out = run(text);
        assert_eq!(
            dropped(text, &out),
            [
                ("By Al Example English", "page furniture"),
                (
                    "PREV Minister expresses his immense anger during the tribute to the fallen officer\n\
                     Follow Example.com on Twitter and Facebook\n3 Min Read\nAdd to your selections\n\
                     Close this search box.\nWorld » Be a reporter: Write and send your article\nListen",
                    "page furniture"
                ),
                ("ACTU\nap", "label"),
                ("-", "label"),
                ("Menu\nNews\nSport", "one word per line"),
            ]
        );
        assert_eq!(
            sentences(text, &out),
            [
                "By the end of the day, 20 people had been killed.",
                "The World with AFP"
            ]
        );
    }

    #[test]
    fn ordinary_words_that_are_prefixes_still_start_text() {
        let text = "Prevention of attacks is the priority, officials say\nNext week, the junta \
                    will meet.\nBy Monday the army had retaken Kidal and the airport.\nCopyright \
                    law is not the issue here.\nRelated: Mali junta extends its transition\n";
        let out = run(text);
        assert_eq!(dropped(text, &out), []);
        assert_eq!(out.paragraphs.last().unwrap().kind, ParagraphKind::Teaser);
        assert_eq!(
            sentences(text, &out),
            [
                "Prevention of attacks is the priority, officials say",
                "Next week, the junta will meet.",
                "By Monday the army had retaken Kidal and the airport.",
                "Copyright law is not the issue here.",
                "Mali junta extends its transition"
            ]
        );
    }

    #[test]
    fn headlines_are_one_sentence_paragraphs() {
        let text = "Mali soldiers arrive at Independence Square in Bamako\nBAMAKO, Nov 13 — \
                    Fighting continued. Both sides claimed gains.\n";
        let out = run(text);
        assert_eq!(kinds(&out), [ParagraphKind::Body, ParagraphKind::Body]);
        assert_eq!(
            sentences(text, &out),
            [
                "Mali soldiers arrive at Independence Square in Bamako",
                "BAMAKO, Nov 13 — Fighting continued.",
                "Both sides claimed gains."
            ]
        );
    }

    #[test]
    fn continued_lines_join_their_paragraph() {
        let text = "Fighting continues near Kidal\nand in the north, officials said. He met \
                    Mr.\nRamadan, Gen. Tiani,\nBurkina Faso\nand others.\n";
        let out = run(text);
        assert_eq!(kinds(&out), [ParagraphKind::Body]);
        assert_eq!(
            sentences(text, &out),
            [
                "Fighting continues near Kidal\nand in the north, officials said.",
                "He met Mr.\nRamadan, Gen. Tiani,\nBurkina Faso\nand others."
            ]
        );
    }

    #[test]
    fn hard_wrapped_prose_is_one_paragraph() {
        let text = "Malian rebels met their Nigerien allies\n\n\
                    The military juntas of Mali, Niger and Burkina Faso signed a pact\n\
                    Saturday pledging to come to each other's aid in the event of any\n\
                    Rebellion or external aggression, officials in Bamako confirmed on\n\
                    Sunday. The pact was seen by Reuters.\n";
        let out = run(text);
        assert_eq!(kinds(&out), [ParagraphKind::Body, ParagraphKind::Body]);
        assert_eq!(out.sentences.len(), 3);
        assert!(sentences(text, &out)[1].ends_with("confirmed on\nSunday."));
    }

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
}
