//! The command line of the engine stages ([`crate::stream`]): `claims --format jsonl`, the map
//! stage, and `check --from-claims`, the reduce stage. Each reads one input (a file, or `-`
//! for standard input) and writes JSON Lines to standard output or `--output`.

use std::io::{BufRead, BufReader, Write};
use std::num::NonZeroUsize;
use std::path::PathBuf;

use super::args::{CheckArgs, StoryArgs};
use super::output::{refuse_inputs, with_output};
use super::{Messages, write_warnings};
use crate::error::{Error, Result, Usage};
use crate::ingest::{LoadOptions, STDIN};
use crate::report::{CheckOptions, Format};
use crate::rules::RuleSet;
use crate::stream::{self, MapOptions, StoryReport};

/// `claims --format jsonl`'s settings.
pub(super) struct MapSettings {
    /// The articles' JSON Lines: a file, or `-`.
    input: PathBuf,
    /// Defaults, then each `--rules` file.
    rules: RuleSet,
    /// The file the digests go to, or `None` for standard output.
    output: Option<PathBuf>,
    /// Worker threads.
    jobs: Option<NonZeroUsize>,
    /// Abort on the first line that cannot be read.
    strict: bool,
}

/// `check --from-claims`' settings.
pub(super) struct ReduceSettings {
    /// The digest lines: a file, or `-`.
    input: PathBuf,
    /// Defaults, then each `--rules` file: the digests' rules.
    rules: RuleSet,
    /// The file the reports go to, or `None` for standard output.
    output: Option<PathBuf>,
    /// The `--fail-on` threshold among them.
    options: CheckOptions,
}

impl MapSettings {
    /// `claims --format jsonl`: one input, the rules, where the digests go.
    pub(super) fn new(args: StoryArgs) -> Result<MapSettings> {
        let [input] = args.paths.as_slice() else {
            return Err(Error::Usage(Usage::JsonlInput));
        };
        let mut inputs = args.rules.clone();
        inputs.extend(Some(input.clone()).filter(|p| p.as_os_str() != STDIN));
        refuse_inputs("--output", args.output.as_deref(), &inputs)?;
        Ok(MapSettings {
            input: input.clone(),
            rules: RuleSet::load(&args.rules)?,
            output: args.output,
            jobs: args.jobs,
            strict: args.strict,
        })
    }
}

impl ReduceSettings {
    /// `check --from-claims`; `options` are the report options its flags give.
    pub(super) fn new(args: CheckArgs, options: CheckOptions) -> Result<ReduceSettings> {
        if args.bless || args.expect.is_some() {
            return Err(Error::Usage(Usage::BatchGate));
        }
        if args
            .story
            .format
            .is_some_and(|f| !matches!(f, Format::Json | Format::Jsonl))
        {
            return Err(Error::Usage(Usage::FromClaims(
                "writes JSON Lines, one report per story: --format json or jsonl",
            )));
        }
        let input = args.story.from_claims.unwrap_or_default();
        let mut inputs = args.story.rules.clone();
        inputs.extend(Some(input.clone()).filter(|p| p.as_os_str() != STDIN));
        refuse_inputs("--output", args.story.output.as_deref(), &inputs)?;
        Ok(ReduceSettings {
            input,
            rules: RuleSet::load(&args.story.rules)?,
            output: args.story.output,
            options,
        })
    }
}

/// Opens the input: standard input for `-`, else the file.
fn open(path: &PathBuf) -> Result<Box<dyn BufRead + Send>> {
    if path.as_os_str() == STDIN {
        return Ok(Box::new(BufReader::new(std::io::stdin())));
    }
    let file = std::fs::File::open(path).map_err(|source| Error::Io {
        path: path.clone(),
        source,
    })?;
    Ok(Box::new(BufReader::with_capacity(256 * 1024, file)))
}

/// Runs `write` through [`with_output`], keeping an error of the run (not of the writing) as
/// itself rather than as a write error.
fn with_output_and(
    output: Option<&std::path::Path>,
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> Result<()>,
) -> Result<()> {
    let mut failed = None;
    let written = with_output(output, out, |w| match write(w) {
        Ok(()) => Ok(()),
        Err(Error::Write(e)) => Err(e),
        Err(e) => {
            failed = Some(e);
            Err(std::io::Error::other("the run failed"))
        }
    });
    match failed {
        Some(e) => Err(e),
        None => written,
    }
}

/// The map stage: a digest line per article, an error line per line that cannot be read (an
/// error with `--strict`), and the count of those on standard error. Exit 0.
pub(super) fn run_map(
    settings: MapSettings,
    out: &mut dyn Write,
    messages: &mut Messages<'_>,
) -> Result<i32> {
    let input = open(&settings.input)?;
    let options = MapOptions {
        jobs: settings.jobs,
        load: LoadOptions {
            strict: settings.strict,
        },
    };
    let rules = &settings.rules;
    let stamp = rules.fingerprint();
    let mut counts = stream::MapCounts::default();
    with_output_and(settings.output.as_deref(), out, |w| {
        counts = stream::map(input, rules, options, |line, done| {
            let text = match done {
                Ok(text) => text,
                Err(kind) if settings.strict => {
                    let path = settings.input.clone();
                    return Err(Error::Line { path, line, kind });
                }
                Err(e) => crate::digest::write_error(line, &e, stamp),
            };
            w.write_all(text.as_bytes())
                .and_then(|()| w.write_all(b"\n"))
                .map_err(Error::Write)
        })?;
        Ok(())
    })?;
    if counts.errors > 0 {
        let total = counts.errors + counts.articles;
        writeln!(
            messages.notes(),
            "claimdiff: {} of {total} lines of {} could not be read (error lines in the output)",
            counts.errors,
            settings.input.display()
        )
        .map_err(Error::Write)?;
    }
    Ok(0)
}

/// The reduce stage: a report line per story; the exit code is the worst of the stories', as
/// for a batch (2 when one could not be compared, else 1 when one fails `--fail-on`).
pub(super) fn run_reduce(
    settings: ReduceSettings,
    out: &mut dyn Write,
    messages: &mut Messages<'_>,
) -> Result<i32> {
    let input = open(&settings.input)?;
    let mut worst = 0;
    let fail_on = settings.options.fail_on;
    let mut skipped = 0;
    with_output_and(settings.output.as_deref(), out, |w| {
        let counts = stream::reduce(input, &settings.input, &settings.rules, |story, report| {
            let report = match report {
                Ok(report) => report,
                Err(e) => {
                    writeln!(messages.errors(), "claimdiff: error: story {story}: {e}")
                        .map_err(Error::Write)?;
                    worst = 2;
                    return Ok(());
                }
            };
            write_warnings(&report.warnings, messages.notes())?;
            StoryReport {
                story,
                report: &report,
            }
            .write(w)
            .map_err(Error::Write)?;
            let failed = fail_on
                .zip(report.worst())
                .is_some_and(|(t, v)| v.at_least(t));
            worst = worst.max(i32::from(failed));
            Ok(())
        })?;
        skipped = counts.errors;
        Ok(())
    })?;
    if skipped > 0 {
        writeln!(
            messages.notes(),
            "claimdiff: {skipped} error lines of the map stage passed over (articles it could not read)"
        )
        .map_err(Error::Write)?;
    }
    Ok(worst)
}
