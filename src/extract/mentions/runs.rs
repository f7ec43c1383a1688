//! Where a name starts and ends: which tokens may be part of one, how a run of them is joined
//! (particles, middle initials, numbers, an organisation's "of"), and the shapes around a name
//! that decide how it is read (a headline, a sentence-like opening, a quoted long name before
//! its acronym, an acronym that fits a name's initials).

use std::ops::Range;

use crate::extract::Indexes;
use crate::extract::forms::{
    glued_particle, is_acronym, is_calendar_word, is_contraction, known_at, strip_possessive,
};
use crate::words::Token;

/// Words that join capitalised words inside an organisation's name only.
const ORG_JOINERS: &[&str] = &["of", "for", "and", "the", "on", "in", "to"];

/// Generational suffixes: "Norris Greenhouse Jr." is "Norris Greenhouse", so that "Greenhouse"
/// alone is its short form.
const GENERATIONS: &[&str] = &["jr", "sr", "ii", "iii", "iv"];

/// Whether `tokens[at]` can be part of a name: capitalised (or an acronym, or a particle glued
/// to a capitalised part: "al-Qaeda"), not an ignored word, a month or a weekday.
pub(super) fn is_name_word(tokens: &[Token<'_>], at: usize, rules: &Indexes<'_>) -> bool {
    let t = &tokens[at];
    if !t.is_word || t.text.starts_with(|c: char| c.is_ascii_digit()) {
        return false;
    }
    let bare = strip_possessive(t.text);
    let acronym = is_acronym(bare);
    if !(t.is_capitalised() || acronym || glued_particle(bare)) || is_contraction(bare) {
        return false;
    }
    // "Tuareg-led", "Iranian-backed": an adjective, not a name.
    if let Some((_, last)) = bare.rsplit_once('-')
        && !last.starts_with(char::is_uppercase)
    {
        return false;
    }
    // "Defense Minister", "Foreign Minister": part of a title.
    if !acronym
        && tokens
            .get(at + 1)
            .is_some_and(|n| n.is_capitalised() && rules.names.title_words.contains(n.lower))
    {
        return false;
    }
    // No generation word lower-cases to anything but ASCII: ignoring ASCII case is enough.
    if bare.len() <= 3 && GENERATIONS.iter().any(|g| g.eq_ignore_ascii_case(bare)) {
        return false;
    }
    !(rules.names.ignore.contains(t.bare)
        || rules.names.title_words.contains(t.bare)
        || is_calendar_word(bare))
}

/// The run of name words starting at `at`: capitalised words, particles between them, and —
/// for an organisation — "of", "for", "and", "the" between them.
pub(super) fn name_run(tokens: &[Token<'_>], at: usize, rules: &Indexes<'_>) -> Range<usize> {
    let particle =
        |t: &Token<'_>| t.is_word && !t.is_capitalised() && rules.names.particles.contains(t.lower);
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
        let org = |i: usize| rules.names.organisation_words.contains(tokens[i].bare);
        if !(org(at) || org(end - 1) || (at..cut).any(org)) {
            end = cut;
        }
    }
    at..end
}

/// Whether the token before `at` opens a sentence-like unit: a quote, a bracket, a colon, a
/// bullet or a dash, or a full stop glued between a lower-case word and this one
/// ("…talking in.Investigators said"): a sentence the text ran on into the next.
pub(super) fn opens_unit(tokens: &[Token<'_>], at: usize) -> bool {
    at > 0
        && !tokens[at - 1].is_word
        && (tokens[at - 1]
            .text
            .starts_with(['“', '"', '«', '„', '(', ':', '‘', '•', '-', '–', '—', '|'])
            || glued_stop(tokens, at))
}

/// A full stop, question or exclamation mark at `at - 1` with no space on either side, after a
/// word in lower case.
fn glued_stop(tokens: &[Token<'_>], at: usize) -> bool {
    let (stop, before) = match at.checked_sub(2) {
        Some(b) => (&tokens[at - 1], &tokens[b]),
        None => return false,
    };
    stop.text.starts_with(['.', '?', '!'])
        && before.is_word
        && before.text.starts_with(char::is_lowercase)
        && before.span.end == stop.span.start
        && stop.span.end == tokens[at].span.start
}

/// Initials alone ("S", "N. J"): every word of the run one letter. A run that ends at a period
/// keeps the initial before it out, so these are what is left of "U.S." or "N.J.".
pub(super) fn only_initials(run: &[Token<'_>]) -> bool {
    run.iter()
        .filter(|t| t.is_word)
        .all(|t| t.text.chars().nth(1).is_none())
}

/// A line in capitals ("POLICE SAY ONE OF THOSE SHOOTING VICTIMS DIED."): three or more words
/// of four letters or more, three in four of them written in capitals only.
pub(super) fn is_shouted(tokens: &[Token<'_>]) -> bool {
    let (mut long, mut capitals) = (0, 0);
    for t in tokens {
        let is_long = t.text.len() > 3 && t.text.chars().nth(3).is_some();
        if t.is_word && is_long && t.text.chars().next().is_some_and(char::is_alphabetic) {
            long += 1;
            capitals += usize::from(!t.text.chars().any(char::is_lowercase));
        }
    }
    long >= 3 && capitals * 4 >= long * 3
}

/// A headline: three or more words of four letters or more, three in four of them capitalised,
/// and no full stop at the end ("Tinzaouatene Conflict: Heavy Losses for Wagner").
pub(super) fn is_headline(tokens: &[Token<'_>]) -> bool {
    // Headlines end without a full stop; a sentence dense with names still has one.
    if tokens.last().is_some_and(|t| t.is_punct('.')) {
        return false;
    }
    let (mut long, mut capitalised) = (0, 0);
    for t in tokens {
        // More than three characters: more than three bytes first, then counted.
        let is_long = t.text.len() > 3 && t.text.chars().nth(3).is_some();
        if t.is_word && is_long && t.text.chars().next().is_some_and(char::is_alphabetic) {
            long += 1;
            capitalised += usize::from(t.is_capitalised());
        }
    }
    long >= 3 && capitalised * 4 >= long * 3
}

/// `“Long Name” (ACR)` starting at the opening quote `at`: the long name's tokens and the
/// closing quote's index.
pub(super) fn quoted_definition(tokens: &[Token<'_>], at: usize) -> Option<(Range<usize>, usize)> {
    // A word never opens with a quotation mark: most tokens stop at the first test.
    if tokens[at].is_word || !tokens[at].text.starts_with(['“', '"', '«']) {
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
pub(super) fn initials_fit(acronym: &str, words: &[Token<'_>]) -> bool {
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
