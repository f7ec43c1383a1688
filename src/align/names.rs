//! Name facts: which mentions, across and within sources, name one referent.
//!
//! Mentions are joined (union-find) by evidence, strongest first:
//!
//! 1. the rule set's entity ("Nigerien" and "Niger" are Niger);
//! 2. the same acronym, and a definition's long name with its acronym ("Patriotic Liberation
//!    Front (FPL)" ties the long name to every "FPL");
//! 3. the same long name with different acronyms (a translated acronym), and an undefined
//!    acronym that is an anagram of a defined one ("AES" and "ESA": translations reorder);
//! 4. an acronym extended with a hyphen ("CSP-PSD") whose long name starts with the long name
//!    of the shorter acronym ("Permanent Strategic Framework for Peace …" and "Permanent
//!    Strategic Framework");
//! 5. spellings the rule set does not know, clustered by [`crate::names::cluster`] (folded key,
//!    n-grams, phonetic key, edit distance; people must match name by name);
//! 6. within one source, a lone surname ("Ramadan") and the one full name ending in it; a lone
//!    surname is never joined across sources by itself, since two sources' "Davis" may be two
//!    people.
//!
//! Each referent is a `name` fact; a referent some mentions tie to a country is also an
//! `affiliation` fact.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;
use std::sync::Arc;

use super::{Fact, Reported, SourceId};
use crate::claim::{EntityType, Kind, Mention};
use crate::names::cluster::{Folds, Spelling, cluster, fold_tokens, lone_surnames};
use crate::rules::RuleSet;

/// Which referent each name mention names, looked up by source and mention start. The mentions
/// of one referent share it.
///
/// The mentions come sorted by source and position, so the table is a sorted vector read by
/// binary search: no tree of string keys to build for every mention.
pub(super) struct Referents {
    /// (source, mention start, the referent, the mention's type), sorted by source and start,
    /// one entry per (source, start).
    by_start: Vec<(SourceId, usize, Arc<Referent>, EntityType)>,
}

impl Referents {
    /// The referents of the mentions of `source` that start in `span`, in text order.
    pub(super) fn within(
        &self,
        source: &SourceId,
        span: &std::ops::Range<usize>,
    ) -> impl Iterator<Item = (&Arc<Referent>, EntityType)> {
        let at = |start: usize| {
            self.by_start
                .partition_point(|(s, i, ..)| (s, *i) < (source, start))
        };
        let (from, to) = (at(span.start), at(span.end).max(at(span.start)));
        self.by_start[from..to].iter().map(|(.., r, t)| (r, *t))
    }
}

/// One referent: its key, unique per referent, and its subject, which may repeat (two Davises).
#[derive(Debug)]
pub(super) struct Referent {
    /// The subject and the group's root: "ramadan#12".
    pub key: String,
    /// The fact subject: "ramadan".
    pub subject: String,
}

/// Groups name claims into name and affiliation facts, and says which referent each mention
/// names. `reported` is ordered by source and position.
pub(super) fn group(reported: Vec<Reported>, rules: &RuleSet) -> (Vec<Fact>, Referents) {
    let mentions: Vec<&Mention> = reported
        .iter()
        .filter_map(|r| r.claim.value.name())
        .collect();
    // Every name and acronym the mentions write, each folded once.
    let written = mentions
        .iter()
        .flat_map(|m| std::iter::once(m.name.as_str()).chain(m.acronym.as_deref()));
    let folds = Folds::of(written);
    let short = short_forms(&reported, &mentions, &folds);
    let mut sets = joined(&mentions, &short, &folds, rules);

    // Each referent's mentions by root (the root is its smallest mention), in root order.
    let mut by_root: Vec<Vec<usize>> = vec![Vec::new(); mentions.len()];
    for i in 0..mentions.len() {
        by_root[sets.find(i)].push(i);
    }
    let groups: Vec<(usize, Vec<usize>)> = by_root
        .into_iter()
        .enumerate()
        .filter(|(_, members)| !members.is_empty())
        .collect();
    // Each mention's referent, and when it was given (a later one wins a shared start).
    let mut of_mention: Vec<Option<(usize, Arc<Referent>)>> = vec![None; mentions.len()];
    let mut given = 0;
    let mut subjects = Vec::with_capacity(groups.len());
    for (root, members) in &groups {
        let subject = subject(members.iter().map(|&i| mentions[i]), &folds);
        let referent = Arc::new(Referent {
            key: format!("{subject}#{root}"),
            subject: subject.clone(),
        });
        for &i in members {
            of_mention[i] = Some((given, Arc::clone(&referent)));
            given += 1;
        }
        subjects.push(subject);
    }
    let referents = referents(&reported, &mentions, of_mention);
    // Each mention is in exactly one group: its claim moves into that group's fact.
    let mut reported: Vec<Option<Reported>> = reported.into_iter().map(Some).collect();
    let mut facts = Vec::new();
    for ((_, members), subject) in groups.into_iter().zip(subjects) {
        let reports: Vec<Reported> = members.iter().filter_map(|&i| reported[i].take()).collect();
        let tied: Vec<Reported> = reports
            .iter()
            .filter(|r| r.claim.value.name().is_some_and(|m| m.country.is_some()))
            .cloned()
            .collect();
        if rules.facts.affiliation && !tied.is_empty() {
            facts.push(Fact {
                id: String::new(),
                kind: Kind::Affiliation,
                subject: subject.clone(),
                reports: tied,
            });
        }
        facts.push(Fact {
            id: String::new(),
            kind: Kind::Name,
            subject,
            reports,
        });
    }
    (facts, referents)
}

/// The referents table from each mention's referent (`reported` is sorted by source and
/// position). Of mentions sharing a source and start, the one given its referent last stands.
fn referents(
    reported: &[Reported],
    mentions: &[&Mention],
    of_mention: Vec<Option<(usize, Arc<Referent>)>>,
) -> Referents {
    let mut by_start: Vec<(SourceId, usize, Arc<Referent>, EntityType)> =
        Vec::with_capacity(mentions.len());
    let mut given_at: Vec<usize> = Vec::with_capacity(mentions.len());
    for (i, named) in of_mention.into_iter().enumerate() {
        let Some((given, referent)) = named else {
            continue;
        };
        let (source, start) = (&reported[i].source, reported[i].claim.span.start);
        let entry = (source.clone(), start, referent, mentions[i].entity_type);
        match by_start.last() {
            Some((s, at, ..)) if s == source && *at == start => {
                let last = by_start.len() - 1;
                if given > given_at[last] {
                    by_start[last] = entry;
                    given_at[last] = given;
                }
            }
            _ => {
                by_start.push(entry);
                given_at.push(given);
            }
        }
    }
    Referents { by_start }
}

/// The mentions joined into referents: by known entity, by acronym, by folded name (a lone
/// surname aside), as anagrams, extended acronyms and spelling variants, then each lone surname
/// with the one full name of its source it can belong to.
fn joined(
    mentions: &[&Mention],
    short: &[Option<Vec<usize>>],
    folds: &Folds<'_>,
    rules: &RuleSet,
) -> UnionFind {
    let mut sets = UnionFind::new(mentions.len());
    join_by(&mut sets, mentions, |_, m| m.entity.as_deref());
    join_by(&mut sets, mentions, |_, m| {
        m.acronym.as_deref().filter(|_| m.entity.is_none())
    });
    // A lone surname joins only its own source's full name (below): "Davis" in two sources
    // may be two people.
    join_by(&mut sets, mentions, |i, m| {
        (m.entity.is_none() && !m.is_bare_acronym() && short[i].is_none())
            .then(|| folds.key(&m.name))
    });
    join_anagrams(&mut sets, mentions);
    join_extended_acronyms(&mut sets, mentions, folds);
    join_variants(&mut sets, mentions, short, rules);
    for (i, owners) in short.iter().enumerate() {
        let Some(owners) = owners else { continue };
        let mut roots: Vec<usize> = owners.iter().map(|&j| sets.find(j)).collect();
        roots.sort_unstable();
        roots.dedup();
        if let [j] = roots[..] {
            sets.union(i, j);
        }
    }
    sets
}

/// Joins every two mentions with the same key.
fn join_by<'m>(
    sets: &mut UnionFind,
    mentions: &[&'m Mention],
    key: impl Fn(usize, &'m Mention) -> Option<&'m str>,
) {
    let mut first: FxHashMap<&str, usize> = FxHashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if let Some(k) = key(i, m) {
            let f = *first.entry(k).or_insert(i);
            sets.union(f, i);
        }
    }
}

/// The acronyms some definition spells out.
fn defined_acronyms(mentions: &[&Mention]) -> BTreeMap<String, usize> {
    mentions
        .iter()
        .enumerate()
        .filter(|(_, m)| m.entity.is_none() && !m.is_bare_acronym())
        .filter_map(|(i, m)| m.acronym.clone().map(|a| (a, i)))
        .collect()
}

/// An acronym no source spells out joins the one defined acronym with the same letters in
/// another order ("AES" and "ESA"). Three letters at least: two-letter anagrams are too common.
/// The defined acronyms are indexed by their sorted letters once, so each mention is one lookup.
fn join_anagrams(sets: &mut UnionFind, mentions: &[&Mention]) {
    let defined = defined_acronyms(mentions);
    let letters = |a: &str| {
        let mut l: Vec<char> = a.chars().filter(|c| c.is_alphabetic()).collect();
        l.sort_unstable();
        l
    };
    let mut by_letters: FxHashMap<Vec<char>, Vec<usize>> = FxHashMap::default();
    for (d, &j) in &defined {
        by_letters.entry(letters(d)).or_default().push(j);
    }
    for (i, m) in mentions.iter().enumerate() {
        let Some(a) = m.acronym.as_deref().filter(|_| m.entity.is_none()) else {
            continue;
        };
        if defined.contains_key(a) || a.chars().filter(|c| c.is_alphabetic()).count() < 3 {
            continue;
        }
        if let Some([j]) = by_letters.get(&letters(a)).map(Vec::as_slice) {
            sets.union(i, *j);
        }
    }
}

/// "CSP-PSD" joins "CSP" when a long name of the longer acronym starts with a long name of the
/// shorter one. The long names are indexed by acronym once.
fn join_extended_acronyms(sets: &mut UnionFind, mentions: &[&Mention], folds: &Folds<'_>) {
    let mut long_names: FxHashMap<&str, Vec<(usize, &[String])>> = FxHashMap::default();
    for (i, m) in mentions.iter().enumerate() {
        if let Some(a) = m.acronym.as_deref().filter(|_| !m.is_bare_acronym()) {
            long_names
                .entry(a)
                .or_default()
                .push((i, folds.tokens(&m.name)));
        }
    }
    let defined = defined_acronyms(mentions);
    for longer in defined.keys() {
        let Some((base, _)) = longer.split_once('-') else {
            continue;
        };
        let (Some(longs), Some(shorts)) = (long_names.get(longer.as_str()), long_names.get(base))
        else {
            continue;
        };
        for &(i, long) in longs {
            for &(j, short) in shorts {
                if short.len() >= 2 && long.len() > short.len() && long.starts_with(short) {
                    sets.union(i, j);
                }
            }
        }
    }
}

/// Clusters the spellings the rule set does not know.
fn join_variants(
    sets: &mut UnionFind,
    mentions: &[&Mention],
    short: &[Option<Vec<usize>>],
    rules: &RuleSet,
) {
    let mut spellings: Vec<(&str, bool)> = Vec::new();
    let mut index: FxHashMap<(&str, bool), usize> = FxHashMap::default();
    let mut of_mention = Vec::new();
    for (m, short) in mentions.iter().zip(short) {
        if m.entity.is_some() || m.is_bare_acronym() || short.is_some() {
            of_mention.push(None);
            continue;
        }
        let person = m.entity_type != EntityType::Place;
        let key = (m.name.as_str(), person);
        let next = spellings.len();
        let at = *index.entry(key).or_insert(next);
        if at == next {
            spellings.push(key);
        }
        of_mention.push(Some(at));
    }
    let input: Vec<Spelling<'_>> = spellings
        .iter()
        .map(|&(text, person)| Spelling { text, person })
        .collect();
    let clusters = cluster(&input, &rules.names.variants);
    // The first mention of each cluster, by cluster index.
    let mut first_of_cluster: Vec<Option<usize>> = vec![None; input.len()];
    for (i, s) in of_mention.iter().enumerate() {
        if let Some(s) = s {
            let f = *first_of_cluster[clusters[*s]].get_or_insert(i);
            sets.union(f, i);
        }
    }
}

/// For each one-word personal name that is the last word of a longer personal name in the same
/// source ("Mr. Ramadan" after "Mohamed Elmaouloud Ramadan"), those longer names. Such a short
/// form joins its full name when that is one referent, and is never clustered by spelling.
fn short_forms(
    reported: &[Reported],
    mentions: &[&Mention],
    folds: &Folds<'_>,
) -> Vec<Option<Vec<usize>>> {
    let personal = |m: &Mention| {
        m.entity.is_none()
            && !m.is_bare_acronym()
            && matches!(m.entity_type, EntityType::Person | EntityType::Unknown)
    };
    let tokens: Vec<&[String]> = mentions.iter().map(|m| folds.tokens(&m.name)).collect();
    // Longer personal names by source and last word.
    let mut full: FxHashMap<(&str, &str), Vec<usize>> = FxHashMap::default();
    for (j, m) in mentions.iter().enumerate() {
        if personal(m) && tokens[j].len() >= 2 {
            if let Some(last) = tokens[j].last() {
                full.entry((&reported[j].source, last)).or_default().push(j);
            }
        }
    }
    mentions
        .iter()
        .enumerate()
        .map(|(i, m)| {
            if !personal(m) || tokens[i].len() != 1 {
                return None;
            }
            full.get(&(reported[i].source.as_str(), tokens[i][0].as_str()))
                .cloned()
        })
        .collect()
}

/// The fact subject of a referent: the rule set's name, else its most used acronym, else its
/// most used longest spelling; as a slug ("tinzaouatene", "csp").
fn subject<'m>(mentions: impl Iterator<Item = &'m Mention> + Clone, folds: &Folds<'_>) -> String {
    if let Some(e) = mentions.clone().find_map(|m| m.entity.as_deref()) {
        return slug(e);
    }
    let acronyms: Vec<&str> = mentions
        .clone()
        .filter_map(|m| m.acronym.as_deref())
        .collect();
    let names: Vec<&str> = if acronyms.is_empty() {
        mentions.map(|m| m.name.as_str()).collect()
    } else {
        acronyms
    };
    let tokens: Vec<&[String]> = names.iter().map(|n| folds.tokens(n)).collect();
    // A lone surname is a short form, not a spelling: "Traoré" beside "Awa … Traoré".
    let short = lone_surnames(tokens.iter().copied());
    // Most used, then most words, then first written.
    let mut counts: BTreeMap<&str, (usize, usize, std::cmp::Reverse<usize>)> = BTreeMap::new();
    for (i, (n, t)) in names.iter().zip(&tokens).enumerate() {
        if !short(t) {
            let e = counts
                .entry(folds.key(n))
                .or_insert((0, t.len(), std::cmp::Reverse(i)));
            e.0 += 1;
        }
    }
    let best = counts
        .iter()
        .max_by_key(|(_, rank)| **rank)
        .map(|(k, _)| *k);
    let best = best.and_then(|k| names.iter().find(|n| folds.key(n) == k).copied());
    slug(best.unwrap_or(""))
}

/// Lower-case ASCII letters and digits, other runs as one hyphen.
pub(super) fn slug(name: &str) -> String {
    let tokens: Vec<String> = fold_tokens(name)
        .into_iter()
        .map(|t| {
            t.chars()
                .filter(|c| c.is_ascii_alphanumeric())
                .collect::<String>()
        })
        .filter(|t| !t.is_empty())
        .collect();
    let s = tokens.join("-");
    if s.is_empty() { "unnamed".into() } else { s }
}

/// Disjoint sets over `0..n`; the smaller index is always the root, so results do not depend
/// on the order of unions.
struct UnionFind {
    parent: Vec<usize>,
}

impl UnionFind {
    fn new(n: usize) -> Self {
        UnionFind {
            parent: (0..n).collect(),
        }
    }

    fn find(&mut self, mut i: usize) -> usize {
        while self.parent[i] != i {
            self.parent[i] = self.parent[self.parent[i]];
            i = self.parent[i];
        }
        i
    }

    fn union(&mut self, a: usize, b: usize) {
        let (a, b) = (self.find(a), self.find(b));
        let (lo, hi) = (a.min(b), a.max(b));
        self.parent[hi] = lo;
    }
}
