//! Measure figures → facts.
//!
//! A measure's figures ("12 protesters were arrested", "inflation rose to 3.2%") gather per
//! measure, scope and unit (a span of its own such as "this year", a qualifier such as "core",
//! and a currency or percentage points, which never meet another): within that, as for casualty
//! counts, figures that can all be true gather first, whichever source gives them; then a group
//! whose figures differ joins an earlier one as a conflict between sources when they share no
//! source and their claimants do not differ. Differing figures from different claimants (the
//! police's crowd, the organisers') stay separate facts, each with its claimant visible, and
//! comparison notes them as competing accounts. A figure of a named group ("protesters") joins
//! figures of the same group or of none ("people", "arrested 15"), never of another
//! ("journalists"). Claims come in an order of their content, so the facts do not depend on how
//! the sources are named.

use super::counts::sort_for_grouping;
use super::{Fact, Reported};
use crate::claim::{Claim, Unit};
use crate::likeness::values_overlap;
use crate::rules::RuleSet;

/// What two figures must share to meet at all: measure, scope key, unit.
type Key = (String, Option<String>, Option<Unit>);

fn key(c: &Claim) -> Key {
    let measure = c.measure_id().unwrap_or_default().to_string();
    let unit = c.value.number().and_then(|q| q.unit);
    (measure, c.scope().map(|s| s.key.clone()), unit)
}

/// Groups measure claims into facts.
pub(super) fn group(mut claims: Vec<Reported>, rules: &RuleSet) -> Vec<Fact> {
    sort_for_grouping(&mut claims, key);
    let mut groups: Vec<Vec<Reported>> = Vec::new();
    for r in claims {
        let best = (groups.iter().enumerate())
            .filter_map(|(g, members)| fit(members, &r, rules).map(|score| (score, g)))
            .max_by_key(|&(score, g)| (score, sources(&groups[g]).len(), std::cmp::Reverse(g)));
        match best {
            Some((_, g)) => groups[g].push(r),
            None => groups.push(vec![r]),
        }
    }
    let mut kept: Vec<Vec<Reported>> = Vec::new();
    for g in groups {
        let best = (kept.iter().enumerate())
            .filter_map(|(h, earlier)| disputes(earlier, &g, rules).map(|score| (score, h)))
            .max_by_key(|&(score, h)| (score, sources(&kept[h]).len(), std::cmp::Reverse(h)));
        match best {
            Some((_, h)) => kept[h].extend(g),
            None => kept.push(g),
        }
    }
    // Of facts of one subject, the one more sources give is numbered first; the sort is stable.
    kept.sort_by_key(|g| std::cmp::Reverse(sources(g).len()));
    kept.into_iter().map(make_fact).collect()
}

/// The distinct sources of a group, sorted.
fn sources(members: &[Reported]) -> Vec<&str> {
    let mut s: Vec<&str> = members.iter().map(|r| r.source.as_str()).collect();
    s.sort_unstable();
    s.dedup();
    s
}

/// Whether two figures may be of one fact: same key, compatible groups counted, compatible
/// event words.
fn joins(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    key(a) == key(b) && subjects_compatible(a, b, rules) && events_compatible(a, b)
}

/// How well a figure fits a group in the first pass (higher is better): `None` when it cannot
/// join, or its figure does not overlap every figure of the group within the measure's
/// tolerance; the same claimant, then the same event words, count for it.
fn fit(members: &[Reported], r: &Reported, rules: &RuleSet) -> Option<u32> {
    let c = &r.claim;
    let all = members
        .iter()
        .all(|m| joins(&m.claim, c, rules) && values_overlap(&m.claim, c, rules));
    if !all {
        return None;
    }
    let mut score = 0;
    if members.iter().any(|m| same_claimant(&m.claim, c)) {
        score += 2;
    }
    if members
        .iter()
        .any(|m| !c.events.is_empty() && m.claim.events == c.events)
    {
        score += 1;
    }
    Some(score)
}

/// Whether group `g` gives figures that dispute those of the earlier group `h`: every pair
/// could be of one fact, no source is in both, and their claimants do not differ (a claimant
/// both name ties them whatever the others say).
fn disputes(h: &[Reported], g: &[Reported], rules: &RuleSet) -> Option<u32> {
    let (hs, gs) = (sources(h), sources(g));
    if gs.iter().any(|s| hs.binary_search(s).is_ok()) {
        return None;
    }
    let keys = |members: &[Reported]| -> Vec<String> {
        let mut k: Vec<String> = (members.iter())
            .filter_map(|r| r.claim.claimant.as_ref().map(|c| c.key.clone()))
            .collect();
        k.sort();
        k.dedup();
        k
    };
    let (hk, gk) = (keys(h), keys(g));
    let shared = hk.iter().any(|k| gk.contains(k));
    if !(hk.is_empty() || gk.is_empty() || shared) {
        return None;
    }
    let all = (h.iter()).all(|a| g.iter().all(|b| joins(&a.claim, &b.claim, rules)));
    all.then_some(u32::from(shared))
}

fn same_claimant(a: &Claim, b: &Claim) -> bool {
    match (&a.claimant, &b.claimant) {
        (Some(x), Some(y)) => x.key == y.key,
        (None, None) => true,
        _ => false,
    }
}

/// The group a figure counts, or "" when unnamed or generic ("people").
fn specific_subject<'c>(c: &'c Claim, rules: &RuleSet) -> &'c str {
    let subject = c.measure.as_ref().map_or("", |m| m.subject.as_str());
    let generic = (rules.casualties.victims.iter()).any(|v| v.generic && v.name == subject);
    if generic { "" } else { subject }
}

fn subjects_compatible(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    let (x, y) = (specific_subject(a, rules), specific_subject(b, rules));
    x.is_empty() || y.is_empty() || x == y
}

/// Event words must share one when both claims name any.
fn events_compatible(a: &Claim, b: &Claim) -> bool {
    a.events.is_empty() || b.events.is_empty() || a.events.iter().any(|e| b.events.contains(e))
}

/// The fact of a group: its subject is the measure's id, and the scope's key when there is one
/// ("arrested", "inflation/core").
fn make_fact(reports: Vec<Reported>) -> Fact {
    let first = &reports[0].claim;
    let mut subject = first.measure_id().unwrap_or_default().to_string();
    if let Some(scope) = first.scope() {
        subject = format!("{subject}/{}", scope.key);
    }
    if let Some(unit) = first.value.number().and_then(|q| q.unit) {
        // Two currencies, or percent and points, are two facts; the unit tells them apart.
        if matches!(unit, Unit::Currency(_) | Unit::PercentagePoint) {
            subject = format!("{subject}/{}", unit.as_str().to_lowercase());
        }
    }
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
    use crate::claim::{Claimant, Interval, Kind, Measured, Quantity, Value};

    fn figure(source: &str, at: usize, n: f64, claimant: Option<&str>) -> Reported {
        let mut c = Claim::bare(
            Kind::Measure,
            "12",
            at,
            Value::Number(Quantity::plain(Interval::exact(n), None)),
        );
        c.measure = Some(Box::new(Measured {
            measure: "arrested".into(),
            measure_words: "arrested".into(),
            subject: String::new(),
            scope: None,
        }));
        c.claimant = claimant.map(|k| {
            Box::new(Claimant {
                name: k.into(),
                key: k.into(),
                span: 0..0,
            })
        });
        Reported {
            source: source.into(),
            claim: Box::new(c),
        }
    }

    fn rules() -> RuleSet {
        RuleSet::load(&[]).unwrap()
    }

    #[test]
    fn differing_figures_of_two_sources_are_one_fact_unless_their_claimants_differ() {
        let facts = group(
            vec![
                figure("a", 5, 12.0, Some("ministry")),
                figure("b", 9, 15.0, None),
            ],
            &rules(),
        );
        assert_eq!(facts.len(), 1);
        assert_eq!(facts[0].subject, "arrested");
        let facts = group(
            vec![
                figure("a", 5, 12.0, Some("ministry")),
                figure("b", 9, 15.0, Some("lawyers")),
            ],
            &rules(),
        );
        assert_eq!(facts.len(), 2);
    }

    #[test]
    fn one_source_giving_two_figures_from_two_claimants_makes_two_facts() {
        let facts = group(
            vec![
                figure("a", 5, 50_000.0, Some("police")),
                figure("a", 90, 120_000.0, Some("organisers")),
                figure("b", 7, 50_000.0, Some("police")),
            ],
            &rules(),
        );
        assert_eq!(facts.len(), 2);
        assert_eq!(facts[0].reports.len(), 2, "{facts:?}");
    }
}
