//! Word tokens with byte spans, and whole-word phrase matching against rule vocabularies.
//!
//! Extraction works on tokens rather than raw characters so that "killed" never matches inside
//! "skilled" and a two-word phrase ("at least") matches across any run of spaces. An article is
//! tokenized once; a sentence reads the slice of its tokens. Each token carries the vocabulary
//! ids of its lower-cased text (see [`vocab`]), so rule words are matched by comparing numbers.

pub(crate) mod labels;
pub(crate) mod lexicon;
pub(crate) mod numerals;
mod vocab;

use std::borrow::Cow;
use std::ops::Range;

pub use vocab::{FxBuild, Phrase, PhraseIndex, PhraseList, Vocab, WordId, WordSet};

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'t> {
    /// Byte span in the article text.
    pub span: Range<usize>,
    /// The token as written.
    pub text: &'t str,
    /// True for a word or number; false for punctuation.
    pub is_word: bool,
    /// The vocabulary id of the text in ASCII lower case: what phrase words are compared with.
    pub id: WordId,
    /// The vocabulary id of the text in lower case: what word lists are looked up with.
    pub lower: WordId,
    /// The vocabulary id of the text without a possessive ("Mali's" → "mali"), in lower case.
    pub bare: WordId,
    /// Whether it is a word starting with an upper-case letter.
    capitalised: bool,
}

impl Token<'_> {
    /// Whether the token is this (lower-case) word, ignoring case.
    pub fn is(&self, word: &str) -> bool {
        self.is_word && self.text.eq_ignore_ascii_case(word)
    }

    /// Whether the token is one of these (lower-case) words, ignoring case.
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    /// Whether the token is a word of `set` (compiled from lower-case words), ignoring ASCII
    /// case: [`Token::is_any`] by id.
    pub fn is_in(&self, set: &WordSet) -> bool {
        self.is_word && set.contains(self.id)
    }

    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.capitalised
    }

    /// Whether the token is this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        !self.is_word && self.text.starts_with(c)
    }

    /// The token no longer read as a word: it shows as `text` and matches no rule word.
    pub fn masked(&mut self, text: &'static str) {
        self.is_word = false;
        self.text = text;
        self.id = WordId::NONE;
        self.lower = WordId::NONE;
        self.bare = WordId::NONE;
        self.capitalised = false;
    }
}

/// `word` without a possessive "'s" ("Mali's" → "Mali").
pub fn strip_possessive(word: &str) -> &str {
    // Matched on the last bytes: `’` is E2 80 99 in UTF-8.
    match word.as_bytes() {
        [.., b'\'', b's' | b'S'] => &word[..word.len() - 2],
        [.., 0xE2, 0x80, 0x99, b's' | b'S'] => &word[..word.len() - 4],
        _ => word,
    }
}

/// The token of `text[span]`, its ids looked up in `vocab`.
fn token<'t>(text: &'t str, span: Range<usize>, is_word: bool, vocab: &Vocab) -> Token<'t> {
    let t = &text[span.clone()];
    // An elided word with a curly apostrophe is the rule word written with a straight one.
    let id = match t.strip_suffix('’') {
        Some(head) if vocab.elide => vocab.get_ascii_lower(&format!("{head}'")),
        _ => vocab.get_ascii_lower(t),
    };
    let (lower, bare, capitalised) = if is_word {
        let lower = if t.is_ascii() { id } else { vocab.get_lower(t) };
        let stripped = strip_possessive(t);
        let bare = if stripped.len() == t.len() {
            lower
        } else {
            vocab.get_lower(stripped)
        };
        let capitalised = t.chars().next().is_some_and(char::is_uppercase);
        (lower, bare, capitalised)
    } else {
        (id, id, false)
    };
    Token {
        span,
        text: t,
        is_word,
        id,
        lower,
        bare,
        capitalised,
    }
}

/// Splits `text[range]` into tokens, their ids looked up in `vocab`. A word is a run of letters
/// and digits, joined by inner hyphens, apostrophes and periods/commas between digits
/// ("al-Qaeda", "Jama’at", "1,100").
pub fn tokenize<'t>(text: &'t str, range: Range<usize>, vocab: &Vocab) -> Vec<Token<'t>> {
    let s = &text[range.clone()];
    // About one token per five bytes of English: most articles never grow the vector.
    let mut tokens = Vec::with_capacity(s.len() / 5 + 1);
    let mut i = 0;
    while i < s.len() {
        let c = char_at(s, i);
        if c.is_whitespace() {
            i += c.len_utf8();
            continue;
        }
        let is_word = c.is_alphanumeric();
        let end = if is_word {
            let end = word_end(s, i + c.len_utf8());
            // French "l'armée": the elided word is a token of its own.
            match vocab
                .elide
                .then(|| vocab::elision_end(&s[i..end]))
                .flatten()
            {
                Some(at) => i + at,
                None => end,
            }
        } else {
            i + c.len_utf8()
        };
        let span = range.start + i..range.start + end;
        tokens.push(token(text, span, is_word, vocab));
        i = end;
    }
    tokens
}

/// The character at byte `at` of `s` (a character boundary), read without decoding when ASCII.
fn char_at(s: &str, at: usize) -> char {
    match s.as_bytes()[at] {
        b if b.is_ascii() => char::from(b),
        _ => s[at..].chars().next().unwrap_or_default(),
    }
}

/// Where the word continuing at byte `at` of `s` ends: letters and digits, and a joiner between
/// them (a hyphen or apostrophe before a letter or digit, a period or comma between digits).
fn word_end(s: &str, mut at: usize) -> usize {
    while at < s.len() {
        let d = char_at(s, at);
        if d.is_alphanumeric() {
            at += d.len_utf8();
            continue;
        }
        if !matches!(d, '-' | '\'' | '’' | '.' | ',') {
            break;
        }
        let after = at + d.len_utf8();
        let next = (after < s.len()).then(|| char_at(s, after));
        let joins = match d {
            // The character before is a digit exactly when its last byte is one (a longer
            // character ends with a continuation byte).
            '.' | ',' => {
                s.as_bytes()[at - 1].is_ascii_digit() && next.is_some_and(|n| n.is_ascii_digit())
            }
            _ => next.is_some_and(char::is_alphanumeric),
        };
        if !joins {
            break;
        }
        at = after;
    }
    at
}

/// The tokens of `text[range]`: the slice of `all` (the tokens of the whole text) that lies in
/// the range. A token is read the same wherever its text starts, so the slice equals tokenizing
/// the range, unless a token of the whole text crosses one of the range's ends (a word the range
/// cuts): then the range is tokenized on its own.
pub fn tokens_in<'a, 't>(
    all: &'a [Token<'t>],
    text: &'t str,
    range: Range<usize>,
    vocab: &Vocab,
) -> Cow<'a, [Token<'t>]> {
    let start = all.partition_point(|t| t.span.start < range.start);
    let end = all.partition_point(|t| t.span.start < range.end);
    let cut_before = start > 0 && all[start - 1].span.end > range.start;
    let cut_after = end > start && all[end - 1].span.end > range.end;
    if cut_before || cut_after {
        Cow::Owned(tokenize(text, range, vocab))
    } else {
        Cow::Borrowed(&all[start..end])
    }
}

/// The tokens' texts joined by single spaces ("killed in a coup"), as a phrase to show.
pub fn joined(tokens: &[Token<'_>]) -> String {
    tokens.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

#[cfg(test)]
mod tests;
