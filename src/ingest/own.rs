//! Files in a story folder that are no articles: claimdiff's own (a report written there with
//! `--output story/report.md`, an expectation file must never be read back as an article on
//! the next run), and pipes and devices ([`special_kind`]), which are never opened.
//!
//! Two rules. By name: files ending in one of [`NOT_ARTICLE_EXTENSIONS`] (any case) are data,
//! never articles, and are left out of a story folder silently, as `story.yaml` always was. By
//! content: a file whose text starts the way a claimdiff report does ([`report_format`]) is
//! skipped with a warning, whatever its name. The signatures are the reports' own openings,
//! which the reporters already write (no marker was added for this); the catalogue test
//! `tests/suite/bad_output.rs` writes every format into a story and checks it is recognised,
//! so a reporter that changes its opening fails there.

use std::borrow::Cow;
use std::path::Path;

use crate::error::SkipReason;

/// Extensions of files that are never articles (compared without regard to case): the
/// manifest, rule and expectation files, and the machine-readable reports (JSON, JSON Lines,
/// SARIF, JUnit XML, ClaimReview JSON-LD).
pub const NOT_ARTICLE_EXTENSIONS: &[&str] =
    &["yaml", "yml", "json", "jsonl", "jsonld", "sarif", "xml"];

/// How far into a web page the generator tag is looked for: the HTML report writes it in the
/// first few hundred bytes of its head.
const GENERATOR_WITHIN: usize = 1024;

/// Whether `path`'s extension says it is no article ([`NOT_ARTICLE_EXTENSIONS`]).
pub fn is_data_file(path: &Path) -> bool {
    path.extension().is_some_and(|e| {
        NOT_ARTICLE_EXTENSIONS
            .iter()
            .any(|x| e.eq_ignore_ascii_case(x))
    })
}

/// What a file that is neither a regular file nor a directory is, in words.
pub fn special_kind(file_type: &std::fs::FileType) -> &'static str {
    #[cfg(unix)]
    {
        use std::os::unix::fs::FileTypeExt;
        if file_type.is_fifo() {
            return "a named pipe (FIFO)";
        }
        if file_type.is_socket() {
            return "a socket";
        }
        if file_type.is_char_device() {
            return "a character device";
        }
        if file_type.is_block_device() {
            return "a block device";
        }
    }
    let _ = file_type;
    "not a regular file"
}

/// Opens an article file for reading without waiting: a file listed as regular may have been
/// replaced by a named pipe since, and opening a pipe blocks until a writer comes. Without
/// waiting (`O_NONBLOCK`, which changes nothing for a regular file) the open returns, and the
/// caller sees what it opened.
pub fn open_regular(path: &Path) -> Result<std::fs::File, SkipReason> {
    let mut options = std::fs::OpenOptions::new();
    options.read(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::OpenOptionsExt;
        options.custom_flags(libc::O_NONBLOCK);
    }
    options.open(path).map_err(SkipReason::Unreadable)
}

/// The report format `text` was written in, when it is a claimdiff report: the opening of
/// each format (ANSI colour codes, which a terminal report may carry, are ignored).
pub fn report_format(text: &str) -> Option<&'static str> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    // Most articles are ruled out by their first character: only a report's can open it.
    match text.trim_start().bytes().next()? {
        b'<' => markup_report(text),
        b'{' if is_json_report(text) => Some("json"),
        b'{' => is_claimreview(text).then_some("claimreview"),
        b'#' | b'S' | b'c' | b'=' | b'\x1b' => text_report(text),
        _ => claims_listing(text),
    }
}

/// The HTML report (its generator tag) or the JUnit report (its suite's name).
fn markup_report(text: &str) -> Option<&'static str> {
    let head = &text.as_bytes()[..text.len().min(GENERATOR_WITHIN)];
    if contains(head, b"<meta name=\"generator\" content=\"claimdiff ") {
        return Some("html");
    }
    contains(head, b"<testsuites name=\"claimdiff\"").then_some("junit")
}

/// The Markdown report, or the terminal `check` report (one story's, or a batch's sections).
fn text_report(text: &str) -> Option<&'static str> {
    let mut lines = text.lines().map(without_colour);
    let first = lines.next()?;
    if first == "# claimdiff report" {
        return Some("markdown");
    }
    let first = match first.strip_prefix("== ") {
        // A batch report: each story's section under its name.
        Some(name) if name.ends_with(" ==") => lines.next()?,
        _ => first,
    };
    // Today's heading, or the `Sources` list earlier versions opened with.
    if (is_check_heading(&first) || first == "Sources") && is_check_summary(lines) {
        return Some("terminal");
    }
    claims_listing(text)
}

/// The terminal `check` report's first line: `claimdiff: 5 sources, 98 facts`.
fn is_check_heading(line: &str) -> bool {
    let number = |w: &str| !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit());
    let words: Vec<&str> = line.split_whitespace().collect();
    matches!(
        words.as_slice(),
        ["claimdiff:", n, "sources,", m, "facts"] if number(n) && number(m)
    )
}

/// The terminal `claims` listing: an article's heading, then its first claim's line.
fn claims_listing(text: &str) -> Option<&'static str> {
    let mut lines = text.lines();
    let heading = without_colour(lines.next()?);
    (is_claims_heading(&heading) && lines.next().is_some_and(is_claim_line)).then_some("terminal")
}

/// Whether `text` is a JSON document whose first key is `schema_version` (the `check`,
/// `claims` and batch reports) or a SARIF log whose tool is claimdiff.
fn is_json_report(text: &str) -> bool {
    let body = text.trim_start().trim_start_matches('{').trim_start();
    if body.starts_with("\"schema_version\"") {
        return true;
    }
    let head = &text.as_bytes()[..text.len().min(GENERATOR_WITHIN)];
    body.starts_with("\"$schema\"")
        && contains(head, b"sarif")
        && contains(head, b"\"name\": \"claimdiff\"")
}

/// Whether `text` is the ClaimReview export: the schema.org context, then a graph whose first
/// node is a `ClaimReview` (or no node: a story without disagreement). Any JSON-LD file is no
/// article, but only this one is recognised as claimdiff's.
fn is_claimreview(text: &str) -> bool {
    let body = text.trim_start().trim_start_matches('{').trim_start();
    let Some(rest) = body.strip_prefix("\"@context\": \"https://schema.org\",") else {
        return false;
    };
    let Some(graph) = rest.trim_start().strip_prefix("\"@graph\": [") else {
        return false;
    };
    let graph = graph.trim_start();
    graph.starts_with(']')
        || graph
            .trim_start_matches('{')
            .trim_start()
            .starts_with("\"@type\": \"ClaimReview\"")
}

/// After the heading: indented lines (the sources, in earlier versions), the last of them the
/// verdict summary
/// (`  1 conflict · 0 variant · 3 agree · 2 single_source`).
fn is_check_summary<'a>(lines: impl Iterator<Item = Cow<'a, str>>) -> bool {
    let last = lines.take_while(|l| l.starts_with("  ")).last();
    let shape = [
        "#",
        "conflict",
        "·",
        "#",
        "variant",
        "·",
        "#",
        "agree",
        "·",
        "#",
        "single_source",
    ];
    last.is_some_and(|l| {
        let words: Vec<&str> = l.split_whitespace().collect();
        words.len() == shape.len()
            && words.iter().zip(shape).all(|(w, s)| match s {
                "#" => !w.is_empty() && w.bytes().all(|b| b.is_ascii_digit()),
                _ => *w == s,
            })
    })
}

/// `claims`' heading for an article: `PATH (DATE): N claims` or `PATH: 1 claim`.
fn is_claims_heading(line: &str) -> bool {
    let Some((_, count)) = line.rsplit_once(": ") else {
        return false;
    };
    let Some((n, word)) = count.split_once(' ') else {
        return false;
    };
    !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()) && matches!(word, "claim" | "claims")
}

/// `claims`' line for one claim: `  LINE:COLUMN  KIND  …`.
fn is_claim_line(line: &str) -> bool {
    let Some(rest) = line.strip_prefix("  ") else {
        return false;
    };
    let Some((at, _)) = rest.split_once("  ") else {
        return false;
    };
    at.split_once(':').is_some_and(|(l, c)| {
        [l, c]
            .iter()
            .all(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
    })
}

/// `line` without ANSI colour codes (`ESC [ … m`).
fn without_colour(line: &str) -> Cow<'_, str> {
    if !line.contains('\x1b') {
        return Cow::Borrowed(line);
    }
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(i) = rest.find("\x1b[") {
        out.push_str(&rest[..i]);
        let after = &rest[i + 2..];
        match after.find('m') {
            Some(end)
                if after[..end]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b';') =>
            {
                rest = &after[end + 1..];
            }
            _ => {
                out.push_str("\x1b[");
                rest = after;
            }
        }
    }
    out.push_str(rest);
    Cow::Owned(out)
}

/// Whether `needle` occurs in `hay`.
fn contains(hay: &[u8], needle: &[u8]) -> bool {
    hay.windows(needle.len()).any(|w| w == needle)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn data_extensions_are_no_articles_in_any_case() {
        for name in [
            "a.json", "b.JSONL", "c.Yaml", "d.yml", "e.SARIF", "f.xml", "g.JsonLD",
        ] {
            assert!(is_data_file(Path::new(name)), "{name}");
        }
        for name in ["a.txt", "b.md", "c.html", "json", "d.json.txt"] {
            assert!(!is_data_file(Path::new(name)), "{name}");
        }
    }

    #[test]
    fn articles_that_look_a_little_like_reports_are_articles() {
        for text in [
            "Sources\nThe ministry said 12 people died.\n",
            "Sources\n  said the toll rose\n",
            "# claimdiff reports on the news\n",
            "{ not json at all\n",
            "{\"@context\": \"https://schema.org\", \"@type\": \"NewsArticle\"}\n",
            "Attack: 3 claims\nThe claims were denied.\n",
            "Sources\n  1 conflict · 0 variant · 3 agree\n",
            "claimdiff: 5 sources, 98 facts\nThe ministry said 12 people died.\n",
            "claimdiff: five sources, 98 facts\n  1 conflict · 0 variant · 3 agree · 2 single_source\n",
        ] {
            assert_eq!(report_format(text), None, "{text}");
        }
    }

    #[test]
    fn report_openings_are_recognised() {
        let check = "Sources\n  a  a  Courier, 2025-03-10, 7 claims\n  1 conflict · 0 variant · \
                     3 agree · 2 single_source\n\nConflicts (1)\n";
        assert_eq!(report_format(check), Some("terminal"));
        let painted = "\x1b[1mSources\x1b[0m\n  a  a  x\n  1 conflict · 0 variant · 3 agree · \
                       2 single_source\n";
        assert_eq!(report_format(painted), Some("terminal"));
        let batch = format!("== s1 ==\n{check}");
        assert_eq!(report_format(&batch), Some("terminal"));
        let check = "claimdiff: 5 sources, 98 facts\n  2 conflict · 9 variant · 27 agree · \
                     60 single_source\n\nFindings\n";
        assert_eq!(report_format(check), Some("terminal"));
        let batch = format!("== s1 ==\n{check}");
        assert_eq!(report_format(&batch), Some("terminal"));
        let claims = "s/a.txt (2025-03-10): 7 claims\n  5:26  name  \"Kora\"\n";
        assert_eq!(report_format(claims), Some("terminal"));
        assert_eq!(
            report_format("# claimdiff report\n\n3 sources"),
            Some("markdown")
        );
        assert_eq!(report_format("{\n  \"schema_version\": 1,"), Some("json"));
        assert_eq!(report_format("{\"schema_version\":1}\n"), Some("json"));
        let review = "{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": [\n    {\n      \
                      \"@type\": \"ClaimReview\",";
        assert_eq!(report_format(review), Some("claimreview"));
        let empty = "{\n  \"@context\": \"https://schema.org\",\n  \"@graph\": []\n}\n";
        assert_eq!(report_format(empty), Some("claimreview"));
    }
}
