//! Time, peak memory and output size of `claims` on hostile articles, against their size: one
//! "sentence" of 2^10 … 2^24 bytes made of one pattern repeated (capitalised words, counts, quote
//! marks, a run-on line of clauses, quotations, dates, names). Every stage is meant to be linear
//! in the article's size, so each doubling of the input should about double the time and the
//! output: the table gives the ratio per doubling next to each figure.
//!
//! Each run is a child process (this bench re-run with `CLAIMDIFF_HOSTILE_CHILD` set) calling
//! `claimdiff::run` with `claims FILE --format json --jobs 1`, the report counted and dropped as
//! a pipe would take it; it reports its CPU time, its peak RSS and the report's size. Nothing
//! here asserts a time (`tests/suite/bad_scale.rs` holds the output linear).
//!
//! Run with `cargo bench --bench hostile`; `CLAIMDIFF_HOSTILE_MAX=20` stops at 2^20 bytes. The
//! figures are in BENCHMARKS.md.

// Shared with the other benches; the timing helper is theirs.
#[allow(dead_code)]
#[path = "support/process.rs"]
mod process;

use std::ffi::OsString;
use std::process::Command;
use std::time::Instant;

use claimdiff::cli::Environment;
use process::{Counted, TICKS_PER_SEC};

const CHILD: &str = "CLAIMDIFF_HOSTILE_CHILD";
const MAX: &str = "CLAIMDIFF_HOSTILE_MAX";

/// The hostile patterns, each repeated to the size wanted.
const PATTERNS: &[(&str, &str)] = &[
    (
        "capitalised",
        "Alpha Bravo Charlie Delta Echo Foxtrot Golf Hotel ",
    ),
    ("counts", "about 20 killed "),
    ("straight-quotes", "\""),
    ("curly-quotes", "“"),
    (
        "run-on",
        "the army said 12 people were killed in Gao on Monday, ",
    ),
    ("quotations", "\"twelve were killed,\" he said, "),
    (
        "dates",
        "on Monday 3 March 2024 the attack in Gao killed 5, ",
    ),
    (
        "names",
        "President Amadou Toumani Toure met Mr. Ibrahim Keita and ",
    ),
];

/// `pattern` repeated to `size` bytes at most (whole characters).
fn hostile(pattern: &str, size: usize) -> String {
    let mut text = pattern.repeat(size / pattern.len() + 1);
    let mut end = size;
    while !text.is_char_boundary(end) {
        end -= 1;
    }
    text.truncate(end);
    text
}

/// The child: `claims FILE`, then its CPU ticks, peak RSS in kB, the report's bytes and the
/// wall time in milliseconds on one line.
fn child(file: &str) {
    let start = Instant::now();
    let argv = [
        "claimdiff",
        "claims",
        file,
        "--format",
        "json",
        "--jobs",
        "1",
    ];
    let (mut out, mut err) = (Counted(0), Vec::new());
    let code = claimdiff::run(
        argv.map(OsString::from),
        Environment::default(),
        &mut out,
        &mut err,
    );
    if code != 0 {
        eprintln!(
            "claimdiff failed ({code}): {}",
            String::from_utf8_lossy(&err)
        );
        std::process::exit(2);
    }
    let wall = start.elapsed().as_millis();
    println!(
        "{} {} {} {wall}",
        process::cpu_ticks(),
        process::peak_rss_kb(),
        out.0
    );
}

/// One run's figures: CPU seconds, peak RSS in MB, output bytes, wall seconds.
fn run(file: &std::path::Path) -> (f64, f64, u64, f64) {
    let exe = std::env::current_exe().expect("the bench binary");
    let out = Command::new(exe)
        .env(CHILD, file)
        .output()
        .expect("the child runs");
    let line = String::from_utf8_lossy(&out.stdout);
    let f: Vec<f64> = line
        .split_whitespace()
        .filter_map(|x| x.parse().ok())
        .collect();
    assert_eq!(
        f.len(),
        4,
        "child said {line:?}; {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let cpu = f[0] / TICKS_PER_SEC as f64;
    (cpu, f[1] / 1024.0, f[2] as u64, f[3] / 1000.0)
}

fn main() {
    if let Ok(file) = std::env::var(CHILD) {
        return child(&file);
    }
    let max: u32 = std::env::var(MAX)
        .ok()
        .and_then(|m| m.parse().ok())
        .unwrap_or(24);
    let dir = tempfile::tempdir().expect("a temporary directory");
    println!("pattern          size      wall s   ×     cpu s  peak MB  output MB   ×");
    for (name, pattern) in PATTERNS {
        let mut last: Option<(f64, u64)> = None;
        for log in 10..=max {
            let size = 1usize << log;
            let file = dir.path().join(format!("{name}-{log}.txt"));
            std::fs::write(&file, hostile(pattern, size)).expect("write the article");
            let (cpu, rss, bytes, wall) = run(&file);
            let ratio = |now: f64, then: f64| if then > 0.0 { now / then } else { f64::NAN };
            let (tr, br) = last.map_or((f64::NAN, f64::NAN), |(w, b)| {
                (ratio(wall, w), ratio(bytes as f64, b as f64))
            });
            println!(
                "{name:<15} 2^{log:<2} {wall:>9.3} {tr:>5.2} {cpu:>8.2} {rss:>8.1} {:>10.2} {br:>5.2}",
                bytes as f64 / 1e6
            );
            last = Some((wall, bytes));
            std::fs::remove_file(&file).ok();
        }
    }
}
