//! Untrusted text on a terminal. Article text, titles, file names and YAML values may carry
//! control characters; written raw, an escape sequence in a hostile page could retitle the
//! window, clear the screen or hide a line. In terminal output and messages they are shown
//! escaped instead: C0 controls other than tab and newline, and DEL, as `\x1b`; C1 controls as
//! `\u{9b}`. Everything else, backslashes included, is written as is, so text without control
//! characters is untouched. JSON keeps them (its strings escape them anyway).
//!
//! [`Shown`] escapes one value inside a line that also carries the palette's own colour codes
//! (the terminal reporter); [`Escaping`] escapes everything written through it, for output that
//! carries no codes of its own (standard error, `claimdiff text`).

use std::borrow::Cow;
use std::fmt::{self, Display};
use std::io::{self, Write};

/// A value whose text is written with its control characters escaped.
pub struct Shown<T>(pub T);

impl<T: Display> Display for Shown<T> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        use fmt::Write as _;
        write!(Escaper(f), "{}", self.0)
    }
}

/// `text` with its control characters escaped (borrowed when it has none).
pub fn shown(text: &str) -> Cow<'_, str> {
    if !text.chars().any(is_control) {
        return Cow::Borrowed(text);
    }
    let mut out = String::with_capacity(text.len() + 8);
    for c in text.chars() {
        push_shown(&mut out, c);
    }
    Cow::Owned(out)
}

/// A writer that escapes the control characters of everything written through it.
pub struct Escaping<W> {
    inner: W,
    /// The lead byte of a two-byte character split across two writes.
    pending: Option<u8>,
}

impl<W: Write> Escaping<W> {
    /// Escapes what is written into `inner`.
    pub fn new(inner: W) -> Self {
        Escaping {
            inner,
            pending: None,
        }
    }
}

impl<W: Write> Write for Escaping<W> {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        // Byte by byte, so a character split across writes passes through whole: only a C1
        // control (0xC2 then 0x80..=0x9F) spans two bytes, and a trailing 0xC2 waits.
        let mut out = Vec::with_capacity(buf.len() + 8);
        let bytes: Vec<u8> = self
            .pending
            .take()
            .into_iter()
            .chain(buf.iter().copied())
            .collect();
        let mut i = 0;
        while let Some(&b) = bytes.get(i) {
            i += 1;
            match (b, bytes.get(i)) {
                (b'\t' | b'\n', _) => out.push(b),
                (0..=0x1f | 0x7f, _) => out.extend_from_slice(format!("\\x{b:02x}").as_bytes()),
                (0xC2, Some(&c @ 0x80..=0x9f)) => {
                    i += 1;
                    out.extend_from_slice(format!("\\u{{{c:x}}}").as_bytes());
                }
                (0xC2, None) => self.pending = Some(b),
                _ => out.push(b),
            }
        }
        self.inner.write_all(&out)?;
        Ok(buf.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if let Some(b) = self.pending.take() {
            self.inner.write_all(&[b])?;
        }
        self.inner.flush()
    }
}

/// Whether `c` is shown escaped.
pub(super) fn is_control(c: char) -> bool {
    matches!(c, '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f'..='\u{9f}')
}

/// Pushes `c`, escaped when it is a control character.
pub(super) fn push_shown(out: &mut String, c: char) {
    use fmt::Write as _;
    match c {
        '\u{80}'..='\u{9f}' => {
            let _ = write!(out, "\\u{{{:x}}}", c as u32);
        }
        c if is_control(c) => {
            let _ = write!(out, "\\x{:02x}", c as u32);
        }
        c => out.push(c),
    }
}

/// A [`fmt::Write`] that escapes into a formatter.
struct Escaper<'a, 'b>(&'a mut fmt::Formatter<'b>);

impl fmt::Write for Escaper<'_, '_> {
    fn write_str(&mut self, s: &str) -> fmt::Result {
        self.0.write_str(&shown(s))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn control_characters_are_escaped_and_the_rest_kept() {
        assert_eq!(shown("plain – text\\n"), "plain – text\\n");
        assert!(matches!(shown("plain"), Cow::Borrowed(_)));
        assert_eq!(shown("a\x1b]0;pwned\x07b"), "a\\x1b]0;pwned\\x07b");
        assert_eq!(shown("\x1b[2J\r\x7f"), "\\x1b[2J\\x0d\\x7f");
        assert_eq!(shown("csi\u{9b}31m"), "csi\\u{9b}31m");
        assert_eq!(shown("tab\tand\nnewline"), "tab\tand\nnewline");
        assert_eq!(Shown("x\x1by").to_string(), "x\\x1by");
    }

    #[test]
    fn the_writer_escapes_a_c1_control_split_across_writes() {
        let mut out = Vec::new();
        let mut w = Escaping::new(&mut out);
        w.write_all(b"a\xc2").unwrap();
        w.write_all(b"\x9bb\x1b\n").unwrap();
        w.flush().unwrap();
        assert_eq!(String::from_utf8(out).unwrap(), "a\\u{9b}b\\x1b\n");
    }
}
