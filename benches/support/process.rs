//! What a process knows of its own cost, std only: CPU time from `/proc/self/stat` and peak RSS
//! from `/proc/self/status` (Linux); and a writer that counts a report's bytes and keeps none,
//! as a pipe would take it. Shared by the benches, whose child processes report these for the
//! parent to compare; and the best and median of a few wall-clock timings.

use std::time::{Duration, Instant};

/// Clock ticks per second of the CPU times in `/proc/<pid>/stat` (`sysconf(_SC_CLK_TCK)`).
/// Linux exports them in USER_HZ, which is 100 on every architecture it runs on; std has no
/// `sysconf`, so the value is written here.
pub const TICKS_PER_SEC: u64 = 100;

/// This process's CPU time so far (user + system, all its threads, finished ones included), in
/// clock ticks ([`TICKS_PER_SEC`]); 0 when `/proc` is not there.
pub fn cpu_ticks() -> u64 {
    let stat = std::fs::read_to_string("/proc/self/stat").unwrap_or_default();
    // The command name (field 2) is in parentheses and may hold spaces: count fields after it.
    // utime and stime are fields 14 and 15, so the 12th and 13th after the ")".
    let Some((_, rest)) = stat.rsplit_once(')') else {
        return 0;
    };
    let mut fields = rest.split_whitespace().skip(11);
    let mut next = || {
        fields
            .next()
            .and_then(|f| f.parse::<u64>().ok())
            .unwrap_or(0)
    };
    next() + next()
}

/// This process's peak resident set size (VmHWM) in kB; 0 when `/proc` is not there.
pub fn peak_rss_kb() -> u64 {
    let status = std::fs::read_to_string("/proc/self/status").unwrap_or_default();
    status
        .lines()
        .find_map(|l| l.strip_prefix("VmHWM:"))
        .and_then(|v| v.trim().trim_end_matches("kB").trim().parse().ok())
        .unwrap_or(0)
}

/// A writer that counts bytes and keeps none, so that a report neither costs memory nor counts
/// in the peak.
pub struct Counted(pub usize);

impl std::io::Write for Counted {
    fn write(&mut self, buf: &[u8]) -> std::io::Result<usize> {
        self.0 += buf.len();
        Ok(buf.len())
    }

    fn flush(&mut self) -> std::io::Result<()> {
        Ok(())
    }
}

/// Best and median of `runs` timings of `f`.
pub fn time(runs: usize, mut f: impl FnMut()) -> (Duration, Duration) {
    let mut times: Vec<Duration> = (0..runs)
        .map(|_| {
            let start = Instant::now();
            f();
            start.elapsed()
        })
        .collect();
    times.sort();
    (times[0], times[runs / 2])
}
