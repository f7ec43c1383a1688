//! The progress bar of a long run: while a story of many articles is read, a bar on standard
//! error counts them. The binary hands one in only when standard error is a terminal, and the
//! command line uses it only for a story of more than [`MANY_ARTICLES`] and never in a quiet
//! run, so a pipe, a log file or CI never sees it.
//!
//! This is the one place the library draws on the terminal itself: `indicatif` redraws the bar
//! in place from the reading threads, at most a few times a second, and clears it when reading
//! is done, before any warning or report is written.

use indicatif::{ProgressBar, ProgressDrawTarget, ProgressStyle};

use crate::pipeline::Progress;

/// A story of more articles than this is read under a progress bar: a few hundred articles
/// take a few seconds.
pub const MANY_ARTICLES: usize = 300;

/// A progress bar on standard error.
#[derive(Debug)]
pub struct Bar {
    bar: ProgressBar,
}

impl Bar {
    /// A bar to draw on standard error once reading starts (`indicatif` draws nothing where
    /// standard error is not a terminal either).
    pub fn stderr() -> Bar {
        let bar = ProgressBar::hidden();
        let style = ProgressStyle::with_template(
            "{prefix} [{bar:30}] {human_pos}/{human_len} articles, {elapsed} (about {eta} left)",
        )
        .unwrap_or_else(|_| ProgressStyle::default_bar())
        .progress_chars("=> ");
        bar.set_style(style);
        bar.set_prefix("reading");
        Bar { bar }
    }
}

impl Progress for Bar {
    fn start(&self, total: usize) {
        self.bar
            .set_length(u64::try_from(total).unwrap_or(u64::MAX));
        self.bar.set_position(0);
        self.bar.reset_elapsed();
        self.bar.set_draw_target(ProgressDrawTarget::stderr());
    }

    fn advance(&self) {
        self.bar.inc(1);
    }

    fn finish(&self) {
        self.bar.finish_and_clear();
    }
}
