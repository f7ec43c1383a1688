//! `check` of several stories in one run: each directory a story, read, compared and reported
//! in turn with rules loaded once (a story with its own `rules.yaml` gets the defaults, that
//! file and `--rules`). The terminal form gives a section per story under its name; JSON is
//! JSON Lines, one story's document per line, each the document a run on that story alone
//! writes. A story that cannot be compared (no article left, a broken front matter) is an
//! error on standard error, and the others are still compared. The exit code is the worst of
//! the stories': 2 when one failed, else 1 when one has a verdict at or above `--fail-on`.

use std::io::Write;
use std::path::Path;

use super::settings::BatchSettings;
use super::{Messages, with_output, write_warnings};
use crate::error::{Error, Result};
use crate::ingest::{STORY_RULES, StoryFiles};
use crate::pipeline;
use crate::report::{self, CheckReport, Format};
use crate::rules::RuleSet;

/// Runs the batch; the exit code.
pub(super) fn run(
    settings: BatchSettings,
    out: &mut dyn Write,
    messages: &mut Messages<'_>,
) -> Result<i32> {
    let mut worst = 0;
    let output = settings.output.clone();
    with_output(output.as_deref(), out, |w| {
        for (i, dir) in settings.stories.iter().enumerate() {
            let code = match story(&settings, dir, i, w, messages.notes()) {
                Ok(code) => code,
                Err(Error::Write(e)) => return Err(e),
                Err(e) => {
                    writeln!(messages.errors(), "claimdiff: error: {e}")?;
                    2
                }
            };
            worst = worst.max(code);
        }
        Ok(())
    })?;
    Ok(worst)
}

/// Compares one story of the batch and writes its report (the `i`-th); its exit code.
fn story(
    settings: &BatchSettings,
    dir: &Path,
    i: usize,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32> {
    let files = StoryFiles::list(std::slice::from_ref(&dir.to_path_buf()), settings.load)?;
    let own = dir.join(STORY_RULES);
    let report = if own.is_file() {
        let mut rule_files = vec![own];
        rule_files.extend(settings.extra_rules.iter().cloned());
        let rules = RuleSet::load(&rule_files)?;
        pipeline::check(files, &rules, settings.jobs)?
    } else {
        pipeline::check(files, &settings.rules, settings.jobs)?
    };
    write_warnings(&report.warnings, err)?;
    write(settings, &report, dir, i, out).map_err(Error::Write)?;
    let failed = settings
        .options
        .fail_on
        .zip(report.worst())
        .is_some_and(|(t, w)| w.at_least(t));
    Ok(i32::from(failed))
}

/// One story's report: a JSON line, or a terminal section under the story's name.
fn write(
    settings: &BatchSettings,
    report: &CheckReport,
    dir: &Path,
    i: usize,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match settings.format {
        Format::Json => report::write_check_json_line(report, out),
        _ => {
            if i > 0 {
                writeln!(out)?;
            }
            writeln!(out, "== {} ==", report::Shown(dir.display()))?;
            report::write_check(report, settings.format, settings.options, out)
        }
    }
}
