//! Stage 6: report data → bytes. One reporter per format, each in its own file, each writing to
//! the writer it is given. Colour is decided once, by the caller, and handed to the terminal
//! reporter as a [`Palette`] value.
//!
//! The report types here are the JSON contract (`schema_version` 1): `claims` output is a
//! [`ClaimsReport`], `check` output a [`CheckReport`]. Fields are only ever added within a
//! schema version.

mod claimreview;
mod html;
mod json;
mod junit;
mod markdown;
mod estimate;
mod findings;
mod palette;
mod shown;
mod sarif;
mod terminal;
mod text;

use std::io::Write;
use std::path::PathBuf;
use std::sync::Arc;

use serde::Serialize;

use crate::claim::{Casualty, Claim, Dated, Kind, Measured, Value};
use crate::compare::{Estimate, Judged, NameDetail, QuoteDetail, Verdict};
use crate::digest::Evidence;
use crate::error::Warning;

pub use claimreview::write_check_claimreview;
pub use findings::Show;
pub use html::write_check_html;
pub use json::{write_check_json, write_check_json_line, write_claims_json};
pub use junit::write_check_junit;
pub use markdown::write_check_markdown;
pub use palette::Palette;
pub use sarif::{write_check_sarif, write_check_sarif_at};
pub use shown::{Escaping, Shown, shown};
pub use terminal::{write_check_terminal, write_claims_terminal};
pub use text::{TextParagraph, TextReport, TextSource, write_text_json, write_text_terminal};

/// The version of the JSON output's shape.
pub const SCHEMA_VERSION: u32 = 1;

/// An output format.
#[derive(Clone, Copy, Debug, PartialEq, Eq, clap::ValueEnum)]
pub enum Format {
    /// Human-readable, coloured when writing to a terminal.
    Terminal,
    /// The JSON contract.
    Json,
    /// Markdown (GitHub-flavoured), to paste into a document (`check` only).
    Markdown,
    /// One self-contained HTML page (`check` only): a fact × source matrix and the evidence.
    Html,
    /// SARIF 2.1.0 for code-scanning views: conflicts as errors, variants as warnings (`check`
    /// only).
    Sarif,
    /// JUnit XML for CI test reports: a test case per fact, failing at `--fail-on` (`check` only).
    Junit,
    /// schema.org ClaimReview JSON-LD: a review per conflict or variant, for fact-check
    /// publishers and aggregators (`check` only).
    #[value(name = "claimreview")]
    ClaimReview,
    /// JSON Lines: `claims` reads articles as JSON Lines and writes a digest line per article
    /// (the map stage of an engine); `check` writes its JSON document on one line.
    Jsonl,
}

impl Format {
    /// The name `--format` takes.
    pub fn name(self) -> &'static str {
        match self {
            Format::Terminal => "terminal",
            Format::Json => "json",
            Format::Markdown => "markdown",
            Format::Html => "html",
            Format::Sarif => "sarif",
            Format::Junit => "junit",
            Format::ClaimReview => "claimreview",
            Format::Jsonl => "jsonl",
        }
    }

    /// Whether `claims` can be written in this format. The others describe facts, findings
    /// and tests, which a listing of claims has none of.
    pub fn lists_claims(self) -> bool {
        matches!(self, Format::Terminal | Format::Json | Format::Jsonl)
    }
}

/// One source as the reports describe it.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct SourceInfo {
    /// The source id (file stem).
    pub id: String,
    /// The article file.
    // Lossily when its name is not UTF-8: the report stays whole; the id keeps it apart.
    #[serde(serialize_with = "crate::error::lossy_path")]
    pub path: PathBuf,
    /// The outlet, when known.
    pub outlet: Option<String>,
    /// Publication date `YYYY-MM-DD`, or `null` when unknown.
    pub published: Option<String>,
    /// Where the publication date came from: `front_matter`, `manifest`, `text`, or `null`.
    // The schema keeps a string: the closed set is the type's, the contract stays as published.
    #[schemars(with = "Option<String>")]
    pub published_from: Option<PublishedFrom>,
    /// The article's language (a BCP 47 tag: "en", "fr"), as its front matter, `story.yaml` or
    /// page says, else detected from its text; `null` when neither says. It chooses the rules
    /// the article is read with.
    pub lang: Option<String>,
    /// How many claims were extracted.
    pub claim_count: usize,
    /// Where the article was published (front matter, `story.yaml`, a page's canonical URL),
    /// when known. Not in the JSON contract: the ClaimReview export reads it.
    #[serde(skip)]
    #[schemars(skip)]
    pub url: Option<String>,
    /// The article's headline, when known. Not in the JSON contract, like `url`.
    #[serde(skip)]
    #[schemars(skip)]
    pub title: Option<String>,
    /// The article's other front matter and `story.yaml` keys, as written (`author`, `tags`
    /// …), and any value that could not be read; absent when there are none.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub meta: std::collections::BTreeMap<String, serde_json::Value>,
}

/// Where a source's publication date came from.
#[derive(Clone, Copy, Debug, PartialEq, Eq, Serialize, schemars::JsonSchema)]
#[serde(rename_all = "snake_case")]
pub enum PublishedFrom {
    /// The article's front matter.
    FrontMatter,
    /// The story's `story.yaml`.
    Manifest,
    /// A web page's metadata (JSON-LD, meta tags).
    Page,
    /// A date line near the top of the text.
    Text,
}

/// Output of `claimdiff claims`.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ClaimsReport {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// Each source and its claims.
    pub sources: Vec<SourceClaims>,
    /// Non-fatal problems.
    pub warnings: Vec<Warning>,
}

/// One source's claims.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct SourceClaims {
    /// The source.
    #[serde(flatten)]
    pub source: SourceInfo,
    /// Its claims in text order.
    pub claims: Vec<Claim>,
}

/// Output of `claimdiff check`.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct CheckReport {
    /// Always [`SCHEMA_VERSION`].
    pub schema_version: u32,
    /// The sources compared.
    pub sources: Vec<SourceInfo>,
    /// Facts, most severe verdict first, then by id.
    pub facts: Vec<FactOut>,
    /// Counts per verdict.
    pub summary: Summary,
    /// Non-fatal problems.
    pub warnings: Vec<Warning>,
}

/// Counts per verdict.
#[derive(Clone, Debug, Default, PartialEq, Eq, Serialize, schemars::JsonSchema)]
pub struct Summary {
    /// Number of sources.
    pub sources: usize,
    /// Number of facts.
    pub facts: usize,
    /// Facts with verdict conflict.
    pub conflict: usize,
    /// Facts with verdict variant.
    pub variant: usize,
    /// Facts with verdict agree.
    pub agree: usize,
    /// Facts only one source reports.
    pub single_source: usize,
    /// Claims that take part in no fact (a disabled kind, a quantity with no counted noun).
    pub claims_not_compared: usize,
}

impl Summary {
    /// How many facts have `verdict`.
    pub fn count(&self, verdict: Verdict) -> usize {
        match verdict {
            Verdict::Conflict => self.conflict,
            Verdict::Variant => self.variant,
            Verdict::Agree => self.agree,
            Verdict::SingleSource => self.single_source,
        }
    }
}

/// One fact in the `check` output.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct FactOut {
    /// Stable id (`casualty_count/killed/civilians`).
    pub id: String,
    /// `casualty_count`, `quantity`, …
    // The schema keeps a string: the closed set is the type's, the contract stays as published.
    #[schemars(with = "String")]
    pub kind: Kind,
    /// What the fact is about, e.g. `killed/civilians`.
    pub subject: String,
    /// For measure facts: the measure's id in the rules (`arrested`, `inflation`).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub measure: Option<String>,
    /// The verdict.
    pub verdict: Verdict,
    /// What a reader should know beyond the verdict.
    pub notes: Vec<String>,
    /// For name facts: every form of the name, with what differs marked.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub names: Option<NameDetail>,
    /// For quote facts: every rendering, with its word diff against the fullest.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub quote: Option<QuoteDetail>,
    /// For count facts: the figures reconciled, as `{low, best, high, conservative, figures:
    /// [{value, forms, sources}]}`.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub estimate: Option<Estimate>,
    /// Each source's claim, as evidence.
    pub reports: Vec<Box<ReportOut>>,
}

/// One source's claim within a fact.
#[derive(Clone, Debug, Serialize, schemars::JsonSchema)]
pub struct ReportOut {
    /// The source id.
    // One copy shared by every report of the source.
    #[schemars(with = "String")]
    pub source: Arc<str>,
    /// The exact text of the claim.
    pub surface: String,
    /// One-based line in the source file.
    pub line: usize,
    /// One-based column (characters).
    pub column: usize,
    /// The normalised value: a number interval, or a date interval with its precision.
    pub value: Value,
    /// Who the text says makes the claim.
    pub claimant: Option<String>,
    /// Casualty outcome and victims.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub casualty: Option<Box<Casualty>>,
    /// The counted noun of a quantity.
    #[serde(skip_serializing_if = "Option::is_none")]
    pub counted: Option<String>,
    /// What a date dates: role, event, cue and names.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub date: Option<Box<Dated>>,
    /// Which measure a measure's figure is of, and the words that say so.
    #[serde(flatten, skip_serializing_if = "Option::is_none")]
    pub measure: Option<Box<Measured>>,
    /// The whole sentence, as evidence.
    // One copy shared by the reports of all the claims of the sentence.
    #[schemars(with = "String")]
    pub sentence: Arc<str>,
    /// Where the claim starts within `sentence` (bytes), for highlighting.
    pub sentence_offset: usize,
    /// True when the claim is in a teaser for another article.
    pub teaser: bool,
}

impl CheckReport {
    /// Builds the report from judged facts. `evidence` holds each source's evidence sentences,
    /// in the order of `sources`.
    pub fn new(
        sources: Vec<SourceInfo>,
        judged: Vec<Judged>,
        evidence: &[Evidence],
        warnings: Vec<Warning>,
    ) -> CheckReport {
        // Each report names its source by id: look its evidence up, not through every source.
        let evidence: std::collections::HashMap<&str, &Evidence> = sources
            .iter()
            .map(|s| s.id.as_str())
            .zip(evidence)
            .collect();
        let mut summary = Summary {
            sources: sources.len(),
            facts: judged.len(),
            ..Summary::default()
        };
        let mut facts: Vec<FactOut> = judged
            .into_iter()
            .map(|j| {
                match j.verdict {
                    Verdict::Conflict => summary.conflict += 1,
                    Verdict::Variant => summary.variant += 1,
                    Verdict::Agree => summary.agree += 1,
                    Verdict::SingleSource => summary.single_source += 1,
                }
                let measure = (j.fact.reports.first())
                    .and_then(|r| r.claim.measure_id())
                    .map(str::to_string);
                let reports = j
                    .fact
                    .reports
                    .into_iter()
                    .map(|r| {
                        let sentence = evidence
                            .get(r.source.as_str())
                            .and_then(|e| e.shared(&r.claim.sentence))
                            .map_or_else(|| Arc::from(""), Arc::clone);
                        report_out(r.source.shared(), *r.claim, sentence)
                    })
                    .collect();
                FactOut {
                    id: j.fact.id,
                    kind: j.fact.kind,
                    subject: j.fact.subject,
                    measure,
                    verdict: j.verdict,
                    notes: j.notes,
                    names: j.names,
                    quote: j.quote,
                    estimate: j.estimate,
                    reports,
                }
            })
            .collect();
        facts.sort_by(|a, b| (a.verdict, &a.id).cmp(&(b.verdict, &b.id)));
        CheckReport {
            schema_version: SCHEMA_VERSION,
            sources,
            facts,
            summary,
            warnings,
        }
    }

    /// The report's sections: each verdict that has facts, most severe first, with its facts.
    pub fn sections(&self) -> Vec<(Verdict, Vec<&FactOut>)> {
        Verdict::ALL
            .into_iter()
            .map(|v| {
                (
                    v,
                    self.facts
                        .iter()
                        .filter(|f| f.verdict == v)
                        .collect::<Vec<_>>(),
                )
            })
            .filter(|(_, facts)| !facts.is_empty())
            .collect()
    }

    /// A short column label per source: its id up to the first `_` when those are distinct
    /// ("000_0eb5…" → "000"), else A, B, C…
    pub fn source_labels(&self) -> Vec<String> {
        let short: Vec<String> = self
            .sources
            .iter()
            .map(|s| {
                s.id.split_once('_')
                    .map_or(s.id.as_str(), |(h, _)| h)
                    .chars()
                    .take(5)
                    .collect()
            })
            .collect();
        let mut distinct = short.clone();
        distinct.sort();
        distinct.dedup();
        if distinct.len() == short.len() {
            return short;
        }
        (0..self.sources.len())
            .map(|i| {
                let mut label = String::new();
                let mut n = i;
                loop {
                    label.insert(0, char::from(b'A' + (n % 26) as u8));
                    if n < 26 {
                        break;
                    }
                    n = n / 26 - 1;
                }
                label
            })
            .collect()
    }

    /// The most severe verdict, if there is any fact.
    pub fn worst(&self) -> Option<Verdict> {
        self.facts.iter().map(|f| f.verdict).min()
    }
}

/// A claim as evidence in a fact, quoting `sentence`, the text of its sentence.
fn report_out(source: Arc<str>, claim: Claim, sentence: Arc<str>) -> Box<ReportOut> {
    Box::new(ReportOut {
        source,
        sentence_offset: claim.span.start.saturating_sub(claim.sentence.start),
        surface: claim.surface,
        line: claim.line,
        column: claim.column,
        value: claim.value,
        claimant: claim.claimant.map(|c| c.name),
        casualty: claim.casualty,
        counted: claim.counted,
        date: claim.date,
        measure: claim.measure,
        sentence,
        teaser: claim.teaser,
    })
}

/// How a `check` report is written, beyond its format.
#[derive(Clone, Copy, Debug, Default, PartialEq, Eq)]
pub struct CheckOptions {
    /// Show the evidence of every fact, not only of conflicts, and every fact of every verdict,
    /// uncapped.
    pub verbose: bool,
    /// Which verdicts the terminal, Markdown and HTML reports list fact by fact; the others are
    /// counted per kind (`--show`).
    pub show: Show,
    /// The `--fail-on` threshold: facts at or above it fail (CI formats mark them so).
    pub fail_on: Option<Verdict>,
    /// The terminal's width in columns, when the output is one; the terminal report wraps to it.
    pub width: Option<usize>,
    /// How the terminal report is coloured.
    pub palette: Palette,
}

impl CheckOptions {
    /// The verdicts a person's report lists fact by fact: every one with `verbose`, else
    /// those `show` names.
    pub fn listed(self) -> Show {
        if self.verbose { Show::ALL } else { self.show }
    }
}

/// The JSON Schema of `check --format json` output, generated from the report types.
pub fn check_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(CheckReport)).unwrap_or_default()
}

/// The JSON Schema of `claims --format json` output, generated from the report types.
pub fn claims_schema() -> serde_json::Value {
    serde_json::to_value(schemars::schema_for!(ClaimsReport)).unwrap_or_default()
}

/// Writes a report in `format`.
pub fn write_check(
    report: &CheckReport,
    format: Format,
    options: CheckOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Terminal => write_check_terminal(report, options, out),
        Format::Json => write_check_json(report, out),
        Format::Markdown => write_check_markdown(report, options, out),
        Format::Html => write_check_html(report, options, out),
        Format::Sarif => write_check_sarif(report, out),
        Format::Junit => write_check_junit(report, options, out),
        Format::ClaimReview => write_check_claimreview(report, out),
        Format::Jsonl => write_check_json_line(report, out),
    }
}

/// Writes a claims listing in `format`; a format that cannot list claims (see
/// [`Format::lists_claims`]) is an `InvalidInput` error and nothing is written.
pub fn write_claims(
    report: &ClaimsReport,
    format: Format,
    palette: Palette,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    match format {
        Format::Terminal => write_claims_terminal(report, palette, out),
        Format::Json => write_claims_json(report, out),
        Format::Markdown | Format::Html | Format::Sarif | Format::Junit | Format::ClaimReview => {
            Err(std::io::Error::new(
                std::io::ErrorKind::InvalidInput,
                format!("--format {} applies to check only", format.name()),
            ))
        }
        // A digest per article is written as the articles are read (`crate::stream::map`),
        // never from a listing held whole.
        Format::Jsonl => Err(std::io::Error::new(
            std::io::ErrorKind::InvalidInput,
            "claims --format jsonl reads articles as JSON Lines",
        )),
    }
}
