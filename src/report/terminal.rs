//! The terminal reporter: sources and counts, a source × fact matrix, then facts grouped by
//! verdict, conflicts first, each report with its
//! `source:line:column`, exact surface, normalised value and claimant; the evidence sentence with
//! the claim highlighted for conflicts (and for every fact with `--verbose`); a summary line last.
//! Colour is a [`Palette`] value the caller decides once; nothing here probes the terminal or a
//! process-wide switch.

use std::io::Write;

use anstyle::{AnsiColor, Effects};

use super::estimate::{figure_value, shown_estimate, summary};
use super::findings::{cut_end, cut_start, ranked_sections, shared, with_labels};
use super::palette::{BOLD, Palette};
use super::shown::{Shown, shown};

use super::{CheckOptions, CheckReport, ClaimsReport, FactOut, ReportOut};
use crate::claim::{Claim, Dated};
use crate::compare::{DiffOp, Estimate, NameDetail, QuoteDetail, Span, Verdict};

mod overview;

use overview::{CAP, write_findings, write_matrix, write_more};

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
    write_check_lines(report, options, width, options.palette, &mut wrap)?;
    wrap.flush()?;
    // The summary stays one line, whatever the width: scripts grep for it.
    writeln!(out, "{}", summary_line(report))
}

fn write_check_lines(
    report: &CheckReport,
    options: CheckOptions,
    width: usize,
    p: Palette,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let verbose = options.verbose;
    let show = options.listed();
    let sections = ranked_sections(report);
    let c = &report.summary;
    writeln!(
        out,
        "{}",
        p.bold(format!(
            "claimdiff: {} sources, {} facts",
            c.sources, c.facts
        ))
    )?;
    writeln!(
        out,
        "  {} conflict · {} variant · {} agree · {} single_source",
        p.verdict(Verdict::Conflict, c.conflict, true),
        p.verdict(Verdict::Variant, c.variant, true),
        p.verdict(Verdict::Agree, c.agree, true),
        c.single_source
    )?;
    let labels: Vec<String> = report
        .source_labels()
        .iter()
        .map(|l| shown(l).into_owned())
        .collect();
    let ids_labels: Vec<(&str, &str)> = (report.sources.iter())
        .map(|s| s.id.as_str())
        .zip(labels.iter().map(String::as_str))
        .collect();
    write_findings(&sections, &ids_labels, show, verbose, width, p, out)?;
    for (verdict, facts) in sections.iter().filter(|(v, _)| show.contains(*v)) {
        writeln!(out)?;
        writeln!(
            out,
            "{} ({})",
            p.verdict(*verdict, verdict.heading(), true),
            facts.len()
        )?;
        let listed = if verbose { facts.len() } else { CAP };
        for fact in facts.iter().take(listed) {
            write_fact(fact, verbose || *verdict == Verdict::Conflict, p, out)?;
        }
        write_more(facts.len().saturating_sub(listed), *verdict, p, out)?;
    }
    let shared = shared(&sections);
    write_matrix(report, &shared, &labels, verbose, width, p, out)?;
    writeln!(out)?;
    writeln!(out, "{}", p.bold("Sources"))?;
    let label_width = labels.iter().map(|l| l.chars().count()).max().unwrap_or(0);
    for (s, label) in report.sources.iter().zip(&labels) {
        let outlet = Shown(s.outlet.as_deref().unwrap_or("outlet unknown"));
        let date = Shown(s.published.as_deref().unwrap_or("date unknown"));
        let lang = Shown(s.lang.as_deref().unwrap_or("language unknown"));
        // The id once when the label is the id.
        let id = if shown(&s.id) == label.as_str() {
            String::new()
        } else {
            format!("{}  ", p.dim(&s.id))
        };
        writeln!(
            out,
            "  {}  {id}{outlet}, {date}, {lang}, {} claims",
            p.bold(format!("{label:>label_width$}")),
            s.claim_count
        )?;
    }
    writeln!(out)
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

fn write_fact(
    fact: &FactOut,
    evidence: bool,
    p: Palette,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(
        out,
        "  {} {}",
        p.verdict(fact.verdict, fact.verdict.as_str(), false),
        p.bold(&fact.id)
    )?;
    for note in &fact.notes {
        writeln!(out, "      {} {}", p.dim("note:"), Shown(note))?;
    }
    if let Some(e) = shown_estimate(fact) {
        write_estimate(e, &[], p, out)?;
    }
    if let Some(names) = &fact.names {
        write_forms(names, p, out)?;
        if !evidence {
            return Ok(());
        }
    }
    if let Some(quote) = &fact.quote {
        return write_renderings(quote, p, out);
    }
    for r in &fact.reports {
        write_report(r, p, out)?;
        if evidence {
            writeln!(out, "        {}", excerpt(r, p))?;
        }
    }
    Ok(())
}

/// A name fact's forms, one line each: aspect, the form with what differs from the aspect's
/// first form marked (`{+inserted+}`, `[-deleted-]`, coloured too), sources, count and first
/// location.
fn write_forms(names: &NameDetail, p: Palette, out: &mut dyn Write) -> std::io::Result<()> {
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
        p.dim("type:"),
        names.entity_type.as_str(),
        names
            .entity
            .as_ref()
            .map_or(String::new(), |e| format!(", known as {}", Shown(e)))
    )?;
    for f in &names.forms {
        let shown = if f.diff.is_empty() {
            self::shown(&f.text).into_owned()
        } else {
            marked(&f.diff, p)
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
            Shown(f.sources.join(", ")),
            f.mentions,
            p.cyan(f.locations.first().map_or("", String::as_str))
        )?;
    }
    Ok(())
}

/// A count's estimate: the summary, then each figure with the forms that give it and their
/// sources (by label where `ids_labels` has them), figures aligned.
fn write_estimate(
    e: &Estimate,
    ids_labels: &[(&str, &str)],
    p: Palette,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    writeln!(out, "      {} {}", p.dim("estimate:"), summary(e))?;
    let width = (e.figures.iter())
        .map(|f| figure_value(f).chars().count())
        .max()
        .unwrap_or(0);
    for f in &e.figures {
        writeln!(
            out,
            "        {:>width$}  {}  {}",
            figure_value(f),
            Shown(f.forms.join(", ")),
            p.dim(with_labels(&f.sources.join(", "), ids_labels))
        )?;
    }
    Ok(())
}

/// A quote fact's renderings: the reference in full, then each other with its word diff.
fn write_renderings(quote: &QuoteDetail, p: Palette, out: &mut dyn Write) -> std::io::Result<()> {
    for r in &quote.renderings {
        let speaker = Shown(r.speaker.as_deref().unwrap_or("speaker unknown"));
        writeln!(
            out,
            "    {}  {}  {} {speaker}",
            p.cyan(&r.location),
            r.matches,
            p.dim("said by")
        )?;
        let shown = if r.diff.is_empty() {
            self::shown(&r.text).into_owned()
        } else {
            marked(&r.diff, p)
        };
        writeln!(out, "        “{shown}”")?;
        if let Some(why) = &r.why {
            writeln!(out, "        {} {}", p.dim("why:"), Shown(why))?;
        }
    }
    Ok(())
}

/// A diff as text: inserted pieces as `{+…+}`, deleted ones as `[-…-]`, coloured when colour is
/// on.
fn marked(diff: &[Span], p: Palette) -> String {
    let inserted = AnsiColor::Green.on_default().bold();
    let deleted = AnsiColor::Red.on_default().effects(Effects::STRIKETHROUGH);
    diff.iter()
        .map(|s| match s.op {
            DiffOp::Insert => p.paint(inserted, format!("{{+{}+}}", s.text)).to_string(),
            DiffOp::Delete => p.paint(deleted, format!("[-{}-]", s.text)).to_string(),
            _ => shown(&s.text).into_owned(),
        })
        .collect()
}

fn write_report(r: &ReportOut, p: Palette, out: &mut dyn Write) -> std::io::Result<()> {
    let location = format!("{}:{}:{}", r.source, r.line, r.column);
    let mut line = format!(
        "    {}  \"{}\"  = {}",
        p.cyan(location),
        Shown(&r.surface),
        Shown(&r.value)
    );
    if let Some(d) = &r.date {
        line.push_str(&format!("  {}", Shown(dated(d))));
    }
    if let Some(c) = &r.casualty {
        let victims = if c.victims.is_empty() {
            "unspecified"
        } else {
            c.victims.as_str()
        };
        line.push_str(&format!("  {} {}", c.outcome.as_str(), Shown(victims)));
    }
    if let Some(c) = r.value.name().and_then(|m| m.country.as_ref()) {
        line.push_str(&format!(
            "  {} {} (\"{}\")",
            p.dim("tied to"),
            Shown(&c.place),
            Shown(&c.word)
        ));
    }
    if let Some(c) = &r.claimant {
        line.push_str(&format!("  {} {}", p.dim("claimed by"), Shown(c)));
    }
    if r.teaser {
        line.push_str(&format!("  {}", p.dim("[teaser]")));
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
fn excerpt(r: &ReportOut, p: Palette) -> String {
    let s = &r.sentence;
    let start = r.sentence_offset.min(s.len());
    let end = (start + r.surface.len()).min(s.len());
    if !s.is_char_boundary(start) || !s.is_char_boundary(end) {
        return shown(s).into_owned();
    }
    let (before, claim, after) = (&s[..start], &s[start..end], &s[end..]);
    let room = EXCERPT.saturating_sub(claim.chars().count()) / 2;
    let (before, after) = (cut_start(before, room), cut_end(after, room));
    let claim = p.paint(BOLD.effects(Effects::BOLD | Effects::UNDERLINE), claim);
    format!("> {}{claim}{}", Shown(before), Shown(after))
}

/// Writes `claims` output for a person: one line per claim.
pub fn write_claims_terminal(
    report: &ClaimsReport,
    p: Palette,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    for s in &report.sources {
        let date = s.source.published.as_deref().unwrap_or("date unknown");
        writeln!(
            out,
            "{} ({}): {} claims",
            p.bold(s.source.path.display()),
            Shown(date),
            s.claims.len()
        )?;
        for c in &s.claims {
            // Every piece of a claim's line is the article's or the rules' text.
            writeln!(out, "  {}", Shown(claim_line(c)))?;
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
