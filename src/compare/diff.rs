//! Diffs between two forms of a name or two renderings of a quote, as marked spans: what the
//! reports show, and the replaced stretches a quote's contradiction test reads.

use serde::Serialize;
use similar::{ChangeTag, TextDiff};

use crate::likeness::words;

/// A piece of a diff.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Span {
    /// `equal`, `insert` (only in this form) or `delete` (only in the first form).
    #[schemars(with = "String")]
    pub op: DiffOp,
    /// The text of the piece.
    pub text: String,
}

/// What a piece of a diff is.
#[derive(
    Clone, Copy, Debug, PartialEq, Eq, Serialize, strum::IntoStaticStr, strum::VariantArray,
)]
#[serde(rename_all = "snake_case")]
#[strum(serialize_all = "snake_case")]
pub enum DiffOp {
    /// In both.
    Equal,
    /// Only in this form or rendering.
    Insert,
    /// Only in the first form, or the reference rendering.
    Delete,
}

impl DiffOp {
    /// The name used in output.
    pub fn as_str(self) -> &'static str {
        self.into()
    }
}

/// How `form` differs from `first`: letter by letter, or word by word.
pub(super) fn form_diff(first: &str, form: &str, words: bool) -> Vec<Span> {
    let d = if words {
        TextDiff::from_words(first, form)
    } else {
        TextDiff::from_chars(first, form)
    };
    let mut spans: Vec<Span> = Vec::new();
    for change in d.iter_all_changes() {
        let op = match change.tag() {
            ChangeTag::Equal => DiffOp::Equal,
            ChangeTag::Insert => DiffOp::Insert,
            ChangeTag::Delete => DiffOp::Delete,
        };
        match spans.last_mut() {
            Some(last) if last.op == op => last.text.push_str(change.value()),
            _ => spans.push(Span {
                op,
                text: change.value().to_string(),
            }),
        }
    }
    spans
}

/// The key each whitespace-separated word of a rendering is compared by: its words without case
/// and punctuation ("relations." = "Relations").
pub(super) fn word_keys(text: &str) -> Vec<String> {
    text.split_whitespace()
        .map(|w| words(w).join(" "))
        .collect()
}

/// The word diff of two renderings, as operations on their [`word_keys`]: computed once and read
/// by both [`replaced`] and [`word_diff`].
pub(super) fn key_ops(a: &[String], b: &[String]) -> Vec<similar::DiffOp> {
    similar::capture_diff_slices(similar::Algorithm::Myers, a, b)
}

/// The stretches the word diff `ops` (of `a`'s and `b`'s [`word_keys`]) replaces: (deleted
/// words, inserted words), neighbours merged. The texts may differ from those the keys were
/// taken from in case only (see [`word_keys`]).
pub(super) fn replaced(ops: &[similar::DiffOp], a: &str, b: &str) -> Vec<(String, String)> {
    let mut out: Vec<(String, String)> = Vec::new();
    let mut current: Option<(String, String)> = None;
    for (op, text) in word_ops(ops, a, b) {
        match op {
            ChangeTag::Equal => {
                if let Some(c) = current.take() {
                    if !c.0.is_empty() && !c.1.is_empty() {
                        out.push(c);
                    }
                }
            }
            ChangeTag::Delete => {
                push_word(&mut current.get_or_insert_with(Default::default).0, text)
            }
            ChangeTag::Insert => {
                push_word(&mut current.get_or_insert_with(Default::default).1, text)
            }
        }
    }
    if let Some(c) = current {
        if !c.0.is_empty() && !c.1.is_empty() {
            out.push(c);
        }
    }
    out
}

fn push_word(s: &mut String, word: &str) {
    if !s.is_empty() {
        s.push(' ');
    }
    s.push_str(word);
}

/// The word-by-word diff `ops` of two renderings (see [`key_ops`]), with the words as written.
fn word_ops<'a>(ops: &[similar::DiffOp], a: &'a str, b: &'a str) -> Vec<(ChangeTag, &'a str)> {
    let (wa, wb): (Vec<&str>, Vec<&str>) = (
        a.split_whitespace().collect(),
        b.split_whitespace().collect(),
    );
    let mut out = Vec::new();
    for op in ops {
        let (tag, old, new) = op.as_tag_tuple();
        match tag {
            similar::DiffTag::Equal => out.extend(wb[new].iter().map(|w| (ChangeTag::Equal, *w))),
            similar::DiffTag::Delete => out.extend(wa[old].iter().map(|w| (ChangeTag::Delete, *w))),
            similar::DiffTag::Insert => out.extend(wb[new].iter().map(|w| (ChangeTag::Insert, *w))),
            similar::DiffTag::Replace => {
                out.extend(wa[old].iter().map(|w| (ChangeTag::Delete, *w)));
                out.extend(wb[new].iter().map(|w| (ChangeTag::Insert, *w)));
            }
        }
    }
    out
}

/// The word diff `ops` of two renderings (see [`key_ops`]) as spans, words separated by single
/// spaces.
pub(super) fn word_diff(ops: &[similar::DiffOp], a: &str, b: &str) -> Vec<Span> {
    let mut spans: Vec<Span> = Vec::new();
    for (tag, word) in word_ops(ops, a, b) {
        let op = match tag {
            ChangeTag::Equal => DiffOp::Equal,
            ChangeTag::Delete => DiffOp::Delete,
            ChangeTag::Insert => DiffOp::Insert,
        };
        match spans.last_mut() {
            Some(last) if last.op == op => {
                last.text.push(' ');
                last.text.push_str(word);
            }
            Some(last) => {
                // The space between two pieces is an equal piece of its own, or part of the
                // equal neighbour: "[-12-] {+15+}", not "[-12 -]{+15+}".
                if op == DiffOp::Equal {
                    spans.push(Span {
                        op,
                        text: format!(" {word}"),
                    });
                } else if last.op == DiffOp::Equal {
                    last.text.push(' ');
                    spans.push(Span {
                        op,
                        text: word.to_string(),
                    });
                } else {
                    spans.push(Span {
                        op: DiffOp::Equal,
                        text: " ".into(),
                    });
                    spans.push(Span {
                        op,
                        text: word.to_string(),
                    });
                }
            }
            None => spans.push(Span {
                op,
                text: word.to_string(),
            }),
        }
    }
    spans
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn word_diff_marks_changes_and_keeps_spaces_apart() {
        let (a, b) = (
            "our territories and our populations",
            "our territories and our people",
        );
        let spans = word_diff(&key_ops(&word_keys(a), &word_keys(b)), a, b);
        let d: Vec<(&str, &str)> = spans
            .iter()
            .map(|s| (s.op.as_str(), s.text.as_str()))
            .collect();
        assert_eq!(
            d,
            [
                ("equal", "our territories and our "),
                ("delete", "populations"),
                ("equal", " "),
                ("insert", "people")
            ]
        );
    }

    #[test]
    fn replaced_reads_case_changed_texts_with_the_keys_of_the_originals() {
        let (a, b) = ("Nobody was hurt, 12 said.", "Nobody was hurt, 15 said.");
        let ops = key_ops(&word_keys(a), &word_keys(b));
        assert_eq!(
            replaced(
                &ops,
                "nobody was hurt, 12 said.",
                "nobody was hurt, 15 said."
            ),
            [("12".to_string(), "15".to_string())]
        );
    }
}
