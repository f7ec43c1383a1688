//! Casualty counts: a number, the victims, and what happened to them.
//!
//! Patterns, all found on tokens around each count:
//! - count, victims, outcome: "84 mercenaries were killed", "fifteen civilians killed",
//!   "twenty civilian casualties", "47 deaths", "three dead";
//! - outcome, count, victims: "killed 84 Wagner mercenaries", "killing 50 …", "the deaths of
//!   around 20 civilians";
//! - coordination: in "killing 50 Wagner mercenaries and 10 Malian soldiers" the second count
//!   takes the outcome of the first;
//! - one victim without a numeral (see [`lone`]): "a man was killed", "the boy died";
//! - a count of some of a group: "one of the victims died".
//!
//! A victim who is the subject of an active verb with an object is no casualty of it: "two
//! gunmen killed a guard" counts the guard, not the gunmen.

mod french;
mod lone;
pub(super) mod scope;
mod sums;
mod toll;

/// Whether a sentence marks an update ("rose to", "new toll"): a measure's figure is revised as
/// a count is.
pub(super) use toll::revised;

use std::ops::Range;

use super::Indexes;
use super::numbers::NumberMatch;
use crate::claim::{Casualty, CountMarks, Outcome, Quantity};
use crate::rules::RuleSet;
use crate::words::{PhraseIndex, PhraseList, Token, Vocab, WordSet, joined};

/// The casualty vocabulary, compiled: each victim group's phrases and each outcome's words.
pub(super) struct Words<'r> {
    /// Victim groups by name, in rule order (the first group matching wins).
    pub victims: Vec<(&'r str, PhraseList<'r>)>,
    /// The words of each outcome, in rule order.
    outcomes: Vec<(Outcome, PhraseList<'r>)>,
    /// The same words in one index, labelled by the outcome's place in `outcomes`: one lookup
    /// per token finds the longest outcome starting there.
    outcome_index: PhraseIndex<'r>,
    /// [`FILLERS`], [`NP_STOPS`], [`BE`], [`OBJECTS`] and [`FOLLOW`] as sets of ids.
    fillers: WordSet,
    np_stops: WordSet,
    be: WordSet,
    objects: WordSet,
    follow: WordSet,
    /// Words that open an aside naming part of the victims between a count and its outcome
    /// ("9 passagers, dont 3 enfants, ont été blessés"): [`french::ASIDES`] where the rules are
    /// French.
    asides: WordSet,
    /// The lists of the lone-victim readers.
    lone: lone::Words,
    /// Verbs joining a toll to its figure, and words marking a figure as an update.
    toll_verbs: PhraseList<'r>,
    revisions: PhraseList<'r>,
    /// Phrases that give victims' condition ("in critical condition"): a count so given is part
    /// of the wounded.
    conditions: PhraseList<'r>,
    /// The phrases that give a count a time span of its own, and the words around them (a
    /// measure's figure reads them too).
    pub(super) scope: scope::Words,
}

impl<'r> Words<'r> {
    /// Compiles the casualty lists of `rules`, giving their words ids in `vocab`.
    pub(super) fn new(rules: &'r RuleSet, vocab: &mut Vocab) -> Self {
        let c = &rules.casualties;
        let french = rules.language == Some("fr");
        // The English words, and a language's own where its rules are read.
        let words = |english: &'static [&'static str], own: &'static [&'static str]| {
            let own = if french { own } else { &[] };
            english.iter().chain(own).copied()
        };
        Words {
            victims: (c.victims.iter())
                .map(|g| (g.name.as_str(), PhraseList::new(vocab, &g.words)))
                .collect(),
            outcomes: (c.outcomes.iter())
                .map(|(o, words)| (*o, PhraseList::new(vocab, words)))
                .collect(),
            outcome_index: PhraseIndex::new(
                vocab,
                (c.outcomes.iter().enumerate())
                    .flat_map(|(i, (_, words))| words.iter().map(move |w| (i, w.as_str()))),
            ),
            fillers: WordSet::new(vocab, words(FILLERS, french::FILLERS)),
            np_stops: WordSet::new(vocab, words(NP_STOPS, french::NP_STOPS)),
            be: WordSet::new(vocab, words(BE, french::BE)),
            objects: WordSet::new(vocab, words(OBJECTS, french::OBJECTS)),
            follow: WordSet::new(vocab, words(FOLLOW, french::FOLLOW)),
            asides: WordSet::new(vocab, words(&[], french::ASIDES)),
            lone: lone::Words::new(vocab),
            toll_verbs: PhraseList::new(vocab, &c.toll_verbs),
            revisions: PhraseList::new(vocab, &c.revision_words),
            conditions: PhraseList::new(vocab, &c.conditions),
            scope: scope::Words::new(&c.scope, vocab),
        }
    }
}

/// One casualty count found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Hit {
    /// Tokens the claim covers (its surface).
    pub tokens: Range<usize>,
    /// The number, or 1 for a lone "a man".
    pub value: Quantity,
    /// Outcome and victims.
    pub casualty: Casualty,
    /// Index into the sentence's numbers, when the count is a numeral.
    pub number: Option<usize>,
}

/// Words that may stand between the victims and the outcome ("were", "have been", "reportedly").
const FILLERS: &[&str] = &[
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "being",
    "be",
    "reportedly",
    "also",
    "all",
    "later",
    "allegedly",
    "subsequently",
    "now",
    "confirmed",
    "believed",
    "found",
    "left",
    "reported",
    "feared",
    "presumed",
    "said",
    "to",
    "both",
    "suffered",
    "sustained",
    "received",
    "listed",
    "remains",
    "remained",
    "remain",
];
/// Words that end a victims phrase.
const NP_STOPS: &[&str] = &[
    "and",
    "or",
    "but",
    "in",
    "on",
    "at",
    "near",
    "during",
    "including",
    "who",
    "which",
    "that",
    "were",
    "was",
    "are",
    "is",
    "have",
    "has",
    "had",
    "been",
    "to",
    "from",
    "by",
    "with",
    "for",
    "after",
    "before",
    "as",
    "when",
    "while",
    "since",
    "according",
    "into",
    "than",
    "of",
    "the",
    "this",
    "these",
    "those",
    "its",
    "their",
    "his",
    "her",
    "over",
    "under",
    "across",
    "amid",
    "about",
    // A new noun phrase or an attribution ("the caller said a person had been shot").
    "a",
    "an",
    "said",
    "says",
    "saying",
    "told",
    "tells",
    "reported",
    "added",
    "confirmed",
];
/// The most words taken as a victims phrase.
const MAX_NP: usize = 6;
/// Forms of "be" among the fillers: after one, an outcome verb is passive ("was killed").
const BE: &[&str] = &["were", "was", "are", "is", "been", "being", "be"];
/// Words that open the object of an active verb: "killed his wife", "wounded a guard".
const OBJECTS: &[&str] = &[
    "a", "an", "the", "his", "her", "their", "its", "him", "them", "my", "our", "your", "this",
    "that", "these", "those", "one", "another",
];
/// Outcome verbs that take no object: "died the next day" says nothing about who did it.
const INTRANSITIVE: &[&str] = &["died", "perished"];
/// Outcome verbs in the present or base form: active, so any word after them but a
/// preposition is their object ("gunman kills wife", but "two hurt in crash").
const PRESENT: &[&str] = &[
    "kill", "kills", "injure", "injures", "wound", "wounds", "hurts",
];
/// Words after an outcome verb that open no object ("killed in", "hurt during").
const FOLLOW: &[&str] = &[
    "in",
    "on",
    "at",
    "near",
    "during",
    "after",
    "before",
    "as",
    "when",
    "while",
    "since",
    "outside",
    "inside",
    "overnight",
    "following",
    "amid",
    "by",
    "from",
    "over",
    "with",
    "across",
    "and",
    "or",
    "but",
    "for",
    "early",
    "late",
    "last",
    "this",
    "today",
    "yesterday",
    "tonight",
];

/// Finds casualty counts among `numbers` (counts only), and the lone victims [`lone::find`]
/// counts one each, among them ages written before a victim with no article ("SIXTEEN YEAR OLD
/// CHILD DIES", "8 yo girl killed"); each with its scope ([`scope`]). `year` is the year the
/// article was published, when known.
pub(super) fn find(
    tokens: &[Token<'_>],
    numbers: &[(usize, Range<usize>, &NumberMatch)],
    ages: &[(usize, Range<usize>, &NumberMatch)],
    year: Option<i16>,
    rules: &Indexes<'_>,
) -> Vec<Hit> {
    let mut hits: Vec<Hit> = Vec::new();
    // Whether the sentence marks an update, read once it has a count.
    let mut revised: Option<bool> = None;
    for &(index, ref toks, m) in numbers {
        let found = analyse(tokens, toks.clone(), rules);
        // "9 of the 35 miners were injured": the outcome is the part's (the part takes it when
        // it is a count no claim holds yet), and the group's number is no count.
        let predicated = found
            .as_ref()
            .is_some_and(|(span, _)| finite_verb(&tokens[toks.end..span.end]));
        let group = group_of_a_part(tokens, toks.clone(), numbers).filter(|_| predicated);
        let (index, toks, m, found) = match (group, found) {
            (Some(Some((part, part_toks, part_m))), Some((span, casualty)))
                if !hits.iter().any(|h| h.number == Some(*part)) =>
            {
                let found = (part_toks.start..span.end, casualty);
                (*part, part_toks, *part_m, Some(found))
            }
            (Some(_), _) => continue,
            (None, found) => (index, toks, m, found),
        };
        let found = found
            .or_else(|| coordinated(tokens, toks.clone(), &hits, rules))
            .or_else(|| some_of(tokens, toks.clone(), rules));
        if let Some((span, mut casualty)) = found {
            let revised = *revised.get_or_insert_with(|| toll::revised(tokens, rules));
            let contrasted = (0..span.start).any(|i| {
                outcome_at(tokens, i, rules).is_some_and(|(o, _)| !o.compatible(casualty.outcome))
            });
            casualty.marks = toll::marks(tokens, toks.clone(), span.clone(), revised, contrasted);
            casualty.marks.part |= toll::by_condition(tokens, span.clone(), rules);
            casualty.marks.part |= in_aside(tokens, toks.start, rules);
            hits.push(Hit {
                tokens: span,
                value: m.value.clone(),
                casualty,
                number: Some(index),
            });
        }
    }
    sums::add(tokens, numbers, &mut hits, rules);
    lone::find(tokens, numbers, ages, &mut hits, rules);
    sums::add_lone(tokens, numbers, &mut hits, rules);
    hits.sort_by_key(|h| h.tokens.start);
    let is_outcome = |i: usize| outcome_at(tokens, i, rules).is_some();
    for hit in &mut hits {
        let words = &rules.casualty.scope;
        let found = scope::scope_of(tokens, hit.tokens.clone(), year, words, &is_outcome);
        hit.casualty.scope = found.map(Box::new);
    }
    hits
}

/// The claim around a count at tokens `num`: its token span and casualty, when an outcome is
/// stated next to it.
fn analyse(
    tokens: &[Token<'_>],
    num: Range<usize>,
    rules: &Indexes<'_>,
) -> Option<(Range<usize>, Casualty)> {
    let mut np_start = num.end;
    if tokens.get(np_start).is_some_and(|t| t.is("of")) {
        np_start += 1;
    }
    let np = victims_phrase(tokens, np_start, rules);
    let (group, np_end) = victim_group(tokens, np.clone(), rules);
    // Outcome inside or right after the victims ("civilian casualties", "soldiers were killed"),
    // or after the aside the count stands in (", dont 3 enfants, ont été blessés").
    let closing = tokens.get(np_end).is_some_and(|t| t.is_punct(','));
    let right = match closing && in_aside(tokens, num.start, rules) {
        true => outcome_after(tokens, np_end + 1, rules),
        false => outcome_after(tokens, np_end, rules),
    };
    // "two gunshot wounds": the number counts wounds, not people.
    if np.start == np_end
        && right.is_some_and(|(_, end)| tokens[end - 1].is("wounds") || tokens[end - 1].is("wound"))
    {
        return None;
    }
    let left = outcome_before(tokens, num.start, rules)
        .or_else(|| toll::toll_before(tokens, num.start, rules));
    let (outcome, start, end) = match (right, left) {
        (Some((o, end)), _) => (o, num.start, end),
        (None, Some((o, start))) => (o, start, np_end),
        (None, None) => return None,
    };
    // "two wounded soldiers": the victims come after the outcome word.
    let (victims, group, end) = if np.start == np_end && right.is_some() {
        let after = victims_phrase(tokens, end, rules);
        let (g, after_end) = victim_group(tokens, after.clone(), rules);
        match g {
            Some(g) => (joined(&tokens[after.start..after_end]), Some(g), after_end),
            None => (String::new(), None, end),
        }
    } else {
        (joined(&tokens[np.start..np_end]), group, end)
    };
    if group.is_none() && !victims.is_empty() && !looks_like_people(&victims) {
        return None;
    }
    let victim_group = group.unwrap_or_else(|| head_lemma(&victims));
    Some((
        start..end,
        Casualty {
            outcome,
            victims,
            victim_group,
            lone: None,
            marks: CountMarks::default(),
            scope: None,
        },
    ))
}

/// A count right after "and" or "," that follows another casualty claim takes its outcome.
fn coordinated(
    tokens: &[Token<'_>],
    num: Range<usize>,
    hits: &[Hit],
    rules: &Indexes<'_>,
) -> Option<(Range<usize>, Casualty)> {
    let prev = hits.last()?;
    let joiner = num.start.checked_sub(1)?;
    if !(tokens[joiner].is("and") || tokens[joiner].is_punct(',')) || prev.tokens.end != joiner {
        return None;
    }
    let np = victims_phrase(tokens, num.end, rules);
    let (group, np_end) = victim_group(tokens, np.clone(), rules);
    let victims = joined(&tokens[np.start..np_end]);
    if victims.is_empty() {
        return None;
    }
    let victim_group = group.unwrap_or_else(|| head_lemma(&victims));
    let outcome = prev.casualty.outcome;
    Some((
        num.start..np_end,
        Casualty {
            outcome,
            victims,
            victim_group,
            lone: None,
            marks: CountMarks::default(),
            scope: None,
        },
    ))
}

/// Tokens from `start` that may name victims, up to a stop word, punctuation or an outcome word.
fn victims_phrase(tokens: &[Token<'_>], start: usize, rules: &Indexes<'_>) -> Range<usize> {
    let mut end = start;
    while end < tokens.len() && end - start < MAX_NP {
        let t = &tokens[end];
        let quote = matches!(t.text, "“" | "”" | "\"");
        if (!t.is_word && !quote)
            || t.is_in(&rules.casualty.np_stops)
            || outcome_at(tokens, end, rules).is_some()
        {
            break;
        }
        end += 1;
    }
    while end > start && !tokens[end - 1].is_word {
        end -= 1;
    }
    start..end
}

/// The victim group named in `np`, and where the phrase ends: the group word closest to the
/// end wins ("Russian Wagner mercenaries" → mercenaries), and words after it are not victims.
fn victim_group(
    tokens: &[Token<'_>],
    np: Range<usize>,
    rules: &Indexes<'_>,
) -> (Option<String>, usize) {
    for end in (np.start + 1..=np.end).rev() {
        for (name, words) in &rules.casualty.victims {
            if let Some((_, n)) = words.longest_ending(&tokens[..end], end) {
                if end - n >= np.start {
                    return (Some(name.to_string()), end);
                }
            }
        }
    }
    (None, np.end)
}

/// An outcome stated after the victims: "were killed", "died", "casualties". Returns the outcome
/// and the token index after it. An active verb with its own object ("soldiers killed 5
/// militants") is not the victims' outcome.
fn outcome_after(
    tokens: &[Token<'_>],
    from: usize,
    rules: &Indexes<'_>,
) -> Option<(Outcome, usize)> {
    let words = &rules.casualty;
    let from = aside_end(tokens, from, rules).unwrap_or(from);
    let mut at = from;
    let mut passive = false;
    while at < tokens.len() && at - from < 3 && tokens[at].is_in(&words.fillers) {
        passive |= tokens[at].is_in(&words.be);
        at += 1;
    }
    let (outcome, n) = outcome_at(tokens, at, rules)?;
    if !passive && takes_object(tokens, at + n, rules) {
        return None;
    }
    Some((outcome, at + n))
}

/// Where an aside naming part of the victims ends, when one opens at `from`: after the comma
/// that closes ", dont 3 enfants," (at most [`MAX_ASIDE`] tokens on).
fn aside_end(tokens: &[Token<'_>], from: usize, rules: &Indexes<'_>) -> Option<usize> {
    let opens =
        tokens.get(from)?.is_punct(',') && tokens.get(from + 1)?.is_in(&rules.casualty.asides);
    if !opens {
        return None;
    }
    let close =
        (from + 2..tokens.len().min(from + 2 + MAX_ASIDE)).find(|&i| tokens[i].is_punct(','))?;
    Some(close + 1)
}

/// Whether the count starting at token `num_start` stands in an aside naming part of the
/// victims (", dont 3 enfants,"), and where its outcome starts: after the aside's closing comma.
fn in_aside(tokens: &[Token<'_>], num_start: usize, rules: &Indexes<'_>) -> bool {
    num_start >= 2
        && tokens[num_start - 1].is_in(&rules.casualty.asides)
        && tokens[num_start - 2].is_punct(',')
}

/// The most tokens of an aside between a count and its outcome.
const MAX_ASIDE: usize = 8;

/// Whether the outcome verb ending before `end` is active with an object after it: "killed 5
/// militants", "killed his wife", "fatally shot a guard", "kills wife" in a headline. A
/// reflexive object ("killed himself") makes the subject the victim; an intransitive verb ("died
/// the next day") and a noun ("deaths in the region") have no object.
fn takes_object(tokens: &[Token<'_>], end: usize, rules: &Indexes<'_>) -> bool {
    let Some(next) = tokens.get(end) else {
        return false;
    };
    let digit = |t: &Token<'_>| t.text.starts_with(|c: char| c.is_ascii_digit());
    let object = |t: &Token<'_>| digit(t) || t.is_in(&rules.casualty.objects);
    let verb = &tokens[end - 1];
    if ends_with_ci(verb.text, "ly") {
        // "fatally shot his wife": the verb after the adverb takes the object.
        return next.is_word && tokens.get(end + 1).is_some_and(object);
    }
    if verb.is_any(PRESENT) {
        return next.is_word && !next.is_in(&rules.casualty.follow);
    }
    let past = ends_with_ci(verb.text, "ed") && !verb.is_any(INTRANSITIVE);
    if past || ends_with_ci(verb.text, "ing") {
        return object(next);
    }
    digit(next)
}

/// Whether `text` ends with the ASCII `suffix`, ignoring case.
fn ends_with_ci(text: &str, suffix: &str) -> bool {
    let (t, s) = (text.as_bytes(), suffix.as_bytes());
    t.len() >= s.len() && t[t.len() - s.len()..].eq_ignore_ascii_case(s)
}

/// Words for a part of a group, before "of the": "most of the 50 workers were hurt".
const PART_WORDS: [&str; 22] = [
    "half",
    "most",
    "some",
    "many",
    "several",
    "few",
    "none",
    "majority",
    "minority",
    "dozens",
    "scores",
    "hundreds",
    "thousands",
    "third",
    "thirds",
    "quarter",
    "quarters",
    "fifth",
    "fifths",
    "percent",
    "cent",
    "%",
];

/// Whether the count at tokens `num` is the size of a group that a part is taken of ("12 of
/// the 40 passengers", "half of the 30 workers"). The caller asks only where a finite verb
/// gives the outcome ("… were killed"), which then is the part's: "one of the three people
/// killed" and "two of the 300 dead" name a toll of their own.
///
/// `None` when the count is no such group; else the part when it is a count of `numbers`.
fn group_of_a_part<'n, 'm>(
    tokens: &[Token<'_>],
    num: Range<usize>,
    numbers: &'n [(usize, Range<usize>, &'m NumberMatch)],
) -> Option<Option<&'n (usize, Range<usize>, &'m NumberMatch)>> {
    let mut at = num.start;
    if at > 0 && tokens[at - 1].is_any(&["the", "those", "these", "its", "their"]) {
        at -= 1;
    }
    if at < 2 || !tokens[at - 1].is("of") {
        return None;
    }
    let part = numbers.iter().find(|(_, t, _)| t.end == at - 1);
    let word = &tokens[at - 2];
    (part.is_some() || PART_WORDS.iter().any(|w| word.text.eq_ignore_ascii_case(w))).then_some(part)
}

/// Whether `tokens` hold a finite form of "be" or "have", as a predicate's outcome does ("were
/// killed", "had died", "was pronounced dead"), not a participle after its noun ("people
/// killed") or an infinitive ("officers to die").
fn finite_verb(tokens: &[Token<'_>]) -> bool {
    tokens
        .iter()
        .any(|t| t.is_any(&["was", "were", "is", "are", "had", "has", "have"]))
}

/// "One of the victims died", "two of the wounded have died": a count of some of a group,
/// whose outcome follows the group (a victim word, or an outcome word used as a noun).
fn some_of(
    tokens: &[Token<'_>],
    num: Range<usize>,
    rules: &Indexes<'_>,
) -> Option<(Range<usize>, Casualty)> {
    let of = tokens.get(num.end)?;
    let the = tokens.get(num.end + 1)?;
    if !of.is("of") || !the.is_any(&["the", "those"]) {
        return None;
    }
    let at = num.end + 2;
    let (victims, group, np_end) = match outcome_at(tokens, at, rules) {
        Some((_, n)) => (joined(&tokens[at..at + n]), "people".to_string(), at + n),
        None => {
            let np = victims_phrase(tokens, at, rules);
            let (group, np_end) = victim_group(tokens, np.clone(), rules);
            (joined(&tokens[np.start..np_end]), group?, np_end)
        }
    };
    let (outcome, end) = outcome_after(tokens, np_end, rules)?;
    Some((
        num.start..end,
        Casualty {
            outcome,
            victims,
            victim_group: group,
            lone: None,
            marks: CountMarks::default(),
            scope: None,
        },
    ))
}

/// An outcome stated before the count: "killed 84", "killing at least 50", "the deaths of 20".
/// Returns the outcome and the token index where it starts.
fn outcome_before(
    tokens: &[Token<'_>],
    num_start: usize,
    rules: &Indexes<'_>,
) -> Option<(Outcome, usize)> {
    let mut end = num_start;
    if end > 0 && tokens[end - 1].is("of") {
        end -= 1;
    }
    outcome_ending(tokens, end, rules)
}

/// The longest outcome phrase ending at token `end` ("the death toll"), and where it starts.
fn outcome_ending(
    tokens: &[Token<'_>],
    end: usize,
    rules: &Indexes<'_>,
) -> Option<(Outcome, usize)> {
    (rules.casualty.outcomes.iter())
        .filter_map(|(o, words)| {
            (words.longest_ending(&tokens[..end], end)).map(|(_, n)| (*o, end - n))
        })
        .min_by_key(|&(_, start)| start)
}

/// The longest outcome phrase at `tokens[at]` and its token count; of two as long, the later
/// outcome of the rules.
fn outcome_at(tokens: &[Token<'_>], at: usize, rules: &Indexes<'_>) -> Option<(Outcome, usize)> {
    let words = &rules.casualty;
    (words.outcome_index.longest_at(tokens, at)).map(|(label, n)| (words.outcomes[label].0, n))
}

/// A victims phrase outside every group still counts when its last word is a plural-looking
/// noun ("84 elephants"), not an adjective or a verb form.
fn looks_like_people(victims: &str) -> bool {
    let last = victims.rsplit(' ').next().unwrap_or_default();
    last.len() > 3
        && last.ends_with('s')
        && !last.ends_with("ss")
        && last.chars().all(char::is_alphabetic)
}

/// The lower-cased last word, the group key of a victims phrase outside every group.
fn head_lemma(victims: &str) -> String {
    victims
        .rsplit(' ')
        .next()
        .unwrap_or_default()
        .to_lowercase()
}

#[cfg(test)]
mod tests;
