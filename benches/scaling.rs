//! The figures the "one token pass" goals are stated in, each next to a reference measured in
//! the same run, so that the ratio holds on a busy machine where absolute times do not:
//!
//! 1. extraction per core on the GVC articles (`Reader::claims` over every article, in memory,
//!    one thread) in MB/s, against a minimal tokenizer over the same text (split on whitespace,
//!    trim ASCII punctuation, lower-case, look the word up in a `HashSet` of every word of the
//!    default rules' string values) and against a `wc -w`-like word count;
//! 2. `claims` and `check` CPU time and `check`'s peak RSS on flat folders of 100, 1,000, all
//!    4,040 and 6,335 GVC articles (built as `scripts/gvc-folders` builds them, in a temporary
//!    directory), each run in a child process that reports its own user + system time and VmHWM:
//!    the reference for `check` is `claims` on the same folder;
//! 3. one small story end to end (`check fixtures/sahel-2024 --format json`): CPU per run in a
//!    child that runs it many times, minus an idle child's CPU (the process itself).
//!
//! Children are this bench binary re-run with `CLAIMDIFF_SCALING_CHILD` set; they call
//! `claimdiff::run` with `--jobs 1` and count and drop the report, as a pipe would take it.
//! CPU times come from `/proc/self/stat` (10 ms ticks), so a figure below a second is taken
//! over many runs in one child and divided. Nothing here asserts a time.
//!
//! Run with `cargo bench --bench scaling`. The GVC corpus is read from
//! `/work/shared/corpora/gvc/stories` or `CLAIMDIFF_GVC` (sections 1 and 2 are skipped when it is
//! absent); `CLAIMDIFF_SCALING_SIZES=100,1000` runs only the folder sizes listed (`all` for every
//! article). The figures are in BENCHMARKS.md.

#[path = "support/process.rs"]
mod process;

use std::collections::HashSet;
use std::ffi::OsString;
use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::{Duration, SystemTime};

use claimdiff::cli::Environment;
use claimdiff::ingest::{Article, Story};
use claimdiff::pipeline::Reader;
use claimdiff::rules::RuleSet;

use process::{Counted, TICKS_PER_SEC, time};

const CHILD: &str = "CLAIMDIFF_SCALING_CHILD";
const GVC: &str = "/work/shared/corpora/gvc/stories";
const SIZES: &str = "CLAIMDIFF_SCALING_SIZES";
/// How many articles of `gvc-all` are repeated as `dup-<name>` in the stress folder
/// (`scripts/gvc-folders`: 4,040 + 2,295 = 6,335).
const DUPLICATED: usize = 2_295;
/// The small story, its runs per child and its children.
const SMALL: &str = "fixtures/sahel-2024";
const SMALL_RUNS: usize = 100;
const SMALL_CHILDREN: usize = 10;

/// The child: `runs` times `claimdiff COMMAND DIR --format json --jobs 1` (none for an idle
/// child), then its own CPU ticks and peak RSS in kB on one line.
fn child(args: &[String]) {
    if let [runs, command, dir] = args {
        let runs: usize = runs.parse().expect("a run count");
        for _ in 0..runs {
            let argv = ["claimdiff", command, dir, "--format", "json", "--jobs", "1"];
            let (mut out, mut err) = (Counted(0), Vec::new());
            let code = claimdiff::run(
                argv.map(OsString::from),
                Environment::default(),
                &mut out,
                &mut err,
            );
            if code != 0 && code != 1 {
                eprintln!(
                    "claimdiff failed ({code}): {}",
                    String::from_utf8_lossy(&err)
                );
                std::process::exit(2);
            }
            std::hint::black_box(out.0);
        }
    }
    println!("{} {}", process::cpu_ticks(), process::peak_rss_kb());
}

/// A child's report: CPU ticks of the whole process and its peak RSS in kB.
#[derive(Clone, Copy)]
struct Cost {
    ticks: u64,
    rss_kb: u64,
}

/// Runs a child (`args` empty: idle) and reads its report.
fn spawn(args: &[&str]) -> Cost {
    let exe = std::env::current_exe().expect("the bench knows its own path");
    let out = Command::new(exe)
        .env(CHILD, "1")
        .args(args)
        .output()
        .expect("the bench runs itself");
    assert!(
        out.status.success(),
        "child {args:?} failed: {}",
        String::from_utf8_lossy(&out.stderr)
    );
    let text = String::from_utf8_lossy(&out.stdout);
    let mut fields = text.split_whitespace().map(|f| f.parse().unwrap_or(0));
    let mut next = || fields.next().unwrap_or(0);
    Cost {
        ticks: next(),
        rss_kb: next(),
    }
}

fn secs(ticks: u64) -> f64 {
    ticks as f64 / TICKS_PER_SEC as f64
}

fn mb(bytes: u64) -> f64 {
    bytes as f64 / 1e6
}

/// The story directories of the corpus, sorted.
fn story_dirs(root: &Path) -> Vec<PathBuf> {
    let mut dirs: Vec<PathBuf> = std::fs::read_dir(root)
        .expect("the corpus is readable")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.is_dir())
        .collect();
    dirs.sort();
    dirs
}

/// A word as the reference tokenizer keys it: ASCII punctuation trimmed, lower-cased into `buf`.
fn key<'b>(word: &str, buf: &'b mut String) -> &'b str {
    buf.clear();
    let word = word.trim_matches(|c: char| c.is_ascii_punctuation());
    buf.extend(word.chars().flat_map(char::to_lowercase));
    buf
}

/// Every word of every string value in the default rule file (list items, phrases, kinds; not
/// the keys), keyed as the reference tokenizer keys text. `*` wildcards are left out.
fn rule_words() -> HashSet<String> {
    fn walk(value: &serde_yaml::Value, words: &mut HashSet<String>) {
        match value {
            serde_yaml::Value::String(s) => {
                let mut buf = String::new();
                for w in s.split_whitespace() {
                    let k = key(w, &mut buf);
                    if !k.is_empty() && k != "*" {
                        words.insert(k.to_owned());
                    }
                }
            }
            serde_yaml::Value::Sequence(items) => items.iter().for_each(|v| walk(v, words)),
            serde_yaml::Value::Mapping(map) => map.values().for_each(|v| walk(v, words)),
            serde_yaml::Value::Tagged(t) => walk(&t.value, words),
            _ => {}
        }
    }
    let text = include_str!("../rules/default.yaml");
    let yaml: serde_yaml::Value = serde_yaml::from_str(text).expect("the default rules parse");
    let mut words = HashSet::new();
    walk(&yaml, &mut words);
    words
}

/// The reference tokenizer: whitespace-separated words looked up in `vocab`; the hit count.
fn lookup_words(texts: &[&str], vocab: &HashSet<String>) -> usize {
    let mut buf = String::new();
    let mut hits = 0;
    for text in texts {
        for w in text.split_whitespace() {
            hits += usize::from(vocab.contains(key(w, &mut buf)));
        }
    }
    hits
}

/// Whitespace-separated words counted over bytes, as `wc -w` counts them in the C locale.
fn count_words(texts: &[&str]) -> usize {
    let mut words = 0;
    for text in texts {
        let mut in_word = false;
        for &b in text.as_bytes() {
            let space = matches!(b, b' ' | b'\t'..=b'\r');
            words += usize::from(!space && !in_word);
            in_word = !space;
        }
    }
    words
}

/// Section 1: extraction on one thread against the two references, over the same text.
fn extraction(root: &Path) {
    let articles: Vec<Article> = story_dirs(root)
        .into_iter()
        .flat_map(|d| Story::load(&[d]).expect("a GVC story loads").articles)
        .collect();
    let texts: Vec<&str> = articles.iter().map(|a| a.text.as_str()).collect();
    let bytes: u64 = texts.iter().map(|t| t.len() as u64).sum();
    let rules = RuleSet::load(&[]).expect("the default rules load");
    let reader = Reader::new(&rules);
    let vocab = rule_words();
    println!(
        "1. Extraction, one thread: {} GVC articles, {:.2} MB in memory; best and median of 3",
        articles.len(),
        mb(bytes)
    );
    let (mut claims, mut hits, mut words) = (0, 0, 0);
    let runs = [
        (
            "Reader::claims (extraction)",
            time(3, || {
                claims = articles.iter().map(|a| reader.claims(a).len()).sum();
            }),
        ),
        (
            "tokenizer + rule-word HashSet",
            time(3, || hits = lookup_words(&texts, &vocab)),
        ),
        (
            "wc -w (word count)",
            time(3, || words = count_words(&texts)),
        ),
    ];
    println!(
        "   {:<32}{:>10}{:>11}{:>13}{:>14}",
        "", "best ms", "median ms", "MB/s (best)", "× extraction"
    );
    let rate = |d: Duration| mb(bytes) / d.as_secs_f64();
    let base = rate(runs[0].1.0);
    for (label, (best, median)) in runs {
        println!(
            "   {label:<32}{:>10.1}{:>11.1}{:>13.1}{:>14.1}",
            best.as_secs_f64() * 1e3,
            median.as_secs_f64() * 1e3,
            rate(best),
            rate(best) / base
        );
    }
    println!(
        "   {claims} claims; {} rule words, {hits} of {words} words hit; goal ≥ 30 MB/s per core",
        vocab.len()
    );
}

/// The folder sizes to run: all four, or those listed in `CLAIMDIFF_SCALING_SIZES`.
fn sizes(all: usize) -> Vec<usize> {
    let every = [100, 1_000, all, all + DUPLICATED];
    let Some(list) = std::env::var_os(SIZES) else {
        return every.to_vec();
    };
    let list = list.to_string_lossy().into_owned();
    let wanted: Vec<usize> = list
        .split(',')
        .filter_map(|s| match s.trim() {
            "all" => Some(all),
            n => n.replace('_', "").parse().ok(),
        })
        .collect();
    every.into_iter().filter(|n| wanted.contains(n)).collect()
}

/// Builds the flat folders of `scripts/gvc-folders` under `dest` (only the sizes asked for):
/// `gvc-all` holds every article as `<incident>-<n>.txt`, `gvc-100` and `gvc-1000` the first of
/// those by name (bytewise, as C collation sorts), `gvc-<all + 2,295>` all of them and the first
/// 2,295 again as `dup-<name>`. Returns each size's folder and its bytes.
fn folders(root: &Path, dest: &Path, sizes: &[usize]) -> Vec<(usize, PathBuf, u64)> {
    let mut files: Vec<(String, PathBuf)> = Vec::new();
    for story in story_dirs(root) {
        let incident = story.file_name().expect("a story dir").to_string_lossy();
        for f in std::fs::read_dir(&story)
            .expect("a story is readable")
            .flatten()
        {
            let path = f.path();
            if path.extension().is_some_and(|e| e == "txt") {
                let name = path.file_name().expect("a file").to_string_lossy();
                files.push((format!("{incident}-{name}"), path));
            }
        }
    }
    files.sort();
    let all = files.len();
    let mut out = Vec::new();
    for &n in sizes {
        let dir = dest.join(if n == all {
            "gvc-all".to_owned()
        } else {
            format!("gvc-{n}")
        });
        std::fs::create_dir_all(&dir).expect("a folder is created");
        let mut bytes = 0;
        let copies = files.iter().map(|(name, p)| (name.clone(), p));
        let dups = files[..DUPLICATED.min(all)]
            .iter()
            .map(|(name, p)| (format!("dup-{name}"), p));
        for (name, from) in copies.chain(dups).take(n) {
            bytes += std::fs::copy(from, dir.join(name)).expect("an article is copied");
        }
        out.push((n, dir, bytes));
    }
    out
}

/// The cheapest of 3 children running `command` on `dir` `per_child` times: least CPU seconds
/// per run, and the most peak RSS in MB.
fn best_of_3(command: &str, dir: &Path, per_child: usize) -> (f64, f64) {
    let dir = dir.to_str().expect("a UTF-8 path");
    let runs = per_child.to_string();
    let costs: Vec<Cost> = (0..3).map(|_| spawn(&[&runs, command, dir])).collect();
    let ticks = costs.iter().map(|c| c.ticks).min().unwrap_or(0);
    let rss_kb = costs.iter().map(|c| c.rss_kb).max().unwrap_or(0);
    (secs(ticks) / per_child as f64, rss_kb as f64 * 1024.0 / 1e6)
}

/// Section 2: `claims` and `check` CPU and `check`'s peak RSS per folder size.
fn scaling(root: &Path) {
    let all = story_dirs(root)
        .iter()
        .flat_map(|s| std::fs::read_dir(s).expect("a story is readable").flatten())
        .filter(|f| f.path().extension().is_some_and(|e| e == "txt"))
        .count();
    let sizes = sizes(all);
    let tmp = std::env::temp_dir().join(format!("claimdiff-scaling-{}", std::process::id()));
    let folders = folders(root, &tmp, &sizes);
    let ran: Vec<String> = sizes.iter().map(usize::to_string).collect();
    println!(
        "\n2. claims and check on flat GVC folders, --jobs 1, in child processes, best of 3 \
         (sizes run: {})",
        ran.join(", ")
    );
    println!(
        "   {:>8}{:>10}{:>13}{:>12}{:>14}{:>15}{:>17}",
        "articles",
        "input MB",
        "claims CPU s",
        "check CPU s",
        "check/claims",
        "check RSS MB",
        "3×input+50 MB"
    );
    for (n, dir, bytes) in &folders {
        // CPU ticks are 10 ms: a small folder runs several times in its child, so that its
        // figure rests on a second or so of CPU, not a few ticks.
        let per_child = (1_000 / n).max(1);
        let (claims, _) = best_of_3("claims", dir, per_child);
        let (check, rss) = best_of_3("check", dir, per_child);
        println!(
            "   {n:>8}{:>10.2}{:>13.3}{:>12.3}{:>14.2}{:>15.1}{:>17.1}",
            mb(*bytes),
            claims,
            check,
            check / claims,
            rss,
            3.0 * mb(*bytes) + 50.0
        );
    }
    println!(
        "   goals: check/claims ≤ 1.5; check RSS < 3×input + 50 MB. CPU is user + system of the \
         child, per run (100 articles: 10 runs per child); RSS is the highest of the 3 check children"
    );
    let _ = std::fs::remove_dir_all(&tmp);
}

/// Section 3: CPU of one small story end to end, per run, minus the idle process.
fn small_story() {
    let dir = Path::new(env!("CARGO_MANIFEST_DIR")).join(SMALL);
    let dir = dir.to_str().expect("a UTF-8 path");
    let runs = SMALL_RUNS.to_string();
    let idle = (0..SMALL_CHILDREN)
        .map(|_| spawn(&[]).ticks)
        .min()
        .unwrap_or(0);
    let mut per_run: Vec<f64> = (0..SMALL_CHILDREN)
        .map(|_| {
            let ticks = spawn(&[&runs, "check", dir]).ticks;
            secs(ticks.saturating_sub(idle)) * 1e3 / SMALL_RUNS as f64
        })
        .collect();
    per_run.sort_by(f64::total_cmp);
    println!(
        "\n3. check {SMALL} --format json --jobs 1: {SMALL_CHILDREN} children of {SMALL_RUNS} runs each"
    );
    println!(
        "   idle child (baseline, subtracted): {:.0} ms CPU; per run: best {:.2} ms, median {:.2} ms \
         CPU (goal ≤ 4 ms)",
        secs(idle) * 1e3,
        per_run[0],
        per_run[SMALL_CHILDREN / 2]
    );
}

/// The machine and the date the figures were taken on.
fn machine() {
    let cores = std::thread::available_parallelism().map_or(0, |n| n.get());
    let cpuinfo = std::fs::read_to_string("/proc/cpuinfo").unwrap_or_default();
    let model = cpuinfo
        .lines()
        .find(|l| l.starts_with("model name"))
        .and_then(|l| l.split_once(':'))
        .map_or("unknown", |(_, m)| m.trim());
    let load = std::fs::read_to_string("/proc/loadavg").unwrap_or_default();
    let date = Command::new("date")
        .arg("+%F %T %Z")
        .output()
        .ok()
        .map(|o| String::from_utf8_lossy(&o.stdout).trim().to_owned())
        .filter(|d| !d.is_empty())
        .unwrap_or_else(|| {
            let s = SystemTime::now()
                .duration_since(SystemTime::UNIX_EPOCH)
                .map_or(0, |d| d.as_secs());
            format!("{s} s since the epoch")
        });
    println!(
        "\nmachine: {cores} cores ({model}); load average {}; {date}",
        load.split_whitespace()
            .take(3)
            .collect::<Vec<_>>()
            .join(" ")
    );
}

fn main() {
    if std::env::var_os(CHILD).is_some() {
        let args: Vec<String> = std::env::args().skip(1).collect();
        child(&args);
        return;
    }
    let gvc = std::env::var_os("CLAIMDIFF_GVC").map_or_else(|| PathBuf::from(GVC), PathBuf::from);
    if gvc.is_dir() {
        extraction(&gvc);
        scaling(&gvc);
    } else {
        println!(
            "(no GVC corpus at {}: sections 1 and 2 skipped)",
            gvc.display()
        );
    }
    small_story();
    machine();
}
