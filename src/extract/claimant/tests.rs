//! Claimants are parties: noun phrases naming who claims, never a clause, an adverbial, a
//! thing or an event.

use crate::extract::tests::claims_of;

/// The claimant of each claim of `text`, "" where it has none.
fn claimants(text: &str) -> Vec<String> {
    claims_of(text)
        .into_iter()
        .map(|c| c.claimant.map_or(String::new(), |c| c.name))
        .collect()
}

/// The claimant of the first claim of `text`.
fn first(text: &str) -> String {
    claimants(text).into_iter().next().unwrap_or_default()
}

#[test]
fn a_leading_participle_phrase_is_no_part_of_the_claimant() {
    let text = "Speaking to reporters on Thursday the district governor Amal Haddad said nine \
                people were killed.";
    assert_eq!(first(text), "district governor Amal Haddad");
    let text = "Addressing the crowd, Mayor Ines Ortega said 14 people were hurt.";
    assert_eq!(first(text), "Mayor Ines Ortega");
}

#[test]
fn a_leading_prepositional_phrase_or_adverb_is_stripped() {
    let text = "In a statement on Friday the provincial health office said 14 people were wounded.";
    assert_eq!(first(text), "provincial health office");
    assert_eq!(
        first("Later the fire department said two residents died."),
        "fire department"
    );
    assert_eq!(
        first("In Aleppo activists said 30 people were killed."),
        "activists"
    );
}

#[test]
fn a_name_ending_in_ing_is_kept() {
    assert_eq!(
        first("King Hamad said 6 guards were wounded."),
        "King Hamad"
    );
    let text = "Police on Sunday morning said 2 men were shot.";
    assert_eq!(first(text), "Police on Sunday morning");
}

#[test]
fn the_agent_of_a_passive_attribution_is_the_claimant() {
    let text = "The attack, in which 9 soldiers died, has been claimed by a separatist group.";
    assert_eq!(first(text), "separatist group");
    let text = "A toll of 40 dead was reported by the regional civil defence.";
    assert_eq!(first(text), "regional civil defence");
}

#[test]
fn the_subject_of_a_passive_attribution_is_no_claimant() {
    assert_eq!(
        first("The thefts were reported after 2 guards were hurt."),
        ""
    );
    assert_eq!(first("The gunman is said to have shot 5 people."), "");
}

#[test]
fn an_agent_after_an_outcome_is_no_claimant() {
    assert_eq!(
        first("At least 25 people were killed by chlorine in the suburb."),
        ""
    );
    assert_eq!(
        first("Two boys were wounded by shrapnel near the market."),
        ""
    );
}

#[test]
fn an_event_or_a_thing_is_no_claimant() {
    assert_eq!(first("The shooting claimed the lives of 4 teenagers."), "");
    assert_eq!(
        first("The double bombing at the depot claimed 12 lives."),
        ""
    );
}

#[test]
fn a_report_as_a_noun_names_no_claimant() {
    let text = "Officers arrived after receiving reports that 2 men had been shot.";
    assert_eq!(first(text), "");
    assert_eq!(
        first("Deputies went to the bar on a report of 3 people shot."),
        ""
    );
    assert_eq!(
        first("Eight people were shot, with seven confirmed dead."),
        ""
    );
}

#[test]
fn a_name_after_the_verb_ends_before_a_clause() {
    let text = "Five people were shot, said Sheriff Dana Kowalski as she left the scene.";
    assert_eq!(first(text), "Sheriff Dana Kowalski");
}

#[test]
fn according_to_ends_at_a_comma_before_a_clause() {
    let text = "According to the county coroner, the victim was 19 and 2 others were hurt.";
    assert_eq!(first(text), "the county coroner");
    let text = "Nine people died, according to the mayor, a nurse and two residents.";
    assert_eq!(first(text), "the mayor, a nurse and two residents");
}

#[test]
fn a_pronoun_still_stands_for_the_party_named_before() {
    let text = "Local sources said 3 civilians were wounded. They said 8 fighters were killed.";
    assert_eq!(claimants(text), ["Local sources", "Local sources"]);
}

#[test]
fn a_document_is_a_source_and_a_name_may_hold_a_thing() {
    let text = "Two officers were hurt, according to the arrest report.";
    assert_eq!(first(text), "the arrest report");
    assert_eq!(first("The statement said 3 guards died."), "statement");
    assert_eq!(
        first("Seattle Fire said 2 firefighters were hurt."),
        "Seattle Fire"
    );
    let text = "Two officers were hurt, according to a police report.";
    assert_eq!(first(text), "a police report");
}

#[test]
fn an_absolute_clause_is_no_claimant() {
    let text = "The gunman shot seven people, with a number of deaths reported.";
    assert_eq!(first(text), "");
}

#[test]
fn a_time_after_the_verb_is_no_claimant_but_a_surname_is() {
    let text = "\u{201c}Four were hit,\u{201d} said Monday morning while the crowd waited.";
    assert_eq!(first(text), "");
    assert_eq!(first("\u{201c}Four were hit,\u{201d} Day said."), "Day");
}

#[test]
fn a_relative_clause_is_no_claimant() {
    let text = "A clerk who asked not to be named said 3 customers were hurt.";
    assert_eq!(first(text), "");
}

#[test]
fn an_adverb_between_a_pronoun_and_its_verb_is_skipped() {
    let text = "The county police said 3 people died. They initially said 2 officers were hurt.";
    assert_eq!(claimants(text), ["county police", "county police"]);
}
