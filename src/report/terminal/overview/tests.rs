use super::*;
use crate::claim::Kind;
use crate::report::findings::tests::{count, fact, number, report};
use crate::report::{CheckOptions, SCHEMA_VERSION, SourceInfo, Summary, write_check_terminal};

fn source(id: &str) -> SourceInfo {
    SourceInfo {
        id: id.to_string(),
        path: format!("{id}.txt").into(),
        outlet: None,
        published: None,
        published_from: None,
        lang: None,
        claim_count: 1,
        meta: Default::default(),
        url: None,
        title: None,
    }
}

/// A story of two sources with `conflicts` conflicting counts and `agreements` agreed names.
fn story(conflicts: usize, agreements: usize) -> CheckReport {
    let mut facts: Vec<FactOut> = (0..conflicts)
        .map(|i| {
            let id = format!("casualty_count/killed/group-{i:02}");
            count(&id, Verdict::Conflict, &[("a", 5.0), ("b", 6.0 + i as f64)])
        })
        .collect();
    facts.extend((0..agreements).map(|i| {
        let reports = vec![
            report("a", "Kora", number(1.0)),
            report("b", "Kora", number(1.0)),
        ];
        fact(
            &format!("name/place-{i:02}"),
            Kind::Name,
            Verdict::Agree,
            reports,
        )
    }));
    CheckReport {
        schema_version: SCHEMA_VERSION,
        sources: vec![source("a"), source("b")],
        summary: Summary {
            sources: 2,
            facts: facts.len(),
            conflict: conflicts,
            agree: agreements,
            ..Summary::default()
        },
        facts,
        warnings: Vec::new(),
    }
}

fn terminal(report: &CheckReport, options: CheckOptions) -> String {
    let mut out = Vec::new();
    write_check_terminal(report, options, &mut out).unwrap();
    String::from_utf8(out).unwrap()
}

#[test]
fn a_big_story_is_capped_after_its_findings_and_points_to_the_full_formats() {
    let big = story(40, 50);
    let out = terminal(&big, CheckOptions::default());
    let listed = |out: &str, prefix: &str| out.lines().filter(|l| l.starts_with(prefix)).count();
    // Findings first: 25 conflicts in two lines each, the widest spread first.
    assert_eq!(listed(&out, "  ≠ casualty_count/killed/group-"), CAP);
    assert_eq!(
        out.lines().nth(4),
        Some("  ≠ casualty_count/killed/group-39")
    );
    assert_eq!(listed(&out, "  conflict casualty_count/"), CAP);
    let more = "  … and 15 more conflict facts: --verbose lists every fact; -o report.html or";
    assert_eq!(listed(&out, more), 2, "{out}");
    // Agreements are counted, not listed; the matrix stops at its cap.
    assert!(out.contains("\n  50 agree: 50 name\n"), "{out}");
    assert!(!out.contains("Agreements ("));
    assert!(
        out.contains("  … and 50 more rows: --verbose shows them all"),
        "{out}"
    );
    assert!(out.lines().count() < 250, "{} lines", out.lines().count());

    let verbose = CheckOptions {
        verbose: true,
        ..CheckOptions::default()
    };
    let all = terminal(&big, verbose);
    assert_eq!(listed(&all, "  ≠ casualty_count/killed/group-"), 40);
    assert_eq!(listed(&all, "  conflict casualty_count/"), 40);
    assert_eq!(listed(&all, "  agree name/place-"), 50);
    assert!(!all.contains("more conflict facts") && !all.contains("more rows"));
}

#[test]
fn matrix_labels_stay_distinct_at_any_width() {
    let facts = [
        count(
            "casualty_count/killed/people/north/2024",
            Verdict::Agree,
            &[],
        ),
        count(
            "casualty_count/injured/people/north/2024",
            Verdict::Agree,
            &[],
        ),
        count("casualty_count/injured/people", Verdict::Agree, &[]),
    ];
    let refs: Vec<&FactOut> = facts.iter().collect();
    for room in [12, 20, 30, 60] {
        let labels = row_labels(&refs, room);
        let distinct: std::collections::BTreeSet<&String> = labels.iter().collect();
        assert_eq!(distinct.len(), 3, "{labels:?} at {room}");
        assert!(
            labels.iter().all(|l| l.chars().count() <= room),
            "{labels:?}"
        );
    }
    // Shortened alike, the rows are numbered.
    assert_eq!(row_labels(&refs, 20)[0], "1. casualty…rth/2024");
    assert_eq!(row_labels(&refs, 20)[2], "3. casualty…d/people");
    // With room, the ids stay whole.
    assert_eq!(row_labels(&refs, 60)[2], "casualty_count/injured/people");
}
