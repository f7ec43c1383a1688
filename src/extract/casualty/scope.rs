//! The scope of a count: a phrase of its clause that gives it a time span of its own.
//!
//! "750 people have been killed in the city this year", "more than 320,000 have died since
//! 2011", "about 40 die every year": such a count is a background or running total, not the
//! toll of the story's incident (`casualties.scope` in the rules). A phrase governs a count only
//! in the count's own clause, which runs from the count to a comma, semicolon, colon, dash or
//! bracket, or to a word that opens a new clause ("which", "as"); "three were killed on Friday;
//! 300 have died this year" scopes the 300 alone. Two more places reach a count: an opening
//! phrase before a comma at the head of the sentence ("Since 2011, more than 320,000 …"), and a
//! phrase right before a bracket the count stands in ("the deadliest attack since 2019 (when 30
//! died)"). A rank between the count and the phrase makes the phrase rank the event instead
//! ("three were killed in the deadliest attack since 2019").

use std::ops::Range;

use crate::claim::{Scope, ScopeKind};
use crate::dates::is_month;
use crate::rules::ScopeRules;
use crate::words::numerals::number_word_value;
use crate::words::{Token, Vocab, WordId, WordSet, joined};

/// The most words of an opening phrase before its comma ("Since the war began in 2011,").
const MAX_OPENING: usize = 8;
/// The most words between a bracket and the count inside it ("(when 30 died)").
const MAX_BRACKETED: usize = 4;
/// The most words between a count and a phrase of its clause: further on, a clause of its own
/// has often begun without a word that says so ("the man who killed three officers in the city
/// sought to change his name last year").
const MAX_DISTANCE: usize = 7;
/// How far before a phrase a rank reaches ("the second time in less than a month").
const RANK_REACH: usize = 4;

/// One word of a compiled scope phrase.
#[derive(Debug)]
enum Slot {
    /// A word, by its id.
    Word(WordId),
    /// `#year`: a year in digits.
    Year,
    /// `#month`: a capitalised month name.
    Month,
    /// `#number`: a number in digits or words.
    Number,
}

/// A scope phrase, compiled, with the kind of span it gives.
#[derive(Debug)]
struct Phrase {
    kind: ScopeKind,
    slots: Box<[Slot]>,
}

/// The scope lists of the rules, compiled.
#[derive(Debug)]
pub(in crate::extract) struct Words {
    phrases: Vec<Phrase>,
    breaks: WordSet,
    ranks: WordSet,
    not_before: WordSet,
}

impl Words {
    /// Compiles the scope lists of `rules`, giving their words ids in `vocab`.
    pub(super) fn new(rules: &ScopeRules, vocab: &mut Vocab) -> Self {
        let lists = [
            (ScopeKind::Cumulative, &rules.cumulative),
            (ScopeKind::Period, &rules.period),
            (ScopeKind::Rate, &rules.rate),
        ];
        let phrases = (lists.into_iter())
            .flat_map(|(kind, list)| list.iter().map(move |p| (kind, p)))
            .map(|(kind, p)| Phrase {
                kind,
                slots: p.split(' ').map(|w| slot(vocab, w)).collect(),
            })
            .collect();
        let set = |vocab: &mut Vocab, words: &[String]| {
            WordSet::new(vocab, words.iter().map(String::as_str))
        };
        Words {
            phrases,
            breaks: set(vocab, &rules.clause_breaks),
            ranks: set(vocab, &rules.ranks),
            not_before: set(vocab, &rules.not_before),
        }
    }
}

/// The slot a phrase word stands for (the rule loader admits no other `#` words).
fn slot(vocab: &mut Vocab, word: &str) -> Slot {
    match word {
        "#year" => Slot::Year,
        "#month" => Slot::Month,
        "#number" => Slot::Number,
        w => Slot::Word(vocab.intern(w)),
    }
}

/// The scope of the count whose claim covers `span` of the sentence's `tokens`; `year` is the
/// year the article was published, when known, and `is_outcome` whether an outcome word
/// ("killed", "wounded") starts at a token.
pub(in crate::extract) fn scope_of(
    tokens: &[Token<'_>],
    span: Range<usize>,
    year: Option<i16>,
    words: &Words,
    is_outcome: &dyn Fn(usize) -> bool,
) -> Option<Scope> {
    let clause = clause(tokens, span.clone(), words);
    let found = nearest(tokens, span, clause.clone(), year, words, is_outcome)
        .or_else(|| opening(tokens, clause.start, year, words))
        .or_else(|| bracketed(tokens, clause.start, year, words))?;
    let (kind, at) = found;
    let phrase = joined(&tokens[at]);
    let key = (phrase.split(' '))
        .map(|w| {
            w.chars()
                .filter(|c| c.is_alphanumeric())
                .flat_map(char::to_lowercase)
                .collect::<String>()
        })
        .filter(|w| !w.is_empty())
        .collect::<Vec<_>>()
        .join("-");
    Some(Scope { kind, phrase, key })
}

/// The count's clause: from `span` out to a hard break on either side, or to a clause-opening
/// word. A measure's figure is governed by the words of its clause.
pub(in crate::extract) fn clause(
    tokens: &[Token<'_>],
    span: Range<usize>,
    words: &Words,
) -> Range<usize> {
    let ends = |t: &Token<'_>| hard_break(t) || t.is_in(&words.breaks);
    let mut start = span.start;
    while start > 0 && !ends(&tokens[start - 1]) {
        start -= 1;
    }
    let mut end = span.end;
    while end < tokens.len() && !ends(&tokens[end]) {
        end += 1;
    }
    start..end
}

/// Punctuation that ends a clause: a comma, semicolon, colon, dash, bracket, or a sentence end
/// the segmenter missed ("shot this year.A woman was also shot").
fn hard_break(t: &Token<'_>) -> bool {
    const BREAKS: &[char] = &[
        ',', ';', ':', '(', ')', '[', ']', '—', '–', '-', '.', '!', '?',
    ];
    !t.is_word && BREAKS.iter().any(|&c| t.is_punct(c))
}

/// The phrase of `clause` nearest the count at `span` that spans the count and not something
/// else: no rank in the count's words, between them or just before the phrase ("the first
/// deputy killed since 2008", "the second time in a month"), no other outcome between them
/// ("a man wounded on Friday had killed a friend in 2013": the year is the killing's), at most
/// [`MAX_DISTANCE`] words apart, and inside the count's words only where those hold no clause
/// of their own ("the officer, who joined a year ago, was shot").
fn nearest(
    tokens: &[Token<'_>],
    span: Range<usize>,
    clause: Range<usize>,
    year: Option<i16>,
    words: &Words,
    is_outcome: &dyn Fn(usize) -> bool,
) -> Option<(ScopeKind, Range<usize>)> {
    let own = &tokens[span.clone()];
    if own.iter().any(|t| is_rank(t, words)) {
        return None;
    }
    let nested = own.iter().any(|t| hard_break(t) || t.is_in(&words.breaks));
    (clause.clone())
        .filter_map(|at| {
            let (kind, n) = longest_at(tokens, at..clause.end, year, words)?;
            let inside = at < span.end && at + n > span.start;
            let between = if at >= span.end {
                span.end..at
            } else {
                (at + n).min(span.start)..span.start
            };
            let before = at.saturating_sub(RANK_REACH)..at;
            let ranked =
                (tokens[before].iter().chain(&tokens[between.clone()])).any(|t| is_rank(t, words));
            let other = between.clone().any(is_outcome);
            let far = tokens[between.clone()].iter().filter(|t| t.is_word).count() > MAX_DISTANCE;
            let fits = !(ranked || other || far || (inside && nested));
            fits.then_some((between.len(), (kind, at..at + n)))
        })
        .min_by_key(|(distance, _)| *distance)
        .map(|(_, found)| found)
}

/// The first phrase of a few words opening the sentence before the comma at `clause_start -
/// 1`: "Since 2011, …", "So far this year, …".
fn opening(
    tokens: &[Token<'_>],
    clause_start: usize,
    year: Option<i16>,
    words: &Words,
) -> Option<(ScopeKind, Range<usize>)> {
    let comma = clause_start.checked_sub(1)?;
    if !tokens[comma].is_punct(',') || comma > MAX_OPENING {
        return None;
    }
    if tokens[..comma].iter().any(|t| !t.is_word) {
        return None;
    }
    (0..comma).find_map(|at| {
        let (kind, n) = longest_at(tokens, at..comma, year, words)?;
        Some((kind, at..at + n))
    })
}

/// A phrase right before the bracket that opens the count's clause, or a few clause-opening
/// words before it: "since 2019 (when 30 died)".
fn bracketed(
    tokens: &[Token<'_>],
    clause_start: usize,
    year: Option<i16>,
    words: &Words,
) -> Option<(ScopeKind, Range<usize>)> {
    let open = (clause_start.saturating_sub(MAX_BRACKETED + 1)..clause_start)
        .rev()
        .take_while(|&i| tokens[i].is_in(&words.breaks) || tokens[i].is_punct('('))
        .find(|&i| tokens[i].is_punct('('))?;
    (open.saturating_sub(6)..open)
        .filter_map(|at| {
            let (kind, n) = longest_at(tokens, at..open, year, words)?;
            (at + n == open).then_some((kind, at..open))
        })
        .next()
}

/// Whether `t` ranks an event: a word of `ranks`, or an ordinal in digits ("40th").
fn is_rank(t: &Token<'_>, words: &Words) -> bool {
    t.is_in(&words.ranks)
        || (t.text.starts_with(|c: char| c.is_ascii_digit())
            && t.text.ends_with(|c: char| c.is_ascii_alphabetic()))
}

/// The longest phrase matching at the start of `within` and ending inside it that dates the
/// count: not followed by a word of `not_before` ("a year ago", "a year after"), and for a
/// period with a year, not the article's own year ("killed in 2019", not "killed in 2024" in a
/// 2024 article, nor in an article of unknown date).
fn longest_at(
    tokens: &[Token<'_>],
    within: Range<usize>,
    year: Option<i16>,
    words: &Words,
) -> Option<(ScopeKind, usize)> {
    let at = within.start;
    let best = (words.phrases.iter())
        .filter_map(|p| Some((p, matched(p, &tokens[..within.end], at)?)))
        .max_by_key(|(p, n)| (*n, std::cmp::Reverse(p.kind as u8)))?;
    let (phrase, n) = best;
    if tokens
        .get(at + n)
        .is_some_and(|t| t.is_in(&words.not_before))
    {
        return None;
    }
    if phrase.kind == ScopeKind::Period {
        let own =
            |i: usize| matches!(phrase.slots[i], Slot::Year) && year_of(&tokens[at + i]) == year;
        if year.is_none() && phrase.slots.iter().any(|s| matches!(s, Slot::Year)) {
            return None;
        }
        if (0..n).any(own) {
            return None;
        }
    }
    Some((phrase.kind, n))
}

/// The number of tokens `phrase` covers at `tokens[at..]`, when it matches there.
fn matched(phrase: &Phrase, tokens: &[Token<'_>], at: usize) -> Option<usize> {
    let fits = |(i, slot): (usize, &Slot)| {
        tokens.get(at + i).is_some_and(|t| {
            t.is_word
                && match slot {
                    Slot::Word(id) => t.id == *id,
                    Slot::Year => year_of(t).is_some(),
                    Slot::Month => t.is_capitalised() && is_month(t.text),
                    Slot::Number => {
                        t.text.chars().all(|c| c.is_ascii_digit() || c == ',')
                            || number_word_value(t.text).is_some()
                    }
                }
        })
    };
    phrase
        .slots
        .iter()
        .enumerate()
        .all(fits)
        .then_some(phrase.slots.len())
}

/// The year a token writes in digits (1800 to 2199).
fn year_of(t: &Token<'_>) -> Option<i16> {
    let y: i16 = (t.text.len() == 4 && t.text.bytes().all(|b| b.is_ascii_digit()))
        .then(|| t.text.parse().ok())??;
    (1800..2200).contains(&y).then_some(y)
}

#[cfg(test)]
mod tests;
