//! Stage 1: files → [`Story`].
//!
//! A story is a directory of articles (or a list of article files). Each article is text with
//! optional YAML front matter (`outlet`, `published`, `url`, `lang`, `title`) between `---`
//! lines; raw scraped text without it works too. A story directory may hold a `story.yaml`
//! manifest giving the same fields per source, so scraped files can stay byte-for-byte as
//! scraped. The source id is the file stem. When no publication date is given, the first full
//! date on a short metadata-like line near the top of the text is taken, and the article says
//! where it came from; otherwise the date stays unknown and a warning says so. An article that
//! names no language has it detected from its text (module `language`), when the detector is
//! sure of it.
//!
//! # Web pages and Markdown
//!
//! A web page (`.html`, `.htm`, or text starting with a doctype or `<html`) is reduced to its
//! main text and its metadata read (module `html`); a Markdown file (`.md`, `.markdown`) is read
//! through a CommonMark parser (module `markdown`). For both, [`Article::text`] is the text read,
//! not the file, and [`Article::line_col`] maps it back to the file through a [`SourceMap`].
//! Front matter before either is read as for text, and overrides what a page says.
//!
//! # Bad input
//!
//! Files are only ever read. One unusable article must not cost the comparison of the others,
//! so an article file that cannot be an article is **skipped with a warning** naming it and
//! why, and the rest are compared; with `--strict` ([`LoadOptions::strict`]) a skipped article
//! is an error instead (exit 2). Skipped: a file that cannot be read (permissions), a symbolic
//! link that cannot be followed (a loop, a dangling link), a pipe, socket or device (or a link to
//! one: it is never opened), a binary file (a NUL byte), an empty or whitespace-only article,
//! and an article over [`MAX_ARTICLE_BYTES`]. A pipe or device named on the command line is an
//! error; standard input is read only as `-`.
//!
//! Data files ([`NOT_ARTICLE_EXTENSIONS`], any case) are left out of a folder silently; a report
//! claimdiff wrote as text, Markdown or HTML is skipped with a warning even with `--strict`.
//!
//! Encodings: UTF-8 is read as is; a UTF-8 byte-order mark stays in [`Article::text`] (so
//! spans remain byte offsets into the file) but is neither body nor a column. A UTF-16 file
//! with a byte-order mark (LE or BE) is decoded, with a warning, and so is a web page that
//! is not UTF-8 and names its encoding in a `<meta charset>`. Other bytes that are not UTF-8
//! are decoded as Windows-1252 (which covers Latin-1's printable range) with a warning naming
//! the first byte that is not UTF-8; UTF-8 with a few bad bytes (valid multi-byte characters
//! before the first bad one) keeps its UTF-8 and gets U+FFFD for the bad bytes, also with a
//! warning. Either guess is an error with `--strict`; UTF-16 declared by its mark is not a
//! guess. For a decoded article, spans are byte offsets into the decoded UTF-8 text.
//!
//! Front matter and `story.yaml` are read as people write them (module `front`): the fields
//! claimdiff reads under their names or common aliases (`date`, `source`, `link` …), dates in
//! the usual written forms, every other key kept as written under [`Meta::extra`]. A value that
//! cannot be read is a warning with its `file: line:column` and is kept as an unknown field
//! (an error with `--strict`); YAML that does not parse stops the run (exit 2) with
//! `file:line:column`. A path named on the command line that does not exist is an error too;
//! a directory's unreadable files are skipped.
//!
//! # One article at a time
//!
//! [`Story::load`] keeps every article whole, text included. A run need not: [`StoryFiles`]
//! lists the files, reads them one by one (on any thread) and gathers what the caller kept of
//! each into a [`Story`], with the same warnings, skips and errors in the same order.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::dates::find_full_date;
use crate::error::{Error, InputError, Result, SkipReason, Warning};
use front::MetaFile;

mod decode;
mod files;
mod front;
mod html;
mod jsonl;
mod language;
mod lines;
pub(crate) use lines::lines_inclusive;
mod markdown;
mod own;
mod source_map;

use files::source_id;
pub use files::{ArticleFile, ArticleRead, StoryFiles, story_inputs};
pub use html::MAX_DEPTH;
pub use jsonl::{ArticleLine, read_article_line};
pub use own::NOT_ARTICLE_EXTENSIONS;
pub use source_map::SourceMap;

/// File names in a story directory that are configuration, not articles.
pub const MANIFEST: &str = "story.yaml";
/// The path that names standard input.
pub const STDIN: &str = "-";
/// The name (and so the source id) of an article read from standard input, unless named.
pub const STDIN_NAME: &str = "stdin";
/// A story's own rule file.
pub const STORY_RULES: &str = "rules.yaml";
/// Articles larger than this (16 MiB) are skipped with a warning. The longest news articles
/// are well under 1 MB; a file this big is a dump or a mistake, and extraction time grows with
/// size, so comparing it would stall the run for nothing.
pub const MAX_ARTICLE_BYTES: u64 = 16 * 1024 * 1024;

/// How a story is read.
#[derive(Clone, Copy, Debug, Default)]
pub struct LoadOptions {
    /// Make every article that would be skipped, or decoded from a guessed encoding, an error.
    pub strict: bool,
}

/// The articles of one story, in source-id order: each an [`Article`], or what a caller kept of
/// it (see [`StoryFiles`]).
#[derive(Debug)]
pub struct Story<T = Article> {
    /// The story directory, when the story was given as one.
    pub dir: Option<PathBuf>,
    /// The articles, sorted by id.
    pub articles: Vec<T>,
    /// Things worth telling the user that do not stop the run (a warning for each skipped
    /// article among them).
    pub warnings: Vec<Warning>,
    /// The article files that were skipped (see the module documentation), in the order met.
    pub skipped: Vec<PathBuf>,
    /// The story as it was named: the directory, or the first article file.
    pub named: PathBuf,
}

impl<T> Story<T> {
    /// The error for a story with no article left: it lists the warnings about the skipped
    /// files, since no report will carry them.
    pub fn no_articles(&self) -> Error {
        let skipped = self
            .warnings
            .iter()
            .filter(|w| self.skipped.contains(&w.path))
            .cloned()
            .collect();
        Error::input(&self.named, InputError::NoArticles { skipped })
    }
}

/// What a [`Story`] keeps of each article: the [`Article`] itself, or what a caller made of it
/// (a [`crate::digest::Digest`]). The story orders them, and tells them apart, by source id.
pub trait Source {
    /// The source id: the file stem.
    fn id(&self) -> &str;
    /// The article file.
    fn path(&self) -> &Path;
}

/// How reading one article file ended.
#[derive(Debug)]
enum Outcome<T> {
    /// The article, or what the caller made of it.
    Read(T),
    /// Why the file is not an article (see the module documentation): skipped, or an error
    /// with `--strict`.
    Skipped(SkipReason),
    /// An error that stops the run (bad front matter, a guessed encoding with `--strict`).
    Failed(Error),
}

/// One article: its text and what is known about it.
#[derive(Debug)]
pub struct Article {
    /// The source id: the file stem.
    pub id: String,
    /// The file it was read from.
    pub path: PathBuf,
    /// The whole file (for a web page, the text read from it: see [`Article::is_page`]). Every
    /// span in claimdiff is a byte range into this text.
    pub text: String,
    /// The part of `text` after the front matter.
    pub body: Range<usize>,
    /// Outlet, URL, language and title, from front matter or the manifest.
    pub meta: Meta,
    /// The publication date and where it was found.
    pub published: Option<Published>,
    /// Where the file's lines start, for [`Article::line_col`].
    lines: lines::LineIndex,
    /// For a web page, where each piece of `text` stands in the HTML source; `None` for a text
    /// article, whose `text` is the file.
    page: Option<Box<SourceMap>>,
    /// The paragraphs of `text` a web page marks as headings (its headline and subheads), in
    /// order; empty for other articles. See [`Article::headings`].
    headings: Vec<Range<usize>>,
}

/// Descriptive fields of an article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Meta {
    /// The publishing outlet ("Le Monde", "Reuters").
    pub outlet: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// Language code ("en"): as front matter, `story.yaml` or the page says, else detected
    /// from the text when the detector is sure of it.
    pub lang: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// Every other front matter or `story.yaml` key, as written (`author`, `tags` …), and a
    /// value that could not be read: the JSON reports' `sources[].meta`.
    #[serde(skip_serializing_if = "BTreeMap::is_empty")]
    pub extra: BTreeMap<String, serde_json::Value>,
}

/// A publication date and its origin.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Published {
    /// The day.
    pub date: Date,
    /// Where it came from.
    pub origin: DateOrigin,
}

/// Where a publication date was found.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum DateOrigin {
    /// The article's front matter.
    FrontMatter,
    /// The story's `story.yaml`.
    Manifest,
    /// The web page's metadata (JSON-LD, meta tags).
    Page,
    /// The article text; `line` is one-based.
    Text {
        /// The line the date was read from.
        line: usize,
    },
}

/// `story.yaml`.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct ManifestFile {
    /// A name for the story.
    #[serde(default)]
    #[allow(dead_code)]
    title: Option<String>,
    /// Per-source fields, keyed by source id (file stem).
    #[serde(default)]
    sources: BTreeMap<String, serde_yaml::Mapping>,
}

impl Story {
    /// Reads a story from a directory, or from a list of article files, skipping unusable
    /// articles with a warning.
    pub fn load(paths: &[PathBuf]) -> Result<Story> {
        Story::load_with(paths, LoadOptions::default())
    }

    /// Reads a story as [`Story::load`] does, with `options`: every article, kept whole.
    pub fn load_with(paths: &[PathBuf], options: LoadOptions) -> Result<Story> {
        StoryFiles::list(paths, options)?.read_all()
    }
}

impl Source for Article {
    fn id(&self) -> &str {
        &self.id
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

impl Article {
    /// Builds an article from text already in memory (the file is not read). An article with
    /// no text after its front matter is an error ([`InputError::Empty`]).
    pub fn parse(path: &Path, text: String, warnings: &mut Vec<Warning>) -> Result<Article> {
        match Article::from_text(path, text, None, LoadOptions::default(), warnings) {
            Outcome::Read(article) => Ok(article),
            Outcome::Skipped(_) => Err(Error::input(path, InputError::Empty)),
            Outcome::Failed(e) => Err(e),
        }
    }

    /// The article; skipped when it has no text after its front matter.
    fn from_text(
        path: &Path,
        text: String,
        manifest: Option<MetaFile>,
        options: LoadOptions,
        warnings: &mut Vec<Warning>,
    ) -> Outcome<Article> {
        let (front, body) = match split_front_matter(&text, path) {
            Ok(split) => split,
            Err(e) => return Outcome::Failed(e),
        };
        if text[body.clone()].trim().is_empty() {
            return Outcome::Skipped(SkipReason::Empty);
        }
        let (text, body, mut read) = match read_markup(path, &text, body.clone(), warnings) {
            Ok(Some(mut read)) => {
                let text = std::mem::take(&mut read.text);
                let body = 0..text.len();
                (text, body, Some(read))
            }
            Ok(None) => (text, body, None),
            Err(reason) => return Outcome::Skipped(reason),
        };
        let id = source_id(path).unwrap_or_default();
        let lines = lines::LineIndex::new(&text);
        let mut published = None;
        let mut meta = Meta::default();
        if let Some(r) = &read {
            meta = r.meta.clone();
            published = r.published.map(|date| Published {
                date,
                origin: DateOrigin::Page,
            });
        }
        let mut article = Article {
            id,
            path: path.to_path_buf(),
            body,
            meta,
            published: None,
            lines,
            text,
            headings: read
                .as_mut()
                .map_or_else(Vec::new, |r| std::mem::take(&mut r.headings)),
            page: read.map(|r| Box::new(r.map)),
        };
        for (fields, origin) in [
            (front, DateOrigin::FrontMatter),
            (manifest, DateOrigin::Manifest),
        ] {
            let Some(f) = fields else { continue };
            // A value is located in the file it was written in.
            let written_in = match origin {
                DateOrigin::Manifest => path.with_file_name(MANIFEST),
                _ => path.to_path_buf(),
            };
            for unread in &f.unread {
                if options.strict {
                    return Outcome::Failed(unread.error(&written_in));
                }
                warnings.push(Warning {
                    path: written_in.clone(),
                    message: unread.warning(),
                });
            }
            let m = &mut article.meta;
            m.outlet = f.outlet.or(m.outlet.take());
            m.url = f.url.or(m.url.take());
            m.lang = f.lang.or(m.lang.take());
            m.title = f.title.or(m.title.take());
            m.extra.extend(f.extra);
            if let Some(date) = f.published {
                published = Some(Published { date, origin });
            }
        }
        if article.meta.lang.is_none() {
            article.meta.lang = language::detect(&article.text[article.body.clone()]);
        }
        article.published = published.or_else(|| article.date_in_text());
        if article.published.is_none() {
            warnings.push(Warning {
                path: path.to_path_buf(),
                message: "no publication date (none in front matter or story.yaml, none stated \
                          in the text); relative dates cannot be resolved"
                    .into(),
            });
        }
        Outcome::Read(article)
    }

    /// One-based line and column (in characters) of a byte offset, in the file. For a web
    /// page, the place in its HTML source, or `(0, 0)` for text that was not found there.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        if let Some(map) = &self.page {
            return map.line_col(&self.text, offset).unwrap_or((0, 0));
        }
        self.lines.line_col(&self.text, offset)
    }

    /// Whether the article was read from a web page (its `text` is then what was read, and
    /// [`Article::line_col`] points into the HTML source).
    pub fn is_page(&self) -> bool {
        self.page.is_some()
    }

    /// The paragraphs (byte ranges of `text`) that a web page marks as headings: its headline
    /// and its `<h1>` … `<h6>` subheads. A plain-text article has none: there a short line
    /// may be a heading or page furniture, and segmentation tells them apart by shape.
    pub fn headings(&self) -> &[Range<usize>] {
        &self.headings
    }

    /// The publication date plainly stated near the top: the first full date on a short line
    /// (a byline or dateline) among the first lines of the body. A date inside a long prose
    /// line is about the story, not the article, so it is not taken.
    fn date_in_text(&self) -> Option<Published> {
        const MAX_LINES: usize = 200;
        const MAX_WORDS: usize = 12;
        let body = &self.text[self.body.clone()];
        let mut offset = self.body.start;
        for line in lines_inclusive(body).take(MAX_LINES) {
            if line.split_whitespace().count() <= MAX_WORDS {
                if let Some((span, date)) = find_full_date(line) {
                    let (line_no, _) = self.line_col(offset + span.start);
                    return Some(Published {
                        date,
                        origin: DateOrigin::Text { line: line_no },
                    });
                }
            }
            offset += line.len();
        }
        None
    }
}

/// An article whose text is not its file: what was read from a web page or from Markdown.
struct Markup {
    /// The text read.
    text: String,
    /// Where each piece of it is in the file.
    map: SourceMap,
    /// What a web page says about itself.
    meta: Meta,
    /// The publication date a web page gives.
    published: Option<Date>,
    /// The paragraphs a web page marks as headings.
    headings: Vec<Range<usize>>,
}

/// Reads `text[body]` as a web page or as Markdown, if it is one (`None` for plain text), with
/// a warning when some of the text was not found again in the file. A page or Markdown file
/// without text is skipped.
fn read_markup(
    path: &Path,
    text: &str,
    body: Range<usize>,
    warnings: &mut Vec<Warning>,
) -> std::result::Result<Option<Markup>, SkipReason> {
    if markdown::is_markdown(path) {
        let (read, map) = markdown::read(text, body);
        if read.trim().is_empty() {
            return Err(SkipReason::Empty);
        }
        let markup = Markup {
            text: read,
            map,
            meta: Meta::default(),
            published: None,
            headings: Vec::new(),
        };
        return Ok(Some(markup));
    }
    if !html::is_html(path, &text[body.clone()]) {
        return Ok(None);
    }
    let page = html::read(text, body)?;
    if page.unmapped > 0 {
        warnings.push(Warning {
            path: path.to_path_buf(),
            message: format!(
                "{} of {} paragraphs read from the page were not found in its HTML source; \
                 claims in them are located at 0:0",
                page.unmapped,
                page.text.split("\n\n").count()
            ),
        });
    }
    Ok(Some(Markup {
        text: page.text,
        map: page.map,
        meta: page.meta,
        published: page.published,
        headings: page.headings,
    }))
}

/// Splits `---` front matter from the body. Returns the decoded fields and the body's range.
fn split_front_matter(text: &str, path: &Path) -> Result<(Option<MetaFile>, Range<usize>)> {
    let text_start = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let rest = &text[text_start..];
    let Some(after_open) = rest
        .strip_prefix("---\n")
        .or_else(|| rest.strip_prefix("---\r\n"))
        .or_else(|| rest.strip_prefix("---\r"))
    else {
        return Ok((None, text_start..text.len()));
    };
    let yaml_start = text.len() - after_open.len();
    let mut offset = yaml_start;
    for line in lines_inclusive(after_open) {
        if line.trim_end() == "---" {
            let yaml = &text[yaml_start..offset];
            let first_line = lines_inclusive(&text[..yaml_start]).count() + 1;
            let fields = front::front_matter(yaml, first_line, path)?;
            return Ok((Some(fields), offset + line.len()..text.len()));
        }
        offset += line.len();
    }
    Err(Error::input(path, InputError::UnclosedFrontMatter))
}
