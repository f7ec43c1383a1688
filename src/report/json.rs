//! The JSON reporter: the report types serialised as they are, one document, pretty-printed.

use std::io::{self, BufWriter, Write};

use serde::Serialize;
use serde_json::ser::Formatter;

use super::{CheckReport, ClaimsReport};

/// Writes `check` output as JSON.
pub fn write_check_json(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    write_json(report, out)
}

/// Writes `check` output as one line of JSON (for JSON Lines, one story per line): the same
/// document as [`write_check_json`], without its line breaks.
pub fn write_check_json_line(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    let mut buffered = BufWriter::with_capacity(64 * 1024, out);
    serde_json::to_writer(&mut buffered, report)?;
    writeln!(buffered)?;
    buffered.flush()
}

/// Writes `claims` output as JSON.
pub fn write_claims_json(report: &ClaimsReport, out: &mut dyn Write) -> std::io::Result<()> {
    write_json(report, out)
}

/// The serialiser writes a few bytes at a time (a quote, a key, an indent). Through a buffer of
/// a known type those writes are inlined copies; straight into the `dyn Write` each would be a
/// call through the vtable (a twelfth of `claims` was spent there).
fn write_json(report: &impl Serialize, out: &mut dyn Write) -> std::io::Result<()> {
    let mut buffered = BufWriter::with_capacity(64 * 1024, out);
    let mut serializer = serde_json::Serializer::with_formatter(&mut buffered, Indented::default());
    report.serialize(&mut serializer)?;
    writeln!(buffered)?;
    buffered.flush()
}

/// A line break followed by the indentation of [`MAX_BREAK_DEPTH`] levels.
const BREAK: [u8; 1 + 2 * MAX_BREAK_DEPTH] = {
    let mut bytes = [b' '; 1 + 2 * MAX_BREAK_DEPTH];
    bytes[0] = b'\n';
    bytes
};

/// The deepest nesting whose line break is one copy from [`BREAK`]; deeper ones are written
/// in pieces.
const MAX_BREAK_DEPTH: usize = 32;

/// serde_json's pretty layout (two spaces per level, `": "` after keys), with each line break
/// and its indentation written as one copy. serde_json's own pretty formatter writes the
/// indentation one level at a time, a call per level: about a tenth of the instructions of
/// `claims` on GVC articles went to those copies.
#[derive(Default)]
struct Indented {
    depth: usize,
    has_value: bool,
}

impl Indented {
    fn open<W: ?Sized + Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth += 1;
        self.has_value = false;
        writer.write_all(mark)
    }

    fn close<W: ?Sized + Write>(&mut self, writer: &mut W, mark: &[u8]) -> io::Result<()> {
        self.depth -= 1;
        if self.has_value {
            line_break(writer, self.depth)?;
        }
        writer.write_all(mark)
    }

    fn item<W: ?Sized + Write>(&mut self, writer: &mut W, first: bool) -> io::Result<()> {
        if !first {
            writer.write_all(b",")?;
        }
        line_break(writer, self.depth)
    }
}

/// A line break and the indentation of `depth` levels.
fn line_break<W: ?Sized + Write>(writer: &mut W, depth: usize) -> io::Result<()> {
    match BREAK.get(..1 + 2 * depth) {
        Some(bytes) => writer.write_all(bytes),
        None => {
            writer.write_all(&BREAK)?;
            (MAX_BREAK_DEPTH..depth).try_for_each(|_| writer.write_all(b"  "))
        }
    }
}

impl Formatter for Indented {
    fn begin_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"[")
    }

    fn end_array<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"]")
    }

    fn begin_array_value<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn end_array_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }

    fn begin_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.open(writer, b"{")
    }

    fn end_object<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        self.close(writer, b"}")
    }

    fn begin_object_key<W: ?Sized + Write>(
        &mut self,
        writer: &mut W,
        first: bool,
    ) -> io::Result<()> {
        self.item(writer, first)
    }

    fn begin_object_value<W: ?Sized + Write>(&mut self, writer: &mut W) -> io::Result<()> {
        writer.write_all(b": ")
    }

    fn end_object_value<W: ?Sized + Write>(&mut self, _writer: &mut W) -> io::Result<()> {
        self.has_value = true;
        Ok(())
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The layout is serde_json's pretty one, byte for byte, at every depth (deeper than one
    /// copy of [`BREAK`] too) and for empty containers.
    #[test]
    fn the_layout_is_serde_jsons_pretty_one() {
        let mut deep = serde_json::json!({"leaf": [1, "two", null, {}, []]});
        for level in 0..40 {
            deep = serde_json::json!({"level": level, "inner": [deep, {"k": "v"}], "empty": []});
        }
        let mut ours = Vec::new();
        write_json(&deep, &mut ours).unwrap();
        let mut theirs = serde_json::to_vec_pretty(&deep).unwrap();
        theirs.push(b'\n');
        assert_eq!(
            String::from_utf8(ours).unwrap(),
            String::from_utf8(theirs).unwrap()
        );
    }
}
