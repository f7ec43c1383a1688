//! Measures: sentences in, the measure each figure joins out.

use crate::claim::{Kind, ScopeKind};
use crate::extract::tests::claims_of;

/// Surface, measure id, subject and claimant of each measure claim of `text`.
fn measures(text: &str) -> Vec<(String, String, String, Option<String>)> {
    claims_of(text)
        .into_iter()
        .filter(|c| c.kind == Kind::Measure)
        .map(|c| {
            let m = c.measure.unwrap();
            (c.surface, m.measure, m.subject, c.claimant.map(|x| x.name))
        })
        .collect()
}

fn ids(text: &str) -> Vec<(String, String)> {
    measures(text)
        .into_iter()
        .map(|(surface, id, _, _)| (surface, id))
        .collect()
}

fn pair(surface: &str, id: &str) -> (String, String) {
    (surface.into(), id.into())
}

#[test]
fn a_figure_joins_the_measure_whose_words_stand_before_or_after_it() {
    assert_eq!(
        ids("Riot police detained 40 fans outside the stadium."),
        [pair("40 fans", "arrested")]
    );
    assert_eq!(
        ids("Some 8,000 residents were evacuated overnight."),
        [pair("Some 8,000 residents", "evacuated")]
    );
    assert_eq!(
        ids("Unemployment fell to 5.4% in the third quarter."),
        [pair("5.4%", "unemployment")]
    );
    assert_eq!(
        ids("Donors pledged €450 million for reconstruction."),
        [pair("€450 million", "aid")]
    );
}

#[test]
fn the_nearest_measure_words_in_the_clause_govern_a_figure() {
    // "march" is a crowd word, but the detentions are nearer.
    assert_eq!(
        ids("Officers detained 23 people during the march."),
        [pair("23 people", "arrested")]
    );
    // Each figure takes the words of its own clause.
    assert_eq!(
        ids("About 2,000 people rallied in the square, and 9 were arrested."),
        [pair("About 2,000 people", "crowd"), pair("9", "arrested")]
    );
}

#[test]
fn a_figure_no_measure_governs_stays_a_claim_of_its_own_kind() {
    let claims = claims_of("The bridge carries 40,000 vehicles a day, up 3% on last year.");
    assert!(claims.iter().all(|c| c.kind != Kind::Measure), "{claims:?}");
    assert!(claims.iter().any(|c| c.kind == Kind::Percent));
}

#[test]
fn the_subject_of_a_verb_that_puts_a_figure_on_a_measure_is_its_claimant() {
    let found = measures("Union leaders put the crowd at 75,000.");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(found[0].1, "crowd");
    assert_eq!(found[0].3.as_deref(), Some("Union leaders"));
}

#[test]
fn a_count_of_people_names_its_group() {
    let found = measures("Border guards arrested 14 migrants near the crossing.");
    assert_eq!(found[0].2, "migrants");
    let found = measures("Police arrested 6 people.");
    assert_eq!(found[0].2, "people");
}

#[test]
fn a_qualifier_of_the_measure_scopes_its_figure() {
    let claims = claims_of("Core inflation eased to 2.9% in May.");
    let m = claims.iter().find_map(|c| c.measure.as_ref()).unwrap();
    assert_eq!(m.measure, "inflation");
    let scope = m.scope.as_ref().unwrap();
    assert_eq!(
        (scope.kind, scope.key.as_str()),
        (ScopeKind::Qualifier, "core")
    );
}

#[test]
fn a_casualty_count_is_never_a_measure() {
    let claims = claims_of("Three protesters were killed and 40 were arrested.");
    let kinds: Vec<Kind> = claims.iter().map(|c| c.kind).collect();
    assert!(kinds.contains(&Kind::CasualtyCount), "{claims:?}");
    assert_eq!(
        ids("Three protesters were killed and 40 were arrested."),
        [pair("40", "arrested")]
    );
}

#[test]
fn measure_words_after_a_figure_end_its_noun_phrase() {
    let found = measures("Storm leaves thousands displaced as rivers rise");
    assert_eq!(found.len(), 1, "{found:?}");
    assert_eq!(
        (
            found[0].0.as_str(),
            found[0].1.as_str(),
            found[0].2.as_str()
        ),
        ("thousands", "displaced", "")
    );
}

#[test]
fn the_whole_a_figure_is_part_of_is_no_figure_of_the_measure() {
    assert_eq!(
        ids("The ruling bloc won 58 of the 120 seats."),
        [pair("58", "seats")]
    );
}

#[test]
fn nobody_and_spans_of_time_are_no_figures_of_a_measure() {
    assert!(ids("No one has been arrested in connection with the fire.").is_empty());
    assert!(ids("Police arrested the driver two days later.").is_empty());
    assert!(ids("Shots were fired into the crowd outside the bar.").is_empty());
}

/// Surface, subject and value with its unit of each claim of `measure` in `text`.
fn of_measure(text: &str, measure: &str) -> Vec<(String, String, String)> {
    claims_of(text)
        .into_iter()
        .filter(|c| c.measure_id() == Some(measure))
        .map(|c| {
            let subject = c.measure.as_ref().unwrap().subject.clone();
            (c.surface.clone(), subject, c.value.to_string())
        })
        .collect()
}

fn of(surface: &str, subject: &str, value: &str) -> (String, String, String) {
    (surface.into(), subject.into(), value.into())
}

#[test]
fn an_age_is_of_the_person_named_beside_it() {
    assert_eq!(
        of_measure("Orla Quinn, 27, of Dunmore, denied the charge.", "age"),
        [of("27", "Orla Quinn", "27 years")]
    );
    assert_eq!(
        of_measure(
            "The driver, Piet Kroon, a 61-year-old haulier, was cleared.",
            "age"
        ),
        [of("61-year-old", "Piet Kroon", "61 years")]
    );
    assert_eq!(
        of_measure(
            "Jurors heard that 19-year-old Sami Varga fled the scene.",
            "age"
        ),
        [of("19-year-old", "Sami Varga", "19 years")]
    );
}

#[test]
fn an_age_before_a_name_is_that_name_s_not_the_one_before_the_comma() {
    for text in [
        "Both died: 52-year-old Ines Varga, 24-year-old Tomas Ek.",
        // A title may stand between.
        "They named 52-year-old Sgt Ines Varga, 24-year-old Sgt Tomas Ek.",
    ] {
        assert_eq!(
            of_measure(text, "age"),
            [
                of("52-year-old", "Ines Varga", "52 years"),
                of("24-year-old", "Tomas Ek", "24 years")
            ],
            "{text}"
        );
    }
    // A possessive noun between is a relative, not the person before.
    assert!(of_measure("Varga also shot his 63-year-old father in the arm.", "age").is_empty());
}

#[test]
fn an_age_nobody_is_named_beside_stays_an_age_claim() {
    let text = "A 45-year-old lorry driver was arrested at the scene.";
    assert!(of_measure(text, "age").is_empty());
    let kinds: Vec<Kind> = claims_of(text).iter().map(|c| c.kind).collect();
    assert!(kinds.contains(&Kind::Age), "{kinds:?}");
}

#[test]
fn a_prison_term_is_a_span_of_time_with_its_unit_of_the_person_named_before_it() {
    assert_eq!(
        of_measure(
            "The judge jailed Orla Quinn for nine years on Friday.",
            "prison_term"
        ),
        [of("nine years", "Orla Quinn", "9 years")]
    );
    assert_eq!(
        of_measure("Piet Kroon received a 30-month sentence.", "prison_term"),
        [of("30-month", "Piet Kroon", "30 months")]
    );
    // No one named before the figure: the term is of no one in particular.
    assert_eq!(
        of_measure("A Dunmore woman was sentenced to six years.", "prison_term"),
        [of("six years", "", "6 years")]
    );
}

#[test]
fn a_span_before_later_or_ago_is_no_prison_term() {
    assert!(of_measure("He was jailed three days later in Dunmore.", "prison_term").is_empty());
}
