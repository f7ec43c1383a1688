//! Numeric forms around the digits: a month and year with spaces around the sign, a day glued to
//! its month's name, a European day with a full stop, and an amount after a currency sign.

use super::*;

#[test]
fn a_month_and_year_with_spaces_around_the_sign() {
    let month = |text: &str, surface: &str, y: i16, m: i8| {
        let last = date(y, m, 1).last_of_month();
        check(text, WED, surface, date(y, m, 1), last, Precision::Month);
    };
    month("The audit covers 2019 - 7 only.", "2019 - 7", 2019, 7);
    month("The audit covers 2019 /07 only.", "2019 /07", 2019, 7);
    month("The audit covers 7 - 2019 only.", "7 - 2019", 2019, 7);
    month("The audit covers 07/ 2019 only.", "07/ 2019", 2019, 7);
    // Spaced, "2010 - 11" may be a span of years: no month. A full stop makes a decimal.
    assert!(!surfaces("The 2010 - 11 budget passed.").contains(&"2010 - 11".to_string()));
    assert!(surfaces("The index stood at 2019.7 points.").is_empty());
}

#[test]
fn a_day_glued_to_its_month() {
    check_day("The talks resume Jun9.", WED, "Jun9", date(2024, 6, 9));
    check_day(
        "The deal closed on Dec31 , 1999.",
        WED,
        "Dec31 , 1999",
        date(1999, 12, 31),
    );
    assert!(surfaces("Decade2 was released.").is_empty());
}

#[test]
fn a_european_day_with_a_full_stop() {
    check_day(
        "Signed 3. Feb. 2011 in Bonn.",
        WED,
        "3. Feb. 2011",
        date(2011, 2, 3),
    );
    // Without its year it may end a sentence: "the toll rose to 16. November's storm …".
    assert!(
        surfaces("The toll rose to 16. November brought more.")
            .iter()
            .all(|s| !s.starts_with("16"))
    );
}

#[test]
fn an_amount_after_a_currency_sign_is_no_day() {
    check_day(
        "She paid $15 March 3 for it.",
        WED,
        "March 3",
        date(2024, 3, 3),
    );
    check_day(
        "She paid € 15 March 3 for it.",
        WED,
        "March 3",
        date(2024, 3, 3),
    );
}
