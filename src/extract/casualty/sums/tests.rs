//! Coordinated counts: sentences in, the counts of each conjunct and their sum out.

use crate::claim::Outcome;
use crate::extract::tests::casualty_claims;

/// Surface, value, outcome, victim group and the part mark of each numeral casualty count of
/// `text`, lone victims left out.
fn counts(text: &str) -> Vec<(String, f64, Outcome, String, bool)> {
    casualty_claims(text)
        .into_iter()
        .filter(|c| c.lone().is_none())
        .map(|c| {
            let k = c.casualty.unwrap();
            let v = c.value.number().unwrap().value;
            (
                c.surface,
                v.min.unwrap(),
                k.outcome,
                k.victim_group,
                k.marks.part,
            )
        })
        .collect()
}

fn count(
    surface: &str,
    n: f64,
    o: Outcome,
    group: &str,
    part: bool,
) -> (String, f64, Outcome, String, bool) {
    (surface.into(), n, o, group.into(), part)
}

#[test]
fn conjuncts_before_the_outcome_add_up() {
    assert_eq!(
        counts(
            "Four teenagers and a bus driver escaped, but two girls and three boys were wounded by the gunfire."
        ),
        [
            count(
                "two girls and three boys were wounded",
                5.0,
                Outcome::Injured,
                "people",
                false
            ),
            count(
                "three boys were wounded",
                3.0,
                Outcome::Injured,
                "people",
                true
            ),
        ]
    );
    assert_eq!(
        counts("Two adults and four children died in the blaze that followed the shooting."),
        [
            count(
                "Two adults and four children died",
                6.0,
                Outcome::Killed,
                "people",
                false
            ),
            count(
                "four children died",
                4.0,
                Outcome::Killed,
                "civilians",
                false
            ),
        ]
    );
}

#[test]
fn conjuncts_after_the_outcome_add_up() {
    assert_eq!(
        counts("The gunman wounded 12 men, 9 women and two children before police arrived."),
        [
            count("wounded 12 men", 12.0, Outcome::Injured, "people", true),
            count(
                "wounded 12 men, 9 women and two children",
                23.0,
                Outcome::Injured,
                "people",
                false
            ),
            count("9 women", 9.0, Outcome::Injured, "civilians", false),
            count("two children", 2.0, Outcome::Injured, "civilians", false),
        ]
    );
}

#[test]
fn counts_with_outcomes_of_their_own_or_hedged_do_not_add_up() {
    assert_eq!(
        counts("The crash left 2 dead, 4 injured."),
        [
            count("2 dead", 2.0, Outcome::Killed, "", false),
            count("4 injured", 4.0, Outcome::Injured, "", false),
        ]
    );
    let hedged = counts("At least three women and two men were hurt.");
    assert!(hedged.iter().all(|(_, n, ..)| *n != 5.0), "{hedged:?}");
}

#[test]
fn two_named_groups_are_two_tallies_not_one_toll() {
    let got = counts("The rebels said they had killed 30 soldiers and 12 insurgents in the raid.");
    assert!(got.iter().all(|(_, n, ..)| *n != 42.0), "{got:?}");
    assert!(got.iter().all(|(.., part)| !part), "{got:?}");
}

#[test]
fn a_lone_victim_coordinated_with_a_count_adds_one() {
    let got =
        counts("Deputies said two bailiffs and the gunman are dead after the courthouse shooting.");
    assert_eq!(
        got,
        [count(
            "two bailiffs and the gunman are dead",
            3.0,
            Outcome::Killed,
            "people",
            false
        )]
    );
    let got =
        counts("Investigators say the man killed his wife and four children at the farmhouse.");
    assert_eq!(
        got,
        [count(
            "killed his wife and four children",
            5.0,
            Outcome::Killed,
            "people",
            false
        )]
    );
}

#[test]
fn a_list_longer_than_its_counts_gives_no_sum() {
    let got = counts("His grandmother, three cousins and a neighbor were wounded in the attack.");
    assert!(got.is_empty(), "{got:?}");
    let got = counts("On Sunday, three women and two men were hurt.");
    assert_eq!(got[0].1, 5.0, "{got:?}");
}
