//! The date grammar: nom parsers from text to [`Expr`], tried at every word start.
//!
//! At one word start the forms are tried longest first: a range ("from August 25 to 29",
//! "Nov 18-Dec 19, 2015", "between 2012 and 2015", "2014-15"), a weekday with or without its
//! date ("Monday, September 2", "Tuesday of last week"), a part ("late August", "the end of
//! July", "early next year", "the late 1990s"), a quarter, a relative day or unit ("two days
//! ago", "last week"), then single days, months, decades and years. A match moves the walk past
//! its end.
//!
//! Words that are dates only sometimes are guarded by their neighbours, not by a list of texts:
//! a month name alone is a date after a calendar preposition ("in may"), or when it is a
//! capitalised full name that is not next to another capitalised word ("June Carter"); "May" and
//! "March" alone (a modal, a verb, a name) always need the preposition, and lower-case "may" and
//! "march" need it even before a day ("they march 20 kilometres"). A weekday between "the" and a
//! capitalised word is part of a name ("the Sunday Times"). A bare four-digit year is not one
//! when a hedge precedes it ("around 2000", "at 1400 GMT"), a currency sign is glued to it
//! ("$2000") or a plural noun follows it ("2000 soldiers") unless a calendar preposition
//! precedes it ("in 2012 troops …", "the 2020 elections").
//!
//! Impossible days ("February 30", "April 31", "29 February 2023", "2024-13-01") are not dates:
//! a written year must have the day, and a year-less day must exist in some year (a leap one).
//! The walk skips such an expression whole, so that no part of it ("February" of "February 30",
//! "2024" of "2024-13-01") is read on its own; two year-shaped numbers that make no range of
//! years ("from 1500 to 2000") are skipped the same way.

use std::ops::Range;

use jiff::civil::{Date, Weekday};
use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, recognize};

use super::calendar::{self, month_number, weekday_of};
use super::{Expr, Part, Point, Unit, WeekdayRule};
use crate::lex::{
    Res, boundary, gap, is_currency, keyword, next_word_start, no_match, phrase, tag_ci,
};

/// A date expression at byte `span` of the scanned sentence.
pub(super) struct Found {
    /// Byte span in the sentence.
    pub span: Range<usize>,
    /// What was written.
    pub expr: Expr,
}

/// Every date expression of `s`, left to right.
pub(super) fn scan(s: &str) -> Vec<Found> {
    let mut found = Vec::new();
    let mut from = 0;
    while let Some(start) = next_word_start(s, from, |_| false) {
        let next_char = start + s[start..].chars().next().map_or(1, char::len_utf8);
        if !may_open(&s[start..]) {
            from = next_char;
            continue;
        }
        let context = Context {
            prev: previous_word(s, start),
            sign_before: s[..start].chars().next_back().is_some_and(is_currency),
        };
        from = match date_at(&s[start..], &context) {
            Step::Date(len, expr) => {
                found.push(Found {
                    span: start..start + len,
                    expr,
                });
                start + len
            }
            Step::Skip(len) => start + len,
            Step::Next => next_char,
        };
    }
    found
}

/// Words that open a date form other than by a digit, a month or a weekday: the range
/// introducers, the modifiers of weekdays, months and units ("last Friday", "this week"), parts
/// ("the end of", "early", "mid-"), quarter ordinals, relative days and "a"/"an" of "… ago"
/// (its number words are [`COUNT_WORDS`]).
/// [`may_open`] keeps the walk off every other word; a form that starts with a new word must
/// add it here (the unit test `every_date_start_passes_the_prefilter` checks this on real text).
const OPENERS: &[&str] = &[
    "from",
    "between",
    "this",
    "last",
    "past",
    "next",
    "the",
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
    "today",
    "tonight",
    "yesterday",
    "tomorrow",
    "a",
    "an",
];

/// The number words of "… ago", one to twelve, in order.
const COUNT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// Whether a date may start at the word start `i`: a digit, "Q1"–"Q4", a month or weekday name,
/// or one of the [`OPENERS`]. Most words fail here on one lookup, which spares them the whole
/// grammar.
pub(super) fn may_open(i: &str) -> bool {
    let bytes = i.as_bytes();
    match bytes.first() {
        Some(b) if b.is_ascii_digit() => return true,
        Some(b'q' | b'Q') if matches!(bytes.get(1), Some(b'1'..=b'4')) => return true,
        Some(b) if b.is_ascii_alphabetic() => {}
        _ => return false,
    }
    let word = i
        .find(|c: char| !c.is_ascii_alphabetic())
        .map_or(i, |end| &i[..end]);
    // Names of months and weekdays are 3 to 9 letters, as are the openers but "a" and "an".
    if word.len() > 9 {
        return false;
    }
    OPENERS
        .iter()
        .chain(COUNT_WORDS)
        .any(|w| w.eq_ignore_ascii_case(word))
        || month_number(word).is_some()
        || weekday_of(word).is_some()
}

/// What the guards look at around a candidate.
struct Context<'a> {
    /// The word before the candidate, as written ("" at the sentence start or after punctuation).
    prev: &'a str,
    /// Whether a currency sign is glued to the candidate ("$2000").
    sign_before: bool,
}

/// What the walk does at one word start.
enum Step {
    /// A date expression of this byte length.
    Date(usize, Expr),
    /// Something of this byte length that is not a date and none of whose words may start one:
    /// an impossible day ("February 30", "2024-13-01") or an amount ("2000 soldiers").
    Skip(usize),
    /// Nothing here; try the next word start.
    Next,
}

/// Words after which a bare month or year is a date whatever its case or what follows it.
const CALENDAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "until",
    "till",
    "by",
    "from",
    "of",
    "during",
    "before",
    "after",
    "early",
    "mid",
    "late",
    "the",
    "this",
    "last",
    "next",
    "year",
    "between",
    "and",
    "to",
    "through",
    "on",
    "throughout",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Words after which a year-shaped number is a year even before a plural noun ("in 2012 troops
/// …", "the 2020 elections"); after any other word ("a force of 2000 soldiers", "rose to 2000
/// people") it counts what follows.
const YEAR_PREPOSITIONS: &[&str] = &[
    "in",
    "since",
    "during",
    "until",
    "till",
    "throughout",
    "before",
    "after",
    "the",
    "year",
    "spring",
    "summer",
    "autumn",
    "fall",
    "winter",
];

/// Words after which a year-shaped number is an amount ("around 2000", "more than 1500") or a
/// clock time ("at 1400 GMT", "stood at 1200").
const HEDGES: &[&str] = &[
    "about",
    "around",
    "some",
    "nearly",
    "almost",
    "over",
    "than",
    "least",
    "approximately",
    "roughly",
    "estimated",
    "only",
    "just",
    "another",
    "additional",
    "extra",
    "total",
    "at",
];

/// Month names that are also common words or names: the modal "may", the verb "march".
const AMBIGUOUS_MONTHS: &[&str] = &["may", "march"];

/// The longest date expression at the start of `i` that its context allows.
fn date_at(i: &str, cx: &Context<'_>) -> Step {
    let prev = cx.prev.to_lowercase();
    let after_preposition = CALENDAR_PREPOSITIONS.contains(&prev.as_str());
    let parsed = alt((range, short_year_range, |i| {
        point(i).map(|(r, p)| (r, Expr::Point(p)))
    }))
    .parse(i);
    let (rest, expr) = match parsed {
        Ok(found) => found,
        // An impossible day: skip all of it, so that "February" of "February 30" is not read
        // as a month on its own.
        Err(nom::Err::Failure(e)) => {
            let len = i.len() - e.input.len();
            return if len > 0 { Step::Skip(len) } else { Step::Next };
        }
        Err(_) => return Step::Next,
    };
    let len = i.len() - rest.len();
    let written = &i[..len];
    let first_word = written
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    // A bare year or range of years is an amount after a hedge, after a currency sign or
    // before a plural noun.
    let years_only = matches!(
        expr,
        Expr::Point(Point::Year { part: None, .. })
            | Expr::Range(Point::Year { .. }, Point::Year { .. })
    );
    if years_only
        && (HEDGES.contains(&prev.as_str())
            || cx.sign_before
            || !YEAR_PREPOSITIONS.contains(&prev.as_str()) && counts_next(rest))
    {
        return Step::Skip(len);
    }
    // "the 1700 block of Main Street" is an address, whatever comes before it.
    if years_only
        && gap(rest).is_ok_and(|(after, _)| {
            keyword("block", after).is_ok() || keyword("blocks", after).is_ok()
        })
    {
        return Step::Skip(len);
    }
    // "1000-5000", "1000 – 5000": a year-shaped number before a dash and another number it
    // does not make a year range with is one end of a range of numbers.
    if years_only
        && recognize((opt(gap), one_of("-–"), opt(gap)))
            .parse(rest)
            .is_ok_and(|(after, _)| after.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Step::Next;
    }
    // "between 2000 and 3000 people", "from 1500 to 4000": a year that opens a range of
    // numbers it cannot end as a year is one of those numbers.
    if years_only
        && matches!(prev.as_str(), "between" | "from")
        && connector(rest, prev == "between")
            .is_ok_and(|(after, ())| after.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Step::Next;
    }
    // Lower-case "may" and "march" open a date only after a calendar word: "they march 20
    // kilometres", "rebels may 20 times have tried".
    if AMBIGUOUS_MONTHS.contains(&first_word) && !after_preposition {
        return Step::Next;
    }
    // A month name alone must look like one: after a calendar preposition, or a capitalised full
    // name that is not part of a name ("June Carter", "Theresa May"). "May" and "March" alone
    // are more often words, so they always need the preposition.
    let bare_month = matches!(
        expr,
        Expr::Point(Point::Month {
            year: None,
            part: None,
            ..
        })
    ) && !written.contains(char::is_whitespace);
    if bare_month && !after_preposition {
        let word = written.trim_end_matches('.').to_lowercase();
        let full_name = !calendar::is_abbreviated_month(&word);
        let capitalised = written.starts_with(char::is_uppercase);
        let ambiguous = AMBIGUOUS_MONTHS.contains(&word.as_str());
        let in_name = cx.prev.starts_with(char::is_uppercase) || capitalised_next(rest);
        if !capitalised || !full_name || ambiguous || in_name {
            return Step::Next;
        }
    }
    // "the Sunday Times", "the Friday Mosque": a weekday between "the" and a capitalised word
    // is part of a name.
    if matches!(
        expr,
        Expr::Point(Point::Weekday {
            rule: WeekdayRule::OnOrBefore,
            ..
        })
    ) && prev == "the"
        && capitalised_next(rest)
    {
        return Step::Next;
    }
    Step::Date(len, expr)
}

/// Whether the text after a match goes on, after a gap, with a capitalised word.
fn capitalised_next(rest: &str) -> bool {
    gap(rest).is_ok_and(|(after, _)| after.starts_with(char::is_uppercase))
}

/// Whether the text after a number goes on with what it counts: a lower-case plural-looking word
/// ("soldiers", "people"), not a short verb ("was", "has") or a singular in -s ("crisis",
/// "census", "address").
fn counts_next(rest: &str) -> bool {
    let Ok((after, _)) = gap(rest) else {
        return false;
    };
    let word: String = after
        .chars()
        .take_while(|c| c.is_alphabetic())
        .take(32)
        .collect();
    let lower = word.to_lowercase();
    let plural = lower.chars().count() > 3
        && lower.ends_with('s')
        && !["ss", "us", "is"].iter().any(|end| lower.ends_with(end));
    word.starts_with(char::is_lowercase)
        && (plural
            || matches!(
                lower.as_str(),
                "people" | "men" | "women" | "children" | "police"
            ))
}

// ----- ranges -------------------------------------------------------------------------------

/// One end of a range, with the fields it writes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Side {
    year: Option<i16>,
    month: Option<i8>,
    day: Option<i8>,
}

/// "from August 25 to 29", "August 25-29, 2024", "25-29 August", "between Nov 9 and 11",
/// "Nov 18-Dec 19, 2015", "from July to September 2023", "from 2012 to 2015".
fn range(i: &str) -> Res<'_, Expr> {
    let (i, intro) = opt(alt((
        |i| word_then_gap("from", i),
        |i| word_then_gap("between", i),
    )))
    .parse(i)?;
    let between = intro.is_some_and(|w| w.eq_ignore_ascii_case("between"));
    let (i, x) = side(i)?;
    let (i, ()) = connector(i, between)?;
    let (i, y) = side(i)?;
    // "26 june to 28 june in 2020", "August 25-29, 2024": a year after the whole range.
    let (i, tail) =
        if x.year.is_none() && y.year.is_none() && (x.day.is_some() || x.month.is_some()) {
            opt(trailing_year).parse(i)?
        } else {
            (i, None)
        };
    let y = Side {
        year: y.year.or(tail),
        ..y
    };
    match combine(x, y) {
        Ok(expr) => Ok((i, expr)),
        Err(Rejected::NoRange) => no_match(i),
        Err(Rejected::Skip) => impossible(i),
    }
}

/// Why two ends make no range.
enum Rejected {
    /// They are not ends of one range ("August 29 to 25 people"); each may still be a date.
    NoRange,
    /// The whole is no date, nor is any part of it: an impossible day ("February 28 to 30") or
    /// a range of year-shaped amounts ("from 1500 to 2000", "from 2015 to 2012").
    Skip,
}

/// "2014-15", "1939–45": a year, a hyphen or en dash, and the last two digits of a later year of
/// the same century.
fn short_year_range(i: &str) -> Res<'_, Expr> {
    let (after, a) = year(i)?;
    let (after, _) = one_of("-–").parse(after)?;
    let (rest, digits) = take_while_m_n(2, 2, |c: char| c.is_ascii_digit()).parse(after)?;
    let (rest, ()) = boundary(rest)?;
    let b = a - a % 100 + digits.parse::<i16>().unwrap_or(0);
    // "2000-02-29" is a day, not 2000 to 2002.
    let goes_on = rest.starts_with(['-', '–']);
    if continues_number(rest) || goes_on || b <= a {
        return no_match(i);
    }
    let year = |year| Point::Year { year, part: None };
    Ok((rest, Expr::Range(year(a), year(b))))
}

/// The word or phrase `w` and the gap after it; returns the words as written.
fn word_then_gap<'a>(w: &str, i: &'a str) -> Res<'a, &'a str> {
    let (rest, found) = phrase(i, w)?;
    let (rest, _) = gap(rest)?;
    Ok((rest, found))
}

/// ", 2024" or " in 2020" after a range.
fn trailing_year(i: &str) -> Res<'_, i16> {
    let (i, _) = alt((
        recognize((
            opt(gap),
            char(','),
            opt(gap),
            opt(|i| word_then_gap("in", i)),
        )),
        recognize((gap, |i| word_then_gap("in", i))),
    ))
    .parse(i)?;
    year(i)
}

/// A hyphen or en dash (spaces allowed around it), or "to", "through", "until", "till"; "and"
/// after "between". An em dash separates clauses, not range ends.
fn connector(i: &str, between: bool) -> Res<'_, ()> {
    let dash = recognize((opt(gap), one_of("-–"), opt(gap)));
    let words = |i| {
        let (i, _) = gap(i)?;
        let (i, _) = if between {
            alt((|i| keyword("and", i), |i| keyword("to", i))).parse(i)?
        } else {
            alt((
                |i| keyword("to", i),
                |i| keyword("through", i),
                |i| keyword("thru", i),
                |i| keyword("until", i),
                |i| keyword("till", i),
            ))
            .parse(i)?
        };
        gap(i)
    };
    let (i, _) = alt((dash, words)).parse(i)?;
    Ok((i, ()))
}

/// One end of a range: a full or partial day, a month with or without a year, a year, or a bare
/// day number.
fn side(i: &str) -> Res<'_, Side> {
    alt((
        |i| iso(i).map(|(r, d)| (r, side_of(Some(d.year()), Some(d.month()), Some(d.day())))),
        |i| month_day(i).map(|(r, (y, m, d))| (r, side_of(y, Some(m), Some(d)))),
        |i| day_month(i).map(|(r, (y, m, d))| (r, side_of(y, Some(m), Some(d)))),
        |i| month_year(i).map(|(r, (y, m))| (r, side_of(Some(y), Some(m), None))),
        |i| month_word(i).map(|(r, m)| (r, side_of(None, Some(m), None))),
        |i| year(i).map(|(r, y)| (r, side_of(Some(y), None, None))),
        |i| day_number(i).map(|(r, d)| (r, side_of(None, None, Some(d)))),
    ))
    .parse(i)
}

/// A range end from its written fields.
fn side_of(year: Option<i16>, month: Option<i8>, day: Option<i8>) -> Side {
    Side { year, month, day }
}

/// Two range ends as written, each completed from the other: "August 25 to 29" gives the
/// second end its month, "Nov 18-Dec 19, 2015" gives the first its year (2014 if it was
/// December 28 to January 3).
fn combine(x: Side, y: Side) -> Result<Expr, Rejected> {
    use Rejected::{NoRange, Skip};
    match (x.day, y.day) {
        (Some(dx), Some(dy)) => {
            let month = x.month.or(y.month).ok_or(NoRange)?;
            let (mx, my) = (x.month.unwrap_or(month), y.month.unwrap_or(month));
            let (yx, yy) = fill_years(x.year, y.year, (mx, dx) > (my, dy)).ok_or(NoRange)?;
            if yx.is_none() && (mx, dx) > (my, dy) && mx == my {
                return Err(NoRange);
            }
            let day = |year, month, day| Point::Day {
                year,
                month: Some(month),
                day,
                weekday: None,
            };
            let (a, b) = (day(yx, mx, dx), day(yy, my, dy));
            if !valid_day(a) || !valid_day(b) {
                return Err(Skip);
            }
            Ok(Expr::Range(a, b))
        }
        (None, None) => match (x.month, y.month) {
            (Some(mx), Some(my)) => {
                let (yx, yy) = fill_years(x.year, y.year, mx > my).ok_or(NoRange)?;
                if yx.is_none() && mx == my {
                    return Err(NoRange);
                }
                let month = |year, month| Point::Month {
                    year,
                    month,
                    part: None,
                };
                Ok(Expr::Range(month(yx, mx), month(yy, my)))
            }
            (None, None) => {
                let (a, b) = (x.year.ok_or(NoRange)?, y.year.ok_or(NoRange)?);
                if !(a < b && b - a <= 100) {
                    return Err(Skip);
                }
                let year = |year| Point::Year { year, part: None };
                Ok(Expr::Range(year(a), year(b)))
            }
            _ => Err(NoRange),
        },
        _ => Err(NoRange),
    }
}

/// Fails so that the walk skips everything up to `rest`: what was read has the shape of a date
/// and is none ("February 30", "2024-13-01"), so no part of it may be read on its own.
fn impossible<O>(rest: &str) -> Res<'_, O> {
    Err(nom::Err::Failure(nom::error::Error::new(
        rest,
        nom::error::ErrorKind::Verify,
    )))
}

/// The years of two range ends, one filled from the other; `wraps` says the first end's
/// month and day come after the second's, so it belongs to the year before. `None` when both
/// are written and run backwards.
fn fill_years(x: Option<i16>, y: Option<i16>, wraps: bool) -> Option<(Option<i16>, Option<i16>)> {
    let step = i16::from(wraps);
    match (x, y) {
        (Some(a), Some(b)) => (a < b || a == b && !wraps).then_some((Some(a), Some(b))),
        (None, Some(b)) => Some((Some(b - step), Some(b))),
        (Some(a), None) => Some((Some(a), Some(a + step))),
        (None, None) => Some((None, None)),
    }
}

/// Whether a day exists on the calendar: in its year when written, else in some year (a leap
/// one, so "February 29" passes).
fn valid_day(p: Point) -> bool {
    match p {
        Point::Day {
            year: Some(y),
            month: Some(m),
            day,
            ..
        } => Date::new(y, m, day).is_ok(),
        Point::Day {
            month: Some(m),
            day,
            ..
        } => Date::new(2024, m, day).is_ok(),
        _ => true,
    }
}

// ----- single points ------------------------------------------------------------------------

/// One point, the forms tried longest first: weekday, part, quarter, relative, day, month,
/// decade, year.
fn point(i: &str) -> Res<'_, Point> {
    alt((weekday, part, quarter, relative, day, month, decade, |i| {
        year(i).map(|(r, y)| {
            (
                r,
                Point::Year {
                    year: y,
                    part: None,
                },
            )
        })
    }))
    .parse(i)
}

/// "Monday", "on Friday" (without the "on"), "last Sunday", "this Friday", "Tuesday of last
/// week", "Monday, September 2", "Saturday, Sept. 27, 2025", "Thursday the 21st".
fn weekday(i: &str) -> Res<'_, Point> {
    let (i, modifier) = opt(alt((
        |i| word_then_gap("this past", i),
        |i| word_then_gap("last", i),
        |i| word_then_gap("past", i),
        |i| word_then_gap("this", i),
        |i| word_then_gap("next", i),
    )))
    .parse(i)?;
    let (i, wd) = weekday_word(i)?;
    // The written date wins over "last" or "this"; the weekday is kept to be checked.
    let dated = alt((
        |i| {
            let (i, _) = comma_or_gap(i)?;
            let (i, (y, m, d)) = alt((month_day, day_month)).parse(i)?;
            Ok((i, (y, Some(m), d)))
        },
        |i| {
            let (i, _) = gap(i)?;
            let (i, _) = word_then_gap("the", i)?;
            let (i, d) = day_number(i)?;
            Ok((i, (None, None, d)))
        },
    ))
    .parse(i);
    if let Ok((rest, (year, month, day))) = dated {
        let p = Point::Day {
            year,
            month,
            day,
            weekday: Some(wd),
        };
        return if valid_day(p) {
            Ok((rest, p))
        } else {
            impossible(rest)
        };
    }
    let of_week = (
        gap,
        |i| word_then_gap("of", i),
        alt((
            |i| keyword("last", i).map(|(r, _)| (r, -1)),
            |i| keyword("this", i).map(|(r, _)| (r, 0)),
            |i| keyword("next", i).map(|(r, _)| (r, 1)),
        )),
        gap,
        |i| keyword("week", i),
    )
        .parse(i);
    if let Ok((rest, (_, _, offset, _, _))) = of_week {
        return Ok((
            rest,
            Point::Weekday {
                weekday: wd,
                rule: WeekdayRule::InWeek(offset),
            },
        ));
    }
    let rule = match modifier.map(|m| m.to_lowercase()) {
        None => WeekdayRule::OnOrBefore,
        Some(m) if m == "this" => WeekdayRule::InWeek(0),
        Some(m) if m == "next" => WeekdayRule::InWeek(1),
        Some(_) => WeekdayRule::Before,
    };
    Ok((i, Point::Weekday { weekday: wd, rule }))
}

/// "late August", "mid-November", "the end of July", "at the beginning of 2023" (without the
/// "at"), "early 2023", "the late 1990s", "late last month", "early next year", "the end of the
/// year".
fn part(i: &str) -> Res<'_, Point> {
    let (i, p) = alt((
        |i| {
            let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
            let (i, p) = alt((
                |i| word_then_gap("beginning of", i).map(|(r, _)| (r, Part::Early)),
                |i| word_then_gap("start of", i).map(|(r, _)| (r, Part::Early)),
                |i| word_then_gap("middle of", i).map(|(r, _)| (r, Part::Mid)),
                |i| word_then_gap("end of", i).map(|(r, _)| (r, Part::Late)),
            ))
            .parse(i)?;
            Ok((i, p))
        },
        |i| {
            // "the" before "early", "mid" or "late" belongs to a decade ("the late 1990s") and
            // to nothing else: in "the late August meeting" it is the meeting's.
            let (after_the, the) = opt(|i| word_then_gap("the", i)).parse(i)?;
            if the.is_some() {
                let (after_word, p) = part_word(after_the)?;
                decade_number(after_word)?;
                return Ok((after_word, p));
            }
            part_word(i)
        },
    ))
    .parse(i)?;
    part_target(i, p)
}

/// "early", "late", "mid-" or "mid".
fn part_word(i: &str) -> Res<'_, Part> {
    alt((
        |i| word_then_gap("early", i).map(|(r, _)| (r, Part::Early)),
        |i| word_then_gap("late", i).map(|(r, _)| (r, Part::Late)),
        |i| {
            let (i, _) = tag_ci("mid", i)?;
            let (i, _) = alt((recognize(char('-')), gap)).parse(i)?;
            Ok((i, Part::Mid))
        },
    ))
    .parse(i)
}

/// What a part word qualifies: a month, a decade, a year, or this, last or next month or year.
fn part_target(i: &str, p: Part) -> Res<'_, Point> {
    let part = Some(p);
    alt((
        |i| month_point(i, part),
        |i| decade_number(i).map(|(r, start)| (r, Point::Decade { start, part })),
        |i| year(i).map(|(r, y)| (r, Point::Year { year: y, part })),
        |i| {
            let (i, offset) = alt((
                |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
                |i| word_then_gap("the", i).map(|(r, _)| (r, 0)),
                |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
                |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
            ))
            .parse(i)?;
            let (i, unit) = alt((
                |i| keyword("month", i).map(|(r, _)| (r, Unit::Month)),
                |i| keyword("year", i).map(|(r, _)| (r, Unit::Year)),
            ))
            .parse(i)?;
            Ok((i, Point::Relative { unit, offset, part }))
        },
    ))
    .parse(i)
}

/// "Q4 2016", "the third quarter of 2016", "1st quarter of 2013", "the second quarter".
fn quarter(i: &str) -> Res<'_, Point> {
    let q_form = |i| {
        let (i, _) = tag_ci("q", i)?;
        let (i, q) = one_of("1234").parse(i)?;
        let (i, ()) = boundary(i)?;
        let (i, y) = opt(|i| {
            let (i, _) = gap(i)?;
            year(i)
        })
        .parse(i)?;
        Ok((i, (quarter_number(q), y)))
    };
    let word_form = |i| {
        let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
        let (i, q) = quarter_ordinal(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = keyword("quarter", i)?;
        let (i, y) = opt(|i| {
            let (i, _) = gap(i)?;
            let (i, _) = opt(|i| word_then_gap("of", i)).parse(i)?;
            year(i)
        })
        .parse(i)?;
        Ok((i, (q, y)))
    };
    let (i, (quarter, year)) = alt((q_form, word_form)).parse(i)?;
    Ok((i, Point::Quarter { year, quarter }))
}

/// "first" or "1st" … "fourth" or "4th", as a quarter number.
fn quarter_ordinal(i: &str) -> Res<'_, i8> {
    const ORDINALS: [(&str, &str, i8); 4] = [
        ("first", "1st", 1),
        ("second", "2nd", 2),
        ("third", "3rd", 3),
        ("fourth", "4th", 4),
    ];
    for (word, digits, q) in ORDINALS {
        if let Ok((rest, _)) = keyword(word, i).or_else(|_| keyword(digits, i)) {
            return Ok((rest, q));
        }
    }
    no_match(i)
}

/// The quarter a digit `1`–`4` names.
fn quarter_number(c: char) -> i8 {
    c.to_digit(10).map_or(1, |d| d as i8)
}

/// "today", "yesterday", "the day before yesterday", "two days ago", "a week ago", "this week",
/// "last year", "next month", "last quarter", "this past week", "over the weekend".
fn relative(i: &str) -> Res<'_, Point> {
    let day = |offset| Point::Relative {
        unit: Unit::Day,
        offset,
        part: None,
    };
    let fixed = alt((
        |i| phrase(i, "the day before yesterday").map(|(r, _)| (r, day(-2))),
        |i| phrase(i, "the day after tomorrow").map(|(r, _)| (r, day(2))),
        |i| keyword("today", i).map(|(r, _)| (r, day(0))),
        |i| keyword("tonight", i).map(|(r, _)| (r, day(0))),
        |i| phrase(i, "this morning").map(|(r, _)| (r, day(0))),
        |i| phrase(i, "this afternoon").map(|(r, _)| (r, day(0))),
        |i| phrase(i, "this evening").map(|(r, _)| (r, day(0))),
        |i| keyword("yesterday", i).map(|(r, _)| (r, day(-1))),
        |i| phrase(i, "last night").map(|(r, _)| (r, day(-1))),
        |i| keyword("tomorrow", i).map(|(r, _)| (r, day(1))),
    ));
    let ago = |i| {
        let (i, n) = small_count(i)?;
        let (i, _) = gap(i)?;
        let (i, unit) = unit_word(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = keyword("ago", i)?;
        Ok((
            i,
            Point::Relative {
                unit,
                offset: -n,
                part: None,
            },
        ))
    };
    let shifted = |i| {
        let (i, offset) = alt((
            |i| word_then_gap("this past", i).map(|(r, _)| (r, -1)),
            |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
            |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
            |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
        ))
        .parse(i)?;
        let (i, unit) = unit_word(i)?;
        let offset = if unit == Unit::Weekend { 0 } else { offset };
        Ok((
            i,
            Point::Relative {
                unit,
                offset,
                part: None,
            },
        ))
    };
    let weekend = |i| {
        let (i, _) = alt((|i| phrase(i, "the weekend"), |i| phrase(i, "the weekends"))).parse(i)?;
        Ok((
            i,
            Point::Relative {
                unit: Unit::Weekend,
                offset: 0,
                part: None,
            },
        ))
    };
    alt((fixed, ago, shifted, weekend)).parse(i)
}

/// "day", "days", "week", "weeks", "weekend", "month", "months", "quarter", "year", "years".
fn unit_word(i: &str) -> Res<'_, Unit> {
    const UNITS: [(&str, &str, Unit); 6] = [
        ("days", "day", Unit::Day),
        ("weekend", "weekend", Unit::Weekend),
        ("weeks", "week", Unit::Week),
        ("months", "month", Unit::Month),
        ("quarters", "quarter", Unit::Quarter),
        ("years", "year", Unit::Year),
    ];
    for (plural, singular, unit) in UNITS {
        if let Ok((rest, _)) = keyword(plural, i).or_else(|_| keyword(singular, i)) {
            return Ok((rest, unit));
        }
    }
    no_match(i)
}

/// A small count before "ago": digits up to 999, "a"/"an" (one), or a number word to twelve.
fn small_count(i: &str) -> Res<'_, i32> {
    if let Ok((rest, d)) =
        take_while_m_n::<_, _, nom::error::Error<&str>>(1, 3, |c: char| c.is_ascii_digit()).parse(i)
    {
        let (rest, ()) = boundary(rest)?;
        return Ok((rest, d.parse().unwrap_or(0)));
    }
    if let Ok((rest, _)) = alt((|i| keyword("an", i), |i| keyword("a", i))).parse(i) {
        return Ok((rest, 1));
    }
    for (n, w) in COUNT_WORDS.iter().enumerate() {
        if let Ok((rest, _)) = keyword(w, i) {
            return Ok((rest, n as i32 + 1));
        }
    }
    no_match(i)
}

/// A single day: "2024-09-02", "August 25", "Sept. 18, 2023", "25 Aug 2024", "1st Jan".
fn day(i: &str) -> Res<'_, Point> {
    let (rest, (year, month, day)) = alt((
        |i| iso(i).map(|(r, d)| (r, (Some(d.year()), d.month(), d.day()))),
        month_day,
        day_month,
    ))
    .parse(i)?;
    let p = Point::Day {
        year,
        month: Some(month),
        day,
        weekday: None,
    };
    if valid_day(p) {
        Ok((rest, p))
    } else {
        impossible(rest)
    }
}

/// "July 2023", "june of 1992", "this September", "August".
fn month(i: &str) -> Res<'_, Point> {
    alt((
        |i| month_point(i, None),
        |i| {
            // "this September" is the nearest September, as a bare month is; only its span differs.
            let (i, _) = word_then_gap("this", i)?;
            let (i, m) = month_word(i)?;
            Ok((
                i,
                Point::Month {
                    year: None,
                    month: m,
                    part: None,
                },
            ))
        },
    ))
    .parse(i)
}

/// A month with its year ("July 2023") or without ("July"), qualified by `part`.
fn month_point(i: &str, part: Option<Part>) -> Res<'_, Point> {
    alt((
        |i| {
            month_year(i).map(|(r, (y, m))| {
                (
                    r,
                    Point::Month {
                        year: Some(y),
                        month: m,
                        part,
                    },
                )
            })
        },
        |i| {
            month_word(i).map(|(r, m)| {
                (
                    r,
                    Point::Month {
                        year: None,
                        month: m,
                        part,
                    },
                )
            })
        },
    ))
    .parse(i)
}

/// "the 1990s", "1980s", "the 2000s".
fn decade(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, start) = decade_number(i)?;
    Ok((i, Point::Decade { start, part: None }))
}

/// "1990s", "1980's": a four-digit year ending in 0 and an "s"; its first year.
fn decade_number(i: &str) -> Res<'_, i16> {
    let (rest, y) = four_digit_year(i)?;
    let (rest, _) = alt((|i| tag_ci("'s", i), |i| tag_ci("s", i))).parse(rest)?;
    let (rest, ()) = boundary(rest)?;
    if y % 10 == 0 {
        Ok((rest, y))
    } else {
        no_match(i)
    }
}

/// Four digits from 1000 to 2999, with nothing checked after them.
fn four_digit_year(i: &str) -> Res<'_, i16> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    match digits.parse::<i16>() {
        Ok(y) if (1000..3000).contains(&y) => Ok((rest, y)),
        _ => no_match(i),
    }
}

// ----- pieces ---------------------------------------------------------------------------------

/// A month name or abbreviation, with the abbreviation's period ("Sept.", "August", "nov"), as
/// its number.
fn month_word(i: &str) -> Res<'_, i8> {
    let (rest, word) = take_while_m_n(3, 9, |c: char| c.is_ascii_alphabetic()).parse(i)?;
    let (_, ()) = boundary(rest)?;
    let Some(number) = month_number(word) else {
        return no_match(i);
    };
    let abbreviated = calendar::is_abbreviated_month(word);
    let rest = match rest.strip_prefix('.') {
        Some(r) if abbreviated => r,
        _ => rest,
    };
    Ok((rest, number))
}

/// A weekday's full name.
fn weekday_word(i: &str) -> Res<'_, Weekday> {
    let (rest, word) = take_while_m_n(6, 9, |c: char| c.is_ascii_alphabetic()).parse(i)?;
    let (rest, ()) = boundary(rest)?;
    match weekday_of(word) {
        Some(w) => Ok((rest, w)),
        None => no_match(i),
    }
}

/// A day of the month, 1 to 31, with an optional ordinal suffix ("21st"); not the start of a
/// longer number, a time ("10:30") or a decimal.
fn day_number(i: &str) -> Res<'_, i8> {
    let (rest, digits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = opt(alt((
        |i| tag_ci("st", i),
        |i| tag_ci("nd", i),
        |i| tag_ci("rd", i),
        |i| tag_ci("th", i),
    )))
    .parse(rest)?;
    let (rest, ()) = boundary(rest)?;
    if continues_number(rest) {
        return no_match(i);
    }
    let d: i8 = digits.parse().unwrap_or(0);
    if (1..=31).contains(&d) {
        Ok((rest, d))
    } else {
        no_match(i)
    }
}

/// A four-digit year from 1000 to 2999, not part of a longer number.
fn year(i: &str) -> Res<'_, i16> {
    let (rest, y) = four_digit_year(i)?;
    let (rest, ()) = boundary(rest)?;
    if continues_number(rest) {
        return no_match(i);
    }
    Ok((rest, y))
}

/// Whether the text goes on with the rest of a number: ":30", ".5", ",000", "%".
fn continues_number(rest: &str) -> bool {
    let mut chars = rest.chars();
    match chars.next() {
        Some(':' | '.' | ',') => chars.next().is_some_and(|c| c.is_ascii_digit()),
        Some('%') => true,
        _ => false,
    }
}

/// `2024-09-02`.
fn iso(i: &str) -> Res<'_, Date> {
    let (rest, (y, _, m, _, d)) = (
        take_while_m_n(4, 4, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
        char('-'),
        take_while_m_n(2, 2, |c: char| c.is_ascii_digit()),
    )
        .parse(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return no_match(i);
    }
    match (y.parse(), m.parse(), d.parse()) {
        (Ok(y), Ok(m), Ok(d)) => match Date::new(y, m, d) {
            Ok(date) => Ok((rest, date)),
            Err(_) => impossible(rest),
        },
        _ => no_match(i),
    }
}

/// "August 25", "Sept. 18, 2023", "Nov 18 2014", "Dec. 31 , 1994", "july 22nd".
fn month_day(i: &str) -> Res<'_, (Option<i16>, i8, i8)> {
    let (i, m) = month_word(i)?;
    let (i, _) = opt(gap).parse(i)?;
    let (i, d) = day_number(i)?;
    let (i, y) = opt(|i| {
        let (i, _) = comma_or_gap(i)?;
        year(i)
    })
    .parse(i)?;
    Ok((i, (y, m, d)))
}

/// "25 August", "2 Sep 2024", "12 of Sept", "1st Jan", "15 June, 2016".
fn day_month(i: &str) -> Res<'_, (Option<i16>, i8, i8)> {
    let (i, d) = day_number(i)?;
    let (i, _) = gap(i)?;
    let (i, _) = opt(|i| word_then_gap("of", i)).parse(i)?;
    let (i, m) = month_word(i)?;
    let (i, y) = opt(|i| {
        let (i, _) = comma_or_gap(i)?;
        year(i)
    })
    .parse(i)?;
    Ok((i, (y, m, d)))
}

/// "July 2023", "june of 1992", "August, 2024".
fn month_year(i: &str) -> Res<'_, (i16, i8)> {
    let (i, m) = month_word(i)?;
    let (i, _) = alt((recognize((gap, |i| word_then_gap("of", i))), comma_or_gap)).parse(i)?;
    let (i, y) = year(i)?;
    Ok((i, (y, m)))
}

/// A comma with optional spaces around it, or spaces alone.
fn comma_or_gap(i: &str) -> Res<'_, &str> {
    alt((recognize((opt(gap), char(','), opt(gap))), gap)).parse(i)
}

// ----- the walk -----------------------------------------------------------------------------

/// The word before byte `at` (skipping spaces and punctuation other than the word's own), or "".
fn previous_word(s: &str, at: usize) -> &str {
    let before = s[..at].trim_end();
    if before.ends_with(|c: char| !c.is_alphanumeric()) {
        return "";
    }
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Every word start where the whole grammar finds something (a date, or an impossible day to
    /// skip) passes [`may_open`], on the shipped articles and on an example of every form.
    #[test]
    fn every_date_start_passes_the_prefilter() {
        let forms = "from August 25 to 29, August 25-29, 2024, 25-29 August, between Nov 9 and 11, \
            Nov 18-Dec 19, 2015, from July to September 2023, from 2012 to 2015, 2014-15, 1939–45, \
            Monday, last Sunday, this past Friday, next Tuesday, Tuesday of last week, Saturday, \
            Sept. 27, 2025, Thursday the 21st, late August, mid-November, mid November, the end of \
            July, the beginning of 2023, start of May, middle of June, early 2023, the late 1990s, \
            late last month, early next year, the end of the year, Q4 2016, q1, the third quarter \
            of 2016, 1st quarter of 2013, fourth quarter, today, tonight, this morning, yesterday, \
            last night, tomorrow, the day before yesterday, the day after tomorrow, two days ago, \
            a week ago, an hour ago, 3 months ago, twelve years ago, this week, last year, next \
            month, last quarter, over the weekend, the weekend, 2024-09-02, 2 September 2024, the \
            2nd of September, September 2024, Sept of 2024, this June, in may, the 1990s, 1990's, \
            in 2012, 29 February 2023, February 30, 2024-13-01";
        let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut texts = vec![forms.to_string()];
        for story in std::fs::read_dir(&root).unwrap() {
            let story = story.unwrap().path();
            if !story.is_dir() {
                continue;
            }
            for file in std::fs::read_dir(story).unwrap() {
                let path = file.unwrap().path();
                if path.extension().is_some_and(|e| e == "txt") {
                    texts.push(std::fs::read_to_string(path).unwrap());
                }
            }
        }
        assert!(texts.len() > 10, "the fixtures are read");
        let mut found = 0;
        for text in &texts {
            let mut from = 0;
            while let Some(start) = next_word_start(text, from, |_| false) {
                let context = Context {
                    prev: previous_word(text, start),
                    sign_before: false,
                };
                let step = date_at(&text[start..], &context);
                if !matches!(step, Step::Next) {
                    found += 1;
                    assert!(
                        may_open(&text[start..]),
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
            "soldiers", "Bamako", "killed", "attack", "Wagner", "é", "—", "mayor",
        ] {
            assert!(!may_open(word), "{word}");
        }
        for word in [
            "2024",
            "Q3",
            "sept.",
            "Thursday",
            "mid-May",
            "Yesterday",
            "an",
        ] {
            assert!(may_open(word), "{word}");
        }
    }
}
