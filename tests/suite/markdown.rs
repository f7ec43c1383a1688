//! The Markdown report, read back with a real CommonMark parser (tables extension): the matrix
//! has a row per fact and a column per source, marks sit exactly where a source reports a fact,
//! and the conflicts come first with their evidence.

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
    // Then one table per count with more than one figure: its estimate, a row per figure.
    let estimates: Vec<&Value> = (facts.iter())
        .map(|f| &f["estimate"]["figures"])
        .filter(|figures| figures.as_array().is_some_and(|a| a.len() > 1))
        .collect();
    assert!(!estimates.is_empty());
    assert_eq!(
        tables.len(),
        2 + estimates.len(),
        "sources, matrix, estimates"
    );
    for (table, figures) in tables[2..].iter().zip(&estimates) {
        let figures = figures.as_array().unwrap();
        assert_eq!(table.len(), 1 + figures.len());
        for (row, figure) in table[1..].iter().zip(figures) {
            let value = figure["value"]
                .as_f64()
                .map_or("—".to_string(), |v| v.to_string());
            assert_eq!(row[0], value);
            let sources: Vec<&str> = (figure["sources"].as_array().unwrap().iter())
                .map(|s| s.as_str().unwrap())
                .collect();
            assert_eq!(row[2], sources.join(", "));
        }
    }
    assert_eq!(tables[0].len(), 1 + sources.len());
    let matrix = &tables[1];
    assert_eq!(matrix.len(), 1 + facts.len(), "a header and a row per fact");
    assert_eq!(matrix[0].len(), 2 + sources.len());
    for (row, fact) in matrix[1..].iter().zip(facts) {
        assert_eq!(row[0], fact["id"].as_str().unwrap());
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
fn conflicts_come_first_with_their_evidence_in_bold() {
    let md = claimdiff_run(["check", SAHEL, "--format", "markdown", "--fail-on", "never"]).stdout;
    let conflicts = md.find("## Conflicts (2)").expect("a conflicts section");
    let variants = md.find("## Variants").expect("a variants section");
    assert!(conflicts < variants);
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
