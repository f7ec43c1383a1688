//! The command line, in two phases: `args` is what clap parses (syntax only), `settings`
//! turns it once into the values a run reads (files listed, rules loaded, format, palette …).
//! [`run`] then calls the [`crate::pipeline`] and writes its report.
//!
//! Exit codes are a contract: 0 nothing at or above `--fail-on`, 1 something is, 2 a usage,
//! input or rule error. A closed pipe (`claimdiff … | head`) ends the run cleanly with 0. The
//! binary exits with 130 when interrupted (Ctrl-C, SIGTERM, SIGHUP), after removing an
//! unfinished report file ([`remove_unfinished`]).

use std::ffi::OsString;
use std::io::Write;
use std::path::Path;

use clap::{CommandFactory, Parser};

use crate::error::{Error, Result, Usage, Warning};
use crate::gate;
use crate::pipeline::{self, Progress};
use crate::report::{self, CheckReport, Shown};
use crate::rules::RuleSet;

mod args;
mod batch;
mod output;
mod progress;
mod settings;
mod stream;

pub use output::remove_unfinished;
use output::with_output;
pub use progress::{Bar, MANY_ARTICLES};

use args::{Cli, SchemaOutput};
use settings::{CheckSettings, Gate, StorySettings, Task};

/// Environment facts the binary observes; passed in so the library does not probe them.
#[derive(Clone, Copy, Default)]
pub struct Environment<'a> {
    /// Standard output is a terminal.
    pub stdout_is_terminal: bool,
    /// Colour is unwanted: `NO_COLOR` is set to a non-empty value, or `TERM` is `dumb`.
    pub no_color: bool,
    /// The terminal's width in columns, when standard output is a terminal.
    pub width: Option<usize>,
    /// Where reading progress is shown, when standard error is a terminal (a [`Bar`]); used
    /// for a story of more than [`MANY_ARTICLES`], never in a quiet run.
    pub progress: Option<&'a dyn Progress>,
}

impl std::fmt::Debug for Environment<'_> {
    fn fmt(&self, f: &mut std::fmt::Formatter<'_>) -> std::fmt::Result {
        f.debug_struct("Environment")
            .field("stdout_is_terminal", &self.stdout_is_terminal)
            .field("no_color", &self.no_color)
            .field("width", &self.width)
            .field("progress", &self.progress.is_some())
            .finish()
    }
}

/// Runs claimdiff with `args` (the first is the program name) and returns the exit code.
pub fn run(
    args: impl IntoIterator<Item = OsString>,
    env: Environment<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    run_with(args, env, out, err, Release::Free)
}

/// [`run`] for a process that exits as soon as it returns: the check report, the run's largest
/// value, is left to the operating system instead of freed piece by piece (a story of thousands
/// of articles holds millions of small allocations, and freeing them costs several percent of
/// the run). Everything else is freed as in [`run`].
pub fn run_then_exit(
    args: impl IntoIterator<Item = OsString>,
    env: Environment<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    run_with(args, env, out, err, Release::Leave)
}

/// What becomes of the check report and the rule set once the report is written.
#[derive(Clone, Copy)]
enum Release {
    /// Dropped normally.
    Free,
    /// Forgotten ([`std::mem::forget`]): only for a process about to exit.
    Leave,
}

fn run_with(
    args: impl IntoIterator<Item = OsString>,
    env: Environment<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    release: Release,
) -> i32 {
    // Standard error carries file names, YAML values and article text, and no colour of its
    // own: every control character in it is shown escaped.
    let mut err = report::Escaping::new(err);
    let code = run_escaped(args, env, out, &mut err, release);
    let _ = err.flush();
    code
}

/// [`run_with`], with standard error escaped.
fn run_escaped(
    args: impl IntoIterator<Item = OsString>,
    env: Environment<'_>,
    out: &mut dyn Write,
    err: &mut dyn Write,
    release: Release,
) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        // `--help` and `--version` are what was asked for: standard output, exit 0. A usage
        // error is a message: standard error, exit 2.
        Err(e) if !e.use_stderr() => {
            return match write!(out, "{}", e.render()) {
                Err(e) if e.kind() != std::io::ErrorKind::BrokenPipe => {
                    let _ = writeln!(err, "claimdiff: error: {}", Error::Write(e));
                    2
                }
                _ => 0,
            };
        }
        Err(e) => {
            let _ = write!(err, "{}", e.render());
            return 2;
        }
    };
    // Quiet: the report and every note (warnings, what --bless wrote, what --expect found)
    // go nowhere; errors still reach standard error. A report file is still written.
    let mut no_report = std::io::sink();
    let out: &mut dyn Write = if cli.quiet { &mut no_report } else { out };
    let mut messages = Messages::new(err, cli.quiet);
    let progress = env.progress.filter(|_| !cli.quiet);
    let result = Task::new(cli, env)
        .and_then(|task| execute(task, out, &mut messages, Edge { release, progress }));
    match result {
        Ok(code) => code,
        Err(Error::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(messages.errors(), "claimdiff: error: {e}");
            2
        }
    }
}

/// Standard error as a run writes to it: errors always, notes (warnings, what `--bless` wrote,
/// what `--expect` found) unless the run is quiet.
pub(super) struct Messages<'a> {
    err: &'a mut dyn Write,
    quiet: bool,
    nowhere: std::io::Sink,
}

impl<'a> Messages<'a> {
    fn new(err: &'a mut dyn Write, quiet: bool) -> Self {
        Messages {
            err,
            quiet,
            nowhere: std::io::sink(),
        }
    }

    /// Where errors go: standard error.
    pub(super) fn errors(&mut self) -> &mut dyn Write {
        &mut *self.err
    }

    /// Where notes go: standard error, or nowhere when quiet.
    pub(super) fn notes(&mut self) -> &mut dyn Write {
        if self.quiet {
            &mut self.nowhere
        } else {
            &mut *self.err
        }
    }
}

/// What the binary's edge gives a run besides its streams.
#[derive(Clone, Copy)]
struct Edge<'a> {
    /// What becomes of the check report.
    release: Release,
    /// The progress display, unless the run is quiet or standard error is no terminal.
    progress: Option<&'a dyn Progress>,
}

impl<'a> Edge<'a> {
    /// The progress display for a story of `articles`: only a long one gets it.
    fn progress(self, articles: usize) -> Option<&'a dyn Progress> {
        self.progress.filter(|_| articles > MANY_ARTICLES)
    }
}

fn execute(
    task: Task,
    out: &mut dyn Write,
    messages: &mut Messages<'_>,
    edge: Edge<'_>,
) -> Result<i32> {
    match task {
        Task::Check(settings) => check(settings, out, messages.notes(), edge),
        Task::Batch(settings) => batch::run(settings, out, messages),
        Task::Claims(settings) => claims(settings, out, messages.notes(), edge),
        Task::Map(settings) => stream::run_map(settings, out, messages),
        Task::Reduce(settings) => stream::run_reduce(settings, out, messages),
        Task::Text(settings) => text(settings, out, messages.notes()),
        Task::Explain(topic) => explain(topic.as_deref(), out),
        Task::Completions(shell) => {
            // Generated whole, then written: the generator panics on a write error, and a
            // closed pipe is no error.
            let mut script = Vec::new();
            clap_complete::generate(shell, &mut Cli::command(), "claimdiff", &mut script);
            out.write_all(&script).map_err(Error::Write)?;
            Ok(0)
        }
        Task::Man => {
            clap_mangen::Man::new(Cli::command())
                .render(out)
                .map_err(Error::Write)?;
            Ok(0)
        }
        Task::Schema(output) => {
            let schema = match output {
                SchemaOutput::Check => report::check_schema(),
                SchemaOutput::Claims => report::claims_schema(),
                SchemaOutput::Digest => crate::digest::schema(),
                SchemaOutput::StoryReport => crate::stream::story_report_schema(),
            };
            serde_json::to_writer_pretty(&mut *out, &schema).map_err(|e| Error::Write(e.into()))?;
            writeln!(out).map_err(Error::Write)?;
            Ok(0)
        }
        Task::ValidateRules(files) => {
            for f in &files {
                RuleSet::load(std::slice::from_ref(f))?;
                writeln!(out, "{}: ok", Shown(f.display())).map_err(Error::Write)?;
            }
            Ok(0)
        }
    }
}

/// A measure id as typed on the command line: "vote-share" and "Vote_Share" are `vote_share`.
fn measure_id(name: &str) -> String {
    name.trim().replace('-', "_").to_lowercase()
}

/// `claimdiff explain [TOPIC]`: one topic's text, or the list of topics.
fn explain(topic: Option<&str>, out: &mut dyn Write) -> Result<i32> {
    let list = || {
        crate::explain::TOPICS
            .iter()
            .map(|t| format!("  {:<15} {}", t.name, t.summary))
            .collect::<Vec<_>>()
            .join("\n")
    };
    match topic {
        None => writeln!(out, "Topics:\n{}", list()).map_err(Error::Write)?,
        Some(name) => {
            if let Some(t) = crate::explain::topic(name) {
                writeln!(out, "{}: {}\n\n{}", t.name, t.summary, t.text).map_err(Error::Write)?;
                return Ok(0);
            }
            // A measure of the default rules explains itself.
            let rules = RuleSet::load(&[])?;
            match rules.measure(&measure_id(name)) {
                Some(m) => {
                    write!(out, "{}", crate::explain::measure_text(m)).map_err(Error::Write)?
                }
                None => {
                    let name = name.to_string();
                    return Err(Error::Usage(Usage::NoTopic {
                        name,
                        topics: list(),
                    }));
                }
            }
        }
    }
    Ok(0)
}

fn check(
    settings: CheckSettings,
    out: &mut dyn Write,
    err: &mut dyn Write,
    edge: Edge<'_>,
) -> Result<i32> {
    let CheckSettings {
        story,
        options,
        gate,
        named,
    } = settings;
    let StorySettings {
        files,
        rules,
        format,
        output,
        jobs,
        ..
    } = story;
    let progress = edge.progress(files.files().len());
    let report = pipeline::check_with(files, &rules, jobs, progress)?;
    let written = Written {
        format,
        options,
        output: output.as_deref(),
        named: &named,
    };
    let code = finish_check(&report, written, gate, out, err);
    if let Release::Leave = edge.release {
        std::mem::forget(report);
        // Freeing the rule set's thousands of words was about 2 % of a small story's run.
        std::mem::forget(rules);
    }
    code
}

/// How and where a check report is written.
struct Written<'a> {
    format: report::Format,
    options: report::CheckOptions,
    output: Option<&'a Path>,
    /// The story as named on the command line, for messages.
    named: &'a str,
}

/// Writes the check report and applies the gate; the exit code.
fn finish_check(
    report: &CheckReport,
    written: Written<'_>,
    gate: Gate,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32> {
    let Written {
        format,
        options,
        output,
        named,
    } = written;
    write_warnings(&report.warnings, err)?;
    with_output(output, out, |w| match format {
        // SARIF's paths are relative to the directory the run is in, which it records.
        report::Format::Sarif => {
            let root = std::env::current_dir().ok();
            report::write_check_sarif_at(report, root.as_deref(), w)
        }
        _ => report::write_check(report, format, options, w),
    })?;
    match gate {
        Gate::FailOn => {
            let failed = options
                .fail_on
                .zip(report.worst())
                .is_some_and(|(t, w)| w.at_least(t));
            Ok(i32::from(failed))
        }
        Gate::Bless(path) => bless(report, &path, named, err),
        Gate::Expect(path) => expect(report, &path, err),
    }
}

/// `--bless`: writes the expectation file from this run.
fn bless(report: &CheckReport, path: &Path, named: &str, err: &mut dyn Write) -> Result<i32> {
    let rendered = gate::render(report, named);
    output::write_file(path, |w| w.write_all(rendered.as_bytes()))?;
    writeln!(
        err,
        "claimdiff: wrote {} ({} facts)",
        path.display(),
        report.facts.len()
    )
    .map_err(Error::Write)?;
    Ok(0)
}

/// `--expect`: 0 when every fact is as the expectation file says, else 1 and the changes.
fn expect(report: &CheckReport, path: &Path, err: &mut dyn Write) -> Result<i32> {
    let changes = gate::Expected::load(path)?.compare(report);
    if changes.is_empty() {
        writeln!(
            err,
            "claimdiff: all {} facts as expected in {}",
            report.facts.len(),
            path.display()
        )
        .map_err(Error::Write)?;
        return Ok(0);
    }
    writeln!(
        err,
        "claimdiff: {} fact{} changed against {}:",
        changes.len(),
        if changes.len() == 1 { "" } else { "s" },
        path.display()
    )
    .map_err(Error::Write)?;
    for c in &changes {
        writeln!(err, "  {c}").map_err(Error::Write)?;
    }
    Ok(1)
}

fn claims(
    settings: StorySettings,
    out: &mut dyn Write,
    err: &mut dyn Write,
    edge: Edge<'_>,
) -> Result<i32> {
    let progress = edge.progress(settings.files.files().len());
    let report = pipeline::claims_with(settings.files, &settings.rules, settings.jobs, progress)?;
    write_warnings(&report.warnings, err)?;
    with_output(settings.output.as_deref(), out, |w| {
        report::write_claims(&report, settings.format, settings.palette, w)
    })?;
    Ok(0)
}

/// `claimdiff text`: what was read from each article.
fn text(settings: StorySettings, out: &mut dyn Write, err: &mut dyn Write) -> Result<i32> {
    let report = pipeline::text(settings.files, &settings.rules, settings.jobs)?;
    write_warnings(&report.warnings, err)?;
    match settings.format {
        report::Format::Json => report::write_text_json(&report, out),
        _ => report::write_text_terminal(&report, out),
    }
    .map_err(Error::Write)?;
    Ok(0)
}

fn write_warnings(warnings: &[Warning], err: &mut dyn Write) -> Result<()> {
    for w in warnings {
        writeln!(
            err,
            "claimdiff: warning: {}: {}",
            w.path.display(),
            w.message
        )
        .map_err(Error::Write)?;
    }
    Ok(())
}
