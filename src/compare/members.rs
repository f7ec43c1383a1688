//! Lone victims in a count fact: a victim the text speaks of without a numeral ("a man was
//! killed", "Jane Roe, 24, died") is one of the victims, not a total. It counts for its source
//! only where the source gives no count of that outcome anywhere in the story; a named person
//! never does (naming some of the dead says nothing of how many died).

use crate::align::{Fact, Reported};
use crate::claim::{Claim, Kind, Lone, Outcome};
use crate::likeness::numbers_overlap;
use crate::rules::RuleSet;

use super::listed;

/// The sources that give a count of each outcome with a numeral, anywhere in the story: their
/// lone victims are members of that count.
#[derive(Debug, Default)]
pub struct Counted {
    /// Source id and outcome, sorted.
    given: Vec<(String, Outcome)>,
}

impl Counted {
    /// The numeral counts of every casualty fact of a story; a count with a scope ("300 killed
    /// this year") is no count of the story's victims.
    pub fn of(facts: &[Fact]) -> Counted {
        let mut given: Vec<(String, Outcome)> = facts
            .iter()
            .filter(|f| f.kind == Kind::CasualtyCount)
            .flat_map(|f| &f.reports)
            .filter(|r| r.claim.lone().is_none() && r.claim.scope().is_none())
            .filter_map(|r| Some((r.source.to_string(), r.claim.casualty.as_ref()?.outcome)))
            .collect();
        given.sort_unstable();
        given.dedup();
        Counted { given }
    }

    /// Whether `source` gives a count of an outcome that covers `outcome` ("casualties" covers
    /// the killed and the injured).
    fn gives(&self, source: &str, outcome: Outcome) -> bool {
        let from = self.given.partition_point(|(s, _)| s.as_str() < source);
        self.given[from..]
            .iter()
            .take_while(|(s, _)| s == source)
            .any(|&(_, o)| o.compatible(outcome))
    }
}

/// How a report's value counts in its fact.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Standing {
    /// A count with a numeral, or anything that is not a casualty count.
    Total,
    /// A lone victim of a source that counts otherwise, or a named person: one of the victims.
    Member,
    /// A lone victim standing for its source's account of one victim: the source gives no count
    /// of the outcome, and all its lone victims here may be one person ("a man was killed … the
    /// victim died"; not "a man was killed and a woman died").
    One,
}

/// The standing of each of the fact's reports, in report order.
pub(super) fn standings(fact: &Fact, counted: &Counted) -> Vec<Standing> {
    let mut out = Vec::with_capacity(fact.reports.len());
    for source in fact.reports.chunk_by(|a, b| a.source == b.source) {
        let counts_here = source.iter().any(|r| r.claim.lone().is_none());
        let mut heads: Vec<String> = source
            .iter()
            .filter(|r| r.claim.lone() == Some(Lone::Unnamed))
            .filter_map(victim_head)
            .collect();
        heads.sort_unstable();
        heads.dedup();
        out.extend(source.iter().map(|r| {
            let outcome = r.claim.casualty.as_ref().map(|c| c.outcome);
            match r.claim.lone() {
                // "two more people died", "the remaining two": part of a count, not the count.
                None if r.claim.part() => Standing::Member,
                None => Standing::Total,
                Some(Lone::Named) => Standing::Member,
                Some(Lone::Unnamed)
                    if counts_here
                        || heads.len() > 1
                        || outcome.is_some_and(|o| counted.gives(&r.source, o)) =>
                {
                    Standing::Member
                }
                Some(Lone::Unnamed) => Standing::One,
            }
        }));
    }
    out
}

/// One value of a fact, as shown, with the sources that give it.
pub(super) struct Given<'f> {
    /// The value as the report shows it ("≥12 (At least)", "2024-09-02 (day)").
    pub shown: String,
    /// A claim with this value.
    pub claim: &'f Claim,
    /// The sources giving it, in report order.
    pub sources: Vec<&'f str>,
}

impl Given<'_> {
    /// "a, b say 12", "c says 30".
    pub(super) fn says(&self) -> String {
        let verb = if self.sources.len() == 1 {
            "says"
        } else {
            "say"
        };
        format!("{} {verb} {}", listed(&self.sources), self.shown)
    }

    /// Whether `other` is given by a source this one is not given by alone: a source does not
    /// disagree with itself.
    pub(super) fn other_source(&self, other: &Given<'_>) -> bool {
        (self.sources.iter()).any(|s| other.sources.iter().any(|t| s != t))
    }
}

/// The distinct values of a fact's reports that stand for a count ([`Standing::Total`]), in the
/// order they first appear, each with its sources; values shown alike but for letter case are
/// one.
pub(super) fn given<'f>(fact: &'f Fact, standings: &[Standing]) -> Vec<Given<'f>> {
    let mut given: Vec<Given<'_>> = Vec::new();
    let totals = (fact.reports.iter().zip(standings)).filter(|(_, s)| **s == Standing::Total);
    for (r, _) in totals {
        let shown = r.claim.value.to_string();
        // "At least 38" at a sentence start and "at least 38" are one value.
        match given
            .iter_mut()
            .find(|g| g.shown.eq_ignore_ascii_case(&shown))
        {
            Some(g) if !g.sources.contains(&r.source.as_str()) => g.sources.push(&r.source),
            Some(_) => {}
            None => given.push(Given {
                shown,
                claim: &r.claim,
                sources: vec![&r.source],
            }),
        }
    }
    given
}

/// The head word of a lone victim, lower-cased ("man" of "44-year-old man"); `None` for a word
/// any victim may be called ("victim", "person").
fn victim_head(r: &Reported) -> Option<String> {
    let victims = &r.claim.casualty.as_ref()?.victims;
    let head = victims.rsplit([' ', '-']).next()?.to_lowercase();
    (!["victim", "person", "individual", "one", ""].contains(&head.as_str())).then_some(head)
}

/// A note for sources that tell of one victim without a count where other sources count more
/// (or other than one): "b tells of one victim ("a man was killed"), without a count; a, c say
/// 3". Such a fact is a variant, not a conflict: the one source may tell of one of the victims.
pub(super) fn one_victim_note(
    fact: &Fact,
    standings: &[Standing],
    rules: &RuleSet,
) -> Option<String> {
    let with = |s: Standing| {
        (fact.reports.iter().zip(standings))
            .filter(move |(_, t)| **t == s)
            .map(|(r, _)| r)
    };
    let mut ones: Vec<&Reported> = with(Standing::One).collect();
    ones.dedup_by(|a, b| a.source == b.source);
    let first = ones.first()?;
    let mut others: Vec<&str> = Vec::new();
    let mut values: Vec<String> = Vec::new();
    for r in with(Standing::Total) {
        let differs = ones
            .iter()
            .any(|o| o.source != r.source && !numbers_overlap(&o.claim, &r.claim, rules));
        if differs {
            others.push(&r.source);
            values.push(r.claim.value.to_string());
        }
    }
    if others.is_empty() {
        return None;
    }
    others.dedup();
    values.sort();
    values.dedup();
    let sources: Vec<&str> = ones.iter().map(|r| r.source.as_str()).collect();
    let verb = |n: usize, one: &'static str, many: &'static str| if n == 1 { one } else { many };
    Some(format!(
        "{} {} of one victim (\"{}\"), without a count; {} {} {}",
        listed(&sources),
        verb(sources.len(), "tells", "tell"),
        first.claim.surface,
        listed(&others),
        verb(others.len(), "says", "say"),
        values.join(", ")
    ))
}

#[cfg(test)]
mod tests;
