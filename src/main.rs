//! The claimdiff binary: arguments in, exit code out; everything else is the library's.

use std::io::{IsTerminal, Write};

fn main() {
    let stdout_is_terminal = std::io::stdout().is_terminal();
    // Progress is drawn only on a terminal: never into a pipe or a log.
    let bar = std::io::stderr()
        .is_terminal()
        .then(claimdiff::cli::Bar::stderr);
    let env = claimdiff::cli::Environment {
        stdout_is_terminal,
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty())
            || std::env::var_os("TERM").is_some_and(|t| t == "dumb"),
        width: terminal_size::terminal_size()
            .filter(|_| stdout_is_terminal)
            .map(|(w, _)| usize::from(w.0)),
        progress: bar
            .as_ref()
            .map(|b| b as &dyn claimdiff::pipeline::Progress),
    };
    // Interrupted while a report file is written: its temporary file goes with the process (a
    // handler that cannot be installed costs only that).
    let _ = ctrlc::set_handler(|| {
        claimdiff::cli::remove_unfinished();
        std::process::exit(130);
    });
    // Reports are written in many small pieces; a buffer turns them into few system calls
    // (standard output is otherwise flushed at every newline).
    let mut out = std::io::BufWriter::with_capacity(64 * 1024, std::io::stdout().lock());
    // The process exits right after, so the report is left to the operating system.
    let mut code =
        claimdiff::cli::run_then_exit(std::env::args_os(), env, &mut out, &mut std::io::stderr());
    if let Err(e) = out.flush() {
        // A reader that stopped early (`claimdiff … | head`) is not an error.
        if e.kind() != std::io::ErrorKind::BrokenPipe {
            eprintln!("claimdiff: error: writing the report: {e}");
            code = 2;
        }
    }
    std::process::exit(code);
}
