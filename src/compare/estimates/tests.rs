//! Best estimates: figures of two sources that can both be true, judged together.

use crate::align::align;
use crate::claim::{
    Casualty, Claim, CountMarks, Hedge, HedgeKind, Interval, Kind, Outcome, Quantity, Value,
};
use crate::compare::{Estimate, Judged, Published, Verdict, judge_all};
use crate::rules::RuleSet;

/// A count of killed civilians from `min` to `max`, hedged by `words` of `kind`.
fn figure(min: f64, max: Option<f64>, hedge: Option<(HedgeKind, &str)>) -> Claim {
    let hedge = hedge.map(|(kind, words)| {
        Box::new(Hedge {
            kind,
            words: words.into(),
            figure: match kind {
                HedgeKind::AtLeast => Some(min),
                HedgeKind::MoreThan => Some(min - 1.0),
                HedgeKind::Approximate => max.map(|max| (min + max) / 2.0),
                _ => None,
            },
        })
    });
    Claim {
        casualty: Some(Box::new(Casualty {
            outcome: Outcome::Killed,
            victims: "civilians".into(),
            victim_group: "civilians".into(),
            lone: None,
            marks: CountMarks::default(),
            scope: None,
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

/// The one fact that sources `a`, `b`, … make of their figures, judged.
fn judged_fact(figures: Vec<Vec<Claim>>) -> Judged {
    let rules = RuleSet::load(&[]).unwrap();
    let sources = (figures.into_iter().enumerate())
        .map(|(i, claims)| (((b'a' + i as u8) as char).to_string(), claims))
        .collect();
    let mut got = judge_all(align(sources, &rules), &rules, Published::default());
    assert_eq!(got.len(), 1);
    got.remove(0)
}

/// The verdict and notes of the one fact two sources' figures make.
fn judged(a: Claim, b: Claim) -> (Verdict, Vec<String>) {
    let j = judged_fact(vec![vec![a], vec![b]]);
    (j.verdict, j.notes)
}

/// The estimate of the one fact the sources' figures make.
fn estimate(figures: Vec<Vec<Claim>>) -> Estimate {
    judged_fact(figures)
        .estimate
        .expect("a count fact has an estimate")
}

/// The figures of an estimate as (best estimate, sources).
fn figures(e: &Estimate) -> Vec<(Option<f64>, Vec<&str>)> {
    (e.figures.iter())
        .map(|f| (f.value, f.sources.iter().map(String::as_str).collect()))
        .collect()
}

#[test]
fn an_estimate_gives_low_best_high_and_the_most_conservative_figure() {
    let e = estimate(vec![
        vec![figure(213.0, None, Some((HedgeKind::AtLeast, "at least")))],
        vec![figure(
            1401.0,
            None,
            Some((HedgeKind::MoreThan, "more than")),
        )],
        vec![figure(1401.0, None, Some((HedgeKind::MoreThan, "over")))],
    ]);
    assert_eq!(
        (e.low, e.best, e.high, e.conservative),
        (Some(213.0), Some(1400.0), None, Some(213.0))
    );
    assert_eq!(
        figures(&e),
        [(Some(213.0), vec!["a"]), (Some(1400.0), vec!["b", "c"])]
    );
    assert_eq!(e.figures[1].forms, ["≥1401 (more than)", "≥1401 (over)"]);
}

#[test]
fn the_best_estimate_is_the_commonest_and_the_lower_on_a_tie() {
    let exact = |n: f64| figure(n, Some(n), None);
    let e = estimate(vec![vec![exact(7.0)], vec![exact(5.0)]]);
    assert_eq!((e.low, e.best, e.high), (Some(5.0), Some(5.0), Some(7.0)));
    let e = estimate(vec![vec![exact(7.0)], vec![exact(5.0)], vec![exact(7.0)]]);
    assert_eq!((e.best, e.conservative), (Some(7.0), Some(5.0)));
}

#[test]
fn vague_figures_and_ranges_bound_the_estimate_but_give_no_best() {
    let dozens = figure(24.0, Some(99.0), Some((HedgeKind::Vague, "dozens")));
    let about = figure(18.0, Some(22.0), Some((HedgeKind::Approximate, "about")));
    let e = estimate(vec![vec![dozens], vec![about]]);
    assert_eq!(
        (e.low, e.best, e.high, e.conservative),
        (Some(18.0), Some(20.0), Some(99.0), Some(20.0))
    );
    assert_eq!(figures(&e), [(Some(20.0), vec!["b"]), (None, vec!["a"])]);
    let e = estimate(vec![vec![figure(
        24.0,
        Some(99.0),
        Some((HedgeKind::Vague, "dozens")),
    )]]);
    assert_eq!((e.low, e.best, e.high), (Some(24.0), None, Some(99.0)));
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
            "best estimates differ: a says 213 (at least); b says 1400 (more than); all are lower bounds"
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
