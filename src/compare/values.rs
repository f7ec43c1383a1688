//! Verdicts of counts, quantities and dates: a conflict when two sources give values that
//! cannot both be true, with notes on wording, attribution, precision and teasers.

use super::estimates::{Estimate, estimate, estimate_note};
use super::members::{Given, given, one_victim_note, standings};
use super::revisions::revision_note;
use super::{Story, Verdict, listed};
use crate::align::Fact;
use crate::claim::{Claim, Kind};
use crate::likeness::{dates_agree, numbers_overlap};
use crate::rules::RuleSet;

/// Counts and dates: conflict when two sources' values cannot both be true, with notes on
/// wording, attribution, precision and teasers, and a count's estimate.
pub(super) fn judge_values(
    fact: &Fact,
    sources: usize,
    story: &Story,
    rules: &RuleSet,
) -> (Verdict, Vec<String>, Option<Estimate>) {
    let mut notes = Vec::new();
    let standings = standings(fact, &story.counted);
    let given = given(fact, &standings);
    let estimate = estimate(fact, &given);
    let verdict = if sources < 2 {
        Verdict::SingleSource
    } else {
        let pairs = disputed(&given, rules);
        let revised = (!pairs.is_empty())
            .then(|| revision_note(fact, &given, &pairs, &story.published, rules))
            .flatten();
        if let Some(revised) = revised {
            notes.push(revised);
            Verdict::Variant
        } else if !pairs.is_empty() {
            notes.extend(dispute_notes(&given, &pairs));
            Verdict::Conflict
        } else {
            let partial = one_victim_note(fact, &standings, rules);
            let estimates = estimate_note(fact, &given, estimate.as_ref(), rules);
            let variant = partial.is_some() || estimates.is_some();
            notes.extend(partial.into_iter().chain(estimates));
            if variant {
                Verdict::Variant
            } else {
                Verdict::Agree
            }
        }
    };
    let mut outcomes: Vec<&str> = fact
        .reports
        .iter()
        .filter_map(|r| r.claim.casualty.as_ref().map(|c| c.outcome.as_str()))
        .collect();
    outcomes.sort();
    outcomes.dedup();
    if outcomes.len() > 1 {
        notes.push(format!(
            "outcomes differ in wording: {} (casualties may include the injured)",
            outcomes.join(" vs ")
        ));
    }
    let mut claimants: Vec<&str> = fact
        .reports
        .iter()
        .filter_map(|r| r.claim.claimant.as_ref().map(|c| c.name.as_str()))
        .collect();
    claimants.sort();
    claimants.dedup();
    let unattributed: Vec<String> = fact
        .reports
        .iter()
        .filter(|r| r.claim.claimant.is_none())
        .map(|r| format!("{}:{}", r.source, r.claim.line))
        .collect();
    if !claimants.is_empty() && !unattributed.is_empty() && sources > 1 {
        notes.push(format!(
            "stated as fact at {}, but attributed elsewhere (to {})",
            listed(&unattributed),
            claimants.join("; ")
        ));
    }
    if fact.kind == Kind::Date {
        notes.extend(precision_note(fact));
    }
    if fact.reports.iter().any(|r| r.claim.teaser) {
        notes.push("includes a teaser headline for another article".into());
    }
    (verdict, notes, estimate)
}

/// The pairs of a fact's distinct values (indices into `given`) that cannot both be true, from
/// different sources, in the order the values first appear. Reports are grouped by value first,
/// so the pairs tested are pairs of distinct values: a story of a thousand articles repeating a
/// few figures stays cheap.
fn disputed(given: &[Given<'_>], rules: &RuleSet) -> Vec<(usize, usize)> {
    let mut pairs = Vec::new();
    for (i, a) in given.iter().enumerate() {
        for (j, b) in given.iter().enumerate().skip(i + 1) {
            if a.other_source(b) && !values_agree(a.claim, b.claim, rules) {
                pairs.push((i, j));
            }
        }
    }
    pairs
}

/// A note for each disputed pair ("a, b say 12; c says 30"), at most [`MAX_DISPUTES`] and a
/// count of the rest.
fn dispute_notes(given: &[Given<'_>], pairs: &[(usize, usize)]) -> Vec<String> {
    let mut notes: Vec<String> = (pairs.iter().take(MAX_DISPUTES))
        .map(|&(i, j)| format!("{}; {}", given[i].says(), given[j].says()))
        .collect();
    if pairs.len() > MAX_DISPUTES {
        notes.push(format!(
            "and {} more pairs of values that cannot both be true",
            pairs.len() - MAX_DISPUTES
        ));
    }
    notes
}

/// How many disagreeing pairs of values a conflict's notes spell out before counting the rest.
const MAX_DISPUTES: usize = 10;

/// Whether two claims of one kind can both be true: their values overlap once widened by the
/// kind's tolerance. Counts are compared as numbers: which of a fact's lone victims stand for a
/// count is decided for the whole story (`members`).
pub fn values_agree(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    match a.kind {
        Kind::Date => dates_agree(a, b, rules),
        Kind::CasualtyCount
        | Kind::Measure
        | Kind::Quantity
        | Kind::Percent
        | Kind::Money
        | Kind::Ordinal
        | Kind::Age => numbers_overlap(a, b, rules),
        // Names are judged form by form (see `names`); two mentions of one referent
        // agree in substance.
        Kind::Name => true,
        Kind::Quote => super::quotes::agree(a, b, rules),
        Kind::Affiliation => {
            let place = |c: &Claim| {
                c.value
                    .name()
                    .and_then(|m| m.country.as_ref())
                    .map(|p| p.place.clone())
            };
            place(a) == place(b)
        }
    }
}

/// For dates given at different precisions, which coarse date contains which finer one: "late
/// August (month_part) contains August 25 to 29 (day)".
fn precision_note(fact: &Fact) -> Option<String> {
    let dates: Vec<(&str, crate::dates::DateValue)> = fact
        .reports
        .iter()
        .filter_map(|r| r.claim.value.date().map(|d| (r.claim.surface.as_str(), *d)))
        .collect();
    let finest = dates
        .iter()
        .min_by_key(|(_, d)| (d.precision, d.end.duration_since(d.start)))?;
    let coarser: Vec<String> = dates
        .iter()
        .filter(|(_, d)| d.precision > finest.1.precision && finest.1.within(d))
        .map(|(s, d)| format!("\"{s}\" ({})", d.precision.as_str()))
        .collect();
    let mut coarser = coarser;
    coarser.sort();
    coarser.dedup();
    (!coarser.is_empty()).then(|| {
        format!(
            "given at different precisions: {} contain{} \"{}\" ({})",
            coarser.join(", "),
            if coarser.len() == 1 { "s" } else { "" },
            finest.0,
            finest.1.precision.as_str()
        )
    })
}
