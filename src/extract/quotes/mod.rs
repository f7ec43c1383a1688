//! Quotations and who said them.
//!
//! Quotes are found per paragraph, since a quotation may run over several sentences. The marks
//! read are straight and curly double quotes, `« »`, `„ “`, and single quotes used as quotation
//! marks (an apostrophe between two letters, as in "Jama’at" or "don't", is never one). Scraped
//! and machine-translated text breaks marks, and these are read too:
//!
//! - a closing mark before an opening one with text between (`” to strenghten “`) is a
//!   reversed pair;
//! - an opening mark that nothing closes runs to the end of its paragraph (the next paragraph of
//!   a long quotation opens again, by convention);
//! - a closing mark that nothing opened closes a quotation that started with the paragraph.
//!
//! A quotation of fewer than `quotes.min_statement_words` words is a *term* ("strengthen",
//! "terrorists", a scare quote or a name); longer ones are *statements*.
//!
//! The speaker comes from the attribution around the quotation: the sentence that holds its
//! opening mark and the one just after its closing mark are read by the claimant finder ("…,
//! X said", "X said: …", "said X", "added Mr. Ramadan", "according to X", "… the FPL stressed
//! on its Facebook page"), a pronoun standing for the last speaker named before (within a few
//! paragraphs); failing that, a name right after the closing mark ("…”Mohamed Ramadan, spokesman
//! for …, told AFP"). The quotation's own verb outranks an "according to" that reports it, and a
//! bare title ("the governor") is the last speaker whose name holds it ("Governor Amadou
//! Sangare").

use std::cell::OnceCell;
use std::ops::Range;

use crate::claim::{BrokenMarks, Claimant, QuoteKind, QuoteValue};
use crate::rules::RuleSet;
use crate::segment::{Segmented, Sentence};
use crate::words::{Token, tokens_in};

use super::Indexes;
use super::claimant::{according_to, by_verb};

/// How many tokens before and after a quotation its attribution is looked for in: a sentence of
/// news prose is far shorter, and the bound keeps a run-on line of thousands of quotations from
/// being read once per quotation.
const SPEAKER_REACH: usize = 256;

/// How many paragraphs back a pronoun may look for its speaker.
const PRONOUN_REACH: usize = 3;

/// One quotation found in an article.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// The quoted words, marks excluded, trimmed.
    pub span: Range<usize>,
    /// What was found.
    pub quote: QuoteValue,
    /// Who said it, when the text says.
    pub speaker: Option<Claimant>,
    /// The sentence holding the opening mark.
    pub sentence: Range<usize>,
}

/// A pair of marks around a quotation, as byte offsets: the opening mark's start and the
/// closing mark's end (or the paragraph's end when unclosed).
#[derive(Clone, Debug, PartialEq)]
struct Marks {
    outer: Range<usize>,
    inner: Range<usize>,
    marks: String,
    broken: Option<BrokenMarks>,
}

/// Every quotation of the article, in text order. `tokens` are the tokens of the whole text.
pub(crate) fn quotes(
    text: &str,
    segmented: &Segmented,
    indexes: &Indexes<'_>,
    tokens: &[Token<'_>],
) -> Vec<Found> {
    let rules = indexes.rules;
    let mut found: Vec<Found> = Vec::new();
    let mut last_speaker: Option<(usize, Claimant)> = None;
    let by_paragraph = sentences_by_paragraph(segmented);
    for (index, paragraph) in segmented.paragraphs.iter().enumerate() {
        let sentences = &by_paragraph[index];
        if sentences.is_empty() {
            continue;
        }
        let all = marks(text, paragraph.span.clone());
        // Quoted statements hold no attribution of another quotation: they are masked.
        let statements: Vec<Range<usize>> = all
            .iter()
            .filter(|m| kind_of(&text[trim(text, m.inner.clone())], rules) == QuoteKind::Statement)
            .map(|m| m.outer.clone())
            .collect();
        for m in all {
            let inner = trim(text, m.inner.clone());
            if inner.is_empty() {
                continue;
            }
            let kind = kind_of(&text[inner.clone()], rules);
            let sentence = sentence_at(sentences, m.outer.start, paragraph.span.clone());
            let previous = last_speaker
                .as_ref()
                .filter(|(p, _)| index - p <= PRONOUN_REACH)
                .map(|(_, c)| c);
            let source = (text, tokens);
            let speaker = speaker(source, sentences, &m, &statements, previous, indexes);
            if let Some(s) = &speaker {
                if kind == QuoteKind::Statement {
                    last_speaker = Some((index, s.clone()));
                }
            }
            found.push(Found {
                quote: QuoteValue {
                    text: text[inner.clone()]
                        .split_whitespace()
                        .collect::<Vec<_>>()
                        .join(" "),
                    kind,
                    marks: m.marks.clone(),
                    broken: m.broken,
                    speaker: speaker.as_ref().map(|s| s.name.clone()),
                },
                span: inner,
                speaker,
                sentence,
            });
        }
    }
    found
}

/// The quotation marks of one paragraph, paired.
fn marks(text: &str, paragraph: Range<usize>) -> Vec<Marks> {
    let mut pairing = Pairing {
        p: &text[paragraph.clone()],
        base: paragraph.start,
        open: None,
        out: Vec::new(),
        second_word: OnceCell::new(),
    };
    // Only marks and apostrophes do anything: the text between is skipped, not read.
    let mut at = 0;
    while let Some(found) = next_mark(pairing.p, at) {
        at = pairing.read(found);
    }
    pairing.finish()
}

/// The quotation marks and apostrophes `marks` reads.
const MARKS: [char; 9] = ['“', '”', '„', '«', '»', '"', '‘', '’', '\''];

/// The byte offset of the first mark or apostrophe of `p` at or after byte `from`. Bytes are
/// scanned for the first byte of a mark in UTF-8 (`"`, `'`, and the lead bytes of `«»` and of
/// the curly marks), which no byte inside another character equals.
fn next_mark(p: &str, from: usize) -> Option<usize> {
    let bytes = p.as_bytes();
    let mut at = from;
    while let Some(k) = (bytes[at..].iter()).position(|b| matches!(b, b'"' | b'\'' | 0xC2 | 0xE2)) {
        let found = at + k;
        if p[found..].starts_with(MARKS) {
            return Some(found);
        }
        at = found + 1;
    }
    None
}

/// Marks of one paragraph being paired, read left to right.
struct Pairing<'p> {
    /// The paragraph.
    p: &'p str,
    /// Its byte offset in the article.
    base: usize,
    /// The mark waiting for its closing one: its byte offset in `p`, the mark.
    open: Option<(usize, char)>,
    /// The pairs so far.
    out: Vec<Marks>,
    /// Where the paragraph's second word starts, once asked (see [`second_word`]).
    second_word: OnceCell<usize>,
}

impl Pairing<'_> {
    /// The character at byte `at` of the paragraph.
    fn char_at(&self, at: usize) -> char {
        self.p[at..].chars().next().unwrap_or_default()
    }

    /// Reads the mark or apostrophe at byte `at`; returns the byte offset of the next
    /// character to read.
    fn read(&mut self, at: usize) -> usize {
        let c = self.char_at(at);
        let single = matches!(c, '‘' | '’' | '\'');
        let next = at + c.len_utf8();
        // An apostrophe between letters ("Jama’at", "don't", "Mali’s") is no quotation mark.
        if single && self.letter_before(at) && self.letter_at(next) {
            return next;
        }
        match self.open {
            Some((start, mark)) => self.close(at, start, mark),
            None if c == '”' => return self.stray_closing(at),
            None if self.opens(at) => self.open = Some((at, c)),
            None => {}
        }
        next
    }

    /// Whether the character at byte `at` is a letter or digit.
    fn letter_at(&self, at: usize) -> bool {
        self.p[at..]
            .chars()
            .next()
            .is_some_and(char::is_alphanumeric)
    }

    /// Whether the character before byte `at` is a letter or digit.
    fn letter_before(&self, at: usize) -> bool {
        self.p[..at]
            .chars()
            .next_back()
            .is_some_and(char::is_alphanumeric)
    }

    /// Whether the character at byte `at`, with no mark open, opens a quotation: a double mark,
    /// or a single one before a letter and not after one.
    fn opens(&self, at: usize) -> bool {
        let c = self.char_at(at);
        match c {
            '“' | '«' | '„' | '"' => true,
            '‘' | '\'' => self.letter_at(at + c.len_utf8()) && !self.letter_before(at),
            _ => false,
        }
    }

    /// Pairs the character at byte `at` with the open `mark` at byte `start` if it closes it.
    fn close(&mut self, at: usize, start: usize, mark: char) {
        let c = self.char_at(at);
        let closes = match (mark, c) {
            ('“', '”') | ('„', '“') | ('«', '»') | ('"', '"') => true,
            ('“', '"') | ('"', '”') => true,
            ('‘' | '\'', '’' | '\'') => !self.letter_at(at + c.len_utf8()),
            _ => false,
        };
        if closes {
            let base = self.base;
            self.out.push(Marks {
                outer: base + start..base + at + c.len_utf8(),
                inner: base + start + mark.len_utf8()..base + at,
                marks: format!("{mark}{c}"),
                broken: None,
            });
            self.open = None;
        }
    }

    /// A closing ” at byte `at` with no mark open: one end of a reversed pair, or the end of a
    /// quotation that began with the paragraph. Returns the byte offset of the next character
    /// to read.
    fn stray_closing(&mut self, at: usize) -> usize {
        let (base, end) = (self.base, at + '”'.len_utf8());
        // A reversed pair: ” … “ with text between and no other mark.
        let reversed = (self.p[end..].find(is_mark))
            .map(|j| end + j)
            .filter(|&j| self.char_at(j) == '“' && j > end);
        if let Some(j) = reversed {
            self.out.push(Marks {
                outer: base + at..base + j + '“'.len_utf8(),
                inner: base + end..base + j,
                marks: "”“".into(),
                broken: Some(BrokenMarks::Reversed),
            });
            return j + '“'.len_utf8();
        }
        // A closing mark nothing opened: the quotation began with the paragraph.
        let second = *self.second_word.get_or_init(|| second_word(self.p));
        if self.out.is_empty() && at > second {
            self.out.push(Marks {
                outer: base..base + end,
                inner: base..base + at,
                marks: "”".into(),
                broken: Some(BrokenMarks::Unopened),
            });
        }
        end
    }

    /// The pairs, with a double mark still open running to the paragraph's end.
    fn finish(mut self) -> Vec<Marks> {
        let Some((start, mark)) = self.open else {
            return self.out;
        };
        // Single marks left open were apostrophes after all ("the rebels' base").
        if !matches!(mark, '‘' | '\'') {
            let (base, len) = (self.base, self.p.len());
            self.out.push(Marks {
                outer: base + start..base + len,
                inner: base + start + mark.len_utf8()..base + len,
                marks: mark.to_string(),
                broken: Some(BrokenMarks::Unclosed),
            });
        }
        self.out
    }
}

/// The byte offset of the first character of the second word of `p` (`p.len()` when it has
/// fewer words): `p[..at]` holds two words exactly when `at` is past it.
fn second_word(p: &str) -> usize {
    let mut words = p.split_whitespace();
    words.next();
    words
        .next()
        .map_or(p.len(), |w| w.as_ptr() as usize - p.as_ptr() as usize)
}

/// A statement has `quotes.min_statement_words` words or more and is no quoted name; anything
/// shorter is a term.
fn kind_of(quoted: &str, rules: &RuleSet) -> QuoteKind {
    let words = quoted
        .split_whitespace()
        .filter(|w| w.chars().any(char::is_alphanumeric))
        .count();
    if words >= rules.quotes.min_statement_words && !is_title(quoted) {
        QuoteKind::Statement
    } else {
        QuoteKind::Term
    }
}

/// A quoted name or title: most of its words capitalised ("Permanent Strategic Framework for
/// Peace, Security, and Development", "Supporting Islam and Muslims").
fn is_title(quoted: &str) -> bool {
    let words: Vec<&str> = quoted
        .split_whitespace()
        .filter(|w| w.chars().count() > 3)
        .collect();
    !words.is_empty()
        && words
            .iter()
            .filter(|w| w.split('-').any(|p| p.starts_with(char::is_uppercase)))
            .count()
            * 4
            >= words.len() * 3
}

fn is_mark(c: char) -> bool {
    matches!(c, '“' | '”' | '"' | '«' | '»' | '„')
}

/// `range` without surrounding whitespace and punctuation that belongs to the attribution.
fn trim(text: &str, range: Range<usize>) -> Range<usize> {
    let s = &text[range.clone()];
    let start = s.len() - s.trim_start().len();
    let end = s
        .trim_end_matches(|c: char| c.is_whitespace() || c == ',')
        .len();
    if start >= end {
        return range.start..range.start;
    }
    range.start + start..range.start + end
}

/// The sentences of each paragraph, in order (looked up per paragraph and per quotation, so
/// gathered once rather than filtered from all sentences each time).
fn sentences_by_paragraph(segmented: &Segmented) -> Vec<Vec<&Sentence>> {
    let mut by_paragraph = vec![Vec::new(); segmented.paragraphs.len()];
    for s in &segmented.sentences {
        if let Some(sentences) = by_paragraph.get_mut(s.paragraph) {
            sentences.push(s);
        }
    }
    by_paragraph
}

/// The sentence of a paragraph (given its `sentences`) that holds byte `at`, or the paragraph.
fn sentence_at(sentences: &[&Sentence], at: usize, paragraph: Range<usize>) -> Range<usize> {
    // The sentences are in order and do not overlap: the one ending after `at` is the only
    // one that may hold it.
    let i = sentences.partition_point(|s| s.span.end.max(s.span.start + 1) <= at);
    sentences
        .get(i)
        .filter(|s| s.span.start <= at)
        .map_or(paragraph, |s| s.span.clone())
}

/// The speaker of a quotation: the attribution in the sentences around it, else a name right
/// after its closing mark.
fn speaker(
    (text, all): (&str, &[Token<'_>]),
    sentences: &[&Sentence],
    m: &Marks,
    statements: &[Range<usize>],
    previous: Option<&Claimant>,
    rules: &Indexes<'_>,
) -> Option<Claimant> {
    // The sentences are in order and do not overlap: the first ending after a byte is found
    // by bisection.
    let ending_after = |at: usize| {
        let i = sentences.partition_point(|s| s.span.end <= at);
        sentences.get(i).map(|s| &s.span)
    };
    let first = ending_after(m.outer.start).map_or(m.outer.start, |s| s.start.min(m.outer.start));
    let last = ending_after(m.outer.end).map_or(m.outer.end, |s| s.end.max(m.outer.end));
    let tokens = tokens_in(all, text, first..last, &rules.vocab);
    let quote = super::token_range(&tokens, &m.outer)?;
    // Only the words near the quotation are read for its attribution.
    let lo = quote.start.saturating_sub(SPEAKER_REACH);
    let hi = (quote.end + SPEAKER_REACH).min(tokens.len());
    let tokens = &tokens[lo..hi];
    let quote = quote.start - lo..quote.end - lo;
    let window = tokens[0].span.start..tokens[tokens.len() - 1].span.end;
    // The statements are in order and do not overlap (a pair of marks closes before the next
    // opens): those the window meets are a slice of them.
    let near = statements.partition_point(|o| o.end <= window.start)
        ..statements.partition_point(|o| o.start < window.end);
    let others: Vec<&Range<usize>> = statements[near].iter().filter(|o| **o != m.outer).collect();
    // Attribution outside the quotation only: mask the quoted words.
    let outside: Vec<Token<'_>> = tokens
        .iter()
        .enumerate()
        .map(|(i, t)| {
            let mut t = t.clone();
            let other = (others.iter()).any(|o| o.start < t.span.start && t.span.end < o.end);
            if other || quote.contains(&i) && i != quote.start && i + 1 != quote.end {
                t.masked("…");
            }
            t
        })
        .collect();
    // A quotation's own verb outranks an "according to" that reports it ("…," the governor
    // told a press conference, according to local radio).
    let found = by_verb(text, &outside, quote.clone(), previous, rules)
        .or_else(|| according_to(text, &outside, rules))
        .or_else(|| name_after(text, tokens, quote.end))
        .map(|c| tidy(text, c));
    // "the governor" after "Governor Amadou Sangare" is Amadou Sangare.
    match (found, previous) {
        (Some(c), Some(p))
            if is_bare_title(&c.name, rules.rules)
                && p.name.to_lowercase().contains(&c.name.to_lowercase()) =>
        {
            Some(p.clone())
        }
        (found, _) => found,
    }
}

/// A speaker that is only a title: "governor", "spokesman".
fn is_bare_title(name: &str, rules: &RuleSet) -> bool {
    rules.names.titles.contains(&name.to_lowercase())
}

/// "…”Mohamed Elmaouloud Ramadan, spokesman …": capitalised words right after the closing mark.
fn name_after(text: &str, tokens: &[Token<'_>], at: usize) -> Option<Claimant> {
    let end = (at..tokens.len())
        .take_while(|&i| tokens[i].is_capitalised())
        .last()?
        + 1;
    (end - at >= 2).then(|| {
        let span = tokens[at].span.start..tokens[end - 1].span.end;
        Claimant {
            name: text[span.clone()].to_string(),
            key: text[span.clone()].to_lowercase(),
            span,
        }
    })
}

/// A speaker without the quotation marks and determiners the attribution may have taken in
/// ("”the FPL" → "FPL").
fn tidy(text: &str, mut c: Claimant) -> Claimant {
    let s = &text[c.span.clone()];
    let trimmed = s.trim_start_matches(|ch: char| !ch.is_alphanumeric());
    let mut start = c.span.start + (s.len() - trimmed.len());
    for det in ["the ", "The ", "a ", "A ", "an ", "An "] {
        if text[start..c.span.end].starts_with(det) {
            start += det.len();
        }
    }
    if start < c.span.end {
        c.span = start..c.span.end;
        c.name = text[c.span.clone()].to_string();
    }
    c
}

#[cfg(test)]
mod tests;
