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

use clap::Parser;

use crate::error::{Error, Result, Usage, Warning};
use crate::gate;
use crate::pipeline;
use crate::report::{self, CheckReport, Shown};
use crate::rules::RuleSet;

mod args;
mod batch;
mod output;
mod settings;

pub use output::remove_unfinished;
use output::with_output;

use args::{Cli, SchemaOutput};
use settings::{CheckSettings, Gate, StorySettings, Task};

/// Environment facts the binary observes; passed in so the library does not probe them.
#[derive(Clone, Copy, Debug, Default)]
pub struct Environment {
    /// Standard output is a terminal.
    pub stdout_is_terminal: bool,
    /// `NO_COLOR` is set to a non-empty value.
    pub no_color: bool,
    /// The terminal's width in columns, when standard output is a terminal.
    pub width: Option<usize>,
}

/// Runs claimdiff with `args` (the first is the program name) and returns the exit code.
pub fn run(
    args: impl IntoIterator<Item = OsString>,
    env: Environment,
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
    env: Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> i32 {
    run_with(args, env, out, err, Release::Leave)
}

/// What becomes of the check report once written.
#[derive(Clone, Copy)]
enum Release {
    /// Dropped normally.
    Free,
    /// Forgotten ([`std::mem::forget`]): only for a process about to exit.
    Leave,
}

fn run_with(
    args: impl IntoIterator<Item = OsString>,
    env: Environment,
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
    env: Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
    release: Release,
) -> i32 {
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = write!(err, "{}", e.render());
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    match Task::new(cli, env).and_then(|task| execute(task, out, err, release)) {
        Ok(code) => code,
        Err(Error::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(err, "claimdiff: error: {e}");
            2
        }
    }
}

fn execute(task: Task, out: &mut dyn Write, err: &mut dyn Write, release: Release) -> Result<i32> {
    match task {
        Task::Check(settings) => check(settings, out, err, release),
        Task::Batch(settings) => batch::run(settings, out, err),
        Task::Claims(settings) => claims(settings, out, err),
        Task::Text(settings) => text(settings, out, err),
        Task::Explain(topic) => explain(topic.as_deref(), out),
        Task::Schema(output) => {
            let schema = match output {
                SchemaOutput::Check => report::check_schema(),
                SchemaOutput::Claims => report::claims_schema(),
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
        Some(name) => match crate::explain::topic(name) {
            Some(t) => {
                writeln!(out, "{}: {}\n\n{}", t.name, t.summary, t.text).map_err(Error::Write)?
            }
            None => {
                let name = name.to_string();
                return Err(Error::Usage(Usage::NoTopic {
                    name,
                    topics: list(),
                }));
            }
        },
    }
    Ok(0)
}

fn check(
    settings: CheckSettings,
    out: &mut dyn Write,
    err: &mut dyn Write,
    release: Release,
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
    let report = pipeline::check(files, &rules, jobs)?;
    let written = Written {
        format,
        options,
        output: output.as_deref(),
        named: &named,
    };
    let code = finish_check(&report, written, gate, out, err);
    if let Release::Leave = release {
        std::mem::forget(report);
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
    with_output(output, out, |w| {
        report::write_check(report, format, options, w)
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

fn claims(settings: StorySettings, out: &mut dyn Write, err: &mut dyn Write) -> Result<i32> {
    let report = pipeline::claims(settings.files, &settings.rules, settings.jobs)?;
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
