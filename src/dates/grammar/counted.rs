//! Counted forms: windows of whole units next to the reference ("the next three days", "the
//! past two weeks", "within five years"), counts from now or from a named day ("two weeks from
//! now", "three days after tomorrow"), and days picked out of a month ("the 20th of next month",
//! "the second Monday of October", "the last day of October 2015"); and the counts and units
//! the relative forms share ("two days ago").

use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

use super::loose::{after_count, loose};
use super::pieces::{day_in_words_or_digits, day_ordinal_word, weekday_word, word_then_gap};
use super::slices::slice;
use super::spans::spans;
pub(super) use super::units::{COUNT_WORDS, small_count, unit_word};
use super::units::{
    any_month, count_of_units, direction, many_units, nth_word, relative_month, time_from_now,
};
use super::weekof::{anchor, week_of};
use super::weeks::weeks;
use crate::dates::calendar::weekday_of;
use crate::dates::{Anchor, DayOfMonth, MonthRef, Point, Side, Unit, WeekdayRule};
use crate::lex::{Lead, Res, gap, keyword, lead, no_match, phrase};
use jiff::civil::Weekday;

/// Any counted form. Most word starts open none: a cheap look at the first word (and, at a
/// digit, at the word after it) turns them away before the forms are tried.
pub(super) fn counted(i: &str) -> Res<'_, Point> {
    if !may_open(i) {
        return no_match(i);
    }
    alt((
        week_of,
        loose,
        shift,
        spans,
        weeks,
        slice,
        window,
        from_now,
        in_month,
        stretch,
        weekdays_counted,
    ))
    .parse(i)
}

/// "three Sundays from now", "three Fridays ago": the n-th such weekday after (or before) the
/// reference, the first after (before) it being the first.
fn weekdays_counted(i: &str) -> Res<'_, Point> {
    let (i, n) = small_count(i)?;
    let (i, _) = gap(i)?;
    let Some((rest, weekday)) = plural_weekday(i) else {
        return no_match(i);
    };
    let (rest, _) = gap(rest)?;
    let (rest, ahead) = alt((
        |i| phrase(i, "from now").map(|(r, _)| (r, true)),
        |i| keyword("ago", i).map(|(r, _)| (r, false)),
    ))
    .parse(rest)?;
    let (rule, sign) = if ahead {
        (WeekdayRule::After, 1)
    } else {
        (WeekdayRule::Before, -1)
    };
    let from = Anchor::Weekday(weekday, rule);
    let count = sign * (n - 1);
    Ok((
        rest,
        Point::Shift {
            unit: Unit::Week,
            count,
            from,
        },
    ))
}

/// A weekday's name with or without a plural "s" ("Sundays", "monday"), and the rest.
pub(super) fn plural_weekday(i: &str) -> Option<(&str, Weekday)> {
    let end = i
        .find(|c: char| !c.is_ascii_alphabetic())
        .unwrap_or(i.len());
    let word = &i[..end];
    let name = word.strip_suffix(['s', 'S']).unwrap_or(word);
    weekday_of(name).map(|w| (&i[end..], w))
}

/// Whether a counted form may start here. At a digit, the word after the number (and its
/// ordinal suffix) must be a unit, "day" or "of" ("5 days from now", "the 20th of"); elsewhere
/// the first word must be one a counted form opens with.
fn may_open(i: &str) -> bool {
    const OPENERS: &[&str] = &[
        "the",
        "next",
        "coming",
        "upcoming",
        "past",
        "last",
        "within",
        "in",
        "earlier",
        "later",
        "rest",
        "a",
        "an",
        "twenty",
        "thirty",
        "this",
        "early",
        "late",
        "mid",
        "beginning",
        "start",
        "middle",
        "end",
        "eoy",
        "tmrw",
        "for",
        "less",
        "week",
        "w",
        "iso",
        "calendar",
        "year",
        "month",
        "quarter",
        "ytd",
        "few",
        "several",
        "couple",
        "day",
        "current",
    ];
    let Lead::Ascii(word) = lead(i) else {
        return false;
    };
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        let after = &i[word.len()..];
        let rest = after.trim_start();
        return rest.len() < after.len()
            && (unit_word(rest).is_ok() || keyword("of", rest).is_ok() || after_count(rest));
    }
    OPENERS.iter().any(|w| w.eq_ignore_ascii_case(word))
        || COUNT_WORDS.iter().any(|w| w.eq_ignore_ascii_case(word))
        || day_ordinal_word(i).is_ok()
}

/// "earlier this month", "later in the year", "later this week", "the rest of the year", "rest
/// of this week".
fn stretch(i: &str) -> Res<'_, Point> {
    let this_unit = |i| {
        let (i, _) = alt((
            |i| word_then_gap("this", i),
            |i| word_then_gap("in the", i),
            |i| word_then_gap("the", i),
        ))
        .parse(i)?;
        let (rest, unit) = unit_word(i)?;
        // One unit: "the rest of the years" is none.
        if unit == Unit::Weekend || i[..i.len() - rest.len()].ends_with(['s', 'S']) {
            return no_match(i);
        }
        Ok((rest, unit))
    };
    let earlier_later = |i| {
        let (i, side) = alt((
            |i| word_then_gap("earlier", i).map(|(r, _)| (r, Side::Earlier)),
            |i| word_then_gap("later", i).map(|(r, _)| (r, Side::Later)),
        ))
        .parse(i)?;
        let (i, unit) = this_unit(i)?;
        Ok((i, (unit, side)))
    };
    let rest = |i| {
        let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
        let (i, _) = word_then_gap("rest of", i)?;
        // "rest of the week", "rest of my week", "rest of week".
        let (i, unit) = alt((this_unit, |i| {
            let (i, _) = opt(|i| word_then_gap("my", i)).parse(i)?;
            alt((
                |i| keyword("week", i).map(|(r, _)| (r, Unit::Week)),
                |i| keyword("month", i).map(|(r, _)| (r, Unit::Month)),
                |i| keyword("year", i).map(|(r, _)| (r, Unit::Year)),
            ))
            .parse(i)
        }))
        .parse(i)?;
        Ok((i, (unit, Side::Rest)))
    };
    let (i, (unit, side)) = alt((earlier_later, rest)).parse(i)?;
    Ok((i, Point::Stretch { unit, side }))
}

/// "the next three days", "the past two weeks", "last 3 months", "the past fortnight", "the
/// next decade" (ten years from tomorrow, not the 2030s) ("within" is the spans').
fn window(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, sign) = direction(i)?;
    let (i, (n, unit)) = alt((count_of_units, many_units)).parse(i)?;
    Ok((
        i,
        Point::Window {
            unit,
            count: sign * n,
        },
    ))
}

/// "two weeks from now", "three years hence", "in two weeks' time": a unit counted forwards
/// from the reference's, as "two weeks ago" counts backwards. A bare "in two weeks" is left
/// out: in news prose it more often says how long something took ("the third attack in two
/// weeks").
fn from_now(i: &str) -> Res<'_, Point> {
    let counted_then = |i| {
        let (i, (n, unit)) = count_of_units(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = alt((|i| phrase(i, "from now"), |i| keyword("hence", i))).parse(i)?;
        Ok((i, (n, unit)))
    };
    let in_time = |i| {
        let (i, _) = word_then_gap("in", i)?;
        let (i, (n, unit)) = count_of_units(i)?;
        let (i, _) = time_from_now(i)?;
        Ok((i, (n, unit)))
    };
    let (i, (offset, unit)) = alt((counted_then, in_time)).parse(i)?;
    Ok((
        i,
        Point::Relative {
            unit,
            offset,
            part: None,
        },
    ))
}

/// "five weeks from tomorrow", "three days after today", "four days before yesterday", "in two
/// days from today", "two weeks before May 13, 1999", "three days after next Friday": a count
/// from a day [`anchor`] names.
fn shift(i: &str) -> Res<'_, Point> {
    // "in three days from today" counts the same.
    let (i, _) = opt(|i| word_then_gap("in", i)).parse(i)?;
    let (i, (n, unit)) = count_of_units(i)?;
    let (i, _) = gap(i)?;
    let (i, sign) = alt((
        |i| word_then_gap("from", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("after", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("before", i).map(|(r, _)| (r, -1)),
    ))
    .parse(i)?;
    let (i, from) = alt((
        |i| keyword("tmrw", i).map(|(r, _)| (r, Anchor::Days(1))),
        anchor,
    ))
    .parse(i)?;
    Ok((
        i,
        Point::Shift {
            unit,
            count: sign * n,
            from,
        },
    ))
}

/// "the 20th of next month", "the 15th day of last month", "the second Monday of October",
/// "the last Friday of next month", "the last day of October 2015", "the first day of March".
fn in_month(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let numbered = |i| {
        let (i, d) = day_in_words_or_digits(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = opt(|i| word_then_gap("day", i)).parse(i)?;
        let (i, _) = word_then_gap("of", i)?;
        let (i, month) = relative_month(i)?;
        Ok((i, (month, DayOfMonth::Number(d))))
    };
    let nth = |i| {
        let (i, n) = nth_word(i)?;
        let (i, _) = gap(i)?;
        let (i, day) = alt((
            |i| {
                keyword("day", i).map(|(r, _)| {
                    (
                        r,
                        if n < 0 {
                            DayOfMonth::Last
                        } else {
                            DayOfMonth::Number(n)
                        },
                    )
                })
            },
            |i| weekday_word(i).map(|(r, w)| (r, DayOfMonth::Nth(n, w))),
        ))
        .parse(i)?;
        if matches!(day, DayOfMonth::Number(n) if n != 1) {
            return no_match(i);
        }
        let (i, _) = gap(i)?;
        let (i, _) = word_then_gap("of", i)?;
        let (i, month) = any_month(i)?;
        Ok((i, (month, day)))
    };
    let (i, (month, day)) = alt((numbered, nth, nth_alone)).parse(i)?;
    Ok((i, Point::InMonth { month, day }))
}

/// "the second Sunday", "first Tuesday": the n-th such weekday of the reference's month, where
/// no month, count or other day follows ("the first Sunday of Lent", "the second Sunday in a
/// row", "the first Friday after the vote" are not dates). "last Sunday" is a weekday
/// (`weekdays`), not the month's last.
fn nth_alone(i: &str) -> Res<'_, (MonthRef, DayOfMonth)> {
    const NOT_AFTER: &[&str] = &[
        "of",
        "in",
        "after",
        "before",
        "since",
        "running",
        "straight",
        "following",
    ];
    let (i, n) = nth_word(i)?;
    if n < 0 {
        return no_match(i);
    }
    let (i, _) = gap(i)?;
    let (rest, weekday) = weekday_word(i)?;
    let next = rest
        .trim_start()
        .split(|c: char| !c.is_alphanumeric())
        .next();
    if next.is_some_and(|w| NOT_AFTER.iter().any(|n| n.eq_ignore_ascii_case(w)))
        || rest.starts_with(['\'', '’', '-'])
    {
        return no_match(i);
    }
    Ok((rest, (MonthRef::Relative(0), DayOfMonth::Nth(n, weekday))))
}
