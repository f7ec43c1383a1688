//! Stage 4: claims → facts. A fact is a set of claims, from one or more sources, that talk about
//! the same thing: the same outcome and victims of the same event, the same counted thing, or
//! the date of the same event, or the same named referent.
//!
//! Counts and quantities are grouped by `counts`, dates by `dates`, names by `names`, quotes by
//! `quotes`; all are given claims in a fixed order (source id, then position), so the result does
//! not depend on file-system order; `counts` reorders them by content, so its facts do not
//! depend on how the sources are named either. The measures grouping shares with comparison are in
//! `crate::likeness`.
//! Facts are sorted by kind and subject and numbered when a subject repeats.

mod counts;
mod dates;
mod measures;
mod names;
mod quotes;

use std::sync::Arc;

use crate::claim::{Claim, Kind};
use crate::rules::RuleSet;

/// A claim as reported by one source. Small to move: facts are built by moving claims between
/// lists and sorting them, so the claim itself stays in one place, boxed.
#[derive(Clone, Debug, PartialEq)]
pub struct Reported {
    /// The source id (article file stem).
    pub source: SourceId,
    /// The claim.
    pub claim: Box<Claim>,
}

/// A source id, one copy shared by every claim of the source: cloned by a count, not a copy of
/// the text, and compared by address first (most comparisons are within one source).
#[derive(Clone, Debug, Eq)]
pub struct SourceId(Arc<str>);

impl SourceId {
    /// The id as text.
    pub fn as_str(&self) -> &str {
        &self.0
    }

    /// The one shared copy of the id.
    pub fn shared(&self) -> Arc<str> {
        Arc::clone(&self.0)
    }
}

impl From<&str> for SourceId {
    fn from(id: &str) -> Self {
        SourceId(id.into())
    }
}

impl From<String> for SourceId {
    fn from(id: String) -> Self {
        SourceId(id.into())
    }
}

impl std::ops::Deref for SourceId {
    type Target = str;

    fn deref(&self) -> &str {
        &self.0
    }
}

impl std::borrow::Borrow<str> for SourceId {
    fn borrow(&self) -> &str {
        &self.0
    }
}

impl std::fmt::Display for SourceId {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.write_str(&self.0)
    }
}

impl PartialEq for SourceId {
    fn eq(&self, other: &Self) -> bool {
        Arc::ptr_eq(&self.0, &other.0) || self.0 == other.0
    }
}

impl Ord for SourceId {
    fn cmp(&self, other: &Self) -> std::cmp::Ordering {
        if Arc::ptr_eq(&self.0, &other.0) {
            return std::cmp::Ordering::Equal;
        }
        self.0.cmp(&other.0)
    }
}

impl PartialOrd for SourceId {
    fn partial_cmp(&self, other: &Self) -> Option<std::cmp::Ordering> {
        Some(self.cmp(other))
    }
}

/// Claims about one thing, before comparison.
#[derive(Clone, Debug, PartialEq)]
pub struct Fact {
    /// Stable id: kind, subject and a number when the subject repeats ("casualty_count/killed/civilians/2").
    pub id: String,
    /// What the fact is about.
    pub kind: Kind,
    /// A short label: "killed/civilians", "people", "coup/niger".
    pub subject: String,
    /// The claims, ordered by source id and position.
    pub reports: Vec<Reported>,
}

/// Groups every claim of every source into facts. `sources` pairs each source id with its claims;
/// they are moved into the facts, never copied (claims are most of a run's memory).
pub fn align(sources: Vec<(String, Vec<Claim>)>, rules: &RuleSet) -> Vec<Fact> {
    let [named, quoted, dated, counted, measured] = by_stage(sources, rules);
    let mut facts = counts::group(counted, rules);
    facts.extend(measures::group(measured, rules));
    facts.extend(dates::group(dated, rules));
    let (name_facts, referents) = names::group(named, rules);
    facts.extend(name_facts);
    facts.extend(quotes::group(quoted, &referents, rules));
    facts.sort_by(|a, b| (a.kind, &a.subject).cmp(&(b.kind, &b.subject)));
    number_ids(&mut facts);
    // A fact lists its sources as the story does (1, 2, … 10), each source's reports in text
    // order.
    for f in &mut facts {
        f.reports.sort_by(|a, b| {
            alphanumeric_sort::compare_str(a.source.as_str(), b.source.as_str())
                .then_with(|| a.source.cmp(&b.source))
                .then_with(|| a.claim.span.start.cmp(&b.claim.span.start))
                .then_with(|| a.claim.span.end.cmp(&b.claim.span.end))
        });
    }
    facts
}

/// The comparable claims, split by the grouping that takes them (names, quotes, dates, counts
/// and quantities, then measures), each part ordered by source id and position. The parts are sized
/// exactly before the claims move in, so no vector of claims is ever grown by doubling.
fn by_stage(sources: Vec<(String, Vec<Claim>)>, rules: &RuleSet) -> [Vec<Reported>; 5] {
    let stage = |c: &Claim| match c.kind {
        Kind::Name => 0,
        Kind::Quote => 1,
        Kind::Date => 2,
        Kind::Measure => 4,
        Kind::CasualtyCount
        | Kind::Quantity
        | Kind::Percent
        | Kind::Money
        | Kind::Ordinal
        | Kind::Age
        | Kind::Affiliation => 3,
    };
    let mut sizes = [0; 5];
    for c in sources.iter().flat_map(|(_, claims)| claims) {
        if comparable(c, rules) {
            sizes[stage(c)] += 1;
        }
    }
    let mut parts = sizes.map(Vec::with_capacity);
    for (id, claims) in sources {
        let id = SourceId::from(id);
        for claim in claims.into_iter().filter(|c| comparable(c, rules)) {
            parts[stage(&claim)].push(Reported {
                source: id.clone(),
                claim: Box::new(claim),
            });
        }
    }
    for part in &mut parts {
        part.sort_by(|a, b| {
            (&a.source, a.claim.span.start, a.claim.span.end).cmp(&(
                &b.source,
                b.claim.span.start,
                b.claim.span.end,
            ))
        });
    }
    parts
}

/// Whether a claim takes part in facts: its kind is enabled; a quantity names what it counts (a
/// bare "three" cannot be compared with anything); a date is resolved and dates an event. Shares, sums of money, ranks and ages are not compared yet: whether two
/// sources' percentages are about the same thing takes rules of its own. Claims left out stay
/// in the `claims` output and are counted in the `check` summary.
pub fn comparable(claim: &Claim, rules: &RuleSet) -> bool {
    match claim.kind {
        Kind::CasualtyCount => rules.facts.casualty_count.enabled,
        Kind::Quantity => rules.facts.quantity.enabled && claim.counted.is_some(),
        Kind::Measure => claim
            .measure_id()
            .is_some_and(|id| rules.measure(id).is_some()),
        Kind::Percent | Kind::Money | Kind::Ordinal | Kind::Age => false,
        Kind::Date => rules.facts.date.enabled && dates::comparable(claim),
        Kind::Name => rules.facts.name,
        Kind::Affiliation => false,
        Kind::Quote => {
            rules.facts.quote
                && claim.value.quote().is_some_and(|q| {
                    q.kind == crate::claim::QuoteKind::Statement || claim.claimant.is_some()
                })
        }
    }
}

fn number_ids(facts: &mut [Fact]) {
    let mut seen: std::collections::BTreeMap<String, usize> = Default::default();
    for f in facts.iter_mut() {
        let base = format!("{}/{}", f.kind.as_str(), f.subject);
        let n = seen.entry(base.clone()).or_default();
        *n += 1;
        f.id = if *n == 1 { base } else { format!("{base}/{n}") };
    }
}

#[cfg(test)]
mod source_id_tests {
    use super::SourceId;

    #[test]
    fn source_ids_compare_by_text_whether_shared_or_not() {
        let a = SourceId::from("a");
        assert_eq!(a.cmp(&a.clone()), std::cmp::Ordering::Equal);
        assert_eq!(a, SourceId::from("a".to_string()));
        assert!(a < SourceId::from("b"));
        assert!(SourceId::from("ab") > a);
        assert_eq!(a.to_string(), "a");
    }
}
