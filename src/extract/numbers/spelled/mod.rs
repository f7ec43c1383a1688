//! Numbers written in words: "eighty-four", "one hundred and seventy-two", "half a million".
//!
//! The words are lexed by nom one at a time and fed to a small state machine ([`Acc::step`])
//! that knows which word may follow which. Reading stops at the first word that cannot continue
//! the number, so "one two" is two numbers and "five twenty" is "five" then "twenty". At most
//! [`MAX_WORDS`] words are read per attempt.
//!
//! "and" is the one ambiguous word: "two hundred and two thousand" is 202,000 but "between two
//! hundred and three hundred" joins two numbers. When a number word that cannot continue follows
//! an "and", the "and" was a conjunction and the number ends before it.

use nom::Parser;
use nom::branch::alt;
use nom::character::complete::{alpha1, char};
use nom::combinator::{map_opt, value};
use nom::sequence::terminated;

use crate::lex::{Res, boundary, gap};
use crate::words::numerals::{NUMBER_WORDS, ORDINAL_WORDS, number_word_value};

mod parts;
mod ranks;

pub(super) use parts::and_part;
use parts::{fraction, with_scale};
use ranks::{Context, Lexed, Ranked, ranked};

/// The most words (including "and") one spelled-out number may have.
pub(super) const MAX_WORDS: usize = 12;

/// A spelled-out number found at the start of the input.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) struct Spelled {
    /// Bytes consumed.
    pub len: usize,
    /// The value.
    pub value: f64,
    /// For a number of the shape "small × scale words" ("three hundred", "two million"): the
    /// multiplier, so that "between two and three hundred" can lend it to "two".
    pub scale: Option<f64>,
    /// A rank ("third", "twenty-first", "two hundredth"), not an amount.
    pub ordinal: bool,
}

/// The spelled-out number at the start of `i`, if there is one. "a" and "half" alone are not.
/// `amount` tells that the words before take an amount ("by", "than"), or that there are none:
/// there "a fifth." is a fraction, elsewhere a rank ("injured a fourth.").
pub(super) fn spelled(i: &str, amount: bool) -> Option<Spelled> {
    let lexed = Lexed::of(i);
    let rest = lexed.rank.map_or("", |r| &i[r.end..]);
    let context = if amount {
        Context::Amount
    } else {
        Context::Other
    };
    match ranked(&lexed, rest, context) {
        Some(Ranked::Rank(rank)) => {
            return Some(Spelled {
                ordinal: true,
                ..rank
            });
        }
        Some(Ranked::Fraction { len, value }) => return Some(with_scale(i, &i[len..], value)),
        Some(Ranked::Mixed { and }) => {
            let whole = cardinal(&lexed, and)?;
            return fraction(i, whole);
        }
        None => {}
    }
    // "more than half": a half alone, where an amount is expected.
    let half = lexed
        .toks()
        .next()
        .filter(|t| t.word == Word::Half && lexed.toks().nth(1).is_none());
    if let (Some(half), true, None) = (half, amount, lexed.rank) {
        return Some(Spelled {
            len: half.end,
            value: 0.5,
            scale: None,
            ordinal: false,
        });
    }
    let done = cardinal(&lexed, usize::MAX)?;
    Some(fraction(i, done).unwrap_or(done))
}

/// The longest whole number the first `upto` lexed words make from the start.
fn cardinal(lexed: &Lexed, upto: usize) -> Option<Spelled> {
    let mut acc = Acc::default();
    let mut done: Option<Spelled> = None;
    let mut before_and: Option<Spelled> = None;
    for (n, tok) in lexed.toks().take(upto).enumerate() {
        let sep = if n == 0 { Sep::Space } else { tok.sep };
        let Some(next) = acc.step(tok.word, sep) else {
            // A number word that cannot continue right after an "and …": the "and" joined two
            // numbers, so this one ends before it.
            if sep == Sep::Space && tok.word != Word::And && acc.after_and {
                done = before_and;
            }
            break;
        };
        if tok.word == Word::And {
            before_and = done;
        }
        acc = next;
        if acc.complete() {
            done = Some(acc.finish(tok.end));
        }
        if matches!(acc.last, Last::Zero | Last::Dozen) {
            break;
        }
    }
    done
}

/// How two words of a number are separated.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
enum Sep {
    Space,
    Hyphen,
}

/// One word a spelled-out number may contain.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Word {
    /// zero to nineteen.
    Small(f64),
    /// twenty, thirty … ninety.
    Tens(f64),
    Hundred,
    /// thousand, million, billion, trillion.
    Scale(f64),
    Dozen,
    And,
    /// The article, only before "hundred", a scale word or "dozen".
    A,
    Half,
}

/// A hyphen, glued or spaced ("fifty-two", "fifty - two"), or a gap.
fn separator(i: &str) -> Res<'_, Sep> {
    alt((
        value(Sep::Hyphen, char('-')),
        value(Sep::Hyphen, (gap, char('-'), gap)),
        value(Sep::Space, gap),
    ))
    .parse(i)
}

fn number_word(i: &str) -> Res<'_, Word> {
    map_opt(terminated(alpha1, boundary), lookup).parse(i)
}

/// The words a spelled-out number may contain besides those below a hundred
/// ([`NUMBER_WORDS`], shared with the date grammar), lower-case.
const WORDS: [(&str, Word); 24] = [
    ("nought", Word::Small(0.0)),
    ("naught", Word::Small(0.0)),
    ("hundred", Word::Hundred),
    ("thousand", Word::Scale(1e3)),
    ("million", Word::Scale(1e6)),
    ("billion", Word::Scale(1e9)),
    ("trillion", Word::Scale(1e12)),
    // "three billions", "two millions of dollars": the plural after a number is its scale (alone
    // it is a vague amount of the rules).
    ("thousands", Word::Scale(1e3)),
    ("millions", Word::Scale(1e6)),
    ("billions", Word::Scale(1e9)),
    ("trillions", Word::Scale(1e12)),
    // The Indian scale words: a lakh is 100,000, a crore 10 million.
    ("lakh", Word::Scale(1e5)),
    ("lakhs", Word::Scale(1e5)),
    ("crore", Word::Scale(1e7)),
    ("crores", Word::Scale(1e7)),
    ("dozen", Word::Dozen),
    // "three dozens"; "dozens" alone is a vague amount of the rules.
    ("dozens", Word::Dozen),
    // The abbreviations of trade lists: "five doz.", "3 dzs".
    ("dozs", Word::Dozen),
    ("doz", Word::Dozen),
    ("dzs", Word::Dozen),
    ("dz", Word::Dozen),
    ("and", Word::And),
    ("a", Word::A),
    ("half", Word::Half),
];

/// The number word `w` is, ignoring ASCII case.
fn lookup(w: &str) -> Option<Word> {
    if let Some(n) = number_word_value(w) {
        return Some(below_hundred_word(n));
    }
    WORDS
        .iter()
        .find(|(name, _)| name.eq_ignore_ascii_case(w))
        .map(|&(_, word)| word)
}

/// A word below a hundred of value `n`: one of the tens, or a small number.
fn below_hundred_word(n: u8) -> Word {
    if n >= 20 {
        Word::Tens(f64::from(n))
    } else {
        Word::Small(f64::from(n))
    }
}

/// Every word a spelled-out number may contain, lower-case.
fn all_words() -> impl Iterator<Item = (&'static str, Word)> + Clone {
    NUMBER_WORDS
        .iter()
        .map(|&(name, n)| (name, below_hundred_word(n)))
        .chain(WORDS.iter().copied())
}

/// Words after "half" that make it a share of what follows: "half of", "half the", "half
/// their" (the caller also checks the word before it).
pub(super) const HALF_OF: [&str; 11] = [
    "of", "the", "its", "their", "his", "her", "our", "my", "your", "all", "those",
];

/// The words a spelled-out number may open with (those the state machine accepts first), each
/// with `None` when it is a number alone ("one") or else the words that may follow it after a
/// gap ("a" → "hundred", "dozen" …).
pub(super) fn openings() -> impl Iterator<Item = (&'static str, Option<Vec<&'static str>>)> {
    let rank_openings = ranks().map(|rank| (rank, None));
    let cardinals = all_words().filter_map(|(name, word)| {
        let acc = Acc::default().step(word, Sep::Space)?;
        let next = (!acc.complete()).then(|| {
            let mut next: Vec<&str> = all_words()
                .filter(|&(_, w)| acc.step(w, Sep::Space).is_some())
                .map(|(n, _)| n)
                .collect();
            // "a fifth of", "a twenty-first", "a half", "a quarter million": fractions of one.
            if word == Word::Half {
                next.extend(HALF_OF);
            }
            if word == Word::A {
                next.extend(ranks().chain(PARTS));
                next.extend(
                    all_words()
                        .filter(|(_, w)| matches!(w, Word::Tens(_)))
                        .map(|(n, _)| n),
                );
            }
            next
        });
        Some((name, next))
    });
    // "quarter million": a part of the scale word after it.
    let scales = || {
        WORDS
            .iter()
            .filter(|(_, w)| matches!(w, Word::Scale(_) | Word::Hundred))
    };
    let parts = std::iter::once(("quarter", Some(scales().map(|&(n, _)| n).collect())));
    cardinals.chain(rank_openings).chain(parts)
}

/// The words for parts that end a fraction like a rank: "a half", "three quarters".
const PARTS: [&str; 2] = ["half", "quarter"];

/// Every rank word a number may open with (the walk's prefilter lets them through); a test
/// checks each reads as a rank.
fn ranks() -> impl Iterator<Item = &'static str> {
    ORDINAL_WORDS.iter().chain(&OTHER_RANKS).copied()
}

/// The rank words past [`ORDINAL_WORDS`], and a common misspelling.
const OTHER_RANKS: [&str; 14] = [
    "nineth",
    "thirtieth",
    "fortieth",
    "fiftieth",
    "sixtieth",
    "seventieth",
    "eightieth",
    "ninetieth",
    "hundredth",
    "thousandth",
    "millionth",
    "billionth",
    "trillionth",
    "zeroth",
];

/// The last word read, which decides what may come next.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
enum Last {
    #[default]
    Start,
    A,
    Half,
    HalfA,
    Zero,
    Unit,
    Tens,
    Hundred,
    Scale,
    And,
    Dozen,
}

/// The number read so far: closed groups in `total`, the open group (below 1,000) in `group`.
#[derive(Clone, Copy, Debug)]
struct Acc {
    total: f64,
    group: f64,
    hundred: bool,
    /// Scale words must fall: "million … thousand", never "thousand … million".
    last_scale: f64,
    last: Last,
    /// What the first multiplier multiplied (2 in "two million", ½ in "half a million").
    lead: Option<f64>,
    /// Something was added after a multiplier ("two hundred and five"): no scale to lend.
    added: bool,
    multiplied: bool,
    after_and: bool,
}

impl Default for Acc {
    fn default() -> Self {
        Acc {
            total: 0.0,
            group: 0.0,
            hundred: false,
            last_scale: f64::INFINITY,
            last: Last::Start,
            lead: None,
            added: false,
            multiplied: false,
            after_and: false,
        }
    }
}

impl Acc {
    /// The state after `word`, or `None` when `word` cannot continue the number.
    fn step(self, word: Word, sep: Sep) -> Option<Acc> {
        let mut a = self;
        // Only "eighty-four" is hyphenated; "three-year-old" ends the number at "three".
        let hyphen_ok = matches!((self.last, word), (Last::Tens, Word::Small(_)));
        if sep == Sep::Hyphen && !hyphen_ok {
            return None;
        }
        let half = matches!(self.last, Last::Half | Last::HalfA);
        a.last = match (self.last, word) {
            (Last::Start, Word::Small(0.0)) => Last::Zero,
            (Last::Start, Word::Small(n)) => a.open(n, Last::Unit),
            (Last::Start, Word::Tens(n)) => a.open(n, Last::Tens),
            (Last::Start, Word::A) => Last::A,
            (Last::Start, Word::Half) => Last::Half,
            (Last::Half, Word::A) => Last::HalfA,
            (Last::A | Last::Half | Last::HalfA, _) => {
                a.lead = Some(if half { 0.5 } else { 1.0 });
                a.group = a.lead?;
                a.multiply(word)?
            }
            (Last::Tens, Word::Small(n)) if n > 0.0 && n < 10.0 => {
                a.group += n;
                Last::Unit
            }
            (Last::Unit | Last::Tens | Last::Hundred, Word::Hundred | Word::Scale(_))
            | (Last::Unit | Last::Tens, Word::Dozen) => a.multiply(word)?,
            (Last::Hundred | Last::Scale | Last::And, Word::Small(n) | Word::Tens(n))
                if n > 0.0 =>
            {
                a.after_and = self.last == Last::And;
                a.added = true;
                a.group += n;
                if matches!(word, Word::Tens(_)) {
                    Last::Tens
                } else {
                    Last::Unit
                }
            }
            (Last::Hundred | Last::Scale, Word::And) => Last::And,
            // "three lakh crore", "a thousand million": a larger scale word right after a
            // smaller one multiplies all before it.
            (Last::Scale, Word::Scale(s)) if a.group == 0.0 && s > a.last_scale => {
                a.total *= s;
                a.last_scale *= s;
                a.added = false;
                Last::Scale
            }
            _ => return None,
        };
        Some(a)
    }

    /// "hundredth", "millionth" with no number before: one of them.
    fn step_scale_alone(self, word: Word) -> Option<Acc> {
        if self.last != Last::Start || !matches!(word, Word::Hundred | Word::Scale(_)) {
            return None;
        }
        let mut a = self;
        a.group = 1.0;
        a.last = a.multiply(word)?;
        Some(a)
    }

    /// Opens the first group with `n`.
    fn open(&mut self, n: f64, last: Last) -> Last {
        self.group = n;
        last
    }

    /// Applies "hundred", a scale word or "dozen" to the open group.
    fn multiply(&mut self, word: Word) -> Option<Last> {
        if !self.multiplied {
            self.lead = self.lead.or(Some(self.group));
        }
        self.multiplied = true;
        // A multiplier after "and …" shows the "and" was inside the number.
        self.after_and = false;
        match word {
            Word::Hundred if !self.hundred && self.group > 0.0 && self.group < 100.0 => {
                self.group *= 100.0;
                self.hundred = true;
                Some(Last::Hundred)
            }
            Word::Scale(s) if s < self.last_scale && self.group > 0.0 => {
                self.total += self.group * s;
                self.group = 0.0;
                self.hundred = false;
                self.last_scale = s;
                Some(Last::Scale)
            }
            Word::Dozen if self.total == 0.0 && !self.hundred => {
                self.group *= 12.0;
                Some(Last::Dozen)
            }
            _ => None,
        }
    }

    /// Whether the words so far make a whole number ("two hundred and" does not).
    fn complete(&self) -> bool {
        !matches!(
            self.last,
            Last::Start | Last::A | Last::Half | Last::HalfA | Last::And
        )
    }

    fn finish(&self, len: usize) -> Spelled {
        let value = self.total + self.group;
        let scale = match self.lead {
            Some(lead) if self.multiplied && !self.added && lead > 0.0 => Some(value / lead),
            _ => None,
        };
        Spelled {
            len,
            value,
            scale,
            ordinal: false,
        }
    }
}

#[cfg(test)]
mod tests;
