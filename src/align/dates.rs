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

use super::{Fact, Reported};
use crate::claim::{Claim, DateRole, Kind};
use crate::likeness::dates_agree;
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
            let key = subject_name(&ordered, &claims, &first);
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

/// The facts of one event group: a subject name and claim indices each.
fn event_facts(all: &[Reported], members: &[usize], rules: &RuleSet) -> Vec<(String, Vec<usize>)> {
    let mut facts: Vec<(String, Vec<usize>)> = Vec::new();
    for (key, set) in proposals(all, members) {
        for part in split(all, &set, rules) {
            let target = facts.iter().position(|(_, f)| {
                let shared = f.iter().any(|i| part.contains(i));
                let union = union(f, &part);
                let nested =
                    f.iter().all(|i| part.contains(i)) || part.iter().all(|i| f.contains(i));
                shared && (consistent(all, &union, rules) || nested)
            });
            match target {
                Some(t) => facts[t].1 = union(&facts[t].1, &part),
                None => facts.push((key.to_string(), part)),
            }
        }
    }
    for &i in members {
        if !facts.iter().any(|(_, f)| f.contains(&i)) {
            place_unproposed(all, i, &mut facts, rules);
        }
    }
    facts
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
    let mut proposals: Vec<(&str, Vec<usize>)> = by_key
        .into_iter()
        .filter(|(_, set)| sources(all, set).len() >= 2)
        .collect();
    proposals.sort_by_key(|(k, set)| {
        (
            std::cmp::Reverse(sources(all, set).len()),
            std::cmp::Reverse(set.len()),
            *k,
        )
    });
    proposals
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
fn place_unproposed(
    all: &[Reported],
    i: usize,
    facts: &mut Vec<(String, Vec<usize>)>,
    rules: &RuleSet,
) {
    let keys = keys_of(all, i);
    let agrees = |f: &[usize]| {
        f.iter()
            .all(|&j| dates_agree(&all[i].claim, &all[j].claim, rules))
    };
    let named = |f: &[usize]| {
        f.iter()
            .any(|&j| keys_of(all, j).iter().any(|k| keys.contains(k)))
    };
    // A date that sides with one party of a conflict joins it: it adds a source to that side.
    let sides = |f: &[usize]| {
        !consistent(all, f, rules)
            && f.iter()
                .any(|&j| dates_agree(&all[i].claim, &all[j].claim, rules))
    };
    let target = facts
        .iter()
        .position(|(_, f)| named(f) && agrees(f))
        .or_else(|| facts.iter().position(|(_, f)| agrees(f)))
        .or_else(|| {
            facts
                .iter()
                .position(|(_, f)| (keys.is_empty() || named(f)) && sides(f))
        });
    match target {
        Some(t) => facts[t].1.push(i),
        None => {
            let key = keys.first().map_or("unnamed", |k| k).to_string();
            facts.push((key, vec![i]));
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

/// A proposal as facts: whole when its dates agree or no source tells two of its dates apart
/// (a conflict), else one part per agreeing cluster.
fn split(all: &[Reported], set: &[usize], rules: &RuleSet) -> Vec<Vec<usize>> {
    let mut clusters: Vec<Vec<usize>> = Vec::new();
    for &i in set {
        let fits = clusters.iter().position(|c| {
            c.iter()
                .all(|&j| dates_agree(&all[i].claim, &all[j].claim, rules))
        });
        match fits {
            Some(c) => clusters[c].push(i),
            None => clusters.push(vec![i]),
        }
    }
    let mut seen: BTreeMap<&str, usize> = BTreeMap::new();
    for c in &clusters {
        let sources: BTreeSet<&str> = c.iter().map(|&i| all[i].source.as_str()).collect();
        for s in sources {
            *seen.entry(s).or_default() += 1;
        }
    }
    if clusters.len() > 1 && seen.values().any(|&n| n > 1) {
        clusters
    } else {
        vec![set.to_vec()]
    }
}

fn union(a: &[usize], b: &[usize]) -> Vec<usize> {
    let mut u = a.to_vec();
    for &i in b {
        if !u.contains(&i) {
            u.push(i);
        }
    }
    u.sort_unstable();
    u
}
