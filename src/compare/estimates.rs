//! Different estimates: figures whose intervals overlap can still be different accounts. "At
//! least 213" and "more than 1,400" can both be true, yet no reader would call them one figure:
//! each figure has a best estimate (the number it gives), and where two sources' best estimates
//! differ beyond the rule set's tolerance the fact is a variant, with a note that says why.

use crate::align::Fact;
use crate::claim::{Hedge, HedgeKind, Interval, Kind, Quantity};
use crate::likeness::tolerance;
use crate::rules::RuleSet;

use super::members::{Given, Standing, given};

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

/// One figure of a fact with its best estimate, and whether it is a lower bound.
struct Figure<'f> {
    given: Given<'f>,
    best: Interval,
    lower_bound: bool,
}

/// The note of a fact whose figures can all be true but whose best estimates differ beyond the
/// tolerance, from two sources: "best estimates differ: a says ≥213 (at least); b says ≥1401
/// (more than); all are lower bounds". `None` when they agree, and for any fact but a casualty
/// count: quantities join only when they agree, and too often count different things for their
/// estimates to be compared. Only figures that stand for a count are read
/// ([`Standing::Total`]).
pub(super) fn estimate_note(
    fact: &Fact,
    standings: &[Standing],
    rules: &RuleSet,
) -> Option<String> {
    if fact.kind != Kind::CasualtyCount {
        return None;
    }
    let tol = tolerance(fact.kind, rules)?;
    let mut figures: Vec<Figure<'_>> = (given(fact, standings).into_iter())
        .filter_map(|given| {
            let q = given.claim.value.number()?;
            let lower = |h: &Hedge| matches!(h.kind, HedgeKind::AtLeast | HedgeKind::MoreThan);
            Some(Figure {
                best: best(q)?,
                lower_bound: q.hedge.as_deref().is_some_and(lower),
                given,
            })
        })
        .collect();
    let near = |a: &Interval, b: &Interval| {
        let x = a.widened(tol.relative, tol.absolute);
        x.overlaps(&b.widened(tol.relative, tol.absolute))
    };
    let differ = figures.iter().enumerate().any(|(i, a)| {
        figures[i + 1..]
            .iter()
            .any(|b| a.given.other_source(&b.given) && !near(&a.best, &b.best))
    });
    if !differ {
        return None;
    }
    figures.sort_by(|a, b| {
        a.best
            .min
            .unwrap_or(0.0)
            .total_cmp(&b.best.min.unwrap_or(0.0))
    });
    let says: Vec<String> = (figures.iter().take(MAX_FIGURES))
        .map(|f| f.given.says())
        .collect();
    let mut note = format!("best estimates differ: {}", says.join("; "));
    if figures.len() > MAX_FIGURES {
        note.push_str(&format!(
            "; and {} more figures",
            figures.len() - MAX_FIGURES
        ));
    }
    if figures.iter().all(|f| f.lower_bound) {
        note.push_str("; all are lower bounds");
    }
    Some(note)
}

/// How many figures an estimate note names before it counts the rest.
const MAX_FIGURES: usize = 6;

#[cfg(test)]
mod tests;
