//! Articles in several languages: each source's language as given or detected, shown by every
//! report.

use serde_json::Value;

use crate::common::*;

/// French, with no `lang` in its front matter.
const FRENCH: &str = "---\noutlet: Le Quotidien du Fleuve\npublished: 2024-03-12\n---\n\
    Les pluies torrentielles qui s'abattent depuis samedi sur la région ont contraint des \
    centaines de familles à quitter leurs maisons, a indiqué lundi la préfecture, qui a ouvert \
    trois écoles pour les héberger en attendant la décrue du fleuve.\n";
/// English, with no `lang` either.
const ENGLISH: &str = "---\noutlet: River Post\npublished: 2024-03-12\n---\n\
    Torrential rain that has fallen on the region since Saturday forced hundreds of families \
    from their homes, the prefecture said on Monday, opening three schools to shelter them \
    until the river goes down.\n";
/// Too short to tell, and said to be Spanish by its front matter.
const GIVEN: &str = "---\nlang: es\npublished: 2024-03-12\n---\nLluvias.\n";

fn languages(doc: &Value) -> Vec<(String, Value)> {
    doc["sources"]
        .as_array()
        .expect("sources")
        .iter()
        .map(|s| (str_of(s, "id").to_string(), s["lang"].clone()))
        .collect()
}

/// `check` of the story in `dir` written in `format`, listing every fact and failing on none.
fn check_as(dir: &tempfile::TempDir, format: &str) -> String {
    let r = run(claimdiff().arg("check").arg(dir.path()).args([
        "--format",
        format,
        "--fail-on",
        "never",
        "--show",
        "all",
    ]));
    assert_eq!(r.code, 0, "{format}: {}", r.stderr);
    r.stdout
}

#[test]
fn each_source_says_its_language_given_or_detected() {
    let dir = story(&[("a.txt", FRENCH), ("b.txt", ENGLISH), ("c.txt", GIVEN)]);
    let want = vec![
        ("a".to_string(), Value::from("fr")),
        ("b".to_string(), Value::from("en")),
        ("c".to_string(), Value::from("es")),
    ];
    for command in ["check", "claims", "text"] {
        let r = run(claimdiff()
            .arg(command)
            .arg(dir.path())
            .args(["--format", "json"]));
        assert!(r.code <= 1, "{command}: {}", r.stderr);
        assert_eq!(languages(&json(&r.stdout)), want, "{command}");
    }
}

#[test]
fn too_little_text_to_tell_is_no_language() {
    let short = "---\npublished: 2024-03-12\n---\nLluvias.\n";
    let dir = story(&[("a.txt", short), ("b.txt", ENGLISH)]);
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let langs = languages(&json(&r.stdout));
    assert_eq!(langs[0].1, Value::Null);
    assert_eq!(langs[1].1, "en");
}

#[test]
fn a_page_says_its_language_in_its_html_element() {
    let page = "<!DOCTYPE html><html lang=\"de\"><head><title>T</title></head><body><article>\
        <p>Torrential rain that has fallen on the region since Saturday forced hundreds of \
        families from their homes, the prefecture said.</p></article></body></html>";
    let dir = story(&[("a.html", page), ("b.txt", ENGLISH)]);
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(
        languages(&json(&r.stdout))[0].1,
        "de",
        "the page's own word wins"
    );
}

#[test]
fn every_report_shows_the_languages() {
    let dir = story(&[("a.txt", FRENCH), ("b.txt", ENGLISH)]);
    let report = |format: &str| check_as(&dir, format);
    let terminal = report("terminal");
    assert!(
        terminal.contains("Le Quotidien du Fleuve, 2024-03-12, fr,"),
        "{terminal}"
    );
    assert!(
        terminal.contains("River Post, 2024-03-12, en,"),
        "{terminal}"
    );
    let markdown = report("markdown");
    assert!(markdown.contains("| language |"), "{markdown}");
    assert!(markdown.contains("| 2024-03-12 | fr |"), "{markdown}");
    let html = report("html");
    assert!(html.contains("<th>Language</th>"));
    assert!(html.contains("<td>2024-03-12</td><td>fr</td>"));
    let junit = report("junit");
    assert!(
        junit.contains(r#"<property name="lang:a" value="fr"/>"#),
        "{junit}"
    );
    assert!(
        junit.contains(r#"<property name="lang:b" value="en"/>"#),
        "{junit}"
    );
    let text = run(claimdiff().arg("text").arg(dir.path()));
    assert!(text.stdout.contains("language:  fr\n"), "{}", text.stdout);
}

#[test]
fn sarif_and_claimreview_give_the_language_of_each_appearance() {
    let a = "---\nlang: en-GB\npublished: 2024-03-12\n---\n\
        Four people were killed when a bus left the road, police said.\n";
    let b = "---\npublished: 2024-03-12\n---\n\
        Seven people were killed when a bus left the road near the pass on Sunday night, \
        police said on Monday after clearing the wreck through the night.\n";
    let dir = story(&[("a.txt", a), ("b.txt", b)]);
    let report = |format: &str| json(&check_as(&dir, format));
    let sarif = report("sarif");
    let locations = sarif["runs"][0]["results"][0]["locations"]
        .as_array()
        .expect("a conflict with its locations");
    let langs: Vec<&Value> = locations.iter().map(|l| &l["properties"]["lang"]).collect();
    assert_eq!(langs, [&Value::from("en-GB"), &Value::from("en")]);
    let review = report("claimreview");
    let appearances = review["@graph"][0]["itemReviewed"]["appearance"]
        .as_array()
        .expect("a review with its appearances");
    let langs: Vec<&Value> = appearances.iter().map(|a| &a["inLanguage"]).collect();
    assert_eq!(langs, [&Value::from("en-GB"), &Value::from("en")]);
}
