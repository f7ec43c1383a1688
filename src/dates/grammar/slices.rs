//! The first or last few units of a month or year: "the first six months of 2015", "the last
//! two weeks of July", "the first 10 days of next month", "the last three months of the year".
//! Without its month or year the count is a window next to the reference ("the last two
//! months"), the counted forms'.

use nom::Parser;
use nom::branch::alt;
use nom::combinator::opt;

use super::pieces::{word_then_gap, written_year};
use super::units::{any_month, count_of_units};
use super::weeks::relative_year;
use crate::dates::{Point, Unit, WeekOf};
use crate::lex::{Res, gap, no_match};

/// "the first six months of 2015", "the last 2 weeks in July", "the first ten days of last
/// year", "the last two quarters of 2014", "the final three months of the year". A year is not
/// counted in a year, nor a weekend.
pub(super) fn slice(i: &str) -> Res<'_, Point> {
    let (i, the) = opt(|i| word_then_gap("the", i)).parse(i)?;
    let (i, from_end) = alt((
        |i| word_then_gap("first", i).map(|(r, _)| (r, false)),
        |i| word_then_gap("last", i).map(|(r, _)| (r, true)),
        |i| word_then_gap("final", i).map(|(r, _)| (r, true)),
    ))
    .parse(i)?;
    // "first" opens a date only after "the": "first two days of June" alone may be a list.
    if the.is_none() && !from_end {
        return no_match(i);
    }
    let (i, (n, unit)) = count_of_units(i)?;
    if matches!(unit, Unit::Year | Unit::Weekend) {
        return no_match(i);
    }
    let (i, _) = gap(i)?;
    let (i, _) = alt((|i| word_then_gap("of", i), |i| word_then_gap("in", i))).parse(i)?;
    let (i, of) = alt((
        |i| written_year(i).map(|(r, y)| (r, WeekOf::Year(y))),
        |i| relative_year(i).map(|(r, y)| (r, WeekOf::RelativeYear(y))),
        |i| any_month(i).map(|(r, m)| (r, WeekOf::Month(m))),
    ))
    .parse(i)?;
    let count = if from_end { -n } else { n };
    Ok((i, Point::Slice { count, unit, of }))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_slice_needs_its_month_or_year() {
        assert!(slice("the last two months").is_err());
        assert!(slice("first two days of June").is_err());
        assert!(slice("the last two years of 2015").is_err());
        assert!(slice("the first six months of 2015").is_ok());
    }
}
