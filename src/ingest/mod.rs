//! Stage 1: files → [`Story`].
//!
//! A story is a directory of articles (or a list of article files). Each article is text with
//! optional YAML front matter (`outlet`, `published`, `url`, `lang`, `title`) between `---`
//! lines; raw scraped text without it works too. A story directory may hold a `story.yaml`
//! manifest giving the same fields per source, so scraped files can stay byte-for-byte as
//! scraped. The source id is the file stem. When no publication date is given, the first full
//! date on a short metadata-like line near the top of the text is taken, and the article says
//! where it came from; otherwise the date stays unknown and a warning says so.
//!
//! # Bad input
//!
//! Files are only ever read. One unusable article must not cost the comparison of the others,
//! so an article file that cannot be an article is **skipped with a warning** naming it and
//! why, and the rest are compared; with `--strict` ([`LoadOptions::strict`]) a skipped article
//! is an error instead (exit 2). Skipped: a file that cannot be read (permissions), a symbolic
//! link that cannot be followed (a loop, a dangling link), a binary file (a NUL byte), an empty
//! or whitespace-only article, and an article over [`MAX_ARTICLE_BYTES`].
//!
//! Encodings: UTF-8 is read as is; a UTF-8 byte-order mark stays in [`Article::text`] (so
//! spans remain byte offsets into the file) but is neither body nor a column. A UTF-16 file
//! with a byte-order mark (LE or BE) is decoded, with a warning. Other bytes that are not UTF-8
//! are decoded as Windows-1252 (which covers Latin-1's printable range) with a warning naming
//! the first byte that is not UTF-8; UTF-8 with a few bad bytes (valid multi-byte characters
//! before the first bad one) keeps its UTF-8 and gets U+FFFD for the bad bytes, also with a
//! warning. Either guess is an error with `--strict`; UTF-16 declared by its mark is not a
//! guess. For a decoded article, spans are byte offsets into the decoded UTF-8 text.
//!
//! Front matter and `story.yaml` are metadata someone wrote, decoded strictly like rule files:
//! a mistake there stops the run (exit 2) with `file:line:column`. A path named on the command
//! line that does not exist is an error too; a directory's unreadable files are skipped.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use serde::{Deserialize, Serialize};

use crate::dates::calendar;
use crate::error::{Error, Result};

mod decode;

use decode::Decoded;

/// File names in a story directory that are configuration, not articles.
pub const MANIFEST: &str = "story.yaml";
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

/// The articles of one story, in source-id order.
#[derive(Debug)]
pub struct Story {
    /// The story directory, when the story was given as one.
    pub dir: Option<PathBuf>,
    /// The articles, sorted by id.
    pub articles: Vec<Article>,
    /// Things worth telling the user that do not stop the run (a warning for each skipped
    /// article among them).
    pub warnings: Vec<Warning>,
    /// The article files that were skipped (see the module documentation), in the order met.
    pub skipped: Vec<PathBuf>,
}

/// A problem that does not stop the run, about one file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Warning {
    /// The file it is about.
    pub path: PathBuf,
    /// What is wrong, in one line.
    pub message: String,
}

/// One article: its text and what is known about it.
#[derive(Debug)]
pub struct Article {
    /// The source id: the file stem.
    pub id: String,
    /// The file it was read from.
    pub path: PathBuf,
    /// The whole file. Every span in claimdiff is a byte range into this text.
    pub text: String,
    /// The part of `text` after the front matter.
    pub body: Range<usize>,
    /// Outlet, URL, language and title, from front matter or the manifest.
    pub meta: Meta,
    /// The publication date and where it was found.
    pub published: Option<Published>,
    line_starts: Vec<usize>,
}

/// Descriptive fields of an article.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Meta {
    /// The publishing outlet ("Le Monde", "Reuters").
    pub outlet: Option<String>,
    /// Where the article was published.
    pub url: Option<String>,
    /// Language code ("en").
    pub lang: Option<String>,
    /// The headline.
    pub title: Option<String>,
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
    /// The article text; `line` is one-based.
    Text {
        /// The line the date was read from.
        line: usize,
    },
}

/// The YAML fields of front matter and of a manifest entry.
#[derive(Debug, Default, Deserialize)]
#[serde(deny_unknown_fields)]
struct MetaFile {
    outlet: Option<String>,
    published: Option<String>,
    url: Option<String>,
    lang: Option<String>,
    title: Option<String>,
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
    sources: BTreeMap<String, MetaFile>,
}

impl Story {
    /// Reads a story from a directory, or from a list of article files, skipping unusable
    /// articles with a warning.
    pub fn load(paths: &[PathBuf]) -> Result<Story> {
        Story::load_with(paths, LoadOptions::default())
    }

    /// Reads a story as [`Story::load`] does, with `options`.
    pub fn load_with(paths: &[PathBuf], options: LoadOptions) -> Result<Story> {
        let mut story = Story {
            dir: None,
            articles: Vec::new(),
            warnings: Vec::new(),
            skipped: Vec::new(),
        };
        let files = match paths {
            [one] if one.is_dir() => {
                story.dir = Some(one.clone());
                let (files, unfollowable) = list_articles(one)?;
                for (path, reason) in unfollowable {
                    story.skip(path, reason, options)?;
                }
                files
            }
            _ => {
                for p in paths {
                    if p.is_dir() {
                        return Err(Error::Input {
                            path: p.clone(),
                            message: "a directory must be the only path given".into(),
                        });
                    }
                    // A path the user named that does not exist is a typo, not a bad article.
                    std::fs::metadata(p).map_err(|source| Error::Io {
                        path: p.clone(),
                        source,
                    })?;
                }
                paths.to_vec()
            }
        };
        let mut manifest = match &story.dir {
            Some(d) if d.join(MANIFEST).is_file() => read_manifest(&d.join(MANIFEST))?,
            _ => ManifestFile::default(),
        };
        for path in files {
            let extra = source_id(&path).and_then(|id| manifest.sources.remove(&id));
            let text = match read_text(&path, options, &mut story.warnings)? {
                Ok(text) => text,
                Err(reason) => {
                    story.skip(path, reason, options)?;
                    continue;
                }
            };
            match Article::from_text(&path, text, extra, &mut story.warnings) {
                Ok(article) => story.articles.push(article),
                Err(Error::Empty { .. }) => story.skip(
                    path,
                    "empty (no text after the front matter)".into(),
                    options,
                )?,
                Err(e) => return Err(e),
            }
        }
        if let (Some(d), Some(id)) = (&story.dir, manifest.sources.keys().next()) {
            // A skipped article still has its file: its manifest entry is not an orphan.
            if !story
                .skipped
                .iter()
                .any(|p| source_id(p).as_ref() == Some(id))
            {
                return Err(Error::Input {
                    path: d.join(MANIFEST),
                    message: format!("source `{id}` has no article file in {}", d.display()),
                });
            }
        }
        story.articles.sort_by(|a, b| a.id.cmp(&b.id));
        for pair in story.articles.windows(2) {
            if pair[0].id == pair[1].id {
                return Err(Error::Input {
                    path: pair[1].path.clone(),
                    message: format!(
                        "source id `{}` is used by {} too; ids are file stems and must differ",
                        pair[1].id,
                        pair[0].path.display()
                    ),
                });
            }
        }
        Ok(story)
    }

    /// Records that `path` is not compared, or, with `--strict`, fails.
    fn skip(&mut self, path: PathBuf, reason: String, options: LoadOptions) -> Result<()> {
        if options.strict {
            return Err(Error::Input {
                path,
                message: format!("{reason} (an error with --strict; without it, skipped)"),
            });
        }
        self.warnings.push(Warning {
            path: path.clone(),
            message: format!("skipped: {reason}"),
        });
        self.skipped.push(path);
        Ok(())
    }
}

/// The article files of a directory: every non-hidden file except YAML and JSON (manifests,
/// rules, expectations), sorted by name, and, apart, the symbolic links that cannot be followed
/// (a loop, a dangling link) with the reason. Subdirectories are not entered.
fn list_articles(dir: &Path) -> Result<(Vec<PathBuf>, Vec<Unfollowable>)> {
    let io = |source| Error::Io {
        path: dir.to_path_buf(),
        source,
    };
    let mut files = Vec::new();
    let mut unfollowable = Vec::new();
    for entry in std::fs::read_dir(dir).map_err(io)? {
        let entry = entry.map_err(io)?;
        let path = entry.path();
        let name = entry.file_name();
        let name = name.to_string_lossy();
        let is_config = matches!(
            path.extension().and_then(|e| e.to_str()),
            Some("yaml" | "yml" | "json")
        );
        if name.starts_with('.') || is_config {
            continue;
        }
        // `metadata` follows links; it fails on a loop (ELOOP) instead of spinning.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_file() => files.push(path),
            Ok(_) => {}
            Err(e) => unfollowable.push((path, format!("cannot follow the symbolic link ({e})"))),
        }
    }
    files.sort();
    unfollowable.sort();
    Ok((files, unfollowable))
}

/// A symbolic link that cannot be followed, and why.
type Unfollowable = (PathBuf, String);

/// Reads and decodes one article file. The outer error stops the run (a guessed encoding with
/// `--strict`); the inner one is why the article is skipped.
fn read_text(
    path: &Path,
    options: LoadOptions,
    warnings: &mut Vec<Warning>,
) -> Result<Result<String, String>> {
    use std::io::Read;
    let cannot_read = |e: std::io::Error| format!("cannot be read ({e})");
    let too_big = |size: u64| {
        format!(
            "{:.1} MB is over the {} MB limit for an article",
            size as f64 / 1e6,
            MAX_ARTICLE_BYTES / (1024 * 1024)
        )
    };
    let file = match std::fs::File::open(path) {
        Ok(file) => file,
        Err(e) => return Ok(Err(cannot_read(e))),
    };
    if let Ok(meta) = file.metadata() {
        if meta.len() > MAX_ARTICLE_BYTES {
            return Ok(Err(too_big(meta.len())));
        }
    }
    // Read one byte past the limit, so a file that grows (or a pipe) is caught too.
    let mut bytes = Vec::new();
    if let Err(e) = file.take(MAX_ARTICLE_BYTES + 1).read_to_end(&mut bytes) {
        return Ok(Err(cannot_read(e)));
    }
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Ok(Err(too_big(bytes.len() as u64)));
    }
    let mut warn = |message: String| {
        warnings.push(Warning {
            path: path.to_path_buf(),
            message,
        })
    };
    let (text, guess) = match decode::decode(bytes) {
        Err(not_text) => return Ok(Err(not_text.to_string())),
        Ok(Decoded::Utf8(text)) => (text, None),
        Ok(Decoded::Utf16 {
            text,
            encoding,
            malformed,
        }) => {
            let damage = if malformed {
                "; unpaired surrogates became U+FFFD"
            } else {
                ""
            };
            warn(format!(
                "decoded from {encoding} (byte-order mark){damage}; spans are offsets into the \
                 UTF-8 text"
            ));
            (text, None)
        }
        Ok(Decoded::BrokenUtf8 { text, offset }) => {
            (text, Some((offset, "the bad bytes became U+FFFD")))
        }
        Ok(Decoded::Windows1252 { text, offset }) => (
            text,
            Some((
                offset,
                "decoded as Windows-1252 (Latin-1); spans are offsets into the UTF-8 text",
            )),
        ),
    };
    if let Some((offset, what)) = guess {
        if options.strict {
            return Err(Error::NotUtf8 {
                path: path.to_path_buf(),
                offset,
            });
        }
        warn(format!(
            "not valid UTF-8 (first bad byte at offset {offset}); {what}"
        ));
    }
    Ok(Ok(text))
}

fn source_id(path: &Path) -> Option<String> {
    path.file_stem().map(|s| s.to_string_lossy().into_owned())
}

fn read_manifest(path: &Path) -> Result<ManifestFile> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_yaml::from_str(&text).map_err(|e| Error::yaml(path, &e, 0))
}

impl Article {
    /// Builds an article from text already in memory (the file is not read).
    pub fn parse(path: &Path, text: String, warnings: &mut Vec<Warning>) -> Result<Article> {
        Article::from_text(path, text, None, warnings)
    }

    fn from_text(
        path: &Path,
        text: String,
        manifest: Option<MetaFile>,
        warnings: &mut Vec<Warning>,
    ) -> Result<Article> {
        let id = source_id(path).unwrap_or_default();
        let line_starts = std::iter::once(0)
            .chain(text.match_indices('\n').map(|(i, _)| i + 1))
            .collect::<Vec<_>>();
        let (front, body) = split_front_matter(&text, path)?;
        if text[body.clone()].trim().is_empty() {
            return Err(Error::Empty {
                path: path.to_path_buf(),
            });
        }
        let mut article = Article {
            id,
            path: path.to_path_buf(),
            body,
            meta: Meta::default(),
            published: None,
            line_starts,
            text,
        };
        let mut published = None;
        for (fields, origin) in [
            (front, DateOrigin::FrontMatter),
            (manifest, DateOrigin::Manifest),
        ] {
            let Some(f) = fields else { continue };
            let m = &mut article.meta;
            m.outlet = f.outlet.or(m.outlet.take());
            m.url = f.url.or(m.url.take());
            m.lang = f.lang.or(m.lang.take());
            m.title = f.title.or(m.title.take());
            if let Some(p) = f.published {
                published = Some(Published {
                    date: parse_published(&p, path)?,
                    origin,
                });
            }
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
        Ok(article)
    }

    /// One-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, offset: usize) -> (usize, usize) {
        let line = self.line_starts.partition_point(|&s| s <= offset);
        let start = self.line_starts[line - 1];
        let before = &self.text[start..offset];
        // A byte-order mark is invisible in an editor: it is no column.
        let before = before.strip_prefix('\u{feff}').unwrap_or(before);
        let column = before.chars().count() + 1;
        (line, column)
    }

    /// The publication date plainly stated near the top: the first full date on a short line
    /// (a byline or dateline) among the first lines of the body. A date inside a long prose
    /// line is about the story, not the article, so it is not taken.
    fn date_in_text(&self) -> Option<Published> {
        const MAX_LINES: usize = 200;
        const MAX_WORDS: usize = 12;
        let body = &self.text[self.body.clone()];
        let mut offset = self.body.start;
        for line in body.split_inclusive('\n').take(MAX_LINES) {
            if line.split_whitespace().count() <= MAX_WORDS {
                if let Some((span, date)) = calendar::find_full_date(line) {
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

/// Splits `---` front matter from the body. Returns the decoded fields and the body's range.
fn split_front_matter(text: &str, path: &Path) -> Result<(Option<MetaFile>, Range<usize>)> {
    let text_start = text.strip_prefix('\u{feff}').map_or(0, |_| 3);
    let rest = &text[text_start..];
    let Some(after_open) = rest
        .strip_prefix("---\n")
        .or_else(|| rest.strip_prefix("---\r\n"))
    else {
        return Ok((None, text_start..text.len()));
    };
    let yaml_start = text.len() - after_open.len();
    let mut offset = yaml_start;
    for line in after_open.split_inclusive('\n') {
        if line.trim_end() == "---" {
            let yaml = &text[yaml_start..offset];
            let fields = if yaml.trim().is_empty() {
                MetaFile::default()
            } else {
                serde_yaml::from_str(yaml).map_err(|e| Error::yaml(path, &e, 1))?
            };
            return Ok((Some(fields), offset + line.len()..text.len()));
        }
        offset += line.len();
    }
    Err(Error::Input {
        path: path.to_path_buf(),
        message: "front matter opened with `---` on line 1 is never closed by a `---` line".into(),
    })
}

fn parse_published(value: &str, path: &Path) -> Result<Date> {
    let day = value.trim().get(..10).unwrap_or(value.trim());
    day.parse::<Date>().map_err(|e| Error::Input {
        path: path.to_path_buf(),
        message: format!("`published: {value}` is not a date of the form YYYY-MM-DD ({e})"),
    })
}
