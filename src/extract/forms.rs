//! The written forms of a name, shared by the entity and mention readers: what an acronym looks
//! like, a possessive stripped, the folded key two spellings of one name share, and the forms
//! the rule set knows ("Burkina Faso", "Nigerien", "ECOWAS") found at a token.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use crate::kinds::FormKind;
use crate::rules::{EntityRule, RuleSet};
use crate::words::{Token, phrase_len};

/// Two or more letters, all upper-case ("CSP", "ECOWAS", "U.S" is not).
pub(super) fn is_acronym(word: &str) -> bool {
    word.chars().filter(|c| c.is_alphabetic()).count() >= 2
        && word
            .chars()
            .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
}

/// `word` without a possessive "'s" ("Mali's" → "Mali").
pub(super) fn strip_possessive(word: &str) -> &str {
    ["'s", "’s", "'S", "’S"]
        .iter()
        .find_map(|p| word.strip_suffix(p))
        .unwrap_or(word)
}

/// A comparison key: lower case, accents removed, possessive and a plural "s" on a long last word
/// dropped.
pub(super) fn fold(name: &str) -> String {
    let plain: String = name
        .nfd()
        .filter(|c| !is_combining_mark(*c))
        .collect::<String>()
        .to_lowercase();
    let plain = strip_possessive(&plain).to_string();
    let last = plain.rsplit(' ').next().unwrap_or("");
    let acronym = name.rsplit(' ').next().is_some_and(is_acronym);
    if !acronym
        && last.len() >= 5
        && last.ends_with('s')
        && !last.ends_with("ss")
        && last.chars().all(char::is_alphabetic)
    {
        plain[..plain.len() - 1].to_string()
    } else {
        plain
    }
}

/// The known entity whose form starts at `at`, its form kind and length in tokens.
pub(super) fn known_at<'r>(
    tokens: &[Token<'_>],
    at: usize,
    rules: &'r RuleSet,
) -> Option<(&'r EntityRule, FormKind, usize)> {
    let t = &tokens[at];
    let bare = strip_possessive(t.text);
    if !t.is_capitalised() && !is_acronym(bare) && !glued_particle(bare) {
        return None;
    }
    let candidates = rules.names.forms.get(&bare.to_lowercase())?;
    let mut best: Option<(&EntityRule, FormKind, usize)> = None;
    for f in candidates {
        // Acronyms match only as written in capitals: "US" is not "us".
        if f.kind == FormKind::Acronym && !t.text.starts_with(f.form.as_str()) {
            continue;
        }
        // A possessive ("Mali's") matches the one-word form it is glued to.
        let n = phrase_len(tokens, at, &f.lower)
            .max(usize::from(!f.lower.contains(' ') && bare != t.text));
        if n > 0 && best.is_none_or(|(_, _, b)| n > b) {
            best = Some((&rules.names.entities[f.entity], f.kind, n));
        }
    }
    best
}

/// A lower-case particle glued by a hyphen to a capitalised part: "al-Qaeda", "wal-Muslimin".
pub(super) fn glued_particle(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_fold_accents_possessives_and_plurals() {
        assert_eq!(fold("Tinzaouatène"), "tinzaouatene");
        assert_eq!(fold("Tuaregs"), "tuareg");
        assert_eq!(fold("ECOWAS"), "ecowas");
        assert_eq!(fold("Alliance of Sahel States"), "alliance of sahel state");
    }
}
