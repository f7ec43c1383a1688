//! The opening of the terminal report and its overview: the findings (each conflict and
//! variant in two lines, the estimate table for counts, a line per verdict counting its facts
//! per kind), the caps that keep a big story's report on a screen or two, and the source ×
//! fact matrix of the facts more than one source reports.

use std::io::Write;

use super::write_estimate;
use crate::compare::Verdict;
use crate::report::estimate::{shown_estimate, sources};
use crate::report::findings::{
    FINDINGS, Show, cut_end, folded, headline, per_kind, shorten_middle, source_count, with_labels,
};
use crate::report::palette::Palette;
use crate::report::shown::{Shown, shown};
use crate::report::{CheckReport, FactOut};

/// Facts listed per verdict before a report without `--verbose` stops and points to the full
/// formats: a big story's findings stay on a screen or two.
pub(super) const CAP: usize = 25;

/// Matrix rows shown without `--verbose`.
const MATRIX_CAP: usize = 40;

/// The findings: each conflict, then each variant, in two lines (the fact and how many sources
/// report it; its headline) with the estimate table for counts; then one line per verdict
/// counting its facts per kind.
pub(super) fn write_findings(
    sections: &[(Verdict, Vec<&FactOut>)],
    ids_labels: &[(&str, &str)],
    show: Show,
    verbose: bool,
    width: usize,
    p: Palette,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if sections.iter().any(|(v, _)| FINDINGS.contains(v)) {
        writeln!(out)?;
        writeln!(out, "{}", p.bold("Findings"))?;
    }
    for (verdict, facts) in sections.iter().filter(|(v, _)| FINDINGS.contains(v)) {
        let listed = if verbose { facts.len() } else { CAP };
        for fact in facts.iter().take(listed) {
            writeln!(
                out,
                "  {} {}",
                p.verdict(*verdict, verdict.symbol(), true),
                p.bold(&fact.id),
            )?;
            let line = format!(
                "{}: {}",
                sources(source_count(fact)),
                with_labels(&headline(fact), ids_labels)
            );
            // A conflict's headline may take two lines: both sides of it should show.
            let lines = if *verdict == Verdict::Conflict { 2 } else { 1 };
            let room = (width.saturating_sub(8)) * lines;
            writeln!(out, "      {}", Shown(&cut_end(&line, room)))?;
            if let Some(e) = shown_estimate(fact) {
                write_estimate(e, ids_labels, p, out)?;
            }
        }
        write_more(facts.len().saturating_sub(listed), *verdict, p, out)?;
    }
    writeln!(out)?;
    for (verdict, facts) in sections {
        writeln!(
            out,
            "  {} {}: {}",
            p.verdict(*verdict, facts.len(), true),
            verdict.as_str(),
            per_kind(facts.iter().copied())
        )?;
    }
    if let Some((named, flags)) = folded(sections, show) {
        let hint = format!(
            "{named} facts are counted, not listed: --show {flags} or --verbose lists them"
        );
        writeln!(out, "  {}", p.dim(hint))?;
    }
    Ok(())
}

/// The line that says how many facts of a verdict a capped report leaves out, and where they
/// are.
pub(super) fn write_more(
    left: usize,
    verdict: Verdict,
    p: Palette,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if left == 0 {
        return Ok(());
    }
    let hint = format!(
        "… and {left} more {} facts: --verbose lists every fact; -o report.html or \
         --format json writes them all",
        verdict.as_str()
    );
    writeln!(out, "  {}", p.dim(hint))
}

/// The source × fact matrix of the facts at least two sources report, in report order: a row
/// per fact, a column per source, a coloured mark where the source reports the fact (≠
/// conflict, ≈ variant, = agree). Row labels are shortened in the middle to fit the width, and
/// numbered when shortening would make two of them alike.
pub(super) fn write_matrix(
    report: &CheckReport,
    shared: &[&FactOut],
    labels: &[String],
    verbose: bool,
    width: usize,
    p: Palette,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if shared.is_empty() {
        return Ok(());
    }
    let rows = if verbose { shared.len() } else { MATRIX_CAP };
    let shown = &shared[..rows.min(shared.len())];
    let column = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(1)
        .max(1)
        + 1;
    let room = width.saturating_sub(2 + column * labels.len()).max(12);
    let ids = row_labels(shown, room);
    let id_width = ids.iter().map(|id| id.chars().count()).max().unwrap_or(0);
    writeln!(out)?;
    writeln!(out, "{}", p.bold("Facts in more than one source"))?;
    let mut head = format!("  {:id_width$}", "");
    for l in labels {
        head.push_str(&format!("{l:>column$}"));
    }
    writeln!(out, "{}", p.bold(head))?;
    for (f, id) in shown.iter().zip(&ids) {
        let mut row = format!("  {id:id_width$}");
        for source in &report.sources {
            let reported = f.reports.iter().any(|r| *r.source == *source.id);
            let cell = if reported { f.verdict.symbol() } else { "·" };
            let padded = format!("{cell:>column$}");
            row.push_str(&if reported {
                p.verdict(f.verdict, padded, false).to_string()
            } else {
                p.dim(padded).to_string()
            });
        }
        writeln!(out, "{row}")?;
    }
    let hidden = shared.len() - shown.len();
    if hidden > 0 {
        let hint = format!("… and {hidden} more rows: --verbose shows them all");
        writeln!(out, "  {}", p.dim(hint))?;
    }
    Ok(())
}

/// The matrix's row labels: each fact id shortened in the middle to `room` characters, or,
/// when two shortened ids would read alike, numbered rows with the ids shortened after the
/// number.
fn row_labels(facts: &[&FactOut], room: usize) -> Vec<String> {
    let short: Vec<String> = (facts.iter())
        .map(|f| shorten_middle(&shown(&f.id), room).into_owned())
        .collect();
    let distinct: std::collections::BTreeSet<&String> = short.iter().collect();
    if distinct.len() == short.len() {
        return short;
    }
    let digits = facts.len().to_string().len();
    (facts.iter().enumerate())
        .map(|(i, f)| {
            let id = shorten_middle(&shown(&f.id), room.saturating_sub(digits + 2)).into_owned();
            format!("{:>digits$}. {id}", i + 1)
        })
        .collect()
}

#[cfg(test)]
mod tests;
