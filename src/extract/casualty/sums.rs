//! Counts of coordinated victims: "three women and two men were injured", "the gunfire killed
//! two adults and four children", "10 women, 7 men wounded". Each conjunct is a count of its
//! own victims and part of the victims the sentence tells of; their sum is the sentence's count
//! of that outcome. Outlets write a toll this way as often as a single figure, and a reader
//! comparing sources compares the sum ("five injured" against "three women and two men").
//!
//! Conjuncts of two named groups ("84 mercenaries and 47 soldiers") are two tallies, each its
//! group's count, and give no sum; a conjunct of generic victims ("three boys") is marked as a
//! part of the sum, one of a named group ("four children") stays that group's count.
//!
//! A conjunct is a numeral and a phrase naming victims with no outcome of its own, right before
//! "and" or a comma that the next conjunct follows; the last conjunct is a count the finder read,
//! whose outcome all share. Only exact figures add up: "at least three women and two men" gives
//! no sum.

use std::ops::Range;

use super::{Hit, looks_like_people, victim_group, victims_phrase};
use crate::claim::{Casualty, CountMarks, Interval, Quantity};
use crate::extract::Indexes;
use crate::extract::numbers::NumberMatch;
use crate::words::{Token, joined};

/// The group of a sum whose conjuncts name different groups ("two adults and four children").
const MIXED: &str = "people";
/// The most conjuncts a sum adds up: a longer list is an enumeration, not a toll.
const MAX_CONJUNCTS: usize = 6;

/// Adds to `hits` a count for each coordination of counts of one outcome, and marks the
/// conjuncts among `hits` as parts of it. `numbers` are the sentence's counts (index, tokens,
/// match), in sentence order.
pub(super) fn add(
    tokens: &[Token<'_>],
    numbers: &[(usize, Range<usize>, &NumberMatch)],
    hits: &mut Vec<Hit>,
    rules: &Indexes<'_>,
) {
    let mut chains: Vec<(usize, Vec<usize>)> = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        let Some(index) = hit.number else { continue };
        let chain = chain_before(tokens, numbers, index, hits, rules);
        if chain.len() > 1 {
            chains.push((h, chain));
        }
    }
    // Of chains that end inside a longer one ("two women" in "three men, two women and a
    // boy"), only the longest adds up.
    let conjuncts: Vec<usize> = (chains.iter())
        .flat_map(|(_, c)| c[..c.len() - 1].iter().copied())
        .collect();
    chains.retain(|(h, _)| !hits[*h].number.is_some_and(|n| conjuncts.contains(&n)));
    let mut sums = Vec::new();
    for (h, chain) in &chains {
        if let Some(sum) = sum_of(tokens, numbers, chain, &hits[*h], hits, rules) {
            sums.push((*h, sum));
        }
    }
    if sums.is_empty() {
        return;
    }
    // A conjunct of generic victims ("three boys") is part of the sum; one of a named group
    // ("four children") is still that group's whole count.
    let summed = |n: usize| {
        (chains.iter()).any(|(h, c)| c.contains(&n) && sums.iter().any(|(at, _)| at == h))
    };
    for hit in hits.iter_mut() {
        if hit.number.is_some_and(summed) && generic(&hit.casualty.victim_group, rules) {
            hit.casualty.marks.part = true;
        }
    }
    hits.extend(sums.into_iter().map(|(_, sum)| sum));
}

/// The numbers (indexes into `numbers`) of the conjuncts that end with the count `index`, first
/// to last; just `[index]` when no conjunct comes before it.
fn chain_before(
    tokens: &[Token<'_>],
    numbers: &[(usize, Range<usize>, &NumberMatch)],
    index: usize,
    hits: &[Hit],
    rules: &Indexes<'_>,
) -> Vec<usize> {
    let at = |i: usize| numbers.iter().position(|(n, _, _)| *n == i);
    let mut chain = vec![index];
    let Some(mut pos) = at(index) else {
        return chain;
    };
    let outcome = hits
        .iter()
        .find(|h| h.number == Some(index))
        .map(|h| h.casualty.outcome);
    while chain.len() < MAX_CONJUNCTS && pos > 0 {
        let start = numbers[pos].1.start;
        // "A and B", "A, B", "A, and B".
        let mut joiner = start;
        if joiner > 0 && tokens[joiner - 1].is("and") {
            joiner -= 1;
        }
        if joiner > 0 && tokens[joiner - 1].is_punct(',') {
            joiner -= 1;
        }
        if joiner == start {
            break;
        }
        let (prev, ref toks, _) = numbers[pos - 1];
        let np = victims_phrase(tokens, toks.end, rules);
        let (group, np_end) = victim_group(tokens, np.clone(), rules);
        // The conjunct must name victims: "5 shot, 1 killed" and "1 critical, 4 stable" are
        // no coordination of victims.
        let names_victims =
            group.is_some() || looks_like_people(&joined(&tokens[np.start..np_end]));
        if np.start == np_end || np_end != joiner || !names_victims {
            break;
        }
        // A conjunct the finder read has the outcome of the last one ("injured three men and
        // three women"); one it did not read has none of its own ("three women and two men
        // were injured").
        let read = hits.iter().find(|h| h.number == Some(prev));
        if read.is_some_and(|h| Some(h.casualty.outcome) != outcome) {
            break;
        }
        chain.insert(0, prev);
        pos -= 1;
    }
    chain
}

/// The count of a coordination `chain` whose last conjunct is `last`: the sum of its exact
/// figures, covering the conjuncts and `last`'s outcome.
fn sum_of(
    tokens: &[Token<'_>],
    numbers: &[(usize, Range<usize>, &NumberMatch)],
    chain: &[usize],
    last: &Hit,
    hits: &[Hit],
    rules: &Indexes<'_>,
) -> Option<Hit> {
    let mut total = 0.0;
    let mut groups: Vec<String> = Vec::new();
    let (mut first, mut np_last) = (usize::MAX, 0);
    for &n in chain {
        let (_, toks, m) = numbers.iter().find(|(i, _, _)| *i == n)?;
        let q = &m.value;
        if q.hedge.is_some() || !q.value.is_exact() {
            return None;
        }
        total += q.value.min?;
        let np = victims_phrase(tokens, toks.end, rules);
        let (group, np_end) = victim_group(tokens, np.clone(), rules);
        let group = group.unwrap_or_else(|| super::head_lemma(&joined(&tokens[np.start..np_end])));
        if !groups.contains(&group) {
            groups.push(group);
        }
        let start = (hits.iter().find(|h| h.number == Some(n)))
            .map_or(toks.start, |h| h.tokens.start.min(toks.start));
        first = first.min(start);
        np_last = np_end;
    }
    // Two named groups are two tallies ("84 mercenaries and 47 soldiers": each side's dead),
    // not one toll; generic ones ("men", "adults") are victims of any group.
    let specific: Vec<&String> = groups.iter().filter(|g| !generic(g, rules)).collect();
    let group = match (groups.as_slice(), specific.as_slice()) {
        ([one], _) => one.clone(),
        (_, [] | [_]) => MIXED.to_string(),
        _ => return None,
    };
    let victims_start = numbers.iter().find(|(i, _, _)| *i == chain[0])?.1.start;
    Some(Hit {
        tokens: first..last.tokens.end.max(np_last),
        value: Quantity::plain(Interval::exact(total), None),
        casualty: Casualty {
            outcome: last.casualty.outcome,
            victims: joined(&tokens[victims_start..np_last]),
            victim_group: group,
            lone: None,
            marks: CountMarks {
                revised: last.casualty.marks.revised,
                part: false,
            },
            scope: None,
        },
        number: None,
    })
}

/// A victim group the rules mark generic ("people"), or none named.
fn generic(group: &str, rules: &Indexes<'_>) -> bool {
    let victims = &rules.rules.casualties.victims;
    !victims.iter().any(|v| v.name == group) || victims.iter().any(|v| v.name == group && v.generic)
}

#[cfg(test)]
mod tests;
