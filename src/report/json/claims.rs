//! The `claims` document written straight from the claims: the same bytes as serde_json's
//! pretty printer ([`super::Indented`]) gives the derived serialisations, without their
//! machinery where it costs most. A claim is about 600 bytes of output, most of it keys and
//! indentation; through serde each key was escaped byte by byte, and the flattened casualty and
//! date parts went through a map serialiser of their own (a tenth of a `claims` run).
//!
//! Keys, indentation and numbers are written directly; strings are copied whole unless they
//! hold a character JSON escapes. The nested values a claim holds (its value, enums, entity
//! lists, a source's metadata) still go through serde at the depth they sit at, so their
//! layout has one definition. The tests compare this writer with the derived serialisation.

use std::io::{self, Write};

use serde::Serialize;

use super::{Indented, line_break};
use crate::claim::{Casualty, Claim, Dated, Measured};
use crate::report::{ClaimsReport, SourceClaims, SourceInfo};

/// Writes `report` as the pretty-printed JSON document (without the final line break).
pub(super) fn write_claims<W: Write>(out: &mut W, report: &ClaimsReport) -> io::Result<()> {
    out.write_all(b"{")?;
    key(out, 1, true, "schema_version")?;
    number(out, u64::from(report.schema_version))?;
    key(out, 1, false, "sources")?;
    array(out, 1, &report.sources, source)?;
    key(out, 1, false, "warnings")?;
    nested(out, 1, &report.warnings)?;
    line_break(out, 0)?;
    out.write_all(b"}")
}

/// `items` as an array whose brackets sit at `depth`, each item written by `write` one level
/// deeper; `[]` when empty.
fn array<W: Write, T>(
    out: &mut W,
    depth: usize,
    items: &[T],
    write: impl Fn(&mut W, &T) -> io::Result<()>,
) -> io::Result<()> {
    if items.is_empty() {
        return out.write_all(b"[]");
    }
    out.write_all(b"[")?;
    for (i, item) in items.iter().enumerate() {
        if i > 0 {
            out.write_all(b",")?;
        }
        line_break(out, depth + 1)?;
        write(out, item)?;
    }
    line_break(out, depth)?;
    out.write_all(b"]")
}

/// One source: its description, then its claims (an object at depth 2).
fn source<W: Write>(out: &mut W, source: &SourceClaims) -> io::Result<()> {
    out.write_all(b"{")?;
    source_info(out, &source.source)?;
    key(out, 3, false, "claims")?;
    array(out, 3, &source.claims, |out, c| claim(out, c))?;
    line_break(out, 2)?;
    out.write_all(b"}")
}

/// The fields of a source's description, keys at depth 3 (the first one opens the object).
fn source_info<W: Write>(out: &mut W, info: &SourceInfo) -> io::Result<()> {
    key(out, 3, true, "id")?;
    string(out, &info.id)?;
    key(out, 3, false, "path")?;
    string(out, &info.path.to_string_lossy())?;
    key(out, 3, false, "outlet")?;
    optional(out, info.outlet.as_deref())?;
    key(out, 3, false, "published")?;
    optional(out, info.published.as_deref())?;
    key(out, 3, false, "published_from")?;
    nested(out, 3, &info.published_from)?;
    key(out, 3, false, "lang")?;
    optional(out, info.lang.as_deref())?;
    key(out, 3, false, "claim_count")?;
    number(out, info.claim_count as u64)?;
    if !info.meta.is_empty() {
        key(out, 3, false, "meta")?;
        nested(out, 3, &info.meta)?;
    }
    Ok(())
}

/// The separator, line break and indentation before a key of a claim (depth 5), and the key:
/// one copy per field.
macro_rules! field {
    ($name:literal) => {
        concat!(",\n          \"", $name, "\": ").as_bytes()
    };
}

/// One claim, an object at depth 4: its fields in the order of [`Claim`], the casualty and
/// date parts flattened in.
fn claim<W: Write>(out: &mut W, claim: &Claim) -> io::Result<()> {
    out.write_all(b"{\n          \"kind\": ")?;
    string(out, claim.kind.as_str())?;
    out.write_all(field!("surface"))?;
    string(out, &claim.surface)?;
    out.write_all(field!("span"))?;
    span(out, &claim.span)?;
    out.write_all(field!("line"))?;
    number(out, claim.line as u64)?;
    out.write_all(field!("column"))?;
    number(out, claim.column as u64)?;
    out.write_all(field!("value"))?;
    nested(out, 5, &claim.value)?;
    out.write_all(field!("claimant"))?;
    optional(out, claim.claimant.as_ref().map(|c| c.name.as_str()))?;
    if let Some(casualty) = &claim.casualty {
        casualty_fields(out, casualty)?;
    }
    if let Some(date) = &claim.date {
        date_fields(out, date)?;
    }
    if let Some(measure) = &claim.measure {
        measure_fields(out, measure)?;
    }
    if let Some(counted) = &claim.counted {
        out.write_all(field!("counted"))?;
        string(out, counted)?;
    }
    out.write_all(field!("events"))?;
    array(out, 5, &claim.events, |out, e| string(out, e))?;
    out.write_all(field!("sentence"))?;
    span(out, &claim.sentence)?;
    out.write_all(field!("teaser"))?;
    out.write_all(if claim.teaser {
        b"true\n        }"
    } else {
        b"false\n        }"
    })
}

/// The fields of a casualty count, flattened into its claim.
fn casualty_fields<W: Write>(out: &mut W, casualty: &Casualty) -> io::Result<()> {
    out.write_all(field!("outcome"))?;
    nested(out, 5, &casualty.outcome)?;
    out.write_all(field!("victims"))?;
    string(out, &casualty.victims)?;
    out.write_all(field!("victim_group"))?;
    string(out, &casualty.victim_group)?;
    if let Some(lone) = &casualty.lone {
        out.write_all(field!("lone"))?;
        nested(out, 5, lone)?;
    }
    if casualty.marks.revised {
        out.write_all(b",\n          \"revised\": true")?;
    }
    if casualty.marks.part {
        out.write_all(b",\n          \"part\": true")?;
    }
    if let Some(scope) = &casualty.scope {
        out.write_all(field!("scope"))?;
        nested(out, 5, scope)?;
    }
    Ok(())
}

/// The fields of a measure's figure, flattened into its claim.
fn measure_fields<W: Write>(out: &mut W, measure: &Measured) -> io::Result<()> {
    out.write_all(field!("measure"))?;
    string(out, &measure.measure)?;
    out.write_all(field!("measure_words"))?;
    string(out, &measure.measure_words)?;
    if !measure.subject.is_empty() {
        out.write_all(field!("subject"))?;
        string(out, &measure.subject)?;
    }
    if let Some(scope) = &measure.scope {
        out.write_all(field!("scope"))?;
        nested(out, 5, scope)?;
    }
    if measure.revised {
        out.write_all(b",\n          \"revised\": true")?;
    }
    Ok(())
}

/// The fields of a date, flattened into its claim.
fn date_fields<W: Write>(out: &mut W, date: &Dated) -> io::Result<()> {
    out.write_all(field!("role"))?;
    string(out, date.role.as_str())?;
    out.write_all(field!("event"))?;
    optional(out, date.event.as_deref())?;
    out.write_all(field!("cue"))?;
    optional(out, date.cue.as_deref())?;
    out.write_all(field!("entities"))?;
    nested(out, 5, &date.entities)?;
    if let Some(unresolved) = &date.unresolved {
        out.write_all(field!("unresolved"))?;
        string(out, unresolved)?;
    }
    if let Some(warning) = &date.warning {
        out.write_all(field!("warning"))?;
        string(out, warning)?;
    }
    Ok(())
}

/// The line break before a key at `depth` (after a comma unless it is the `first`), and the key.
fn key<W: Write>(out: &mut W, depth: usize, first: bool, name: &str) -> io::Result<()> {
    if !first {
        out.write_all(b",")?;
    }
    line_break(out, depth)?;
    out.write_all(b"\"")?;
    out.write_all(name.as_bytes())?;
    out.write_all(b"\": ")
}

/// A byte span as `{"start": …, "end": …}` at a claim's key depth.
fn span<W: Write>(out: &mut W, span: &std::ops::Range<usize>) -> io::Result<()> {
    out.write_all(b"{\n            \"start\": ")?;
    number(out, span.start as u64)?;
    out.write_all(b",\n            \"end\": ")?;
    number(out, span.end as u64)?;
    out.write_all(b"\n          }")
}

/// `value` through serde, laid out as it sits at `depth` (the depth of its key).
fn nested<W: Write>(out: &mut W, depth: usize, value: &impl Serialize) -> io::Result<()> {
    let formatter = Indented {
        depth,
        has_value: false,
    };
    let mut serializer = serde_json::Serializer::with_formatter(out, formatter);
    value.serialize(&mut serializer).map_err(io::Error::from)
}

/// A string, or `null`.
fn optional<W: Write>(out: &mut W, value: Option<&str>) -> io::Result<()> {
    match value {
        Some(s) => string(out, s),
        None => out.write_all(b"null"),
    }
}

/// A JSON string: copied whole between quotes when no byte needs escaping (a quote, a
/// backslash or a control character), else escaped by serde_json.
fn string<W: Write>(out: &mut W, s: &str) -> io::Result<()> {
    if s.bytes().any(|b| b < 0x20 || b == b'"' || b == b'\\') {
        return serde_json::to_writer(out, s).map_err(io::Error::from);
    }
    out.write_all(b"\"")?;
    out.write_all(s.as_bytes())?;
    out.write_all(b"\"")
}

/// A number in decimal, written without the formatting machinery.
fn number<W: Write>(out: &mut W, mut n: u64) -> io::Result<()> {
    let mut digits = [0u8; 20];
    let mut at = digits.len();
    loop {
        at -= 1;
        digits[at] = b'0' + (n % 10) as u8;
        n /= 10;
        if n == 0 {
            break;
        }
    }
    out.write_all(&digits[at..])
}
