//! Quote facts: renderings of one statement across (and within) sources.
//!
//! A speaker is canonicalised through the name facts: the referent of a name mention inside the
//! attribution ("Mr. Ramadan" and "CSP spokesman Ramadan" are both Mohamed Elmaouloud Ramadan),
//! else the attribution's own key. Statements are taken in source and text order; each joins
//! the group whose rendering it shares most words with, provided the shared words are at least
//! `quotes.min_overlap` of the shorter rendering and the speakers do not differ (an unnamed
//! speaker differs from none). A term ("fruitful") joins only a statement of the same speaker
//! that holds all its words; otherwise it takes part in no fact.

use std::collections::BTreeMap;

use super::names::{Referents, slug};
use super::{Fact, Reported};
use crate::claim::{EntityType, Kind, QuoteKind};
use crate::likeness::{content, overlap, similarity, words};
use crate::rules::RuleSet;

/// A rendering in a group: the claim, its words, its speaker (referent key and subject).
type Member = (Reported, Vec<String>, Option<(String, String)>);

/// Groups quote claims into facts. `reported` is ordered by source and position.
pub(super) fn group(reported: Vec<Reported>, referents: &Referents, rules: &RuleSet) -> Vec<Fact> {
    let speaker = |r: &Reported| speaker_key(r, referents);
    let (statements, terms): (Vec<Reported>, Vec<Reported>) = reported.into_iter().partition(|r| {
        r.claim
            .value
            .quote()
            .is_some_and(|q| q.kind == QuoteKind::Statement)
    });
    let mut groups = group_statements(statements, &speaker, rules);
    attach_terms(&mut groups, terms, &speaker);
    groups.into_iter().map(into_fact).collect()
}

/// Statements into groups: each joins the compatible group it is most similar to, or starts one.
fn group_statements(
    statements: Vec<Reported>,
    speaker: &dyn Fn(&Reported) -> Option<(String, String)>,
    rules: &RuleSet,
) -> Vec<Vec<Member>> {
    let mut groups: Vec<Vec<Member>> = Vec::new();
    // Groups by content word, so a statement is compared only with groups that share two of
    // its content words (fewer can never match): linear in practice, not quadratic.
    let mut by_word: BTreeMap<String, Vec<usize>> = BTreeMap::new();
    for r in statements {
        let w = words(&r.claim.surface);
        let s = speaker(&r);
        let mut distinct = content(&w);
        distinct.sort();
        distinct.dedup();
        let mut shared: BTreeMap<usize, usize> = BTreeMap::new();
        for c in &distinct {
            for &g in by_word.get(c).map_or(&[][..], Vec::as_slice) {
                *shared.entry(g).or_default() += 1;
            }
        }
        let best = shared
            .into_iter()
            .filter(|&(_, n)| n >= 2)
            .map(|(i, _)| (i, &groups[i]))
            .filter(|(_, g)| g.iter().all(|(_, _, gs)| compatible(gs, &s)))
            .filter_map(|(i, g)| {
                g.iter()
                    .filter_map(|(_, gw, _)| similarity(&w, gw, rules.quotes.min_overlap))
                    .max_by(f64::total_cmp)
                    .map(|score| (i, score))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1).then(b.0.cmp(&a.0)));
        let at = match best {
            Some((i, _)) => i,
            None => {
                groups.push(Vec::new());
                groups.len() - 1
            }
        };
        for c in distinct {
            let list = by_word.entry(c).or_default();
            if !list.contains(&at) {
                list.push(at);
            }
        }
        groups[at].push((r, w, s));
    }
    groups
}

/// A term joins the first group holding a statement of the same (named) speaker with all its
/// words; otherwise it takes part in no fact.
fn attach_terms(
    groups: &mut [Vec<Member>],
    terms: Vec<Reported>,
    speaker: &dyn Fn(&Reported) -> Option<(String, String)>,
) {
    for r in terms {
        let w = words(&r.claim.surface);
        let s = speaker(&r);
        if s.is_none() {
            continue;
        }
        let home = groups.iter_mut().find(|g| {
            g.iter()
                .any(|(_, gw, gs)| gs == &s && overlap(&w, gw) >= 1.0)
        });
        if let Some(g) = home {
            g.push((r, w, s));
        }
    }
}

/// A group as a fact: its renderings in source and text order, its subject the speaker and the
/// gist of the longest rendering.
fn into_fact(mut g: Vec<Member>) -> Fact {
    g.sort_by(|a, b| (&a.0.source, a.0.claim.span.start).cmp(&(&b.0.source, b.0.claim.span.start)));
    let who = g
        .iter()
        .find_map(|(_, _, s)| s.as_ref().map(|(_, subject)| subject.clone()))
        .unwrap_or_else(|| "unattributed".into());
    let longest = g
        .iter()
        .max_by_key(|(_, w, _)| w.len())
        .map(|(_, w, _)| w.clone())
        .unwrap_or_default();
    Fact {
        id: String::new(),
        kind: Kind::Quote,
        subject: format!("{who}/{}", gist(&longest)),
        reports: g.into_iter().map(|(r, _, _)| r).collect(),
    }
}

/// The speaker's referent (key and subject): the first person named inside the attribution, else
/// its first name that is no place, else the attribution's own key.
fn speaker_key(r: &Reported, referents: &Referents) -> Option<(String, String)> {
    let c = r.claim.claimant.as_ref()?;
    let inside: Vec<&(String, String, EntityType)> = referents
        .range((r.source.clone(), c.span.start)..(r.source.clone(), c.span.end))
        .map(|(_, v)| v)
        .collect();
    // "CSP spokesman Ramadan" is Ramadan; "the leader of Mali" is not Mali.
    let named = inside
        .iter()
        .find(|v| v.2 == EntityType::Person)
        .or_else(|| inside.iter().find(|v| v.2 != EntityType::Place))
        .map(|v| (v.0.clone(), v.1.clone()));
    // Matched by the claimant's key ("the army" and "Mali's army"), shown by its words.
    named.or_else(|| Some((format!("claimant:{}", c.key), slug(&c.name))))
}

/// Two speakers may have said one thing: the same, or one of them unknown.
fn compatible(a: &Option<(String, String)>, b: &Option<(String, String)>) -> bool {
    match (a, b) {
        (Some(a), Some(b)) => a.0 == b.0,
        _ => true,
    }
}

/// A few words that say what a statement is about, for its fact id: the first four words of
/// five letters or more.
fn gist(words: &[String]) -> String {
    let picked: Vec<&str> = words
        .iter()
        .filter(|w| w.chars().count() >= 5)
        .take(4)
        .map(String::as_str)
        .collect();
    let s = slug(&picked.join(" "));
    if s == "unnamed" { "quote".into() } else { s }
}
