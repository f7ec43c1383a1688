//! Competing accounts: casualty figures for the same outcome that different parties give, and
//! that one source reports close together ("separatists say 20 civilians were killed … the army
//! said it killed 20 armed individuals"). These are no conflict between sources: the sources
//! agree that the parties disagree, and a note on the fact says so.

use std::collections::BTreeMap;

use super::{Judged, listed};
use crate::align::{Fact, Reported};
use crate::claim::Kind;

/// How far apart (in bytes of one article) two figures may stand to be competing accounts.
const COMPETING_REACH: usize = 600;

/// A casualty fact's attributed reports by source: only reports of one source compete.
type BySource<'j> = BTreeMap<&'j str, Vec<&'j Reported>>;

/// Adds a note to each casualty fact that another casualty fact competes with: for every other
/// fact, the first of its reports that competes with one of this fact's, and the sources that
/// report both.
pub fn competing_accounts(judged: &mut [Judged]) {
    let by_source = attributed_by_source(judged);
    let mut notes: Vec<(usize, String)> = Vec::new();
    for (i, a) in judged.iter().enumerate() {
        if by_source[i].is_none() {
            continue;
        }
        for (j, b) in judged.iter().enumerate() {
            let Some(b_by_source) = by_source[j].as_ref().filter(|_| i != j) else {
                continue;
            };
            if let Some((sources, y)) = competing(&a.fact, b_by_source) {
                notes.push((i, note(y, &b.fact, &sources)));
            }
        }
    }
    for (i, note) in notes {
        judged[i].notes.push(note);
    }
}

/// For each casualty fact, its attributed reports by source; `None` for other kinds.
fn attributed_by_source(judged: &[Judged]) -> Vec<Option<BySource<'_>>> {
    judged
        .iter()
        .map(|j| {
            (j.fact.kind == Kind::CasualtyCount).then(|| {
                let mut map: BySource<'_> = BTreeMap::new();
                for r in j.fact.reports.iter().filter(|r| r.claim.claimant.is_some()) {
                    map.entry(r.source.as_str()).or_default().push(r);
                }
                map
            })
        })
        .collect()
}

/// The sources in which a report of `a` competes with one of the other fact (given by source),
/// in `a`'s order, and the first such report of the other fact; `None` when none competes.
fn competing<'j>(a: &'j Fact, b_by_source: &BySource<'j>) -> Option<(Vec<&'j str>, &'j Reported)> {
    let mut sources: Vec<&str> = Vec::new();
    let mut other: Option<&Reported> = None;
    for x in &a.reports {
        let Some(same_source) = b_by_source.get(x.source.as_str()) else {
            continue;
        };
        for &y in same_source {
            if competes(x, y) {
                if !sources.contains(&x.source.as_str()) {
                    sources.push(&x.source);
                }
                other.get_or_insert(y);
            }
        }
    }
    other.map(|y| (sources, y))
}

/// Two reports of one source compete: both attributed, to different parties, with outcomes
/// that can describe the same people, close together, and the first not from a teaser.
fn competes(x: &Reported, y: &Reported) -> bool {
    let (Some(cx), Some(cy)) = (&x.claim.claimant, &y.claim.claimant) else {
        return false;
    };
    let outcomes = match (&x.claim.casualty, &y.claim.casualty) {
        (Some(p), Some(q)) => p.outcome.compatible(q.outcome),
        _ => false,
    };
    let near = x.claim.span.start.abs_diff(y.claim.span.start) <= COMPETING_REACH;
    x.source == y.source && cx.key != cy.key && outcomes && near && !x.claim.teaser
}

/// The note: who gives the competing figure, the figure and its fact, and who reports both.
fn note(y: &Reported, b: &Fact, sources: &[&str]) -> String {
    let victims = y.claim.casualty.as_ref().map_or("", |c| c.victims.as_str());
    let who = y.claim.claimant.as_ref().map_or("", |c| c.name.as_str());
    format!(
        "competing account from {who}: {} {victims} ({}); {} report{} both: the parties disagree, not the sources",
        y.claim.value,
        b.id,
        listed(sources),
        if sources.len() == 1 { "s" } else { "" }
    )
}
