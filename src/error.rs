//! Errors that stop a run. They stay structured until the binary prints them, so every message can
//! name the file (and, for YAML, the line and column) it is about.

use std::path::PathBuf;

/// A result whose error is a claimdiff [`Error`].
pub type Result<T, E = Error> = std::result::Result<T, E>;

/// Everything that makes a run fail with exit code 2.
#[derive(Debug, thiserror::Error)]
pub enum Error {
    /// A path given on the command line or found in a story could not be read.
    #[error("{}: {source}", path.display())]
    Io {
        /// The file or directory.
        path: PathBuf,
        /// What the operating system said.
        source: std::io::Error,
    },
    /// An article's bytes are not UTF-8 and `--strict` forbids guessing their encoding.
    #[error("{}: not valid UTF-8 (first bad byte at offset {offset}); convert the file to UTF-8 (without --strict it is decoded, with a warning)", path.display())]
    NotUtf8 {
        /// The article.
        path: PathBuf,
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// An article has no text (after its front matter). A story skips such an article; only
    /// [`crate::ingest::Article::parse`] and `--strict` report it as an error.
    #[error("{}: the article is empty (no text after the front matter)", path.display())]
    Empty {
        /// The article.
        path: PathBuf,
    },
    /// An article or story is unusable for a reason other than I/O.
    #[error("{}: {message}", path.display())]
    Input {
        /// The file or directory at fault.
        path: PathBuf,
        /// What is wrong, in one line.
        message: String,
    },
    /// A YAML document (rules, front matter, manifest) failed to decode.
    #[error("{}{}: {message}", path.display(), location.map(|(l, c)| format!(":{l}:{c}")).unwrap_or_default())]
    Yaml {
        /// The file.
        path: PathBuf,
        /// One-based line and column, when the parser knows them.
        location: Option<(usize, usize)>,
        /// The decoder's message, naming the key at fault.
        message: String,
    },
    /// A rule set decoded but says something impossible (an empty vocabulary, a reversed interval…).
    #[error("{}: {message}", path.display())]
    Rule {
        /// The rule file.
        path: PathBuf,
        /// What is wrong, naming the entry.
        message: String,
    },
    /// The command line is well-formed but asks for something impossible (a `check`-only format
    /// for `claims`).
    #[error("{0}")]
    Usage(String),
    /// Writing the report failed.
    #[error("writing the report: {0}")]
    Write(#[source] std::io::Error),
}

impl Error {
    /// A YAML error with the location serde_yaml knows, shifted by `line_offset` lines (front matter
    /// starts below the article's first line).
    pub fn yaml(path: impl Into<PathBuf>, err: &serde_yaml::Error, line_offset: usize) -> Self {
        let location = err.location().map(|l| (l.line() + line_offset, l.column()));
        // serde_yaml appends " at line L column C" to some messages; the location is printed
        // before the message instead, as `file:line:col`.
        let mut message = err.to_string();
        if let Some(i) = message.find(" at line ") {
            message.truncate(i);
        }
        Error::Yaml {
            path: path.into(),
            location,
            message,
        }
    }
}
