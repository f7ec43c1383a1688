//! Date claims: every date expression of a sentence, placed on the calendar against the article's
//! publication date, with what it dates.
//!
//! A date dates an event when an event word of the rule set governs it, and a report when a
//! reporting word does ("told AFP on Monday", "In early August, rebels reported …"). The choice
//! is made on the tokens around the date, in this order:
//!
//! 1. a dateline ("BAMAKO, Nov 13 (Reuters) -") is a reporting date;
//! 2. an event word right after the date ("the late August meeting", "a 2020 coup");
//! 3. an event or reporting word right before it, prepositions skipped ("met in late August",
//!    "said on Monday", "was overthrown in a coup in July 2023");
//! 4. a reporting word up to six words before it in the same clause ("told AFP on Monday");
//!    when an event word stands between the two, the date is the report's only if it names a
//!    day the way reports are dated (a weekday, "yesterday"), else it is the event's;
//! 5. a date opening the sentence ("On August 25, drone strikes …") takes the first event or
//!    reporting word of the clause after it;
//! 6. else the nearest event word of the sentence that no quotation mark separates from it.
//!
//! A date nothing governs is `unattached`: it is listed but compared with nothing.

use std::ops::Range;

use crate::claim::{Claim, DateRole, Dated, Entity, Kind, Value};
use crate::dates::{DateMatch, Expr, Point, Unit, Unresolved, resolve};
use crate::error::Warning;
use crate::ingest::Article;
use crate::rules::RuleSet;
use crate::words::{PhraseIndex, Token, Vocab, joined};

/// Words skipped between a date and the word that governs it.
const PREPOSITIONS: &[&str] = &[
    "on",
    "in",
    "at",
    "of",
    "since",
    "from",
    "during",
    "by",
    "until",
    "till",
    "around",
    "about",
    "throughout",
    "between",
];

/// How far before a date a reporting word may stand (rule 4), and after a sentence-opening date
/// its clause is searched (rule 5), in tokens.
const REPORT_REACH: usize = 6;

/// An event or reporting word in a sentence.
struct Cue {
    tokens: Range<usize>,
    /// The event group, or `None` for a reporting word.
    event: Option<String>,
}

/// The date claims of one sentence. `dates` are the sentence's date expressions, `tokens` its
/// tokens and `entities` its names.
pub(super) fn date_claims(
    article: &Article,
    tokens: &[Token<'_>],
    dates: &[DateMatch],
    entities: &[Entity],
    cue_index: &CueIndex<'_>,
    rules: &RuleSet,
) -> Vec<Claim> {
    if dates.is_empty() {
        return Vec::new();
    }
    let cues = find_cues(tokens, cue_index, rules);
    let reference = article.published.as_ref().map(|p| p.date);
    let mut claims = Vec::new();
    for m in dates {
        let (value, unresolved, warning) = match resolve(&m.expr, reference, &rules.dates.parts) {
            Ok(r) => {
                let warning = r.wrong_weekday.map(|w| {
                    format!(
                        "the text says {w:?}, but {} was a {:?}",
                        r.value.start,
                        r.value.start.weekday()
                    )
                });
                (Some(r.value), None, warning)
            }
            Err(Unresolved::Impossible) => continue,
            Err(e @ Unresolved::NoReference) => (None, Some(e.to_string()), None),
        };
        // The tokens the date overlaps: a date may end inside a longer token ("2024-09-02T10").
        let Some(range) = overlapping(tokens, &m.span) else {
            continue;
        };
        let outside: Vec<&Cue> = cues
            .iter()
            .filter(|c| c.tokens.end <= range.start || c.tokens.start >= range.end)
            .collect();
        let (role, cue) = attach(tokens, range, &m.expr, &outside);
        let mut claim = super::new_claim(article, Kind::Date, m.span.clone(), Value::Date(value));
        claim.date = Some(Box::new(Dated {
            role,
            event: cue.and_then(|c| c.event.clone()),
            cue: cue.map(|c| joined(&tokens[c.tokens.clone()])),
            entities: entities.to_vec(),
            unresolved,
            warning,
        }));
        claims.push(claim);
    }
    claims
}

/// The rule phrases that govern dates, indexed once per article: event words (labelled with
/// their group's number), reporting words, and the phrases that look like events and are not.
pub(super) struct CueIndex<'r> {
    /// `events` of the rules, each phrase labelled with its group's number.
    pub events: PhraseIndex<'r>,
    reporting: PhraseIndex<'r>,
    not_events: PhraseIndex<'r>,
}

impl<'r> CueIndex<'r> {
    pub(super) fn new(rules: &'r RuleSet, vocab: &mut Vocab) -> Self {
        let events = rules
            .events
            .iter()
            .enumerate()
            .flat_map(|(n, g)| g.words.iter().map(move |w| (n, w.as_str())));
        let reporting = rules
            .casualties
            .attribution_verbs
            .iter()
            .chain(&rules.dates.reporting)
            .map(|w| (0, w.as_str()));
        let not_events = rules.dates.not_events.iter().map(|w| (0, w.as_str()));
        CueIndex {
            events: PhraseIndex::new(vocab, events),
            reporting: PhraseIndex::new(vocab, reporting),
            not_events: PhraseIndex::new(vocab, not_events),
        }
    }
}

/// Every event and reporting word of the sentence, left to right, longest phrase first; of an
/// event and a reporting phrase of one length, the reporting one.
fn find_cues(tokens: &[Token<'_>], index: &CueIndex<'_>, rules: &RuleSet) -> Vec<Cue> {
    let mut cues = Vec::new();
    let mut at = 0;
    while at < tokens.len() {
        if let Some((_, n)) = index.not_events.longest_at(tokens, at) {
            at += n;
            continue;
        }
        let event = index
            .events
            .longest_at(tokens, at)
            .map(|(group, n)| (n, Some(&rules.events[group].name)));
        let report = index
            .reporting
            .longest_at(tokens, at)
            .map(|(_, n)| (n, None));
        match event.into_iter().chain(report).max_by_key(|&(n, _)| n) {
            Some((n, event)) => {
                cues.push(Cue {
                    tokens: at..at + n,
                    event: event.cloned(),
                });
                at += n;
            }
            None => at += 1,
        }
    }
    cues
}

/// The role of the date at `date` (a token range), and the cue that decides it.
fn attach<'c>(
    tokens: &[Token<'_>],
    date: Range<usize>,
    expr: &Expr,
    cues: &[&'c Cue],
) -> (DateRole, Option<&'c Cue>) {
    let role = |c: &Cue| match c.event {
        Some(_) => DateRole::Event,
        None => DateRole::Reporting,
    };
    if is_dateline(tokens, &date) {
        return (DateRole::Reporting, None);
    }
    // 2. An event word right after the date.
    if let Some(c) = cues
        .iter()
        .find(|c| c.tokens.start == date.end && c.event.is_some())
    {
        return (DateRole::Event, Some(c));
    }
    // 3. A cue right before it, prepositions skipped.
    let mut before = date.start;
    while before > 0 && date.start - before < 2 && tokens[before - 1].is_any(PREPOSITIONS) {
        before -= 1;
    }
    if let Some(c) = cues.iter().find(|c| c.tokens.end == before) {
        return (role(c), Some(c));
    }
    // 4. A reporting word shortly before, in the same clause.
    let report = cues.iter().rev().find(|c| {
        c.event.is_none()
            && c.tokens.end <= date.start
            && date.start - c.tokens.end <= REPORT_REACH
            && !breaks_clause(&tokens[c.tokens.end..date.start])
    });
    if let Some(r) = report {
        let event_between = cues.iter().any(|c| {
            c.event.is_some() && c.tokens.start >= r.tokens.end && c.tokens.end <= date.start
        });
        if !event_between || names_a_report_day(expr) {
            return (DateRole::Reporting, Some(r));
        }
    }
    // 5. A date opening the sentence governs the clause after it.
    let opens = tokens[..date.start]
        .iter()
        .all(|t| !t.is_word || t.is_any(PREPOSITIONS));
    if opens && tokens.get(date.end).is_some_and(|t| t.is_punct(',')) {
        let reach = date.end + 1 + REPORT_REACH;
        if let Some(c) = cues
            .iter()
            .find(|c| c.tokens.start > date.end && c.tokens.start <= reach)
        {
            return (role(c), Some(c));
        }
    }
    // 6. The nearest event word that no quotation mark separates from the date.
    let nearest = cues
        .iter()
        .filter(|c| c.event.is_some())
        .filter_map(|c| {
            let (gap, between) = if c.tokens.end <= date.start {
                (date.start - c.tokens.end, c.tokens.end..date.start)
            } else {
                (c.tokens.start - date.end, date.end..c.tokens.start)
            };
            let quoted = tokens[between].iter().any(is_quote);
            // Ties go to the word before the date.
            (!quoted).then_some((gap * 2 + usize::from(c.tokens.start >= date.end), *c))
        })
        .min_by_key(|&(distance, _)| distance);
    match nearest {
        Some((_, c)) => (DateRole::Event, Some(c)),
        None => (DateRole::Unattached, None),
    }
}

/// "BAMAKO, Nov 13 (Reuters) -": capitals and commas before the date, a bracket or dash after.
fn is_dateline(tokens: &[Token<'_>], date: &Range<usize>) -> bool {
    let before = &tokens[..date.start];
    let capitals = before.iter().filter(|t| t.is_word).count();
    capitals > 0
        && before.iter().all(|t| {
            t.is_punct(',')
                || t.is_word
                    && t.text
                        .chars()
                        .all(|c| !c.is_alphabetic() || c.is_uppercase())
        })
        && tokens
            .get(date.end)
            .is_some_and(|t| t.is_punct('(') || t.is_punct('-') || t.is_punct('—'))
}

/// Whether the date names a day the way a report is dated: a weekday, "yesterday", "today".
fn names_a_report_day(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::Point(
            Point::Weekday { .. }
                | Point::Day {
                    weekday: Some(_),
                    ..
                }
                | Point::Relative {
                    unit: Unit::Day,
                    ..
                }
        )
    )
}

/// Words that open a new clause after a comma (", and the meeting ended …").
const CLAUSE_OPENERS: &[&str] = &[
    "and", "but", "while", "which", "who", "where", "as", "after",
];

/// Whether tokens hold a clause break: a quotation mark, a bracket, a semicolon, a colon, or a
/// comma before a conjunction or relative pronoun.
fn breaks_clause(between: &[Token<'_>]) -> bool {
    between.iter().enumerate().any(|(i, t)| {
        is_quote(t)
            || !t.is_word && t.text.starts_with(['(', ')', ';', ':'])
            || t.is_punct(',') && between.get(i + 1).is_some_and(|n| n.is_any(CLAUSE_OPENERS))
    })
}

fn is_quote(t: &Token<'_>) -> bool {
    !t.is_word && t.text.starts_with(['“', '”', '"', '‘', '’', '«', '»'])
}

/// The tokens that overlap a byte span.
fn overlapping(tokens: &[Token<'_>], span: &Range<usize>) -> Option<Range<usize>> {
    let start = tokens.iter().position(|t| t.span.end > span.start)?;
    let end = tokens.iter().rposition(|t| t.span.start < span.end)? + 1;
    (start < end).then_some(start..end)
}

/// A warning for each distinct numeric date of `spans` (in text order) whose order of day and
/// month is open: "3:14: ambiguous numeric date "5/12": …". The first place it is written is
/// named; later ones of the same text add nothing.
pub(super) fn open_order_warnings(article: &Article, spans: &[Range<usize>]) -> Vec<Warning> {
    let mut seen: Vec<&str> = Vec::new();
    let mut warnings = Vec::new();
    for span in spans {
        let Some(text) = article.text.get(span.clone()) else {
            continue;
        };
        if seen.contains(&text) {
            continue;
        }
        seen.push(text);
        let (line, column) = article.line_col(span.start);
        warnings.push(Warning {
            path: article.path.clone(),
            message: format!(
                "{line}:{column}: ambiguous numeric date \"{text}\": day and month order \
                 unknown; set dates.numeric_order to mdy or dmy"
            ),
        });
    }
    warnings
}
