//! Text from articles, names and YAML that a terminal or a JSON encoder could choke on:
//! control characters are shown escaped on the terminal, and file names that are not UTF-8 are
//! shown lossily while their source ids stay apart.

use std::time::Duration;

use super::{GOOD_A, GOOD_B, story};
use crate::common::{claimdiff, json, run};

// ---------------------------------------------------------------------------------------------
// Control characters from articles, names and YAML never reach the terminal raw
// ---------------------------------------------------------------------------------------------

/// Whether `text` holds a control character other than tab and newline, apart from the
/// palette's own colour codes (`ESC [ digits ; … m`) when `colour`.
fn raw_control(text: &str, colour: bool) -> Option<String> {
    let mut rest = text;
    while let Some(c) = rest.chars().next() {
        let len = c.len_utf8();
        if c == '\x1b' && colour {
            let after = &rest[1..];
            let sgr = after.strip_prefix('[').and_then(|a| {
                let end = a.find('m')?;
                a[..end]
                    .bytes()
                    .all(|b| b.is_ascii_digit() || b == b';')
                    .then_some(end + 2)
            });
            if let Some(n) = sgr {
                rest = &after[n..];
                continue;
            }
        }
        let control = matches!(c, '\0'..='\x08' | '\x0b'..='\x1f' | '\x7f'..='\u{9f}');
        if control {
            return Some(rest.chars().take(20).collect());
        }
        rest = &rest[len..];
    }
    None
}

#[cfg(unix)]
#[test]
fn escape_sequences_in_articles_names_and_yaml_are_shown_escaped_on_the_terminal() {
    let dir = tempfile::tempdir().unwrap();
    let d = dir.path();
    // An OSC window title in the outlet (YAML's own escapes), a screen clear and a C1 CSI in
    // the text, a colour code in the title, a carriage return to overwrite a line.
    std::fs::write(
        d.join("a.txt"),
        "---\npublished: 2024-05-01\noutlet: \"Evil\\e]0;pwned\\aWire\"\ntitle: \"\\e[31mRed\"\n---\n\
         Twelve civilians were killed in the \x1b[2Jattack on the market, police said.\r\n",
    )
    .unwrap();
    std::fs::write(
        d.join("b.txt"),
        "---\npublished: 2024-05-01\n---\n\
         The attack on the market killed 30 civilians, police \u{9b}2Jsaid.\n",
    )
    .unwrap();
    // A file name with an escape sequence, skipped with a warning naming it.
    std::fs::write(d.join("c\x1b[8mhidden.txt"), "").unwrap();
    let runs: [&[&str]; 7] = [
        &["check", "--color", "never", "--verbose"],
        &["check", "--color", "always", "--verbose"],
        &["claims", "--color", "never"],
        &["claims", "--color", "always"],
        &["text"],
        &["check", "--format", "markdown"],
        &["check", "--format", "html"],
    ];
    for args in runs {
        let colour = args.contains(&"always");
        let r = run(claimdiff()
            .args(&args[..1])
            .arg(d)
            .args(&args[1..])
            .args(if args[0] == "check" {
                &["--fail-on", "never"][..]
            } else {
                &[]
            })
            .timeout(Duration::from_secs(120)));
        assert_eq!(r.code, 0, "{args:?}: {}", r.stderr);
        if let Some(raw) = raw_control(&r.stdout, colour) {
            panic!("{args:?}: a raw control character in stdout at {raw:?}");
        }
        if let Some(raw) = raw_control(&r.stderr, false) {
            panic!("{args:?}: a raw control character in stderr at {raw:?}");
        }
        assert!(
            r.stderr.contains("c\\x1b[8mhidden.txt"),
            "{args:?}: the file name is shown escaped: {}",
            r.stderr
        );
    }
    let text = run(claimdiff().arg("text").arg(d));
    for shown in [
        "Evil\\x1b]0;pwned\\x07Wire",
        "\\x1b[31mRed",
        "\\x1b[2Jattack",
        "\\u{9b}2J",
    ] {
        assert!(text.stdout.contains(shown), "`{shown}` in: {}", text.stdout);
    }
    // JSON keeps the text as it is (its strings escape control characters anyway).
    let r = run(claimdiff().args(["text", "--format", "json"]).arg(d));
    let doc = json(&r.stdout);
    assert_eq!(doc["sources"][0]["outlet"], "Evil\x1b]0;pwned\x07Wire");
}

// ---------------------------------------------------------------------------------------------
// File names that are not UTF-8
// ---------------------------------------------------------------------------------------------

#[cfg(unix)]
#[test]
fn names_that_are_not_utf8_keep_their_sources_apart_and_the_report_whole() {
    use std::os::unix::ffi::OsStrExt;
    let dir = story();
    let d = dir.path();
    // Two names that differ only in a byte that is not UTF-8: one U+FFFD name when lossy.
    for (byte, text) in [(0xff, GOOD_A), (0xfe, GOOD_B)] {
        let name = [b"x".as_slice(), &[byte], b".txt"].concat();
        std::fs::write(d.join(std::ffi::OsStr::from_bytes(&name)), text).unwrap();
    }
    for command in ["check", "claims", "text"] {
        let mut cmd = claimdiff();
        cmd.arg(command).arg(d).args(["--format", "json"]);
        if command == "check" {
            cmd.args(["--fail-on", "never"]);
        }
        let r = run(cmd.timeout(Duration::from_secs(120)));
        assert_eq!(r.code, 0, "{command}: {}", r.stderr);
        let doc = json(&r.stdout);
        let sources = doc["sources"].as_array().unwrap();
        let ids: Vec<&str> = sources.iter().map(|s| s["id"].as_str().unwrap()).collect();
        assert_eq!(ids, ["a", "b", "x\\xfe", "x\\xff"], "{command}");
        let path = sources[3]["path"].as_str().unwrap();
        assert!(
            path.ends_with("x\u{fffd}.txt"),
            "{command}: shown lossily: {path}"
        );
    }
    // On the terminal, the ids tell the sources apart too.
    let r = run(claimdiff().arg("check").arg(d).args(["--fail-on", "never"]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    assert!(
        r.stdout.contains("x\\xfe") && r.stdout.contains("x\\xff"),
        "{}",
        r.stdout
    );
}

#[cfg(unix)]
#[test]
fn a_skipped_file_whose_name_is_not_utf8_is_named_in_the_warning_and_the_json_report() {
    use std::os::unix::ffi::OsStrExt;
    let dir = story();
    std::fs::write(
        dir.path().join(std::ffi::OsStr::from_bytes(b"bad\xff.txt")),
        "",
    )
    .unwrap();
    let r = run(claimdiff().arg("check").arg(dir.path()).args([
        "--format",
        "json",
        "--fail-on",
        "never",
    ]));
    assert_eq!(r.code, 0, "{}", r.stderr);
    let doc = json(&r.stdout);
    assert!(
        doc["warnings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|w| w["path"].as_str().unwrap().ends_with("bad\u{fffd}.txt")),
        "{}",
        doc["warnings"]
    );
    assert!(
        r.stderr.contains("bad\u{fffd}.txt: skipped"),
        "{}",
        r.stderr
    );
}
