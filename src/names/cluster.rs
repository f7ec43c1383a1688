//! Which spellings of a name are variants of one another.
//!
//! The method is the one data-cleaning tools (OpenRefine's key collision and nearest-neighbour
//! methods) use, in four steps, each cheaper than the next and each only run on what the one
//! before let through:
//!
//! 1. **Folded key.** [`fold_key`] drops case, accents, spaces, dashes, apostrophes and dots.
//!    Spellings with one folded key form a *group* and always share a cluster ("Goïta" =
//!    "Goita", "El-Maouloud" = "Elmaouloud", "Tin Zaouatine" = "TinZaouatine"). Groups, not
//!    spellings, are what the later steps compare.
//! 2. **Blocks.** Two groups are compared only if they share a block, so the work grows with the
//!    number of spellings, not its square. A group is in three blocks: its [`phonetic_key`]
//!    (Metaphone: catches vowel changes, doubled letters, c/k, s/z, f/v), the first three chars
//!    of its folded key and the last three (a consonant changed anywhere in a key of six chars
//!    or more leaves one of the two intact). Within a block, groups are sorted (by folded key,
//!    or for the last-chars block by the reversed key) and each is compared only with the next 24
//!    ones: a sorted-neighbourhood window, so a block of thousands ("moh…" for every
//!    Mohamed) stays linear. Keys shorter than `min_length` or longer than 200
//!    chars are in no block: they only match exactly.
//! 3. **Pair test.** A pair is a variant when both keys are long enough, their n-gram
//!    Sørensen–Dice similarity (the multiset of character n-grams: twice the shared grams over
//!    all grams) is at least `min_ngram_similarity`, and their Levenshtein distance is between 1
//!    and `min(max_edits, floor(max_edit_ratio × longer length))`. With the defaults that is no
//!    edit below five chars, one for 5–9, two for 10–14, three from 15: "Niger"/"Nigeria" (two
//!    edits on seven) stay apart, "Kidal"/"Kiddal" merge. **Person guard:** when either side
//!    is a person and both have two or more tokens, the token counts must be equal and each
//!    aligned token pair equal or, both being at least four chars, within the same edit rule
//!    applied to the token (with the defaults a token needs five chars to carry an edit), so
//!    "Sidi Bazoum"/"Sadi Bazoum" stay apart although the whole keys are one edit apart. A group
//!    whose spellings split the name differently ("Elmaouloud", "El-Maouloud") passes if any of
//!    its four most common token layouts does.
//! 4. **Merging without drift.** Variant pairs are merged closest first (by distance, then
//!    those touching the groups with the most spellings, then by folded keys), union-find style,
//!    but every cluster has a *centre*, and a group joins a cluster only if it passes the pair
//!    test against that centre: a chain "baraka" ~ "barada" ~ "marada" ~ "maradi" does not
//!    become one cluster. When two clusters meet, the centre of the one with more spellings
//!    stays (ties: the smaller folded key) and every group of the other must pass against it; a
//!    cluster of more than 32 groups is never absorbed into another (checking it would cost too
//!    much), though it may absorb smaller ones. The centre is chosen by content, not by input
//!    position (the representative [`cluster`] returns is only a label), so that reordering the
//!    input cannot change the partition; the group with the most spellings is the likeliest
//!    usual spelling, so clusters grow around it.
//!
//! Every choice above (group order, block order, merge order, centres) follows from the folded
//! keys and person flags alone, so the partition does not depend on the order of the input, and
//! no step iterates a hash map.

use std::cmp::{Ordering, Reverse};

mod keys;
mod merge;
#[cfg(test)]
mod tests;

pub use crate::rules::VariantSettings;
pub(crate) use keys::{Folds, lone_surnames, shared_count};
pub use keys::{fold_key, fold_tokens, phonetic_key};

use keys::{dice, fold, ngram_profile, token_slices};
use merge::Clusters;

/// Folded keys longer than this (in chars) only ever match exactly: no name is that long, and the
/// edit distance costs the product of the two lengths.
const MAX_FUZZY_CHARS: usize = 200;
/// How many following members of a sorted block each member is compared with.
const WINDOW: usize = 24;
/// A cluster with more groups than this is never absorbed into another (each join checks every
/// group of the absorbed cluster against the centre).
const MAX_MERGE_CHECK: usize = 32;
/// Chars of the folded key in the first-chars and last-chars blocks.
const AFFIX_CHARS: usize = 3;
/// Person-name tokens shorter than this must be equal.
const MIN_FUZZY_TOKEN: usize = 4;
/// Distinct token layouts kept per group for the person guard: the most common ones, as the
/// usual spelling's layout ("Abdoulaye Koutinka") must not be crowded out by stray spaces and
/// hyphens ("Abd-oulaye", "Kouti-nka").
const MAX_LAYOUTS: usize = 4;

/// One distinct spelling to cluster.
#[derive(Clone, Debug)]
pub struct Spelling<'a> {
    /// The spelling as written ("Tin Zaouatine").
    pub text: &'a str,
    /// True when the caller knows (or guesses) the name is a person's: then two multi-word names
    /// merge only when they share every name token up to a small edit (so "Mohamed Bazoum" and
    /// "Salem Bazoum" — same surname, different given name — stay apart).
    pub person: bool,
}

/// Clusters spellings. Returns, for each input index, the index of its cluster's representative
/// (the smallest input index in the cluster), so `out[i] == i` for representatives.
/// Deterministic: depends only on the inputs and their order, never on hashing order; the
/// partition itself does not depend on their order.
pub fn cluster(spellings: &[Spelling<'_>], settings: &VariantSettings) -> Vec<usize> {
    let (groups, group_of) = groups(spellings, settings);
    // Closest pairs first; among equally close ones, those touching the most common spellings,
    // so clusters grow around them.
    let mut edges: Vec<Edge> = candidate_pairs(&groups, settings)
        .into_iter()
        .filter_map(|(a, b)| {
            let (ga, gb) = (&groups[a as usize], &groups[b as usize]);
            let (hi, lo) = (ga.weight.max(gb.weight), ga.weight.min(gb.weight));
            variant_distance(ga, gb, settings).map(|d| (d, Reverse(hi), Reverse(lo), a, b))
        })
        .collect();
    edges.sort_unstable();
    let mut clusters = Clusters::new(&groups);
    for (.., a, b) in edges {
        clusters.join(a, b, &groups, settings);
    }
    let mut rep = vec![usize::MAX; groups.len()];
    for (g, group) in groups.iter().enumerate() {
        let root = clusters.find(g as u32) as usize;
        rep[root] = rep[root].min(group.first);
    }
    group_of
        .iter()
        .map(|&g| rep[clusters.find(g) as usize])
        .collect()
}

/// A variant pair, ordered for merging: edit distance, the larger and the smaller group weight
/// (both descending), the two group ids.
type Edge = (usize, Reverse<usize>, Reverse<usize>, u32, u32);

/// The spellings sharing one folded key.
struct Group {
    key: String,
    /// Length of `key` in chars.
    chars: usize,
    /// Whether `key` may match fuzzily (its length is within bounds).
    fuzzy: bool,
    /// Whether any of its spellings is a person's.
    person: bool,
    /// Distinct token layouts (byte offsets where tokens end in `key`), most common first.
    layouts: Vec<Vec<usize>>,
    /// How many spellings share the key.
    weight: usize,
    /// The smallest input index among them.
    first: usize,
    /// Sorted n-gram hashes of `key` (empty unless `fuzzy`).
    grams: Vec<u64>,
}

/// Groups the spellings by folded key; group ids follow the keys' order. Also returns each
/// spelling's group.
fn groups(spellings: &[Spelling<'_>], settings: &VariantSettings) -> (Vec<Group>, Vec<u32>) {
    let folded: Vec<(String, Vec<usize>)> = spellings.iter().map(|s| fold(s.text)).collect();
    let mut order: Vec<usize> = (0..spellings.len()).collect();
    order.sort_by(|&a, &b| folded[a].0.cmp(&folded[b].0).then(a.cmp(&b)));
    let mut groups: Vec<Group> = Vec::new();
    let mut group_of = vec![0u32; spellings.len()];
    for run in order.chunk_by(|&a, &b| folded[a].0 == folded[b].0) {
        let key = folded[run[0]].0.clone();
        let chars = key.chars().count();
        let fuzzy = chars >= settings.min_length && chars <= MAX_FUZZY_CHARS;
        let layouts = common_layouts(run.iter().map(|&i| folded[i].1.as_slice()));
        for &i in run {
            group_of[i] = groups.len() as u32;
        }
        groups.push(Group {
            grams: if fuzzy {
                ngram_profile(&key, settings.ngram)
            } else {
                Vec::new()
            },
            key,
            chars,
            fuzzy,
            person: run.iter().any(|&i| spellings[i].person),
            layouts,
            weight: run.len(),
            first: run[0],
        });
    }
    (groups, group_of)
}

/// The [`MAX_LAYOUTS`] most common token layouts, most common first (ties: the smaller layout).
fn common_layouts<'f>(layouts: impl Iterator<Item = &'f [usize]>) -> Vec<Vec<usize>> {
    let mut all: Vec<&[usize]> = layouts.collect();
    all.sort_unstable();
    let mut counted: Vec<(usize, &[usize])> = all
        .chunk_by(|a, b| a == b)
        .map(|run| (run.len(), run[0]))
        .collect();
    counted.sort_by(|a, b| b.0.cmp(&a.0).then(a.1.cmp(b.1)));
    counted
        .iter()
        .take(MAX_LAYOUTS)
        .map(|&(_, l)| l.to_vec())
        .collect()
}

/// The pairs of groups (smaller id first, sorted, distinct) that share a block and are near
/// enough in a sorted block to be compared.
fn candidate_pairs(groups: &[Group], settings: &VariantSettings) -> Vec<(u32, u32)> {
    let fuzzy: Vec<u32> = (0..groups.len() as u32)
        .filter(|&g| groups[g as usize].fuzzy)
        .collect();
    let phonetic: Vec<String> = fuzzy
        .iter()
        .map(|&g| phonetic_key(&groups[g as usize].key))
        .collect();
    let mut reversed = fuzzy.clone();
    reversed.sort_by(|&a, &b| {
        let (a, b) = (&groups[a as usize].key, &groups[b as usize].key);
        a.chars().rev().cmp(b.chars().rev())
    });
    let mut reversed_rank = vec![0u32; groups.len()];
    for (rank, &g) in reversed.iter().enumerate() {
        reversed_rank[g as usize] = rank as u32;
    }
    // (block kind, block key, order in the block, group)
    let mut entries: Vec<(u8, &str, u32, u32)> = Vec::with_capacity(fuzzy.len() * 3);
    for (&g, phonetic) in fuzzy.iter().zip(&phonetic) {
        let key = groups[g as usize].key.as_str();
        if !phonetic.is_empty() {
            entries.push((0, phonetic, g, g));
        }
        let head_end = key
            .char_indices()
            .nth(AFFIX_CHARS)
            .map_or(key.len(), |(i, _)| i);
        entries.push((1, &key[..head_end], g, g));
        let tail_start = key
            .char_indices()
            .rev()
            .nth(AFFIX_CHARS - 1)
            .map_or(0, |(i, _)| i);
        entries.push((2, &key[tail_start..], reversed_rank[g as usize], g));
    }
    entries.sort_unstable();
    let mut pairs = Vec::new();
    for block in entries.chunk_by(|x, y| x.0 == y.0 && x.1 == y.1) {
        for (i, &(_, _, _, a)) in block.iter().enumerate() {
            for &(_, _, _, b) in block.iter().skip(i + 1).take(WINDOW) {
                let (ga, gb) = (&groups[a as usize], &groups[b as usize]);
                if ga.chars.abs_diff(gb.chars) <= settings.max_edits {
                    pairs.push((a.min(b), a.max(b)));
                }
            }
        }
    }
    pairs.sort_unstable();
    pairs.dedup();
    pairs
}

/// Most edits allowed between keys (or tokens) whose longer one has `longer` chars.
fn edit_limit(longer: usize, settings: &VariantSettings) -> usize {
    // The small epsilon keeps 0.2 × 5 at 1 whatever the float rounding.
    let allowed = settings.max_edit_ratio * longer as f64 + 1e-9;
    let allowed = if allowed >= 1.0 {
        allowed.floor() as usize
    } else {
        0
    };
    allowed.min(settings.max_edits)
}

/// The edit distance between two groups' keys when they are variants of each other (step 3 of
/// the module docs), else `None`.
fn variant_distance(a: &Group, b: &Group, settings: &VariantSettings) -> Option<usize> {
    if !a.fuzzy || !b.fuzzy {
        return None;
    }
    let limit = edit_limit(a.chars.max(b.chars), settings);
    if limit == 0 || a.chars.abs_diff(b.chars) > limit {
        return None;
    }
    // A NaN threshold compares as neither, and lets nothing through.
    let similar = dice(&a.grams, &b.grams).partial_cmp(&settings.min_ngram_similarity);
    if !matches!(similar, Some(Ordering::Greater | Ordering::Equal)) {
        return None;
    }
    if derived(&a.key, &b.key) || extra_words(a, b) {
        return None;
    }
    let distance = strsim::levenshtein(&a.key, &b.key);
    if distance == 0 || distance > limit {
        return None;
    }
    if (a.person || b.person) && !persons_agree(a, b, settings) {
        return None;
    }
    Some(distance)
}

/// Endings that make another word of a name rather than another spelling of it: the people of a
/// place ("Tennessee"/"Tennessean", "Kenya"/"Kenyan"). A plural "s" is not among them: "Vice
/// Lord"/"Vice Lords" is one name.
const DERIVING_SUFFIXES: &[&str] = &[
    "n", "an", "ian", "ean", "ese", "ns", "ans", "ians", "eans", "i", "is", "ite", "ites",
];

/// Whether one folded key is the other plus a deriving suffix.
fn derived(a: &str, b: &str) -> bool {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    // A final vowel may give way to the suffix: "Tennessee" → "Tennessean".
    let stems = [Some(short), short.strip_suffix(['a', 'e', 'o'])];
    stems.into_iter().flatten().any(|stem| {
        long.strip_prefix(stem)
            .is_some_and(|rest| DERIVING_SUFFIXES.contains(&rest))
    })
}

/// Whether one name is the other with whole words added: "Jacksonville PD" is the police of
/// "Jacksonville", "Colleton Co" the county, not other spellings of the town.
fn extra_words(a: &Group, b: &Group) -> bool {
    let (short, long) = if a.key.len() <= b.key.len() {
        (a, b)
    } else {
        (b, a)
    };
    let cut = long.key.len() - short.key.len();
    // Token ends in `long` (byte offsets); a word boundary where `short` ends or starts.
    let ends_at = |offset: usize| long.layouts.iter().any(|l| l.contains(&offset));
    (long.key.starts_with(&short.key) && ends_at(short.key.len()))
        || (long.key.ends_with(&short.key) && cut > 0 && ends_at(cut))
}

/// The person guard: some token layout of `a` and some of `b` agree.
fn persons_agree(a: &Group, b: &Group, settings: &VariantSettings) -> bool {
    a.layouts.iter().any(|la| {
        b.layouts.iter().any(|lb| {
            if la.len() < 2 || lb.len() < 2 {
                return true;
            }
            la.len() == lb.len()
                && token_slices(&a.key, la)
                    .zip(token_slices(&b.key, lb))
                    .all(|(x, y)| tokens_agree(x, y, settings))
        })
    })
}

/// Two tokens of person names are equal, or both have at least four chars and are within the
/// edit rule.
fn tokens_agree(x: &str, y: &str, settings: &VariantSettings) -> bool {
    if x == y {
        return true;
    }
    let (cx, cy) = (x.chars().count(), y.chars().count());
    if cx.min(cy) < MIN_FUZZY_TOKEN {
        return false;
    }
    let limit = edit_limit(cx.max(cy), settings);
    cx.abs_diff(cy) <= limit && strsim::levenshtein(x, y) <= limit
}
