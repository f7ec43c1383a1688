//! A story's files, in three steps: [`StoryFiles::list`] finds the article files and reads the
//! manifest, [`StoryFiles::read`] reads one article, [`StoryFiles::gather`] makes the results a
//! [`Story`]. Apart, so that a caller can read the articles one at a time, on as many threads as
//! it likes, and keep only what it needs of each (see [`crate::digest`]); [`Story::load`] is the
//! three in a row, keeping every article whole.
//!
//! Warnings, skips and errors come out as if the files were read one after another in listing
//! order, whatever order they were read in: each read carries its own, and `gather` goes
//! through them in order.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use super::decode::{self, Decoded};
use super::{
    Article, LoadOptions, MANIFEST, MAX_ARTICLE_BYTES, ManifestFile, MetaFile, Source, Story,
    Warning, source_id,
};
use crate::error::{Error, Result};

/// The article files of a story, listed, with the manifest read; no article is read yet.
#[derive(Debug)]
pub struct StoryFiles {
    /// The story directory, when the story was given as one.
    dir: Option<PathBuf>,
    /// The article files, in the order they are read and warned about.
    files: Vec<ArticleFile>,
    /// Manifest entries no article file took, by source id.
    unclaimed: BTreeMap<String, MetaFile>,
    /// Warnings so far: the symbolic links that cannot be followed, each skipped.
    warnings: Vec<Warning>,
    /// The files skipped so far.
    skipped: Vec<PathBuf>,
    options: LoadOptions,
}

/// One article file of a story, with the manifest's fields for it.
#[derive(Debug)]
pub struct ArticleFile {
    path: PathBuf,
    manifest: Option<MetaFile>,
}

/// What reading one article file gave, with the warnings met on the way. `T` is the
/// [`Article`], or what the caller made of it with [`ArticleRead::map`].
#[derive(Debug)]
pub struct ArticleRead<T> {
    path: PathBuf,
    warnings: Vec<Warning>,
    outcome: Outcome<T>,
}

/// How reading one article file ended.
#[derive(Debug)]
enum Outcome<T> {
    /// The article, or what the caller made of it.
    Read(T),
    /// Why the file is not an article (see [`super`]): skipped, or an error with `--strict`.
    Skipped(String),
    /// An error that stops the run (bad front matter, a guessed encoding with `--strict`).
    Failed(Error),
}

impl ArticleFile {
    /// The file.
    pub fn path(&self) -> &Path {
        &self.path
    }
}

impl<T> ArticleRead<T> {
    /// Makes `f` of the article, if the file was one: the article can be dropped there, once
    /// what is needed of it is taken.
    pub fn map<U>(self, f: impl FnOnce(T) -> U) -> ArticleRead<U> {
        ArticleRead {
            path: self.path,
            warnings: self.warnings,
            outcome: match self.outcome {
                Outcome::Read(t) => Outcome::Read(f(t)),
                Outcome::Skipped(reason) => Outcome::Skipped(reason),
                Outcome::Failed(e) => Outcome::Failed(e),
            },
        }
    }
}

impl StoryFiles {
    /// Lists the article files of a directory (with its `story.yaml`), or checks a list of
    /// article files. A symbolic link that cannot be followed is skipped here already (an
    /// error with `--strict`).
    pub fn list(paths: &[PathBuf], options: LoadOptions) -> Result<StoryFiles> {
        let mut story = StoryFiles {
            dir: None,
            files: Vec::new(),
            unclaimed: BTreeMap::new(),
            warnings: Vec::new(),
            skipped: Vec::new(),
            options,
        };
        let paths = match paths {
            [one] if one.is_dir() => {
                story.dir = Some(one.clone());
                let (files, unfollowable) = list_articles(one)?;
                for (path, reason) in unfollowable {
                    skip(
                        &mut story.warnings,
                        &mut story.skipped,
                        path,
                        reason,
                        options,
                    )?;
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
        // In file order, so of two files with one stem the first takes the entry.
        story.files = paths
            .into_iter()
            .map(|path| ArticleFile {
                manifest: source_id(&path).and_then(|id| manifest.sources.remove(&id)),
                path,
            })
            .collect();
        story.unclaimed = manifest.sources;
        Ok(story)
    }

    /// The story directory, when the story was given as one.
    pub fn dir(&self) -> Option<&Path> {
        self.dir.as_deref()
    }

    /// The article files, in the order [`StoryFiles::gather`] takes their reads.
    pub fn files(&self) -> &[ArticleFile] {
        &self.files
    }

    /// Reads, decodes and parses one article file (one of [`StoryFiles::files`]). Safe to call
    /// from several threads at once.
    pub fn read(&self, file: &ArticleFile) -> ArticleRead<Article> {
        let mut warnings = Vec::new();
        let path = &file.path;
        let outcome = match read_text(path, self.options, &mut warnings) {
            Err(e) => Outcome::Failed(e),
            Ok(Err(reason)) => Outcome::Skipped(reason),
            Ok(Ok(text)) => {
                match Article::from_text(path, text, file.manifest.clone(), &mut warnings) {
                    Ok(article) => Outcome::Read(article),
                    Err(Error::Empty { .. }) => {
                        Outcome::Skipped("empty (no text after the front matter)".into())
                    }
                    Err(e) => Outcome::Failed(e),
                }
            }
        };
        ArticleRead {
            path: path.clone(),
            warnings,
            outcome,
        }
    }

    /// Makes the story from the reads, one per file in the order of [`StoryFiles::files`]:
    /// their warnings and skips in that order, the first error among them, then the checks that
    /// need every file (a manifest entry without a file, two files with one source id). The
    /// articles are sorted by source id.
    pub fn gather<T: Source>(self, reads: Vec<ArticleRead<T>>) -> Result<Story<T>> {
        let StoryFiles {
            dir,
            unclaimed,
            mut warnings,
            mut skipped,
            options,
            ..
        } = self;
        let mut articles = Vec::with_capacity(reads.len());
        for read in reads {
            warnings.extend(read.warnings);
            match read.outcome {
                Outcome::Read(article) => articles.push(article),
                Outcome::Skipped(reason) => {
                    skip(&mut warnings, &mut skipped, read.path, reason, options)?
                }
                Outcome::Failed(e) => return Err(e),
            }
        }
        if let (Some(d), Some(id)) = (&dir, unclaimed.keys().next()) {
            // A skipped article still has its file: its manifest entry is not an orphan.
            if !skipped.iter().any(|p| source_id(p).as_ref() == Some(id)) {
                return Err(Error::Input {
                    path: d.join(MANIFEST),
                    message: format!("source `{id}` has no article file in {}", d.display()),
                });
            }
        }
        articles.sort_by(|a, b| a.id().cmp(b.id()));
        for pair in articles.windows(2) {
            if pair[0].id() == pair[1].id() {
                return Err(Error::Input {
                    path: pair[1].path().to_path_buf(),
                    message: format!(
                        "source id `{}` is used by {} too; ids are file stems and must differ",
                        pair[1].id(),
                        pair[0].path().display()
                    ),
                });
            }
        }
        Ok(Story {
            dir,
            articles,
            warnings,
            skipped,
        })
    }
}

/// Records that `path` is not compared, or, with `--strict`, fails.
fn skip(
    warnings: &mut Vec<Warning>,
    skipped: &mut Vec<PathBuf>,
    path: PathBuf,
    reason: String,
    options: LoadOptions,
) -> Result<()> {
    if options.strict {
        return Err(Error::Input {
            path,
            message: format!("{reason} (an error with --strict; without it, skipped)"),
        });
    }
    warnings.push(Warning {
        path: path.clone(),
        message: format!("skipped: {reason}"),
    });
    skipped.push(path);
    Ok(())
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

fn read_manifest(path: &Path) -> Result<ManifestFile> {
    let text = std::fs::read_to_string(path).map_err(|source| Error::Io {
        path: path.to_path_buf(),
        source,
    })?;
    serde_yaml::from_str(&text).map_err(|e| Error::yaml(path, &e, 0))
}
