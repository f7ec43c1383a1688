//! The SARIF 2.1.0 reporter, for code-scanning views (GitHub, GitLab, the VS Code SARIF viewer)
//! that annotate files with results. A story's articles are the files: each conflict becomes an
//! `error` and each variant a `warning`, located at every place a source states the fact, so a
//! reviewer sees the disagreement where it is written. Agreeing and single-source facts are not
//! problems and are left out.
//!
//! The rule of a result is its fact kind (`casualty_count`, `date`, `name`, `affiliation`,
//! `quote`, `quantity`); the verdict is its level. Columns count Unicode characters, as in every
//! claimdiff report, so the run declares `columnKind: unicodeCodePoints` (SARIF's default is
//! UTF-16 code units). Each result carries a fingerprint of its fact id, which is stable across
//! runs and claimdiff versions, so a code-scanning service can tell a fixed disagreement from a
//! moved one.
//!
//! Artifact URIs are relative, under the root `%SRCROOT%` (the name CodeQL and GitHub code
//! scanning use): the directory claimdiff ran in, which the run's `originalUriBaseIds` gives as
//! a `file:` URI when the caller knows it. Article paths named relative to that directory (the
//! usual `claimdiff check stories/x` from a repository's root) map to the repository's files;
//! an absolute path inside it is made relative, and one outside it stays an absolute `file:`
//! URI.

use std::collections::{BTreeMap, BTreeSet};
use std::io::Write;
use std::path::{Component, Path, PathBuf};

use serde::Serialize;

use super::estimate::{shown_estimate, summary};
use super::{CheckReport, FactOut, ReportOut};
use crate::compare::Verdict;

/// Where the SARIF 2.1.0 JSON schema is published; the `$schema` of every log.
const SCHEMA: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// Where a reader of the log learns about claimdiff: the package's repository.
const INFORMATION_URI: &str = env!("CARGO_PKG_REPOSITORY");

/// The root the artifact URIs are relative to.
const ROOT: &str = "%SRCROOT%";

/// The key under which a result's fingerprint is written (versioned, as SARIF recommends, so the
/// hash can change without old fingerprints being compared with new ones).
const FINGERPRINT_KEY: &str = "claimdiffFactId/v1";

/// Writes `check` output as a SARIF 2.1.0 log: one run, one result per conflict or variant.
/// The root of its artifact URIs is left for the viewer to supply (see [`write_check_sarif_at`]).
pub fn write_check_sarif(report: &CheckReport, out: &mut dyn Write) -> std::io::Result<()> {
    write_check_sarif_at(report, None, out)
}

/// [`write_check_sarif`] with the root of the artifact URIs, `%SRCROOT%`, given as `root` (an
/// absolute directory: the one claimdiff ran in).
pub fn write_check_sarif_at(
    report: &CheckReport,
    root: Option<&Path>,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    serde_json::to_writer_pretty(&mut *out, &log(report, root))?;
    writeln!(out)
}

/// FNV-1a, 64 bits: a fixed, documented hash (unlike `std::hash`, whose output may change between
/// Rust releases), so fingerprints stay the same from one claimdiff build to the next.
fn fnv1a64(text: &str) -> u64 {
    const OFFSET_BASIS: u64 = 0xcbf2_9ce4_8422_2325;
    const PRIME: u64 = 0x0000_0100_0000_01b3;
    text.bytes().fold(OFFSET_BASIS, |hash, byte| {
        (hash ^ u64::from(byte)).wrapping_mul(PRIME)
    })
}

#[derive(Serialize)]
struct Log<'a> {
    #[serde(rename = "$schema")]
    schema: &'static str,
    version: &'static str,
    runs: Vec<Run<'a>>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Run<'a> {
    tool: Tool,
    original_uri_base_ids: BTreeMap<&'static str, BaseUri>,
    column_kind: &'static str,
    results: Vec<SarifResult<'a>>,
}

#[derive(Serialize)]
struct Tool {
    driver: Driver,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Driver {
    name: &'static str,
    information_uri: &'static str,
    version: &'static str,
    semantic_version: &'static str,
    rules: Vec<Rule>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Rule {
    id: &'static str,
    short_description: Text,
    full_description: Text,
}

#[derive(Serialize)]
struct Text {
    text: String,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct SarifResult<'a> {
    rule_id: &'static str,
    rule_index: usize,
    level: &'static str,
    message: Text,
    locations: Vec<Location<'a>>,
    partial_fingerprints: BTreeMap<&'static str, String>,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Location<'a> {
    physical_location: PhysicalLocation<'a>,
    message: Text,
    /// The language of the article, when known: `{"lang": "fr"}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    properties: Option<Language<'a>>,
}

/// A location's property bag: the language its article is written in.
#[derive(Serialize)]
struct Language<'a> {
    lang: &'a str,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct PhysicalLocation<'a> {
    artifact_location: ArtifactLocation,
    region: Region<'a>,
}

#[derive(Clone, Serialize)]
#[serde(rename_all = "camelCase")]
struct ArtifactLocation {
    uri: String,
    #[serde(skip_serializing_if = "Option::is_none")]
    uri_base_id: Option<&'static str>,
}

/// The location of a root: its URI when known, and what it is.
#[derive(Serialize)]
struct BaseUri {
    #[serde(skip_serializing_if = "Option::is_none")]
    uri: Option<String>,
    description: Text,
}

#[derive(Serialize)]
#[serde(rename_all = "camelCase")]
struct Region<'a> {
    start_line: usize,
    start_column: usize,
    snippet: Snippet<'a>,
}

#[derive(Serialize)]
struct Snippet<'a> {
    text: &'a str,
}

fn log<'a>(report: &'a CheckReport, root: Option<&Path>) -> Log<'a> {
    let flagged: Vec<(&FactOut, &'static str)> = report
        .facts
        .iter()
        .filter_map(|f| level(f.verdict).map(|l| (f, l)))
        .collect();
    // Rules are the kinds that have results, in a fixed (alphabetical) order.
    let kinds: Vec<&'static str> = flagged
        .iter()
        .map(|(f, _)| f.kind.as_str())
        .collect::<BTreeSet<_>>()
        .into_iter()
        .collect();
    let uris: Artifacts = report
        .sources
        .iter()
        .map(|s| {
            let place = artifact_location(&s.path, root);
            (s.id.as_str(), (place, s.lang.as_deref()))
        })
        .collect();
    let results = flagged
        .into_iter()
        .map(|(fact, level)| SarifResult {
            rule_id: fact.kind.as_str(),
            rule_index: kinds
                .iter()
                .position(|k| *k == fact.kind.as_str())
                .unwrap_or(0),
            level,
            message: Text {
                text: message(fact),
            },
            locations: fact
                .reports
                .iter()
                .filter_map(|r| location(r, &uris))
                .collect(),
            partial_fingerprints: BTreeMap::from([(
                FINGERPRINT_KEY,
                format!("{:016x}", fnv1a64(&fact.id)),
            )]),
        })
        .collect();
    Log {
        schema: SCHEMA,
        version: "2.1.0",
        runs: vec![Run {
            tool: Tool {
                driver: Driver {
                    name: "claimdiff",
                    information_uri: INFORMATION_URI,
                    version: env!("CARGO_PKG_VERSION"),
                    semantic_version: env!("CARGO_PKG_VERSION"),
                    rules: kinds.into_iter().map(rule).collect(),
                },
            },
            original_uri_base_ids: BTreeMap::from([(ROOT, base_uri(root))]),
            column_kind: "unicodeCodePoints",
            results,
        }],
    }
}

/// The SARIF level of a verdict, or `None` when facts with it are not results.
fn level(verdict: Verdict) -> Option<&'static str> {
    match verdict {
        Verdict::Conflict => Some("error"),
        Verdict::Variant => Some("warning"),
        Verdict::SingleSource | Verdict::Agree => None,
    }
}

/// `<fact id>: sources <verdict>.`, the notes, one sentence each, and a count's estimate.
fn message(fact: &FactOut) -> String {
    let what = match fact.verdict {
        Verdict::Conflict => "sources conflict",
        _ => "sources differ in form",
    };
    let mut text = format!("{}: {what}.", fact.id);
    for note in &fact.notes {
        text.push(' ');
        text.push_str(note);
        if !note.ends_with('.') {
            text.push('.');
        }
    }
    if let Some(e) = shown_estimate(fact) {
        text.push_str(&format!(" Estimate: {}.", summary(e)));
    }
    text
}

/// Each source's artifact location and language, by source id.
type Artifacts<'a> = BTreeMap<&'a str, (ArtifactLocation, Option<&'a str>)>;

fn location<'a>(report: &'a ReportOut, uris: &Artifacts<'a>) -> Option<Location<'a>> {
    let (artifact, lang) = uris.get(&*report.source)?.clone();
    let mut said = report.source.to_string();
    if let Some(claimant) = &report.claimant {
        said.push_str(", according to ");
        said.push_str(claimant);
    }
    Some(Location {
        physical_location: PhysicalLocation {
            artifact_location: artifact,
            region: Region {
                start_line: report.line,
                start_column: report.column,
                snippet: Snippet {
                    text: &report.surface,
                },
            },
        },
        message: Text { text: said },
        properties: lang.map(|lang| Language { lang }),
    })
}

/// A kind's reporting descriptor, its texts from `claimdiff explain` (one text for every
/// report: the HTML glossary shows the same).
fn rule(kind: &'static str) -> Rule {
    let topic = crate::explain::topic(kind);
    Rule {
        id: kind,
        short_description: Text {
            text: topic.map_or(kind, |t| t.summary).into(),
        },
        full_description: Text {
            text: topic.map_or(kind, |t| t.text).trim_end().into(),
        },
    }
}

/// The root `%SRCROOT%`: the directory `root`, as a `file:` URI ending in `/` (so relative
/// references resolve inside it), or, unknown, only described.
fn base_uri(root: Option<&Path>) -> BaseUri {
    BaseUri {
        uri: root.map(|r| {
            let uri = artifact_uri(r);
            if uri.ends_with('/') { uri } else { uri + "/" }
        }),
        description: Text {
            text: "The directory claimdiff ran in; article paths are relative to it.".into(),
        },
    }
}

/// Where an article is, for SARIF: a URI relative to `%SRCROOT%`, or an absolute `file:` URI
/// for a file outside the root (or for an absolute path when the root is unknown).
fn artifact_location(path: &Path, root: Option<&Path>) -> ArtifactLocation {
    let inside: Option<PathBuf> = match root {
        _ if path.is_relative() => Some(path.to_path_buf()),
        Some(root) => path.strip_prefix(root).ok().map(Path::to_path_buf),
        None => None,
    };
    match inside {
        Some(relative) => ArtifactLocation {
            uri: artifact_uri(&relative),
            uri_base_id: Some(ROOT),
        },
        None => ArtifactLocation {
            uri: artifact_uri(path),
            uri_base_id: None,
        },
    }
}

/// A path as a SARIF artifact URI: a relative reference with `/` separators (no leading `./`),
/// each segment percent-encoded where a URI needs it. An absolute path becomes a `file:` URI,
/// since a reporter cannot know which directory a viewer treats as the root.
fn artifact_uri(path: &Path) -> String {
    let mut segments = Vec::new();
    let mut absolute = false;
    for component in path.components() {
        match component {
            Component::Prefix(prefix) => {
                absolute = true;
                segments.push(prefix.as_os_str().to_string_lossy().replace('\\', "/"));
            }
            Component::RootDir => absolute = true,
            Component::CurDir => {}
            Component::ParentDir => segments.push("..".into()),
            Component::Normal(name) => segments.push(percent_encode(&name.to_string_lossy())),
        }
    }
    let joined = segments.join("/");
    if absolute {
        format!("file:///{joined}")
    } else {
        joined
    }
}

/// Percent-encodes every byte that may not stand as itself in a URI path segment (RFC 3986
/// `pchar`): spaces, `%`, `#`, `?`, non-ASCII and the like.
fn percent_encode(segment: &str) -> String {
    let mut encoded = String::with_capacity(segment.len());
    for byte in segment.bytes() {
        if byte.is_ascii_alphanumeric() || b"-._~!$&'()*+,;=:@".contains(&byte) {
            encoded.push(char::from(byte));
        } else {
            encoded.push_str(&format!("%{byte:02X}"));
        }
    }
    encoded
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn fnv1a64_matches_the_published_test_vectors() {
        assert_eq!(fnv1a64(""), 0xcbf2_9ce4_8422_2325);
        assert_eq!(fnv1a64("a"), 0xaf63_dc4c_8601_ec8c);
        assert_eq!(fnv1a64("foobar"), 0x8594_4171_f739_67e8);
    }

    #[test]
    fn artifact_uri_is_relative_with_slashes_and_encoded() {
        assert_eq!(
            artifact_uri(Path::new("./fixtures/sahel-2024/000.txt")),
            "fixtures/sahel-2024/000.txt"
        );
        assert_eq!(
            artifact_uri(Path::new("../stories/a b/Tinzaouatène#1.txt")),
            "../stories/a%20b/Tinzaouat%C3%A8ne%231.txt"
        );
        #[cfg(unix)]
        assert_eq!(
            artifact_uri(Path::new("/srv/story/a.txt")),
            "file:///srv/story/a.txt"
        );
    }

    #[test]
    fn only_conflicts_and_variants_have_a_level() {
        assert_eq!(level(Verdict::Conflict), Some("error"));
        assert_eq!(level(Verdict::Variant), Some("warning"));
        assert_eq!(level(Verdict::SingleSource), None);
        assert_eq!(level(Verdict::Agree), None);
    }
}
