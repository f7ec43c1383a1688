//! Which numbers of a sentence become claims: the roles each claim kind takes, and the numbers
//! inside a date or a name left out.

use std::ops::Range;

use super::numbers::{NumberMatch, NumberRole};
use super::{Count, token_range};
use crate::claim::Kind;
use crate::words::Token;

/// Keeps out of the unread numeric dates of `open` (those from `from` on) the ones the number
/// grammar read as a fraction ("1/2 mile", "1 1/2-story"): their order of day and month is no
/// question. `numbers` are in text order.
pub(super) fn fractions_are_no_dates(
    open: &mut Vec<Range<usize>>,
    from: usize,
    numbers: &[NumberMatch],
) {
    let mut k = from;
    for i in from..open.len() {
        let span = open[i].clone();
        let first = numbers.partition_point(|n| n.span.end <= span.start);
        let fraction = numbers[first..]
            .iter()
            .take_while(|n| n.span.start < span.end)
            .any(|n| n.value.value.min.is_some_and(|v| v.fract() != 0.0));
        if !fraction {
            open[k] = span;
            k += 1;
        }
    }
    open.truncate(k);
}

/// The kind of claim a number in `role` makes when it is no count: shares, money, ranks, ages,
/// and lengths, weights and decimals (quantities with their unit, or none).
pub(super) fn measured_kind(role: NumberRole) -> Option<Kind> {
    match role {
        NumberRole::Percent => Some(Kind::Percent),
        NumberRole::Money => Some(Kind::Money),
        NumberRole::Ordinal => Some(Kind::Ordinal),
        NumberRole::Age => Some(Kind::Age),
        NumberRole::Measure | NumberRole::Decimal => Some(Kind::Quantity),
        NumberRole::Count
        | NumberRole::Year
        | NumberRole::DayOfMonth
        | NumberRole::Time
        | NumberRole::Other => None,
    }
}

/// The numbers of a sentence whose role `keep` takes, and that are not inside one of its dates
/// or certain names (`certain`: the spans of the names not marked uncertain).
pub(super) fn kept<'m>(
    text: &str,
    tokens: &[Token<'_>],
    numbers: &'m [NumberMatch],
    (dates, certain): (&Spans, &Spans),
    keep: impl Fn(NumberRole) -> bool,
) -> Vec<Count<'m>> {
    let in_date = |m: &NumberMatch| dates.overlaps(&m.span);
    // A number in digits inside a name ("Channel 9 Eyewitness News") counts nothing. Only
    // certain names count, and only digits: a run-on "Stockton Five people were killed" or a
    // line in capitals ("FOUR PEOPLE WERE INJURED") still counts its word number.
    let in_name = |m: &NumberMatch| {
        let digits = text[m.span.clone()].starts_with(|c: char| c.is_ascii_digit());
        digits && certain.contains(&m.span)
    };
    numbers
        .iter()
        .enumerate()
        .filter(|(_, m)| keep(m.role) && !in_date(m) && !in_name(m))
        .filter_map(|(i, m)| token_range(tokens, &m.span).map(|r| (i, r, m)))
        .collect()
}

/// The numbers of a sentence glued by a hyphen to the word after them, inside one token ("a
/// 15-month term", "a 12-year sentence"), each with that token: a span of time is the only
/// figure they give (see the measures' `duration`).
pub(super) fn glued<'m>(tokens: &[Token<'_>], numbers: &'m [NumberMatch]) -> Vec<Count<'m>> {
    let glued = numbers
        .iter()
        .enumerate()
        .filter(|(_, m)| m.role == NumberRole::Other);
    glued
        .filter_map(|(i, m)| {
            let at = tokens.partition_point(|t| t.span.start < m.span.start);
            let t = tokens.get(at)?;
            let hyphen = (m.span.end.checked_sub(t.span.start))
                .is_some_and(|end| t.text.as_bytes().get(end) == Some(&b'-'));
            (t.span.start == m.span.start && hyphen).then_some((i, at..at + 1, m))
        })
        .collect()
}

/// Byte spans (which may overlap), asked whether one of them overlaps or contains a span in
/// time logarithmic in their number: a sentence's numbers are each checked against its dates
/// and names, and a run-on line holds thousands of each.
pub(super) struct Spans {
    /// The spans' starts, in order.
    starts: Vec<usize>,
    /// For each `i`, the greatest end of the first `i + 1` spans in start order.
    max_end: Vec<usize>,
}

impl Spans {
    pub(super) fn new(spans: impl Iterator<Item = Range<usize>>) -> Self {
        let mut spans: Vec<Range<usize>> = spans.collect();
        spans.sort_unstable_by_key(|s| s.start);
        let mut max_end = Vec::with_capacity(spans.len());
        for s in &spans {
            max_end.push(max_end.last().copied().unwrap_or(0).max(s.end));
        }
        Spans {
            starts: spans.iter().map(|s| s.start).collect(),
            max_end,
        }
    }

    /// The greatest end of the spans starting before `bound`, if any start there.
    fn max_end_before(&self, bound: usize) -> Option<usize> {
        let n = self.starts.partition_point(|&s| s < bound);
        n.checked_sub(1).map(|i| self.max_end[i])
    }

    /// Whether a span overlaps `span` (shares a byte with it).
    fn overlaps(&self, span: &Range<usize>) -> bool {
        self.max_end_before(span.end)
            .is_some_and(|end| end > span.start)
    }

    /// Whether a span contains `span`.
    fn contains(&self, span: &Range<usize>) -> bool {
        (self.max_end_before(span.start + 1)).is_some_and(|end| end >= span.end)
    }
}
