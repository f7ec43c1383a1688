//! Ranges whose ends are dates of any form, read where the calendar-field ranges of `ranges`
//! are not: runs of weekdays ("from Monday to Friday", "next week between Tuesday and
//! Thursday") and two points joined after "from" or "between" ("from next Friday to Oct 1st
//! 2020").

use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

use super::pieces::word_then_gap;
use super::points::point;
use super::ranges::connector;
use super::weekdays::{dated, week_offset, weekday, weekday_name};
use crate::dates::{Expr, Point, WeekdayRule};
use crate::lex::{Res, gap, no_match};

/// "from Monday to Friday", "Monday through Thursday", "between Tuesday and Thursday", "from
/// next Monday to Friday", "next week between Tuesday and Thursday", "this week from Tue to
/// Thu": a run of days from a weekday placed as a weekday alone is, to the first day named by
/// the second weekday on or after it (see [`Expr::Range`]). A week named first places the first
/// day in it, and then "from" or "between" must follow ("next week from Tuesday to Thursday").
pub(super) fn weekday_range(i: &str) -> Res<'_, Expr> {
    let (i, week) = opt(|i| {
        let (i, offset) = week_offset(i)?;
        let (i, _) = gap(i)?;
        Ok((i, offset))
    })
    .parse(i)?;
    let (i, intro) = opt(alt((
        |i| word_then_gap("from", i),
        |i| word_then_gap("between", i),
    )))
    .parse(i)?;
    let between = intro.is_some_and(|w| w.eq_ignore_ascii_case("between"));
    let (i, first) = match week {
        Some(_) if intro.is_none() => return no_match(i),
        Some(offset) => {
            let (i, (weekday, _)) = weekday_name(i)?;
            let rule = WeekdayRule::InWeek(offset);
            (i, Point::Weekday { weekday, rule })
        }
        None => match weekday(i)? {
            (rest, p @ Point::Weekday { .. }) => (rest, p),
            _ => return no_match(i),
        },
    };
    let (i, ()) = connector(i, between)?;
    let (rest, (last, _)) = weekday_name(i)?;
    // "from Monday to Friday's vote": the second day is a noun's; "to Friday, May 3": a date.
    if rest.starts_with(['\'', '’']) || dated(rest).is_ok() {
        return no_match(i);
    }
    let last = Point::Weekday {
        weekday: last,
        rule: WeekdayRule::OnOrBefore,
    };
    Ok((rest, Expr::Range(first, last)))
}

/// "from next Friday to Nov 2nd 2025", "from this May to Oct 2025", "between last Monday and
/// March 3": after "from" or "between", two ends that [`range`](super::ranges::range) does not
/// read as calendar fields, each a date of any form. Years alone and decades are left to
/// `range`, whose checks tell a range of years from one of amounts ("from 1500 to 2000").
pub(super) fn point_range(i: &str) -> Res<'_, Expr> {
    let (i, intro) = alt((
        |i| word_then_gap("from", i),
        |i| word_then_gap("between", i),
    ))
    .parse(i)?;
    let between = intro.eq_ignore_ascii_case("between");
    let (i, a) = point(i)?;
    let (i, ()) = connector(i, between)?;
    let (rest, b) = point(i)?;
    let yearly = |p: Point| matches!(p, Point::Year { .. } | Point::Decade { .. });
    // Two ends with their years are `range`'s to take or leave ("from Nov 18 2015 to Dec 19
    // 2014" is none); "from Monday to Friday's": the second end is a noun's.
    let both_dated = written_year(a) && written_year(b);
    if yearly(a) || yearly(b) || both_dated || rest.starts_with(['\'', '’']) {
        return no_match(i);
    }
    Ok((rest, Expr::Range(a, b)))
}

/// Whether a point writes its year.
fn written_year(p: Point) -> bool {
    match p {
        Point::Day { year, .. }
        | Point::Month { year, .. }
        | Point::Quarter { year, .. }
        | Point::Holiday { year, .. }
        | Point::NumericDay { year, .. } => year.is_some(),
        Point::Year { .. } | Point::Decade { .. } => true,
        _ => false,
    }
}
