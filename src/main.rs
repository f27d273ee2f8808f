//! The `failfolio` binary: parses arguments, runs a command, prints. All
//! the work is in the library.

mod cli;
mod cmd;

use std::process::ExitCode;

use clap::Parser;

/// mimalloc: a large build allocates millions of small strings from
/// several threads, where it beats the system allocator.
#[global_allocator]
static ALLOCATOR: mimalloc::MiMalloc = mimalloc::MiMalloc;

fn main() -> ExitCode {
    let cli = cli::Cli::parse();
    let color = cmd::use_color(cli.color);
    match cmd::run(cli) {
        Ok(code) => code,
        Err(err) => {
            let prefix = if color { "\x1b[1;31merror\x1b[0m" } else { "error" };
            eprintln!("{prefix}: {err}");
            for cause in err.chain().skip(1) {
                eprintln!("  caused by: {cause}");
            }
            ExitCode::from(2)
        }
    }
}
