//! Verdicts of quote facts.
//!
//! The fullest rendering (most words; the first source's on a tie) is the reference, and each
//! other rendering is compared with it, after quote marks, case, punctuation and whitespace are
//! set aside:
//!
//! - `verbatim`: the same words;
//! - `fragment`: its words stand in the reference in one run, or the reference's in it ("were
//!   fruitful" in "The exchanges were fruitful, focused on …");
//! - `reworded`: otherwise; the word diff shows what was inserted, deleted and replaced;
//! - `contradicts`: in a close paraphrase (four in five content words shared both ways) a
//!   negation is in one and not the other; or, in a stretch of at most three words, a number
//!   differs or a name is replaced by one that is no spelling or reordering of it ("ESA" and
//!   "AES" are one acronym reordered; "Mali" and "Niger" are two names). A capital that only
//!   opens a sentence is no name.
//!
//! Any `contradicts` makes the fact a `conflict`, any `reworded` a `variant`; verbatim renderings
//! and fragments agree.

use serde::Serialize;

use super::Verdict;
use super::diff::{Span, key_ops, replaced, word_diff, word_keys};
use crate::align::Fact;
use crate::claim::Claim;
use crate::likeness::{similarity, words};
use crate::names::cluster::fold_key;
use crate::rules::RuleSet;

/// How the sources render one statement.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct QuoteDetail {
    /// Each rendering, the reference first.
    pub renderings: Vec<Rendering>,
}

/// One source's rendering of a statement.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Rendering {
    /// The source id.
    pub source: String,
    /// `source:line:column` of the quoted words.
    pub location: String,
    /// The quoted words as written (whitespace collapsed).
    pub text: String,
    /// Who the source says said it.
    pub speaker: Option<String>,
    /// `reference`, `verbatim`, `fragment`, `reworded` or `contradicts`.
    #[schemars(with = "String")]
    pub matches: Match,
    /// Why it contradicts the reference, when it does.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub why: Option<String>,
    /// Word diff against the reference: `delete` spans are the reference's words it lacks,
    /// `insert` spans its own. Empty for the reference and verbatim renderings.
    pub diff: Vec<Span>,
}

/// How a rendering matches the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, strum::Display)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Match {
    /// The fullest rendering, which the others are compared with.
    Reference,
    /// The same words.
    Verbatim,
    /// Its words stand in the reference in one run, or the reference's in it.
    Fragment,
    /// Other words; the word diff shows which.
    Reworded,
    /// A negation, number or name that the reference has and it replaces.
    Contradicts,
}

/// How much of their content words two renderings must share, both ways, to be close enough to
/// contradict each other.
const CLOSE: f64 = 0.8;

/// Judges a quote fact.
pub(super) fn judge_quote(
    fact: &Fact,
    sources: usize,
    rules: &RuleSet,
) -> (Verdict, Vec<String>, QuoteDetail) {
    let texts: Vec<(String, Vec<String>)> = fact
        .reports
        .iter()
        .map(|r| {
            let t = r
                .claim
                .value
                .quote()
                .map_or(r.claim.surface.clone(), |q| q.text.clone());
            let w = words(&t);
            (t, w)
        })
        .collect();
    let reference = (0..texts.len())
        .max_by(|&a, &b| texts[a].1.len().cmp(&texts[b].1.len()).then(b.cmp(&a)))
        .unwrap_or(0);
    // The reference's word keys serve every rendering's diff.
    let ref_keys = word_keys(&texts[reference].0);
    let mut renderings: Vec<Rendering> = fact
        .reports
        .iter()
        .enumerate()
        .map(|(i, r)| {
            let (text, w) = &texts[i];
            // One word diff against the reference, read by the contradiction test and shown.
            let ops = if i != reference && *w != texts[reference].1 {
                key_ops(&ref_keys, &word_keys(text))
            } else {
                Vec::new()
            };
            let (matches, why) = if i == reference {
                (Match::Reference, None)
            } else {
                how_it_matches(&texts[reference], text, w, &ops, rules)
            };
            let diff = match matches {
                Match::Reference | Match::Verbatim => Vec::new(),
                _ => word_diff(&ops, &texts[reference].0, text),
            };
            Rendering {
                source: r.source.to_string(),
                location: format!("{}:{}:{}", r.source, r.claim.line, r.claim.column),
                text: text.clone(),
                speaker: r.claim.claimant.as_ref().map(|c| c.name.clone()),
                matches,
                why,
                diff,
            }
        })
        .collect();
    let reference_rendering = renderings.remove(reference);
    renderings.insert(0, reference_rendering);
    let count = |m: Match| renderings.iter().filter(|r| r.matches == m).count();
    let verdict = if count(Match::Contradicts) > 0 {
        Verdict::Conflict
    } else if count(Match::Reworded) > 0 {
        Verdict::Variant
    } else if sources < 2 {
        Verdict::SingleSource
    } else {
        Verdict::Agree
    };
    let notes = rendering_notes(&renderings);
    (verdict, notes, QuoteDetail { renderings })
}

/// How a rendering (`text`, its words `w`, its word diff `ops` from the reference) matches the
/// reference (text and words), and why it contradicts it when it does.
fn how_it_matches(
    (ref_text, ref_words): &(String, Vec<String>),
    text: &str,
    w: &[String],
    ops: &[similar::DiffOp],
    rules: &RuleSet,
) -> (Match, Option<String>) {
    if w == ref_words.as_slice() {
        return (Match::Verbatim, None);
    }
    let why = contradiction(ref_words, w, ref_text, text, ops, rules);
    match (why, contains(ref_words, w) || contains(w, ref_words)) {
        (Some(why), _) => (Match::Contradicts, Some(why)),
        (None, true) => (Match::Fragment, None),
        (None, false) => (Match::Reworded, None),
    }
}

/// A note for each rendering that is not the reference's words, and one naming those that give
/// no speaker when others do. `renderings` starts with the reference.
fn rendering_notes(renderings: &[Rendering]) -> Vec<String> {
    let mut notes = Vec::new();
    for r in &renderings[1..] {
        match r.matches {
            Match::Fragment => notes.push(format!("{} quotes a fragment of it", r.location)),
            Match::Reworded => notes.push(format!("{} words it differently", r.location)),
            Match::Contradicts => notes.push(format!(
                "{} contradicts it: {}",
                r.location,
                r.why.as_deref().unwrap_or_default()
            )),
            Match::Reference | Match::Verbatim => {}
        }
    }
    let unattributed: Vec<&str> = renderings
        .iter()
        .filter(|r| r.speaker.is_none())
        .map(|r| r.location.as_str())
        .collect();
    if !unattributed.is_empty() && unattributed.len() < renderings.len() {
        notes.push(format!("no speaker given at {}", unattributed.join(", ")));
    }
    notes
}

/// Whether two quote claims render one statement.
pub(super) fn agree(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    let text = |c: &Claim| c.value.quote().map(|q| words(&q.text)).unwrap_or_default();
    similarity(&text(a), &text(b), rules.quotes.min_overlap).is_some()
}

/// Whether `part`'s words stand in `whole` as one run.
fn contains(whole: &[String], part: &[String]) -> bool {
    !part.is_empty() && part.len() < whole.len() && whole.windows(part.len()).any(|w| w == part)
}

/// Why two renderings cannot both be faithful: a negation, a number or a name that one has and
/// the other replaces. Only the replaced stretches count, so a fragment that leaves out a
/// clause contradicts nothing. `ops` is the word diff of the two texts ([`key_ops`]).
fn contradiction(
    reference: &[String],
    other: &[String],
    ref_text: &str,
    other_text: &str,
    ops: &[similar::DiffOp],
    rules: &RuleSet,
) -> Option<String> {
    let negations = |w: &[String]| {
        w.iter()
            .filter(|x| rules.quotes.negations.contains(x) || x.ends_with("n't"))
            .count()
    };
    // Only a close paraphrase can be negated: once negations are set aside, four in five of
    // their content words are shared both ways ("You don't want it like that" and "You want it
    // peaceful" are two statements, not one negated).
    let bare = |w: &[String]| -> Vec<String> {
        crate::likeness::content(w)
            .into_iter()
            .filter(|x| !rules.quotes.negations.contains(x))
            .collect()
    };
    let (ca, cb) = (bare(reference), bare(other));
    let close = crate::likeness::overlap(&ca, &cb) >= CLOSE
        && ca.len().min(cb.len()) * 5 >= ca.len().max(cb.len()) * 4;
    if close && !(contains(reference, other) || contains(other, reference)) {
        let (a, b) = (negations(reference), negations(other));
        if a != b {
            return Some(format!(
                "a negation is {} (\"{}\" against \"{}\")",
                if b > a { "added" } else { "removed" },
                short(ref_text),
                short(other_text)
            ));
        }
    }
    let (a, b) = (sentence_case(ref_text), sentence_case(other_text));
    // A number or a name swapped for another in a short stretch, the rest alike.
    let alike = crate::likeness::overlap(&ca, &cb) >= rules.quotes.min_overlap;
    // The keys ignore case, so the sentence-cased texts read the same diff.
    for (deleted, inserted) in replaced(ops, &a, &b) {
        let short_stretch = |s: &str| s.split_whitespace().count() <= 3;
        if !(alike && short_stretch(&deleted) && short_stretch(&inserted)) {
            continue;
        }
        let numbers = |s: &str| -> Vec<String> {
            words(s)
                .into_iter()
                .filter(|w| w.chars().all(|c| c.is_ascii_digit()))
                .collect()
        };
        let (x, y) = (numbers(&deleted), numbers(&inserted));
        if !x.is_empty() && !y.is_empty() && x != y {
            return Some(format!(
                "a number changes: {} → {}",
                x.join(" "),
                y.join(" ")
            ));
        }
        // A capitalised word the other rendering also has in lower case opens a sentence.
        let everywhere: Vec<String> = reference.iter().chain(other).cloned().collect();
        let names = |s: &str| -> Vec<String> {
            s.split_whitespace()
                .filter(|w| w.starts_with(char::is_uppercase))
                .map(fold_key)
                .filter(|k| k.chars().count() >= 2)
                .filter(|k| everywhere.iter().filter(|w| *w == k).count() < 2)
                .collect()
        };
        let (x, y) = (names(&deleted), names(&inserted));
        if let (Some(a), Some(b)) = (x.first(), y.first()) {
            if x.len() == 1 && y.len() == 1 && !same_name(a, b) {
                return Some(format!("a name changes: {deleted} → {inserted}"));
            }
        }
    }
    None
}

/// The text with each sentence's first word in lower case, so that only names keep capitals.
fn sentence_case(text: &str) -> String {
    let mut out = Vec::new();
    let mut opens = true;
    for w in text.split_whitespace() {
        let shown = if opens {
            let mut c = w.chars();
            c.next()
                .map(|f| f.to_lowercase().chain(c).collect::<String>())
                .unwrap_or_default()
        } else {
            w.to_string()
        };
        opens = w.ends_with(['.', '!', '?', ':', '…', '"', '“', '”']);
        out.push(shown);
    }
    out.join(" ")
}

/// Two folded names are one: equal, a spelling apart, or the same letters reordered.
fn same_name(a: &str, b: &str) -> bool {
    let sorted = |s: &str| {
        let mut c: Vec<char> = s.chars().collect();
        c.sort_unstable();
        c
    };
    a == b || sorted(a) == sorted(b) || strsim::levenshtein(a, b) <= 2
}

/// The first words of a rendering, for a note.
fn short(text: &str) -> String {
    let w: Vec<&str> = text.split_whitespace().take(8).collect();
    let mut s = w.join(" ");
    if text.split_whitespace().count() > 8 {
        s.push('…');
    }
    s
}

#[cfg(test)]
mod tests {
    use super::*;

    fn why(a: &str, b: &str) -> Option<String> {
        let rules = RuleSet::load(&[]).unwrap();
        let ops = key_ops(&word_keys(a), &word_keys(b));
        contradiction(&words(a), &words(b), a, b, &ops, &rules)
    }

    #[test]
    fn a_negation_in_a_close_paraphrase_contradicts() {
        let w = why(
            "The rebels did not receive any help from abroad during the offensive",
            "The rebels did receive help from abroad during the offensive",
        );
        assert!(w.is_some_and(|w| w.starts_with("a negation is removed")));
    }

    #[test]
    fn a_negation_in_a_loose_paraphrase_does_not() {
        assert_eq!(
            why(
                "You don't want the festival to be like that",
                "You want the festival to be peaceful"
            ),
            None
        );
    }

    #[test]
    fn numbers_and_names_that_change_contradict_but_reordered_acronyms_do_not() {
        assert_eq!(
            why(
                "We counted 12 attacks on the road",
                "We counted 15 attacks on the road"
            )
            .as_deref(),
            Some("a number changes: 12 → 15")
        );
        assert!(
            why(
                "Troops left Gao on the orders of Mali",
                "Troops left Gao on the orders of Niger"
            )
            .is_some_and(|w| w.starts_with("a name changes"))
        );
        assert_eq!(
            why(
                "aggression by the states of the AES alliance",
                "aggression by the states of the ESA alliance"
            ),
            None
        );
        // A capital that only opens a sentence is no name.
        assert_eq!(
            why(
                "When I heard it I could not believe it",
                "Honestly I heard it and could not believe it"
            ),
            None
        );
    }
}
