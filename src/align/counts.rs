//! Counts and quantities → facts.
//!
//! Claims are grouped in two passes that do not depend on how the sources are named or listed:
//! figures that can all be true gather first, then groups whose figures differ join as a
//! conflict between sources (see [`group`]). A claim fits a
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

/// Groups count and quantity claims into facts, in passes that do not depend on how the sources
/// are named or listed. First each count with a numeral, taken in [`grouping_order`], joins the
/// best group whose figures it overlaps, or starts one: figures that can all be true gather
/// first, whichever source gives them. Then each group, in the order they were begun, joins the
/// best earlier group that gives other figures of the same victims from other sources
/// ([`disputes`]): that is a conflict between sources. Last, parts of a total and lone victims
/// join the group they fit, their own source's count first.
///
/// A group is only tried by claims and groups of its first member's subject key
/// ([`subject_key`]). What the tests read besides values is read as ids ([`Traits`]), each test
/// between two shapes made once.
pub(super) fn group(mut claims: Vec<Reported>, rules: &RuleSet) -> Vec<Fact> {
    grouping_order(&mut claims);
    let mut traits = Traits::of(&claims);
    let counts = claims.iter().take_while(|r| tier(&r.claim) == 0).count();
    let mut claims = claims.into_iter().enumerate();
    let mut groups = Groups::default();
    for (i, r) in claims.by_ref().take(counts) {
        groups.place(r, traits.ids(i), &mut traits, rules);
    }
    let mut groups = merge_disputes(groups.list, &mut traits, rules);
    for (i, r) in claims {
        groups.place(r, traits.ids(i), &mut traits, rules);
    }
    // Of facts of one subject, the one more sources give is numbered first (`…/killed/people`
    // before `…/killed/people/2`); the sort is stable.
    let mut list = groups.list;
    list.sort_by_key(|g| std::cmp::Reverse(g.sources.len()));
    (list.into_iter())
        .map(|g| make_fact(g.members, rules))
        .collect()
}

/// The groups being built, and by subject key the indexes of those whose first member has it.
#[derive(Default)]
struct Groups {
    list: Vec<Group>,
    by_subject: FxHashMap<SubjectKey, Vec<usize>>,
}

impl Groups {
    /// The indexes of the groups a claim or group of subject `key` may join, in group order.
    fn candidates(&self, key: &SubjectKey) -> &[usize] {
        self.by_subject.get(key).map_or(&[][..], Vec::as_slice)
    }

    /// Adds a group under the subject key of its first member.
    fn begin(&mut self, g: Group) {
        let key = subject_key(&g.members[0].claim);
        self.by_subject
            .entry(key)
            .or_default()
            .push(self.list.len());
        self.list.push(g);
    }

    /// Puts a claim in the group it fits best ([`fit`]; of two alike, the one more sources
    /// give, then the earlier), or in a new group.
    fn place(&mut self, r: Reported, ids: Ids, traits: &mut Traits, rules: &RuleSet) {
        let list = &self.list;
        let best = (self.candidates(&subject_key(&r.claim)).iter())
            .filter_map(|&g| fit(&list[g], &r, ids, traits, rules).map(|score| (score, g)))
            .max_by_key(|&(score, g)| (score, list[g].sources.len(), std::cmp::Reverse(g)));
        match best {
            Some((_, g)) => self.list[g].push(r, ids),
            None => self.begin(Group::new(r, ids)),
        }
    }
}

/// The second pass of [`group`]: each group joins the earlier one it best disputes, if any (of
/// two alike, the one more sources give, then the earlier).
fn merge_disputes(groups: Vec<Group>, traits: &mut Traits, rules: &RuleSet) -> Groups {
    let mut kept = Groups::default();
    for g in groups {
        let list = &kept.list;
        let best = (kept.candidates(&subject_key(&g.members[0].claim)).iter())
            .filter_map(|&h| disputes(&list[h], &g, traits, rules).map(|score| (score, h)))
            .max_by_key(|&(score, h)| (score, list[h].sources.len(), std::cmp::Reverse(h)));
        match best {
            Some((_, h)) => {
                for (r, ids) in g.members.into_iter().zip(g.ids) {
                    kept.list[h].push(r, ids);
                }
            }
            None => kept.begin(g),
        }
    }
    kept
}

/// Where a claim comes in [`grouping_order`]: 0 for a count with a numeral, 1 for a part of a
/// total ("two more died"), 2 for a lone victim ("a man was killed").
fn tier(c: &Claim) -> u8 {
    match (c.lone(), c.part()) {
        (None, false) => 0,
        (None, true) => 1,
        (Some(_), _) => 2,
    }
}

/// Sorts claims into the order [`group`] takes them, the same whatever the
/// sources are called and in whatever order they come (with sources read by name, renaming an
/// article could move a figure into another fact). Counts with a numeral come first, then parts
/// of a total ("two more died"), then lone victims ("a man was killed") ([`tier`]); within each, by value (equal
/// figures gather before they meet others), then place in the article and wording. The source
/// id breaks only ties between claims alike in all of these, which group alike whichever comes
/// first.
fn grouping_order(claims: &mut [Reported]) {
    sort_for_grouping(claims, tier);
}

/// Sorts claims by `first`, then value, place in the article and wording; the source id breaks
/// only ties between claims alike in all of these (so the order does not hang on what sources
/// are called). Counts and measures group in this order.
pub(super) fn sort_for_grouping<K: Ord>(claims: &mut [Reported], first: impl Fn(&Claim) -> K) {
    fn ends(c: &Claim) -> (f64, f64) {
        c.value.number().map_or((f64::NAN, f64::NAN), |q| {
            (
                q.value.min.unwrap_or(f64::NEG_INFINITY),
                q.value.max.unwrap_or(f64::INFINITY),
            )
        })
    }
    claims.sort_by(|a, b| {
        let (x, y) = (&a.claim, &b.claim);
        let ((x_min, x_max), (y_min, y_max)) = (ends(x), ends(y));
        first(x)
            .cmp(&first(y))
            .then_with(|| x_min.total_cmp(&y_min))
            .then_with(|| x_max.total_cmp(&y_max))
            .then_with(|| (x.span.start, x.span.end).cmp(&(y.span.start, y.span.end)))
            .then_with(|| x.surface.cmp(&y.surface))
            .then_with(|| a.source.cmp(&b.source))
    });
}

/// Whether group `g` gives figures that dispute those of the earlier group `h`, and how well it
/// fits (higher is better): their members could join one fact ([`Tests::joins`]), they come
/// from different sources, their claimants do not differ, or both name one (the army's toll
/// and the rebels' are two accounts, each its own fact) and a count of each names the same victims. A generic group
/// ("people") stands for a specific one only when the figures agree: "30 people" and "2
/// soldiers" are more likely two sets of victims than a conflict; a lone victim's group ("the
/// suspect was shot") does not decide whose count a fact is. Quantities are never disputed: two counts of "people"
/// in one story are too often different things to call a difference a conflict.
fn disputes(h: &Group, g: &Group, traits: &mut Traits, rules: &RuleSet) -> Option<u32> {
    if g.members[0].claim.kind == Kind::Quantity
        || g.sources.iter().any(|s| h.sources.binary_search(s).is_ok())
    {
        return None;
    }
    // Claimants differ only when both are named and their keys differ; a claimant both groups
    // name ("police said") ties them whatever other claimants say.
    let claimants_agree = (h.claimants.iter())
        .all(|&k| (g.claimants.iter()).all(|&j| k == 0 || j == 0 || k == j))
        || (h.claimants.iter()).any(|&k| k != 0 && g.claimants.contains(&k));
    if !claimants_agree {
        return None;
    }
    let some_pair = (h.count_shapes.iter())
        .any(|&a| (g.count_shapes.iter()).any(|&b| traits.tests(a, b, rules).same_victims));
    let mut every = |test: fn(Tests) -> bool| {
        (h.shapes.iter()).all(|&a| (g.shapes.iter()).all(|&b| test(traits.tests(a, b, rules))))
    };
    if !some_pair || !every(|t| t.joins) {
        return None;
    }
    let mut score = 0;
    if h.claimants.iter().any(|k| g.claimants.contains(k)) {
        score += 2;
    }
    if !every(|t| !t.same_events) {
        score += 1;
    }
    Some(score)
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
    /// The ids of the members, in member order.
    ids: Vec<Ids>,
    /// The distinct shapes ([`Ids::shape`]) of the members.
    shapes: Vec<u32>,
    /// The distinct shapes of the members that are not lone victims: whose count the group is.
    count_shapes: Vec<u32>,
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
            ids: Vec::new(),
            shapes: Vec::new(),
            count_shapes: Vec::new(),
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
        if r.claim.lone().is_none() && !self.count_shapes.contains(&ids.shape) {
            self.count_shapes.push(ids.shape);
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
        self.ids.push(ids);
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

/// How well a claim (with its `ids`) fits a group in the first pass of [`group`]: `None` when
/// it cannot join (another subject, incompatible events, or a figure that does not overlap
/// every figure of the group); higher is better: for a part or a lone victim, its own source's
/// group, then the same claimant, the same event words.
fn fit(group: &Group, r: &Reported, ids: Ids, traits: &mut Traits, rules: &RuleSet) -> Option<u32> {
    let c = &r.claim;
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
    if !overlaps_all {
        return None;
    }
    let mut score = 0;
    // A lone victim or a part of a total is one of its own source's count, where there is one.
    if tier(c) > 0 && group.sources.binary_search(&ids.source).is_ok() {
        score += 4;
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
