//! Best estimates: figures of two sources that can both be true, judged together.

use crate::align::align;
use crate::claim::{Casualty, Claim, Hedge, HedgeKind, Interval, Kind, Outcome, Quantity, Value};
use crate::compare::{Verdict, judge_all};
use crate::rules::RuleSet;

/// A count of killed civilians from `min` to `max`, hedged by `words` of `kind`.
fn figure(min: f64, max: Option<f64>, hedge: Option<(HedgeKind, &str)>) -> Claim {
    let hedge = hedge.map(|(kind, words)| {
        Box::new(Hedge {
            kind,
            words: words.into(),
        })
    });
    Claim {
        casualty: Some(Box::new(Casualty {
            outcome: Outcome::Killed,
            victims: "civilians".into(),
            victim_group: "civilians".into(),
            lone: None,
        })),
        ..Claim::bare(
            Kind::CasualtyCount,
            "civilians killed",
            0,
            Value::Number(Quantity::plain(
                Interval {
                    min: Some(min),
                    max,
                },
                hedge,
            )),
        )
    }
}

/// The verdict and notes of the one fact two sources' figures make.
fn judged(a: Claim, b: Claim) -> (Verdict, Vec<String>) {
    let rules = RuleSet::load(&[]).unwrap();
    let sources = vec![("a".to_string(), vec![a]), ("b".to_string(), vec![b])];
    let mut got = judge_all(align(sources, &rules), &rules);
    assert_eq!(got.len(), 1);
    let j = got.remove(0);
    (j.verdict, j.notes)
}

#[test]
fn two_lower_bounds_far_apart_are_a_variant_that_says_why() {
    let (verdict, notes) = judged(
        figure(213.0, None, Some((HedgeKind::AtLeast, "at least"))),
        figure(1401.0, None, Some((HedgeKind::MoreThan, "more than"))),
    );
    assert_eq!(verdict, Verdict::Variant);
    assert_eq!(
        notes,
        [
            "best estimates differ: a says ≥213 (at least); b says ≥1401 (more than); all are lower bounds"
        ]
    );
}

#[test]
fn a_bound_and_a_figure_inside_it_differ_unless_they_give_one_number() {
    let (verdict, _) = judged(
        figure(7.0, None, Some((HedgeKind::AtLeast, "at least"))),
        figure(9.0, Some(9.0), None),
    );
    assert_eq!(verdict, Verdict::Variant);
    let (verdict, notes) = judged(
        figure(9.0, None, Some((HedgeKind::AtLeast, "at least"))),
        figure(9.0, Some(9.0), None),
    );
    assert_eq!((verdict, notes), (Verdict::Agree, vec![]));
}

#[test]
fn approximate_figures_agree_within_their_margin_and_vague_ones_give_no_estimate() {
    let about = |words| figure(18.0, Some(22.0), Some((HedgeKind::Approximate, words)));
    let (verdict, _) = judged(about("about"), about("around"));
    assert_eq!(verdict, Verdict::Agree);
    let (verdict, _) = judged(about("about"), figure(21.0, Some(21.0), None));
    assert_eq!(verdict, Verdict::Agree);
    let dozens = figure(24.0, Some(99.0), Some((HedgeKind::Vague, "dozens")));
    let (verdict, _) = judged(dozens, figure(30.0, Some(30.0), None));
    assert_eq!(verdict, Verdict::Agree);
    // Disjoint figures stay a conflict, whatever their estimates.
    let (verdict, _) = judged(about("about"), figure(40.0, Some(40.0), None));
    assert_eq!(verdict, Verdict::Conflict);
}
