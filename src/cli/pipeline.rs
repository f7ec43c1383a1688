//! The stages behind `check` and `claims`: the story's files read, segmented, extracted and
//! digested one article per worker ([`crate::digest`] has the memory model), then, for `check`,
//! the claims aligned, judged and made a report.

use std::num::NonZeroUsize;

use rayon::prelude::*;

use super::StoryArgs;
use crate::align::align;
use crate::compare::{competing_accounts, judge};
use crate::digest::Digest;
use crate::error::{Error, Result};
use crate::extract::extract;
use crate::ingest::{ArticleFile, LoadOptions, STORY_RULES, Story, StoryFiles, Warning};
use crate::report::{CheckReport, SourceInfo};
use crate::rules::RuleSet;
use crate::segment::segment;

/// What a run keeps of each article besides its header and claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub(super) enum Keep {
    /// The evidence sentences: `check` quotes them.
    Evidence,
    /// Nothing more: `claims` lists the claims without their sentences.
    Claims,
}

/// The story, digested, and the rules that apply to it: defaults, the story's rules.yaml, then
/// --rules.
pub(super) fn load(args: &StoryArgs, keep: Keep) -> Result<(Story<Digest>, RuleSet)> {
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
    rule_files.extend(args.rules.iter().cloned());
    let rules = match RuleSet::load(&rule_files) {
        Ok(rules) => rules,
        Err(e) => {
            // Extraction needs the rules, so they are loaded before the articles are read; a
            // story's own error still comes first, as when the story was read before the rules.
            ensure_articles(&Story::load_with(&args.paths, options)?, args)?;
            return Err(e);
        }
    };
    let story = digest_all(files, &rules, args.jobs, keep)?;
    ensure_articles(&story, args)?;
    Ok((story, rules))
}

/// Fails when no article is left to compare, saying which files were skipped and why, since no
/// report will carry the warnings.
fn ensure_articles<T>(story: &Story<T>, args: &StoryArgs) -> Result<()> {
    if !story.articles.is_empty() {
        return Ok(());
    }
    let skipped: String = story
        .warnings
        .iter()
        .filter(|w| story.skipped.contains(&w.path))
        .map(|w| format!("\n  {}: {}", w.path.display(), w.message))
        .collect();
    Err(Error::Input {
        path: args.paths[0].clone(),
        message: format!(
            "no articles found (articles are the non-hidden files other than .yaml, .yml \
             and .json){}{skipped}",
            if skipped.is_empty() {
                ""
            } else {
                "; every one was skipped:"
            }
        ),
    })
}

/// Every article of the story read, segmented, extracted and digested by one worker, which
/// drops the article's text when done: only the articles being worked on are ever whole in
/// memory (see [`crate::digest`] for the memory model).
///
/// Articles are independent until alignment, so the workers run on `jobs` threads (default:
/// all cores) of a pool local to this call: the library keeps no global state. Results are
/// gathered in file order, so warnings and output never depend on thread scheduling. One job,
/// or a pool that cannot be built, runs on the calling thread.
fn digest_all(
    files: StoryFiles,
    rules: &RuleSet,
    jobs: Option<NonZeroUsize>,
    keep: Keep,
) -> Result<Story<Digest>> {
    let one = |file: &ArticleFile| {
        files.read(file).map(|article| {
            let seg = segment(&article.text, article.body.clone(), &rules.segment);
            let claims = extract(&article, &seg, rules);
            match keep {
                Keep::Evidence => Digest::new(&article, claims),
                Keep::Claims => Digest::without_evidence(&article, claims),
            }
        })
    };
    let jobs = jobs
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get)
        .min(files.files().len().max(1));
    let pool = (jobs > 1)
        .then(|| {
            rayon::ThreadPoolBuilder::new()
                .num_threads(jobs)
                .build()
                .ok()
        })
        .flatten();
    let reads = match pool {
        Some(pool) => pool.install(|| files.files().par_iter().map(one).collect()),
        None => files.files().iter().map(one).collect(),
    };
    files.gather(reads)
}

/// A warning for each claim that carries one (a weekday that does not match its date), in
/// article order, then text order.
pub(super) fn claim_warnings(articles: &[Digest]) -> Vec<Warning> {
    articles
        .iter()
        .flat_map(|a| {
            a.claims.iter().filter_map(|c| {
                let w = c.date.as_ref()?.warning.as_ref()?;
                Some(Warning {
                    path: a.path.clone(),
                    message: format!("{}:{}: \"{}\": {w}", c.line, c.column, c.surface),
                })
            })
        })
        .collect()
}

/// Stages 4–6 in memory: the digested articles' claims (in article order) aligned into facts,
/// judged, and made a report quoting the digests' evidence. `check` runs this; so do the
/// property tests and the fuzz target, on articles that never touched a disk. The claims move
/// into the facts and on into the report: none is copied.
pub fn compare_claims(
    articles: Vec<Digest>,
    rules: &RuleSet,
    warnings: Vec<Warning>,
) -> CheckReport {
    let sources = articles.iter().map(SourceInfo::new).collect();
    let (claims, evidence): (Vec<_>, Vec<_>) = articles
        .into_iter()
        .map(|a| ((a.id, a.claims), a.evidence))
        .unzip();
    let mut judged: Vec<_> = align(claims, rules)
        .into_iter()
        .map(|f| judge(f, rules))
        .collect();
    competing_accounts(&mut judged);
    CheckReport::new(sources, judged, &evidence, warnings)
}
