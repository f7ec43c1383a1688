//! How alike two claims are: the measures that both alignment (which claims report one fact)
//! and comparison (whether they agree) apply, kept in one place below both so the two stages
//! cannot drift apart: counts that overlap within the kind's tolerance, dates that overlap within
//! the rule set's slack, and the words two quotations share.

use std::collections::BTreeMap;

use crate::claim::{Claim, Kind};
use crate::rules::{FactKind, RuleSet};

/// Whether two claims' values overlap once widened by the kind's tolerance.
pub(crate) fn values_overlap(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    let kind: &FactKind = match a.kind {
        Kind::Quantity => &rules.facts.quantity,
        Kind::CasualtyCount => &rules.facts.casualty_count,
        // Dates and names are compared by their own modules.
        Kind::Date | Kind::Name | Kind::Affiliation | Kind::Quote => return false,
    };
    let widen = |c: &Claim| {
        c.value
            .number()
            .map(|q| q.value.widened(kind.relative, kind.absolute))
    };
    match (widen(a), widen(b)) {
        (Some(x), Some(y)) => x.overlaps(&y),
        _ => false,
    }
}

/// Whether two dates overlap once widened by the rule set's days of slack.
pub(crate) fn dates_agree(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    match (a.value.date(), b.value.date()) {
        (Some(x), Some(y)) => x.overlaps(y, i32::from(rules.facts.date.days)),
        _ => false,
    }
}

/// The words of a rendering for comparison: lower case, letters and digits, one apostrophe.
pub(crate) fn words(text: &str) -> Vec<String> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| {
            w.trim_matches(|c| c == '\'' || c == '’')
                .replace('’', "'")
                .to_lowercase()
        })
        .filter(|w| !w.is_empty())
        .collect()
}

/// Words too common to tell two statements apart.
const COMMON: &[&str] = &[
    "that", "this", "these", "those", "with", "have", "has", "had", "were", "was", "they", "them",
    "their", "there", "what", "when", "where", "which", "who", "been", "from", "will", "would",
    "could", "should", "just", "about", "your", "yours", "ours", "into", "than", "then", "some",
    "very", "also", "only", "said", "does", "did", "doing", "being", "because", "while", "over",
    "more", "most", "such", "here", "like", "know", "want", "going", "think", "really",
];

/// The words that carry a statement's content: four letters or more, not among the commonest.
pub(crate) fn content(words: &[String]) -> Vec<String> {
    words
        .iter()
        .filter(|w| w.chars().count() >= 4 && !COMMON.contains(&w.as_str()))
        .cloned()
        .collect()
}

/// The share of the shorter word list found in the longer one (as a multiset).
pub(crate) fn overlap(a: &[String], b: &[String]) -> f64 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return 0.0;
    }
    let mut pool: BTreeMap<&str, usize> = BTreeMap::new();
    for w in long {
        *pool.entry(w).or_default() += 1;
    }
    let mut shared = 0;
    for w in short {
        if let Some(n) = pool.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            shared += 1;
        }
    }
    shared as f64 / short.len() as f64
}

/// The longest run of words two renderings share in the same order.
fn longest_run(a: &[String], b: &[String]) -> usize {
    let mut best = 0;
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut prev = 0;
        for (j, y) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if x == y { prev + 1 } else { 0 };
            best = best.max(row[j + 1]);
            prev = here;
        }
    }
    best
}

/// How alike two renderings are, or `None` when they are not one statement: the share of the
/// shorter one's content words the other has, which must be at least `min_overlap` with two
/// content words shared, and either a run of three words in the same order or four in five
/// content words shared. Common words alone ("I just want them to know") make no match.
pub(crate) fn similarity(a: &[String], b: &[String], min_overlap: f64) -> Option<f64> {
    let (ca, cb) = (content(a), content(b));
    let shared = overlap(&ca, &cb);
    let count = (shared * ca.len().min(cb.len()) as f64).round() as usize;
    let ordered = longest_run(a, b) >= 3 || shared >= 0.8;
    (count >= 2 && shared >= min_overlap && ordered).then_some(shared)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> Option<f64> {
        similarity(&words(a), &words(b), 0.5)
    }

    #[test]
    fn a_reworded_statement_is_one_quote() {
        let s = sim(
            "The exchanges were fruitful, focused on topics of common interest and helped to strengthen our relations.",
            "covered subjects of common interest and helped to strengthen our relations",
        );
        assert!(s.is_some_and(|s| s > 0.7), "{s:?}");
    }

    #[test]
    fn common_words_alone_make_no_match() {
        assert_eq!(
            sim(
                "I just want them to know they have a chance",
                "I just want the neighbours to know the truth"
            ),
            None
        );
        // Shared content words out of order and too few: two statements.
        assert_eq!(
            sim(
                "The family is very quiet and kind",
                "Their kids were kind to the family dog next door"
            ),
            None
        );
    }

    #[test]
    fn words_fold_case_punctuation_and_apostrophes() {
        assert_eq!(
            words("We’re “not” leaving, OK?"),
            ["we're", "not", "leaving", "ok"]
        );
    }
}
