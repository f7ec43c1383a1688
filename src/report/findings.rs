//! What a person's report puts first, and how it folds the rest: facts ranked by what matters
//! to a fact-check, a one-line headline per finding, counts per kind for the verdicts a report
//! does not list fact by fact, and text cut at word boundaries. The terminal, Markdown and HTML
//! reporters share these; the machine formats keep the JSON order (verdict, then id).

use std::borrow::Cow;
use std::cmp::Reverse;
use std::collections::{BTreeMap, BTreeSet};

use super::{CheckReport, FactOut};
use crate::claim::{Kind, Value};
use crate::compare::Verdict;

/// Which verdicts a person's report lists fact by fact (`--show`); the others are folded into
/// counts per kind. Conflicts and variants by default; `--verbose` shows every verdict.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Show(u8);

impl Show {
    /// Every verdict.
    pub const ALL: Show = Show(0b1111);

    /// The given verdicts.
    pub fn of(verdicts: &[Verdict]) -> Show {
        Show(verdicts.iter().fold(0, |bits, v| bits | Show::bit(*v)))
    }

    /// Whether facts with `verdict` are listed one by one.
    pub fn contains(self, verdict: Verdict) -> bool {
        self.0 & Show::bit(verdict) != 0
    }

    fn bit(verdict: Verdict) -> u8 {
        match verdict {
            Verdict::Conflict => 1,
            Verdict::Variant => 2,
            Verdict::Agree => 4,
            Verdict::SingleSource => 8,
        }
    }
}

impl Default for Show {
    /// The findings: conflicts and variants.
    fn default() -> Show {
        Show::of(&[Verdict::Conflict, Verdict::Variant])
    }
}

/// Where a kind of fact stands in a fact-check: counts first, then other measures, dates,
/// quotes, affiliations, names.
fn kind_rank(kind: Kind) -> u8 {
    match kind {
        Kind::CasualtyCount | Kind::Measure => 0,
        Kind::Quantity | Kind::Percent | Kind::Money | Kind::Age | Kind::Ordinal => 1,
        Kind::Date => 2,
        Kind::Quote => 3,
        Kind::Affiliation => 4,
        Kind::Name => 5,
    }
}

/// How many distinct sources report a fact.
pub(super) fn source_count(fact: &FactOut) -> usize {
    let sources: BTreeSet<&str> = fact.reports.iter().map(|r| &*r.source).collect();
    sources.len()
}

/// How far apart a fact's reports are, comparable within a kind: the relative spread of the
/// figures of a number, the days between the earliest and latest start of a date, the number
/// of distinct forms of anything else. Never negative.
fn spread(fact: &FactOut) -> f64 {
    let numbers: Vec<f64> = (fact.reports.iter())
        .filter_map(|r| r.value.number())
        .filter_map(|q| q.best().or(q.value.min).or(q.value.max))
        .collect();
    if !numbers.is_empty() {
        let (lo, hi) = numbers
            .iter()
            .fold((f64::MAX, f64::MIN), |(lo, hi), n| (lo.min(*n), hi.max(*n)));
        return (hi - lo) / hi.abs().max(lo.abs()).max(1.0);
    }
    let starts = fact
        .reports
        .iter()
        .filter_map(|r| r.value.date().map(|d| d.start));
    if let (Some(lo), Some(hi)) = (starts.clone().min(), starts.max()) {
        return lo.until(hi).map_or(0.0, |span| f64::from(span.get_days()));
    }
    let forms: BTreeSet<&str> = fact.reports.iter().map(|r| r.surface.as_str()).collect();
    forms.len().saturating_sub(1) as f64
}

/// Where a fact goes in a person's report: by verdict, then kind (counts first), then by how
/// many sources take part (most first), how far apart they are (farthest first), and id.
/// Worked out once per fact, not at every comparison of a sort.
pub(super) fn rank_key(f: &FactOut) -> (usize, u8, Reverse<usize>, Reverse<u64>, &str) {
    let verdict = Verdict::ALL.iter().position(|v| *v == f.verdict);
    (
        verdict.unwrap_or(Verdict::ALL.len()),
        kind_rank(f.kind),
        Reverse(source_count(f)),
        // A spread is never negative, and the bits of non-negative floats sort as they do.
        Reverse(spread(f).to_bits()),
        f.id.as_str(),
    )
}

/// The report's facts in [`rank_key`] order, grouped by verdict (conflicts, variants,
/// agreements, single source), each verdict that has facts once.
pub(super) fn ranked_sections(report: &CheckReport) -> Vec<(Verdict, Vec<&FactOut>)> {
    let mut facts: Vec<&FactOut> = report.facts.iter().collect();
    facts.sort_by_cached_key(|f| rank_key(f));
    (facts.chunk_by(|a, b| a.verdict == b.verdict))
        .map(|run| (run[0].verdict, run.to_vec()))
        .collect()
}

/// The verdicts a report opens with, fact by fact.
pub(super) const FINDINGS: [Verdict; 2] = [Verdict::Conflict, Verdict::Variant];

/// The facts of `sections` that more than one source reports: the rows of a matrix.
pub(super) fn shared<'a>(sections: &[(Verdict, Vec<&'a FactOut>)]) -> Vec<&'a FactOut> {
    (sections.iter())
        .flat_map(|(_, facts)| facts.iter().copied())
        .filter(|f| source_count(f) > 1)
        .collect()
}

/// A finding in one line: the fact's first note, or, without one, what each source says
/// ("a, b say 5; c says 6").
pub(super) fn headline(fact: &FactOut) -> String {
    if let Some(note) = fact.notes.first() {
        return note.clone();
    }
    let mut by_value: BTreeMap<String, Vec<&str>> = BTreeMap::new();
    for r in &fact.reports {
        let shown = match &r.value {
            Value::Name(_) | Value::Quote(_) => r.surface.clone(),
            v => v.to_string(),
        };
        let sources = by_value.entry(shown).or_default();
        if !sources.contains(&&*r.source) {
            sources.push(&r.source);
        }
    }
    (by_value.iter())
        .map(|(value, sources)| {
            let verb = if sources.len() == 1 { "says" } else { "say" };
            format!("{} {verb} {value}", sources.join(", "))
        })
        .collect::<Vec<_>>()
        .join("; ")
}

/// `text` with each source id replaced by its short label (`000_0eb5…` → `000`), where the id
/// stands as a whole word: a one-line headline then names its sources as the matrix does.
pub(super) fn with_labels(text: &str, ids_labels: &[(&str, &str)]) -> String {
    let mut pairs: Vec<&(&str, &str)> = ids_labels.iter().filter(|(i, l)| i != l).collect();
    // The longest first: an id that starts another is tried after it.
    pairs.sort_by_key(|(id, _)| std::cmp::Reverse(id.len()));
    let word = |c: Option<char>| c.is_some_and(|c| c.is_alphanumeric() || c == '_' || c == '-');
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    'scan: while let Some(c) = rest.chars().next() {
        if !word(out.chars().next_back()) {
            for (id, label) in &pairs {
                if rest.starts_with(id) && !word(rest[id.len()..].chars().next()) {
                    out.push_str(label);
                    rest = &rest[id.len()..];
                    continue 'scan;
                }
            }
        }
        out.push(c);
        rest = &rest[c.len_utf8()..];
    }
    out
}

/// The verdicts of `sections` that `show` folds into counts, as a reader names them and as
/// `--show` takes them: ("agree and single_source", "agree,single_source"); `None` when every
/// verdict is listed.
pub(super) fn folded(
    sections: &[(Verdict, Vec<&FactOut>)],
    show: Show,
) -> Option<(String, String)> {
    let folded: Vec<&str> = (sections.iter())
        .filter(|(v, _)| !show.contains(*v))
        .map(|(v, _)| v.as_str())
        .collect();
    (!folded.is_empty()).then(|| (folded.join(" and "), folded.join(",")))
}

/// Facts counted per kind, most first: "30 name, 20 date, 3 casualty_count".
pub(super) fn per_kind<'a>(facts: impl IntoIterator<Item = &'a FactOut>) -> String {
    let mut counts: BTreeMap<&str, usize> = BTreeMap::new();
    for f in facts {
        *counts.entry(f.kind.as_str()).or_default() += 1;
    }
    let mut counts: Vec<(&str, usize)> = counts.into_iter().collect();
    counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
    (counts.iter())
        .map(|(kind, n)| format!("{n} {kind}"))
        .collect::<Vec<_>>()
        .join(", ")
}

/// `text` cut to at most `max` characters at a word boundary, "…" marking the cut. A single
/// word longer than `max` is cut inside it, as nothing else fits.
pub(super) fn cut_end(text: &str, max: usize) -> Cow<'_, str> {
    if text.chars().count() <= max {
        return Cow::Borrowed(text);
    }
    let keep: String = text.chars().take(max.saturating_sub(1)).collect();
    let at_word = match keep.rfind(char::is_whitespace) {
        Some(i) if i > 0 => keep[..i].trim_end(),
        _ => keep.as_str(),
    };
    Cow::Owned(format!("{at_word}…"))
}

/// `text` cut to at most `max` characters from its end, at a word boundary, "…" marking the
/// cut.
pub(super) fn cut_start(text: &str, max: usize) -> Cow<'_, str> {
    let n = text.chars().count();
    if n <= max {
        return Cow::Borrowed(text);
    }
    let keep: String = text.chars().skip(n - max.saturating_sub(1)).collect();
    let at_word = match keep.find(char::is_whitespace) {
        Some(i) if i + 1 < keep.len() => keep[i..].trim_start(),
        _ => keep.as_str(),
    };
    Cow::Owned(format!("…{at_word}"))
}

/// A label of at most `max` characters, shortened so that its end (what is counted, named or
/// dated) stays whole: the first `/` segment (the kind) is cut first, down to four characters
/// (`casualty…/killed/people/3`), then the middle (`quote/mike-ma…xpect-arrests`).
pub(super) fn shorten_middle(label: &str, max: usize) -> Cow<'_, str> {
    let n = label.chars().count();
    if n <= max || max < 3 {
        return Cow::Borrowed(label);
    }
    if let Some((kind, rest)) = label.split_once('/') {
        let keep = (kind.chars().count() + max).checked_sub(n + 1);
        if let Some(keep) = keep.filter(|k| *k >= 4) {
            let kind: String = kind.chars().take(keep).collect();
            return Cow::Owned(format!("{kind}…/{rest}"));
        }
    }
    let tail = (max - 1) / 2;
    let head = max - 1 - tail;
    let start: String = label.chars().take(head).collect();
    let end: String = label.chars().skip(n - tail).collect();
    Cow::Owned(format!("{start}…{end}"))
}

#[cfg(test)]
pub(super) mod tests;
