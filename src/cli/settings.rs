//! The second phase of the command line: the parsed flags ([`super::args`]) turned once into
//! the values a run reads, with everything a flag implies decided and checked here: the story's
//! files listed, the rule set loaded, the format, the output, the `--fail-on` threshold, the
//! palette, the jobs, where an expectation file is read or written. Nothing after this phase
//! looks at a flag.

use std::num::NonZeroUsize;
use std::path::{Path, PathBuf};

use super::Environment;
use super::args::{
    CheckArgs, ClaimsArgs, Cli, ColorChoice, Command, FailOn, RulesCommand, SchemaOutput,
    ShowVerdict, StoryArgs, TextArgs, TextFormat,
};
use super::output::refuse_inputs;
use super::stream::{MapSettings, ReduceSettings};
use crate::compare::Verdict;
use crate::error::{Error, InputError, Result, Usage};
use crate::ingest::{LoadOptions, STORY_RULES, StoryFiles, story_inputs};
use crate::report::{CheckOptions, Format, Palette, Show};
use crate::rules::RuleSet;

/// The expectation file `--bless` writes in a story directory by default.
const EXPECTED: &str = "expected.yaml";

/// What a run does, with everything it needs.
pub(super) enum Task {
    /// `check`: compare a story and report, or gate on an expectation file.
    Check(CheckSettings),
    /// `check` of several stories in one run.
    Batch(BatchSettings),
    /// `claims`: list a story's claims.
    Claims(StorySettings),
    /// `claims --format jsonl`: digest a stream of articles (the map stage).
    Map(MapSettings),
    /// `check --from-claims`: compare stories from their digests (the reduce stage).
    Reduce(ReduceSettings),
    /// `text`: show what was read from each article.
    Text(StorySettings),
    /// `rules check`: validate each rule file on top of the defaults.
    ValidateRules(Vec<PathBuf>),
    /// `schema`: print a JSON Schema.
    Schema(SchemaOutput),
    /// `explain`: one topic, or the list.
    Explain(Option<String>),
    /// `completions`: a shell's completion script.
    Completions(clap_complete::Shell),
    /// `man`: the manual page.
    Man,
}

/// A story to read and the rules to read it with.
pub(super) struct StorySettings {
    /// The story's article files, listed (none read yet).
    pub files: StoryFiles,
    /// Every file the run reads: the article files, `story.yaml`, the rule files. None is
    /// ever written.
    pub inputs: Vec<PathBuf>,
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

/// `check` of several stories, one per directory, with the rules loaded once.
pub(super) struct BatchSettings {
    /// The story directories, in the order reported.
    pub stories: Vec<PathBuf>,
    /// Defaults, then each `--rules` file: the rules of every story without a `rules.yaml`.
    pub rules: RuleSet,
    /// The `--rules` files, applied after a story's own `rules.yaml`.
    pub extra_rules: Vec<PathBuf>,
    /// How each story's files are read.
    pub load: LoadOptions,
    /// Terminal or JSON (JSON Lines: one document per story).
    pub format: Format,
    /// The file the reports go to, or `None` for standard output.
    pub output: Option<PathBuf>,
    /// Threads to extract on (`None`: all cores).
    pub jobs: Option<NonZeroUsize>,
    /// How each report is written.
    pub options: CheckOptions,
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
    pub(super) fn new(cli: Cli, env: Environment<'_>) -> Result<Task> {
        let palette = match cli.color {
            ColorChoice::Always => Palette::Ansi,
            ColorChoice::Never => Palette::Plain,
            ColorChoice::Auto if env.stdout_is_terminal && !env.no_color => Palette::Ansi,
            ColorChoice::Auto => Palette::Plain,
        };
        Ok(match cli.command {
            Command::Check(args) if args.story.from_claims.is_some() => {
                let options = check_options(&args, env, palette);
                Task::Reduce(ReduceSettings::new(args, options)?)
            }
            Command::Check(args) => match stories(&args.story)? {
                Some(stories) => Task::Batch(BatchSettings::new(args, stories, env, palette)?),
                None => Task::Check(CheckSettings::new(args, env, palette)?),
            },
            Command::Claims(ClaimsArgs { story }) if story.from_claims.is_some() => {
                return Err(Error::Usage(Usage::FromClaims("applies to check only")));
            }
            Command::Claims(ClaimsArgs { story }) if format(&story).ok() == Some(Format::Jsonl) => {
                Task::Map(MapSettings::new(story)?)
            }
            Command::Claims(ClaimsArgs { mut story }) => {
                if let Some(root) = story.stories.take() {
                    story.paths = subfolders(&root)?;
                }
                // An extension that names no format is reported once the output is known
                // not to be an input (StorySettings::new).
                if let Some(format) = format(&story).ok().filter(|f| !f.lists_claims()) {
                    return Err(Error::Usage(Usage::CheckOnlyFormat(format.name())));
                }
                Task::Claims(StorySettings::new(story, palette)?)
            }
            Command::Text(args) => Task::Text(StorySettings::new(text_story(args), palette)?),
            Command::Rules(RulesCommand::Check { files }) => Task::ValidateRules(files),
            Command::Schema { output } => Task::Schema(output),
            Command::Explain { topic } => Task::Explain(topic),
            Command::Completions { shell } => Task::Completions(shell),
            Command::Man => Task::Man,
        })
    }
}

/// The stories of a batch `check`: `--stories ROOT`'s subfolders, or the directories named
/// when there are several; `None` for one story (one directory, or article files). A directory
/// among article files is an error: which story would the files be?
fn stories(args: &StoryArgs) -> Result<Option<Vec<PathBuf>>> {
    if let Some(root) = &args.stories {
        return subfolders(root).map(Some);
    }
    if args.paths.len() < 2 {
        return Ok(None);
    }
    match args.paths.iter().position(|p| !p.is_dir()) {
        None => Ok(Some(args.paths.clone())),
        Some(_) => match args.paths.iter().find(|p| p.is_dir()) {
            Some(dir) => Err(Error::input(dir, InputError::DirectoryNotAlone)),
            None => Ok(None),
        },
    }
}

/// The subfolders of `root` (hidden ones left out), sorted by name.
fn subfolders(root: &std::path::Path) -> Result<Vec<PathBuf>> {
    let io = |source| Error::Io {
        path: root.to_path_buf(),
        source,
    };
    let mut dirs = Vec::new();
    for entry in std::fs::read_dir(root).map_err(io)? {
        let path = entry.map_err(io)?.path();
        let hidden = path
            .file_name()
            .is_some_and(|n| n.to_string_lossy().starts_with('.'));
        if path.is_dir() && !hidden {
            dirs.push(path);
        }
    }
    if dirs.is_empty() {
        return Err(Error::Usage(Usage::NoStories(root.display().to_string())));
    }
    dirs.sort();
    Ok(dirs)
}

impl BatchSettings {
    fn new(
        args: CheckArgs,
        stories: Vec<PathBuf>,
        env: Environment<'_>,
        palette: Palette,
    ) -> Result<BatchSettings> {
        if args.bless || args.expect.is_some() {
            return Err(Error::Usage(Usage::BatchGate));
        }

        let options = check_options(&args, env, palette);
        let mut inputs: Vec<PathBuf> = stories.iter().flat_map(|d| story_inputs(d)).collect();
        inputs.extend(args.story.rules.iter().cloned());
        refuse_inputs("--output", args.story.output.as_deref(), &inputs)?;
        let format = format(&args.story)?;
        if !matches!(format, Format::Terminal | Format::Json) {
            return Err(Error::Usage(Usage::BatchFormat(format.name())));
        }
        Ok(BatchSettings {
            stories,
            rules: RuleSet::load(&args.story.rules)?,
            extra_rules: args.story.rules,
            load: LoadOptions {
                strict: args.story.strict,
            },
            format,
            output: args.story.output,
            jobs: args.story.jobs,
            options,
        })
    }
}

/// How `check` writes its report, from its flags.
pub(super) fn check_options(
    args: &CheckArgs,
    env: Environment<'_>,
    palette: Palette,
) -> CheckOptions {
    CheckOptions {
        verbose: args.verbose,
        show: show(&args.show),
        fail_on: fail_on(args.fail_on),
        // A file gets the default width, like a pipe.
        width: env.width.filter(|_| args.story.output.is_none()),
        palette: palette_for(palette, args.story.output.as_deref()),
    }
}

/// `--show` as the verdicts listed fact by fact; none given is the default.
fn show(args: &[ShowVerdict]) -> Show {
    if args.is_empty() {
        return Show::default();
    }
    if args.contains(&ShowVerdict::All) {
        return Show::ALL;
    }
    let verdicts: Vec<Verdict> = (args.iter())
        .filter_map(|a| match a {
            ShowVerdict::Conflict => Some(Verdict::Conflict),
            ShowVerdict::Variant => Some(Verdict::Variant),
            ShowVerdict::Agree => Some(Verdict::Agree),
            ShowVerdict::SingleSource => Some(Verdict::SingleSource),
            ShowVerdict::All => None,
        })
        .collect();
    Show::of(&verdicts)
}

/// `--fail-on` as the least severe verdict that fails, or `None` for never.
fn fail_on(arg: FailOn) -> Option<Verdict> {
    match arg {
        FailOn::Conflict => Some(Verdict::Conflict),
        FailOn::Variant => Some(Verdict::Variant),
        FailOn::SingleSource => Some(Verdict::SingleSource),
        FailOn::Never => None,
    }
}

impl CheckSettings {
    fn new(args: CheckArgs, env: Environment<'_>, palette: Palette) -> Result<CheckSettings> {
        let named = args.story.paths[0].display().to_string();
        let options = check_options(&args, env, palette);
        let first = args.story.paths[0].clone();
        // The report must not replace the expectation file it is judged against; said before
        // anything else is wrong with the output's name.
        if let (false, Some(expected)) = (args.bless, &args.expect) {
            let output = args.story.output.as_deref();
            refuse_inputs("--output", output, std::slice::from_ref(expected))?;
        }
        let story = StorySettings::new(args.story, palette)?;
        let gate = match (args.bless, args.expect, story.files.dir()) {
            (true, Some(p), _) => Gate::Bless(p),
            (true, None, Some(dir)) => Gate::Bless(dir.join(EXPECTED)),
            (true, None, None) => return Err(Error::input(first, InputError::BlessNeedsExpect)),
            (false, Some(p), _) => Gate::Expect(p),
            (false, None, _) => Gate::FailOn,
        };
        if let Gate::Bless(target) = &gate {
            refuse_inputs("--bless", Some(target), &story.inputs)?;
        }
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
        let palette = palette_for(palette, args.output.as_deref());
        let options = LoadOptions {
            strict: args.strict,
        };
        let files = StoryFiles::list_named(&args.paths, options, &args.stdin_name)?;
        let mut rule_files = Vec::new();
        if let Some(dir) = files.dir() {
            let own = dir.join(STORY_RULES);
            if own.is_file() {
                rule_files.push(own);
            }
        }
        rule_files.extend(args.rules.iter().cloned());
        // Every file the run reads, which the report must not replace.
        let mut inputs: Vec<PathBuf> = files
            .files()
            .iter()
            .filter(|f| !f.is_stdin())
            .map(|f| f.path().to_path_buf())
            .collect();
        inputs.extend(files.dir().map(|d| d.join(crate::ingest::MANIFEST)));
        inputs.extend(rule_files.iter().cloned());
        refuse_inputs("--output", args.output.as_deref(), &inputs)?;
        let format = format(&args)?;
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
            inputs,
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
        stories: None,
        from_claims: None,
        stdin_name: args.stdin_name,
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

/// `--format`, or, without it, the format `--output`'s extension names (see
/// [`format_of_file`]), else terminal.
fn format(args: &StoryArgs) -> Result<Format> {
    match (args.format, &args.output) {
        (Some(format), _) => Ok(format),
        (None, Some(output)) => Ok(format_of_file(output)?.unwrap_or(Format::Terminal)),
        (None, None) => Ok(Format::Terminal),
    }
}

/// The format a report file's name asks for: `.json`, `.jsonl` (or `.ndjson`), `.sarif` (and `.sarif.json`), `.md` or
/// `.markdown`, `.html` or `.htm`, `.xml` (JUnit, the one XML report), `.jsonld` (ClaimReview,
/// the one JSON-LD report), in any case. `None` for
/// a name that asks for text: no extension (`/dev/stdout`, `report`), `.txt`, `.text`, `.log`,
/// `.out`. Any other extension is an error rather than a guess: a `report.csv` or
/// `report.yaml` written as text would be a file its reader cannot read, found out later.
fn format_of_file(path: &Path) -> Result<Option<Format>> {
    let name = path.file_name().unwrap_or_default().to_string_lossy();
    if name.to_ascii_lowercase().ends_with(".sarif.json") {
        return Ok(Some(Format::Sarif));
    }
    let Some(extension) = path.extension() else {
        return Ok(None);
    };
    let extension = extension.to_string_lossy().to_ascii_lowercase();
    Ok(Some(match extension.as_str() {
        "json" => Format::Json,
        "jsonl" | "ndjson" => Format::Jsonl,
        "sarif" => Format::Sarif,
        "md" | "markdown" => Format::Markdown,
        "html" | "htm" => Format::Html,
        "xml" => Format::Junit,
        "jsonld" => Format::ClaimReview,
        "txt" | "text" | "log" | "out" => return Ok(None),
        _ => {
            return Err(Error::Usage(Usage::UnknownExtension {
                output: path.to_path_buf(),
                extension,
            }));
        }
    }))
}

/// The palette a report is written with: never colour into a file, whatever `--color` says
/// (escape codes in a saved report are noise to every reader but a terminal).
fn palette_for(palette: Palette, output: Option<&Path>) -> Palette {
    match output {
        Some(_) => Palette::Plain,
        None => palette,
    }
}
