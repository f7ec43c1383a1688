//! Guards: whether the longest form at a word start is a date where it stands.
//!
//! Words that are dates only sometimes are guarded by their neighbours, not by a list of texts:
//! a month name alone is a date after a calendar preposition ("in may"), or when it is a
//! capitalised full name that is not next to another capitalised word ("June Carter"); "May" and
//! "March" alone (a modal, a verb, a name) always need the preposition, and lower-case "may" and
//! "march" need it even before a day ("they march 20 kilometres"). A weekday between "the" and a
//! capitalised word is part of a name ("the Sunday Times"). A bare four-digit year is not one
//! when a hedge precedes it ("around 2000", "at 1400 GMT", and every phrase of the rules'
//! `numbers.hedges` that stands before a number: "above 1000", "fewer than 1500", "up to
//! 2000"), a currency sign is glued to it
//! ("$2000") or a plural noun follows it ("2000 soldiers") unless a calendar preposition
//! precedes it ("in 2012 troops …", "the 2020 elections"). A bare "in two weeks" is a date only
//! after a word of the future in its clause ("the trial will resume in two weeks").

use std::borrow::Cow;

use nom::Parser;
use nom::branch::alt;
use nom::character::complete::one_of;
use nom::combinator::{opt, recognize};

use super::joined::{point_range, weekday_range};
use super::periods::{Period, numeric_context, period, quarter_range};
use super::pieces::day_ordinal_word;
use super::points::point;
use super::ranges::{connector, range, short_year_range};
use super::weeks::said_ahead;
use crate::dates::calendar::{
    AMBIGUOUS_MONTHS, is_abbreviated_month, month_number, weekday_abbreviation, weekday_of,
};
use crate::dates::{Expr, Point, WeekdayRule, WeekendRef};
use crate::lex::{Lead, Res, gap, keyword, lead};
use crate::words::labels::names_a_number;

/// What the guards look at around a candidate.
pub(super) struct Context<'a> {
    /// The word before the candidate, as written ("" at the sentence start or after punctuation).
    pub(super) prev: &'a str,
    /// The sentence before the candidate.
    pub(super) before: &'a str,
    /// The rules' hedges that stand before a number ("above", "more than"), lower-case.
    pub(super) hedges: &'a [String],
    /// Whether a currency sign stands right before the candidate, spaces allowed ("$2000",
    /// "$ 12").
    pub(super) sign_before: bool,
    /// Whether a slash, hyphen, period, letter or digit is glued before the candidate ("/23/4"
    /// of a web address).
    pub(super) glued_before: bool,
}

/// What the walk does at one word start.
pub(super) enum Step {
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

/// Words after which a day of the month alone ("the 27th") is a date: "on the 27th", "by the
/// 4th", "for the 21st".
const BARE_DAY_PREPOSITIONS: &[&str] = &[
    "on", "for", "by", "until", "till", "since", "from", "before", "after", "through",
];

/// The words of [`CALENDAR_PREPOSITIONS`] that also stand before a verb ("this may", "to march",
/// "the last may", "and march", "in spring may"): after them lower-case "may" and "march" are
/// the modal and the verb, not months.
const BEFORE_A_VERB: &[&str] = &[
    "the", "this", "last", "next", "year", "and", "to", "on", "spring", "summer", "autumn", "fall",
    "winter",
];

/// The longest date expression at the start of `i` that its context allows.
pub(super) fn date_at(i: &str, cx: &Context<'_>) -> Step {
    let (rest, expr) = match longest(i) {
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
    let around = Around {
        written: &i[..len],
        rest,
        prev: lower_case(cx.prev),
        cx,
    };
    // "Resolution 1701", "Route 66": a name's number is no date.
    if around.written.starts_with(|c: char| c.is_ascii_digit()) && names_a_number(cx.before) {
        return Step::Skip(len);
    }
    // "in nineteen ninety-six": a year in words alone only after a preposition of time, and
    // not before what it counts ("in two thousand and six raids").
    let spoken_year = matches!(expr, Expr::Point(Point::Year { part: None, .. }))
        && around
            .written
            .starts_with(|c: char| c.is_ascii_alphabetic());
    let prev = around.prev.as_ref();
    if spoken_year && (!YEAR_PREPOSITIONS.contains(&prev) || prev == "the" || counts_next(rest)) {
        return Step::Next;
    }
    if years_only(&expr) {
        if let Some(step) = year_as_number(&around) {
            return step;
        }
    }
    // "$40 March 3": a number after a currency sign is the amount, never a day.
    if cx.sign_before && around.written.starts_with(|c: char| c.is_ascii_digit()) {
        return Step::Next;
    }
    // "temperatures in the 70s": a short decade among measures is a number.
    let short_decade = matches!(expr, Expr::Point(Point::Decade { .. }))
        && around.written.bytes().filter(u8::is_ascii_digit).count() != 4;
    if short_decade && numeric_context(cx.before, rest) {
        return Step::Next;
    }
    // "in 70's", "since 90's": without "the", a short decade only after a preposition of time
    // ("his 70's" is an age).
    let the = around
        .written
        .get(..3)
        .is_some_and(|w| w.eq_ignore_ascii_case("the"));
    if short_decade && !the && (!YEAR_PREPOSITIONS.contains(&prev) || prev == "the") {
        return Step::Next;
    }
    if word_not_date(&expr, &around) || cx.glued_before && two_numbers(&expr, around.written) {
        return Step::Next;
    }
    // "the second time in a month", "the highest in two years": how long, not when.
    let how_long = matches!(
        lower_case(cx.prev).as_ref(),
        "time" | "times" | "once" | "twice"
    ) || cx.prev.ends_with("est");
    if matches!(expr, Expr::Point(Point::Span { bare: true, .. }))
        && (how_long || !future_before(cx.before))
    {
        return Step::Next;
    }
    // "they will meet this weekend": the weekend ahead, even early in the week.
    let expr = match expr {
        Expr::Point(Point::Weekend(WeekendRef::This(0))) if said_ahead(cx.before, FUTURE_WORDS) => {
            Expr::Point(Point::Weekend(WeekendRef::Ahead))
        }
        expr => expr,
    };
    Step::Date(len, expr)
}

/// The longest form at the start of `i`: a range, a short range of years ("2014-15"), a
/// period ("the 1990s", "H1 2016", "the 19th century") or one point.
fn longest(i: &str) -> Res<'_, Expr> {
    let as_point = |i| point(i).map(|(r, p)| (r, Expr::Point(p)));
    // A range opens with a digit, "from", "between", a month name or a day named from the
    // reference ("today till tomorrow"); a period with a digit, "the", "H1"/"H2" or an ordinal
    // word ("first half of", "nineteenth century"). At any other ASCII word only a point can
    // match.
    if let Lead::Ascii(word) = lead(i) {
        let digit = word.starts_with(|c: char| c.is_ascii_digit());
        let ranges_open = digit
            || ["from", "between", "today", "yesterday", "tomorrow"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word))
            || month_number(word).is_some();
        let periods_open = digit
            || word.eq_ignore_ascii_case("the")
            || matches!(word.as_bytes(), [b'h' | b'H', b'1' | b'2'])
            || day_ordinal_word(i).is_ok();
        // "from 2017 q1 to 2018 q1", "Q1 2017 - Q3 2018".
        let quarters_open = year_then_q(i)
            || matches!(word.as_bytes(), [b'q' | b'Q', b'1'..=b'4'])
            || ["from", "between"]
                .iter()
                .any(|w| w.eq_ignore_ascii_case(word));
        if quarters_open && let Ok(found) = quarter_range(i) {
            return Ok(found);
        }
        // "from Monday to Friday", "next week between Tuesday and Thursday".
        let weekdays_open = ["from", "between", "this", "next", "last", "past", "coming"]
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word))
            || weekday_of(word).is_some()
            || weekday_abbreviation(word).is_some();
        if weekdays_open && let Ok(found) = weekday_range(i) {
            return Ok(found);
        }
        return match (ranges_open, periods_open) {
            (false, false) => as_point(i),
            (false, true) => alt((period_expr, as_point)).parse(i),
            (true, false) => alt((range, short_year_range, point_range, as_point)).parse(i),
            (true, true) => {
                alt((range, short_year_range, point_range, period_expr, as_point)).parse(i)
            }
        };
    }
    alt((range, short_year_range, point_range, period_expr, as_point)).parse(i)
}

/// Whether `i` opens with four digits and a "q", a space or hyphen between ("2017 q1",
/// "2017-Q1", "2017Q1"): the only way a range of quarters opens with a digit.
fn year_then_q(i: &str) -> bool {
    let b = i.as_bytes();
    let after = if matches!(b.get(4), Some(b' ' | b'-')) {
        5
    } else {
        4
    };
    b.len() > after && b[..4].iter().all(u8::is_ascii_digit) && matches!(b[after], b'q' | b'Q')
}

/// A decade, century, half year or quarter after its year ([`period`]) as an expression.
fn period_expr(i: &str) -> Res<'_, Expr> {
    period(i).map(|(r, p)| match p {
        Period::Point(p) => (r, Expr::Point(p)),
        Period::Span(a, b) => (r, Expr::Range(a, b)),
    })
}

/// A form found at a word start, with what the guards look at around it.
struct Around<'a, 'c> {
    /// The form as written.
    written: &'a str,
    /// The text after it.
    rest: &'a str,
    /// The word before it, lower-case.
    prev: Cow<'a, str>,
    /// The context as the walk saw it (the word before as written, a currency sign).
    cx: &'c Context<'a>,
}

/// `word` lower-cased, copied only when it has a capital or a letter beyond ASCII.
fn lower_case(word: &str) -> Cow<'_, str> {
    if word
        .bytes()
        .all(|b| b.is_ascii() && !b.is_ascii_uppercase())
    {
        Cow::Borrowed(word)
    } else {
        Cow::Owned(word.to_lowercase())
    }
}

/// Whether the form is a date of two numbers, a year-less day ("4/22") or a month and year
/// ("2016/11"): glued to more signs before it, it is part of something longer (a web address,
/// "2015/02/23/4-people").
fn two_numbers(expr: &Expr, written: &str) -> bool {
    written.starts_with(|c: char| c.is_ascii_digit())
        && written.contains(['/', '-'])
        && matches!(
            expr,
            Expr::Point(
                Point::Day {
                    year: None,
                    month: Some(_),
                    ..
                } | Point::Month {
                    year: Some(_),
                    part: None,
                    ..
                } | Point::NumericDay { year: None, .. }
            )
        )
}

/// Whether the form is a bare year or a range of years, which may be numbers instead.
fn years_only(expr: &Expr) -> bool {
    matches!(
        expr,
        Expr::Point(Point::Year { part: None, .. })
            | Expr::Range(Point::Year { .. }, Point::Year { .. })
    )
}

/// What the walk does instead when a bare year or range of years is a number: an amount or an
/// address is skipped whole, one end of a range of numbers is left for the next word start.
/// `None` when it is a year.
fn year_as_number(a: &Around<'_, '_>) -> Option<Step> {
    let prev = a.prev.as_ref();
    // A bare year or range of years is an amount after a hedge (of this list or the rules'
    // numbers), after a currency sign or before a plural noun.
    if HEDGES.contains(&prev)
        || after_hedge(a.cx.before, a.cx.hedges)
        || a.cx.sign_before
        || !YEAR_PREPOSITIONS.contains(&prev) && counts_next(a.rest)
    {
        return Some(Step::Skip(a.written.len()));
    }
    // "the 1700 block of Main Street" is an address, whatever comes before it.
    if gap(a.rest)
        .is_ok_and(|(after, _)| keyword("block", after).is_ok() || keyword("blocks", after).is_ok())
    {
        return Some(Step::Skip(a.written.len()));
    }
    // "100-1000 grams", "500–2000": after a number and a dash, a year-shaped number ends a
    // range of numbers (a range of years was read from its first year).
    let after_number =
        a.cx.before
            .trim_end()
            .strip_suffix(['-', '–'])
            .is_some_and(|b| b.trim_end().ends_with(|c: char| c.is_ascii_digit()));
    if after_number {
        return Some(Step::Skip(a.written.len()));
    }
    // "1000-5000", "1000 – 5000": a year-shaped number before a dash and another number it
    // does not make a year range with is one end of a range of numbers.
    if recognize((opt(gap), one_of("-–"), opt(gap)))
        .parse(a.rest)
        .is_ok_and(|(after, _)| after.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Some(Step::Next);
    }
    // "between 2000 and 3000 people", "from 1500 to 4000": a year that opens a range of
    // numbers it cannot end as a year is one of those numbers.
    if matches!(prev, "between" | "from")
        && connector(a.rest, prev == "between")
            .is_ok_and(|(after, ())| after.starts_with(|c: char| c.is_ascii_digit()))
    {
        return Some(Step::Next);
    }
    None
}

/// Whether `before` ends, after a space, with one of `hedges` (lower-case phrases, one space
/// apart), whatever its case: "… rose to More than " ends with "more than". A phrase glued to a
/// longer word ("moreover") is not one.
fn after_hedge(before: &str, hedges: &[String]) -> bool {
    if !before.ends_with(char::is_whitespace) {
        return false;
    }
    let text = before.trim_end().as_bytes();
    hedges.iter().any(|h| {
        let h = h.as_bytes();
        text.len() >= h.len()
            && text[text.len() - h.len()..].eq_ignore_ascii_case(h)
            && text[..text.len() - h.len()]
                .last()
                .is_none_or(|&b| !b.is_ascii_alphanumeric() && b.is_ascii())
    })
}

/// Whether a month or weekday name is an ordinary word or part of a name here, not a date.
fn word_not_date(expr: &Expr, a: &Around<'_, '_>) -> bool {
    let after_preposition = CALENDAR_PREPOSITIONS.contains(&a.prev.as_ref());
    let first_word = a
        .written
        .split(|c: char| !c.is_alphanumeric())
        .next()
        .unwrap_or_default();
    // Lower-case "may" and "march" open a date only after a preposition of time, "on" only
    // before a day: "they march 20 kilometres", "rebels may 20 times have tried", "plans to
    // march on the capital", "the last may have been". With its day and year written it is a
    // date wherever it stands ("opened march 3 2015").
    if AMBIGUOUS_MONTHS.contains(&first_word) {
        let prev = a.prev.as_ref();
        let full = matches!(
            expr,
            Expr::Point(Point::Day {
                year: Some(_),
                month: Some(_),
                ..
            })
        );
        let dated = full || prev == "on" && a.written.bytes().any(|b| b.is_ascii_digit());
        let month = CALENDAR_PREPOSITIONS.contains(&prev) && !BEFORE_A_VERB.contains(&prev);
        if !(month || dated) {
            return true;
        }
    }
    if bare_month(expr, a.written) && !after_preposition && month_in_prose(a) {
        return true;
    }
    // "the 27th" alone is a date only after a preposition that can take one.
    if matches!(
        expr,
        Expr::Point(Point::Day {
            month: None,
            weekday: None,
            ..
        })
    ) && !BARE_DAY_PREPOSITIONS.contains(&a.prev.as_ref())
    {
        return true;
    }
    // "the Sunday Times", "the Friday Mosque": a weekday between "the" and a capitalised word
    // is part of a name.
    matches!(
        expr,
        Expr::Point(Point::Weekday {
            rule: WeekdayRule::OnOrBefore,
            ..
        })
    ) && a.prev == "the"
        && capitalised_next(a.rest)
}

/// Whether the form is a month name alone, one word with no year or part.
fn bare_month(expr: &Expr, written: &str) -> bool {
    matches!(
        expr,
        Expr::Point(Point::Month {
            year: None,
            part: None,
            ..
        })
    ) && !written.contains(char::is_whitespace)
}

/// Whether a month name alone, with no calendar preposition before it, is a word or part of a
/// name. It must look like a month: a capitalised full name that is not part of a name ("June
/// Carter", "Theresa May"). "May" and "March" alone are more often words, so they always need
/// the preposition.
fn month_in_prose(a: &Around<'_, '_>) -> bool {
    let word = a.written.trim_end_matches('.').to_lowercase();
    let full_name = !is_abbreviated_month(&word);
    let capitalised = a.written.starts_with(char::is_uppercase);
    let ambiguous = AMBIGUOUS_MONTHS.contains(&word.as_str());
    let in_name = a.cx.prev.starts_with(char::is_uppercase) || capitalised_next(a.rest);
    !capitalised || !full_name || ambiguous || in_name
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

/// Words of the future: after one of them in its clause, a bare "in two weeks" tells when
/// ("the trial will resume in two weeks", "he is expected to be released in 10 days"), not how
/// long something took ("the third raid in two weeks").
const FUTURE_WORDS: &[&str] = &[
    "will",
    "shall",
    "would",
    "won't",
    "wont",
    "going",
    "expected",
    "expects",
    "scheduled",
    "due",
    "plans",
    "planned",
    "should",
    "could",
    "might",
    "hopes",
    "intends",
];

/// Whether the clause before a candidate (after its last comma, semicolon or colon) holds a word
/// of the future, or a verb shortened with "'ll".
fn future_before(before: &str) -> bool {
    let clause = before.rsplit([',', ';', ':']).next().unwrap_or(before);
    clause
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '(' | ')'))
        .any(|word| {
            let word = word.to_ascii_lowercase().replace('’', "'");
            word.ends_with("'ll") || FUTURE_WORDS.contains(&word.as_str())
        })
}
