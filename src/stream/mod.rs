//! claimdiff as two stages of a data-parallel engine (Spark, Dask, Beam, Flink …), for corpora
//! past one machine: [`map()`] turns a stream of articles (JSON Lines, one article per line) into
//! a stream of digests (one JSON line per article, see [`crate::digest::write_digest`]), and
//! [`reduce()`] turns the digests of one or many stories, in any order, into one `check` report
//! per story. Between the two the engine groups digests by their `story` key; each stage is a
//! plain filter from standard input to standard output, so the engine runs it as it runs any
//! program (Spark's `RDD.pipe`, a Dask task calling a subprocess).
//!
//! A story compared from its digests gets the report `check` gives on its files: the same
//! facts, verdicts, ids, evidence and warnings. The stages meet only through the digest lines,
//! which say which rules extracted them: digests of other rules are refused, never compared.

use std::io::{self, BufRead, Read};

use crate::error::LineError;

mod map;
mod reduce;

pub use map::{Done, MapCounts, MapOptions, map};
pub use reduce::{ReduceCounts, StoryReport, reduce, story_report_schema};

/// The longest input line read (64 MiB): an article may have up to
/// [`crate::ingest::MAX_ARTICLE_BYTES`] and JSON escapes can double that; a longer line is an
/// error line, and its bytes are skipped, never held.
pub const MAX_LINE_BYTES: u64 = 4 * crate::ingest::MAX_ARTICLE_BYTES;

/// Reads the next line of `input` (one-based `number` is the caller's); `None` at the end. A
/// line over `limit` bytes, or not UTF-8, is an error for that line and the reading goes on.
fn next_line(
    input: &mut impl BufRead,
    limit: u64,
) -> io::Result<Option<std::result::Result<String, LineError>>> {
    let mut bytes = Vec::new();
    let read = input
        .by_ref()
        .take(limit + 1)
        .read_until(b'\n', &mut bytes)?;
    if read == 0 {
        return Ok(None);
    }
    if bytes.last() != Some(&b'\n') && read as u64 > limit {
        drop(bytes);
        skip_line(input)?;
        return Ok(Some(Err(LineError::TooLong(limit))));
    }
    while matches!(bytes.last(), Some(b'\n' | b'\r')) {
        bytes.pop();
    }
    Ok(Some(
        String::from_utf8(bytes).map_err(|_| LineError::NotUtf8),
    ))
}

/// Skips the rest of the line, holding none of it.
fn skip_line(input: &mut impl BufRead) -> io::Result<()> {
    loop {
        let buf = input.fill_buf()?;
        if buf.is_empty() {
            return Ok(());
        }
        match buf.iter().position(|&b| b == b'\n') {
            Some(i) => {
                input.consume(i + 1);
                return Ok(());
            }
            None => {
                let n = buf.len();
                input.consume(n);
            }
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_over_the_limit_or_not_utf8_are_errors_and_reading_goes_on() {
        let mut input = io::Cursor::new(b"short\r\n0123456789abc\n\xff\xfe\nlast".to_vec());
        let mut lines = Vec::new();
        while let Some(line) = next_line(&mut input, 8).unwrap() {
            lines.push(line.map_err(|e| e.to_string()));
        }
        assert_eq!(
            lines,
            [
                Ok("short".to_string()),
                Err("longer than 8 bytes".to_string()),
                Err("not UTF-8 (JSON Lines are UTF-8)".to_string()),
                Ok("last".to_string()),
            ]
        );
    }
}
