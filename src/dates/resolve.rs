//! Placing a date expression on the calendar: [`Expr`] + reference day → [`DateValue`].
//!
//! Year-less dates are the nearest on or before the reference (news reports what happened):
//! "February 29" is the last 29 February on or before it, "the 21st" the last 21st. Weekdays
//! alone are the most recent such day on or before the reference ("on Monday" read on a Monday is
//! that day); "last Monday" is strictly before it; "this Friday" is in the reference's week,
//! weeks running Monday to Sunday.

use jiff::Span;
use jiff::civil::{Date, Weekday};

use super::{
    Anchor, DateValue, Expr, MonthFrom, MonthRef, Part, PartWindows, Point, Precision, Side, Unit,
    WeekdayRule, counted, holiday,
};

/// Why a date expression has no interval; its `Display` is the short explanation reports give.
#[derive(Clone, Copy, Debug, PartialEq, Eq, thiserror::Error)]
pub enum Unresolved {
    /// It is year-less or relative, and there is no reference day to place it.
    #[error("year-less or relative date, and the article has no publication date")]
    NoReference,
    /// No year makes it a real day ("February 30"), or a range ends before it starts.
    #[error("no such day on the calendar")]
    Impossible,
}

/// A resolved date, and the weekday written with it when the calendar says otherwise
/// ("Monday, September 3" in a year where the 3rd was a Tuesday).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct Resolved {
    /// The interval.
    pub value: DateValue,
    /// The written weekday, when it is not the date's.
    pub wrong_weekday: Option<Weekday>,
}

/// The interval `expr` stands for, read on `reference` (the publication date, when known).
pub fn resolve(
    expr: &Expr,
    reference: Option<Date>,
    windows: &PartWindows,
) -> Result<Resolved, Unresolved> {
    match *expr {
        Expr::Point(p) => {
            let (start, end, precision) = interval(p, reference, windows)?;
            Ok(Resolved {
                value: DateValue {
                    start,
                    end,
                    precision,
                },
                wrong_weekday: wrong_weekday(p, start),
            })
        }
        Expr::Range(a, b) => {
            let (start, _, precision) = interval(a, reference, windows)?;
            // "from Monday to Friday": a weekday alone ends the run on its first day on or
            // after the start.
            if let Point::Weekday {
                weekday,
                rule: WeekdayRule::OnOrBefore,
            } = b
            {
                let end = add_days(start, i64::from(weekday.since(start.weekday())));
                return Ok(Resolved {
                    value: DateValue {
                        start,
                        end,
                        precision,
                    },
                    wrong_weekday: None,
                });
            }
            // A year-less second end takes the first end's year, or the next one when it comes
            // earlier in the year ("December 28 to January 3").
            let b = match year_of(b) {
                Some(_) => b,
                None => {
                    let later = order_key(b) < order_key(a);
                    with_year(b, start.year() + i16::from(later))
                }
            };
            let (_, end, _) = interval(b, reference, windows)?;
            if end < start {
                return Err(Unresolved::Impossible);
            }
            Ok(Resolved {
                value: DateValue {
                    start,
                    end,
                    precision,
                },
                wrong_weekday: None,
            })
        }
    }
}

/// First day, last day and precision of one point.
fn interval(
    p: Point,
    reference: Option<Date>,
    windows: &PartWindows,
) -> Result<(Date, Date, Precision), Unresolved> {
    let need = || reference.ok_or(Unresolved::NoReference);
    match p {
        Point::Day {
            year,
            month,
            day,
            weekday,
        } => {
            let date = match (year, month) {
                (Some(y), Some(m)) => Date::new(y, m, day).map_err(|_| Unresolved::Impossible)?,
                (None, Some(m)) => {
                    // "February 30" is impossible in every year, known reference or not; 2024 is
                    // a leap year, so "February 29" passes.
                    Date::new(2024, m, day).map_err(|_| Unresolved::Impossible)?;
                    last_day_on_or_before(need()?, m, day)?
                }
                (_, None) => last_day_of_month_on_or_before(need()?, day, weekday)?,
            };
            Ok((date, date, Precision::Day))
        }
        Point::Month { year, month, part } => {
            let year = match year {
                Some(y) => y,
                None => year_of_month_on_or_before(month, need()?),
            };
            let first = Date::new(year, month, 1).map_err(|_| Unresolved::Impossible)?;
            Ok(month_part(first, part, windows))
        }
        Point::MonthFrom { month, from } => {
            let r = need()?;
            let year = match from {
                MonthFrom::Next => r.year() + i16::from(month <= r.month()),
                MonthFrom::Last => r.year() - i16::from(month >= r.month()),
                MonthFrom::Years(n) => {
                    i16::try_from(i32::from(r.year()) + n).map_err(|_| Unresolved::Impossible)?
                }
            };
            let first = Date::new(year, month, 1).map_err(|_| Unresolved::Impossible)?;
            Ok(month_part(first, None, windows))
        }
        Point::Year { year, part } => year_part(year, part, windows),
        Point::Decade { start, part } => decade(start, part, windows),
        Point::Quarter { year, quarter } => {
            let first_month = (quarter - 1) * 3 + 1;
            let year = match year {
                Some(y) => y,
                None => year_of_month_on_or_before(first_month, need()?),
            };
            quarter_interval(year, first_month)
        }
        Point::Weekday { weekday, rule } => {
            let r = need()?;
            let back = i64::from(r.weekday().since(weekday));
            let day = match rule {
                WeekdayRule::OnOrBefore => add_days(r, -back),
                WeekdayRule::Before => add_days(r, if back == 0 { -7 } else { -back }),
                WeekdayRule::After => add_days(r, 7 - back),
                WeekdayRule::InWeek(weeks) => add_days(
                    monday_of(r),
                    7 * i64::from(weeks) + i64::from(weekday.to_monday_zero_offset()),
                ),
            };
            Ok((day, day, Precision::Day))
        }
        Point::Relative { unit, offset, part } => relative(need()?, unit, offset, part, windows),
        Point::Window { unit, count } => {
            counted::window(need()?, unit, count).ok_or(Unresolved::Impossible)
        }
        Point::Shift { unit, count, from } => {
            let from = anchor_day(from, reference, windows)?;
            counted::shift(from, unit, count).ok_or(Unresolved::Impossible)
        }
        Point::Weekend(which) => Ok(counted::weekend(need()?, which)),
        Point::Span { months, days, .. } => {
            counted::span(need()?, months, days).ok_or(Unresolved::Impossible)
        }
        Point::Within { months, days } => {
            counted::within(need()?, months, days).ok_or(Unresolved::Impossible)
        }
        Point::Slice { count, unit, of } => {
            counted::slice(reference, count, unit, of).ok_or(match reference {
                Some(_) => Unresolved::Impossible,
                None => Unresolved::NoReference,
            })
        }
        Point::NthWeek { n, of } => counted::nth_week(reference, n, of).ok_or(match reference {
            Some(_) => Unresolved::Impossible,
            None => Unresolved::NoReference,
        }),
        Point::Stretch { unit, side } => {
            let r = need()?;
            let (first, last, _) = relative(r, unit, 0, None, windows)?;
            let (a, b) = match side {
                Side::Earlier => (first, add_days(r, -1)),
                // "later this week" said on a Friday may be that very evening; "later in the
                // day" tells of the event's day, not of the reference (no days are left).
                Side::Later if unit != Unit::Day => (r, last),
                Side::Later => (add_days(r, 1), last),
                Side::Rest => (r, last),
            };
            if b < a {
                return Err(Unresolved::Impossible);
            }
            Ok((a, b, Precision::Day))
        }
        Point::WeekHolding(anchor) => {
            let monday = monday_of(anchor_day(anchor, reference, windows)?);
            Ok((monday, add_days(monday, 6), Precision::Week))
        }
        Point::Starting { count, unit, from } => {
            let first = anchor_day(from, reference, windows)?;
            let far = counted::add_units(first, unit, count).ok_or(Unresolved::Impossible)?;
            Ok((first, add_days(far, -1), Precision::Day))
        }
        Point::Vague { unit, near, far } => {
            counted::vague(need()?, unit, near, far).ok_or(Unresolved::Impossible)
        }
        // The walk reads it by the rule or drops it; on its own it names no day.
        Point::NumericDay { .. } => Err(Unresolved::Impossible),
        Point::Holiday {
            date,
            year,
            which,
            weekend,
        } => holiday::days(date, year, which, weekend, reference),
        Point::InMonth { month, day } => {
            let r = match month {
                MonthRef::Named { year: Some(_), .. } => reference,
                _ => Some(need()?),
            };
            let d = counted::in_month(r, month, day).ok_or(Unresolved::Impossible)?;
            Ok((d, d, Precision::Day))
        }
    }
}

/// A day, week, weekend, month, quarter or year `offset` units from the reference's, or part of
/// one.
fn relative(
    r: Date,
    unit: Unit,
    offset: i32,
    part: Option<Part>,
    windows: &PartWindows,
) -> Result<(Date, Date, Precision), Unresolved> {
    let offset64 = i64::from(offset);
    match unit {
        Unit::Day => {
            let d = add_days(r, offset64);
            Ok((d, d, Precision::Day))
        }
        Unit::Week => {
            let monday = add_days(monday_of(r), 7 * offset64);
            let (a, b) = part.map_or((0, 6), counted::week_days);
            Ok((add_days(monday, a), add_days(monday, b), Precision::Week))
        }
        Unit::Weekend => {
            let back = i64::from(r.weekday().since(Weekday::Saturday));
            let saturday = add_days(r, -back);
            Ok((saturday, add_days(saturday, 1), Precision::Day))
        }
        Unit::Month => {
            let first = r
                .first_of_month()
                .checked_add(Span::new().months(offset))
                .map_err(|_| Unresolved::Impossible)?;
            Ok(month_part(first, part, windows))
        }
        Unit::Quarter => {
            let first_month = (r.month() - 1) / 3 * 3 + 1;
            let first = Date::new(r.year(), first_month, 1)
                .and_then(|d| d.checked_add(Span::new().months(3 * offset)))
                .map_err(|_| Unresolved::Impossible)?;
            quarter_interval(first.year(), first.month())
        }
        Unit::Year => {
            let year =
                i16::try_from(i32::from(r.year()) + offset).map_err(|_| Unresolved::Impossible)?;
            year_part(year, part, windows)
        }
        Unit::Decade => {
            let start = i32::from(r.year()) / 10 * 10 + 10 * offset;
            decade(
                i16::try_from(start).map_err(|_| Unresolved::Impossible)?,
                part,
                windows,
            )
        }
    }
}

/// The decade that starts in `start`, narrowed to a part's years.
fn decade(
    start: i16,
    part: Option<Part>,
    windows: &PartWindows,
) -> Result<(Date, Date, Precision), Unresolved> {
    let (a, b) = part.map_or((0, 9), |p| windows.of(p).decade_years);
    let first = Date::new(start + a, 1, 1).map_err(|_| Unresolved::Impossible)?;
    let last = Date::new(start + b, 12, 31).map_err(|_| Unresolved::Impossible)?;
    Ok((first, last, Precision::Decade))
}

/// A month from its first day, narrowed to a part's days (clamped to the month's end).
fn month_part(first: Date, part: Option<Part>, windows: &PartWindows) -> (Date, Date, Precision) {
    let last = first.last_of_month();
    match part {
        None => (first, last, Precision::Month),
        Some(p) => {
            let (a, b) = windows.of(p).month_days;
            let day = |d: i8| {
                first
                    .with()
                    .day(d.clamp(1, last.day()))
                    .build()
                    .unwrap_or(first)
            };
            (day(a), day(b), Precision::MonthPart)
        }
    }
}

/// A year, narrowed to a part's months.
fn year_part(
    year: i16,
    part: Option<Part>,
    windows: &PartWindows,
) -> Result<(Date, Date, Precision), Unresolved> {
    let (a, b) = part.map_or((1, 12), |p| windows.of(p).year_months);
    let first = Date::new(year, a, 1).map_err(|_| Unresolved::Impossible)?;
    let last = Date::new(year, b, 1)
        .map_err(|_| Unresolved::Impossible)?
        .last_of_month();
    let precision = if part.is_some() {
        Precision::YearPart
    } else {
        Precision::Year
    };
    Ok((first, last, precision))
}

/// The quarter of `year` that starts with `first_month`.
fn quarter_interval(year: i16, first_month: i8) -> Result<(Date, Date, Precision), Unresolved> {
    let first = Date::new(year, first_month, 1).map_err(|_| Unresolved::Impossible)?;
    let last = Date::new(year, first_month + 2, 1)
        .map_err(|_| Unresolved::Impossible)?
        .last_of_month();
    Ok((first, last, Precision::Quarter))
}

/// The latest `month`/`day` on or before `r`; a leap day looks back up to eight years.
fn last_day_on_or_before(r: Date, month: i8, day: i8) -> Result<Date, Unresolved> {
    (0..=8)
        .filter_map(|back| Date::new(r.year() - back, month, day).ok())
        .find(|d| *d <= r)
        .ok_or(Unresolved::Impossible)
}

/// The latest `day` of a month on or before `r` ("the 31st" skips 30-day months). A weekday
/// written with it may pick the one before ("Wednesday the 31st" read on 4 September 2024 is
/// 31 July, 31 August being a Saturday); when neither fits, the latest is kept and the weekday
/// reported as wrong. Looking further back would hide a writer's slip behind a date months
/// old, which news would give with its month.
fn last_day_of_month_on_or_before(
    r: Date,
    day: i8,
    weekday: Option<Weekday>,
) -> Result<Date, Unresolved> {
    let mut days = (0..=12)
        .filter_map(|back| {
            let first = r
                .first_of_month()
                .checked_sub(Span::new().months(back))
                .ok()?;
            first.with().day(day).build().ok()
        })
        .filter(|d| *d <= r);
    let latest = days.next().ok_or(Unresolved::Impossible)?;
    match (weekday, days.next()) {
        (Some(w), Some(before)) if latest.weekday() != w && before.weekday() == w => Ok(before),
        _ => Ok(latest),
    }
}

/// The day an anchor names, read on `reference`.
fn anchor_day(
    anchor: Anchor,
    reference: Option<Date>,
    windows: &PartWindows,
) -> Result<Date, Unresolved> {
    let point = match anchor {
        Anchor::Day { year, month, day } => Point::Day {
            year,
            month,
            day,
            weekday: None,
        },
        Anchor::Days(offset) => Point::Relative {
            unit: Unit::Day,
            offset,
            part: None,
        },
        Anchor::Weekday(weekday, rule) => Point::Weekday { weekday, rule },
    };
    interval(point, reference, windows).map(|(first, _, _)| first)
}

/// The Monday of the week (Monday to Sunday) holding `d`.
fn monday_of(d: Date) -> Date {
    add_days(d, -i64::from(d.weekday().to_monday_zero_offset()))
}

/// `d` moved by `days`, held at the ends of the calendar.
fn add_days(d: Date, days: i64) -> Date {
    d.saturating_add(Span::new().days(days))
}

/// The written weekday of a day, when the calendar gives another.
fn wrong_weekday(p: Point, date: Date) -> Option<Weekday> {
    match p {
        Point::Day {
            weekday: Some(w), ..
        } if date.weekday() != w => Some(w),
        _ => None,
    }
}

/// The year a point writes, if any.
fn year_of(p: Point) -> Option<i16> {
    match p {
        Point::Day { year, .. } | Point::Month { year, .. } | Point::Quarter { year, .. } => year,
        Point::Year { year, .. } => Some(year),
        Point::Decade { start, .. } => Some(start),
        Point::InMonth {
            month: MonthRef::Named { year, .. },
            ..
        } => year,
        Point::Holiday { year, .. } | Point::NumericDay { year, .. } => year,
        Point::Weekday { .. }
        | Point::MonthFrom { .. }
        | Point::Relative { .. }
        | Point::Window { .. }
        | Point::Shift { .. }
        | Point::Stretch { .. }
        | Point::Weekend(_)
        | Point::Span { .. }
        | Point::Within { .. }
        | Point::NthWeek { .. }
        | Point::Slice { .. }
        | Point::WeekHolding(_)
        | Point::Starting { .. }
        | Point::Vague { .. }
        | Point::InMonth { .. } => None,
    }
}

/// A day or month point given `y` as its year; others unchanged.
fn with_year(p: Point, y: i16) -> Point {
    match p {
        Point::Day {
            month,
            day,
            weekday,
            ..
        } => Point::Day {
            year: Some(y),
            month,
            day,
            weekday,
        },
        Point::Month { month, part, .. } => Point::Month {
            year: Some(y),
            month,
            part,
        },
        other => other,
    }
}

/// Month and day, for ordering two year-less ends.
fn order_key(p: Point) -> (i8, i8) {
    match p {
        Point::Day { month, day, .. } => (month.unwrap_or(0), day),
        Point::Month { month, .. } => (month, 0),
        _ => (0, 0),
    }
}

/// The year of the last `month` that starts on or before `reference`: this year's when the month
/// has begun, else last year's ("June" read in March 2025 is June 2024).
fn year_of_month_on_or_before(month: i8, reference: Date) -> i16 {
    if month <= reference.month() {
        reference.year()
    } else {
        reference.year() - 1
    }
}
