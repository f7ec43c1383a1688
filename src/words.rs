//! Word tokens with byte spans, and whole-word phrase matching against rule vocabularies.
//!
//! Extraction works on tokens rather than raw characters so that "killed" never matches inside
//! "skilled" and a two-word phrase ("at least") matches across any run of spaces.

use std::ops::Range;

/// One token of a sentence.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Token<'t> {
    /// Byte span in the article text.
    pub span: Range<usize>,
    /// The token as written.
    pub text: &'t str,
    /// True for a word or number; false for punctuation.
    pub is_word: bool,
}

impl Token<'_> {
    /// Whether the token is this (lower-case) word, ignoring case.
    pub fn is(&self, word: &str) -> bool {
        self.is_word && self.text.eq_ignore_ascii_case(word)
    }

    /// Whether the token is one of these (lower-case) words, ignoring case.
    pub fn is_any(&self, words: &[&str]) -> bool {
        words.iter().any(|w| self.is(w))
    }

    /// Whether the token starts with an upper-case letter.
    pub fn is_capitalised(&self) -> bool {
        self.is_word && self.text.chars().next().is_some_and(char::is_uppercase)
    }

    /// Whether the token is this punctuation character.
    pub fn is_punct(&self, c: char) -> bool {
        !self.is_word && self.text.starts_with(c)
    }
}

/// Splits `text[range]` into tokens. A word is a run of letters and digits, joined by inner
/// hyphens, apostrophes and periods/commas between digits ("al-Qaeda", "Jama’at", "1,100").
pub fn tokenize(text: &str, range: Range<usize>) -> Vec<Token<'_>> {
    let s = &text[range.clone()];
    let mut tokens = Vec::new();
    let mut chars = s.char_indices().peekable();
    while let Some((i, c)) = chars.next() {
        if c.is_whitespace() {
            continue;
        }
        let mut end = i + c.len_utf8();
        let is_word = c.is_alphanumeric();
        if is_word {
            while let Some(&(j, d)) = chars.peek() {
                if d.is_alphanumeric() {
                    end = j + d.len_utf8();
                    chars.next();
                    continue;
                }
                let joiner = matches!(d, '-' | '\'' | '’' | '.' | ',');
                let next = s[j + d.len_utf8()..].chars().next();
                let prev_digit = s[..j]
                    .chars()
                    .next_back()
                    .is_some_and(|p| p.is_ascii_digit());
                let joins = match d {
                    '.' | ',' => prev_digit && next.is_some_and(|n| n.is_ascii_digit()),
                    _ => next.is_some_and(char::is_alphanumeric),
                };
                if joiner && joins {
                    end = j + d.len_utf8();
                    chars.next();
                } else {
                    break;
                }
            }
        }
        tokens.push(Token {
            span: range.start + i..range.start + end,
            text: &s[i..end],
            is_word,
        });
    }
    tokens
}

/// The tokens' texts joined by single spaces ("killed in a coup"), as a phrase to show.
pub fn joined(tokens: &[Token<'_>]) -> String {
    tokens.iter().map(|t| t.text).collect::<Vec<_>>().join(" ")
}

/// The number of tokens a lower-case phrase covers when it matches at `tokens[at..]`, else 0.
/// Phrases are split on spaces; each part must equal one token, ignoring case.
pub fn phrase_len(tokens: &[Token<'_>], at: usize, phrase: &str) -> usize {
    // Most phrases fail on their first letter: reject those before splitting the phrase, which
    // is where extraction spent most of its time (every rule phrase is tried at every token).
    let first = tokens.get(at).and_then(|t| t.text.as_bytes().first());
    if let (Some(t), Some(&p)) = (first, phrase.as_bytes().first())
        && p != b'*'
        && !t.eq_ignore_ascii_case(&p)
    {
        return 0;
    }
    let mut n = 0;
    for part in phrase.split(' ') {
        match tokens.get(at + n) {
            Some(t) if word_matches(t.text, part) => n += 1,
            _ => return 0,
        }
    }
    n
}

/// Whether a token matches one word of a phrase, ignoring case. A word starting with `*` matches
/// any token ending with the rest ("*-year-old" matches "16-year-old").
fn word_matches(token: &str, word: &str) -> bool {
    match word.strip_prefix('*') {
        Some(suffix) => {
            token.len() > suffix.len()
                && token.is_char_boundary(token.len() - suffix.len())
                && token[token.len() - suffix.len()..].eq_ignore_ascii_case(suffix)
        }
        None => token.eq_ignore_ascii_case(word),
    }
}

/// The longest phrase of `phrases` that matches at `tokens[at..]`, with its token count.
pub fn longest_match<'p>(
    tokens: &[Token<'_>],
    at: usize,
    phrases: impl IntoIterator<Item = &'p String>,
) -> Option<(&'p str, usize)> {
    phrases
        .into_iter()
        .map(|p| (p.as_str(), phrase_len(tokens, at, p)))
        .filter(|&(_, n)| n > 0)
        .max_by_key(|&(_, n)| n)
}

/// The longest phrase of `phrases` that ends exactly at `tokens[..end]`, with its token count.
pub fn longest_match_ending<'p>(
    tokens: &[Token<'_>],
    end: usize,
    phrases: impl IntoIterator<Item = &'p String>,
) -> Option<(&'p str, usize)> {
    let last = end.checked_sub(1).and_then(|i| tokens.get(i))?;
    phrases
        .into_iter()
        .filter_map(|p| {
            // The last letter rejects most phrases (a `*` wildcard's suffix ends the phrase too,
            // unless the wildcard is bare); only those whose last word matches are counted.
            let (Some(&pe), Some(&te)) = (p.as_bytes().last(), last.text.as_bytes().last()) else {
                return None;
            };
            if pe != b'*' && !pe.eq_ignore_ascii_case(&te) {
                return None;
            }
            if !word_matches(last.text, p.rsplit(' ').next().unwrap_or(p)) {
                return None;
            }
            let n = p.split(' ').count();
            (n <= end && phrase_len(tokens, end - n, p) == n).then_some((p.as_str(), n))
        })
        .max_by_key(|&(_, n)| n)
}

/// Rule phrases by their first word (ASCII lower case, as phrases match ignoring ASCII case), so
/// that a token tries only the phrases that can start with it instead of every phrase of every
/// list. Phrases opening with a `*` wildcard can start anywhere and are tried at every token.
/// Each phrase carries a label: the number of the group it belongs to. Built once per article.
pub struct PhraseIndex<'p> {
    by_first: std::collections::HashMap<String, Vec<(usize, &'p str)>>,
    wildcards: Vec<(usize, &'p str)>,
}

impl<'p> PhraseIndex<'p> {
    /// Indexes `phrases`, each with its label.
    pub fn new(phrases: impl IntoIterator<Item = (usize, &'p str)>) -> Self {
        let mut index = PhraseIndex {
            by_first: std::collections::HashMap::new(),
            wildcards: Vec::new(),
        };
        for (label, phrase) in phrases {
            let first = phrase.split(' ').next().unwrap_or_default();
            if first.starts_with('*') {
                index.wildcards.push((label, phrase));
            } else {
                let key = first.to_ascii_lowercase();
                index.by_first.entry(key).or_default().push((label, phrase));
            }
        }
        index
    }

    /// The phrases that may match at `tokens[at]`, with their labels, in no useful order.
    pub fn candidates<'a>(
        &'a self,
        tokens: &[Token<'_>],
        at: usize,
    ) -> impl Iterator<Item = (usize, &'p str)> + 'a {
        let starting = tokens
            .get(at)
            .and_then(|t| self.by_first.get(&t.text.to_ascii_lowercase()));
        starting
            .into_iter()
            .flatten()
            .chain(&self.wildcards)
            .copied()
    }

    /// The longest phrase matching at `tokens[at]`: its label and token count. Of two equally
    /// long, the higher label wins, as the later group of a rule list does.
    pub fn longest_at(&self, tokens: &[Token<'_>], at: usize) -> Option<(usize, usize)> {
        self.candidates(tokens, at)
            .map(|(label, phrase)| (label, phrase_len(tokens, at, phrase)))
            .filter(|&(_, n)| n > 0)
            .max_by_key(|&(label, n)| (n, label))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn texts(s: &str) -> Vec<&str> {
        tokenize(s, 0..s.len())
            .into_iter()
            .map(|t| t.text)
            .collect()
    }

    #[test]
    fn joins_inner_hyphens_apostrophes_and_digit_separators() {
        assert_eq!(
            texts("Jama’at al-Qaeda's 1,100 men, 2.5 km."),
            [
                "Jama’at",
                "al-Qaeda's",
                "1,100",
                "men",
                ",",
                "2.5",
                "km",
                "."
            ]
        );
        assert_eq!(
            texts("“strengthen” 84-year-old"),
            ["“", "strengthen", "”", "84-year-old"]
        );
    }

    #[test]
    fn spans_are_absolute() {
        let s = "xx at  least 84";
        let toks = tokenize(s, 3..s.len());
        assert_eq!(toks[1].span, 7..12);
        assert_eq!(phrase_len(&toks, 0, "at least"), 2);
        assert_eq!(phrase_len(&toks, 1, "at least"), 0);
    }

    #[test]
    fn a_star_word_matches_a_suffix() {
        let s = "a 16-year-old died";
        let toks = tokenize(s, 0..s.len());
        assert_eq!(phrase_len(&toks, 1, "*-year-old"), 1);
        assert_eq!(phrase_len(&toks, 2, "*-year-old"), 0);
        assert!(!word_matches("-year-old", "*-year-old"));
    }

    #[test]
    fn longest_phrase_wins() {
        let s = "they were shot dead";
        let toks = tokenize(s, 0..s.len());
        let phrases = vec![
            "dead".to_string(),
            "shot dead".to_string(),
            "shot".to_string(),
        ];
        assert_eq!(longest_match(&toks, 2, &phrases), Some(("shot dead", 2)));
        assert_eq!(
            longest_match_ending(&toks, 4, &phrases),
            Some(("shot dead", 2))
        );
    }

    #[test]
    fn the_index_finds_the_longest_phrase_by_first_word_and_wildcard() {
        let s = "Two Shot Dead and a 16-year-old hurt";
        let toks = tokenize(s, 0..s.len());
        let index = PhraseIndex::new([
            (0, "shot"),
            (1, "shot dead"),
            (2, "dead"),
            (3, "*-year-old"),
            (4, "shot dead"),
        ]);
        // "shot dead" twice: the higher label wins.
        assert_eq!(index.longest_at(&toks, 1), Some((4, 2)));
        assert_eq!(index.longest_at(&toks, 2), Some((2, 1)));
        assert_eq!(index.longest_at(&toks, 5), Some((3, 1)));
        assert_eq!(index.longest_at(&toks, 0), None);
        assert_eq!(index.longest_at(&toks, 99), None);
    }
}
