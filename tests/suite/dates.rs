//! Date claims and date facts through the binary: the Sahel story's meeting, coup and reporting
//! dates, an invented story with date conflicts, and the rule settings that change verdicts.
//!
//! Locations are checked against the article files, intervals against the calendar.

use serde_json::Value;

use crate::common::*;

const SAHEL: &str = "fixtures/sahel-2024";
const LOME: &str = "fixtures/invented-lome-summit";

/// The facts of `check --format json` on `path`, with the run.
fn facts(path: &str, extra: &[&str]) -> (Run, Vec<Value>) {
    let mut args = vec!["check", path, "--format", "json", "--fail-on", "never"];
    args.extend_from_slice(extra);
    let r = claimdiff_run(&args);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let facts = json(&r.stdout)["facts"].as_array().unwrap().clone();
    (r, facts)
}

fn fact<'a>(facts: &'a [Value], id: &str) -> &'a Value {
    facts
        .iter()
        .find(|f| f["id"] == id)
        .unwrap_or_else(|| panic!("no fact {id} in {facts:#?}"))
}

/// (source, surface, start, end, precision) of each report of a fact.
fn dated(fact: &Value) -> Vec<(String, String, String, String, String)> {
    fact["reports"]
        .as_array()
        .unwrap()
        .iter()
        .map(|r| {
            (
                str_of(r, "source").chars().take(3).collect(),
                str_of(r, "surface").to_string(),
                str_of(&r["value"], "start").to_string(),
                str_of(&r["value"], "end").to_string(),
                str_of(&r["value"], "precision").to_string(),
            )
        })
        .collect()
}

fn row(
    s: &str,
    surface: &str,
    start: &str,
    end: &str,
    p: &str,
) -> (String, String, String, String, String) {
    (s.into(), surface.into(), start.into(), end.into(), p.into())
}

#[test]
fn sahel_meeting_dates_from_two_outlets_are_one_agreeing_fact() {
    let (_, facts) = facts(SAHEL, &[]);
    let meetings: Vec<&Value> = facts
        .iter()
        .filter(|f| str_of(f, "id").starts_with("date/meeting/"))
        .filter(|f| f["reports"].as_array().unwrap().len() > 1)
        .collect();
    assert_eq!(meetings.len(), 1, "one meeting fact with several reports");
    let m = meetings[0];
    assert_eq!(m["verdict"], "agree");
    let rows = dated(m);
    for want in [
        row(
            "000",
            "late August",
            "2024-08-16",
            "2024-08-31",
            "month_part",
        ),
        row(
            "000",
            "the end of August",
            "2024-08-16",
            "2024-08-31",
            "month_part",
        ),
        row(
            "000",
            "from August 25 to 29",
            "2024-08-25",
            "2024-08-29",
            "day",
        ),
        row(
            "001",
            "late August",
            "2024-08-16",
            "2024-08-31",
            "month_part",
        ),
        row(
            "001",
            "from August 25 to 29",
            "2024-08-25",
            "2024-08-29",
            "day",
        ),
        row(
            "001",
            "from August 25-29, 2024",
            "2024-08-25",
            "2024-08-29",
            "day",
        ),
    ] {
        assert!(rows.contains(&want), "{want:?} missing from {rows:#?}");
    }
    let notes = m["notes"].as_array().unwrap();
    assert!(
        notes
            .iter()
            .any(|n| n.as_str().unwrap().contains("different precisions")),
        "{notes:?}"
    );
    for r in m["reports"].as_array().unwrap() {
        assert_eq!(r["role"], "event");
        assert_eq!(r["event"], "meeting");
        let text = read(format!("{SAHEL}/{}.txt", str_of(r, "source")));
        assert_surface_at(
            &text,
            r["line"].as_u64().unwrap(),
            r["column"].as_u64().unwrap(),
            str_of(r, "surface"),
            "meeting report",
        );
    }
}

#[test]
fn sahel_niger_coup_dated_differently_is_a_conflict_and_mali_coup_agrees() {
    let (_, facts) = facts(SAHEL, &[]);
    let niger = fact(&facts, "date/coup/niger");
    assert_eq!(niger["verdict"], "conflict");
    assert_eq!(
        dated(niger),
        [
            row("000", "July 2023", "2023-07-01", "2023-07-31", "month"),
            row("004", "2020", "2020-01-01", "2020-12-31", "year"),
        ]
    );
    let note = niger["notes"][0].as_str().unwrap();
    assert!(
        note.contains("2023-07-01 – 2023-07-31") && note.contains("2020-01-01 – 2020-12-31"),
        "both intervals side by side: {note}"
    );
    let mali = fact(&facts, "date/coup/mali");
    assert_eq!(mali["verdict"], "agree");
    let sources: Vec<String> = dated(mali).into_iter().map(|r| r.0).collect();
    assert_eq!(sources, ["003", "004"]);
}

#[test]
fn sahel_monday_resolves_against_publication_and_is_a_reporting_date() {
    let claims = claims_of(&format!("{SAHEL}/001_391265b657f1b09d.txt"));
    let monday = claims
        .iter()
        .find(|c| c["surface"] == "Monday")
        .expect("a Monday claim");
    assert_eq!(monday["kind"], "date");
    // Published 2 Sep 2024, a Monday: "on Monday" is that day.
    assert_eq!(monday["value"]["start"], "2024-09-02");
    assert_eq!(monday["value"]["end"], "2024-09-02");
    assert_eq!(monday["role"], "reporting");
    assert_eq!(monday["cue"], "confirmed");
    // 000 gets its publication date from the story's manifest, so it is read with its story.
    let r = claimdiff_run(["claims", SAHEL, "--format", "json"]);
    let doc = json(&r.stdout);
    let claims = doc["sources"][0]["claims"].as_array().unwrap();
    assert_eq!(doc["sources"][0]["id"], "000_0eb5f3827cff8959");
    let dated = claims
        .iter()
        .find(|c| c["surface"] == "Monday, September 2")
        .expect("the weekday and date together");
    assert_eq!(dated["value"]["start"], "2024-09-02");
    assert_eq!(dated["role"], "reporting");
    assert!(
        dated.get("warning").is_none(),
        "2 September 2024 was a Monday"
    );
}

#[test]
fn year_less_dates_without_a_publication_date_stay_unresolved_and_are_not_compared() {
    let claims = claims_of(&format!("{SAHEL}/004_fcd1b60b543d505c.txt"));
    let early = claims
        .iter()
        .find(|c| c["surface"] == "early August")
        .expect("early August");
    assert!(early["value"].is_null());
    assert!(str_of(early, "unresolved").contains("no publication date"));
    // "In early August, northern rebels reported fierce fighting": the report's date.
    assert_eq!(early["role"], "reporting");
    let (_, facts) = facts(SAHEL, &[]);
    let compared = facts
        .iter()
        .flat_map(|f| f["reports"].as_array().unwrap())
        .any(|r| r["surface"] == "early August");
    assert!(!compared);
}

#[test]
fn invented_summit_dates_conflict_and_a_wrong_weekday_is_a_warning() {
    let r = claimdiff_run(["check", LOME]);
    assert_eq!(r.code, 1, "conflicts fail the run by default");
    assert!(
        r.stderr.contains(
            "c.txt: 7:22: \"Monday, June 3\": the text says Monday, but 2025-06-03 was a Tuesday"
        ),
        "{}",
        r.stderr
    );
    let (_, facts) = facts(LOME, &[]);
    let meeting = fact(&facts, "date/meeting/guinea");
    assert_eq!(meeting["verdict"], "conflict");
    let rows = dated(meeting);
    assert!(rows.contains(&row(
        "b",
        "late May",
        "2025-05-16",
        "2025-05-31",
        "month_part"
    )));
    // "early this month" read on 2025-06-05; "Wednesday" read on Thursday 2025-06-05.
    assert!(rows.contains(&row(
        "c",
        "early this month",
        "2025-06-01",
        "2025-06-15",
        "month_part"
    )));
    assert!(rows.contains(&row("c", "Wednesday", "2025-06-04", "2025-06-04", "day")));
    // Reporting dates ("told reporters on Monday", "officials said on Sunday") are in no fact.
    let reporting = facts
        .iter()
        .filter(|f| f["kind"] == "date")
        .flat_map(|f| f["reports"].as_array().unwrap())
        .filter(|r| r["role"] != "event")
        .count();
    assert_eq!(reporting, 0);
}

#[test]
fn period_windows_and_day_tolerance_come_from_the_rules() {
    let dir = story(&[
        (
            "a.txt",
            "---\npublished: 2024-09-10\n---\nThe two leaders met in Niamey on August 18.\n",
        ),
        (
            "b.txt",
            "---\npublished: 2024-09-10\n---\nThe leaders met in Niamey in late August.\n",
        ),
    ]);
    let path = dir.path().to_str().unwrap();
    let verdict_with = |rules: &str| {
        std::fs::write(dir.path().join("rules.yaml"), rules).unwrap();
        let (_, f) = facts(path, &[]);
        fact(&f, "date/meeting/niamey")["verdict"].clone()
    };
    // Default: late is the 16th to the end, so the 18th is late August.
    assert_eq!(verdict_with(""), "agree");
    // Thirds: late starts on the 21st.
    let thirds = "dates:\n  parts:\n    late: {month_days: [21, 31]}\n";
    assert_eq!(verdict_with(thirds), "conflict");
    // Three days of slack close the gap from the 18th to the 21st.
    let slack = format!("{thirds}facts:\n  - kind: date\n    tolerance: {{days: 3}}\n");
    assert_eq!(verdict_with(&slack), "agree");
}

#[test]
fn a_bad_period_window_is_an_error_naming_the_key() {
    let dir = story(&[(
        "rules.yaml",
        "dates:\n  parts:\n    late: {month_days: [20, 40]}\n",
    )]);
    let file = dir.path().join("rules.yaml");
    let r = claimdiff_run(["rules", "check", file.to_str().unwrap()]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("dates.parts.late.month_days") && r.stderr.contains("rules.yaml"),
        "{}",
        r.stderr
    );
}

#[test]
fn impossible_days_are_no_claims() {
    let dir = story(&[(
        "a.txt",
        "---\npublished: 2024-09-10\n---\nThe vote was held on February 30, 2024, said one paper; another wrote 2024-13-01. The accord was signed on February 29, 2024.\n",
    )]);
    let claims = claims_of(dir.path().to_str().unwrap());
    let dates: Vec<(&str, &Value)> = claims
        .iter()
        .filter(|c| c["kind"] == "date")
        .map(|c| (str_of(c, "surface"), &c["value"]["start"]))
        .collect();
    assert_eq!(dates.len(), 1, "{dates:?}");
    assert_eq!(dates[0].0, "February 29, 2024");
    assert_eq!(dates[0].1, "2024-02-29");
}

/// A story's rules.yaml adds a holiday of its own, and a wrong entry is reported at its line
/// and column.
#[test]
fn a_story_adds_a_holiday_and_a_wrong_one_is_located() {
    let article = "---\npublished: 2024-09-20\n---\nThe market burned on Harvest Fair night.\n";
    let rules = "dates:\n  holidays:\n    - {names: [\"harvest fair\"], month: 9, weekday: saturday, nth: 2}\n";
    let dir = story(&[("a.txt", article), ("rules.yaml", rules)]);
    let r = claimdiff_run(["claims", dir.path().to_str().unwrap(), "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    let claims = doc["sources"][0]["claims"].as_array().unwrap();
    let fair = claims
        .iter()
        .find(|c| c["kind"] == "date")
        .unwrap_or_else(|| panic!("no date in {claims:#?}"));
    assert_eq!(str_of(fair, "surface"), "Harvest Fair");
    assert_eq!(str_of(&fair["value"], "start"), "2024-09-14");
    assert_eq!(str_of(&fair["value"], "end"), "2024-09-14");

    let wrong = "dates:\n  holidays:\n    - {names: [fair], month: 9, weekday: someday, nth: 2}\n";
    let dir = story(&[("a.txt", article), ("rules.yaml", wrong)]);
    let r = claimdiff_run(["claims", dir.path().to_str().unwrap()]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("rules.yaml:3:"), "{}", r.stderr);
    assert!(r.stderr.contains("not a weekday"), "{}", r.stderr);
}

/// A numeric date whose numbers leave the order of day and month open ("5/12") is not read
/// where neither the rules nor the article's language decide it: a warning names the file,
/// line and column once per text, and the run exits as it would without it. An article in
/// British English reads it day first.
#[test]
fn an_open_numeric_date_is_a_warning_unless_the_language_decides() {
    let open = "Rebels attacked the town on Monday, officials said. The council will meet \
                again on 5/12.\n\nThe vote is due 5/12 as well.\n\nThe siege lasted 3 1/2 years.\n";
    let british = "---\nlang: en-GB\npublished: 2024-09-04\n---\nThe council will meet again \
                   on 5/12, officials said.\n";
    let dir = story(&[("a.txt", open), ("b.txt", british)]);
    let path = dir.path().to_str().unwrap();
    let r = claimdiff_run(["claims", path, "--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let warning = "a.txt: 1:84: ambiguous numeric date \"5/12\": day and month order unknown; \
                   set dates.numeric_order to mdy or dmy";
    assert!(r.stderr.contains(warning), "{}", r.stderr);
    assert_eq!(
        r.stderr.matches("ambiguous numeric date").count(),
        1,
        "{}",
        r.stderr
    );
    let out = json(&r.stdout);
    let warnings: Vec<&str> = out["warnings"]
        .as_array()
        .unwrap()
        .iter()
        .map(|w| str_of(w, "message"))
        .filter(|m| m.contains("numeric"))
        .collect();
    assert_eq!(
        warnings,
        [
            "1:84: ambiguous numeric date \"5/12\": day and month order unknown; set \
          dates.numeric_order to mdy or dmy"
        ]
    );
    let days: Vec<(String, String)> = out["sources"]
        .as_array()
        .unwrap()
        .iter()
        .flat_map(|s| s["claims"].as_array().unwrap().iter())
        .filter(|c| c["kind"] == "date")
        .map(|c| {
            (
                str_of(c, "surface").to_string(),
                c["value"]["start"].as_str().unwrap_or("").to_string(),
            )
        })
        .collect();
    assert!(
        days.contains(&("5/12".to_string(), "2023-12-05".to_string())),
        "{days:?}"
    );
    assert_eq!(
        days.iter().filter(|(s, _)| s == "5/12").count(),
        1,
        "{days:?}"
    );
    // With the order set, nothing is left open.
    let elsewhere = tempfile::tempdir().unwrap();
    let rules = elsewhere.path().join("rules.yaml");
    std::fs::write(&rules, "version: 1\ndates:\n  numeric_order: mdy\n").unwrap();
    let r = claimdiff_run(["claims", path, "--rules", rules.to_str().unwrap()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(!r.stderr.contains("ambiguous"), "{}", r.stderr);
}
