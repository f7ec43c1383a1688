//! The written forms of a name, shared by the entity and mention readers: what an acronym looks
//! like, a possessive stripped, the folded key two spellings of one name share, and the forms
//! the rule set knows ("Burkina Faso", "Nigerien", "ECOWAS") found at a token.

use unicode_normalization::UnicodeNormalization;
use unicode_normalization::char::is_combining_mark;

use super::Indexes;
use crate::dates::{is_month, is_weekday};
use crate::kinds::FormKind;
use crate::rules::{EntityRule, RuleSet};
use crate::words::{Phrase, PhraseList, Token, Vocab, WordSet};

pub(super) use crate::words::strip_possessive;

/// The names section of the rule set, compiled: its single-word lists as sets (looked up with a
/// token's lower-case id), its phrase lists, and the forms of known entities by first word.
pub(super) struct NameWords<'r> {
    /// Words that are never names.
    pub ignore: WordSet,
    /// Lower-case particles inside names ("ag", "al").
    pub particles: WordSet,
    /// The titles that are one word.
    pub title_words: WordSet,
    /// Words that make a name an organisation's.
    pub organisation_words: WordSet,
    /// Titles ("president", "commander in chief").
    pub titles: PhraseList<'r>,
    /// Words before a place ("in", "town of").
    pub place_cues: PhraseList<'r>,
    /// The forms of known entities, by the id of their first word in lower case.
    forms: Vec<Vec<Form<'r>>>,
}

/// One form of a known entity, compiled.
struct Form<'r> {
    entity: usize,
    kind: FormKind,
    /// Its first word as written in the rules, up to a period (an acronym matches only so).
    head: &'r str,
    /// Its words in lower case, as the tokenizer reads them.
    phrase: Phrase,
    /// Whether it is one word.
    one_word: bool,
    /// Whether it ends with a period ("U.S."), which the text may share with its sentence.
    dotted: bool,
}

/// A form's words as the tokenizer reads them, and whether it ended with a period: "u.s." is
/// "u . s" (and a period), "d.r. congo" is "d . r . congo". A final period is left out of the
/// phrase so that a form ending a sentence, its period read as the sentence's, still matches.
fn as_read(lower: &str) -> (String, bool) {
    let dotted = lower.ends_with('.');
    let mut words = String::with_capacity(lower.len() * 2);
    for (i, part) in lower.trim_end_matches('.').split('.').enumerate() {
        if i > 0 {
            words.push_str(" .");
        }
        let part = part.trim();
        if !part.is_empty() {
            if !words.is_empty() {
                words.push(' ');
            }
            words.push_str(part);
        }
    }
    (words, dotted)
}

impl<'r> NameWords<'r> {
    /// Compiles the names section of `rules`, giving its words ids in `vocab`.
    pub(super) fn new(rules: &'r RuleSet, vocab: &mut Vocab) -> Self {
        let n = &rules.names;
        let set = |vocab: &mut Vocab, words: &'r [String]| {
            WordSet::new(vocab, words.iter().map(String::as_str))
        };
        let mut forms: Vec<Vec<Form<'r>>> = Vec::new();
        // Sorted by first word, so that the forms of one word keep one order whatever the map's.
        let mut entries: Vec<_> = n.forms.iter().collect();
        entries.sort_unstable_by_key(|(first, _)| *first);
        for f in entries.into_iter().flat_map(|(_, e)| e) {
            // "U.S." is read as the tokens "U . S": the form is matched as it is read.
            let (words, dotted) = as_read(&f.lower);
            let id = vocab
                .intern(words.split(' ').next().unwrap_or_default())
                .index();
            if forms.len() <= id {
                forms.resize_with(id + 1, Vec::new);
            }
            forms[id].push(Form {
                entity: f.entity,
                kind: f.kind,
                head: f.form.split(['.', ' ']).next().unwrap_or_default(),
                phrase: Phrase::new(vocab, &words),
                one_word: !words.contains(' '),
                dotted,
            });
        }
        NameWords {
            ignore: set(vocab, &n.ignore),
            particles: set(vocab, &n.particles),
            title_words: set(vocab, &n.titles),
            organisation_words: set(vocab, &n.organisation_words),
            titles: PhraseList::new(vocab, &n.titles),
            place_cues: PhraseList::new(vocab, &n.place_cues),
            forms,
        }
    }
}

/// Two or more letters, all upper-case ("CSP", "ECOWAS", "U.S" is not).
pub(super) fn is_acronym(word: &str) -> bool {
    // Most words fail on their first lower-case letter: that test goes first.
    word.chars()
        .all(|c| c.is_uppercase() || c.is_ascii_digit() || c == '-')
        && word.chars().filter(|c| c.is_alphabetic()).count() >= 2
}

/// A comparison key: lower case, accents removed, possessive and a plural "s" on a long last word
/// dropped.
pub(super) fn fold(name: &str) -> String {
    let mut plain = fold_whole(name);
    let last = plain.rsplit(' ').next().unwrap_or("");
    let acronym = name.rsplit(' ').next().is_some_and(is_acronym);
    if !acronym
        && last.len() >= 5
        && last.ends_with('s')
        && !last.ends_with("ss")
        && last.chars().all(char::is_alphabetic)
    {
        plain.pop();
    }
    plain
}

/// [`fold`] with every word whole: lower case, accents and a possessive removed ("United
/// States", a known entity's name, keeps its "s").
pub(super) fn fold_whole(name: &str) -> String {
    // ASCII has no accents to take apart: most names skip the decomposition.
    let mut plain: String = if name.is_ascii() {
        name.to_ascii_lowercase()
    } else {
        name.nfd()
            .filter(|c| !is_combining_mark(*c))
            .collect::<String>()
            .to_lowercase()
    };
    plain.truncate(strip_possessive(&plain).len());
    plain
}

/// The known entity whose form starts at `at`, its form kind and length in tokens.
pub(super) fn known_at<'r>(
    tokens: &[Token<'_>],
    at: usize,
    indexes: &Indexes<'r>,
) -> Option<(&'r EntityRule, FormKind, usize)> {
    let t = &tokens[at];
    let candidates = indexes.names.forms.get(t.bare.index())?;
    if candidates.is_empty() {
        return None;
    }
    let bare = strip_possessive(t.text);
    if !t.is_capitalised() && !is_acronym(bare) && !glued_particle(bare) {
        return None;
    }
    let mut best: Option<(&EntityRule, FormKind, usize)> = None;
    for f in candidates {
        // Acronyms match only as written in capitals: "US" is not "us".
        if f.kind == FormKind::Acronym && !t.text.starts_with(f.head) {
            continue;
        }
        // A possessive ("Mali's") matches the one-word form it is glued to.
        let mut n = f
            .phrase
            .len_at(tokens, at)
            .max(usize::from(f.one_word && bare != t.text));
        if n > 0 && f.dotted && tokens.get(at + n).is_some_and(|p| p.is_punct('.')) {
            n += 1;
        }
        if n > 0 && best.is_none_or(|(_, _, b)| n > b) {
            best = Some((&indexes.rules.names.entities[f.entity], f.kind, n));
        }
    }
    best
}

/// Whether a word token (which never ends with a period) names a month or a weekday. The
/// calendar lookups turn away a word longer than any name before reading it.
pub(super) fn is_calendar_word(word: &str) -> bool {
    is_month(word) || is_weekday(word)
}

/// A contraction ("I'm", "We've", "Don't"): a pronoun or a verb, never a name. Only the
/// endings no name has are read so: "O'Neill" and "D'Angelo" are names.
pub(super) fn is_contraction(word: &str) -> bool {
    let Some(at) = word.rfind(['\'', '’']) else {
        return false;
    };
    let stem = &word[..at];
    let tail = word[at..].trim_start_matches(['\'', '’']);
    match tail.to_ascii_lowercase().as_str() {
        "m" | "re" | "ve" | "ll" | "d" => !stem.is_empty(),
        "t" => stem.ends_with(['n', 'N']),
        _ => false,
    }
}

/// A lower-case particle glued by a hyphen to a capitalised part: "al-Qaeda", "wal-Muslimin".
pub(super) fn glued_particle(word: &str) -> bool {
    // The first hyphen, found by its byte: no other character's UTF-8 holds that byte.
    (word.bytes().position(|b| b == b'-'))
        .is_some_and(|at| word[at + 1..].starts_with(char::is_uppercase))
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
        assert_eq!(fold("Mali’s"), "mali");
        assert_eq!(fold("ÉTATS-UNIS"), "etats-unis");
    }

    #[test]
    fn a_particle_is_glued_by_its_first_hyphen_to_a_capital() {
        assert!(glued_particle("al-Qaeda"));
        assert!(glued_particle("wal-Muslimin"));
        assert!(glued_particle("ag-Élan"));
        assert!(!glued_particle("Tuareg-led"));
        assert!(!glued_particle("al-qaeda-Group"));
        assert!(!glued_particle("al-"));
        assert!(!glued_particle("Qaeda"));
    }
}
