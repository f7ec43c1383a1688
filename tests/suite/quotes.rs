//! Quote facts and attribution through the binary: the Sahel spokesman's and the FPL's
//! statements across two outlets, the tolls each party claims, and an invented story with a
//! verbatim quote, a fragment, a negation and a number that change.

use serde_json::Value;

use crate::common::*;

const SAHEL: &str = "fixtures/sahel-2024";
const INVENTED: &str = "fixtures/invented-quotes";

fn facts(path: &str) -> Vec<Value> {
    check_facts(path)
}

fn fact<'a>(facts: &'a [Value], id: &str) -> &'a Value {
    fact_by_id(facts, id)
}

/// (source prefix, matches, speaker) of each rendering.
fn renderings(fact: &Value) -> Vec<(String, String, String)> {
    fact["quote"]["renderings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                str_of(r, "source").chars().take(3).collect(),
                str_of(r, "matches").to_string(),
                r["speaker"].as_str().unwrap_or("-").to_string(),
            )
        })
        .collect()
}

/// The (op, text) spans of the rendering whose location starts with `source`.
fn diff(fact: &Value, source: &str) -> Vec<(String, String)> {
    let r = fact["quote"]["renderings"]
        .as_array()
        .unwrap()
        .iter()
        .find(|r| str_of(r, "location").starts_with(source))
        .unwrap();
    r["diff"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| (str_of(s, "op").to_string(), str_of(s, "text").to_string()))
        .collect()
}

fn row(s: &str, m: &str, who: &str) -> (String, String, String) {
    (s.to_string(), m.to_string(), who.to_string())
}

#[test]
fn sahel_spokesman_statements_are_aligned_with_the_reworded_words_shown() {
    let facts = facts(SAHEL);
    let juntas = fact(
        &facts,
        "quote/mohamed-elmaouloud-ramadan/juntas-decided-carry-ethnic",
    );
    assert_eq!(juntas["verdict"], "variant");
    assert_eq!(
        renderings(juntas),
        [
            row("000", "reference", "Mr. Ramadan"),
            row("001", "reworded", "CSP spokesman Ramadan")
        ]
    );
    let d = diff(juntas, "001");
    assert!(
        d.contains(&("delete".into(), "populations".into())),
        "{d:?}"
    );
    assert!(d.contains(&("insert".into(), "people".into())), "{d:?}");

    let fruitful = fact(
        &facts,
        "quote/mohamed-elmaouloud-ramadan/exchanges-entre-rebelles-fruitful",
    );
    assert_eq!(fruitful["verdict"], "variant");
    assert_eq!(
        renderings(fruitful),
        [
            row("000", "reference", "Mr. Ramadan"),
            row("001", "fragment", "CSP spokesman Ramadan"),
            row("001", "reworded", "CSP spokesman Ramadan")
        ]
    );
    let d = diff(fruitful, "001_391265b657f1b09d:115:77");
    assert!(
        d.contains(&("insert".into(), "covered subjects".into())),
        "{d:?}"
    );
}

#[test]
fn sahel_fpl_statement_is_aligned_with_its_acronym_difference_visible() {
    let facts = facts(SAHEL);
    let fpl = fact(&facts, "quote/fpl/discussions-focused-particular-mutual");
    assert_eq!(fpl["verdict"], "variant");
    assert_eq!(
        renderings(fpl),
        [
            row("001", "reference", "FPL"),
            row("000", "reworded", "FPL")
        ]
    );
    let d = diff(fpl, "000");
    assert!(d.contains(&("insert".into(), "ESA".into())), "{d:?}");
    assert!(
        d.iter().any(|(op, t)| op == "delete" && t.contains("AES")),
        "{d:?}"
    );
}

#[test]
fn sahel_tolls_carry_their_claimants_and_competing_accounts_are_noted() {
    let facts = facts(SAHEL);
    let civilians = fact(&facts, "casualty_count/killed/civilians");
    let claimants: Vec<&str> = civilians["reports"]
        .as_array()
        .unwrap()
        .iter()
        .filter_map(|r| r["claimant"].as_str())
        .collect();
    assert!(
        claimants.iter().all(|c| c.contains("separatists")),
        "{claimants:?}"
    );
    let army = fact(&facts, "casualty_count/killed/militants");
    assert_eq!(army["reports"][0]["claimant"], "Malian army");
    let note = army["notes"].to_string();
    assert!(
        note.contains("competing account from separatists and local sources")
            && note.contains("the parties disagree, not the sources"),
        "{note}"
    );
    let note = civilians["notes"].to_string();
    assert!(
        note.contains("stated as fact at 000_0eb5f3827cff8959:31"),
        "{note}"
    );
}

#[test]
fn invented_negation_and_number_changes_are_conflicts() {
    let facts = facts(INVENTED);
    let help = fact(&facts, "quote/amadou-sangare/rebels-receive-abroad-during");
    assert_eq!(help["verdict"], "conflict");
    assert_eq!(
        renderings(help),
        [
            row("a", "reference", "Governor Amadou Sangare"),
            row("b", "contradicts", "Governor Amadou Sangare")
        ]
    );
    assert!(diff(help, "b").contains(&("delete".into(), "not".into())));
    let attacks = fact(
        &facts,
        "quote/amadou-sangare/counted-attacks-northern-since",
    );
    assert_eq!(attacks["verdict"], "conflict");
    // "the governor added" is the governor named before; "Sangare said" his short form.
    assert_eq!(
        renderings(attacks),
        [
            row("a", "reference", "Governor Amadou Sangare"),
            row("b", "contradicts", "Sangare")
        ]
    );
    let why = attacks["quote"]["renderings"][1]["why"].as_str().unwrap();
    assert_eq!(why, "a number changes: 12 → 15");
}

#[test]
fn invented_verbatim_and_fragment_agree() {
    let facts = facts(INVENTED);
    let port = fact(&facts, "quote/port-authority/traffic-resume-monday-morning");
    assert_eq!(port["verdict"], "agree");
    assert_eq!(
        renderings(port),
        [
            row("a", "reference", "port authority"),
            row("b", "verbatim", "port authority"),
            row("c", "fragment", "-")
        ]
    );
    assert!(
        port["notes"]
            .to_string()
            .contains("no speaker given at c:7:34")
    );
    // The guillemets of a, the straight quotes of b.
    let r = claimdiff_run(["claims", INVENTED, "--format", "json"]);
    let doc = json(&r.stdout);
    let marks: Vec<String> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["claims"].as_array().unwrap().clone())
        .filter(|c| {
            c["kind"] == "quote" && c["value"]["text"].as_str().unwrap().starts_with("Traffic")
        })
        .map(|c| c["value"]["marks"].as_str().unwrap().to_string())
        .collect();
    assert_eq!(marks, ["«»", "\"\""]);
}

#[test]
fn terminal_shows_renderings_with_marked_words() {
    let r = claimdiff_run(["check", INVENTED, "--color", "never", "--fail-on", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("“We counted [-12-] {+15+} attacks"),
        "{}",
        r.stdout
    );
    assert!(
        r.stdout.contains("why: a number changes: 12 → 15"),
        "{}",
        r.stdout
    );
}
