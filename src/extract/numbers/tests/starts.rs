//! The candidate positions: no word start where a number form matches is turned away by
//! [`Lexicon::may_start`], on the shipped articles and on the inputs of every test here.

use super::RULES;
use crate::extract::numbers::Lexicon;
use crate::extract::numbers::expr::expression;
use crate::lex::{fixture_articles, is_currency, lead, next_word_start};

/// The fixture articles and, as text, the sources of the number tests: their inputs hold an
/// example of every form, hedge and vague amount the tests know.
fn texts() -> Vec<String> {
    let mut texts: Vec<String> = [
        include_str!("conformance.rs"),
        include_str!("news.rs"),
        include_str!("robustness.rs"),
        include_str!("roles.rs"),
        include_str!("mod.rs"),
    ]
    .map(str::to_string)
    .into();
    texts.extend(fixture_articles());
    texts
}

#[test]
fn every_number_start_passes_the_prefilter() {
    let lex = Lexicon::new(&RULES);
    let texts = texts();
    assert!(texts.len() > 15, "the fixtures are read");
    let (mut found, mut turned_away) = (0, 0);
    for text in &texts {
        let mut from = 0;
        while let Some(start) = next_word_start(text, from, is_currency) {
            let passes = lex.may_start(&text[start..], lead(&text[start..]));
            if expression(text, start, &lex).is_some() {
                found += 1;
                assert!(
                    passes,
                    "a number starts at {:?}",
                    &text[start..text.len().min(start + 30)]
                );
            }
            turned_away += usize::from(!passes);
            from = start + text[start..].chars().next().map_or(1, char::len_utf8);
        }
    }
    assert!(found > 1000, "only {found} number starts seen");
    assert!(
        turned_away > 2 * found,
        "only {turned_away} words turned away"
    );
}

#[test]
fn the_prefilter_turns_away_plain_words_only() {
    let lex = Lexicon::new(&RULES);
    for word in [
        "soldiers",
        "the",
        "Bamako",
        "killed",
        "attack",
        "—",
        "mayor",
        "a man",
        "a",
        "at the",
        "in a",
        "some people",
        "over the",
        "no one",
        "about",
        "half way",
        "up",
        "tens",
    ] {
        assert!(!lex.may_start(word, lead(word)), "{word}");
    }
    for word in [
        "2024",
        "$5",
        "€",
        "Twenty",
        "a dozen",
        "A few",
        "an estimated",
        "half a million",
        "half of",
        "between",
        "FROM",
        "about 20",
        "about  a dozen",
        "some dozens",
        "Dozens",
        "several",
        "tens of",
        "é",
        "Over 300",
        "over $5",
        "no fewer than",
        "up to",
        "at least",
        "one",
    ] {
        assert!(lex.may_start(word, lead(word)), "{word}");
    }
}
