//! Counts and quantities → facts.
//!
//! Claims are taken in a fixed order (source id, then position) and each joins the best fact it
//! fits, or starts a new one, so the result does not depend on file-system order. A claim fits a
//! fact when kind, outcome (where "casualties" fits both killed and injured), victim group (where
//! a generic group such as "people" fits any) and event words (an ambush is not a strike) are
//! compatible. A figure that overlaps the fact's joins it; a figure that does not joins only when
//! it comes from another source and the claimants do not differ: that is a conflict between
//! sources. Differing figures from different claimants (the army's toll, the rebels' toll) stay
//! separate facts, each with its claimant visible.

mod traits;

use rustc_hash::FxHashMap;

use super::{Fact, Reported};
use crate::claim::{Claim, Kind};
use crate::likeness::values_overlap;
use crate::rules::RuleSet;
use traits::{Ids, Tests, Traits};

/// Groups count and quantity claims, given in source-then-position order, into facts.
///
/// A claim can only join a group whose first member has its subject key ([`subject_key`]), so
/// only those groups are tried, in group order, as trying every group would find. What the
/// tests read besides values is read as ids ([`Traits`]), each test between two shapes made
/// once.
pub(super) fn group(ordered: Vec<Reported>, rules: &RuleSet) -> Vec<Fact> {
    let mut traits = Traits::of(&ordered);
    let mut groups: Vec<Group> = Vec::new();
    let mut by_subject: FxHashMap<SubjectKey, Vec<usize>> = FxHashMap::default();
    for (i, r) in ordered.into_iter().enumerate() {
        let ids = traits.ids(i);
        let key = subject_key(&r.claim);
        let candidates = by_subject.get(&key).map_or(&[][..], Vec::as_slice);
        let best = candidates
            .iter()
            .filter_map(|&g| fit(&groups[g], &r, ids, &mut traits, rules).map(|score| (score, g)))
            .max_by_key(|&(score, g)| (score, std::cmp::Reverse(g)));
        match best {
            Some((_, g)) => groups[g].push(r, ids),
            None => {
                by_subject.entry(key).or_default().push(groups.len());
                groups.push(Group::new(r, ids));
            }
        }
    }
    groups
        .into_iter()
        .map(|g| make_fact(g.members, rules))
        .collect()
}

/// What two claims must share for one to join the other's group: the kind, whether they count
/// casualties, for other counts the counted noun, and for casualty counts the scope's key. A
/// count with a scope ("750 killed this year", "since 2011") joins only counts of the same key,
/// never an incident's toll. [`fit`] tests the group's first member with [`same_subject`] and
/// the kind, which hold only between claims of one key.
type SubjectKey = (Kind, bool, Option<String>);

fn subject_key(c: &Claim) -> SubjectKey {
    match c.casualty {
        Some(_) => (c.kind, true, c.scope().map(|s| s.key.clone())),
        None => (c.kind, false, c.counted.clone()),
    }
}

/// A fact being built. Whether a claim fits depends on a few fields of each member, so the group
/// keeps the distinct shapes (kind, outcome, victims, counted noun, events), values and
/// claimants of its members, and [`fit`] tests those instead of every member: a toll repeated
/// by a thousand articles is one value.
struct Group {
    members: Vec<Reported>,
    /// The distinct shapes ([`Ids::shape`]) of the members.
    shapes: Vec<u32>,
    /// Indexes in `members`: the first member of each distinct value.
    values: Vec<usize>,
    /// The distinct claimant keys of the members (0: no claimant).
    claimants: Vec<u32>,
    /// The sources of the members, sorted.
    sources: Vec<u32>,
}

impl Group {
    fn new(r: Reported, ids: Ids) -> Group {
        let mut g = Group {
            members: Vec::new(),
            shapes: Vec::new(),
            values: Vec::new(),
            claimants: Vec::new(),
            sources: Vec::new(),
        };
        g.push(r, ids);
        g
    }

    fn push(&mut self, r: Reported, ids: Ids) {
        if !self.shapes.contains(&ids.shape) {
            self.shapes.push(ids.shape);
        }
        if !self.claimants.contains(&ids.claimant) {
            self.claimants.push(ids.claimant);
        }
        let c = &r.claim;
        if !self
            .values
            .iter()
            .any(|&i| same_value(&self.members[i].claim, c))
        {
            self.values.push(self.members.len());
        }
        if let Err(at) = self.sources.binary_search(&ids.source) {
            self.sources.insert(at, ids.source);
        }
        self.members.push(r);
    }
}

/// The fields [`same_subject`], [`same_victims`] and [`events_compatible`] read, and the kind:
/// claims of one shape have one [`Ids::shape`] (a unit test holds the two to each other).
#[cfg(test)]
fn same_shape(a: &Claim, b: &Claim) -> bool {
    fn casualty(c: &Claim) -> Option<(crate::claim::Outcome, &String)> {
        c.casualty.as_ref().map(|x| (x.outcome, &x.victim_group))
    }
    a.kind == b.kind && casualty(a) == casualty(b) && a.counted == b.counted && a.events == b.events
}

/// The field [`values_overlap`] reads (the kind is one per group).
fn same_value(a: &Claim, b: &Claim) -> bool {
    let bits = |c: &Claim| {
        c.value
            .number()
            .map(|q| (q.value.min.map(f64::to_bits), q.value.max.map(f64::to_bits)))
    };
    a.kind == b.kind
        && bits(a) == bits(b)
        && a.lone().is_some() == b.lone().is_some()
        && a.part() == b.part()
}

/// How well a claim (with its `ids`) fits a group: `None` when it cannot join; higher is better.
fn fit(group: &Group, r: &Reported, ids: Ids, traits: &mut Traits, rules: &RuleSet) -> Option<u32> {
    let c = &r.claim;
    let mut score = 0;
    let mut every = |test: fn(Tests) -> bool| {
        group
            .shapes
            .iter()
            .all(|&shape| test(traits.tests(shape, ids.shape, rules)))
    };
    if !every(|t| t.joins) {
        return None;
    }
    let overlaps_all = group
        .values
        .iter()
        .all(|&i| values_overlap(&group.members[i].claim, c, rules));
    if overlaps_all {
        score += 4;
    } else {
        let other_sources = group.sources.binary_search(&ids.source).is_err();
        // Claimants differ only when both are named and their keys differ.
        let claimants_agree = group
            .claimants
            .iter()
            .all(|&k| k == 0 || ids.claimant == 0 || k == ids.claimant);
        // A generic group ("people") stands for a specific one only when the figures agree:
        // "30 people" and "2 soldiers" are more likely two sets of victims than a conflict.
        let same_victims = every(|t| t.same_victims);
        // Quantities are compared only when they agree: two counts of "people" in one story are
        // too often different things to call a difference a conflict.
        if c.kind == Kind::Quantity || !other_sources || !claimants_agree || !same_victims {
            return None;
        }
    }
    if group.claimants.contains(&ids.claimant) {
        score += 2;
    }
    if !every(|t| !t.same_events) {
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

/// An unnamed victim group, or one the rules mark generic ("people").
fn is_generic(group: &str, rules: &RuleSet) -> bool {
    group.is_empty()
        || rules
            .casualties
            .victims
            .iter()
            .any(|v| v.name == group && v.generic)
}

fn groups_compatible(a: &str, b: &str, rules: &RuleSet) -> bool {
    a == b || is_generic(a, rules) || is_generic(b, rules)
}

/// The same victim group, counting every generic group ("people", unnamed) as one.
fn same_victims(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    match (&a.casualty, &b.casualty) {
        (Some(x), Some(y)) => {
            x.victim_group == y.victim_group
                || is_generic(&x.victim_group, rules) && is_generic(&y.victim_group, rules)
        }
        _ => true,
    }
}

/// Event words must share one when both claims name any.
fn events_compatible(a: &Claim, b: &Claim) -> bool {
    a.events.is_empty() || b.events.is_empty() || a.events.iter().any(|e| b.events.contains(e))
}

fn make_fact(reports: Vec<Reported>, rules: &RuleSet) -> Fact {
    let first = &reports[0].claim;
    let subject = match &first.casualty {
        Some(_) => {
            let specific = |r: &&Reported| {
                r.claim
                    .casualty
                    .as_ref()
                    .is_some_and(|c| !is_generic(&c.victim_group, rules))
            };
            let named = |r: &&Reported| {
                r.claim
                    .casualty
                    .as_ref()
                    .is_some_and(|c| !c.victim_group.is_empty())
            };
            let pick = reports
                .iter()
                .find(specific)
                .or_else(|| reports.iter().find(named))
                .unwrap_or(&reports[0]);
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
            match first.scope() {
                Some(scope) => format!("{outcome}/{group}/{}", scope.key),
                None => format!("{outcome}/{group}"),
            }
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

#[cfg(test)]
mod tests;
