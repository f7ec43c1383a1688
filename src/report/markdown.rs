//! The Markdown reporter: the terminal report's content as GitHub-flavoured Markdown, to paste
//! into a fact-check document or a pull request.
//!
//! Layout: the counts; the findings (a line per conflict and variant, ranked as the terminal
//! ranks them, with the estimate table for counts) and a line per verdict counting its facts
//! per kind; the facts of the verdicts `--show` lists (conflicts and variants by default, all
//! with `--verbose`), each with its notes and evidence: `source:line:column`, the surface, the
//! value and claimant, and the sentence with the claim in bold. Name forms and quote renderings
//! show their diffs with `~~deleted~~` and `**inserted**` words. Then a source × fact matrix of
//! the facts more than one source reports, the sources as a table, and the warnings. Text from
//! articles is escaped, so an article cannot inject Markdown or HTML into the report.

use std::io::Write;

use super::estimate::{figure_value, shown_estimate, summary};
use super::findings::{
    FINDINGS, Show, folded, headline, per_kind, ranked_sections, shared, source_count,
};
use super::shown::{is_control, push_shown, shown};
use super::{CheckOptions, CheckReport, FactOut, ReportOut};
use crate::compare::{DiffOp, Estimate, Span, Verdict};

/// Writes `check` output as Markdown: the findings first, then the evidence of the verdicts
/// `options.show` lists (every verdict with `options.verbose`), the matrix of facts reported by
/// more than one source, the sources and the warnings.
pub fn write_check_markdown(
    report: &CheckReport,
    options: CheckOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let s = &report.summary;
    let show = options.listed();
    let sections = ranked_sections(report);
    writeln!(out, "# claimdiff report\n")?;
    writeln!(
        out,
        "{} sources, {} facts: **{} conflict**, {} variant, {} agree, {} single source.",
        s.sources, s.facts, s.conflict, s.variant, s.agree, s.single_source
    )?;
    write_findings(&sections, show, out)?;
    for (verdict, facts) in sections.iter().filter(|(v, _)| show.contains(*v)) {
        writeln!(out, "\n## {} ({})", verdict.heading(), facts.len())?;
        for f in facts {
            write_fact(f, out)?;
        }
    }
    let shared = shared(&sections);
    write_matrix(report, &shared, out)?;
    writeln!(out, "\n## Sources\n")?;
    writeln!(out, "| source | outlet | published | language | claims |")?;
    writeln!(out, "|---|---|---|---|---:|")?;
    for src in &report.sources {
        writeln!(
            out,
            "| `{}` | {} | {} | {} | {} |",
            code_cell(&src.id),
            text(src.outlet.as_deref().unwrap_or("unknown")),
            text(src.published.as_deref().unwrap_or("unknown")),
            text(src.lang.as_deref().unwrap_or("unknown")),
            src.claim_count
        )?;
    }
    if !report.warnings.is_empty() {
        writeln!(out, "\n## Warnings\n")?;
        for w in &report.warnings {
            writeln!(
                out,
                "- `{}`: {}",
                inline(&w.path.display().to_string()),
                text(&w.message)
            )?;
        }
    }
    Ok(())
}

/// The findings: a line per conflict, then per variant, with the estimate table for counts;
/// then a line per verdict counting its facts per kind.
fn write_findings(
    sections: &[(Verdict, Vec<&FactOut>)],
    show: Show,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if sections.iter().any(|(v, _)| FINDINGS.contains(v)) {
        writeln!(out, "\n## Findings\n")?;
    }
    for (verdict, facts) in sections.iter().filter(|(v, _)| FINDINGS.contains(v)) {
        for f in facts {
            writeln!(
                out,
                "- {} **{}** `{}` ({} sources): {}",
                verdict.symbol(),
                verdict.as_str(),
                inline(&f.id),
                source_count(f),
                text(&headline(f))
            )?;
            if let Some(e) = shown_estimate(f) {
                writeln!(out)?;
                write_estimate(e, out)?;
            }
        }
    }
    writeln!(out, "\n## Summary\n")?;
    for (verdict, facts) in sections {
        writeln!(
            out,
            "- **{} {}**: {}",
            facts.len(),
            verdict.as_str(),
            per_kind(facts.iter().copied())
        )?;
    }
    if let Some((named, flags)) = folded(sections, show) {
        writeln!(
            out,
            "\n{} facts are counted, not listed: `--show {flags}` or `--verbose` lists them.",
            text(&named)
        )?;
    }
    Ok(())
}

/// The matrix of the facts more than one source reports: a row per fact, a column per source,
/// a mark where the source reports it (with the number of reports when more than one).
fn write_matrix(
    report: &CheckReport,
    shared: &[&FactOut],
    out: &mut dyn Write,
) -> std::io::Result<()> {
    if shared.is_empty() {
        return Ok(());
    }
    writeln!(out, "\n## Facts in more than one source\n")?;
    let ids: Vec<&str> = report.sources.iter().map(|s| s.id.as_str()).collect();
    write!(out, "| fact | verdict |")?;
    for label in report.source_labels() {
        write!(out, " {} |", text(&label))?;
    }
    writeln!(out)?;
    write!(out, "|---|---|")?;
    for _ in &ids {
        write!(out, ":-:|")?;
    }
    writeln!(out)?;
    for f in shared {
        write!(out, "| `{}` | {} |", code_cell(&f.id), f.verdict.as_str())?;
        for id in &ids {
            let n = f.reports.iter().filter(|r| &*r.source == *id).count();
            match n {
                0 => write!(out, " |")?,
                1 => write!(out, " {} |", f.verdict.symbol())?,
                n => write!(out, " {} ×{n} |", f.verdict.symbol())?,
            }
        }
        writeln!(out)?;
    }
    Ok(())
}

fn write_fact(f: &FactOut, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "\n### `{}` — {}\n", inline(&f.id), f.verdict.as_str())?;
    for note in &f.notes {
        writeln!(out, "- *{}*", text(note))?;
    }
    if !f.notes.is_empty() {
        writeln!(out)?;
    }
    if let Some(e) = shown_estimate(f) {
        write_estimate(e, out)?;
    }
    if let Some(names) = &f.names {
        for form in &names.forms {
            let shown = if form.diff.is_empty() {
                text(&form.text)
            } else {
                diff(&form.diff)
            };
            writeln!(
                out,
                "- {} {shown} — {} (×{})",
                form.aspect.as_str().replace('_', " "),
                form.sources.join(", "),
                form.mentions
            )?;
        }
        return Ok(());
    }
    if let Some(quote) = &f.quote {
        for r in &quote.renderings {
            let shown = if r.diff.is_empty() {
                text(&r.text)
            } else {
                diff(&r.diff)
            };
            let speaker = r.speaker.as_deref().unwrap_or("speaker unknown");
            writeln!(
                out,
                "- `{}` {} (said by {}): “{shown}”",
                inline(&r.location),
                r.matches,
                text(speaker)
            )?;
        }
        return Ok(());
    }
    for r in &f.reports {
        write_report(r, out)?;
    }
    Ok(())
}

fn write_report(r: &ReportOut, out: &mut dyn Write) -> std::io::Result<()> {
    let mut line = format!(
        "- `{}:{}:{}` “{}” = {}",
        inline(&r.source),
        r.line,
        r.column,
        text(&r.surface),
        text(&r.value.to_string())
    );
    if let Some(c) = &r.claimant {
        line.push_str(&format!(", claimed by {}", text(c)));
    }
    if r.teaser {
        line.push_str(" (teaser)");
    }
    writeln!(out, "{line}")?;
    writeln!(out, "  > {}", sentence(r))
}

/// The evidence sentence with the claim in bold, cut at char boundaries.
fn sentence(r: &ReportOut) -> String {
    let s = &r.sentence;
    let start = r.sentence_offset.min(s.len());
    let end = (start + r.surface.len()).min(s.len());
    if !s.is_char_boundary(start) || !s.is_char_boundary(end) || start == end {
        return text(s);
    }
    format!(
        "{}**{}**{}",
        text(&s[..start]),
        text(&s[start..end]),
        text(&s[end..])
    )
}

/// A diff as Markdown: deleted words struck through, inserted ones in bold.
fn diff(spans: &[Span]) -> String {
    spans
        .iter()
        .map(|s| {
            let t = text(s.text.trim());
            let (lead, trail) = (
                if s.text.starts_with(' ') { " " } else { "" },
                if s.text.ends_with(' ') { " " } else { "" },
            );
            match s.op {
                DiffOp::Insert if !t.is_empty() => format!("{lead}**{t}**{trail}"),
                DiffOp::Delete if !t.is_empty() => format!("{lead}~~{t}~~{trail}"),
                _ => text(&s.text),
            }
        })
        .collect()
}

/// A count's estimate: the summary, then a table of its figures with the forms that give
/// each and their sources.
fn write_estimate(e: &Estimate, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "Estimate: {}.\n", text(&summary(e)))?;
    writeln!(
        out,
        "| Best estimate | As given | Sources |\n| ---: | --- | --- |"
    )?;
    for fig in &e.figures {
        writeln!(
            out,
            "| {} | {} | {} |",
            figure_value(fig),
            text(&fig.forms.join(", ")),
            text(&fig.sources.join(", "))
        )?;
    }
    writeln!(out)
}

/// Article text made inert: Markdown and HTML specials escaped, lines joined, control
/// characters shown as escapes (module `shown`).
fn text(s: &str) -> String {
    let mut out = String::with_capacity(s.len());
    for c in s.chars() {
        match c {
            '\\' | '`' | '*' | '_' | '[' | ']' | '#' | '|' | '~' | '>' => {
                out.push('\\');
                out.push(c);
            }
            '<' => out.push_str("&lt;"),
            '&' => out.push_str("&amp;"),
            '\n' | '\r' => out.push(' '),
            // Another control character is shown as its escape, the backslash escaped too.
            c if is_control(c) => {
                out.push('\\');
                push_shown(&mut out, c);
            }
            _ => out.push(c),
        }
    }
    out
}

/// Text inside a code span: backticks cannot be escaped there, so they become quotes.
fn inline(s: &str) -> String {
    shown(&s.replace('`', "'").replace(['\n', '\r'], " ")).into_owned()
}

/// A code span in a table cell: GitHub tables need `\|` even inside code.
fn code_cell(s: &str) -> String {
    inline(s).replace('|', "\\|")
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn article_text_cannot_inject_markdown_or_html() {
        assert_eq!(
            text("a *b* | <script> & [x](y) `z`\nnext"),
            "a \\*b\\* \\| &lt;script\\> &amp; \\[x\\](y) \\`z\\` next"
        );
        assert_eq!(inline("a`b"), "a'b");
    }

    #[test]
    fn control_characters_are_shown_as_escapes() {
        assert_eq!(text("a\x1b]0;t\x07b"), "a\\\\x1b\\]0;t\\\\x07b");
        assert_eq!(inline("a\u{9b}b"), "a\\u{9b}b");
    }

    #[test]
    fn diffs_strike_deletions_and_embolden_insertions() {
        let spans = [
            Span {
                op: DiffOp::Equal,
                text: "our ".into(),
            },
            Span {
                op: DiffOp::Delete,
                text: "populations".into(),
            },
            Span {
                op: DiffOp::Equal,
                text: " ".into(),
            },
            Span {
                op: DiffOp::Insert,
                text: "people".into(),
            },
        ];
        assert_eq!(diff(&spans), "our ~~populations~~ **people**");
    }
}
