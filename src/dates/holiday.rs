//! Placing a holiday on the calendar: which year's ("Christmas" is the latest on or before the
//! reference, "next Easter" the first after it, "Thanksgiving 2013" the written year's) and
//! whether the day or its weekend is meant ("Memorial Day weekend", "the weekend of Thanksgiving").
//!
//! A holiday's weekend runs from the Saturday to the Sunday it falls on or next to, the holiday
//! included: a Monday or Tuesday holiday closes the weekend before it (Memorial Day weekend is
//! Saturday to Monday), one from Wednesday to Friday opens the weekend after it (Thanksgiving
//! weekend is Thursday to Sunday), and one on a Saturday or Sunday is that weekend.

use jiff::ToSpan;
use jiff::civil::{Date, Weekday};

use super::{HolidayDate, Precision, Unresolved};

/// Which occurrence of a holiday a text names, when it writes no year.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Default)]
pub enum Occurrence {
    /// The latest on or before the reference ("Christmas", as news reports the past).
    #[default]
    Latest,
    /// The first after the reference ("next Easter", "the following Christmas").
    Next,
    /// The latest before the reference ("last Christmas").
    Last,
    /// The one in the reference's year ("this Thanksgiving").
    This,
}

/// The days a holiday names: its day, or its weekend when `weekend`, in the year written or the
/// one `which` picks from `reference`.
pub(super) fn days(
    date: HolidayDate,
    year: Option<i16>,
    which: Occurrence,
    weekend: bool,
    reference: Option<Date>,
) -> Result<(Date, Date, Precision), Unresolved> {
    let span = |day: Date| {
        if weekend {
            weekend_of(day)
        } else {
            Some((day, day))
        }
    };
    let in_year = |y: i16| date.in_year(y).and_then(span);
    let found = match year {
        Some(y) => in_year(y),
        None => {
            let r = reference.ok_or(Unresolved::NoReference)?;
            let y = r.year();
            // A weekend counts as begun from its first day: "Memorial Day weekend" read on its
            // Saturday is that one.
            match which {
                Occurrence::Latest => (0..=1).filter_map(|b| in_year(y - b)).find(|d| d.0 <= r),
                Occurrence::Last => (0..=1).filter_map(|b| in_year(y - b)).find(|d| d.0 < r),
                Occurrence::Next => (0..=1).filter_map(|a| in_year(y + a)).find(|d| d.0 > r),
                Occurrence::This => in_year(y),
            }
        }
    };
    let (a, b) = found.ok_or(Unresolved::Impossible)?;
    Ok((a, b, Precision::Day))
}

/// The weekend a holiday on `day` falls on or next to, the holiday included.
fn weekend_of(day: Date) -> Option<(Date, Date)> {
    let back = |n: i64| day.checked_sub(n.days()).ok();
    let ahead = |n: i64| day.checked_add(n.days()).ok();
    Some(match day.weekday() {
        Weekday::Monday => (back(2)?, day),
        Weekday::Tuesday => (back(3)?, day),
        Weekday::Wednesday => (day, ahead(4)?),
        Weekday::Thursday => (day, ahead(3)?),
        Weekday::Friday => (day, ahead(2)?),
        Weekday::Saturday => (day, ahead(1)?),
        Weekday::Sunday => (back(1)?, day),
    })
}

#[cfg(test)]
mod tests {
    use super::*;
    use jiff::civil::date;

    const THANKSGIVING: HolidayDate = HolidayDate::NthWeekday {
        month: 11,
        weekday: Weekday::Thursday,
        nth: 4,
        days: 0,
    };
    const CHRISTMAS: HolidayDate = HolidayDate::Fixed { month: 12, day: 25 };

    fn read(which: Occurrence, weekend: bool, reference: Date) -> (Date, Date) {
        let (a, b, _) = days(CHRISTMAS, None, which, weekend, Some(reference)).unwrap();
        (a, b)
    }

    #[test]
    fn next_last_and_this_pick_the_year_from_the_reference() {
        let spring = date(2022, 4, 2);
        let day = |y| (date(y, 12, 25), date(y, 12, 25));
        assert_eq!(read(Occurrence::Latest, false, spring), day(2021));
        assert_eq!(read(Occurrence::Last, false, spring), day(2021));
        assert_eq!(read(Occurrence::Next, false, spring), day(2022));
        assert_eq!(read(Occurrence::This, false, spring), day(2022));
        let on_the_day = date(2022, 12, 25);
        assert_eq!(read(Occurrence::Latest, false, on_the_day), day(2022));
        assert_eq!(read(Occurrence::Last, false, on_the_day), day(2021));
        assert_eq!(read(Occurrence::Next, false, on_the_day), day(2023));
    }

    #[test]
    fn a_holiday_weekend_takes_in_the_holiday() {
        // Christmas 2022 was a Sunday, 2023 a Monday, 2025 a Thursday.
        let on = |y| read(Occurrence::Latest, true, date(y, 12, 31));
        assert_eq!(on(2022), (date(2022, 12, 24), date(2022, 12, 25)));
        assert_eq!(on(2023), (date(2023, 12, 23), date(2023, 12, 25)));
        assert_eq!(on(2025), (date(2025, 12, 25), date(2025, 12, 28)));
        let (a, b, _) = days(THANKSGIVING, Some(2027), Occurrence::Latest, true, None).unwrap();
        assert_eq!((a, b), (date(2027, 11, 25), date(2027, 11, 28)));
    }
}
