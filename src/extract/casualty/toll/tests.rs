//! Tolls joined to their figure by a verb, updates and additions: sentences in, casualty claims
//! out.

use crate::claim::Outcome;
use crate::extract::tests::casualty_claims;

/// Surface, value, outcome, and the revised and added marks of each casualty count of `text`.
fn counts(text: &str) -> Vec<(String, f64, Outcome, bool, bool)> {
    casualty_claims(text)
        .into_iter()
        .map(|c| {
            let k = c.casualty.unwrap();
            let v = c.value.number().unwrap().value;
            (
                c.surface,
                v.min.unwrap(),
                k.outcome,
                k.marks.revised,
                k.marks.part,
            )
        })
        .collect()
}

fn killed(surface: &str, n: f64, revised: bool, added: bool) -> (String, f64, Outcome, bool, bool) {
    (surface.into(), n, Outcome::Killed, revised, added)
}

#[test]
fn a_verb_joins_a_toll_to_its_figure() {
    assert_eq!(
        counts("The death toll climbed to 12 on Friday, officials said."),
        [killed("The death toll climbed to 12", 12.0, true, false)]
    );
    assert_eq!(
        counts("The toll from the collapse of the bridge stands at 31."),
        [killed(
            "The toll from the collapse of the bridge stands at 31",
            31.0,
            false,
            false
        )]
    );
    assert_eq!(
        counts("A third victim died overnight, bringing the death toll to 3."),
        [
            killed("A third victim died", 1.0, false, false),
            killed("bringing the death toll to 3", 3.0, true, false)
        ]
    );
    assert_eq!(
        counts("The casualty toll has risen to 40.")[0].2,
        Outcome::Casualties
    );
}

#[test]
fn a_toll_needs_its_verb_and_nothing_but_what_it_is_of_between() {
    assert!(counts("The toll road was closed at 5 in the morning.").is_empty());
    assert!(counts("Drivers paid the toll, which rose to 4 dollars.").is_empty());
}

#[test]
fn counts_after_more_or_additional_are_additions() {
    assert_eq!(
        counts("Two more people died in hospital on Sunday."),
        [killed("Two more people died", 2.0, false, true)]
    );
    assert_eq!(
        counts("An additional three people were killed."),
        [killed("three people were killed", 3.0, false, true)]
    );
    assert_eq!(
        counts("Four people were killed."),
        [killed("Four people were killed", 4.0, false, false)],
        "a count alone is no addition"
    );
}

#[test]
fn other_victims_of_another_outcome_leave_a_count_whole() {
    let part_of = |text: &str| -> Vec<(Outcome, bool)> {
        counts(text).into_iter().map(|c| (c.2, c.4)).collect()
    };
    // "Other" sets the wounded apart from the dead: all of the wounded.
    assert_eq!(
        part_of("One man died and four other people were wounded in the shooting."),
        [(Outcome::Killed, false), (Outcome::Injured, false)]
    );
    // Told alone, "other" adds to victims named before.
    assert_eq!(
        part_of("Three other people were wounded, police said."),
        [(Outcome::Injured, true)]
    );
    // "More" adds whatever came before.
    assert_eq!(
        part_of("One man died and two more people were killed later."),
        [(Outcome::Killed, false), (Outcome::Killed, true)]
    );
}

#[test]
fn a_count_given_by_its_condition_is_part_of_the_wounded() {
    let got =
        counts("Eight people were wounded; three of the victims remain in critical condition.");
    assert_eq!(
        got,
        [
            (
                "Eight people were wounded".into(),
                8.0,
                Outcome::Injured,
                false,
                false
            ),
            (
                "three of the victims remain in critical condition".into(),
                3.0,
                Outcome::Injured,
                false,
                true
            ),
        ]
    );
}
