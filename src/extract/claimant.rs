//! Who makes a claim: "according to X", "X said/claimed/reported …", "…, X said", "said X".
//!
//! The claimant is found per claim, from the attribution nearest to it in its sentence; a
//! pronoun ("they claimed") stands for the last claimant named before it in the paragraph.

use std::cell::OnceCell;
use std::ops::Range;

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

/// The longest run of adverbs skipped between a subject and its verb, and the most
/// comma-bounded asides skipped ("the army, however, said"): news prose uses one or two, and
/// the bounds keep the look-back of each verb short however long the sentence.
const MAX_ADVERBS: usize = 8;
const MAX_ASIDES: usize = 4;

/// The attributions of one sentence, found once and shared by all its claims: the phrase after
/// "according to", and for each attribution verb the party it names. Looking them up per claim
/// made the claimant search quadratic in the sentence's length (a run-on line of thousands of
/// counts rescanned the line for each).
pub(super) struct Attributions<'s, 't> {
    text: &'s str,
    tokens: &'s [Token<'t>],
    rules: &'s Indexes<'s>,
    according: OnceCell<Option<Claimant>>,
    verbs: OnceCell<Verbs>,
}

/// The attribution verbs of a sentence, in order, and what each names.
struct Verbs {
    /// Token index of each verb.
    at: Vec<usize>,
    /// What each verb names.
    named: Vec<Named>,
}

/// What one attribution verb names.
enum Named {
    /// No subject before it, no name after it: the next verb is tried.
    Nothing,
    /// A claimant phrase.
    Phrase(Range<usize>),
    /// A pronoun whose subject is the phrase given, or the paragraph's last claimant.
    Pronoun(Option<Range<usize>>),
}

impl<'s, 't> Attributions<'s, 't> {
    /// The attributions of the sentence `tokens` of `text`; nothing is looked up before a
    /// claim asks.
    pub(super) fn new(text: &'s str, tokens: &'s [Token<'t>], rules: &'s Indexes<'s>) -> Self {
        Attributions {
            text,
            tokens,
            rules,
            according: OnceCell::new(),
            verbs: OnceCell::new(),
        }
    }

    /// The claimant of a claim spanning tokens `claim`, if the sentence names one. `previous`
    /// is the last claimant named earlier in the paragraph, for pronouns.
    pub(super) fn claimant_of(
        &self,
        claim: Range<usize>,
        previous: Option<&Claimant>,
    ) -> Option<Claimant> {
        let according = self
            .according
            .get_or_init(|| according_to(self.text, self.tokens, self.rules));
        according.clone().or_else(|| self.by_verb(claim, previous))
    }

    /// The claimant the attribution verb nearest before the claim names, else the one nearest
    /// after it.
    pub(super) fn by_verb(
        &self,
        claim: Range<usize>,
        previous: Option<&Claimant>,
    ) -> Option<Claimant> {
        let verbs = self.verbs.get_or_init(|| self.verbs());
        let before = verbs.at.partition_point(|&v| v < claim.start);
        let after = verbs.at.partition_point(|&v| v < claim.end);
        let nearest = before.checked_sub(1).into_iter();
        for i in nearest.chain((after < verbs.at.len()).then_some(after)) {
            let make = |r: &Range<usize>| make(self.text, self.tokens, r.clone(), self.rules);
            match &verbs.named[i] {
                Named::Nothing => continue,
                Named::Phrase(r) => return Some(make(r)),
                Named::Pronoun(Some(r)) => return Some(make(r)),
                Named::Pronoun(None) => return previous.cloned(),
            }
        }
        None
    }

    /// Finds every attribution verb of the sentence and what it names.
    fn verbs(&self) -> Verbs {
        let tokens = self.tokens;
        let is_verb = |t: &Token<'_>| t.is_in(&self.rules.attribution) && !t.is("according");
        let at: Vec<usize> = (0..tokens.len()).filter(|&i| is_verb(&tokens[i])).collect();
        let subjects: Vec<_> = at.iter().map(|&v| subject_before(tokens, v)).collect();
        // For each `i`, the subject of the last of the first `i` verbs that has one.
        let mut last_subject = Vec::with_capacity(at.len() + 1);
        last_subject.push(None);
        for s in &subjects {
            let last = s.clone().or_else(|| last_subject.last().cloned().flatten());
            last_subject.push(last);
        }
        let named = at
            .iter()
            .zip(&subjects)
            .map(|(&v, subject)| {
                // "told AFP": the name after "told" is the listener, not the speaker.
                let listener_follows = tokens[v].is_any(&["told", "tells", "tell"]);
                let named = subject.clone().or_else(|| {
                    (!listener_follows)
                        .then(|| subject_after(tokens, v))
                        .flatten()
                });
                let Some(range) = named else {
                    return Named::Nothing;
                };
                if range.len() == 1 && tokens[range.start].is_any(PRONOUNS) {
                    // "where they claimed": the pronoun stands for the subject of an earlier
                    // verb in the sentence, or for the paragraph's last claimant.
                    let earlier = last_subject[at.partition_point(|&i| i < range.start)]
                        .clone()
                        .filter(|r| !(r.len() == 1 && tokens[r.start].is_any(PRONOUNS)));
                    return Named::Pronoun(earlier);
                }
                Named::Phrase(range)
            })
            .collect();
        Verbs { at, named }
    }
}

/// The claimant an attribution verb names: the subject before it ("the army said"), or the
/// name after it ("said Mr. Ramadan"); a pronoun stands for an earlier subject of the sentence
/// or for `previous`.
pub(super) fn by_verb(
    text: &str,
    tokens: &[Token<'_>],
    claim: Range<usize>,
    previous: Option<&Claimant>,
    rules: &Indexes<'_>,
) -> Option<Claimant> {
    Attributions::new(text, tokens, rules).by_verb(claim, previous)
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
    let bound = tokens.len().min(start + MAX_WORDS * 2);
    let end = (start..bound)
        .find(|&i| tokens[i].is_punct('.') || tokens[i].is_punct(';') || tokens[i].is_punct(')'))
        .unwrap_or(bound);
    let end = trim_end(tokens, start, end);
    (end > start).then(|| make(text, tokens, start..end, rules))
}

/// The subject noun phrase ending just before the verb at `verb`, skipping adverbs and
/// comma-bounded asides ("The Malian army, however, stated"), at most [`MAX_ADVERBS`] and
/// [`MAX_ASIDES`] of them.
fn subject_before(tokens: &[Token<'_>], verb: usize) -> Option<Range<usize>> {
    let mut k = verb;
    for asides in 0.. {
        let adverbs = k.saturating_sub(MAX_ADVERBS);
        while k > adverbs && tokens[k - 1].is_any(ADVERBS) {
            k -= 1;
        }
        if k > 0 && tokens[k - 1].is_punct(',') && asides < MAX_ASIDES {
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
fn subject_after(tokens: &[Token<'_>], verb: usize) -> Option<Range<usize>> {
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

fn make(text: &str, tokens: &[Token<'_>], range: Range<usize>, rules: &Indexes<'_>) -> Claimant {
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
