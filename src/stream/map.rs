//! The map stage: articles as JSON Lines in, one digest line per article out, in input order.
//!
//! One thread reads the input, `jobs` workers each read, extract and digest one article at a
//! time (and write its line), and the calling thread hands the lines out in input order. A
//! line is read only when fewer than [`WINDOW_PER_JOB`] × `jobs` lines are between reading and
//! output, so memory holds that many lines and one article per worker, however long the input
//! and however slow one article: a stream of any length runs in bounded memory.

use std::collections::BTreeMap;
use std::io::BufRead;
use std::num::NonZeroUsize;
use std::sync::Mutex;
use std::sync::mpsc;

use super::{MAX_LINE_BYTES, next_line};
use crate::digest::{DigestLine, write_digest};
use crate::error::{Error, LineError, Result};
use crate::ingest::{LoadOptions, read_article_line};
use crate::pipeline::{Keep, Reader};
use crate::rules::RuleSet;

/// Lines in flight per worker: enough that a worker rarely waits for the one ahead of it to
/// be written, few enough that memory stays a handful of articles per worker.
pub const WINDOW_PER_JOB: usize = 4;

/// How the map stage runs.
#[derive(Clone, Copy, Debug, Default)]
pub struct MapOptions {
    /// Worker threads (`None`: all cores).
    pub jobs: Option<NonZeroUsize>,
    /// How each article is read (`strict`: a value that cannot be read is an error).
    pub load: LoadOptions,
}

/// How many lines the map stage digested, and how many it could not read.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct MapCounts {
    /// Articles digested.
    pub articles: usize,
    /// Input lines that gave an error line.
    pub errors: usize,
}

/// What became of one input line: its digest line, or why it has none.
pub type Done = std::result::Result<String, LineError>;

/// Reads articles from `input`, one JSON object per line (blank lines are passed over), and
/// hands `emit` each one's line number and digest line, in input order, or the error that
/// line met. An I/O error reading `input` stops the run; so does an error `emit` returns (for
/// `--strict`), once the lines in flight are dropped.
pub fn map<R: BufRead + Send>(
    input: R,
    rules: &RuleSet,
    options: MapOptions,
    mut emit: impl FnMut(usize, Done) -> Result<()>,
) -> Result<MapCounts> {
    let jobs = options
        .jobs
        .or_else(|| std::thread::available_parallelism().ok())
        .map_or(1, NonZeroUsize::get);
    let window = WINDOW_PER_JOB * jobs;
    let reader = Reader::new(rules);
    let stamp = rules.fingerprint();
    let (work_tx, work_rx) = mpsc::channel::<(usize, usize, Done)>();
    let work_rx = Mutex::new(work_rx);
    let (done_tx, done_rx) = mpsc::channel::<(usize, usize, Done)>();
    let (token_tx, token_rx) = mpsc::sync_channel::<()>(window);
    for _ in 0..window {
        let _ = token_tx.send(());
    }
    std::thread::scope(|scope| {
        let reading = scope.spawn(move || read_all(input, &token_rx, &work_tx));
        for _ in 0..jobs {
            let done_tx = done_tx.clone();
            let (work_rx, reader) = (&work_rx, &reader);
            scope.spawn(move || {
                while let Some((seq, line, text)) = next_work(work_rx) {
                    let done = text.and_then(|t| digest(reader, &t, line, options.load, stamp));
                    if done_tx.send((seq, line, done)).is_err() {
                        return;
                    }
                }
            });
        }
        drop(done_tx);
        let written = write_in_order(&done_rx, &token_tx, &mut emit);
        drop(token_tx);
        drop(done_rx);
        let read = reading.join().unwrap_or(Ok(()));
        let counts = written?;
        read.map_err(|e| Error::Io {
            path: "-".into(),
            source: e,
        })?;
        Ok(counts)
    })
}

/// The reading thread: numbers each non-blank line and queues it, taking a token first (so at
/// most the window is in flight); stops at the end of input or when the writer is gone.
fn read_all<R: BufRead>(
    mut input: R,
    tokens: &mpsc::Receiver<()>,
    work: &mpsc::Sender<(usize, usize, Done)>,
) -> std::io::Result<()> {
    let mut line = 0;
    let mut seq = 0;
    while let Some(text) = next_line(&mut input, MAX_LINE_BYTES)? {
        line += 1;
        if text.as_ref().is_ok_and(|t| t.trim().is_empty()) {
            continue;
        }
        if tokens.recv().is_err() || work.send((seq, line, text)).is_err() {
            return Ok(());
        }
        seq += 1;
    }
    Ok(())
}

/// The next queued line, or `None` once the reader is done and the queue empty.
fn next_work(work: &Mutex<mpsc::Receiver<(usize, usize, Done)>>) -> Option<(usize, usize, Done)> {
    work.lock().ok()?.recv().ok()
}

/// One article line digested and written as its digest line.
fn digest(reader: &Reader<'_>, text: &str, line: usize, load: LoadOptions, stamp: &str) -> Done {
    let read = read_article_line(text, load)?;
    let digest = DigestLine {
        story: read.story,
        line,
        digest: reader.digest(&read.article, Keep::Evidence),
        warnings: read.warnings,
    };
    Ok(write_digest(&digest, stamp))
}

/// Hands each finished line to `emit` in input order, returning a token for each.
fn write_in_order(
    done: &mpsc::Receiver<(usize, usize, Done)>,
    tokens: &mpsc::SyncSender<()>,
    emit: &mut impl FnMut(usize, Done) -> Result<()>,
) -> Result<MapCounts> {
    let mut pending = BTreeMap::new();
    let mut next = 0;
    let mut counts = MapCounts::default();
    for (seq, line, result) in done {
        pending.insert(seq, (line, result));
        while let Some((line, result)) = pending.remove(&next) {
            match result {
                Ok(_) => counts.articles += 1,
                Err(_) => counts.errors += 1,
            }
            emit(line, result)?;
            let _ = tokens.send(());
            next += 1;
        }
    }
    Ok(counts)
}
