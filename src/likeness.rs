//! How alike two claims are: the measures that both alignment (which claims report one fact)
//! and comparison (whether they agree) apply, kept in one place below both so the two stages
//! cannot drift apart: counts that overlap within the kind's tolerance, dates that overlap within
//! the rule set's slack, and the words two quotations share.

use std::collections::BTreeMap;

use rustc_hash::FxHashMap;

use crate::claim::{Claim, Interval, Kind};
use crate::names::cluster::shared_count;
use crate::rules::{FactKind, RuleSet};

/// Whether two claims' values overlap once widened by the kind's tolerance, for alignment: a
/// lone victim ("a man was shot", "Jane Roe, 24, died") is one of the victims, and joins any
/// count of one or more; a part of a count ("two more people died") joins any count at least
/// as large.
pub(crate) fn values_overlap(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    let floor = |c: &Claim| -> Option<Interval> {
        let min = if c.lone().is_some() {
            Some(1.0)
        } else if c.part() {
            c.value.number().and_then(|q| q.value.min)
        } else {
            return None;
        };
        Some(Interval { min, max: None })
    };
    match (floor(a), floor(b)) {
        (None, None) => numbers_overlap(a, b, rules),
        (Some(_), Some(_)) => true,
        (Some(f), None) => widened(b, rules).is_some_and(|y| y.overlaps(&f)),
        (None, Some(f)) => widened(a, rules).is_some_and(|x| x.overlaps(&f)),
    }
}

/// Whether two claims' numbers overlap once widened by the kind's tolerance, as numbers: a lone
/// victim is its one.
pub(crate) fn numbers_overlap(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    match (widened(a, rules), widened(b, rules)) {
        (Some(x), Some(y)) => x.overlaps(&y),
        _ => false,
    }
}

/// A claim's number widened by its kind's tolerance; `None` for a claim without one. A
/// measure's figure is first converted to the unit figures of its kind compare in (miles to
/// km, months to years): its tolerance is in that unit.
fn widened(c: &Claim, rules: &RuleSet) -> Option<Interval> {
    let (relative, absolute) = tolerance_of(c, rules)?;
    let q = c.value.number()?;
    let factor = match (c.kind, q.unit) {
        (Kind::Measure, Some(unit)) => unit.base().1,
        _ => 1.0,
    };
    let value = Interval {
        min: q.value.min.map(|v| v * factor),
        max: q.value.max.map(|v| v * factor),
    };
    Some(value.widened(relative, absolute))
}

/// The slack a claim's figure is compared with, relative and absolute: its measure's when it
/// is a measure's figure, else its kind's; `None` for a kind without figures.
pub(crate) fn tolerance_of(c: &Claim, rules: &RuleSet) -> Option<(f64, f64)> {
    match c.measure_id().and_then(|id| rules.measure(id)) {
        Some(m) => Some((m.relative, m.absolute)),
        None => tolerance(c.kind, rules).map(|k| (k.relative, k.absolute)),
    }
}

/// The rule set's tolerance for figures of a kind of claim; `None` for a kind without figures.
pub(crate) fn tolerance(kind: Kind, rules: &RuleSet) -> Option<&FactKind> {
    match kind {
        // Shares, sums, ranks and ages are not facts yet (see `align::comparable`); were they
        // compared, they would be compared as exactly as quantities.
        // A measure's figure has its measure's tolerance (`tolerance_of`); one whose measure
        // the rules lack compares as exactly as a quantity.
        Kind::Quantity
        | Kind::Measure
        | Kind::Percent
        | Kind::Money
        | Kind::Ordinal
        | Kind::Age => Some(&rules.facts.quantity),
        Kind::CasualtyCount => Some(&rules.facts.casualty_count),
        // No figures: dates have `dates_agree` below, quotes `similarity`; names are judged by
        // their forms and places.
        Kind::Date | Kind::Name | Kind::Affiliation | Kind::Quote => None,
    }
}

/// Whether two dates overlap once widened by the rule set's days of slack.
pub(crate) fn dates_agree(a: &Claim, b: &Claim, rules: &RuleSet) -> bool {
    match (a.value.date(), b.value.date()) {
        (Some(x), Some(y)) => x.overlaps(y, i32::from(rules.facts.date.days)),
        _ => false,
    }
}

/// What a set of dated claims asks of a newcomer, in one value: [`dates_agree`] with every one of
/// them is agreeing with the latest start and the earliest end among them.
///
/// Exact, not an estimate: a date agrees with another when its widened start is at most the
/// other's widened end and the other's widened start at most its widened end; widening adds a
/// fixed number of days (saturating at the calendar's ends), which never reorders two days, so
/// "at most every widened end" is "at most the widened earliest end", and the same for starts.
#[derive(Clone, Copy, Debug)]
pub(crate) struct DateBounds {
    /// Latest start and earliest end (possibly before the start); `None` once an undated claim
    /// is in, which agrees with nothing.
    bounds: Option<crate::dates::DateValue>,
}

impl DateBounds {
    /// The bounds of no claim yet, which every date agrees with: the whole calendar.
    pub(crate) fn new() -> DateBounds {
        DateBounds {
            bounds: Some(crate::dates::DateValue {
                start: jiff::civil::Date::MIN,
                end: jiff::civil::Date::MAX,
                precision: crate::dates::Precision::Day,
            }),
        }
    }

    /// The bounds of one claim.
    pub(crate) fn of(c: &Claim) -> DateBounds {
        DateBounds {
            bounds: c.value.date().copied(),
        }
    }

    /// Takes in one more claim.
    pub(crate) fn add(&mut self, c: &Claim) {
        self.bounds = match (self.bounds, c.value.date()) {
            (Some(b), Some(d)) => Some(crate::dates::DateValue {
                start: b.start.max(d.start),
                end: b.end.min(d.end),
                precision: b.precision,
            }),
            _ => None,
        };
    }

    /// Whether `c`'s date agrees ([`dates_agree`]) with every date taken in.
    pub(crate) fn agree(&self, c: &Claim, rules: &RuleSet) -> bool {
        match (self.bounds, c.value.date()) {
            (Some(b), Some(d)) => d.overlaps(&b, i32::from(rules.facts.date.days)),
            _ => false,
        }
    }
}

/// The words of a rendering for comparison: lower case, letters and digits, one apostrophe.
pub(crate) fn words(text: &str) -> Vec<String> {
    raw_words(text).map(fold_word).collect()
}

/// The stretches of a rendering [`words`] makes words of, before folding; none is empty.
fn raw_words(text: &str) -> impl Iterator<Item = &str> {
    text.split(|c: char| !(c.is_alphanumeric() || c == '\'' || c == '’'))
        .map(|w| w.trim_matches(|c| c == '\'' || c == '’'))
        .filter(|w| !w.is_empty())
}

/// One word of [`words`], folded: the typographic apostrophe made plain, lower case.
fn fold_word(raw: &str) -> String {
    raw.replace('’', "'").to_lowercase()
}

/// Words too common to tell two statements apart.
const COMMON: &[&str] = &[
    "that", "this", "these", "those", "with", "have", "has", "had", "were", "was", "they", "them",
    "their", "there", "what", "when", "where", "which", "who", "been", "from", "will", "would",
    "could", "should", "just", "about", "your", "yours", "ours", "into", "than", "then", "some",
    "very", "also", "only", "said", "does", "did", "doing", "being", "because", "while", "over",
    "more", "most", "such", "here", "like", "know", "want", "going", "think", "really",
];

/// The words that carry a statement's content: four letters or more, not among the commonest.
pub(crate) fn content(words: &[String]) -> Vec<String> {
    words.iter().filter(|w| is_content(w)).cloned().collect()
}

fn is_content(word: &str) -> bool {
    word.chars().count() >= 4 && !COMMON.contains(&word)
}

/// The share of the shorter word list found in the longer one (as a multiset).
pub(crate) fn overlap(a: &[String], b: &[String]) -> f64 {
    let (short, long) = if a.len() <= b.len() { (a, b) } else { (b, a) };
    if short.is_empty() {
        return 0.0;
    }
    let mut pool: BTreeMap<&str, usize> = BTreeMap::new();
    for w in long {
        *pool.entry(w).or_default() += 1;
    }
    let mut shared = 0;
    for w in short {
        if let Some(n) = pool.get_mut(w.as_str()).filter(|n| **n > 0) {
            *n -= 1;
            shared += 1;
        }
    }
    share(shared, short.len())
}

/// `shared` words of a list of `len`, as [`overlap`] and [`sorted_overlap`] give it: none of
/// an empty list.
fn share(shared: usize, len: usize) -> f64 {
    if len == 0 {
        0.0
    } else {
        shared as f64 / len as f64
    }
}

/// How alike two renderings are, or `None` when they are not one statement: the share of the
/// shorter one's content words the other has, which must be at least `min_overlap` with two
/// content words shared, and either a run of three words in the same order or four in five
/// content words shared. Common words alone ("I just want them to know") make no match.
pub(crate) fn similarity(a: &[String], b: &[String], min_overlap: f64) -> Option<f64> {
    let (ca, cb) = (content(a), content(b));
    let shared = overlap(&ca, &cb);
    let count = (shared * ca.len().min(cb.len()) as f64).round() as usize;
    let ordered = has_run(a, b, 3) || shared >= 0.8;
    (count >= 2 && shared >= min_overlap && ordered).then_some(shared)
}

/// The words of renderings as small ids, each distinct word interned (and tested for content)
/// once, so that comparing two renderings compares integers: grouping compares a statement with
/// every rendering of its candidate groups.
#[derive(Debug, Default)]
pub(crate) struct Vocabulary {
    ids: FxHashMap<String, u32>,
    /// By id: whether the word carries content ([`content`]).
    content: Vec<bool>,
}

/// A rendering's words as [`Vocabulary`] ids: in text order, and its content words sorted.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub(crate) struct Wording {
    /// Every word, in text order.
    pub(crate) words: Vec<u32>,
    /// The content words ([`content`]), sorted, repeats kept.
    pub(crate) content: Vec<u32>,
}

impl Vocabulary {
    /// The id of a word, interning it on first sight.
    pub(crate) fn id(&mut self, word: &str) -> u32 {
        if let Some(&id) = self.ids.get(word) {
            return id;
        }
        let id = u32::try_from(self.content.len()).expect("fewer than 2^32 distinct words");
        self.ids.insert(word.to_string(), id);
        self.content.push(is_content(word));
        id
    }

    /// The ids of a rendering's [`words`], in text order. An ASCII word is lower-cased into one
    /// buffer and looked up there, so only a word seen for the first time is copied; any other
    /// is folded as [`words`] folds it.
    pub(crate) fn ids_of(&mut self, text: &str) -> Vec<u32> {
        let mut buffer = String::new();
        raw_words(text)
            .map(|raw| {
                if raw.is_ascii() {
                    buffer.clear();
                    buffer.extend(raw.chars().map(|c| c.to_ascii_lowercase()));
                    self.id(&buffer)
                } else {
                    self.id(&fold_word(raw))
                }
            })
            .collect()
    }

    /// A rendering's words as ids: its [`words`] interned ([`Vocabulary::ids_of`]).
    pub(crate) fn wording_of(&mut self, text: &str) -> Wording {
        let words = self.ids_of(text);
        self.with_content(words)
    }

    /// A rendering's words (from [`words`]) as ids.
    #[cfg(test)]
    pub(crate) fn wording(&mut self, words: &[String]) -> Wording {
        let words: Vec<u32> = words.iter().map(|w| self.id(w)).collect();
        self.with_content(words)
    }

    /// The wording of word ids in text order: its content words found and sorted.
    fn with_content(&self, words: Vec<u32>) -> Wording {
        let mut content: Vec<u32> = words
            .iter()
            .copied()
            .filter(|&id| self.content[id as usize])
            .collect();
        content.sort_unstable();
        Wording { words, content }
    }
}

/// [`similarity`] of two wordings of one vocabulary.
pub(crate) fn similarity_of(a: &Wording, b: &Wording, min_overlap: f64) -> Option<f64> {
    let count = shared_count(&a.content, &b.content);
    let shared = share(count, a.content.len().min(b.content.len()));
    // The same test as "count, share, and (a run of three or a share of 0.8)", with the run,
    // the costly part, looked for only when the rest holds.
    (count >= 2 && shared >= min_overlap && (shared >= 0.8 || has_run(&a.words, &b.words, 3)))
        .then_some(shared)
}

/// [`overlap`] of two sorted id lists.
pub(crate) fn sorted_overlap(a: &[u32], b: &[u32]) -> f64 {
    share(shared_count(a, b), a.len().min(b.len()))
}

/// Whether two renderings share a run of `run` words in the same order (the longest common run
/// of words is at least `run`).
fn has_run<T: PartialEq>(a: &[T], b: &[T], run: usize) -> bool {
    let mut row = vec![0usize; b.len() + 1];
    for x in a {
        let mut prev = 0;
        for (j, y) in b.iter().enumerate() {
            let here = row[j + 1];
            row[j + 1] = if x == y { prev + 1 } else { 0 };
            if row[j + 1] >= run {
                return true;
            }
            prev = here;
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    fn sim(a: &str, b: &str) -> Option<f64> {
        similarity(&words(a), &words(b), 0.5)
    }

    #[test]
    fn a_reworded_statement_is_one_quote() {
        let s = sim(
            "The exchanges were fruitful, focused on topics of common interest and helped to strengthen our relations.",
            "covered subjects of common interest and helped to strengthen our relations",
        );
        assert!(s.is_some_and(|s| s > 0.7), "{s:?}");
    }

    #[test]
    fn common_words_alone_make_no_match() {
        assert_eq!(
            sim(
                "I just want them to know they have a chance",
                "I just want the neighbours to know the truth"
            ),
            None
        );
        // Shared content words out of order and too few: two statements.
        assert_eq!(
            sim(
                "The family is very quiet and kind",
                "Their kids were kind to the family dog next door"
            ),
            None
        );
    }

    /// The longest run of words two renderings share in the same order, every run measured.
    fn longest_run(a: &[String], b: &[String]) -> usize {
        let mut best = 0;
        for i in 0..a.len() {
            for j in 0..b.len() {
                let run = a[i..]
                    .iter()
                    .zip(&b[j..])
                    .take_while(|(x, y)| x == y)
                    .count();
                best = best.max(run);
            }
        }
        best
    }

    #[test]
    fn interned_similarity_is_the_string_measure() {
        // The string measure compares one pair; grouping compares many through one vocabulary.
        let texts = [
            "The exchanges were fruitful, focused on topics of common interest.",
            "exchanges exchanges fruitful fruitful topics",
            "fruitful exchanges on topics of interest, common topics",
            "topics of common interest and helped to strengthen our relations",
            "We will never surrender, never, to the terrorists",
            "never surrender to terrorists terrorists terrorists",
            "I just want them to know they have a chance",
            "the village the village the village before dawn",
            "",
        ];
        let mut vocabulary = Vocabulary::default();
        for a in texts {
            for b in texts {
                let (wa, wb) = (words(a), words(b));
                let (ia, ib) = (vocabulary.wording(&wa), vocabulary.wording(&wb));
                for min in [0.0, 0.5, 0.75] {
                    let plain = similarity(&wa, &wb, min);
                    assert_eq!(similarity_of(&ia, &ib, min), plain, "{a:?} {b:?} {min}");
                }
                assert_eq!(
                    sorted_overlap(&ia.content, &ib.content),
                    overlap(&content(&wa), &content(&wb))
                );
                for run in 1..5 {
                    let longest = longest_run(&wa, &wb);
                    assert_eq!(has_run(&wa, &wb, run), longest >= run, "{a:?} {b:?} {run}");
                    assert_eq!(has_run(&ia.words, &ib.words, run), longest >= run);
                }
            }
        }
    }

    #[test]
    fn interning_a_text_gives_the_ids_of_its_words() {
        let texts = [
            "We’re “not” leaving, OK?",
            "'Tis the ΣΟΦΟΣ Kelvin sign \u{212A} and the İstanbul office",
            "L’ARMÉE a dit: «Nous restons», don't",
            "the same words THE SAME WORDS",
            "",
        ];
        let mut vocabulary = Vocabulary::default();
        for text in texts {
            let by_text = vocabulary.wording_of(text);
            assert_eq!(by_text, vocabulary.wording(&words(text)), "{text:?}");
            assert_eq!(vocabulary.ids_of(text), by_text.words);
        }
    }

    #[test]
    fn words_fold_case_punctuation_and_apostrophes() {
        assert_eq!(
            words("We’re “not” leaving, OK?"),
            ["we're", "not", "leaving", "ok"]
        );
    }
}
