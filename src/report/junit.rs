//! The JUnit XML reporter, for CI systems that show test results (GitLab, Jenkins, Azure
//! Pipelines, GitHub test-report actions) but not code scanning. Every fact is a test case, named
//! by its id and classed by its kind, so the CI's own history tracks each fact from run to run;
//! a fact at or above the `--fail-on` threshold is a failure whose text lists the notes and every
//! `path:line:column "surface"` a reader needs to check it. With `--fail-on never` nothing fails.
//! The suite's properties give each source's language (`lang:SOURCE_ID`), where it is known.
//!
//! XML is written by hand: five entities and the XML 1.0 character range are all a writer needs,
//! and [`escape`] is tested on its own.

use std::borrow::Cow;
use std::io::Write;
use std::path::Path;

use super::estimate::{shown_estimate, summary};
use super::{CheckOptions, CheckReport, FactOut, SourceInfo};

/// Writes `check` output as a JUnit XML document: one suite for the story, one case per fact.
pub fn write_check_junit(
    report: &CheckReport,
    options: CheckOptions,
    out: &mut dyn Write,
) -> std::io::Result<()> {
    let fails = |f: &FactOut| options.fail_on.is_some_and(|t| f.verdict.at_least(t));
    let tests = report.facts.len();
    let failures = report.facts.iter().filter(|f| fails(f)).count();
    let suite = format!("claimdiff: {}", story_name(&report.sources));
    let suite = escape(&suite, Place::Attribute);
    writeln!(out, r#"<?xml version="1.0" encoding="UTF-8"?>"#)?;
    writeln!(
        out,
        r#"<testsuites name="claimdiff" tests="{tests}" failures="{failures}" errors="0">"#
    )?;
    writeln!(
        out,
        r#"  <testsuite name="{suite}" tests="{tests}" failures="{failures}" errors="0" skipped="0">"#
    )?;
    write_languages(&report.sources, out)?;
    for fact in &report.facts {
        let open = format!(
            r#"    <testcase classname="{}" name="{}""#,
            escape(fact.kind.as_str(), Place::Attribute),
            escape(&fact.id, Place::Attribute)
        );
        if !fails(fact) {
            writeln!(out, "{open}/>")?;
            continue;
        }
        let verdict = fact.verdict.as_str();
        writeln!(out, "{open}>")?;
        writeln!(
            out,
            r#"      <failure message="{}" type="{verdict}">{}</failure>"#,
            escape(&format!("{verdict}: {}", fact.id), Place::Attribute),
            escape(&failure_text(fact, &report.sources), Place::Content)
        )?;
        writeln!(out, "    </testcase>")?;
    }
    writeln!(out, "  </testsuite>")?;
    writeln!(out, "</testsuites>")
}

/// Where escaped text goes: attribute values lose literal line breaks and tabs to whitespace
/// normalisation, so there they must be character references; element content keeps them.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Place {
    Content,
    Attribute,
}

/// Escapes `text` for XML 1.0 content or a quoted attribute value: the five special characters
/// become entities, a carriage return (and, in an attribute, a line feed or tab) a character
/// reference, and characters XML 1.0 does not allow at all (control characters, U+FFFE, U+FFFF)
/// are dropped.
fn escape(text: &str, place: Place) -> Cow<'_, str> {
    let plain = |c: char| {
        !matches!(c, '&' | '<' | '>' | '"' | '\'' | '\r')
            && (allowed_plain(c) || (place == Place::Content && matches!(c, '\n' | '\t')))
    };
    if text.chars().all(plain) {
        return Cow::Borrowed(text);
    }
    let mut escaped = String::with_capacity(text.len() + 16);
    for c in text.chars() {
        match c {
            '&' => escaped.push_str("&amp;"),
            '<' => escaped.push_str("&lt;"),
            '>' => escaped.push_str("&gt;"),
            '"' => escaped.push_str("&quot;"),
            '\'' => escaped.push_str("&apos;"),
            '\r' => escaped.push_str("&#13;"),
            '\t' | '\n' if place == Place::Content => escaped.push(c),
            '\t' => escaped.push_str("&#9;"),
            '\n' => escaped.push_str("&#10;"),
            c if allowed_plain(c) => escaped.push(c),
            _ => {}
        }
    }
    Cow::Owned(escaped)
}

/// A character XML 1.0 allows and that needs no reference anywhere: `Char` minus tab and line
/// breaks. Rust's `char` already excludes the surrogates.
fn allowed_plain(c: char) -> bool {
    c >= ' ' && !matches!(c, '\u{FFFE}' | '\u{FFFF}')
}

/// The suite's properties: one `lang:SOURCE_ID` per source whose language is known, none
/// (and no `<properties>` element) when no language is.
fn write_languages(sources: &[SourceInfo], out: &mut dyn Write) -> std::io::Result<()> {
    let known: Vec<(&str, &str)> = sources
        .iter()
        .filter_map(|s| Some((s.id.as_str(), s.lang.as_deref()?)))
        .collect();
    if known.is_empty() {
        return Ok(());
    }
    writeln!(out, "    <properties>")?;
    for (id, lang) in known {
        writeln!(
            out,
            r#"      <property name="lang:{}" value="{}"/>"#,
            escape(id, Place::Attribute),
            escape(lang, Place::Attribute)
        )?;
    }
    writeln!(out, "    </properties>")
}

/// The notes, one a line, a count's estimate, then each report as `path:line:column "surface"`.
fn failure_text(fact: &FactOut, sources: &[SourceInfo]) -> String {
    let mut lines: Vec<String> = fact.notes.clone();
    if let Some(e) = shown_estimate(fact) {
        lines.push(format!("estimate: {}", summary(e)));
    }
    for r in &fact.reports {
        let place = sources
            .iter()
            .find(|s| *s.id == *r.source)
            .map_or_else(|| r.source.to_string(), |s| slashed(&s.path));
        lines.push(format!("{place}:{}:{} \"{}\"", r.line, r.column, r.surface));
    }
    lines.join("\n")
}

/// The story's name: the directory all articles share, or `story` when they share none.
fn story_name(sources: &[SourceInfo]) -> String {
    let parent = |s: &SourceInfo| s.path.parent().map(Path::to_path_buf);
    let dir = sources.first().and_then(parent);
    dir.filter(|d| sources.iter().all(|s| parent(s).as_ref() == Some(d)))
        .and_then(|d| d.file_name().map(|n| n.to_string_lossy().into_owned()))
        .unwrap_or_else(|| "story".into())
}

/// A path as written, with `/` separators whatever the platform.
fn slashed(path: &Path) -> String {
    path.to_string_lossy().replace('\\', "/")
}

#[cfg(test)]
mod tests {
    use std::path::PathBuf;

    use super::*;

    #[test]
    fn escape_replaces_the_five_special_characters() {
        for place in [Place::Content, Place::Attribute] {
            assert_eq!(
                escape(r#"<a & "b" 'c'>"#, place),
                "&lt;a &amp; &quot;b&quot; &apos;c&apos;&gt;"
            );
        }
    }

    #[test]
    fn escape_drops_characters_xml_forbids_and_keeps_line_breaks() {
        assert_eq!(
            escape("a\u{0}b\u{1b}c\u{FFFE}d\u{7}", Place::Content),
            "abcd"
        );
        assert_eq!(
            escape("a\u{0}b\u{1b}c\u{FFFF}d\u{7}", Place::Attribute),
            "abcd"
        );
        assert_eq!(
            escape("one\ntwo\tthree\r", Place::Attribute),
            "one&#10;two&#9;three&#13;"
        );
        assert_eq!(
            escape("one\ntwo\tthree\r", Place::Content),
            "one\ntwo\tthree&#13;"
        );
    }

    #[test]
    fn escaped_text_reads_back_through_an_xml_parser() {
        let text = "say \"no\" & <leave>\u{1}\n\t'now'\r";
        let kept = "say \"no\" & <leave>\n\t'now'\r";
        let xml = format!(
            r#"<a x="{}">{}</a>"#,
            escape(text, Place::Attribute),
            escape(text, Place::Content)
        );
        let doc = roxmltree::Document::parse(&xml).expect("well-formed XML");
        assert_eq!(doc.root_element().attribute("x"), Some(kept));
        assert_eq!(doc.root_element().text(), Some(kept));
    }

    #[test]
    fn escape_borrows_plain_text() {
        let text = "Tinzaouatène, 2024\n";
        assert!(matches!(escape(text, Place::Content), Cow::Borrowed(t) if t == text));
        assert!(matches!(escape(text, Place::Attribute), Cow::Owned(_)));
    }

    fn source(path: &str) -> SourceInfo {
        SourceInfo {
            id: Path::new(path)
                .file_stem()
                .unwrap()
                .to_string_lossy()
                .into_owned(),
            path: PathBuf::from(path),
            outlet: None,
            published: None,
            published_from: None,
            lang: None,
            claim_count: 0,
            url: None,
            title: None,
            meta: Default::default(),
        }
    }

    #[test]
    fn story_name_is_the_shared_directory() {
        let shared = [
            source("fixtures/sahel-2024/a.txt"),
            source("fixtures/sahel-2024/b.txt"),
        ];
        assert_eq!(story_name(&shared), "sahel-2024");
        let apart = [source("x/a.txt"), source("y/b.txt")];
        assert_eq!(story_name(&apart), "story");
        assert_eq!(story_name(&[source("a.txt")]), "story");
    }
}
