//! Stage 4: claims → facts. A fact is a set of claims, from one or more sources, that talk about
//! the same thing: the same outcome and victims of the same event, or the same counted thing.
//!
//! Claims are taken in a fixed order (source id, then position) and each joins the best fact it
//! fits, or starts a new one, so the result does not depend on file-system order. A claim fits a
//! fact when kind, outcome (where "casualties" fits both killed and injured), victim group (where
//! a generic group such as "people" fits any) and event words (an ambush is not a strike) are
//! compatible. A figure that overlaps the fact's joins it; a figure that does not joins only when
//! it comes from another source and the claimants do not differ: that is a conflict between
//! sources. Differing figures from different claimants (the army's toll, the rebels' toll) stay
//! separate facts, each with its claimant visible.

use crate::claim::{Claim, Kind};
use crate::rules::{FactKind, RuleSet};

/// A claim as reported by one source.
#[derive(Clone, Debug, PartialEq)]
pub struct Reported {
    /// The source id (article file stem).
    pub source: String,
    /// The claim.
    pub claim: Claim,
}

/// Claims about one thing, before comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Stable id: kind, subject and a number when the subject repeats ("casualty_count/killed/civilians/2").
    pub id: String,
    /// What the fact is about.
    pub kind: Kind,
    /// A short human label ("killed · civilians", "quantity · people").
    pub subject: String,
    /// The claims, ordered by source id and position.
    pub reports: Vec<Reported>,
}

/// Groups every claim of every source into facts. `sources` pairs each source id with its claims.
pub fn align(sources: &[(String, Vec<Claim>)], rules: &RuleSet) -> Vec<Fact> {
    let mut ordered: Vec<Reported> = sources
        .iter()
        .flat_map(|(id, claims)| {
            claims.iter().map(|c| Reported {
                source: id.clone(),
                claim: c.clone(),
            })
        })
        .filter(|r| settings(r.claim.kind, rules).enabled)
        .collect();
    ordered.sort_by(|a, b| {
        (&a.source, a.claim.span.start, a.claim.span.end).cmp(&(
            &b.source,
            b.claim.span.start,
            b.claim.span.end,
        ))
    });
    let mut groups: Vec<Vec<Reported>> = Vec::new();
    for r in ordered {
        let best = groups
            .iter()
            .enumerate()
            .filter_map(|(i, g)| fit(g, &r, rules).map(|score| (score, i)))
            .max_by_key(|&(score, i)| (score, std::cmp::Reverse(i)));
        match best {
            Some((_, i)) => groups[i].push(r),
            None => groups.push(vec![r]),
        }
    }
    let mut facts: Vec<Fact> = groups.into_iter().map(|g| make_fact(g, rules)).collect();
    facts.sort_by(|a, b| (a.kind, &a.subject).cmp(&(b.kind, &b.subject)));
    number_ids(&mut facts);
    facts
}

/// The comparison settings of a kind.
pub fn settings(kind: Kind, rules: &RuleSet) -> &FactKind {
    match kind {
        Kind::CasualtyCount => &rules.facts.casualty_count,
        Kind::Quantity => &rules.facts.quantity,
    }
}

/// How well a claim fits a group: `None` when it cannot join; higher is better.
fn fit(group: &[Reported], r: &Reported, rules: &RuleSet) -> Option<u32> {
    let c = &r.claim;
    let kind = settings(c.kind, rules);
    let mut score = 0;
    for m in group {
        let o = &m.claim;
        if o.kind != c.kind || !same_subject(o, c, rules) || !events_compatible(o, c) {
            return None;
        }
    }
    let overlaps_all = group.iter().all(|m| values_overlap(&m.claim, c, kind));
    if overlaps_all {
        score += 4;
    } else {
        let other_sources = group.iter().all(|m| m.source != r.source);
        let claimants_agree = group.iter().all(|m| claimants_compatible(&m.claim, c));
        // Quantities are compared only when they agree: two counts of "people" in one story are
        // too often different things to call a difference a conflict.
        if c.kind == Kind::Quantity || !other_sources || !claimants_agree {
            return None;
        }
    }
    if group
        .iter()
        .any(|m| m.claim.claimant.as_ref().map(|x| &x.key) == c.claimant.as_ref().map(|x| &x.key))
    {
        score += 2;
    }
    if group
        .iter()
        .any(|m| !m.claim.events.is_empty() && m.claim.events == c.events)
    {
        score += 1;
    }
    Some(score)
}

/// Same outcome (or "casualties" against either) and same victims, for casualty counts; same
/// counted noun for quantities.
fn same_subject(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    match (&a.casualty, &b.casualty) {
        (Some(x), Some(y)) => {
            x.outcome.compatible(y.outcome)
                && groups_compatible(&x.victim_group, &y.victim_group, rules)
        }
        (None, None) => a.counted.is_some() && a.counted == b.counted,
        _ => false,
    }
}

fn groups_compatible(a: &str, b: &str, rules: &RuleSet) -> bool {
    let generic = |g: &str| {
        g.is_empty()
            || rules
                .casualties
                .victims
                .iter()
                .any(|v| v.name == g && v.generic)
    };
    a == b || generic(a) || generic(b)
}

/// Event words must share one when both claims name any.
fn events_compatible(a: &Claim, b: &Claim) -> bool {
    a.events.is_empty() || b.events.is_empty() || a.events.iter().any(|e| b.events.contains(e))
}

/// Claimants differ only when both are named and their keys differ.
fn claimants_compatible(a: &Claim, b: &Claim) -> bool {
    match (&a.claimant, &b.claimant) {
        (Some(x), Some(y)) => x.key == y.key,
        _ => true,
    }
}

/// Whether two claims' values overlap once widened by the kind's tolerance.
pub fn values_overlap(a: &Claim, b: &Claim, kind: &FactKind) -> bool {
    let widen = |c: &Claim| c.value.value.widened(kind.relative, kind.absolute);
    widen(a).overlaps(&widen(b))
}

fn make_fact(reports: Vec<Reported>, rules: &RuleSet) -> Fact {
    let first = &reports[0].claim;
    let subject = match &first.casualty {
        Some(_) => {
            let specific = |r: &&Reported| {
                r.claim
                    .casualty
                    .as_ref()
                    .is_some_and(|c| !groups_compatible(&c.victim_group, "", rules))
            };
            let pick = reports.iter().find(specific).unwrap_or(&reports[0]);
            let outcome = reports
                .iter()
                .filter_map(|r| r.claim.casualty.as_ref().map(|c| c.outcome))
                .min()
                .map_or("", |o| o.as_str());
            let group = pick
                .claim
                .casualty
                .as_ref()
                .map_or("", |c| c.victim_group.as_str());
            let group = if group.is_empty() {
                "unspecified"
            } else {
                group
            };
            format!("{outcome}/{group}")
        }
        None => first.counted.clone().unwrap_or_default(),
    };
    Fact {
        id: String::new(),
        kind: first.kind,
        subject,
        reports,
    }
}

/// Gives each fact the id `kind/subject`, with `/2`, `/3` … for repeats, in sorted order.
fn number_ids(facts: &mut [Fact]) {
    let mut seen: std::collections::BTreeMap<String, usize> = Default::default();
    for f in facts.iter_mut() {
        let base = format!("{}/{}", f.kind.as_str(), f.subject);
        let n = seen.entry(base.clone()).or_default();
        *n += 1;
        f.id = if *n == 1 { base } else { format!("{base}/{n}") };
    }
}
