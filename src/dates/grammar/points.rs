//! Single points, the forms tried longest first: a weekday with or without its date, a part of
//! a month, year or decade ("late August", "the end of 2014", "the late 1990s"), a quarter, a
//! relative day or unit ("two days ago", "last week"), a day, a month, a decade, a year.

use nom::Parser;
use nom::branch::alt;
use nom::character::complete::{char, one_of};
use nom::combinator::{opt, recognize};

use super::counted::{counted, unit_word};
use super::numeric::{month_and_year, month_day_numbers, open_month_day_numbers};
use super::pieces::{
    NumericParts, day_month, day_number, ends_clause, four_digit_year, impossible, iso, month_day,
    month_word, month_year, numeric_day, signed_day, valid_day, word_then_gap, written_year, year,
    year_month, year_tail,
};
use super::spoken::spoken_year;
use super::units::count_of_units;
use super::weekdays::weekday;
use crate::dates::calendar::AMBIGUOUS_MONTHS;
use crate::dates::{MonthFrom, Part, Point, Unit};
use crate::lex::{Lead, Res, boundary, gap, keyword, lead, no_match, phrase, tag_ci};

/// One point, the forms tried longest first: weekday, part, quarter, relative, day, month,
/// decade, year. At a digit only the forms that may open with one are tried ("1st quarter",
/// "3 days ago" of the relative forms, "25 August", "1990s", "2012"), elsewhere only those that
/// open with a word: a form of the other kind fails on the first character, so the choice is
/// the same.
pub(super) fn point(i: &str) -> Res<'_, Point> {
    if i.starts_with(|c: char| c.is_ascii_digit()) {
        alt((
            counted,
            quarter,
            ago,
            day,
            open_numeric_day,
            bare_day,
            decade,
            numeric_month,
            year_then_month,
            year_point,
        ))
        .parse(i)
    } else {
        alt((
            counted,
            weekday,
            part,
            quarter,
            relative,
            day,
            bare_day,
            month,
            decade,
            spoken_year_point,
        ))
        .parse(i)
    }
}

/// A month and its year in digits: "2016-11", "11/2016".
fn numeric_month(i: &str) -> Res<'_, Point> {
    let (rest, (year, month)) = month_and_year(i)?;
    Ok((
        rest,
        Point::Month {
            year: Some(year),
            month,
            part: None,
        },
    ))
}

/// A year, then its month: "2016 June", "2016, Nov".
fn year_then_month(i: &str) -> Res<'_, Point> {
    let (rest, (year, month)) = year_month(i)?;
    Ok((
        rest,
        Point::Month {
            year: Some(year),
            month,
            part: None,
        },
    ))
}

/// A year alone: "2012".
fn year_point(i: &str) -> Res<'_, Point> {
    year(i).map(|(r, y)| {
        (
            r,
            Point::Year {
                year: y,
                part: None,
            },
        )
    })
}

/// A year in words alone: "nineteen ninety-six", "two thousand and six" (the guards want a
/// preposition of time before it).
fn spoken_year_point(i: &str) -> Res<'_, Point> {
    spoken_year(i).map(|(r, year)| (r, Point::Year { year, part: None }))
}

/// "late August", "mid-November", "the end of July", "at the beginning of 2023" (without the
/// "at"), "early 2023", "the late 1990s", "late last month", "early next year", "the end of the
/// year".
fn part(i: &str) -> Res<'_, Point> {
    let (i, p) = alt((
        |i| {
            let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
            let (i, p) = alt((
                |i| word_then_gap("beginning of", i).map(|(r, _)| (r, Part::Early)),
                |i| word_then_gap("start of", i).map(|(r, _)| (r, Part::Early)),
                |i| word_then_gap("middle of", i).map(|(r, _)| (r, Part::Mid)),
                |i| word_then_gap("end of", i).map(|(r, _)| (r, Part::Late)),
            ))
            .parse(i)?;
            Ok((i, p))
        },
        |i| {
            // "the" before "early", "mid" or "late" belongs to a decade ("the late 1990s") and
            // to nothing else: in "the late August meeting" it is the meeting's.
            let (after_the, the) = opt(|i| word_then_gap("the", i)).parse(i)?;
            if the.is_some() {
                let (after_word, p) = part_word(after_the)?;
                decade_number(after_word)?;
                return Ok((after_word, p));
            }
            part_word(i)
        },
    ))
    .parse(i)?;
    part_target(i, p)
}

/// "early", "late", "mid-" or "mid".
fn part_word(i: &str) -> Res<'_, Part> {
    alt((
        |i| word_then_gap("early", i).map(|(r, _)| (r, Part::Early)),
        |i| word_then_gap("late", i).map(|(r, _)| (r, Part::Late)),
        |i| {
            let (i, _) = tag_ci("mid", i)?;
            let (i, _) = alt((recognize(char('-')), gap)).parse(i)?;
            Ok((i, Part::Mid))
        },
    ))
    .parse(i)
}

/// What a part word qualifies: a month, a decade, a year, or this, last or next month or year.
fn part_target(i: &str, p: Part) -> Res<'_, Point> {
    let part = Some(p);
    alt((
        |i| month_point(i, part),
        |i| decade_number(i).map(|(r, start)| (r, Point::Decade { start, part })),
        |i| year(i).map(|(r, y)| (r, Point::Year { year: y, part })),
        |i| {
            let (i, offset) = alt((
                |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
                |i| word_then_gap("the", i).map(|(r, _)| (r, 0)),
                |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
                |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
            ))
            .parse(i)?;
            let (i, unit) = alt((
                |i| keyword("month", i).map(|(r, _)| (r, Unit::Month)),
                |i| keyword("year", i).map(|(r, _)| (r, Unit::Year)),
                |i| keyword("decade", i).map(|(r, _)| (r, Unit::Decade)),
            ))
            .parse(i)?;
            Ok((i, Point::Relative { unit, offset, part }))
        },
    ))
    .parse(i)
}

/// "Q4 2016", "the third quarter of 2011", "1st quarter of 2009", "the second quarter".
pub(super) fn quarter(i: &str) -> Res<'_, Point> {
    let q_form = |i| {
        let (i, _) = tag_ci("q", i)?;
        let (i, q) = one_of("1234").parse(i)?;
        let (i, ()) = boundary(i)?;
        // "Q1 2017", "q1 of 2017", "Q1, 2017".
        let (i, y) = opt(year_tail).parse(i)?;
        Ok((i, (quarter_number(q), y)))
    };
    let word_form = |i| {
        let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
        let (i, q) = quarter_ordinal(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = keyword("quarter", i)?;
        // "the third quarter 2011", "the third quarter of 2011", "… of two thousand and eleven".
        let (i, y) = opt(|i| {
            let (i, _) = gap(i)?;
            let of_year = |i| {
                let (i, _) = word_then_gap("of", i)?;
                written_year(i)
            };
            alt((year, of_year)).parse(i)
        })
        .parse(i)?;
        Ok((i, (q, y)))
    };
    let (i, (quarter, year)) = alt((q_form, word_form)).parse(i)?;
    Ok((i, Point::Quarter { year, quarter }))
}

/// "first" or "1st" … "fourth" or "4th", as a quarter number.
fn quarter_ordinal(i: &str) -> Res<'_, i8> {
    const ORDINALS: [(&str, &str, i8); 4] = [
        ("first", "1st", 1),
        ("second", "2nd", 2),
        ("third", "3rd", 3),
        ("fourth", "4th", 4),
    ];
    for (word, digits, q) in ORDINALS {
        if let Ok((rest, _)) = keyword(word, i).or_else(|_| keyword(digits, i)) {
            return Ok((rest, q));
        }
    }
    no_match(i)
}

/// The quarter a digit `1`–`4` names.
fn quarter_number(c: char) -> i8 {
    c.to_digit(10).map_or(1, |d| d as i8)
}

/// "today", "yesterday", "the day before yesterday", "two days ago", "a week ago", "this week",
/// "last year", "next month", "last quarter", "this past week", "over the weekend".
fn relative(i: &str) -> Res<'_, Point> {
    let day = |offset| Point::Relative {
        unit: Unit::Day,
        offset,
        part: None,
    };
    let fixed = alt((
        |i| phrase(i, "the day before yesterday").map(|(r, _)| (r, day(-2))),
        |i| phrase(i, "the day after tomorrow").map(|(r, _)| (r, day(2))),
        |i| {
            phrase(i, "the week after next").map(|(r, _)| {
                let p = Point::Relative {
                    unit: Unit::Week,
                    offset: 2,
                    part: None,
                };
                (r, p)
            })
        },
        |i| keyword("today", i).map(|(r, _)| (r, day(0))),
        |i| keyword("tonight", i).map(|(r, _)| (r, day(0))),
        |i| phrase(i, "this morning").map(|(r, _)| (r, day(0))),
        |i| phrase(i, "this afternoon").map(|(r, _)| (r, day(0))),
        |i| phrase(i, "this evening").map(|(r, _)| (r, day(0))),
        |i| keyword("yesterday", i).map(|(r, _)| (r, day(-1))),
        |i| phrase(i, "last night").map(|(r, _)| (r, day(-1))),
        |i| keyword("tomorrow", i).map(|(r, _)| (r, day(1))),
    ));
    let shifted = |i| {
        let (i, offset) = alt((
            |i| word_then_gap("this past", i).map(|(r, _)| (r, -1)),
            |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
            |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
            |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
            // "the current year", "the coming week": one unit, never the vague plural ("in the
            // coming days"). "previous" is left out: "the previous day" counts from the event.
            |i| singular(i, "current").map(|(r, _)| (r, 0)),
            |i| singular(i, "coming").map(|(r, _)| (r, 1)),
            |i| singular(i, "upcoming").map(|(r, _)| (r, 1)),
        ))
        .parse(i)?;
        let (i, unit) = unit_word(i)?;
        let offset = if unit == Unit::Weekend { 0 } else { offset };
        Ok((
            i,
            Point::Relative {
                unit,
                offset,
                part: None,
            },
        ))
    };
    // "this decade", "the current decade": the calendar decade ("the next decade" is ten years,
    // the windows').
    let this_decade = |i| {
        let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
        let (i, _) = alt((
            |i| word_then_gap("this", i),
            |i| word_then_gap("current", i),
        ))
        .parse(i)?;
        let (i, _) = keyword("decade", i)?;
        Ok((
            i,
            Point::Relative {
                unit: Unit::Decade,
                offset: 0,
                part: None,
            },
        ))
    };
    let weekend = |i| {
        let (i, _) = alt((|i| phrase(i, "the weekend"), |i| phrase(i, "the weekends"))).parse(i)?;
        Ok((
            i,
            Point::Relative {
                unit: Unit::Weekend,
                offset: 0,
                part: None,
            },
        ))
    };
    alt((fixed, ago, shifted, this_decade, weekend)).parse(i)
}

/// `word` and the gap after it, when a singular unit word follows ("coming week", not "coming
/// weeks").
fn singular<'a>(i: &'a str, word: &str) -> Res<'a, &'a str> {
    let (rest, found) = word_then_gap(word, i)?;
    match lead(rest) {
        Lead::Ascii(unit) if !unit.ends_with(['s', 'S']) => Ok((rest, found)),
        _ => no_match(i),
    }
}

/// "two days ago", "a week ago", "3 months ago", "a fortnight ago", "two decades ago" (twenty
/// years); not weekends, which are no unit of time to count back in.
fn ago(i: &str) -> Res<'_, Point> {
    let (i, (n, unit)) = count_of_units(i)?;
    let (i, _) = gap(i)?;
    let (i, _) = keyword("ago", i)?;
    Ok((
        i,
        Point::Relative {
            unit,
            offset: -n,
            part: None,
        },
    ))
}

/// A day in digits whose numbers leave the order of day and month open: "3/7/2017", "5/12".
fn open_numeric_day(i: &str) -> Res<'_, Point> {
    // Two numbers joined by a sign: the sign comes after one or two digits (or four).
    let b = i.as_bytes();
    if ![1, 2, 4]
        .iter()
        .any(|&n| matches!(b.get(n), Some(b'/' | b'.' | b'-')))
    {
        return no_match(i);
    }
    let open = |year, first, second| Point::NumericDay {
        year,
        first,
        second,
    };
    if let Ok((rest, NumericParts::Open(y, a, b))) = numeric_day(i) {
        return Ok((rest, open(Some(y), a, b)));
    }
    let (rest, (a, b)) = open_month_day_numbers(i)?;
    Ok((rest, open(None, a, b)))
}

/// A single day: "2024-09-02", "August 25", "Sept. 18, 2023", "25 Aug 2024", "1st Jan".
fn day(i: &str) -> Res<'_, Point> {
    let (rest, (year, month, day)) = alt((
        |i| iso(i).map(|(r, d)| (r, (Some(d.year()), d.month(), d.day()))),
        signed_day,
        |i| match numeric_day(i)? {
            (r, NumericParts::Day(y, m, d)) => Ok((r, (Some(y), m, d))),
            (r, NumericParts::Open(..)) => no_match(r),
        },
        |i| month_day_numbers(i).map(|(r, (m, d))| (r, (None, m, d))),
        month_day,
        day_month,
    ))
    .parse(i)?;
    let p = Point::Day {
        year,
        month: Some(month),
        day,
        weekday: None,
    };
    if valid_day(p) {
        Ok((rest, p))
    } else {
        impossible(rest)
    }
}

/// A day of the month alone in digits: "the 27th", "the 4th", "29th", where nothing but
/// punctuation follows ("on the 27th.", "for the 21st"); "the 27th floor" is no date, and "one
/// on the third." leaves its noun out more often than it means a day. Without "the" the day
/// needs its ordinal suffix ("on 29th"). The guards also want a preposition before it.
fn bare_day(i: &str) -> Res<'_, Point> {
    let (i, d) = alt((
        |i| {
            let (i, _) = word_then_gap("the", i)?;
            day_number(i)
        },
        |i| {
            let (rest, d) = day_number(i)?;
            if !i[..i.len() - rest.len()].ends_with(|c: char| c.is_ascii_alphabetic()) {
                return no_match(i);
            }
            Ok((rest, d))
        },
    ))
    .parse(i)?;
    if !ends_clause(i) {
        return no_match(i);
    }
    Ok((
        i,
        Point::Day {
            year: None,
            month: None,
            day: d,
            weekday: None,
        },
    ))
}

/// "July 2023", "june of 1987", "this October", "next June", "June of last year", "August".
fn month(i: &str) -> Res<'_, Point> {
    alt((
        month_from_reference,
        |i| month_point(i, None),
        |i| {
            // "this October" is the nearest October, as a bare month is; only its span differs.
            let (i, _) = word_then_gap("this", i)?;
            let (i, m) = month_name(i)?;
            Ok((
                i,
                Point::Month {
                    year: None,
                    month: m,
                    part: None,
                },
            ))
        },
    ))
    .parse(i)
}

/// A month with its year ("July 2023") or without ("July"), qualified by `part`.
fn month_point(i: &str, part: Option<Part>) -> Res<'_, Point> {
    alt((
        |i| {
            month_year(i).map(|(r, (y, m))| {
                (
                    r,
                    Point::Month {
                        year: Some(y),
                        month: m,
                        part,
                    },
                )
            })
        },
        |i| {
            month_word(i).map(|(r, m)| {
                (
                    r,
                    Point::Month {
                        year: None,
                        month: m,
                        part,
                    },
                )
            })
        },
    ))
    .parse(i)
}

/// "the 1990s", "1980s", "the 2000s".
fn decade(i: &str) -> Res<'_, Point> {
    let (i, _) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, start) = decade_number(i)?;
    Ok((i, Point::Decade { start, part: None }))
}

/// "1990s", "1980's": a four-digit year ending in 0 and an "s"; its first year.
fn decade_number(i: &str) -> Res<'_, i16> {
    let (rest, y) = four_digit_year(i)?;
    let (rest, _) = alt((|i| tag_ci("'s", i), |i| tag_ci("s", i))).parse(rest)?;
    let (rest, ()) = boundary(rest)?;
    if y % 10 == 0 {
        Ok((rest, y))
    } else {
        no_match(i)
    }
}

/// "next June", "last September", "October next year", "May of last year", "March this year": a
/// month placed from the reference's (see [`MonthFrom`]).
fn month_from_reference(i: &str) -> Res<'_, Point> {
    let named = month_name;
    let before = |i| {
        let (i, from) = alt((
            |i| word_then_gap("next", i).map(|(r, _)| (r, MonthFrom::Next)),
            |i| word_then_gap("last", i).map(|(r, _)| (r, MonthFrom::Last)),
        ))
        .parse(i)?;
        let (rest, month) = named(i)?;
        // "last March 3": a day follows, which this form does not read.
        if gap(rest).is_ok_and(|(r, _)| r.starts_with(|c: char| c.is_ascii_digit())) {
            return no_match(i);
        }
        Ok((rest, Point::MonthFrom { month, from }))
    };
    let after = |i| {
        let (i, month) = named(i)?;
        let (i, _) = gap(i)?;
        let (i, _) = opt(alt((
            |i| word_then_gap("of", i),
            |i| word_then_gap("in", i),
        )))
        .parse(i)?;
        let (i, years) = alt((
            |i| word_then_gap("next", i).map(|(r, _)| (r, 1)),
            |i| word_then_gap("last", i).map(|(r, _)| (r, -1)),
            |i| word_then_gap("this", i).map(|(r, _)| (r, 0)),
        ))
        .parse(i)?;
        let (rest, _) = keyword("year", i)?;
        // "October next year's budget": the year is a noun's.
        if rest.starts_with(['\'', '’']) {
            return no_match(i);
        }
        let from = MonthFrom::Years(years);
        Ok((rest, Point::MonthFrom { month, from }))
    };
    alt((before, after)).parse(i)
}

/// A month's name after a word that may also stand before a verb ("this", "next", "last"):
/// lower-case "may" and "march" are the verbs there ("this may be", "the last may have").
fn month_name(i: &str) -> Res<'_, i8> {
    let (rest, month) = month_word(i)?;
    if AMBIGUOUS_MONTHS.contains(&&i[..i.len() - rest.len()]) {
        return no_match(i);
    }
    Ok((rest, month))
}
