//! What can be wrong with one line of JSON Lines input: an article line of `claims --format
//! jsonl`, a digest line of `check --from-claims` ([`super::Error::Line`] says which line).

use super::{Error, SkipReason};

/// What is wrong with one line of JSON Lines input ([`super::Error::Line`]); `claims --format jsonl`
/// writes it on the line's error line.
#[derive(Debug, thiserror::Error)]
pub enum LineError {
    /// The line is not a JSON object.
    #[error("not a JSON object: {0}")]
    Json(serde_json::Error),
    /// A key is missing or holds the wrong type.
    #[error("`{key}`: {expected}")]
    Field {
        /// The key, as a path (`claims[3].span`).
        key: String,
        /// What it must hold.
        expected: &'static str,
    },
    /// An article line with both `text` and `html`.
    #[error("both `text` and `html`; an article line gives one")]
    TextAndHtml,
    /// An article line with neither `text` nor `html`.
    #[error("no article: give `text` or `html`")]
    NoText,
    /// The line's bytes are not UTF-8.
    #[error("not UTF-8 (JSON Lines are UTF-8)")]
    NotUtf8,
    /// The line is longer than an article may be.
    #[error("longer than {0} bytes")]
    TooLong(u64),
    /// The article is one a story directory would skip (empty, …).
    #[error("the article {0}")]
    Skipped(SkipReason),
    /// The article cannot be read (front matter that does not parse, …).
    #[error("{0}")]
    Article(Box<Error>),
    /// A digest line of a rule set or schema version other than the first digest line's.
    #[error(
        "a digest of {found} among digests of {first} (from line {first_line}); digests of \
             different rules or schema versions cannot be compared"
    )]
    Mixed {
        /// The first digest line's stamp.
        first: Stamp,
        /// Where it was.
        first_line: usize,
        /// This line's stamp.
        found: Stamp,
    },
    /// Digests of rules other than the run's.
    #[error(
        "a digest of {found}, but this run's rules are {run}; give the --rules the digests \
             were extracted with"
    )]
    OtherRules {
        /// The digests' stamp.
        found: Stamp,
        /// The run's rules and schema version.
        run: Stamp,
    },
}

/// What a digest line says produced it: the digest schema version and the rule set's
/// fingerprint ([`crate::rules::RuleSet::fingerprint`]).
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Stamp {
    /// The digest line's `schema_version`.
    pub schema_version: u32,
    /// The digest line's `rules`.
    pub rules: String,
}

impl std::fmt::Display for Stamp {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        write!(f, "rules {} (schema {})", self.rules, self.schema_version)
    }
}
