//! The segment rules as lookup sets, the character classes and the small text helpers that line
//! classification and sentence splitting share.

use std::borrow::Cow;
use std::collections::HashSet;

use crate::rules::SegmentRules;
use crate::words::FxBuild;

/// Characters that close a quotation or aside after a sentence's final mark, Chinese and
/// Japanese brackets and fullwidth forms included.
pub(super) const CLOSERS: &[char] = &[
    '”', '"', '’', '\'', '»', ')', ']', '」', '』', '）', '】', '〕', '〗', '》', '〉', '＂', '＇',
];
/// The final marks of Chinese and Japanese text: the ideographic full stop (also in its
/// halfwidth form), and the fullwidth full stop, exclamation and question marks. Unlike `.`
/// they never end an abbreviation or a number, and no space follows them.
pub(super) const CJK_FINALS: &[char] = &['。', '｡', '．', '！', '？'];
/// Characters that may open a sentence before its first letter.
pub(super) const OPENERS: &[char] = &['“', '"', '‘', '\'', '«', '(', '[', '¿', '¡'];
/// Bullet marks of scraped lists; each must be followed by a space.
pub(super) const BULLETS: &[char] = &['•', '·', '▪', '►', '*', '-', '–'];
/// A bullet line of at most this many words is a menu entry, longer ones are text.
pub(super) const MAX_NAV_WORDS: usize = 8;
/// A line of at most this many words without final punctuation is a label ("Listen", "ACTU").
pub(super) const MAX_LABEL_WORDS: usize = 2;
/// Scraped paragraph lines run to hundreds of characters; hard-wrapped text stays under this.
pub(super) const MAX_WRAP_WIDTH: usize = 100;
/// Below this, short lines are menus and labels, not a wrapped column of prose.
pub(super) const MIN_WRAP_WIDTH: usize = 40;

/// The segment rules, normalised for cheap lookups: built once per rule set and shared by every
/// article segmented with it.
pub(crate) struct Vocab<'r> {
    lines: HashSet<String, FxBuild>,
    pub(super) tickers: HashSet<String, FxBuild>,
    pub(super) tails: HashSet<String, FxBuild>,
    abbreviations: HashSet<&'r str, FxBuild>,
    /// The furniture prefixes and teaser lead-ins, by first letter.
    prefixes: Leads<'r>,
    teasers: Leads<'r>,
    /// The most words any furniture line, ticker or tail heading has: a line with more is none
    /// of them, and its key is never built (body lines are long; keys are built only for short
    /// ones).
    longest: usize,
}

impl<'r> Vocab<'r> {
    pub(crate) fn new(rules: &'r SegmentRules) -> Vocab<'r> {
        let keys = |list: &[String]| {
            list.iter()
                .map(|s| line_key(s))
                .collect::<HashSet<_, FxBuild>>()
        };
        let (lines, tickers, tails) = (
            keys(&rules.boilerplate_lines),
            keys(&rules.tickers),
            keys(&rules.tail_sections),
        );
        let longest = [&lines, &tickers, &tails]
            .into_iter()
            .flatten()
            .map(|key| word_count(key))
            .max()
            .unwrap_or(0);
        Vocab {
            lines,
            tickers,
            tails,
            abbreviations: rules.abbreviations.iter().map(String::as_str).collect(),
            prefixes: Leads::new(&rules.boilerplate_prefixes),
            teasers: Leads::new(&rules.teasers),
            longest,
        }
    }

    /// The [`line_key`] of a line short enough to be a listed line (see [`Vocab::longest`]),
    /// else `None`. A key has at least the line's words less one (a last word of punctuation
    /// only is trimmed), and a furniture line may carry a leading counter besides.
    pub(super) fn listed_key(&self, line: &str) -> Option<String> {
        has_at_most_words(line, self.longest + 2).then(|| line_key(line))
    }

    /// True for a line of page furniture. A leading counter is ignored, so "3 Min Read" and
    /// "12 comments" match "min read" and "comments".
    pub(super) fn is_furniture_line(&self, line: &str) -> bool {
        let Some(key) = self.listed_key(line) else {
            return false;
        };
        self.lines.contains(&key)
            || key.split_once(' ').is_some_and(|(n, rest)| {
                n.chars().all(|c| c.is_ascii_digit()) && self.lines.contains(rest)
            })
    }

    /// True for a line starting with a furniture prefix, also after a short breadcrumb
    /// ("World » Be a reporter: …").
    pub(super) fn has_furniture_prefix(&self, line: &str) -> bool {
        // The last breadcrumb mark, found by byte search (a set of characters is matched
        // character by character, over the whole line).
        let after_crumb = line
            .rfind('»')
            .max(line.rfind('›'))
            .filter(|&at| has_at_most_words(&line[..at], 3))
            .map(|at| {
                let mark = line[at..].chars().next().map_or(0, char::len_utf8);
                line[at + mark..].trim_start()
            });
        [Some(line), after_crumb].into_iter().flatten().any(|text| {
            self.prefixes
                .for_text(text)
                .iter()
                .any(|prefix| prefix_hits(text, prefix))
        })
    }

    /// The headline of a teaser line, as a byte offset into `line`, when it starts with a teaser
    /// lead-in. `Some(None)` is a lead-in with no headline after it.
    pub(super) fn teaser_headline(&self, line: &str) -> Option<Option<usize>> {
        let rest = self.teasers.for_text(line).iter().find_map(|lead| {
            let rest = strip_prefix_ci(line, lead)?;
            let word_lead = lead.ends_with(char::is_alphanumeric);
            (!word_lead || !rest.starts_with(char::is_alphanumeric)).then_some(rest)
        })?;
        let headline = rest.trim_start_matches(|c: char| {
            c.is_whitespace() || matches!(c, '|' | ':' | '-' | '–' | '—' | '»' | '>' | '/' | '•')
        });
        let has_words = headline.chars().any(char::is_alphanumeric);
        Some(has_words.then(|| line.len() - headline.len()))
    }

    /// True when `word` (the text before a period) is a known abbreviation or initials.
    pub(super) fn is_abbreviation(&self, word: &str) -> bool {
        let word = word.trim_start_matches(OPENERS);
        !word.is_empty() && (self.is_listed_abbreviation(word) || is_initials(word))
    }

    /// Whether `word` in lower case is one of the rules' abbreviations; an ASCII word is
    /// lower-cased on the stack.
    fn is_listed_abbreviation(&self, word: &str) -> bool {
        let mut buffer = [0u8; 32];
        match buffer.get_mut(..word.len()) {
            Some(lower) if word.is_ascii() => {
                lower.copy_from_slice(word.as_bytes());
                lower.make_ascii_lowercase();
                std::str::from_utf8(lower).is_ok_and(|w| self.abbreviations.contains(w))
            }
            _ => self.abbreviations.contains(word.to_lowercase().as_str()),
        }
    }
}

/// A list of prefixes (furniture prefixes, teaser lead-ins) grouped by the ASCII letter they
/// start with, so that a line is compared only with those that can start it
/// ([`strip_prefix_ci`] rejects a prefix whose ASCII first byte differs from the line's in
/// lower case). Each group keeps the list's order, with the prefixes that start with another
/// character (or are empty) in their places.
struct Leads<'r> {
    /// Every prefix, for a line that starts with a character outside ASCII.
    all: Vec<&'r str>,
    /// For each ASCII byte, the prefixes a line starting with it (in lower case) may have.
    by_byte: Vec<Vec<&'r str>>,
}

impl<'r> Leads<'r> {
    fn new(list: &'r [String]) -> Self {
        let by_byte = (0..128u8)
            .map(|byte| {
                let fits = |p: &&String| {
                    p.as_bytes()
                        .first()
                        .is_none_or(|&f| !f.is_ascii() || f == byte)
                };
                list.iter().filter(fits).map(String::as_str).collect()
            })
            .collect();
        Leads {
            all: list.iter().map(String::as_str).collect(),
            by_byte,
        }
    }

    /// The prefixes that may start `text`, in the list's order.
    fn for_text(&self, text: &str) -> &[&'r str] {
        match text.as_bytes().first() {
            Some(&b) if b.is_ascii() => &self.by_byte[usize::from(b.to_ascii_lowercase())],
            _ => &self.all,
        }
    }
}

/// Whether `prefix` (a furniture prefix) starts `line`, ending at a word boundary. A prefix that
/// is one ordinary word ("by", "next", "follow") also starts sentences ("By the end of the day
/// …"), so it counts only on a line without final punctuation whose next word is capitalised (a
/// name, a headline), and that is short (≤ 8 words) or sets the word in capitals as site chrome
/// does ("PREV …").
pub(super) fn prefix_hits(line: &str, prefix: &str) -> bool {
    let Some(rest) = strip_prefix_ci(line, prefix) else {
        return false;
    };
    if prefix.ends_with(char::is_alphanumeric) && rest.starts_with(char::is_alphanumeric) {
        return false;
    }
    if !prefix.chars().all(char::is_alphabetic) {
        return true;
    }
    let shouted = line[..line.len() - rest.len()]
        .chars()
        .all(char::is_uppercase);
    !rest.trim_start().starts_with(char::is_lowercase)
        && !ends_sentence(line)
        && (has_at_most_words(line, MAX_NAV_WORDS) || shouted)
}

/// True when `line` ends with `.` `!` `?` or a Chinese or Japanese final mark ([`CJK_FINALS`]),
/// possibly inside closing quotes or brackets.
pub(super) fn ends_sentence(line: &str) -> bool {
    let rest = line.trim_end().trim_end_matches(CLOSERS);
    rest.ends_with(['.', '!', '?']) || rest.ends_with(CJK_FINALS)
}

/// True for a final mark: `.` `!` `?` or one of [`CJK_FINALS`].
pub(super) fn is_final_mark(c: char) -> bool {
    matches!(c, '.' | '!' | '?') || CJK_FINALS.contains(&c)
}

/// `line` without leading bullet marks ("• ", "- ", "• • ").
pub(super) fn strip_bullets(mut line: &str) -> &str {
    while let Some(rest) = line.strip_prefix(BULLETS) {
        match rest.strip_prefix(char::is_whitespace) {
            Some(rest) => line = rest.trim_start(),
            None => break,
        }
    }
    line
}

/// A line's comparison key: lower-case, single spaces, without punctuation at the end.
pub(super) fn line_key(line: &str) -> String {
    let key = squash(line).to_lowercase();
    key.trim_end_matches([':', '.', '!', '?', ',', ';', '…'])
        .trim_end()
        .to_string()
}

/// `text` with every run of whitespace made one space.
pub(super) fn squash(text: &str) -> String {
    text.split_whitespace().collect::<Vec<_>>().join(" ")
}

/// `text` with every run of whitespace made one space, borrowed when it already is so (one
/// pass over the text; most paragraphs are).
pub(super) fn squashed(text: &str) -> Cow<'_, str> {
    // Whether the previous character was whitespace; true at the start, so that leading
    // whitespace counts as a run. ASCII is tested by byte; other characters are decoded.
    let mut after_space = true;
    let mut single = true;
    let mut at = 0;
    while single && at < text.len() {
        let byte = text.as_bytes()[at];
        let (space, plain, len) = if byte.is_ascii() {
            let space = matches!(byte, b'\t' | b'\n' | 0x0B | 0x0C | b'\r' | b' ');
            (space, byte == b' ', 1)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            (c.is_whitespace(), false, c.len_utf8())
        };
        single = !space || (plain && !after_space);
        after_space = space;
        at += len;
    }
    let single = single && !after_space;
    if single || text.is_empty() {
        Cow::Borrowed(text)
    } else {
        Cow::Owned(squash(text))
    }
}

/// `text`'s words, counted as [`words_up_to`] does.
pub(super) fn word_count(text: &str) -> usize {
    words_up_to(text, usize::MAX)
}

/// `text`'s word count when it is at most `limit`, else `limit + 1`: the words past the limit
/// are never walked. Words are runs of non-whitespace, except in Chinese and Japanese, which
/// leave no space between words: there every ideograph and kana counts as a word of its own
/// (most Chinese words are one or two characters), and the punctuation of those scripts
/// separates words as a space does. Text without those characters counts as
/// `split_whitespace` does.
pub(super) fn words_up_to(text: &str, limit: usize) -> usize {
    let bytes = text.as_bytes();
    let mut count = 0;
    let mut in_word = false;
    let mut at = 0;
    // ASCII is classified by byte; other characters are decoded.
    while at < bytes.len() {
        let byte = bytes[at];
        let (space, own_word) = if byte.is_ascii() {
            at += 1;
            (matches!(byte, b'\t'..=b'\r' | b' '), false)
        } else {
            let c = text[at..].chars().next().unwrap_or(' ');
            at += c.len_utf8();
            (c.is_whitespace() || is_cjk_punctuation(c), is_cjk_letter(c))
        };
        if space {
            in_word = false;
            continue;
        }
        if in_word && !own_word {
            continue;
        }
        in_word = !own_word;
        count += 1;
        if count > limit {
            break;
        }
    }
    count
}

/// A Han ideograph, or a Japanese kana (the iteration and prolonged sound marks included):
/// the characters of Chinese and Japanese text, written without spaces between words.
pub(super) fn is_cjk_letter(c: char) -> bool {
    matches!(c,
        '\u{3005}' | '\u{3007}' // 々 〇
        | '\u{3040}'..='\u{30FF}' // hiragana, katakana
        | '\u{31F0}'..='\u{31FF}' // katakana phonetic extensions
        | '\u{3400}'..='\u{4DBF}' // CJK extension A
        | '\u{4E00}'..='\u{9FFF}' // CJK unified ideographs
        | '\u{F900}'..='\u{FAFF}' // compatibility ideographs
        | '\u{FF66}'..='\u{FF9F}' // halfwidth katakana
        | '\u{20000}'..='\u{3134F}' // extensions B to G
    ) && !matches!(c, '\u{30FB}') // ・ the katakana middle dot is punctuation
}

/// Punctuation of Chinese and Japanese text: the CJK symbols and punctuation block (full
/// stop, commas, brackets), the katakana middle dot, and the fullwidth forms of ASCII
/// punctuation.
fn is_cjk_punctuation(c: char) -> bool {
    matches!(c,
        '\u{3001}'..='\u{3004}'
        | '\u{3008}'..='\u{3020}'
        | '\u{3030}'
        | '\u{303D}'
        | '\u{30FB}'
        | '\u{FF01}'..='\u{FF0F}'
        | '\u{FF1A}'..='\u{FF20}'
        | '\u{FF3B}'..='\u{FF40}'
        | '\u{FF5B}'..='\u{FF65}'
    )
}

/// Whether `text` has at most `limit` words (see [`words_up_to`]).
pub(super) fn has_at_most_words(text: &str, limit: usize) -> bool {
    words_up_to(text, limit) <= limit
}

/// `text` after `prefix` (lower-case), compared ignoring case.
pub(super) fn strip_prefix_ci<'t>(text: &'t str, prefix: &str) -> Option<&'t str> {
    // Most prefixes fail on an ASCII first letter, decided without decoding characters.
    if let (Some(&t), Some(&p)) = (text.as_bytes().first(), prefix.as_bytes().first())
        && t.is_ascii()
        && p.is_ascii()
        && t.to_ascii_lowercase() != p
    {
        return None;
    }
    let mut wanted = prefix.chars().peekable();
    for (at, c) in text.char_indices() {
        if wanted.peek().is_none() {
            return Some(&text[at..]);
        }
        for lower in c.to_lowercase() {
            if wanted.next() != Some(lower) {
                return None;
            }
        }
    }
    wanted.peek().is_none().then_some("")
}

/// The word at the end of `text`, or `None` when it is longer than any abbreviation could be
/// (which keeps the look-back bounded on pathological input).
pub(super) fn word_before(text: &str) -> Option<&str> {
    let mut begin = text.len();
    for (count, (at, c)) in text.char_indices().rev().enumerate() {
        if c.is_whitespace() {
            break;
        }
        if count >= 24 {
            return None;
        }
        begin = at;
    }
    Some(&text[begin..])
}

/// Single capitals separated by periods: "J", "U.S", "U.A.E".
fn is_initials(word: &str) -> bool {
    word.split('.').all(|part| {
        let mut chars = part.chars();
        chars.next().is_some_and(char::is_uppercase) && chars.next().is_none()
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn squashed_is_squash_and_borrows_only_single_spaced_text() {
        for text in [
            "",
            " ",
            "a",
            "a b",
            "a  b",
            " a b",
            "a b ",
            "a\tb",
            "a\nb",
            "a\u{0B}b",
            "a\u{A0}b",
            "a \u{2009}b",
            "été à l’ouest",
            "a\u{3000}",
        ] {
            let got = squashed(text);
            assert_eq!(got, squash(text), "{text:?}");
            let single = !text.is_empty() && squash(text) == text;
            assert_eq!(
                matches!(got, Cow::Borrowed(_)),
                single || text.is_empty(),
                "{text:?}"
            );
        }
    }

    /// A line is compared with the prefixes that can start it, in the list's order: those of
    /// its first letter in either case, and those starting outside ASCII.
    #[test]
    fn leads_hold_the_prefixes_a_line_can_start_with_in_order() {
        let list: Vec<String> = ["read:", "Éd:", "related", "", "see also", "RE:", "©"]
            .map(String::from)
            .to_vec();
        let leads = Leads::new(&list);
        assert_eq!(
            leads.for_text("Read this"),
            ["read:", "Éd:", "related", "", "©"]
        );
        assert_eq!(leads.for_text("see"), ["Éd:", "", "see also", "©"]);
        assert_eq!(leads.for_text("© 2024").len(), list.len());
        assert_eq!(leads.for_text("").len(), list.len());
        for text in [
            "Read: x",
            "related news",
            "see also y",
            "éd: z",
            "© x",
            "RE: y",
        ] {
            let all = list
                .iter()
                .filter(|p| strip_prefix_ci(text, p).is_some())
                .count();
            let some = leads
                .for_text(text)
                .iter()
                .filter(|p| strip_prefix_ci(text, p).is_some());
            assert_eq!(some.count(), all, "{text:?}");
        }
    }

    #[test]
    fn words_up_to_stops_one_past_the_limit() {
        assert_eq!(words_up_to("a b c d", 2), 3);
        assert_eq!(words_up_to("a  b", 2), 2);
        assert!(has_at_most_words(" a\tb ", 2));
        assert!(!has_at_most_words("a b c", 2));
    }

    #[test]
    fn chinese_and_japanese_characters_count_as_words() {
        assert_eq!(word_count("救援人员"), 4);
        assert_eq!(word_count("简介"), 2);
        assert_eq!(word_count("图注：奥尔德林"), 6);
        assert_eq!(word_count("東京で「会議」"), 5);
        assert_eq!(word_count("Buzz Aldrin（巴兹）said"), 5);
        assert_eq!(word_count("。！"), 0);
        assert_eq!(words_up_to("救援人员", 2), 3);
        // Other scripts, Korean among them, are counted by their spaces.
        assert_eq!(word_count("서울 시청"), 2);
        assert_eq!(word_count("Élan à l’ouest"), 3);
    }

    #[test]
    fn chinese_and_japanese_final_marks_end_sentences() {
        for line in [
            "死亡。",
            "失踪？",
            "搜寻！",
            "尚不清楚．",
            "開かれた｡",
            "「続ける！」",
            "（完。）",
        ] {
            assert!(ends_sentence(line), "{line:?}");
        }
        for line in ["简介", "图注：", "巴兹·奥尔德林", "「見出し」"] {
            assert!(!ends_sentence(line), "{line:?}");
        }
    }
}
