//! Who makes a claim: "according to X", "X said/claimed/reported …", "…, X said", "said X".
//!
//! The claimant is found per claim, from the attribution nearest to it in its sentence; a
//! pronoun ("they claimed") stands for the last claimant named before it in the paragraph.

use super::Indexes;
use crate::claim::Claimant;
use crate::words::Token;

use super::forms::is_acronym;

/// Words skipped between a subject and its verb ("the army, however, said", "JNIM also reported").
const ADVERBS: &[&str] = &[
    "also",
    "however",
    "reportedly",
    "later",
    "earlier",
    "previously",
    "then",
    "further",
    "publicly",
    "again",
    "had",
    "has",
    "have",
    "separately",
    "meanwhile",
    "now",
    "first",
];
/// Words that end a subject when scanning back from its verb.
const SUBJECT_STOPS: &[&str] = &[
    "that", "where", "which", "who", "whom", "when", "while", "and", "but", "as", "after",
    "before", "because", "if", "since", "though", "although", "whereas", "so", "what", "how",
];
const PRONOUNS: &[&str] = &["he", "she", "they", "it", "we", "i"];
/// Words after which a claimant phrase's head noun ends ("separatists in northern Mali").
const PREPOSITIONS: &[&str] = &["in", "of", "for", "from", "at", "on", "near", "with", "to"];
const DETERMINERS: &[&str] = &["the", "a", "an", "its", "their", "his", "her"];
/// The longest claimant phrase taken.
const MAX_WORDS: usize = 12;

/// The claimant of a claim spanning tokens `claim` of a sentence, if the sentence names one.
/// `previous` is the last claimant named earlier in the paragraph, for pronouns.
pub(super) fn claimant_of(
    text: &str,
    tokens: &[Token<'_>],
    claim: std::ops::Range<usize>,
    previous: Option<&Claimant>,
    rules: &Indexes<'_>,
) -> Option<Claimant> {
    according_to(text, tokens, rules).or_else(|| by_verb(text, tokens, claim, previous, rules))
}

/// The claimant an attribution verb names: the subject before it ("the army said"), or the
/// name after it ("said Mr. Ramadan"); a pronoun stands for an earlier subject of the sentence
/// or for `previous`.
pub(super) fn by_verb(
    text: &str,
    tokens: &[Token<'_>],
    claim: std::ops::Range<usize>,
    previous: Option<&Claimant>,
    rules: &Indexes<'_>,
) -> Option<Claimant> {
    let is_verb = |t: &Token<'_>| t.is_in(&rules.attribution) && !t.is("according");
    let before = (0..claim.start).rev().find(|&i| is_verb(&tokens[i]));
    let after = (claim.end..tokens.len()).find(|&i| is_verb(&tokens[i]));
    for v in before.into_iter().chain(after) {
        // "told AFP": the name after "told" is the listener, not the speaker.
        let listener_follows = tokens[v].is_any(&["told", "tells", "tell"]);
        let named = subject_before(tokens, v).or_else(|| {
            (!listener_follows)
                .then(|| subject_after(tokens, v))
                .flatten()
        });
        let Some(range) = named else { continue };
        let first = &tokens[range.start];
        if range.len() == 1 && first.is_any(PRONOUNS) {
            // "where they claimed": the pronoun stands for the subject of an earlier verb in the
            // sentence, or for the paragraph's last claimant.
            let earlier = (0..range.start)
                .rev()
                .filter(|&i| is_verb(&tokens[i]))
                .find_map(|i| subject_before(tokens, i))
                .filter(|r| !(r.len() == 1 && tokens[r.start].is_any(PRONOUNS)));
            return match earlier {
                Some(r) => Some(make(text, tokens, r, rules)),
                None => previous.cloned(),
            };
        }
        return Some(make(text, tokens, range, rules));
    }
    None
}

/// The phrase after "according to", up to the end of its clause.
pub(super) fn according_to(
    text: &str,
    tokens: &[Token<'_>],
    rules: &Indexes<'_>,
) -> Option<Claimant> {
    let at = (0..tokens.len())
        .find(|&i| tokens[i].is("according") && tokens.get(i + 1).is_some_and(|t| t.is("to")))?;
    let start = at + 2;
    let end = (start..tokens.len())
        .find(|&i| tokens[i].is_punct('.') || tokens[i].is_punct(';') || tokens[i].is_punct(')'))
        .unwrap_or(tokens.len())
        .min(start + MAX_WORDS * 2);
    let end = trim_end(tokens, start, end);
    (end > start).then(|| make(text, tokens, start..end, rules))
}

/// The subject noun phrase ending just before the verb at `verb`, skipping adverbs and one
/// comma-bounded aside ("The Malian army, however, stated").
fn subject_before(tokens: &[Token<'_>], verb: usize) -> Option<std::ops::Range<usize>> {
    let mut k = verb;
    loop {
        while k > 0 && tokens[k - 1].is_any(ADVERBS) {
            k -= 1;
        }
        if k > 0 && tokens[k - 1].is_punct(',') {
            let open = (k.saturating_sub(10)..k - 1)
                .rev()
                .find(|&j| tokens[j].is_punct(','))?;
            k = open;
            continue;
        }
        break;
    }
    let end = k;
    let mut start = end;
    while start > 0 && end - start < MAX_WORDS {
        let t = &tokens[start - 1];
        let inside = t.is_word
            || matches!(
                t.text,
                "“" | "”" | "\"" | "(" | ")" | "’" | "'" | "«" | "»" | "-"
            );
        if !inside || t.is_any(SUBJECT_STOPS) {
            break;
        }
        start -= 1;
    }
    while start < end && (tokens[start].is_any(DETERMINERS) || !tokens[start].is_word) {
        start += 1;
    }
    let words = &tokens[start..end];
    // A subject that holds a number is the counted thing ("20 were reported killed").
    let has_number = words
        .iter()
        .any(|t| t.text.starts_with(|c: char| c.is_ascii_digit()));
    (start < end && !has_number && words.iter().any(|t| t.is_word)).then_some(start..end)
}

/// "…, said Mr. Ramadan": the words after the verb up to the next punctuation.
fn subject_after(tokens: &[Token<'_>], verb: usize) -> Option<std::ops::Range<usize>> {
    let start = verb + 1;
    let first = tokens.get(start)?;
    if !first.is_capitalised() {
        return None;
    }
    let end = (start..tokens.len().min(start + MAX_WORDS))
        .find(|&i| !tokens[i].is_word && !tokens[i].is_punct('.'))
        .unwrap_or(tokens.len().min(start + MAX_WORDS));
    let end = trim_end(tokens, start, end);
    (end > start).then_some(start..end)
}

/// Drops trailing punctuation from `tokens[start..end]`.
fn trim_end(tokens: &[Token<'_>], start: usize, mut end: usize) -> usize {
    while end > start && !tokens[end - 1].is_word {
        end -= 1;
    }
    end
}

fn make(
    text: &str,
    tokens: &[Token<'_>],
    range: std::ops::Range<usize>,
    rules: &Indexes<'_>,
) -> Claimant {
    let span = tokens[range.start].span.start..tokens[range.end - 1].span.end;
    Claimant {
        name: text[span.clone()].to_string(),
        key: key(&tokens[range], rules),
        span,
    }
}

/// A key that two spellings of one party share: an acronym in parentheses, else the party group
/// of the first word that is in one ("separatists", "rebels" → militants), else an all-capitals
/// acronym, else the head noun before any preposition.
fn key(words: &[Token<'_>], rules: &Indexes<'_>) -> String {
    let paren_acronym = words.windows(3).find_map(|w| {
        (w[0].is_punct('(') && w[2].is_punct(')') && is_acronym(w[1].text)).then(|| w[1].text)
    });
    if let Some(a) = paren_acronym {
        return a.to_lowercase();
    }
    for i in 0..words.len() {
        for (name, group) in &rules.casualty.victims {
            if group.longest_at(words, i).is_some() {
                return name.to_string();
            }
        }
    }
    if let Some(a) = words.iter().find(|t| is_acronym(t.text)) {
        return a.text.to_lowercase();
    }
    let head_end = words
        .iter()
        .position(|t| t.is_any(PREPOSITIONS))
        .unwrap_or(words.len());
    words[..head_end]
        .iter()
        .rev()
        .find(|t| t.is_word)
        .map(|t| t.text.to_lowercase())
        .unwrap_or_default()
}
