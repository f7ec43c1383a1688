//! Name facts through the binary: spellings, acronyms, long names and affiliations on the Sahel
//! story and on an invented story built to hold one case of each, with the diffs asserted.

use serde_json::Value;

use crate::common::*;

const SAHEL: &str = "fixtures/sahel-2024";
const INVENTED: &str = "fixtures/invented-names";

fn facts(path: &str) -> Vec<Value> {
    check_facts(path)
}

fn fact<'a>(facts: &'a [Value], id: &str) -> &'a Value {
    fact_by_id(facts, id)
}

/// (aspect, text, sources as three-letter prefixes) of each form of a name fact.
fn forms(fact: &Value) -> Vec<(String, String, Vec<String>)> {
    fact["names"]["forms"]
        .as_array()
        .unwrap()
        .iter()
        .map(|f| {
            let sources = f["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s.as_str().unwrap().chars().take(3).collect())
                .collect();
            (
                str_of(f, "aspect").to_string(),
                str_of(f, "text").to_string(),
                sources,
            )
        })
        .collect()
}

/// The diff of the form `text`, as (op, text) pairs.
fn diff_of(fact: &Value, text: &str) -> Vec<(String, String)> {
    let form = fact["names"]["forms"]
        .as_array()
        .unwrap()
        .iter()
        .find(|f| f["text"] == text)
        .unwrap_or_else(|| panic!("no form {text} in {:?}", forms(fact)));
    form["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (str_of(s, "op").to_string(), str_of(s, "text").to_string()))
        .collect()
}

fn pair(op: &str, text: &str) -> (String, String) {
    (op.to_string(), text.to_string())
}

#[test]
fn sahel_town_spelled_three_ways_is_one_place_and_a_variant() {
    let facts = facts(SAHEL);
    let town = fact(&facts, "name/tinzaouatene");
    assert_eq!(town["verdict"], "variant");
    assert_eq!(town["names"]["type"], "place");
    let texts: Vec<String> = forms(town).into_iter().map(|f| f.1).collect();
    for spelling in ["Tinzaouatene", "Tinzaouatène", "Tin Zaouatine"] {
        assert!(texts.contains(&spelling.to_string()), "{texts:?}");
    }
    assert_eq!(
        diff_of(town, "Tinzaouatène"),
        [
            pair("equal", "Tinzaouat"),
            pair("delete", "e"),
            pair("insert", "è"),
            pair("equal", "ne")
        ]
    );
    // 000 writes it two ways itself; the note says so.
    let notes = town["notes"].to_string();
    assert!(
        notes.contains("000_0eb5f3827cff8959 itself writes it more than one way"),
        "{notes}"
    );
}

#[test]
fn sahel_coalition_long_names_are_tied_by_its_acronym() {
    let facts = facts(SAHEL);
    let csp = fact(&facts, "name/csp");
    assert_eq!(csp["verdict"], "variant");
    let f = forms(csp);
    let long: Vec<&str> = f
        .iter()
        .filter(|f| f.0 == "long_name")
        .map(|f| f.1.as_str())
        .collect();
    assert_eq!(
        long,
        [
            "Strategic and Permanent Framework",
            "Permanent Strategic Framework",
            "Permanent Strategic Structure",
            "Permanent Strategic Framework for Peace, Security, and Development"
        ]
    );
    assert!(f.contains(&("acronym".into(), "CSP-PSD".into(), vec!["004".into()])));
    // Word by word: "Framework" replaced by "Structure".
    let d = diff_of(csp, "Permanent Strategic Structure");
    assert!(d.contains(&pair("insert", "Structure")), "{d:?}");
}

#[test]
fn sahel_alliance_two_acronyms_are_reported() {
    let facts = facts(SAHEL);
    let alliance = facts
        .iter()
        .find(|f| f["kind"] == "name" && forms(f).iter().any(|x| x.1 == "Alliance of Sahel States"))
        .unwrap();
    assert_eq!(alliance["verdict"], "variant");
    let acronyms: Vec<(String, Vec<String>)> = forms(alliance)
        .into_iter()
        .filter(|f| f.0 == "acronym")
        .map(|f| (f.1, f.2))
        .collect();
    assert_eq!(
        acronyms,
        [
            ("ESA".to_string(), vec!["000".to_string()]),
            ("AES".to_string(), vec!["001".to_string()])
        ]
    );
}

#[test]
fn sahel_wrong_demonym_is_an_affiliation_conflict() {
    let facts = facts(SAHEL);
    let fpl = fact(&facts, "affiliation/fpl");
    assert_eq!(fpl["verdict"], "conflict");
    let notes = fpl["notes"].to_string();
    assert!(
        notes.contains("Niger and Nigeria are easily confused"),
        "{notes}"
    );
    let nigerian = fpl["reports"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| r["value"]["country"]["place"] == "Nigeria")
        .unwrap();
    assert_eq!(nigerian["value"]["country"]["word"], "Nigerian");
    assert_eq!(nigerian["surface"], "Patriotic Liberation Front (FPL)");
    let text = read(format!("{SAHEL}/{}.txt", str_of(nigerian, "source")));
    assert_surface_at(
        &text,
        nigerian["line"].as_u64().unwrap(),
        nigerian["column"].as_u64().unwrap(),
        "Patriotic Liberation Front (FPL)",
        "the Nigerian FPL",
    );
}

#[test]
fn sahel_no_variant_joins_two_people_or_two_places() {
    let facts = facts(SAHEL);
    let variants: Vec<&str> = facts
        .iter()
        .filter(|f| f["kind"] == "name" && f["verdict"] == "variant")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(
        variants,
        [
            "name/csp",
            "name/esa",
            "name/fpl",
            "name/mohamed-elmaouloud-ramadan",
            "name/tinzaouatene"
        ]
    );
    // Niger and Nigeria stay two places.
    assert_eq!(fact(&facts, "name/niger")["names"]["entity"], "Niger");
    assert_eq!(fact(&facts, "name/nigeria")["names"]["entity"], "Nigeria");
}

#[test]
fn invented_story_variants_acronyms_and_affiliations() {
    let facts = facts(INVENTED);
    let town = fact(&facts, "name/ouarkoye");
    assert_eq!(town["verdict"], "variant");
    let f = forms(town);
    assert!(
        f.contains(&("spelling".into(), "Ouar Koye".into(), vec!["a".into()])),
        "{f:?}"
    );
    assert!(
        f.contains(&("spelling".into(), "Ouarkoyé".into(), vec!["b".into()])),
        "{f:?}"
    );

    let leader = fact(&facts, "name/idriss-ahmat-abakar");
    assert_eq!(leader["verdict"], "variant");
    assert_eq!(
        diff_of(leader, "Idris Ahmat Abakar"),
        [
            pair("equal", "Idris"),
            pair("delete", "s"),
            pair("equal", " Ahmat Abakar")
        ]
    );
    // Same surname, other given name: another person.
    assert_eq!(
        fact(&facts, "name/mahamat-abakar")["verdict"],
        "single_source"
    );

    let mje = fact(&facts, "name/mje");
    assert_eq!(mje["verdict"], "variant");
    assert!(mje["notes"].to_string().contains("long names differ"));

    // "CSN" is nowhere spelled out: the anagram of the defined "NSC".
    let nsc = fact(&facts, "name/nsc");
    let acronyms: Vec<String> = forms(nsc)
        .into_iter()
        .filter(|f| f.0 == "acronym")
        .map(|f| f.1)
        .collect();
    assert_eq!(acronyms, ["NSC", "CSN"]);

    // A known entity under its English and French acronyms.
    let bloc = fact(&facts, "name/economic-community-of-west-african-states");
    assert_eq!(bloc["verdict"], "variant");
    assert!(bloc["notes"].to_string().contains("acronyms differ"));

    let tie = fact(&facts, "affiliation/hassane-boubacar");
    assert_eq!(tie["verdict"], "conflict");
    // c names both countries correctly, which is no conflict of its own.
    assert_eq!(fact(&facts, "name/nigeria")["verdict"], "agree");
}

#[test]
fn terminal_marks_what_differs() {
    let r = claimdiff_run(["check", INVENTED, "--color", "never", "--fail-on", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains("Idris[-s-] Ahmat Abakar"), "{}", r.stdout);
    assert!(r.stdout.contains("variant name/ouarkoye"), "{}", r.stdout);
}

#[test]
fn people_sharing_a_surname_stay_apart_across_sources() {
    let dir = story(&[
        (
            "a.txt",
            "Police said the suspect fled. Detective Jeff Davis said the car was found later. Davis added that no one was hurt.\n",
        ),
        (
            "b.txt",
            "Police said the suspect fled. Officer Michael Davis said the car was found later. Davis added that no one was hurt.\n",
        ),
    ]);
    let facts = facts(dir.path().to_str().unwrap());
    let ids: Vec<&str> = facts
        .iter()
        .filter(|f| f["kind"] == "name")
        .map(|f| f["id"].as_str().unwrap())
        .collect();
    assert_eq!(ids, ["name/jeff-davis", "name/michael-davis"]);
    for f in facts.iter().filter(|f| f["kind"] == "name") {
        assert_eq!(f["verdict"], "single_source");
        // Each "Davis" is the short form of its own source's full name.
        let short = forms(f);
        assert!(
            short.iter().any(|x| x.0 == "short" && x.1 == "Davis"),
            "{short:?}"
        );
    }
}

#[test]
fn middle_initials_join_and_generational_suffixes_do_not() {
    let dir = story(&[(
        "a.txt",
        "Witnesses saw Michael D. Smith leave. Norris Greenhouse Jr. was arrested on Monday. Greenhouse denied it.\n",
    )]);
    let facts = facts(dir.path().to_str().unwrap());
    let names: Vec<Vec<(String, String, Vec<String>)>> = facts
        .iter()
        .filter(|f| f["kind"] == "name")
        .map(forms)
        .collect();
    assert_eq!(names.len(), 2, "{names:?}");
    assert!(
        names.iter().any(|f| f[0].1 == "Michael D. Smith"),
        "{names:?}"
    );
    let greenhouse = names
        .iter()
        .find(|f| f[0].1 == "Norris Greenhouse")
        .unwrap();
    assert_eq!(greenhouse[1].0, "short");
}

#[test]
fn demonyms_are_attested_forms_and_dotted_acronyms_one_acronym() {
    let dir = story(&[
        (
            "a.txt",
            "French troops left Gao on Monday. The U.S. envoy in Lome said France would stay.\n",
        ),
        (
            "b.txt",
            "France withdrew its troops from Gao on Monday, a French officer said. The US envoy agreed.\n",
        ),
    ]);
    let facts = facts(dir.path().to_str().unwrap());
    let france = fact(&facts, "name/france");
    assert_eq!(france["verdict"], "agree");
    // "French" is a listed form of France, never a misspelling of it.
    assert!(diff_of(france, "French").is_empty());
    assert!(diff_of(france, "France").is_empty());
    let us = fact(&facts, "name/united-states");
    assert_eq!(us["verdict"], "agree");
    let acronyms: Vec<String> = forms(us)
        .into_iter()
        .filter(|f| f.0 == "acronym")
        .map(|f| f.1)
        .collect();
    assert_eq!(acronyms.len(), 1, "{acronyms:?}");
}
