//! The JSON reporter: the report types serialised as they are, one document, pretty-printed.
//! The `claims` document, most of whose bytes are claims, is written by [`claims`].

mod claims;

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

/// Writes `claims` output as JSON: the same bytes as serde_json's pretty printer gives the report.
pub fn write_claims_json(report: &ClaimsReport, out: &mut dyn Write) -> std::io::Result<()> {
    let mut buffered = BufWriter::with_capacity(64 * 1024, out);
    claims::write_claims(&mut buffered, report)?;
    writeln!(buffered)?;
    buffered.flush()
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

    /// The `claims` document as the derived serialisation writes it.
    fn derived(report: &ClaimsReport) -> String {
        let mut out = Vec::new();
        write_json(report, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// The `claims` document as [`write_claims_json`] writes it.
    fn direct(report: &ClaimsReport) -> String {
        let mut out = Vec::new();
        write_claims_json(report, &mut out).unwrap();
        String::from_utf8(out).unwrap()
    }

    /// Every fixture story's `claims` document is written byte for byte as the derived
    /// serialisation writes it.
    #[test]
    fn claims_are_written_as_serde_writes_them_on_every_fixture() {
        let rules = crate::rules::RuleSet::load(&[]).unwrap();
        let mut stories = std::fs::read_dir("fixtures")
            .unwrap()
            .map(|e| e.unwrap().path())
            .filter(|p| p.is_dir())
            .collect::<Vec<_>>();
        stories.sort();
        assert!(stories.len() >= 5, "{stories:?}");
        for story in stories {
            let files =
                crate::ingest::StoryFiles::list(std::slice::from_ref(&story), Default::default());
            let report = crate::pipeline::claims(files.unwrap(), &rules, None).unwrap();
            assert!(report.sources.iter().any(|s| !s.claims.is_empty()));
            assert_eq!(direct(&report), derived(&report), "{story:?}");
        }
    }

    /// A claim with every optional part set, strings that need escaping, a source with
    /// metadata and one without claims are written as the derived serialisation writes them.
    #[test]
    fn claims_with_every_part_are_written_as_serde_writes_them() {
        use crate::claim::{Casualty, Claim, Claimant, CountMarks, DateRole, Dated, Entity};
        use crate::claim::{Interval, Kind, Quantity, Scope, ScopeKind, Value};
        use crate::error::Warning;
        use crate::kinds::{Lone, Outcome};
        use crate::report::{SourceClaims, SourceInfo};

        let mut casualty = Claim::bare(
            Kind::CasualtyCount,
            "12 \"rebels\"\n\u{1}\t",
            1_234_567,
            Value::Number(Quantity::plain(Interval::exact(12.5), None)),
        );
        casualty.claimant = Some(Box::new(Claimant {
            name: "the \\army".into(),
            key: "army".into(),
            span: 0..1,
        }));
        casualty.casualty = Some(Box::new(Casualty {
            outcome: Outcome::Killed,
            victims: "rebels".into(),
            victim_group: "fighters".into(),
            lone: Some(Lone::Named),
            marks: CountMarks {
                revised: true,
                part: true,
            },
            scope: Some(Box::new(Scope {
                kind: ScopeKind::Cumulative,
                phrase: "since 2011".into(),
                key: "since-2011".into(),
            })),
        }));
        casualty.counted = Some("people".into());
        casualty.events = vec!["ambush".into(), "strike".into()];
        casualty.teaser = true;
        let mut date = Claim::bare(Kind::Date, "Monday", 0, Value::Date(None));
        date.date = Some(Box::new(Dated {
            role: DateRole::Event,
            event: Some("attack".into()),
            cue: None,
            entities: vec![Entity {
                name: "Gao".into(),
                key: "gao".into(),
            }],
            unresolved: Some("no year".into()),
            warning: Some("a \"weekday\"".into()),
        }));
        let info = |id: &str, count: usize| SourceInfo {
            id: id.into(),
            path: format!("stories/{id}.txt").into(),
            outlet: Some("The \"Ledger\"".into()),
            published: None,
            published_from: None,
            lang: Some("fr".into()),
            claim_count: count,
            url: None,
            title: None,
            meta: Default::default(),
        };
        let mut with_meta = info("a", 2);
        with_meta
            .meta
            .insert("tags".into(), serde_json::json!(["x", {"y": 1.5}]));
        let report = ClaimsReport {
            schema_version: 1,
            sources: vec![
                SourceClaims {
                    source: with_meta,
                    claims: vec![casualty, date],
                },
                SourceClaims {
                    source: info("b", 0),
                    claims: Vec::new(),
                },
            ],
            warnings: vec![Warning {
                path: "stories/b.txt".into(),
                message: "no claims".into(),
            }],
        };
        let written = direct(&report);
        assert!(written.contains("\"revised\": true"), "{written}");
        assert_eq!(written, derived(&report));
        let empty = ClaimsReport {
            schema_version: 1,
            sources: Vec::new(),
            warnings: Vec::new(),
        };
        assert_eq!(direct(&empty), derived(&empty));
    }
}
