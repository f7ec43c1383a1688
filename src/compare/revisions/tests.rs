//! Revisions: each test judges the killed counts of a few sources published on given days and
//! asserts the verdict and notes of the one fact they make.

use crate::align::align;
use crate::claim::{Casualty, Claim, CountMarks, Interval, Kind, Outcome, Quantity, Value};
use crate::compare::{Published, Verdict, judge_all};
use crate::rules::RuleSet;

/// A count of `n` killed people; `revised` when its sentence marks an update.
fn killed(n: f64, revised: bool) -> Claim {
    Claim {
        casualty: Some(Box::new(Casualty {
            outcome: Outcome::Killed,
            victims: "people".into(),
            victim_group: "people".into(),
            lone: None,
            marks: CountMarks {
                revised,
                part: false,
            },
            scope: None,
        })),
        ..Claim::bare(
            Kind::CasualtyCount,
            &format!("{n} people killed"),
            0,
            Value::Number(Quantity::plain(Interval::exact(n), None)),
        )
    }
}

/// The verdict and notes of the one fact of sources (id, published, claim).
fn judged(sources: &[(&str, Option<&str>, Claim)]) -> (Verdict, Vec<String>) {
    let rules = RuleSet::load(&[]).unwrap();
    let published =
        Published::new((sources.iter()).map(|(s, d, _)| (s.to_string(), d.map(str::to_string))));
    let claims = (sources.iter())
        .map(|(s, _, c)| (s.to_string(), vec![c.clone()]))
        .collect();
    let mut got = judge_all(align(claims, &rules), &rules, published);
    assert_eq!(got.len(), 1);
    let j = got.remove(0);
    (j.verdict, j.notes)
}

#[test]
fn a_higher_figure_published_later_is_a_revision_with_its_timeline() {
    let (verdict, notes) = judged(&[
        ("a", Some("2025-01-03"), killed(5.0, false)),
        ("b", Some("2025-01-05"), killed(7.0, false)),
        ("c", Some("2025-01-06"), killed(7.0, false)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
    assert_eq!(
        notes,
        ["revised over time: 5 on 2025-01-03 (a); 7 on 2025-01-05 (b, c)"]
    );
}

#[test]
fn a_lower_figure_published_later_stays_a_conflict() {
    let (verdict, notes) = judged(&[
        ("a", Some("2025-01-03"), killed(7.0, false)),
        ("b", Some("2025-01-05"), killed(5.0, true)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
    assert_eq!(notes, ["a says 7; b says 5"]);
}

#[test]
fn on_one_day_only_words_of_an_update_make_a_revision() {
    let day = Some("2025-01-03");
    let (verdict, _) = judged(&[
        ("a", day, killed(5.0, false)),
        ("b", day, killed(7.0, false)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
    let (verdict, notes) = judged(&[
        ("a", day, killed(5.0, false)),
        ("b", day, killed(7.0, true)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
    assert_eq!(
        notes,
        ["revised over time: 5 on 2025-01-03 (a); 7 on 2025-01-03 (b)"]
    );
}

#[test]
fn without_publication_dates_there_is_no_timeline() {
    let (verdict, _) = judged(&[
        ("a", None, killed(5.0, false)),
        ("b", Some("2025-01-05"), killed(7.0, true)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
}

#[test]
fn one_figure_out_of_order_keeps_the_whole_fact_a_conflict() {
    let (verdict, _) = judged(&[
        ("a", Some("2025-01-03"), killed(5.0, false)),
        ("b", Some("2025-01-05"), killed(7.0, false)),
        ("c", Some("2025-01-06"), killed(4.0, false)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
}

#[test]
fn a_rise_published_long_after_stays_a_conflict_unless_marked() {
    let (verdict, _) = judged(&[
        ("a", Some("2025-01-03"), killed(5.0, false)),
        ("b", Some("2025-04-20"), killed(6.0, false)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
    let (verdict, notes) = judged(&[
        ("a", Some("2025-01-03"), killed(5.0, false)),
        ("b", Some("2025-01-10"), killed(6.0, false)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
    assert_eq!(
        notes,
        ["revised over time: 5 on 2025-01-03 (a); 6 on 2025-01-10 (b)"]
    );
    let (verdict, _) = judged(&[
        ("a", Some("2025-01-03"), killed(5.0, false)),
        ("b", Some("2025-04-20"), killed(6.0, true)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
}

#[test]
fn a_rise_beyond_the_factor_without_update_words_stays_a_conflict() {
    let (verdict, notes) = judged(&[
        ("a", Some("2025-01-03"), killed(2.0, false)),
        ("b", Some("2025-01-04"), killed(9.0, false)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
    assert_eq!(notes, ["a says 2; b says 9"]);
    // Three times is within the built-in factor; with update words any rise is a revision.
    let (verdict, _) = judged(&[
        ("a", Some("2025-01-03"), killed(2.0, false)),
        ("b", Some("2025-01-04"), killed(6.0, false)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
    let (verdict, _) = judged(&[
        ("a", Some("2025-01-03"), killed(2.0, false)),
        ("b", Some("2025-01-04"), killed(9.0, true)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
}

/// A figure `n` of the default measure `measure`; `revised` when its sentence marks an update.
fn measured(measure: &str, n: f64, revised: bool) -> Claim {
    Claim {
        measure: Some(Box::new(crate::claim::Measured {
            measure: measure.into(),
            measure_words: measure.into(),
            subject: String::new(),
            scope: None,
            revised,
        })),
        ..Claim::bare(
            Kind::Measure,
            &format!("{n}"),
            0,
            Value::Number(Quantity::plain(Interval::exact(n), None)),
        )
    }
}

#[test]
fn a_tally_of_a_measure_is_revised_as_a_toll_is_but_a_rate_is_not() {
    let day = Some("2025-01-03");
    let (verdict, notes) = judged(&[
        ("a", day, measured("displaced", 4000.0, false)),
        ("b", day, measured("displaced", 6500.0, true)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
    assert_eq!(
        notes,
        ["revised over time: 4000 on 2025-01-03 (a); 6500 on 2025-01-03 (b)"]
    );
    let (verdict, _) = judged(&[
        ("a", Some("2025-01-03"), measured("arrested", 30.0, false)),
        ("b", Some("2025-01-04"), measured("arrested", 45.0, false)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
    // A share quoted higher the next day is another figure, not the same one updated.
    let (verdict, _) = judged(&[
        ("a", Some("2025-01-03"), measured("magnitude", 6.1, false)),
        ("b", Some("2025-01-04"), measured("magnitude", 6.4, true)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
}

/// An age `n` of one person.
fn age(n: f64) -> Claim {
    let mut c = measured("age", n, false);
    c.measure.as_mut().unwrap().subject = "Ines Varga".into();
    c.value = Value::Number(Quantity {
        unit: Some(crate::claim::Unit::Year),
        ..Quantity::plain(Interval::exact(n), None)
    });
    c
}

#[test]
fn an_age_given_higher_a_year_later_is_the_person_grown_older() {
    let (verdict, _) = judged(&[
        ("a", Some("2015-03-02"), age(18.0)),
        ("b", Some("2016-01-26"), age(19.0)),
    ]);
    assert_eq!(verdict, Verdict::Variant);
    // Two years more in ten months, or one more on the same day, is no ageing.
    let (verdict, _) = judged(&[
        ("a", Some("2015-03-02"), age(18.0)),
        ("b", Some("2016-01-26"), age(20.0)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
    let (verdict, _) = judged(&[
        ("a", Some("2015-03-02"), age(18.0)),
        ("b", Some("2015-03-02"), age(19.0)),
    ]);
    assert_eq!(verdict, Verdict::Conflict);
}
