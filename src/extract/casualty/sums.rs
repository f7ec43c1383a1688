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

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Hit, MAX_NP, looks_like_people, victim_group, victims_phrase};
use crate::claim::{Casualty, CountMarks, Interval, Quantity};
use crate::extract::Indexes;
use crate::extract::numbers::NumberMatch;
use crate::words::{Token, joined};

/// The group of a sum whose conjuncts name different groups ("two adults and four children").
const MIXED: &str = "people";
/// The most conjuncts a sum adds up: a longer list is an enumeration, not a toll.
const MAX_CONJUNCTS: usize = 6;

/// A sentence's counts looked up by number and by place, and which numbers the finder read:
/// each lookup is constant or logarithmic, so a run-on "sentence" of thousands of counts costs
/// time in proportion to its size.
struct Lookup<'a, 'n> {
    numbers: &'a [(usize, Range<usize>, &'n NumberMatch)],
    /// Number index → position in `numbers`.
    at: FxHashMap<usize, usize>,
    /// Number index → position in the hits of the count the finder read for it.
    read: FxHashMap<usize, usize>,
}

impl<'a, 'n> Lookup<'a, 'n> {
    fn new(numbers: &'a [(usize, Range<usize>, &'n NumberMatch)], hits: &[Hit]) -> Self {
        let at = (numbers.iter().enumerate())
            .map(|(i, (n, _, _))| (*n, i))
            .collect();
        let read = (hits.iter().enumerate())
            .filter_map(|(h, hit)| Some((hit.number?, h)))
            .collect();
        Lookup { numbers, at, read }
    }

    /// The entry of number `n`.
    fn number(&self, n: usize) -> Option<&'a (usize, Range<usize>, &'n NumberMatch)> {
        self.at.get(&n).map(|&i| &self.numbers[i])
    }

    /// The counts whose tokens end in `from..=to`, last first (the numbers are in sentence
    /// order).
    fn ending_within(
        &self,
        from: usize,
        to: usize,
    ) -> impl Iterator<Item = &'a (usize, Range<usize>, &'n NumberMatch)> {
        let upto = self.numbers.partition_point(|(_, toks, _)| toks.end <= to);
        (self.numbers[..upto].iter().rev()).take_while(move |(_, toks, _)| toks.end >= from)
    }

    /// The count starting at token `start`.
    fn starting_at(&self, start: usize) -> Option<&'a (usize, Range<usize>, &'n NumberMatch)> {
        let i = self
            .numbers
            .partition_point(|(_, toks, _)| toks.start < start);
        self.numbers
            .get(i)
            .filter(|(_, toks, _)| toks.start == start)
    }
}

/// Adds to `hits` a count for each coordination of counts of one outcome, and marks the
/// conjuncts among `hits` as parts of it. `numbers` are the sentence's counts (index, tokens,
/// match), in sentence order.
pub(super) fn add(
    tokens: &[Token<'_>],
    numbers: &[(usize, Range<usize>, &NumberMatch)],
    hits: &mut Vec<Hit>,
    rules: &Indexes<'_>,
) {
    let look = Lookup::new(numbers, hits);
    let mut chains: Vec<(usize, Vec<usize>)> = Vec::new();
    for (h, hit) in hits.iter().enumerate() {
        let Some(index) = hit.number else { continue };
        let chain = chain_before(tokens, &look, index, hits, rules);
        let first = look.number(chain[0]);
        if first.is_some_and(|(_, toks, _)| list_continues(tokens, toks.start, rules)) {
            continue;
        }
        if chain.len() > 1 {
            chains.push((h, chain));
        }
    }
    if chains.is_empty() {
        return;
    }
    // Of chains that end inside a longer one ("two women" in "three men, two women and a
    // boy"), only the longest adds up.
    let conjuncts: FxHashSet<usize> = (chains.iter())
        .flat_map(|(_, c)| c[..c.len() - 1].iter().copied())
        .collect();
    chains.retain(|(h, _)| !hits[*h].number.is_some_and(|n| conjuncts.contains(&n)));
    let mut summed: FxHashSet<usize> = FxHashSet::default();
    let mut sums = Vec::new();
    for (h, chain) in &chains {
        if let Some(sum) = sum_of(tokens, &look, chain, &hits[*h], hits, rules) {
            summed.extend(chain.iter().copied());
            sums.push(sum);
        }
    }
    // A conjunct of generic victims ("three boys") is part of the sum; one of a named group
    // ("four children") is still that group's whole count.
    for hit in hits.iter_mut() {
        let in_sum = hit.number.is_some_and(|n| summed.contains(&n));
        if in_sum && generic(&hit.casualty.victim_group, rules) {
            hit.casualty.marks.part = true;
        }
    }
    hits.extend(sums);
}

/// The numbers of the conjuncts that end with the count `index`, first to last; just `[index]`
/// when no conjunct comes before it.
fn chain_before(
    tokens: &[Token<'_>],
    look: &Lookup<'_, '_>,
    index: usize,
    hits: &[Hit],
    rules: &Indexes<'_>,
) -> Vec<usize> {
    let mut chain = vec![index];
    let Some(&(mut pos)) = look.at.get(&index) else {
        return chain;
    };
    let outcome = look.read.get(&index).map(|&h| hits[h].casualty.outcome);
    while chain.len() < MAX_CONJUNCTS && pos > 0 {
        let start = look.numbers[pos].1.start;
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
        let (prev, ref toks, _) = look.numbers[pos - 1];
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
        let read = look.read.get(&prev).map(|&h| &hits[h]);
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
    look: &Lookup<'_, '_>,
    chain: &[usize],
    last: &Hit,
    hits: &[Hit],
    rules: &Indexes<'_>,
) -> Option<Hit> {
    let mut total = 0.0;
    let mut groups: Vec<String> = Vec::new();
    let (mut first, mut np_last) = (usize::MAX, 0);
    for &n in chain {
        let (_, toks, m) = look.number(n)?;
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
        let start = (look.read.get(&n).map(|&h| &hits[h]))
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
    let victims_start = look.number(chain[0])?.1.start;
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

/// Adds to `hits` the count of each lone victim coordinated with a count of victims that has
/// no outcome of its own: "two bailiffs and the gunman are dead" (the count before it), "killed
/// his wife and four children" (the count after it) are counts of three and five. Run once the
/// lone victims are read; the lone victim stays one of the victims.
pub(super) fn add_lone(
    tokens: &[Token<'_>],
    numbers: &[(usize, Range<usize>, &NumberMatch)],
    hits: &mut Vec<Hit>,
    rules: &Indexes<'_>,
) {
    if numbers.is_empty() || hits.iter().all(|h| h.casualty.lone.is_none()) {
        return;
    }
    let look = Lookup::new(numbers, hits);
    let mut sums = Vec::new();
    for lone in hits.iter().filter(|h| h.casualty.lone.is_some()) {
        // The count before: "NUM victims and" right before the lone victim.
        let start = lone.tokens.start;
        let mut joiner = start;
        if joiner > 0 && tokens[joiner - 1].is("and") {
            joiner -= 1;
            if joiner > 0 && tokens[joiner - 1].is_punct(',') {
                joiner -= 1;
            }
        }
        let before = (joiner < start)
            .then(|| conjunct_ending(tokens, &look, joiner, rules))
            .flatten()
            .filter(|&(n, from, ..)| {
                !look.read.contains_key(&n) && !list_continues(tokens, from, rules)
            });
        // The count after: "and NUM victims" right after it, ending the coordination.
        let end = lone.tokens.end;
        let after = (tokens.get(end).is_some_and(|t| t.is("and")))
            .then(|| look.starting_at(end + 1))
            .flatten()
            .filter(|(n, ..)| !look.read.contains_key(n))
            .and_then(|&(n, ref toks, m)| {
                let np = victims_phrase(tokens, toks.end, rules);
                let (group, np_end) = victim_group(tokens, np.clone(), rules);
                let victims = joined(&tokens[np.start..np_end]);
                let own_outcome = super::outcome_after(tokens, np_end, rules).is_some();
                let names = group.is_some() || looks_like_people(&victims);
                (np.start < np_end && names && !own_outcome).then_some((n, toks.start, np_end, m))
            });
        let (n, from, to, m) = match (before, after) {
            (Some((n, from, _, m)), None) => (n, from, lone.tokens.end, m),
            (None, Some((n, _, np_end, m))) => (n, lone.tokens.start, np_end, m),
            _ => continue,
        };
        let q = &m.value;
        let (Some(value), None) = (q.value.min.filter(|_| q.value.is_exact()), &q.hedge) else {
            continue;
        };
        let Some((_, toks, _)) = look.number(n) else {
            continue;
        };
        let np = victims_phrase(tokens, toks.end, rules);
        let (group, np_end) = victim_group(tokens, np.clone(), rules);
        let counted =
            group.unwrap_or_else(|| super::head_lemma(&joined(&tokens[np.start..np_end])));
        let one = &lone.casualty.victim_group;
        let group = if &counted == one {
            counted
        } else if !generic(&counted, rules) && !generic(one, rules) {
            continue;
        } else {
            MIXED.to_string()
        };
        sums.push(Hit {
            tokens: from..to,
            value: Quantity::plain(Interval::exact(value + 1.0), None),
            casualty: Casualty {
                outcome: lone.casualty.outcome,
                victims: joined(&tokens[from..to]),
                victim_group: group,
                lone: None,
                marks: CountMarks::default(),
                scope: None,
            },
            number: Some(n),
        });
    }
    hits.extend(sums);
}

/// The count of victims ending at token `end`: its number, first token, end and match, when
/// it names victims and has no outcome of its own. Its victims phrase is at most [`MAX_NP`]
/// tokens, so only the counts ending that close before `end` are tried.
fn conjunct_ending<'n>(
    tokens: &[Token<'_>],
    look: &Lookup<'_, 'n>,
    end: usize,
    rules: &Indexes<'_>,
) -> Option<(usize, usize, usize, &'n NumberMatch)> {
    let from = end.saturating_sub(MAX_NP);
    look.ending_within(from, end).find_map(|&(n, ref toks, m)| {
        let np = victims_phrase(tokens, toks.end, rules);
        let (group, np_end) = victim_group(tokens, np.clone(), rules);
        let names = group.is_some() || looks_like_people(&joined(&tokens[np.start..np_end]));
        (np.start < np_end && np_end == end && names).then_some((n, toks.start, np_end, m))
    })
}

/// Whether a victim named right before token `at`, after a comma or "and", makes the
/// coordination that starts there longer than its counts ("his mother, two women and a girl
/// were injured": four, not three); an opening phrase ("On Sunday, two men and …") names none.
fn list_continues(tokens: &[Token<'_>], at: usize, rules: &Indexes<'_>) -> bool {
    let Some(joiner) = at.checked_sub(1) else {
        return false;
    };
    if !(tokens[joiner].is("and") || tokens[joiner].is_punct(',')) {
        return false;
    }
    let start = (0..joiner)
        .rev()
        .take(MAX_ITEM)
        .take_while(|&i| tokens[i].is_word)
        .last()
        .unwrap_or(joiner);
    victim_group(tokens, start..joiner, rules).0.is_some()
}

/// The most words of a list item read back from a comma ([`list_continues`]).
const MAX_ITEM: usize = 6;

/// A victim group the rules mark generic ("people"), or none named.
fn generic(group: &str, rules: &Indexes<'_>) -> bool {
    let victims = &rules.rules.casualties.victims;
    !victims.iter().any(|v| v.name == group) || victims.iter().any(|v| v.name == group && v.generic)
}

#[cfg(test)]
mod tests;
