//! Ranges: two ends and what joins them ("from August 25 to 29", "August 25-29, 2024", "25-29
//! August", "between Nov 9 and 11", "Nov 18-Dec 19, 2015", "from July to September 2023",
//! "from 2012 to 2015", "2014-15"). Each end is read as written, then completed from the other
//! (a month, a year), and the pair must run forwards to be a range.

use nom::Parser;
use nom::branch::alt;
use nom::bytes::complete::take_while_m_n;
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, recognize};

use super::pieces::{
    continues_number, day_month, day_number, impossible, iso, month_day, month_word, month_year,
    valid_day, word_then_gap, year,
};
use crate::dates::{Expr, Point};
use crate::lex::{Res, boundary, gap, keyword, no_match};

/// One end of a range, with the fields it writes.
#[derive(Clone, Copy, Debug, Default, PartialEq)]
struct Side {
    year: Option<i16>,
    month: Option<i8>,
    day: Option<i8>,
}

/// "from August 25 to 29", "August 25-29, 2024", "25-29 August", "between Nov 9 and 11",
/// "Nov 18-Dec 19, 2015", "from July to September 2023", "from 2012 to 2015".
pub(super) fn range(i: &str) -> Res<'_, Expr> {
    let (i, intro) = opt(alt((
        |i| word_then_gap("from", i),
        |i| word_then_gap("between", i),
    )))
    .parse(i)?;
    let between = intro.is_some_and(|w| w.eq_ignore_ascii_case("between"));
    let (i, x) = side(i)?;
    let (i, ()) = connector(i, between)?;
    let (i, y) = side(i)?;
    // "14 march to 16 march in 2019", "August 25-29, 2024": a year after the whole range.
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
pub(super) fn connector(i: &str, between: bool) -> Res<'_, ()> {
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
/// day number. The forms that open with a digit and those that open with a month name are
/// tried apart, each kind in its order: one of the other kind fails on the first character.
fn side(i: &str) -> Res<'_, Side> {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        alt((
            |i| iso(i).map(|(r, d)| (r, side_of(Some(d.year()), Some(d.month()), Some(d.day())))),
            |i| day_month(i).map(|(r, (y, m, d))| (r, side_of(y, Some(m), Some(d)))),
            |i| year(i).map(|(r, y)| (r, side_of(Some(y), None, None))),
            |i| day_number(i).map(|(r, d)| (r, side_of(None, None, Some(d)))),
        ))
        .parse(i)
    } else {
        alt((
            |i| month_day(i).map(|(r, (y, m, d))| (r, side_of(y, Some(m), Some(d)))),
            |i| month_year(i).map(|(r, (y, m))| (r, side_of(Some(y), Some(m), None))),
            |i| month_word(i).map(|(r, m)| (r, side_of(None, Some(m), None))),
        ))
        .parse(i)
    }
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
