//! Lone victims against counts: each test aligns and judges the casualty claims of a few
//! sources and asserts the verdict and notes of the one fact they make.

use crate::align::align;
use crate::claim::{Casualty, Claim, CountMarks, Interval, Kind, Lone, Outcome, Quantity, Value};
use crate::compare::{Published, Verdict, judge_all};
use crate::rules::RuleSet;

/// A count of `n` killed people, as a numeral.
fn killed(n: f64) -> Claim {
    claim(n, &format!("{n} people"), None)
}

/// One victim without a numeral: `victims` as written ("man", "Jane Roe").
fn lone(victims: &str, how: Lone) -> Claim {
    claim(1.0, victims, Some(how))
}

fn claim(n: f64, victims: &str, lone: Option<Lone>) -> Claim {
    Claim {
        casualty: Some(Box::new(Casualty {
            outcome: Outcome::Killed,
            victims: victims.into(),
            victim_group: "people".into(),
            lone,
            marks: CountMarks::default(),
            scope: None,
        })),
        ..Claim::bare(
            Kind::CasualtyCount,
            &format!("{victims} killed"),
            0,
            Value::Number(Quantity::plain(Interval::exact(n), None)),
        )
    }
}

/// The verdict and notes of each fact of a story whose sources give `claims`.
fn judged(sources: &[(&str, Vec<Claim>)]) -> Vec<(Verdict, Vec<String>)> {
    let rules = RuleSet::load(&[]).unwrap();
    let sources = sources
        .iter()
        .map(|(s, c)| (s.to_string(), c.clone()))
        .collect();
    judge_all(align(sources, &rules), &rules, Published::default())
        .into_iter()
        .map(|j| (j.verdict, j.notes))
        .collect()
}

#[test]
fn a_source_telling_of_one_victim_only_is_a_variant_of_a_larger_count() {
    let got = judged(&[
        ("a", vec![killed(3.0)]),
        (
            "b",
            vec![lone("man", Lone::Unnamed), lone("victim", Lone::Unnamed)],
        ),
    ]);
    assert_eq!(
        got,
        [(
            Verdict::Variant,
            vec!["b tells of one victim (\"man killed\"), without a count; a says 3".to_string()]
        )]
    );
    // Where the count is one, the two accounts agree.
    let got = judged(&[
        ("a", vec![killed(1.0)]),
        ("b", vec![lone("man", Lone::Unnamed)]),
    ]);
    assert_eq!(got, [(Verdict::Agree, vec![])]);
}

#[test]
fn a_lone_victim_of_a_source_that_counts_is_one_of_its_count() {
    // b counts three and also tells of one of them: no dispute with a's three.
    let got = judged(&[
        ("a", vec![killed(3.0)]),
        ("b", vec![killed(3.0), lone("man", Lone::Unnamed)]),
    ]);
    assert_eq!(got, [(Verdict::Agree, vec![])]);
    // b's count of three against a's four is still a conflict, named once.
    let got = judged(&[
        ("a", vec![killed(4.0)]),
        ("b", vec![killed(3.0), lone("man", Lone::Unnamed)]),
    ]);
    assert_eq!(got.len(), 1);
    assert_eq!(
        got[0],
        (Verdict::Conflict, vec!["a says 4; b says 3".to_string()])
    );
}

#[test]
fn named_victims_and_several_unnamed_ones_set_no_count() {
    let got = judged(&[
        ("a", vec![killed(3.0)]),
        ("b", vec![lone("Jane Roe", Lone::Named)]),
    ]);
    assert_eq!(got, [(Verdict::Agree, vec![])]);
    // "a man was killed and a woman died": two people, not an account of one.
    let got = judged(&[
        ("a", vec![killed(3.0)]),
        (
            "b",
            vec![
                lone("man", Lone::Unnamed),
                lone("44-year-old woman", Lone::Unnamed),
            ],
        ),
    ]);
    assert_eq!(got, [(Verdict::Agree, vec![])]);
}

#[test]
fn a_source_counting_the_outcome_in_another_fact_sets_no_count_by_a_lone_victim() {
    let mut soldiers = killed(12.0);
    soldiers.casualty.as_mut().unwrap().victim_group = "soldiers".into();
    let got = judged(&[
        ("a", vec![killed(3.0)]),
        ("b", vec![soldiers, lone("man", Lone::Unnamed)]),
    ]);
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|(v, _)| *v != Verdict::Variant), "{got:?}");
}
