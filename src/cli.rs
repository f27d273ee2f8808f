//! The command line, declared with clap. One `Args` struct per command,
//! with a doc comment per flag: clap turns them into `--help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Check that each failure in a journal has been processed, and publish the
/// processed ones as a failure-résumé website.
#[derive(Debug, Parser)]
#[command(name = "failfolio", version, about, long_about = None, propagate_version = true)]
#[command(
    after_help = "Start with `failfolio build example-journal`, or `failfolio help <command>`."
)]
pub struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,

    /// When to colour output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,

    /// Pretend today is this date (YYYY-MM-DD); for reproducible output in tests.
    #[arg(long, global = true, hide = true, env = "FAILFOLIO_TODAY")]
    pub today: Option<jiff::civil::Date>,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check the journal, then render the processed entries into a website.
    #[command(after_help = "\
Examples:
  failfolio build                      build the journal in the current folder into ./public
  failfolio build my-journal -o site   build into ./site
  failfolio build --include-private    a local full build (never publish it)")]
    Build(BuildArgs),

    /// Check that every entry has been processed, and explain what is missing.
    #[command(after_help = "\
Examples:
  failfolio check                          rustc-style diagnostics for ./
  failfolio check my-journal --format json machine-readable findings
  failfolio check --deny warnings          fail on warnings too (for CI)

Exit status: 0 clean, 1 errors (or warnings under --deny warnings), 2 usage, I/O or configuration errors.")]
    Check(CheckArgs),

    /// List every rule with its code, name and level.
    Rules(RulesArgs),

    /// Explain a rule: what it checks, why, and examples.
    #[command(
        after_help = "Examples:\n  failfolio explain PF006\n  failfolio explain testable-adjustment"
    )]
    Explain(ExplainArgs),
}

/// `failfolio build`.
#[derive(Debug, Args)]
pub struct BuildArgs {
    /// The journal folder (holding `entries/` and `failfolio.yaml`).
    #[arg(default_value = ".")]
    pub journal: PathBuf,

    /// The output folder [default: `output_dir` from failfolio.yaml, or JOURNAL/public].
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Also publish incubating, draft and private entries, marked with badges. For a local
    /// full build only: never deploy its output.
    #[arg(long)]
    pub include_private: bool,
}

/// `failfolio check`.
#[derive(Debug, Args)]
pub struct CheckArgs {
    /// The journal folder.
    #[arg(default_value = ".")]
    pub journal: PathBuf,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    pub format: FormatArg,

    /// Treat findings at this level as errors for the exit status (only `warnings`).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Deny>,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FormatArg {
    /// rustc-style diagnostics with source snippets.
    Human,
    /// One JSON array of objects.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
}

/// Levels `--deny` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Deny {
    /// Fail on warnings as well as errors.
    Warnings,
}

/// `failfolio rules`.
#[derive(Debug, Args)]
pub struct RulesArgs {
    /// Show levels as configured by this journal's failfolio.yaml.
    #[arg(long, value_name = "JOURNAL")]
    pub journal: Option<PathBuf>,
}

/// `failfolio explain`.
#[derive(Debug, Args)]
pub struct ExplainArgs {
    /// A rule's code (PF006) or name (testable-adjustment).
    pub rule: String,
}
