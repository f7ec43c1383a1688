//! The claimdiff binary: arguments in, exit code out; everything else is the library's.

use std::io::IsTerminal;

fn main() {
    let env = claimdiff::cli::Environment {
        stdout_is_terminal: std::io::stdout().is_terminal(),
        no_color: std::env::var_os("NO_COLOR").is_some_and(|v| !v.is_empty()),
    };
    let code = claimdiff::run(
        std::env::args_os(),
        env,
        &mut std::io::stdout().lock(),
        &mut std::io::stderr(),
    );
    std::process::exit(code);
}
