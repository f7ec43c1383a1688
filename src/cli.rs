//! The command line: clap structs (syntax only), then [`run`], which builds the rule set and
//! the story, runs the pipeline and hands the result to a reporter.
//!
//! Exit codes are a contract: 0 nothing at or above `--fail-on`, 1 something is, 2 a usage,
//! input or rule error. A closed pipe (`claimdiff … | head`) ends the run cleanly with 0.

use std::ffi::OsString;
use std::io::Write;
use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::compare::Verdict;
use crate::error::{Error, Result};
use crate::gate;
use crate::ingest::{Story, Warning};
use crate::report::{self, ClaimsReport, Format, SourceClaims, SourceInfo};
use crate::rules::RuleSet;

mod pipeline;

pub use pipeline::compare_claims;
use pipeline::{Keep, claim_warnings, load};

/// Compare news articles about one story, claim by claim.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, about, long_about = None)]
struct Cli {
    #[command(subcommand)]
    command: Command,
    /// When to colour the output.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    color: ColorChoice,
}

#[derive(Debug, Subcommand)]
enum Command {
    /// Compare the articles of a story fact by fact.
    Check(CheckArgs),
    /// List the claims extracted from articles.
    Claims(ClaimsArgs),
    /// Work with rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Print the JSON Schema of the `check` or `claims` JSON output.
    Schema {
        /// Which output.
        #[arg(value_enum)]
        output: SchemaOutput,
    },
    /// Explain a fact kind or a verdict: what it is, why it matters, an example.
    Explain {
        /// A fact kind (casualty_count, quantity, date, name, affiliation, quote) or a verdict
        /// (agree, conflict, variant, single_source); without one, list them.
        topic: Option<String>,
    },
}

#[derive(Debug, Args)]
struct StoryArgs {
    /// A story directory, or article files.
    #[arg(required = true)]
    paths: Vec<PathBuf>,
    /// Extra rule files, applied after the defaults and the story's rules.yaml.
    #[arg(long = "rules", value_name = "FILE")]
    rules: Vec<PathBuf>,
    /// Output format [default: html when --output ends in .html, else terminal].
    #[arg(long, value_enum)]
    format: Option<Format>,
    /// Write the report to FILE instead of standard output (written whole, then renamed into
    /// place, so a reader never sees half a report).
    #[arg(short, long, value_name = "FILE")]
    output: Option<PathBuf>,
    /// Fail (exit 2) on an article that would be skipped (binary, empty, unreadable, too large)
    /// or whose encoding would be guessed, instead of warning and comparing the others.
    #[arg(long)]
    strict: bool,
    /// Extract articles on N threads [default: all cores]; 1 runs on this thread alone.
    #[arg(short, long, value_name = "N", value_parser = parse_jobs)]
    jobs: Option<NonZeroUsize>,
}

/// `--jobs`: a whole number of 1 or more (0 threads cannot extract anything).
fn parse_jobs(s: &str) -> std::result::Result<NonZeroUsize, String> {
    s.parse::<NonZeroUsize>()
        .map_err(|_| "must be a whole number of 1 or more".to_string())
}

impl StoryArgs {
    /// `--format`, or, without it, HTML for an `--output` file named `*.html` or `*.htm` (a report
    /// written there is meant for a browser), else terminal.
    fn format(&self) -> Format {
        let html_file = self
            .output
            .as_ref()
            .and_then(|p| p.extension())
            .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
        match self.format {
            Some(format) => format,
            None if html_file => Format::Html,
            None => Format::Terminal,
        }
    }
}

#[derive(Debug, Args)]
struct CheckArgs {
    #[command(flatten)]
    story: StoryArgs,
    /// Exit with 1 when a fact has this verdict or a more severe one.
    #[arg(long, value_enum, default_value_t = FailOn::Conflict)]
    fail_on: FailOn,
    /// Show the evidence sentence of every fact, not only of conflicts.
    #[arg(short, long)]
    verbose: bool,
    /// Compare each fact's verdict with this expectation file; the exit code is then 0 when all
    /// are as expected (known conflicts included) and 1 when any changed.
    #[arg(long, value_name = "FILE")]
    expect: Option<PathBuf>,
    /// Write the expectation file (the --expect FILE, else STORY/expected.yaml) from this run.
    #[arg(long)]
    bless: bool,
}

#[derive(Debug, Args)]
struct ClaimsArgs {
    #[command(flatten)]
    story: StoryArgs,
}

#[derive(Debug, Subcommand)]
enum RulesCommand {
    /// Validate rule files (each applied on top of the defaults) without running anything.
    Check {
        /// Rule files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum SchemaOutput {
    Check,
    Claims,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
enum FailOn {
    Conflict,
    Variant,
    #[value(name = "single_source", alias = "single-source")]
    SingleSource,
    Never,
}

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
    let cli = match Cli::try_parse_from(args) {
        Ok(cli) => cli,
        Err(e) => {
            let _ = write!(err, "{}", e.render());
            return if e.use_stderr() { 2 } else { 0 };
        }
    };
    let color = match cli.color {
        ColorChoice::Always => true,
        ColorChoice::Never => false,
        ColorChoice::Auto => env.stdout_is_terminal && !env.no_color,
    };
    colored::control::set_override(color);
    match execute(cli.command, env, out, err) {
        Ok(code) => code,
        Err(Error::Write(e)) if e.kind() == std::io::ErrorKind::BrokenPipe => 0,
        Err(e) => {
            let _ = writeln!(err, "claimdiff: error: {e}");
            2
        }
    }
}

fn execute(
    command: Command,
    env: Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32> {
    match command {
        Command::Check(args) => check(args, env, out, err),
        Command::Claims(args) => claims(args, out, err),
        Command::Explain { topic } => explain(topic.as_deref(), out),
        Command::Schema { output } => {
            let schema = match output {
                SchemaOutput::Check => report::check_schema(),
                SchemaOutput::Claims => report::claims_schema(),
            };
            serde_json::to_writer_pretty(&mut *out, &schema).map_err(|e| Error::Write(e.into()))?;
            writeln!(out).map_err(Error::Write)?;
            Ok(0)
        }
        Command::Rules(RulesCommand::Check { files }) => {
            for f in &files {
                RuleSet::load(std::slice::from_ref(f))?;
                writeln!(out, "{}: ok", f.display()).map_err(Error::Write)?;
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
                return Err(Error::Usage(format!(
                    "no topic `{name}`; the topics are:\n{}",
                    list()
                )));
            }
        },
    }
    Ok(0)
}

fn check(
    args: CheckArgs,
    env: Environment,
    out: &mut dyn Write,
    err: &mut dyn Write,
) -> Result<i32> {
    let (story, rules) = load(&args.story, Keep::Evidence)?;
    let Story {
        dir,
        articles,
        mut warnings,
        ..
    } = story;
    if let [only] = articles.as_slice() {
        warnings.push(Warning {
            path: only.path.clone(),
            message: "only one article: every fact will be single_source".into(),
        });
    }
    warnings.extend(claim_warnings(&articles));
    let report = compare_claims(articles, &rules, warnings);
    write_warnings(&report.warnings, err)?;
    let threshold = match args.fail_on {
        FailOn::Conflict => Some(Verdict::Conflict),
        FailOn::Variant => Some(Verdict::Variant),
        FailOn::SingleSource => Some(Verdict::SingleSource),
        FailOn::Never => None,
    };
    let options = report::CheckOptions {
        verbose: args.verbose,
        fail_on: threshold,
        // A file gets the default width, like a pipe.
        width: env.width.filter(|_| args.story.output.is_none()),
    };
    with_output(args.story.output.as_deref(), out, |w| {
        report::write_check(&report, args.story.format(), options, w)
    })?;
    if args.bless {
        let path = match (&args.expect, &dir) {
            (Some(p), _) => p.clone(),
            (None, Some(dir)) => dir.join(EXPECTED),
            (None, None) => {
                return Err(Error::Input {
                    path: args.story.paths[0].clone(),
                    message: "--bless needs --expect FILE when the story is not a directory".into(),
                });
            }
        };
        let story_name = args.story.paths[0].display().to_string();
        gate::write_atomically(&path, gate::render(&report, &story_name).as_bytes())?;
        writeln!(
            err,
            "claimdiff: wrote {} ({} facts)",
            path.display(),
            report.facts.len()
        )
        .map_err(Error::Write)?;
        return Ok(0);
    }
    if let Some(path) = &args.expect {
        let changes = gate::Expected::load(path)?.compare(&report);
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
        return Ok(1);
    }
    let failed = threshold
        .zip(report.worst())
        .is_some_and(|(t, w)| w.at_least(t));
    Ok(i32::from(failed))
}

fn claims(args: ClaimsArgs, out: &mut dyn Write, err: &mut dyn Write) -> Result<i32> {
    let format = args.story.format();
    if !format.lists_claims() {
        return Err(Error::Usage(format!(
            "--format {} applies to check only (claims writes terminal or json)",
            format.name()
        )));
    }
    let (story, _) = load(&args.story, Keep::Claims)?;
    let mut warnings = story.warnings;
    warnings.extend(claim_warnings(&story.articles));
    let sources = story
        .articles
        .into_iter()
        .map(|a| SourceClaims {
            source: SourceInfo::new(&a),
            claims: a.claims,
        })
        .collect();
    let report = ClaimsReport {
        schema_version: report::SCHEMA_VERSION,
        sources,
        warnings,
    };
    write_warnings(&report.warnings, err)?;
    with_output(args.story.output.as_deref(), out, |w| {
        report::write_claims(&report, format, w)
    })?;
    Ok(0)
}

/// The expectation file `--bless` writes in a story directory by default.
const EXPECTED: &str = "expected.yaml";

/// Runs `write` on standard output, or on `path`: a temporary file beside it, renamed into place
/// once complete.
fn with_output(
    path: Option<&std::path::Path>,
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let Some(path) = path else {
        return write(out).map_err(Error::Write);
    };
    let mut buffer = Vec::new();
    write(&mut buffer).map_err(Error::Write)?;
    gate::write_atomically(path, &buffer)
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
