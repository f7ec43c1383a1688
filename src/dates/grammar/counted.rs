//! Counted forms: windows of whole units next to the reference ("the next three days", "the
//! past two weeks", "within five years"), counts from now or from a named day ("two weeks from
//! now", "three days after tomorrow"), and days picked out of a month ("the 20th of next month",
//! "the second Monday of October", "the last day of October 2015"); and the counts and units
//! the relative forms share ("two days ago").

use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

use super::pieces::{
    comma_or_gap, day_in_words_or_digits, day_ordinal_word, month_word, weekday_word,
    word_then_gap, year,
};
use crate::dates::{DayOfMonth, MonthRef, Point, Side, Unit};
use nom::bytes::complete::take_while_m_n;

use crate::lex::{Lead, Res, boundary, gap, keyword, lead, no_match, phrase};

/// Any counted form. Most word starts open none: a cheap look at the first word (and, at a
/// digit, at the word after it) turns them away before the forms are tried.
pub(super) fn counted(i: &str) -> Res<'_, Point> {
    if !may_open(i) {
        return no_match(i);
    }
    alt((window, from_now, shift, in_month, stretch)).parse(i)
}

/// Whether a counted form may start here. At a digit, the word after the number (and its
/// ordinal suffix) must be a unit, "day" or "of" ("5 days from now", "the 20th of"); elsewhere
/// the first word must be one a counted form opens with.
fn may_open(i: &str) -> bool {
    const OPENERS: &[&str] = &[
        "the", "next", "coming", "upcoming", "past", "last", "within", "in", "earlier", "later",
        "rest", "a", "an", "twenty", "thirty",
    ];
    let Lead::Ascii(word) = lead(i) else {
        return false;
    };
    if word.starts_with(|c: char| c.is_ascii_digit()) {
        let after = &i[word.len()..];
        let rest = after.trim_start();
        return rest.len() < after.len()
            && (unit_word(rest).is_ok() || keyword("of", rest).is_ok());
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
        let (i, unit) = this_unit(i)?;
        Ok((i, (unit, Side::Rest)))
    };
    let (i, (unit, side)) = alt((earlier_later, rest)).parse(i)?;
    Ok((i, Point::Stretch { unit, side }))
}

/// "next", "coming", "upcoming" (forwards, 1) or "past", "last" (backwards, -1). "previous"
/// is left out: "the previous two days" counts back from the event told, not from the article.
fn direction(i: &str) -> Res<'_, i32> {
    alt((
        |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("coming", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("upcoming", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("past", i).map(|(r, _)| (r, -1)),
        |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
    ))
    .parse(i)
}

/// A count and the unit it counts: "three days", "a week", "10 years"; not weekends.
fn count_of_units(i: &str) -> Res<'_, (i32, Unit)> {
    let (i, n) = small_count(i)?;
    let (i, _) = gap(i)?;
    let (rest, unit) = unit_word(i)?;
    if unit == Unit::Weekend || n == 0 {
        return no_match(i);
    }
    Ok((rest, (n, unit)))
}

/// "the next three days", "the past two weeks", "last 3 months", "within five years", "within
/// the next 10 months".
fn window(i: &str) -> Res<'_, Point> {
    let directed = |i| {
        let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
        let (i, sign) = direction(i)?;
        let (i, (n, unit)) = count_of_units(i)?;
        Ok((i, (sign * n, unit)))
    };
    let within = |i| {
        let (i, _) = word_then_gap("within", i)?;
        let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
        let (i, _) = opt(alt((
            |i| word_then_gap("next", i),
            |i| word_then_gap("coming", i),
        )))
        .parse(i)?;
        let (i, (n, unit)) = count_of_units(i)?;
        Ok((i, (n, unit)))
    };
    let (i, (count, unit)) = alt((directed, within)).parse(i)?;
    Ok((i, Point::Window { unit, count }))
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
        let (i, _) = alt((
            |i| phrase(i, "'s time"),
            |i| phrase(i, "' time"),
            |i| phrase(i, "’s time"),
            |i| phrase(i, "’ time"),
            |i| {
                let (i, _) = gap(i)?;
                alt((|i| keyword("time", i), |i| phrase(i, "from now"))).parse(i)
            },
        ))
        .parse(i)?;
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

/// "three weeks from tomorrow", "two days after today", "four days before yesterday".
fn shift(i: &str) -> Res<'_, Point> {
    let (i, (n, unit)) = count_of_units(i)?;
    let (i, _) = gap(i)?;
    let (i, sign) = alt((
        |i| word_then_gap("from", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("after", i).map(|(r, _)| (r, 1)),
        |i| word_then_gap("before", i).map(|(r, _)| (r, -1)),
    ))
    .parse(i)?;
    let (i, from) = alt((
        |i| keyword("today", i).map(|(r, _)| (r, 0)),
        |i| keyword("tomorrow", i).map(|(r, _)| (r, 1)),
        |i| keyword("yesterday", i).map(|(r, _)| (r, -1)),
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
    let (i, (month, day)) = alt((numbered, nth)).parse(i)?;
    Ok((i, Point::InMonth { month, day }))
}

/// "first" … "fifth" (or "1st" … "5th") as 1 to 5, "last" as -1.
fn nth_word(i: &str) -> Res<'_, i8> {
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
fn relative_month(i: &str) -> Res<'_, MonthRef> {
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
fn any_month(i: &str) -> Res<'_, MonthRef> {
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

/// "day", "days", "week", "weeks", "weekend", "month", "months", "quarter", "year", "years".
pub(super) fn unit_word(i: &str) -> Res<'_, Unit> {
    const UNITS: [(&str, &str, Unit); 6] = [
        ("days", "day", Unit::Day),
        ("weekend", "weekend", Unit::Weekend),
        ("weeks", "week", Unit::Week),
        ("months", "month", Unit::Month),
        ("quarters", "quarter", Unit::Quarter),
        ("years", "year", Unit::Year),
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
    no_match(i)
}
