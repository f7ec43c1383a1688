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

use std::ops::Range;

use crate::claim::{Affiliation, EntityType, FormKind, Mention};
use crate::dates::calendar::{is_month, is_weekday};
use crate::rules::{EntityRule, RuleSet};
use crate::words::{Token, longest_match, longest_match_ending};

use super::entities::{fold, is_acronym, strip_possessive};

/// Words that join capitalised words inside an organisation's name only.
const ORG_JOINERS: &[&str] = &["of", "for", "and", "the", "on", "in", "to"];

/// Lower-case words that may stand between a demonym and the name it qualifies ("Nigerien rebel
/// group …", "Malian rebel movement …") are any words but these, which end the phrase.
const PHRASE_BREAKS: &[&str] = &[
    "and", "or", "but", "by", "to", "against", "with", "from", "in", "on", "at", "for", "that",
    "which", "who", "is", "are", "was", "were", "has", "have", "had", "said", "says", "told",
    "its", "their", "his", "her", "as", "while", "after", "before", "near", "nor", "than",
    "between",
];

/// Generational suffixes: "Norris Greenhouse Jr." is "Norris Greenhouse", so that "Greenhouse"
/// alone is its short form.
const GENERATIONS: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// One name found in a sentence.
#[derive(Clone, Debug, PartialEq)]
pub(crate) struct Found {
    /// Byte span of the mention (a definition covers the name and its bracketed acronym).
    pub span: Range<usize>,
    /// What was found.
    pub mention: Mention,
    /// Found only at a sentence start or in a headline: kept if confirmed elsewhere.
    pub uncertain: bool,
}

/// The most tokens a name takes: "United Nations Multidimensional Integrated Stabilization
/// Mission in Mali" is 8. A longer run of capitalised words is a line in capitals or a title.
const MAX_NAME_TOKENS: usize = 12;

/// The name mentions of one sentence, in text order. `common` holds the words the article also
/// writes in lower case: such a word opening a sentence ("Yesterday", "Earlier") is no name.
pub(crate) fn mentions(
    tokens: &[Token<'_>],
    rules: &RuleSet,
    common: &std::collections::BTreeSet<String>,
) -> Vec<Found> {
    let headline = is_headline(tokens);
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
            let end = push_with_acronym(&mut found, tokens, run, m, false, rules);
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
        let run = if headline {
            at..at + 1
        } else {
            name_run(tokens, at, rules)
        };
        // A line in capitals or a run-on title is no name, however it is joined.
        if run.len() > MAX_NAME_TOKENS {
            at = run.end;
            continue;
        }
        let acronym = run.len() == 1 && is_acronym(strip_possessive(tokens[at].text));
        let uncertain = headline && !acronym || opener && run.len() == 1 && !acronym;
        // "Hospital", "Agency", "Police" alone name nothing in particular.
        let lone_word = run.len() == 1
            && !acronym
            && rules
                .names
                .organisation_words
                .contains(&strip_possessive(tokens[at].text).to_lowercase());
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
            m.country = affiliation(tokens, run.clone(), rules);
        }
        at = push_with_acronym(&mut found, tokens, run, m, uncertain, rules);
    }
    found
}

/// The words an article writes in lower case at least once.
pub(crate) fn lower_case_words(tokens: &[Token<'_>]) -> std::collections::BTreeSet<String> {
    tokens
        .iter()
        .filter(|t| t.is_word && t.text.starts_with(char::is_lowercase))
        .map(|t| t.text.to_string())
        .collect()
}

/// Which mentions to keep: certain ones, and uncertain ones that a certain mention of the
/// article confirms (same folded name or acronym, or the surname of a full name). A word in capitals that the article also
/// writes as an ordinary name ("BAMAKO" in a dateline, "Bamako" in the text) is that name, not
/// an acronym.
pub(crate) fn confirm(found: &mut [Found]) -> Vec<bool> {
    let written: std::collections::BTreeSet<String> = found
        .iter()
        .filter(|f| f.mention.acronym.is_none())
        .map(|f| fold(&f.mention.name))
        .collect();
    for f in found.iter_mut() {
        let m = &mut f.mention;
        if m.entity.is_none()
            && m.acronym.as_deref() == Some(m.name.as_str())
            && written.contains(&fold(&m.name))
        {
            m.acronym = None;
            m.entity_type = EntityType::Unknown;
        }
    }
    let certain: std::collections::BTreeSet<String> = found
        .iter()
        .filter(|f| !f.uncertain)
        .flat_map(|f| {
            let mut keys = vec![fold(&f.mention.name)];
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
    found
        .iter()
        .map(|f| !f.uncertain || certain.contains(&fold(&f.mention.name)))
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
    rules: &RuleSet,
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
    } else if m.acronym.as_deref() == Some(m.name.as_str()) && bracket(end) {
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
        let n = crate::words::phrase_len(tokens, at, &f.lower)
            .max(usize::from(!f.lower.contains(' ') && bare != t.text));
        if n > 0 && best.is_none_or(|(_, _, b)| n > b) {
            best = Some((&rules.names.entities[f.entity], f.kind, n));
        }
    }
    best
}

/// Whether `tokens[at]` can be part of a name: capitalised (or an acronym, or a particle glued
/// to a capitalised part: "al-Qaeda"), not an ignored word, a month or a weekday.
fn is_name_word(tokens: &[Token<'_>], at: usize, rules: &RuleSet) -> bool {
    let t = &tokens[at];
    if !t.is_word || t.text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let bare = strip_possessive(t.text);
    let last = bare.rsplit('-').next().unwrap_or(bare);
    if !(t.is_capitalised() || is_acronym(bare) || glued_particle(bare)) {
        return false;
    }
    // "Tuareg-led", "Iranian-backed": an adjective, not a name.
    if bare.contains('-') && !last.starts_with(char::is_uppercase) {
        return false;
    }
    // "Defense Minister", "Foreign Minister": part of a title.
    if !is_acronym(bare)
        && tokens.get(at + 1).is_some_and(|n| {
            n.is_capitalised() && rules.names.titles.contains(&n.text.to_lowercase())
        })
    {
        return false;
    }
    let lower = bare.to_lowercase();
    if GENERATIONS.contains(&lower.as_str()) {
        return false;
    }
    !(rules.names.ignore.contains(&lower)
        || rules.names.titles.contains(&lower)
        || is_month(bare)
        || is_weekday(bare))
}

/// A lower-case particle glued by a hyphen to a capitalised part: "al-Qaeda", "wal-Muslimin".
fn glued_particle(word: &str) -> bool {
    word.split_once('-')
        .is_some_and(|(_, rest)| rest.starts_with(char::is_uppercase))
}

/// The run of name words starting at `at`: capitalised words, particles between them, and —
/// for an organisation — "of", "for", "and", "the" between them.
fn name_run(tokens: &[Token<'_>], at: usize, rules: &RuleSet) -> Range<usize> {
    let particle = |t: &Token<'_>| {
        t.is_word && !t.is_capitalised() && rules.names.particles.contains(&t.text.to_lowercase())
    };
    let word = |i: usize| {
        i < tokens.len() && is_name_word(tokens, i, rules) && known_at(tokens, i, rules).is_none()
    };
    let mut end = at + 1;
    let mut org_join: Option<usize> = None;
    loop {
        if word(end) {
            end += 1;
            continue;
        }
        // A middle initial: "Michael D. Smith".
        let initial = |t: &Token<'_>| t.is_word && t.text.len() == 1 && t.is_capitalised();
        if end + 2 < tokens.len()
            && initial(&tokens[end - 1])
            && tokens[end].is_punct('.')
            && word(end + 1)
        {
            end += 2;
            continue;
        }
        // A short number between two name words is part of the name ("Channel 2 Action",
        // "Resolution 1701 Committee").
        let number = |t: &Token<'_>| {
            t.is_word && t.text.len() <= 4 && t.text.chars().all(|c| c.is_ascii_digit())
        };
        if end + 1 < tokens.len() && number(&tokens[end]) && word(end + 1) {
            end += 2;
            continue;
        }
        let mut j = end;
        while j < tokens.len()
            && (particle(&tokens[j]) || tokens[j].is_any(ORG_JOINERS))
            && j - end < 3
        {
            if !particle(&tokens[j]) {
                org_join.get_or_insert(j);
            }
            j += 1;
        }
        // After a joiner a known place may continue an organisation's name ("Alliance of
        // Sahel States"); the check below cuts the run if it is no organisation.
        if j > end && j < tokens.len() && is_name_word(tokens, j, rules) {
            end = j + 1;
        } else {
            break;
        }
    }
    // A trailing initial ("Michael D" before a full stop) is no part of the name.
    if end - at > 1 && tokens[end - 1].text.chars().count() == 1 {
        end -= 1;
    }
    if let Some(cut) = org_join {
        let org = |i: usize| {
            rules
                .names
                .organisation_words
                .contains(&strip_possessive(tokens[i].text).to_lowercase())
        };
        if !(org(at) || org(end - 1) || (at..cut).any(org)) {
            end = cut;
        }
    }
    at..end
}

/// Whether the token before `at` opens a sentence-like unit: a quote, a bracket, a colon, a
/// bullet or a dash.
fn opens_unit(tokens: &[Token<'_>], at: usize) -> bool {
    at > 0
        && !tokens[at - 1].is_word
        && tokens[at - 1]
            .text
            .starts_with(['“', '"', '«', '„', '(', ':', '‘', '•', '-', '–', '—', '|'])
}

/// A headline: three or more words of four letters or more, three in four of them capitalised,
/// and no full stop at the end ("Tinzaouatene Conflict: Heavy Losses for Wagner").
fn is_headline(tokens: &[Token<'_>]) -> bool {
    let words: Vec<&Token<'_>> = tokens
        .iter()
        .filter(|t| t.is_word && t.text.chars().next().is_some_and(char::is_alphabetic))
        .collect();
    let long: Vec<&&Token<'_>> = words
        .iter()
        .filter(|t| t.text.chars().count() > 3)
        .collect();
    // Headlines end without a full stop; a sentence dense with names still has one.
    let stop = tokens.last().is_some_and(|t| t.is_punct('.'));
    !stop
        && long.len() >= 3
        && long.iter().filter(|t| t.is_capitalised()).count() * 4 >= long.len() * 3
}

/// `“Long Name” (ACR)` starting at the opening quote `at`: the long name's tokens and the
/// closing quote's index.
fn quoted_definition(tokens: &[Token<'_>], at: usize) -> Option<(Range<usize>, usize)> {
    if !tokens[at].text.starts_with(['“', '"', '«']) {
        return None;
    }
    let close = (at + 1..tokens.len().min(at + 16))
        .find(|&i| tokens[i].text.starts_with(['”', '"', '»']))?;
    let inner = &tokens[at + 1..close];
    let acronym = tokens.get(close + 2)?;
    let fits = tokens[close + 1].is_punct('(')
        && tokens.get(close + 3).is_some_and(|t| t.is_punct(')'))
        && is_acronym(acronym.text);
    let capitals = inner.iter().filter(|t| t.is_capitalised()).count();
    (fits
        && capitals >= 2
        && inner.first().is_some_and(Token::is_capitalised)
        && initials_fit(acronym.text, inner))
    .then(|| {
        let mut end = close;
        while end > at + 1 && !tokens[end - 1].is_word {
            end -= 1;
        }
        (at + 1..end, close)
    })
}

/// Whether an acronym plausibly abbreviates a name: at least half its letters are initials of
/// the name's words. Loose on purpose: translated acronyms keep some letters, not their order
/// ("Alliance of Sahel States (ESA)"), while "Bamako (AFP)" shares none.
fn initials_fit(acronym: &str, words: &[Token<'_>]) -> bool {
    let initials: Vec<char> = words
        .iter()
        .filter(|t| t.is_word)
        .flat_map(|t| t.text.split('-'))
        .filter_map(|w| w.chars().next())
        .flat_map(char::to_uppercase)
        .collect();
    let letters: Vec<char> = acronym.chars().filter(|c| c.is_alphabetic()).collect();
    let hits = letters.iter().filter(|c| initials.contains(c)).count();
    !letters.is_empty() && hits * 2 >= letters.len()
}

/// The type of an unknown name from its words and the words around it.
fn classify(tokens: &[Token<'_>], run: Range<usize>, rules: &RuleSet) -> EntityType {
    let n = &rules.names;
    let word = |i: usize| strip_possessive(tokens[i].text).to_lowercase();
    if run.len() == 1 && is_acronym(strip_possessive(tokens[run.start].text)) {
        return EntityType::Organisation;
    }
    if n.organisation_words.contains(&word(run.end - 1))
        || n.organisation_words.contains(&word(run.start))
    {
        return EntityType::Organisation;
    }
    if title_before(tokens, run.start, rules).is_some()
        || apposition(tokens, run.end, rules).is_some()
    {
        return EntityType::Person;
    }
    if run.start > 0 && longest_match_ending(tokens, run.start, &n.place_cues).is_some() {
        return EntityType::Place;
    }
    if run.len() >= 2 && tokens[run.clone()].iter().any(|t| !t.is_capitalised()) {
        return EntityType::Person;
    }
    EntityType::Unknown
}

/// The title just before a name ("president", "commander in chief", "Mr."), skipping a period.
fn title_before(tokens: &[Token<'_>], start: usize, rules: &RuleSet) -> Option<String> {
    let mut end = start;
    if end > 0 && tokens[end - 1].is_punct('.') {
        end -= 1;
    }
    longest_match_ending(tokens, end, &rules.names.titles).map(|(t, _)| t.to_string())
}

/// An apposition after a name that names a role: ", spokesman for the CSP".
fn apposition(tokens: &[Token<'_>], end: usize, rules: &RuleSet) -> Option<String> {
    if !tokens.get(end).is_some_and(|t| t.is_punct(',')) {
        return None;
    }
    let (_, len) = longest_match(tokens, end + 1, &rules.names.titles)?;
    let stop = (end + 1 + len..tokens.len().min(end + 8))
        .find(|&i| !tokens[i].is_word)
        .unwrap_or(tokens.len().min(end + 8));
    let words: Vec<&str> = tokens[end + 1..stop].iter().map(|t| t.text).collect();
    Some(words.join(" "))
}

/// A person's role: the title before the name, else an apposition after it.
fn role(tokens: &[Token<'_>], run: Range<usize>, rules: &RuleSet) -> Option<String> {
    title_before(tokens, run.start, rules).or_else(|| apposition(tokens, run.end, rules))
}

/// The country a name is tied to: a place form up to four plain words before it ("Nigerien
/// rebel group …", "Niger's ousted president …"), else "of" and a place right after it.
fn affiliation(tokens: &[Token<'_>], run: Range<usize>, rules: &RuleSet) -> Option<Affiliation> {
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
                .all(|x| rules.names.titles.contains(&x.text.to_lowercase()));
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
        let lower = t.text.to_lowercase();
        let title = rules.names.titles.contains(&lower);
        if t.is_capitalised() && !title || PHRASE_BREAKS.contains(&lower.as_str()) {
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

#[cfg(test)]
mod tests;
