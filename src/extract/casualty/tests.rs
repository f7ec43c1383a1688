//! Lone victims and active verbs: sentences in, casualty claims out.

use crate::claim::{Kind, Lone, Outcome};
use crate::extract::tests::{casualty_claims, claims_of};

/// Surface, value, outcome, victims, victim group and whether the victim is one without a
/// numeral, of each casualty claim of `text`.
fn counts(text: &str) -> Vec<(String, f64, Outcome, String, String, Option<Lone>)> {
    casualty_claims(text)
        .into_iter()
        .map(|c| {
            let k = c.casualty.unwrap();
            let v = c.value.number().unwrap().value;
            assert_eq!(v.min, v.max);
            (
                c.surface,
                v.min.unwrap(),
                k.outcome,
                k.victims,
                k.victim_group,
                k.lone,
            )
        })
        .collect()
}

fn one(
    surface: &str,
    outcome: Outcome,
    victims: &str,
    group: &str,
) -> Vec<(String, f64, Outcome, String, String, Option<Lone>)> {
    let lone = Some(Lone::Unnamed);
    vec![(
        surface.into(),
        1.0,
        outcome,
        victims.into(),
        group.into(),
        lone,
    )]
}

/// One person named, of `outcome`.
fn named(
    surface: &str,
    outcome: Outcome,
    name: &str,
) -> Vec<(String, f64, Outcome, String, String, Option<Lone>)> {
    let lone = Some(Lone::Named);
    vec![(
        surface.into(),
        1.0,
        outcome,
        name.into(),
        "people".into(),
        lone,
    )]
}

#[test]
fn a_definite_singular_victim_counts_one_and_a_plural_nothing() {
    assert_eq!(
        counts("The driver died at the scene, officials said."),
        one("The driver died", Outcome::Killed, "driver", "people")
    );
    assert_eq!(
        counts("Her brother was seriously injured in the crash."),
        one(
            "Her brother was seriously injured",
            Outcome::Injured,
            "brother",
            "people"
        )
    );
    assert!(counts("The drivers died at the scene.").is_empty());
    assert!(counts("The police were injured during the clashes.").is_empty());
}

#[test]
fn the_outcome_after_a_relative_clause_or_an_apposition() {
    assert_eq!(
        counts("A woman who was hit by a stray bullet on Friday has died, her family said."),
        one(
            "A woman who was hit by a stray bullet on Friday has died",
            Outcome::Killed,
            "woman",
            "civilians"
        )
    );
    assert_eq!(
        counts("The student, whose name was not released, later died in hospital."),
        Vec::new(),
        "a clause with its own possessive subject ends the search"
    );
    assert_eq!(
        counts("The farmer, who had gone out to check his cattle, died of his wounds."),
        one(
            "The farmer, who had gone out to check his cattle, died",
            Outcome::Killed,
            "farmer",
            "civilians"
        )
    );
    // A noun in the clause is no verb, and a clause with a new subject is not the victim's.
    assert!(
        counts("A neighbour who first spoke out after the death of the mayor was questioned.")
            .is_empty()
    );
    assert!(counts("A woman who was with him when he died spoke to reporters.").is_empty());
    assert!(counts("A friend who lives nearby called the police.").is_empty());
}

#[test]
fn a_victim_acting_on_an_object_is_no_casualty_of_the_act() {
    assert_eq!(
        counts("Two gunmen killed a driver on the road to the market."),
        one("killed a driver", Outcome::Killed, "driver", "people")
    );
    // The farmer is not counted; the neighbour is.
    assert_eq!(
        counts("A farmer who killed his neighbour fled into the bush."),
        one(
            "killed his neighbour",
            Outcome::Killed,
            "neighbour",
            "people"
        )
    );
    assert!(counts("Gunman kills wife in village dispute").is_empty());
    assert_eq!(
        counts("Gunman killed himself after the attack."),
        one("Gunman killed", Outcome::Killed, "Gunman", "militants")
    );
    assert_eq!(
        counts("A teenager was fatally shot on Sunday evening."),
        one(
            "A teenager was fatally shot",
            Outcome::Killed,
            "teenager",
            "people"
        )
    );
}

#[test]
fn a_person_named_with_an_age() {
    assert_eq!(
        counts("Ana Lopez, 19, died in hospital on Tuesday."),
        named("Ana Lopez, 19, died", Outcome::Killed, "Ana Lopez")
    );
    // The age is taken by the casualty: it is no quantity of its own.
    assert!(
        claims_of("Ana Lopez, 19, died in hospital.")
            .iter()
            .all(|c| c.kind != Kind::Quantity)
    );
    assert_eq!(
        counts("Officers are investigating the killing of 12-year-old Sam Reyes."),
        named(
            "killing of 12-year-old Sam Reyes",
            Outcome::Killed,
            "Sam Reyes"
        )
    );
    assert_eq!(
        counts("Police said 17-year-old Jo Banks was wounded."),
        named(
            "17-year-old Jo Banks was wounded",
            Outcome::Injured,
            "Jo Banks"
        )
    );
    assert!(counts("Ana Lopez, 19, said she heard shots.").is_empty());
}

#[test]
fn a_headline_noun_and_another() {
    assert_eq!(
        counts("Farmer shot, killed near village"),
        one(
            "Farmer shot, killed",
            Outcome::Killed,
            "Farmer",
            "civilians"
        )
    );
    let got = counts("One officer was wounded and another died.");
    assert_eq!(got.len(), 2);
    assert_eq!(
        (got[0].2, got[0].4.as_str(), got[0].5),
        (Outcome::Injured, "police", None)
    );
    assert_eq!(
        (got[1].0.as_str(), got[1].2, got[1].5),
        ("another died", Outcome::Killed, Some(Lone::Unnamed))
    );
}

#[test]
fn some_of_a_group() {
    assert_eq!(
        counts("Two of the injured later died in hospital."),
        vec![(
            "Two of the injured later died".into(),
            2.0,
            Outcome::Killed,
            "injured".into(),
            "people".into(),
            None
        )]
    );
    // A numeral says how many of the group: a count, not a lone victim.
    let mut expected = one(
        "One of the passengers died",
        Outcome::Killed,
        "passengers",
        "civilians",
    );
    expected[0].5 = None;
    assert_eq!(counts("One of the passengers died."), expected);
}

#[test]
fn shot_alone_and_the_words_of_injury() {
    assert_eq!(
        counts("A man was shot on Main Street late Friday."),
        one("A man was shot", Outcome::Injured, "man", "people")
    );
    // Where someone in the sentence died, "shot" may have been fatal: no injury is read.
    let got = counts("A woman was shot and a second man died at the scene.");
    assert_eq!(got.len(), 1);
    assert_eq!(
        (got[0].0.as_str(), got[0].2),
        ("a second man died", Outcome::Killed)
    );
    // The victims end at an attribution.
    assert_eq!(
        counts("The caller said a person had been shot."),
        one(
            "a person had been shot",
            Outcome::Injured,
            "person",
            "people"
        )
    );
    // A number before "wounds" counts wounds.
    assert!(counts("She was later found suffering from two gunshot wounds.").is_empty());
    // "Shot" with an object is the shooter's act.
    assert!(counts("A police officer shot a suspect who had fired first.").is_empty());
    assert_eq!(
        counts("The boy is in stable condition at a local hospital."),
        one(
            "The boy is in stable condition",
            Outcome::Injured,
            "boy",
            "people"
        )
    );
    assert_eq!(
        counts("A bystander was hospitalized with a bullet wound."),
        one(
            "A bystander was hospitalized",
            Outcome::Injured,
            "bystander",
            "civilians"
        )
    );
    let got = counts("Two people suffered minor injuries and one man sustained a gunshot wound.");
    let got: Vec<(&str, f64, Outcome)> = got.iter().map(|c| (c.0.as_str(), c.1, c.2)).collect();
    assert_eq!(
        got,
        [
            ("Two people suffered minor injuries", 2.0, Outcome::Injured),
            ("one man sustained a gunshot wound", 1.0, Outcome::Injured)
        ]
    );
}

#[test]
fn the_group_a_part_is_taken_of_is_no_count() {
    let got = counts("Nine of the 35 miners were injured, the company said.");
    let surfaces: Vec<_> = got.iter().map(|c| (c.0.as_str(), c.1)).collect();
    assert_eq!(surfaces, [("Nine of the 35 miners were injured", 9.0)]);
    assert!(counts("Most of the 80 guests were hurt.").is_empty());
    assert!(counts("Half of the 14 crew died.").is_empty());
    // A number with its outcome right after it is a toll of its own.
    let got = counts("Four of the 60 dead were police officers.");
    assert!(
        got.iter().any(|c| c.1 == 60.0 && c.2 == Outcome::Killed),
        "{got:?}"
    );
}

#[test]
fn a_list_of_people_named_with_ages_counts_each_and_all() {
    let got = counts("Rosa Vidal, 34, Omar Said, 51, and Li Wen, 29, were killed on the road.");
    let mut values: Vec<(f64, &str, Option<Lone>)> =
        got.iter().map(|c| (c.1, c.3.as_str(), c.5)).collect();
    values.sort_by(|a, b| a.partial_cmp(b).unwrap());
    assert_eq!(
        values,
        [
            (1.0, "Li Wen", Some(Lone::Named)),
            (1.0, "Omar Said", Some(Lone::Named)),
            (1.0, "Rosa Vidal", Some(Lone::Named)),
            (3.0, "Rosa Vidal, Omar Said and Li Wen", None),
        ]
    );
    assert!(got.iter().all(|c| c.2 == Outcome::Killed));
    // Two outcomes: no list.
    let got = counts("Rosa Vidal, 34, died and Omar Said, 51, was hurt.");
    assert_eq!(got.len(), 2, "{got:?}");
    assert!(got.iter().all(|c| c.1 == 1.0));
}
