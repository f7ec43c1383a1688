//! Lines and columns of byte offsets in a text article, in time independent of line length.
//!
//! A line ends at LF, CRLF or a lone CR (old Mac exports and some CMS dumps use CR alone).
//! Columns count characters; a byte-order mark is invisible in an editor, so it is no column.
//! Besides each line start the index marks a point every [`MARK_EVERY`] bytes of a long line,
//! so that a column is counted from a nearby mark: counting from the line start made each
//! claim of a one-line megabyte article cost a scan of the line.

/// The distance between two marks inside one line, in bytes.
const MARK_EVERY: usize = 1024;

/// A place whose line and column are known.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Mark {
    /// Byte offset in the text.
    at: usize,
    /// One-based line.
    line: usize,
    /// One-based column (in characters) of the byte at `at`.
    column: usize,
}

/// The marks of one text, in offset order.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub(super) struct LineIndex {
    marks: Vec<Mark>,
}

impl LineIndex {
    /// Indexes the lines of `text`.
    pub(super) fn new(text: &str) -> Self {
        // Most text has no CR: its lines are found by the fast search for one byte.
        let starts: Vec<usize> = if text.contains('\r') {
            line_spans(text).map(|(start, _)| start).collect()
        } else {
            let breaks = text.match_indices('\n').map(|(i, _)| i + 1);
            std::iter::once(0).chain(breaks).collect()
        };
        let mut marks = Vec::with_capacity(starts.len());
        for (n, &start) in starts.iter().enumerate() {
            let line = n + 1;
            let end = starts.get(n + 1).copied().unwrap_or(text.len());
            marks.push(Mark {
                at: start,
                line,
                column: 1,
            });
            let mut at = start;
            // The character after a byte-order mark is the line's first column too.
            if text[start..end].starts_with('\u{feff}') {
                at += '\u{feff}'.len_utf8();
                marks.push(Mark {
                    at,
                    line,
                    column: 1,
                });
            }
            let mut column = 1;
            while end - at > MARK_EVERY {
                let mut next = at + MARK_EVERY;
                while !text.is_char_boundary(next) {
                    next -= 1;
                }
                column += text[at..next].chars().count();
                at = next;
                marks.push(Mark { at, line, column });
            }
        }
        LineIndex { marks }
    }

    /// One-based line and column (in characters) of the byte at `offset` of `text`, the text
    /// the index was built from.
    pub(super) fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let i = self.marks.partition_point(|m| m.at <= offset);
        let Some(mark) = i.checked_sub(1).and_then(|i| self.marks.get(i)) else {
            return (1, 1);
        };
        let before = text.get(mark.at..offset).unwrap_or_default();
        (mark.line, mark.column + before.chars().count())
    }
}

/// Each line of `text` with its start offset, its line break excluded.
pub(crate) fn line_spans(text: &str) -> impl Iterator<Item = (usize, &str)> {
    let mut at = 0;
    std::iter::from_fn(move || {
        if at > text.len() {
            return None;
        }
        let rest = &text[at..];
        let (len, brk) = match rest.find(['\n', '\r']) {
            Some(i) if rest[i..].starts_with("\r\n") => (i, 2),
            Some(i) => (i, 1),
            None => (rest.len(), 1),
        };
        let start = at;
        at += len + brk;
        Some((start, &rest[..len]))
    })
}

/// The lines of `text`, each with its line break (LF, CRLF or a lone CR) if it has one: what
/// `split_inclusive('\n')` gives for text with LF line ends, for any of the three.
pub(crate) fn lines_inclusive(text: &str) -> impl Iterator<Item = &str> {
    let mut rest = text;
    // Most text has no CR: its line ends are found by the fast search for one byte.
    let cr = text.contains('\r');
    std::iter::from_fn(move || {
        if rest.is_empty() {
            return None;
        }
        let next = if cr {
            rest.find(['\n', '\r'])
        } else {
            rest.find('\n')
        };
        let end = match next {
            Some(i) if rest[i..].starts_with("\r\n") => i + 2,
            Some(i) => i + 1,
            None => rest.len(),
        };
        let (line, after) = rest.split_at(end);
        rest = after;
        Some(line)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    /// Line and column counted the plain way: from the line start, with every line break.
    fn plain(text: &str, offset: usize) -> (usize, usize) {
        let before = &text[..offset];
        let line_start = before.rfind(['\n', '\r']).map_or(0, |i| i + 1);
        let breaks = before.matches('\n').count() + before.matches('\r').count()
            - before.matches("\r\n").count();
        let col = &before[line_start..];
        let col = col.strip_prefix('\u{feff}').unwrap_or(col);
        (breaks + 1, col.chars().count() + 1)
    }

    #[test]
    fn marks_agree_with_counting_from_the_line_start() {
        let long = "é killed 20, ".repeat(400);
        let text = format!("\u{feff}title\r\n{long}\rnext\n\nlast é{long}");
        let index = LineIndex::new(&text);
        for (offset, _) in text.char_indices() {
            if text[..offset].ends_with('\r') && text[offset..].starts_with('\n') {
                // The LF of a CRLF ends the line its CR ends; the plain count cannot tell.
                continue;
            }
            assert_eq!(
                index.line_col(&text, offset),
                plain(&text, offset),
                "at {offset}"
            );
        }
    }

    #[test]
    fn cr_lf_and_crlf_end_lines_alike() {
        for text in ["a\nbc\nd", "a\rbc\rd", "a\r\nbc\r\nd"] {
            let index = LineIndex::new(text);
            let d = text.find('d').unwrap();
            assert_eq!(index.line_col(text, d), (3, 1), "{text:?}");
            let c = text.find('c').unwrap();
            assert_eq!(index.line_col(text, c), (2, 2), "{text:?}");
        }
        let lines: Vec<_> = line_spans("a\r\rb\r\n").collect();
        assert_eq!(lines, [(0, "a"), (2, ""), (3, "b"), (6, "")]);
        let lines: Vec<_> = lines_inclusive("a\r\rb\r\nc\nd").collect();
        assert_eq!(lines, ["a\r", "\r", "b\r\n", "c\n", "d"]);
        let lf = "a\n\nb\n";
        assert!(lines_inclusive(lf).eq(lf.split_inclusive('\n')));
    }
}
