//! Quotations: one test per mark style and per attribution pattern, each asserting the quoted
//! words (the exact span), the kind and the speaker.

use std::path::Path;

use super::*;
use crate::claim::QuoteKind;
use crate::ingest::Article;
use crate::segment::segment;

fn quotes_of(text: &str) -> Vec<Found> {
    let rules = RuleSet::load(&[]).unwrap();
    let mut warnings = Vec::new();
    let article = Article::parse(Path::new("t.txt"), text.to_string(), &mut warnings).unwrap();
    let seg = segment(&article.text, article.body.clone(), &rules.segment);
    let indexes = Indexes::new(&rules);
    let tokens = indexes.tokenize(&article.text, 0..article.text.len());
    let found = quotes(&article.text, &seg, &indexes, &tokens);
    for f in &found {
        // The span is the quoted words, exactly.
        assert_eq!(
            article.text[f.span.clone()]
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" "),
            f.quote.text
        );
    }
    found
}

/// (quoted words, speaker) of each quotation.
fn said(text: &str) -> Vec<(String, Option<String>)> {
    quotes_of(text)
        .into_iter()
        .map(|f| (f.quote.text, f.speaker.map(|s| s.name)))
        .collect()
}

fn pair(words: &str, speaker: Option<&str>) -> (String, Option<String>) {
    (words.to_string(), speaker.map(str::to_string))
}

#[test]
fn curly_double_quotes_then_x_said() {
    assert_eq!(
        said("“We will hold the town until talks resume,” the rebel commander said.\n"),
        [pair(
            "We will hold the town until talks resume",
            Some("rebel commander")
        )]
    );
}

#[test]
fn straight_double_quotes_then_said_x() {
    assert_eq!(
        said("\"The exchanges were fruitful and open,\" said Mohamed Ramadan.\n"),
        [pair(
            "The exchanges were fruitful and open",
            Some("Mohamed Ramadan")
        )]
    );
}

#[test]
fn guillemets_after_x_said_colon() {
    let f = quotes_of("The minister said: « Our priority is the fight against terrorism ».\n");
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].quote.text,
        "Our priority is the fight against terrorism"
    );
    assert_eq!(f[0].quote.marks, "«»");
    assert_eq!(f[0].speaker.as_ref().unwrap().name, "minister");
}

#[test]
fn single_quotes_as_quotation_marks_but_not_apostrophes() {
    let f = quotes_of(
        "The group's leader told reporters 'we will not leave the town again' on Monday.\n",
    );
    assert_eq!(f.len(), 1, "{f:?}");
    assert_eq!(f[0].quote.text, "we will not leave the town again");
    assert_eq!(f[0].quote.marks, "''");
    assert_eq!(f[0].speaker.as_ref().unwrap().name, "group's leader");
    // Apostrophes alone make no quotation.
    assert!(quotes_of("Jama’at Nusrat al-Islam's fighters didn't stop.\n").is_empty());
}

#[test]
fn a_quotation_over_several_sentences_is_one() {
    let f = quotes_of(
        "“The talks went well. We agreed on a pact. More meetings will follow,” the spokesman added.\n",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].quote.text,
        "The talks went well. We agreed on a pact. More meetings will follow"
    );
    assert_eq!(f[0].speaker.as_ref().unwrap().name, "spokesman");
}

#[test]
fn reversed_marks_from_machine_translation() {
    let f = quotes_of("The rebels met to ” to strenghten “ their relations, the CSP told AFP.\n");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].quote.text, "to strenghten");
    assert_eq!(f[0].quote.broken, Some(BrokenMarks::Reversed));
    assert_eq!(f[0].quote.kind, QuoteKind::Term);
    // "told AFP": AFP is who was told.
    assert_eq!(f[0].speaker.as_ref().unwrap().name, "CSP");
}

#[test]
fn an_unclosed_quotation_runs_to_the_end_of_its_paragraph() {
    let f = quotes_of(
        "The commander said: “We will not give up the town and we will fight on\n\nOther news.\n",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].quote.text,
        "We will not give up the town and we will fight on"
    );
    assert_eq!(f[0].quote.broken, Some(BrokenMarks::Unclosed));
}

#[test]
fn a_closing_mark_nothing_opened_closes_from_the_paragraph_start() {
    let f = quotes_of("We will defend our people and our land,” the spokesman said.\n");
    assert_eq!(f.len(), 1);
    assert_eq!(f[0].quote.text, "We will defend our people and our land");
    assert_eq!(f[0].quote.broken, Some(BrokenMarks::Unopened));
    assert_eq!(f[0].speaker.as_ref().unwrap().name, "spokesman");
}

#[test]
fn scare_quotes_and_quoted_names_are_terms() {
    let f = quotes_of(
        "The army said it killed 20 \"terrorists\" near the “Permanent Strategic Framework for Peace and Development” base.\n",
    );
    let kinds: Vec<(&str, QuoteKind)> = f
        .iter()
        .map(|f| (f.quote.text.as_str(), f.quote.kind))
        .collect();
    assert_eq!(
        kinds,
        [
            ("terrorists", QuoteKind::Term),
            (
                "Permanent Strategic Framework for Peace and Development",
                QuoteKind::Term
            )
        ]
    );
}

#[test]
fn x_told_agency_before_the_quotation() {
    assert_eq!(
        said("Ramadan told AFP: “The meeting took place in the north.”\n"),
        [pair(
            "The meeting took place in the north.",
            Some("Ramadan")
        )]
    );
}

#[test]
fn added_mr_x_after_the_quotation() {
    assert_eq!(
        said("“The exchanges were fruitful and helped our relations.” added Mr. Ramadan.\n"),
        [pair(
            "The exchanges were fruitful and helped our relations.",
            Some("Mr. Ramadan")
        )]
    );
}

#[test]
fn x_stressed_on_its_facebook_page() {
    assert_eq!(
        said(
            "“The discussions focused on a mutual assistance pact.”the FPL stressed on its Facebook page.\n"
        ),
        [pair(
            "The discussions focused on a mutual assistance pact.",
            Some("FPL")
        )]
    );
}

#[test]
fn x_confirmed_and_x_wrote() {
    assert_eq!(
        said("The army confirmed that \"operations will continue until security returns\".\n"),
        [pair(
            "operations will continue until security returns",
            Some("army")
        )]
    );
    assert_eq!(
        said("\"We are not leaving the region soon,\" the governor wrote on X.\n"),
        [pair("We are not leaving the region soon", Some("governor"))]
    );
}

#[test]
fn according_to_x() {
    assert_eq!(
        said("“Fighting continued near the town all night,” according to a local official.\n"),
        [pair(
            "Fighting continued near the town all night",
            Some("local official")
        )]
    );
}

#[test]
fn apposition_spokesman_for_y() {
    let f = quotes_of(
        "“A delegation met a mission of the FPL in the north”Mohamed Elmaouloud Ramadan, spokesman for the CSP, an alliance of armed separatist groups with a predominantly Tuareg base, told AFP.\n",
    );
    assert_eq!(f.len(), 1);
    assert_eq!(
        f[0].speaker.as_ref().unwrap().name,
        "Mohamed Elmaouloud Ramadan"
    );
    let f = quotes_of(
        "Omar Tidjani, spokesman for the NSC, said: “We stand with the people of the town.”\n",
    );
    assert_eq!(f[0].speaker.as_ref().unwrap().name, "Omar Tidjani");
}

#[test]
fn he_said_is_the_last_speaker_named() {
    let f = quotes_of(
        "CSP spokesman Ramadan described the meeting as \"fruitful and covering common interests\".\n\n\"At a time when the juntas attack us, we must defend our people\", he added.\n",
    );
    assert_eq!(f.len(), 2);
    assert_eq!(f[0].speaker.as_ref().unwrap().name, "CSP spokesman Ramadan");
    assert_eq!(f[1].speaker.as_ref().unwrap().name, "CSP spokesman Ramadan");
    // Its span is in the second paragraph.
    assert!(f[1].span.start > f[0].span.end);
}

#[test]
fn the_mark_scan_finds_every_mark_and_apostrophe_and_nothing_else() {
    let p = "« a » “b” „c“ ‘d’ 'e' \"f\" — é ñ 中 … ¿ x";
    let mut found = Vec::new();
    let mut at = 0;
    while let Some(m) = next_mark(p, at) {
        found.push(m);
        at = m + 1;
    }
    let expected: Vec<usize> = p
        .char_indices()
        .filter(|(_, c)| MARKS.contains(c))
        .map(|(i, _)| i)
        .collect();
    assert_eq!(found, expected);
    assert_eq!(expected.len(), 12);
}
