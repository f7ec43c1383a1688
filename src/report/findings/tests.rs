use std::sync::Arc;

use super::*;
use crate::claim::{Interval, Quantity};
use crate::report::ReportOut;

pub(crate) fn report(source: &str, surface: &str, value: Value) -> ReportOut {
    ReportOut {
        source: Arc::from(source),
        surface: surface.to_string(),
        line: 1,
        column: 1,
        value,
        claimant: None,
        casualty: None,
        counted: None,
        date: None,
        measure: None,
        sentence: Arc::from(surface),
        sentence_offset: 0,
        teaser: false,
    }
}

pub(crate) fn number(n: f64) -> Value {
    Value::Number(Quantity::plain(Interval::exact(n), None))
}

pub(crate) fn fact(id: &str, kind: Kind, verdict: Verdict, reports: Vec<ReportOut>) -> FactOut {
    FactOut {
        id: id.to_string(),
        kind,
        subject: String::new(),
        measure: None,
        verdict,
        notes: Vec::new(),
        names: None,
        quote: None,
        estimate: None,
        reports: reports.into_iter().map(Box::new).collect(),
    }
}

pub(crate) fn count(id: &str, verdict: Verdict, figures: &[(&str, f64)]) -> FactOut {
    let reports = (figures.iter())
        .map(|(s, n)| report(s, &n.to_string(), number(*n)))
        .collect();
    fact(id, Kind::CasualtyCount, verdict, reports)
}

#[test]
fn counts_outrank_names_within_a_verdict_and_verdicts_keep_their_order() {
    let name = fact(
        "name/a",
        Kind::Name,
        Verdict::Conflict,
        vec![
            report("a", "Ana", number(1.0)),
            report("b", "Anna", number(1.0)),
        ],
    );
    let killed = count(
        "casualty_count/killed",
        Verdict::Conflict,
        &[("a", 5.0), ("b", 6.0)],
    );
    let variant = count(
        "casualty_count/injured",
        Verdict::Variant,
        &[("a", 5.0), ("b", 6.0)],
    );
    let mut facts = [&variant, &name, &killed];
    facts.sort_by_key(|f| rank_key(f));
    let ids: Vec<&str> = facts.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(
        ids,
        ["casualty_count/killed", "name/a", "casualty_count/injured"]
    );
}

#[test]
fn within_a_kind_more_sources_then_a_wider_spread_come_first() {
    let two_far = count("c/far", Verdict::Conflict, &[("a", 5.0), ("b", 50.0)]);
    let two_near = count("c/near", Verdict::Conflict, &[("a", 5.0), ("b", 6.0)]);
    let three = count(
        "c/three",
        Verdict::Conflict,
        &[("a", 5.0), ("b", 6.0), ("c", 6.0)],
    );
    let mut facts = [&two_near, &two_far, &three];
    facts.sort_by_key(|f| rank_key(f));
    let ids: Vec<&str> = facts.iter().map(|f| f.id.as_str()).collect();
    assert_eq!(ids, ["c/three", "c/far", "c/near"]);
    assert_eq!(source_count(&three), 3);
}

#[test]
fn a_headline_is_the_first_note_or_what_each_source_says() {
    let mut f = count(
        "c",
        Verdict::Conflict,
        &[("a", 5.0), ("c", 6.0), ("b", 5.0)],
    );
    assert_eq!(headline(&f), "a, b say 5; c says 6");
    f.notes = vec!["first".into(), "second".into()];
    assert_eq!(headline(&f), "first");
}

#[test]
fn kinds_are_counted_most_first_then_by_name() {
    let facts = [
        count("a", Verdict::Agree, &[]),
        fact("n1", Kind::Name, Verdict::Agree, Vec::new()),
        fact("n2", Kind::Name, Verdict::Agree, Vec::new()),
        fact("d", Kind::Date, Verdict::Agree, Vec::new()),
    ];
    assert_eq!(per_kind(&facts), "2 name, 1 casualty_count, 1 date");
    assert_eq!(per_kind(&[]), "");
}

#[test]
fn text_is_cut_at_word_boundaries() {
    assert_eq!(cut_end("short", 10), "short");
    assert_eq!(
        cut_end("killed five adults and a child", 16),
        "killed five…"
    );
    assert_eq!(cut_end("unbreakableword", 6), "unbre…");
    assert_eq!(
        cut_start("killed five adults and a child", 16),
        "…and a child"
    );
    assert_eq!(cut_start("unbreakableword", 6), "…eword");
}

#[test]
fn labels_keep_their_end_and_shorten_the_kind_first() {
    assert_eq!(
        shorten_middle("casualty_count/killed/people/3", 27),
        "casualty_c…/killed/people/3"
    );
    assert_eq!(
        shorten_middle("quote/mike-manko/however-there-expect-arrests", 27),
        "quote/mike-ma…xpect-arrests"
    );
    assert_eq!(shorten_middle("name/mali", 27), "name/mali");
    for max in 3..30 {
        let short = shorten_middle("quote/mike-manko/however-there-expect-arrests", max);
        assert!(short.chars().count() <= max, "{short} > {max}");
    }
}

#[test]
fn source_ids_become_labels_only_as_whole_words() {
    let pairs = [("000_abc", "000"), ("001_abcd", "001"), ("2", "2")];
    assert_eq!(
        with_labels(
            "000_abc, 001_abcd say 5; x000_abc and 000_abcd stay",
            &pairs
        ),
        "000, 001 say 5; x000_abc and 000_abcd stay"
    );
    assert_eq!(
        with_labels("000_abc:12:3 words it", &pairs),
        "000:12:3 words it"
    );
}

#[test]
fn show_holds_the_verdicts_it_is_given() {
    let s = Show::default();
    assert!(s.contains(Verdict::Conflict) && s.contains(Verdict::Variant));
    assert!(!s.contains(Verdict::Agree) && !s.contains(Verdict::SingleSource));
    let agree = Show::of(&[Verdict::Agree]);
    assert!(agree.contains(Verdict::Agree) && !agree.contains(Verdict::Conflict));
    assert!(Verdict::ALL.iter().all(|v| Show::ALL.contains(*v)));
}
