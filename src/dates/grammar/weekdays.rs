//! Weekdays: "Monday", "Thu", "last Sunday", "this coming Friday", "Tuesday of last week",
//! "Friday next week", "next week on Friday", and a weekday with its date ("Monday, September
//! 2", "Sunday the 24th", "Sat 14th").

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::combinator::opt;

use super::pieces::{
    comma_or_gap, day_in_words_or_digits, day_month, day_number, ends_clause, impossible,
    month_day, valid_day, word_then_gap,
};
use super::spoken::spoken_day;
use super::units::count_of_units;
use crate::dates::calendar::{weekday_abbreviation, weekday_of};
use crate::dates::{Point, Unit, WeekdayRule};
use crate::lex::{Lead, Res, boundary, gap, keyword, lead, no_match, phrase};
use jiff::civil::Weekday;

/// "Monday", "on Friday" (without the "on"), "last Sunday", "this Friday", "this coming Friday",
/// "Tuesday of last week", "Friday next week", "next week on Friday", "Monday, September 2",
/// "Saturday, Oct. 4, 2025", "Sunday the 24th", "Sun 14th".
pub(in crate::dates) fn weekday(i: &str) -> Res<'_, Point> {
    // Every form opens with a weekday or one of the words before one: one look at the first
    // word turns the other starts away.
    const BEFORE: &[&str] = &["this", "last", "past", "coming", "upcoming", "next"];
    let opens = match lead(i) {
        Lead::Ascii(word) => {
            BEFORE.iter().any(|w| w.eq_ignore_ascii_case(word))
                || weekday_of(word).is_some()
                || weekday_abbreviation(word).is_some()
        }
        _ => false,
    };
    if !opens {
        return no_match(i);
    }
    if let Ok(found) = week_then_weekday(i) {
        return Ok(found);
    }
    let (i, modifier) = opt(alt((
        |i| word_then_gap("this past", i).map(|(r, _)| (r, Modifier::Before)),
        |i| word_then_gap("last", i).map(|(r, _)| (r, Modifier::Before)),
        |i| word_then_gap("past", i).map(|(r, _)| (r, Modifier::Before)),
        |i| word_then_gap("this coming", i).map(|(r, _)| (r, Modifier::After)),
        |i| word_then_gap("this upcoming", i).map(|(r, _)| (r, Modifier::After)),
        |i| word_then_gap("coming", i).map(|(r, _)| (r, Modifier::After)),
        |i| word_then_gap("upcoming", i).map(|(r, _)| (r, Modifier::After)),
        |i| word_then_gap("this", i).map(|(r, _)| (r, Modifier::Week(0))),
        |i| word_then_gap("next", i).map(|(r, _)| (r, Modifier::Week(1))),
    )))
    .parse(i)?;
    let (i, (wd, alone)) = weekday_name(i)?;
    // The written date wins over "last" or "this"; the weekday is kept to be checked.
    if let Ok((rest, (year, month, day))) = dated(i) {
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
    if let Ok((rest, offset)) = of_week(i) {
        return Ok((
            rest,
            Point::Weekday {
                weekday: wd,
                rule: WeekdayRule::InWeek(offset),
            },
        ));
    }
    let rule = match modifier {
        None if !alone => return no_match(i),
        None => WeekdayRule::OnOrBefore,
        Some(Modifier::Before) => WeekdayRule::Before,
        Some(Modifier::After) => WeekdayRule::After,
        Some(Modifier::Week(n)) => WeekdayRule::InWeek(n),
    };
    Ok((i, Point::Weekday { weekday: wd, rule }))
}

/// What a word before a weekday says about it.
#[derive(Clone, Copy)]
enum Modifier {
    /// "last", "past": strictly before the reference.
    Before,
    /// "coming", "upcoming": strictly after it.
    After,
    /// "this" (0), "next" (1): in the week this many weeks on.
    Week(i32),
}

/// A weekday's full name ("Thursday"), or an abbreviation with or without its period ("Thu.",
/// "tues"), with whether it may stand alone as a date (see `WEEKDAY_ABBREVIATIONS`).
pub(super) fn weekday_name(i: &str) -> Res<'_, (Weekday, bool)> {
    let (rest, word) = take_while_m_n(3, 9, |c: char| c.is_ascii_alphabetic()).parse(i)?;
    let (rest, ()) = boundary(rest)?;
    if let Some(w) = weekday_of(word) {
        return Ok((rest, (w, true)));
    }
    match weekday_abbreviation(word) {
        Some(found) => Ok((rest.strip_prefix('.').unwrap_or(rest), found)),
        None => no_match(i),
    }
}

/// The date after a weekday: ", September 2", " 2 Sep 2024", " the 21st", " the fifteenth",
/// " 14th", or a bare day number that ends the clause ("Sunday 31.").
pub(super) fn dated(i: &str) -> Res<'_, (Option<i16>, Option<i8>, i8)> {
    alt((
        |i| {
            let (i, _) = comma_or_gap(i)?;
            let (i, (y, m, d)) = alt((month_day, day_month)).parse(i)?;
            Ok((i, (y, Some(m), d)))
        },
        |i| {
            let (i, _) = gap(i)?;
            let (i, _) = word_then_gap("the", i)?;
            let (i, d) = day_in_words_or_digits(i)?;
            Ok((i, (None, None, d)))
        },
        // "Friday the fifteen." at the clause's end; not "Friday the two sides met".
        |i| {
            let (i, _) = gap(i)?;
            let (i, _) = word_then_gap("the", i)?;
            let (rest, d) = spoken_day(i)?;
            if !ends_clause(rest) {
                return no_match(i);
            }
            Ok((rest, (None, None, d)))
        },
        |i| {
            let (i, _) = gap(i)?;
            let (rest, d) = day_number(i)?;
            // "Sat 14th", "Friday 31.": not "Sunday 31 people".
            let suffixed = i[..i.len() - rest.len()].ends_with(|c: char| c.is_ascii_alphabetic());
            if !(suffixed || ends_clause(rest)) {
                return no_match(i);
            }
            Ok((rest, (None, None, d)))
        },
    ))
    .parse(i)
}

/// " of last week", " next week", " this week", " two weeks from now", ", in three weeks": the
/// week a weekday is in, in weeks from the reference's.
fn of_week(i: &str) -> Res<'_, i32> {
    let (i, _) = alt((|i| phrase(i, ", "), gap)).parse(i)?;
    // "in" before the count or "from now" after it: "Monday, two weeks after the attack" is
    // counted from the story's day.
    let weeks_on = |i| {
        let (i, with_in) = opt(|i| word_then_gap("in", i)).parse(i)?;
        let (i, (n, unit)) = count_of_units(i)?;
        let (i, from_now) = opt(|i| {
            let (i, _) = gap(i)?;
            phrase(i, "from now")
        })
        .parse(i)?;
        if unit != Unit::Week || with_in.is_none() && from_now.is_none() {
            return no_match(i);
        }
        Ok((i, n))
    };
    alt((
        |i| {
            let (i, _) = opt(|i| word_then_gap("of", i)).parse(i)?;
            week_offset(i)
        },
        weeks_on,
    ))
    .parse(i)
}

/// "last week" (-1), "this week" (0), "next week" (1).
pub(super) fn week_offset(i: &str) -> Res<'_, i32> {
    let (i, offset) = alt((
        |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
        |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
        |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
    ))
    .parse(i)?;
    let (i, _) = keyword("week", i)?;
    Ok((i, offset))
}

/// "next week Sunday", "next week on Tuesday". A weekday with its date ("last week on Saturday,
/// Aug 10") is read as that day instead, the week left alone.
fn week_then_weekday(i: &str) -> Res<'_, Point> {
    let (i, offset) = week_offset(i)?;
    let (i, _) = gap(i)?;
    let (i, _) = opt(|i| word_then_gap("on", i)).parse(i)?;
    let (i, (weekday, _)) = weekday_name(i)?;
    if dated(i).is_ok() {
        return no_match(i);
    }
    Ok((
        i,
        Point::Weekday {
            weekday,
            rule: WeekdayRule::InWeek(offset),
        },
    ))
}
