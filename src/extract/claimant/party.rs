//! Whether a phrase names a party that can claim: a noun phrase with a head noun or a name
//! ("Homs governor Talal al-Barazi", "local sources", "the army"), never a clause ("crimes
//! were"), an adverbial ("on a", "with six") or a thing or event ("chlorine", "the shooting").
//!
//! A leading adverbial is stripped first ("Speaking to reporters on Monday Homs governor …",
//! "Later the police …"), so the party is what is left of the phrase.

use std::ops::Range;

use super::NOUN_FORMS;
use crate::words::{Token, WordSet};

/// Finite verbs and auxiliaries: a phrase holding one is a clause, not a party. "may" counts
/// only in lower case ("Dan May" is a name).
const FINITE: &[&str] = &[
    "is", "was", "were", "are", "am", "be", "been", "being", "has", "have", "had", "will", "would",
    "can", "could", "should", "must", "might", "shall", "did", "does", "do", "may",
];
/// Forms of "be" before a participle: "were reported", "has been claimed" are passives.
pub(super) const BE: &[&str] = &["is", "was", "were", "are", "am", "be", "been", "being"];
/// Words that open a prepositional adverbial or clause; a party never starts with one.
const OPENERS: &[&str] = &[
    "in",
    "on",
    "at",
    "after",
    "before",
    "during",
    "for",
    "from",
    "with",
    "by",
    "to",
    "of",
    "into",
    "about",
    "since",
    "following",
    "amid",
    "upon",
    "as",
    "when",
    "while",
    "than",
    "despite",
    "without",
    "over",
    "under",
];
/// Adverbs that may open a sentence before its subject ("Later, the police said").
const LEADING_ADVERBS: &[&str] = &[
    "later",
    "earlier",
    "then",
    "meanwhile",
    "separately",
    "also",
    "however",
    "now",
    "still",
    "yesterday",
    "today",
    "tonight",
    "previously",
    "again",
    "initially",
    "subsequently",
    "so",
    "thus",
    "instead",
    "moreover",
    "furthermore",
    "additionally",
    "finally",
    "first",
];
/// Times: they end an opening adverbial ("on Wednesday", "this morning"), and a phrase whose
/// head is one names no party ("said Tuesday morning as …").
const TIME_WORDS: &[&str] = &[
    "yesterday",
    "today",
    "tonight",
    "morning",
    "afternoon",
    "evening",
    "night",
    "day",
    "week",
    "weekend",
    "month",
    "year",
];
/// The days of the week, times whether capitalised or not.
const WEEKDAYS: &[&str] = &[
    "monday",
    "tuesday",
    "wednesday",
    "thursday",
    "friday",
    "saturday",
    "sunday",
];
/// Occasions of a statement: they end an opening adverbial ("in a statement", "at a news
/// conference"), but a report or a statement is itself a source ("the statement said").
const OCCASIONS: &[&str] = &[
    "statement",
    "interview",
    "conference",
    "briefing",
    "release",
    "post",
    "tweet",
    "video",
    "message",
    "meeting",
    "hearing",
    "report",
];
/// Openers of a clause that is no adverbial before a subject ("with six confirmed dead", "as
/// reported"): a phrase that starts with one is refused, never stripped.
const CLAUSE_OPENERS: &[&str] = &["with", "without", "as", "when", "while", "than"];
/// Determiners dropped from the front of a party.
pub(super) const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];
/// Heads that name a thing, an event or an outcome, never a party ("killed by chlorine",
/// "the shooting claimed the life of …").
const NOT_PARTIES: &[&str] = &[
    "shooting",
    "shootings",
    "attack",
    "attacks",
    "bombing",
    "bombings",
    "blast",
    "blasts",
    "explosion",
    "explosions",
    "strike",
    "strikes",
    "airstrike",
    "airstrikes",
    "shelling",
    "fire",
    "gunfire",
    "crash",
    "incident",
    "violence",
    "fighting",
    "clashes",
    "raid",
    "raids",
    "ambush",
    "chlorine",
    "gas",
    "bomb",
    "bombs",
    "shell",
    "shells",
    "rocket",
    "rockets",
    "missile",
    "missiles",
    "mortar",
    "mortars",
    "barrel",
    "barrels",
    "gun",
    "guns",
    "rifle",
    "bullet",
    "bullets",
    "shot",
    "shots",
    "weapon",
    "weapons",
    "life",
    "lives",
    "death",
    "deaths",
    "toll",
    "injuries",
    "wounds",
    "car",
    "vehicle",
    "truck",
    "home",
    "house",
    "residence",
    "scene",
    "area",
    "street",
    "block",
    "it",
    "there",
    "this",
    "that",
    "what",
    "which",
    "who",
    "anyone",
    "nobody",
    "nothing",
    "something",
];
/// Pronouns that stand for a party named earlier.
pub(super) const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];

/// The part of `range` that names a party: a leading adverbial and determiners stripped, or
/// `None` when what is left is not a noun phrase. A word of `verbs` (the attribution verbs)
/// is as finite as an auxiliary ("Sam said witnesses").
pub(super) fn party(
    tokens: &[Token<'_>],
    range: Range<usize>,
    verbs: &WordSet,
) -> Option<Range<usize>> {
    let end = range.end;
    if tokens.get(range.start)?.is_any(CLAUSE_OPENERS) {
        return None;
    }
    let mut start = strip_adverbial(tokens, range.start, end);
    while start < end && (tokens[start].is_any(DETERMINERS) || !tokens[start].is_word) {
        start += 1;
    }
    let words = tokens.get(start..end)?;
    let first = words.first()?;
    if words.len() == 1 && first.is_any(PRONOUNS) {
        return Some(start..end);
    }
    let finite = words.iter().any(|t| is_finite(t, verbs));
    let head = head(words)?;
    // "Seattle Fire" is a name; "the fire" is a thing.
    let thing = head.is_any(NOT_PARTIES) && !(head.is_capitalised() && start < end - 1);
    // "Tuesday morning" is a time; "Day" alone may be a surname.
    let time = head.is_any(WEEKDAYS) || (head.is_any(TIME_WORDS) && !head.is_capitalised());
    let refused = first.is_any(OPENERS) || finite || thing || time;
    (!refused).then_some(start..end)
}

/// Whether the token is a finite verb: an auxiliary, or an attribution verb that is no noun
/// ("Sam said witnesses", but "a police report"). "may" counts only in lower case ("Dan May").
fn is_finite(t: &Token<'_>, verbs: &WordSet) -> bool {
    let verb = t.is_in(verbs) && !t.is_any(NOUN_FORMS);
    verb || (t.is_any(FINITE) && !(t.is("may") && t.is_capitalised()))
}

/// The head of a noun phrase: its last word before any preposition ("separatists in northern
/// Mali", "the head of the police" → head).
fn head<'a, 't>(words: &'a [Token<'t>]) -> Option<&'a Token<'t>> {
    let before = words
        .iter()
        .skip(1)
        .position(|t| t.is_any(OPENERS))
        .map_or(words.len(), |p| p + 1);
    words[..before].iter().rev().find(|t| t.is_word)
}

/// Whether the token is a day, a part of a day or the occasion of a statement: where an
/// opening adverbial ends.
fn ends_adverbial(t: &Token<'_>) -> bool {
    t.is_any(WEEKDAYS) || t.is_any(TIME_WORDS) || t.is_any(OCCASIONS)
}

/// The start of `tokens[start..end]` past a leading adverbial: lone adverbs ("Later", "Then"),
/// and a participle or prepositional phrase ("Speaking to reporters on Monday", "In a
/// statement", "In Mosul") up to its last time word, else up to its first determiner after
/// the opening word, else up to the last capitalised word that follows a preposition.
fn strip_adverbial(tokens: &[Token<'_>], mut start: usize, end: usize) -> usize {
    while start < end && tokens[start].is_any(LEADING_ADVERBS) {
        start += 1;
    }
    if start >= end || !opens_adverbial(tokens, start, end) {
        return start;
    }
    let phrase = start + 1..end;
    if let Some(t) = phrase.clone().rev().find(|&i| ends_adverbial(&tokens[i])) {
        return t + 1;
    }
    if let Some(d) = phrase.clone().find(|&i| tokens[i].is_any(DETERMINERS)) {
        return d;
    }
    // "In Mosul police said": the place after the preposition, then the party.
    let after_place = phrase
        .clone()
        .find(|&i| tokens[i].is_word && !tokens[i].is_capitalised() && i > start + 1);
    after_place.unwrap_or(end)
}

/// Whether the phrase at `start` opens with a preposition or with a participle that takes an
/// object ("Speaking to", "Addressing the"), not with a name that ends in "-ing" ("King
/// Abdullah").
fn opens_adverbial(tokens: &[Token<'_>], start: usize, end: usize) -> bool {
    let first = &tokens[start];
    if first.is_any(OPENERS) {
        return true;
    }
    let participle = first.text.len() > 5 && first.text.to_ascii_lowercase().ends_with("ing");
    let next_opens = tokens
        .get(start + 1)
        .filter(|_| start + 1 < end)
        .is_some_and(|t| t.is_any(OPENERS) || t.is_any(DETERMINERS));
    participle && next_opens
}
