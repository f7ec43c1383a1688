//! The pieces the counted forms share: counts and the units they count ("three days", "a
//! week"), directions ("next", "past"), the n-th of a month ("the third", "the last") and the
//! months a count is placed in ("next month", "October 2015").

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::combinator::opt;

use super::pieces::{comma_or_gap, month_word, word_then_gap, year};
use crate::dates::{MonthRef, Unit};
use crate::lex::{Lead, Res, boundary, gap, keyword, lead, no_match, phrase};

/// "next", "coming", "upcoming" (forwards, 1) or "past", "last" (backwards, -1). "previous"
/// is left out: "the previous two days" counts back from the event told, not from the article.
pub(super) fn direction(i: &str) -> Res<'_, i32> {
    alt((
        |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("coming", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("upcoming", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("past", i).map(|(r, _)| (r, -1)),
        |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
    ))
    .parse(i)
}

/// What follows a count forward: "'s time", "' time" (either apostrophe), " time" or " from
/// now" ("in two weeks' time", "in 10 days from now").
pub(super) fn time_from_now(i: &str) -> Res<'_, &str> {
    alt((
        |i| phrase(i, "'s time"),
        |i| phrase(i, "' time"),
        |i| phrase(i, "’s time"),
        |i| phrase(i, "’ time"),
        |i| {
            let (i, _) = gap(i)?;
            alt((|i| keyword("time", i), |i| phrase(i, "from now"))).parse(i)
        },
    ))
    .parse(i)
}

/// A count and the unit it counts: "three days", "a week", "10 years", "two fortnights" (four
/// weeks), "two decades" (twenty years); not weekends.
pub(super) fn count_of_units(i: &str) -> Res<'_, (i32, Unit)> {
    let (i, n) = small_count(i)?;
    let (i, _) = gap(i)?;
    let (rest, (per, unit)) =
        alt((|i| unit_word(i).map(|(r, u)| (r, (1, u))), many_units)).parse(i)?;
    if unit == Unit::Weekend || n == 0 {
        return no_match(i);
    }
    Ok((rest, (n * per, unit)))
}

/// "fortnight" (two weeks) and "decade" (ten years), singular or plural, as a number of units.
pub(super) fn many_units(i: &str) -> Res<'_, (i32, Unit)> {
    alt((
        |i| keyword("fortnights", i).map(|(r, _)| (r, (2, Unit::Week))),
        |i| keyword("fortnight", i).map(|(r, _)| (r, (2, Unit::Week))),
        |i| keyword("decades", i).map(|(r, _)| (r, (10, Unit::Year))),
        |i| keyword("decade", i).map(|(r, _)| (r, (10, Unit::Year))),
    ))
    .parse(i)
}

/// "first" … "fifth" (or "1st" … "5th") as 1 to 5, "last" as -1.
pub(super) fn nth_word(i: &str) -> Res<'_, i8> {
    const NTH: [(&str, &str, i8); 5] = [
        ("first", "1st", 1),
        ("second", "2nd", 2),
        ("third", "3rd", 3),
        ("fourth", "4th", 4),
        ("fifth", "5th", 5),
    ];
    if let Ok((rest, _)) = keyword("last", i) {
        return Ok((rest, -1));
    }
    for (word, digits, n) in NTH {
        if let Ok((rest, _)) = keyword(word, i).or_else(|_| keyword(digits, i)) {
            return Ok((rest, n));
        }
    }
    no_match(i)
}

/// "next month", "last month", "this month", "the previous month", "the coming month".
pub(super) fn relative_month(i: &str) -> Res<'_, MonthRef> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, offset) = alt((
        |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
        |i| word_then_gap("current", i).map(|(r, _)| (r, 0)),
        direction,
    ))
    .parse(i)?;
    let (i, _) = keyword("month", i)?;
    Ok((i, MonthRef::Relative(offset)))
}

/// A relative month, or a named one with or without its year ("October", "October 2015",
/// "Oct. of 2015").
pub(super) fn any_month(i: &str) -> Res<'_, MonthRef> {
    alt((relative_month, |i| {
        let (i, month) = month_word(i)?;
        let (i, year) = opt(|i| {
            let (i, _) = alt((
                |i| {
                    let (i, _) = gap(i)?;
                    word_then_gap("of", i)
                },
                comma_or_gap,
            ))
            .parse(i)?;
            year(i)
        })
        .parse(i)?;
        Ok((i, MonthRef::Named { year, month }))
    }))
    .parse(i)
}

/// The number words of "… ago", one to twelve, in order.
pub(super) const COUNT_WORDS: &[&str] = &[
    "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten", "eleven",
    "twelve",
];

/// "day", "days", "week", "weeks", "weekend", "month", "months", "quarter", "year", "years",
/// and the abbreviations "wk", "qtr", "yr" ("last qtr", "5 yrs ago").
pub(super) fn unit_word(i: &str) -> Res<'_, Unit> {
    const UNITS: [(&str, &str, Unit); 9] = [
        ("days", "day", Unit::Day),
        ("weekend", "weekend", Unit::Weekend),
        ("weeks", "week", Unit::Week),
        ("months", "month", Unit::Month),
        ("quarters", "quarter", Unit::Quarter),
        ("years", "year", Unit::Year),
        ("wks", "wk", Unit::Week),
        ("qtrs", "qtr", Unit::Quarter),
        ("yrs", "yr", Unit::Year),
    ];
    // A word of ASCII letters is one of them or none: compared whole, it is read once.
    if let Lead::Ascii(word) = lead(i) {
        let unit = UNITS.iter().find(|(plural, singular, _)| {
            word.eq_ignore_ascii_case(plural) || word.eq_ignore_ascii_case(singular)
        });
        return match unit {
            Some(&(_, _, unit)) => Ok((&i[word.len()..], unit)),
            None => no_match(i),
        };
    }
    for (plural, singular, unit) in UNITS {
        if let Ok((rest, _)) = keyword(plural, i).or_else(|_| keyword(singular, i)) {
            return Ok((rest, unit));
        }
    }
    no_match(i)
}

/// A small count before "ago": digits up to 999, "a"/"an" (one), or a number word to twelve.
pub(super) fn small_count(i: &str) -> Res<'_, i32> {
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
    larger_count(i)
}

/// "thirteen" to "ninety-nine" in words ("the past thirty years", "the next forty-five days").
fn larger_count(i: &str) -> Res<'_, i32> {
    const TEENS: [&str; 7] = [
        "thirteen",
        "fourteen",
        "fifteen",
        "sixteen",
        "seventeen",
        "eighteen",
        "nineteen",
    ];
    const TENS: [&str; 8] = [
        "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety",
    ];
    if let Some((rest, n)) = (13..)
        .zip(TEENS)
        .find_map(|(n, w)| Some((keyword(w, i).ok()?.0, n)))
    {
        return Ok((rest, n));
    }
    let Some((rest, tens)) = (2..)
        .zip(TENS)
        .find_map(|(n, w)| Some((keyword(w, i).ok()?.0, n * 10)))
    else {
        return no_match(i);
    };
    // "forty-five", "forty five": a unit word after the tens.
    Ok(match units_after_tens(rest) {
        Some((rest, n)) => (rest, tens + n),
        None => (rest, tens),
    })
}

/// "-five" or " five" after a tens word: the rest and the units, 1 to 9.
fn units_after_tens(r: &str) -> Option<(&str, i32)> {
    let r = r.strip_prefix(['-', ' '])?;
    (1..10)
        .zip(COUNT_WORDS)
        .find_map(|(n, w)| Some((keyword(w, r).ok()?.0, n)))
}
