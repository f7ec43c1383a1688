//! Money in two units, codes with scale words, glued codes and hyphened currency adjectives.

use super::{find, only, roles};
use crate::extract::numbers::NumberRole;

/// Asserts that `text` holds one amount of money, written `surface`, of `value` in `code`.
#[track_caller]
fn money(text: &str, surface: &str, value: f64, code: &str) {
    let m = only(text);
    assert_eq!(&text[m.span.clone()], surface, "span of {text:?}");
    assert_eq!(m.role, NumberRole::Money, "role of {text:?}");
    let v = m.value.value;
    assert!(
        v.min == v.max && (v.min.unwrap() - value).abs() < 1e-9,
        "value of {text:?}: {v:?}"
    );
    let unit = m.value.unit.map(|u| u.as_str().to_string());
    assert_eq!(unit.as_deref(), Some(code), "unit of {text:?}");
}

#[test]
fn an_amount_and_its_smaller_unit_are_one_amount() {
    money(
        "a ticket was 4 dollars 25 cents",
        "4 dollars 25 cents",
        4.25,
        "USD",
    );
    money(
        "she owed eight dollars and sixty cents",
        "eight dollars and sixty cents",
        8.6,
        "USD",
    );
    money("it came to $2 and 5 cents", "$2 and 5 cents", 2.05, "USD");
    money("a fare of 7 euros 40 cents", "7 euros 40 cents", 7.4, "EUR");
    money(
        "lunch was 12 pounds 30 pence",
        "12 pounds 30 pence",
        12.3,
        "GBP",
    );
}

#[test]
fn a_spoken_price_ends_with_its_cents() {
    money(
        "a pint is four pounds twenty.",
        "four pounds twenty",
        4.2,
        "GBP",
    );
    money(
        "they ask 9 dollars 95, no less",
        "9 dollars 95",
        9.95,
        "USD",
    );
    money("the fee rose to 30 EUR 15.", "30 EUR 15", 30.15, "EUR");
}

#[test]
fn numbers_after_money_that_are_no_cents() {
    // A noun after the second number, a sign before the first, three digits, a decimal.
    assert_eq!(
        roles("he paid 40 dollars and 12 friends came"),
        [("40 dollars", NumberRole::Money), ("12", NumberRole::Count)]
    );
    assert_eq!(find("it cost $8 25 times").len(), 2);
    assert_eq!(find("sold for 6 dollars 250.").len(), 2);
    assert_eq!(find("priced at 3 dollars 2.5.").len(), 2);
    // Two amounts in the main unit stay two.
    assert_eq!(find("5 dollars and 7 dollars").len(), 2);
    assert_eq!(find("it was 20 € 15 € then").len(), 2);
}

#[test]
fn codes_with_a_scale_word_and_glued_codes() {
    money("a loss of 40 USD million", "40 USD million", 4e7, "USD");
    money("revenue reached 85 MEUR", "85 MEUR", 8.5e7, "EUR");
    money("a 2.5 MGBP grant", "2.5 MGBP", 2.5e6, "GBP");
    money("tickets at USD45 each", "USD45", 45.0, "USD");
    money("a bond of EUR12.5", "EUR12.5", 12.5, "EUR");
    money("it cost NZD$30", "NZD$30", 30.0, "NZD");
    // Not a code: letters glued to digits that name no currency.
    assert!(find("the XYZ123 model").is_empty());
}

#[test]
fn a_capital_scale_letter_after_a_gap() {
    money("the deal is worth $5.2 M today", "$5.2 M", 5.2e6, "USD");
    money("it raised $1.5 B in May", "$1.5 B", 1.5e9, "USD");
    // A lower-case "m" after a gap is a metre, a capital after a whole number of nothing a
    // letter of its own.
    assert_ne!(only("a wall of 5 m").role, NumberRole::Money);
    let m = only("Route 5 M");
    assert_eq!(m.value.value.min, Some(5.0));
}

#[test]
fn a_currency_word_hyphened_as_an_adjective() {
    money("a 25-cent coin", "25-cent", 0.25, "USD");
    money("a ten-dollar bill", "ten-dollar", 10.0, "USD");
    money("a 50-cent-a-share payout", "50-cent", 0.5, "USD");
    money("it fell by one penny", "one penny", 0.01, "GBP");
    // A weight, and a manner of speaking.
    assert_ne!(roles("a 200-pound man")[0].1, NumberRole::Money);
    assert!(
        roles("a million-dollar view")
            .iter()
            .all(|(_, r)| *r != NumberRole::Money)
    );
}
