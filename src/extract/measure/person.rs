//! Whom a figure of a measure kept per person (`per: person` in the rules: an age, a prison
//! term) belongs to.
//!
//! An age describes the person it stands beside: set off by commas after the name ("Ana Ruiz,
//! 38, a nurse"), after the name and an article ("Ruiz, a 38-year-old nurse") or before the name
//! with at most two words between ("38-year-old nurse Ana Ruiz"). An age nobody is named beside
//! is of no one the story can compare, and stays an age claim. Any other figure of such a
//! measure is of the person named last before it in its sentence ("the judge jailed Ruiz for
//! six years"); none when the sentence names nobody before it.

use std::ops::Range;

use super::super::mentions::Found;
use super::super::token_range;
use crate::claim::EntityType;
use crate::rules::RuleSet;
use crate::words::Token;

/// A person a sentence names.
#[derive(Debug)]
pub(in crate::extract) struct Person {
    /// The name's tokens.
    pub tokens: Range<usize>,
    /// The name as written, without a possessive.
    pub name: String,
}

/// The most words between an age before a name and the name ("38-year-old nurse Ana Ruiz").
const AGE_REACH: usize = 2;

/// The people among a sentence's names: no place, organisation or acronym, and no name used
/// as an attribute: after an article ("a Lisbon man", "the Ruiz family") or before a word the
/// rules call people by ("Lisbon man jailed": the victims' words of the rules).
pub(in crate::extract) fn people(
    tokens: &[Token<'_>],
    names: &[Found],
    rules: &RuleSet,
) -> Vec<Person> {
    names
        .iter()
        .filter(|n| !n.common && n.mention.acronym.is_none())
        .filter(|n| {
            matches!(
                n.mention.entity_type,
                EntityType::Person | EntityType::Unknown
            )
        })
        .filter_map(|n| {
            let range = token_range(tokens, &n.span)?;
            let article = range.start > 0 && tokens[range.start - 1].is_any(&["a", "an", "the"]);
            let noun = (tokens.get(range.end)).is_some_and(|t| {
                let word = t.text.to_lowercase();
                (rules.casualties.victims.iter()).any(|g| g.words.contains(&word))
            });
            let attribute = article || noun;
            (!attribute).then(|| Person {
                tokens: range,
                name: n.mention.name.clone(),
            })
        })
        .collect()
}

/// The person an age at `figure` describes.
pub(in crate::extract) fn of_age<'p>(
    tokens: &[Token<'_>],
    figure: &Range<usize>,
    people: &'p [Person],
) -> Option<&'p Person> {
    // After the age, at most `reach` words, lower-case unless one title ("38-year-old Officer
    // Ana Lind").
    let after = |reach: usize| {
        people.iter().find(move |p| {
            let Some(between) = tokens.get(figure.end..p.tokens.start) else {
                return false;
            };
            let title = between.len() == 1 && between[0].is_word;
            title
                || (between.len() <= reach
                    && between.iter().all(|t| t.is_word && !t.is_capitalised()))
        })
    };
    // "Ruiz, 38," and "Ruiz, a 38-year-old": the comma, then at most an article; but a name
    // right after the age is the one it describes ("Ruiz, 38-year-old Ana Lind").
    let before = || {
        people.iter().find(|p| {
            let between = tokens.get(p.tokens.end..figure.start).unwrap_or_default();
            match between {
                [comma] => comma.is_punct(','),
                [comma, article] => comma.is_punct(',') && article.is_any(&["a", "an"]),
                _ => false,
            }
        })
    };
    after(1).or_else(before).or_else(|| after(AGE_REACH))
}

/// The person named last before a figure at `figure` in its sentence.
pub(in crate::extract) fn before<'p>(
    figure: &Range<usize>,
    people: &'p [Person],
) -> Option<&'p Person> {
    people.iter().rev().find(|p| p.tokens.end <= figure.start)
}
