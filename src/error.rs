//! Errors that stop a run, why an article is skipped, and warnings that do not stop anything.
//!
//! They stay structured until the binary prints them: every error names the file it is about
//! (and, for YAML, the line and column) and says what is wrong as a kind a caller can match on.
//! The text users see is each kind's `Display`.

use std::path::{Path, PathBuf};

use serde::Serialize;

mod line;
pub use line::{LineError, Stamp};

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
    /// An article or story is unusable for a reason other than I/O.
    #[error("{}: {kind}", path.display())]
    Input {
        /// The file or directory at fault.
        path: PathBuf,
        /// What is wrong.
        kind: InputError,
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
    /// A rule set decoded but says something impossible (an empty phrase, a reversed interval…).
    /// The checks run on the decoded values, which keep no position in the file: the key path
    /// says where (no line and column yet).
    #[error("{}: {}", path.display(), kind.at(key))]
    Rule {
        /// The rule file.
        path: PathBuf,
        /// The entry at fault, as a path of keys: `numbers.hedges[2].margin`.
        key: String,
        /// What is wrong with it (boxed: an error travels in every `Result` of a load).
        kind: Box<RuleError>,
    },
    /// The command line is well-formed but asks for something impossible.
    #[error("{0}")]
    Usage(Usage),
    /// Writing the report failed.
    #[error("writing the report: {0}")]
    Write(#[source] std::io::Error),
    /// A line of JSON Lines input that cannot be used: an article line of `claims --format
    /// jsonl --strict`, a digest line of `check --from-claims`.
    #[error("{}:{line}: {kind}", path.display())]
    Line {
        /// The input (`-` for standard input).
        path: PathBuf,
        /// The one-based line number.
        line: usize,
        /// What is wrong with it.
        kind: LineError,
    },
}

/// What is wrong with an article or a story ([`Error::Input`]).
#[derive(Debug, thiserror::Error)]
pub enum InputError {
    /// An article's bytes are not UTF-8 and `--strict` forbids guessing their encoding.
    #[error(
        "not valid UTF-8 (first bad byte at offset {offset}); convert the file to UTF-8 (without \
         --strict it is decoded, with a warning)"
    )]
    NotUtf8 {
        /// Byte offset of the first invalid sequence.
        offset: usize,
    },
    /// An article has no text after its front matter. A story skips such an article
    /// ([`SkipReason::Empty`]); an article built from text in memory fails with this.
    #[error("the article is empty (no text after the front matter)")]
    Empty,
    /// An article a story would skip, with `--strict`.
    #[error("{0} (an error with --strict; without it, skipped)")]
    Strict(SkipReason),
    /// Front matter opened on the first line is never closed.
    #[error("front matter opened with `---` on line 1 is never closed by a `---` line")]
    UnclosedFrontMatter,
    /// A `published:` value that is no date.
    #[error("`published: {value}` is not a date of the form YYYY-MM-DD ({reason})")]
    BadPublished {
        /// The value as written.
        value: String,
        /// Why it is no date.
        reason: String,
    },
    /// A path named on the command line that is a pipe, socket or device: it is not read
    /// (standard input is read as `-`).
    #[error("{kind}, not an article file; only regular files are read (standard input as `-`)")]
    NotRegular {
        /// What it is, in words.
        kind: &'static str,
    },
    /// A directory given with other paths.
    #[error("a directory must be the only path given")]
    DirectoryNotAlone,
    /// A manifest entry for a source that has no article file.
    #[error("source `{id}` has no article file in {}", dir.display())]
    OrphanManifestEntry {
        /// The source id.
        id: String,
        /// The story directory.
        dir: PathBuf,
    },
    /// Two article files with one stem.
    #[error("source id `{id}` is used by {} too; ids are file stems and must differ", other.display())]
    DuplicateId {
        /// The source id.
        id: String,
        /// The other file.
        other: PathBuf,
    },
    /// No article is left to compare; the warnings of the skipped files say why.
    #[error(
        "no articles found (articles are the non-hidden files other than .yaml, .yml, .json, \
         .jsonl, .sarif and .xml, and other than claimdiff's reports){}",
        skipped_list(skipped)
    )]
    NoArticles {
        /// The warnings about the files that were skipped.
        skipped: Vec<Warning>,
    },
    /// `--bless` without `--expect` for a story given as files.
    #[error("--bless needs --expect FILE when the story is not a directory")]
    BlessNeedsExpect,
}

fn skipped_list(skipped: &[Warning]) -> String {
    if skipped.is_empty() {
        return String::new();
    }
    let mut list = String::from("; every one was skipped:");
    for w in skipped {
        list.push_str(&format!("\n  {}: {}", w.path.display(), w.message));
    }
    list
}

/// What is wrong with an entry of a rule file ([`Error::Rule`]).
#[derive(Clone, Debug, PartialEq, thiserror::Error)]
pub enum RuleError {
    /// A `version` this build does not read.
    #[error("{found} is not supported (this build reads version {supported})")]
    UnsupportedVersion {
        /// The version the file declares.
        found: u32,
        /// The version this build reads.
        supported: u32,
    },
    /// A phrase that is empty once its spaces are collapsed.
    #[error("an empty phrase matches nothing")]
    EmptyPhrase,
    /// A word group without a name.
    #[error("a group needs a non-empty name")]
    EmptyGroupName,
    /// An entity without a name.
    #[error("an entity needs a non-empty name")]
    EmptyEntityName,
    /// One entity defined twice in one file.
    #[error("entity `{0}` is defined twice in this file")]
    EntityTwice(String),
    /// One written form given to two entities.
    #[error("`{form}` is a form of both `{first}` and `{second}`")]
    FormOfTwo {
        /// The form.
        form: String,
        /// The entity that had it first.
        first: String,
        /// The entity that claims it too.
        second: String,
    },
    /// A confusable set of fewer than two entities.
    #[error("a confusable set needs at least two entities")]
    ConfusableAlone,
    /// A confusable set naming no entity of the rule set.
    #[error("`{0}` is not an entity (define it under names.entities)")]
    NotAnEntity(String),
    /// A number outside the range the setting allows.
    #[error("{value} is not in {range}")]
    OutOfRange {
        /// The value as given (as text: a whole number above 2^53 has no exact `f64`).
        value: String,
        /// The allowed range, as the message writes it (`0..1`, `(0, 1]`).
        range: &'static str,
    },
    /// A pair of bounds out of order or out of range.
    #[error("[{}, {}] is not an ordered pair in {}..={}", pair.0, pair.1, range.0, range.1)]
    NotOrderedPair {
        /// The pair as given.
        pair: (i16, i16),
        /// The inclusive range both must lie in.
        range: (i16, i16),
    },
    /// A vague amount whose bounds make no interval.
    #[error("min/max do not make an interval")]
    NotAnInterval,
    /// A tolerance with a relative part outside 0..1 or a negative absolute part.
    #[error("relative must be in 0..1 and absolute at least 0")]
    BadTolerance,
    /// A hedge kind that needs a margin, given none.
    #[error("a hedge of this kind needs a `margin` (e.g. 0.1)")]
    MarginNeeded,
    /// A count that must be at least one.
    #[error("must be at least 1")]
    Zero,
    /// A scope phrase with a `#` word that is no slot.
    #[error("`{0}` is no slot (slots are #year, #month and #number)")]
    UnknownSlot(String),
    /// A measure id that is empty or holds a space or a slash (it becomes part of fact ids).
    #[error("`{0}` is no measure id (a word or words joined by `_` or `-`)")]
    BadMeasureId(String),
    /// A new measure without a setting it needs.
    #[error("a new measure needs `{0}`")]
    MeasureNeeds(&'static str),
    /// A measure's tolerance out of range, or given in points for a measure that is no
    /// percentage (or as `absolute` for one that is).
    #[error(
        "relative must be in 0..1 and absolute at least 0; a percentage gives `points`, any other class `absolute`"
    )]
    BadMeasureTolerance,
    /// `off` for a measure no earlier rule defines (a misspelt id would turn nothing off).
    #[error("no measure `{0}` to turn off (`all` turns every measure off)")]
    NoMeasureToTurnOff(String),
}

impl RuleError {
    /// The message for the entry at `key`: `key: what is wrong` (a version reads `version 3 is
    /// not supported …`).
    fn at(&self, key: &str) -> String {
        match self {
            RuleError::UnsupportedVersion { .. } => format!("{key} {self}"),
            _ => format!("{key}: {self}"),
        }
    }
}

/// Why an article file is not compared: the story goes on without it, with a warning (an error
/// with `--strict`).
#[derive(Debug, thiserror::Error)]
pub enum SkipReason {
    /// The file could not be opened or read (permissions).
    #[error("cannot be read ({0})")]
    Unreadable(std::io::Error),
    /// A symbolic link that cannot be followed (a loop, a dangling link).
    #[error("cannot follow the symbolic link ({0})")]
    Unfollowable(std::io::Error),
    /// Larger than the article limit.
    #[error(
        "{:.1} MB is over the {} MB limit for an article",
        *bytes as f64 / 1e6,
        limit / (1024 * 1024)
    )]
    TooLarge {
        /// The file's size, or how much of it was read before the limit.
        bytes: u64,
        /// The limit, in bytes.
        limit: u64,
    },
    /// A NUL byte: an image, a PDF, UTF-32…
    #[error("binary file (a NUL byte at offset {offset})")]
    Binary {
        /// Byte offset of the first NUL, in the file (or, after UTF-16 decoding, in the text).
        offset: usize,
    },
    /// No text after the front matter.
    #[error("empty (no text after the front matter)")]
    Empty,
    /// A report claimdiff wrote (the story folder is a common place for `--output`): read
    /// back, it would count as a source. Skipped with a warning even with `--strict`.
    #[error("a claimdiff report ({format}), not an article")]
    OwnReport {
        /// The report's format.
        format: &'static str,
    },
    /// A pipe, socket or device (or a link to one) in a story folder: opening it could block
    /// the run, or read without end.
    #[error("{kind}, not a regular file")]
    NotRegular {
        /// What it is, in words.
        kind: &'static str,
    },
    /// A web page in which no article text was found.
    #[error("a web page with no article text")]
    NoPageText,
    /// A web page whose elements nest deeper than the limit.
    #[error("a web page nested {depth} elements deep (the limit is {limit})")]
    TooDeep {
        /// The deepest nesting found.
        depth: usize,
        /// The limit ([`crate::ingest::MAX_DEPTH`]).
        limit: usize,
    },
}

/// What the command line asks that cannot be done ([`Error::Usage`]).
#[derive(Debug, thiserror::Error)]
pub enum Usage {
    /// A `check`-only format asked of `claims`.
    #[error("--format {0} applies to check only (claims writes terminal or json)")]
    CheckOnlyFormat(&'static str),
    /// `--bless` or `--expect` for a batch of stories.
    #[error("--bless and --expect gate one story; a batch of stories gates on --fail-on")]
    BatchGate,
    /// A format that holds one story asked of a batch.
    #[error("--format {0} holds one story; a batch of stories writes terminal or json")]
    BatchFormat(&'static str),
    /// `claims --format jsonl` given other than one input.
    #[error(
        "--format jsonl reads articles as JSON Lines from one input: `-` (standard input) or a \
         file"
    )]
    JsonlInput,
    /// `--from-claims` asked of `claims`, or with a format other than JSON Lines.
    #[error("--from-claims {0}")]
    FromClaims(&'static str),
    /// `--stories ROOT` with no story folder in it.
    #[error("no story folder in {0}")]
    NoStories(String),
    /// `--output` (or `--bless`) names a file the run reads (the same file under any name: a
    /// hard or symbolic link to it too).
    #[error(
        "{flag} {} is {}, an input of this run; claimdiff never overwrites what it reads",
        output.display(),
        input.display()
    )]
    OutputIsInput {
        /// The flag that names the file to write.
        flag: &'static str,
        /// The file it names.
        output: PathBuf,
        /// The input it is.
        input: PathBuf,
    },
    /// An `--output` file whose extension names no format, without `--format`.
    #[error(
        "--output {}: no report format is known by the extension `.{extension}`; name one with \
         --format, or name the file .json, .sarif, .md, .html, .xml (junit), .jsonld \
         (claimreview) or .txt (text)",
        output.display()
    )]
    UnknownExtension {
        /// The file `--output` names.
        output: PathBuf,
        /// Its extension, without the dot.
        extension: String,
    },
    /// `explain` of a topic that does not exist; `topics` is the list to show.
    #[error("no topic `{name}`; the topics are:\n{topics}")]
    NoTopic {
        /// The topic asked for.
        name: String,
        /// The topics, one per line.
        topics: String,
    },
}

/// A problem that does not stop the run, about one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Warning {
    /// The file it is about.
    #[serde(serialize_with = "lossy_path")]
    pub path: PathBuf,
    /// What is wrong, in one line.
    pub message: String,
}

/// Serializes a path as text, each sequence that is not UTF-8 replaced by U+FFFD (as
/// `Path::display` shows it): a report is written whole whatever the file names, where serde's
/// own serialization of a path fails halfway through the document. The source id keeps the
/// file apart (see `ingest`).
pub fn lossy_path<S: serde::Serializer>(path: &Path, serializer: S) -> Result<S::Ok, S::Error> {
    serializer.serialize_str(&path.to_string_lossy())
}

impl Error {
    /// An input error about `path`.
    pub fn input(path: impl Into<PathBuf>, kind: InputError) -> Self {
        Error::Input {
            path: path.into(),
            kind,
        }
    }

    /// A rule error about the entry at `key` of the rule file at `path`.
    pub fn rule(path: impl Into<PathBuf>, key: impl Into<String>, kind: RuleError) -> Self {
        Error::Rule {
            path: path.into(),
            key: key.into(),
            kind: Box::new(kind),
        }
    }

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

#[cfg(test)]
mod tests {
    use super::*;

    /// What users read for each rule error: `FILE: KEY: what is wrong`, word for word (the
    /// errors of names in the next test).
    #[test]
    fn version_and_phrase_rule_errors_read_as_file_key_and_what_is_wrong() {
        let cases = [
            (
                "version",
                RuleError::UnsupportedVersion {
                    found: 2,
                    supported: 1,
                },
                "r.yaml: version 2 is not supported (this build reads version 1)",
            ),
            (
                "events",
                RuleError::EmptyPhrase,
                "r.yaml: events: an empty phrase matches nothing",
            ),
            (
                "casualties.victims",
                RuleError::EmptyGroupName,
                "r.yaml: casualties.victims: a group needs a non-empty name",
            ),
        ];
        for (key, kind, message) in cases {
            assert_eq!(Error::rule("r.yaml", key, kind).to_string(), message);
        }
    }

    /// The same for the errors of names, numbers, dates, facts and quotes.
    #[test]
    fn name_and_number_rule_errors_read_as_file_key_and_what_is_wrong() {
        let cases = [
            (
                "names.entities[0]",
                RuleError::EmptyEntityName,
                "r.yaml: names.entities[0]: an entity needs a non-empty name",
            ),
            (
                "names.entities[1]",
                RuleError::EntityTwice("kidal".into()),
                "r.yaml: names.entities[1]: entity `kidal` is defined twice in this file",
            ),
            (
                "names.entities",
                RuleError::FormOfTwo {
                    form: "Nigerien".into(),
                    first: "Niger".into(),
                    second: "Niger Delta".into(),
                },
                "r.yaml: names.entities: `Nigerien` is a form of both `Niger` and `Niger Delta`",
            ),
            (
                "names.confusables[0]",
                RuleError::ConfusableAlone,
                "r.yaml: names.confusables[0]: a confusable set needs at least two entities",
            ),
            (
                "names.confusables[0]",
                RuleError::NotAnEntity("Nigeriaa".into()),
                "r.yaml: names.confusables[0]: `Nigeriaa` is not an entity (define it under \
                 names.entities)",
            ),
            (
                "quotes.min_overlap",
                RuleError::OutOfRange {
                    value: "1.5".into(),
                    range: "(0, 1]",
                },
                "r.yaml: quotes.min_overlap: 1.5 is not in (0, 1]",
            ),
            (
                "dates.parts.late.month_days",
                RuleError::NotOrderedPair {
                    pair: (20, 40),
                    range: (1, 31),
                },
                "r.yaml: dates.parts.late.month_days: [20, 40] is not an ordered pair in 1..=31",
            ),
            (
                "numbers.vague[0]",
                RuleError::NotAnInterval,
                "r.yaml: numbers.vague[0]: min/max do not make an interval",
            ),
            (
                "facts[quantity].tolerance",
                RuleError::BadTolerance,
                "r.yaml: facts[quantity].tolerance: relative must be in 0..1 and absolute at \
                 least 0",
            ),
            (
                "numbers.hedges[0]",
                RuleError::MarginNeeded,
                "r.yaml: numbers.hedges[0]: a hedge of this kind needs a `margin` (e.g. 0.1)",
            ),
            (
                "quotes.min_statement_words",
                RuleError::Zero,
                "r.yaml: quotes.min_statement_words: must be at least 1",
            ),
        ];
        for (key, kind, message) in cases {
            assert_eq!(Error::rule("r.yaml", key, kind).to_string(), message);
        }
    }
}
