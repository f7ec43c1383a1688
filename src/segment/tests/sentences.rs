//! Sentence splitting: abbreviations, initials, decimals, quotes and non-ASCII text.

use super::*;

#[test]
fn abbreviations_initials_and_decimals_do_not_split() {
    let text = "Mr. Ramadan met the U.S. envoy on Nov. 13 in Niamey. J. R. Smith said \
                exports rose 1.5 percent. Talks resumed Sept. 18, 2023, officials said. \
                The U.A.E. Army stayed away.\n";
    let out = run(text);
    assert_eq!(
        sentences(text, &out),
        [
            "Mr. Ramadan met the U.S. envoy on Nov. 13 in Niamey.",
            "J. R. Smith said exports rose 1.5 percent.",
            "Talks resumed Sept. 18, 2023, officials said.",
            "The U.A.E. Army stayed away."
        ]
    );
    assert_eq!(kinds(&out), [ParagraphKind::Body]);
}

#[test]
fn quote_ended_sentences_split_before_capitals_and_quotes_only() {
    let text = "“The exchanges were fruitful and helped to strengthen our relations.” added \
                Mr. Ramadan. “We must organise ourselves,” he said! Was it over? (Nobody \
                knew.) 20 died.";
    let out = run(text);
    assert_eq!(
        sentences(text, &out),
        [
            "“The exchanges were fruitful and helped to strengthen our relations.” added Mr. Ramadan.",
            "“We must organise ourselves,” he said!",
            "Was it over?",
            "(Nobody knew.)",
            "20 died."
        ]
    );
}

#[test]
fn unicode_text_splits_on_char_boundaries() {
    let text = "МАЛИ 🇲🇱 – rebels meet in Tinzaouatène… again 🇳🇪. Ещё одно предложение. \
                Élan returned.\n";
    let out = run(text);
    assert_eq!(
        sentences(text, &out),
        [
            "МАЛИ 🇲🇱 – rebels meet in Tinzaouatène… again 🇳🇪.",
            "Ещё одно предложение.",
            "Élan returned."
        ]
    );
}
