//! Different estimates: figures whose intervals overlap can still be different accounts. "At
//! least 213" and "more than 1,400" can both be true, yet no reader would call them one figure:
//! each figure has a best estimate (the number it gives), and where two sources' best estimates
//! differ beyond the rule set's tolerance the fact is a variant, with a note that says why.

use serde::Serialize;

use crate::align::Fact;
use crate::claim::{Hedge, HedgeKind, Interval, Kind, Quantity, fmt_num, ser_num};
use crate::likeness::tolerance_of;
use crate::rules::RuleSet;

use super::listed;
use super::members::Given;

/// A figure's best estimate: the number it gives. An exact figure is itself, a bound is its
/// bound ("at least 213" is 213), "about 20" is the margin around 20 (so "about 20" and "21"
/// are one estimate); a range or a vague amount ("dozens") gives none.
pub(super) fn best(q: &Quantity) -> Option<Interval> {
    let v = q.value;
    let point = |n: Option<f64>| n.map(Interval::exact);
    match q.hedge.as_ref().map(|h| h.kind) {
        None if v.is_exact() => point(v.min),
        None | Some(HedgeKind::Range | HedgeKind::Vague) => None,
        Some(HedgeKind::Approximate) => (v.min.is_some() && v.max.is_some()).then_some(v),
        Some(HedgeKind::AtLeast | HedgeKind::MoreThan) => point(v.min),
        Some(HedgeKind::Below | HedgeKind::AtMost | HedgeKind::FewerThan) => point(v.max),
    }
}

/// The note of a fact whose figures can all be true but whose best estimates differ beyond the
/// tolerance, from two sources: "best estimates differ: a says 213 (at least); b, c say 1400
/// (more than, over); all are lower bounds". `None` when they agree, and for any fact but a
/// casualty count: quantities join only when they agree, and too often count different things
/// for their estimates to be compared. `given` are the fact's values that stand for a count
/// ([`super::members::Standing::Total`]).
pub(super) fn estimate_note(
    fact: &Fact,
    given: &[Given<'_>],
    estimate: Option<&Estimate>,
    rules: &RuleSet,
) -> Option<String> {
    let estimate = estimate?;
    let (relative, absolute) = tolerance_of(&fact.reports.first()?.claim, rules)?;
    let figures: Vec<(&Given<'_>, Interval)> = (given.iter())
        .filter_map(|given| {
            let best = best(given.claim.value.number()?)?;
            Some((given, best))
        })
        .collect();
    let near = |a: &Interval, b: &Interval| {
        let x = a.widened(relative, absolute);
        x.overlaps(&b.widened(relative, absolute))
    };
    let differ = figures.iter().enumerate().any(|(i, (a, x))| {
        figures[i + 1..]
            .iter()
            .any(|(b, y)| a.other_source(b) && !near(x, y))
    });
    if !differ {
        return None;
    }
    let with_value: Vec<&EstimateFigure> = (estimate.figures.iter())
        .filter(|f| f.value.is_some())
        .collect();
    let says: Vec<String> = (with_value.iter().take(MAX_FIGURES))
        .map(|f| f.says())
        .collect();
    let mut note = format!("best estimates differ: {}", says.join("; "));
    if with_value.len() > MAX_FIGURES {
        note.push_str(&format!(
            "; and {} more figures",
            with_value.len() - MAX_FIGURES
        ));
    }
    let lower = |h: &Hedge| matches!(h.kind, HedgeKind::AtLeast | HedgeKind::MoreThan);
    let bounds = figures.iter().all(|(g, _)| {
        (g.claim.value.number()).is_some_and(|q| q.hedge.as_deref().is_some_and(lower))
    });
    if bounds {
        note.push_str("; all are lower bounds");
    }
    Some(note)
}

/// How many figures an estimate note names before it counts the rest.
const MAX_FIGURES: usize = 6;

/// A count fact's figures reconciled, as conflict data sets keep them: the lowest and highest
/// value any source allows, the best estimate most sources give, the most conservative one, and
/// each figure with its sources. Only figures that stand for a count are read (a victim named
/// without a count is not one).
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct Estimate {
    /// The lowest value any figure allows; a figure with no lower bound ("up to 30") allows 0.
    #[serde(serialize_with = "ser_num")]
    #[schemars(with = "Option<f64>")]
    pub low: Option<f64>,
    /// The best estimate given by the most sources, the lower one on a tie; `null` when no
    /// figure gives one (only ranges and vague amounts).
    #[serde(serialize_with = "ser_num")]
    #[schemars(with = "Option<f64>")]
    pub best: Option<f64>,
    /// The highest value any figure allows; `null` when one is open above ("at least 213").
    #[serde(serialize_with = "ser_num")]
    #[schemars(with = "Option<f64>")]
    pub high: Option<f64>,
    /// The lowest best estimate: the most conservative figure.
    #[serde(serialize_with = "ser_num")]
    #[schemars(with = "Option<f64>")]
    pub conservative: Option<f64>,
    /// Each best estimate given, lowest first, then the figures that give none.
    pub figures: Vec<EstimateFigure>,
}

/// One figure of an [`Estimate`]: a best estimate with the forms that give it and their sources.
#[derive(Clone, Debug, PartialEq, Serialize, schemars::JsonSchema)]
pub struct EstimateFigure {
    /// The best estimate ([`Quantity::best`]), `null` for a range or a vague amount.
    #[serde(serialize_with = "ser_num")]
    #[schemars(with = "Option<f64>")]
    pub value: Option<f64>,
    /// The values as shown that give it ("≥213 (at least)", "213"), in the order they appear.
    pub forms: Vec<String>,
    /// The sources that give it, in report order.
    pub sources: Vec<String>,
    /// The hedge words of its forms, lower-cased, each once ("at least", "no fewer than").
    #[serde(skip)]
    #[schemars(skip)]
    pub hedges: Vec<String>,
}

impl EstimateFigure {
    /// "a says 213 (at least)", "b, c say 1400 (more than, over)".
    fn says(&self) -> String {
        let verb = if self.sources.len() == 1 {
            "says"
        } else {
            "say"
        };
        let value = self.value.map_or_else(String::new, fmt_num);
        let mut said = format!("{} {verb} {value}", listed(&self.sources));
        if !self.hedges.is_empty() {
            said.push_str(&format!(" ({})", self.hedges.join(", ")));
        }
        said
    }
}

/// The estimate of a casualty count fact from its values that stand for a count (`given`);
/// `None` for other kinds and for a fact with no such value.
pub(super) fn estimate(fact: &Fact, given: &[Given<'_>]) -> Option<Estimate> {
    if !matches!(fact.kind, Kind::CasualtyCount | Kind::Measure) {
        return None;
    }
    // Figures in different units ("18 months", "1.5 years") are no one scale to read low and
    // high on.
    let unit = |g: &Given<'_>| g.claim.value.number().and_then(|q| q.unit);
    if given
        .iter()
        .any(|g| unit(g) != given.first().and_then(unit))
    {
        return None;
    }
    let mut figures: Vec<EstimateFigure> = Vec::new();
    let (mut low, mut high) = (f64::INFINITY, Some(f64::NEG_INFINITY));
    for g in given {
        let Some(q) = g.claim.value.number() else {
            continue;
        };
        low = low.min(q.value.min.unwrap_or(0.0));
        high = high.zip(q.value.max).map(|(a, b)| a.max(b));
        let value = q.best();
        let same = |f: &&mut EstimateFigure| match value {
            Some(_) => f.value == value,
            None => f.value.is_none() && f.forms[0] == g.shown,
        };
        let sources = g.sources.iter().map(|s| s.to_string());
        let hedge = q.hedge.as_ref().map(|h| h.words.to_lowercase());
        let f = match figures.iter_mut().find(same) {
            Some(f) => {
                f.forms.push(g.shown.clone());
                for s in sources {
                    if !f.sources.contains(&s) {
                        f.sources.push(s);
                    }
                }
                f
            }
            None => {
                figures.push(EstimateFigure {
                    value,
                    forms: vec![g.shown.clone()],
                    sources: sources.collect(),
                    hedges: Vec::new(),
                });
                figures.last_mut()?
            }
        };
        if let Some(h) = hedge.filter(|h| !f.hedges.contains(h)) {
            f.hedges.push(h);
        }
    }
    if figures.is_empty() {
        return None;
    }
    // Lowest first; figures without an estimate last, in the order they appear.
    figures.sort_by(|a, b| match (a.value, b.value) {
        (Some(x), Some(y)) => x.total_cmp(&y),
        (x, y) => y.is_some().cmp(&x.is_some()),
    });
    let with_value = || figures.iter().filter(|f| f.value.is_some());
    let best = with_value()
        .max_by(|a, b| {
            (a.sources.len().cmp(&b.sources.len()))
                .then_with(|| b.value.unwrap_or(0.0).total_cmp(&a.value.unwrap_or(0.0)))
        })
        .and_then(|f| f.value);
    let conservative = with_value().next().and_then(|f| f.value);
    Some(Estimate {
        low: Some(low),
        best,
        high,
        conservative,
        figures,
    })
}

#[cfg(test)]
mod tests;
