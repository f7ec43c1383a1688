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

mod party;
#[cfg(test)]
mod tests;

use party::{BE, DETERMINERS, PRONOUNS, party};

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
    "initially",
    "originally",
    "officially",
    "quickly",
    "repeatedly",
    "still",
];
/// Words that end a subject when scanning back from its verb.
const SUBJECT_STOPS: &[&str] = &[
    "that", "where", "which", "who", "whom", "when", "while", "and", "but", "as", "after",
    "before", "because", "if", "since", "though", "although", "whereas", "so", "what", "how",
];
/// Words after which a claimant phrase's head noun ends ("separatists in northern Mali").
const PREPOSITIONS: &[&str] = &["in", "of", "for", "from", "at", "on", "near", "with", "to"];
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
        let french = self.rules.rules.language == Some("fr");
        let is_verb = |i: usize| {
            let t = &tokens[i];
            t.is_in(&self.rules.attribution)
                && !t.is("according")
                && !(french && opener_end(tokens, i, true).is_some())
        };
        let at: Vec<usize> = (0..tokens.len()).filter(|&i| is_verb(i)).collect();
        let active: Vec<bool> = at.iter().map(|&v| is_active(tokens, v)).collect();
        let subjects: Vec<_> = at
            .iter()
            .zip(&active)
            .map(|(&v, &active)| self.subject(v, active))
            .collect();
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
            .zip(&active)
            .map(|((&v, subject), &active)| {
                // "told AFP": the name after "told" is the listener, not the speaker.
                let listener_follows = tokens[v].is_any(&["told", "tells", "tell"]);
                let named = subject.clone().or_else(|| {
                    (active && !listener_follows)
                        .then(|| subject_after(tokens, v, french))
                        .flatten()
                        .and_then(|r| party(tokens, r, &self.rules.attribution))
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

    /// The party an attribution verb at `v` names before it: the subject of an active verb
    /// ("the army said"), the agent of a passive one ("was reported by the army"), never the
    /// subject of a passive ("the crimes were reported") nor anything for a noun ("on a report
    /// of").
    fn subject(&self, v: usize, active: bool) -> Option<Range<usize>> {
        let tokens = self.tokens;
        // French puts an auxiliary before the participle: the subject stands before it ("le
        // préfet a indiqué"), or after the verb when a comma comes first (", a indiqué le
        // préfet"), which the caller then reads as it reads "…, said the prefect".
        let auxiliary = self.rules.rules.language == Some("fr")
            && v > 0
            && tokens[v - 1].is_any(FRENCH_AUXILIARIES);
        let v = match auxiliary {
            true if v < 2 || !tokens[v - 2].is_word => return None,
            true => v - 1,
            false => v,
        };
        let found = if active {
            subject_before(tokens, v)
        } else if !is_noun(tokens, v) {
            agent_after(tokens, v)
        } else {
            None
        };
        found.and_then(|r| party(tokens, r, &self.rules.attribution))
    }
}

/// The party named as the subject of the verb at `verb`, when it is one: "organisers put the
/// crowd at 120,000" gives the organisers. For verbs that state a figure without being
/// attribution verbs.
pub(super) fn subject_of(
    text: &str,
    tokens: &[Token<'_>],
    verb: usize,
    rules: &Indexes<'_>,
) -> Option<Claimant> {
    let range = subject_before(tokens, verb)?;
    let range = party(tokens, range, &rules.attribution)?;
    Some(make(text, tokens, range, rules))
}

/// Whether the attribution word at `v` is an active verb: neither a passive participle
/// ("were reported", "has been claimed") nor a noun ("a report", "after receiving reports").
fn is_active(tokens: &[Token<'_>], v: usize) -> bool {
    !is_noun(tokens, v) && !is_passive(tokens, v)
}

/// "were reported", "has also been claimed": a form of "be" before the participle.
fn is_passive(tokens: &[Token<'_>], v: usize) -> bool {
    let mut k = v;
    while k > 0 && v - k < MAX_ADVERBS && tokens[k - 1].is_any(ADVERBS) {
        k -= 1;
    }
    k > 0 && tokens[k - 1].is_any(BE)
}

/// "on a report of", "after receiving reports", "to claims": a word of attribution that may be
/// a noun is one after a determiner, a preposition or a participle.
fn is_noun(tokens: &[Token<'_>], v: usize) -> bool {
    let Some(before) = v.checked_sub(1).map(|k| &tokens[k]) else {
        return false;
    };
    if !tokens[v].is_any(NOUN_FORMS) {
        return false;
    }
    // "according to the arrest report": the report is what "according to" names.
    let according = (v.saturating_sub(MAX_WORDS)..v)
        .rev()
        .take_while(|&k| tokens[k].is_word)
        .any(|k| tokens[k].is("according") && tokens[k + 1].is("to"));
    if according {
        return true;
    }
    let participle = before.is_word
        && before.text.len() > 4
        && before.text.ends_with("ing")
        && !before.is_capitalised();
    participle || before.is_any(DETERMINERS) || before.is_any(NOUN_MARKERS)
}

/// The auxiliaries of a French compound past ("a déclaré", "ont affirmé", "avait indiqué").
const FRENCH_AUXILIARIES: &[&str] = &["a", "ont", "avait", "avaient", "aurait", "auraient"];

/// Attribution words that are nouns as well ("a report", "their claims").
pub(super) const NOUN_FORMS: &[&str] = &[
    "report",
    "reports",
    "claim",
    "claims",
    "estimates",
    "quotes",
];

/// Words before a noun of attribution that are no subject ("on a report", "these claims").
const NOUN_MARKERS: &[&str] = &[
    "on",
    "to",
    "of",
    "for",
    "after",
    "in",
    "with",
    "by",
    "from",
    "about",
    "amid",
    "despite",
    "this",
    "these",
    "those",
    "such",
    "no",
    "any",
    "some",
    "several",
    "multiple",
    "many",
    "initial",
    "early",
    "new",
    "latest",
    "unconfirmed",
];

/// "was claimed by the army": the phrase after "by" up to the end of its clause.
fn agent_after(tokens: &[Token<'_>], verb: usize) -> Option<Range<usize>> {
    if !tokens.get(verb + 1).is_some_and(|t| t.is("by")) {
        return None;
    }
    let start = verb + 2;
    let bound = tokens.len().min(start + MAX_WORDS);
    let end = (start..bound)
        .find(|&i| !in_phrase(&tokens[i]) || tokens[i].is_any(SUBJECT_STOPS))
        .unwrap_or(bound);
    (end > start).then_some(start..end)
}

/// Whether a token may stand inside a claimant phrase: a word, a quotation mark, a
/// parenthesis, an apostrophe or a hyphen.
fn in_phrase(t: &Token<'_>) -> bool {
    t.is_word
        || matches!(
            t.text,
            "“" | "”" | "\"" | "(" | ")" | "’" | "'" | "«" | "»" | "-"
        )
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

/// The phrase after "according to", up to the end of its clause, if it names a party.
pub(super) fn according_to(
    text: &str,
    tokens: &[Token<'_>],
    rules: &Indexes<'_>,
) -> Option<Claimant> {
    let french = rules.rules.language == Some("fr");
    let start = (0..tokens.len()).find_map(|i| opener_end(tokens, i, french))?;
    let bound = tokens.len().min(start + MAX_WORDS * 2);
    let end_at = |marks: &[char]| {
        let end = (start..bound)
            .find(|&i| marks.iter().any(|&c| tokens[i].is_punct(c)))
            .unwrap_or(bound);
        trim_end(tokens, start, end)
    };
    // A list of parties ("the separatists, an elected official and a local NGO"), else the
    // words up to the first comma ("the coroner, the victim was 19").
    let party_to = |end: usize| party(tokens, start..end, &rules.attribution).map(|_| end);
    let list = Some(end_at(&['.', ';', ')'])).filter(|&end| is_list(&tokens[start..end]));
    let end = list
        .and_then(party_to)
        .or_else(|| party_to(end_at(&[',', '.', ';', ')'])))?;
    // The phrase is shown as written ("a local official").
    Some(make(text, tokens, start..end, rules))
}

/// The token after a phrase at `i` that names a claimant after it: "according to", and where
/// the article is French, "selon" and "d'après" (one token or three: "d", "'", "après").
fn opener_end(tokens: &[Token<'_>], i: usize, french: bool) -> Option<usize> {
    let t = &tokens[i];
    let next = |k: usize| tokens.get(i + k);
    if t.is("according") && next(1).is_some_and(|n| n.is("to")) {
        return Some(i + 2);
    }
    if !french {
        return None;
    }
    if t.is("selon") || t.is("d'après") || t.is("d’après") {
        return Some(i + 1);
    }
    // "d'" and "après", the elided word a token of its own.
    if (t.is("d'") || t.is("d’")) && next(1).is_some_and(|n| n.is("après")) {
        return Some(i + 2);
    }
    let apostrophe = next(1).is_some_and(|a| matches!(a.text, "'" | "’"));
    (t.is("d") && apostrophe && next(2).is_some_and(|n| n.is("après"))).then_some(i + 3)
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
        if !in_phrase(t) || t.is_any(SUBJECT_STOPS) {
            break;
        }
        start -= 1;
    }
    // "a woman who wanted to stay anonymous said": the words are a relative clause's verb.
    if start > 0 && tokens[start - 1].is_any(&["who", "whom"]) {
        return None;
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

/// Whether `words` are a list of short phrases whose last holds "and" or "or" ("the mayor, a
/// nurse and two residents"), not a party followed by a clause.
fn is_list(words: &[Token<'_>]) -> bool {
    let mut parts = words.split(|t| t.is_punct(','));
    let short = parts.clone().all(|p| p.len() <= MAX_LISTED);
    let last = parts.next_back().unwrap_or_default();
    short && words.iter().any(|t| t.is_punct(',')) && last.iter().any(|t| t.is_any(&["and", "or"]))
}

/// The most words of one party in a list after "according to".
const MAX_LISTED: usize = 10;

/// "…, said Mr. Ramadan": the words after the verb up to the next punctuation.
fn subject_after(tokens: &[Token<'_>], verb: usize, french: bool) -> Option<Range<usize>> {
    let start = verb + 1;
    let first = tokens.get(start)?;
    // French inverts the subject after the verb of a reported clause with its article: ", a
    // indiqué le procureur".
    let article = french && first.is_any(&["le", "la", "les", "l'", "un", "une", "des"]);
    if !first.is_capitalised() && !article {
        return None;
    }
    let bound = tokens.len().min(start + MAX_WORDS);
    let end = (start..bound)
        .find(|&i| {
            let t = &tokens[i];
            (!t.is_word && !t.is_punct('.')) || t.is_any(SUBJECT_STOPS) || t.is_any(BE)
        })
        .unwrap_or(bound);
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
