//! The reduce stage: digest lines of one or many stories in, one `check` report per story out.
//!
//! Lines may come in any order and stories interleaved (an engine's shuffle promises neither):
//! each story's digests are gathered, put in the order `check` reads a story's files (by source
//! id, numbers by value), and compared as `check` compares them, so the report is the one
//! `check` gives on the story's files. Stories are reported in the order of their keys, so the
//! output does not depend on the order of the input either.

use std::collections::BTreeMap;
use std::io::{BufRead, Write};
use std::path::Path;

use serde::Serialize;

use super::{MAX_LINE_BYTES, next_line};
use crate::digest::{DIGEST_VERSION, DigestLine, ReadLine, read_line};
use crate::error::{Error, InputError, LineError, Result, Stamp};
use crate::ingest::Source;
use crate::pipeline::compare_story;
use crate::report::CheckReport;
use crate::rules::RuleSet;

/// A story's report as a line of `check --from-claims` output: the story key, then the
/// document `check --format json` writes for the story.
#[derive(Serialize, schemars::JsonSchema)]
pub struct StoryReport<'a> {
    /// The story key of the digests compared.
    pub story: &'a str,
    /// The report.
    #[serde(flatten)]
    pub report: &'a CheckReport,
}

impl StoryReport<'_> {
    /// Writes the line, with its line break.
    pub fn write(&self, out: &mut dyn Write) -> std::io::Result<()> {
        let mut buffered = std::io::BufWriter::with_capacity(64 * 1024, out);
        serde_json::to_writer(&mut buffered, self)?;
        writeln!(buffered)?;
        buffered.flush()
    }
}

/// The JSON Schema of a line of `check --from-claims` output.
pub fn story_report_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(StoryReport<'static>)).unwrap_or_default()
}

/// How many stories and articles the reduce stage read, and how many error lines of the map
/// stage it passed over.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct ReduceCounts {
    /// Stories.
    pub stories: usize,
    /// Articles (digest lines).
    pub articles: usize,
    /// Error lines: input lines the map stage could not read.
    pub errors: usize,
}

/// Reads digest lines from `input` (named `path` in messages) and hands `emit` each story's
/// key and report, or the error that keeps it from being compared (two articles with one id),
/// in the order of the keys. A line that is not a digest line, or whose stamp differs from
/// the others' or from `rules`, stops the run before any report.
pub fn reduce(
    mut input: impl BufRead,
    path: &Path,
    rules: &RuleSet,
    mut emit: impl FnMut(&str, Result<CheckReport>) -> Result<()>,
) -> Result<ReduceCounts> {
    let run = Stamp {
        schema_version: DIGEST_VERSION,
        rules: rules.fingerprint().to_string(),
    };
    let mut first: Option<(Stamp, usize)> = None;
    let mut stories: BTreeMap<String, Vec<DigestLine>> = BTreeMap::new();
    let mut counts = ReduceCounts::default();
    let mut number = 0;
    let io = |source| Error::Io {
        path: path.to_path_buf(),
        source,
    };
    while let Some(text) = next_line(&mut input, MAX_LINE_BYTES).map_err(io)? {
        number += 1;
        let at = |kind| Error::Line {
            path: path.to_path_buf(),
            line: number,
            kind,
        };
        let text = text.map_err(at)?;
        if text.trim().is_empty() {
            continue;
        }
        let (stamp, read) = read_line(&text).map_err(at)?;
        match &first {
            Some((f, line)) if *f != stamp => {
                return Err(at(LineError::Mixed {
                    first: f.clone(),
                    first_line: *line,
                    found: stamp,
                }));
            }
            Some(_) => {}
            None if stamp != run => {
                return Err(at(LineError::OtherRules { found: stamp, run }));
            }
            None => first = Some((stamp, number)),
        }
        match read {
            ReadLine::Digest(line) => {
                counts.articles += 1;
                stories.entry(line.story.clone()).or_default().push(*line);
            }
            ReadLine::Error(..) => counts.errors += 1,
        }
    }
    counts.stories = stories.len();
    for (story, lines) in stories {
        emit(&story, story_report(lines, rules))?;
    }
    Ok(counts)
}

/// One story's digest lines compared as `check` compares its files: the articles by source id,
/// the warnings of their reading first, in the order of their files.
fn story_report(mut lines: Vec<DigestLine>, rules: &RuleSet) -> Result<CheckReport> {
    lines.sort_by(|a, b| {
        let (a, b) = (a.digest.id(), b.digest.id());
        alphanumeric_sort::compare_str(a, b).then_with(|| a.cmp(b))
    });
    for pair in lines.windows(2) {
        if pair[0].digest.id == pair[1].digest.id {
            let kind = InputError::DuplicateId {
                id: pair[1].digest.id.clone(),
                other: pair[0].digest.path.clone(),
            };
            return Err(Error::input(&pair[1].digest.path, kind));
        }
    }
    let mut by_file: Vec<(&Path, usize)> = (lines.iter().enumerate())
        .map(|(i, l)| (l.digest.path.as_path(), i))
        .collect();
    by_file.sort();
    let warnings = (by_file.iter())
        .flat_map(|&(_, i)| lines[i].warnings.iter().cloned())
        .collect();
    let articles = lines.into_iter().map(|l| l.digest).collect();
    Ok(compare_story(articles, warnings, rules))
}
