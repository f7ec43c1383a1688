//! The JSON reporter: the report types serialised as they are, one document, pretty-printed.

use std::io::Write;

use super::{CheckReport, ClaimsReport};

/// Writes `check` output as JSON.
pub fn write_check_json(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}

/// Writes `claims` output as JSON.
pub fn write_claims_json(report: &ClaimsReport, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, report)?;
    writeln!(out)
}
