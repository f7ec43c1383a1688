//! The second phase of the command line: the parsed flags ([`super::args`]) turned once into
//! the values a run reads, with everything a flag implies decided and checked here: the story's
//! files listed, the rule set loaded, the format, the output, the `--fail-on` threshold, the
//! palette, the jobs, where an expectation file is read or written. Nothing after this phase
//! looks at a flag.

use std::num::NonZeroUsize;
use std::path::PathBuf;

use super::Environment;
use super::args::{
    CheckArgs, ClaimsArgs, Cli, ColorChoice, Command, FailOn, RulesCommand, SchemaOutput,
    StoryArgs, TextArgs, TextFormat,
};
use crate::compare::Verdict;
use crate::error::{Error, InputError, Result, Usage};
use crate::ingest::{LoadOptions, STORY_RULES, StoryFiles};
use crate::report::{CheckOptions, Format, Palette};
use crate::rules::RuleSet;

/// The expectation file `--bless` writes in a story directory by default.
const EXPECTED: &str = "expected.yaml";

/// What a run does, with everything it needs.
pub(super) enum Task {
    /// `check`: compare a story and report, or gate on an expectation file.
    Check(CheckSettings),
    /// `claims`: list a story's claims.
    Claims(StorySettings),
    /// `text`: show what was read from each article.
    Text(StorySettings),
    /// `rules check`: validate each rule file on top of the defaults.
    ValidateRules(Vec<PathBuf>),
    /// `schema`: print a JSON Schema.
    Schema(SchemaOutput),
    /// `explain`: one topic, or the list.
    Explain(Option<String>),
}

/// A story to read and the rules to read it with.
pub(super) struct StorySettings {
    /// The story's article files, listed (none read yet).
    pub files: StoryFiles,
    /// Defaults, then the story's `rules.yaml`, then each `--rules` file.
    pub rules: RuleSet,
    /// The report's format.
    pub format: Format,
    /// The file the report goes to, or `None` for standard output.
    pub output: Option<PathBuf>,
    /// Threads to extract on (`None`: all cores).
    pub jobs: Option<NonZeroUsize>,
    /// How the terminal report is coloured.
    pub palette: Palette,
}

/// `check`'s settings beyond the story's.
pub(super) struct CheckSettings {
    /// The story.
    pub story: StorySettings,
    /// How the report is written.
    pub options: CheckOptions,
    /// What the run is judged against.
    pub gate: Gate,
    /// The story as named on the command line, for messages.
    pub named: String,
}

/// What decides `check`'s exit code.
pub(super) enum Gate {
    /// The worst verdict against `--fail-on`.
    FailOn,
    /// Each fact's verdict against an expectation file.
    Expect(PathBuf),
    /// Nothing: the run writes the expectation file.
    Bless(PathBuf),
}

impl Task {
    /// Builds the run's settings from the parsed command line and the environment the binary
    /// observed.
    pub(super) fn new(cli: Cli, env: Environment) -> Result<Task> {
        let palette = match cli.color {
            ColorChoice::Always => Palette::Ansi,
            ColorChoice::Never => Palette::Plain,
            ColorChoice::Auto if env.stdout_is_terminal && !env.no_color => Palette::Ansi,
            ColorChoice::Auto => Palette::Plain,
        };
        Ok(match cli.command {
            Command::Check(args) => Task::Check(CheckSettings::new(args, env, palette)?),
            Command::Claims(ClaimsArgs { story }) => {
                let format = format(&story);
                if !format.lists_claims() {
                    return Err(Error::Usage(Usage::CheckOnlyFormat(format.name())));
                }
                Task::Claims(StorySettings::new(story, palette)?)
            }
            Command::Text(args) => Task::Text(StorySettings::new(text_story(args), palette)?),
            Command::Rules(RulesCommand::Check { files }) => Task::ValidateRules(files),
            Command::Schema { output } => Task::Schema(output),
            Command::Explain { topic } => Task::Explain(topic),
        })
    }
}

impl CheckSettings {
    fn new(args: CheckArgs, env: Environment, palette: Palette) -> Result<CheckSettings> {
        let named = args.story.paths[0].display().to_string();
        let fail_on = match args.fail_on {
            FailOn::Conflict => Some(Verdict::Conflict),
            FailOn::Variant => Some(Verdict::Variant),
            FailOn::SingleSource => Some(Verdict::SingleSource),
            FailOn::Never => None,
        };
        let options = CheckOptions {
            verbose: args.verbose,
            fail_on,
            // A file gets the default width, like a pipe.
            width: env.width.filter(|_| args.story.output.is_none()),
            palette,
        };
        let first = args.story.paths[0].clone();
        let story = StorySettings::new(args.story, palette)?;
        let gate = match (args.bless, args.expect, story.files.dir()) {
            (true, Some(p), _) => Gate::Bless(p),
            (true, None, Some(dir)) => Gate::Bless(dir.join(EXPECTED)),
            (true, None, None) => return Err(Error::input(first, InputError::BlessNeedsExpect)),
            (false, Some(p), _) => Gate::Expect(p),
            (false, None, _) => Gate::FailOn,
        };
        Ok(CheckSettings {
            story,
            options,
            gate,
            named,
        })
    }
}

impl StorySettings {
    /// Lists the story and loads the rules that apply to it: the defaults, the story's
    /// `rules.yaml`, then `--rules`.
    fn new(args: StoryArgs, palette: Palette) -> Result<StorySettings> {
        let format = format(&args);
        let options = LoadOptions {
            strict: args.strict,
        };
        let files = StoryFiles::list(&args.paths, options)?;
        let mut rule_files = Vec::new();
        if let Some(dir) = files.dir() {
            let own = dir.join(STORY_RULES);
            if own.is_file() {
                rule_files.push(own);
            }
        }
        rule_files.extend(args.rules);
        let rules = match RuleSet::load(&rule_files) {
            Ok(rules) => rules,
            // Extraction needs the rules, so they are loaded before the articles are read; a
            // story's own error (no article left) still comes first.
            Err(e) => {
                return Err(files
                    .read_all()
                    .and_then(crate::pipeline::nonempty)
                    .err()
                    .unwrap_or(e));
            }
        };
        Ok(StorySettings {
            files,
            rules,
            format,
            output: args.output,
            jobs: args.jobs,
            palette,
        })
    }
}

/// `text`'s flags as a story's: the same listing, rules and jobs, written to standard output.
fn text_story(args: TextArgs) -> StoryArgs {
    StoryArgs {
        paths: args.paths,
        rules: args.rules,
        format: Some(match args.format {
            TextFormat::Terminal => Format::Terminal,
            TextFormat::Json => Format::Json,
        }),
        output: None,
        strict: args.strict,
        jobs: args.jobs,
    }
}

/// `--format`, or, without it, HTML for an `--output` file named `*.html` or `*.htm` (a report
/// written there is meant for a browser), else terminal.
fn format(args: &StoryArgs) -> Format {
    let html_file = args
        .output
        .as_ref()
        .and_then(|p| p.extension())
        .is_some_and(|e| e.eq_ignore_ascii_case("html") || e.eq_ignore_ascii_case("htm"));
    match args.format {
        Some(format) => format,
        None if html_file => Format::Html,
        None => Format::Terminal,
    }
}
