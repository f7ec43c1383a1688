//! The JSON reporter: the report types serialised as they are, one document, pretty-printed.

use std::io::{BufWriter, Write};

use serde::Serialize;

use super::{CheckReport, ClaimsReport};

/// Writes `check` output as JSON.
pub fn write_check_json(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    write_json(report, out)
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
    serde_json::to_writer_pretty(&mut buffered, report)?;
    writeln!(buffered)?;
    buffered.flush()
}
