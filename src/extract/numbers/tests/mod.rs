//! Tests of `find_numbers` through its public surface: values, hedges, spans and roles.
//!
//! `conformance` holds the shared list of inputs every number parser of claimdiff must read the
//! same way; `news` the cases met in the fixture articles; `roles` what is not a count;
//! `robustness` inputs that must never panic or run long.

mod bounds;
mod conformance;
mod forms;
mod money;
mod news;
mod robustness;
mod roles;
mod starts;
mod written;

use std::sync::LazyLock;

use super::{NumberMatch, NumberRole, find_numbers};
use crate::claim::HedgeKind;
use crate::rules::{NumberRules, RuleSet};

static RULES: LazyLock<NumberRules> = LazyLock::new(|| RuleSet::load(&[]).unwrap().numbers);

/// Every match in the whole of `text`.
fn find(text: &str) -> Vec<NumberMatch> {
    find_numbers(text, 0..text.len(), &RULES)
}

/// The one match in `text`; fails when there are none or several.
#[track_caller]
fn only(text: &str) -> NumberMatch {
    let mut found = find(text);
    assert_eq!(found.len(), 1, "{text:?} gave {found:#?}");
    found.remove(0)
}

/// Asserts that `text` holds exactly one number, written `surface`, valued `min..=max`.
#[track_caller]
fn value(text: &str, surface: &str, min: Option<f64>, max: Option<f64>) -> NumberMatch {
    let m = only(text);
    assert_eq!(&text[m.span.clone()], surface, "span of {text:?}");
    assert_eq!(
        (m.value.value.min, m.value.value.max),
        (min, max),
        "value of {text:?}"
    );
    m
}

/// [`value`] for an exact count.
#[track_caller]
fn count(text: &str, surface: &str, n: f64) -> NumberMatch {
    let m = value(text, surface, Some(n), Some(n));
    assert_eq!(m.role, NumberRole::Count, "role of {text:?}");
    assert_eq!(m.value.hedge, None, "hedge of {text:?}");
    m
}

/// Asserts the hedge of `m`.
#[track_caller]
fn hedge(m: &NumberMatch, kind: HedgeKind, words: &str) {
    let h = m.value.hedge.as_ref().expect("a hedge");
    assert_eq!((h.kind, h.words.as_str()), (kind, words));
}

/// The surfaces and roles of every match in `text`.
fn roles(text: &str) -> Vec<(&str, NumberRole)> {
    find(text)
        .into_iter()
        .map(|m| (&text[m.span], m.role))
        .collect()
}
