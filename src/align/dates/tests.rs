//! Date grouping against the plain rule it implements (the version that tries every fact for
//! every part and every placed claim): the index of facts by claim, the kept consistency and
//! date bounds must give the same facts, in the same order, with the claims in the same order.

use std::collections::HashSet;

use jiff::civil::{Date, date};

use super::*;
use crate::claim::{Dated, Entity, Value};
use crate::dates::{DateValue, Precision};

fn dated(source: usize, at: usize, start: Date, days: i16, names: &[&str]) -> Reported {
    let value = DateValue {
        start,
        end: start.saturating_add(jiff::Span::new().days(days)),
        precision: Precision::Day,
    };
    Reported {
        source: format!("s{source}").into(),
        claim: Box::new(Claim {
            date: Some(Box::new(Dated {
                role: DateRole::Event,
                event: Some("coup".into()),
                cue: None,
                entities: names
                    .iter()
                    .map(|n| Entity {
                        name: n.to_string(),
                        key: n.to_string(),
                    })
                    .collect(),
                unresolved: None,
                warning: None,
            })),
            ..Claim::bare(Kind::Date, &start.to_string(), at, Value::Date(Some(value)))
        }),
    }
}

/// The rule as first written: every fact tried for every part and every placed claim.
mod plain {
    use super::*;

    pub(super) fn event_facts(
        all: &[Reported],
        members: &[usize],
        rules: &RuleSet,
    ) -> Vec<(String, Vec<usize>)> {
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
                place(all, i, &mut facts, rules);
            }
        }
        facts
    }

    fn place(all: &[Reported], i: usize, facts: &mut Vec<(String, Vec<usize>)>, rules: &RuleSet) {
        let keys = keys_of(all, i);
        let agree = |j: usize| dates_agree(&all[i].claim, &all[j].claim, rules);
        let agrees = |f: &[usize]| f.iter().all(|&j| agree(j));
        let named = |f: &[usize]| {
            f.iter()
                .any(|&j| keys_of(all, j).iter().any(|k| keys.contains(k)))
        };
        let sides = |f: &[usize]| !consistent(all, f, rules) && f.iter().any(|&j| agree(j));
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
            None => facts.push((keys.first().map_or("unnamed", |k| k).to_string(), vec![i])),
        }
    }

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
}

/// A generator of small numbers, the same for a seed: `next(n)` is below `n`.
fn numbers(seed: u64) -> impl FnMut(u64) -> usize {
    let mut x = seed;
    move |n| {
        x = x
            .wrapping_mul(6364136223846793005)
            .wrapping_add(1442695040888963407);
        ((x >> 33) % n) as usize
    }
}

const NAMES: &[&str] = &[
    "mali", "niger", "csp", "fpl", "kidal", "gao", "bamako", "aes",
];

/// Four days: two a day apart (they agree), two years away from them and from each other.
fn days() -> [Date; 4] {
    [
        date(2020, 8, 18),
        date(2020, 8, 19),
        date(2023, 7, 26),
        date(2012, 3, 22),
    ]
}

/// In source-then-position order, as grouping takes them.
fn ordered(mut all: Vec<Reported>) -> Vec<Reported> {
    all.sort_by(|a, b| (&a.source, a.claim.span.start).cmp(&(&b.source, b.claim.span.start)));
    all
}

/// A few hundred dates over few names, days and sources, so that proposals overlap, split and
/// merge, one source gives two dates, and some claims name nothing shared.
fn story(seed: u64) -> Vec<Reported> {
    let mut next = numbers(seed);
    let days = days();
    ordered(
        (0..300)
            .map(|n| {
                let names: Vec<&str> = (0..next(3))
                    .map(|_| NAMES[next(NAMES.len() as u64)])
                    .collect();
                let width = [0, 0, 0, 2, 30, 365][next(6)];
                dated(next(25), n, days[next(days.len() as u64)], width, &names)
            })
            .collect(),
    )
}

/// Dates that conflict: each source gives one day for everything, so no source tells two
/// events apart and a name that sources date differently stays one fact, in conflict. A third
/// of the claims name nothing, or only a name no other source uses: they take sides.
fn conflicting(seed: u64) -> Vec<Reported> {
    let mut next = numbers(seed);
    let days = days();
    let day_of: Vec<Date> = (0..12).map(|_| days[next(days.len() as u64)]).collect();
    ordered(
        (0..80)
            .map(|n| {
                let source = next(day_of.len() as u64);
                let own = format!("own{source}");
                let names: Vec<&str> = match next(6) {
                    0 => Vec::new(),
                    1 => vec![&own],
                    _ => vec![NAMES[next(3)]],
                };
                dated(source, n, day_of[source], 0, &names)
            })
            .collect(),
    )
}

/// The facts, each with whether it is consistent, and how many of their claims took a side in
/// a conflict: claims no shared name proposed that disagree with a proposed claim of their
/// fact (a claim placed by agreeing agrees with all the proposed ones).
fn outcome(all: &[Reported], rules: &RuleSet) -> (Vec<(String, Vec<usize>)>, usize, usize) {
    let members: Vec<usize> = (0..all.len()).collect();
    let facts = event_facts(all, &members, rules);
    let proposed: HashSet<usize> = proposals(all, &members)
        .into_iter()
        .flat_map(|(_, set)| set)
        .collect();
    let conflicts = facts
        .iter()
        .filter(|(_, f)| !consistent(all, f, rules))
        .count();
    let sided = facts
        .iter()
        .flat_map(|(_, f)| {
            f.iter().filter(|&&i| {
                !proposed.contains(&i)
                    && f.iter().any(|&j| {
                        proposed.contains(&j) && !dates_agree(&all[i].claim, &all[j].claim, rules)
                    })
            })
        })
        .count();
    (facts, conflicts, sided)
}

#[test]
fn indexed_date_grouping_is_the_plain_rule() {
    let rules = RuleSet::load(&[]).unwrap();
    for seed in 0..20 {
        let all = story(seed);
        let members: Vec<usize> = (0..all.len()).collect();
        let got = event_facts(&all, &members, &rules);
        assert_eq!(
            got,
            plain::event_facts(&all, &members, &rules),
            "seed {seed}"
        );
        assert!(got.len() > 3, "seed {seed}: {got:?}");
    }
}

#[test]
fn indexed_date_grouping_is_the_plain_rule_in_conflicts() {
    let rules = RuleSet::load(&[]).unwrap();
    let (mut conflicts, mut sided) = (0, 0);
    for seed in 0..20 {
        let all = conflicting(seed);
        let members: Vec<usize> = (0..all.len()).collect();
        let (got, c, s) = outcome(&all, &rules);
        assert_eq!(
            got,
            plain::event_facts(&all, &members, &rules),
            "seed {seed}"
        );
        (conflicts, sided) = (conflicts + c, sided + s);
    }
    // Inconsistent facts are made, merged (or not) and taken sides in.
    assert!(conflicts > 0 && sided > 0, "{conflicts} {sided}");
}

#[test]
fn a_date_agrees_with_all_when_it_agrees_with_their_bounds() {
    let rules = RuleSet::load(&[]).unwrap();
    // Wide and narrow dates, and days at the ends of the calendar, where widening saturates.
    let days = [
        (Date::MIN, 0),
        (Date::MIN, 3),
        (date(2020, 8, 18), 0),
        (date(2020, 8, 20), 0),
        (date(2020, 8, 1), 30),
        (date(2021, 1, 1), 365),
        (Date::MAX, 0),
    ];
    let claims: Vec<Reported> = days
        .iter()
        .enumerate()
        .map(|(n, &(d, w))| dated(0, n, d, w, &[]))
        .collect();
    for mask in 1u32..(1 << claims.len()) {
        let set: Vec<&Claim> = (0..claims.len())
            .filter(|n| mask & (1 << n) != 0)
            .map(|n| &*claims[n].claim)
            .collect();
        let mut bounds = DateBounds::of(set[0]);
        set[1..].iter().for_each(|c| bounds.add(c));
        for c in &claims {
            let every = set.iter().all(|o| dates_agree(&c.claim, o, &rules));
            assert_eq!(bounds.agree(&c.claim, &rules), every, "{mask:b}");
        }
    }
}
