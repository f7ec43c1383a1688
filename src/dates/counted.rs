//! Placing the counted forms on the calendar: windows of whole units next to the reference
//! ("the past two weeks"), days counted from a named day ("three weeks from tomorrow") and days
//! picked out of a month ("the first Tuesday of October", "the 20th of next month").

use jiff::Span;
use jiff::civil::Date;

use super::{DayOfMonth, MonthRef, Precision, Unit};

/// `d` moved by `count` units; a week is seven days, a weekend or a quarter is counted as its
/// whole (a quarter three months).
pub(super) fn add_units(d: Date, unit: Unit, count: i32) -> Option<Date> {
    let span = match unit {
        Unit::Day => Span::new().days(count),
        Unit::Week | Unit::Weekend => Span::new().weeks(count),
        Unit::Month => Span::new().months(count),
        Unit::Quarter => Span::new().months(3 * count),
        Unit::Year => Span::new().years(count),
    };
    d.checked_add(span).ok()
}

/// The days of `count` units after the reference `r` (positive) or before it (negative), `r`
/// itself left out: "the next three days" read on the 7th is the 8th to the 10th.
pub(super) fn window(r: Date, unit: Unit, count: i32) -> Option<(Date, Date, Precision)> {
    let far = add_units(r, unit, count)?;
    if count >= 0 {
        Some((add_days(r, 1), far, Precision::Day))
    } else {
        Some((far, add_days(r, -1), Precision::Day))
    }
}

/// The day `count` units from the day `from` days after `r`.
pub(super) fn shift(r: Date, unit: Unit, count: i32, from: i32) -> Option<(Date, Date, Precision)> {
    let d = add_units(add_days(r, i64::from(from)), unit, count)?;
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

/// `d` moved by `days`, held at the ends of the calendar.
fn add_days(d: Date, days: i64) -> Date {
    d.saturating_add(Span::new().days(days))
}
