//! A digest as one line of JSON: what the map stage (`claims --format jsonl`) writes for each
//! article and the reduce stage (`check --from-claims`) reads back, so that a story's articles
//! can be extracted on many machines and compared on one.
//!
//! A line holds the article's header (story, id, path, outlet, publication date …), its claims
//! in the `claims` contract's form (with each claimant's key and span beside its name, which
//! comparison needs), the sentences they point at, and the warnings its reading and extraction
//! gave. It carries `schema_version` (this format's, [`DIGEST_VERSION`]) and `rules` (the
//! fingerprint of the rule set that extracted it): claims are comparable only with claims of
//! the same rules. An input line that could not be read gives an error line in its place:
//! `{"schema_version", "rules", "line", "error"}`. `claimdiff schema digest` prints the JSON
//! Schema.

use std::collections::BTreeMap;
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use serde::Serialize;
use serde_json::Value as Json;

use super::decode::{self, Decoded, Obj};
use super::{Digest, Evidence};
use crate::claim::Claim;
use crate::error::{LineError, Stamp, Warning};
use crate::ingest::{DateOrigin, Meta, Published};

/// The version of the digest line's shape; a reader takes only its own.
pub const DIGEST_VERSION: u32 = 1;

/// One article's digest with what a line adds to it: the story it belongs to, the input line
/// it was read from, and the warnings of its reading.
#[derive(Clone, Debug)]
pub struct DigestLine {
    /// The story key its digest is grouped by.
    pub story: String,
    /// The one-based line of the input the article was on.
    pub line: usize,
    /// The digest.
    pub digest: Digest,
    /// What reading the article warned of (no publication date …), in order.
    pub warnings: Vec<Warning>,
}

/// What a line of `claims --format jsonl` output is.
#[derive(Clone, Debug)]
pub enum ReadLine {
    /// An article's digest.
    Digest(Box<DigestLine>),
    /// An input line that could not be read: its line number and the message.
    Error(usize, String),
}

/// A digest line as written.
#[derive(Serialize, schemars::JsonSchema)]
struct DigestOut<'a> {
    /// Always [`DIGEST_VERSION`].
    schema_version: u32,
    /// The fingerprint of the rule set that extracted the claims.
    rules: &'a str,
    /// The one-based line of the input the article was on.
    line: usize,
    /// The story key.
    story: &'a str,
    /// The source id.
    id: &'a str,
    /// The file the article stands for.
    #[serde(serialize_with = "crate::error::lossy_path")]
    #[schemars(with = "String")]
    path: &'a Path,
    /// The outlet, when known.
    outlet: Option<&'a str>,
    /// Where the article was published, when known.
    url: Option<&'a str>,
    /// The language code, when known.
    lang: Option<&'a str>,
    /// The headline, when known.
    title: Option<&'a str>,
    /// Every other metadata key, as written.
    #[serde(skip_serializing_if = "Option::is_none")]
    meta: Option<&'a BTreeMap<String, Json>>,
    /// Publication date `YYYY-MM-DD`, or `null` when unknown.
    published: Option<String>,
    /// Where it came from: `front_matter`, `manifest`, `page`, `text`, or `null`.
    published_from: Option<&'static str>,
    /// For a date read from the text, its line.
    #[serde(skip_serializing_if = "Option::is_none")]
    published_line: Option<usize>,
    /// The claims, in text order.
    claims: Vec<ClaimOut<'a>>,
    /// The sentences the claims point at, by span.
    evidence: Vec<SentenceOut<'a>>,
    /// What reading the article warned of.
    warnings: &'a [Warning],
    /// What extraction warned of besides the claims' own warnings.
    extraction_warnings: &'a [Warning],
}

/// A claim as a digest line writes it.
#[derive(Serialize, schemars::JsonSchema)]
struct ClaimOut<'a> {
    /// The claim in the `claims` contract's form.
    #[serde(flatten)]
    claim: &'a Claim,
    /// The claimant's comparison key, when it is not the name in lower case.
    #[serde(skip_serializing_if = "Option::is_none")]
    claimant_key: Option<&'a str>,
    /// The claimant's byte span in the article.
    #[serde(skip_serializing_if = "Option::is_none")]
    claimant_span: Option<&'a Range<usize>>,
}

/// An evidence sentence.
#[derive(Serialize, schemars::JsonSchema)]
struct SentenceOut<'a> {
    /// Byte span in the article.
    start: usize,
    /// End of the span.
    end: usize,
    /// The sentence.
    text: &'a str,
}

/// An error line as written.
#[derive(Serialize, schemars::JsonSchema)]
struct ErrorOut<'a> {
    /// Always [`DIGEST_VERSION`].
    schema_version: u32,
    /// The fingerprint of the rule set of the run.
    rules: &'a str,
    /// The one-based line of the input that could not be read.
    line: usize,
    /// What is wrong with it.
    error: String,
}

/// A line of `claims --format jsonl` output: a digest or an error line.
// Never built: the type only describes the line for the schema.
#[allow(dead_code, clippy::large_enum_variant)]
#[derive(schemars::JsonSchema)]
#[serde(untagged)]
enum LineSchema<'a> {
    /// An article's digest.
    Digest(DigestOut<'a>),
    /// An input line that could not be read.
    Error(ErrorOut<'a>),
}

/// The JSON Schema of a line of `claims --format jsonl` output.
pub fn schema() -> Json {
    serde_json::to_value(schemars::schema_for!(LineSchema<'static>)).unwrap_or_default()
}

/// `line` as one line of JSON (without the line break), stamped with `rules`.
pub fn write_digest(line: &DigestLine, rules: &str) -> String {
    let d = &line.digest;
    let (published, published_from, published_line) = match &d.published {
        None => (None, None, None),
        Some(p) => {
            let (from, at) = match p.origin {
                DateOrigin::FrontMatter => ("front_matter", None),
                DateOrigin::Manifest => ("manifest", None),
                DateOrigin::Page => ("page", None),
                DateOrigin::Text { line } => ("text", Some(line)),
            };
            (Some(p.date.to_string()), Some(from), at)
        }
    };
    let out = DigestOut {
        schema_version: DIGEST_VERSION,
        rules,
        line: line.line,
        story: &line.story,
        id: &d.id,
        path: &d.path,
        outlet: d.meta.outlet.as_deref(),
        url: d.meta.url.as_deref(),
        lang: d.meta.lang.as_deref(),
        title: d.meta.title.as_deref(),
        meta: Some(&d.meta.extra).filter(|m| !m.is_empty()),
        published,
        published_from,
        published_line,
        claims: d.claims.iter().map(claim_out).collect(),
        evidence: (d.evidence.iter())
            .map(|(span, text)| SentenceOut {
                start: span.start,
                end: span.end,
                text,
            })
            .collect(),
        warnings: &line.warnings,
        extraction_warnings: &d.warnings,
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// A claim with its claimant's key and span where the `claims` form does not give them.
fn claim_out(claim: &Claim) -> ClaimOut<'_> {
    let claimant = claim.claimant.as_deref();
    ClaimOut {
        claim,
        claimant_key: claimant
            .filter(|c| c.key != c.name.to_lowercase())
            .map(|c| c.key.as_str()),
        claimant_span: claimant.map(|c| &c.span),
    }
}

/// The error line for input line `line`, stamped with `rules`.
pub fn write_error(line: usize, error: &LineError, rules: &str) -> String {
    let out = ErrorOut {
        schema_version: DIGEST_VERSION,
        rules,
        line,
        error: error.to_string(),
    };
    serde_json::to_string(&out).unwrap_or_default()
}

/// Reads a line [`write_digest`] or [`write_error`] wrote, with its stamp.
pub fn read_line(text: &str) -> Decoded<(Stamp, ReadLine)> {
    let json: Json = serde_json::from_str(text).map_err(LineError::Json)?;
    let obj = Obj::new(&json, String::new())?;
    let schema_version = (obj.get("schema_version").and_then(Json::as_u64))
        .and_then(|v| u32::try_from(v).ok())
        .ok_or_else(|| obj.wrong("schema_version", "a whole number"))?;
    let rules = obj.str("rules")?.to_string();
    let stamp = Stamp {
        schema_version,
        rules,
    };
    // A line of another version is not read further: its stamp says why it cannot be used.
    if schema_version != DIGEST_VERSION {
        return Ok((stamp, ReadLine::Error(0, String::new())));
    }
    let line = obj.usize("line")?;
    if obj.get("error").is_some() {
        return Ok((stamp, ReadLine::Error(line, obj.str("error")?.to_string())));
    }
    Ok((stamp, ReadLine::Digest(Box::new(digest_line(&obj, line)?))))
}

/// The digest line in `obj`.
fn digest_line(obj: &Obj<'_>, line: usize) -> Decoded<DigestLine> {
    let claims = (obj.items("claims")?.into_iter())
        .map(|(at, v)| decode::claim(&Obj::new(v, at)?))
        .collect::<Decoded<Vec<Claim>>>()?;
    let sentences = (obj.items("evidence")?.into_iter())
        .map(|(at, v)| {
            let s = Obj::new(v, at)?;
            Ok((
                s.usize("start")?..s.usize("end")?,
                Arc::from(s.str("text")?),
            ))
        })
        .collect::<Decoded<Vec<_>>>()?;
    let meta = Meta {
        outlet: obj.opt_str("outlet")?,
        url: obj.opt_str("url")?,
        lang: obj.opt_str("lang")?,
        title: obj.opt_str("title")?,
        extra: match obj.get("meta") {
            None => BTreeMap::new(),
            Some(Json::Object(m)) => m.iter().map(|(k, v)| (k.clone(), v.clone())).collect(),
            Some(_) => return Err(obj.wrong("meta", "an object")),
        },
    };
    let digest = Digest {
        id: obj.str("id")?.to_string(),
        path: PathBuf::from(obj.str("path")?),
        meta,
        published: published(obj)?,
        claims,
        evidence: Evidence::from_sentences(sentences),
        warnings: warnings(obj, "extraction_warnings")?,
    };
    Ok(DigestLine {
        story: obj.str("story")?.to_string(),
        line,
        digest,
        warnings: warnings(obj, "warnings")?,
    })
}

/// The publication date and where it came from.
fn published(obj: &Obj<'_>) -> Decoded<Option<Published>> {
    let Some(date) = obj.opt_str("published")? else {
        return Ok(None);
    };
    let date = (date.parse()).map_err(|_| obj.wrong("published", "a date YYYY-MM-DD or null"))?;
    let origin = match obj.str("published_from")? {
        "front_matter" => DateOrigin::FrontMatter,
        "manifest" => DateOrigin::Manifest,
        "page" => DateOrigin::Page,
        "text" => DateOrigin::Text {
            line: obj.usize("published_line")?,
        },
        _ => return Err(obj.wrong("published_from", "front_matter, manifest, page or text")),
    };
    Ok(Some(Published { date, origin }))
}

/// The warnings at `key`.
fn warnings(obj: &Obj<'_>, key: &str) -> Decoded<Vec<Warning>> {
    (obj.items(key)?.into_iter())
        .map(|(at, v)| {
            let w = Obj::new(v, at)?;
            Ok(Warning {
                path: PathBuf::from(w.str("path")?),
                message: w.str("message")?.to_string(),
            })
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;
    use crate::claim::Value;
    use crate::ingest::Story;
    use crate::pipeline::{Keep, Reader};
    use crate::rules::RuleSet;

    /// Every article of every fixture story digested, written and read back: the same claims
    /// (claimants' keys and spans too), evidence, header and warnings.
    #[test]
    fn every_fixture_digest_reads_back_as_it_was() {
        let rules = RuleSet::load(&[]).unwrap();
        let reader = Reader::new(&rules);
        let fixtures = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("fixtures");
        let mut claims = 0;
        for dir in std::fs::read_dir(fixtures).unwrap() {
            let dir = dir.unwrap().path();
            if !dir.is_dir() {
                continue;
            }
            for article in Story::load(&[dir]).unwrap().articles {
                let digest = reader.digest(&article, Keep::Evidence);
                let line = DigestLine {
                    story: "s".into(),
                    line: 7,
                    digest,
                    warnings: vec![Warning {
                        path: article.path.clone(),
                        message: "a warning".into(),
                    }],
                };
                let text = write_digest(&line, rules.fingerprint());
                let (stamp, read) = read_line(&text).unwrap();
                assert_eq!(stamp.rules, rules.fingerprint());
                let ReadLine::Digest(back) = read else {
                    panic!("a digest line")
                };
                let (a, b) = (&line.digest, &back.digest);
                assert_eq!(a.claims, b.claims, "{}", article.path.display());
                assert_eq!(a.evidence, b.evidence);
                assert_eq!((&a.id, &a.path, &a.meta), (&b.id, &b.path, &b.meta));
                assert_eq!((&a.published, &a.warnings), (&b.published, &b.warnings));
                assert_eq!((&line.warnings, back.line), (&back.warnings, 7));
                claims += a.claims.len();
            }
        }
        assert!(claims > 500, "{claims} claims read back");
    }

    /// A widened bound such as 1.5 × 1.1 is 1.6500000000000001: it must read back to the same
    /// f64, or a fact's interval from digests differs from the one `check` gives.
    #[test]
    fn numbers_read_back_to_the_same_f64() {
        let mut warnings = Vec::new();
        let text = "---\npublished: 2024-05-01\n---\nThe fire spread about 1.5 miles.\n";
        let article = crate::ingest::Article::parse(Path::new("a.txt"), text.into(), &mut warnings);
        let rules = RuleSet::load(&[]).unwrap();
        let mut digest = Reader::new(&rules).digest(&article.unwrap(), Keep::Evidence);
        let odd = [
            1.6500000000000001,
            0.1 + 0.2,
            1e-7 / 3.0,
            123_456.789_012_345_67,
        ];
        for (claim, n) in digest.claims.iter_mut().zip(odd.iter().cycle()) {
            if let Value::Number(q) = &mut claim.value {
                q.value.max = Some(*n);
            }
        }
        assert!(digest.claims.iter().any(|c| c.value.number().is_some()));
        let line = DigestLine {
            story: "s".into(),
            line: 1,
            digest,
            warnings,
        };
        let (_, read) = read_line(&write_digest(&line, "f")).unwrap();
        let ReadLine::Digest(back) = read else {
            panic!("a digest line")
        };
        assert_eq!(back.digest.claims, line.digest.claims);
    }

    #[test]
    fn an_error_line_reads_back_as_one() {
        let text = write_error(3, &LineError::NoText, "00ff");
        let (stamp, read) = read_line(&text).unwrap();
        assert_eq!(stamp.rules, "00ff");
        assert!(matches!(read, ReadLine::Error(3, m) if m.contains("no article")));
    }
}
