//! `claimdiff text`: what claimdiff read from each article, so a user can see why a claim is or
//! is not there. Terminal and JSON.
//!
//! The JSON is one object:
//!
//! ```text
//! {"sources": [{"id", "path", "title", "published": "YYYY-MM-DD" | null, "outlet" | null,
//!               "lang" | null, "paragraphs": [{"text", "line", "column"}]}]}
//! ```
//!
//! `paragraphs` are the paragraphs segmentation keeps to extract claims from (body text, and
//! teasers for other articles, whose claims are marked as theirs; page furniture and repeats
//! left out), in order; `line` and `column` (one-based, the column in
//! characters) say where each starts in the file: for a web page, in its HTML source, and
//! `null` when the paragraph was not found there.

use std::io::Write;
use std::path::{Path, PathBuf};

use serde::Serialize;

use crate::error::Warning;
use crate::ingest::Source;

/// Output of `claimdiff text`.
#[derive(Clone, Debug, Serialize)]
pub struct TextReport {
    /// One per article, in source-id order.
    pub sources: Vec<TextSource>,
    /// Written to standard error, not into the report.
    #[serde(skip)]
    pub warnings: Vec<Warning>,
}

/// What claimdiff read from one article.
#[derive(Clone, Debug, Serialize)]
pub struct TextSource {
    /// The source id (the file stem).
    pub id: String,
    /// The article file.
    // Lossily when its name is not UTF-8: the report stays whole; the id keeps it apart.
    #[serde(serialize_with = "crate::error::lossy_path")]
    pub path: PathBuf,
    /// The headline, from front matter, `story.yaml` or the page.
    pub title: Option<String>,
    /// The publication date.
    pub published: Option<jiff::civil::Date>,
    /// The outlet.
    pub outlet: Option<String>,
    /// The language code.
    pub lang: Option<String>,
    /// The other front matter and `story.yaml` keys, as written; absent when there are none.
    #[serde(default, skip_serializing_if = "std::collections::BTreeMap::is_empty")]
    pub meta: std::collections::BTreeMap<String, serde_json::Value>,
    /// The body paragraphs read.
    pub paragraphs: Vec<TextParagraph>,
}

/// One paragraph as read, and where it starts in the file.
#[derive(Clone, Debug, PartialEq, Eq, Serialize)]
pub struct TextParagraph {
    /// The paragraph's text.
    pub text: String,
    /// One-based line of its start; `None` when it was not found in the file.
    pub line: Option<usize>,
    /// One-based column (in characters) of its start; `None` when not found.
    pub column: Option<usize>,
}

impl Source for TextSource {
    fn id(&self) -> &str {
        &self.id
    }

    fn path(&self) -> &Path {
        &self.path
    }
}

/// Writes the JSON form, one line.
pub fn write_text_json(report: &TextReport, out: &mut dyn Write) -> std::io::Result<()> {
    serde_json::to_writer(&mut *out, report)?;
    writeln!(out)
}

/// Writes the terminal form: a header per article (id, file, title, outlet, date, language),
/// then each paragraph under the place it starts in the file.
pub fn write_text_terminal(report: &TextReport, out: &mut dyn Write) -> std::io::Result<()> {
    // Everything shown is the article's, its name or its front matter's: escaped whole.
    let out = &mut super::shown::Escaping::new(out);
    for (i, s) in report.sources.iter().enumerate() {
        if i > 0 {
            writeln!(out)?;
        }
        writeln!(out, "== {} ({})", s.id, s.path.display())?;
        let unknown = |v: &Option<String>| v.clone().unwrap_or_else(|| "unknown".into());
        writeln!(out, "title:     {}", unknown(&s.title))?;
        writeln!(out, "outlet:    {}", unknown(&s.outlet))?;
        let published = s.published.map(|d| d.to_string());
        writeln!(out, "published: {}", unknown(&published))?;
        writeln!(out, "language:  {}", unknown(&s.lang))?;
        let n = s.paragraphs.len();
        writeln!(out, "{n} paragraph{}", if n == 1 { "" } else { "s" })?;
        for p in &s.paragraphs {
            let place = match (p.line, p.column) {
                (Some(l), Some(c)) => format!("{l}:{c}"),
                _ => "(not found in the file)".into(),
            };
            writeln!(out, "\n{place}")?;
            for line in p.text.lines() {
                writeln!(out, "  {line}")?;
            }
        }
    }
    out.flush()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn report() -> TextReport {
        let paragraph = |text: &str, at: Option<(usize, usize)>| TextParagraph {
            text: text.into(),
            line: at.map(|a| a.0),
            column: at.map(|a| a.1),
        };
        TextReport {
            sources: vec![TextSource {
                id: "wire".into(),
                path: "story/wire.html".into(),
                title: Some("Attack".into()),
                published: Some(jiff::civil::date(2024, 5, 4)),
                outlet: None,
                lang: Some("en".into()),
                meta: Default::default(),
                paragraphs: vec![
                    paragraph("Five died.", Some((12, 7))),
                    paragraph("Lost.", None),
                ],
            }],
            warnings: Vec::new(),
        }
    }

    #[test]
    fn json_follows_the_contract() {
        let mut out = Vec::new();
        write_text_json(&report(), &mut out).unwrap();
        let v: serde_json::Value = serde_json::from_slice(&out).unwrap();
        let s = &v["sources"][0];
        assert_eq!(s["id"], "wire");
        assert_eq!(s["path"], "story/wire.html");
        assert_eq!(s["published"], "2024-05-04");
        assert_eq!(s["outlet"], serde_json::Value::Null);
        assert_eq!(s["paragraphs"][0]["line"], 12);
        assert_eq!(s["paragraphs"][0]["column"], 7);
        assert_eq!(s["paragraphs"][1]["line"], serde_json::Value::Null);
    }

    #[test]
    fn terminal_shows_the_header_and_where_each_paragraph_starts() {
        let mut out = Vec::new();
        write_text_terminal(&report(), &mut out).unwrap();
        let out = String::from_utf8(out).unwrap();
        assert!(out.starts_with("== wire (story/wire.html)\ntitle:     Attack\n"));
        assert!(out.contains("outlet:    unknown\npublished: 2024-05-04\n"));
        assert!(out.contains("\n12:7\n  Five died.\n"));
        assert!(out.contains("\n(not found in the file)\n  Lost.\n"));
    }
}
