//! Where each piece of an article's text stands in its file, for articles whose text is not
//! the file itself (web pages, Markdown): lines and columns for evidence.

/// Where in the source file each piece of an article's text was written.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct SourceMap {
    /// Runs of text copied unchanged from the source, in text order.
    runs: Vec<Run>,
}

/// A run of text bytes that are the same bytes in the source, on one source line.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Run {
    /// Start in the text.
    text: u32,
    /// Length in bytes.
    len: u32,
    /// Start in the source, until lines and columns are filled in.
    source: u32,
    /// One-based line and column (in characters) of the run's start in the source.
    line: u32,
    column: u32,
}

impl SourceMap {
    /// One-based line and column in the source of the text byte at `offset`, or `None` when
    /// that text was not found in the source. `text` is the article's text.
    pub fn line_col(&self, text: &str, offset: usize) -> Option<(usize, usize)> {
        let i = self.runs.partition_point(|r| r.text as usize <= offset);
        let run = self.runs.get(i.checked_sub(1)?)?;
        let start = run.text as usize;
        if offset >= start + run.len as usize {
            return None;
        }
        let column = run.column as usize + text.get(start..offset)?.chars().count();
        Some((run.line as usize, column))
    }

    /// Builds the map from (text offset, source offset) pairs, one per character of the text
    /// that was found in the source: characters written the same in both, one after the
    /// other, make one run; any other (a decoded reference) is a run of its own, placed where
    /// it was written.
    pub(super) fn from_chars(source: &str, text: &str, pairs: Vec<(usize, usize)>) -> Self {
        let mut runs: Vec<Run> = Vec::new();
        for (t, s) in pairs {
            let len = text[t..].chars().next().map_or(1, char::len_utf8);
            let same = source.get(s..s + len) == text.get(t..t + len);
            if let Some(last) = runs.last_mut() {
                let (lt, ls, ll) = (last.text as usize, last.source as usize, last.len as usize);
                if same && lt + ll == t && ls + ll == s {
                    last.len += len as u32;
                    continue;
                }
            }
            runs.push(Run {
                text: t as u32,
                len: len as u32,
                source: s as u32,
                line: 0,
                column: 0,
            });
        }
        runs.sort_by_key(|r| r.text);
        fill_lines(source, &mut runs);
        SourceMap { runs }
    }
}

/// Fills in each run's line and column from its source offset, in one pass over the source.
fn fill_lines(source: &str, runs: &mut [Run]) {
    let mut order: Vec<usize> = (0..runs.len()).collect();
    order.sort_by_key(|&i| runs[i].source);
    let (mut line, mut column, mut at) = (1u32, 1u32, 0usize);
    for i in order {
        let target = runs[i].source as usize;
        for c in source[at..target].chars() {
            if c == '\n' {
                line += 1;
                column = 1;
            } else if c != '\u{feff}' {
                column += 1;
            }
        }
        at = target;
        runs[i].line = line;
        runs[i].column = column;
    }
}
