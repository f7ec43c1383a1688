//! The bad-input catalogue, continued, for what claimdiff writes and the files around a story:
//! `--output` never replaces an input and never turns a link, pipe or device into a regular
//! file; a report written into a story is never read back as an article; a pipe or device is
//! never opened as an article; file names that are not UTF-8 keep their sources apart; and
//! control characters from articles, names and YAML never reach the terminal raw.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use crate::common::{Run, claimdiff, json, run};

// Control characters and file names that are not UTF-8.
mod names;

/// Two articles that conflict on one casualty count.
const GOOD_A: &str = "---\npublished: 2024-05-01\n---\n\
    Twelve civilians were killed in the attack on the market, police said.\n";
const GOOD_B: &str = "---\npublished: 2024-05-01\n---\n\
    The attack on the market killed 30 civilians, police said.\n";

/// A story of the two articles, a `story.yaml` and a `rules.yaml`.
fn story() -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    std::fs::write(dir.path().join("a.txt"), GOOD_A).unwrap();
    std::fs::write(dir.path().join("b.txt"), GOOD_B).unwrap();
    std::fs::write(
        dir.path().join("story.yaml"),
        "sources:\n  a:\n    outlet: Daily Courier\n",
    )
    .unwrap();
    std::fs::write(dir.path().join("rules.yaml"), "version: 1\n").unwrap();
    dir
}

/// Every entry of `dir`: its name, and the bytes of a regular file (`None` for anything
/// else), to show a run left them alone.
fn snapshot(dir: &Path) -> BTreeMap<String, Option<Vec<u8>>> {
    std::fs::read_dir(dir)
        .unwrap()
        .map(|e| e.unwrap().path())
        .map(|p| {
            let name = p.file_name().unwrap().to_string_lossy().into_owned();
            let regular = p.symlink_metadata().unwrap().is_file();
            (name, regular.then(|| std::fs::read(&p).unwrap()))
        })
        .collect()
}

/// `COMMAND ARGS…` with a time limit (nothing here may hang).
fn claimdiff_args(args: &[&std::ffi::OsStr]) -> Run {
    run(claimdiff().args(args).timeout(Duration::from_secs(120)))
}

/// `check DIR --fail-on never --output OUT [extra]`.
fn check_to(dir: &Path, out: &Path, extra: &[&str]) -> Run {
    let mut args: Vec<&std::ffi::OsStr> = vec!["check".as_ref(), dir.as_os_str()];
    args.extend(["--fail-on", "never", "--output"].map(std::ffi::OsStr::new));
    args.push(out.as_os_str());
    args.extend(extra.iter().map(std::ffi::OsStr::new));
    claimdiff_args(&args)
}

// ---------------------------------------------------------------------------------------------
// --output never replaces an input, a link, a pipe or a device
// ---------------------------------------------------------------------------------------------

#[test]
fn output_over_an_input_of_the_run_is_refused_and_the_input_kept() {
    let dir = story();
    let extra = dir.path().join("extra-rules.yml");
    std::fs::write(&extra, "version: 1\n").unwrap();
    let before = snapshot(dir.path());
    for input in ["a.txt", "story.yaml", "rules.yaml", "extra-rules.yml"] {
        let target = dir.path().join(input);
        for command in ["check", "claims"] {
            let r = claimdiff_args(&[
                command.as_ref(),
                dir.path().as_os_str(),
                "--rules".as_ref(),
                extra.as_os_str(),
                "--output".as_ref(),
                target.as_os_str(),
            ]);
            assert_eq!(r.code, 2, "{command} --output {input}: {}", r.stderr);
            assert!(r.stdout.is_empty(), "{}", r.stdout);
            assert!(
                r.stderr.contains(&format!("{input} is "))
                    && r.stderr.contains("an input of this run"),
                "{}",
                r.stderr
            );
        }
        assert_eq!(
            snapshot(dir.path()),
            before,
            "--output {input} left it alone"
        );
    }
}

#[test]
fn output_or_bless_over_an_article_named_as_a_file_or_the_expectation_file_is_refused() {
    let dir = story();
    let a = dir.path().join("a.txt");
    let b = dir.path().join("b.txt");
    let expected = dir.path().join("expected.yaml");
    std::fs::write(&expected, "facts: {}\n").unwrap();
    let before = snapshot(dir.path());
    let r = claimdiff_args(&[
        "check".as_ref(),
        a.as_os_str(),
        b.as_os_str(),
        "--output".as_ref(),
        b.as_os_str(),
    ]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    let r = check_to(
        dir.path(),
        &expected,
        &["--expect", expected.to_str().unwrap()],
    );
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("an input of this run"), "{}", r.stderr);
    // `--bless` writes its expectation file: never over an article or a rule file either.
    for input in [&a, &dir.path().join("rules.yaml")] {
        let r = claimdiff_args(&[
            "check".as_ref(),
            dir.path().as_os_str(),
            "--bless".as_ref(),
            "--expect".as_ref(),
            input.as_os_str(),
        ]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains("--bless"), "{}", r.stderr);
    }
    assert_eq!(snapshot(dir.path()), before);
}

#[cfg(unix)]
#[test]
fn output_through_a_hard_or_symbolic_link_to_an_article_is_refused() {
    let dir = story();
    let elsewhere = tempfile::tempdir().unwrap();
    let hard = elsewhere.path().join("hard.txt");
    let soft = elsewhere.path().join("soft.md");
    std::fs::hard_link(dir.path().join("a.txt"), &hard).unwrap();
    std::os::unix::fs::symlink(dir.path().join("b.txt"), &soft).unwrap();
    let before = snapshot(dir.path());
    for (link, article) in [(&hard, "a.txt"), (&soft, "b.txt")] {
        let r = check_to(dir.path(), link, &[]);
        assert_eq!(r.code, 2, "{}: {}", link.display(), r.stderr);
        let error = r.stderr.lines().find(|l| l.contains("error:")).unwrap();
        assert!(
            error.contains(&link.display().to_string()) && error.contains(article),
            "the message names both files: {error}"
        );
    }
    assert_eq!(snapshot(dir.path()), before);
    assert!(soft.symlink_metadata().unwrap().file_type().is_symlink());
}

#[cfg(unix)]
#[test]
fn output_through_a_symbolic_link_writes_its_target_and_keeps_the_link() {
    let dir = story();
    let out = tempfile::tempdir().unwrap();
    let real = out.path().join("real.json");
    let link = out.path().join("link.json");
    std::fs::write(&real, "old").unwrap();
    std::os::unix::fs::symlink("real.json", &link).unwrap();
    let r = check_to(dir.path(), &link, &["--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    let doc = json(&std::fs::read_to_string(&real).unwrap());
    assert_eq!(doc["summary"]["sources"], 2);
    // A dangling link is followed too: its target is created.
    let dangling = out.path().join("dangling.json");
    std::os::unix::fs::symlink("new.json", &dangling).unwrap();
    let r = check_to(dir.path(), &dangling, &["--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        dangling
            .symlink_metadata()
            .unwrap()
            .file_type()
            .is_symlink()
    );
    json(&std::fs::read_to_string(out.path().join("new.json")).unwrap());
    let names: Vec<String> = snapshot(out.path()).into_keys().collect();
    assert_eq!(
        names,
        ["dangling.json", "link.json", "new.json", "real.json"]
    );
}

#[cfg(unix)]
#[test]
fn output_to_a_device_writes_it_directly_and_leaves_it_a_device() {
    use std::os::unix::fs::FileTypeExt;
    let dir = story();
    let r = check_to(dir.path(), Path::new("/dev/null"), &[]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let null = std::fs::metadata("/dev/null").unwrap();
    assert!(null.file_type().is_char_device());
    // A device that fails the write is an error naming it, not a replaced device.
    if Path::new("/dev/full").exists() {
        let r = check_to(dir.path(), Path::new("/dev/full"), &[]);
        assert_eq!(r.code, 2, "{}", r.stderr);
        assert!(r.stderr.contains("/dev/full"), "{}", r.stderr);
        let full = std::fs::metadata("/dev/full").unwrap();
        assert!(full.file_type().is_char_device());
    }
}

#[cfg(unix)]
#[test]
fn output_to_a_named_pipe_streams_the_report_into_it() {
    use std::os::unix::fs::FileTypeExt;
    let dir = story();
    let out = tempfile::tempdir().unwrap();
    let fifo = out.path().join("report.pipe");
    let made = std::process::Command::new("mkfifo").arg(&fifo).status();
    if !made.is_ok_and(|s| s.success()) {
        return; // No mkfifo here: nothing to test.
    }
    let reader = {
        let fifo = fifo.clone();
        std::thread::spawn(move || std::fs::read_to_string(fifo).unwrap())
    };
    let r = check_to(dir.path(), &fifo, &["--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&reader.join().unwrap());
    assert_eq!(doc["summary"]["sources"], 2);
    assert!(std::fs::metadata(&fifo).unwrap().file_type().is_fifo());
    assert_eq!(snapshot(out.path()).len(), 1, "no temporary file left");
}

#[cfg(unix)]
#[test]
fn an_interrupted_run_exits_130_through_the_handler_that_removes_an_unfinished_report() {
    use std::os::unix::process::ExitStatusExt;
    // The run waits on standard input, which stays open, until it is interrupted; the
    // handler's removal of the temporary file is the unit test in src/cli/output.rs. A signal
    // sent before the handler is installed kills the process instead: then again, later.
    let out = tempfile::tempdir().unwrap();
    for wait in [500, 2_000, 8_000] {
        let mut child = std::process::Command::new(env!("CARGO_BIN_EXE_claimdiff"))
            .args(["check", "-", "--output"])
            .arg(out.path().join("report.txt"))
            .stdin(std::process::Stdio::piped())
            .stdout(std::process::Stdio::null())
            .stderr(std::process::Stdio::null())
            .spawn()
            .unwrap();
        std::thread::sleep(Duration::from_millis(wait));
        let killed = std::process::Command::new("kill")
            .args(["-INT", &child.id().to_string()])
            .status()
            .unwrap();
        assert!(killed.success());
        // Held open until the child has exited: `wait` would close it, and the run, reading
        // the end of its input, could finish with its own exit code before the handler runs.
        let _stdin = child.stdin.take();
        let status = child.wait().unwrap();
        if status.signal().is_some() {
            continue;
        }
        assert_eq!(status.code(), Some(130), "{status:?}");
        assert_eq!(snapshot(out.path()).len(), 0, "nothing written");
        return;
    }
    panic!("the interrupt handler was never installed");
}

#[test]
fn output_file_is_replaced_whole_and_no_temporary_file_is_left() {
    let dir = story();
    let out = tempfile::tempdir().unwrap();
    let report = out.path().join("report.json");
    std::fs::write(&report, "an older, longer report ".repeat(10_000)).unwrap();
    let r = check_to(dir.path(), &report, &["--format", "json"]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&std::fs::read_to_string(&report).unwrap());
    assert_eq!(doc["summary"]["sources"], 2);
    let names: Vec<String> = snapshot(out.path()).into_keys().collect();
    assert_eq!(names, ["report.json"]);
    // Into a directory that does not exist: an error naming the file, nothing created.
    let missing = out.path().join("no-such-dir").join("report.json");
    let r = check_to(dir.path(), &missing, &[]);
    assert_eq!(r.code, 2, "{}", r.stderr);
    assert!(r.stderr.contains("no-such-dir"), "{}", r.stderr);
    assert_eq!(snapshot(out.path()).len(), 1);
}

// ---------------------------------------------------------------------------------------------
// A report written into the story is never read back as an article
// ---------------------------------------------------------------------------------------------

/// `check DIR --format json` and `claims DIR --format json`: both must see exactly `a` and `b`,
/// and warn about each of `reports` (names) as a claimdiff report.
fn assert_only_articles_read(dir: &Path, reports: &[&str]) {
    for command in ["check", "claims"] {
        for strict in [false, true] {
            let mut args: Vec<&std::ffi::OsStr> = vec![command.as_ref(), dir.as_os_str()];
            args.extend(["--format", "json", "--fail-on", "never"].map(std::ffi::OsStr::new));
            if command == "claims" {
                args.truncate(4);
            }
            if strict {
                args.push("--strict".as_ref());
            }
            let r = claimdiff_args(&args);
            assert_eq!(r.code, 0, "{command}: {}", r.stderr);
            let doc = json(&r.stdout);
            let ids: Vec<&str> = doc["sources"]
                .as_array()
                .unwrap()
                .iter()
                .map(|s| s["id"].as_str().unwrap())
                .collect();
            assert_eq!(ids, ["a", "b"], "{command}: {}", r.stderr);
            for name in reports {
                assert!(
                    r.stderr
                        .lines()
                        .any(|l| l.starts_with("claimdiff: warning:")
                            && l.contains(name)
                            && l.contains("a claimdiff report")),
                    "{command} warns about {name}: {}",
                    r.stderr
                );
            }
        }
    }
}

#[test]
fn reports_written_into_the_story_are_not_read_back_as_articles() {
    let dir = story();
    let d = dir.path();
    // Formats recognised by their opening (a warning each), whatever the file is called.
    let by_content = [
        ("report.txt", "terminal", "check"),
        ("claims.txt", "terminal", "claims"),
        ("report.md", "markdown", "check"),
        ("report.html", "html", "check"),
        ("page.HTM", "html", "check"),
        ("json-report.txt", "json", "check"),
        ("claims-json.txt", "json", "claims"),
        ("sarif.txt", "sarif", "check"),
        ("junit.txt", "junit", "check"),
        ("review.txt", "claimreview", "check"),
    ];
    // Data files by extension, in any case (left out silently).
    let by_name = [
        ("report.json", "json"),
        ("REPORT.JSON", "json"),
        ("report.sarif", "sarif"),
        ("report.Xml", "junit"),
        ("review.JSONLD", "claimreview"),
    ];
    let writes = by_content
        .iter()
        .copied()
        .chain(by_name.iter().map(|&(n, f)| (n, f, "check")));
    for (name, format, command) in writes {
        let out = d.join(name);
        let mut args: Vec<&std::ffi::OsStr> = vec![command.as_ref(), d.as_os_str()];
        args.extend(["--format", format, "--output"].map(std::ffi::OsStr::new));
        args.push(out.as_os_str());
        if command == "check" {
            args.extend(["--fail-on", "never"].map(std::ffi::OsStr::new));
        }
        let r = claimdiff_args(&args);
        assert_eq!(r.code, 0, "{command} --format {format}: {}", r.stderr);
        assert!(out.is_file(), "{name} written");
    }
    // A batch report, and a report written with colour, are recognised too.
    let batch = d.join("batch.txt");
    let r = run(claimdiff()
        .args([
            "check",
            "--fail-on",
            "never",
            "--color",
            "always",
            "--output",
        ])
        .arg(&batch)
        .arg(d)
        .arg(d));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let names: Vec<&str> = by_content.iter().map(|(n, ..)| *n).collect();
    assert_only_articles_read(d, &[names.as_slice(), &["batch.txt"]].concat());
}

// ---------------------------------------------------------------------------------------------
// Pipes, sockets and devices are never opened as articles
// ---------------------------------------------------------------------------------------------

/// Makes a named pipe at `path`; false where `mkfifo` is missing.
fn mkfifo(path: &Path) -> bool {
    let made = std::process::Command::new("mkfifo").arg(path).status();
    made.is_ok_and(|s| s.success())
}

#[cfg(unix)]
#[test]
fn a_named_pipe_on_the_command_line_is_an_error_naming_it_not_a_hang() {
    let dir = story();
    let fifo = dir.path().join("c.txt");
    if !mkfifo(&fifo) {
        return;
    }
    let a = dir.path().join("a.txt");
    for command in ["check", "claims", "text"] {
        for path in [fifo.as_path(), Path::new("/dev/zero")] {
            let r = claimdiff_args(&[command.as_ref(), a.as_os_str(), path.as_os_str()]);
            assert_eq!(r.code, 2, "{command} {}: {}", path.display(), r.stderr);
            assert!(r.stdout.is_empty(), "{}", r.stdout);
            let error = r.stderr.lines().find(|l| l.contains("error:")).unwrap();
            assert!(
                error.contains(&path.display().to_string()) && error.contains("not an article"),
                "{error}"
            );
        }
    }
}

#[cfg(unix)]
#[test]
fn pipes_and_links_to_devices_in_a_story_are_skipped_with_a_warning() {
    let dir = story();
    if !mkfifo(&dir.path().join("c.txt")) {
        return;
    }
    std::os::unix::fs::symlink("/dev/zero", dir.path().join("d.txt")).unwrap();
    let r = claimdiff_args(&[
        "check".as_ref(),
        dir.path().as_os_str(),
        "--format".as_ref(),
        "json".as_ref(),
        "--fail-on".as_ref(),
        "never".as_ref(),
    ]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    assert_eq!(doc["summary"]["sources"], 2);
    for (name, kind) in [("c.txt", "named pipe"), ("d.txt", "character device")] {
        let line = r
            .stderr
            .lines()
            .find(|l| l.starts_with("claimdiff: warning:") && l.contains(name))
            .unwrap_or_else(|| panic!("a warning naming {name}: {}", r.stderr));
        assert!(line.contains("skipped") && line.contains(kind), "{line}");
        assert!(
            doc["warnings"]
                .as_array()
                .unwrap()
                .iter()
                .any(|w| w["path"].as_str().unwrap().ends_with(name)),
            "{}",
            doc["warnings"]
        );
    }
    let strict = claimdiff_args(&[
        "check".as_ref(),
        dir.path().as_os_str(),
        "--strict".as_ref(),
    ]);
    assert_eq!(strict.code, 2, "{}", strict.stderr);
    assert!(strict.stderr.contains("c.txt"), "{}", strict.stderr);
}

#[cfg(unix)]
#[test]
fn an_article_replaced_by_a_pipe_after_listing_is_skipped_not_waited_on() {
    use claimdiff::ingest::{LoadOptions, StoryFiles};
    let dir = story();
    let c = dir.path().join("c.txt");
    std::fs::write(&c, GOOD_A).unwrap();
    let files = StoryFiles::list(&[dir.path().to_path_buf()], LoadOptions::default()).unwrap();
    std::fs::remove_file(&c).unwrap();
    if !mkfifo(&c) {
        return;
    }
    let (done, finished) = std::sync::mpsc::channel();
    std::thread::spawn(move || done.send(files.read_all().map(|s| s.warnings)));
    let warnings = finished
        .recv_timeout(Duration::from_secs(60))
        .expect("reading does not wait on the pipe")
        .unwrap();
    assert!(
        warnings
            .iter()
            .any(|w| w.path.ends_with("c.txt") && w.message.contains("named pipe")),
        "{warnings:?}"
    );
}

#[cfg(unix)]
#[test]
fn bless_through_a_symbolic_link_writes_its_target_and_leaves_no_temporary_file() {
    let dir = story();
    let kept = tempfile::tempdir().unwrap();
    let real = kept.path().join("expected.yaml");
    std::os::unix::fs::symlink(&real, dir.path().join("expected.yaml")).unwrap();
    let r = claimdiff_args(&["check".as_ref(), dir.path().as_os_str(), "--bless".as_ref()]);
    assert_eq!(r.code, 0, "{}", r.stderr);
    let link = dir.path().join("expected.yaml");
    assert!(link.symlink_metadata().unwrap().file_type().is_symlink());
    assert!(
        std::fs::read_to_string(&real)
            .unwrap()
            .contains("casualty_count")
    );
    let names: Vec<String> = snapshot(dir.path()).into_keys().collect();
    assert_eq!(
        names,
        [
            "a.txt",
            "b.txt",
            "expected.yaml",
            "rules.yaml",
            "story.yaml"
        ]
    );
    let r = claimdiff_args(&[
        "check".as_ref(),
        dir.path().as_os_str(),
        "--expect".as_ref(),
        link.as_os_str(),
    ]);
    assert_eq!(
        r.code, 0,
        "the blessed file gates the same story: {}",
        r.stderr
    );
}
