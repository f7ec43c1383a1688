//! Hedges and vague amounts from the rule set, and what a hedge does to an interval.
//!
//! The rules are looked up as written in `numbers:` of the rule files; nothing here knows an
//! English hedge by name. Longer phrases are tried first so that "no more than" wins over
//! "more than" and "hundreds of thousands" over "hundreds".

use std::ops::Range;

use crate::claim::{HedgeKind, Interval};
use crate::rules::{HedgeRule, NumberRules, VagueRule};

use super::opening::{Openers, Sources};
use super::spelled;
use crate::lex::{Lead, Words, gap, keyword, lead, lead_key, phrase_len};

/// The words that open a two-sided range ("between 20 and 30", "from 20 to 30"), each with the
/// connectors that may close it; they are the range's hedge words ("between … and").
pub(super) const TWO_SIDED: [(&str, &[&str]); 2] = [
    ("between", &["and", "-", "–"]),
    ("from", &["to", "through", "-", "–"]),
];

/// The number rules, ordered for matching: longest phrase first, and grouped by first word so
/// that a word start tries only the phrases that can begin there.
pub(crate) struct Lexicon<'r> {
    prefix: ByFirst<'r, HedgeRule>,
    suffix: ByFirst<'r, HedgeRule>,
    vague: ByFirst<'r, VagueRule>,
    /// Where a number expression may start.
    openers: Openers,
}

/// Rule phrases grouped by their first word (see [`lead`]), each group longest first.
struct ByFirst<'r, T> {
    /// Every phrase, longest first: what a word with letters beyond ASCII tries.
    all: Vec<(&'r T, &'r str)>,
    /// The phrases that open with a sign ("+", "-plus"), in the same order.
    signs: Vec<(&'r T, &'r str)>,
    /// The phrases opening with each ASCII word, in the same order. A phrase opening with a
    /// letter beyond ASCII is only in `all`: it cannot match an ASCII word.
    words: Words<Vec<(&'r T, &'r str)>>,
}

impl<'r, T> ByFirst<'r, T> {
    fn new(mut all: Vec<(&'r T, &'r str)>) -> Self {
        all.sort_by_key(|(_, words)| std::cmp::Reverse(words.len()));
        let mut signs = Vec::new();
        let mut by_word: Words<Vec<_>> = Words::default();
        for &(rule, words) in &all {
            if !words.starts_with(char::is_alphanumeric) {
                signs.push((rule, words));
            } else if let Some(group) = lead_key(words).and_then(|key| by_word.entry(&key)) {
                group.push((rule, words));
            }
        }
        ByFirst {
            all,
            signs,
            words: by_word,
        }
    }

    /// The phrases that may match at the start of `i`, longest first.
    fn at(&self, i: &str) -> &[(&'r T, &'r str)] {
        match lead(i) {
            Lead::Ascii(word) => self.words.get(word).map_or(&[], Vec::as_slice),
            Lead::Sign => &self.signs,
            Lead::Other => &self.all,
        }
    }
}

/// A vague amount found in the text.
#[derive(Clone, Debug, PartialEq)]
pub(super) struct Vague {
    /// The amount's words, without a trailing "of" ("dozens" in "dozens of").
    pub span: Range<usize>,
    /// The rule's interval, times a scale word that follows ("several hundred").
    pub value: Interval,
}

impl<'r> Lexicon<'r> {
    /// Sorts and groups the rules; built once per rule set.
    pub(crate) fn new(rules: &'r NumberRules) -> Self {
        let hedges = |suffix: bool| {
            rules
                .hedges
                .iter()
                .filter(|h| h.suffix == suffix)
                .map(|h| (h, h.words.as_str()))
                .collect()
        };
        let prefix = ByFirst::new(hedges(false));
        let vague = ByFirst::new(rules.vague.iter().map(|v| (v, v.words.as_str())).collect());
        let openers = Openers::new(&Sources {
            ranges: TWO_SIDED.iter().map(|(open, _)| *open).collect(),
            spelled: spelled::openings().collect(),
            // A sign before a number (">10") is read back from the number: no walk starts there.
            hedges: prefix
                .all
                .iter()
                .map(|(_, words)| *words)
                .filter(|words| starts_alnum(words))
                .collect(),
            vague: vague.all.iter().map(|(_, words)| *words).collect(),
        });
        Lexicon {
            prefix,
            suffix: ByFirst::new(hedges(true)),
            vague,
            openers,
        }
    }

    /// Whether a number expression may start at the word start `i`, which opens with `lead`:
    /// see [`Openers`].
    pub(super) fn may_start(&self, i: &str, lead: Lead<'_>) -> bool {
        self.openers.may_start(i, lead)
    }

    /// Every prefix hedge written at byte `p` of `s`, longest first, with its length.
    pub(super) fn prefixes_at<'a>(
        &'a self,
        s: &'a str,
        p: usize,
    ) -> impl Iterator<Item = (&'r HedgeRule, usize)> + 'a {
        self.prefix
            .at(&s[p..])
            .iter()
            .filter_map(move |(h, words)| phrase_len(&s[p..], words).map(|len| (*h, len)))
    }

    /// A comparative written with "or equal" in place of "than" at byte `p` of `s`: "bigger or
    /// equal than", "less or equal to", "higher or equal". Returns the rules' strict bound for
    /// "bigger than" (the caller makes it inclusive) and the length of the phrase.
    pub(super) fn or_equal_at(&self, s: &str, p: usize) -> Option<(&'r HedgeRule, usize)> {
        let Lead::Ascii(word) = lead(&s[p..]) else {
            return None;
        };
        let rule = self.prefix.at(&s[p..]).iter().find_map(|&(h, words)| {
            let stem = words.strip_suffix(" than")?;
            let strict = matches!(h.kind, HedgeKind::MoreThan | HedgeKind::FewerThan);
            (strict && stem.eq_ignore_ascii_case(word)).then_some(h)
        })?;
        let rest = &s[p + word.len()..];
        let (rest, _) = keyword("or", gap(rest).ok()?.0).ok()?;
        let (rest, _) = keyword("equal", gap(rest).ok()?.0).ok()?;
        let rest = gap(rest)
            .ok()
            .and_then(|(r, _)| keyword("to", r).or_else(|_| keyword("than", r)).ok())
            .map_or(rest, |(r, _)| r);
        Some((rule, s.len() - p - rest.len()))
    }

    /// The suffix hedge right after a number ending at `end`: after a gap when it starts with a
    /// letter ("500 or more"), glued when it starts with a sign ("20+", "20-plus").
    pub(super) fn suffix_at(&self, s: &str, end: usize) -> Option<(&'r HedgeRule, Range<usize>)> {
        let tail = &s[end..];
        let after_gap = gap(tail).map_or("", |(rest, _)| rest);
        // A glued suffix starts with a sign, the others with a letter after a gap; as a gap
        // never starts with a sign, at most one of the two can match.
        let first = |start: &'_ str, glued: bool| {
            self.suffix
                .at(start)
                .iter()
                .filter(|(_, words)| starts_alnum(words) != glued)
                .find_map(|&(h, words)| {
                    let len = phrase_len(start, words)?;
                    // "300 or fewer than 400": the words open a comparison of their own.
                    let than = gap(&start[len..]).is_ok_and(|(r, _)| keyword("than", r).is_ok());
                    // "three plus four" adds: "plus" before a number is no bound.
                    let sum = words.eq_ignore_ascii_case("plus") && number_next(&start[len..]);
                    let from = s.len() - start.len();
                    (!than && !sum).then_some((h, from..from + len))
                })
        };
        first(tail, true).or_else(|| first(after_gap, false))
    }

    /// A prefix hedge written as a sign right before the number starting at `start`, or one or
    /// two spaces before it: "x>10", "when >= 30", "≤ 5". A sign that opens the line is a quote
    /// mark ("> One woman").
    pub(super) fn sign_before(
        &self,
        s: &str,
        start: usize,
    ) -> Option<(&'r HedgeRule, Range<usize>)> {
        let head = &s[..start];
        let head = head.strip_suffix(' ').unwrap_or(head);
        let head = head.strip_suffix(' ').unwrap_or(head);
        self.prefix.signs.iter().find_map(|&(h, words)| {
            let before = head.strip_suffix(words)?;
            // "> One woman is dead": a sign opening a line quotes it.
            let line_start = before.trim_end_matches([' ', '\t']);
            let quoting = line_start.is_empty() || line_start.ends_with('\n');
            (!quoting).then_some((h, before.len()..start))
        })
    }

    /// The vague amount at byte `p` of `s`, if any.
    pub(super) fn vague_at(&self, s: &str, p: usize) -> Option<Vague> {
        let (rule, len) = self
            .vague
            .at(&s[p..])
            .iter()
            .find_map(|(v, words)| phrase_len(&s[p..], words).map(|len| (*v, len)))?;
        // "dozens of" is matched whole but reported as "dozens": the "of" belongs to the noun,
        // and every other amount ends before it too.
        let stem = rule.words.strip_suffix(" of");
        let end = match stem {
            Some(stem) => p + phrase_len(&s[p..], stem)?,
            None => p + len,
        };
        let value = Interval {
            min: Some(rule.min),
            max: rule.max,
        };
        let scaled = stem.is_none().then(|| scale_after(&s[end..])).flatten();
        Some(match scaled {
            Some((factor, len)) => Vague {
                span: p..end + len,
                value: Interval {
                    min: value.min.map(|m| m * factor),
                    max: value.max.map(|m| m * factor),
                },
            },
            None => Vague {
                span: p..end,
                value,
            },
        })
    }
}

/// Whether a number follows `i` after a gap: digits or a spelled-out number.
fn number_next(i: &str) -> bool {
    gap(i).is_ok_and(|(r, _)| {
        r.starts_with(|c: char| c.is_ascii_digit()) || spelled::spelled(r, false).is_some()
    })
}

/// Whether a rule phrase starts with a letter or digit (and so comes after a gap).
fn starts_alnum(words: &str) -> bool {
    words.starts_with(char::is_alphanumeric)
}

/// "several hundred", "a few thousand": a scale word after a vague amount multiplies it.
fn scale_after(tail: &str) -> Option<(f64, usize)> {
    const SCALES: [(&str, f64); 6] = [
        ("hundred", 1e2),
        ("thousand", 1e3),
        ("million", 1e6),
        ("billion", 1e9),
        ("trillion", 1e12),
        ("dozen", 12.0),
    ];
    let after_gap = gap(tail).ok()?.0;
    SCALES.iter().find_map(|(word, factor)| {
        let rest = keyword(word, after_gap).ok()?.0;
        Some((*factor, tail.len() - rest.len()))
    })
}

/// What `hedge` does to `value`. `discrete` says the value counts whole things, so that "more
/// than 30" starts at 31 and "about 20" is 18–22; a percentage "more than 20" starts at 20.
pub(super) fn apply(hedge: &HedgeRule, value: Interval, discrete: bool) -> Interval {
    let m = hedge.margin;
    // Only whole counts step and round: "about 5%" is 4.5–5.5, "about 20 people" 18–22.
    let whole = |n: f64| discrete && n.fract() == 0.0;
    let step = |n: f64| if whole(n) { 1.0 } else { 0.0 };
    match hedge.kind {
        HedgeKind::Approximate => Interval {
            min: value.min.map(|n| round_down(n * (1.0 - m), whole(n))),
            max: value.max.map(|n| round_up(n * (1.0 + m), whole(n))),
        },
        HedgeKind::Below => Interval {
            min: value.min.map(|n| round_up(n * (1.0 - m), whole(n))),
            max: value.max,
        },
        HedgeKind::AtLeast => Interval {
            min: value.min,
            max: None,
        },
        HedgeKind::MoreThan => Interval {
            min: value.min.map(|n| n + step(n)),
            max: None,
        },
        HedgeKind::AtMost => Interval {
            min: None,
            max: value.max,
        },
        HedgeKind::FewerThan => Interval {
            min: None,
            max: value.max.map(|n| n - step(n)),
        },
        HedgeKind::Range | HedgeKind::Vague => value,
    }
}

/// Products like 20 × 0.9 are a hair off 18 in binary; snap them before rounding outward.
fn snap(x: f64) -> f64 {
    let near = x.round();
    if (x - near).abs() <= 1e-9 * x.abs().max(1.0) {
        near
    } else {
        x
    }
}

fn round_down(x: f64, whole: bool) -> f64 {
    if whole { snap(x).floor() } else { snap(x) }
}

fn round_up(x: f64, whole: bool) -> f64 {
    if whole { snap(x).ceil() } else { snap(x) }
}
