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

#[test]
fn chinese_and_japanese_sentences_end_at_their_own_marks() {
    let text = "地震造成至少12人死亡。救援人员仍在搜寻！有多少人失踪？目前尚不清楚．\n\n\
                政府表示：“局势已经得到控制。”官员们说。\n\n\
                東京で会議が開かれた｡首相は「支援を続ける！」と述べた。\n";
    let out = run(text);
    assert_eq!(
        sentences(text, &out),
        [
            "地震造成至少12人死亡。",
            "救援人员仍在搜寻！",
            "有多少人失踪？",
            "目前尚不清楚．",
            "政府表示：“局势已经得到控制。”",
            "官员们说。",
            "東京で会議が開かれた｡",
            "首相は「支援を続ける！」",
            "と述べた。"
        ]
    );
    assert_eq!(kinds(&out), [ParagraphKind::Body; 3]);
}

#[test]
fn a_short_chinese_paragraph_is_text_not_a_label() {
    // One or two runs without spaces, but a sentence of many words: neither line is a label.
    let text = "Headline of the story\n\n救援人员仍在搜寻失踪者。\n\n图注：巴兹·奥尔德林在月球上\n\n\
                The last sentence ends here.\n";
    let out = run(text);
    assert_eq!(dropped(text, &out), []);
    assert_eq!(
        sentences(text, &out)[1..3],
        ["救援人员仍在搜寻失踪者。", "图注：巴兹·奥尔德林在月球上"]
    );
}
