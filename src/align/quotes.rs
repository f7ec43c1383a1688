//! Quote facts: renderings of one statement across (and within) sources.
//!
//! A speaker is canonicalised through the name facts: the referent of a name mention inside the
//! attribution ("Mr. Ramadan" and "CSP spokesman Ramadan" are both Mohamed Elmaouloud Ramadan),
//! else the attribution's own key. Statements are taken in source and text order; each joins
//! the group whose rendering it shares most words with, provided the shared words are at least
//! `quotes.min_overlap` of the shorter rendering and the speakers do not differ (an unnamed
//! speaker differs from none). A term ("fruitful") joins only a statement of the same speaker
//! that holds all its words; otherwise it takes part in no fact.

use std::collections::{HashMap, HashSet};
use std::sync::Arc;

use rustc_hash::{FxHashMap, FxHashSet};

use super::names::{Referent, Referents, slug};
use super::{Fact, Reported};
use crate::claim::{EntityType, Kind, QuoteKind};
use crate::likeness::{Vocabulary, Wording, similarity_of, sorted_overlap, words};
use crate::rules::RuleSet;

/// A speaker: referent key and subject.
type Speaker = Option<(String, String)>;

/// A rendering in a group: the claim, its words as sorted [`Vocabulary`] ids (terms need every
/// word of a rendering, as a multiset), its speaker.
type Member = (Reported, Vec<u32>, Speaker);

/// Groups quote claims into facts. `reported` is ordered by source and position.
pub(super) fn group(reported: Vec<Reported>, referents: &Referents, rules: &RuleSet) -> Vec<Fact> {
    let speaker = |r: &Reported| speaker_key(r, referents);
    let (statements, terms): (Vec<Reported>, Vec<Reported>) = reported.into_iter().partition(|r| {
        r.claim
            .value
            .quote()
            .is_some_and(|q| q.kind == QuoteKind::Statement)
    });
    let mut vocabulary = Vocabulary::default();
    let mut groups = group_statements(statements, &speaker, &mut vocabulary, rules);
    attach_terms(&mut groups, terms, &speaker, &mut vocabulary);
    groups.into_iter().map(|g| into_fact(g.members)).collect()
}

/// Renderings of one statement, with what grouping asks of them kept at hand.
#[derive(Default)]
struct Group {
    members: Vec<Member>,
    /// The members' wordings, each distinct one once: a statement's best score against the
    /// group is its best against these (copies of one rendering score alike).
    wordings: Vec<usize>,
    /// The distinct referent keys of its named speakers.
    keys: Vec<String>,
}

/// Statements into groups: each joins the compatible group it is most similar to, or starts one.
///
/// A statement is compared only with groups that share at least two of its distinct content
/// words, found through a [`WordIndex`]; within a group, only with its distinct wordings. The
/// two words are a rule, not a shortcut: a rendering that repeats one word ("terrorists
/// terrorists") may score 1 against a group sharing only that word, and still starts its own.
/// Candidates are tried in group order and the first best wins, as the highest score with the
/// lowest index; a score of 1 cannot be beaten, so the search stops there.
fn group_statements(
    statements: Vec<Reported>,
    speaker: &dyn Fn(&Reported) -> Speaker,
    vocabulary: &mut Vocabulary,
    rules: &RuleSet,
) -> Vec<Group> {
    let mut groups: Vec<Group> = Vec::new();
    // Every distinct wording seen, by id.
    let mut wordings: Vec<Wording> = Vec::new();
    let mut wording_ids: FxHashMap<Wording, usize> = FxHashMap::default();
    let mut index = WordIndex::default();
    // (group, wording) pairs recorded.
    let mut has_wording: FxHashSet<(usize, usize)> = FxHashSet::default();
    for r in statements {
        let s = speaker(&r);
        let wording = vocabulary.wording_of(&r.claim.surface);
        let mut distinct = wording.content.clone();
        distinct.dedup();
        let mut best: Option<(usize, f64)> = None;
        for &g in index.sharing_two(&distinct) {
            if !compatible_with(&groups[g], &s) {
                continue;
            }
            let score = best_score(&wording, &groups[g], &wordings, rules.quotes.min_overlap);
            if let Some(score) = score
                && best.is_none_or(|(_, b)| score.total_cmp(&b).is_gt())
            {
                best = Some((g, score));
                if score == 1.0 {
                    break;
                }
            }
        }
        let at = best.map_or_else(
            || {
                groups.push(Group::default());
                groups.len() - 1
            },
            |(g, _)| g,
        );
        index.add(at, distinct);
        let sorted = sorted_ids(wording.words.iter().copied());
        let k = wording_ids.get(&wording).copied().unwrap_or_else(|| {
            wording_ids.insert(wording.clone(), wordings.len());
            wordings.push(wording);
            wordings.len() - 1
        });
        let group = &mut groups[at];
        if has_wording.insert((at, k)) {
            group.wordings.push(k);
        }
        group.add((r, sorted, s));
    }
    groups
}

/// Which groups hold each content word, to find the groups that share two words with a
/// statement without trying every group.
#[derive(Default)]
struct WordIndex {
    /// Content word id → the groups holding it, in group order.
    by_word: Vec<Vec<usize>>,
    /// The (group, word) pairs in `by_word`.
    indexed: FxHashSet<(usize, u32)>,
    /// By group: how many of the statement's words it holds (zero between lookups).
    shared: Vec<u32>,
    /// The groups counted in `shared`.
    touched: Vec<usize>,
    /// The last lookup's answer.
    found: Vec<usize>,
}

impl WordIndex {
    /// The groups holding two or more of `distinct` (a statement's distinct content words), in
    /// group order.
    ///
    /// Such a group holds one of them besides the commonest (the word most groups hold), so the
    /// commonest word's groups, often most of all groups, are not walked: a group found through
    /// the other words is asked whether it holds the commonest one too.
    fn sharing_two(&mut self, distinct: &[u32]) -> &[usize] {
        let holding = |c: u32| self.by_word.get(c as usize).map_or(&[][..], Vec::as_slice);
        let commonest = distinct
            .iter()
            .copied()
            .max_by_key(|&c| (holding(c).len(), std::cmp::Reverse(c)));
        for &c in distinct.iter().filter(|&&c| Some(c) != commonest) {
            for &g in holding(c) {
                if self.shared[g] == 0 {
                    self.touched.push(g);
                }
                self.shared[g] += 1;
            }
        }
        self.found.clear();
        for g in self.touched.drain(..) {
            let also = commonest.is_some_and(|c| self.indexed.contains(&(g, c)));
            if self.shared[g] + u32::from(also) >= 2 {
                self.found.push(g);
            }
            self.shared[g] = 0;
        }
        self.found.sort_unstable();
        &self.found
    }

    /// Records that `group` holds the words `distinct`.
    fn add(&mut self, group: usize, distinct: Vec<u32>) {
        if self.shared.len() <= group {
            self.shared.resize(group + 1, 0);
        }
        for c in distinct {
            if self.indexed.insert((group, c)) {
                if self.by_word.len() <= c as usize {
                    self.by_word.resize_with(c as usize + 1, Vec::new);
                }
                self.by_word[c as usize].push(group);
            }
        }
    }
}

/// A statement's best score against a group's wordings, or `None` when it matches none. Scores
/// are never above 1, so a 1 ends the search.
fn best_score(wording: &Wording, group: &Group, all: &[Wording], min_overlap: f64) -> Option<f64> {
    let mut best: Option<f64> = None;
    for &k in &group.wordings {
        if let Some(score) = similarity_of(wording, &all[k], min_overlap) {
            // Scores are positive (two shared words at least), never NaN: `max` is `max_by`'s.
            best = Some(best.map_or(score, |b| b.max(score)));
            if score == 1.0 {
                break;
            }
        }
    }
    best
}

impl Group {
    fn add(&mut self, member: Member) {
        if let Some((key, _)) = &member.2
            && !self.keys.contains(key)
        {
            self.keys.push(key.clone());
        }
        self.members.push(member);
    }
}

/// Word ids, sorted: a rendering's words as a multiset.
fn sorted_ids(ids: impl Iterator<Item = u32>) -> Vec<u32> {
    let mut sorted: Vec<u32> = ids.collect();
    sorted.sort_unstable();
    sorted
}

/// Whether a speaker may have said what every member of the group said: any speaker when
/// unnamed, else one with the key of every named member (the group keeps those keys).
fn compatible_with(group: &Group, s: &Speaker) -> bool {
    match s {
        Some((key, _)) => group.keys.iter().all(|k| k == key),
        None => true,
    }
}

/// A term joins the first group holding a statement of the same (named) speaker with all its
/// words; otherwise it takes part in no fact. Only groups with a member of that speaker are
/// looked at (no other can take it).
fn attach_terms(
    groups: &mut [Group],
    terms: Vec<Reported>,
    speaker: &dyn Fn(&Reported) -> Speaker,
    vocabulary: &mut Vocabulary,
) {
    let mut by_speaker: HashMap<(String, String), Vec<usize>> = HashMap::new();
    for (i, g) in groups.iter().enumerate() {
        let mut seen: HashSet<&(String, String)> = HashSet::new();
        for s in g.members.iter().filter_map(|(_, _, s)| s.as_ref()) {
            if seen.insert(s) {
                by_speaker.entry(s.clone()).or_default().push(i);
            }
        }
    }
    for r in terms {
        let s = speaker(&r);
        let Some(named) = &s else {
            continue;
        };
        let sorted = sorted_ids(vocabulary.ids_of(&r.claim.surface).into_iter());
        let home = by_speaker.get(named).and_then(|list| {
            list.iter().copied().find(|&g| {
                groups[g]
                    .members
                    .iter()
                    .any(|(_, gw, gs)| gs == &s && sorted_overlap(&sorted, gw) >= 1.0)
            })
        });
        if let Some(g) = home {
            groups[g].add((r, sorted, s));
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
        .map(|(r, _, _)| words(&r.claim.surface))
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
    let inside: Vec<(&Arc<Referent>, EntityType)> = referents.within(&r.source, &c.span).collect();
    // "CSP spokesman Ramadan" is Ramadan; "the leader of Mali" is not Mali.
    let named = inside
        .iter()
        .find(|v| v.1 == EntityType::Person)
        .or_else(|| inside.iter().find(|v| v.1 != EntityType::Place))
        .map(|(referent, _)| (referent.key.clone(), referent.subject.clone()));
    // Matched by the claimant's key ("the army" and "Mali's army"), shown by its words.
    named.or_else(|| Some((format!("claimant:{}", c.key), slug(&c.name))))
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

#[cfg(test)]
mod tests;
