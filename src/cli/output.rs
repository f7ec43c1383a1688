//! Where a report goes: standard output, or the file `--output` names (and where `--bless`
//! writes its expectation file, the same way).
//!
//! A report file never replaces what the run reads: [`refuse_inputs`] compares the target with
//! every input (articles, `story.yaml`, rule files, the expectation file) by canonical path and
//! by file identity (device and inode), so a hard link or a symbolic link to an article is
//! caught too. The report is then streamed through a buffer into the file, never held whole:
//!
//! - a symbolic link is followed, and its target written (the link stays a link);
//! - a file that is not a regular file (a pipe, `/dev/null`, a terminal) is written directly:
//!   replacing it by rename would put a regular file where the device or pipe was;
//! - otherwise a temporary file with a unique name beside the target is written and renamed
//!   over it once complete, so a reader never sees half a report. It is removed on any error,
//!   and on Ctrl-C or a termination signal ([`remove_unfinished`], which the binary calls from
//!   its signal handler).

use std::io::{BufWriter, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;

use crate::error::{Error, Result, Usage};

/// How many symbolic links are followed before the target is taken as a loop (the usual
/// `SYMLOOP_MAX`).
const MAX_LINKS: usize = 40;

/// The temporary file being written, if any: what [`remove_unfinished`] removes.
static UNFINISHED: Mutex<Option<PathBuf>> = Mutex::new(None);

/// Fails with [`Usage::OutputIsInput`] when `output`, named by `flag`, is one of `inputs` (the
/// same file under any name); a target that does not exist yet is no input.
pub(super) fn refuse_inputs(
    flag: &'static str,
    output: Option<&Path>,
    inputs: &[PathBuf],
) -> Result<()> {
    let Some(output) = output else {
        return Ok(());
    };
    let Ok(target) = std::fs::metadata(output) else {
        return Ok(());
    };
    let canonical = std::fs::canonicalize(output).ok();
    for input in inputs {
        let same_path = canonical.is_some() && std::fs::canonicalize(input).ok() == canonical;
        let same_file = std::fs::metadata(input).is_ok_and(|m| same_identity(&m, &target));
        if same_path || same_file {
            return Err(Error::Usage(Usage::OutputIsInput {
                flag,
                output: output.to_path_buf(),
                input: input.clone(),
            }));
        }
    }
    Ok(())
}

/// Runs `write` on standard output, or on the file `path` as the module documentation says.
pub(super) fn with_output(
    path: Option<&Path>,
    out: &mut dyn Write,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    match path {
        None => write(out).map_err(Error::Write),
        Some(path) => write_file(path, write),
    }
}

/// Removes the temporary file of a report being written, if there is one. For a signal
/// handler: the process is about to exit, and the report will not be completed.
pub fn remove_unfinished() {
    let pending = UNFINISHED.lock().map(|mut p| p.take());
    if let Ok(Some(path)) = pending {
        let _ = std::fs::remove_file(path);
    }
}

/// Writes the report file at `path`: through symbolic links, directly into a file that is not
/// a regular one, else by a temporary file renamed into place.
pub(super) fn write_file(
    path: &Path,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> Result<()> {
    let target = follow_links(path).map_err(|source| io(path, source))?;
    let io = |source| io(&target, source);
    let existing = match std::fs::metadata(&target) {
        Ok(meta) => Some(meta),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => None,
        Err(e) => return Err(io(e)),
    };
    if let Some(meta) = &existing {
        if meta.is_dir() {
            return Err(io(std::io::ErrorKind::IsADirectory.into()));
        }
        if !meta.is_file() {
            let file = std::fs::OpenOptions::new()
                .write(true)
                .open(&target)
                .map_err(io)?;
            return stream(file, write).map(drop).map_err(io);
        }
    }
    let temp = temporary_beside(&target, existing.as_ref()).map_err(io)?;
    *UNFINISHED.lock().unwrap_or_else(|e| e.into_inner()) = Some(temp.path().to_path_buf());
    let done = stream(temp, write).and_then(|temp| temp.persist(&target).map_err(|e| e.error));
    UNFINISHED.lock().unwrap_or_else(|e| e.into_inner()).take();
    done.map(drop).map_err(io)
}

/// `write` into `file` through a buffer, flushed; the file back.
fn stream<F: Write>(
    file: F,
    write: impl FnOnce(&mut dyn Write) -> std::io::Result<()>,
) -> std::io::Result<F> {
    let mut buffered = BufWriter::with_capacity(64 * 1024, file);
    write(&mut buffered)?;
    buffered.into_inner().map_err(|e| e.into_error())
}

/// A new temporary file, uniquely named, in the directory of `target`, with the permissions of
/// the file it will replace (or those of a new file).
fn temporary_beside(
    target: &Path,
    existing: Option<&std::fs::Metadata>,
) -> std::io::Result<tempfile::NamedTempFile> {
    let dir = match target.parent() {
        Some(dir) if !dir.as_os_str().is_empty() => dir,
        _ => Path::new("."),
    };
    let name = target.file_name().unwrap_or_default().to_string_lossy();
    let prefix = format!(".{name}.");
    let mut builder = tempfile::Builder::new();
    builder.prefix(&prefix).suffix(".tmp");
    #[cfg(unix)]
    {
        use std::os::unix::fs::PermissionsExt;
        // A new file gets what `File::create` gives (0666 less the umask), not a temporary
        // file's private 0600.
        let mode = existing.map_or(0o666, |m| m.permissions().mode() & 0o7777);
        builder.permissions(std::fs::Permissions::from_mode(mode));
    }
    #[cfg(not(unix))]
    let _ = existing;
    builder.tempfile_in(dir)
}

/// `path` with every symbolic link along the last component followed: the file a write
/// through `path` would reach, existing or not. Links in the directories above need no
/// following: a rename into the directory goes through them.
fn follow_links(path: &Path) -> std::io::Result<PathBuf> {
    let mut current = path.to_path_buf();
    for _ in 0..MAX_LINKS {
        match std::fs::symlink_metadata(&current) {
            Ok(meta) if meta.file_type().is_symlink() => {
                let link = std::fs::read_link(&current)?;
                current = match current.parent() {
                    Some(dir) if link.is_relative() => dir.join(link),
                    _ => link,
                };
            }
            Ok(_) => return Ok(current),
            Err(e) if e.kind() == std::io::ErrorKind::NotFound => return Ok(current),
            Err(e) => return Err(e),
        }
    }
    Err(std::io::Error::other("too many levels of symbolic links"))
}

/// Whether two files' metadata name one file: the same device and inode (so a hard link is
/// caught); without those (not Unix), never.
fn same_identity(a: &std::fs::Metadata, b: &std::fs::Metadata) -> bool {
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        a.dev() == b.dev() && a.ino() == b.ino()
    }
    #[cfg(not(unix))]
    {
        let _ = (a, b);
        false
    }
}

/// An I/O error about the report file.
fn io(path: &Path, source: std::io::Error) -> Error {
    Error::Io {
        path: path.to_path_buf(),
        source,
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Taken by each test that writes a report: [`UNFINISHED`] is one for the process.
    static ONE_AT_A_TIME: Mutex<()> = Mutex::new(());

    #[test]
    fn a_failed_write_leaves_the_old_file_and_no_temporary_one() {
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let dir = tempfile::tempdir().unwrap();
        let report = dir.path().join("report.md");
        std::fs::write(&report, "old").unwrap();
        let failed = write_file(&report, |w| {
            w.write_all(&[b'x'; 100_000])?;
            Err(std::io::Error::other("the renderer failed"))
        });
        assert!(failed.is_err());
        assert_eq!(std::fs::read_to_string(&report).unwrap(), "old");
        assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
        assert!(UNFINISHED.lock().unwrap().is_none());
    }

    #[test]
    fn an_unfinished_report_is_removed_on_request() {
        let _one = ONE_AT_A_TIME.lock().unwrap_or_else(|e| e.into_inner());
        let dir = tempfile::tempdir().unwrap();
        let report = dir.path().join("report.md");
        write_file(&report, |w| {
            w.write_all(b"half")?;
            w.flush()?;
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 1);
            // As the binary's signal handler does.
            remove_unfinished();
            assert_eq!(std::fs::read_dir(dir.path()).unwrap().count(), 0);
            Err(std::io::Error::other("interrupted"))
        })
        .unwrap_err();
        assert!(!report.exists());
    }

    #[test]
    fn links_are_followed_to_the_file_they_reach() {
        let dir = tempfile::tempdir().unwrap();
        let missing = dir.path().join("missing");
        assert_eq!(follow_links(&missing).unwrap(), missing);
        #[cfg(unix)]
        {
            let a = dir.path().join("a");
            let b = dir.path().join("b");
            std::os::unix::fs::symlink("b", &a).unwrap();
            std::os::unix::fs::symlink("real", &b).unwrap();
            assert_eq!(follow_links(&a).unwrap(), dir.path().join("real"));
            let l = dir.path().join("loop");
            std::os::unix::fs::symlink("loop", &l).unwrap();
            assert!(follow_links(&l).is_err());
        }
    }
}
