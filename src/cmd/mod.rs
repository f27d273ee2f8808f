//! One module per command; each prints and returns the exit status.

/// `println!` that ends the program quietly (and successfully) when stdout
/// is a closed pipe (`failfolio status | head`), instead of panicking.
macro_rules! say {
    () => { $crate::cmd::write_out(format_args!("\n")) };
    ($($arg:tt)*) => { $crate::cmd::write_out(format_args!("{}\n", format_args!($($arg)*))) };
}

/// `print!` with the same behaviour as [`say!`].
macro_rules! say_raw {
    ($($arg:tt)*) => { $crate::cmd::write_out(format_args!($($arg)*)) };
}

mod build;
mod check;
mod init;
mod new;
mod rules;
mod schema;
#[cfg(feature = "serve")]
mod serve;
mod status;
mod watching;

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::cli::{Cli, Color, Command};

/// Runs the parsed command line.
pub(crate) fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let color = use_color(cli.color);
    let today = cli.today.unwrap_or_else(|| jiff::Zoned::now().date());
    match cli.command {
        Command::Build(args) => build::run(args, today, color),
        #[cfg(feature = "serve")]
        Command::Serve(args) => serve::run(args, today, color),
        Command::Check(args) => check::run(args, today, color),
        Command::Rules(args) => rules::list(args),
        Command::Explain(args) => rules::explain(args),
        Command::Init(args) => init::run(args, today),
        Command::New(args) => new::run(args, today),
        Command::Status(args) => status::run(args, today),
        Command::Schema(args) => schema::schema(args),
        Command::Completions(args) => schema::completions(args),
        Command::Lsp => {
            failfolio::lsp::run(cli.today)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Whether to print ANSI colours.
pub(crate) fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Writes to stdout; on a closed pipe, exits with status 0 like other Unix
/// tools (ripgrep does the same).
pub(crate) fn write_out(args: std::fmt::Arguments<'_>) {
    use std::io::Write;
    let mut out = std::io::stdout().lock();
    if let Err(e) = out.write_fmt(args).and_then(|()| out.flush()) {
        if e.kind() == std::io::ErrorKind::BrokenPipe {
            std::process::exit(0);
        }
    }
}

/// Exit status 1: findings at error level.
pub(crate) const FINDINGS: u8 = 1;
