//! Where a number expression may start, decided from the word at a word start and the word
//! after it, with tables compiled once per rule set.
//!
//! A number form opens with a digit or a currency sign, "between" or "from" of a two-sided
//! range, a number word the spelled-number state machine accepts first, or the first word of a
//! prefix hedge or vague amount of the rules. Many of those words open a form only with the
//! right next word: "a" only before "few", "couple", "hundred", "dozen" …, "at" only before
//! "least" or "most", a one-word hedge ("some", "over") only before a number. Every such
//! requirement is read off the grammar and the rules, never listed by hand.

use super::money::glued_code;
use crate::lex::{Lead, Words, is_currency, lead, lead_key};

/// What must follow a word, after a gap, for a number form to go on from it.
#[derive(Default)]
struct Follow {
    /// Some form is whole with the word alone ("one", "dozens", "between").
    alone: bool,
    /// A form goes on with a number ("about 20", "over a dozen", "some dozens").
    number: bool,
    /// A form goes on with one of these words, lower-case ("least" after "at").
    words: Vec<String>,
    /// A form goes on with a word that opens with a sign or a letter beyond ASCII, or the
    /// phrase glues a sign to its first word: any text may follow.
    anything: bool,
}

impl Follow {
    /// Whether `after`, the text right after the word, lets a form go on.
    fn allows(&self, after: &str, numbers: &Words<()>) -> bool {
        if self.alone || self.anything {
            return true;
        }
        let rest = after.trim_start();
        if rest.len() == after.len() {
            return false;
        }
        match lead(rest) {
            Lead::Ascii(word) => {
                self.words.iter().any(|w| w.eq_ignore_ascii_case(word))
                    || self.number
                        && (word.starts_with(|c: char| c.is_ascii_digit())
                            || numbers.get(word).is_some())
            }
            Lead::Sign => self.number,
            Lead::Other => true,
        }
    }
}

/// The words number forms open with, and what each needs after it.
pub(super) struct Openers {
    first: Words<Follow>,
    /// The words a number itself opens with: spelled numbers and vague amounts.
    numbers: Words<()>,
    /// Whether some rule phrase opens with a sign.
    signs: bool,
}

/// What the openers are built from.
pub(super) struct Sources<'a> {
    /// The words of two-sided ranges ("between", "from").
    pub ranges: Vec<&'a str>,
    /// Each word a spelled number opens with, with the words that may follow it when it is no
    /// number alone ("a" → "hundred", "dozen" …).
    pub spelled: Vec<(&'a str, Option<Vec<&'a str>>)>,
    /// The prefix hedges of the rules, which a number must follow.
    pub hedges: Vec<&'a str>,
    /// The vague amounts of the rules, whole on their own.
    pub vague: Vec<&'a str>,
}

impl Openers {
    /// The tables for `sources`.
    pub(super) fn new(sources: &Sources<'_>) -> Self {
        let mut first: Words<Follow> = Words::default();
        let mut numbers: Words<()> = Words::default();
        let mut signs = false;
        for word in &sources.ranges {
            if let Some(f) = first.entry(word) {
                f.alone = true;
            }
        }
        for (word, next) in &sources.spelled {
            numbers.entry(word);
            let Some(f) = first.entry(word) else { continue };
            match next {
                None => f.alone = true,
                Some(next) => f.words.extend(next.iter().map(|w| w.to_string())),
            }
        }
        let phrases = sources.hedges.iter().map(|p| (p, false));
        for (phrase, whole) in phrases.chain(sources.vague.iter().map(|p| (p, true))) {
            let Some(key) = lead_key(phrase) else {
                signs |= !phrase.starts_with(char::is_alphanumeric);
                continue;
            };
            if whole {
                numbers.entry(&key);
            }
            let Some(f) = first.entry(&key) else { continue };
            let mut words = phrase.split(' ');
            let glued = words.next().is_some_and(|w| w.len() != key.len());
            match words.next() {
                _ if glued => f.anything = true,
                Some(next) => match lead_key(next) {
                    Some(next) => {
                        // "bigger than" also opens "bigger or equal than" (see `or_equal_at`).
                        if next == "than" {
                            f.words.push("or".to_string());
                        }
                        f.words.push(next);
                    }
                    None => f.anything = true,
                },
                None if whole => f.alone = true,
                None => f.number = true,
            }
        }
        Openers {
            first,
            numbers,
            signs,
        }
    }

    /// Whether a number expression may start at the word start `i`, which opens with `lead`
    /// (as [`lead`] reads it). Most words fail here on one lookup, which spares them every form
    /// (the unit test `every_number_start_passes_the_prefilter` checks this on real text).
    pub(super) fn may_start(&self, i: &str, lead: Lead<'_>) -> bool {
        match i.chars().next() {
            Some(c) if c.is_ascii_digit() || is_currency(c) => true,
            Some(_) => match lead {
                Lead::Ascii(word) => {
                    self.first
                        .get(word)
                        .is_some_and(|f| f.allows(&i[word.len()..], &self.numbers))
                        || glued_code(word).is_some()
                }
                Lead::Other => true,
                Lead::Sign => self.signs,
            },
            None => false,
        }
    }
}
