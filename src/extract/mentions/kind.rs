//! What an unknown name is and whom it belongs to: its type from the words in and around it
//! (a title or apposition makes a person, an organisation word an organisation, a place cue a
//! place), a person's role, and the country a name is tied to ("Nigerien rebel group …", "the
//! FPL of Niger").

use std::ops::Range;

use crate::claim::{Affiliation, EntityType, FormKind};
use crate::extract::Indexes;
use crate::extract::forms::{is_acronym, known_at, strip_possessive};
use crate::words::Token;

/// Lower-case words that may stand between a demonym and the name it qualifies ("Nigerien rebel
/// group …", "Malian rebel movement …") are any words but these, which end the phrase.
const PHRASE_BREAKS: &[&str] = &[
    "and", "or", "but", "by", "to", "against", "with", "from", "in", "on", "at", "for", "that",
    "which", "who", "is", "are", "was", "were", "has", "have", "had", "said", "says", "told",
    "its", "their", "his", "her", "as", "while", "after", "before", "near", "nor", "than",
    "between",
];

/// The type of an unknown name from its words and the words around it.
pub(super) fn classify(tokens: &[Token<'_>], run: Range<usize>, rules: &Indexes<'_>) -> EntityType {
    let n = &rules.names;
    if run.len() == 1 && is_acronym(strip_possessive(tokens[run.start].text)) {
        return EntityType::Organisation;
    }
    if n.organisation_words.contains(tokens[run.end - 1].bare)
        || n.organisation_words.contains(tokens[run.start].bare)
    {
        return EntityType::Organisation;
    }
    if title_before(tokens, run.start, rules).is_some()
        || apposition(tokens, run.end, rules).is_some()
    {
        return EntityType::Person;
    }
    if run.start > 0 && n.place_cues.longest_ending(tokens, run.start).is_some() {
        return EntityType::Place;
    }
    if run.len() >= 2 && tokens[run.clone()].iter().any(|t| !t.is_capitalised()) {
        return EntityType::Person;
    }
    EntityType::Unknown
}

/// The title just before a name ("president", "commander in chief", "Mr."), skipping a period.
fn title_before(tokens: &[Token<'_>], start: usize, rules: &Indexes<'_>) -> Option<String> {
    let mut end = start;
    if end > 0 && tokens[end - 1].is_punct('.') {
        end -= 1;
    }
    (rules.names.titles.longest_ending(tokens, end)).map(|(t, _)| t.to_string())
}

/// An apposition after a name that names a role: ", spokesman for the CSP".
fn apposition(tokens: &[Token<'_>], end: usize, rules: &Indexes<'_>) -> Option<String> {
    if !tokens.get(end).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let (_, len) = rules.names.titles.longest_at(tokens, end + 1)?;
    let stop = (end + 1 + len..tokens.len().min(end + 8))
        .find(|&i| !tokens[i].is_word)
        .unwrap_or(tokens.len().min(end + 8));
    let words: Vec<&str> = tokens[end + 1..stop].iter().map(|t| t.text).collect();
    Some(words.join(" "))
}

/// A person's role: the title before the name, else an apposition after it.
pub(super) fn role(tokens: &[Token<'_>], run: Range<usize>, rules: &Indexes<'_>) -> Option<String> {
    title_before(tokens, run.start, rules).or_else(|| apposition(tokens, run.end, rules))
}

/// The country a name is tied to: a place form up to four plain words before it ("Nigerien
/// rebel group …", "Niger's ousted president …"), else "of" and a place right after it.
pub(super) fn affiliation(
    tokens: &[Token<'_>],
    run: Range<usize>,
    rules: &Indexes<'_>,
) -> Option<Affiliation> {
    let place =
        |at: usize| known_at(tokens, at, rules).filter(|(e, _, _)| e.kind == EntityType::Place);
    let mut at = run.start;
    let mut skipped = 0;
    while at > 0 && skipped <= 4 {
        let t = &tokens[at - 1];
        if !t.is_word {
            break;
        }
        // The place may span several tokens ("Burkina Faso"): try every start ending here.
        let found = (at.saturating_sub(4)..at)
            .find_map(|s| place(s).filter(|&(_, _, n)| s + n == at).map(|p| (s, p)));
        if let Some((start, (e, form, _))) = found {
            let possessive = strip_possessive(tokens[at - 1].text) != tokens[at - 1].text;
            let titles_only = tokens[at..run.start]
                .iter()
                .all(|x| rules.names.title_words.contains(x.lower));
            if !(form == FormKind::Demonym || possessive || titles_only) {
                return None;
            }
            let written: Vec<&str> = tokens[start..at]
                .iter()
                .map(|x| strip_possessive(x.text))
                .collect();
            return Some(Affiliation {
                word: written.join(" "),
                place: e.name.clone(),
            });
        }
        let title = rules.names.title_words.contains(t.lower);
        // No break word lower-cases to anything but ASCII: ignoring ASCII case is enough.
        if t.is_capitalised() && !title || t.is_any(PHRASE_BREAKS) {
            break;
        }
        at -= 1;
        skipped += 1;
    }
    let mut after = run.end;
    if tokens.get(after).is_some_and(|t| t.is("of")) {
        after += 1;
        if tokens.get(after).is_some_and(|t| t.is("the")) {
            after += 1;
        }
        if let Some((e, _, n)) = (after < tokens.len()).then(|| place(after)).flatten() {
            let written: Vec<&str> = tokens[after..after + n].iter().map(|x| x.text).collect();
            return Some(Affiliation {
                word: written.join(" "),
                place: e.name.clone(),
            });
        }
    }
    None
}
