//! Phrase lists and named groups of phrases, as every section of a rule file gives them: trimmed,
//! single-spaced, lower-cased and merged into what earlier files gave.

use std::collections::HashSet;
use std::path::Path;

use serde::Deserialize;

use super::Group;
use crate::error::{Error, Result, RuleError};

/// A named group of phrases as written: a victim group, or an event group once named.
#[derive(Debug, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct GroupFile {
    pub(super) name: String,
    pub(super) words: Vec<String>,
    #[serde(default)]
    pub(super) generic: bool,
}

/// Lower-cases and trims phrases; an empty phrase is an error naming the key.
pub(super) fn normalise(words: Vec<String>, key: &str, path: &Path) -> Result<Vec<String>> {
    words
        .into_iter()
        .map(|w| {
            let w = w
                .split_whitespace()
                .collect::<Vec<_>>()
                .join(" ")
                .to_lowercase();
            if w.is_empty() {
                Err(Error::rule(path, key, RuleError::EmptyPhrase))
            } else {
                Ok(w)
            }
        })
        .collect()
}

/// Adds the phrases of `key` that `list` lacks, normalised.
pub(super) fn extend(
    list: &mut Vec<String>,
    words: Vec<String>,
    key: &str,
    path: &Path,
) -> Result<()> {
    let words = normalise(words, key, path)?;
    merge(list, words);
    Ok(())
}

/// Adds the words `list` lacks, in order, each once. The words present are looked up in a set:
/// a search of the list per word made a list of 40,000 abbreviations take seconds to load.
pub(super) fn merge(list: &mut Vec<String>, words: Vec<String>) {
    let mut present: HashSet<String> = list.iter().cloned().collect();
    for w in words {
        if !present.contains(&w) {
            present.insert(w.clone());
            list.push(w);
        }
    }
}

/// A group with a known name gets the new phrases added; a new name is appended.
pub(super) fn merge_groups(
    list: &mut Vec<Group>,
    groups: Vec<GroupFile>,
    key: &str,
    path: &Path,
) -> Result<()> {
    for g in groups {
        let name = g.name.trim().to_lowercase();
        if name.is_empty() {
            return Err(Error::rule(path, key, RuleError::EmptyGroupName));
        }
        let words = normalise(g.words, &format!("{key}.{name}"), path)?;
        match list.iter_mut().find(|x| x.name == name) {
            Some(existing) => {
                merge(&mut existing.words, words);
                existing.generic |= g.generic;
            }
            None => list.push(Group {
                name,
                words,
                generic: g.generic,
            }),
        }
    }
    Ok(())
}
