//! The expected-verdicts gate: `check STORY --expect FILE` compares each fact's verdict with an
//! expectation file, and `--bless` writes that file from the current report.
//!
//! An expectation file is YAML, `facts:` mapping fact ids to verdicts; comments say what each
//! fact is (the surfaces), so a reviewer can read a changed line without running the tool. The
//! file says what a run gave, never that anyone checked it:
//!
//! ```yaml
//! facts:
//!   casualty_count/killed/civilians: agree  # about twenty civilian casualties; …
//!   date/coup/niger: conflict  # July 2023; 2020
//! ```
//!
//! With `--expect` the exit code is the comparison's alone: 0 when every fact has its expected
//! verdict (known conflicts included), 1 when any fact changed, appeared or disappeared. The
//! changes are listed one per line (`~` changed, `-` gone, `+` new), sorted by fact id.

use std::collections::BTreeMap;
use std::path::Path;

use serde::Deserialize;

use crate::compare::Verdict;
use crate::error::{Error, Result};
use crate::report::CheckReport;

/// An expectation file as read.
#[derive(Clone, Debug, Default, PartialEq, Deserialize)]
#[serde(deny_unknown_fields)]
pub struct Expected {
    /// The verdict each fact must have.
    #[serde(default)]
    pub facts: BTreeMap<String, Verdict>,
}

/// One difference between the expectation and the report.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Change {
    /// The fact has another verdict.
    Changed {
        /// The fact id.
        id: String,
        /// The expected verdict.
        expected: Verdict,
        /// The verdict now.
        got: Verdict,
    },
    /// The fact is no longer found.
    Gone {
        /// The fact id.
        id: String,
        /// The expected verdict.
        expected: Verdict,
    },
    /// The fact is new.
    New {
        /// The fact id.
        id: String,
        /// Its verdict.
        got: Verdict,
    },
}

impl std::fmt::Display for Change {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        match self {
            Change::Changed { id, expected, got } => write!(
                f,
                "~ {id}: expected {}, got {}",
                expected.as_str(),
                got.as_str()
            ),
            Change::Gone { id, expected } => {
                write!(f, "- {id}: {} (fact no longer found)", expected.as_str())
            }
            Change::New { id, got } => write!(f, "+ {id}: {} (new fact)", got.as_str()),
        }
    }
}

impl Expected {
    /// Reads an expectation file; a decoding error names the file, line and column.
    pub fn load(path: &Path) -> Result<Expected> {
        let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
            path: path.to_path_buf(),
            source,
        })?;
        if text.trim().is_empty() {
            return Ok(Expected::default());
        }
        serde_yaml::from_str(&text).map_err(|e| Error::yaml(path, &e, 0))
    }

    /// The changes from this expectation to `report`, sorted by fact id.
    pub fn compare(&self, report: &CheckReport) -> Vec<Change> {
        let actual: BTreeMap<&str, Verdict> = report
            .facts
            .iter()
            .map(|f| (f.id.as_str(), f.verdict))
            .collect();
        let ids: std::collections::BTreeSet<&str> = actual
            .keys()
            .copied()
            .chain(self.facts.keys().map(String::as_str))
            .collect();
        ids.into_iter()
            .filter_map(|id| {
                let change = match (self.facts.get(id).copied(), actual.get(id).copied()) {
                    (Some(expected), None) => Change::Gone {
                        id: id.into(),
                        expected,
                    },
                    (None, Some(got)) => Change::New { id: id.into(), got },
                    (Some(expected), Some(got)) if expected != got => Change::Changed {
                        id: id.into(),
                        expected,
                        got,
                    },
                    _ => return None,
                };
                Some(change)
            })
            .collect()
    }
}

/// The expectation file for `report`: every fact's verdict, with its surfaces as a comment.
pub fn render(report: &CheckReport, story: &str) -> String {
    let mut out = format!(
        "# Verdicts `claimdiff check {story}` gave, per fact id, as --bless wrote them; --expect\n\
         # fails when one changes. Read the evidence in the report before accepting a change.\n\
         # Regenerate with `claimdiff check {story} --expect FILE --bless`.\nfacts:\n"
    );
    let mut facts: Vec<_> = report.facts.iter().collect();
    facts.sort_by(|a, b| a.id.cmp(&b.id));
    for f in facts {
        let mut surfaces: Vec<&str> = Vec::new();
        match (&f.names, &f.quote) {
            (Some(n), _) => surfaces.extend(n.forms.iter().map(|x| x.text.as_str())),
            (_, Some(q)) => surfaces.extend(q.renderings.iter().map(|x| x.text.as_str())),
            _ => {
                for r in &f.reports {
                    if !surfaces.contains(&r.surface.as_str()) {
                        surfaces.push(&r.surface);
                    }
                }
            }
        }
        let mut comment = surfaces.join("; ").replace(['\n', '\r'], " ");
        if comment.chars().count() > 70 {
            comment = comment.chars().take(67).collect::<String>() + "...";
        }
        out.push_str(&format!(
            "  {}: {}  # {comment}\n",
            yaml_key(&f.id),
            f.verdict.as_str()
        ));
    }
    out
}

/// A fact id as a YAML key: plain when safe, else double-quoted.
fn yaml_key(id: &str) -> String {
    let plain = !id.is_empty()
        && id
            .chars()
            .all(|c| c.is_alphanumeric() || matches!(c, '/' | '-' | '_' | '.'));
    if plain {
        id.to_string()
    } else {
        format!("\"{}\"", id.replace('\\', "\\\\").replace('"', "\\\""))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn keys_that_yaml_would_misread_are_quoted() {
        assert_eq!(yaml_key("name/csp"), "name/csp");
        assert_eq!(yaml_key("quote/a: b"), "\"quote/a: b\"");
        assert_eq!(yaml_key("x\"y"), "\"x\\\"y\"");
    }

    #[test]
    fn changes_print_one_line_each() {
        let c = Change::Changed {
            id: "a".into(),
            expected: Verdict::Agree,
            got: Verdict::Conflict,
        };
        assert_eq!(c.to_string(), "~ a: expected agree, got conflict");
        let g = Change::Gone {
            id: "b".into(),
            expected: Verdict::Conflict,
        };
        assert_eq!(g.to_string(), "- b: conflict (fact no longer found)");
        let n = Change::New {
            id: "c".into(),
            got: Verdict::Agree,
        };
        assert_eq!(n.to_string(), "+ c: agree (new fact)");
    }
}
