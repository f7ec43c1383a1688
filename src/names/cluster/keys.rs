//! The keys a spelling is compared by: its folded key and token bounds, its phonetic key, and its
//! character n-gram profile.

use rustc_hash::{FxHashMap, FxHashSet};

use rphonetic::{Encoder, Metaphone};
use unicode_normalization::char::{decompose_compatible, is_combining_mark};

/// ASCII letters fed to the phonetic encoder at most. Metaphone's cost grows with the square of
/// its input, and a blocking key needs no more than the start of a name.
const PHONETIC_INPUT_CHARS: usize = 64;

/// `fold_key("Tin Zaouatène")` == "tinzaouatene": Unicode NFKD, diacritics (combining marks)
/// removed, lower-cased, spaces, hyphens (all dash characters), apostrophes (' and ’ and ʼ, and
/// the other marks transliterations use for ʿayn and hamza) and dots dropped. Invisible format
/// characters (zero-width spaces and joiners, soft hyphens) and control characters are dropped
/// too; every other character is kept.
pub fn fold_key(name: &str) -> String {
    fold(name).0
}

/// The name's tokens, folded the same way (split on whitespace and hyphens; empty tokens
/// dropped): "Mohamed El-Maouloud Ramadan" → ["mohamed", "el", "maouloud", "ramadan"].
/// Joined, they give [`fold_key`].
pub fn fold_tokens(name: &str) -> Vec<String> {
    let (key, ends) = fold(name);
    token_slices(&key, &ends).map(str::to_owned).collect()
}

/// The folded key and tokens ([`fold_key`], [`fold_tokens`]) of names, each distinct name folded
/// once: one name is often written thousands of times.
pub(crate) struct Folds<'n> {
    by_name: FxHashMap<&'n str, (String, Vec<String>)>,
}

impl<'n> Folds<'n> {
    /// Folds every name given.
    pub(crate) fn of(names: impl IntoIterator<Item = &'n str>) -> Self {
        let mut by_name = FxHashMap::default();
        for name in names {
            by_name.entry(name).or_insert_with(|| {
                let (key, ends) = fold(name);
                let tokens = token_slices(&key, &ends).map(str::to_owned).collect();
                (key, tokens)
            });
        }
        Folds { by_name }
    }

    /// The folded key of a name given to [`Folds::of`].
    pub(crate) fn key(&self, name: &str) -> &str {
        &self.by_name[name].0
    }

    /// The tokens of a name given to [`Folds::of`].
    pub(crate) fn tokens(&self, name: &str) -> &[String] {
        &self.by_name[name].1
    }
}

/// Which of a referent's names (as [`fold_tokens`]) are a lone surname: one word that is the
/// last word of one of its longer names ("Traoré" beside "Awa Kadi Traoré"). The
/// last words are gathered once: a referent may have thousands of names.
pub(crate) fn lone_surnames<'t>(
    names: impl IntoIterator<Item = &'t [String]>,
) -> impl Fn(&[String]) -> bool + 't {
    let last_words: FxHashSet<&str> = names
        .into_iter()
        .filter(|t| t.len() >= 2)
        .filter_map(|t| t.last().map(String::as_str))
        .collect();
    move |t| matches!(t, [only] if last_words.contains(only.as_str()))
}

/// A phonetic key of a folded key: the Metaphone code (Lawrence Philips' 1990 algorithm, through
/// the `rphonetic` crate, with no length limit) of its ASCII letters (the first 64; anything else
/// is skipped). Metaphone keeps a leading vowel, drops the others, merges doubled letters and
/// similar-sounding consonants (c/k/q, s/z, f/v/ph), so "tinzaouatine" and "tinzaouatene" both
/// give "TNSTN" and "kidal" and "kiddal" both give "KTL". A key without ASCII letters (Arabic
/// script, emoji) gives "".
pub fn phonetic_key(folded: &str) -> String {
    let letters: String = folded
        .chars()
        .filter(char::is_ascii_alphabetic)
        .take(PHONETIC_INPUT_CHARS)
        .collect();
    if letters.is_empty() {
        return String::new();
    }
    Metaphone::new(None).encode(&letters)
}

/// The folded key of `name` and the byte offsets in it where each (non-empty) token ends.
pub(super) fn fold(name: &str) -> (String, Vec<usize>) {
    let mut folder = Folder {
        key: String::with_capacity(name.len()),
        ends: Vec::new(),
    };
    for c in name.chars() {
        match class(c) {
            Class::Drop => {}
            Class::Break => folder.end_token(),
            // An ASCII character is its own decomposition, and lower-cases to one character
            // with no mark: the common case skips the decomposition tables.
            Class::Keep if c.is_ascii() => folder.key.push(c.to_ascii_lowercase()),
            Class::Keep => decompose_compatible(c, |d| folder.push(d)),
        }
    }
    folder.end_token();
    (folder.key, folder.ends)
}

/// The tokens of a folded key, given the offsets where they end.
pub(super) fn token_slices<'k>(key: &'k str, ends: &'k [usize]) -> impl Iterator<Item = &'k str> {
    let starts = std::iter::once(0).chain(ends.iter().copied());
    starts.zip(ends.iter().copied()).map(|(s, e)| &key[s..e])
}

/// The sorted n-gram hashes of a folded key (`n` is at least 1). A key shorter than `n` chars is
/// one gram; an empty key has none.
pub(super) fn ngram_profile(key: &str, n: usize) -> Vec<u64> {
    let chars: Vec<char> = key.chars().collect();
    let n = n.max(1);
    let mut grams: Vec<u64> = if chars.is_empty() {
        Vec::new()
    } else if chars.len() <= n {
        vec![gram_hash(&chars)]
    } else {
        chars.windows(n).map(gram_hash).collect()
    };
    grams.sort_unstable();
    grams
}

/// The Sørensen–Dice coefficient of two n-gram multisets (sorted, as [`ngram_profile`] gives):
/// twice the grams in common over the grams in both, from 0 (none shared) to 1 (the same).
pub(super) fn dice(a: &[u64], b: &[u64]) -> f64 {
    if a.is_empty() && b.is_empty() {
        return 1.0;
    }
    (2 * shared_count(a, b)) as f64 / (a.len() + b.len()) as f64
}

/// How many items two sorted lists share, as multisets (an item twice in both counts twice),
/// counted by one merge.
pub(crate) fn shared_count<T: Ord>(a: &[T], b: &[T]) -> usize {
    let (mut i, mut j, mut shared) = (0, 0, 0);
    while i < a.len() && j < b.len() {
        match a[i].cmp(&b[j]) {
            std::cmp::Ordering::Less => i += 1,
            std::cmp::Ordering::Greater => j += 1,
            std::cmp::Ordering::Equal => {
                shared += 1;
                i += 1;
                j += 1;
            }
        }
    }
    shared
}

/// FNV-1a over the gram's chars: fixed, so the profile never depends on a hasher's seed. A
/// collision only makes two grams look shared, and the edit-distance check still follows.
fn gram_hash(gram: &[char]) -> u64 {
    gram.iter().fold(0xcbf2_9ce4_8422_2325, |h, &c| {
        (h ^ u64::from(u32::from(c))).wrapping_mul(0x0100_0000_01b3)
    })
}

/// Builds a folded key and its token ends.
struct Folder {
    key: String,
    ends: Vec<usize>,
}

impl Folder {
    /// Adds one char of a compatibility decomposition.
    fn push(&mut self, c: char) {
        match class(c) {
            Class::Drop => {}
            Class::Break => self.end_token(),
            Class::Keep => {
                // Lower-casing can bring a mark back ('İ' → "i\u{307}").
                for l in c.to_lowercase().filter(|&l| !is_combining_mark(l)) {
                    self.key.push(l);
                }
            }
        }
    }

    /// Closes the current token, if it has any chars.
    fn end_token(&mut self) {
        if self.ends.last().copied().unwrap_or(0) < self.key.len() {
            self.ends.push(self.key.len());
        }
    }
}

/// What folding does with one char.
enum Class {
    /// Part of the key.
    Keep,
    /// Left out of the key, inside a token.
    Drop,
    /// Left out of the key, between tokens.
    Break,
}

fn class(c: char) -> Class {
    if c.is_whitespace() || is_dash(c) {
        Class::Break
    } else if is_combining_mark(c)
        || c.is_control()
        || matches!(c, '.' | '\u{B7}')
        || is_apostrophe(c)
        || is_invisible(c)
    {
        Class::Drop
    } else {
        Class::Keep
    }
}

/// Unicode's dash punctuation (general category Pd) and the minus sign.
fn is_dash(c: char) -> bool {
    matches!(
        c,
        '-' | '\u{58A}' | '\u{5BE}' | '\u{1400}' | '\u{1806}' | '\u{2010}'
            ..='\u{2015}'
                | '\u{2212}'
                | '\u{2E17}'
                | '\u{2E1A}'
                | '\u{2E3A}'
                | '\u{2E3B}'
                | '\u{2E40}'
                | '\u{2E5D}'
                | '\u{301C}'
                | '\u{3030}'
                | '\u{30A0}'
                | '\u{FE31}'
                | '\u{FE32}'
                | '\u{FE58}'
                | '\u{FE63}'
                | '\u{FF0D}'
    )
}

/// Apostrophes and the letters transliterations use for ʿayn and hamza (ʻ ʼ ʾ ʿ), the grave and
/// acute accents typed as apostrophes, and the prime.
fn is_apostrophe(c: char) -> bool {
    matches!(
        c,
        '\'' | '`'
            | '\u{B4}'
            | '\u{2018}'
            | '\u{2019}'
            | '\u{201B}'
            | '\u{2032}'
            | '\u{2BB}'
            | '\u{2BC}'
            | '\u{2BE}'
            | '\u{2BF}'
            | '\u{FF07}'
    )
}

/// Format characters with no glyph: soft hyphen, zero-width space and (non-)joiners, word
/// joiner, byte-order mark.
fn is_invisible(c: char) -> bool {
    matches!(
        c,
        '\u{AD}' | '\u{200B}'..='\u{200F}' | '\u{2060}' | '\u{FEFF}'
    )
}

#[cfg(test)]
mod ascii_tests {
    use super::*;

    #[test]
    fn an_ascii_character_folds_as_its_decomposition_would() {
        for c in (0u8..128).map(char::from) {
            if !matches!(class(c), Class::Keep) {
                continue;
            }
            let mut slow = Folder {
                key: String::new(),
                ends: Vec::new(),
            };
            decompose_compatible(c, |d| slow.push(d));
            assert_eq!(slow.key, c.to_ascii_lowercase().to_string(), "{c:?}");
            assert_eq!(fold(&c.to_string()).0, slow.key, "{c:?}");
        }
    }
}
