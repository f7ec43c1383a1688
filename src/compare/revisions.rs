//! Revisions over time: a toll that rises as victims die in hospital is an update, not a
//! contradiction; so is a tally of a measure (the displaced, the arrested) that rises, and a
//! person's age given higher in an article published a year or more later (see `aged`). Where two sources' figures cannot both be true, the higher one is a revision
//! of the lower when a report of it has words that mark an update ("the death toll rose to 7",
//! "later died") and it was published that day or later; or, without such words, when it was
//! published later, within the rule set's `revision_days`, and is at most `revision_factor`
//! times the lower figure. A lower figure published later, figures of one day without such
//! words, and a rise too late or too steep to be the toll updated ("2 dead" on Monday, "49
//! dead" on Tuesday: another incident, a city's weekend) stay a conflict.

use crate::align::Fact;
use crate::claim::Kind;
use crate::kinds::MeasureClass;
use crate::rules::RuleSet;

use super::listed;
use super::members::Given;

/// When each source was published (`YYYY-MM-DD`, as in the report's sources), where known.
#[derive(Debug, Default)]
pub struct Published {
    /// Source id and date, sorted by source id.
    dates: Vec<(String, String)>,
}

impl Published {
    /// The publication dates of a story's sources; sources without one are left out.
    pub fn new(dates: impl IntoIterator<Item = (String, Option<String>)>) -> Published {
        let mut dates: Vec<(String, String)> = (dates.into_iter())
            .filter_map(|(source, date)| Some((source, date?)))
            .collect();
        dates.sort_unstable();
        Published { dates }
    }

    /// When `source` was published.
    fn of(&self, source: &str) -> Option<&str> {
        let at = self.dates.binary_search_by(|(s, _)| s.as_str().cmp(source));
        at.ok().map(|i| self.dates[i].1.as_str())
    }

    /// The earliest and latest publication dates of `sources`; `None` when one is unknown.
    fn span(&self, sources: &[&str]) -> Option<(&str, &str)> {
        let dates: Option<Vec<&str>> = sources.iter().map(|s| self.of(s)).collect();
        let dates = dates?;
        Some((dates.iter().min().copied()?, dates.iter().max().copied()?))
    }
}

/// The note of a count fact whose every disagreement is a revision: "revised over time: 5 on
/// 2025-01-03 (a); 7 on 2025-01-05 (b, c)". `pairs` are the disagreeing values (indices into
/// `given`). `None` when one is not a revision, for a count with a scope ("killed this year":
/// a background total is no toll being updated), or for any other kind of fact.
pub(super) fn revision_note(
    fact: &Fact,
    given: &[Given<'_>],
    pairs: &[(usize, usize)],
    published: &Published,
    rules: &RuleSet,
) -> Option<String> {
    if !revisable(fact, rules) || fact.reports.iter().any(|r| r.claim.scope().is_some()) {
        return None;
    }
    let mut involved = vec![false; given.len()];
    for &(i, j) in pairs {
        let (a, b) = (&given[i], &given[j]);
        let (lo, hi) = if below(a, b) { (a, b) } else { (b, a) };
        if !revises(fact, lo, hi, published, rules) {
            return None;
        }
        involved[i] = true;
        involved[j] = true;
    }
    let mut timeline: Vec<(&str, &Given<'_>)> = (given.iter().zip(&involved))
        .filter(|(_, inv)| **inv)
        .filter_map(|(g, _)| Some((published.span(&g.sources)?.0, g)))
        .collect();
    if timeline.is_empty() {
        return None;
    }
    timeline.sort_by(|(d, g), (e, h)| d.cmp(e).then_with(|| low(g).total_cmp(&low(h))));
    let steps: Vec<String> = (timeline.iter())
        .map(|(date, g)| format!("{} on {date} ({})", g.shown, listed(&g.sources)))
        .collect();
    Some(format!("revised over time: {}", steps.join("; ")))
}

/// Whether a fact's figure is a tally that news updates as it grows: a casualty count, or a
/// measure counting people or things ("displaced", "arrested"); not a rate, a sum, a person's
/// age or sentence.
fn revisable(fact: &Fact, rules: &RuleSet) -> bool {
    match fact.kind {
        Kind::CasualtyCount => true,
        Kind::Measure => measure_of(fact, rules).is_some_and(|m| {
            m.class == MeasureClass::Age
                || (!m.per_person && matches!(m.class, MeasureClass::People | MeasureClass::Count))
        }),
        _ => false,
    }
}

/// The measure of a fact of kind measure.
fn measure_of<'r>(fact: &Fact, rules: &'r RuleSet) -> Option<&'r crate::rules::MeasureRule> {
    (fact.reports.first())
        .and_then(|r| r.claim.measure_id())
        .and_then(|id| rules.measure(id))
}

/// Whether a person's higher age `hi`, first given on `hi_first`, is the lower `lo`, last given
/// on `lo_last`, grown older: by at most the years between, counting a part year as one (34 in
/// March and 35 the next January may both be true).
fn aged(lo: &Given<'_>, hi: &Given<'_>, lo_last: &str, hi_first: &str) -> bool {
    let Some(days) = days_between(lo_last, hi_first) else {
        return false;
    };
    let years = (days as f64 / 365.25).ceil();
    let top = (lo.claim.value.number()).and_then(|q| q.value.max);
    days > 0 && top.is_some_and(|top| low(hi) - top <= years)
}

/// The lowest value a figure allows.
fn low(g: &Given<'_>) -> f64 {
    (g.claim.value.number()).map_or(0.0, |q| q.value.min.unwrap_or(0.0))
}

/// Whether `a`'s figure lies below `b`'s.
fn below(a: &Given<'_>, b: &Given<'_>) -> bool {
    low(a) < low(b)
}

/// Whether the higher figure `hi` revises the lower `lo`: a report of `hi` is marked as an
/// update and every source of `hi` was published on or after the day of every source of `lo`;
/// or, unmarked, `hi` was first published after every source of `lo`, at most
/// `revision_days` later, and rises at most `revision_factor` times above `lo`.
fn revises(
    fact: &Fact,
    lo: &Given<'_>,
    hi: &Given<'_>,
    published: &Published,
    rules: &RuleSet,
) -> bool {
    let (Some((_, lo_last)), Some((hi_first, _))) =
        (published.span(&lo.sources), published.span(&hi.sources))
    else {
        return false;
    };
    let marked = || {
        (fact.reports.iter()).any(|r| {
            r.claim.value == hi.claim.value
                && (r.claim.casualty.as_ref().is_some_and(|c| c.marks.revised)
                    || r.claim.measure.as_ref().is_some_and(|m| m.revised))
        })
    };
    if measure_of(fact, rules).is_some_and(|m| m.class == MeasureClass::Age) {
        return aged(lo, hi, lo_last, hi_first);
    }
    let casualties = &rules.casualties;
    let soon = || {
        days_between(lo_last, hi_first).is_some_and(|d| d <= i64::from(casualties.revision_days))
    };
    let gentle = || {
        let top = (lo.claim.value.number()).and_then(|q| q.value.max);
        top.is_none_or(|top| low(hi) <= top * casualties.revision_factor)
    };
    (lo_last <= hi_first && marked()) || (lo_last < hi_first && soon() && gentle())
}

/// Whole days from `from` to `to` (`YYYY-MM-DD`); `None` when one does not read as a date.
fn days_between(from: &str, to: &str) -> Option<i64> {
    let from: jiff::civil::Date = from.parse().ok()?;
    let to: jiff::civil::Date = to.parse().ok()?;
    let span = from.until((jiff::Unit::Day, to)).ok()?;
    Some(i64::from(span.get_days()))
}

#[cfg(test)]
mod tests;
