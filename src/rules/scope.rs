//! The `casualties.scope` section of a rule file: the phrases that give a count a time span of
//! its own ("750 people have been killed this year", "since 2011"), by the kind of span, and
//! the words that bound a count's clause or make a phrase rank an event instead.
//!
//! A phrase word may be a slot: `#year` (a year in digits), `#month` (a month name) or
//! `#number` (a number in digits or words). Any other word starting with `#` is an error.

use std::path::Path;

use serde::Deserialize;

use super::phrases::extend;
use crate::error::{Error, Result, RuleError};

/// The slots a scope phrase may hold.
pub const SLOTS: &[&str] = &["#year", "#month", "#number"];

/// Scope phrases and the words around them, normalised like every phrase list.
#[derive(Clone, Debug, Default)]
pub struct ScopeRules {
    /// Running totals up to now: "since #year", "this year", "in the war".
    pub cumulative: Vec<String>,
    /// Totals of a closed span: "last year", "in #year", "over the past #number years". A
    /// phrase with `#year` counts only when the year is not the article's own.
    pub period: Vec<String>,
    /// Rates: "every year", "annually".
    pub rate: Vec<String>,
    /// Words that open a new clause after a count ("which", "as", "while"): a phrase past one
    /// does not govern the count.
    pub clause_breaks: Vec<String>,
    /// Words between a count and a phrase that make the phrase rank an event, not span its
    /// victims: "killed in the deadliest attack since 2019".
    pub ranks: Vec<String>,
    /// Words after a phrase that make it date something else: "a year ago", "a year after".
    pub not_before: Vec<String>,
}

/// The section as written.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
pub(super) struct ScopeFile {
    #[serde(default)]
    cumulative: Vec<String>,
    #[serde(default)]
    period: Vec<String>,
    #[serde(default)]
    rate: Vec<String>,
    #[serde(default)]
    clause_breaks: Vec<String>,
    #[serde(default)]
    ranks: Vec<String>,
    #[serde(default)]
    not_before: Vec<String>,
}

impl ScopeFile {
    /// Adds the file's phrases and words to `set`; a phrase with an unknown slot is an error
    /// naming its key.
    pub(super) fn apply(self, set: &mut ScopeRules, path: &Path) -> Result<()> {
        let key = |list: &str| format!("casualties.scope.{list}");
        for (list, words, into) in [
            ("cumulative", self.cumulative, &mut set.cumulative),
            ("period", self.period, &mut set.period),
            ("rate", self.rate, &mut set.rate),
        ] {
            check_slots(&words, &key(list), path)?;
            extend(into, words, &key(list), path)?;
        }
        extend(
            &mut set.clause_breaks,
            self.clause_breaks,
            &key("clause_breaks"),
            path,
        )?;
        extend(&mut set.ranks, self.ranks, &key("ranks"), path)?;
        extend(
            &mut set.not_before,
            self.not_before,
            &key("not_before"),
            path,
        )
    }
}

/// Every `#` word of `phrases` is a known slot.
fn check_slots(phrases: &[String], key: &str, path: &Path) -> Result<()> {
    let words = phrases.iter().flat_map(|p| p.split_whitespace());
    match words
        .filter(|w| w.starts_with('#'))
        .find(|w| !SLOTS.contains(&w.to_lowercase().as_str()))
    {
        Some(w) => Err(Error::rule(path, key, RuleError::UnknownSlot(w.into()))),
        None => Ok(()),
    }
}

#[cfg(test)]
mod tests {
    use crate::rules::RuleSet;

    #[test]
    fn a_scope_phrase_with_an_unknown_slot_is_an_error_naming_its_key() {
        let text = "casualties:\n  scope:\n    period: ['in #decade']\n";
        let err = RuleSet::with_text(text, "story.yaml")
            .unwrap_err()
            .to_string();
        assert!(err.contains("casualties.scope.period"), "{err}");
        assert!(err.contains("#decade"), "{err}");
    }

    #[test]
    fn a_story_adds_scope_phrases_to_the_defaults() {
        let text = "casualties:\n  scope:\n    cumulative: ['Since The Uprising']\n";
        let rules = RuleSet::with_text(text, "story.yaml").unwrap();
        let scope = &rules.casualties.scope;
        assert!(scope.cumulative.iter().any(|p| p == "since the uprising"));
        assert!(scope.cumulative.iter().any(|p| p == "since #year"));
        assert!(scope.rate.iter().any(|p| p == "every year"));
    }
}
