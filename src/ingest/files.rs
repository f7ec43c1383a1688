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
use super::own;
use super::{
    Article, LoadOptions, MANIFEST, MAX_ARTICLE_BYTES, ManifestFile, MetaFile, Outcome, STDIN,
    STDIN_NAME, STORY_RULES, Source, Story, front,
};
use crate::error::{Error, InputError, Result, SkipReason, Warning};

/// The article files of a story, listed, with the manifest read; no article is read yet.
#[derive(Debug)]
pub struct StoryFiles {
    /// The story directory, when the story was given as one.
    dir: Option<PathBuf>,
    /// The story as it was named: the directory, or the first article file.
    named: PathBuf,
    /// The article files, in the order they are read and warned about.
    files: Vec<ArticleFile>,
    /// Manifest entries no article file took: the directory and the source id.
    unclaimed: Vec<(PathBuf, String)>,
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
    /// The bytes read from standard input, for the article named `-`.
    stdin: Option<Vec<u8>>,
}

/// What reading one article file gave, with the warnings met on the way. `T` is the
/// [`Article`], or what the caller made of it with [`ArticleRead::map`].
#[derive(Debug)]
pub struct ArticleRead<T> {
    path: PathBuf,
    warnings: Vec<Warning>,
    outcome: Outcome<T>,
}

impl ArticleFile {
    /// The file (for standard input, the name it was given).
    pub fn path(&self) -> &Path {
        &self.path
    }

    /// Whether the article is standard input, read already, rather than a file.
    pub fn is_stdin(&self) -> bool {
        self.stdin.is_some()
    }
}

/// The files a run on the story directory `dir` reads: its article files, `story.yaml` and
/// `rules.yaml` (those that exist). For a writer that must not overwrite any of them; an
/// unreadable directory lists none (reading the story reports it).
pub fn story_inputs(dir: &Path) -> Vec<PathBuf> {
    let mut inputs = list_articles(dir)
        .map(|(files, _)| files)
        .unwrap_or_default();
    for config in [MANIFEST, STORY_RULES] {
        let path = dir.join(config);
        if path.exists() {
            inputs.push(path);
        }
    }
    inputs
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
    /// Lists the article files of a directory (with its `story.yaml`), or of any mix of
    /// article files, directories and `-` (standard input, read here, as an article named
    /// `stdin`). A symbolic link that cannot be followed is skipped here already (an error with
    /// `--strict`).
    pub fn list(paths: &[PathBuf], options: LoadOptions) -> Result<StoryFiles> {
        StoryFiles::list_named(paths, options, STDIN_NAME)
    }

    /// [`StoryFiles::list`], with standard input read as an article named `stdin_name` (its
    /// stem is the source id; its extension, if any, says whether it is a web page or
    /// Markdown).
    pub fn list_named(
        paths: &[PathBuf],
        options: LoadOptions,
        stdin_name: &str,
    ) -> Result<StoryFiles> {
        let mut story = StoryFiles {
            dir: None,
            named: paths.first().cloned().unwrap_or_default(),
            files: Vec::new(),
            unclaimed: Vec::new(),
            warnings: Vec::new(),
            skipped: Vec::new(),
            options,
        };
        if let [one] = paths {
            if one.is_dir() {
                story.dir = Some(one.clone());
            }
        }
        for p in paths {
            if p.as_os_str() == STDIN {
                story.files.push(ArticleFile {
                    path: PathBuf::from(stdin_name),
                    manifest: None,
                    stdin: Some(read_stdin()?),
                });
            } else if p.is_dir() {
                story.list_dir(p)?;
            } else {
                // A path the user named that does not exist is a typo, not a bad article; a pipe
                // or device named is never opened (it would block or never end): only `-`
                // reads a stream.
                let meta = std::fs::metadata(p).map_err(|source| Error::Io {
                    path: p.clone(),
                    source,
                })?;
                if !meta.is_file() {
                    let kind = own::special_kind(&meta.file_type());
                    return Err(Error::input(p, InputError::NotRegular { kind }));
                }
                story.files.push(ArticleFile {
                    path: p.clone(),
                    manifest: None,
                    stdin: None,
                });
            }
        }
        Ok(story)
    }

    /// Adds a directory's article files, each with its `story.yaml` entry.
    fn list_dir(&mut self, dir: &Path) -> Result<()> {
        let (files, unfollowable) = list_articles(dir)?;
        for (path, reason) in unfollowable {
            skip(
                &mut self.warnings,
                &mut self.skipped,
                path,
                reason,
                self.options,
            )?;
        }
        let mut manifest = if dir.join(MANIFEST).is_file() {
            read_manifest(&dir.join(MANIFEST))?
        } else {
            BTreeMap::new()
        };
        // In file order, so of two files with one stem the first takes the entry.
        self.files.extend(files.into_iter().map(|path| ArticleFile {
            manifest: source_id(&path).and_then(|id| manifest.remove(&id)),
            path,
            stdin: None,
        }));
        self.unclaimed
            .extend(manifest.into_keys().map(|id| (dir.to_path_buf(), id)));
        Ok(())
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
        let outcome = match read_text(path, file.stdin.clone(), self.options, &mut warnings) {
            Outcome::Read(text) => Article::from_text(
                path,
                text,
                file.manifest.clone(),
                self.options,
                &mut warnings,
            ),
            Outcome::Skipped(reason) => Outcome::Skipped(reason),
            Outcome::Failed(e) => Outcome::Failed(e),
        };
        ArticleRead {
            path: path.clone(),
            warnings,
            outcome,
        }
    }

    /// Reads every article, one after another on this thread, each kept whole.
    pub fn read_all(self) -> Result<Story> {
        let reads = self.files.iter().map(|f| self.read(f)).collect();
        self.gather(reads)
    }

    /// Makes the story from the reads, one per file in the order of [`StoryFiles::files`]:
    /// their warnings and skips in that order, the first error among them, then the checks that
    /// need every file (a manifest entry without a file, two files with one source id). The
    /// articles are sorted by source id, numbers in ids by their value.
    pub fn gather<T: Source>(self, reads: Vec<ArticleRead<T>>) -> Result<Story<T>> {
        let StoryFiles {
            dir,
            named,
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
        // A skipped article still has its file: its manifest entry is not an orphan.
        let orphan = unclaimed
            .into_iter()
            .find(|(_, id)| !skipped.iter().any(|p| source_id(p).as_ref() == Some(id)));
        if let Some((d, id)) = orphan {
            let kind = InputError::OrphanManifestEntry { id, dir: d.clone() };
            return Err(Error::input(d.join(MANIFEST), kind));
        }
        // Natural order, as a person numbers files: 1, 2, … 10, not 1, 10, 2; ties (`01`, `1`)
        // fall back to the bytes, so the order is total and stable.
        articles.sort_by(|a, b| {
            alphanumeric_sort::compare_str(a.id(), b.id()).then_with(|| a.id().cmp(b.id()))
        });
        for pair in articles.windows(2) {
            if pair[0].id() == pair[1].id() {
                let kind = InputError::DuplicateId {
                    id: pair[1].id().to_string(),
                    other: pair[0].path().to_path_buf(),
                };
                return Err(Error::input(pair[1].path(), kind));
            }
        }
        Ok(Story {
            dir,
            articles,
            warnings,
            skipped,
            named,
        })
    }
}

/// Records that `path` is not compared, or, with `--strict`, fails.
fn skip(
    warnings: &mut Vec<Warning>,
    skipped: &mut Vec<PathBuf>,
    path: PathBuf,
    reason: SkipReason,
    options: LoadOptions,
) -> Result<()> {
    // A report claimdiff wrote is no article lost: a warning even with --strict.
    if options.strict && !matches!(reason, SkipReason::OwnReport { .. }) {
        return Err(Error::input(path, InputError::Strict(reason)));
    }
    warnings.push(Warning {
        path: path.clone(),
        message: format!("skipped: {reason}"),
    });
    skipped.push(path);
    Ok(())
}

/// The article files of a directory: every non-hidden file except data files (manifests,
/// rules, expectations, machine-readable reports: [`own::is_data_file`]), sorted by name, and, apart, the symbolic links that cannot be followed
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
        if name.starts_with('.') || own::is_data_file(&path) {
            continue;
        }
        // `metadata` follows links; it fails on a loop (ELOOP) instead of spinning.
        match std::fs::metadata(&path) {
            Ok(meta) if meta.is_file() => files.push(path),
            // Subdirectories are not entered.
            Ok(meta) if meta.is_dir() => {}
            // A pipe would block the run on open, a device read until memory runs out.
            Ok(meta) => {
                let kind = own::special_kind(&meta.file_type());
                unfollowable.push((path, SkipReason::NotRegular { kind }))
            }
            Err(e) => unfollowable.push((path, SkipReason::Unfollowable(e))),
        }
    }
    files.sort();
    unfollowable.sort_by(|a, b| a.0.cmp(&b.0));
    Ok((files, unfollowable))
}

/// A directory entry that is not read as an article although it may look like one, and why: a
/// symbolic link that cannot be followed, a pipe, socket or device.
type Unfollowable = (PathBuf, SkipReason);

/// Reads and decodes one article file (or the bytes read from standard input): its text, why it is skipped, or the error that stops
/// the run (a guessed encoding with `--strict`).
fn read_text(
    path: &Path,
    stdin: Option<Vec<u8>>,
    options: LoadOptions,
    warnings: &mut Vec<Warning>,
) -> Outcome<String> {
    let bytes = match stdin.map_or_else(|| read_bytes(path), within_limit) {
        Ok(bytes) => bytes,
        Err(reason) => return Outcome::Skipped(reason),
    };
    let mut warn = |message: String| {
        warnings.push(Warning {
            path: path.to_path_buf(),
            message,
        })
    };
    let (text, guess) = match decode::decode(bytes) {
        Err(decode::NotText::Binary { offset }) => {
            return Outcome::Skipped(SkipReason::Binary { offset });
        }
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
        Ok(Decoded::Declared { text, encoding }) => {
            warn(format!(
                "decoded from {encoding} (the page's meta charset); spans are offsets into the \
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
    if let Some(format) = own::report_format(&text) {
        return Outcome::Skipped(SkipReason::OwnReport { format });
    }
    if let Some((offset, what)) = guess {
        if options.strict {
            return Outcome::Failed(Error::input(path, InputError::NotUtf8 { offset }));
        }
        warn(format!(
            "not valid UTF-8 (first bad byte at offset {offset}); {what}"
        ));
    }
    Outcome::Read(text)
}

/// Standard input, whole (up to one byte past [`MAX_ARTICLE_BYTES`]: [`within_limit`] then
/// skips it as too large).
fn read_stdin() -> Result<Vec<u8>> {
    use std::io::Read;
    let mut bytes = Vec::new();
    std::io::stdin()
        .lock()
        .take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(|source| Error::Io {
            path: PathBuf::from(STDIN),
            source,
        })?;
    Ok(bytes)
}

/// The bytes, or [`SkipReason::TooLarge`] when they are over [`MAX_ARTICLE_BYTES`].
fn within_limit(bytes: Vec<u8>) -> std::result::Result<Vec<u8>, SkipReason> {
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(SkipReason::TooLarge {
            bytes: bytes.len() as u64,
            limit: MAX_ARTICLE_BYTES,
        });
    }
    Ok(bytes)
}

/// The bytes of an article file, or why it is skipped: it cannot be read, or it is over
/// [`MAX_ARTICLE_BYTES`].
fn read_bytes(path: &Path) -> std::result::Result<Vec<u8>, SkipReason> {
    use std::io::Read;
    let too_big = |bytes: u64| SkipReason::TooLarge {
        bytes,
        limit: MAX_ARTICLE_BYTES,
    };
    let file = own::open_regular(path)?;
    if let Ok(meta) = file.metadata() {
        if !meta.is_file() {
            let kind = own::special_kind(&meta.file_type());
            return Err(SkipReason::NotRegular { kind });
        }
        if meta.len() > MAX_ARTICLE_BYTES {
            return Err(too_big(meta.len()));
        }
    }
    // Read one byte past the limit, so a file that grows (or a pipe) is caught too.
    let mut bytes = Vec::new();
    file.take(MAX_ARTICLE_BYTES + 1)
        .read_to_end(&mut bytes)
        .map_err(SkipReason::Unreadable)?;
    if bytes.len() as u64 > MAX_ARTICLE_BYTES {
        return Err(too_big(bytes.len() as u64));
    }
    Ok(bytes)
}

/// The entries of `story.yaml`, by source id.
fn read_manifest(path: &Path) -> Result<BTreeMap<String, MetaFile>> {
    let text = crate::rules::yaml::read_capped(path)?;
    crate::rules::yaml::check_unique_keys(&text, path, 0)?;
    let file: ManifestFile = serde_yaml::from_str(&text).map_err(|e| Error::yaml(path, &e, 0))?;
    Ok(file
        .sources
        .into_iter()
        .map(|(id, mapping)| {
            let entry = front::manifest_entry(&id, mapping, &text);
            (id, entry)
        })
        .collect())
}

/// The source id of an article file: its stem. Bytes of a stem that are not UTF-8 are written
/// as `\xff`, not made U+FFFD: two names that differ only there keep apart.
pub(super) fn source_id(path: &Path) -> Option<String> {
    let stem = path.file_stem()?.as_encoded_bytes();
    let mut id = String::with_capacity(stem.len());
    for chunk in stem.utf8_chunks() {
        id.push_str(chunk.valid());
        for b in chunk.invalid() {
            id.push_str(&format!("\\x{b:02x}"));
        }
    }
    Some(id)
}
