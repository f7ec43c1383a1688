//! Line classification and paragraph merging: teasers, blocks, navigation, duplicates, metadata,
//! furniture, labels, headlines and wrapped prose.

use super::*;

#[test]
fn teasers_lose_their_lead_in() {
    let text = "The rebels met in August.\n\nRead also | Separatists claim to have killed 84 \
                soldiers in late July\n\nRead more: Niger, Burkina Faso and Mali sign a treaty. \
                It creates a confederation.\nRead more\n";
    let out = run(text);
    assert_eq!(
        kinds(&out),
        [
            ParagraphKind::Body,
            ParagraphKind::Teaser,
            ParagraphKind::Teaser,
            ParagraphKind::Boilerplate
        ]
    );
    assert_eq!(
        sentences(text, &out),
        [
            "The rebels met in August.",
            "Separatists claim to have killed 84 soldiers in late July",
            "Niger, Burkina Faso and Mali sign a treaty.",
            "It creates a confederation."
        ]
    );
    let teasers: Vec<bool> = out.sentences.iter().map(|s| s.teaser).collect();
    assert_eq!(teasers, [false, true, true, true]);
    // The paragraph keeps the lead-in; only its sentences start at the headline.
    assert!(text[out.paragraphs[1].span.clone()].starts_with("Read also |"));
}

#[test]
fn ticker_runs_to_the_next_blank_line() {
    let text = "BREAKING\nPresident signs the bill on Friday.\nBerri: Lebanon must call an \
                urgent session\n\nThe rebels met in August.\n";
    let out = run(text);
    assert_eq!(dropped(text, &out).len(), 1);
    assert_eq!(out.paragraphs[0].reason.map(Reason::as_str), Some("ticker"));
    assert!(text[out.paragraphs[0].span.clone()].ends_with("urgent session"));
    assert_eq!(sentences(text, &out), ["The rebels met in August."]);
}

#[test]
fn tail_section_after_prose_runs_to_the_end() {
    let text = "The rebels met in August. They agreed on a pact.\n\nMost Read\n\nUN states \
                back a resolution\n\n  • Politics\n  • 14 Nov 2025\nThe army said it \
                retook the town.\n\nLast headline of the page";
    let out = run(text);
    assert_eq!(
        sentences(text, &out),
        ["The rebels met in August.", "They agreed on a pact."]
    );
    let reasons: Vec<&str> = dropped(text, &out).into_iter().map(|(_, r)| r).collect();
    assert_eq!(reasons, ["tail section"; 4]);
    assert_eq!(out.paragraphs.last().unwrap().span.end, text.len());
}

#[test]
fn tail_section_before_any_prose_is_a_ticker() {
    let text = "Trending\nMali junta extends the transition\nNiger closes its border\n\nThe \
                rebels met in August.\n\nMost Read\nGaza: talks stall again\n\nOld news";
    let out = run(text);
    assert_eq!(out.paragraphs[0].reason.map(Reason::as_str), Some("ticker"));
    assert_eq!(out.paragraphs[1].kind, ParagraphKind::Body);
    assert_eq!(sentences(text, &out), ["The rebels met in August."]);
    assert_eq!(
        out.paragraphs[2].reason.map(Reason::as_str),
        Some("tail section")
    );
    assert_eq!(
        out.paragraphs[3].reason.map(Reason::as_str),
        Some("tail section")
    );
}

#[test]
fn short_bullets_are_navigation_long_ones_are_text() {
    let text = "  • News\n    • Politics and Economy\n  • • LIVE\n• The army said on Monday \
                that it had retaken the town of Kidal after three days of fighting.\n";
    let out = run(text);
    assert_eq!(
        dropped(text, &out),
        [(
            "• News\n    • Politics and Economy\n  • • LIVE",
            "navigation"
        )]
    );
    assert_eq!(
        sentences(text, &out),
        [
            "The army said on Monday that it had retaken the town of Kidal after three days of fighting."
        ]
    );
}

#[test]
fn one_word_per_line_runs_are_boilerplate() {
    let text = "Rebels met in late August\nRebels\n  met\n  in\n  “late”\n  August\n\nThe \
                meeting lasted five days.\n";
    let out = run(text);
    assert_eq!(
        kinds(&out),
        [
            ParagraphKind::Body,
            ParagraphKind::Boilerplate,
            ParagraphKind::Body
        ]
    );
    assert_eq!(
        out.paragraphs[1].reason.map(Reason::as_str),
        Some("one word per line")
    );
    assert_eq!(
        sentences(text, &out),
        ["Rebels met in late August", "The meeting lasted five days."]
    );
}

#[test]
fn repeated_paragraphs_are_duplicates() {
    let text = "Rebels forge   stronger ties\n\nRebels forge stronger ties\nThe meeting lasted \
                five days.\n\nRebels forge stronger ties\n";
    let out = run(text);
    assert_eq!(
        kinds(&out),
        [
            ParagraphKind::Body,
            ParagraphKind::Duplicate,
            ParagraphKind::Body,
            ParagraphKind::Duplicate
        ]
    );
    assert_eq!(
        out.paragraphs[1].reason.map(Reason::as_str),
        Some("repeats an earlier paragraph")
    );
    assert_eq!(
        sentences(text, &out),
        [
            "Rebels forge   stronger ties",
            "The meeting lasted five days."
        ]
    );
}

#[test]
fn dates_handles_and_links_alone_are_metadata() {
    let text = "  • 2 Sep 2024 17:55\n\n14 Nov 2025\n\nWorld | September 18, 2023, Monday // \
                12:20\n\n@SahelWatch\n\nwww.example.com\n\neditors@example.com\n\n— Example \
                Média (@ExampleMedia) September 2, 2024\n\nFighting began on Nov 11 when the \
                army approached Kidal.\n";
    let out = run(text);
    let reasons: Vec<&str> = dropped(text, &out).into_iter().map(|(_, r)| r).collect();
    assert_eq!(reasons, ["metadata"; 7]);
    assert_eq!(
        sentences(text, &out),
        ["Fighting began on Nov 11 when the army approached Kidal."]
    );
}

#[test]
fn numbers_without_a_date_shape_are_not_metadata() {
    let text = "2 of 3 victims\n\n• Latest\n• Mali junta extends its transition by five more years again\n";
    let out = run(text);
    assert_eq!(dropped(text, &out), [("• Latest", "navigation")]);
    assert_eq!(
        sentences(text, &out),
        [
            "2 of 3 victims",
            "Mali junta extends its transition by five more years again"
        ]
    );
}

#[test]
fn a_text_of_one_short_line_is_body() {
    let rules = rules();
    let text = "exceed 3000";
    let seg = segment(text, 0..text.len(), &rules);
    assert_eq!(seg.paragraphs[0].kind, ParagraphKind::Body);
    assert_eq!(seg.sentences.len(), 1);
    assert_eq!(&text[seg.sentences[0].span.clone()], "exceed 3000");
}

#[test]
fn furniture_lines_prefixes_and_labels() {
    let text = "By Al Example English\nBy the end of the day, 20 people had been killed.\n\
                PREV Minister expresses his immense anger during the tribute to the fallen \
                officer\nFollow Example.com on Twitter and Facebook\n3 Min Read\nAdd to your \
                selections\nClose this search box.\nWorld » Be a reporter: Write and send \
                your article\nListen\n\nACTU\nap\n\nThe World with AFP\n-\n\nMenu\nNews\nSport\n";
    let out = run(text);
    assert_eq!(
        dropped(text, &out),
        [
            ("By Al Example English", "page furniture"),
            (
                "PREV Minister expresses his immense anger during the tribute to the fallen officer\n\
                 Follow Example.com on Twitter and Facebook\n3 Min Read\nAdd to your selections\n\
                 Close this search box.\nWorld » Be a reporter: Write and send your article\nListen",
                "page furniture"
            ),
            ("ACTU\nap", "label"),
            ("-", "label"),
            ("Menu\nNews\nSport", "one word per line"),
        ]
    );
    assert_eq!(
        sentences(text, &out),
        [
            "By the end of the day, 20 people had been killed.",
            "The World with AFP"
        ]
    );
}

#[test]
fn ordinary_words_that_are_prefixes_still_start_text() {
    let text = "Prevention of attacks is the priority, officials say\nNext week, the junta \
                will meet.\nBy Monday the army had retaken Kidal and the airport.\nCopyright \
                law is not the issue here.\nRelated: Mali junta extends its transition\n";
    let out = run(text);
    assert_eq!(dropped(text, &out), []);
    assert_eq!(out.paragraphs.last().unwrap().kind, ParagraphKind::Teaser);
    assert_eq!(
        sentences(text, &out),
        [
            "Prevention of attacks is the priority, officials say",
            "Next week, the junta will meet.",
            "By Monday the army had retaken Kidal and the airport.",
            "Copyright law is not the issue here.",
            "Mali junta extends its transition"
        ]
    );
}

#[test]
fn headlines_are_one_sentence_paragraphs() {
    let text = "Mali soldiers arrive at Independence Square in Bamako\nBAMAKO, Nov 13 — \
                Fighting continued. Both sides claimed gains.\n";
    let out = run(text);
    assert_eq!(kinds(&out), [ParagraphKind::Body, ParagraphKind::Body]);
    assert_eq!(
        sentences(text, &out),
        [
            "Mali soldiers arrive at Independence Square in Bamako",
            "BAMAKO, Nov 13 — Fighting continued.",
            "Both sides claimed gains."
        ]
    );
}

#[test]
fn continued_lines_join_their_paragraph() {
    let text = "Fighting continues near Kidal\nand in the north, officials said. He met \
                Mr.\nRamadan, Gen. Tiani,\nBurkina Faso\nand others.\n";
    let out = run(text);
    assert_eq!(kinds(&out), [ParagraphKind::Body]);
    assert_eq!(
        sentences(text, &out),
        [
            "Fighting continues near Kidal\nand in the north, officials said.",
            "He met Mr.\nRamadan, Gen. Tiani,\nBurkina Faso\nand others."
        ]
    );
}

#[test]
fn hard_wrapped_prose_is_one_paragraph() {
    let text = "Malian rebels met their Nigerien allies\n\n\
                The military juntas of Mali, Niger and Burkina Faso signed a pact\n\
                Saturday pledging to come to each other's aid in the event of any\n\
                Rebellion or external aggression, officials in Bamako confirmed on\n\
                Sunday. The pact was seen by Reuters.\n";
    let out = run(text);
    assert_eq!(kinds(&out), [ParagraphKind::Body, ParagraphKind::Body]);
    assert_eq!(out.sentences.len(), 3);
    assert!(sentences(text, &out)[1].ends_with("confirmed on\nSunday."));
}

/// The reasons serialise and display as the words they had when they were plain strings.
#[test]
fn reasons_serialise_and_display_as_their_words() {
    let all = [
        (Reason::Ticker, "ticker"),
        (Reason::TailSection, "tail section"),
        (Reason::OneWordPerLine, "one word per line"),
        (Reason::Label, "label"),
        (Reason::Metadata, "metadata"),
        (Reason::PageFurniture, "page furniture"),
        (Reason::Navigation, "navigation"),
        (Reason::Repeat, "repeats an earlier paragraph"),
    ];
    for (reason, words) in all {
        assert_eq!(reason.as_str(), words);
        assert_eq!(reason.to_string(), words);
        assert_eq!(serde_json::to_value(reason).unwrap(), words);
    }
}
