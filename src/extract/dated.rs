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
    let cues = Cues::new(tokens, find_cues(tokens, cue_index, rules));
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
        let (role, cue) = attach(tokens, range, &m.expr, &cues);
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

/// A sentence's cues, with what lets each date find its own without rescanning the sentence:
/// the cues are in text order and do not overlap, so the ones near a date are found by
/// bisection, and the facts about everything before a token are counted once.
struct Cues<'t, 's> {
    tokens: &'s [Token<'t>],
    all: Vec<Cue>,
    /// Indexes in `all` of the event words.
    events: Vec<usize>,
    /// For each token index `i`, how many of the first `i` tokens are quotation marks.
    quotes_before: Vec<usize>,
    /// How many tokens open the sentence as a dateline's do (capitals and commas), and the
    /// index of its first word.
    dateline: usize,
    first_word: usize,
    /// How many tokens open the sentence without a word other than a preposition.
    opening: usize,
}

impl<'t, 's> Cues<'t, 's> {
    fn new(tokens: &'s [Token<'t>], all: Vec<Cue>) -> Self {
        let events = (0..all.len()).filter(|&i| all[i].event.is_some()).collect();
        let mut quotes_before = Vec::with_capacity(tokens.len() + 1);
        quotes_before.push(0);
        for t in tokens {
            quotes_before
                .push(quotes_before.last().copied().unwrap_or(0) + usize::from(is_quote(t)));
        }
        let in_dateline = |t: &Token<'_>| {
            t.is_punct(',')
                || t.is_word
                    && t.text
                        .chars()
                        .all(|c| !c.is_alphabetic() || c.is_uppercase())
        };
        let prefix = |ok: &dyn Fn(&Token<'_>) -> bool| tokens.iter().take_while(|t| ok(t)).count();
        Cues {
            tokens,
            events,
            quotes_before,
            dateline: prefix(&in_dateline),
            first_word: tokens
                .iter()
                .position(|t| t.is_word)
                .unwrap_or(tokens.len()),
            opening: prefix(&|t| !t.is_word || t.is_any(PREPOSITIONS)),
            all,
        }
    }

    /// Whether a quotation mark stands among `tokens[range]`.
    fn quoted(&self, range: Range<usize>) -> bool {
        self.quotes_before[range.end] > self.quotes_before[range.start]
    }

    /// The index in `all` of the first cue that ends after token `at`.
    fn ending_after(&self, at: usize) -> usize {
        self.all.partition_point(|c| c.tokens.end <= at)
    }

    /// The index in `all` of the first cue that starts at or after token `at`.
    fn starting_from(&self, at: usize) -> usize {
        self.all.partition_point(|c| c.tokens.start < at)
    }
}

/// The role of the date at `date` (a token range), and the cue that decides it. Only cues
/// outside the date are considered.
fn attach<'c>(
    tokens: &[Token<'_>],
    date: Range<usize>,
    expr: &Expr,
    cues: &'c Cues<'_, '_>,
) -> (DateRole, Option<&'c Cue>) {
    let role = |c: &Cue| match c.event {
        Some(_) => DateRole::Event,
        None => DateRole::Reporting,
    };
    if is_dateline(cues, &date) {
        return (DateRole::Reporting, None);
    }
    let after = cues.all[cues.starting_from(date.end)..].first();
    // 2. An event word right after the date.
    if let Some(c) = after.filter(|c| c.tokens.start == date.end && c.event.is_some()) {
        return (DateRole::Event, Some(c));
    }
    // 3. A cue right before it, prepositions skipped.
    let mut before = date.start;
    while before > 0 && date.start - before < 2 && tokens[before - 1].is_any(PREPOSITIONS) {
        before -= 1;
    }
    let ending = cues.ending_after(before.saturating_sub(1));
    if let Some(c) = cues.all.get(ending).filter(|c| c.tokens.end == before) {
        return (role(c), Some(c));
    }
    if let Some(found) = report_before(tokens, &date, expr, cues) {
        return found;
    }
    // 5. A date opening the sentence governs the clause after it.
    let opens = date.start <= cues.opening;
    if opens && tokens.get(date.end).is_some_and(|t| t.is_punct(',')) {
        let reach = date.end + 1 + REPORT_REACH;
        let next = cues.all[cues.starting_from(date.end + 1)..].first();
        if let Some(c) = next.filter(|c| c.tokens.start <= reach) {
            return (role(c), Some(c));
        }
    }
    // 6. The nearest event word that no quotation mark separates from the date: a farther one
    // on the same side is separated whenever the nearest is.
    let events = &cues.events;
    let split = events.partition_point(|&i| cues.all[i].tokens.end <= date.start);
    let before = split.checked_sub(1).map(|k| &cues.all[events[k]]);
    let first_after = events.partition_point(|&i| cues.all[i].tokens.start < date.end);
    let after = events.get(first_after).map(|&i| &cues.all[i]);
    let nearest = before
        .filter(|c| !cues.quoted(c.tokens.end..date.start))
        .map(|c| ((date.start - c.tokens.end) * 2, c))
        .into_iter()
        .chain(
            after
                .filter(|c| !cues.quoted(date.end..c.tokens.start))
                .map(|c| ((c.tokens.start - date.end) * 2 + 1, c)),
        )
        .min_by_key(|&(distance, _)| distance);
    match nearest {
        Some((_, c)) => (DateRole::Event, Some(c)),
        None => (DateRole::Unattached, None),
    }
}

/// Rule 4: a reporting word shortly before the date, in the same clause; when an event word
/// stands between the two, the date is the report's only if it names a report's day.
fn report_before<'c>(
    tokens: &[Token<'_>],
    date: &Range<usize>,
    expr: &Expr,
    cues: &'c Cues<'_, '_>,
) -> Option<(DateRole, Option<&'c Cue>)> {
    // The cues ending before the date, nearest first, while within reach.
    let before = cues.all[..cues.ending_after(date.start)].iter().rev();
    let mut near = before.take_while(|c| date.start - c.tokens.end <= REPORT_REACH);
    let r =
        near.find(|c| c.event.is_none() && !breaks_clause(&tokens[c.tokens.end..date.start]))?;
    let from = cues.starting_from(r.tokens.end);
    let event_between = cues.all[from..]
        .iter()
        .take_while(|c| c.tokens.end <= date.start)
        .any(|c| c.event.is_some());
    (!event_between || names_a_report_day(expr)).then_some((DateRole::Reporting, Some(r)))
}

/// "BAMAKO, Nov 13 (Reuters) -": capitals and commas before the date, a bracket or dash after.
fn is_dateline(cues: &Cues<'_, '_>, date: &Range<usize>) -> bool {
    cues.first_word < date.start
        && date.start <= cues.dateline
        && (cues.tokens.get(date.end))
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
    // Tokens do not overlap and come in text order: both ends are found by bisection.
    let start = tokens.partition_point(|t| t.span.end <= span.start);
    let end = tokens.partition_point(|t| t.span.start < span.end);
    (start < end).then_some(start..end)
}

/// A warning for each distinct numeric date of `spans` (in text order) whose order of day and
/// month is open: "3:14: ambiguous numeric date "5/12": …". The first place it is written is
/// named; later ones of the same text add nothing.
pub(super) fn open_order_warnings(article: &Article, spans: &[Range<usize>]) -> Vec<Warning> {
    let mut seen: std::collections::HashSet<&str> = std::collections::HashSet::new();
    let mut warnings = Vec::new();
    for span in spans {
        let Some(text) = article.text.get(span.clone()) else {
            continue;
        };
        if !seen.insert(text) {
            continue;
        }
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
