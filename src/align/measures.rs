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
use super::names::slug;
use super::{Fact, Reported};
use crate::claim::{Claim, Unit};
use crate::likeness::values_overlap;
use crate::rules::RuleSet;

/// What two figures must share to meet at all: measure, scope key, and the unit they compare
/// in (miles and km meet, as do months and years).
type Key = (String, Option<String>, Option<Unit>);

fn key(c: &Claim) -> Key {
    let measure = c.measure_id().unwrap_or_default().to_string();
    let unit = c.value.number().and_then(|q| q.unit).map(|u| u.base().0);
    (measure, c.scope().map(|s| s.key.clone()), unit)
}

/// Groups measure claims into facts.
pub(super) fn group(mut claims: Vec<Reported>, rules: &RuleSet) -> Vec<Fact> {
    sort_for_grouping(&mut claims, key);
    let ctx = &Context {
        rules,
        ambiguous: ambiguous_surnames(&claims, rules),
    };
    let mut groups: Vec<Vec<Reported>> = Vec::new();
    for r in claims {
        let best = (groups.iter().enumerate())
            .filter_map(|(g, members)| fit(members, &r, ctx).map(|score| (score, g)))
            .max_by_key(|&(score, g)| (score, sources(&groups[g]).len(), std::cmp::Reverse(g)));
        match best {
            Some((_, g)) => groups[g].push(r),
            None => groups.push(vec![r]),
        }
    }
    let mut kept: Vec<Vec<Reported>> = Vec::new();
    for g in groups {
        let best = (kept.iter().enumerate())
            .filter_map(|(h, earlier)| disputes(earlier, &g, ctx).map(|score| (score, h)))
            .max_by_key(|&(score, h)| (score, sources(&kept[h]).len(), std::cmp::Reverse(h)));
        match best {
            Some((_, h)) => kept[h].extend(g),
            None => kept.push(g),
        }
    }
    // Of facts of one subject, the one more sources give is numbered first; the sort is stable.
    kept.sort_by_key(|g| std::cmp::Reverse(sources(g).len()));
    kept.into_iter().map(|g| make_fact(g, rules)).collect()
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
fn joins(a: &Claim, b: &Claim, ctx: &Context<'_>) -> bool {
    key(a) == key(b) && subjects_compatible(a, b, ctx) && events_compatible(a, b)
}

/// How well a figure fits a group in the first pass (higher is better): `None` when it cannot
/// join, or its figure does not overlap every figure of the group within the measure's
/// tolerance; the same claimant, then the same event words, count for it.
fn fit(members: &[Reported], r: &Reported, ctx: &Context<'_>) -> Option<u32> {
    let c = &r.claim;
    let all = members
        .iter()
        .all(|m| joins(&m.claim, c, ctx) && values_overlap(&m.claim, c, ctx.rules));
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
fn disputes(h: &[Reported], g: &[Reported], ctx: &Context<'_>) -> Option<u32> {
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
    let all = (h.iter()).all(|a| g.iter().all(|b| joins(&a.claim, &b.claim, ctx)));
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

/// Whether the figures' subjects may be one: an unnamed one joins any; two groups counted
/// must be the same; two people the same person, named in full or by one of their names
/// ("Ana Ruiz" and "Ruiz").
fn subjects_compatible(a: &Claim, b: &Claim, ctx: &Context<'_>) -> bool {
    let (x, y) = (
        specific_subject(a, ctx.rules),
        specific_subject(b, ctx.rules),
    );
    if x.is_empty() || y.is_empty() || x == y {
        return true;
    }
    let ambiguous = |name: &str| ctx.ambiguous.contains(&slug(name));
    per_person(a, ctx.rules) && same_person(x, y) && !ambiguous(x) && !ambiguous(y)
}

/// What grouping a story's measure figures needs besides the rules.
struct Context<'r> {
    rules: &'r RuleSet,
    /// Names (slugs) that are the last words of two or more people's full names among the
    /// figures per person ("Zawahri" of "Samir Zawahri" and "Christopher Zawahri"): whom such
    /// a name stands for is unknown, so it joins no full name.
    ambiguous: Vec<String>,
}

/// The names among `claims`' subjects per person that end two or more distinct fuller names.
fn ambiguous_surnames(claims: &[Reported], rules: &RuleSet) -> Vec<String> {
    let mut names: Vec<String> = (claims.iter())
        .filter(|r| per_person(&r.claim, rules))
        .filter_map(|r| r.claim.measure.as_ref().map(|m| slug(&m.subject)))
        .collect();
    names.sort_unstable();
    names.dedup();
    let mut ambiguous: Vec<String> = (names.iter())
        .filter(|short| {
            let suffix = format!("-{short}");
            names.iter().filter(|long| long.ends_with(&suffix)).count() > 1
        })
        .cloned()
        .collect();
    ambiguous.sort_unstable();
    ambiguous
}

/// Whether a claim's measure is kept per person.
fn per_person(c: &Claim, rules: &RuleSet) -> bool {
    (c.measure_id().and_then(|id| rules.measure(id))).is_some_and(|m| m.per_person)
}

/// Whether two names may be of one person: the same, or one a single name the other ends with
/// ("Ruiz", "Ana Ruiz"), ignoring case. Two names of two words or more must be the same:
/// "Samir Lind" is not "Jon Samir Lind".
fn same_person(x: &str, y: &str) -> bool {
    let (x, y) = (slug(x), slug(y));
    let (short, long) = if x.len() <= y.len() { (x, y) } else { (y, x) };
    long == short || (!short.contains('-') && long.ends_with(&format!("-{short}")))
}

/// Event words must share one when both claims name any.
fn events_compatible(a: &Claim, b: &Claim) -> bool {
    a.events.is_empty() || b.events.is_empty() || a.events.iter().any(|e| b.events.contains(e))
}

/// The fact of a group: its subject is the measure's id, and the scope's key when there is one
/// ("arrested", "inflation/core"); for a measure kept per person, the person's fullest name
/// ("age/ana-ruiz").
fn make_fact(reports: Vec<Reported>, rules: &RuleSet) -> Fact {
    let first = &reports[0].claim;
    let mut subject = first.measure_id().unwrap_or_default().to_string();
    if per_person(first, rules) {
        let named = (reports.iter())
            .filter_map(|r| r.claim.measure.as_ref().map(|m| m.subject.as_str()))
            .max_by_key(|name| (name.len(), std::cmp::Reverse(*name)));
        if let Some(name) = named.filter(|n| !n.is_empty()) {
            subject = format!("{subject}/{}", slug(name));
        }
    }
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
            revised: false,
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

    /// A figure of `measure` of `subject`, in `unit`.
    fn of(source: &str, measure: &str, subject: &str, n: f64, unit: Option<Unit>) -> Reported {
        let mut r = figure(source, 0, n, None);
        r.claim.value = Value::Number(Quantity {
            unit,
            ..Quantity::plain(Interval::exact(n), None)
        });
        let m = r.claim.measure.as_mut().unwrap();
        m.measure = measure.into();
        m.subject = subject.into();
        r
    }

    fn subjects_and_sizes(facts: &[Fact]) -> Vec<(&str, usize)> {
        let mut s: Vec<(&str, usize)> = (facts.iter())
            .map(|f| (f.subject.as_str(), f.reports.len()))
            .collect();
        s.sort_unstable();
        s
    }

    #[test]
    fn ages_of_different_people_never_meet_and_a_surname_is_its_full_name() {
        let year = Some(Unit::Year);
        let facts = group(
            vec![
                of("a", "age", "Orla Quinn", 27.0, year),
                of("a", "age", "Piet Kroon", 61.0, year),
                of("b", "age", "Quinn", 29.0, year),
                of("b", "age", "Sami Kroon", 61.0, year),
            ],
            &rules(),
        );
        assert_eq!(
            subjects_and_sizes(&facts),
            [
                ("age/orla-quinn", 2),
                ("age/piet-kroon", 1),
                ("age/sami-kroon", 1)
            ]
        );
    }

    #[test]
    fn a_surname_two_people_share_joins_neither() {
        let year = Some(Unit::Year);
        let facts = group(
            vec![
                of("a", "age", "Ines Varga", 52.0, year),
                of("a", "age", "Tomas Varga", 24.0, year),
                of("b", "age", "Varga", 25.0, year),
            ],
            &rules(),
        );
        assert_eq!(
            subjects_and_sizes(&facts),
            [
                ("age/ines-varga", 1),
                ("age/tomas-varga", 1),
                ("age/varga", 1)
            ]
        );
    }

    #[test]
    fn miles_and_km_meet_and_months_and_years_after_conversion() {
        let mut rules = rules();
        rules.measures.push(crate::rules::MeasureRule {
            id: "reach".into(),
            about: String::new(),
            class: crate::kinds::MeasureClass::Length,
            words: vec!["reach".into()],
            scope: Vec::new(),
            relative: 0.05,
            absolute: 0.0,
            per_person: false,
        });
        let facts = group(
            vec![
                of("a", "reach", "", 10.0, Some(Unit::Mi)),
                of("b", "reach", "", 16.0, Some(Unit::Km)),
            ],
            &rules,
        );
        assert_eq!(facts.len(), 1);
        assert!(crate::likeness::values_overlap(
            &facts[0].reports[0].claim,
            &facts[0].reports[1].claim,
            &rules
        ));
        let facts = group(
            vec![
                of("a", "prison_term", "Quinn", 18.0, Some(Unit::Month)),
                of("b", "prison_term", "Orla Quinn", 1.5, Some(Unit::Year)),
            ],
            &rules,
        );
        assert_eq!(subjects_and_sizes(&facts), [("prison_term/orla-quinn", 2)]);
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
