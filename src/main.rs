//! The claimdiff binary: arguments in, exit code out; everything else is the library's.

use std::io::IsTerminal;

fn main() {
    let stdout_is_terminal = std::io::stdout().is_terminal();
    let env = claimdiff::cli::Environment {
        stdout_is_terminal,
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
        width: terminal_size::terminal_size()
            .filter(|_| stdout_is_terminal)
            .map(|(w, _)| usize::from(w.0)),
    };
    let code = claimdiff::run(
        std::env::args_os(),
        env,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
