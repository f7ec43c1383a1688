//! Articles as JSON Lines, one object per line: the input of `claims --format jsonl`, the map
//! stage of a run spread over an engine (Spark, Dask …) that hands claimdiff a stream of
//! articles rather than a directory.
//!
//! A line is `{"id", "story", "text" | "html", …}`. `id` is the source id and `story` the key
//! its digest is grouped by; `text` is the article as a file would hold it (front matter
//! included, if any) and `html` a web page. Every other key is read as a `story.yaml` entry
//! reads it (`published`, `outlet`, `url`, `lang`, `title`, their aliases, any other key kept
//! under `meta`), and a publication date given so counts as the manifest's. `path` names the
//! file the article stands for: the reports show it, and its extension says whether the text
//! is a web page or Markdown (without it: `ID.html` for `html`, `ID` for `text`).

use std::path::PathBuf;

use serde_json::{Map, Value};

use super::{Article, LoadOptions, Outcome, front};
use crate::error::{LineError, Warning};

/// One article line, read: the story it belongs to, the article, and the warnings its reading
/// gave (no publication date, a value that could not be read …).
#[derive(Debug)]
pub struct ArticleLine {
    /// The story key.
    pub story: String,
    /// The article.
    pub article: Article,
    /// What reading it warned of.
    pub warnings: Vec<Warning>,
}

/// Reads one line of JSON Lines input as an article.
pub fn read_article_line(
    line: &str,
    options: LoadOptions,
) -> std::result::Result<ArticleLine, LineError> {
    let mut fields: Map<String, Value> = serde_json::from_str(line).map_err(LineError::Json)?;
    let id = take_string(&mut fields, "id")?;
    let story = take_string(&mut fields, "story")?;
    let text = fields.remove("text");
    let html = fields.remove("html");
    let (text, page) = match (text, html) {
        (Some(_), Some(_)) => return Err(LineError::TextAndHtml),
        (None, None) => return Err(LineError::NoText),
        (Some(t), None) => (t, false),
        (None, Some(h)) => (h, true),
    };
    let Value::String(text) = text else {
        let key = if page { "html" } else { "text" };
        return Err(field(key, "a string"));
    };
    let path = match fields.remove("path") {
        Some(Value::String(p)) if !p.is_empty() => PathBuf::from(p),
        Some(_) => return Err(field("path", "a file name (a non-empty string)")),
        None if page => PathBuf::from(format!("{id}.html")),
        None => PathBuf::from(&id),
    };
    let mapping = match serde_yaml::to_value(Value::Object(fields)) {
        Ok(serde_yaml::Value::Mapping(m)) => m,
        _ => serde_yaml::Mapping::new(),
    };
    let meta = front::line_entry(mapping);
    let mut warnings = Vec::new();
    match Article::from_text(&path, text, Some(meta), options, &mut warnings) {
        Outcome::Read(mut article) => {
            article.id = id;
            Ok(ArticleLine {
                story,
                article,
                warnings,
            })
        }
        Outcome::Skipped(reason) => Err(LineError::Skipped(reason)),
        Outcome::Failed(e) => Err(LineError::Article(Box::new(e))),
    }
}

/// Removes `key`, a non-empty string, from `fields`.
fn take_string(
    fields: &mut Map<String, Value>,
    key: &'static str,
) -> std::result::Result<String, LineError> {
    match fields.remove(key) {
        Some(Value::String(s)) if !s.trim().is_empty() => Ok(s),
        _ => Err(field(key, "a non-empty string")),
    }
}

fn field(key: &str, expected: &'static str) -> LineError {
    LineError::Field {
        key: key.to_string(),
        expected,
    }
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::ingest::DateOrigin;

    fn read(line: &str) -> std::result::Result<ArticleLine, LineError> {
        read_article_line(line, LoadOptions::default())
    }

    #[test]
    fn a_line_gives_the_article_its_story_and_metadata() {
        let line = r#"{"id": "w1", "story": "s", "text": "Rain fell on Tuesday.\n",
            "published": "2023-04-05", "outlet": "Wire", "author": "Kim"}"#;
        let read = read(line).unwrap();
        assert_eq!(read.story, "s");
        assert_eq!(read.article.id, "w1");
        assert_eq!(read.article.path, PathBuf::from("w1"));
        assert_eq!(read.article.meta.outlet.as_deref(), Some("Wire"));
        assert_eq!(read.article.meta.extra["author"], "Kim");
        let published = read.article.published.unwrap();
        assert_eq!(published.date.to_string(), "2023-04-05");
        assert_eq!(published.origin, DateOrigin::Manifest);
        assert!(read.warnings.is_empty(), "{:?}", read.warnings);
    }

    #[test]
    fn an_html_line_is_read_as_a_page() {
        let page = "<html><head><title>T</title></head><body><article><p>Forty homes \
                    were flooded on the coast, officials said on Monday.</p></article></body></html>";
        let line = serde_json::json!({"id": "p", "story": "s", "html": page}).to_string();
        let read = read(&line).unwrap();
        assert!(read.article.is_page());
        assert_eq!(read.article.path, PathBuf::from("p.html"));
        assert!(read.article.text.contains("Forty homes"));
    }

    #[test]
    fn bad_lines_say_what_is_wrong() {
        let cases = [
            ("[1, 2]", "not a JSON object"),
            (r#"{"story": "s", "text": "x"}"#, "`id`: a non-empty string"),
            (r#"{"id": "a", "text": "x"}"#, "`story`: a non-empty string"),
            (r#"{"id": "a", "story": "s"}"#, "no article"),
            (
                r#"{"id": "a", "story": "s", "text": "x", "html": "y"}"#,
                "both `text` and `html`",
            ),
            (
                r#"{"id": "a", "story": "s", "text": 3}"#,
                "`text`: a string",
            ),
            (
                r#"{"id": "a", "story": "s", "text": "  \n"}"#,
                "the article",
            ),
        ];
        for (line, message) in cases {
            let e = read(line).unwrap_err().to_string();
            assert!(e.contains(message), "{line}: {e}");
        }
    }
}
