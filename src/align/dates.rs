//! Event dates → facts: two dates are compared only when they date the same kind of event and
//! their sentences share a name.
//!
//! Per event group ("meeting", "coup"):
//!
//! 1. every name shared by claims from at least two sources proposes a fact: the claims that
//!    mention it. "The juntas in Mali, Niger and Burkina Faso came to power in 2020" proposes
//!    itself under Mali, Niger and Burkina Faso.
//! 2. A proposal whose dates fall into separate agreeing clusters is split into them when one
//!    source gives dates in two clusters (it is telling two events apart: the 2012 and the 2023
//!    uprising); when no source does, the proposal stays whole and is a conflict.
//! 3. Proposals are merged into earlier facts they share a claim with, while the result still
//!    agrees (the meeting is one fact, whichever of the CSP, the FPL or Tinzaouatene a sentence
//!    names); a conflict is never merged into an agreeing fact, so "coup/niger" (2020 against
//!    July 2023) stays apart from "coup/mali" (2020 and 2020).
//! 4. Claims no shared name placed join a fact of their event whose every date they agree with,
//!    preferring one that shares a name; else a conflict of their event in which they agree with
//!    one side; else they stand alone. A date without a shared name never makes a conflict:
//!    without a common name, two different dates are more likely two events.
//!
//! Proposals are taken by the number of sources, then size, then name, so the result is
//! deterministic.

use std::collections::{BTreeMap, BTreeSet};

use rustc_hash::{FxHashMap, FxHashSet};

use super::{Fact, Reported};
use crate::claim::{Claim, DateRole, Kind};
use crate::likeness::{DateBounds, dates_agree};
use crate::rules::RuleSet;

/// Whether a date claim takes part in facts: resolved, and dating an event.
pub(super) fn comparable(c: &Claim) -> bool {
    c.value.date().is_some()
        && c.date
            .as_ref()
            .is_some_and(|d| d.role == DateRole::Event && d.event.is_some())
}

/// Groups event dates, given in source-then-position order, into facts.
pub(super) fn group(ordered: Vec<Reported>, rules: &RuleSet) -> Vec<Fact> {
    let mut by_event: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for (i, r) in ordered.iter().enumerate() {
        if let Some(event) = r.claim.date.as_ref().and_then(|d| d.event.clone()) {
            by_event.entry(event).or_default().push(i);
        }
    }
    let mut facts = Vec::new();
    for (event, members) in by_event {
        for (first, claims) in event_facts(&ordered, &members, rules) {
            let key = shown(&ordered, &claims, subject_name(&ordered, &claims, &first));
            let mut reports: Vec<Reported> = claims.iter().map(|&i| ordered[i].clone()).collect();
            reports.sort_by(|a, b| {
                (&a.source, a.claim.span.start).cmp(&(&b.source, b.claim.span.start))
            });
            facts.push(Fact {
                id: String::new(),
                kind: Kind::Date,
                subject: format!("{event}/{}", key.replace(' ', "-")),
                reports,
            });
        }
    }
    facts
}

/// A fact of an event group being built: the name that proposed it, its claims, and what
/// merging and placing ask of it kept at hand rather than recomputed from the claims.
struct Building<'a> {
    key: String,
    /// Claim indices, a claim twice when its sentence names the proposing name twice: sorted
    /// while proposals merge; a placed claim is appended.
    claims: Vec<usize>,
    /// Whether every two dates from different sources agree ([`consistent`]).
    consistent: bool,
    /// A claim agrees with every date of the fact when it agrees with these.
    bounds: DateBounds,
    /// The names of its claims.
    keys: FxHashSet<&'a str>,
}

impl<'a> Building<'a> {
    fn new(all: &'a [Reported], key: String, claims: &[usize], consistent: bool) -> Self {
        let mut fact = Building {
            key,
            claims: Vec::new(),
            consistent,
            bounds: DateBounds::new(),
            keys: FxHashSet::default(),
        };
        fact.add(all, claims);
        fact
    }

    /// Appends `claims`, taking in their dates and names.
    fn add(&mut self, all: &'a [Reported], claims: &[usize]) {
        for &i in claims {
            self.bounds.add(&all[i].claim);
            self.keys.extend(keys_of(all, i));
        }
        self.claims.extend_from_slice(claims);
    }
}

/// The facts of one event group: a subject name and claim indices each.
///
/// A part joins the first earlier fact that shares a claim with it and, together, still
/// agrees (or one holds the other). Only facts sharing a claim can take it, so they are found
/// through the facts that hold each claim, in fact order, instead of trying every fact.
fn event_facts(all: &[Reported], members: &[usize], rules: &RuleSet) -> Vec<(String, Vec<usize>)> {
    let mut facts: Vec<Building<'_>> = Vec::new();
    // Claim → the facts holding it (proposals overlap: a claim may be in several).
    let mut holding: FxHashMap<usize, Vec<usize>> = FxHashMap::default();
    for (key, set) in proposals(all, members) {
        for (part, part_consistent) in split(all, &set, rules) {
            let mut sharing: Vec<usize> = part
                .iter()
                .filter_map(|i| holding.get(i))
                .flatten()
                .copied()
                .collect();
            sharing.sort_unstable();
            sharing.dedup();
            let target = sharing.into_iter().find_map(|t| {
                joined(all, &facts[t], &part, part_consistent, rules).map(|joins| (t, joins))
            });
            let (t, new) = match target {
                Some((t, (consistent, mut new))) => {
                    // A claim the part holds twice (its sentence names the key twice) joins once;
                    // the fact's claims stay sorted while proposals merge.
                    new.dedup();
                    let fact = &mut facts[t];
                    fact.add(all, &new);
                    fact.claims.sort_unstable();
                    fact.consistent = consistent;
                    (t, new)
                }
                None => {
                    facts.push(Building::new(all, key.to_string(), &part, part_consistent));
                    (facts.len() - 1, part)
                }
            };
            for i in new {
                holding.entry(i).or_default().push(t);
            }
        }
    }
    for &i in members {
        if !holding.contains_key(&i) {
            place_unproposed(all, i, &mut facts, rules);
        }
    }
    facts.into_iter().map(|f| (f.key, f.claims)).collect()
}

/// Whether `part`, which shares a claim with `fact`, joins it: when one holds the other, or
/// their union agrees. `Some` with whether the union is [`consistent`] and the part's claims
/// the fact lacks, else `None`.
///
/// The union's consistency comes from what is known: one's when it holds the other; else
/// both must be consistent and every pair across the two differences agree or share a source
/// (pairs inside either are already known).
fn joined(
    all: &[Reported],
    fact: &Building<'_>,
    part: &[usize],
    part_consistent: bool,
    rules: &RuleSet,
) -> Option<(bool, Vec<usize>)> {
    let (only_part, only_fact) = (
        difference(part, &fact.claims),
        difference(&fact.claims, part),
    );
    if only_part.is_empty() {
        return Some((fact.consistent, only_part));
    }
    if only_fact.is_empty() {
        return Some((part_consistent, only_part));
    }
    let across = || {
        only_fact.iter().all(|&a| {
            only_part.iter().all(|&b| {
                all[a].source == all[b].source || dates_agree(&all[a].claim, &all[b].claim, rules)
            })
        })
    };
    (fact.consistent && part_consistent && across()).then_some((true, only_part))
}

/// The names of the entities in claim `i`'s sentence, as keys.
fn keys_of(all: &[Reported], i: usize) -> Vec<&str> {
    all[i]
        .claim
        .date
        .as_ref()
        .map(|d| d.entities.iter().map(|e| e.key.as_str()).collect())
        .unwrap_or_default()
}

/// The sources of a set of claims.
fn sources<'a>(all: &'a [Reported], set: &[usize]) -> BTreeSet<&'a str> {
    set.iter().map(|&i| all[i].source.as_str()).collect()
}

/// Every name that claims of two sources or more share, with those claims: most sources first,
/// then most claims, then by name.
fn proposals<'a>(all: &'a [Reported], members: &[usize]) -> Vec<(&'a str, Vec<usize>)> {
    let mut by_key: BTreeMap<&str, Vec<usize>> = BTreeMap::new();
    for &i in members {
        for k in keys_of(all, i) {
            by_key.entry(k).or_default().push(i);
        }
    }
    let mut proposals: Vec<(usize, &str, Vec<usize>)> = by_key
        .into_iter()
        .map(|(k, set)| (sources(all, &set).len(), k, set))
        .filter(|(n, _, _)| *n >= 2)
        .collect();
    proposals.sort_by_key(|(n, k, set)| (std::cmp::Reverse(*n), std::cmp::Reverse(set.len()), *k));
    proposals.into_iter().map(|(_, k, set)| (k, set)).collect()
}

/// Whether every two dates of a set from different sources agree.
fn consistent(all: &[Reported], set: &[usize], rules: &RuleSet) -> bool {
    set.iter().enumerate().all(|(n, &a)| {
        set[n + 1..].iter().all(|&b| {
            all[a].source == all[b].source || dates_agree(&all[a].claim, &all[b].claim, rules)
        })
    })
}

/// Places claim `i`, which no shared name proposed: into a fact sharing a name whose every date
/// it agrees with, then any fact of the event it agrees with, then a conflict of the event it
/// takes a side in; else it stands alone.
///
/// A claim placed into a fact agrees with all of it, or the fact was already a conflict, so
/// the fact's consistency never changes here.
fn place_unproposed<'a>(
    all: &'a [Reported],
    i: usize,
    facts: &mut Vec<Building<'a>>,
    rules: &RuleSet,
) {
    let keys = keys_of(all, i);
    let claim = &all[i].claim;
    let agrees = |f: &Building<'_>| f.bounds.agree(claim, rules);
    let named = |f: &Building<'_>| keys.iter().any(|k| f.keys.contains(k));
    // A date that sides with one party of a conflict joins it: it adds a source to that side.
    let sides = |f: &Building<'_>| {
        !f.consistent
            && f.claims
                .iter()
                .any(|&j| dates_agree(claim, &all[j].claim, rules))
    };
    let target = facts
        .iter()
        .position(|f| named(f) && agrees(f))
        .or_else(|| facts.iter().position(agrees))
        .or_else(|| {
            facts
                .iter()
                .position(|f| (keys.is_empty() || named(f)) && sides(f))
        });
    match target {
        Some(t) => facts[t].add(all, &[i]),
        None => {
            let key = keys.first().map_or("unnamed", |k| k).to_string();
            facts.push(Building::new(all, key, &[i], true));
        }
    }
}

/// The name most of a fact's claims share; on a tie, or when none is shared, the name that
/// proposed the fact.
fn subject_name(all: &[Reported], claims: &[usize], proposed: &str) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for &i in claims {
        if let Some(d) = &all[i].claim.date {
            for e in &d.entities {
                *counts.entry(e.key.as_str()).or_default() += 1;
            }
        }
    }
    let best = counts.values().copied().max().unwrap_or(0);
    if best < 2 || counts.get(proposed) == Some(&best) {
        return proposed.to_string();
    }
    counts
        .into_iter()
        .find(|&(_, n)| n == best)
        .map_or_else(|| proposed.to_string(), |(k, _)| k.to_string())
}

/// A name key as a subject: with the plural "s" its key was folded without when every claim
/// of the fact writes the name so ("Minneapolis" is keyed "minneapoli", and shown whole).
fn shown(all: &[Reported], claims: &[usize], key: String) -> String {
    let plural = format!("{}s", key.rsplit(' ').next().unwrap_or_default());
    let mut written = claims
        .iter()
        .filter_map(|&i| all[i].claim.date.as_ref())
        .flat_map(|d| &d.entities)
        .filter(|e| e.key == key)
        .map(|e| e.name.to_lowercase())
        .peekable();
    let whole = written.peek().is_some() && written.all(|n| n.ends_with(&plural));
    if whole { key + "s" } else { key }
}

/// A proposal as facts, each with whether it is [`consistent`]: whole when its dates agree or no
/// source tells two of its dates apart (a conflict), else one part per agreeing cluster.
fn split(all: &[Reported], set: &[usize], rules: &RuleSet) -> Vec<(Vec<usize>, bool)> {
    let mut clusters: Vec<(Vec<usize>, DateBounds)> = Vec::new();
    for &i in set {
        let claim = &all[i].claim;
        match clusters.iter_mut().find(|(_, b)| b.agree(claim, rules)) {
            Some((c, b)) => {
                c.push(i);
                b.add(claim);
            }
            None => clusters.push((vec![i], DateBounds::of(claim))),
        }
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for (c, _) in &clusters {
        let sources: BTreeSet<&str> = c.iter().map(|&i| all[i].source.as_str()).collect();
        for s in sources {
            *seen.entry(s).or_default() += 1;
        }
    }
    // Every two dates of a cluster agree, so a cluster is consistent.
    if clusters.len() > 1 && seen.values().any(|&n| n > 1) {
        clusters.into_iter().map(|(c, _)| (c, true)).collect()
    } else if clusters.len() == 1 {
        vec![(set.to_vec(), true)]
    } else {
        vec![(set.to_vec(), consistent(all, set, rules))]
    }
}

/// The claims of sorted `a` not in sorted `b` (repeats in `a` kept).
fn difference(a: &[usize], b: &[usize]) -> Vec<usize> {
    debug_assert!(a.is_sorted() && b.is_sorted());
    a.iter()
        .copied()
        .filter(|i| b.binary_search(i).is_err())
        .collect()
}

#[cfg(test)]
mod tests;
