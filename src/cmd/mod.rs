//! One module per command; each prints and returns the exit status.

mod build;
mod check;
mod rules;

use std::io::IsTerminal;
use std::process::ExitCode;

use crate::cli::{Cli, Color, Command};

/// Runs the parsed command line.
pub fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let color = use_color(cli.color);
    let today = cli.today.unwrap_or_else(|| jiff::Zoned::now().date());
    match cli.command {
        Command::Build(args) => build::run(args, today, color),
        Command::Check(args) => check::run(args, today, color),
        Command::Rules(args) => rules::list(args),
        Command::Explain(args) => rules::explain(args),
    }
}

/// Whether to print ANSI colours.
pub fn use_color(choice: Color) -> bool {
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty())
                && std::io::stdout().is_terminal()
        }
    }
}

/// Exit status 1: findings at error level.
pub const FINDINGS: u8 = 1;
