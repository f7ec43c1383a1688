//! Dates and periods: every date expression as an inclusive day interval with a precision.
//!
//! Two steps, kept apart so that each can be tested on its own:
//!
//! 1. [`find_dates`] reads a sentence with nom parsers (`grammar`) and returns each date
//!    expression as written, an [`Expr`]: "August 25" is a day with no year, "late last month"
//!    a relative month part, "from 2012 to 2015" a range of two years. Nothing is resolved yet,
//!    and impossible calendar days ("February 30", "2024-13-01") are not dates at all.
//! 2. [`resolve()`] turns an [`Expr`] into a [`DateValue`] against a reference day (the article's
//!    publication date). A year-less date is the nearest one on or before the reference: "November
//!    19-20" read on 7 November 2016 is 19–20 November 2015. Without a reference, year-less and
//!    relative dates stay [`Unresolved`]; a year is never invented.
//!
//! The day windows of "early", "mid" and "late" are not fixed here: they are rule-set settings
//! ([`PartWindows`]), because readers disagree about where "late" begins.
//!
//! Other stages use three lookups and nothing else of the grammar: [`find_full_date`] gives
//! ingest a publication date written in the text, and [`is_month`] and [`is_weekday`] keep the
//! readers of names and numbers off calendar words ("May", "Monday").

mod calendar;
mod counted;
mod french;
mod grammar;
mod holiday;
mod resolve;
#[cfg(test)]
mod tests;

use std::ops::Range;

use crate::lex::{Start, word_starts};
use jiff::civil::{Date, Weekday};
use serde::Serialize;

pub use crate::kinds::Part;
pub use crate::rules::{DEFAULT_WINDOWS, PartWindows, Window};
pub use crate::rules::{DateRules, HolidayDate, Holidays, NumericOrder, easter};
pub use calendar::{is_month, is_weekday};
pub use holiday::Occurrence;
pub use resolve::{Resolved, Unresolved, resolve};

/// A calendar unit counted by relative expressions ("two weeks ago", "last year").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Unit {
    /// A day.
    Day,
    /// A week, Monday to Sunday.
    Week,
    /// Saturday and Sunday.
    Weekend,
    /// A calendar month.
    Month,
    /// A calendar quarter.
    Quarter,
    /// A calendar year.
    Year,
    /// A calendar decade, 2010 to 2019: only as "this decade" (counted decades are ten years).
    Decade,
}

/// How a bare weekday is placed relative to the reference day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekdayRule {
    /// "on Monday": the most recent such day on or before the reference.
    OnOrBefore,
    /// "last Monday", "this past Monday": the most recent such day before the reference.
    Before,
    /// "this coming Friday", "the upcoming Monday": the first such day after the reference.
    After,
    /// "this Friday" (0), "Tuesday of last week" (-1), "next Friday" (1): the day in the week
    /// (Monday to Sunday) this many weeks from the reference's.
    InWeek(i32),
}

/// One date expression as written, before it is placed on the calendar.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Point {
    /// A day: "August 25", "25 Aug 2024", "2024-09-02", "Sunday the 24th". A weekday written
    /// with it is kept to check the two agree.
    Day {
        /// The year, when written.
        year: Option<i16>,
        /// The month, when written ("the 21st" has none).
        month: Option<i8>,
        /// The day of the month.
        day: i8,
        /// The weekday written next to the date ("Monday, September 2").
        weekday: Option<Weekday>,
    },
    /// A month or part of one: "July 2023", "late August", "the beginning of July".
    Month {
        /// The year, when written.
        year: Option<i16>,
        /// The month, 1 to 12.
        month: i8,
        /// "early", "mid" or "late", when written.
        part: Option<Part>,
    },
    /// A month named from the reference: "next June", "last September", "October next year".
    MonthFrom {
        /// The month, 1 to 12.
        month: i8,
        /// How it is placed.
        from: MonthFrom,
    },
    /// A year or part of one: "2012", "early 2023", "the end of 2014".
    Year {
        /// The year.
        year: i16,
        /// "early", "mid" or "late", when written.
        part: Option<Part>,
    },
    /// A decade: "the 1990s", "the early 2000s".
    Decade {
        /// Its first year (1990).
        start: i16,
        /// "early", "mid" or "late", when written.
        part: Option<Part>,
    },
    /// A quarter: "Q4 2016", "the third quarter of 2011".
    Quarter {
        /// The year, when written.
        year: Option<i16>,
        /// The quarter, 1 to 4.
        quarter: i8,
    },
    /// A weekday on its own: "Monday", "last Sunday", "Tuesday of last week".
    Weekday {
        /// The day.
        weekday: Weekday,
        /// How it is placed.
        rule: WeekdayRule,
    },
    /// A day, week, month, quarter or year counted from the reference: "today", "yesterday",
    /// "two days ago", "this week", "last year", "late last month", "next year".
    Relative {
        /// The unit counted.
        unit: Unit,
        /// How many units from the reference's (negative: before).
        offset: i32,
        /// "early", "mid" or "late" of that unit (months and years only).
        part: Option<Part>,
    },
    /// Whole units next to the reference day, the reference itself left out: "the next three
    /// days" (the three days after it), "the past two weeks" (the fourteen days before it),
    /// "within five years".
    Window {
        /// The unit counted.
        unit: Unit,
        /// How many units (negative: before the reference).
        count: i32,
    },
    /// One day counted in units from a named day: "five weeks from tomorrow", "three days
    /// after today", "four days before yesterday", "two weeks before May 13, 1999", "three
    /// days after next Friday". Counted from a day, the result is a day whatever the unit.
    Shift {
        /// The unit counted.
        unit: Unit,
        /// How many units (negative: before).
        count: i32,
        /// The day counted from.
        from: Anchor,
    },
    /// A weekend named from the reference: "this weekend", "next weekend", "last weekend",
    /// "this coming weekend", "the weekend after next".
    Weekend(WeekendRef),
    /// A day counted in months and days from the reference (negative: before): "2 months and 9
    /// days ago", "two weeks from now". Without days it names the month (or the year) the count
    /// lands in: "two years and three months ago" is a month.
    Span {
        /// Months counted (a year is twelve).
        months: i32,
        /// Days counted after the months (a week is seven).
        days: i32,
        /// Written as a bare "in two weeks", which says how long something took as often as
        /// when it will happen ("the third raid in two weeks"): a date only after a word of
        /// the future in its clause ("the trial will resume in two weeks").
        bare: bool,
    },
    /// The days from the reference up to the one before a count of months and days after it,
    /// the reference being the first: "within five days" read on the 7th is the 7th to the 11th.
    Within {
        /// Months counted.
        months: i32,
        /// Days counted after the months.
        days: i32,
    },
    /// The n-th week (Monday to Sunday) of a month or year, a week belonging to the month that
    /// holds its Thursday (as ISO weeks belong to years): "the second week of this month", "the
    /// last week of June", "the first week of 2016".
    NthWeek {
        /// Which week, 1 to 5, or -1 for the last.
        n: i8,
        /// The month or year.
        of: WeekOf,
    },
    /// The first (or last) few units of a month or year: "the first six months of 2015", "the
    /// last two weeks of July", "the first ten days of next month". Weeks are whole weeks of
    /// the month or year, as [`Point::NthWeek`] counts them.
    Slice {
        /// How many units from the start, or (negative) from the end.
        count: i32,
        /// The unit counted: days, weeks, months or quarters.
        unit: Unit,
        /// The month or year.
        of: WeekOf,
    },
    /// A day picked out of a month: "the 20th of next month", "the first Tuesday of October",
    /// "the last day of October 2015".
    InMonth {
        /// The month.
        month: MonthRef,
        /// Which day of it.
        day: DayOfMonth,
    },
    /// The days of the reference's week, month, quarter or year on one side of the reference:
    /// "earlier this month" (from the month's first day to the day before), "later this year"
    /// (from the reference, which may be meant, to the year's end), "the rest of the week" (from the reference on).
    Stretch {
        /// The unit the reference is in.
        unit: Unit,
        /// Which days of it.
        side: Side,
    },
    /// A day in digits whose numbers leave the order of day and month open ("3/7/2017", "5/12"):
    /// the walk reads it by the rule `dates.numeric_order`, or not at all; it is never resolved
    /// as it stands.
    NumericDay {
        /// The year, when written.
        year: Option<i16>,
        /// The first number.
        first: i8,
        /// The second number.
        second: i8,
    },
    /// The week (Monday to Sunday) that holds a day: "the week of the 9th", "the week of
    /// March 3".
    WeekHolding(Anchor),
    /// Whole units from a named day on, that day the first: "the week commencing March 3", "two
    /// weeks starting May 9", "for 4 days from today", "less than a week from tomorrow".
    Starting {
        /// How many units.
        count: i32,
        /// The unit counted.
        unit: Unit,
        /// The first day.
        from: Anchor,
    },
    /// A vague count of units from the reference, as the span of counts it may mean: "a few
    /// days ago" (two to five days before it), "in a few weeks".
    Vague {
        /// The unit counted.
        unit: Unit,
        /// The count nearest the reference (negative: before it).
        near: i32,
        /// The count farthest from it.
        far: i32,
    },
    /// A holiday: "Christmas", "Thanksgiving 2013", "Easter Monday", "next Easter", "Labor Day
    /// weekend" (see [`Occurrence`]).
    Holiday {
        /// How its day is found in a year.
        date: HolidayDate,
        /// The year, when written.
        year: Option<i16>,
        /// Which one, when no year is written.
        which: Occurrence,
        /// The weekend it falls in or next to, not the day itself.
        weekend: bool,
    },
}

/// A day a week or a count of units is placed from.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Anchor {
    /// A written day, its month and year when given: "March 3", "the 18th".
    Day {
        /// The year, when written.
        year: Option<i16>,
        /// The month, when written.
        month: Option<i8>,
        /// The day of the month.
        day: i8,
    },
    /// A day counted from the reference: "today" (0), "tomorrow" (1).
    Days(i32),
    /// A weekday placed from the reference: "next Monday".
    Weekday(Weekday, WeekdayRule),
}

/// Which days of a unit, around the reference day.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Side {
    /// Before the reference: "earlier this month".
    Earlier,
    /// After it: "later this year".
    Later,
    /// The reference and after: "the rest of the week".
    Rest,
}

/// How a named month is placed from the reference.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthFrom {
    /// "next June": the first such month after the reference's month.
    Next,
    /// "last September": the latest such month before the reference's month.
    Last,
    /// "October next year" (1), "May of last year" (-1), "March this year" (0): in the year this
    /// many years from the reference's.
    Years(i32),
}

/// A month a day is picked out of.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum MonthRef {
    /// A named month, with its year when written ("October", "October 2015").
    Named {
        /// The year, when written.
        year: Option<i16>,
        /// The month, 1 to 12.
        month: i8,
    },
    /// A month counted from the reference's ("next month" is 1).
    Relative(i32),
}

/// Which weekend a phrase names, read from the reference day.
///
/// News written early in the week tells of the weekend just gone as "this weekend" ("a victim
/// of this weekend's violence", on a Monday), and late in the week of the one ahead ("the funeral
/// is this weekend", on a Thursday): "this weekend" is the one just gone from Monday to
/// Wednesday, the one of the reference's week (Monday to Sunday) from Thursday to Sunday.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekendRef {
    /// This many weekends after "this weekend": "this weekend" (0), "next weekend" (1), "the
    /// weekend after next" (2).
    This(i32),
    /// "last weekend": the weekend of the week before the reference's (said on a Monday, the
    /// one just gone; on a Sunday, the one before).
    Last,
    /// "this coming weekend": the first to start after the reference.
    Coming,
    /// "this weekend" in a clause of the future ("they will meet this weekend"): the weekend of
    /// the reference's week (Monday to Sunday), ahead of it on a weekday.
    Ahead,
}

/// The month or year a week, or a few units, are counted in.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum WeekOf {
    /// A month: "the third week of July", "the last week of next month".
    Month(MonthRef),
    /// A year: "the first week of 2016".
    Year(i16),
    /// A year counted from the reference's: "the first week of next year" (1).
    RelativeYear(i32),
}

/// Which day of a month.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum DayOfMonth {
    /// A day number: "the 20th".
    Number(i8),
    /// The n-th such weekday (1 to 5), or the last (-1): "the second Monday", "the last Friday".
    Nth(i8, Weekday),
    /// The month's last day.
    Last,
}

/// A date expression: one point, or a range between two ("from August 25 to 29").
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Expr {
    /// One day or period.
    Point(Point),
    /// From the start of the first to the end of the second, both included. A weekday alone
    /// ([`WeekdayRule::OnOrBefore`]) as the second is the first such day on or after the
    /// start ("from Monday to Friday").
    Range(Point, Point),
}

/// A date expression found in a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct DateMatch {
    /// Byte span in the text, "from" and "between" included, "on" and "in" not.
    pub span: Range<usize>,
    /// What was written.
    pub expr: Expr,
}

/// How finely a date is given.
#[derive(
    Clone,
    Copy,
    Debug,
    PartialEq,
    Eq,
    PartialOrd,
    Ord,
    Hash,
    Serialize,
    schemars::JsonSchema,
    strum::IntoStaticStr,
    strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum Precision {
    /// One day, or a range of days.
    Day,
    /// A week.
    Week,
    /// Part of a month: "late August".
    MonthPart,
    /// A month.
    Month,
    /// A quarter.
    Quarter,
    /// Part of a year: "early 2023".
    YearPart,
    /// A year.
    Year,
    /// A decade or part of one.
    Decade,
}

impl Precision {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// A resolved date: an inclusive interval of days and how finely it was given.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct DateValue {
    /// The first day.
    #[schemars(with = "String")]
    pub start: Date,
    /// The last day, included.
    #[schemars(with = "String")]
    pub end: Date,
    /// How finely the text gives it.
    pub precision: Precision,
}

impl DateValue {
    /// Whether two intervals share a day, once each is widened by `slack` days on both sides.
    pub fn overlaps(&self, other: &DateValue, slack: i32) -> bool {
        let widen = |d: Date, days: i32| d.saturating_add(jiff::Span::new().days(days));
        widen(self.start, -slack) <= widen(other.end, slack)
            && widen(other.start, -slack) <= widen(self.end, slack)
    }

    /// Whether this interval lies inside `other`.
    pub fn within(&self, other: &DateValue) -> bool {
        other.start <= self.start && self.end <= other.end
    }
}

impl std::fmt::Display for DateValue {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        if self.start == self.end {
            write!(f, "{}", self.start)
        } else {
            write!(f, "{} – {}", self.start, self.end)
        }
    }
}

/// Every date expression in `text[range]` (a sentence), left to right and non-overlapping, with
/// spans absolute in `text`, holidays left out (see [`find_dates_with`]). A range out of bounds
/// or off character boundaries holds none.
pub fn find_dates(text: &str, range: Range<usize>) -> Vec<DateMatch> {
    find_dates_with(text, range, &DateRules::default())
}

/// [`find_dates`], read with the date rules `rules`: their holidays are dates too, and numeric
/// dates follow their `numeric_order`.
pub fn find_dates_with(text: &str, range: Range<usize>, rules: &DateRules) -> Vec<DateMatch> {
    let Some(sentence) = text.get(range.clone()) else {
        return Vec::new();
    };
    let starts = word_starts(sentence);
    find_dates_at(
        sentence,
        range.start,
        &starts,
        rules,
        rules.numeric_order,
        &mut Vec::new(),
    )
}

/// Every date expression in `sentence`, at byte `base` of its text, walking its word starts
/// `starts` (from [`word_starts`], shared with the number walk), with spans absolute in the
/// text, read with the date rules `rules` (holidays) and numeric dates in `order`. Under
/// `auto`, the absolute span of each numeric date whose numbers leave the order of day and month
/// open ("5/12", "3/4/2021") is added to `open`: it is no date, and the caller may say so.
pub(crate) fn find_dates_at(
    sentence: &str,
    base: usize,
    starts: &[Start<'_>],
    rules: &DateRules,
    order: NumericOrder,
    open: &mut Vec<Range<usize>>,
) -> Vec<DateMatch> {
    let range = base..base + sentence.len();
    let first_open = open.len();
    let found = grammar::scan_at(sentence, starts, rules, order, open);
    for span in &mut open[first_open..] {
        *span = base + span.start..base + span.end;
    }
    found
        .into_iter()
        .map(|m| DateMatch {
            span: range.start + m.span.start..range.start + m.span.end,
            expr: m.expr,
        })
        .collect()
}

/// [`find_dates_at`] for a sentence of an article in `language` (a code of
/// [`crate::rules::LANGUAGES`], or `None` for English): a French sentence is read by the French
/// walk, and the English grammar's dates that overlap none of its own are kept with them (a
/// numeric date, an English phrase quoted), in text order.
pub(crate) fn find_dates_in(
    language: Option<&str>,
    sentence: &str,
    base: usize,
    starts: &[Start<'_>],
    rules: &DateRules,
    order: NumericOrder,
    open: &mut Vec<Range<usize>>,
) -> Vec<DateMatch> {
    let english = find_dates_at(sentence, base, starts, rules, order, open);
    if language != Some("fr") {
        return english;
    }
    let mut found = french::find(sentence, base);
    let overlaps = |a: &Range<usize>, b: &Range<usize>| a.start < b.end && b.start < a.end;
    let others: Vec<DateMatch> = english
        .into_iter()
        .filter(|e| !found.iter().any(|f| overlaps(&f.span, &e.span)))
        .collect();
    found.extend(others);
    found.sort_by_key(|m| (m.span.start, m.span.end));
    found
}

/// The first absolute date (day, month and year all given) in `text`, with its byte span: how
/// ingest finds a publication date in a line ("2 Sep 2024", "September 18, 2023",
/// "2024-09-02"), read with the same grammar as date claims. The day is a `jiff::civil::Date`,
/// so an impossible one ("February 30") is rejected by the calendar, not by hand-written month
/// lengths.
pub fn find_full_date(text: &str) -> Option<(Range<usize>, Date)> {
    grammar::scan(text)
        .into_iter()
        .find_map(|found| match found.expr {
            Expr::Point(Point::Day {
                year: Some(y),
                month: Some(m),
                day,
                ..
            }) => Date::new(y, m, day).ok().map(|d| (found.span, d)),
            _ => None,
        })
}
