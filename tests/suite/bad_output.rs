//! The bad-input catalogue, continued, for what claimdiff writes and the files around a story:
//! `--output` never replaces an input and never turns a link, pipe or device into a regular
//! file; a report written into a story is never read back as an article; a pipe or device is
//! never opened as an article; file names that are not UTF-8 keep their sources apart; and
//! control characters from articles, names and YAML never reach the terminal raw.

use std::collections::BTreeMap;
use std::path::Path;
use std::time::Duration;

use crate::common::{Run, claimdiff, json, run};

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
fn output_over_an_article_named_as_a_file_or_the_expectation_file_is_refused() {
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
