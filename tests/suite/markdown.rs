//! The Markdown report, read back with a real CommonMark parser (tables extension): the
//! findings come first, ranked, then the evidence of conflicts and variants; the matrix has a
//! row per fact more than one source reports and a column per source, marks sit exactly where a
//! source reports a fact; agreements and single-source facts are counted unless asked for.

use pulldown_cmark::{Event, Options, Parser, Tag, TagEnd};
use serde_json::Value;

use crate::common::*;

const SAHEL: &str = "fixtures/sahel-2024";

/// The rows (cells as text) of each table in the document.
fn tables(md: &str) -> Vec<Vec<Vec<String>>> {
    let mut tables = Vec::new();
    let mut rows: Vec<Vec<String>> = Vec::new();
    let mut row: Vec<String> = Vec::new();
    let mut cell: Option<String> = None;
    for event in Parser::new_ext(md, Options::ENABLE_TABLES | Options::ENABLE_STRIKETHROUGH) {
        match event {
            Event::Start(Tag::TableCell) => cell = Some(String::new()),
            Event::End(TagEnd::TableCell) => row.push(cell.take().unwrap_or_default()),
            Event::End(TagEnd::TableHead) | Event::End(TagEnd::TableRow) => {
                rows.push(std::mem::take(&mut row))
            }
            Event::End(TagEnd::Table) => tables.push(std::mem::take(&mut rows)),
            Event::Text(t) | Event::Code(t) => {
                if let Some(c) = cell.as_mut() {
                    c.push_str(&t);
                }
            }
            _ => {}
        }
    }
    tables
}

#[test]
fn the_matrix_marks_exactly_the_sources_that_report_each_fact() {
    let md = claimdiff_run(["check", SAHEL, "--format", "markdown", "--fail-on", "never"]);
    assert_eq!(md.code, 0, "{}", md.stderr);
    let doc: Value =
        json(&claimdiff_run(["check", SAHEL, "--format", "json", "--fail-on", "never"]).stdout);
    let facts = doc["facts"].as_array().unwrap();
    let sources: Vec<&str> = doc["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap())
        .collect();
    let tables = tables(&md.stdout);
    let header = |t: &Vec<Vec<String>>, first: &str| t.first().is_some_and(|h| h[0] == first);
    // Each count with more than one figure has its estimate table, in the findings and again
    // with its evidence: a row per figure, its best estimate and sources as the JSON gives them.
    let estimates: Vec<&Vec<Vec<String>>> = tables
        .iter()
        .filter(|t| header(t, "Best estimate"))
        .collect();
    assert!(!estimates.is_empty());
    for table in &estimates {
        let fact = facts.iter().find(|f| {
            let figures = f["estimate"]["figures"].as_array();
            figures.is_some_and(|fs| {
                fs.len() == table.len() - 1
                    && fs.iter().zip(&table[1..]).all(|(figure, row)| {
                        let value = figure["value"]
                            .as_f64()
                            .map_or("—".to_string(), |v| v.to_string());
                        let sources: Vec<&str> = (figure["sources"].as_array().unwrap().iter())
                            .map(|s| s.as_str().unwrap())
                            .collect();
                        row[0] == value && row[2] == sources.join(", ")
                    })
            })
        });
        assert!(fact.is_some(), "an estimate table no fact has: {table:?}");
    }
    let source_table = tables.iter().find(|t| header(t, "source")).unwrap();
    assert_eq!(source_table.len(), 1 + sources.len());
    let matrix = tables.iter().find(|t| header(t, "fact")).unwrap();
    // A row per fact that more than one source reports; none for single-source facts.
    let shared: Vec<&Value> = (facts.iter())
        .filter(|f| {
            let reports = f["reports"].as_array().unwrap();
            let first = &reports[0]["source"];
            reports.iter().any(|r| r["source"] != *first)
        })
        .collect();
    assert!(shared.len() < facts.len());
    assert_eq!(
        matrix.len(),
        1 + shared.len(),
        "a header and a row per shared fact"
    );
    assert_eq!(matrix[0].len(), 2 + sources.len());
    for row in &matrix[1..] {
        let fact = (shared.iter())
            .find(|f| f["id"] == row[0].as_str())
            .unwrap_or_else(|| panic!("row {} is no shared fact", row[0]));
        assert_eq!(row[1], fact["verdict"].as_str().unwrap());
        for (i, source) in sources.iter().enumerate() {
            let reports = fact["reports"]
                .as_array()
                .unwrap()
                .iter()
                .filter(|r| r["source"] == *source)
                .count();
            assert_eq!(!row[2 + i].is_empty(), reports > 0, "{} / {source}", row[0]);
        }
    }
}

#[test]
fn findings_then_conflicts_come_first_with_their_evidence_in_bold() {
    let md = claimdiff_run(["check", SAHEL, "--format", "markdown", "--fail-on", "never"]).stdout;
    let findings = md.find("## Findings").expect("a findings section");
    let conflicts = md.find("## Conflicts (2)").expect("a conflicts section");
    let variants = md.find("## Variants").expect("a variants section");
    assert!(findings < conflicts && conflicts < variants);
    // Each conflict is a finding line, before any variant's.
    let first_variant = md.find("- ≈ **variant**").expect("variant findings");
    assert_eq!(md.matches("- ≠ **conflict** `").count(), 2, "{md}");
    assert!(md.rfind("- ≠ **conflict** `").unwrap() < first_variant);
    // Agreements and single-source facts are counted per kind, not listed.
    assert!(!md.contains("## Agreements") && !md.contains("## Single source"));
    let doc = json(&claimdiff_run(["check", SAHEL, "--format", "json"]).stdout);
    let (agree, single) = (&doc["summary"]["agree"], &doc["summary"]["single_source"]);
    assert!(md.contains(&format!("- **{agree} agree**: ")), "{md}");
    assert!(
        md.contains(&format!("- **{single} single_source**: ")),
        "{md}"
    );
    let verbose = claimdiff_run(["check", SAHEL, "--format", "markdown", "--verbose"]).stdout;
    assert!(verbose.contains(&format!("## Agreements ({agree})")));
    assert!(verbose.contains(&format!("## Single source ({single})")));
    // The coup date conflict quotes both sentences with the dates in bold.
    assert!(md.contains("overthrown in a coup in **July 2023**"), "{md}");
    // Name diffs: the town's letters struck and inserted.
    assert!(md.contains("Tinzaouat~~e~~**è**ne"), "{md}");
}

#[test]
fn claims_refuses_a_check_only_format() {
    let r = claimdiff_run(["claims", SAHEL, "--format", "markdown"]);
    assert_eq!(r.code, 2);
    assert!(
        r.stderr.contains("--format markdown applies to check only"),
        "{}",
        r.stderr
    );
}
