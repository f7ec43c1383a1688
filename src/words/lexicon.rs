//! English words that are never names on their own (`rules/lexicons/english-common.txt`, built
//! from SCOWL by `scripts/common-words`): "alcohol", "firearms", "brief", but not "bush" or
//! "mark", which are also names. The file is compiled in, sorted by bytes, one word a line after
//! a header of `#` lines, and searched in place: nothing is built when a run starts.

use std::cmp::Ordering;

/// The list as shipped.
const ENGLISH_COMMON: &str = include_str!("../../rules/lexicons/english-common.txt");

/// Whether `word` (in lower case) is a common English word that is never a name alone.
pub(crate) fn is_common_word(word: &str) -> bool {
    sorted_lines_contain(ENGLISH_COMMON, word)
}

/// Whether `text`, lines sorted by bytes, holds the line `word`: a binary search over byte
/// offsets, each probe widened to the line it falls in.
fn sorted_lines_contain(text: &str, word: &str) -> bool {
    let bytes = text.as_bytes();
    let (mut low, mut high) = (0, bytes.len());
    while low < high {
        let mid = low + (high - low) / 2;
        // The line holding `mid`: from after the newline before it to the newline after it.
        let start = bytes[low..mid]
            .iter()
            .rposition(|&b| b == b'\n')
            .map_or(low, |i| low + i + 1);
        let end = bytes[mid..high]
            .iter()
            .position(|&b| b == b'\n')
            .map_or(high, |i| mid + i);
        match bytes[start..end].cmp(word.as_bytes()) {
            Ordering::Equal => return true,
            Ordering::Less => low = end + 1,
            Ordering::Greater => high = start,
        }
    }
    false
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn common_words_are_found_and_names_are_not() {
        for word in ["alcohol", "firearms", "explosives", "brief", "noon"] {
            assert!(is_common_word(word), "{word}");
        }
        // Also names, so never common: the list holds them capitalised too.
        for word in ["bush", "mark", "niger", "congress", "july", "monday"] {
            assert!(!is_common_word(word), "{word}");
        }
        for word in ["", "a", "Alcohol", "zzzz", "#", "alcoho", "alcohols2"] {
            assert!(!is_common_word(word), "{word:?}");
        }
    }

    #[test]
    fn the_search_finds_every_line_and_nothing_between() {
        let text = "# header\n# more\nant\nbee\ncat\ndog\nemu\n";
        for word in ["ant", "bee", "cat", "dog", "emu"] {
            assert!(sorted_lines_contain(text, word), "{word}");
        }
        for word in ["", "a", "an", "bees", "cow", "zebra", "# more\nant"] {
            assert!(!sorted_lines_contain(text, word), "{word:?}");
        }
        assert!(sorted_lines_contain("one", "one"), "no final newline");
        assert!(!sorted_lines_contain("", "one"));
    }

    #[test]
    fn the_shipped_list_is_sorted_and_clean() {
        let words: Vec<&str> = ENGLISH_COMMON
            .lines()
            .filter(|l| !l.starts_with('#'))
            .collect();
        assert!(words.len() > 50_000, "{}", words.len());
        assert!(
            words.windows(2).all(|w| w[0] < w[1]),
            "sorted, no duplicates"
        );
        assert!(
            words
                .iter()
                .all(|w| w.bytes().all(|b| b.is_ascii_lowercase()))
        );
        // Every line is found by the search, the header sorts first.
        assert!(words.iter().step_by(97).all(|w| is_common_word(w)));
        let header = ENGLISH_COMMON
            .lines()
            .take_while(|l| l.starts_with('#'))
            .count();
        assert_eq!(
            ENGLISH_COMMON.lines().position(|l| !l.starts_with('#')),
            Some(header)
        );
    }
}
