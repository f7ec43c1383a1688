//! Front matter and `story.yaml` entries as people write them: the fields claimdiff reads
//! under their own names or a common alias, every other key kept as written, and a value that
//! cannot be read set aside with a warning instead of stopping the run.
//!
//! - published: `published`, `date`, `pubDate`, `published_at`;
//! - outlet: `outlet`, `source`, `site`, `site_name`, `publisher` (a mapping's `name` too);
//! - url: `url`, `link`; `lang` and `title` as named.
//!
//! The first key of each list that is present is read; the others, and every key claimdiff does
//! not read (`author`, `authors`, `byline`, `tags`, `draft` …), are kept under
//! [`super::Meta::extra`], which the JSON reports give as `sources[].meta`. A value that cannot
//! be read (a date in no form claimdiff knows, a list where a name is expected) is an
//! [`Unread`]: the article warns with its `line:column` and keeps the value under `extra`
//! (with `--strict`, an error). Malformed YAML is an error, as for rule files.

use std::collections::BTreeMap;
use std::path::Path;

use jiff::civil::Date;
use serde_yaml::{Mapping, Value};

use crate::dates::find_full_date;
use crate::error::{Error, Result};

/// The keys read as the publication date, in order of preference.
const PUBLISHED: &[&str] = &["published", "date", "pubDate", "published_at"];
/// The keys read as the outlet, in order of preference.
const OUTLET: &[&str] = &["outlet", "source", "site", "site_name", "publisher"];
/// The keys read as the URL, in order of preference.
const URL: &[&str] = &["url", "link"];

/// The fields of one article's front matter or `story.yaml` entry.
#[derive(Clone, Debug, Default)]
pub(super) struct MetaFile {
    /// The outlet.
    pub outlet: Option<String>,
    /// The publication date, read.
    pub published: Option<Date>,
    /// The URL.
    pub url: Option<String>,
    /// The language code.
    pub lang: Option<String>,
    /// The headline.
    pub title: Option<String>,
    /// Every other key, as written (JSON values).
    pub extra: BTreeMap<String, serde_json::Value>,
    /// The values that could not be read, in the order written.
    pub unread: Vec<Unread>,
}

/// A value claimdiff reads that could not be read; it is kept under `extra` instead.
#[derive(Clone, Debug, PartialEq, Eq)]
pub(super) struct Unread {
    /// The key as written.
    pub key: String,
    /// What the value is and why it is not read.
    pub why: String,
    /// One-based line and column of the value in its file, when found.
    pub at: Option<(usize, usize)>,
}

impl Unread {
    /// The message of a warning (or, with `--strict`, an error) about it.
    pub fn message(&self) -> String {
        format!(
            "{}: {}; kept under meta as an unknown field",
            self.key, self.why
        )
    }

    /// The warning's text, led by `line:column` when known.
    pub fn warning(&self) -> String {
        match self.at {
            Some((line, column)) => format!("{line}:{column}: {}", self.message()),
            None => self.message(),
        }
    }

    /// The error `--strict` makes of it.
    pub fn error(&self, path: &Path) -> Error {
        Error::Yaml {
            path: path.to_path_buf(),
            location: self.at,
            message: self.message(),
        }
    }
}

/// Decodes front matter: `yaml` is the text between the `---` lines, `first_line` the file's
/// line number of its first line.
pub(super) fn front_matter(yaml: &str, first_line: usize, path: &Path) -> Result<MetaFile> {
    if yaml.trim().is_empty() {
        return Ok(MetaFile::default());
    }
    let value: Value = serde_yaml::from_str(yaml).map_err(|e| {
        // A key written twice is refused by the decoder at its mapping's start: the walk finds
        // the second key itself (walking every front matter would cost a second parse).
        match crate::rules::yaml::check_unique_keys(yaml, path, first_line - 1) {
            Err(duplicate) => duplicate,
            Ok(()) => Error::yaml(path, &e, 1),
        }
    })?;
    let mapping = match value {
        Value::Null => return Ok(MetaFile::default()),
        Value::Mapping(m) => m,
        other => {
            return Err(Error::Yaml {
                path: path.to_path_buf(),
                location: Some((first_line, 1)),
                message: format!(
                    "invalid type: {}, expected a mapping of fields",
                    kind(&other)
                ),
            });
        }
    };
    Ok(MetaFile::from_mapping(mapping, |key| {
        locate(yaml, key, 0, true).map(|(l, c)| (l + first_line - 1, c))
    }))
}

/// Decodes one `story.yaml` entry; `manifest` is the whole file, to find where its values are.
pub(super) fn manifest_entry(id: &str, mapping: Mapping, manifest: &str) -> MetaFile {
    let start = lines(manifest)
        .position(|l| l.starts_with([' ', '\t']) && key_of(l.trim_start()) == Some(id))
        .map_or(0, |i| i + 1);
    MetaFile::from_mapping(mapping, |key| locate(manifest, key, start, false))
}

/// Decodes the fields of one article line of JSON Lines input (`published`, `outlet` … as in
/// `story.yaml`); a line has no place to point a value at.
pub(super) fn line_entry(mapping: Mapping) -> MetaFile {
    MetaFile::from_mapping(mapping, |_| None)
}

impl MetaFile {
    /// The fields of `mapping`; `at` finds a key's value in the file.
    fn from_mapping(mapping: Mapping, at: impl Fn(&str) -> Option<(usize, usize)>) -> MetaFile {
        let mut fields: Vec<(String, Value)> = mapping
            .into_iter()
            .map(|(k, v)| (scalar(&k).unwrap_or_else(|| format!("{k:?}")), v))
            .collect();
        let mut unread = Vec::new();
        let mut f = Fields {
            fields: &mut fields,
            unread: &mut unread,
            at: &at,
        };
        let mut meta = MetaFile {
            published: f.take(PUBLISHED, |v| {
                let s = scalar(v).ok_or_else(|| format!("{} is not a date", kind(v)))?;
                parse_date(&s).ok_or_else(|| format!("cannot read {s:?} as a date"))
            }),
            outlet: f.take(OUTLET, |v| {
                named(v).ok_or_else(|| format!("{} is not a name", kind(v)))
            }),
            url: f.take(URL, text),
            lang: f.take(&["lang"], text),
            title: f.take(&["title"], text),
            ..MetaFile::default()
        };
        meta.unread = unread;
        meta.extra = fields
            .into_iter()
            .map(|(k, v)| {
                (
                    k,
                    serde_json::to_value(&v).unwrap_or(serde_json::Value::Null),
                )
            })
            .collect();
        meta
    }
}

/// The fields of a mapping not yet read, and what could not be read.
struct Fields<'a, F> {
    fields: &'a mut Vec<(String, Value)>,
    unread: &'a mut Vec<Unread>,
    at: &'a F,
}

impl<F: Fn(&str) -> Option<(usize, usize)>> Fields<'_, F> {
    /// Reads the first of `keys` present (and not empty) with `read`, and removes it; a value `read` refuses
    /// stays (to be kept as an unknown field) and is recorded as unread.
    fn take<T>(
        &mut self,
        keys: &[&str],
        read: impl Fn(&Value) -> std::result::Result<T, String>,
    ) -> Option<T> {
        let i = keys.iter().find_map(|key| {
            self.fields
                .iter()
                .position(|(k, v)| k == key && !v.is_null())
        })?;
        match read(&self.fields[i].1) {
            Ok(v) => {
                self.fields.remove(i);
                Some(v)
            }
            Err(why) => {
                let key = self.fields[i].0.clone();
                self.unread.push(Unread {
                    at: (self.at)(&key),
                    key,
                    why,
                });
                None
            }
        }
    }
}

/// A scalar as text (a string, number or boolean); `None` for null, lists and mappings.
fn scalar(v: &Value) -> Option<String> {
    match v {
        Value::String(s) => Some(s.clone()),
        Value::Number(n) => Some(n.to_string()),
        Value::Bool(b) => Some(b.to_string()),
        Value::Tagged(t) => scalar(&t.value),
        _ => None,
    }
}

/// A text field's value.
fn text(v: &Value) -> std::result::Result<String, String> {
    scalar(v).ok_or_else(|| format!("{} is not text", kind(v)))
}

/// An outlet: text, or a mapping's `name` (`publisher: {name: Reuters}`).
fn named(v: &Value) -> Option<String> {
    match v {
        Value::Mapping(m) => m.get("name").and_then(scalar),
        _ => scalar(v),
    }
}

/// What a value is, for messages.
fn kind(v: &Value) -> &'static str {
    match v {
        Value::Null => "an empty value",
        Value::Bool(_) => "a boolean",
        Value::Number(_) => "a number",
        Value::String(_) => "text",
        Value::Sequence(_) => "a list",
        Value::Mapping(_) => "a mapping",
        Value::Tagged(_) => "a tagged value",
    }
}

/// A publication date in the forms people write: `2024-05-04`, an ISO date-time with or without
/// a zone (the day as written, not moved to UTC), RFC 2822 (`Sat, 04 May 2024 10:00:00 +0000`),
/// and a written date (`May 4, 2024`, `4 May 2024`), optionally followed by a time.
pub(super) fn parse_date(value: &str) -> Option<Date> {
    let s = value.trim();
    if let Some(day) = s.get(..10).and_then(|d| d.parse::<Date>().ok()) {
        let rest = &s[10..];
        if rest.is_empty() || rest.starts_with(['T', 't', ' ']) {
            return Some(day);
        }
    }
    if let Ok(zoned) = jiff::fmt::rfc2822::DateTimeParser::new().parse_zoned(s) {
        return Some(zoned.date());
    }
    let (span, day) = find_full_date(s)?;
    let rest = &s[span.end..];
    let followed_by_time = rest.starts_with([' ', ',', 'T']) && rest.contains(':');
    (span.start == 0 && (rest.is_empty() || followed_by_time)).then_some(day)
}

/// The key of a `key: value` line, if it is one.
fn key_of(line: &str) -> Option<&str> {
    let (key, _) = line.split_once(':')?;
    let key = key.trim().trim_matches(['"', '\'']);
    (!key.is_empty()).then_some(key)
}

/// The lines of `text` without their line breaks (LF, CRLF or a lone CR, as YAML reads them).
fn lines(text: &str) -> impl Iterator<Item = &str> {
    super::lines_inclusive(text).map(|l| l.trim_end_matches(['\n', '\r']))
}

/// One-based line and column of `key`'s value in `yaml`, searching from line index `from`;
/// with `top_level`, only unindented keys (not one nested in another field's mapping).
fn locate(yaml: &str, key: &str, from: usize, top_level: bool) -> Option<(usize, usize)> {
    lines(yaml).enumerate().skip(from).find_map(|(i, line)| {
        let indent = line.len() - line.trim_start().len();
        let rest = line.trim_start();
        if key_of(rest) != Some(key) || (top_level && indent > 0) {
            return None;
        }
        let colon = rest.find(':')?;
        let after = &rest[colon + 1..];
        let value = indent + colon + 1 + (after.len() - after.trim_start().len());
        Some((i + 1, line[..value].chars().count() + 1))
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn date(s: &str) -> Option<String> {
        parse_date(s).map(|d| d.to_string())
    }

    #[test]
    fn dates_in_the_forms_people_write() {
        for s in [
            "2024-05-04",
            "2024-05-04T23:30:00-05:00",
            "2024-05-04T10:00:00Z",
            "2024-05-04 10:00",
            "May 4, 2024",
            "4 May 2024",
            "Sat, 04 May 2024 10:00:00 +0000",
            "Sat, 4 May 2024 10:00:00 GMT",
            "May 4, 2024 10:00 AM",
        ] {
            assert_eq!(date(s).as_deref(), Some("2024-05-04"), "{s}");
        }
        for s in [
            "yesterday",
            "2024-02-30",
            "2024-05-04x",
            "May 2024",
            "on May 4, 2024",
        ] {
            assert_eq!(date(s), None, "{s}");
        }
    }

    #[test]
    fn aliases_unknown_keys_and_unreadable_values() {
        let yaml = "source: Wire\ndate: May 4, 2024\nauthor: A. Writer\ntags: [a, b]\nlink: u\n\
                    title: [x]\n";
        let m = front_matter(yaml, 2, Path::new("a.txt")).unwrap();
        assert_eq!(m.outlet.as_deref(), Some("Wire"));
        assert_eq!(
            m.published.map(|d| d.to_string()).as_deref(),
            Some("2024-05-04")
        );
        assert_eq!(m.url.as_deref(), Some("u"));
        assert_eq!(m.title, None);
        assert_eq!(m.extra["author"], "A. Writer");
        assert_eq!(m.extra["tags"], serde_json::json!(["a", "b"]));
        assert_eq!(m.extra["title"], serde_json::json!(["x"]));
        assert_eq!(m.unread.len(), 1);
        assert_eq!(m.unread[0].at, Some((7, 8)));
    }

    #[test]
    fn the_first_key_of_a_list_is_read_and_the_others_kept() {
        let yaml = "site: Site\noutlet: Outlet\npublisher:\n  name: P\n";
        let m = front_matter(yaml, 2, Path::new("a.txt")).unwrap();
        assert_eq!(m.outlet.as_deref(), Some("Outlet"));
        assert_eq!(m.extra["site"], "Site");
        assert_eq!(m.extra["publisher"], serde_json::json!({"name": "P"}));
        let m = front_matter("publisher:\n  name: P\n", 2, Path::new("a.txt")).unwrap();
        assert_eq!(m.outlet.as_deref(), Some("P"));
    }

    #[test]
    fn a_value_is_located_at_its_own_key_not_a_nested_one() {
        let yaml = "publisher:\n  date: x\ndate: soon\n";
        let m = front_matter(yaml, 2, Path::new("a.txt")).unwrap();
        assert_eq!(m.unread[0].at, Some((4, 7)));
    }

    #[test]
    fn manifest_values_are_located_under_their_source() {
        let text = "sources:\n  a:\n    date: soon\n  b:\n    date: later\n";
        let map: Mapping = serde_yaml::from_str("date: later").unwrap();
        let m = manifest_entry("b", map, text);
        assert_eq!(m.unread[0].at, Some((5, 11)));
    }
}
