//! Weeks and weekends as news writes them: a week counted in a month or year ("the fourth week
//! of this month", "the last week of June", "the first week of 2016", "the second week next
//! year"), part of a week ("early this week", "late last week", "the end of this week"), parts of
//! the current month or year written without "the" ("end of month", "EOY"), weekends named from
//! the reference ("this weekend", "next weekend", "the weekend after next"), the units after
//! next ("the quarter after next") and "tmrw".

use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

use super::pieces::{word_then_gap, written_year};
use super::units::{any_month, nth_word};
use crate::dates::{Part, Point, Unit, WeekOf, WeekendRef};
use crate::lex::{Res, gap, keyword, no_match, phrase, tag_ci};

/// Any form of this module.
pub(super) fn weeks(i: &str) -> Res<'_, Point> {
    alt((nth_week, week_part, weekend, after_next, tmrw)).parse(i)
}

/// "the second week of this month", "the last week of June", "2nd week of Oct. 2018", "the first
/// week of 2015", "the last week of the year", "the second week next year". The week must be
/// placed: "the last week of talks" is none, and leaves "last week" to the relative forms.
fn nth_week(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, n) = nth_word(i)?;
    let (i, _) = gap(i)?;
    let (i, _) = keyword("week", i)?;
    let (i, _) = gap(i)?;
    let of_target = |i| {
        let (i, _) = alt((|i| word_then_gap("of", i), |i| word_then_gap("in", i))).parse(i)?;
        alt((
            |i| written_year(i).map(|(r, y)| (r, WeekOf::Year(y))),
            |i| relative_year(i).map(|(r, y)| (r, WeekOf::RelativeYear(y))),
            |i| any_month(i).map(|(r, m)| (r, WeekOf::Month(m))),
        ))
        .parse(i)
    };
    let next_year = |i| relative_year(i).map(|(r, y)| (r, WeekOf::RelativeYear(y)));
    let (i, of) = alt((of_target, next_year)).parse(i)?;
    Ok((i, Point::NthWeek { n, of }))
}

/// "this year", "next year", "last year", "the current year", "this calendar year", "the year"
/// (the reference's), as years from the reference's.
pub(super) fn relative_year(i: &str) -> Res<'_, i32> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, offset) = opt(determiner).parse(i)?;
    let (i, _) = opt(|i| word_then_gap("calendar", i)).parse(i)?;
    let (i, _) = keyword("year", i)?;
    Ok((i, offset.unwrap_or(0)))
}

/// "this" or "current" (0), "next" (1), "last" (-1).
fn determiner(i: &str) -> Res<'_, i32> {
    alt((
        |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
        |i| word_then_gap("current", i).map(|(r, _)| (r, 0)),
        |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
    ))
    .parse(i)
}

/// "early next week", "late last week", "mid next week", "the beginning of next week", "the end
/// of the week", "end of this week"; and a part of the current month or year written without
/// "the" ("end of month", "beginning of year"), or "EOY".
fn week_part(i: &str) -> Res<'_, Point> {
    if let Ok((rest, _)) = keyword("eoy", i) {
        return Ok((rest, relative(Unit::Year, 0, Some(Part::Late))));
    }
    let (i, (part, the_of)) = alt((
        |i| {
            let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
            let (i, part) = alt((
                |i| word_then_gap("beginning of", i).map(|(r, _)| (r, Part::Early)),
                |i| word_then_gap("start of", i).map(|(r, _)| (r, Part::Early)),
                |i| word_then_gap("middle of", i).map(|(r, _)| (r, Part::Mid)),
                |i| word_then_gap("end of", i).map(|(r, _)| (r, Part::Late)),
            ))
            .parse(i)?;
            Ok((i, (part, true)))
        },
        |i| {
            let (i, part) = alt((
                |i| word_then_gap("early", i).map(|(r, _)| (r, Part::Early)),
                |i| word_then_gap("late", i).map(|(r, _)| (r, Part::Late)),
                |i| {
                    let (i, _) = tag_ci("mid", i)?;
                    let (i, _) = alt((|i| tag_ci("-", i), gap)).parse(i)?;
                    Ok((i, Part::Mid))
                },
            ))
            .parse(i)?;
            Ok((i, (part, false)))
        },
    ))
    .parse(i)?;
    let (i, offset) = opt(alt((determiner, |i| {
        word_then_gap("the", i).map(|(r, _)| (r, 0))
    })))
    .parse(i)?;
    // "late this week", "the end of the week", "end of week"; not "a late week rally".
    if let Ok((rest, _)) = keyword("week", i)
        && (the_of || offset.is_some())
    {
        return Ok((rest, relative(Unit::Week, offset.unwrap_or(0), Some(part))));
    }
    // "end of month": the bare unit only after "end of" and its kin; "early month" is none.
    if offset.is_some() || !the_of {
        return no_match(i);
    }
    let (rest, unit) = alt((
        |i| keyword("month", i).map(|(r, _)| (r, Unit::Month)),
        |i| keyword("year", i).map(|(r, _)| (r, Unit::Year)),
    ))
    .parse(i)?;
    Ok((rest, relative(unit, 0, Some(part))))
}

/// A relative unit, or part of one.
fn relative(unit: Unit, offset: i32, part: Option<Part>) -> Point {
    Point::Relative { unit, offset, part }
}

/// "this weekend", "next weekend", "last weekend", "this coming weekend", "the upcoming
/// weekend" (see [`WeekendRef`]). "this past weekend" and "the weekend" are the relative forms'
/// (the weekend just gone).
fn weekend(i: &str) -> Res<'_, Point> {
    let (i, which) = alt((
        |i| word_then_gap("this coming", i).map(|(r, _)| (r, WeekendRef::Coming)),
        |i| word_then_gap("this upcoming", i).map(|(r, _)| (r, WeekendRef::Coming)),
        |i| {
            let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
            alt((
                |i| word_then_gap("coming", i).map(|(r, _)| (r, WeekendRef::Coming)),
                |i| word_then_gap("upcoming", i).map(|(r, _)| (r, WeekendRef::Coming)),
            ))
            .parse(i)
        },
        |i| word_then_gap("this", i).map(|(r, _)| (r, WeekendRef::This(0))),
        |i| word_then_gap("next", i).map(|(r, _)| (r, WeekendRef::This(1))),
        |i| word_then_gap("last", i).map(|(r, _)| (r, WeekendRef::Last)),
    ))
    .parse(i)?;
    let (i, _) = keyword("weekend", i)?;
    Ok((i, Point::Weekend(which)))
}

/// Whether the words before "this weekend" tell of the weekend ahead: a word of the future
/// (`future`, or a verb shortened with "'ll") among the last eight words of its clause, with no
/// word after it that tells of the past but after "be" ("officers slain in an attack this
/// weekend": the "will" of "his office will perform autopsies" is not about the weekend).
pub(super) fn said_ahead(before: &str, future: &[&str]) -> bool {
    const PAST: &[&str] = &[
        "slain", "shot", "hit", "held", "struck", "died", "fought", "won", "lost", "began", "came",
        "took", "left", "fell", "was", "were", "had",
    ];
    let clause = before.rsplit([',', ';', ':', '.']).next().unwrap_or(before);
    let words: Vec<String> = clause
        .split(|c: char| c.is_whitespace() || matches!(c, '"' | '“' | '”' | '(' | ')'))
        .filter(|w| !w.is_empty())
        .map(|w| w.to_ascii_lowercase().replace('’', "'"))
        .collect();
    let recent = &words[words.len().saturating_sub(8)..];
    let Some(at) = recent
        .iter()
        .rposition(|w| w.ends_with("'ll") || future.contains(&w.as_str()))
    else {
        return false;
    };
    // A participle after "be" is still the future ("it will be held this weekend").
    !recent[at..].windows(2).any(|pair| {
        let w = pair[1].as_str();
        let passive = matches!(pair[0].as_str(), "be" | "been" | "being");
        !passive && (w.ends_with("ed") || PAST.contains(&w))
    })
}

/// "the week after next", "the month after next", "the quarter after next", "the weekend after
/// next": two units on.
fn after_next(i: &str) -> Res<'_, Point> {
    let (i, _) = word_then_gap("the", i)?;
    let (i, unit) = alt((
        |i| word_then_gap("weekend", i).map(|(r, _)| (r, Unit::Weekend)),
        |i| word_then_gap("week", i).map(|(r, _)| (r, Unit::Week)),
        |i| word_then_gap("month", i).map(|(r, _)| (r, Unit::Month)),
        |i| word_then_gap("quarter", i).map(|(r, _)| (r, Unit::Quarter)),
        |i| word_then_gap("year", i).map(|(r, _)| (r, Unit::Year)),
    ))
    .parse(i)?;
    let (i, _) = word_then_gap("after", i)?;
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, _) = keyword("next", i)?;
    let point = match unit {
        Unit::Weekend => Point::Weekend(WeekendRef::This(2)),
        unit => relative(unit, 2, None),
    };
    Ok((i, point))
}

/// "tmrw" and "the day after tmrw", the short "tomorrow".
fn tmrw(i: &str) -> Res<'_, Point> {
    let (i, offset) = alt((
        |i| phrase(i, "the day after tmrw").map(|(r, _)| (r, 2)),
        |i| keyword("tmrw", i).map(|(r, _)| (r, 1)),
    ))
    .parse(i)?;
    Ok((i, relative(Unit::Day, offset, None)))
}

/// Whether `rest` (the text after "the") opens "month after", "year after" or "quarter after"
/// ("the quarter after next"): the walk's prefilter lets these through.
pub(super) fn unit_after(rest: &str) -> bool {
    let unit = alt((
        |i| word_then_gap("month", i),
        |i| word_then_gap("year", i),
        |i| word_then_gap("quarter", i),
    ))
    .parse(rest);
    unit.is_ok_and(|(i, _)| keyword("after", i).is_ok())
}
