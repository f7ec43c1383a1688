//! Measures: a figure joins the measure whose words govern it in its clause.
//!
//! The rules name each measure's words (`measures` in the rules: "arrested", "taken into
//! custody"; "inflation"; "pledged", "aid"). A figure is a measure's when one of its words
//! stands in the figure's clause (the clause of a casualty count's scope: up to a comma,
//! semicolon, colon, dash or bracket, or a word that opens a new clause) within a few words of
//! it, with no other figure between, and the measure takes the figure's class: a count of
//! people or things, a percentage, a sum of money, an age, a length, a weight or a bare number.
//! Of several, the nearest governs: in "troops detained 30 people at the rally" the 30 are
//! detained, not rallying. The words may come before the figure ("arrested 12", "inflation rose
//! to 3.2%", "put the crowd at 120,000") or after it ("8,000 people rallied", "€40 million in
//! aid", "nine were arrested").
//!
//! Claimant, scope and event words are found as for casualty counts: the attribution of the
//! sentence, the scope phrases of the count's clause (plus a measure's own qualifiers, "core"
//! inflation), the sentence's events. One more claimant form belongs to measures: the subject
//! of a verb that puts a figure on the measure ("organisers put the crowd at 120,000", "the
//! agency estimated the number of displaced at 40,000").

use std::ops::Range;

use super::Indexes;
use super::casualty::scope;
use super::numbers::{NumberMatch, NumberRole};
use crate::claim::{Measured, Scope, ScopeKind, Unit};
use crate::kinds::MeasureClass;
use crate::rules::RuleSet;
use crate::words::{PhraseIndex, PhraseList, Token, Vocab, WordSet, joined};

/// The most words between a figure and the measure words that govern it.
const MAX_GAP: usize = 5;
/// The most words before a measure's words that a qualifier of it may stand ("core annual
/// inflation").
const QUALIFIER_REACH: usize = 2;

/// Verbs that put a figure on a measure: their subject gives the figure ("organisers put the
/// crowd at 120,000", "officials estimated turnout at 64%").
const ESTIMATE_VERBS: &[&str] = &[
    "put",
    "puts",
    "putting",
    "estimated",
    "estimates",
    "estimate",
    "placed",
    "places",
    "pegged",
    "pegs",
    "gave",
    "gives",
    "set",
    "sets",
];

/// Nouns a count of people or things may not count: spans of time ("arrested two days later")
/// and what a count of charges, shots or vehicles counts ("arrested on three counts").
const NOT_COUNTED: &[&str] = &[
    "seconds", "minutes", "hours", "days", "weeks", "months", "years", "decades", "times",
    "counts", "count", "charges", "shots", "rounds", "bullets", "cars", "vehicles", "views",
];

/// Words between an estimate verb and the measure's words ("put the crowd at").
const DETERMINERS: &[&str] = &["the", "its", "their", "his", "her", "a"];

/// The measures of the rules, compiled.
pub(super) struct Words<'r> {
    /// Every measure's words, labelled by the measure's place in the rules.
    index: PhraseIndex<'r>,
    /// Each measure's class, by the same place.
    classes: Vec<MeasureClass>,
    /// Each measure's qualifiers, by the same place.
    qualifiers: Vec<PhraseList<'r>>,
    estimate_verbs: WordSet,
    determiners: WordSet,
}

impl<'r> Words<'r> {
    /// Compiles the measures of `rules`, giving their words ids in `vocab`.
    pub(super) fn new(rules: &'r RuleSet, vocab: &mut Vocab) -> Self {
        let measures = &rules.measures;
        Words {
            index: PhraseIndex::new(
                vocab,
                (measures.iter().enumerate())
                    .flat_map(|(i, m)| m.words.iter().map(move |w| (i, w.as_str()))),
            ),
            classes: measures.iter().map(|m| m.class).collect(),
            qualifiers: (measures.iter())
                .map(|m| PhraseList::new(vocab, &m.scope))
                .collect(),
            estimate_verbs: WordSet::new(vocab, ESTIMATE_VERBS.iter().copied()),
            determiners: WordSet::new(vocab, DETERMINERS.iter().copied()),
        }
    }
}

/// A figure a measure takes.
pub(super) struct Hit {
    /// Index into the sentence's numbers.
    pub number: usize,
    /// The measure part of the claim.
    pub measured: Measured,
    /// The token of the estimate verb whose subject gives the figure, when one does.
    pub estimate_verb: Option<usize>,
    /// Where the figure's noun phrase must end: at the measure's words when they follow it
    /// ("thousands displaced"), else at the sentence's end.
    pub noun_end: usize,
}

/// Measure words found in a sentence: the measure's place in the rules and the tokens.
struct Found {
    measure: usize,
    tokens: Range<usize>,
}

/// The measures' figures among `figures` (a sentence's numbers that no casualty count took, in
/// text order, with their tokens): each with its measure, subject and scope. `year` is the year
/// the article was published, when known.
pub(super) fn find(
    tokens: &[Token<'_>],
    figures: &[(usize, Range<usize>, &NumberMatch)],
    year: Option<i16>,
    rules: &Indexes<'_>,
) -> Vec<Hit> {
    let words = &rules.measures;
    if figures.is_empty() || words.classes.is_empty() {
        return Vec::new();
    }
    let found = occurrences(tokens, words);
    if found.is_empty() {
        return Vec::new();
    }
    let is_measure = |i: usize| found.iter().any(|f| f.tokens.start == i);
    let totals: Vec<bool> = (0..figures.len())
        .map(|k| is_total(tokens, figures, k))
        .collect();
    let mut hits = Vec::new();
    for (k, &(index, ref num, m)) in figures.iter().enumerate() {
        let Some(class) = class_of(m).filter(|_| !totals[k]) else {
            continue;
        };
        // "No one was arrested" counts nobody; "two days later" counts no one.
        let negated = num.start > 0 && tokens[num.start - 1].is("no");
        let counts_other = matches!(class, MeasureClass::Count)
            && (tokens.get(num.end)).is_some_and(|t| t.is_any(NOT_COUNTED));
        if negated || counts_other {
            continue;
        }
        let clause = scope::clause(tokens, num.clone(), &rules.casualty.scope);
        // Other figures stand between a figure and words that govern them instead; the whole a
        // figure is part of does not ("58 of the 120 seats").
        let others: Vec<&Range<usize>> = (figures.iter().enumerate())
            .filter(|&(j, _)| j != k && !totals[j])
            .map(|(_, (_, r, _))| r)
            .collect();
        let governing = (found.iter())
            .filter(|f| takes(words.classes[f.measure], class))
            .filter(|f| clause.start <= f.tokens.start && f.tokens.end <= clause.end)
            .filter_map(|f| {
                let between = if f.tokens.end <= num.start {
                    f.tokens.end..num.start
                } else if f.tokens.start >= num.end {
                    num.end..f.tokens.start
                } else {
                    return None;
                };
                let blocked = others
                    .iter()
                    .any(|r| r.start >= between.start && r.end <= between.end);
                let gap = tokens[between.clone()].iter().filter(|t| t.is_word).count();
                // Before the figure first, on a tie: "arrested 31 demonstrators".
                let after = f.tokens.start >= num.end;
                (!blocked && gap <= MAX_GAP).then_some(((gap, after), f))
            })
            .min_by_key(|(rank, _)| *rank)
            .map(|(_, f)| f);
        let Some(f) = governing else {
            continue;
        };
        let rule = &rules.rules.measures[f.measure];
        let estimate_verb = (f.tokens.end <= num.start)
            .then(|| estimate_verb(tokens, f.tokens.start, words))
            .flatten();
        let span = num.start.min(f.tokens.start)..num.end.max(f.tokens.end);
        let scope = qualifier(tokens, f, words)
            .or_else(|| scope::scope_of(tokens, span, year, &rules.casualty.scope, &is_measure));
        // What the figure counts lies between it and measure words after it: in "thousands
        // displaced as …" nothing is counted.
        let noun_end = if f.tokens.start >= num.end {
            f.tokens.start
        } else {
            tokens.len()
        };
        let subject = match class {
            MeasureClass::People | MeasureClass::Count => {
                subject(&tokens[..noun_end], num.end, rules.rules)
            }
            _ => String::new(),
        };
        hits.push(Hit {
            number: index,
            measured: Measured {
                measure: rule.id.clone(),
                measure_words: joined(&tokens[f.tokens.clone()]),
                subject,
                scope: scope.map(Box::new),
            },
            estimate_verb,
            noun_end,
        });
    }
    hits
}

/// Whether figure `k` is the whole another figure is part of: "58 of the 120 seats", "12 of 30
/// detainees". The part is the measure's figure; the whole is no figure of it.
fn is_total(
    tokens: &[Token<'_>],
    figures: &[(usize, Range<usize>, &NumberMatch)],
    k: usize,
) -> bool {
    let Some(previous) = k.checked_sub(1).map(|j| &figures[j].1) else {
        return false;
    };
    let between = &tokens[previous.end.min(figures[k].1.start)..figures[k].1.start];
    match between {
        [of] => of.is("of"),
        [of, the] => of.is("of") && the.is_any(&["the", "a", "an"]),
        _ => false,
    }
}

/// Every measure's words in the sentence, the longest at each token, in text order; where
/// measures of different classes share the words ("deficit" in dollars or as a share of
/// output), each of them, in rule order.
fn occurrences(tokens: &[Token<'_>], words: &Words<'_>) -> Vec<Found> {
    let mut found: Vec<Found> = Vec::new();
    for i in 0..tokens.len() {
        if !tokens[i].is_word || found.last().is_some_and(|f| f.tokens.end > i) {
            continue;
        }
        let mut matched: Vec<(usize, usize)> = (words.index.candidates(tokens, i))
            .map(|(label, phrase)| (label, phrase.len_at(tokens, i)))
            .filter(|&(_, n)| n > 0)
            .collect();
        let Some(longest) = matched.iter().map(|&(_, n)| n).max() else {
            continue;
        };
        matched.retain(|&(_, n)| n == longest);
        matched.sort_unstable();
        matched.dedup();
        found.extend(matched.into_iter().map(|(measure, n)| Found {
            measure,
            tokens: i..i + n,
        }));
    }
    found
}

/// The class of measure a number can be a figure of; `None` for numbers no measure takes
/// (ranks, years, times).
fn class_of(m: &NumberMatch) -> Option<MeasureClass> {
    let unit = m.value.unit;
    match m.role {
        NumberRole::Count => Some(MeasureClass::Count),
        NumberRole::Percent => Some(MeasureClass::Percent),
        NumberRole::Money => Some(MeasureClass::Money),
        NumberRole::Age => Some(MeasureClass::Age),
        NumberRole::Decimal => Some(MeasureClass::Number),
        NumberRole::Measure => match unit {
            Some(Unit::Km | Unit::Mi | Unit::M) => Some(MeasureClass::Length),
            Some(Unit::Kg | Unit::T) => Some(MeasureClass::Weight),
            _ => None,
        },
        NumberRole::Ordinal
        | NumberRole::Year
        | NumberRole::DayOfMonth
        | NumberRole::Time
        | NumberRole::Other => None,
    }
}

/// Whether a measure of class `measure` takes a number of class `number`: a count is a count
/// of people or of things, or a whole number on a scale ("magnitude 7").
fn takes(measure: MeasureClass, number: MeasureClass) -> bool {
    match number {
        MeasureClass::Count => matches!(
            measure,
            MeasureClass::People | MeasureClass::Count | MeasureClass::Number
        ),
        other => measure == other,
    }
}

/// The estimate verb before a measure's words starting at `start`, past a determiner ("put
/// the crowd at"): its token.
fn estimate_verb(tokens: &[Token<'_>], start: usize, words: &Words<'_>) -> Option<usize> {
    let mut at = start.checked_sub(1)?;
    if tokens[at].is_in(&words.determiners) {
        at = at.checked_sub(1)?;
    }
    tokens[at].is_in(&words.estimate_verbs).then_some(at)
}

/// A qualifier of the measure just before its words ("core inflation"), as a scope.
fn qualifier(tokens: &[Token<'_>], f: &Found, words: &Words<'_>) -> Option<Scope> {
    let list = &words.qualifiers[f.measure];
    let from = f.tokens.start.saturating_sub(QUALIFIER_REACH + 2);
    (from..f.tokens.start).find_map(|at| {
        let (phrase, n) = list.longest_at(tokens, at)?;
        (at + n <= f.tokens.start && at + n + QUALIFIER_REACH >= f.tokens.start).then(|| Scope {
            kind: ScopeKind::Qualifier,
            phrase: joined(&tokens[at..at + n]),
            key: phrase.replace(' ', "-"),
        })
    })
}

/// The group a count counts: the victim group of the rules its noun is in ("police"), else the
/// noun ("protesters"); empty when none follows.
fn subject(tokens: &[Token<'_>], from: usize, rules: &RuleSet) -> String {
    let (Some(noun), _) = super::counted_noun(tokens, from) else {
        return String::new();
    };
    (rules.casualties.victims.iter())
        .find(|g| g.words.contains(&noun))
        .map_or(noun, |g| g.name.clone())
}

#[cfg(test)]
mod tests;
