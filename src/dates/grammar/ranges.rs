//! Ranges: two ends and what joins them ("from August 25 to 29", "August 25-29, 2024", "25-29
//! August", "between Nov 9 and 11", "Nov 17-Dec 20, 2013", "from July to September 2023",
//! "from 2012 to 2015", "2014-15"). Each end is read as written, then completed from the other
//! (a month, a year), and the pair must run forwards to be a range.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, recognize};

use super::ends::{
    Rejected, Side, days_of_relative_month, relative_end, relative_month, unlike_ends,
};
use super::numeric::month_day_numbers;
use super::pieces::{
    NumericParts, comma_or_gap, continues_number, day_month, day_number, day_ordinal_word,
    impossible, iso, month_day, month_word, month_year, numeric_day, signed_day, valid_day,
    word_then_gap, year, year_month,
};
use super::spoken::{bare_thousand, spoken_year};
use crate::dates::{Expr, Point};
use crate::lex::{Res, boundary, gap, keyword, no_match};

/// "from August 25 to 29", "August 25-29, 2024", "25-29 August", "between Nov 9 and 11",
/// "Nov 17-Dec 20, 2013", "from July to September 2023", "from 2012 to 2015".
pub(super) fn range(i: &str) -> Res<'_, Expr> {
    if let Ok(found) = month_then_days(i) {
        return Ok(found);
    }
    let (i, intro) = opt(alt((
        |i| word_then_gap("from", i),
        |i| word_then_gap("between", i),
    )))
    .parse(i)?;
    let between = intro.is_some_and(|w| w.eq_ignore_ascii_case("between"));
    let introduced = intro.is_some();
    let (i, x) = side(i, introduced)?;
    let (i, ()) = connector(i, between)?;
    let (i, y) = side(i, introduced)?;
    // "May 19 - 05/17/16", "1-19-17 - 01/19/17": a day in digits joined to another writing,
    // or repeated, is a title's date, not a range. (A year repeated, "2012-2012", is no date
    // at all: `combine` skips it.)
    let repeated_day = x == y && x.day.is_some();
    if (x.numeric || y.numeric) && !(introduced || x.numeric && y.numeric) || repeated_day {
        return no_match(i);
    }
    let bare_day = |s: Side| s == Side::of(None, None, s.day) && s.day.is_some();
    // "from the 4th to the 22nd of this month": days of a month counted from the reference's.
    if bare_day(x) && bare_day(y) {
        if let Ok((rest, offset)) = relative_month(i) {
            let (a, b) = (x.day.unwrap_or(0), y.day.unwrap_or(0));
            return match days_of_relative_month(a, b, offset) {
                Some(expr) => Ok((rest, expr)),
                None => no_match(i),
            };
        }
    }
    // "14 march to 16 march in 2019", "August 25-29, 2024": a year after the whole range.
    let (i, tail) = if x.year.is_none()
        && y.year.is_none()
        && y.relative_day.is_none()
        && (x.day.is_some() || x.month.is_some())
    {
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

/// "October between 14 and 16", "Feb between 2-7, 2018": a month, then "between" and two of
/// its days.
fn month_then_days(i: &str) -> Res<'_, Expr> {
    let (i, month) = month_word(i)?;
    let (i, _) = gap(i)?;
    let (i, _) = word_then_gap("between", i)?;
    let (i, a) = day_number(i)?;
    let (i, ()) = connector(i, true)?;
    let (i, b) = day_number(i)?;
    let (i, year) = opt(trailing_year).parse(i)?;
    let x = Side::of(year, Some(month), Some(a));
    match combine(x, Side { day: Some(b), ..x }) {
        Ok(expr) => Ok((i, expr)),
        Err(Rejected::NoRange) => no_match(i),
        Err(Rejected::Skip) => impossible(i),
    }
}

/// "2014-15", "1939–45": a year, a hyphen or en dash, and the last two digits of a later year of
/// the same century.
pub(super) fn short_year_range(i: &str) -> Res<'_, Expr> {
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

/// ", 2024" or " in 2020" after a range (or ", two thousand and eighteen", or a year in words
/// after a gap alone: " nineteen ninety-nine").
fn trailing_year(i: &str) -> Res<'_, i16> {
    let marked = |i| {
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
        alt((year, spoken_year)).parse(i)
    };
    let spoken = |i| {
        let (i, _) = gap(i)?;
        spoken_year(i)
    };
    alt((marked, spoken)).parse(i)
}

/// A year in words as a range's end after "from" or "between" ("from nineteen ninety to two
/// thousand and four"); a bare "two thousand" only before the word that joins the ends ("from
/// two thousand until …").
fn spoken_year_end(i: &str) -> Res<'_, Side> {
    let bare = |i| {
        let (rest, y) = (|i| keyword("two", i), gap, |i| keyword("thousand", i))
            .parse(i)
            .map(|(r, _)| (r, 2000))?;
        connector(rest, false)?;
        Ok((rest, y))
    };
    let (rest, y) = alt((spoken_year, bare_thousand, bare)).parse(i)?;
    Ok((rest, Side::of(Some(y), None, None)))
}

/// A hyphen or en dash (spaces allowed around it), or "to", "through", "until", "till"; "and"
/// after "between". An em dash separates clauses, not range ends.
pub(super) fn connector(i: &str, between: bool) -> Res<'_, ()> {
    let dash = recognize((opt(gap), one_of("-–~"), opt(gap)));
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

/// One end of a range: a full or partial day, a month with or without a year, a year, a bare
/// day number, or a day named from the reference ("today"; after "from" or "between", when
/// `introduced`, also "now"). The forms that open with a digit and those that open with a word
/// are tried apart, each kind in its order: one of the other kind fails on the first character.
/// A day may have "the" before it ("to the 28th of June").
fn side(i: &str, introduced: bool) -> Res<'_, Side> {
    let i = match word_then_gap("the", i) {
        Ok((rest, _)) if rest.starts_with(|c: char| c.is_ascii_digit()) => rest,
        Ok((rest, _)) if day_ordinal_word(rest).is_ok() => rest,
        _ => i,
    };
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        alt((
            |i| iso(i).map(|(r, d)| (r, Side::of(Some(d.year()), Some(d.month()), Some(d.day())))),
            |i| signed_day(i).map(|(r, (y, m, d))| (r, Side::of(y, Some(m), Some(d)))),
            |i| match numeric_day(i)? {
                (r, NumericParts::Day(y, m, d)) => Ok((r, numeric(Some(y), m, d))),
                (r, NumericParts::Open(..)) => no_match(r),
            },
            |i| month_day_numbers(i).map(|(r, (m, d))| (r, numeric(None, m, d))),
            |i| day_month(i).map(|(r, (y, m, d))| (r, Side::of(y, Some(m), Some(d)))),
            |i| year_month(i).map(|(r, (y, m))| (r, Side::of(Some(y), Some(m), None))),
            |i| {
                // "2018 May" (a month this grammar does not read after a year) is not 2018.
                let (r, y) = year(i)?;
                let month_next = comma_or_gap(r).is_ok_and(|(m, _)| month_word(m).is_ok());
                if month_next {
                    no_match(i)
                } else {
                    Ok((r, Side::of(Some(y), None, None)))
                }
            },
            |i| day_number(i).map(|(r, d)| (r, Side::of(None, None, Some(d)))),
        ))
        .parse(i)
    } else {
        alt((
            |i| month_day(i).map(|(r, (y, m, d))| (r, Side::of(y, Some(m), Some(d)))),
            |i| month_year(i).map(|(r, (y, m))| (r, Side::of(Some(y), Some(m), None))),
            |i| month_word(i).map(|(r, m)| (r, Side::of(None, Some(m), None))),
            |i| day_month(i).map(|(r, (y, m, d))| (r, Side::of(y, Some(m), Some(d)))),
            |i| day_ordinal_word(i).map(|(r, d)| (r, Side::of(None, None, Some(d)))),
            |i| {
                if introduced {
                    spoken_year_end(i)
                } else {
                    no_match(i)
                }
            },
            |i| relative_end(i, introduced),
        ))
        .parse(i)
    }
}

/// A range end written in digits.
fn numeric(year: Option<i16>, month: i8, day: i8) -> Side {
    Side {
        numeric: true,
        ..Side::of(year, Some(month), Some(day))
    }
}

/// Two range ends as written, each completed from the other: "August 25 to 29" gives the
/// second end its month, "Nov 17-Dec 20, 2013" gives the first its year (2012 if it was
/// December 28 to January 3).
fn combine(x: Side, y: Side) -> Result<Expr, Rejected> {
    use Rejected::{NoRange, Skip};
    if x.relative_day.is_some() || y.relative_day.is_some() {
        return unlike_ends(x, y);
    }
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
            _ => unlike_ends(x, y),
        },
        _ => unlike_ends(x, y),
    }
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
