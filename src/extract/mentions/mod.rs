//! Name mentions: places, people, organisations and acronyms, found without a model.
//!
//! A sentence is read left to right. At each token, in this order:
//!
//! 1. a form the rule set knows (a country, its demonym, an organisation's acronym) is that
//!    entity — the longest form wins, so "Burkina Faso" is one place;
//! 2. a quoted name followed by an acronym in brackets (`“Permanent Strategic Framework for
//!    Peace, Security, and Development” (CSP-PSD)`) is an acronym definition;
//! 3. otherwise a run of capitalised words is a name. Particles join its parts ("Alghabass Ag
//!    Intalla", "al-Islam wal-Muslimin"); "of", "for", "and", "the" join them only inside an
//!    organisation's name ("Alliance of Sahel States"), else the run ends there.
//!
//! A name followed by an acronym in brackets defines it (`Patriotic Liberation Front (FPL)`), and
//! an acronym followed by a name in brackets too (`ECOWAS (Economic Community of …)`); a bracketed
//! acronym whose letters have little to do with the name's initials is not taken for one.
//!
//! The type comes from the rule set, else from the words around: a title before a name or an
//! apposition after it ("Mohamed X, spokesman for the CSP") makes a person; an organisation word
//! ("Front", "Alliance") or an acronym an organisation; a place cue ("in", "near", "town of") a
//! place. A demonym or country just before a name ("Nigerien rebel group Patriotic Liberation
//! Front"), or "of" and a country after it ("the FPL of Niger"), ties the name to that country.
//!
//! Sentence-initial capitals, and every name in a title-case headline, are uncertain: they are
//! kept only when the same name is found with certainty elsewhere in the article
//! ([`confirm`]). Months, weekdays and the rule set's ignored words are never names.

mod kind;
mod runs;

use std::collections::{HashMap, HashSet};
use std::ops::Range;

use super::Indexes;
use crate::claim::{EntityType, FormKind, Mention};
use crate::words::lexicon::is_common_word;
use crate::words::{FxBuild, Token};

use super::forms::{fold, is_acronym, known_at, strip_possessive};
use kind::{affiliation, classify, role};
use runs::{
    initials_fit, is_headline, is_name_word, is_shouted, name_run, only_initials, opens_unit,
    quoted_definition,
};

/// One name found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// Byte span of the mention (a definition covers the name and its bracketed acronym).
    pub span: Range<usize>,
    /// What was found.
    pub mention: Mention,
    /// Found only at a sentence start or in a headline: kept if confirmed elsewhere.
    pub uncertain: bool,
    /// A lone word the article also writes in lower case ("on West 53rd Street" beside "the
    /// street"): a common noun, kept only if a longer name of the article holds it.
    pub common: bool,
    /// A lone word that English uses only as a common word ("Alcohol", "Brief"; see
    /// [`crate::words::lexicon`]): kept only as the surname of a person the article names in
    /// full ("Noon" beside "Kwame Noon"), never because an organisation's or a place's name
    /// ends with it ("Firearms and Explosives").
    pub lexical: bool,
}

/// The most tokens a name takes: "United Nations Multidimensional Integrated Stabilization
/// Mission in Mali" is 8. A longer run of capitalised words is a line in capitals or a title.
const MAX_NAME_TOKENS: usize = 12;

/// The name mentions of one sentence, in text order. `common` holds the words the article also
/// writes in lower case: such a word opening a sentence ("Yesterday", "Earlier") is no name,
/// and one standing alone elsewhere is marked [`Found::common`].
pub(crate) fn mentions(
    tokens: &[Token<'_>],
    rules: &Indexes<'_>,
    common: &LowerCase<'_>,
) -> Vec<Found> {
    // A line in capitals tells names from words no better than a headline does, and tells no
    // acronym at all.
    let shouted = is_shouted(tokens);
    let headline = shouted || is_headline(tokens);
    let mut found: Vec<Found> = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        if let Some((entity, form, len)) = known_at(tokens, at, rules) {
            let run = at..at + len;
            let mut m = mention(tokens, run.clone(), entity.kind);
            m.entity = Some(entity.name.clone());
            m.form = Some(form);
            if form == FormKind::Acronym {
                m.acronym = Some(m.name.clone());
            }
            // "WHO", "US" in a line in capitals may be words ("TOLD US").
            let uncertain = shouted && form == FormKind::Acronym;
            let end = push_with_acronym(&mut found, tokens, run, m, uncertain, rules);
            at = end;
            continue;
        }
        if let Some((long, close)) = quoted_definition(tokens, at) {
            let acronym_at = close + 2;
            let mut m = mention(tokens, long, EntityType::Organisation);
            m.acronym = Some(tokens[acronym_at].text.to_string());
            let span = tokens[at].span.start..tokens[acronym_at + 1].span.end;
            found.push(Found {
                span,
                mention: m,
                uncertain: false,
                common: false,
                lexical: false,
            });
            at = acronym_at + 2;
            continue;
        }
        let opener = at == 0 || opens_unit(tokens, at);
        let common_opener = opener && common.contains(&tokens[at].text.to_lowercase());
        if common_opener || !is_name_word(tokens, at, rules) {
            at += 1;
            continue;
        }
        // In a headline every word is capitalised, so runs would join unrelated words: each
        // word stands alone there, and only those the article confirms are kept.
        let joined = (!headline || shouted).then(|| name_run(tokens, at, rules));
        // A line in capitals or a run-on title is no name, however it is joined.
        if let Some(run) = joined.clone().filter(|r| r.len() > MAX_NAME_TOKENS) {
            at = run.end;
            continue;
        }
        let run = joined.filter(|_| !headline).unwrap_or(at..at + 1);
        // Nor are initials alone ("S", "N. J").
        if only_initials(&tokens[run.clone()]) {
            at = run.end;
            continue;
        }
        let acronym = !shouted && run.len() == 1 && is_acronym(strip_possessive(tokens[at].text));
        let uncertain = shouted || headline && !acronym || opener && run.len() == 1 && !acronym;
        // "Hospital", "Agency", "Police" alone name nothing in particular.
        let lone_word =
            run.len() == 1 && !acronym && rules.names.organisation_words.contains(tokens[at].bare);
        if lone_word {
            at = run.end;
            continue;
        }
        let kind = classify(tokens, run.clone(), rules);
        let mut m = mention(tokens, run.clone(), kind);
        if acronym {
            m.acronym = Some(m.name.clone());
        }
        if kind == EntityType::Person {
            m.role = role(tokens, run.clone(), rules);
        }
        if kind != EntityType::Place {
            m.country = affiliation(tokens, run.clone(), rules).map(Box::new);
        }
        // A title makes a person of any word ("Officer Day"); nothing else does.
        let lone = run.len() == 1 && !acronym && kind != EntityType::Person;
        let lower = lone.then(|| m.name.to_lowercase());
        let lone_common = lower.as_deref().is_some_and(|w| common.in_prose(w));
        let lexical = lower.as_deref().is_some_and(is_common_word);
        let next = push_with_acronym(&mut found, tokens, run, m, uncertain, rules);
        if let Some(f) = found.last_mut() {
            f.common = lone_common && f.mention.acronym.is_none();
            f.lexical = lexical && f.mention.acronym.is_none();
        }
        at = next;
    }
    found
}

/// The words an article writes in lower case, borrowed from its text (only looked up, never
/// listed, so no order is needed and no word is copied), each with whether it is written so
/// in running text: after another word ("the street"), not only in a web address or a handle
/// ("houston.example.com", "@houston").
pub(crate) struct LowerCase<'t> {
    words: HashMap<&'t str, bool, FxBuild>,
}

impl LowerCase<'_> {
    /// Whether the article writes `word` (in lower case) in lower case anywhere.
    pub(crate) fn contains(&self, word: &str) -> bool {
        self.words.contains_key(word)
    }

    /// Whether the article writes `word` (in lower case) in lower case after another word.
    fn in_prose(&self, word: &str) -> bool {
        self.words.get(word).is_some_and(|&prose| prose)
    }
}

/// The words an article writes in lower case at least once (see [`LowerCase`]).
pub(crate) fn lower_case_words<'t>(tokens: &[Token<'t>]) -> LowerCase<'t> {
    let mut words: HashMap<&'t str, bool, FxBuild> = HashMap::default();
    for (i, t) in tokens.iter().enumerate() {
        if t.is_word && t.text.starts_with(char::is_lowercase) {
            let prose = i > 0 && tokens[i - 1].is_word;
            *words.entry(t.text).or_default() |= prose;
        }
    }
    LowerCase { words }
}

/// Which mentions to keep: certain ones, and uncertain ones that a certain mention of the
/// article confirms (same folded name or acronym, or the surname of a full name); of those, a
/// common word standing alone only when a longer name of the article holds it. A word in
/// capitals that the article also
/// writes as an ordinary name ("BAMAKO" in a dateline, "Bamako" in the text) is that name, not
/// an acronym.
pub(crate) fn confirm(found: &mut [Found], common: &LowerCase<'_>) -> Vec<bool> {
    // Each name is folded once; the sets are only looked up.
    let folded: Vec<String> = found.iter().map(|f| fold(&f.mention.name)).collect();
    let written: HashSet<&str, FxBuild> = (found.iter().zip(&folded))
        .filter(|(f, _)| f.mention.acronym.is_none())
        .map(|(_, key)| key.as_str())
        .collect();
    for (f, key) in found.iter_mut().zip(&folded) {
        let m = &mut f.mention;
        if m.entity.is_none() && m.is_bare_acronym() && written.contains(key.as_str()) {
            m.acronym = None;
            m.entity_type = EntityType::Unknown;
        }
    }
    let certain: HashSet<String, FxBuild> = (found.iter().zip(&folded))
        .filter(|(f, _)| !f.uncertain)
        .flat_map(|(f, key)| {
            let mut keys = vec![key.clone()];
            keys.extend(f.mention.acronym.as_deref().map(fold));
            // A surname opening a sentence ("Davis added …") is confirmed by the full name.
            if f.mention.entity_type != EntityType::Organisation {
                keys.extend(
                    f.mention
                        .name
                        .rsplit(' ')
                        .next()
                        .filter(|_| f.mention.name.contains(' '))
                        .map(fold),
                );
            }
            keys
        })
        .collect();
    // The last words of the article's longer names that open with no common word: a common
    // word among them may be a surname standing alone ("Brown" beside "Michael Brown"), not
    // what is left of an address ("Street" beside "Main Street", "main" written in lower case).
    let held: HashSet<&str, FxBuild> = (found.iter().zip(&folded))
        .filter(|(f, _)| {
            (f.mention.name.split_once(' '))
                .is_some_and(|(first, _)| !common.in_prose(&first.to_lowercase()))
        })
        .filter_map(|(_, key)| key.rsplit(' ').next())
        .collect();
    // The last words of the article's longer names that may be people's: surnames.
    let person = |t: EntityType| !matches!(t, EntityType::Organisation | EntityType::Place);
    let surnames: HashSet<&str, FxBuild> = (found.iter().zip(&folded))
        .filter(|(f, key)| person(f.mention.entity_type) && key.contains(' '))
        .filter_map(|(_, key)| key.rsplit(' ').next())
        .collect();
    (found.iter().zip(&folded))
        .map(|(f, key)| {
            (!f.uncertain || certain.contains(key))
                && (!f.common || held.contains(key.as_str()))
                && (!f.lexical || surnames.contains(key.as_str()))
        })
        .collect()
}

/// Pushes a mention for `run`; when a bracketed acronym (or a bracketed long name after an
/// acronym) follows, the mention becomes a definition covering it. Returns the next token.
fn push_with_acronym(
    found: &mut Vec<Found>,
    tokens: &[Token<'_>],
    run: Range<usize>,
    mut m: Mention,
    uncertain: bool,
    rules: &Indexes<'_>,
) -> usize {
    let mut end = run.end;
    let bracket = |i: usize| tokens.get(i).is_some_and(|t| t.is_punct('('));
    let closing = |i: usize| tokens.get(i).is_some_and(|t| t.is_punct(')'));
    let mut uncertain = uncertain;
    if bracket(end) && closing(end + 2) && is_acronym(tokens[end + 1].text) {
        let acronym = tokens[end + 1].text;
        if m.acronym.is_none() && initials_fit(acronym, &tokens[run.clone()]) {
            m.acronym = Some(acronym.to_string());
            if m.entity.is_none() {
                m.entity_type = EntityType::Organisation;
            }
            end += 3;
            uncertain = false;
        }
    } else if m.is_bare_acronym() && bracket(end) {
        // "ECOWAS (Economic Community of West African States)".
        let inner = end + 1;
        if inner < tokens.len() && is_name_word(tokens, inner, rules) {
            let long = name_run(tokens, inner, rules);
            if long.len() >= 2 && closing(long.end) && initials_fit(&m.name, &tokens[long.clone()])
            {
                let acronym = m.name.clone();
                let mut d = mention(tokens, long.clone(), EntityType::Organisation);
                d.acronym = Some(acronym);
                d.entity = m.entity.clone();
                d.form = m.form;
                m = d;
                end = long.end + 1;
                uncertain = false;
            }
        }
    }
    let span = tokens[run.start].span.start..tokens[end - 1].span.end;
    found.push(Found {
        span,
        mention: m,
        uncertain,
        common: false,
        lexical: false,
    });
    end
}

/// The mention of a run of tokens: its text with single spaces and no possessive.
fn mention(tokens: &[Token<'_>], run: Range<usize>, kind: EntityType) -> Mention {
    // Words as written: a space only where the text has one ("Peace, Security").
    let mut name = String::new();
    for (i, t) in tokens[run.clone()].iter().enumerate() {
        if i > 0 && t.span.start > tokens[run.start + i - 1].span.end {
            name.push(' ');
        }
        name.push_str(strip_possessive(t.text));
    }
    Mention {
        name,
        entity_type: kind,
        acronym: None,
        entity: None,
        form: None,
        country: None,
        role: None,
    }
}

#[cfg(test)]
mod tests;
