//! The date grammar: nom parsers from text to [`Expr`], tried at every word start.
//!
//! At one word start the forms are tried longest first: a range ("from August 25 to 29",
//! "Nov 17-Dec 20, 2013", "between 2012 and 2015", "2014-15"), a weekday with or without its
//! date ("Monday, September 2", "Tuesday of last week"), a part ("late August", "the end of
//! July", "early next year", "the late 1990s"), a quarter, a relative day or unit ("two days
//! ago", "last week"), then single days, months, decades and years. A match moves the walk past
//! its end.
//!
//! This file owns the walk: it keeps off words no date can start with ([`may_open`]), asks
//! `guards` whether the longest form at a word start is a date in its context, and moves on.
//! The forms are parsed apart: `ranges` (two ends and what joins them), `points` (one day,
//! month, part, quarter, weekday, relative day, decade or year) and `pieces` (the month names,
//! day numbers, years and written days both are built from).
//!
//! Impossible days ("February 30", "April 31", "29 February 2023", "2024-13-01") are not dates:
//! a written year must have the day, and a year-less day must exist in some year (a leap one).
//! The walk skips such an expression whole, so that no part of it ("February" of "February 30",
//! "2024" of "2024-13-01") is read on its own; two year-shaped numbers that make no range of
//! years ("from 1500 to 2000") are skipped the same way.

mod counted;
mod ends;
mod guards;
mod holidays;
mod joined;
mod loose;
mod numeric;
mod ordinals;
mod periods;
mod pieces;
mod points;
mod ranges;
mod slices;
mod spans;
mod spoken;
mod units;
mod weekdays;
mod weekof;
mod weeks;

use std::ops::Range;

use std::sync::LazyLock;

use super::calendar::{MONTHS, WEEKDAY_ABBREVIATIONS, WEEKDAYS, is_weekday, month_number};
use super::{DateRules, Expr, NumericOrder, Point};
use crate::lex::{Lead, Start, Words, is_currency, keyword, lead, previous_word, word_starts};
use crate::words::numerals::NUMBER_WORDS;
use counted::{COUNT_WORDS, unit_word};
use guards::{Context, Step, date_at};

/// A date expression at byte `span` of the scanned sentence.
pub(super) struct Found {
    /// Byte span in the sentence.
    pub span: Range<usize>,
    /// What was written.
    pub expr: Expr,
}

/// Every date expression of `s`, left to right.
pub(super) fn scan(s: &str) -> Vec<Found> {
    let rules = DateRules::default();
    scan_at(
        s,
        &word_starts(s),
        &rules,
        rules.numeric_order,
        &mut Vec::new(),
    )
}

/// Every date expression of `s`, left to right, walking its word starts `starts` (from
/// [`word_starts`]). A currency sign opens no date: its starts are passed over. The names of
/// the rules' holidays are tried first, with what may come around them ("Thanksgiving 2013",
/// "next Easter", "Memorial Day weekend": [`holidays`]); a numeric
/// day whose numbers leave its order open is read in `order` (the rules' `numeric_order`, or the
/// one the article's language decides), or under `auto` skipped, its span added to `open` (but
/// for a fraction after a whole number, "3 1/2").
pub(super) fn scan_at(
    s: &str,
    starts: &[Start<'_>],
    rules: &DateRules,
    order: NumericOrder,
    open: &mut Vec<Range<usize>>,
) -> Vec<Found> {
    let holidays = &rules.holidays;
    let mut found = Vec::new();
    let mut from = 0;
    for &Start { at: start, lead } in starts {
        if start < from {
            continue;
        }
        if let Some((len, holiday)) = (!holidays.is_empty())
            .then(|| holidays::holiday_at(&s[start..], lead, holidays))
            .flatten()
        {
            found.push(Found {
                span: start..start + len,
                expr: Expr::Point(holiday),
            });
            from = start + len;
            continue;
        }
        if !may_open(&s[start..], lead) {
            continue;
        }
        let context = Context {
            prev: previous_word(s, start),
            before: &s[..start],
            hedges: &rules.amount_hedges,
            sign_before: s[..start]
                .trim_end()
                .chars()
                .next_back()
                .is_some_and(is_currency),
            glued_before: s[..start]
                .chars()
                .next_back()
                .is_some_and(|c| matches!(c, '/' | '-' | '.') || c.is_alphanumeric()),
        };
        from = match date_at(&s[start..], &context) {
            Step::Date(len, Expr::Point(p @ Point::NumericDay { .. })) => {
                if order == NumericOrder::Auto {
                    // "3 1/2 years": after a whole number it is a fraction, no date at all.
                    let whole = context.prev.bytes().all(|b| b.is_ascii_digit());
                    if context.prev.is_empty() || !whole {
                        open.push(start..start + len);
                    }
                } else if let Some(p) = numeric::ordered(p, order) {
                    found.push(Found {
                        span: start..start + len,
                        expr: Expr::Point(p),
                    });
                }
                start + len
            }
            Step::Date(len, expr) => {
                found.push(Found {
                    span: start..start + len,
                    expr,
                });
                start + len
            }
            Step::Skip(len) => start + len,
            Step::Next => continue,
        };
    }
    found
}

/// Words that open a date form other than by a digit, a month or a weekday: the range
/// introducers, the modifiers of weekdays, months and units ("last Friday", "this week"), parts
/// ("the end of", "early", "mid-"), quarter ordinals, relative days and "a"/"an" of "… ago"
/// (its number words are [`COUNT_WORDS`]), each with what must follow it for a form to go on
/// ([`Opens`]); the loose forms' are [`loose::OPENERS`]. [`may_open`] keeps the walk off every
/// other word; a form that starts with a new word must add it here (the unit test `every_date_start_passes_the_prefilter` checks this on
/// real text).
const OPENERS: &[(&str, Opens)] = &[
    ("from", Opens::Before(goes_on)),
    ("between", Opens::Before(goes_on)),
    ("this", Opens::Before(goes_on)),
    ("last", Opens::Before(goes_on)),
    ("past", Opens::Before(goes_on)),
    ("next", Opens::Before(goes_on)),
    ("coming", Opens::Before(goes_on)),
    ("upcoming", Opens::Before(goes_on)),
    ("current", Opens::Before(unit)),
    ("within", Opens::Before(goes_on)),
    ("earlier", Opens::Before(this_or_in)),
    ("later", Opens::Before(this_or_in)),
    ("rest", Opens::Before(of)),
    ("in", Opens::Before(count)),
    ("the", Opens::Before(after_the)),
    ("beginning", Opens::Before(of)),
    ("start", Opens::Before(of)),
    ("middle", Opens::Before(of)),
    ("end", Opens::Before(of)),
    ("early", Opens::Before(goes_on)),
    ("late", Opens::Before(goes_on)),
    ("mid", Opens::Always),
    ("twenty", Opens::Joined(ordinal_after_tens)),
    ("thirty", Opens::Joined(ordinal_after_tens)),
    ("thirtieth", Opens::Before(after_ordinal)),
    ("today", Opens::Always),
    ("tonight", Opens::Always),
    ("yesterday", Opens::Always),
    ("tomorrow", Opens::Always),
    ("tmrw", Opens::Always),
    ("eoy", Opens::Always),
    ("a", Opens::Before(unit)),
    ("an", Opens::Before(unit)),
];

/// Where a word may open a date, and whether it is a number word (which may also open a day or
/// a year in words: [`spoken::opens_date`]).
#[derive(Clone, Copy, Default)]
struct Opener {
    /// What must follow the word as a date word of its own.
    opens: Opens,
    /// Whether the word is a number word below a hundred.
    number: bool,
    /// Whether, after a word that leads into a date, the word goes on as a date only where one
    /// opens at it ([`LEAD_INS`]); the other words of the table go on as one wherever they
    /// stand ([`goes_on`]).
    lead_in: bool,
}

/// Where a word may open a date.
#[derive(Clone, Copy, Default)]
enum Opens {
    /// Wherever it stands: a month or weekday name, "last", "from" …
    #[default]
    Always,
    /// Only when a gap and a word this test accepts follow it: every form that goes on after
    /// the word does so after a gap ("the end of", "a week ago", "third quarter").
    Before(fn(&str) -> bool),
    /// Only when the text right after the word passes this test ("twenty" of "twenty-first").
    Joined(fn(&str) -> bool),
    /// Nowhere but as a number word ("nineteen" of "nineteen ninety-six") or after a word that
    /// leads into a date ("last night": [`DATE_NOUNS`]).
    Never,
}

/// What may follow "the" in a date: a decade or quarter in digits ("the 1990s", "the 1st
/// quarter", "the '90s"), a decade in words ("the seventies", "the nineteen seventies"), a part
/// ("the end of", "the late 1990s", "the mid-1990s"), a quarter ordinal, or the relative days
/// ("the day before yesterday", "the weekend").
fn after_the(rest: &str) -> bool {
    const WORDS: &[&str] = &[
        "beginning",
        "start",
        "middle",
        "end",
        "early",
        "late",
        "mid",
        "first",
        "second",
        "third",
        "fourth",
        "fifth",
        "next",
        "past",
        "last",
        "final",
        "coming",
        "upcoming",
        "week",
        "rest",
        "day",
        "weekend",
        "weekends",
    ];
    match lead(rest) {
        Lead::Ascii(word) => {
            word.starts_with(|c: char| c.is_ascii_digit()) && number_goes_on(rest, word)
                || WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
                || pieces::day_ordinal_word(rest).is_ok()
                || weeks::unit_after(rest)
                || periods::opens_decade(word)
                || loose::after_the(rest)
        }
        Lead::Other => true,
        // "the '90s".
        Lead::Sign => rest.starts_with(['\'', '’']),
    }
}

/// "this" or "in" after "earlier" or "later" ("earlier this month", "later in the year").
fn this_or_in(rest: &str) -> bool {
    keyword("this", rest).is_ok() || keyword("in", rest).is_ok()
}

/// "of" after a part noun ("the end of").
fn of(rest: &str) -> bool {
    keyword("of", rest).is_ok()
}

/// What may follow an ordinal word in a date: "quarter" ("third quarter"), "half", "week",
/// "century", "day" ("the first day of"), "of" ("the third of March") or a weekday ("the second
/// Monday of").
fn after_ordinal(rest: &str) -> bool {
    match lead(rest) {
        Lead::Ascii(word) => {
            ["quarter", "half", "week", "day", "of", "century"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word))
                || is_weekday(word)
        }
        _ => false,
    }
}

/// A hyphen or gap and an ordinal word after "twenty" or "thirty" ("twenty-first").
fn ordinal_after_tens(after: &str) -> bool {
    let rest = after.strip_prefix('-').unwrap_or(after).trim_start();
    rest.len() < after.len() && pieces::day_ordinal_word(rest).is_ok()
}

/// A unit after the count of "… ago" ("a week ago", "a decade ago"), or what follows a count
/// in the loose forms ("a few days", "4 upcoming decades", "a couple of weeks").
fn unit(rest: &str) -> bool {
    unit_word(rest).is_ok()
        || units::many_units(rest).is_ok()
        || loose::after_count(rest)
        || counted::plural_weekday(rest).is_some()
}

/// A count of "in two weeks' time" ("two", "2", "a") that a date goes on after ("in a week",
/// not "in a statement": [`goes_on`]).
fn count(rest: &str) -> bool {
    counted::small_count(rest).is_ok() && goes_on(rest)
}

/// Words that lead into a date and need one of their own after them: "a", "an", "the", "in",
/// "for" go on as a date only where a date may open at them ("from the middle of June", "for a
/// week"; not "from the police", "in a statement"). Their own tests after them never lead back
/// to [`goes_on`] but through a count, so the test ends.
const LEAD_INS: &[&str] = &["a", "an", "the", "in", "for"];

/// Words that carry a date after a word leading into one, though no date opens with them: the
/// units counted ("last week", "the past two decades", "this weekend"), the parts of a day
/// ("this morning", "last night") and the ends of a range that runs to now ("from 2019 to the
/// present").
const DATE_NOUNS: &[&str] = &[
    "day",
    "days",
    "week",
    "weeks",
    "weekend",
    "weekends",
    "month",
    "months",
    "quarter",
    "quarters",
    "year",
    "years",
    "wk",
    "wks",
    "qtr",
    "qtrs",
    "yr",
    "yrs",
    "fortnight",
    "fortnights",
    "decade",
    "decades",
    "century",
    "centuries",
    "morning",
    "afternoon",
    "evening",
    "night",
    "now",
    "date",
    "present",
];

/// Whether the text after a word that leads into a date ("from", "between", "this", "last",
/// "next", "past", "coming", "within", "early", "late", and a count after "in" or "for") goes
/// on as one: with a digit, a word a date may open with ([`OPENING`]), one of the
/// [`DATE_NOUNS`], a word beyond ASCII or an apostrophe ("from '90s"). "a", "an", "the", "in"
/// and "for" ([`LEAD_INS`]) go on as one only where a date opens at them, or before a digit or
/// one of the [`DATE_NOUNS`] ("in a decade"). "from the police", "this is", "next to", "last
/// of", "early on", "in a statement" are turned away before the grammar is tried; a form whose
/// second word is none of these must add it to [`DATE_NOUNS`].
fn goes_on(rest: &str) -> bool {
    let word = match lead(rest) {
        Lead::Ascii(word) => word,
        Lead::Other => return true,
        Lead::Sign => return rest.starts_with(['\'', '’']),
    };
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    match OPENING.get(word) {
        Some(Opener { lead_in: false, .. }) => true,
        Some(_) => may_open(rest, Lead::Ascii(word)) || noun_after(&rest[word.len()..]),
        // "Q3", "H1", "Oct2".
        None => may_open(rest, Lead::Ascii(word)),
    }
}

/// Words that may join a number of one to three digits to the rest of a date: the ranges'
/// connectors ("25 to 29 August", "9 through 12 May", "between 3 and 5 June"), "of" ("4 of
/// July") and "or" ("3 or 4 days ago").
const AFTER_NUMBER: &[&str] = &["to", "and", "through", "thru", "until", "till", "of", "or"];

/// Whether the number that opens `i` (its first run of ASCII letters and digits is `word`) may
/// open a date. A year ("2024"), a number with letters glued on ("12th", "90s", "3Aug") or one
/// of more than three digits always may. A number of one to three digits is no date before a
/// plain word (a year has four digits, a day before a word its month), so it needs what a date
/// goes on with: a sign glued on ("4/22", "3. Feb. 2011"; after a dash, a digit or a month:
/// "25-29", "05-Aug-2016"), or after a gap a digit, a word a date may open with or a unit
/// ([`OPENING`], [`DATE_NOUNS`]: "25 August", "3 months ago", "4 upcoming decades"), a weekday
/// counted ("3 Fridays"), a joining word ([`AFTER_NUMBER`]), a sign or the end ("on the 27.").
/// "12 people", "12-year-old", "10%" and "10 percent" are turned away here.
fn number_goes_on(i: &str, word: &str) -> bool {
    if word.len() > 3 || !word.bytes().all(|b| b.is_ascii_digit()) {
        return true;
    }
    let after = &i[word.len()..];
    let rest = after.trim_start();
    if rest.len() == after.len() {
        return match after.chars().next() {
            // "25-29 August", "11- 2016", "05-Aug-2016"; not "12-year-old".
            Some('-' | '–' | '~') => {
                let next = after[after.chars().next().map_or(0, char::len_utf8)..].trim_start();
                match lead(next) {
                    Lead::Ascii(w) => {
                        w.starts_with(|c: char| c.is_ascii_digit()) || month_number(w).is_some()
                    }
                    Lead::Other => true,
                    Lead::Sign => false,
                }
            }
            Some('%') => false,
            // "on the 27.", "4/22", "3. Feb. 2011".
            _ => true,
        };
    }
    match lead(rest) {
        Lead::Ascii(w) => {
            w.starts_with(|c: char| c.is_ascii_digit())
                || OPENING.get(w).is_some()
                || AFTER_NUMBER.iter().any(|a| a.eq_ignore_ascii_case(w))
                || counted::plural_weekday(rest).is_some()
        }
        // "by the 14 .", "25 - 29 August".
        Lead::Other | Lead::Sign => true,
    }
}

/// Whether a gap and a digit or one of the [`DATE_NOUNS`] open `after` (the text after a
/// lead-in word: "a fortnight", "the 1990s").
fn noun_after(after: &str) -> bool {
    let rest = after.trim_start();
    if rest.len() == after.len() {
        return false;
    }
    match lead(rest) {
        Lead::Ascii(word) => {
            word.starts_with(|c: char| c.is_ascii_digit())
                || DATE_NOUNS.iter().any(|n| n.eq_ignore_ascii_case(word))
        }
        Lead::Other => true,
        Lead::Sign => false,
    }
}

/// The words that may open a date, months, weekdays and number words among them, compiled once.
static OPENING: LazyLock<Words<Opener>> = LazyLock::new(|| {
    let mut words: Words<Opener> = Words::default();
    let months = MONTHS.iter().map(|(name, _)| *name);
    let names = months
        .chain(WEEKDAYS.iter().copied())
        .chain(WEEKDAY_ABBREVIATIONS.iter().map(|(w, _, _)| *w))
        .map(|n| (n, Opens::Always));
    let counts = COUNT_WORDS.iter().map(|w| (*w, Opens::Before(unit)));
    let ordinals = pieces::DAY_ORDINALS
        .iter()
        .map(|w| (*w, Opens::Before(after_ordinal)));
    for (word, opens) in OPENERS
        .iter()
        .chain(loose::OPENERS)
        .copied()
        .chain(counts)
        .chain(ordinals)
        .chain(names)
    {
        if let Some(entry) = words.entry(word) {
            entry.opens = opens;
        }
    }
    for (word, _) in NUMBER_WORDS {
        let new = words.get(word).is_none();
        if let Some(entry) = words.entry(word) {
            if new {
                entry.opens = Opens::Never;
            }
            entry.number = true;
        }
    }
    for word in DATE_NOUNS {
        let new = words.get(word).is_none();
        if let Some(entry) = words.entry(word)
            && new
        {
            entry.opens = Opens::Never;
        }
    }
    for word in LEAD_INS {
        if let Some(entry) = words.entry(word) {
            entry.lead_in = true;
        }
    }
    words
});

/// Whether a date may start at the word start `i`: a digit, "Q1"–"Q4", a month or weekday name,
/// or one of the [`OPENERS`] with what must follow it; `lead` is the word `i` opens with, as
/// [`lead`] reads it. Most words fail here on one lookup, which spares them the whole grammar.
/// A currency sign opens no date.
pub(super) fn may_open(i: &str, lead: Lead<'_>) -> bool {
    let bytes = i.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_digit() => {
            return match lead {
                Lead::Ascii(word) => number_goes_on(i, word),
                _ => true,
            };
        }
        Some(b'q' | b'Q') if matches!(bytes.get(1), Some(b'1'..=b'4')) => return true,
        Some(b'h' | b'H') if matches!(bytes.get(1), Some(b'1' | b'2')) => return true,
        Some(b) if b.is_ascii_alphabetic() => {}
        _ => return false,
    }
    let word = match lead {
        Lead::Ascii(word) => word,
        Lead::Other => return true,
        Lead::Sign => return false,
    };
    let Some(&Opener { opens, number, .. }) = OPENING.get(word) else {
        // "Oct2": a month with its day glued on.
        return word.ends_with(|c: char| c.is_ascii_digit()) && pieces::glued_month(i).is_ok();
    };
    let own = match opens {
        Opens::Always => true,
        Opens::Before(follows) => {
            let after = &i[word.len()..];
            let rest = after.trim_start();
            rest.len() < after.len() && follows(rest)
        }
        Opens::Joined(follows) => follows(&i[word.len()..]),
        Opens::Never => false,
    };
    own || number && spoken::opens_date(i)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::lex::next_word_start;

    /// Every word start where the whole grammar finds something (a date, or an impossible day to
    /// skip) passes [`may_open`], on the shipped articles and on an example of every form.
    #[test]
    fn every_date_start_passes_the_prefilter() {
        let forms = "from August 25 to 29, August 25-29, 2024, 25-29 August, between Nov 9 and 11, \
            Nov 17-Dec 20, 2013, from July to September 2023, from 2012 to 2015, 2014-15, 1939–45, \
            Monday, last Sunday, this past Friday, next Tuesday, Tuesday of last week, Saturday, \
            Oct. 4, 2025, Sunday the 24th, late August, mid-November, mid November, the end of \
            July, the beginning of 2023, start of May, middle of June, early 2023, the late 1990s, \
            late last month, early next year, the end of the year, Q4 2016, q1, the third quarter \
            of 2011, 1st quarter of 2009, fourth quarter, today, tonight, this morning, yesterday, \
            last night, tomorrow, the day before yesterday, the day after tomorrow, two days ago, \
            a week ago, an hour ago, 3 months ago, twelve years ago, this week, last year, next \
            month, last quarter, over the weekend, the weekend, 2024-09-02, 2 September 2024, the \
            2nd of September, September 2024, Sept of 2024, this June, in may, the 1990s, 1990's, \
            in 2012, 29 February 2023, February 30, 2024-13-01, the next three days, the past 2 \
            weeks, last 6 months, within five years, within the next 2 months, two weeks from now, \
            three years hence, in two years' time, in a fortnight's time, for ten days from \
            Friday, from now until June, three weeks from tomorrow, 4 days before yesterday, \
            the 20th of next month, the 15th day of last month, the second Monday of \
            October, the last Friday of August, the last day of February 2023, first day of May, \
            coming week, current year, upcoming month, the week after next, earlier this month, \
            later in the year, the rest of the week, rest of this year, Fri 13th, Thu., tues, next \
            week on Friday, Friday next week, this coming Monday, the third of March, March third, \
            Oct-2, 05-Aug-2016, 2019-sep-1, on the 27th., 2016/11, 11-2016, 4/22, 22/04, between \
            2011 and March 2014, H1 2023, 2022 H2, the '50s, the sixties, the nineteen forties, \
            the 12th century, 19th-century, 2021 Q3, 2015 June, Dec-2019, August between 12 and \
            14, today through tomorrow, from 9 to 19 of next month, 2003~2006, Oct2, Dec31, 1994, 3. Feb. 2011";
        let mut texts = vec![forms.to_string()];
        texts.extend(crate::lex::fixture_articles());
        assert!(texts.len() > 10, "the fixtures are read");
        let mut found = 0;
        for text in &texts {
            let mut from = 0;
            while let Some(start) = next_word_start(text, from, |_| false) {
                let context = Context {
                    prev: previous_word(text, start),
                    before: &text[..start],
                    hedges: &[],
                    sign_before: false,
                    glued_before: false,
                };
                let step = date_at(&text[start..], &context);
                if !matches!(step, Step::Next) {
                    found += 1;
                    assert!(
                        may_open(&text[start..], lead(&text[start..])),
                        "a date starts at {:?}",
                        &text[start..text.len().min(start + 30)]
                    );
                }
                from = start + text[start..].chars().next().map_or(1, char::len_utf8);
            }
        }
        assert!(found > 200, "only {found} date starts seen");
    }

    #[test]
    fn the_prefilter_turns_away_plain_words() {
        for word in [
            "soldiers",
            "Bamako",
            "killed",
            "attack",
            "Wagner",
            "é",
            "—",
            "mayor",
            "the",
            "the army",
            "a man",
            "an attack",
            "second time",
            "end game",
            "two soldiers",
            "the2020s",
            "from the ministry",
            "this was",
            "next to the border",
            "last of the convoy",
            "early on",
            "late in the game",
            "between the villages",
            "within hours",
            "in a convoy",
            "for a while",
            "in response",
            "12 wounded",
            "40-year-old",
            "the 16-member council",
            "15%",
            "3 per cent",
        ] {
            assert!(!may_open(word, lead(word)), "{word}");
        }
        for word in [
            "2024",
            "Q3",
            "sept.",
            "Thursday",
            "mid-May",
            "Yesterday",
            "an year ago",
            "the end of",
            "The 1990s",
            "the  mid-1990s",
            "third quarter",
            "a week ago",
            "two days ago",
            "from the middle of",
            "from now",
            "between 2001 and",
            "this morning",
            "this calendar year",
            "this past week",
            "last night",
            "last few weeks",
            "next decade",
            "the past two centuries",
            "within the next",
            "early the next year",
            "late 2019",
            "from '98",
            "in a decade",
            "in three months",
            "for a week",
            "for 12 days",
            "7 March",
            "9 to 11 May",
            "6 weeks ago",
            "2 upcoming years",
            "7-9 March",
            "8- 2019",
            "14-Feb-2020",
            "3/5",
            "the 9",
            "the 9th",
            "12 Sundays from now",
        ] {
            assert!(may_open(word, lead(word)), "{word}");
        }
    }
}
