//! Names in a sentence: runs of capitalised words, acronyms and places, each with a folded key.
//!
//! This is deliberately shallow: it needs no gazetteer beyond the rule set's places, so it works
//! on stories about places and people nobody listed. A place word (a country's name, other name
//! or demonym: "Niger", "Nigerien") is its own entity keyed by the place, and splits a run
//! ("Nigerien President Mohamed Bazoum" gives Niger and "Mohamed Bazoum"). Words the rule set
//! ignores ("President", "The", "AFP") end a run. The first word of a sentence starts a name only
//! when it is a place, an acronym, or followed by another capitalised word, so "Previously, …"
//! and "Both groups …" are not names.
//!
//! Keys (folded by `forms`, as mentions' are) fold case, accents ("Tinzaouatène" =
//! "Tinzaouatene"), a possessive ("Mali's") and a plural "s" on long words ("Tuaregs" =
//! "Tuareg").

use crate::claim::{Entity, EntityType};
use crate::words::Token;

use super::Indexes;
use super::forms::{
    fold, fold_whole, is_acronym, is_calendar_word, is_contraction, known_at, strip_possessive,
};

/// Words that may join two capitalised words inside one name ("Ministry of Foreign Affairs",
/// "Alliance of Sahel States").
const JOINERS: &[&str] = &["of", "for", "and", "the", "de", "du", "al", "el", "la"];

/// The names of a sentence's tokens, in text order, one entry per distinct key.
pub(crate) fn entities(tokens: &[Token<'_>], rules: &Indexes<'_>) -> Vec<Entity> {
    let mut found: Vec<Entity> = Vec::new();
    let push = |e: Entity, found: &mut Vec<Entity>| {
        if !e.key.is_empty() && !found.iter().any(|f| f.key == e.key) {
            found.push(e);
        }
    };
    let mut at = 0;
    while at < tokens.len() {
        if let Some((place, len)) = place_at(tokens, at, rules) {
            let name = span_text(&tokens[at..at + len]);
            push(Entity { name, key: place }, &mut found);
            at += len;
            continue;
        }
        if !is_name_word(tokens, at, rules) {
            at += 1;
            continue;
        }
        let start = at;
        let mut end = at + 1;
        loop {
            if end < tokens.len()
                && is_name_word(tokens, end, rules)
                && place_at(tokens, end, rules).is_none()
            {
                end += 1;
            } else if end + 1 < tokens.len()
                && tokens[end].is_any(JOINERS)
                && !tokens[end].is_capitalised()
                && is_name_word(tokens, end + 1, rules)
                && place_at(tokens, end + 1, rules).is_none()
            {
                end += 2;
            } else {
                break;
            }
        }
        let run = &tokens[start..end];
        let opens_sentence = start == 0 || opening_punctuation(tokens, start);
        let acronym = is_acronym(run[0].text);
        // Initials alone ("S", "N J" of "N.J.") name nothing to key a date by.
        let initials = run.iter().all(|t| t.text.chars().nth(1).is_none());
        if (!opens_sentence || run.len() > 1 || acronym) && !initials {
            let name = span_text(run);
            push(
                Entity {
                    key: fold(&name),
                    name,
                },
                &mut found,
            );
        }
        at = end;
    }
    found
}

/// The place (its name in lower case, every word whole: "united states") whose name or other
/// form starts at `tokens[at]`, and its length.
fn place_at(tokens: &[Token<'_>], at: usize, rules: &Indexes<'_>) -> Option<(String, usize)> {
    known_at(tokens, at, rules)
        .filter(|(e, _, _)| e.kind == EntityType::Place)
        .map(|(e, _, n)| (fold_whole(&e.name), n))
}

/// Whether `tokens[at]` can be part of a name: capitalised (or an acronym), not an ignored
/// word, not a calendar word, not a number.
fn is_name_word(tokens: &[Token<'_>], at: usize, rules: &Indexes<'_>) -> bool {
    let t = &tokens[at];
    if !t.is_word || !(t.is_capitalised() || is_acronym(t.text)) || is_contraction(t.text) {
        return false;
    }
    let bare = strip_possessive(t.text);
    if rules.names.ignore.contains(t.bare) || is_calendar_word(bare) {
        return false;
    }
    // A capitalised sentence opener is a name only if the next word is one too, or it is an
    // acronym; places were tried before.
    if at == 0 || opening_punctuation(tokens, at) {
        return is_acronym(t.text)
            || tokens
                .get(at + 1)
                .is_some_and(|n| n.is_capitalised() && !n.is_any(JOINERS));
    }
    true
}

/// Whether the token before `at` opens a sentence-like unit: a quote, a bracket or a colon.
fn opening_punctuation(tokens: &[Token<'_>], at: usize) -> bool {
    at > 0 && !tokens[at - 1].is_word && tokens[at - 1].text.starts_with(['“', '"', '(', ':', '‘'])
}

/// The text of a run of tokens, words joined by single spaces.
fn span_text(run: &[Token<'_>]) -> String {
    let words: Vec<&str> = run.iter().map(|t| strip_possessive(t.text)).collect();
    words.join(" ")
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::rules::RuleSet;

    fn keys(text: &str) -> Vec<String> {
        let rules = RuleSet::load(&[]).unwrap();
        let indexes = Indexes::new(&rules);
        entities(&indexes.tokenize(text, 0..text.len()), &indexes)
            .into_iter()
            .map(|e| e.key)
            .collect()
    }

    #[test]
    fn places_split_runs_and_demonyms_fold_to_the_place() {
        assert_eq!(
            keys("The FPL, fighting for Nigerien President Mohamed Bazoum, was overthrown."),
            ["fpl", "niger", "mohamed bazoum"]
        );
        assert_eq!(
            keys("The juntas in Mali, Niger, and Burkina Faso came to power."),
            ["mali", "niger", "burkina faso"]
        );
    }

    #[test]
    fn openers_titles_and_calendar_words_are_no_names() {
        assert_eq!(
            keys("Previously, the Tuareg launched an uprising in 2012."),
            ["tuareg"]
        );
        assert_eq!(
            keys("Both groups met on Monday, September 2."),
            Vec::<String>::new()
        );
        assert_eq!(keys("Mali's army said"), ["mali"]);
    }
}
