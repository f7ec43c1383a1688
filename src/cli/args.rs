//! The command line as clap sees it: syntax only. Nothing here reads a file or decides a
//! default that depends on another flag; [`super::settings`] turns these into the values a run
//! reads.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

use crate::report::Format;

/// Compare news articles about one story, claim by claim.
#[derive(Debug, Parser)]
#[command(name = "claimdiff", version, about, long_about = None)]
pub(super) struct Cli {
    #[command(subcommand)]
    pub command: Command,
    /// When to colour the output [auto: when standard output is a terminal, unless NO_COLOR
    /// is set or TERM is dumb]. A report written to a file (--output) is never coloured.
    #[arg(long, value_enum, default_value_t = ColorChoice::Auto, global = true)]
    pub color: ColorChoice,
    /// Print nothing but errors: no report on standard output, no warnings, no progress; the
    /// exit code tells the outcome. An --output file is still written.
    #[arg(short, long, global = true)]
    pub quiet: bool,
}

#[derive(Debug, Subcommand)]
pub(super) enum Command {
    /// Compare the articles of a story fact by fact.
    Check(CheckArgs),
    /// List the claims extracted from articles.
    Claims(ClaimsArgs),
    /// Show what was read from each article: title, outlet, date, language and the body
    /// paragraphs (for a web page, its main text), each with its line and column in the file.
    Text(TextArgs),
    /// Work with rule files.
    #[command(subcommand)]
    Rules(RulesCommand),
    /// Print the JSON Schema of the `check` or `claims` JSON output, of a digest line, or of a
    /// story's report line (`check --from-claims`).
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
    /// Print a shell completion script (see the README for where to install it).
    Completions {
        /// The shell.
        #[arg(value_enum)]
        shell: clap_complete::Shell,
    },
    /// Print the manual page, in roff (`claimdiff man | man -l -`).
    Man,
}

#[derive(Debug, Args)]
pub(super) struct StoryArgs {
    /// Article files, story directories, or `-` for an article on standard input. `claims`
    /// lists them all; `check` compares the files as one story, or each directory as a story.
    /// With `claims --format jsonl`: one file of articles as JSON Lines, or `-` for standard
    /// input (see --format).
    #[arg(required_unless_present_any = ["stories", "from_claims"])]
    pub paths: Vec<PathBuf>,
    /// Check every subfolder of ROOT as a story, in one run (`check` only).
    #[arg(long, value_name = "ROOT", conflicts_with = "paths")]
    pub stories: Option<PathBuf>,
    /// Compare the stories of digest lines (`claims --format jsonl` output) read from FILE, or
    /// `-` for standard input, in any order: one report per story, as JSON Lines, each the
    /// report `check` writes on the story's files, with its `story` key (`check` only).
    #[arg(long, value_name = "FILE", conflicts_with_all = ["paths", "stories"])]
    pub from_claims: Option<PathBuf>,
    /// The name of the article read from standard input (`-`): its stem is the source id, its
    /// extension tells a web page or Markdown from text.
    #[arg(long, value_name = "NAME", default_value = "stdin")]
    pub stdin_name: String,
    /// Extra rule files, applied after the defaults and the story's rules.yaml.
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Output format [default: the one --output's extension names (.json, .jsonl, .sarif, .md,
    /// .html, .xml for junit, .jsonld for claimreview), else terminal]. `claims --format jsonl`
    /// is the map stage of an engine: it reads articles as JSON Lines, one object per line,
    /// `{"id", "story", "text" | "html", "published", "outlet", "url", "lang", "path", …}`,
    /// and writes a digest line per article (its claims and evidence), in input order; a line
    /// that cannot be read gives an error line naming its line number (with --strict, exit 2).
    #[arg(long, value_enum)]
    pub format: Option<Format>,
    /// Write the report to FILE instead of standard output (a temporary file beside it, renamed
    /// into place, so a reader never sees half a report; a pipe or device is written directly,
    /// a symbolic link's target is written). FILE must not be an input of the run.
    #[arg(short, long, value_name = "FILE")]
    pub output: Option<PathBuf>,
    /// Fail (exit 2) on an article that would be skipped (binary, empty, unreadable, too large)
    /// or whose encoding would be guessed, instead of warning and comparing the others.
    #[arg(long)]
    pub strict: bool,
    /// Extract articles on N threads [default: all cores]; 1 runs on this thread alone.
    #[arg(short, long, value_name = "N", value_parser = parse_jobs)]
    pub jobs: Option<NonZeroUsize>,
}

/// `--jobs`: a whole number of 1 or more (0 threads cannot extract anything).
fn parse_jobs(s: &str) -> std::result::Result<NonZeroUsize, String> {
    s.parse::<NonZeroUsize>()
        .map_err(|_| "must be a whole number of 1 or more".to_string())
}

#[derive(Debug, Args)]
pub(super) struct CheckArgs {
    #[command(flatten)]
    pub story: StoryArgs,
    /// Exit with 1 when a fact has this verdict or a more severe one.
    #[arg(long, value_enum, default_value_t = FailOn::Conflict)]
    pub fail_on: FailOn,
    /// Show the evidence sentence of every fact, not only of conflicts, and list every fact of
    /// every verdict, uncapped.
    #[arg(short, long)]
    pub verbose: bool,
    /// The verdicts the terminal, Markdown and HTML reports list fact by fact; the others are
    /// counted per kind [default: conflict,variant].
    #[arg(long, value_enum, value_delimiter = ',', value_name = "VERDICTS")]
    pub show: Vec<ShowVerdict>,
    /// Compare each fact's verdict with this expectation file; the exit code is then 0 when all
    /// are as expected (known conflicts included) and 1 when any changed.
    #[arg(long, value_name = "FILE")]
    pub expect: Option<PathBuf>,
    /// Write the expectation file (the --expect FILE, else STORY/expected.yaml) from this run.
    #[arg(long)]
    pub bless: bool,
}

#[derive(Debug, Args)]
pub(super) struct ClaimsArgs {
    #[command(flatten)]
    pub story: StoryArgs,
}

#[derive(Debug, Args)]
pub(super) struct TextArgs {
    /// Article files, directories, or `-` for an article on standard input.
    #[arg(required = true)]
    pub paths: Vec<PathBuf>,
    /// The name of the article read from standard input (`-`).
    #[arg(long, value_name = "NAME", default_value = "stdin")]
    pub stdin_name: String,
    /// Extra rule files (their segmentation vocabulary decides what is page furniture).
    #[arg(long = "rules", value_name = "FILE")]
    pub rules: Vec<PathBuf>,
    /// Output format.
    #[arg(long, value_enum, default_value_t = TextFormat::Terminal)]
    pub format: TextFormat,
    /// Fail (exit 2) on an article that would be skipped, instead of warning.
    #[arg(long)]
    pub strict: bool,
    /// Read articles on N threads [default: all cores]; 1 runs on this thread alone.
    #[arg(short, long, value_name = "N", value_parser = parse_jobs)]
    pub jobs: Option<NonZeroUsize>,
}

/// The formats `text` writes.
#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum TextFormat {
    /// Human-readable.
    Terminal,
    /// `{"sources": [{"id", "path", "title", "published", "outlet", "lang", "paragraphs"}]}`.
    Json,
}

#[derive(Debug, Subcommand)]
pub(super) enum RulesCommand {
    /// Validate rule files (each applied on top of the defaults) without running anything.
    Check {
        /// Rule files.
        #[arg(required = true)]
        files: Vec<PathBuf>,
    },
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(super) enum SchemaOutput {
    Check,
    Claims,
    /// A line of `claims --format jsonl` output: a digest or an error line.
    Digest,
    /// A line of `check --from-claims` output.
    StoryReport,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(super) enum ColorChoice {
    Auto,
    Always,
    Never,
}

#[derive(Clone, Copy, Debug, PartialEq, Eq, ValueEnum)]
pub(super) enum ShowVerdict {
    Conflict,
    Variant,
    Agree,
    #[value(name = "single_source", alias = "single-source")]
    SingleSource,
    /// Every verdict.
    All,
}

#[derive(Clone, Copy, Debug, ValueEnum)]
pub(super) enum FailOn {
    Conflict,
    Variant,
    #[value(name = "single_source", alias = "single-source")]
    SingleSource,
    Never,
}
