//! The whole pipeline on generated stories of 10, 100 and 1,000 articles, and on the GVC corpus
//! when it is present.
//!
//! The stories come from `support/corpus.rs` (seeded, news-like: casualty counts, dates, names,
//! quotes, a few KB per article) and are written to a temporary directory. Measured, best and
//! median of a few runs:
//!
//! - extraction alone (segment + extract, in memory, one thread) in MB/s: the per-core figure;
//! - `claims --format json` end to end (load, extract, serialise) in MB/s, `--jobs 1` and 2;
//! - `check --format json` wall time per story size, `--jobs 1` and 2;
//! - peak RSS per story size: the bench re-runs itself as a child process that does one `check`
//!   and prints its own VmHWM from `/proc/self/status` (std only, no `/usr/bin/time` needed;
//!   an idle child gives the baseline of the process itself).
//!
//! Everything calls the library (`claimdiff::run` with `Vec<u8>` writers), so there is no
//! process start-up in the times. With `/work/shared/corpora/gvc/stories` present (or
//! `CLAIMDIFF_GVC` pointing at such a directory), it also runs `claims` and `check` once per
//! story over the whole corpus, in sequence, and reports MB/s. The figures are in BENCHMARKS.md.
//!
//! Run with `cargo bench --bench pipeline`. With `CLAIMDIFF_BENCH_WRITE=DIR` it only writes the
//! generated stories to `DIR/story-N` (for profiling the binary on them) and stops.

#[path = "support/corpus.rs"]
mod corpus;
// Only the peak RSS and the counting writer here; the CPU clock is the scaling bench's.
#[allow(dead_code)]
#[path = "support/process.rs"]
mod process;

use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, Instant};

use claimdiff::cli::Environment;
use claimdiff::rules::RuleSet;
use process::{Counted, peak_rss_kb, time};

const SIZES: &[usize] = &[10, 100, 1_000];
const CHILD: &str = "CLAIMDIFF_BENCH_CHILD";
const GVC: &str = "/work/shared/corpora/gvc/stories";

/// Runs claimdiff with `args` and returns its exit code and output size. The output is counted
/// and dropped, as a pipe would take it, so that it neither costs memory nor counts in the peak.
fn claimdiff(args: &[&str]) -> (i32, usize) {
    let args = std::iter::once("claimdiff")
        .chain(args.iter().copied())
        .map(OsString::from);
    let (mut out, mut err) = (Counted(0), Vec::new());
    let code = claimdiff::run(args, Environment::default(), &mut out, &mut err);
    assert!(
        code == 0 || code == 1,
        "claimdiff failed ({code}): {}",
        String::from_utf8_lossy(&err)
    );
    (code, out.0)
}

/// The child: one `check` (or nothing, for the baseline), then its own peak RSS on stdout.
fn child(what: &str) {
    if let Some(dir) = what.strip_prefix("check:") {
        claimdiff(&["check", dir, "--format", "json"]);
    }
    println!("{}", peak_rss_kb());
}

/// Peak RSS in MB of a child process running `what`.
fn child_rss_mb(what: &str) -> f64 {
    let exe = std::env::current_exe().expect("the bench knows its own path");
    let out = Command::new(exe)
        .env(CHILD, what)
        .output()
        .expect("the bench runs itself");
    let kb: f64 = String::from_utf8_lossy(&out.stdout)
        .trim()
        .parse()
        .unwrap_or(0.0);
    kb / 1024.0
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

fn ms(d: Duration) -> f64 {
    d.as_secs_f64() * 1e3
}

/// Segment + extract over in-memory articles on this thread: the per-core extraction rate.
fn extraction_only(dir: &Path, runs: usize) -> (Duration, Duration) {
    let story = claimdiff::ingest::Story::load(&[dir.to_path_buf()]).expect("the story loads");
    let rules = RuleSet::load(&[]).expect("the default rules load");
    let reader = claimdiff::pipeline::Reader::new(&rules);
    time(runs, || {
        for a in &story.articles {
            std::hint::black_box(reader.claims(a));
        }
    })
}

fn synthetic(root: &Path) {
    println!("Generated stories (seeded; written to {})", root.display());
    let mut stories = Vec::new();
    for &n in SIZES {
        let dir = root.join(format!("story-{n}"));
        let bytes = corpus::write_story(&dir, n, 0xc1a1_3d1f + n as u64).expect("story written");
        stories.push((n, dir, bytes));
    }

    let (_, big, bytes) = &stories[2];
    let path = big.to_str().expect("a UTF-8 path");
    println!(
        "\nthroughput on the {}-article story ({:.2} MB)",
        SIZES[2],
        mb(*bytes)
    );
    println!(
        "{:<34}{:>10}{:>10}{:>12}",
        "", "best ms", "median ms", "MB/s (best)"
    );
    let row = |label: &str, (best, median): (Duration, Duration)| {
        let rate = mb(*bytes) / best.as_secs_f64();
        println!(
            "{label:<34}{:>10.1}{:>10.1}{rate:>12.1}",
            ms(best),
            ms(median)
        );
    };
    row("extract only, 1 thread", extraction_only(big, 5));
    for jobs in ["1", "2"] {
        let t = time(5, || {
            claimdiff(&["claims", path, "--format", "json", "--jobs", jobs]);
        });
        row(&format!("claims --format json --jobs {jobs}"), t);
    }

    println!("\ncheck --format json");
    println!(
        "{:>9}{:>10}{:>12}{:>12}{:>12}{:>12}{:>10}{:>14}",
        "articles",
        "input MB",
        "j1 best ms",
        "j1 med ms",
        "j2 best ms",
        "j2 med ms",
        "facts",
        "peak RSS MB"
    );
    for (n, dir, bytes) in &stories {
        let path = dir.to_str().expect("a UTF-8 path");
        let runs = if *n >= 1_000 { 3 } else { 5 };
        let one = time(runs, || {
            claimdiff(&["check", path, "--format", "json", "--jobs", "1"]);
        });
        let two = time(runs, || {
            claimdiff(&["check", path, "--format", "json", "--jobs", "2"]);
        });
        let facts = facts(path);
        println!(
            "{n:>9}{:>10.2}{:>12.1}{:>12.1}{:>12.1}{:>12.1}{facts:>10}{:>14.1}",
            mb(*bytes),
            ms(one.0),
            ms(one.1),
            ms(two.0),
            ms(two.1),
            child_rss_mb(&format!("check:{path}"))
        );
    }
    println!(
        "peak RSS of the idle bench process (baseline): {:.1} MB",
        child_rss_mb("idle")
    );
}

/// How many facts `check` reports on a story.
fn facts(path: &str) -> usize {
    let args = ["claimdiff", "check", path, "--format", "json"].map(OsString::from);
    let (mut out, mut err) = (Vec::new(), Vec::new());
    claimdiff::run(args, Environment::default(), &mut out, &mut err);
    let text = String::from_utf8_lossy(&out);
    // Every fact carries one verdict; counting the key avoids a JSON dependency.
    text.matches("\"verdict\":").count()
}

/// `claims` and `check` once per GVC story, in sequence, like the corpus's `run` script.
fn gvc(root: &Path) {
    let mut stories: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("the corpus is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    stories.sort();
    let (mut bytes, mut articles) = (0u64, 0usize);
    for s in &stories {
        for f in std::fs::read_dir(s).expect("a story is readable").flatten() {
            if f.path().extension().is_some_and(|e| e == "txt") {
                bytes += f.metadata().map_or(0, |m| m.len());
                articles += 1;
            }
        }
    }
    println!(
        "\nGVC corpus ({}): {} stories, {articles} articles, {:.2} MB",
        root.display(),
        stories.len(),
        mb(bytes)
    );
    let paths: Vec<&str> = stories.iter().filter_map(|p| p.to_str()).collect();
    for (command, jobs) in [
        ("claims", "1"),
        ("claims", "2"),
        ("check", "1"),
        ("check", "2"),
    ] {
        let start = Instant::now();
        for p in &paths {
            claimdiff(&[command, p, "--format", "json", "--jobs", jobs]);
        }
        let t = start.elapsed();
        println!(
            "{command} --format json --jobs {jobs}, per story: {:>8.0} ms  {:>6.1} MB/s",
            ms(t),
            mb(bytes) / t.as_secs_f64()
        );
    }
}

fn main() {
    if let Some(what) = std::env::var_os(CHILD) {
        child(&what.to_string_lossy());
        return;
    }
    // For profiling: write the stories to a directory, keep them, and stop.
    if let Some(dir) = std::env::var_os("CLAIMDIFF_BENCH_WRITE") {
        for &n in SIZES {
            let dir = Path::new(&dir).join(format!("story-{n}"));
            corpus::write_story(&dir, n, 0xc1a1_3d1f + n as u64).expect("story written");
        }
        return;
    }
    let root = std::env::temp_dir().join(format!("claimdiff-bench-{}", std::process::id()));
    synthetic(&root);
    let _ = std::fs::remove_dir_all(&root);
    let gvc_dir =
        std::env::var_os("CLAIMDIFF_GVC").map_or_else(|| PathBuf::from(GVC), PathBuf::from);
    if gvc_dir.is_dir() {
        gvc(&gvc_dir);
    } else {
        println!("\n(no GVC corpus at {}: skipped)", gvc_dir.display());
    }
}
