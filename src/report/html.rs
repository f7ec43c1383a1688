//! The HTML reporter: one self-contained page (inline CSS and a few lines of inline JS, nothing
//! fetched) for reading a story's comparison in a browser.
//!
//! The page opens with the findings: a list item per conflict, then per variant, ranked as the
//! terminal ranks them (counts first, then measures, dates, quotes, affiliations, names; within
//! a kind the most sources and the widest spread first), each linked to its evidence, with the
//! estimate table for counts; then a line per verdict counting its facts per kind. Then a
//! matrix of the facts more than one source reports, one column per source, a cell coloured by
//! the fact's verdict where that source reports the fact; then one `<details id="fact-…">` per
//! fact with its evidence: notes, name forms or quote renderings with their diffs (`<ins>`,
//! `<del>`), and each report's sentence with the claim in `<mark>`. The verdicts `--show` does
//! not list (agreements and single-source facts by default) are folded into a closed
//! `<details class="fold">` each, still on the page. Links go to a fact's details; the script
//! only opens them (and the fold around them) and scrolls, so the page reads without it.
//! Conflicts are open from the start, as the terminal shows their evidence by default.
//!
//! The matrix is a contract for tests and scripts: `<table id="matrix">`, rows carry
//! `data-fact`, cells `data-fact` and `data-source`, and reporting cells `data-verdict`.

use std::collections::{HashMap, HashSet};
use std::io::Write;

use super::estimate::{figure_value, shown_estimate, summary};
use super::findings::{FINDINGS, headline, per_kind, ranked_sections, shared, source_count};
use super::terminal::{dated, summary_line};
use super::{CheckOptions, CheckReport, FactOut, ReportOut};
use crate::compare::{DiffOp, Estimate, NameDetail, QuoteDetail, Span, Verdict};

const STYLE: &str = include_str!("html.css");
const SCRIPT: &str = include_str!("html.js");

/// Writes `check` output as one HTML page: the findings first, then the matrix of facts more
/// than one source reports, the evidence (the verdicts `options.show` does not list folded, one
/// closed `<details class="fold">` each), the sources and a glossary.
pub fn write_check_html(
    report: &CheckReport,
    options: CheckOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let show = options.listed();
    let ids = element_ids(report.facts.iter().map(|f| f.id.as_str()));
    let anchors: HashMap<&str, &str> = (report.facts.iter())
        .map(|f| f.id.as_str())
        .zip(ids.iter().map(String::as_str))
        .collect();
    let anchor = |f: &FactOut| anchors.get(f.id.as_str()).copied().unwrap_or_default();
    let sections = ranked_sections(report);
    writeln!(out, "<!DOCTYPE html>")?;
    writeln!(out, "<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">")?;
    writeln!(
        out,
        "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">"
    )?;
    writeln!(
        out,
        "<meta name=\"generator\" content=\"claimdiff {} (schema_version {})\">",
        env!("CARGO_PKG_VERSION"),
        report.schema_version
    )?;
    writeln!(out, "<title>{}</title>", escape(&summary_line(report)))?;
    writeln!(out, "<style>\n{STYLE}</style>\n</head>\n<body>")?;
    write_header(report, out)?;
    write_findings(&sections, &anchor, out)?;
    let shared = shared(&sections);
    write_matrix(report, &shared, &anchor, out)?;
    writeln!(out, "<section id=\"facts\">\n<h2>Evidence</h2>")?;
    for (verdict, facts) in &sections {
        let folded = !show.contains(*verdict);
        if folded {
            writeln!(
                out,
                "<details class=\"fold\" data-verdict=\"{v}\"><summary>{} {v}: {}</summary>",
                facts.len(),
                escape(&per_kind(facts.iter().copied())),
                v = verdict.as_str()
            )?;
        }
        for fact in facts {
            write_fact(fact, anchor(fact), out)?;
        }
        if folded {
            writeln!(out, "</details>")?;
        }
    }
    writeln!(out, "</section>")?;
    write_sources(report, out)?;
    write_glossary(report, out)?;
    writeln!(out, "<script>\n{SCRIPT}</script>\n</body>\n</html>")
}

/// The findings: a list item per conflict, then per variant (its badge, id linked to its
/// evidence, number of sources and headline, with the estimate table for counts); then a line
/// per verdict counting its facts per kind.
fn write_findings<'a>(
    sections: &[(Verdict, Vec<&'a FactOut>)],
    anchor: &dyn Fn(&'a FactOut) -> &'a str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(
        out,
        "<section id=\"findings\">\n<h2>Findings</h2>\n<ol class=\"findings\">"
    )?;
    for (verdict, facts) in sections.iter().filter(|(v, _)| FINDINGS.contains(v)) {
        let v = verdict.as_str();
        for &fact in facts {
            writeln!(
                out,
                "<li data-fact=\"{fid}\" data-verdict=\"{v}\"><span class=\"badge {v}\">{v}</span> \
                 <a class=\"id\" href=\"#{}\">{fid}</a> <span class=\"meta\">{} sources</span>\
                 <p>{}</p>",
                anchor(fact),
                source_count(fact),
                escape(&headline(fact)),
                fid = escape(&fact.id)
            )?;
            if let Some(e) = shown_estimate(fact) {
                write_estimate(e, out)?;
            }
            writeln!(out, "</li>")?;
        }
    }
    writeln!(out, "</ol>\n<ul class=\"verdicts\">")?;
    for (verdict, facts) in sections {
        writeln!(
            out,
            "<li><span class=\"swatch {v}\"></span>{} {v}: {}</li>",
            facts.len(),
            escape(&per_kind(facts.iter().copied())),
            v = verdict.as_str()
        )?;
    }
    writeln!(out, "</ul>\n</section>")
}

/// The sources: id, outlet, publication date, language, number of claims.
fn write_sources(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "<section>\n<h2>Sources</h2>\n<table id=\"sources\">\n<tr><th>Source</th><th>Outlet</th>\
         <th>Published</th><th>Language</th><th>Claims</th></tr>"
    )?;
    for src in &report.sources {
        writeln!(
            out,
            "<tr><td class=\"id\">{}</td><td>{}</td><td>{}</td><td>{}</td><td>{}</td></tr>",
            escape(&src.id),
            escape(src.outlet.as_deref().unwrap_or("outlet unknown")),
            escape(src.published.as_deref().unwrap_or("date unknown")),
            escape(src.lang.as_deref().unwrap_or("unknown")),
            src.claim_count
        )?;
    }
    writeln!(out, "</table>\n</section>")
}

/// What each verdict and fact kind on the page means: the text of `claimdiff explain`, which
/// the badges and kinds link to.
fn write_glossary(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    let mut used: Vec<&str> = report
        .facts
        .iter()
        .flat_map(|f| [f.kind.as_str(), f.verdict.as_str()])
        .collect();
    used.sort_unstable();
    used.dedup();
    writeln!(
        out,
        "<section id=\"glossary\">\n<h2>What the verdicts and kinds mean</h2>\n<dl>"
    )?;
    for topic in crate::explain::TOPICS
        .iter()
        .filter(|t| used.contains(&t.name))
    {
        writeln!(
            out,
            "<dt id=\"explain-{0}\"><b>{0}</b>: {1}</dt><dd><pre>{2}</pre></dd>",
            escape(topic.name),
            escape(topic.summary),
            escape(topic.text)
        )?;
    }
    writeln!(out, "</dl>\n</section>")
}

/// `text` with `& < > " '` replaced by entities: safe in element content and in quoted
/// attribute values alike; control characters other than tab and newline are shown as their
/// escapes (`\x1b`).
pub fn escape(text: &str) -> String {
    let mut s = String::with_capacity(text.len());
    for c in text.chars() {
        match c {
            '&' => s.push_str("&amp;"),
            '<' => s.push_str("&lt;"),
            '>' => s.push_str("&gt;"),
            '"' => s.push_str("&quot;"),
            '\'' => s.push_str("&#39;"),
            // Not allowed in HTML (and raw on a terminal that shows the file): its escape.
            c if super::shown::is_control(c) => super::shown::push_shown(&mut s, c),
            _ => s.push(c),
        }
    }
    s
}

/// One element id per fact id, in order: `fact-` and the id with every character outside
/// `[A-Za-z0-9_-]` replaced by `-`, then `-2`, `-3` … when that is already taken, so that
/// `name/a.b` and `name/a-b` still get distinct anchors.
pub fn element_ids<'a>(fact_ids: impl IntoIterator<Item = &'a str>) -> Vec<String> {
    let mut taken = HashSet::new();
    fact_ids
        .into_iter()
        .map(|id| {
            let safe: String = id
                .chars()
                .map(|c| {
                    if c.is_ascii_alphanumeric() || c == '_' || c == '-' {
                        c
                    } else {
                        '-'
                    }
                })
                .collect();
            let base = format!("fact-{safe}");
            let mut id = base.clone();
            let mut n = 1;
            while !taken.insert(id.clone()) {
                n += 1;
                id = format!("{base}-{n}");
            }
            id
        })
        .collect()
}

/// The sentence, escaped, with the `len` bytes from `offset` in `<mark>`; the whole sentence
/// unmarked when that range is out of bounds or cuts a character.
pub fn highlighted(sentence: &str, offset: usize, len: usize) -> String {
    let end = offset.saturating_add(len);
    match (sentence.get(..offset), sentence.get(offset..end)) {
        (Some(before), Some(claim)) if !claim.is_empty() => format!(
            "{}<mark>{}</mark>{}",
            escape(before),
            escape(claim),
            escape(&sentence[end..])
        ),
        _ => escape(sentence),
    }
}

fn write_header(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    let s = &report.summary;
    writeln!(
        out,
        "<header>\n<h1>claimdiff: {} sources, {} facts</h1>",
        s.sources, s.facts
    )?;
    write!(out, "<p class=\"summary\">")?;
    for verdict in Verdict::ALL {
        write!(
            out,
            "<span class=\"swatch {v}\"></span>{} {v}",
            report.summary.count(verdict),
            v = verdict.as_str()
        )?;
    }
    if s.claims_not_compared > 0 {
        write!(out, " ({} claims not comparable)", s.claims_not_compared)?;
    }
    writeln!(out, "</p>")?;
    if !report.warnings.is_empty() {
        writeln!(out, "<ul class=\"warnings\">")?;
        for w in &report.warnings {
            writeln!(
                out,
                "<li>warning: <code>{}</code>: {}</li>",
                escape(&w.path.display().to_string()),
                escape(&w.message)
            )?;
        }
        writeln!(out, "</ul>")?;
    }
    writeln!(out, "</header>")
}

fn write_matrix<'a>(
    report: &CheckReport,
    shared: &[&'a FactOut],
    anchor: &dyn Fn(&'a FactOut) -> &'a str,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(out, "<section>\n<h2>Facts in more than one source</h2>")?;
    writeln!(
        out,
        "<table id=\"matrix\">\n<thead><tr><th class=\"fact-col\" scope=\"col\">Fact</th>"
    )?;
    for src in &report.sources {
        writeln!(
            out,
            "<th scope=\"col\" data-source=\"{id}\">{}<small class=\"id\">{id}</small></th>",
            escape(src.outlet.as_deref().unwrap_or("")),
            id = escape(&src.id)
        )?;
    }
    writeln!(out, "</tr></thead>\n<tbody>")?;
    for &fact in shared {
        let (fid, verdict, anchor) = (escape(&fact.id), fact.verdict.as_str(), anchor(fact));
        writeln!(
            out,
            "<tr data-fact=\"{fid}\"><th scope=\"row\"><a href=\"#{anchor}\" class=\"id\">{fid}</a></th>"
        )?;
        for src in &report.sources {
            let sid = escape(&src.id);
            if fact.reports.iter().any(|r| *r.source == *src.id) {
                writeln!(
                    out,
                    "<td data-verdict=\"{verdict}\" data-fact=\"{fid}\" data-source=\"{sid}\">\
                     <a href=\"#{anchor}\" title=\"{verdict}: {fid} in {sid}\">{}</a></td>",
                    fact.verdict.symbol()
                )?;
            } else {
                writeln!(out, "<td data-fact=\"{fid}\" data-source=\"{sid}\"></td>")?;
            }
        }
        writeln!(out, "</tr>")?;
    }
    writeln!(out, "</tbody>\n</table>\n</section>")
}

fn write_fact(fact: &FactOut, anchor: &str, out: &mut dyn Write) -> std::io::Result<()> {
    let verdict = fact.verdict.as_str();
    let open = if fact.verdict == Verdict::Conflict {
        " open"
    } else {
        ""
    };
    writeln!(
        out,
        "<details id=\"{anchor}\" class=\"fact\" data-fact=\"{}\" data-verdict=\"{verdict}\"{open}>",
        escape(&fact.id)
    )?;
    writeln!(
        out,
        "<summary><a class=\"badge {verdict}\" href=\"#explain-{verdict}\">{verdict}</a><h3 class=\"id\">{}</h3> \
         <span class=\"meta\"><a href=\"#explain-{1}\">{1}</a>, {2} reports</span></summary>",
        escape(&fact.id),
        fact.kind.as_str(),
        fact.reports.len()
    )?;
    if !fact.notes.is_empty() {
        writeln!(out, "<ul class=\"notes\">")?;
        for note in &fact.notes {
            writeln!(out, "<li>note: {}</li>", escape(note))?;
        }
        writeln!(out, "</ul>")?;
    }
    if let Some(e) = shown_estimate(fact) {
        write_estimate(e, out)?;
    }
    if let Some(names) = &fact.names {
        write_forms(names, out)?;
    }
    if let Some(quote) = &fact.quote {
        write_renderings(quote, out)?;
    }
    writeln!(out, "<ol class=\"reports\">")?;
    for r in &fact.reports {
        write_report(r, out)?;
    }
    writeln!(out, "</ol>\n</details>")
}

/// A count's estimate: the summary, then a table of its figures with the forms that give each
/// and their sources.
fn write_estimate(e: &Estimate, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "<p class=\"meta\">estimate: {}</p>\n<table class=\"forms estimate\">\n<tr><th>Best estimate</th>\
         <th>As given</th><th>Sources</th></tr>",
        escape(&summary(e))
    )?;
    for f in &e.figures {
        writeln!(
            out,
            "<tr><td class=\"num\">{}</td><td>{}</td><td>{}</td></tr>",
            escape(&figure_value(f)),
            escape(&f.forms.join(", ")),
            escape(&f.sources.join(", "))
        )?;
    }
    writeln!(out, "</table>")
}

/// A name fact's forms: aspect, the form with what differs from the aspect's first form marked,
/// sources, mentions and first location.
fn write_forms(names: &NameDetail, out: &mut dyn Write) -> std::io::Result<()> {
    let entity = names
        .entity
        .as_ref()
        .map_or(String::new(), |e| format!(", known as {}", escape(e)));
    writeln!(
        out,
        "<p class=\"meta\">type: {}{entity}</p>\n<table class=\"forms\">\n<tr><th>Aspect</th>\
         <th>Form</th><th>Sources</th><th>Mentions</th><th>First at</th></tr>",
        names.entity_type.as_str()
    )?;
    for f in &names.forms {
        writeln!(
            out,
            "<tr><td>{}</td><td>{}</td><td class=\"id\">{}</td><td>{}</td><td><code>{}</code></td></tr>",
            escape(&f.aspect.as_str().replace('_', " ")),
            marked(&f.text, &f.diff),
            escape(&f.sources.join(", ")),
            f.mentions,
            escape(f.locations.first().map_or("", String::as_str))
        )?;
    }
    writeln!(out, "</table>")
}

/// A quote fact's renderings: the reference in full, then each other with its word diff.
fn write_renderings(quote: &QuoteDetail, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(out, "<ol class=\"renderings\">")?;
    for r in &quote.renderings {
        writeln!(
            out,
            "<li><span class=\"meta\"><code>{}</code> {} said by {}</span>\
             <blockquote>“{}”</blockquote>",
            escape(&r.location),
            r.matches,
            escape(r.speaker.as_deref().unwrap_or("speaker unknown")),
            marked(&r.text, &r.diff)
        )?;
        if let Some(why) = &r.why {
            writeln!(out, "<span class=\"meta\">why: {}</span>", escape(why))?;
        }
        writeln!(out, "</li>")?;
    }
    writeln!(out, "</ol>")
}

/// A diff as HTML: inserted pieces in `<ins>`, deleted ones in `<del>`; `text` itself when there
/// is no diff (a first form, a reference rendering).
fn marked(text: &str, diff: &[Span]) -> String {
    if diff.is_empty() {
        return escape(text);
    }
    diff.iter()
        .map(|s| match s.op {
            DiffOp::Insert => format!("<ins>{}</ins>", escape(&s.text)),
            DiffOp::Delete => format!("<del>{}</del>", escape(&s.text)),
            _ => escape(&s.text),
        })
        .collect()
}

fn write_report(r: &ReportOut, out: &mut dyn Write) -> std::io::Result<()> {
    let mut meta = format!(
        "<code>{}:{}:{}</code> “{}” = {}",
        escape(&r.source),
        r.line,
        r.column,
        escape(&r.surface),
        escape(&r.value.to_string())
    );
    if let Some(d) = &r.date {
        meta.push_str(&format!(", {}", escape(&dated(d))));
    }
    if let Some(c) = &r.casualty {
        let victims = if c.victims.is_empty() {
            "unspecified"
        } else {
            &c.victims
        };
        meta.push_str(&format!(", {} {}", c.outcome.as_str(), escape(victims)));
    }
    if let Some(c) = r.value.name().and_then(|m| m.country.as_ref()) {
        meta.push_str(&format!(
            ", tied to {} (“{}”)",
            escape(&c.place),
            escape(&c.word)
        ));
    }
    if let Some(c) = &r.claimant {
        meta.push_str(&format!(", claimed by {}", escape(c)));
    }
    if r.teaser {
        meta.push_str(" [teaser]");
    }
    writeln!(
        out,
        "<li><span class=\"meta\">{meta}</span>\n<blockquote>{}</blockquote></li>",
        highlighted(&r.sentence, r.sentence_offset, r.surface.len())
    )
}

#[cfg(test)]
mod tests;
