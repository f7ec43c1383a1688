//! [`find_full_date`]: the first date of a line with day, month and year, as ingest reads a
//! publication date.

use super::*;

fn found(text: &str) -> Option<(&str, Date)> {
    find_full_date(text).map(|(span, d)| (&text[span], d))
}

#[test]
fn finds_the_three_written_forms() {
    assert_eq!(
        found("  • 2 Sep 2024 17:55"),
        Some(("2 Sep 2024", date(2024, 9, 2)))
    );
    assert_eq!(
        found("World | September 18, 2023, Monday // 12:20"),
        Some(("September 18, 2023", date(2023, 9, 18)))
    );
    assert_eq!(
        found("Sept. 18, 2023"),
        Some(("Sept. 18, 2023", date(2023, 9, 18)))
    );
    assert_eq!(
        found("posted 2024-09-02T10:00"),
        Some(("2024-09-02", date(2024, 9, 2)))
    );
    assert_eq!(
        found("on 29 February 2024"),
        Some(("29 February 2024", date(2024, 2, 29)))
    );
}

#[test]
fn rejects_impossible_and_partial_dates() {
    assert_eq!(found("February 30, 2024"), None);
    assert_eq!(found("29 February 2023"), None);
    assert_eq!(found("2024-13-01"), None);
    assert_eq!(found("BAMAKO, Nov 13 (AGENCY)"), None);
    assert_eq!(found("Monday, September 2"), None);
    assert_eq!(found("12 Mayday 2024"), None);
}
