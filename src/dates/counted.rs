//! Placing the counted forms on the calendar: windows of whole units next to the reference
//! ("the past two weeks"), days counted from a named day ("five weeks from tomorrow") and days
//! picked out of a month ("the first Tuesday of October", "the 20th of next month"), counts of
//! months and days ("2 months and 9 days ago", "within five days"), weekends and weeks counted
//! in a month or year ("the last week of June").

use jiff::Span;
use jiff::civil::{Date, Weekday};

use super::{DayOfMonth, MonthRef, Part, Precision, Unit, WeekOf, WeekendRef};

/// `d` moved by `count` units; a week is seven days, a weekend or a quarter is counted as its
/// whole (a quarter three months).
pub(super) fn add_units(d: Date, unit: Unit, count: i32) -> Option<Date> {
    let span = match unit {
        Unit::Day => Span::new().days(count),
        Unit::Week | Unit::Weekend => Span::new().weeks(count),
        Unit::Month => Span::new().months(count),
        Unit::Quarter => Span::new().months(3 * count),
        Unit::Year => Span::new().years(count),
        Unit::Decade => Span::new().years(count.checked_mul(10)?),
    };
    d.checked_add(span).ok()
}

/// The days of `count` units after the reference `r` (positive) or before it (negative), `r`
/// itself left out: "the next three days" read on the 7th is the 8th to the 10th. Quarters are
/// whole quarters of the calendar, as results are reported: "the past three quarters" read in
/// July are January to June.
pub(super) fn window(r: Date, unit: Unit, count: i32) -> Option<(Date, Date, Precision)> {
    if unit == Unit::Quarter {
        let first = Date::new(r.year(), (r.month() - 1) / 3 * 3 + 1, 1).ok()?;
        let (a, b) = if count >= 0 {
            (
                add_units(first, unit, 1)?,
                add_units(first, unit, count + 1)?,
            )
        } else {
            (add_units(first, unit, count)?, first)
        };
        return Some((a, b.yesterday().ok()?, Precision::Quarter));
    }
    let far = add_units(r, unit, count)?;
    if count >= 0 {
        Some((add_days(r, 1), far, Precision::Day))
    } else {
        Some((far, add_days(r, -1), Precision::Day))
    }
}

/// The day `count` units from the day `from`.
pub(super) fn shift(from: Date, unit: Unit, count: i32) -> Option<(Date, Date, Precision)> {
    let d = add_units(from, unit, count)?;
    Some((d, d, Precision::Day))
}

/// The day `day` of the month `month`, read on `r` (the caller makes sure there is one for a
/// year-less or relative month): a year-less month is the latest whose picked day falls on or
/// before `r`. `None` when the month has no such day.
pub(super) fn in_month(r: Option<Date>, month: MonthRef, day: DayOfMonth) -> Option<Date> {
    match month {
        MonthRef::Named {
            year: Some(y),
            month,
        } => pick(Date::new(y, month, 1).ok()?, day),
        MonthRef::Named { year: None, month } => {
            let r = r?;
            (0..=8)
                .filter_map(|back| pick(Date::new(r.year() - back, month, 1).ok()?, day))
                .find(|d| *d <= r)
        }
        MonthRef::Relative(offset) => {
            let first = r?.first_of_month().checked_add(Span::new().months(offset));
            pick(first.ok()?, day)
        }
    }
}

/// The day `day` of the month that starts on `first`.
fn pick(first: Date, day: DayOfMonth) -> Option<Date> {
    match day {
        DayOfMonth::Number(n) => first.with().day(n).build().ok(),
        DayOfMonth::Last => Some(first.last_of_month()),
        DayOfMonth::Nth(n, weekday) if n > 0 => {
            let ahead = i64::from(weekday.since(first.weekday()));
            Some(add_days(first, ahead + 7 * i64::from(n - 1)))
                .filter(|d| d.month() == first.month())
        }
        DayOfMonth::Nth(_, weekday) => {
            let last = first.last_of_month();
            Some(add_days(last, -i64::from(last.weekday().since(weekday))))
        }
    }
}

/// The Saturday and Sunday a weekend phrase names, read on `r` (see [`WeekendRef`]).
pub(super) fn weekend(r: Date, which: WeekendRef) -> (Date, Date, Precision) {
    let day = r.weekday().to_monday_zero_offset();
    // Weeks from `r`'s (Monday to Sunday) to the one whose weekend is meant.
    let weeks = match which {
        WeekendRef::This(n) => n - i32::from(day <= 2),
        WeekendRef::Last => -1,
        WeekendRef::Coming => i32::from(day >= 5),
        WeekendRef::Ahead => 0,
    };
    let saturday = add_days(r, 7 * i64::from(weeks) + 5 - i64::from(day));
    (saturday, add_days(saturday, 1), Precision::Day)
}

/// The day `months` and then `days` from `r`; without days, the month it falls in (the year,
/// when the months are whole years): a count of months is no finer than a month.
pub(super) fn span(r: Date, months: i32, days: i32) -> Option<(Date, Date, Precision)> {
    let d = r
        .checked_add(Span::new().months(months))
        .ok()?
        .checked_add(Span::new().days(days))
        .ok()?;
    Some(match (days, months % 12) {
        (0, 0) => (d.first_of_year(), d.last_of_year(), Precision::Year),
        (0, _) => (d.first_of_month(), d.last_of_month(), Precision::Month),
        _ => (d, d, Precision::Day),
    })
}

/// From `r` to the day before the one `months` and `days` after it.
pub(super) fn within(r: Date, months: i32, days: i32) -> Option<(Date, Date, Precision)> {
    let far = r
        .checked_add(Span::new().months(months))
        .ok()?
        .checked_add(Span::new().days(days - 1))
        .ok()?;
    (far >= r).then_some((r, far, Precision::Day))
}

/// The `n`-th week (-1: the last) of a month or year, read on `r` (a year-less month is the
/// latest whose week starts on or before `r`): Monday to Sunday, a week belonging to the month
/// that holds its Thursday. A year's first week is January's, its last December's.
pub(super) fn nth_week(r: Option<Date>, n: i8, of: WeekOf) -> Option<(Date, Date, Precision)> {
    let first_of = |year: i16, month: i8| Date::new(year, month, 1).ok();
    let monday = match of {
        WeekOf::Month(MonthRef::Named {
            year: Some(y),
            month,
        }) => week_in_month(first_of(y, month)?, n)?,
        WeekOf::Month(MonthRef::Named { year: None, month }) => {
            let r = r?;
            (0..=1)
                .filter_map(|back| week_in_month(first_of(r.year() - back, month)?, n))
                .find(|monday| *monday <= r)?
        }
        WeekOf::Month(MonthRef::Relative(offset)) => {
            let first = r?.first_of_month().checked_add(Span::new().months(offset));
            week_in_month(first.ok()?, n)?
        }
        WeekOf::Year(y) => week_in_year(y, n)?,
        WeekOf::RelativeYear(offset) => {
            week_in_year(i16::try_from(i32::from(r?.year()) + offset).ok()?, n)?
        }
    };
    Some((monday, add_days(monday, 6), Precision::Week))
}

/// The first `count` units (negative: the last) of a month or year, read on `r` (see
/// [`Point::Slice`](super::Point::Slice)); `None` when the period does not hold that many.
pub(super) fn slice(
    r: Option<Date>,
    count: i32,
    unit: Unit,
    of: WeekOf,
) -> Option<(Date, Date, Precision)> {
    let (first, last) = period(r, of)?;
    let in_year = matches!(of, WeekOf::Year(_) | WeekOf::RelativeYear(_));
    let n = count.unsigned_abs();
    let from_end = count < 0;
    let months = |per: u32, most: u32| {
        (in_year && n * per <= most).then(|| {
            let span = Span::new().months(i64::from(n * per));
            match from_end {
                false => (
                    first,
                    first.saturating_add(span).yesterday().unwrap_or(first),
                ),
                true => (
                    last.saturating_add(Span::new().days(1))
                        .saturating_sub(span),
                    last,
                ),
            }
        })
    };
    match unit {
        Unit::Day => {
            let days = i64::from(n) - 1;
            (days < i64::from(first.until(last).ok()?.get_days()) + 1).then_some(())?;
            Some(match from_end {
                false => (first, add_days(first, days), Precision::Day),
                true => (add_days(last, -days), last, Precision::Day),
            })
        }
        Unit::Week => {
            (n <= if in_year { 52 } else { 5 }).then_some(())?;
            let monday = |n: i8| match in_year {
                true => week_in_year(first.year(), n),
                false => week_in_month(first, n),
            };
            let weeks = 7 * (i64::from(n) - 1);
            Some(match from_end {
                false => {
                    let monday = monday(1)?;
                    (monday, add_days(monday, weeks + 6), Precision::Week)
                }
                true => {
                    let monday = monday(-1)?;
                    (
                        add_days(monday, -weeks),
                        add_days(monday, 6),
                        Precision::Week,
                    )
                }
            })
        }
        Unit::Month => months(1, 12).map(|(a, b)| (a, b, Precision::Month)),
        Unit::Quarter => months(3, 12).map(|(a, b)| (a, b, Precision::Quarter)),
        Unit::Year | Unit::Decade | Unit::Weekend => None,
    }
}

/// The first and last days of a month or year, read on `r` (a year-less month is the latest to
/// start on or before it).
fn period(r: Option<Date>, of: WeekOf) -> Option<(Date, Date)> {
    let first = match of {
        WeekOf::Month(MonthRef::Named {
            year: Some(y),
            month,
        }) => Date::new(y, month, 1).ok()?,
        WeekOf::Month(MonthRef::Named { year: None, month }) => {
            let r = r?;
            let year = r.year() - i16::from(month > r.month());
            Date::new(year, month, 1).ok()?
        }
        WeekOf::Month(MonthRef::Relative(offset)) => r?
            .first_of_month()
            .checked_add(Span::new().months(offset))
            .ok()?,
        WeekOf::Year(y) => return Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?)),
        WeekOf::RelativeYear(offset) => {
            let y = i16::try_from(i32::from(r?.year()) + offset).ok()?;
            return Some((Date::new(y, 1, 1).ok()?, Date::new(y, 12, 31).ok()?));
        }
    };
    Some((first, first.last_of_month()))
}

/// The Monday of a year's `n`-th week (-1: the last), weeks numbered as ISO 8601 does (the
/// first holds the year's first Thursday, "week 27 of 2017"); `None` past the year's last.
fn week_in_year(year: i16, n: i8) -> Option<Date> {
    if n < 0 {
        return week_in_month(Date::new(year, 12, 1).ok()?, n);
    }
    let first = week_in_month(Date::new(year, 1, 1).ok()?, 1)?;
    let monday = add_days(first, 7 * (i64::from(n) - 1));
    (add_days(monday, 3).year() == year).then_some(monday)
}

/// The days `near` to `far` units from `r` (negative: before it) that a vague count spans ("a
/// few days ago" is two to five days before), as wide as its unit: days to the day, weeks to
/// the week (Monday to Sunday), months to the month, years to the year.
pub(super) fn vague(r: Date, unit: Unit, near: i32, far: i32) -> Option<(Date, Date, Precision)> {
    let (a, b) = (add_units(r, unit, near)?, add_units(r, unit, far)?);
    let (a, b) = if a <= b { (a, b) } else { (b, a) };
    Some(match unit {
        Unit::Day => (a, b, Precision::Day),
        Unit::Week | Unit::Weekend => {
            let monday = add_days(a, -i64::from(a.weekday().to_monday_zero_offset()));
            let sunday = add_days(b, 6 - i64::from(b.weekday().to_monday_zero_offset()));
            (monday, sunday, Precision::Week)
        }
        Unit::Month | Unit::Quarter => (a.first_of_month(), b.last_of_month(), Precision::Month),
        Unit::Year | Unit::Decade => (a.first_of_year(), b.last_of_year(), Precision::Year),
    })
}

/// The Monday of the `n`-th week (-1: the last) of the month that starts on `first`: the week of
/// its `n`-th (or last) Thursday.
fn week_in_month(first: Date, n: i8) -> Option<Date> {
    let thursday = pick(first, DayOfMonth::Nth(n, Weekday::Thursday))?;
    Some(add_days(thursday, -3))
}

/// The days of a week (0 is Monday) that a part of it names: early is Monday to Wednesday, mid
/// Tuesday to Friday, late Thursday to Sunday. A week's days are told apart by name in prose, so
/// its parts are fixed here rather than set by the rules' windows.
pub(super) fn week_days(part: Part) -> (i64, i64) {
    match part {
        Part::Early => (0, 2),
        Part::Mid => (1, 4),
        Part::Late => (3, 6),
    }
}

/// `d` moved by `days`, held at the ends of the calendar.
fn add_days(d: Date, days: i64) -> Date {
    d.saturating_add(Span::new().days(days))
}
