//! The scope reader: sentences in, each casualty count's value and scope out.

use crate::claim::ScopeKind;
use crate::extract::tests::casualty_claims;

/// A count's lowest value, and its scope's kind, phrase and key.
type Row = (f64, Option<(ScopeKind, String, String)>);

/// Each casualty count of `text` (published on 2024-09-02): its lowest value, and its scope's
/// kind, phrase as written and key.
fn scopes(text: &str) -> Vec<Row> {
    let text = format!("---\npublished: 2024-09-02\n---\nHeadline here\n\n{text}\n");
    casualty_claims(&text)
        .into_iter()
        .map(|c| {
            let min = c.value.number().unwrap().value.min.unwrap();
            let scope = c.scope().map(|s| (s.kind, s.phrase.clone(), s.key.clone()));
            (min, scope)
        })
        .collect()
}

/// One count of `value` with a scope of `kind`, `phrase` and `key`.
fn scoped(value: f64, kind: ScopeKind, phrase: &str, key: &str) -> Vec<Row> {
    vec![(value, Some((kind, phrase.into(), key.into())))]
}

#[test]
fn a_phrase_after_the_count_in_its_clause_scopes_it() {
    assert_eq!(
        scopes("At least 640 people have been killed in the province this year."),
        scoped(640.0, ScopeKind::Cumulative, "this year", "this-year")
    );
    assert_eq!(
        scopes("More than 215,000 people have died since March 2013, monitors say."),
        scoped(
            215001.0,
            ScopeKind::Cumulative,
            "since March 2013",
            "since-march-2013"
        )
    );
    assert_eq!(
        scopes("Roughly 90 hikers die on the range every year."),
        scoped(81.0, ScopeKind::Rate, "every year", "every-year")
    );
    assert_eq!(
        scopes("At least 57 deputies were killed in the past five years."),
        scoped(
            57.0,
            ScopeKind::Period,
            "in the past five years",
            "in-the-past-five-years"
        )
    );
}

#[test]
fn a_phrase_before_the_count_scopes_it_in_its_clause_or_opening_the_sentence() {
    assert_eq!(
        scopes("The insurgency has killed 4,300 soldiers, officials say."),
        scoped(
            4300.0,
            ScopeKind::Cumulative,
            "The insurgency",
            "the-insurgency"
        )
    );
    assert_eq!(
        scopes("Since 2016, 312 miners have died in the region's pits."),
        scoped(312.0, ScopeKind::Cumulative, "Since 2016", "since-2016")
    );
    assert_eq!(
        scopes("In 2021, 48 people were killed on the bridge."),
        scoped(48.0, ScopeKind::Period, "In 2021", "in-2021")
    );
}

#[test]
fn a_count_in_brackets_takes_the_phrase_right_before_them() {
    assert_eq!(
        scopes("It was the worst crash on the line since 2009 (when 17 passengers died)."),
        scoped(17.0, ScopeKind::Cumulative, "since 2009", "since-2009")
    );
}

#[test]
fn a_phrase_of_another_clause_does_not_scope_the_count() {
    // After a semicolon, after a comma, after a word opening a clause.
    assert_eq!(
        scopes("Four miners were killed on Tuesday; 312 have died since 2016."),
        [
            (4.0, None),
            (
                312.0,
                Some((
                    ScopeKind::Cumulative,
                    "since 2016".into(),
                    "since-2016".into()
                ))
            )
        ]
    );
    assert_eq!(
        scopes("Four miners were killed on Tuesday, the ninth accident this year."),
        [(4.0, None)]
    );
    assert_eq!(
        scopes("Four miners were killed as protests that began last year spread."),
        [(4.0, None)]
    );
}

#[test]
fn a_rank_between_count_and_phrase_dates_the_event_not_the_count() {
    assert_eq!(
        scopes("Six people were killed in the deadliest storm since 1998."),
        [(6.0, None)]
    );
    assert_eq!(
        scopes("Six people were killed in the 40th shooting this year."),
        [(6.0, None)]
    );
}

#[test]
fn a_phrase_that_dates_something_else_or_the_articles_own_year_is_no_scope() {
    assert_eq!(
        scopes("Two hikers were injured a day after the storm."),
        [(2.0, None)]
    );
    assert_eq!(
        scopes("Two hikers were injured a year ago on the same trail."),
        [(2.0, None)]
    );
    // Published in 2024: "in 2024" is the incident's own year.
    assert_eq!(scopes("Two hikers were injured in 2024."), [(2.0, None)]);
    // "So far" alone is an incident's running toll.
    assert_eq!(
        scopes("Seven people have died so far, the ministry said."),
        [(7.0, None)]
    );
    assert_eq!(
        scopes("Seven people have died since Saturday's blast."),
        [(7.0, None)]
    );
}

#[test]
fn a_phrase_of_another_outcome_or_far_past_the_count_is_not_the_counts() {
    // The year is the killing's, not the wounding's.
    assert_eq!(
        scopes("Police say a man wounded at the fair had killed a cousin in 2019."),
        [(1.0, None)]
    );
    // A clause of its own begins without a word that says so.
    assert_eq!(
        scopes(
            "The driver who injured four cyclists near the old mill bridge on the coast road moved away last year."
        ),
        [(4.0, None)]
    );
}

#[test]
fn a_rank_in_or_just_before_the_phrase_and_a_clause_inside_the_claim_keep_it_unscoped() {
    assert_eq!(
        scopes("Oliver, the first county deputy killed since 2003, had served for a decade."),
        [(1.0, None)]
    );
    assert_eq!(
        scopes("It was the second time in less than a month that two cyclists were injured there."),
        [(2.0, None)]
    );
    assert_eq!(
        scopes("Two hikers were hurt in a month long search."),
        [(2.0, None)]
    );
}
