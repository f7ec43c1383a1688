//! Mentions: each test reads one sentence and asserts names, types, acronyms, spans and ties.

use super::*;
use crate::rules::RuleSet;

fn rules() -> RuleSet {
    RuleSet::load(&[]).unwrap()
}

/// The mentions of `text`, read as one sentence; `common` are the article's lower-case words.
fn read(text: &str, common: &LowerCase<'_>) -> Vec<Found> {
    let rules = rules();
    let indexes = Indexes::new(&rules);
    mentions(&indexes.tokenize(text, 0..text.len()), &indexes, common)
}

/// The lower-case words of an article's text.
fn lower_case(article: &'static str) -> LowerCase<'static> {
    let rules = rules();
    let indexes = Indexes::new(&rules);
    lower_case_words(&indexes.tokenize(article, 0..article.len()))
}

fn found(text: &str) -> Vec<Found> {
    read(text, &lower_case(""))
}

/// The names of an article's sentences that become claims.
fn kept(sentences: &[&'static str]) -> Vec<String> {
    let common = lower_case(Box::leak(sentences.join(" ").into_boxed_str()));
    let mut all: Vec<Found> = sentences.iter().flat_map(|s| read(s, &common)).collect();
    let keep = confirm(&mut all, &common);
    all.into_iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(f, _)| f.mention.name)
        .collect()
}

/// (name, type, acronym) of each mention.
fn names(text: &str) -> Vec<(String, &'static str, Option<String>)> {
    found(text)
        .into_iter()
        .map(|f| {
            let m = f.mention;
            (m.name, m.entity_type.as_str(), m.acronym)
        })
        .collect()
}

fn only(text: &str, name: &str) -> Found {
    found(text)
        .into_iter()
        .find(|f| f.mention.name == name)
        .unwrap_or_else(|| panic!("no mention {name:?} in {:?}", names(text)))
}

#[test]
fn particles_join_the_parts_of_a_name() {
    let f = only(
        "The delegation was led by its president Alghabass Ag Intalla and others.",
        "Alghabass Ag Intalla",
    );
    assert_eq!(f.mention.entity_type, EntityType::Person);
    assert_eq!(f.mention.role.as_deref(), Some("president"));
    let text = "It is allied to Jama'at Nusrat al-Islam wal-Muslimin, a group.";
    let f = only(text, "Jama'at Nusrat al-Islam wal-Muslimin");
    assert_eq!(&text[f.span], "Jama'at Nusrat al-Islam wal-Muslimin");
}

#[test]
fn a_name_then_an_acronym_in_brackets_is_a_definition() {
    let text = "Rebels of the National Movement for the Liberation of Azawad (MNLA) said so.";
    let f = only(text, "National Movement for the Liberation of Azawad");
    assert_eq!(f.mention.acronym.as_deref(), Some("MNLA"));
    assert_eq!(f.mention.entity_type, EntityType::Organisation);
    assert_eq!(
        &text[f.span],
        "National Movement for the Liberation of Azawad (MNLA)"
    );
}

#[test]
fn an_acronym_then_its_long_name_in_brackets_is_a_definition() {
    let text = "Leaders of the MNLA (National Movement for the Liberation of Azawad) met.";
    let f = only(text, "National Movement for the Liberation of Azawad");
    assert_eq!(f.mention.acronym.as_deref(), Some("MNLA"));
    assert_eq!(
        &text[f.span],
        "MNLA (National Movement for the Liberation of Azawad)"
    );
}

#[test]
fn a_quoted_long_name_before_an_acronym_is_a_definition() {
    let text = "Ramadan of the “Permanent Strategic Framework for Peace, Security, and Development” (CSP-PSD) alliance said.";
    let f = only(
        text,
        "Permanent Strategic Framework for Peace, Security, and Development",
    );
    assert_eq!(f.mention.acronym.as_deref(), Some("CSP-PSD"));
    assert!(text[f.span].ends_with("” (CSP-PSD)"));
}

#[test]
fn a_bracketed_acronym_unrelated_to_the_name_is_no_definition() {
    // A dateline's agency shares no initial with the town.
    let n = names("Fighting resumed in Timbuktu (AFP) on the border.");
    assert!(n.iter().all(|(_, _, a)| a.is_none()), "{n:?}");
}

#[test]
fn an_apposition_with_a_title_makes_a_person() {
    let f = only(
        "“We met,” Mohamed Elmaouloud Ramadan, spokesman for the CSP, told AFP.",
        "Mohamed Elmaouloud Ramadan",
    );
    assert_eq!(f.mention.entity_type, EntityType::Person);
    assert_eq!(f.mention.role.as_deref(), Some("spokesman for the CSP"));
}

#[test]
fn a_name_after_a_place_cue_is_a_place() {
    let f = only(
        "Heavy fighting took place in Tinzaouatene near the border.",
        "Tinzaouatene",
    );
    assert_eq!(f.mention.entity_type, EntityType::Place);
    let f = only(
        "Drones struck the town of Tin Zaouatine again.",
        "Tin Zaouatine",
    );
    assert_eq!(f.mention.entity_type, EntityType::Place);
}

#[test]
fn known_forms_name_their_entity() {
    let f = only("Nigerien and Malian rebels met.", "Nigerien");
    assert_eq!(f.mention.entity.as_deref(), Some("Niger"));
    assert_eq!(f.mention.form, Some(FormKind::Demonym));
    let f = only("It wants to leave ECOWAS soon.", "ECOWAS");
    assert_eq!(
        f.mention.entity.as_deref(),
        Some("Economic Community of West African States")
    );
    assert_eq!(f.mention.form, Some(FormKind::Acronym));
    // Lower-case "us" is a pronoun, not the United States.
    assert!(found("They told us nothing.").is_empty());
}

#[test]
fn demonyms_and_countries_tie_a_name_to_a_country() {
    let text = "The Nigerian rebel groups of the Patriotic Liberation Front (FPL) met.";
    let tie = only(text, "Patriotic Liberation Front")
        .mention
        .country
        .unwrap();
    assert_eq!(
        (tie.word.as_str(), tie.place.as_str()),
        ("Nigerian", "Nigeria")
    );
    let tie = only("A mission of the FPL of Niger arrived.", "FPL")
        .mention
        .country
        .unwrap();
    assert_eq!((tie.word.as_str(), tie.place.as_str()), ("Niger", "Niger"));
    let tie = only(
        "Niger's ousted president Mohamed Bazoum spoke.",
        "Mohamed Bazoum",
    )
    .mention
    .country
    .unwrap();
    assert_eq!(tie.place, "Niger");
}

#[test]
fn a_country_in_another_phrase_ties_nothing() {
    let f = only(
        "Neither Mali nor Wagner disclosed the number of casualties.",
        "Wagner",
    );
    assert_eq!(f.mention.country, None);
    let f = only(
        "The Malian army attacked positions held by Wagner.",
        "Wagner",
    );
    assert_eq!(f.mention.country, None);
}

#[test]
fn titles_months_weekdays_and_openers_are_no_names() {
    assert_eq!(
        names("The Malian Defense Minister Abdoulaye Diop spoke on Monday, September 2."),
        [
            ("Malian".to_string(), "place", None),
            ("Abdoulaye Diop".to_string(), "person", None)
        ]
    );
    let f = found("Previously, talks failed.");
    assert!(f.iter().all(|f| f.uncertain), "{f:?}");
}

#[test]
fn a_word_the_article_writes_in_lower_case_opens_no_name() {
    let common = lower_case("It rained yesterday.");
    let f = read("Yesterday Barka Taher Hamit arrived.", &common);
    let n: Vec<&str> = f.iter().map(|f| f.mention.name.as_str()).collect();
    assert_eq!(n, ["Barka Taher Hamit"]);
}

#[test]
fn joiners_stay_inside_organisation_names_only() {
    let n: Vec<String> = found("Talks between Barka Hamit and Alghabass Intalla ended.")
        .into_iter()
        .filter(|f| !f.uncertain)
        .map(|f| f.mention.name)
        .collect();
    assert_eq!(n, ["Barka Hamit", "Alghabass Intalla"]);
    let f = only(
        "They joined the Alliance of Sahel States last year.",
        "Alliance of Sahel States",
    );
    assert_eq!(f.mention.entity_type, EntityType::Organisation);
}

#[test]
fn headline_names_are_uncertain_until_confirmed() {
    let headline = found("Tinzaouatene Conflict: Heavy Losses for Wagner");
    assert!(!headline.is_empty() && headline.iter().all(|f| f.uncertain));
    let mut all = headline;
    all.extend(found("Fighting broke out in Tinzaouatene near the border."));
    let keep = confirm(&mut all, &lower_case(""));
    let kept: Vec<&str> = all
        .iter()
        .zip(keep)
        .filter(|(_, k)| *k)
        .map(|(f, _)| f.mention.name.as_str())
        .collect();
    assert_eq!(kept, ["Tinzaouatene", "Tinzaouatene"]);
}

#[test]
fn capitals_the_article_also_writes_as_a_name_are_no_acronym() {
    let mut all = found("BAMAKO, Nov 13 - Troops left.");
    all.extend(found("Officials in Bamako denied it."));
    confirm(&mut all, &lower_case(""));
    let caps = all.iter().find(|f| f.mention.name == "BAMAKO").unwrap();
    assert_eq!(caps.mention.acronym, None);
}

#[test]
fn a_run_of_more_than_twelve_capitalised_words_is_no_name() {
    let shouting = format!("Police said {} on Monday.", ["ALPHA"; 40].join(" "));
    assert_eq!(names(&shouting), []);
    let words = [
        "Abako", "Bemiru", "Cotala", "Dunemi", "Elafo", "Fiseru", "Gomaki", "Hulepa", "Iruvo",
        "Jaseki", "Koloma", "Lupari", "Mesavo",
    ];
    let twelve = words[..12].join(" ");
    let got = names(&format!("Police said {twelve} left."));
    assert_eq!(got.len(), 1, "{got:?}");
    assert_eq!(got[0].0, twelve);
    assert_eq!(names(&format!("Police said {} left.", words.join(" "))), []);
}

#[test]
fn calendar_words_are_months_and_weekdays_of_any_case() {
    for w in [
        "May",
        "Sept",
        "sep",
        "September",
        "WEDNESDAY",
        "friday",
        "Dec",
    ] {
        assert!(crate::extract::forms::is_calendar_word(w), "{w}");
        assert!(
            crate::dates::is_month(w) || crate::dates::is_weekday(w),
            "{w}"
        );
    }
    for w in ["Mayor", "Sahel", "Decembers", "Mo", "Sundays"] {
        assert!(!crate::extract::forms::is_calendar_word(w), "{w}");
    }
}

#[test]
fn initials_alone_are_no_names() {
    assert_eq!(
        names("They met in Trenton, N.J., where S was hurt."),
        [("Trenton".to_string(), "place", None)]
    );
    assert_eq!(
        names("Michael D. Smith spoke."),
        [("Michael D. Smith".to_string(), "person", None)]
    );
}

#[test]
fn a_dotted_acronym_the_rules_list_is_its_entity() {
    let f = found("A U.S. envoy met the U.N. team.");
    let e: Vec<(&str, Option<&str>)> = f
        .iter()
        .map(|f| (f.mention.name.as_str(), f.mention.entity.as_deref()))
        .collect();
    assert_eq!(
        e,
        [
            ("U.S.", Some("United States")),
            ("U.N.", Some("United Nations"))
        ]
    );
}

#[test]
fn contractions_are_no_names() {
    assert_eq!(names("Then I'm told We've lost, Don't go."), []);
    assert_eq!(
        names("They met O'Neill."),
        [("O'Neill".to_string(), "unknown", None)]
    );
}

#[test]
fn a_sentence_run_on_after_a_full_stop_opens_there() {
    let f = found("Nobody was hurt.Inspectors left.");
    assert!(f.iter().all(|f| f.uncertain), "{f:?}");
}

#[test]
fn a_line_in_capitals_names_nothing_by_itself() {
    let f = found("HER FAMILY WAITED AT THE HOSPITAL WITH KOFI ANSAH.");
    assert!(!f.is_empty() && f.iter().all(|f| f.uncertain && f.mention.acronym.is_none()));
    let kept = kept(&[
        "HER FAMILY WAITED AT THE HOSPITAL WITH KOFI ANSAH.",
        "Kofi Ansah was shot on Tuesday, his family said.",
    ]);
    assert_eq!(kept, ["ANSAH", "Kofi Ansah"]);
    let f = found("THE POLICE TOLD US AND WHO ELSE WAITED THERE.");
    assert!(f.iter().all(|f| f.uncertain), "{f:?}");
}

#[test]
fn a_lone_word_the_article_writes_in_lower_case_is_no_name() {
    let kept = kept(&[
        "Agents of the Office of Tobacco, Firearms and Lotteries came.",
        "He said the firearms were legal.",
        "Ama Brown was shot near Tema; Brown is the brown-haired one.",
        "The street near 12th Street was closed.",
    ]);
    // "Lotteries" is never written in lower case, but English has it only as a common word:
    // what is left of the office's name is no name either.
    assert_eq!(kept, ["Office of Tobacco", "Ama Brown", "Tema", "Brown"]);
}

#[test]
fn a_lone_common_english_word_is_no_name_unless_it_is_a_named_persons_surname() {
    let kept = kept(&[
        "Alcohol was a factor, officers said.",
        "The weekly Region in Brief column is also online.",
        "The Bureau of Alcohol, Tobacco, Firearms and Explosives sent agents.",
        "Explosives were found in the car.",
        "Kwame Noon was shot on Main Street. Noon, 30, survived.",
        "Officials in Accra said Bush and Mark visited Kumasi.",
    ]);
    // The bureau's words alone, "Region", "Brief" and "Alcohol" name nothing; "Bush" and
    // "Mark" are names too, so they stay.
    assert_eq!(
        kept,
        [
            "Kwame Noon",
            "Main Street",
            "Noon",
            "Accra",
            "Bush",
            "Mark",
            "Kumasi"
        ]
    );
}
