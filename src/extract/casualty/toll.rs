//! Tolls and what a sentence says of its figure.
//!
//! A toll is joined to its figure by a verb: "the death toll rose to 7", "the toll from the
//! blast stands at 12", "bringing the death toll to 9" (`casualties.toll_verbs` in the rules). A
//! toll counts the dead unless an outcome word says otherwise ("the casualty toll").
//!
//! A sentence marks its figures as an update ("rose to", "a new toll", "later died";
//! `casualties.revision_words`). Some counts are part of a total, never the total: after "more"
//! or "additional" they add to an earlier count ("two more people died", "an additional
//! three"), after "remaining" they are what is left of one ("the remaining two"), and in a
//! sentence that gives a toll's new figure the other counts are what raised it ("the toll rose
//! to 7 as two victims died").

use std::ops::Range;

use super::{Indexes, outcome_ending};
use crate::claim::{CountMarks, Outcome};
use crate::words::Token;

/// Words that may open what a toll is of, between the toll and its verb ("the toll from
/// Saturday's shooting rose to 7", "the death toll in the attack has risen to 12").
const TOLL_PREPS: &[&str] = &["from", "in", "of", "on", "after", "at", "for"];
/// The most words between a toll and its verb.
const MAX_GAP: usize = 8;
/// Words right after a count that make it an addition ("two more", "three additional").
const MORE_AFTER: &[&str] = &["more", "additional", "further", "other", "extra"];
/// Of [`MORE_AFTER`], the word that may set a count apart from victims of another outcome
/// rather than add to a count ("one died and seven other people were injured").
const OTHER: &str = "other";
/// Words right before a count that make it part of a total ("an additional three", "another
/// two", "the remaining two").
const MORE_BEFORE: &[&str] = &["additional", "another", "further", "extra", "remaining"];

/// The outcome and first token of a toll that a verb joins to the count starting at
/// `num_start`; `None` when no toll is there.
pub(super) fn toll_before(
    tokens: &[Token<'_>],
    num_start: usize,
    rules: &Indexes<'_>,
) -> Option<(Outcome, usize)> {
    let verbs = &rules.casualty.toll_verbs;
    let to = num_start > 0 && tokens[num_start - 1].is("to");
    let end = num_start - usize::from(to);
    // "bringing the death toll to 9": verb, toll, "to", count.
    if to && end > 0 && tokens[end - 1].is("toll") {
        let (outcome, start) = toll_phrase(tokens, end, rules);
        let (_, n) = verbs.longest_ending(&tokens[..start], start)?;
        return Some((outcome, start - n));
    }
    // "the death toll (from …) rose to 7": toll, what it is of, verb, count.
    let (_, n) = verbs.longest_ending(&tokens[..end], end)?;
    let verb = end - n;
    let toll = (verb.saturating_sub(MAX_GAP + 1)..verb)
        .rev()
        .take_while(|&i| tokens[i].is_word)
        .find(|&i| tokens[i].is("toll"))?;
    if toll + 1 < verb && !tokens[toll + 1].is_any(TOLL_PREPS) {
        return None;
    }
    Some(toll_phrase(tokens, toll + 1, rules))
}

/// The outcome and first token of a toll ending at `end` (the token before is "toll"): an
/// outcome phrase ending there ("the death toll"), else an outcome word right before "toll"
/// ("the casualty toll"), else the dead.
fn toll_phrase(tokens: &[Token<'_>], end: usize, rules: &Indexes<'_>) -> (Outcome, usize) {
    let mut found = (outcome_ending(tokens, end, rules))
        .or_else(|| outcome_ending(tokens, end - 1, rules))
        .unwrap_or((Outcome::Killed, end - 1));
    if found.1 > 0 && tokens[found.1 - 1].is_any(&["the", "a", "its", "their", "new"]) {
        found.1 -= 1;
    }
    found
}

/// What the sentence says of the count at tokens `num`, whose claim covers tokens `span`:
/// whether the sentence marks an update, and whether the count is part of a total. `revised`
/// is whether the sentence has a revision word; `contrasted` whether the sentence gives victims
/// of another outcome before the count: "A teenager died and seven other people were injured"
/// counts every injured person, the "other" setting them apart from the dead, where "Three
/// other people were injured" alone adds to victims of its own outcome told before.
pub(super) fn marks(
    tokens: &[Token<'_>],
    num: Range<usize>,
    span: Range<usize>,
    revised: bool,
    contrasted: bool,
) -> CountMarks {
    let after = tokens
        .get(num.end)
        .is_some_and(|t| t.is_any(MORE_AFTER) && !(contrasted && t.is(OTHER)));
    let before = num.start > 0 && tokens[num.start - 1].is_any(MORE_BEFORE);
    // "the toll rose to 7 as two victims died": the count that is not the toll's raised it.
    let raised = revised
        && !tokens[span].iter().any(|t| t.is("toll"))
        && tokens.iter().any(|t| t.is("toll"));
    CountMarks {
        revised,
        part: after || before || raised,
    }
}

/// Whether the count covering tokens `span` gives its victims by their condition ("two of the
/// victims are in critical condition", "three others were listed in serious condition"): how
/// many of the wounded are in that state, a part of them, never their number.
pub(super) fn by_condition(tokens: &[Token<'_>], span: Range<usize>, rules: &Indexes<'_>) -> bool {
    let words = &rules.casualty.conditions;
    span.clone()
        .any(|i| words.longest_at(&tokens[..span.end], i).is_some())
}

/// Whether the sentence has a revision word ("rose", "new toll", "later died").
pub(in crate::extract) fn revised(tokens: &[Token<'_>], rules: &Indexes<'_>) -> bool {
    let words = &rules.casualty.revisions;
    (0..tokens.len()).any(|i| words.longest_at(tokens, i).is_some())
}

#[cfg(test)]
mod tests;
