//! Rule vocabularies compiled to numbers: every word a rule list holds gets an id once per run,
//! a phrase becomes a sequence of ids, and a word list a set of ids. A token carries the ids of
//! its lower-cased text, so matching a phrase or testing a list compares integers instead of
//! lower-casing and comparing strings at every token.
//!
//! Words are hashed with FxHash from the `rustc-hash` crate (rustc's own hash). The keys are
//! short words looked up once per token; SipHash's protection against chosen keys buys nothing
//! for rule words and cost a few percent of extraction.

use std::borrow::Cow;
use std::collections::HashMap;

use super::Token;

/// A word's number in a [`Vocab`]; [`WordId::NONE`] for a word no rule list holds.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub struct WordId(u32);

impl WordId {
    /// The id of every word outside the vocabulary.
    pub const NONE: WordId = WordId(u32::MAX);

    /// The id as an index (`NONE` is past every table).
    pub fn index(self) -> usize {
        self.0 as usize
    }
}

/// Builds FxHash hashers (the `rustc-hash` crate: the hash rustc uses for its own tables), for
/// maps and sets keyed by words: short keys, and no need for SipHash's defence against chosen
/// keys. On 1,000 GVC articles it saves about 2.5 % of `claims` over the standard hasher.
pub type FxBuild = rustc_hash::FxBuildHasher;

/// The longest word looked up through a buffer on the stack; longer ones are lower-cased into a
/// `String` (no rule word is that long, so they are rejected before).
const BUFFER: usize = 64;

/// Every word of the rule lists, each with its id. Built once per rule set.
#[derive(Debug, Default)]
pub struct Vocab {
    ids: HashMap<Box<str>, WordId, FxBuild>,
    /// The longest word's length in bytes: longer tokens are no rule word.
    longest: usize,
    /// Whether an elided article or pronoun is a word of its own, in the text and in the rule
    /// phrases alike: French "l'armée" is "l'" and "armée", so "armée" matches the rule word
    /// whatever stands before it. Set before any phrase is compiled.
    pub elide: bool,
}

/// The French words that lose their vowel before another vowel ("l'", "d'", "qu'"), lower-case,
/// without the apostrophe.
const ELIDED: &[&str] = &[
    "l", "d", "qu", "n", "s", "j", "c", "m", "t", "jusqu", "lorsqu", "puisqu", "quoiqu",
];

/// Where `word` splits after an elided word and its apostrophe (straight or curly), if it does:
/// "l'armée" at 2, "qu’il" at 5.
pub fn elision_end(word: &str) -> Option<usize> {
    let (head, apostrophe) = word
        .char_indices()
        .find(|&(_, c)| matches!(c, '\'' | '’'))?;
    let end = head + apostrophe.len_utf8();
    let elided = ELIDED.iter().any(|e| word[..head].eq_ignore_ascii_case(e));
    (elided && end < word.len()).then_some(end)
}

impl Vocab {
    /// The id of `word` as written, given one if it has none yet.
    pub fn intern(&mut self, word: &str) -> WordId {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = WordId(u32::try_from(self.ids.len()).unwrap_or(u32::MAX - 1));
        self.ids.insert(word.into(), id);
        self.longest = self.longest.max(word.len());
        id
    }

    /// The id of `word` exactly as written.
    pub fn get(&self, word: &str) -> WordId {
        if word.len() > self.longest {
            return WordId::NONE;
        }
        self.ids.get(word).copied().unwrap_or(WordId::NONE)
    }

    /// The id of `word` in ASCII lower case (what a phrase word matches, ignoring ASCII case),
    /// lower-cased on the stack.
    pub fn get_ascii_lower(&self, word: &str) -> WordId {
        if word.len() > self.longest {
            return WordId::NONE;
        }
        if !word.bytes().any(|b| b.is_ascii_uppercase()) {
            return self.get(word);
        }
        if word.len() > BUFFER {
            return self.get(&word.to_ascii_lowercase());
        }
        let mut buffer = [0u8; BUFFER];
        let lower = &mut buffer[..word.len()];
        lower.copy_from_slice(word.as_bytes());
        lower.make_ascii_lowercase();
        // Lower-casing ASCII letters keeps UTF-8 valid, so this never fails.
        std::str::from_utf8(lower).map_or(WordId::NONE, |w| self.get(w))
    }

    /// The id of `word` in (Unicode) lower case, as rule lists are written.
    pub fn get_lower(&self, word: &str) -> WordId {
        if word.is_ascii() {
            self.get_ascii_lower(word)
        } else {
            self.get(&word.to_lowercase())
        }
    }
}

/// One word of a compiled phrase.
#[derive(Clone, Debug, PartialEq, Eq)]
enum Part {
    /// A word, matched by its id (ignoring ASCII case).
    Word(WordId),
    /// `*suffix`: any token longer than the suffix that ends with it, ignoring ASCII case.
    Suffix(Box<str>),
}

impl Part {
    fn matches(&self, token: &Token<'_>) -> bool {
        match self {
            Part::Word(id) => token.id == *id,
            Part::Suffix(suffix) => ends_with(token.text, suffix),
        }
    }

    fn id(&self) -> Option<WordId> {
        match self {
            Part::Word(id) => Some(*id),
            Part::Suffix(_) => None,
        }
    }
}

/// Whether `token` is longer than `suffix` and ends with it, ignoring ASCII case.
pub(super) fn ends_with(token: &str, suffix: &str) -> bool {
    token.len() > suffix.len()
        && token.is_char_boundary(token.len() - suffix.len())
        && token[token.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
}

/// A rule phrase as ids: its words split on spaces, each matching one token ignoring ASCII
/// case; a word starting with `*` matches any token ending with the rest ("*-year-old").
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Phrase {
    parts: Box<[Part]>,
}

impl Phrase {
    /// Compiles `phrase`, giving its words ids in `vocab`.
    pub fn new(vocab: &mut Vocab, phrase: &str) -> Self {
        let elide = vocab.elide;
        let parts = phrase
            .split(' ')
            .flat_map(|w| match elide.then(|| elision_end(w)).flatten() {
                Some(at) => vec![&w[..at], &w[at..]],
                None => vec![w],
            })
            .map(|w| match w.strip_prefix('*') {
                Some(suffix) => Part::Suffix(suffix.into()),
                None => {
                    let lower: Cow<'_, str> = if w.bytes().any(|b| b.is_ascii_uppercase()) {
                        Cow::Owned(w.to_ascii_lowercase())
                    } else {
                        Cow::Borrowed(w)
                    };
                    Part::Word(vocab.intern(&lower))
                }
            })
            .collect();
        Phrase { parts }
    }

    /// The number of words.
    pub fn len(&self) -> usize {
        self.parts.len()
    }

    /// The number of tokens the phrase covers when it matches at `tokens[at..]`, else 0.
    pub fn len_at(&self, tokens: &[Token<'_>], at: usize) -> usize {
        let matched = self
            .parts
            .iter()
            .enumerate()
            .all(|(n, part)| tokens.get(at + n).is_some_and(|t| part.matches(t)));
        if matched { self.parts.len() } else { 0 }
    }

    fn first(&self) -> Option<WordId> {
        self.parts.first().and_then(Part::id)
    }

    fn last(&self) -> Option<WordId> {
        self.parts.last().and_then(Part::id)
    }
}

/// Phrases by the id of one of their words (the first or the last), with those that have a
/// wildcard there apart: they are tried at every token. Holds indices into a phrase list.
///
/// The phrases of all words are one array, cut by word id (`starts`): built from the pairs added
/// in one pass, it is three allocations, where a vector per word was one for each word listed
/// and the table of them grew with the vocabulary (building and dropping the rule indexes were
/// about a sixth of a small story's run).
#[derive(Debug, Default)]
struct ByWord {
    /// The pairs of word id and phrase index added, until [`ByWord::finish`] files them.
    added: Vec<(u32, u32)>,
    /// `listed[starts[id]..starts[id + 1]]` are the phrases of word `id`, in the order added.
    starts: Vec<u32>,
    listed: Vec<u32>,
    wildcards: Vec<u32>,
}

impl ByWord {
    fn add(&mut self, id: Option<WordId>, index: usize) {
        let index = u32::try_from(index).unwrap_or(u32::MAX);
        match id {
            Some(id) => self.added.push((id.0, index)),
            None => self.wildcards.push(index),
        }
    }

    /// Files the pairs added by word id (a counting sort, which keeps each word's phrases in
    /// the order added).
    fn finish(&mut self) {
        let added = std::mem::take(&mut self.added);
        let words = added
            .iter()
            .map(|&(id, _)| id as usize + 1)
            .max()
            .unwrap_or(0);
        let mut starts = vec![0u32; words + 1];
        for &(id, _) in &added {
            starts[id as usize] += 1;
        }
        let mut total = 0;
        for start in &mut starts {
            total += *start;
            *start = total;
        }
        // Each word's slot now holds the end of its run; filling backwards moves it to the start.
        let mut listed = vec![0; added.len()];
        for &(id, index) in added.iter().rev() {
            let start = &mut starts[id as usize];
            *start -= 1;
            listed[*start as usize] = index;
        }
        self.starts = starts;
        self.listed = listed;
    }

    /// The phrases listed under the word of id `id`, in the order added.
    fn listed(&self, id: WordId) -> &[u32] {
        let i = id.index();
        match (self.starts.get(i), self.starts.get(i + 1)) {
            (Some(&start), Some(&end)) => &self.listed[start as usize..end as usize],
            _ => &[],
        }
    }

    /// The phrases that may have `token` there, by index (each run in ascending order).
    fn candidates(&self, token: Option<&Token<'_>>) -> impl Iterator<Item = usize> + '_ {
        let listed = token.map_or(&[][..], |t| self.listed(t.id));
        listed.iter().chain(&self.wildcards).map(|&i| i as usize)
    }
}

/// An ordered list of rule phrases, compiled: the longest one matching at or ending at a token
/// is found by the token's id, without trying every phrase. Of two equally long matches the
/// later in the list wins, as a scan of the list keeping the last longest did.
#[derive(Debug)]
pub struct PhraseList<'p> {
    phrases: Vec<(&'p str, Phrase)>,
    by_first: ByWord,
    by_last: ByWord,
}

impl<'p> PhraseList<'p> {
    /// Compiles `phrases`, in order.
    pub fn new(vocab: &mut Vocab, phrases: impl IntoIterator<Item = &'p String>) -> Self {
        let mut list = PhraseList {
            phrases: Vec::new(),
            by_first: ByWord::default(),
            by_last: ByWord::default(),
        };
        for (index, text) in phrases.into_iter().enumerate() {
            let phrase = Phrase::new(vocab, text);
            list.by_first.add(phrase.first(), index);
            list.by_last.add(phrase.last(), index);
            list.phrases.push((text, phrase));
        }
        list.by_first.finish();
        list.by_last.finish();
        list
    }

    /// The longest phrase matching at `tokens[at..]`, with its token count.
    pub fn longest_at(&self, tokens: &[Token<'_>], at: usize) -> Option<(&'p str, usize)> {
        self.by_first
            .candidates(tokens.get(at))
            .map(|i| (i, self.phrases[i].1.len_at(tokens, at)))
            .filter(|&(_, n)| n > 0)
            .max_by_key(|&(i, n)| (n, i))
            .map(|(i, n)| (self.phrases[i].0, n))
    }

    /// The longest phrase ending exactly at `tokens[..end]`, with its token count.
    pub fn longest_ending(&self, tokens: &[Token<'_>], end: usize) -> Option<(&'p str, usize)> {
        let last = end.checked_sub(1).and_then(|i| tokens.get(i))?;
        self.by_last
            .candidates(Some(last))
            .filter_map(|i| {
                let n = self.phrases[i].1.len();
                (n <= end && self.phrases[i].1.len_at(tokens, end - n) == n).then_some((i, n))
            })
            .max_by_key(|&(i, n)| (n, i))
            .map(|(i, n)| (self.phrases[i].0, n))
    }
}

/// Rule phrases by their first word, so that a token tries only the phrases that can start with
/// it instead of every phrase of every list. Each phrase carries a label: the number of the
/// group it belongs to. Built once per rule set.
#[derive(Debug)]
pub struct PhraseIndex<'p> {
    phrases: Vec<(usize, &'p str, Phrase)>,
    by_first: ByWord,
}

impl<'p> PhraseIndex<'p> {
    /// Indexes `phrases`, each with its label, giving their words ids in `vocab`.
    pub fn new(vocab: &mut Vocab, phrases: impl IntoIterator<Item = (usize, &'p str)>) -> Self {
        let mut index = PhraseIndex {
            phrases: Vec::new(),
            by_first: ByWord::default(),
        };
        for (label, text) in phrases {
            let phrase = Phrase::new(vocab, text);
            index.by_first.add(phrase.first(), index.phrases.len());
            index.phrases.push((label, text, phrase));
        }
        index.by_first.finish();
        index
    }

    /// The phrases that may match at `tokens[at]`, with their labels, in no useful order.
    pub fn candidates<'a>(
        &'a self,
        tokens: &[Token<'_>],
        at: usize,
    ) -> impl Iterator<Item = (usize, &'a Phrase)> + 'a {
        let (listed, wildcards) = match tokens.get(at) {
            Some(t) => (self.by_first.listed(t.id), &self.by_first.wildcards[..]),
            None => (&[][..], &[][..]),
        };
        listed.iter().chain(wildcards).map(|&i| {
            let (label, _, phrase) = &self.phrases[i as usize];
            (*label, phrase)
        })
    }

    /// The longest phrase matching at `tokens[at]`: its label and token count. Of two equally
    /// long, the higher label wins, as the later group of a rule list does.
    pub fn longest_at(&self, tokens: &[Token<'_>], at: usize) -> Option<(usize, usize)> {
        self.candidates(tokens, at)
            .map(|(label, phrase)| (label, phrase.len_at(tokens, at)))
            .filter(|&(_, n)| n > 0)
            .max_by_key(|&(label, n)| (n, label))
    }
}

/// A set of words, as ids: the single words of a rule list (a phrase of several words names no
/// one token, so it is in no set).
#[derive(Debug, Default)]
pub struct WordSet {
    bits: Vec<u64>,
}

impl WordSet {
    /// The set of `words` exactly as written, giving them ids in `vocab`.
    pub fn new<'w>(vocab: &mut Vocab, words: impl IntoIterator<Item = &'w str>) -> Self {
        let mut set = WordSet::default();
        for w in words {
            let i = vocab.intern(w).index();
            if set.bits.len() <= i / 64 {
                set.bits.resize(i / 64 + 1, 0);
            }
            set.bits[i / 64] |= 1 << (i % 64);
        }
        set
    }

    /// Whether the word of id `id` is in the set.
    pub fn contains(&self, id: WordId) -> bool {
        let i = id.index();
        self.bits
            .get(i / 64)
            .is_some_and(|bits| bits & (1 << (i % 64)) != 0)
    }
}
