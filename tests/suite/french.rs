//! French articles read with the French rules: counts, dates, hedges and claimants as French
//! outlets write them, and counts and dates of one event joining across French and English.

use serde_json::Value;

use crate::common::*;

/// The claims of one French article (front matter `lang: fr`) published on `published`.
fn french_claims(published: &str, text: &str) -> Vec<Value> {
    let article = format!("---\nlang: fr\npublished: {published}\n---\n{text}\n");
    let dir = story(&[("a.txt", &article)]);
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path().join("a.txt"))
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    json(&r.stdout)["sources"][0]["claims"]
        .as_array()
        .expect("claims")
        .clone()
}

fn with_surface<'a>(claims: &'a [Value], surface: &str) -> &'a Value {
    claims
        .iter()
        .find(|c| str_of(c, "surface") == surface)
        .unwrap_or_else(|| panic!("no claim {surface:?} in {claims:#?}"))
}

#[test]
fn a_count_with_a_part_in_an_aside_its_date_and_its_claimant() {
    let claims = french_claims(
        "2025-04-05",
        "Au moins 8 soldats, dont 2 officiers, ont été tués jeudi 3 avril dans une embuscade \
         près de Koulé, selon l'état-major.",
    );
    let whole = with_surface(
        &claims,
        "Au moins 8 soldats, dont 2 officiers, ont été tués",
    );
    assert_eq!(whole["kind"], "casualty_count");
    assert_eq!(whole["outcome"], "killed");
    assert_eq!(whole["victim_group"], "soldiers");
    assert_eq!(whole["value"]["min"], 8.0);
    assert_eq!(whole["value"]["hedge"]["kind"], "at_least");
    assert_eq!(whole["claimant"], "l'état-major");
    let part = with_surface(&claims, "2 officiers, ont été tués");
    assert_eq!(part["outcome"], "killed");
    assert_eq!(part["part"], true, "{part:#}");
    let date = with_surface(&claims, "jeudi 3 avril");
    assert_eq!(date["kind"], "date");
    assert_eq!(date["value"]["start"], "2025-04-03");
    assert_eq!(date["event"], "ambush");
    // "3 avril" is a date, not a count of something.
    assert!(
        !claims.iter().any(|c| c["kind"] == "quantity"),
        "{claims:#?}"
    );
}

#[test]
fn active_verbs_inverted_claimants_and_approximate_numbers() {
    let claims = french_claims(
        "2025-04-05",
        "Des hommes armés ont tué 12 villageois mardi soir, d'après des sources locales. \
         Une quinzaine de personnes ont été blessées, a indiqué le procureur.",
    );
    let killed = with_surface(&claims, "tué 12 villageois");
    assert_eq!(killed["victim_group"], "civilians");
    assert_eq!(killed["claimant"], "des sources locales");
    let hurt = with_surface(&claims, "Une quinzaine de personnes ont été blessées");
    assert_eq!(hurt["outcome"], "injured");
    let bound = |b: &str| hurt["value"][b].as_f64();
    assert_eq!((bound("min"), bound("max")), (Some(13.0), Some(17.0)));
    assert_eq!(hurt["claimant"], "le procureur");
}

#[test]
fn ranges_parts_and_days_counted_back() {
    let claims = french_claims(
        "2025-04-05",
        "Les combats ont fait 30 morts du 1er au 3 avril. Il y a deux jours, 6 gendarmes \
         avaient péri dans l'explosion d'une mine. Les pluies reprendront fin avril.",
    );
    let range = with_surface(&claims, "du 1er au 3 avril");
    assert_eq!(range["value"]["start"], "2025-04-01");
    assert_eq!(range["value"]["end"], "2025-04-03");
    let back = with_surface(&claims, "Il y a deux jours");
    assert_eq!(back["value"]["start"], "2025-04-03");
    // The elided article is a word of its own: "l'explosion" names the event.
    assert_eq!(back["event"], "explosion");
    let dead = with_surface(&claims, "6 gendarmes avaient péri");
    assert_eq!(dead["victim_group"], "soldiers");
    let late = with_surface(&claims, "fin avril");
    assert_eq!(late["value"]["start"], "2025-04-16");
    assert_eq!(late["value"]["end"], "2025-04-30");
}

#[test]
fn an_english_article_is_not_read_with_french_words() {
    // "selon" opens a claimant only in French: in English it is a name.
    let article = "---\npublished: 2025-04-05\n---\nAt least 8 soldiers were killed on \
        Thursday when their convoy was ambushed on the road to the border post, said Selon \
        Diarra, a local official who spoke to reporters at the district hospital.\n";
    let dir = story(&[("a.txt", article)]);
    let r = run(claimdiff()
        .arg("claims")
        .arg(dir.path())
        .args(["--format", "json"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["sources"][0]["lang"], "en");
    let claims = doc["sources"][0]["claims"].as_array().unwrap();
    let count = claims
        .iter()
        .find(|c| c["kind"] == "casualty_count")
        .unwrap();
    assert_eq!(count["claimant"], "Selon Diarra", "{count:#}");
}

#[test]
fn counts_and_dates_of_one_event_join_across_languages() {
    let facts = check_facts("fixtures/invented-french-ferry");
    let killed = fact_by_id(&facts, "casualty_count/killed/civilians");
    let langs = |fact: &Value| {
        let mut sources: Vec<String> = fact["reports"]
            .as_array()
            .unwrap()
            .iter()
            .map(|r| str_of(r, "source").to_string())
            .collect();
        sources.dedup();
        sources
    };
    // a is French (detected), c English.
    assert_eq!(langs(killed), ["a", "c"]);
    assert_eq!(killed["verdict"], "agree");
    let injured = fact_by_id(&facts, "casualty_count/injured/people");
    assert_eq!(langs(injured), ["a", "b", "c"]);
    let date = fact_by_id(&facts, "date/attack/sirakoro");
    assert_eq!(langs(date), ["a", "b", "c"]);
    assert_eq!(date["verdict"], "agree");
}
