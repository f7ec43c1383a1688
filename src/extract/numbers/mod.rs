//! Numbers in a sentence, as intervals with their hedges and what they are.
//!
//! [`find_numbers_at`] walks the sentence's word starts once, left to right, and at each tries the
//! longest form first: a two-sided range ("between 20 and 30"), a hedge from the rule set and its
//! number ("at least 84"), then a bare number with its range or suffix hedge ("20-30", "500 or
//! more"). A word start where no form can open (no digit, sign, number word or first word of a
//! rule phrase: see `Lexicon::may_start`) is passed over after one lookup. A match moves the walk
//! past its end, so matches never overlap. Every attempt reads a
//! bounded number of words and characters, so the walk is linear in the sentence.
//!
//! Values are inclusive intervals ([`crate::claim::Interval`]). Not every number is a count:
//! each match has a [`NumberRole`] so the caller can skip years, days, times, ordinals,
//! percentages, money and numbers that are part of a name ("F-35", "13-year-old"). Choices a
//! reader might not guess:
//!
//! - "a" alone is no number ("a man was killed" is the caller's business), but "a dozen", "a
//!   hundred" and "a thousand" are.
//! - A vague amount spelled with "of" in the rules ("dozens of") is reported without the "of",
//!   like every other amount: the span is "dozens" and the caller sees "of soldiers" after it.
//! - A hedged vague amount ("at least dozens") records the hedge, not the vague words.
//! - A range records its connectors as its hedge words: "to", "-", "between … and".
//! - "more than" adds one and "fewer than" subtracts one only for counts; "more than 20%" is
//!   [20, open).
//! - Four bare digits from 1000 to 2199 are a [`NumberRole::Year`] unless hedged, scaled or
//!   ranged with a non-year. After a label noun ("Resolution 1701", "Route 66", "Channel 4",
//!   "gate two": [`crate::words::labels`]) a number is part of a name, [`NumberRole::Other`].
//! - Times are valued in hours: "17:55" is 17 + 55/60; "10pm" is 10.
//! - Digits glued to letters ("G5", "MH17", "@FranceAfrique23") are not numbers at all; digits in
//!   links, after "letter-" or before "-word", in ISO dates, codes ("1.2.3") or with a leading
//!   zero are returned with [`NumberRole::Other`].
//! - A hedge makes a year-shaped number a count: "around 2012" is 1810–2214, as the rule says.
//! - Thousands are separated by commas or by no-break and thin spaces, never by plain spaces.
//! - Word ranks ("third", "twenty-first") are [`NumberRole::Ordinal`]; after a number they are
//!   a fraction's denominator ("two thirds"), and after "a" a share only before "of" or where an
//!   amount is expected ("by a fifth."): see `spelled`.
//! - A comparison sign is a hedge read back from the digits it precedes ("x>10"), never from a
//!   sign that opens a line ("> Nine people" quotes).

mod atom;
mod cents;
mod digits;
mod expr;
mod hedge;
mod money;
mod opening;
mod role;
mod share;
mod spelled;
#[cfg(test)]
mod tests;
mod units;

use std::ops::Range;

use crate::claim::Quantity;
use crate::lex::Start;
#[cfg(test)]
use crate::lex::word_starts;
#[cfg(test)]
use crate::rules::NumberRules;

pub(crate) use hedge::Lexicon;

/// One number found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct NumberMatch {
    /// Byte span of the whole expression in the text, hedge words, currency sign and unit
    /// included: "at least 84", "between 20 and 30", "about twenty", "dozens", "$900 million".
    pub span: Range<usize>,
    /// Byte span of the numeral itself with its scale word; for a range, from the first numeral
    /// to the last.
    pub number_span: Range<usize>,
    /// The interval the words allow, and the hedge.
    pub value: Quantity,
    /// What the number is, so the caller can keep only counts. What it measures is the
    /// value's `unit`.
    pub role: NumberRole,
}

/// What a number is.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum NumberRole {
    /// A number of things: the only role a claim is made of.
    Count,
    /// "in 2012", "July 2023", "from 2012 to 2015", "the 1990s".
    Year,
    /// "August 25", "25 August", "Sept. 18", "from August 25 to 29".
    DayOfMonth,
    /// "80th", "1st".
    Ordinal,
    /// "17:55", "9 a.m.", "10pm".
    Time,
    /// "20%", "20 percent", "20 per cent".
    Percent,
    /// "$900 million", "€5", "£3bn", "900 dollars".
    Money,
    /// "1.5", "1,674.5": a decimal without a scale word, which counts nothing whole.
    Decimal,
    /// A length or weight: "1.6 km", "200 miles", "2,300 metric tons".
    Measure,
    /// An age: "47 years old", "a 15-year-old", "aged 15".
    Age,
    /// Part of a name, code, link or compound adjective: "F-35", "13-year-old".
    Other,
}

/// [`find_numbers_with`] for the unit tests, which build the rules' [`Lexicon`] each call.
#[cfg(test)]
pub(crate) fn find_numbers(
    text: &str,
    range: Range<usize>,
    rules: &NumberRules,
) -> Vec<NumberMatch> {
    find_numbers_with(text, range, &Lexicon::new(rules))
}

/// Every number expression in `text[range]` (a sentence), left to right, non-overlapping, with
/// spans absolute in `text`, with the rules made a [`Lexicon`] (a run builds it once per rule
/// set). A range that is out of bounds or not on character boundaries holds no numbers.
#[cfg(test)]
pub(crate) fn find_numbers_with(
    text: &str,
    range: Range<usize>,
    lex: &Lexicon<'_>,
) -> Vec<NumberMatch> {
    let Some(sentence) = text.get(range.clone()) else {
        return Vec::new();
    };
    find_numbers_at(sentence, range.start, &word_starts(sentence), lex)
}

/// Every number expression in `sentence`, at byte `base` of its text, walking its word
/// starts `starts` (from [`word_starts`](crate::lex::word_starts), shared with the date walk), with spans absolute in
/// the text.
pub(crate) fn find_numbers_at(
    sentence: &str,
    base: usize,
    starts: &[Start<'_>],
    lex: &Lexicon<'_>,
) -> Vec<NumberMatch> {
    let mut found = Vec::new();
    let mut from = 0;
    let mut last_end = 0;
    for &Start { at: start, lead } in starts {
        if start < from {
            continue;
        }
        // Most words open no number form: one lookup turns them away.
        let e = if lex.may_start(&sentence[start..], lead) {
            expr::expression(sentence, start, lex)
        } else {
            None
        };
        let Some(mut e) = e else {
            continue;
        };
        if let Some(at) = percent_of(sentence, e.span.start, last_end).filter(|_| e.unit.is_none())
        {
            e.span.start = at;
            e.unit = Some(crate::claim::Unit::Percent);
            e.role = NumberRole::Percent;
        }
        // A currency sign is read backwards from the digits ("US$5"); never into the last match.
        let span_start = e.span.start.max(last_end);
        // Every expression covers its start; the guard keeps the walk moving regardless.
        last_end = e.span.end.max(start + next_char_len(sentence, start));
        from = last_end;
        found.push(NumberMatch {
            span: base + span_start..base + e.span.end,
            number_span: base + e.number_span.start..base + e.number_span.end,
            value: Quantity {
                value: e.value,
                hedge: e.hedge.map(Box::new),
                unit: e.unit,
                ordinal: e.role == NumberRole::Ordinal,
                min_exclusive: e.open.min,
                max_exclusive: e.open.max,
            },
            role: e.role,
        });
    }
    found
}

/// Where a clause opens with "percent of" right before the number at byte `at` ("Percent of
/// 30 …", "…; per cent of twelve"): with no figure before "percent", the number after "of" is
/// the percentage. Not after a word ("the percent of 18-year-olds") nor inside the match that
/// ends at `last_end`.
fn percent_of(sentence: &str, at: usize, last_end: usize) -> Option<usize> {
    let head = sentence[..at].trim_end().strip_suffix("of")?;
    if !head.ends_with(char::is_whitespace) {
        return None;
    }
    let head = head.trim_end();
    let start = ["percents", "percent", "per cent"].iter().find_map(|w| {
        let cut = head.len().checked_sub(w.len())?;
        let word = head.get(cut..)?.eq_ignore_ascii_case(w);
        let alone = !head[..cut].ends_with(char::is_alphanumeric);
        (word && alone).then_some(cut)
    })?;
    let before = sentence[..start].trim_end();
    let opens = before.is_empty() || before.ends_with([',', ';', ':', '(', '"', '“', '—']);
    (opens && start >= last_end).then_some(start)
}

fn next_char_len(s: &str, at: usize) -> usize {
    s[at..].chars().next().map_or(1, char::len_utf8)
}
