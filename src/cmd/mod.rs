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
use std::path::{Path, PathBuf};
use std::process::ExitCode;

use anyhow::bail;
use failfolio::journal::discover::{find_root, locate};

use crate::cli::{Cli, Color, Command};

/// Runs the parsed command line.
pub(crate) fn run(cli: Cli) -> anyhow::Result<ExitCode> {
    let color = use_color(cli.color);
    let today = today()?;
    let named = cli.journal.as_deref();
    match cli.command {
        Command::Build(args) => {
            let root = journal(named, args.path.as_deref())?;
            build::run(&root, args, today, color)
        }
        #[cfg(feature = "serve")]
        Command::Serve(args) => {
            let root = journal(named, args.path.as_deref())?;
            serve::run(root, args, today, color)
        }
        Command::Check(args) => {
            let root = journal(named, args.path.as_deref())?;
            check::run(&root, args, today, color)
        }
        Command::Rules(_) => {
            // Outside a journal, the defaults; a journal named with -C must exist.
            let root = match named {
                Some(dir) => Some(locate(dir)?),
                None => std::env::current_dir().ok().and_then(|cwd| find_root(&cwd)),
            };
            rules::list(root.as_deref())
        }
        Command::Explain(args) => rules::explain(args),
        Command::Init(args) => {
            let dir = match (args.dir.clone(), named) {
                (Some(_), Some(_)) => {
                    bail!("give the new journal's folder once: `failfolio init DIR`")
                }
                (Some(dir), None) => dir,
                (None, Some(dir)) => dir.to_path_buf(),
                (None, None) => PathBuf::from("."),
            };
            init::run(&dir, args, today)
        }
        Command::New(args) => new::run(&journal(named, None)?, args, today),
        Command::Status(args) => {
            let root = journal(named, args.path.as_deref())?;
            status::run(&root, args, today)
        }
        Command::Schema(args) => schema::schema(args),
        Command::Completions(args) => schema::completions(args),
        Command::Lsp => {
            // A server may run past midnight: it asks the clock each time,
            // unless the date is fixed for a test.
            let fixed = std::env::var_os("FAILFOLIO_TODAY").map(|_| today);
            failfolio::lsp::run(fixed)?;
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// Today's date, or `FAILFOLIO_TODAY` (YYYY-MM-DD) for reproducible output
/// in tests. An environment variable, not an option, so that it stays out
/// of `--help` and of shell completions.
fn today() -> anyhow::Result<jiff::civil::Date> {
    match std::env::var("FAILFOLIO_TODAY") {
        Ok(value) if !value.trim().is_empty() => value.trim().parse().map_err(|_| {
            anyhow::anyhow!("FAILFOLIO_TODAY is `{value}`, not a date in the form YYYY-MM-DD; set it to one, or unset it to use today")
        }),
        _ => Ok(jiff::Zoned::now().date()),
    }
}

/// The journal a command works on: the one `-C DIR` (or a command's old
/// positional path) is in, else the one the current folder is in.
fn journal(named: Option<&Path>, positional: Option<&Path>) -> anyhow::Result<PathBuf> {
    let start = match (named, positional) {
        (Some(_), Some(_)) => {
            bail!(
                "the journal is named twice (with `-C` and as an argument); give it once, as `-C DIR`"
            )
        }
        (Some(dir), None) | (None, Some(dir)) => dir,
        (None, None) => Path::new("."),
    };
    Ok(locate(start)?)
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
