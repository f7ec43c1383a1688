//! Periods longer or other than a month: decades written short or in words ("the '90s", "the
//! 70s", "the seventies", "the nineteen seventies", "the noughties"), centuries ("the 21st
//! century", "the nineteenth century"), halves of a year ("H1 2016", "2016 H2", "the first half
//! of 2016") and quarters written after their year ("2017 Q1", "2017-q1").
//!
//! A decade in two digits names no century: "the '90s" is the 1990s, and only the 1930s to the
//! 1990s are read ("the 20s" may be the 1920s or the 2020s, "the 00s" says nothing). The
//! guards also keep a short decade off a number's context ("temperatures in the 70s", "a poll
//! in the 60s": [`numeric_context`]).

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, recognize};

use super::pieces::{day_ordinal_word, word_then_gap, year};
use super::points::quarter;
use super::ranges::connector;
use crate::dates::{Expr, Point};
use crate::lex::{Res, boundary, gap, keyword, no_match, tag_ci};

/// A period of this module as one point, or as the first and last point of a range.
pub(super) enum Period {
    /// One point: a decade or a quarter.
    Point(Point),
    /// A span from the start of the first to the end of the second: a century, a half year.
    Span(Point, Point),
}

/// A decade, century, half year or quarter after its year, at the start of `i`.
pub(super) fn period(i: &str) -> Res<'_, Period> {
    alt((
        |i| decade(i).map(|(r, start)| (r, Period::Point(Point::Decade { start, part: None }))),
        century,
        half,
        year_quarter,
    ))
    .parse(i)
}

/// "the '90s", "the 70s", "the 70's", "the seventies", "the nineteen seventies", "the
/// twenty-tens", "the two thousands", "the noughties": its first year. "the" is wanted but for
/// an apostrophe before the "s" ("in 70's"; the guards want a preposition of time before it):
/// "in her 70s", "in their seventies" are ages.
fn decade(i: &str) -> Res<'_, i16> {
    let (i, the) = opt(|i| word_then_gap("the", i)).parse(i)?;
    if the.is_some() {
        alt((short_decade, decade_in_words)).parse(i)
    } else {
        let (rest, start) = short_decade(i)?;
        if i[..i.len() - rest.len()].contains(['\'', '’']) {
            Ok((rest, start))
        } else {
            no_match(i)
        }
    }
}

/// "'90s", "’90s", "70s", "70's": two digits ending in 0, from 30 to 90, and an "s".
fn short_decade(i: &str) -> Res<'_, i16> {
    let (i, apostrophe) = opt(one_of("'’")).parse(i)?;
    let (i, digits) = take_while_m_n(2, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (i, _) = if apostrophe.is_some() {
        tag_ci("s", i)?
    } else {
        alt((|i| tag_ci("'s", i), |i| tag_ci("’s", i), |i| tag_ci("s", i))).parse(i)?
    };
    let (i, ()) = boundary(i)?;
    match digits.parse::<i16>() {
        Ok(d) if d % 10 == 0 && (30..=90).contains(&d) => Ok((i, 1900 + d)),
        _ => no_match(i),
    }
}

/// The plural tens words, "thirties" to "nineties", with their tens.
const TENS: [(&str, i16); 7] = [
    ("thirties", 30),
    ("forties", 40),
    ("fifties", 50),
    ("sixties", 60),
    ("seventies", 70),
    ("eighties", 80),
    ("nineties", 90),
];

/// Whether `word` may open a decade in words after "the": a tens word ("seventies"), a century
/// ("nineteen", "twenty", "two") or "noughties"/"aughts".
pub(super) fn opens_decade(word: &str) -> bool {
    const OPENERS: [&str; 7] = [
        "seventeen",
        "eighteen",
        "nineteen",
        "twenty",
        "two",
        "noughties",
        "aughts",
    ];
    TENS.iter()
        .map(|(w, _)| w)
        .chain(OPENERS.iter())
        .any(|w| w.eq_ignore_ascii_case(word))
}

/// "seventies" (the 1970s), "nineteen seventies", "eighteen nineties", "twenty-tens",
/// "twenty twenties", "two thousands", "two thousand and tens", "noughties", "aughts".
fn decade_in_words(i: &str) -> Res<'_, i16> {
    let tens = |i| -> Res<'_, i16> {
        for (word, n) in TENS {
            if let Ok((rest, _)) = keyword(word, i) {
                return Ok((rest, n));
            }
        }
        alt((
            |i| keyword("tens", i).map(|(r, _)| (r, 10)),
            |i| keyword("twenties", i).map(|(r, _)| (r, 20)),
        ))
        .parse(i)
    };
    let century = |i| -> Res<'_, i16> {
        let (i, c) = alt((
            |i| keyword("seventeen", i).map(|(r, _)| (r, 1700)),
            |i| keyword("eighteen", i).map(|(r, _)| (r, 1800)),
            |i| keyword("nineteen", i).map(|(r, _)| (r, 1900)),
            |i| keyword("twenty", i).map(|(r, _)| (r, 2000)),
            |i| word_then_gap("two thousand and", i).map(|(r, _)| (r, 2000)),
        ))
        .parse(i)?;
        let (i, _) = alt((recognize(char('-')), gap)).parse(i)?;
        let (i, t) = tens(i)?;
        Ok((i, c + t))
    };
    alt((
        century,
        // Alone, "the tens" and "the twenties" name no century.
        |i| {
            let (r, t) = tens(i)?;
            if t < 30 {
                no_match(i)
            } else {
                Ok((r, 1900 + t))
            }
        },
        |i| keyword("two thousands", i).map(|(r, _)| (r, 2000)),
        |i| keyword("noughties", i).map(|(r, _)| (r, 2000)),
        |i| keyword("aughts", i).map(|(r, _)| (r, 2000)),
    ))
    .parse(i)
}

/// "the 21st century", "15th century", "the nineteenth century", "the twenty-first century":
/// the hundred years from (n-1)00 to (n-1)99, as the calendar of the press counts them (the
/// 20th century is 1900–1999). Not one before Christ ("the 5th century BC").
fn century(i: &str) -> Res<'_, Period> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, n) = alt((ordinal_in_digits, day_ordinal_word)).parse(i)?;
    let (i, _) = alt((recognize(char('-')), gap)).parse(i)?;
    let (rest, _) = keyword("century", i)?;
    let before_christ = gap(rest).is_ok_and(|(after, _)| {
        ["bc", "b.c.", "bce", "b.c.e."]
            .iter()
            .any(|w| tag_ci(w, after).is_ok())
    });
    if !(1..=21).contains(&n) || before_christ {
        return no_match(i);
    }
    let first = (i16::from(n) - 1) * 100;
    let year = |year| Point::Year { year, part: None };
    Ok((rest, Period::Span(year(first), year(first + 99))))
}

/// "21st", "15th", "2nd": a number of one or two digits with its ordinal suffix.
fn ordinal_in_digits(i: &str) -> Res<'_, i8> {
    let (rest, digits) = take_while_m_n(1, 2, |c: char| c.is_ascii_digit()).parse(i)?;
    let (rest, _) = alt((
        |i| tag_ci("st", i),
        |i| tag_ci("nd", i),
        |i| tag_ci("rd", i),
        |i| tag_ci("th", i),
    ))
    .parse(rest)?;
    let (rest, ()) = boundary(rest)?;
    Ok((rest, digits.parse().unwrap_or(0)))
}

/// "H1 2016", "H2 2016", "2016 H2", "2016H2", "2019-H2", "the first half of 2016", "the second
/// half of 2019": January to June or July to December. A half with no year ("in H2") is not
/// read: which year it means is not written.
fn half(i: &str) -> Res<'_, Period> {
    let h = |i| -> Res<'_, i8> {
        let (i, _) = tag_ci("h", i)?;
        let (i, n) = one_of("12").parse(i)?;
        let (i, ()) = boundary(i)?;
        Ok((i, if n == '1' { 1 } else { 2 }))
    };
    let h_first = |i| {
        let (i, n) = h(i)?;
        let (i, _) = gap(i)?;
        let (i, y) = year(i)?;
        Ok((i, (y, n)))
    };
    let year_first = |i| {
        let (i, y) = year_glued(i)?;
        let (i, _) = opt(alt((gap, recognize(char('-'))))).parse(i)?;
        let (i, n) = h(i)?;
        Ok((i, (y, n)))
    };
    let words = |i| {
        let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
        let (i, n) = alt((
            |i| word_then_gap("first", i).map(|(r, _)| (r, 1)),
            |i| word_then_gap("second", i).map(|(r, _)| (r, 2)),
        ))
        .parse(i)?;
        let (i, _) = word_then_gap("half of", i)?;
        let (i, y) = year(i)?;
        Ok((i, (y, n)))
    };
    let (rest, (y, n)) = alt((h_first, year_first, words)).parse(i)?;
    let first = if n == 1 { 1 } else { 7 };
    let month = |month| Point::Month {
        year: Some(y),
        month,
        part: None,
    };
    Ok((rest, Period::Span(month(first), month(first + 5))))
}

/// "from 2017-q1 to 2018-q1", "Q1 2017 - Q3 2018", "between q1 of 2017 and q3 of 2018": two
/// quarters, each with its year, the first before the second.
pub(super) fn quarter_range(i: &str) -> Res<'_, Expr> {
    let (i, intro) = opt(alt((
        |i| word_then_gap("from", i),
        |i| word_then_gap("between", i),
    )))
    .parse(i)?;
    let between = intro.is_some_and(|w| w.eq_ignore_ascii_case("between"));
    let with_year = |i| -> Res<'_, (i16, i8)> {
        let (rest, p) = alt((
            |i| match year_quarter(i)? {
                (r, Period::Point(p)) => Ok((r, p)),
                (r, Period::Span(..)) => no_match(r),
            },
            quarter,
        ))
        .parse(i)?;
        match p {
            Point::Quarter {
                year: Some(year),
                quarter,
            } => Ok((rest, (year, quarter))),
            _ => no_match(i),
        }
    };
    let (i, a) = with_year(i)?;
    let (i, ()) = connector(i, between)?;
    let (rest, b) = with_year(i)?;
    if a >= b {
        return no_match(i);
    }
    let point = |(year, quarter)| Point::Quarter {
        year: Some(year),
        quarter,
    };
    Ok((rest, Expr::Range(point(a), point(b))))
}

/// "2017 Q1", "2017-q1", "2017Q1": a year, then its quarter.
fn year_quarter(i: &str) -> Res<'_, Period> {
    let (i, y) = year_glued(i)?;
    let (i, _) = opt(alt((gap, recognize(char('-'))))).parse(i)?;
    let (i, _) = tag_ci("q", i)?;
    let (i, q) = one_of("1234").parse(i)?;
    let (i, ()) = boundary(i)?;
    let quarter = q.to_digit(10).map_or(1, |d| d as i8);
    Ok((
        i,
        Period::Point(Point::Quarter {
            year: Some(y),
            quarter,
        }),
    ))
}

/// A four-digit year from 1000 to 2999, which a letter may follow ("2016H2").
fn year_glued(i: &str) -> Res<'_, i16> {
    let (rest, digits) = take_while_m_n(4, 4, |c: char| c.is_ascii_digit()).parse(i)?;
    if rest.starts_with(|c: char| c.is_ascii_digit()) {
        return no_match(i);
    }
    match digits.parse::<i16>() {
        Ok(y) if (1000..3000).contains(&y) => Ok((rest, y)),
        _ => no_match(i),
    }
}

/// Words that put a number in the 30s to 90s ("the 70s", "the seventies") among measures, not
/// years: temperatures, scores, ratings, speeds, ages.
const NUMERIC_CUES: &[&str] = &[
    "temperature",
    "temperatures",
    "temps",
    "degrees",
    "highs",
    "lows",
    "high",
    "low",
    "fahrenheit",
    "celsius",
    "heat",
    "humidity",
    "forecast",
    "mercury",
    "thermometer",
    "score",
    "scores",
    "scored",
    "shot",
    "shooting",
    "rating",
    "ratings",
    "poll",
    "polls",
    "polling",
    "approval",
    "percent",
    "mph",
    "speed",
    "speeds",
    "aged",
    "age",
    "ages",
];

/// Whether a short decade ("the 70s", "the seventies") stands among measures: a word of
/// [`NUMERIC_CUES`] among the eight words before it, or a unit right after it ("the 70s
/// Fahrenheit", "the 90s in percent").
pub(super) fn numeric_context(before: &str, rest: &str) -> bool {
    let cue = |w: &str| {
        let w = w.trim_matches(|c: char| !c.is_alphanumeric());
        NUMERIC_CUES.iter().any(|c| c.eq_ignore_ascii_case(w))
    };
    let after = rest
        .split_whitespace()
        .next()
        .is_some_and(|w| cue(w) || w.starts_with(['°', '%']));
    after || before.split_whitespace().rev().take(8).any(cue)
}
