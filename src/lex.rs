//! The lexical pieces the number and date parsers share: gaps between words, word boundaries,
//! case-insensitive words and rule phrases, and [`Words`], the vocabularies that let a parser
//! decide from a word start's first word alone whether to try its forms there.
//!
//! Everything here is bounded: a gap is at most [`MAX_GAP`] characters, so one attempt at one
//! word start never scans a pathological run of whitespace to its end.

use nom::bytes::complete::take_while_m_n;
use nom::character::complete::satisfy;
use nom::combinator::not;
use nom::error::{Error, ErrorKind};
use nom::{IResult, Parser};

/// What every parser in this module returns: the rest of the input and the output.
pub(crate) type Res<'a, O> = IResult<&'a str, O>;

/// The longest whitespace run accepted between two words of one expression ("two  thousand").
pub(crate) const MAX_GAP: usize = 16;

/// One to [`MAX_GAP`] whitespace characters.
pub(crate) fn gap(i: &str) -> Res<'_, &str> {
    take_while_m_n(1, MAX_GAP, char::is_whitespace).parse(i)
}

/// The word before byte `at` of `s`, after any spaces; "" when a sign other than a letter or
/// digit ends the text before it.
pub(crate) fn previous_word(s: &str, at: usize) -> &str {
    let before = s[..at].trim_end();
    if before.ends_with(|c: char| !c.is_alphanumeric()) {
        return "";
    }
    let start = before
        .char_indices()
        .rev()
        .find(|(_, c)| !c.is_alphanumeric())
        .map_or(0, |(i, c)| i + c.len_utf8());
    &before[start..]
}

/// Succeeds without consuming when the input does not go on with a letter or digit of any script,
/// so "one" never matches inside "oneself" or "oneé".
pub(crate) fn boundary(i: &str) -> Res<'_, ()> {
    not(satisfy(char::is_alphanumeric)).parse(i)
}

/// `word` at the start of the input, ignoring case, consuming exactly the input's own characters.
///
/// nom's `tag_no_case` on `&str` compares characters but then cuts the input at the tag's byte
/// length; the Kelvin sign "K" lower-cases to "k" and is three bytes, so it would cut inside a
/// character and panic. Walking the input's `char_indices` cannot.
pub(crate) fn tag_ci<'a>(word: &str, i: &'a str) -> Res<'a, &'a str> {
    // Most tries are decided on bytes: a first ASCII letter that differs, or a match whose bytes
    // are the word's but for ASCII case (so its other characters are the word's own).
    let (w, t) = (word.as_bytes(), i.as_bytes());
    if let (Some(a), Some(b)) = (t.first(), w.first()) {
        if a.is_ascii() && b.is_ascii() && !a.eq_ignore_ascii_case(b) {
            return no_match(i);
        }
    }
    if t.get(..w.len()).is_some_and(|t| t.eq_ignore_ascii_case(w)) {
        return Ok((&i[w.len()..], &i[..w.len()]));
    }
    let mut input = i.char_indices();
    let mut end = 0;
    for w in word.chars() {
        match input.next() {
            Some((at, c)) if same_letter(c, w) => end = at + c.len_utf8(),
            _ => return no_match(i),
        }
    }
    Ok((&i[end..], &i[..end]))
}

/// The error every hand-written parser here returns when its input does not match.
pub(crate) fn no_match<O>(i: &str) -> Res<'_, O> {
    Err(nom::Err::Error(Error::new(i, ErrorKind::Tag)))
}

/// `word` as a whole word: [`tag_ci`] followed by a [`boundary`].
pub(crate) fn keyword<'a>(word: &str, i: &'a str) -> Res<'a, &'a str> {
    let (rest, found) = tag_ci(word, i)?;
    let (rest, ()) = boundary(rest)?;
    Ok((rest, found))
}

/// The byte length of a rule phrase at the start of `i`, or `None`.
///
/// Rule phrases are lower-case words separated by single spaces (the rule loader normalises
/// them); each space stands for a [`gap`], so "at  least" is "at least". A phrase that ends in a
/// letter or digit must end a word ("over" is not the start of "overseas"); one that ends in a
/// sign ("+") need not.
pub(crate) fn phrase_len(i: &str, phrase: &str) -> Option<usize> {
    // Most phrases fail on their first letter; deciding that first keeps the ~120 phrases tried
    // at every word start cheap.
    if !same_letter(i.chars().next()?, phrase.chars().next()?) {
        return None;
    }
    let mut rest = i;
    for (n, word) in phrase.split(' ').enumerate() {
        if n > 0 {
            rest = gap(rest).ok()?.0;
        }
        rest = tag_ci(word, rest).ok()?.0;
    }
    if phrase.ends_with(char::is_alphanumeric) {
        boundary(rest).ok()?;
    }
    Some(i.len() - rest.len())
}

/// The word a text opens with, as vocabulary lookups see it: its run of letters and digits.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) enum Lead<'a> {
    /// The text opens with no letter or digit: a sign, a space, or nothing.
    Sign,
    /// A run of ASCII letters and digits that ends the word.
    Ascii(&'a str),
    /// A run with a letter or digit beyond ASCII, which a lookup of ASCII words cannot decide.
    Other,
}

/// The word `i` opens with. A rule phrase matched by [`phrase_len`] at `i` has the same first
/// run of letters and digits, ignoring case, as the text: a phrase word ends where the text's
/// word does, at a gap, a boundary or a sign both share. So a phrase can match only where its
/// first run equals the [`Lead::Ascii`] word, or where the text opens with a sign (its first run
/// is empty) or with a [`Lead::Other`] word.
pub(crate) fn lead(i: &str) -> Lead<'_> {
    let bytes = i.as_bytes();
    let n = bytes
        .iter()
        .position(|b| !b.is_ascii_alphanumeric())
        .unwrap_or(bytes.len());
    if !bytes.get(n).is_some_and(u8::is_ascii) && i[n..].starts_with(char::is_alphanumeric) {
        Lead::Other
    } else if n == 0 {
        Lead::Sign
    } else {
        Lead::Ascii(&i[..n])
    }
}

/// The first run of letters and digits of a rule phrase, lower-cased, when it is ASCII: the
/// [`Words`] key that [`lead`] finds in any text the phrase matches. `None` for a phrase that
/// opens with a sign or with a letter beyond ASCII.
pub(crate) fn lead_key(phrase: &str) -> Option<String> {
    let run: String = phrase
        .chars()
        .take_while(|c| c.is_alphanumeric())
        .flat_map(char::to_lowercase)
        .collect();
    (!run.is_empty() && run.is_ascii()).then_some(run)
}

/// How many word lengths [`Words`] tells apart; longer words share the last slot.
const LENGTH_SLOTS: usize = 16;

/// A vocabulary of ASCII words with a value each, looked up ignoring ASCII case without
/// lower-casing the text: words are bucketed by first character and length, so a lookup hashes
/// nothing and compares a word with the few entries of its bucket. Built once per rule set.
///
/// An empty vocabulary holds no buckets at all: they are made by the first word added. Empty
/// ones are made often (the date rules' defaults, for each line ingest searches for a
/// publication date), and making then dropping the 576 buckets cost about 10,000 instructions.
#[derive(Clone)]
pub(crate) struct Words<V> {
    buckets: Vec<Vec<(Box<str>, V)>>,
}

impl<V> Default for Words<V> {
    fn default() -> Self {
        Words {
            buckets: Vec::new(),
        }
    }
}

impl<V> Words<V> {
    /// The value of `word` (ASCII letters and digits, any case), added with `V::default()` if
    /// new. A word of other characters has no slot and is refused.
    pub(crate) fn entry(&mut self, word: &str) -> Option<&mut V>
    where
        V: Default,
    {
        if !word.bytes().all(|b| b.is_ascii_alphanumeric()) {
            return None;
        }
        let slot = slot(word)?;
        if self.buckets.is_empty() {
            self.buckets = std::iter::repeat_with(Vec::new)
                .take(36 * LENGTH_SLOTS)
                .collect();
        }
        let bucket = &mut self.buckets[slot];
        let at = match bucket
            .iter()
            .position(|(w, _)| w.eq_ignore_ascii_case(word))
        {
            Some(at) => at,
            None => {
                bucket.push((word.to_ascii_lowercase().into(), V::default()));
                bucket.len() - 1
            }
        };
        Some(&mut bucket[at].1)
    }

    /// The value of `word`, ignoring ASCII case.
    pub(crate) fn get(&self, word: &str) -> Option<&V> {
        self.buckets
            .get(slot(word)?)?
            .iter()
            .find(|(w, _)| w.eq_ignore_ascii_case(word))
            .map(|(_, v)| v)
    }
}

/// The bucket of a word by its first character, a letter or digit, and its length. Only the
/// first character is checked: the other characters of a word looked up are compared with the
/// bucket's words, which [`Words::entry`] keeps to letters and digits.
fn slot(word: &str) -> Option<usize> {
    let first = match word.as_bytes().first()?.to_ascii_lowercase() {
        b @ b'a'..=b'z' => b - b'a',
        b @ b'0'..=b'9' => 26 + (b - b'0'),
        _ => return None,
    };
    Some(usize::from(first) * LENGTH_SLOTS + word.len().min(LENGTH_SLOTS - 1))
}

/// How many bits a [`WordMask`] has: one for each first and last character (five bits of each)
/// and length up to 15.
const MASK_BITS: usize = 1 << 14;

/// A few words as bits, one for each word's first and last character and length, ignoring ASCII
/// case: one test of a bit turns away almost every other word before a lookup compares any
/// characters. Words that share those share the bit, so a word that passes may still be none
/// of them. Of a news text's words, about 2 % pass a mask of 53 words that they are not in.
#[derive(Clone, Copy, Debug)]
pub(crate) struct WordMask([u64; MASK_BITS / 64]);

impl Default for WordMask {
    fn default() -> Self {
        WordMask::of(&[])
    }
}

impl WordMask {
    /// The mask of `words`.
    pub(crate) const fn of(words: &[&str]) -> WordMask {
        let mut mask = WordMask([0; MASK_BITS / 64]);
        let mut i = 0;
        while i < words.len() {
            mask = mask.with(words[i]);
            i += 1;
        }
        mask
    }

    /// This mask and `word`.
    pub(crate) const fn with(mut self, word: &str) -> WordMask {
        let bit = mask_bit(word);
        self.0[bit / 64] |= 1 << (bit % 64);
        self
    }

    /// Whether `word` may be one of the mask's words: false means it is none of them.
    pub(crate) fn may_hold(&self, word: &str) -> bool {
        let bit = mask_bit(word);
        self.0[bit / 64] & (1 << (bit % 64)) != 0
    }
}

/// The bit of `word` in a [`WordMask`]: the low five bits of its first and last bytes (which an
/// ASCII letter shares with its other case) and its length, up to 15. A hash of every byte let
/// fewer words through (0.75 % instead of 2 %) but cost more than the lookups it saved.
const fn mask_bit(word: &str) -> usize {
    let bytes = word.as_bytes();
    let (Some(&first), Some(&last)) = (bytes.first(), bytes.last()) else {
        return 0;
    };
    let length = if bytes.len() < 16 { bytes.len() } else { 15 };
    ((first & 31) as usize) << 9 | ((last & 31) as usize) << 4 | length
}

/// Whether `c` is a currency sign that may be glued to an amount ("$900", "€1500").
pub(crate) fn is_currency(c: char) -> bool {
    matches!(
        c,
        '$' | '€'
            | '£'
            | '¥'
            | '₹'
            | '₽'
            | '₦'
            | '₩'
            | '₺'
            | '₴'
            | '₪'
            | '฿'
            | '₱'
            | '₫'
    )
}

/// The first word start at or after byte `from`: a letter or digit, or a character `opens` says
/// may open a word, that does not continue a word. Digits inside "G5" or "MH17" are never word
/// starts. The walks take theirs from [`word_starts`]; the prefilter tests walk with this
/// definition, and `word_starts` is tested against it.
#[cfg(test)]
pub(crate) fn next_word_start(s: &str, from: usize, opens: fn(char) -> bool) -> Option<usize> {
    let mut after_word = s[..from]
        .chars()
        .next_back()
        .is_some_and(char::is_alphanumeric);
    let bytes = s.as_bytes();
    let mut at = from;
    while let Some(&b) = bytes.get(at) {
        // Most text is ASCII: its bytes are tested without decoding a character.
        let (c, len) = if b.is_ascii() {
            (char::from(b), 1)
        } else {
            let c = s[at..].chars().next()?;
            (c, c.len_utf8())
        };
        let alphanumeric = if b.is_ascii() {
            b.is_ascii_alphanumeric()
        } else {
            c.is_alphanumeric()
        };
        if !after_word && (alphanumeric || opens(c)) {
            return Some(at);
        }
        after_word = alphanumeric;
        at += len;
    }
    None
}

/// A word start of a sentence (a letter, digit or [`is_currency`] sign that does not continue a
/// word: digits inside "G5" or "MH17" are none), with the word it opens with as [`lead`] reads
/// it.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(crate) struct Start<'a> {
    /// Byte offset in the sentence.
    pub at: usize,
    /// [`lead`] of the text from `at`.
    pub lead: Lead<'a>,
}

/// Every word start of `s` in one pass, each with its [`lead`], shared by the number walk and
/// the date walk (which passes over the currency signs). Whether a byte is a start depends only
/// on it and the character before it, so a walk that moves past a match to byte `from` goes on
/// at the first start at or after `from`. A word of ASCII letters and digits is passed over
/// whole once its lead is read: none of its bytes but the first is a start.
pub(crate) fn word_starts(s: &str) -> Vec<Start<'_>> {
    let bytes = s.as_bytes();
    let mut starts = Vec::new();
    let mut after_word = false;
    let mut at = 0;
    while let Some(&b) = bytes.get(at) {
        if b.is_ascii() {
            let alphanumeric = b.is_ascii_alphanumeric();
            if alphanumeric && !after_word {
                let lead = lead(&s[at..]);
                starts.push(Start { at, lead });
                if let Lead::Ascii(word) = lead {
                    // The run ends the word: the byte after it is no ASCII letter or digit.
                    at += word.len();
                    after_word = true;
                    continue;
                }
            } else if !after_word && is_currency(char::from(b)) {
                starts.push(Start {
                    at,
                    lead: lead(&s[at..]),
                });
            }
            after_word = alphanumeric;
            at += 1;
            continue;
        }
        let Some(c) = s[at..].chars().next() else {
            break;
        };
        let alphanumeric = c.is_alphanumeric();
        if !after_word && (alphanumeric || is_currency(c)) {
            starts.push(Start {
                at,
                lead: lead(&s[at..]),
            });
        }
        after_word = alphanumeric;
        at += c.len_utf8();
    }
    starts
}

/// The phrase (lower-case words, single spaces standing for gaps) at the start of `i`, as
/// written, whole words only.
pub(crate) fn phrase<'a>(i: &'a str, words: &str) -> Res<'a, &'a str> {
    match phrase_len(i, words) {
        Some(n) => Ok((&i[n..], &i[..n])),
        None => no_match(i),
    }
}

fn same_letter(c: char, w: char) -> bool {
    if c.is_ascii() && w.is_ascii() {
        c.eq_ignore_ascii_case(&w)
    } else {
        c.to_lowercase().eq(w.to_lowercase())
    }
}

/// The text of every article (`.txt` file) of the shipped fixture stories, for the tests that
/// check a prefilter against the whole grammar on real text.
#[cfg(test)]
pub(crate) fn fixture_articles() -> Vec<String> {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures");
    let mut texts = Vec::new();
    for story in std::fs::read_dir(&root).expect("the fixtures folder is readable") {
        let story = story.expect("a fixture entry").path();
        if !story.is_dir() {
            continue;
        }
        for file in std::fs::read_dir(story).expect("a fixture story is readable") {
            let path = file.expect("a fixture file").path();
            if path.extension().is_some_and(|e| e == "txt") {
                texts.push(std::fs::read_to_string(path).expect("a fixture article is text"));
            }
        }
    }
    texts
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn tag_ci_does_not_cut_inside_a_kelvin_sign() {
        assert_eq!(tag_ci("k", "\u{212A}m"), Ok(("m", "\u{212A}")));
        assert!(tag_ci("km", "\u{212A}").is_err());
        assert_eq!(tag_ci("week", "wee\u{212A}s"), Ok(("s", "wee\u{212A}")));
        assert_eq!(tag_ci("ago", "AGO now"), Ok((" now", "AGO")));
        assert!(tag_ci("ago", "agx").is_err());
        assert!(tag_ci("ago", "ag").is_err());
    }

    #[test]
    fn a_word_mask_holds_its_words_in_any_case_and_turns_most_others_away() {
        let words = ["harvest", "solstice", "lantern", "st", "the", "2nd"];
        let mask = WordMask::of(&words);
        for w in words {
            assert!(mask.may_hold(w), "{w}");
            assert!(mask.may_hold(&w.to_ascii_uppercase()), "{w}");
        }
        let others = [
            "market", "river", "council", "said", "police", "tuesday", "vote", "harvests", "sol",
            "lanterns", "street", "then", "2", "and", "of",
        ];
        let passed = others.iter().filter(|w| mask.may_hold(w)).count();
        assert!(passed <= 1, "{passed} of {} other words pass", others.len());
        assert!(!WordMask::default().may_hold("harvest"));
    }

    #[test]
    fn phrase_spaces_match_runs_of_whitespace_and_words_end_on_boundaries() {
        assert_eq!(phrase_len("At  least 5", "at least"), Some(9));
        assert_eq!(phrase_len("overseas", "over"), None);
        assert_eq!(phrase_len("+3", "+"), Some(1));
    }

    #[test]
    fn word_starts_are_the_starts_next_word_start_finds_with_their_leads() {
        for text in [
            "al-Qaeda's MH17 and G5 cost $5, US$900 or €1500 (20-30) in Ségou—K\u{212A}m ﬁve",
            "  «Zoé» 1.5 x2 2024-09-02 éA9 $ $$ ¥ 9é",
            "",
            "é",
        ] {
            let starts = word_starts(text);
            let mut walked = Vec::new();
            let mut from = 0;
            while let Some(at) = next_word_start(text, from, is_currency) {
                walked.push(Start {
                    at,
                    lead: lead(&text[at..]),
                });
                from = at + text[at..].chars().next().map_or(1, char::len_utf8);
            }
            assert_eq!(starts, walked, "{text}");
        }
    }
}
