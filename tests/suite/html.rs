//! The HTML report: its matrix and evidence checked as values against the JSON report of the
//! same story, and the page rendered by a real headless Chromium (Debian's `chromium`, which
//! `.ci/run` installs; without it the browser test fails rather than skips).

use std::collections::BTreeSet;
use std::io::Read;
use std::path::{Path, PathBuf};
use std::process::{Command, Stdio};
use std::time::{Duration, Instant};

use crate::common::{check_facts, claimdiff_run, json};
use serde_json::Value;

const SAHEL: &str = "fixtures/sahel-2024";

/// The conflict colour of the page's CSS (`--conflict: #d62728`).
const CONFLICT_RGB: [u8; 3] = [0xd6, 0x27, 0x28];

/// `check SAHEL --format html` on standard output.
fn sahel_html() -> String {
    let r = claimdiff_run(["check", SAHEL, "--format", "html", "--fail-on", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    r.stdout
}

/// The `<table id="matrix">` element, whole.
fn matrix(html: &str) -> &str {
    let start = html
        .find("<table id=\"matrix\"")
        .expect("a table with id=\"matrix\"");
    let end = start + html[start..].find("</table>").expect("the matrix ends");
    &html[start..end]
}

/// Every start tag `<name …>` in `html`, as written.
fn tags<'a>(html: &'a str, name: &str) -> Vec<&'a str> {
    let open = format!("<{name} ");
    let mut found = Vec::new();
    let mut rest = html;
    while let Some(i) = rest.find(&open) {
        let end = i + rest[i..].find('>').expect("the tag closes");
        found.push(&rest[i..=end]);
        rest = &rest[end..];
    }
    found
}

/// The value of attribute `name` in start tag `tag`, entities decoded.
fn attr(tag: &str, name: &str) -> Option<String> {
    let key = format!(" {name}=\"");
    let start = tag.find(&key)? + key.len();
    let end = start + tag[start..].find('"')?;
    Some(
        tag[start..end]
            .replace("&quot;", "\"")
            .replace("&#39;", "'")
            .replace("&lt;", "<")
            .replace("&gt;", ">")
            .replace("&amp;", "&"),
    )
}

/// (fact, source) of each matrix cell with `data-verdict="verdict"`.
fn cells_with(matrix: &str, verdict: &str) -> BTreeSet<(String, String)> {
    tags(matrix, "td")
        .into_iter()
        .filter(|td| attr(td, "data-verdict").as_deref() == Some(verdict))
        .map(|td| {
            (
                attr(td, "data-fact").unwrap(),
                attr(td, "data-source").unwrap(),
            )
        })
        .collect()
}

fn source_ids() -> Vec<String> {
    let r = claimdiff_run(["check", SAHEL, "--format", "json", "--fail-on", "never"]);
    json(&r.stdout)["sources"]
        .as_array()
        .unwrap()
        .iter()
        .map(|s| s["id"].as_str().unwrap().to_string())
        .collect()
}

/// The ids of the facts more than one source reports, in the JSON report's order.
fn shared_facts(facts: &[Value]) -> Vec<&Value> {
    (facts.iter())
        .filter(|f| {
            let reports = f["reports"].as_array().unwrap();
            reports.iter().any(|r| r["source"] != reports[0]["source"])
        })
        .collect()
}

#[test]
fn html_matrix_has_a_row_per_shared_fact_and_a_column_per_source_findings_first() {
    let html = sahel_html();
    let m = matrix(&html);
    let facts = check_facts(SAHEL);
    let shared = shared_facts(&facts);
    assert!(
        shared.len() < facts.len(),
        "single-source facts have no row"
    );
    let rows: Vec<String> = tags(m, "tr")
        .iter()
        .filter_map(|tr| attr(tr, "data-fact"))
        .collect();
    let mut expected: Vec<String> = (shared.iter())
        .map(|f| f["id"].as_str().unwrap().to_string())
        .collect();
    let mut sorted_rows = rows.clone();
    expected.sort();
    sorted_rows.sort();
    assert_eq!(
        sorted_rows, expected,
        "one row per fact more than one source reports"
    );
    // Rows go by verdict, conflicts first, as the findings do.
    let order = ["conflict", "variant", "agree"];
    let rank = |id: &String| {
        let f = facts.iter().find(|f| f["id"] == id.as_str()).unwrap();
        order.iter().position(|v| f["verdict"] == *v).unwrap()
    };
    assert!(
        rows.windows(2).all(|w| rank(&w[0]) <= rank(&w[1])),
        "{rows:?}"
    );
    let columns: Vec<String> = tags(m, "th")
        .iter()
        .filter_map(|th| attr(th, "data-source"))
        .collect();
    assert_eq!(columns, source_ids(), "one column per source");
    assert_eq!(
        tags(m, "td").len(),
        rows.len() * columns.len(),
        "every row has a cell for every source"
    );
    // The findings come before the matrix: every conflict and variant, linked to its evidence.
    let findings = html
        .find("<section id=\"findings\">")
        .expect("a findings section");
    assert!(findings < html.find("<table id=\"matrix\"").unwrap());
    let listed: Vec<String> = tags(&html[findings..], "li")
        .iter()
        .filter_map(|li| attr(li, "data-fact"))
        .collect();
    let found = |v: &str| facts.iter().filter(|f| f["verdict"] == v).count();
    assert_eq!(listed.len(), found("conflict") + found("variant"));
}

#[test]
fn html_cells_are_coloured_exactly_where_the_json_has_that_source_report_that_verdict() {
    let html = sahel_html();
    let m = matrix(&html);
    let facts = check_facts(SAHEL);
    let shared = shared_facts(&facts);
    for verdict in ["conflict", "variant", "agree", "single_source"] {
        let expected: BTreeSet<(String, String)> = shared
            .iter()
            .filter(|f| f["verdict"] == verdict)
            .flat_map(|f| {
                f["reports"].as_array().unwrap().iter().map(|r| {
                    (
                        f["id"].as_str().unwrap().to_string(),
                        r["source"].as_str().unwrap().to_string(),
                    )
                })
            })
            .collect();
        assert_eq!(cells_with(m, verdict), expected, "{verdict} cells");
    }
    assert_eq!(
        cells_with(m, "conflict").len(),
        4,
        "Sahel: two conflicts, two sources each"
    );
}

#[test]
fn html_folds_agreements_and_single_source_facts_unless_shown() {
    let html = sahel_html();
    let facts = check_facts(SAHEL);
    let details = tags(&html, "details");
    let fact_details = |d: &[&str]| d.iter().filter(|t| t.contains("class=\"fact\"")).count();
    // Every fact keeps its evidence on the page, the folded verdicts inside a closed fold.
    assert_eq!(fact_details(&details), facts.len());
    let folds: Vec<String> = (details.iter())
        .filter(|t| t.contains("class=\"fold\""))
        .map(|t| attr(t, "data-verdict").unwrap())
        .collect();
    assert_eq!(folds, ["agree", "single_source"]);
    assert!(
        details
            .iter()
            .all(|t| !t.contains("class=\"fold\"") || !t.contains(" open"))
    );
    let r = claimdiff_run(["check", SAHEL, "--format", "html", "--verbose"]);
    let details = tags(&r.stdout, "details");
    assert_eq!(fact_details(&details), facts.len());
    assert!(details.iter().all(|t| !t.contains("class=\"fold\"")));
}

#[test]
fn html_tinzaouatene_fact_shows_its_spelling_diff_with_del_and_ins() {
    let html = sahel_html();
    let start = html
        .find("<details id=\"fact-name-tinzaouatene\"")
        .expect("the fact's details");
    let details = &html[start..start + html[start..].find("</details>").unwrap()];
    assert!(details.contains("<del>"), "a deleted piece:\n{details}");
    assert!(details.contains("<ins>"), "an inserted piece:\n{details}");
    assert!(
        details.contains("<mark>Tinzaouatène</mark>"),
        "the claim is highlighted in its sentence"
    );
}

#[test]
fn html_page_loads_nothing_from_elsewhere() {
    let html = sahel_html();
    for needle in [
        "<script src",
        "<link",
        "<img",
        "<iframe",
        "url(",
        "@import",
        "src=\"http",
        "href=\"http",
        "http://",
        "https://",
    ] {
        assert!(!html.contains(needle), "the page contains {needle:?}");
    }
    assert!(
        html.contains("<style>") && html.contains("<script>"),
        "CSS and JS are inline"
    );
}

#[test]
fn html_is_inferred_from_an_output_file_named_html_unless_format_is_given() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("report.html");
    let r = claimdiff_run([
        "check",
        SAHEL,
        "--fail-on",
        "never",
        "--output",
        path(&page),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.is_empty(), "the report goes to the file only");
    let written = std::fs::read_to_string(&page).unwrap();
    assert!(
        written.starts_with("<!DOCTYPE html>"),
        "{}",
        &written[..80.min(written.len())]
    );
    assert_eq!(written, sahel_html(), "same page as --format html");

    let data = dir.path().join("data.html");
    let r = claimdiff_run([
        "check",
        SAHEL,
        "--fail-on",
        "never",
        "--format",
        "json",
        "--output",
        path(&data),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    json(&std::fs::read_to_string(&data).unwrap());
}

fn path(p: &Path) -> &str {
    p.to_str().expect("temporary paths are UTF-8")
}

#[test]
fn claims_with_html_format_is_a_usage_error() {
    let r = claimdiff_run(["claims", SAHEL, "--format", "html"]);
    assert_eq!(r.code, 2);
    assert!(r.stdout.is_empty());
    assert!(
        r.stderr.contains("--format html applies to check only"),
        "{}",
        r.stderr
    );
}

/// Runs Debian's Chromium headless on `url` with `args`, its profile in `profile`; fails the
/// test when Chromium is missing or runs longer than two minutes.
fn chromium(args: &[String], url: &str, profile: &Path) -> String {
    let binary = std::env::var_os("CHROMIUM").unwrap_or_else(|| "chromium".into());
    let mut child = Command::new(&binary)
        .args([
            "--headless",
            "--no-sandbox",
            "--disable-gpu",
            "--no-first-run",
            // This machine's network is closed: without these Chromium keeps trying to phone home.
            "--disable-background-networking",
            "--disable-component-update",
            "--disable-sync",
        ])
        .arg(format!("--user-data-dir={}", profile.display()))
        .args(args)
        .arg(url)
        .stdin(Stdio::null())
        .stdout(Stdio::piped())
        .stderr(Stdio::null())
        .spawn()
        .unwrap_or_else(|e| {
            panic!(
                "cannot run {binary:?} ({e}): the browser test needs Debian's chromium \
                 (apt-get install chromium; .ci/run installs it)"
            )
        });
    let mut stdout = child.stdout.take().unwrap();
    let reader = std::thread::spawn(move || {
        let mut s = String::new();
        stdout.read_to_string(&mut s).map(|_| s)
    });
    let deadline = Instant::now() + Duration::from_secs(120);
    let status = loop {
        if let Some(status) = child.try_wait().unwrap() {
            break status;
        }
        if Instant::now() > deadline {
            let _ = child.kill();
            let _ = child.wait();
            panic!("chromium {args:?} ran past two minutes");
        }
        std::thread::sleep(Duration::from_millis(100));
    };
    assert!(status.success(), "chromium {args:?} failed: {status}");
    reader.join().unwrap().expect("chromium's output is UTF-8")
}

/// RGB pixels of a PNG file, decoded to 8 bits per channel.
fn rgb_pixels(path: &Path) -> (u32, u32, Vec<[u8; 3]>) {
    let bytes = std::fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let mut decoder = png::Decoder::new(std::io::Cursor::new(bytes));
    decoder.set_transformations(png::Transformations::normalize_to_color8());
    let mut reader = decoder.read_info().expect("a PNG header");
    let mut buf = vec![0; reader.output_buffer_size().expect("a sane image size")];
    let info = reader.next_frame(&mut buf).expect("a PNG frame");
    let channels = info.color_type.samples();
    assert!(
        channels >= 3,
        "a colour screenshot, got {:?}",
        info.color_type
    );
    let pixels = buf[..info.buffer_size()]
        .chunks_exact(channels)
        .map(|p| [p[0], p[1], p[2]])
        .collect();
    (info.width, info.height, pixels)
}

/// Where a human can look at the last screenshot: beside the build, never committed.
fn kept_screenshot() -> PathBuf {
    Path::new(env!("CARGO_TARGET_TMPDIR"))
        .parent()
        .expect("the target directory")
        .join("html-screenshot.png")
}

#[test]
fn html_renders_in_headless_chromium_with_the_matrix_and_its_colours() {
    let dir = tempfile::tempdir().unwrap();
    let page = dir.path().join("sahel.html");
    std::fs::write(&page, sahel_html()).unwrap();
    let url = format!("file://{}", page.display());
    let all = check_facts(SAHEL);
    let (facts, shared) = (all.len(), shared_facts(&all).len());

    let dom = chromium(
        &["--dump-dom".into()],
        &url,
        &dir.path().join("profile-dom"),
    );
    let m = matrix(&dom);
    let rows = tags(m, "tr")
        .iter()
        .filter(|tr| attr(tr, "data-fact").is_some())
        .count();
    assert_eq!(
        rows, shared,
        "the browser's DOM has one matrix row per shared fact"
    );
    assert_eq!(
        (tags(&dom, "details").iter())
            .filter(|t| t.contains("class=\"fact\""))
            .count(),
        facts,
        "one details element per fact"
    );

    let shot = dir.path().join("sahel.png");
    chromium(
        &[
            format!("--screenshot={}", shot.display()),
            // Tall enough for the findings and the matrix below them.
            "--window-size=1280,2400".into(),
        ],
        &url,
        &dir.path().join("profile-shot"),
    );
    let _ = std::fs::copy(&shot, kept_screenshot());
    let (width, height, pixels) = rgb_pixels(&shot);
    assert_eq!((width, height), (1280, 2400));
    let near = |p: &[u8; 3]| p.iter().zip(CONFLICT_RGB).all(|(&a, b)| a.abs_diff(b) <= 6);
    let red = pixels.iter().filter(|p| near(p)).count();
    // Four conflict cells of about 160 × 22 pixels; the legend's swatch alone is 121.
    assert!(
        red > 4 * 1500,
        "only {red} pixels of the conflict colour: the matrix did not render (see {})",
        kept_screenshot().display()
    );
}

#[test]
fn html_verdicts_and_kinds_link_to_their_explanations() {
    let html = sahel_html();
    for topic in [
        "conflict",
        "variant",
        "agree",
        "single_source",
        "name",
        "quote",
        "date",
    ] {
        let anchor = format!("id=\"explain-{topic}\"");
        assert!(html.contains(&anchor), "no glossary entry for {topic}");
        assert!(
            html.contains(&format!("href=\"#explain-{topic}\"")),
            "nothing links to {topic}"
        );
    }
    // The text is `claimdiff explain`'s.
    let explain = claimdiff_run(["explain", "variant"]).stdout;
    let why = "Variants are where copy-editing and translation slip.";
    assert!(explain.contains(why) && html.contains(why));
}
