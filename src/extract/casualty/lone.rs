//! One victim without a numeral: each of these counts one.
//!
//! - an indefinite or definite singular victim: "a man was killed", "killing a teenager", "the
//!   boy died", "the victim was pronounced dead" (a definite plural, "the victims died", counts
//!   nothing: its number is not given);
//! - "another": "one person was injured and another died";
//! - a person named with an age: "Jane Roe, 16, was killed"; in a list of such people who share
//!   one outcome each counts one and the list counts all ("Jo Hale, 19, and Ana Ruiz, 22, died"
//!   is one, one and two);
//! - an age with a name after an outcome: "the death of 17-year-old Jane Roe";
//! - a headline's bare noun: "Teen killed, another wounded", "Local student shot, killed";
//! - an outcome after a relative clause or an apposition: "the student, who has not been
//!   named, died Saturday", "a boy who was shot on Friday has died".
//!
//! A victim who is the subject of an active verb with an object ("a man who killed his wife")
//! is no casualty of that verb.

use std::ops::Range;

use super::{Hit, Indexes, analyse, outcome_after, outcome_at, victim_group, victims_phrase};
use crate::claim::{Casualty, CountMarks, Interval, Lone, Outcome, Quantity};
use crate::extract::numbers::NumberMatch;
use crate::words::{Token, Vocab, WordSet, joined};

/// The words the lone-victim readers look for, as sets of ids.
pub(super) struct Words {
    /// "a", "an": an indefinite singular.
    indefinite: WordSet,
    /// "the", "this", possessives: a definite noun phrase, singular only if its head is.
    definite: WordSet,
    /// "another".
    another: WordSet,
    /// Relative pronouns that open a clause between a victim and the outcome.
    relatives: WordSet,
    /// Words that end the search for the outcome after a relative clause.
    clause_stops: WordSet,
    /// Victim words that name a group however they end ("police", "people", "family").
    collective: WordSet,
    /// Outcome nouns that need a count: "lives", "bodies", "toll".
    count_nouns: WordSet,
    /// "himself", "herself", "themselves".
    reflexive: WordSet,
}

impl Words {
    /// Compiles the word lists, giving their words ids in `vocab`.
    pub(super) fn new(vocab: &mut Vocab) -> Self {
        let mut set = |words: &[&str]| WordSet::new(vocab, words.iter().copied());
        Words {
            indefinite: set(&["a", "an"]),
            definite: set(&["the", "this", "his", "her", "their", "its"]),
            another: set(&["another"]),
            relatives: set(&["who", "that"]),
            clause_stops: set(CLAUSE_STOPS),
            collective: set(COLLECTIVE),
            count_nouns: set(&["lives", "bodies", "toll"]),
            reflexive: set(&["himself", "herself", "themselves"]),
        }
    }
}

/// A new clause with its own subject, or a subordinate one: the outcome after it is not the
/// victim's ("a woman who was with him when he died").
const CLAUSE_STOPS: &[&str] = &[
    "when", "while", "because", "although", "though", "if", "unless", "until", "whose", "whom",
    "which", "who", "he", "she", "they", "we", "i", "you", "it",
];
/// Victim words that are plural or collective without a final "s".
const COLLECTIVE: &[&str] = &[
    "people",
    "police",
    "men",
    "women",
    "children",
    "personnel",
    "army",
    "military",
    "family",
    "staff",
    "crowd",
    "militia",
    "youths",
];
/// The most tokens searched for the outcome after a relative clause.
const MAX_CLAUSE: usize = 24;

/// How a lone victim is introduced.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Opener {
    /// "a man", "an officer": singular by its article.
    Indefinite,
    /// "the boy": singular only if its head is.
    Definite,
    /// "another" with or without a noun.
    Another,
    /// A headline's first noun phrase with no article: "Teen killed".
    Bare,
    /// An age written before a victim or a name: "8 yo girl killed", "17-year-old Jane Roe".
    Age,
}

/// Adds to `hits` the victims counted one each in a sentence, where no count covers them.
/// `numbers` are the sentence's counts, `ages` its ages.
pub(super) fn find(
    tokens: &[Token<'_>],
    numbers: &[(usize, Range<usize>, &NumberMatch)],
    ages: &[(usize, Range<usize>, &NumberMatch)],
    hits: &mut Vec<Hit>,
    rules: &Indexes<'_>,
) {
    let words = &rules.casualty.lone;
    // Every reading needs an outcome in the sentence, or "shot": most sentences have neither.
    // "Shot" alone says injured only where nobody in the sentence is said to have died.
    let (mut outcome, mut killed) = (false, false);
    for i in 0..tokens.len() {
        if let Some((o, _)) = outcome_at(tokens, i, rules) {
            outcome = true;
            killed |= o == Outcome::Killed;
        }
    }
    if !outcome && !tokens.iter().any(|t| t.is("shot")) {
        return;
    }
    let shot = !killed;
    let mut found: Vec<(Range<usize>, Casualty, Option<usize>)> = Vec::new();
    for at in 0..tokens.len() {
        let t = &tokens[at];
        let opener = if t.is_in(&words.indefinite) {
            Opener::Indefinite
        } else if t.is_in(&words.definite) {
            Opener::Definite
        } else if t.is_in(&words.another) {
            Opener::Another
        } else if at == 0 && t.is_word && !starts_with_digit(t) {
            if let Some((span, casualty)) = read(tokens, 0..0, Opener::Bare, rules, shot) {
                found.push((span, casualty, None));
            }
            continue;
        } else {
            if let Some(hit) = named(tokens, at, numbers.iter().chain(ages), rules, shot) {
                found.push(hit);
            }
            continue;
        };
        if let Some((span, casualty)) = read(tokens, at..at + 1, opener, rules, shot) {
            found.push((span, casualty, None));
        }
    }
    for (_, toks, _) in ages {
        if let Some((span, casualty)) = read(tokens, toks.clone(), Opener::Age, rules, shot) {
            found.push((span, casualty, None));
        }
    }
    let counted = hits.len();
    for (span, casualty, number) in found {
        // "A spokesman told AFP 20 soldiers had been killed": the outcome is the 20's. People
        // named differently in one list are different people.
        let named = |c: &Casualty| c.lone == Some(Lone::Named);
        let taken = hits.iter().enumerate().any(|(i, h)| {
            let overlaps = h.tokens.start < span.end && span.start < h.tokens.end;
            let other_person = i >= counted
                && named(&h.casualty)
                && named(&casualty)
                && h.casualty.victims != casualty.victims;
            overlaps && !other_person
        });
        if !taken && !casualty.victims.is_empty() {
            hits.push(Hit {
                tokens: span,
                value: Quantity::plain(Interval::exact(1.0), None),
                casualty: Casualty {
                    lone: casualty.lone.or(Some(Lone::Unnamed)),
                    ..casualty
                },
                number,
            });
        }
    }
    add_named_lists(hits, counted);
}

/// A list of named victims: its span, its outcome and each name with where it starts.
type NamedList = (Range<usize>, Outcome, Vec<(usize, String)>);

/// Adds to `hits` the count of each list of people named with their ages who share one
/// outcome ("Jo Hale, 19, and Ana Ruiz, 22, died" is a count of two), beside the one each of
/// the people named. `from` is where this sentence's lone victims start in `hits`.
fn add_named_lists(hits: &mut Vec<Hit>, from: usize) {
    let mut lists: Vec<NamedList> = Vec::new();
    for h in hits[from..]
        .iter()
        .filter(|h| h.casualty.lone == Some(Lone::Named))
    {
        let (span, outcome) = (&h.tokens, h.casualty.outcome);
        let name = (span.start, h.casualty.victims.clone());
        match lists
            .iter_mut()
            .find(|(l, o, _)| l.end == span.end && *o == outcome)
        {
            Some((l, _, names)) => {
                l.start = l.start.min(span.start);
                names.push(name);
            }
            None => lists.push((span.clone(), outcome, vec![name])),
        }
    }
    for (span, outcome, mut names) in lists.into_iter().filter(|l| l.2.len() > 1) {
        names.sort();
        let names: Vec<String> = names.into_iter().map(|(_, n)| n).collect();
        let (last, rest) = names.split_last().expect("a list holds two names or more");
        let victims = format!("{} and {last}", rest.join(", "));
        hits.push(Hit {
            tokens: span,
            value: Quantity::plain(Interval::exact(names.len() as f64), None),
            casualty: casualty(outcome, victims, "people".into()),
            number: None,
        });
    }
}

/// The claim a lone victim opened by the tokens `open` makes, when an outcome is stated.
fn read(
    tokens: &[Token<'_>],
    open: Range<usize>,
    opener: Opener,
    rules: &Indexes<'_>,
    shot: bool,
) -> Option<(Range<usize>, Casualty)> {
    let words = &rules.casualty.lone;
    let np = victims_phrase(tokens, open.end, rules);
    let (group, np_end) = victim_group(tokens, np.clone(), rules);
    let singular = np_end > np.start && is_singular(&tokens[np_end - 1], words);
    let analysed = || {
        analyse(tokens, open.clone(), rules).map(|(span, c)| {
            let end = if span.end > np_end {
                with_verb(tokens, span.end)
            } else {
                span.end
            };
            (span.start..end, c)
        })
    };
    match opener {
        Opener::Age if group.is_none() && is_name(&tokens[np.clone()]) => {
            // "the death of 17-year-old Jane Roe", "17-year-old Jane Roe was killed".
            let (outcome, span) = match outcome_before_name(tokens, open.start, rules) {
                Some((outcome, start)) => (outcome, start..np.end),
                None => {
                    let (outcome, end) = stated(tokens, np.end, rules, shot)?;
                    (outcome, open.start..end)
                }
            };
            let victims = joined(&tokens[np.clone()]);
            let named = Casualty {
                lone: Some(Lone::Named),
                ..casualty(outcome, victims, "people".into())
            };
            return Some((span, named));
        }
        Opener::Indefinite | Opener::Age => {
            if let Some(found) = analysed() {
                return Some(found);
            }
        }
        Opener::Definite | Opener::Bare => {
            if group.is_none() || !singular {
                return None;
            }
            if let Some(found) = analysed() {
                return Some(found);
            }
        }
        Opener::Another => {
            if np.start != np_end && (group.is_none() || !singular) {
                return None;
            }
            if let Some((outcome, end)) = stated(tokens, np_end, rules, shot) {
                let victims = joined(&tokens[open.start..np_end]);
                let group = group.unwrap_or_else(|| "people".into());
                return Some((open.start..end, casualty(outcome, victims, group)));
            }
        }
    }
    let group = group?;
    let (outcome, end) = shot_then(tokens, np_end, rules)
        .or_else(|| after_clause(tokens, np_end, rules, shot))
        .or_else(|| shot.then(|| shot_alone(tokens, np_end, rules)).flatten())?;
    let victims = joined(&tokens[np.start..np_end]);
    Some((open.start..end, casualty(outcome, victims, group)))
}

/// A casualty of one outcome.
fn casualty(outcome: Outcome, victims: String, victim_group: String) -> Casualty {
    Casualty {
        outcome,
        victims,
        victim_group,
        lone: None,
        marks: CountMarks::default(),
        scope: None,
    }
}

/// "shot, killed" and "shot and killed" in a headline: the outcome after the shooting.
fn shot_then(tokens: &[Token<'_>], from: usize, rules: &Indexes<'_>) -> Option<(Outcome, usize)> {
    let shot = tokens.get(from)?;
    let joiner = tokens.get(from + 1)?;
    if !shot.is("shot") || !(joiner.is("and") || joiner.is_punct(',')) {
        return None;
    }
    stated(tokens, from + 2, rules, false)
}

/// An outcome stated after a lone victim, as [`outcome_after`] finds it, but never a noun that
/// only a count makes an outcome ("20 lives", "bodies"): "a woman who lives nearby" is alive.
/// An adverb outcome takes its verb along: "was fatally shot".
/// With `shot`, a victim who "was shot" with no object after it is injured: [`shot_alone`].
fn stated(
    tokens: &[Token<'_>],
    from: usize,
    rules: &Indexes<'_>,
    shot: bool,
) -> Option<(Outcome, usize)> {
    let Some((outcome, end)) = outcome_after(tokens, from, rules) else {
        return shot.then(|| shot_alone(tokens, from, rules)).flatten();
    };
    let last = &tokens[end - 1];
    if last.is_in(&rules.casualty.lone.count_nouns) {
        return None;
    }
    Some((outcome, with_verb(tokens, end)))
}

/// "was shot", "was accidentally shot", a headline's "Boy, 9, shot on …": injured, unless an
/// object follows ("shot his uncle": the victim is the uncle; "shot himself" may be a death).
fn shot_alone(tokens: &[Token<'_>], from: usize, rules: &Indexes<'_>) -> Option<(Outcome, usize)> {
    let mut at = from;
    while at < tokens.len() && at - from < 3 && tokens[at].is_in(&rules.casualty.fillers) {
        at += 1;
    }
    if tokens
        .get(at)
        .is_some_and(|t| t.text.len() > 2 && t.text.ends_with("ly"))
    {
        at += 1;
    }
    if !tokens.get(at)?.is("shot") {
        return None;
    }
    let next = tokens.get(at + 1);
    let object = next.is_some_and(|t| {
        t.text.starts_with(|c: char| c.is_ascii_digit())
            || t.is_in(&rules.casualty.objects)
            || t.is_in(&rules.casualty.lone.reflexive)
    });
    (!object).then_some((Outcome::Injured, at + 1))
}

/// `end`, or one token further when the outcome ends with an adverb and a word follows it:
/// "fatally" + "shot".
fn with_verb(tokens: &[Token<'_>], end: usize) -> usize {
    let adverb = tokens[end - 1].text.len() > 2 && tokens[end - 1].text.ends_with("ly");
    if adverb && tokens.get(end).is_some_and(|t| t.is_word) {
        end + 1
    } else {
        end
    }
}

/// The outcome after a relative clause or an apposition that follows the victim at `from`:
/// "the student, who has not been named, died"; "a boy who was shot on Friday has died".
/// The first outcome in the clause is the victim's when it is passive or intransitive ("who was
/// killed", "who died"); an active verb with an object ("who killed his wife") ends the search.
fn after_clause(
    tokens: &[Token<'_>],
    from: usize,
    rules: &Indexes<'_>,
    shot: bool,
) -> Option<(Outcome, usize)> {
    let words = &rules.casualty.lone;
    let mut at = from;
    if tokens.get(at).is_some_and(|t| t.is_punct(',')) {
        at += 1;
    }
    if !tokens.get(at)?.is_in(&words.relatives) {
        return None;
    }
    at += 1;
    let first = at;
    let limit = (at + MAX_CLAUSE).min(tokens.len());
    while at < limit {
        let t = &tokens[at];
        if t.is_punct(';') || t.is_in(&words.clause_stops) {
            return None;
        }
        // A verb opens the clause, follows an auxiliary, or is coordinated ("and died", ",
        // died"): "following the death" is no verb.
        let verb_place = at == first
            || t.is_in(&rules.casualty.fillers)
            || tokens[at - 1].is("and")
            || tokens[at - 1].is_punct(',');
        if let Some(found) = stated(tokens, at, rules, shot).filter(|_| verb_place) {
            return Some(found);
        }
        if outcome_at(tokens, at, rules).is_some() {
            return None;
        }
        at += 1;
    }
    None
}

/// A person named with an age, "Jane Roe, 16, was killed": the name ends just before `at`, a
/// comma, the age and a comma follow, then the outcome (or a relative clause and the outcome).
/// The age is one of `numbers`; it is taken, so it is not also a quantity.
fn named<'m>(
    tokens: &[Token<'_>],
    at: usize,
    mut numbers: impl Iterator<Item = &'m (usize, Range<usize>, &'m NumberMatch)>,
    rules: &Indexes<'_>,
    shot: bool,
) -> Option<(Range<usize>, Casualty, Option<usize>)> {
    if !tokens[at].is_punct(',') || !tokens.get(at + 2)?.is_punct(',') {
        return None;
    }
    if !is_age(&tokens[at + 1]) {
        return None;
    }
    let start = (at.saturating_sub(4)..at)
        .rev()
        .take_while(|&i| tokens[i].is_word && tokens[i].is_capitalised())
        .last()?;
    let (outcome, end) = stated(tokens, at + 3, rules, shot)
        .or_else(|| after_clause(tokens, at + 2, rules, shot))
        .or_else(|| stated(tokens, after_named_list(tokens, at + 3)?, rules, shot))?;
    let number = numbers
        .find(|(_, toks, _)| *toks == (at + 1..at + 2))
        .map(|(i, _, _)| *i);
    let victims = joined(&tokens[start..at]);
    let named = Casualty {
        lone: Some(Lone::Named),
        ..casualty(outcome, victims, "people".into())
    };
    Some((start..end, named, number))
}

/// Where the outcome of a list of named people with ages goes on, after the list's next items
/// from token `from`: "Jo Hale, 19, [and Ana Ruiz, 22,] died", "A, 30, [B, 41, and C, 25,]
/// were killed". `None` when no such item follows.
fn after_named_list(tokens: &[Token<'_>], from: usize) -> Option<usize> {
    let mut at = from;
    for _ in 0..MAX_LIST {
        let mut next = at;
        if tokens.get(next).is_some_and(|t| t.is("and")) {
            next += 1;
        }
        let name = (next..tokens.len().min(next + 4))
            .take_while(|&i| tokens[i].is_word && tokens[i].is_capitalised())
            .count();
        let aged = tokens.get(next + name + 1).is_some_and(is_age);
        let commas = tokens.get(next + name).is_some_and(|t| t.is_punct(','))
            && tokens.get(next + name + 2).is_some_and(|t| t.is_punct(','));
        if name == 0 || !aged || !commas {
            break;
        }
        at = next + name + 3;
    }
    (at > from).then_some(at)
}

/// The most people a list of named victims is read through.
const MAX_LIST: usize = 12;

/// An outcome ending right before an age (with "of" between): "the death of", "the fatal
/// shooting of". Returns the outcome and where it starts.
fn outcome_before_name(
    tokens: &[Token<'_>],
    age_start: usize,
    rules: &Indexes<'_>,
) -> Option<(Outcome, usize)> {
    let of = age_start.checked_sub(1)?;
    if !tokens[of].is("of") {
        return None;
    }
    (rules.casualty.outcomes.iter())
        .filter_map(|(o, words)| {
            words
                .longest_ending(&tokens[..of], of)
                .map(|(_, n)| (*o, of - n))
        })
        .min_by_key(|&(_, start)| start)
}

/// Whether the tokens are a name: one to four capitalised words.
fn is_name(tokens: &[Token<'_>]) -> bool {
    (1..=4).contains(&tokens.len()) && tokens.iter().all(|t| t.is_word && t.is_capitalised())
}

/// Whether a victim word is singular: not collective, and not ending in a plural "s".
fn is_singular(head: &Token<'_>, words: &Words) -> bool {
    if head.is_in(&words.collective) {
        return false;
    }
    let text = head.text.strip_suffix("'s").unwrap_or(head.text);
    !(text.len() > 2 && text.ends_with(['s', 'S']) && !text.ends_with("ss"))
}

/// Whether a token is an age set off after a name: one to three digits ("Jo Hale, 19,").
fn is_age(t: &Token<'_>) -> bool {
    t.text.len() <= 3 && t.text.bytes().all(|b| b.is_ascii_digit())
}

fn starts_with_digit(t: &Token<'_>) -> bool {
    t.text.starts_with(|c: char| c.is_ascii_digit())
}
