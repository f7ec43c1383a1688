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

use super::{Fact, Reported};
use crate::claim::{Claim, Kind};
use crate::rules::{FactKind, RuleSet};

/// Groups count and quantity claims, given in source-then-position order, into facts.
pub(super) fn group(ordered: Vec<Reported>, rules: &RuleSet) -> Vec<Fact> {
    let mut groups: Vec<Group> = Vec::new();
    for r in ordered {
        let best = groups
            .iter()
            .enumerate()
            .filter_map(|(i, g)| fit(g, &r, rules).map(|score| (score, i)))
            .max_by_key(|&(score, i)| (score, std::cmp::Reverse(i)));
        match best {
            Some((_, i)) => groups[i].push(r),
            None => groups.push(Group::new(r)),
        }
    }
    groups
        .into_iter()
        .map(|g| make_fact(g.members, rules))
        .collect()
}

/// A fact being built. Whether a claim fits depends on a few fields of each member, so the group
/// keeps one member for each distinct shape (kind, outcome, victims, counted noun, events), value
/// and claimant, and [`fit`] tests those instead of every member: a toll repeated by a thousand
/// articles is one value.
struct Group {
    members: Vec<Reported>,
    /// Indexes in `members`: the first member of each distinct shape.
    shapes: Vec<usize>,
    /// The first member of each distinct value.
    values: Vec<usize>,
    /// The first member of each distinct claimant key (no claimant is one).
    claimants: Vec<usize>,
    /// The sources of the members.
    sources: std::collections::BTreeSet<String>,
}

impl Group {
    fn new(r: Reported) -> Group {
        let mut g = Group {
            members: Vec::new(),
            shapes: Vec::new(),
            values: Vec::new(),
            claimants: Vec::new(),
            sources: std::collections::BTreeSet::new(),
        };
        g.push(r);
        g
    }

    fn push(&mut self, r: Reported) {
        let at = self.members.len();
        let c = &r.claim;
        let firsts = [
            (&mut self.shapes, same_shape as fn(&Claim, &Claim) -> bool),
            (&mut self.values, same_value),
            (&mut self.claimants, same_claimant),
        ];
        for (list, same) in firsts {
            if !list.iter().any(|&i| same(&self.members[i].claim, c)) {
                list.push(at);
            }
        }
        if !self.sources.contains(&r.source) {
            self.sources.insert(r.source.clone());
        }
        self.members.push(r);
    }

    /// The members that stand for the group under `which` of its distinct lists.
    fn firsts<'a>(&'a self, which: &'a [usize]) -> impl Iterator<Item = &'a Claim> + 'a {
        which.iter().map(|&i| &self.members[i].claim)
    }
}

/// The fields [`same_subject`], [`same_victims`] and [`events_compatible`] read, and the kind.
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
    a.kind == b.kind && bits(a) == bits(b)
}

/// The claimant key, which [`claimants_compatible`] and the score read.
fn same_claimant(a: &Claim, b: &Claim) -> bool {
    claimant_key(a) == claimant_key(b)
}

fn claimant_key(c: &Claim) -> Option<&String> {
    c.claimant.as_ref().map(|x| &x.key)
}

/// How well a claim fits a group: `None` when it cannot join; higher is better.
fn fit(group: &Group, r: &Reported, rules: &RuleSet) -> Option<u32> {
    let c = &r.claim;
    let mut score = 0;
    for o in group.firsts(&group.shapes) {
        if o.kind != c.kind || !same_subject(o, c, rules) || !events_compatible(o, c) {
            return None;
        }
    }
    let overlaps_all = group
        .firsts(&group.values)
        .all(|o| values_overlap(o, c, rules));
    if overlaps_all {
        score += 4;
    } else {
        let other_sources = !group.sources.contains(&r.source);
        let claimants_agree = group
            .firsts(&group.claimants)
            .all(|o| claimants_compatible(o, c));
        // A generic group ("people") stands for a specific one only when the figures agree:
        // "30 people" and "2 soldiers" are more likely two sets of victims than a conflict.
        let same_victims = group
            .firsts(&group.shapes)
            .all(|o| same_victims(o, c, rules));
        // Quantities are compared only when they agree: two counts of "people" in one story are
        // too often different things to call a difference a conflict.
        if c.kind == Kind::Quantity || !other_sources || !claimants_agree || !same_victims {
            return None;
        }
    }
    if group
        .firsts(&group.claimants)
        .any(|o| claimant_key(o) == claimant_key(c))
    {
        score += 2;
    }
    if group
        .firsts(&group.shapes)
        .any(|o| !o.events.is_empty() && o.events == c.events)
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

/// Claimants differ only when both are named and their keys differ.
fn claimants_compatible(a: &Claim, b: &Claim) -> bool {
    match (&a.claimant, &b.claimant) {
        (Some(x), Some(y)) => x.key == y.key,
        _ => true,
    }
}

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

#[cfg(test)]
mod tests {
    use super::*;
    use crate::align::align;
    use crate::claim::{Casualty, Claimant, Interval, Outcome, Quantity, Value};
    use crate::compare::{Verdict, judge};

    fn casualty(min: f64, max: Option<f64>, outcome: Outcome, group: &str) -> Claim {
        Claim {
            kind: Kind::CasualtyCount,
            surface: format!("{min} {group}"),
            span: 0..1,
            line: 1,
            column: 1,
            value: Value::Number(Quantity {
                value: Interval {
                    min: Some(min),
                    max,
                },
                hedge: None,
            }),
            date: None,
            claimant: None,
            casualty: Some(Box::new(Casualty {
                outcome,
                victims: group.into(),
                victim_group: group.into(),
            })),
            counted: None,
            events: Vec::new(),
            sentence: 0..1,
            teaser: false,
        }
    }

    fn by(mut c: Claim, key: &str) -> Claim {
        c.claimant = Some(Claimant {
            name: key.into(),
            key: key.into(),
            span: 0..0,
        });
        c
    }

    fn on(mut c: Claim, event: &str) -> Claim {
        c.events = vec![event.into()];
        c
    }

    fn verdicts(sources: &[(&str, Vec<Claim>)]) -> Vec<(String, Verdict, usize)> {
        let rules = RuleSet::load(&[]).unwrap();
        let sources: Vec<(String, Vec<Claim>)> = sources
            .iter()
            .map(|(s, c)| (s.to_string(), c.clone()))
            .collect();
        align(sources, &rules)
            .into_iter()
            .map(|f| {
                let n = f.reports.len();
                let j = judge(f, &rules);
                (j.fact.id, j.verdict, n)
            })
            .collect()
    }

    #[test]
    fn casualties_and_killed_of_one_group_agree_when_they_overlap() {
        let got = verdicts(&[
            (
                "a",
                vec![casualty(18.0, Some(22.0), Outcome::Casualties, "civilians")],
            ),
            (
                "b",
                vec![casualty(18.0, Some(22.0), Outcome::Killed, "civilians")],
            ),
        ]);
        assert_eq!(
            got,
            [("casualty_count/killed/civilians".into(), Verdict::Agree, 2)]
        );
    }

    #[test]
    fn disjoint_figures_from_two_sources_conflict() {
        let got = verdicts(&[
            (
                "a",
                vec![casualty(12.0, Some(12.0), Outcome::Killed, "civilians")],
            ),
            (
                "b",
                vec![casualty(30.0, Some(30.0), Outcome::Killed, "civilians")],
            ),
        ]);
        assert_eq!(
            got,
            [(
                "casualty_count/killed/civilians".into(),
                Verdict::Conflict,
                2
            )]
        );
    }

    #[test]
    fn different_claimants_with_different_figures_are_separate_facts() {
        let got = verdicts(&[
            (
                "a",
                vec![by(
                    casualty(84.0, Some(84.0), Outcome::Killed, "mercenaries"),
                    "militants",
                )],
            ),
            (
                "b",
                vec![by(
                    casualty(50.0, Some(50.0), Outcome::Killed, "mercenaries"),
                    "jnim",
                )],
            ),
        ]);
        assert_eq!(
            got,
            [
                (
                    "casualty_count/killed/mercenaries".into(),
                    Verdict::SingleSource,
                    1
                ),
                (
                    "casualty_count/killed/mercenaries/2".into(),
                    Verdict::SingleSource,
                    1
                ),
            ]
        );
    }

    #[test]
    fn different_events_are_separate_facts() {
        let got = verdicts(&[
            (
                "a",
                vec![on(
                    casualty(84.0, None, Outcome::Killed, "mercenaries"),
                    "fighting",
                )],
            ),
            (
                "b",
                vec![on(
                    casualty(50.0, Some(50.0), Outcome::Killed, "mercenaries"),
                    "ambush",
                )],
            ),
        ]);
        assert_eq!(got.len(), 2);
        assert!(got.iter().all(|(_, v, _)| *v == Verdict::SingleSource));
    }

    #[test]
    fn killed_and_injured_never_share_a_fact_but_generic_victims_join_specific_ones() {
        let got = verdicts(&[
            (
                "a",
                vec![casualty(3.0, Some(3.0), Outcome::Killed, "people")],
            ),
            (
                "b",
                vec![
                    casualty(2.0, Some(2.0), Outcome::Injured, "people"),
                    casualty(3.0, Some(3.0), Outcome::Killed, "civilians"),
                ],
            ),
        ]);
        assert_eq!(
            got,
            [
                (
                    "casualty_count/injured/people".into(),
                    Verdict::SingleSource,
                    1
                ),
                ("casualty_count/killed/civilians".into(), Verdict::Agree, 2),
            ]
        );
    }

    #[test]
    fn order_of_sources_does_not_change_the_facts() {
        let a = (
            "a",
            vec![casualty(12.0, Some(12.0), Outcome::Killed, "civilians")],
        );
        let b = (
            "b",
            vec![casualty(30.0, Some(30.0), Outcome::Killed, "civilians")],
        );
        let c = (
            "c",
            vec![casualty(12.0, None, Outcome::Killed, "civilians")],
        );
        let one = verdicts(&[a.clone(), b.clone(), c.clone()]);
        let two = verdicts(&[c, b, a]);
        assert_eq!(one, two);
    }

    #[test]
    fn tolerance_widens_before_comparing() {
        let mut rules = RuleSet::load(&[]).unwrap();
        let x = casualty(20.0, Some(20.0), Outcome::Killed, "civilians");
        let y = casualty(22.0, Some(22.0), Outcome::Killed, "civilians");
        assert!(!values_overlap(&x, &y, &rules));
        rules.facts.casualty_count.relative = 0.05;
        assert!(values_overlap(&x, &y, &rules));
    }

    /// The notes of each fact of a story where source `names[i]` reports `figures[i]` killed
    /// civilians.
    fn notes_of(names: &[&str], figures: &[f64]) -> Vec<(Verdict, Vec<String>)> {
        let rules = RuleSet::load(&[]).unwrap();
        let sources: Vec<(String, Vec<Claim>)> = names
            .iter()
            .zip(figures)
            .map(|(s, &n)| {
                let claim = casualty(n, Some(n), Outcome::Killed, "civilians");
                (s.to_string(), vec![claim])
            })
            .collect();
        align(sources, &rules)
            .into_iter()
            .map(|f| judge(f, &rules))
            .map(|j| (j.verdict, j.notes))
            .collect()
    }

    #[test]
    fn a_conflict_names_each_disagreeing_pair_of_values_once_with_its_sources() {
        let names = [
            "a", "b", "c", "d", "e", "f", "g", "h", "i", "j", "k", "l", "m",
        ];
        let figures = [
            12.0, 12.0, 12.0, 12.0, 12.0, 12.0, 12.0, 12.0, 12.0, 12.0, 30.0, 50.0, 50.0,
        ];
        let got = notes_of(&names, &figures);
        assert_eq!(got.len(), 1);
        assert_eq!(got[0].0, Verdict::Conflict);
        assert_eq!(
            got[0].1,
            [
                "a, b, c, d, e, f, g, h and 2 others say 12; k says 30",
                "a, b, c, d, e, f, g, h and 2 others say 12; l, m say 50",
                "k says 30; l, m say 50",
            ]
        );
    }

    #[test]
    fn a_conflict_spells_out_ten_pairs_and_counts_the_rest() {
        let names: Vec<String> = (0..12).map(|i| format!("s{i:02}")).collect();
        let names: Vec<&str> = names.iter().map(String::as_str).collect();
        let figures: Vec<f64> = (0..12).map(|i| f64::from(10 + 10 * i)).collect();
        let got = notes_of(&names, &figures);
        assert_eq!(got.len(), 1);
        let notes = &got[0].1;
        // 12 values, each disjoint from the 11 others: 66 pairs.
        assert_eq!(notes.len(), 11);
        assert_eq!(notes[0], "s00 says 10; s01 says 20");
        assert_eq!(notes[9], "s00 says 10; s10 says 110");
        assert_eq!(
            notes[10],
            "and 56 more pairs of values that cannot both be true"
        );
    }
}
