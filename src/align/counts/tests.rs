//! Count and quantity facts: each test aligns and judges a few casualty claims and asserts the
//! facts, verdicts and notes that come out.

use super::*;
use crate::align::align;
use crate::claim::{Casualty, Claimant, CountMarks, Interval, Outcome, Quantity, Value};
use crate::compare::{Published, Verdict, judge_all};

fn casualty(min: f64, max: Option<f64>, outcome: Outcome, group: &str) -> Claim {
    Claim {
        casualty: Some(Box::new(Casualty {
            outcome,
            victims: group.into(),
            victim_group: group.into(),
            lone: None,
            marks: CountMarks::default(),
            scope: None,
        })),
        ..Claim::bare(
            Kind::CasualtyCount,
            &format!("{min} {group}"),
            0,
            Value::Number(Quantity::plain(
                Interval {
                    min: Some(min),
                    max,
                },
                None,
            )),
        )
    }
}

fn by(mut c: Claim, key: &str) -> Claim {
    c.claimant = Some(Box::new(Claimant {
        name: key.into(),
        key: key.into(),
        span: 0..0,
    }));
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
    judge_all(align(sources, &rules), &rules, Published::default())
        .into_iter()
        .map(|j| {
            let n = j.fact.reports.len();
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
    judge_all(align(sources, &rules), &rules, Published::default())
        .into_iter()
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

#[test]
fn claims_share_a_shape_id_exactly_when_they_have_the_same_shape() {
    let quantity = |counted: &str, events: &[&str]| Claim {
        counted: Some(counted.into()),
        events: events.iter().map(|e| e.to_string()).collect(),
        ..Claim::bare(
            Kind::Quantity,
            "3",
            0,
            Value::Number(Quantity::plain(Interval::exact(3.0), None)),
        )
    };
    let claims = [
        casualty(3.0, Some(3.0), Outcome::Killed, "civilians"),
        casualty(9.0, None, Outcome::Killed, "civilians"),
        casualty(3.0, Some(3.0), Outcome::Injured, "civilians"),
        casualty(3.0, Some(3.0), Outcome::Killed, "people"),
        on(
            casualty(3.0, Some(3.0), Outcome::Killed, "civilians"),
            "ambush",
        ),
        by(
            casualty(3.0, Some(3.0), Outcome::Killed, "civilians"),
            "army",
        ),
        quantity("soldiers", &[]),
        quantity("soldiers", &["strike"]),
        quantity("people", &[]),
        quantity("soldiers", &[]),
    ];
    let reported: Vec<Reported> = claims
        .iter()
        .enumerate()
        .map(|(i, c)| Reported {
            source: format!("s{}", i % 3).into(),
            claim: Box::new(c.clone()),
        })
        .collect();
    let traits = Traits::of(&reported);
    for (i, a) in claims.iter().enumerate() {
        for (j, b) in claims.iter().enumerate() {
            let (x, y) = (traits.ids(i), traits.ids(j));
            assert_eq!(x.shape == y.shape, same_shape(a, b), "{i} {j}");
            assert_eq!(x.claimant == y.claimant, claimant_of(a) == claimant_of(b));
            assert_eq!(x.source == y.source, i % 3 == j % 3);
        }
    }
}

fn claimant_of(c: &Claim) -> Option<&str> {
    c.claimant.as_ref().map(|x| x.key.as_str())
}

/// A fact's id, verdict, and reports as (place of the source, value).
type Named = (String, Verdict, Vec<(usize, f64)>);

/// The facts of a story whose sources are given under `names` (source `i` of `sources` is
/// called `names[i]`): each fact's id, verdict, and its reports as (the source's place in
/// `sources`, value), sorted.
fn facts_named(sources: &[Vec<Claim>], names: &[&str]) -> Vec<Named> {
    let rules = RuleSet::load(&[]).unwrap();
    let named: Vec<(String, Vec<Claim>)> = (names.iter().zip(sources))
        .map(|(n, c)| (n.to_string(), c.clone()))
        .collect();
    let mut out: Vec<_> = judge_all(align(named, &rules), &rules, Published::default())
        .into_iter()
        .map(|j| {
            let mut reports: Vec<(usize, f64)> = (j.fact.reports.iter())
                .map(|r| {
                    let place = names.iter().position(|n| *n == r.source.as_str()).unwrap();
                    let min = r.claim.value.number().and_then(|q| q.value.min).unwrap();
                    (place, min)
                })
                .collect();
            reports.sort_by(|a, b| a.partial_cmp(b).unwrap());
            (j.fact.id, j.verdict, reports)
        })
        .collect();
    out.sort_by(|a, b| a.0.cmp(&b.0));
    out
}

#[test]
fn renaming_sources_does_not_change_the_facts_or_their_verdicts() {
    let killed = |n: f64| casualty(n, Some(n), Outcome::Killed, "people");
    let at = |mut c: Claim, start: usize| {
        c.span = start..start + 10;
        c
    };
    // One article gives 1 early and 3 later; another gives 3. Read by name, the article read
    // first decided whether its 1 met the other's 3 as a conflict.
    let sources = vec![
        vec![at(killed(1.0), 10), at(killed(3.0), 200)],
        vec![at(killed(3.0), 50)],
        vec![at(killed(4.0), 30)],
    ];
    let first = facts_named(&sources, &["a", "b", "c"]);
    assert_eq!(
        first,
        [
            (
                "casualty_count/killed/people".to_string(),
                Verdict::Conflict,
                vec![(0, 3.0), (1, 3.0), (2, 4.0)]
            ),
            (
                "casualty_count/killed/people/2".to_string(),
                Verdict::SingleSource,
                vec![(0, 1.0)]
            ),
        ]
    );
    for names in [
        ["z", "b", "c"],
        ["b", "a", "c"],
        ["10", "9", "1"],
        ["c", "a", "b"],
    ] {
        assert_eq!(
            facts_named(&sources, &names),
            first,
            "sources named {names:?}"
        );
    }
}
