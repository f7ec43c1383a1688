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

mod person;

use super::Indexes;
use super::casualty::scope;
use super::kept::Spans;
use super::mentions::Found as Name;
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

/// Words after a count that make it a part of a tally: "three others", "two more suspects".
const PART: &[&str] = &["other", "others", "more", "additional", "further"];

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
    /// The measure ages of named people join (the first of class age kept per person).
    age: Option<usize>,
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
            age: (measures.iter()).position(|m| m.class == MeasureClass::Age && m.per_person),
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
    /// The unit of a span of time the number grammar reads as a count ("12 years", "a
    /// 15-month term"): the figure's value takes it.
    pub unit: Option<Unit>,
}

/// Measure words found in a sentence: the measure's place in the rules and the tokens.
struct Found {
    measure: usize,
    tokens: Range<usize>,
}

/// The measures' figures among `figures` (a sentence's numbers that no casualty count took, in
/// text order, with their tokens): each with its measure, subject and scope. `names` are the
/// sentence's name mentions (whom a figure per person is of); `dates` the spans of its dates,
/// whose words are no measure words; `year` is the year the article was published, when known.
pub(super) fn find(
    tokens: &[Token<'_>],
    figures: &[(usize, Range<usize>, &NumberMatch)],
    names: &[Name],
    dates: &Spans,
    year: Option<i16>,
    rules: &Indexes<'_>,
) -> Vec<Hit> {
    let words = &rules.measures;
    if figures.is_empty() || words.classes.is_empty() {
        return Vec::new();
    }
    let mut found = occurrences(tokens, words);
    // "in March", "since May": a month is no measure word ("march").
    found.retain(|f| {
        let span = tokens[f.tokens.start].span.start..tokens[f.tokens.end - 1].span.end;
        !dates.overlaps(&span)
    });
    let age = words
        .age
        .filter(|_| (figures.iter()).any(|f| f.2.role == NumberRole::Age));
    if found.is_empty() && age.is_none() {
        return Vec::new();
    }
    let is_measure = |i: usize| found.iter().any(|f| f.tokens.start == i);
    let totals: Vec<bool> = (0..figures.len())
        .map(|k| is_total(tokens, figures, k))
        .collect();
    let mut people: Option<Vec<person::Person>> = None;
    let mut revised: Option<bool> = None;
    let mut hits = Vec::new();
    for (k, &(index, ref num, m)) in figures.iter().enumerate() {
        let unit = duration(tokens, num, m);
        let class = match unit {
            Some(_) => Some(MeasureClass::Duration),
            None => class_of(m),
        };
        let Some(class) = class.filter(|_| !totals[k]) else {
            continue;
        };
        // An age is of the person named beside it, whatever words stand near; one nobody is
        // named beside joins only a measure whose words govern it.
        if let (MeasureClass::Age, Some(age)) = (class, age) {
            let people = people.get_or_insert_with(|| person::people(tokens, names, rules.rules));
            if let Some(p) = person::of_age(tokens, num, people) {
                hits.push(Hit {
                    number: index,
                    measured: Measured {
                        measure: rules.rules.measures[age].id.clone(),
                        measure_words: String::new(),
                        subject: p.name.clone(),
                        scope: None,
                        revised: false,
                    },
                    estimate_verb: None,
                    // An age counts nothing: its surface is the age alone.
                    noun_end: num.end,
                    unit: None,
                });
                continue;
            }
        }
        // "No one was arrested" counts nobody; "two days later" counts no one; "three others
        // were arrested", "two more arrests" count a part of a tally, not the tally.
        let negated = num.start > 0 && tokens[num.start - 1].is("no");
        let counts_other = matches!(class, MeasureClass::Count)
            && (tokens.get(num.end)).is_some_and(|t| t.is_any(NOT_COUNTED));
        let part = matches!(class, MeasureClass::Count)
            && (tokens.get(num.end)).is_some_and(|t| t.is_any(PART));
        if negated || counts_other || part {
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
        let scope = qualifier(tokens, f.tokens.start, f.measure, words)
            .or_else(|| qualifier(tokens, num.start.max(clause.start), f.measure, words))
            .or_else(|| scope::scope_of(tokens, span, year, &rules.casualty.scope, &is_measure));
        // What the figure counts lies between it and measure words after it: in "thousands
        // displaced as …" nothing is counted.
        let noun_end = if f.tokens.start >= num.end {
            f.tokens.start
        } else {
            tokens.len()
        };
        let subject = if rule.per_person {
            let people = people.get_or_insert_with(|| person::people(tokens, names, rules.rules));
            person::before(num, people).map_or_else(String::new, |p| p.name.clone())
        } else if matches!(class, MeasureClass::People | MeasureClass::Count) {
            subject(&tokens[..noun_end], num.end, rules.rules)
        } else {
            String::new()
        };
        hits.push(Hit {
            number: index,
            measured: Measured {
                measure: rule.id.clone(),
                measure_words: joined(&tokens[f.tokens.clone()]),
                subject,
                scope: scope.map(Box::new),
                revised: *revised.get_or_insert_with(|| super::casualty::revised(tokens, rules)),
            },
            estimate_verb,
            noun_end,
            unit,
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

/// The unit of a span of time a number gives: a count before a unit of time ("12 years", "18
/// months") or a number glued to one ("a 20-month term", "a 12-year sentence").
fn duration(tokens: &[Token<'_>], num: &Range<usize>, m: &NumberMatch) -> Option<Unit> {
    let unit = |word: &str| match word.to_ascii_lowercase().as_str() {
        "year" | "years" => Some(Unit::Year),
        "month" | "months" => Some(Unit::Month),
        "week" | "weeks" => Some(Unit::Week),
        "day" | "days" => Some(Unit::Day),
        _ => None,
    };
    // "two days later", "five years ago": a time, not a span anyone serves.
    let after = tokens.get(num.end + usize::from(m.role != NumberRole::Other));
    if after.is_some_and(|t| t.is_any(&["later", "ago", "earlier", "after", "before"])) {
        return None;
    }
    match m.role {
        NumberRole::Count | NumberRole::Decimal => unit(tokens.get(num.end)?.text),
        // The numeral opens the token (see `kept::glued`): "15-month".
        NumberRole::Other => unit(tokens.get(num.start)?.text.rsplit_once('-')?.1),
        _ => None,
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

/// A qualifier of `measure` just before token `before`, its words' or its figure's ("core
/// inflation", "faces 20 years"), as a scope.
fn qualifier(
    tokens: &[Token<'_>],
    before: usize,
    measure: usize,
    words: &Words<'_>,
) -> Option<Scope> {
    let list = &words.qualifiers[measure];
    let from = before.saturating_sub(QUALIFIER_REACH + 2);
    (from..before).find_map(|at| {
        let (phrase, n) = list.longest_at(tokens, at)?;
        (at + n <= before && at + n + QUALIFIER_REACH >= before).then(|| Scope {
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
