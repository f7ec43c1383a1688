//! Date grammar and resolution, by family: each case is a sentence, the expression found in it
//! and its interval read on a reference day.

use jiff::civil::{Date, date};

use super::*;

/// Early 1–15, mid 10–20, late 16–end; early/mid/late of a year: Jan–Jun, Apr–Sep, Jul–Dec.
const WINDOWS: PartWindows = PartWindows {
    early: Window {
        month_days: (1, 15),
        year_months: (1, 6),
        decade_years: (0, 3),
    },
    mid: Window {
        month_days: (10, 20),
        year_months: (4, 9),
        decade_years: (3, 6),
    },
    late: Window {
        month_days: (16, 31),
        year_months: (7, 12),
        decade_years: (6, 9),
    },
};

/// The dates of `text` read on `reference`: surface, start, end, precision.
fn read(
    text: &str,
    reference: Option<Date>,
) -> Vec<(String, Result<(Date, Date, Precision), Unresolved>)> {
    find_dates(text, 0..text.len())
        .into_iter()
        .map(|m| {
            let v = resolve(&m.expr, reference, &WINDOWS)
                .map(|r| (r.value.start, r.value.end, r.value.precision));
            (text[m.span].to_string(), v)
        })
        .collect()
}

fn one(text: &str, reference: Date) -> (String, Date, Date, Precision) {
    let found = read(text, Some(reference));
    assert_eq!(found.len(), 1, "{text}: {found:?}");
    let (s, v) = found.into_iter().next().unwrap();
    let (a, b, p) = v.unwrap_or_else(|e| panic!("{text}: {e:?}"));
    (s, a, b, p)
}

#[test]
fn smoke() {
    let r = date(2024, 9, 2);
    assert_eq!(
        one("They met from August 25 to 29 in the town.", r),
        (
            "from August 25 to 29".into(),
            date(2024, 8, 25),
            date(2024, 8, 29),
            Precision::Day
        )
    );
}
