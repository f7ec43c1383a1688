//! Ranks and fractions read from the words of a spelled-out number: "twenty-first", "one hundred
//! and third", "two thirds", "one sixty-fourth", "a thousand millionths", "three hundred and
//! three quarters".
//!
//! The number's words are lexed first ([`Lexed`]); when they end with a rank word, the words
//! before it are split into a numerator (a whole number) and a denominator (the rank and the
//! number words it needs):
//!
//! - A singular rank is a rank when all the words make one ("three hundred twelfth" is the
//!   312th), else a fraction of one ("one sixty-fourth" is 1/64).
//! - A plural rank is always a denominator ("seven forty-fifths" is 7/45); the numerator is the
//!   longest whole number before it ("two hundred and nine fifths" is 209/5), but a
//!   hyphen binds a rank to its tens ("one hundred forty-sixths" is 100/46).
//! - A numerator of one is singular, any other plural ("two thirds", never "two third").
//! - A rank after "a" is a fraction before "of" ("a fifth of the vote"), or at the end of a
//!   clause after a word that takes an amount ("rose by a fifth."); "a fifth victim", "a third,
//!   unnamed man" and "injured a fourth." are ranks.
//! - After "and", a proper fraction is the part of a mixed number ("two hundred and three
//!   quarters" is 200¾; "and thirty fifths" stays in the numerator, 230/5).
//! - No denominator is below three: "one second" is a second, not a half.

use super::{Acc, MAX_WORDS, Sep, Word, number_word, separator};
use crate::lex::{boundary, gap, keyword};

/// One number word as lexed: the word, how it is joined to the one before, and where it ends.
#[derive(Clone, Copy, Debug)]
pub(super) struct Tok {
    pub word: Word,
    pub sep: Sep,
    /// Byte offset just past the word.
    pub end: usize,
}

/// A rank word after the number words: the number word it ranks ("third" ranks three).
#[derive(Clone, Copy, Debug)]
pub(super) struct Rank {
    pub word: Word,
    pub sep: Sep,
    pub end: usize,
    /// Written with a plural "s" ("thirds"): only a denominator.
    pub plural: bool,
    /// "half" or "quarter": a part, never a rank of its own.
    pub part: bool,
}

/// The words at the start of a text that may belong to one spelled-out number.
pub(super) struct Lexed {
    toks: [Option<Tok>; MAX_WORDS],
    count: usize,
    /// The rank word that ends the words, if one does.
    pub rank: Option<Rank>,
}

impl Lexed {
    /// Lexes number words from the start of `i` until a word that is none; a rank word ends them.
    pub(super) fn of(i: &str) -> Lexed {
        let mut lexed = Lexed {
            toks: [None; MAX_WORDS],
            count: 0,
            rank: None,
        };
        let mut rest = i;
        while lexed.count < MAX_WORDS {
            let (after_sep, sep) = match (lexed.count, separator(rest)) {
                (0, _) => (rest, Sep::Space),
                (_, Ok(found)) => found,
                (_, Err(_)) => break,
            };
            // "half" opens "half a million" but only ends "one half", "a half".
            let number = number_word(after_sep).ok();
            if let Some((after, word)) =
                number.filter(|&(_, w)| lexed.count == 0 || w != Word::Half)
            {
                lexed.toks[lexed.count] = Some(Tok {
                    word,
                    sep,
                    end: i.len() - after.len(),
                });
                lexed.count += 1;
                rest = after;
                continue;
            }
            lexed.rank = rank_word(after_sep).map(|(after, word, plural, part)| Rank {
                word,
                sep,
                end: i.len() - after.len(),
                plural,
                part,
            });
            break;
        }
        lexed
    }

    /// The lexed number words, in order.
    pub(super) fn toks(&self) -> impl Iterator<Item = Tok> + '_ {
        self.toks[..self.count].iter().flatten().copied()
    }

    fn tok(&self, n: usize) -> Tok {
        self.toks[n].expect("lexed words are contiguous")
    }

    fn slice(&self, from: usize, to: usize) -> impl Iterator<Item = Tok> + '_ {
        self.toks[from..to].iter().flatten().copied()
    }
}

/// The words `toks` read as one number from the start: the state after the last, if every word
/// continues the one before. The first word's separator is ignored.
fn read_all(toks: impl Iterator<Item = Tok>) -> Option<Acc> {
    let mut acc = Acc::default();
    for (n, t) in toks.enumerate() {
        let sep = if n == 0 { Sep::Space } else { t.sep };
        acc = acc.step(t.word, sep)?;
    }
    Some(acc)
}

/// What the lexed words ending in a rank word read as.
#[derive(Clone, Copy, Debug, PartialEq)]
pub(super) enum Ranked {
    /// A rank: "twenty-first".
    Rank(super::Spelled),
    /// A fraction ending at byte `len`: "two thirds", "a fifth".
    Fraction { len: usize, value: f64 },
    /// A whole number, "and" (the `and`-th word) and a proper fraction: "two hundred and three
    /// quarters", read as the whole number and its part.
    Mixed { and: usize },
}

/// Where a number is read, for "a" and a rank: a fraction or a rank ("a third")?
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Context {
    /// After "and" in a mixed number: always a fraction ("two and a half years").
    AfterAnd,
    /// After a word that takes an amount ("by", "than", "about") or at the start: a fraction
    /// at the end of a clause ("fell by a fifth.").
    Amount,
    /// Anywhere else: "injured a fourth." is a fourth person; only "a fourth of" is a share.
    Other,
}

/// The rank or fraction the words of `lexed` make, `rest` being the text after the rank word,
/// read in `context`.
pub(super) fn ranked(lexed: &Lexed, rest: &str, context: Context) -> Option<Ranked> {
    let rank = lexed.rank?;
    let n = lexed.count;
    // "a fifth of", "by a fifth.": a fraction of one where no noun follows for it to rank;
    // "a quarter million", "quarter million": a part of the scale word after it. A half or a
    // quarter is never a person: "a half." is a fraction wherever it stands.
    let opens_with_a = n > 0 && lexed.tok(0).word == Word::A;
    let part_of_scale = rank.part && scale_follows(rest);
    let clause_end = (rank.part || context == Context::Amount) && clause_ends(rest);
    let of_one = match opens_with_a {
        true => context == Context::AfterAnd || of_follows(rest) || clause_end || part_of_scale,
        false => n == 0 && part_of_scale,
    };
    if of_one && !rank.plural {
        if let Some(den) = denominator(lexed.slice(usize::from(opens_with_a), n), rank) {
            return Some(Ranked::Fraction {
                len: rank.end,
                value: 1.0 / den,
            });
        }
    }
    if !rank.plural && !rank.part {
        if let Some(acc) = rank_acc(lexed.slice(0, n), rank) {
            return Some(Ranked::Rank(acc.finish(rank.end)));
        }
    }
    // The longest numerator first: "two hundred and nine fifths" is 209/5.
    (1..=n).rev().find_map(|k| {
        let tail = lexed.slice(k, n);
        let binds = match k < n {
            true => hyphen_binds(lexed.tok(k - 1).word, lexed.tok(k).sep, lexed.tok(k).word),
            false => hyphen_binds(lexed.tok(k - 1).word, rank.sep, rank.word),
        };
        if binds {
            return None;
        }
        let numerator = read_all(lexed.slice(0, k)).filter(Acc::complete)?;
        let num = numerator.total + numerator.group;
        // "one half", "two thirds": the numerator agrees with the rank; in a mixed number the
        // part after "and" does ("two million and one half").
        let agrees = |n: f64| n != 0.0 && (n == 1.0) != rank.plural;
        let den = denominator(tail, rank)?;
        match mixed_part(lexed, k) {
            Some((and, part)) if part < den && agrees(part) => Some(Ranked::Mixed { and }),
            _ => agrees(num).then_some(Ranked::Fraction {
                len: rank.end,
                value: num / den,
            }),
        }
    })
}

/// A hyphen that makes one word of tens and a unit ("thirty-five", "thirty-fifths"): no
/// numerator may end between them.
fn hyphen_binds(before: Word, sep: Sep, word: Word) -> bool {
    sep == Sep::Hyphen && matches!((before, word), (Word::Tens(_), Word::Small(_)))
}

/// The position of the last "and" of the first `k` words and the number after it, when the
/// words join with "and": "three" in "two hundred and three", whose fraction may be the part of
/// a mixed number.
fn mixed_part(lexed: &Lexed, k: usize) -> Option<(usize, f64)> {
    let and = (0..k).rev().find(|&j| lexed.tok(j).word == Word::And)?;
    let part = read_all(lexed.slice(and + 1, k)).filter(Acc::complete)?;
    Some((and, part.total + part.group))
}

/// The number read when the words `toks` and `rank` make one rank together ("one hundred and
/// third": 103).
fn rank_acc(toks: impl Iterator<Item = Tok>, rank: Rank) -> Option<Acc> {
    let mut toks = toks.peekable();
    let acc = match toks.peek() {
        None => Acc::default()
            .step(rank.word, Sep::Space)
            .or_else(|| Acc::default().step_scale_alone(rank.word))?,
        Some(_) => read_all(toks)?.step(rank.word, rank.sep)?,
    };
    acc.complete().then_some(acc)
}

/// The denominator the words `toks` and `rank` make: a half, a quarter, or a rank of three or
/// more ("twenty-first" 21, "hundredth" 100, "one hundred fifth" 105).
fn denominator(mut toks: impl Iterator<Item = Tok>, rank: Rank) -> Option<f64> {
    if rank.part {
        let Word::Small(den) = rank.word else {
            return None;
        };
        return toks.next().is_none().then_some(den);
    }
    let acc = rank_acc(toks, rank)?;
    Some(acc.total + acc.group).filter(|&den| den >= 3.0)
}

/// Whether a scale word follows: "million" after "a quarter".
fn scale_follows(rest: &str) -> bool {
    gap(rest)
        .ok()
        .and_then(|(after, _)| number_word(after).ok())
        .is_some_and(|(_, w)| matches!(w, Word::Scale(_) | Word::Hundred))
}

/// Whether "of" follows: "a fifth of the vote".
fn of_follows(rest: &str) -> bool {
    gap(rest).is_ok_and(|(after, _)| keyword("of", after).is_ok())
}

/// Whether the clause ends: "rose by a fifth.", not "a third, unnamed man" or "a fifth and final
/// suspect".
fn clause_ends(rest: &str) -> bool {
    let after = gap(rest).map_or(rest, |(after, _)| after);
    matches!(
        after.chars().next(),
        None | Some('.' | '!' | '?' | ';' | ':' | ')')
    )
}

/// Ranks whose word is not their number's plus "th".
const IRREGULAR_RANKS: [(&str, Word); 7] = [
    ("first", Word::Small(1.0)),
    ("second", Word::Small(2.0)),
    ("third", Word::Small(3.0)),
    ("fifth", Word::Small(5.0)),
    ("eighth", Word::Small(8.0)),
    ("ninth", Word::Small(9.0)),
    ("twelfth", Word::Small(12.0)),
];

/// A rank word at the start of `i`, the number word it ranks, whether it is plural and whether it
/// is a part ("half", "quarters": two and four): "third" (three), "eleventh", "twentieth"
/// (twenty), "hundredths". "nineth" is read as "ninth".
pub(super) fn rank_word(i: &str) -> Option<(&str, Word, bool, bool)> {
    let (rest, w) = nom::Parser::parse(
        &mut nom::sequence::terminated(nom::character::complete::alpha1, boundary),
        i,
    )
    .ok()?;
    let lower = w.to_ascii_lowercase();
    let part = match lower.as_str() {
        "half" => Some((2.0, false)),
        "halves" => Some((2.0, true)),
        "quarter" => Some((4.0, false)),
        "quarters" => Some((4.0, true)),
        _ => None,
    };
    if let Some((den, plural)) = part {
        return Some((rest, Word::Small(den), plural, true));
    }
    let (singular, plural) = match lower.strip_suffix('s') {
        Some(stem) if stem.ends_with("th") || stem.ends_with("st") || stem.ends_with("rd") => {
            (stem, true)
        }
        Some(stem) if stem.ends_with("nd") => (stem, true),
        _ => (lower.as_str(), false),
    };
    if let Some((_, word)) = IRREGULAR_RANKS.iter().find(|(r, _)| *r == singular) {
        return Some((rest, *word, plural, false));
    }
    let stem = singular.strip_suffix("th")?;
    let cardinal = match stem.strip_suffix("tie") {
        Some(tens) => format!("{tens}ty"),
        None => stem.to_string(),
    };
    let word = super::lookup(&cardinal)?;
    matches!(
        word,
        Word::Small(_) | Word::Tens(_) | Word::Hundred | Word::Scale(_)
    )
    .then_some((rest, word, plural, false))
}
