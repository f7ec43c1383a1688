//! Competing accounts: casualty figures for the same outcome, or figures of the same measure,
//! that different parties give, and that one source reports close together ("separatists say 20 civilians were killed … the army
//! said it killed 20 armed individuals"). These are no conflict between sources: the sources
//! agree that the parties disagree, and a note on the fact says so.

use std::collections::{BTreeMap, HashMap};

use super::{Judged, listed};
use crate::align::{Fact, Reported};
use crate::claim::Kind;

/// How far apart (in bytes of one article) two figures may stand to be competing accounts.
const COMPETING_REACH: usize = 600;

/// Attributed reports of casualty facts by source: the fact's index and the report, in fact
/// order and then report order. Only reports of one source compete.
type BySource<'j> = HashMap<&'j str, Vec<(usize, &'j Reported)>>;

/// Adds a note to each casualty fact that another casualty fact competes with: for every other
/// fact, the first of its reports that competes with one of this fact's, and the sources that
/// report both.
///
/// For each report, only the attributed casualty reports of its own source are looked at
/// (nothing else can compete), never every pair of facts; per other fact the reports are met
/// in the same order as fact by fact, so the first competing report and the order of sources
/// are the same.
pub fn competing_accounts(judged: &mut [Judged]) {
    let by_source = attributed_by_source(judged);
    let mut notes: Vec<(usize, String)> = Vec::new();
    for (i, a) in judged.iter().enumerate() {
        if !accounted(a.fact.kind) {
            continue;
        }
        // Per other fact: the sources in which it competes, and its first competing report.
        let mut found: BTreeMap<usize, (Vec<&str>, &Reported)> = BTreeMap::new();
        for x in a.fact.reports.iter().filter(|x| x.claim.claimant.is_some()) {
            let same_source = by_source
                .get(x.source.as_str())
                .map_or(&[][..], Vec::as_slice);
            for &(j, y) in same_source {
                if j == i || !competes(x, y) {
                    continue;
                }
                let (sources, _) = found.entry(j).or_insert_with(|| (Vec::new(), y));
                if !sources.contains(&x.source.as_str()) {
                    sources.push(&x.source);
                }
            }
        }
        for (j, (sources, y)) in found {
            notes.push((i, note(y, &judged[j].fact, &sources)));
        }
    }
    for (i, note) in notes {
        judged[i].notes.push(note);
    }
}

/// The attributed reports of every casualty fact, by source.
fn attributed_by_source(judged: &[Judged]) -> BySource<'_> {
    let mut map: BySource<'_> = HashMap::new();
    for (j, f) in judged.iter().enumerate() {
        if !accounted(f.fact.kind) {
            continue;
        }
        for r in f.fact.reports.iter().filter(|r| r.claim.claimant.is_some()) {
            map.entry(r.source.as_str()).or_default().push((j, r));
        }
    }
    map
}

/// Two reports of one source compete: both attributed, to different parties, with outcomes
/// that can describe the same people over the same span (no scope, or the same), close
/// together, and the first not from a teaser.
fn competes(x: &Reported, y: &Reported) -> bool {
    if x.claim.scope().map(|s| &s.key) != y.claim.scope().map(|s| &s.key) {
        return false;
    }
    let (Some(cx), Some(cy)) = (&x.claim.claimant, &y.claim.claimant) else {
        return false;
    };
    let outcomes = match (&x.claim.casualty, &y.claim.casualty) {
        (Some(p), Some(q)) => p.outcome.compatible(q.outcome),
        // A measure's figures compete with figures of the same measure.
        _ => x.claim.measure_id().is_some() && x.claim.measure_id() == y.claim.measure_id(),
    };
    let near = x.claim.span.start.abs_diff(y.claim.span.start) <= COMPETING_REACH;
    x.source == y.source && cx.key != cy.key && outcomes && near && !x.claim.teaser
}

/// Whether facts of `kind` may hold competing accounts: casualty counts and measures.
fn accounted(kind: Kind) -> bool {
    matches!(kind, Kind::CasualtyCount | Kind::Measure)
}

/// The note: who gives the competing figure, the figure and its fact, and who reports both.
fn note(y: &Reported, b: &Fact, sources: &[&str]) -> String {
    let victims = match (&y.claim.casualty, &y.claim.measure) {
        (Some(c), _) => c.victims.as_str(),
        (None, Some(m)) => m.measure_words.as_str(),
        (None, None) => "",
    };
    let who = y.claim.claimant.as_ref().map_or("", |c| c.name.as_str());
    format!(
        "competing account from {who}: {} {victims} ({}); {} report{} both: the parties disagree, not the sources",
        y.claim.value,
        b.id,
        listed(sources),
        if sources.len() == 1 { "s" } else { "" }
    )
}
