//! The terminal reporter: sources and counts, a source × fact matrix, then facts grouped by
//! verdict, conflicts first, each report with its
//! `source:line:column`, exact surface, normalised value and claimant; the evidence sentence with
//! the claim highlighted for conflicts (and for every fact with `--verbose`); a summary line last.
//! Colour comes from `colored`, whose on/off switch the caller sets once.

use std::io::Write;

use colored::{ColoredString, Colorize};

use super::{CheckOptions, CheckReport, ClaimsReport, FactOut, ReportOut};
use crate::claim::{Claim, Dated};
use crate::compare::{DiffOp, NameDetail, QuoteDetail, Span, Verdict};

/// Widest evidence excerpt, in characters, around the highlighted claim.
const EXCERPT: usize = 160;

/// Width when the output is no terminal (a pipe, a file).
pub const DEFAULT_WIDTH: usize = 80;

/// Writes `check` output for a person: sources and counts, a source × fact matrix, then the
/// facts by verdict, every line wrapped to `options.width` (80 when unknown).
pub fn write_check_terminal(
    report: &CheckReport,
    options: CheckOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let width = options.width.unwrap_or(DEFAULT_WIDTH).max(40);
    let mut wrap = Wrap {
        inner: out,
        width,
        line: Vec::new(),
    };
    write_check_lines(report, options.verbose, width, &mut wrap)?;
    wrap.flush()?;
    // The summary stays one line, whatever the width: scripts grep for it.
    writeln!(out, "{}", summary_line(report))
}

fn write_check_lines(
    report: &CheckReport,
    verbose: bool,
    width: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let labels = report.source_labels();
    writeln!(out, "{}", "Sources".bold())?;
    for (s, label) in report.sources.iter().zip(&labels) {
        let outlet = s.outlet.as_deref().unwrap_or("outlet unknown");
        let date = s.published.as_deref().unwrap_or("date unknown");
        writeln!(
            out,
            "  {}  {}  {outlet}, {date}, {} claims",
            label.bold(),
            s.id.dimmed(),
            s.claim_count
        )?;
    }
    let c = &report.summary;
    writeln!(
        out,
        "  {} conflict · {} variant · {} agree · {} single_source",
        paint(Verdict::Conflict, &c.conflict.to_string()).bold(),
        paint(Verdict::Variant, &c.variant.to_string()).bold(),
        paint(Verdict::Agree, &c.agree.to_string()).bold(),
        c.single_source
    )?;
    write_matrix(report, &labels, verbose, width, out)?;
    for (verdict, facts) in report.sections() {
        writeln!(out)?;
        writeln!(
            out,
            "{} ({})",
            paint(verdict, verdict.heading()).bold(),
            facts.len()
        )?;
        for fact in facts {
            write_fact(fact, verbose || verdict == Verdict::Conflict, out)?;
        }
    }
    writeln!(out)
}

/// The source × fact matrix: a row per fact (single-source facts only with `--verbose`), a
/// column per source, a coloured mark where the source reports the fact (≠ conflict, ≈ variant,
/// = agree, • single source).
fn write_matrix(
    report: &CheckReport,
    labels: &[String],
    verbose: bool,
    width: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let shown: Vec<&FactOut> = report
        .facts
        .iter()
        .filter(|f| verbose || f.verdict != Verdict::SingleSource)
        .collect();
    if shown.is_empty() {
        return Ok(());
    }
    let column = labels
        .iter()
        .map(|l| l.chars().count())
        .max()
        .unwrap_or(1)
        .max(1)
        + 1;
    let room = width.saturating_sub(2 + column * labels.len()).max(12);
    let id_width = shown
        .iter()
        .map(|f| f.id.chars().count())
        .max()
        .unwrap_or(0)
        .min(room);
    writeln!(out)?;
    let mut head = format!("  {:id_width$}", "");
    for l in labels {
        head.push_str(&format!("{l:>column$}"));
    }
    writeln!(out, "{}", head.bold())?;
    for f in &shown {
        let id: String = if f.id.chars().count() > id_width {
            f.id.chars()
                .take(id_width.saturating_sub(1))
                .collect::<String>()
                + "…"
        } else {
            f.id.clone()
        };
        let mut row = format!("  {id:id_width$}");
        for source in &report.sources {
            let reported = f.reports.iter().any(|r| r.source == source.id);
            let cell = if reported { f.verdict.symbol() } else { "·" };
            let padded = format!("{cell:>column$}");
            row.push_str(&if reported {
                paint(f.verdict, &padded).to_string()
            } else {
                padded.dimmed().to_string()
            });
        }
        writeln!(out, "{row}")?;
    }
    let hidden = report.facts.len() - shown.len();
    if hidden > 0 {
        writeln!(
            out,
            "  {}",
            format!("… and {hidden} single_source facts (listed below; --verbose puts them here)")
                .dimmed()
        )?;
    }
    Ok(())
}

/// A writer that wraps each line to a width, continuing a wrapped line two columns deeper than
/// its own indentation. Colour codes do not count towards the width.
struct Wrap<'a> {
    inner: &'a mut dyn Write,
    width: usize,
    line: Vec<u8>,
}

impl Wrap<'_> {
    fn emit(&mut self) -> std::io::Result<()> {
        let line = String::from_utf8_lossy(&self.line).into_owned();
        self.line.clear();
        let indent: String = line.chars().take_while(|c| *c == ' ').collect();
        let more = format!("{indent}  ");
        let options = textwrap::Options::new(self.width)
            .initial_indent(&indent)
            .subsequent_indent(&more)
            .break_words(false)
            // Names and ids keep their hyphens on one line ("CSP-PSD", "casualty_count/…").
            .word_splitter(textwrap::WordSplitter::NoHyphenation);
        let pieces = textwrap::wrap(line.trim_start_matches(' '), options);
        if pieces.is_empty() {
            writeln!(self.inner)?;
        }
        for piece in pieces {
            writeln!(self.inner, "{}", piece.trim_end())?;
        }
        Ok(())
    }
}

impl Write for Wrap<'_> {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        for &b in buf {
            if b == b'\n' {
                self.emit()?;
            } else {
                self.line.push(b);
            }
        }
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        if !self.line.is_empty() {
            self.emit()?;
        }
        self.inner.flush()
    }
}

/// The one-line summary: counts per verdict.
pub fn summary_line(report: &CheckReport) -> String {
    let s = &report.summary;
    let mut line = format!(
        "claimdiff: {} sources, {} facts: {} conflict, {} variant, {} agree, {} single_source",
        s.sources, s.facts, s.conflict, s.variant, s.agree, s.single_source
    );
    if s.claims_not_compared > 0 {
        line.push_str(&format!(
            " ({} claims not comparable)",
            s.claims_not_compared
        ));
    }
    line
}

fn paint(verdict: Verdict, text: &str) -> ColoredString {
    match verdict {
        Verdict::Conflict => text.red(),
        Verdict::Variant => text.yellow(),
        Verdict::Agree => text.green(),
        Verdict::SingleSource => text.normal(),
    }
}

fn write_fact(fact: &FactOut, evidence: bool, out: &mut dyn Write) -> std::io::Result<()> {
    writeln!(
        out,
        "  {} {}",
        paint(fact.verdict, fact.verdict.as_str()),
        fact.id.bold()
    )?;
    for note in &fact.notes {
        writeln!(out, "      {} {note}", "note:".dimmed())?;
    }
    if let Some(names) = &fact.names {
        write_forms(names, out)?;
        if !evidence {
            return Ok(());
        }
    }
    if let Some(quote) = &fact.quote {
        return write_renderings(quote, out);
    }
    for r in &fact.reports {
        write_report(r, out)?;
        if evidence {
            writeln!(out, "        {}", excerpt(r))?;
        }
    }
    Ok(())
}

/// A name fact's forms, one line each: aspect, the form with what differs from the aspect's
/// first form marked (`{+inserted+}`, `[-deleted-]`, coloured too), sources, count and first
/// location.
fn write_forms(names: &NameDetail, out: &mut dyn Write) -> std::io::Result<()> {
    let plain = |f: &crate::compare::Form| -> usize {
        f.diff
            .iter()
            .map(|s| s.text.chars().count() + if s.op == DiffOp::Equal { 0 } else { 4 })
            .sum::<usize>()
            .max(f.text.chars().count())
    };
    let width = names.forms.iter().map(plain).max().unwrap_or(0);
    writeln!(
        out,
        "      {} {}{}",
        "type:".dimmed(),
        names.entity_type.as_str(),
        names
            .entity
            .as_ref()
            .map_or(String::new(), |e| format!(", known as {e}"))
    )?;
    for f in &names.forms {
        let shown = if f.diff.is_empty() {
            f.text.clone()
        } else {
            marked(&f.diff)
        };
        let pad = if width > 40 {
            0
        } else {
            width.saturating_sub(plain(f))
        };
        writeln!(
            out,
            "    {:<9} {shown}{}  {}  ×{}  {}",
            f.aspect.as_str().replace('_', " "),
            " ".repeat(pad),
            f.sources.join(", "),
            f.mentions,
            f.locations.first().map_or("", String::as_str).cyan()
        )?;
    }
    Ok(())
}

/// A quote fact's renderings: the reference in full, then each other with its word diff.
fn write_renderings(quote: &QuoteDetail, out: &mut dyn Write) -> std::io::Result<()> {
    for r in &quote.renderings {
        let speaker = r.speaker.as_deref().unwrap_or("speaker unknown");
        writeln!(
            out,
            "    {}  {}  {} {speaker}",
            r.location.cyan(),
            r.matches,
            "said by".dimmed()
        )?;
        let shown = if r.diff.is_empty() {
            r.text.clone()
        } else {
            marked(&r.diff)
        };
        writeln!(out, "        “{shown}”")?;
        if let Some(why) = &r.why {
            writeln!(out, "        {} {why}", "why:".dimmed())?;
        }
    }
    Ok(())
}

/// A diff as text: inserted pieces as `{+…+}`, deleted ones as `[-…-]`, coloured when colour is
/// on.
fn marked(diff: &[Span]) -> String {
    diff.iter()
        .map(|s| match s.op {
            DiffOp::Insert => format!("{{+{}+}}", s.text).green().bold().to_string(),
            DiffOp::Delete => format!("[-{}-]", s.text).red().strikethrough().to_string(),
            _ => s.text.clone(),
        })
        .collect()
}

fn write_report(r: &ReportOut, out: &mut dyn Write) -> std::io::Result<()> {
    let location = format!("{}:{}:{}", r.source, r.line, r.column);
    let mut line = format!("    {}  \"{}\"  = {}", location.cyan(), r.surface, r.value);
    if let Some(d) = &r.date {
        line.push_str(&format!("  {}", dated(d)));
    }
    if let Some(c) = &r.casualty {
        let victims = if c.victims.is_empty() {
            "unspecified"
        } else {
            c.victims.as_str()
        };
        line.push_str(&format!("  {} {victims}", c.outcome.as_str()));
    }
    if let Some(c) = r.value.name().and_then(|m| m.country.as_ref()) {
        line.push_str(&format!(
            "  {} {} (\"{}\")",
            "tied to".dimmed(),
            c.place,
            c.word
        ));
    }
    if let Some(c) = &r.claimant {
        line.push_str(&format!("  {} {c}", "claimed by".dimmed()));
    }
    if r.teaser {
        line.push_str(&format!("  {}", "[teaser]".dimmed()));
    }
    writeln!(out, "{line}")
}

/// What a date claim dates, for one line: "meeting (met)", "reporting (told)", "unattached".
pub(super) fn dated(d: &Dated) -> String {
    let mut s = match (&d.event, &d.cue) {
        (Some(e), Some(c)) => format!("{e} ({c})"),
        (None, Some(c)) => format!("{} ({c})", d.role.as_str()),
        _ => d.role.as_str().to_string(),
    };
    if let Some(u) = &d.unresolved {
        s.push_str(&format!("  [unresolved: {u}]"));
    }
    if let Some(w) = &d.warning {
        s.push_str(&format!("  [warning: {w}]"));
    }
    s
}

/// The sentence around the claim, the claim underlined, cut to [`EXCERPT`] characters.
fn excerpt(r: &ReportOut) -> String {
    let s = &r.sentence;
    let start = r.sentence_offset.min(s.len());
    let end = (start + r.surface.len()).min(s.len());
    if !s.is_char_boundary(start) || !s.is_char_boundary(end) {
        return s.clone();
    }
    let (before, claim, after) = (&s[..start], &s[start..end], &s[end..]);
    let room = EXCERPT.saturating_sub(claim.chars().count()) / 2;
    let before_n = before.chars().count();
    let before = if before_n > room {
        format!(
            "…{}",
            before.chars().skip(before_n - room).collect::<String>()
        )
    } else {
        before.to_string()
    };
    let after = if after.chars().count() > room {
        format!("{}…", after.chars().take(room).collect::<String>())
    } else {
        after.to_string()
    };
    format!("> {before}{}{after}", claim.underline().bold())
}

/// Writes `claims` output for a person: one line per claim.
pub fn write_claims_terminal(report: &ClaimsReport, out: &mut dyn Write) -> std::io::Result<()> {
    for s in &report.sources {
        let date = s.source.published.as_deref().unwrap_or("date unknown");
        writeln!(
            out,
            "{} ({date}): {} claims",
            s.source.path.display().to_string().bold(),
            s.claims.len()
        )?;
        for c in &s.claims {
            writeln!(out, "  {}", claim_line(c))?;
        }
    }
    Ok(())
}

fn claim_line(c: &Claim) -> String {
    let mut line = format!(
        "{}:{}  {}  \"{}\"  = {}",
        c.line,
        c.column,
        c.kind.as_str(),
        c.surface,
        c.value
    );
    if let Some(d) = &c.date {
        line.push_str(&format!("  {}", dated(d)));
    }
    if let Some(k) = &c.casualty {
        line.push_str(&format!(
            "  {} {} [{}]",
            k.outcome.as_str(),
            k.victims,
            k.victim_group
        ));
    }
    if let Some(n) = &c.counted {
        line.push_str(&format!("  of {n}"));
    }
    if let Some(cl) = &c.claimant {
        line.push_str(&format!("  claimed by {}", cl.name));
    }
    if c.teaser {
        line.push_str("  [teaser]");
    }
    line
}
