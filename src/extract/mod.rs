//! Stage 3: sentences → claims.
//!
//! For each sentence the date parser finds every date expression and the number parser every
//! number expression. Dates become date claims (`dated`) with their role, event and the
//! sentence's names; counts next to an outcome become casualty claims, other counts quantity
//! claims. Numbers inside a date, years, ordinals, times, percentages and sums of money are not
//! counts. Each count gets its claimant and the sentence's event words. The parsers are
//! private: callers see [`Claim`]s with exact spans.

mod casualty;
mod claimant;
mod dated;
mod entities;
mod forms;
mod kept;
mod measure;
mod mentions;
pub(crate) mod numbers;
mod quotes;

use std::ops::Range;

use crate::claim::{Claim, Claimant, Kind, Lone, Value};
use crate::dates::{DateMatch, NumericOrder, find_dates_in};
use crate::error::Warning;
use crate::ingest::Article;
use crate::lex::word_starts;
use crate::rules::RuleSet;
use crate::segment::{Segmented, Sentence};
use crate::words::{PhraseIndex, Token, Vocab, WordSet, tokenize, tokens_in};
use claimant::Attributions;
use kept::{Spans, fractions_are_no_dates, glued, kept, measured_kind};
use numbers::{Lexicon, NumberMatch, NumberRole, find_numbers_at};

/// The rule set's words and phrases extraction looks up, compiled: every word of a rule list
/// has an id in `vocab`, phrases are id sequences indexed by a word, single-word lists are sets
/// of ids. Built once per rule set and shared by every article (and thread) of a run; building
/// them per article cost about 8 % of extraction.
pub(crate) struct Indexes<'r> {
    rules: &'r RuleSet,
    /// Every rule word, with its id; tokens are given their ids from it.
    vocab: Vocab,
    cues: dated::CueIndex<'r>,
    numbers: Lexicon<'r>,
    /// The names section's lists and the forms of known entities.
    names: forms::NameWords<'r>,
    /// Victim groups and outcomes.
    casualty: casualty::Words<'r>,
    /// The verbs that attribute a statement ("said", "claimed").
    attribution: WordSet,
    /// The measures' words, classes and qualifiers.
    measures: measure::Words<'r>,
}

impl<'r> Indexes<'r> {
    /// Indexes `rules`.
    pub(crate) fn new(rules: &'r RuleSet) -> Self {
        let mut vocab = Vocab::default();
        vocab.elide = rules.language == Some("fr");
        let cues = dated::CueIndex::new(rules, &mut vocab);
        let names = forms::NameWords::new(rules, &mut vocab);
        let casualty = casualty::Words::new(rules, &mut vocab);
        let verbs = rules.casualties.attribution_verbs.iter();
        let attribution = WordSet::new(&mut vocab, verbs.map(String::as_str));
        let measures = measure::Words::new(rules, &mut vocab);
        Indexes {
            rules,
            vocab,
            cues,
            numbers: Lexicon::new(&rules.numbers),
            names,
            casualty,
            attribution,
            measures,
        }
    }

    /// The tokens of `text[range]`, with their ids.
    pub(crate) fn tokenize<'t>(&self, text: &'t str, range: Range<usize>) -> Vec<Token<'t>> {
        tokenize(text, range, &self.vocab)
    }
}

/// Every claim of a segmented article, in text order (the unit tests' entry; a run indexes the
/// rules once and calls [`extract_with`]).
#[cfg(test)]
pub(crate) fn extract(article: &Article, segmented: &Segmented, rules: &RuleSet) -> Vec<Claim> {
    extract_with(article, segmented, &Indexes::new(rules)).0
}

/// Every claim of a segmented article, in text order, with the rule set indexed; and the
/// warnings of the text read: one for each distinct numeric date whose order of day and month
/// neither its numbers, the rules nor the article's language decide ("5/12"), which is not read.
pub(crate) fn extract_with(
    article: &Article,
    segmented: &Segmented,
    indexes: &Indexes<'_>,
) -> (Vec<Claim>, Vec<Warning>) {
    let reader = SentenceReader::new(article, indexes);
    let mut open = Vec::new();
    let mut claims = Vec::new();
    // The paragraph and claimant of the last claim that had one: the claimant finder may fall
    // back on it for later claims of the same paragraph.
    let mut previous: Option<(usize, Claimant)> = None;
    let mut names: Vec<(mentions::Found, &Sentence)> = Vec::new();
    for sentence in &segmented.sentences {
        let last = previous
            .as_ref()
            .filter(|(p, _)| *p == sentence.paragraph)
            .map(|(_, c)| c);
        let (sentence_claims, sentence_names) = reader.read(sentence, last, &mut open);
        names.extend(sentence_names.into_iter().map(|f| (f, sentence)));
        if let Some(c) = sentence_claims
            .iter()
            .rev()
            .find_map(|c| c.claimant.clone())
        {
            previous = Some((sentence.paragraph, *c));
        }
        claims.extend(sentence_claims);
    }
    claims.extend(name_claims(article, names, &reader.common));
    claims.extend(quote_claims(article, segmented, indexes, &reader.tokens));
    for claim in &mut claims {
        claim.sentence = excerpt(&article.text, &claim.sentence, &claim.span);
    }
    claims.sort_by_key(|c| (c.span.start, c.span.end, c.kind));
    // The claims outlive the article's text (they are kept for the whole story): the spare
    // room left by growing the vector would be kept with them.
    claims.shrink_to_fit();
    (claims, dated::open_order_warnings(article, &open))
}

/// Who a sentence's claims are attributed to: its attributions, and the claimant of an earlier
/// sentence of the paragraph that a pronoun may stand for.
type Who<'a> = (&'a Attributions<'a, 'a>, Option<&'a Claimant>);

/// The longest sentence a claim quotes whole as its evidence: far above any sentence of news
/// prose (the longest of the 4,040 GVC articles, a list without full stops, has 8,045 bytes).
const WHOLE_SENTENCE: usize = 16 * 1024;
/// A longer sentence is quoted as an excerpt around the claim: the step of [`EXCERPT_STEP`]
/// bytes holding the claim's start and one step either side, cut at spaces. Claims in one step
/// share their excerpt, so the evidence of a megabyte "sentence" stays about three times its
/// size, and each claim quotes about 3 KiB of it, not the whole.
const EXCERPT_STEP: usize = 1024;

/// The part of `sentence` a claim at `span` quotes as evidence: the whole sentence unless it is
/// longer than [`WHOLE_SENTENCE`].
fn excerpt(text: &str, sentence: &Range<usize>, span: &Range<usize>) -> Range<usize> {
    let inside = sentence.start <= span.start && span.end <= sentence.end;
    if sentence.len() <= WHOLE_SENTENCE || !inside {
        return sentence.clone();
    }
    let step = (span.start - sentence.start) / EXCERPT_STEP;
    let mut start = sentence.start + step.saturating_sub(1) * EXCERPT_STEP;
    let mut end = (sentence.start + (step + 2) * EXCERPT_STEP).clamp(span.end, sentence.end);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    while !text.is_char_boundary(end) {
        end += 1;
    }
    // Cut after a space before the claim and before a space after it, else at the claim.
    match text[start..span.start].find(char::is_whitespace) {
        Some(i) => start += i + 1,
        None => start = span.start,
    }
    match text[span.end..end].rfind(char::is_whitespace) {
        Some(i) => end = span.end + i,
        None => end = span.end,
    }
    // A space of more than one byte (a no-break space) is cut after as a whole.
    while !text.is_char_boundary(start) {
        start += 1;
    }
    start..end
}

/// A count among a sentence's numbers: its index there, its tokens, the number.
type Count<'m> = (usize, Range<usize>, &'m NumberMatch);

/// What each sentence of one article is read with.
struct SentenceReader<'a> {
    article: &'a Article,
    rules: &'a RuleSet,
    indexes: &'a Indexes<'a>,
    /// The tokens of the whole article; a sentence reads its slice.
    tokens: Vec<Token<'a>>,
    /// The words the article also writes in lower case (see [`mentions::mentions`]).
    common: mentions::LowerCase<'a>,
    /// The order of day and month in the article's numeric dates: the rules', or its language's.
    order: NumericOrder,
}

impl<'a> SentenceReader<'a> {
    fn new(article: &'a Article, indexes: &'a Indexes<'a>) -> Self {
        let tokens = indexes.tokenize(&article.text, 0..article.text.len());
        SentenceReader {
            article,
            rules: indexes.rules,
            indexes,
            common: mentions::lower_case_words(&tokens),
            tokens,
            order: indexes
                .rules
                .dates
                .numeric_order
                .for_language(article.meta.lang.as_deref()),
        }
    }

    /// The date, casualty and quantity claims of one sentence, and its name mentions (which
    /// become claims once the whole article has confirmed them). `last` is the claimant the
    /// claimant finder may fall back on; the spans of numeric dates left unread for their open
    /// order are added to `open`.
    fn read(
        &self,
        sentence: &Sentence,
        last: Option<&Claimant>,
        open: &mut Vec<Range<usize>>,
    ) -> (Vec<Claim>, Vec<mentions::Found>) {
        let text = &self.article.text;
        let tokens = tokens_in(
            &self.tokens,
            text,
            sentence.span.clone(),
            &self.indexes.vocab,
        );
        // Both walks visit the same word starts: they are found once.
        let unread = open.len();
        let (numbers, dates) = match text.get(sentence.span.clone()) {
            Some(words) => {
                let starts = word_starts(words);
                let base = sentence.span.start;
                (
                    find_numbers_at(words, base, &starts, &self.indexes.numbers),
                    find_dates_in(
                        self.rules.language,
                        words,
                        base,
                        &starts,
                        &self.rules.dates,
                        self.order,
                        open,
                    ),
                )
            }
            None => (Vec::new(), Vec::new()),
        };
        fractions_are_no_dates(open, unread, &numbers);
        let mut names = mentions::mentions(&tokens, self.indexes, &self.common);
        // "USD 300", "Rs 30 lakh": a currency code inside a sum of money names no one.
        names.retain(|n| {
            !numbers.iter().any(|m| {
                m.role == NumberRole::Money
                    && m.span.start <= n.span.start
                    && n.span.end <= m.span.end
            })
        });
        let spans = (
            &Spans::new(dates.iter().map(|d| d.span.clone())),
            &Spans::new(
                names
                    .iter()
                    .filter(|n| !n.uncertain)
                    .map(|n| n.span.clone()),
            ),
        );
        let counts = kept(text, &tokens, &numbers, spans, |r| r == NumberRole::Count);
        let lengths = kept(text, &tokens, &numbers, spans, |r| r == NumberRole::Measure);
        let measured = kept(text, &tokens, &numbers, spans, |r| {
            r != NumberRole::Measure && measured_kind(r).is_some()
        });
        let events = events(&tokens, &self.indexes.cues.events, self.rules);
        let ages = kept(text, &tokens, &numbers, spans, |r| r == NumberRole::Age);
        let year = self.article.published.as_ref().map(|p| p.date.year());
        let hits = casualty::find(&tokens, &counts, &ages, year, self.indexes);
        // The numbers the casualty finder took, then those a measure took, looked up once per
        // figure. The age of a victim named with it ("Jo Hale, 19, died") stays the person's
        // age as well.
        let mut taken: Vec<usize> = (hits.iter())
            .filter(|h| h.casualty.lone != Some(Lone::Named))
            .filter_map(|h| h.number)
            .collect();
        taken.sort_unstable();
        // A number glued to a word ("a 20-month term") is a figure only of a span of time.
        let glued = glued(&tokens, &numbers);
        let figures = measure_figures(&[&counts, &lengths, &measured, &glued], &taken);
        let measures = measure::find(&tokens, &figures, &names, spans.0, year, self.indexes);
        let who = (&Attributions::new(text, &tokens, self.indexes), last);
        let mut claims = self.date_claims(&tokens, &dates, who);
        claims.extend(self.casualty_claims(&tokens, &hits, who));
        claims.extend(self.measure_claims(&tokens, &figures, &measures, who));
        taken.extend(measures.iter().map(|h| h.number));
        taken.sort_unstable();
        claims.extend(self.quantity_claims(&tokens, &counts, &taken, who));
        claims.extend(self.quantity_claims(&tokens, &lengths, &taken, who));
        claims.extend(self.measured_claims(&measured, &taken, who));
        for claim in &mut claims {
            claim.events = events.clone();
            claim.sentence = sentence.span.clone();
            claim.teaser = sentence.teaser;
        }
        (claims, names)
    }

    /// The date claims of a sentence, with the sentence's names and their claimants.
    fn date_claims(
        &self,
        tokens: &[Token<'_>],
        dates: &[DateMatch],
        (attributions, last): Who<'_>,
    ) -> Vec<Claim> {
        if dates.is_empty() {
            return Vec::new();
        }
        let names = entities::entities(tokens, self.indexes);
        let mut claims = dated::date_claims(
            self.article,
            tokens,
            dates,
            &names,
            &self.indexes.cues,
            self.rules,
        );
        for claim in &mut claims {
            // A date has a claimant too: "the army said the attack began on Monday".
            if let Some(range) = token_range(tokens, &claim.span) {
                claim.claimant = attributions.claimant_of(range, last).map(Box::new);
            }
        }
        claims
    }

    /// A casualty claim for each hit of the casualty finder, with its claimant.
    fn casualty_claims(
        &self,
        tokens: &[Token<'_>],
        hits: &[casualty::Hit],
        (attributions, last): Who<'_>,
    ) -> Vec<Claim> {
        hits.iter()
            .map(|hit| {
                let claimant = attributions.claimant_of(hit.tokens.clone(), last);
                let span = tokens[hit.tokens.start].span.start..tokens[hit.tokens.end - 1].span.end;
                let mut claim = new_claim(
                    self.article,
                    Kind::CasualtyCount,
                    span,
                    Value::Number(hit.value.clone()),
                );
                claim.claimant = claimant.map(Box::new);
                claim.casualty = Some(Box::new(hit.casualty.clone()));
                claim
            })
            .collect()
    }

    /// A quantity claim for each count no casualty hit took, with what it counts and its
    /// claimant. A length or weight counts its unit as any number counts a noun: "55 miles".
    fn quantity_claims(
        &self,
        tokens: &[Token<'_>],
        counts: &[Count<'_>],
        taken: &[usize],
        (attributions, last): Who<'_>,
    ) -> Vec<Claim> {
        counts
            .iter()
            .filter(|(index, _, _)| taken.binary_search(index).is_err())
            .map(|(_, range, m)| {
                // A length's unit is its counted noun ("55 miles"): it is read after the numeral.
                let numeral_end = match m.role {
                    NumberRole::Measure => tokens[range.clone()]
                        .iter()
                        .position(|t| t.span.start >= m.number_span.end)
                        .map_or(range.end, |i| range.start + i),
                    _ => range.end,
                };
                let (counted, end) = counted_noun(tokens, numeral_end);
                let end = end.map_or(m.span.end, |e| tokens[e - 1].span.end.max(m.span.end));
                let span = m.span.start..end;
                let mut claim = new_claim(
                    self.article,
                    Kind::Quantity,
                    span,
                    Value::Number(m.value.clone()),
                );
                claim.claimant = attributions.claimant_of(range.clone(), last).map(Box::new);
                claim.counted = counted;
                claim
            })
            .collect()
    }

    /// A claim of kind `measure` for each figure a measure took, with its claimant: the
    /// subject of a verb that puts the figure on the measure ("organisers put the crowd at"),
    /// else the sentence's attribution. Its surface runs from the figure to the measure's words
    /// when those follow within the figure's noun phrase ("12 protesters were arrested" is "12
    /// protesters"), and is the figure alone otherwise.
    fn measure_claims(
        &self,
        tokens: &[Token<'_>],
        figures: &[Count<'_>],
        hits: &[measure::Hit],
        (attributions, last): Who<'_>,
    ) -> Vec<Claim> {
        let text = &self.article.text;
        hits.iter()
            .filter_map(|hit| {
                let (_, range, m) = figures.iter().find(|(i, _, _)| *i == hit.number)?;
                let (_, end) = counted_noun(&tokens[..hit.noun_end], range.end);
                let end = end.map_or(m.span.end, |e| tokens[e - 1].span.end.max(m.span.end));
                // A numeral glued to its unit shows with it: "15-month".
                let span = m.span.start..end.max(tokens[range.end - 1].span.end);
                let mut value = m.value.clone();
                value.unit = hit.unit.or(value.unit);
                let mut claim = new_claim(self.article, Kind::Measure, span, Value::Number(value));
                let named = (hit.estimate_verb)
                    .and_then(|v| claimant::subject_of(text, tokens, v, self.indexes));
                claim.claimant = named
                    .or_else(|| attributions.claimant_of(range.clone(), last))
                    .map(Box::new);
                claim.measure = Some(Box::new(hit.measured.clone()));
                Some(claim)
            })
            .collect()
    }

    /// A claim for each share, sum of money, rank, age or decimal no measure took, with its
    /// claimant. What a decimal counts is not read: it is no count.
    fn measured_claims(
        &self,
        measured: &[Count<'_>],
        taken: &[usize],
        (attributions, last): Who<'_>,
    ) -> Vec<Claim> {
        let measured = measured
            .iter()
            .filter(|(index, _, _)| taken.binary_search(index).is_err());
        let claims = measured.filter_map(|(_, range, m)| {
            let kind = measured_kind(m.role)?;
            let mut claim = new_claim(
                self.article,
                kind,
                m.span.clone(),
                Value::Number(m.value.clone()),
            );
            claim.claimant = attributions.claimant_of(range.clone(), last).map(Box::new);
            Some(claim)
        });
        claims.collect()
    }
}

/// The figures a measure may take, in text order: the counts, lengths and other measured numbers
/// of a sentence that no casualty count took (`taken`, sorted).
fn measure_figures<'m>(lists: &[&[Count<'m>]], taken: &[usize]) -> Vec<Count<'m>> {
    let mut figures: Vec<Count<'m>> = (lists.iter().flat_map(|l| l.iter()))
        .filter(|(index, _, _)| taken.binary_search(index).is_err())
        .cloned()
        .collect();
    figures.sort_by_key(|(index, _, _)| *index);
    figures
}

/// Quote claims: each quotation with its speaker as claimant.
fn quote_claims(
    article: &Article,
    segmented: &Segmented,
    indexes: &Indexes<'_>,
    tokens: &[Token<'_>],
) -> Vec<Claim> {
    let teaser = |at: usize| {
        segmented
            .sentences
            .iter()
            .any(|s| s.teaser && s.span.contains(&at))
    };
    quotes::quotes(&article.text, segmented, indexes, tokens)
        .into_iter()
        .map(|q| {
            let teaser = teaser(q.span.start);
            let mut claim = new_claim(
                article,
                Kind::Quote,
                q.span,
                Value::Quote(Box::new(q.quote)),
            );
            claim.claimant = q.speaker.map(Box::new);
            claim.sentence = q.sentence;
            claim.teaser = teaser;
            claim
        })
        .collect()
}

/// Name claims from the article's mentions, uncertain ones kept only when confirmed.
fn name_claims(
    article: &Article,
    found: Vec<(mentions::Found, &Sentence)>,
    common: &mentions::LowerCase<'_>,
) -> Vec<Claim> {
    let (mut found, sentences): (Vec<mentions::Found>, Vec<&Sentence>) = found.into_iter().unzip();
    let keep = mentions::confirm(&mut found, common);
    found
        .into_iter()
        .zip(sentences)
        .zip(keep)
        .filter(|(_, keep)| *keep)
        .map(|((f, sentence), _)| {
            let mut claim = new_claim(
                article,
                Kind::Name,
                f.span,
                Value::Name(Box::new(f.mention)),
            );
            claim.sentence = sentence.span.clone();
            claim.teaser = sentence.teaser;
            claim
        })
        .collect()
}

/// A claim of `kind` at `span` with `value`, its surface, line and column taken from the
/// article; the callers fill in the rest.
pub(super) fn new_claim(article: &Article, kind: Kind, span: Range<usize>, value: Value) -> Claim {
    let (line, column) = article.line_col(span.start);
    Claim {
        kind,
        surface: article.text[span.clone()].to_string(),
        span,
        line,
        column,
        value,
        claimant: None,
        casualty: None,
        date: None,
        measure: None,
        counted: None,
        events: Vec::new(),
        sentence: 0..0,
        teaser: false,
    }
}

/// The tokens a byte span covers.
pub(super) fn token_range(tokens: &[Token<'_>], span: &Range<usize>) -> Option<Range<usize>> {
    // Tokens do not overlap and come in text order: both ends are found by bisection.
    let start = tokens.partition_point(|t| t.span.start < span.start);
    let end = tokens.partition_point(|t| t.span.end <= span.end);
    (start < end).then_some(start..end)
}

/// Words that cannot be what a number counts.
const NOT_COUNTED: &[&str] = &[
    "and", "or", "of", "the", "a", "an", "in", "on", "at", "to", "from", "by", "with", "for",
    "was", "were", "is", "are", "have", "has", "had", "be", "been", "that", "which", "who",
];

/// The noun a quantity counts: up to three words after it, ending at the first plural-looking
/// word ("25,000 people", "1,100 soldiers", "84 Russian Wagner mercenaries").
fn counted_noun(tokens: &[Token<'_>], from: usize) -> (Option<String>, Option<usize>) {
    let mut at = from;
    if tokens.get(at).is_some_and(|t| t.is("of")) {
        at += 1;
    }
    for (end, t) in tokens.iter().enumerate().skip(at).take(3) {
        if !t.is_word || t.is_any(NOT_COUNTED) || t.text.starts_with(|c: char| c.is_ascii_digit()) {
            break;
        }
        let lower = t.text.to_lowercase();
        let plural = lower.ends_with('s') && !lower.ends_with("ss")
            || matches!(
                lower.as_str(),
                "people" | "children" | "men" | "women" | "police"
            );
        if plural {
            return (Some(lower), Some(end + 1));
        }
    }
    (None, None)
}

/// The event groups named anywhere in the sentence, sorted. `index` holds the event phrases
/// labelled with their group's number.
fn events(tokens: &[Token<'_>], index: &PhraseIndex<'_>, rules: &RuleSet) -> Vec<String> {
    let mut named = vec![false; rules.events.len()];
    for i in 0..tokens.len() {
        for (group, phrase) in index.candidates(tokens, i) {
            if !named[group] && phrase.len_at(tokens, i) > 0 {
                named[group] = true;
            }
        }
    }
    let mut found: Vec<String> = (rules.events.iter().zip(named))
        .filter(|(_, named)| *named)
        .map(|(g, _)| g.name.clone())
        .collect();
    found.sort();
    found
}

#[cfg(test)]
mod tests;
