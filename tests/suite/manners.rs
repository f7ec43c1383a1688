//! CLI tests of the command-line manners: `--help` and `--version` on standard output, usage
//! errors on standard error; the format an `--output` file's extension names; no colour in a
//! file; `--quiet`; the progress bar only on a terminal; `completions` and `man`; the README
//! naming every subcommand.

use std::path::Path;
use std::sync::atomic::{AtomicUsize, Ordering};

use crate::common::{claimdiff, claimdiff_run, json, read, root, run, story};

const SAHEL: &str = "fixtures/sahel-2024";

// ---------------------------------------------------------------------------------------------
// Help, version and usage errors
// ---------------------------------------------------------------------------------------------

#[test]
fn help_and_version_print_to_standard_output_and_exit_0() {
    let asked: [&[&str]; 6] = [
        &["--help"],
        &["-h"],
        &["help"],
        &["check", "--help"],
        &["help", "claims"],
        &["rules", "check", "--help"],
    ];
    for args in asked {
        let r = claimdiff_run(args);
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        assert!(
            r.stdout.contains("Usage: claimdiff"),
            "{args:?}: {}",
            r.stdout
        );
        assert_eq!(r.stderr, "", "{args:?}");
    }
    for flag in ["--version", "-V"] {
        let r = claimdiff_run([flag]);
        assert_eq!(r.code, 0);
        assert_eq!(
            r.stdout,
            format!("claimdiff {}\n", env!("CARGO_PKG_VERSION"))
        );
        assert_eq!(r.stderr, "");
    }
}

#[test]
fn usage_errors_print_to_standard_error_and_exit_2() {
    let wrong: [&[&str]; 5] = [
        &[],
        &["--bogus"],
        &["check", SAHEL, "--format", "pdf"],
        &["completions", "cmd.exe"],
        &["frobnicate"],
    ];
    for args in wrong {
        let r = claimdiff_run(args);
        assert_eq!(r.code, 2, "{args:?}");
        assert_eq!(r.stdout, "", "{args:?}");
        assert!(r.stderr.contains("error"), "{args:?}: {}", r.stderr);
    }
}

// ---------------------------------------------------------------------------------------------
// --output: the extension picks the format; never colour in a file
// ---------------------------------------------------------------------------------------------

/// Runs `check SAHEL --output DIR/name` with `extra` flags; the file's bytes.
fn check_into(dir: &Path, name: &str, extra: &[&str]) -> Vec<u8> {
    let file = dir.join(name);
    let r = run(claimdiff()
        .args(["check", SAHEL, "--fail-on", "never", "--output"])
        .arg(&file)
        .args(extra));
    assert_eq!(r.code, 0, "{name}: {}", r.stderr);
    assert_eq!(r.stdout, "", "{name}: the report goes to the file alone");
    std::fs::read(&file).unwrap_or_else(|e| panic!("{name}: {e}"))
}

#[test]
fn the_output_extension_picks_the_format_unless_format_says_otherwise() {
    let dir = tempfile::tempdir().unwrap();
    let cases = [
        ("report.json", "json"),
        ("REPORT.JSON", "json"),
        ("report.sarif", "sarif"),
        ("report.sarif.json", "sarif"),
        ("report.md", "markdown"),
        ("report.markdown", "markdown"),
        ("report.html", "html"),
        ("report.htm", "html"),
        ("report.xml", "junit"),
        ("report.jsonld", "claimreview"),
        ("REPORT.JsonLD", "claimreview"),
        ("report.txt", "terminal"),
        ("report.log", "terminal"),
        ("report", "terminal"),
    ];
    for (name, format) in cases {
        let written = check_into(dir.path(), name, &[]);
        let shown = claimdiff_run(["check", SAHEL, "--fail-on", "never", "--format", format]);
        assert_eq!(
            String::from_utf8(written).unwrap(),
            shown.stdout,
            "{name} holds the {format} report"
        );
    }
    // The formats read back as what they are.
    json(&String::from_utf8(check_into(dir.path(), "a.json", &[])).unwrap());
    let sarif = String::from_utf8(check_into(dir.path(), "a.sarif", &[])).unwrap();
    serde_json::from_str::<serde_sarif::sarif::Sarif>(&sarif).expect("SARIF");
    let junit = String::from_utf8(check_into(dir.path(), "a.xml", &[])).unwrap();
    let xml = roxmltree::Document::parse(&junit).expect("XML");
    assert_eq!(xml.root_element().tag_name().name(), "testsuites");
    // --format wins over the extension.
    let md_as_json = check_into(dir.path(), "b.md", &["--format", "json"]);
    json(&String::from_utf8(md_as_json).unwrap());
    // claims too.
    let file = dir.path().join("claims.json");
    let r = run(claimdiff().args(["claims", SAHEL, "-o"]).arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert_eq!(json(&read(&file))["schema_version"], 1);
}

#[test]
fn an_output_extension_that_names_no_format_is_a_usage_error_naming_the_file() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["report.csv", "report.yaml", "report.PDF"] {
        let file = dir.path().join(name);
        let r = run(claimdiff().args(["check", SAHEL, "-o"]).arg(&file));
        assert_eq!(r.code, 2, "{name}");
        assert!(r.stderr.contains(name), "{}", r.stderr);
        assert!(r.stderr.contains("--format"), "{}", r.stderr);
        assert!(!file.exists(), "{name} is not written");
        // With --format, the name is the user's business.
        let r = run(claimdiff()
            .args([
                "check",
                SAHEL,
                "--format",
                "json",
                "--fail-on",
                "never",
                "-o",
            ])
            .arg(&file));
        assert_eq!(r.code, 0, "{name}: {}", r.stderr);
        json(&read(&file));
    }
}

#[test]
fn a_report_file_never_holds_colour_codes() {
    let dir = tempfile::tempdir().unwrap();
    for name in ["a.txt", "b", "c.md", "d.html", "e.json", "f.sarif", "g.xml"] {
        for colour in ["always", "auto"] {
            let bytes = check_into(dir.path(), name, &["--color", colour, "--verbose"]);
            assert!(!bytes.contains(&0x1b), "{name} --color {colour}");
        }
    }
    let file = dir.path().join("claims.txt");
    let r = run(claimdiff()
        .args(["claims", SAHEL, "--color", "always", "-o"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let text = read(&file);
    assert!(!text.is_empty() && !text.contains('\x1b'));
    // Standard output still gets the colour asked for.
    let r = claimdiff_run(["check", SAHEL, "--color", "always"]);
    assert!(r.stdout.contains("\x1b["));
}

// ---------------------------------------------------------------------------------------------
// --quiet
// ---------------------------------------------------------------------------------------------

#[test]
fn quiet_prints_nothing_but_errors_and_keeps_the_exit_code() {
    // The Sahel story has conflicts (exit 1) and warnings (sources without a date).
    let loud = claimdiff_run(["check", SAHEL]);
    assert_eq!(loud.code, 1);
    assert!(loud.stderr.contains("warning"), "{}", loud.stderr);
    for flag in ["-q", "--quiet"] {
        let r = claimdiff_run(["check", SAHEL, flag]);
        assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (1, "", ""));
        let r = claimdiff_run([flag, "claims", SAHEL, "--format", "json"]);
        assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    }
    let r = claimdiff_run(["check", "-q", "no/such/story"]);
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    assert!(r.stderr.contains("no/such/story"), "{}", r.stderr);
}

#[test]
fn quiet_still_writes_the_output_file_and_the_expectation_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("report.json");
    let r = run(claimdiff().args(["check", SAHEL, "-q", "-o"]).arg(&file));
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (1, "", ""));
    assert_eq!(json(&read(&file))["schema_version"], 1);
    let expected = dir.path().join("expected.yaml");
    let r = run(claimdiff()
        .args(["check", SAHEL, "-q", "--bless", "--expect"])
        .arg(&expected));
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (0, "", ""));
    assert!(read(&expected).contains("facts:"));
    // A changed verdict: the gate's exit code, and no listing.
    let edited = read(&expected).replace(": conflict", ": agree");
    std::fs::write(&expected, edited).unwrap();
    let r = run(claimdiff()
        .args(["check", SAHEL, "-q", "--expect"])
        .arg(&expected));
    assert_eq!((r.code, r.stdout.as_str(), r.stderr.as_str()), (1, "", ""));
}

#[test]
fn a_quiet_batch_still_names_the_story_that_failed() {
    let good = story(&[
        ("a.txt", "Five people were killed in the attack on Monday."),
        ("b.txt", "Five people were killed in the attack on Monday."),
    ]);
    let empty = tempfile::tempdir().unwrap();
    let r = run(claimdiff()
        .args(["check", "-q"])
        .arg(good.path())
        .arg(empty.path()));
    assert_eq!(r.code, 2);
    assert_eq!(r.stdout, "");
    let name = empty.path().display().to_string();
    assert!(r.stderr.contains(&name), "{}", r.stderr);
    assert!(!r.stderr.contains("warning"), "{}", r.stderr);
}

// ---------------------------------------------------------------------------------------------
// Progress
// ---------------------------------------------------------------------------------------------

/// A story of `n` short articles (two agreeing figures each).
fn long_story(n: usize) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    for i in 0..n {
        let text = format!("Outlet {i} reports that 12 people were killed in the flood.\n");
        std::fs::write(dir.path().join(format!("{i:04}.txt")), text).unwrap();
    }
    dir
}

/// Counts what the command line tells a progress display.
#[derive(Default)]
struct Recorder {
    total: AtomicUsize,
    advanced: AtomicUsize,
    finished: AtomicUsize,
}

impl claimdiff::pipeline::Progress for Recorder {
    fn start(&self, total: usize) {
        self.total.store(total, Ordering::SeqCst);
    }
    fn advance(&self) {
        self.advanced.fetch_add(1, Ordering::SeqCst);
    }
    fn finish(&self) {
        self.finished.fetch_add(1, Ordering::SeqCst);
    }
}

/// What a progress display was told during `claimdiff ARGS… STORY`: (total, advanced,
/// finished).
fn progress_of(args: &[&str], story: &Path) -> (usize, usize, usize) {
    let recorder = Recorder::default();
    let env = claimdiff::cli::Environment {
        progress: Some(&recorder),
        ..Default::default()
    };
    let mut argv: Vec<std::ffi::OsString> = vec!["claimdiff".into()];
    argv.extend(args.iter().map(Into::into));
    argv.push(story.into());
    let (mut out, mut err) = (Vec::new(), Vec::new());
    let code = claimdiff::run(argv, env, &mut out, &mut err);
    assert_eq!(code, 0, "{}", String::from_utf8_lossy(&err));
    (
        recorder.total.into_inner(),
        recorder.advanced.into_inner(),
        recorder.finished.into_inner(),
    )
}

#[test]
fn a_long_story_is_read_under_a_progress_display_unless_quiet() {
    let n = claimdiff::cli::MANY_ARTICLES + 1;
    let long = long_story(n);
    assert_eq!(progress_of(&["check"], long.path()), (n, n, 1));
    assert_eq!(progress_of(&["claims"], long.path()), (n, n, 1));
    assert_eq!(progress_of(&["check", "-q"], long.path()), (0, 0, 0));
    let short = long_story(3);
    assert_eq!(progress_of(&["check"], short.path()), (0, 0, 0));
}

#[test]
fn no_progress_is_drawn_when_standard_error_is_piped() {
    let long = long_story(claimdiff::cli::MANY_ARTICLES + 1);
    let r = run(claimdiff()
        .args(["check", "--fail-on", "never", "--format", "json"])
        .arg(long.path()));
    assert_eq!(r.code, 0, "{}", r.stderr);
    for drawn in ["\r", "\x1b", "reading", "articles,"] {
        assert!(!r.stderr.contains(drawn), "{drawn:?} in {:?}", r.stderr);
    }
    // Warnings, one per line, are all there is.
    assert!(
        r.stderr
            .lines()
            .all(|l| l.starts_with("claimdiff: warning: ")),
        "{}",
        r.stderr
    );
    let sources = json(&r.stdout)["summary"]["sources"].as_u64();
    assert_eq!(sources, Some(claimdiff::cli::MANY_ARTICLES as u64 + 1));
}

// ---------------------------------------------------------------------------------------------
// completions, man, README
// ---------------------------------------------------------------------------------------------

#[test]
fn completions_are_written_for_every_shell_and_bash_parses_its_script() {
    for shell in ["bash", "zsh", "fish", "elvish", "powershell"] {
        let r = claimdiff_run(["completions", shell]);
        assert_eq!(r.code, 0, "{shell}: {}", r.stderr);
        assert!(r.stdout.contains("claimdiff"), "{shell}");
        for word in ["check", "fail-on", "stories", "completions"] {
            assert!(r.stdout.contains(word), "{shell} completes {word}");
        }
    }
    let script = claimdiff_run(["completions", "bash"]).stdout;
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("claimdiff.bash");
    std::fs::write(&file, script).unwrap();
    let parsed = std::process::Command::new("bash")
        .arg("-n")
        .arg(&file)
        .output()
        .expect("bash runs");
    assert!(
        parsed.status.success(),
        "bash -n: {}",
        String::from_utf8_lossy(&parsed.stderr)
    );
}

#[test]
fn man_writes_a_roff_page_naming_every_subcommand() {
    let r = claimdiff_run(["man"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(r.stdout.contains(".TH claimdiff 1"), "{}", r.stdout);
    for name in subcommands() {
        assert!(r.stdout.contains(&name), "the page names {name}");
    }
}

/// The subcommands `claimdiff --help` lists (but `help`).
fn subcommands() -> Vec<String> {
    let help = claimdiff_run(["--help"]).stdout;
    let listed: Vec<String> = help
        .split("Commands:\n")
        .nth(1)
        .expect("a command list")
        .lines()
        .take_while(|l| l.starts_with("  "))
        .filter_map(|l| l.split_whitespace().next())
        .filter(|name| *name != "help")
        .map(String::from)
        .collect();
    assert!(listed.len() >= 8, "{listed:?}");
    listed
}

#[test]
fn the_readme_shows_every_subcommand_and_how_to_install() {
    let readme = read("README.md");
    let using = readme.find("## Using it").expect("a Using it section");
    for name in subcommands() {
        assert!(
            readme[using..].contains(&format!("claimdiff {name}")),
            "the README's Using it shows `claimdiff {name}`"
        );
    }
    let install = readme.find("cargo install --path .").expect("install");
    assert!(install < using, "installed before it is used");
    let chromium = readme.find("apt-get install chromium").expect("chromium");
    let test = readme.find("    cargo test\n").expect("the test command");
    assert!(chromium < test, "the browser is named before the tests");
    assert!(root().join(".ci/run").is_file());
}

// ---------------------------------------------------------------------------------------------
// SARIF roots, --bless's header
// ---------------------------------------------------------------------------------------------

#[test]
fn sarif_uris_are_relative_to_a_root_the_log_names_and_the_tool_links_home() {
    use serde_sarif::sarif::Sarif;
    let r = claimdiff_run(["check", SAHEL, "--format", "sarif", "--fail-on", "never"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let log: Sarif = serde_json::from_str(&r.stdout).expect("SARIF");
    let first = &log.runs[0];
    let home = first
        .tool
        .driver
        .information_uri
        .as_deref()
        .expect("informationUri");
    assert!(home.starts_with("https://"), "{home}");
    let roots = first
        .original_uri_base_ids
        .as_ref()
        .expect("originalUriBaseIds");
    let base = roots["%SRCROOT%"].uri.as_deref().expect("the root's uri");
    // The tests run in the repository root: the root is that directory, as a file URI.
    let here = root().canonicalize().unwrap();
    assert_eq!(base, format!("file://{}/", here.display()));
    let mut located = 0;
    for result in first.results.as_ref().unwrap() {
        for location in result.locations.as_ref().unwrap() {
            let artifact = location
                .physical_location
                .as_ref()
                .and_then(|p| p.artifact_location.as_ref())
                .expect("an artifact");
            assert_eq!(artifact.uri_base_id.as_deref(), Some("%SRCROOT%"));
            let uri = artifact.uri.as_deref().unwrap();
            assert!(uri.starts_with(&format!("{SAHEL}/")), "{uri}");
            assert!(here.join(uri).is_file(), "{uri} resolves under the root");
            located += 1;
        }
    }
    assert!(located >= 2);
    // An absolute path inside the root is made relative to it.
    let absolute = here.join(SAHEL);
    let r = run(claimdiff()
        .args(["check", "--format", "sarif", "--fail-on", "never"])
        .arg(&absolute));
    assert!(
        r.stdout.contains(&format!("\"uri\": \"{SAHEL}/")),
        "{}",
        r.stdout
    );
    // The root's own URI is the one absolute URI.
    assert_eq!(
        r.stdout.matches("\"uri\": \"file:").count(),
        1,
        "{}",
        r.stdout
    );
}

#[test]
fn bless_writes_no_claim_that_anyone_checked_the_file() {
    let dir = tempfile::tempdir().unwrap();
    let file = dir.path().join("expected.yaml");
    let r = run(claimdiff()
        .args(["check", SAHEL, "--bless", "--expect"])
        .arg(&file));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let header: Vec<String> = read(&file)
        .lines()
        .take_while(|l| l.starts_with('#'))
        .map(str::to_lowercase)
        .collect();
    assert_eq!(header.len(), 3, "{header:?}");
    assert!(header[0].contains("as --bless wrote them"), "{header:?}");
    for claim in ["checked by", "reviewed", "verified"] {
        assert!(!header.iter().any(|l| l.contains(claim)), "{header:?}");
    }
}

// ---------------------------------------------------------------------------------------------
// Source order
// ---------------------------------------------------------------------------------------------

#[test]
fn sources_sort_naturally_in_every_report() {
    let text = "Four people were killed in the blast on Monday, police said.\n";
    let dir = story(&[
        ("10.txt", text),
        ("2.txt", text),
        ("1.txt", text),
        ("a10.txt", text),
        ("a9.txt", text),
    ]);
    let ids = |out: &str| -> Vec<String> {
        (json(out)["sources"].as_array().unwrap().iter())
            .map(|s| s["id"].as_str().unwrap().to_string())
            .collect()
    };
    let natural = ["1", "2", "10", "a9", "a10"];
    for command in ["claims", "check"] {
        let r = run(claimdiff()
            .args([command, "--format", "json"])
            .arg(dir.path()));
        assert_eq!(r.code, 0, "{}", r.stderr);
        assert_eq!(ids(&r.stdout), natural, "{command}");
    }
    // A fact lists its reports in that order too.
    let r = run(claimdiff()
        .args(["check", "--format", "json"])
        .arg(dir.path()));
    let doc = json(&r.stdout);
    let fact = (doc["facts"].as_array().unwrap().iter())
        .find(|f| f["kind"] == "casualty_count")
        .expect("the count is a fact");
    let reporting: Vec<&str> = (fact["reports"].as_array().unwrap().iter())
        .map(|r| r["source"].as_str().unwrap())
        .collect();
    assert_eq!(reporting, natural);
    // The terminal matrix's columns too.
    let r = run(claimdiff().args(["check", "--show", "all"]).arg(dir.path()));
    let header = (r.stdout.lines())
        .skip_while(|l| *l != "Facts in more than one source")
        .nth(1)
        .unwrap_or_default()
        .split_whitespace()
        .collect::<Vec<_>>();
    assert_eq!(header, natural, "{}", r.stdout);
}
