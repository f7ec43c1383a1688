//! The pipeline as one-call entries: the only place the stages are chained.
//!
//! The binary, the tests, the fuzz targets and the benches all call these; nobody writes
//! segment → extract → digest or align → judge → report out again.
//!
//! - [`Reader`]: a rule set made ready to read articles (its phrases indexed once), which gives
//!   one article's claims (segment, then extract) or its [`Digest`] (what outlives the text);
//! - [`extract_article`] and [`digest_article`]: the same for a single article;
//! - [`digest_story`]: every file of a story read and digested, one article per worker;
//! - [`compare`]: digested articles aligned into facts, judged, and made a [`CheckReport`];
//! - [`check`] and [`claims`]: a listed story from its files to the report of each command.

use std::num::NonZeroUsize;
use std::sync::OnceLock;

use rayon::prelude::*;

use crate::align::{align, comparable};
use crate::claim::Claim;
use crate::compare::{Published, competing_accounts, judge_all};
use crate::digest::Digest;
use crate::error::{Result, Warning};
use crate::extract::{Indexes, extract_with};
use crate::ingest::{Article, ArticleFile, DateOrigin, Source, Story, StoryFiles};
use crate::report::{
    CheckReport, ClaimsReport, PublishedFrom, SCHEMA_VERSION, SourceClaims, SourceInfo,
    TextParagraph, TextReport, TextSource,
};
use crate::rules::RuleSet;
use crate::segment::{ParagraphKind, Vocab, segment_with};

/// What a run keeps of each article besides its header and claims.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Keep {
    /// The evidence sentences: `check` quotes them.
    Evidence,
    /// Nothing more: `claims` lists the claims without their sentences.
    Claims,
}

/// A rule set made ready to read articles: the segment vocabulary and extraction's phrases
/// indexed for lookup once, then shared by every article and thread of a run. An article is
/// read with the rules of its language ([`RuleSet::for_language`]); a language's rules are
/// indexed when its first article comes.
pub struct Reader<'r> {
    rules: &'r RuleSet,
    default: Indexed<'r>,
    /// One per entry of [`RuleSet::languages`], in its order.
    languages: Vec<OnceLock<Indexed<'r>>>,
}

/// One rule set indexed for reading.
struct Indexed<'r> {
    vocab: Vocab<'r>,
    indexes: Indexes<'r>,
}

impl<'r> Indexed<'r> {
    fn new(rules: &'r RuleSet) -> Self {
        Indexed {
            vocab: Vocab::new(&rules.segment),
            indexes: Indexes::new(rules),
        }
    }
}

impl<'r> Reader<'r> {
    /// Indexes `rules`.
    pub fn new(rules: &'r RuleSet) -> Self {
        Reader {
            rules,
            default: Indexed::new(rules),
            languages: rules.languages.iter().map(|_| OnceLock::new()).collect(),
        }
    }

    /// The indexed rules of `article`'s language.
    fn indexed(&self, article: &Article) -> &Indexed<'r> {
        let rules = self.rules.for_language(article.meta.lang.as_deref());
        let at = self
            .rules
            .languages
            .iter()
            .position(|(_, set)| set.built().is_some_and(|set| std::ptr::eq(set, rules)));
        match at {
            Some(at) => self.languages[at].get_or_init(|| Indexed::new(rules)),
            None => &self.default,
        }
    }

    /// The claims of one article, in text order: the article segmented, then extracted.
    pub fn claims(&self, article: &Article) -> Vec<Claim> {
        self.read(article).0
    }

    /// The claims of one article and the warnings of their extraction.
    fn read(&self, article: &Article) -> (Vec<Claim>, Vec<Warning>) {
        let indexed = self.indexed(article);
        let segmented = segment_with(
            &article.text,
            article.body.clone(),
            article.headings(),
            &indexed.vocab,
        );
        extract_with(article, &segmented, &indexed.indexes)
    }

    /// What was read from one article: its metadata and the paragraphs segmentation keeps to
    /// extract from (body text, and teasers, whose claims are marked as theirs), each with the
    /// line and column it starts at in the file.
    pub fn text(&self, article: &Article) -> TextSource {
        let segmented = segment_with(
            &article.text,
            article.body.clone(),
            article.headings(),
            &self.indexed(article).vocab,
        );
        let paragraphs = segmented
            .paragraphs
            .iter()
            .filter(|p| matches!(p.kind, ParagraphKind::Body | ParagraphKind::Teaser))
            .map(|p| {
                let (line, column) = article.line_col(p.span.start);
                let found = line > 0;
                TextParagraph {
                    text: article.text[p.span.clone()].to_string(),
                    line: found.then_some(line),
                    column: found.then_some(column),
                }
            })
            .collect();
        TextSource {
            id: article.id.clone(),
            path: article.path.clone(),
            title: article.meta.title.clone(),
            published: article.published.as_ref().map(|p| p.date),
            outlet: article.meta.outlet.clone(),
            lang: article.meta.lang.clone(),
            meta: article.meta.extra.clone(),
            paragraphs,
        }
    }

    /// One article's claims, digested: what the later stages need once its text is gone,
    /// with the warnings of its extraction.
    pub fn digest(&self, article: &Article, keep: Keep) -> Digest {
        let (claims, warnings) = self.read(article);
        let digest = match keep {
            Keep::Evidence => Digest::new(article, claims),
            Keep::Claims => Digest::without_evidence(article, claims),
        };
        Digest { warnings, ..digest }
    }
}

/// The claims of one article, in text order (a [`Reader`] for one article).
pub fn extract_article(article: &Article, rules: &RuleSet) -> Vec<Claim> {
    Reader::new(rules).claims(article)
}

/// One article's claims, digested (a [`Reader`] for one article).
pub fn digest_article(article: &Article, rules: &RuleSet, keep: Keep) -> Digest {
    Reader::new(rules).digest(article, keep)
}

/// Every article of the story read and digested by one worker, which drops the article's text
/// when done: only the articles being worked on are ever whole in memory (see
/// [`crate::digest`] for the memory model).
///
/// Articles are independent until alignment, so the workers run on `jobs` threads (default:
/// all cores) of a pool local to this call: the library keeps no global state. Results are
/// gathered in file order, so warnings and output never depend on thread scheduling. One job,
/// or a pool that cannot be built, runs on the calling thread.
pub fn digest_story(
    files: StoryFiles,
    rules: &RuleSet,
    jobs: Option<NonZeroUsize>,
    keep: Keep,
) -> Result<Story<Digest>> {
    digest_story_with(files, rules, jobs, keep, None)
}

/// Told how far the reading of a story has got, for a progress display: the library draws
/// nothing itself. Called from the reading threads, in no particular order.
pub trait Progress: Sync {
    /// `total` articles are about to be read.
    fn start(&self, total: usize);
    /// One more article has been read (a skipped one is not counted).
    fn advance(&self);
    /// Reading is over, whether or not every article was read.
    fn finish(&self);
}

/// [`digest_story`] telling `progress` of each article read.
pub fn digest_story_with(
    files: StoryFiles,
    rules: &RuleSet,
    jobs: Option<NonZeroUsize>,
    keep: Keep,
    progress: Option<&dyn Progress>,
) -> Result<Story<Digest>> {
    let reader = Reader::new(rules);
    let Some(progress) = progress else {
        return read_story(files, jobs, |article| reader.digest(&article, keep));
    };
    progress.start(files.files().len());
    let story = read_story(files, jobs, |article| {
        let digest = reader.digest(&article, keep);
        progress.advance();
        digest
    });
    progress.finish();
    story
}

/// Every article of the story read and made `T` by `make`, on `jobs` threads (see
/// [`digest_story`]), gathered in file order.
fn read_story<T: Source + Send>(
    files: StoryFiles,
    jobs: Option<NonZeroUsize>,
    make: impl Fn(Article) -> T + Sync,
) -> Result<Story<T>> {
    let one = |file: &ArticleFile| files.read(file).map(&make);
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

/// `text` from listed files: what was read from each article (its metadata and the body
/// paragraphs segmentation keeps, each with its place in the file).
pub fn text(files: StoryFiles, rules: &RuleSet, jobs: Option<NonZeroUsize>) -> Result<TextReport> {
    let reader = Reader::new(rules);
    let story = nonempty(read_story(files, jobs, |article| reader.text(&article))?)?;
    Ok(TextReport {
        sources: story.articles,
        warnings: story.warnings,
    })
}

/// The later stages in memory: the digested articles' claims (in article order) aligned into
/// facts, judged, and made a report quoting the digests' evidence. The claims move into the
/// facts and on into the report: none is copied.
pub fn compare(articles: Vec<Digest>, rules: &RuleSet, warnings: Vec<Warning>) -> CheckReport {
    let sources: Vec<SourceInfo> = articles.iter().map(source_info).collect();
    let published = Published::new(sources.iter().map(|s| (s.id.clone(), s.published.clone())));
    let (claims, evidence): (Vec<_>, Vec<_>) = articles
        .into_iter()
        .map(|a| ((a.id, a.claims), a.evidence))
        .unzip();
    // Figures no measure or kind compares stay claims; the summary counts them, so a reader sees
    // what was left out (and can add a measure for it).
    let not_compared = (claims.iter().flat_map(|(_, c)| c))
        .filter(|c| !comparable(c, rules))
        .count();
    let mut judged = judge_all(align(claims, rules), rules, published);
    competing_accounts(&mut judged);
    let mut report = CheckReport::new(sources, judged, &evidence, warnings);
    report.summary.claims_not_compared = not_compared;
    report
}

/// `check` from listed files: every article digested with its evidence, then compared. The
/// story's warnings come first, then one for a story of a single article, then the claims'.
pub fn check(
    files: StoryFiles,
    rules: &RuleSet,
    jobs: Option<NonZeroUsize>,
) -> Result<CheckReport> {
    check_with(files, rules, jobs, None)
}

/// [`check`] telling `progress` of each article read.
pub fn check_with(
    files: StoryFiles,
    rules: &RuleSet,
    jobs: Option<NonZeroUsize>,
    progress: Option<&dyn Progress>,
) -> Result<CheckReport> {
    let story = digest_story_with(files, rules, jobs, Keep::Evidence, progress)?;
    let story = nonempty(story)?;
    Ok(compare_story(story.articles, story.warnings, rules))
}

/// A story's digested articles (sorted by id) compared, with `warnings` from their reading:
/// those come first in the report, then one for a story of a single article, then the
/// claims'. What `check` does once the articles are read, wherever they were read.
pub fn compare_story(
    articles: Vec<Digest>,
    mut warnings: Vec<Warning>,
    rules: &RuleSet,
) -> CheckReport {
    if let [only] = articles.as_slice() {
        warnings.push(Warning {
            path: only.path.clone(),
            message: "only one article: every fact will be single_source".into(),
        });
    }
    warnings.extend(claim_warnings(&articles));
    compare(articles, rules, warnings)
}

/// `claims` from listed files: every article digested without evidence, listed.
pub fn claims(
    files: StoryFiles,
    rules: &RuleSet,
    jobs: Option<NonZeroUsize>,
) -> Result<ClaimsReport> {
    claims_with(files, rules, jobs, None)
}

/// [`claims`] telling `progress` of each article read.
pub fn claims_with(
    files: StoryFiles,
    rules: &RuleSet,
    jobs: Option<NonZeroUsize>,
    progress: Option<&dyn Progress>,
) -> Result<ClaimsReport> {
    let story = nonempty(digest_story_with(
        files,
        rules,
        jobs,
        Keep::Claims,
        progress,
    )?)?;
    let mut warnings = story.warnings;
    warnings.extend(claim_warnings(&story.articles));
    let sources = story
        .articles
        .into_iter()
        .map(|a| SourceClaims {
            source: source_info(&a),
            claims: a.claims,
        })
        .collect();
    Ok(ClaimsReport {
        schema_version: SCHEMA_VERSION,
        sources,
        warnings,
    })
}

/// The story when it has an article left to compare; else the error saying which files were
/// skipped and why, since no report will carry the warnings.
pub fn nonempty<T>(story: Story<T>) -> Result<Story<T>> {
    if story.articles.is_empty() {
        return Err(story.no_articles());
    }
    Ok(story)
}

/// How the reports describe a digested article.
pub fn source_info(article: &Digest) -> SourceInfo {
    SourceInfo {
        id: article.id.clone(),
        path: article.path.clone(),
        outlet: article.meta.outlet.clone(),
        published: article.published.as_ref().map(|p| p.date.to_string()),
        published_from: article.published.as_ref().map(|p| match p.origin {
            DateOrigin::FrontMatter => PublishedFrom::FrontMatter,
            DateOrigin::Manifest => PublishedFrom::Manifest,
            DateOrigin::Page => PublishedFrom::Page,
            DateOrigin::Text { .. } => PublishedFrom::Text,
        }),
        lang: article.meta.lang.clone(),
        claim_count: article.claims.len(),
        url: article.meta.url.clone(),
        title: article.meta.title.clone(),
        meta: article.meta.extra.clone(),
    }
}

/// A warning for each claim that carries one (a weekday that does not match its date), in
/// article order, then text order; each article's extraction warnings after its claims'.
fn claim_warnings(articles: &[Digest]) -> Vec<Warning> {
    articles
        .iter()
        .flat_map(|a| {
            let claims = a.claims.iter().filter_map(|c| {
                let w = c.date.as_ref()?.warning.as_ref()?;
                Some(Warning {
                    path: a.path.clone(),
                    message: format!("{}:{}: \"{}\": {w}", c.line, c.column, c.surface),
                })
            });
            claims.chain(a.warnings.iter().cloned())
        })
        .collect()
}
