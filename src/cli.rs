//! The command line, declared with clap. One `Args` struct per command,
//! with a doc comment per flag: clap turns them into `--help`.

use std::path::PathBuf;

use clap::{Args, Parser, Subcommand, ValueEnum};

/// Check that each failure in a journal has been processed, and publish the
/// processed ones as a failure-résumé website.
#[derive(Debug, Parser)]
#[command(name = "failfolio", version, about, long_about = None, propagate_version = true)]
#[command(
    after_help = "Every command works from any folder inside a journal, as git does; `-C DIR` names another.\nStart with `failfolio -C example-journal build`, or `failfolio help <command>`."
)]
pub(crate) struct Cli {
    /// The command to run.
    #[command(subcommand)]
    pub command: Command,

    /// When to colour output: auto (on a terminal, unless NO_COLOR is set), always, never.
    #[arg(long, global = true, value_enum, default_value_t = Color::Auto)]
    pub color: Color,

    /// The journal to use: its folder or any folder inside it [default: the journal the current
    /// folder is in, found by looking up for `failfolio.yaml` or `entries/`].
    #[arg(short = 'C', long = "journal", global = true, value_name = "DIR")]
    pub journal: Option<PathBuf>,
}

/// When to use colour.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Color {
    /// On a terminal, unless `NO_COLOR` is set.
    Auto,
    /// Always.
    Always,
    /// Never.
    Never,
}

/// The commands.
#[derive(Debug, Subcommand)]
pub(crate) enum Command {
    /// Check the journal, then render the processed entries into a website.
    #[command(after_help = "\
Examples:
  failfolio build                      build the journal you are in into its public/
  failfolio -C my-journal build -o site  build my-journal into ./site
  failfolio build --include-private    a local full build (never publish it)
  failfolio build --watch              rebuild on every change")]
    Build(BuildArgs),

    /// Preview the site with live reload while you write; drafts and private entries show with badges.
    #[cfg(feature = "serve")]
    #[command(after_help = "\
The preview is built into a private temporary folder, never into the journal.
Save an entry and the open page reloads; if it cannot be built, the page shows
why, and the terminal too.

Examples:
  failfolio serve                       preview the journal you are in at http://127.0.0.1:1111/
  failfolio -C my-journal serve --open  preview my-journal and open it in the browser
  failfolio serve --public --port 8000  exactly what `build` publishes")]
    Serve(ServeArgs),

    /// Check that every entry has been processed, and explain what is missing.
    #[command(after_help = "\
Examples:
  failfolio check                          rustc-style diagnostics for the journal you are in
  failfolio -C my-journal check --format json   machine-readable findings
  failfolio check --deny warnings          fail on warnings too (for CI)
  failfolio check --external               also follow http(s) links (the only network use)

Exit status: 0 clean, 1 errors (or warnings under --deny warnings), 2 usage, I/O or configuration errors.")]
    Check(CheckArgs),

    /// List every rule with its code, name and level (as the journal you are in configures it).
    Rules(RulesArgs),

    /// Explain a rule: what it checks, why, and examples.
    #[command(
        after_help = "Examples:\n  failfolio explain PF006\n  failfolio explain testable-adjustment"
    )]
    Explain(ExplainArgs),

    /// Start a new journal: failfolio.yaml, entries/ with a sample entry, and a .gitignore.
    #[command(after_help = "\
Examples:
  failfolio init my-journal        a new journal in ./my-journal
  failfolio init --force .         add what is missing to this folder (existing files are kept)

A journal cannot be started inside another one: commands already work from any folder of it.")]
    Init(InitArgs),

    /// Write a new entry, dated today, with the question each field answers.
    #[command(after_help = "\
The entry starts incubating: write what happened now, sleep on it, then fill in
the review and add `processed:`. `failfolio status` says when it is ready.

Examples:
  failfolio new \"Froze during the demo\"
  failfolio new \"Missed the grant deadline\" --date 2026-11-20 --edit")]
    New(NewArgs),

    /// What needs attention today: entries ready to re-encounter, errors, untested adjustments.
    #[command(after_help = "\
Examples:
  failfolio status
  failfolio -C my-journal status --format json
  failfolio status --format ics > ~/failfolio.ics   reminders for your calendar app (see the README)")]
    Status(StatusArgs),

    /// Print a JSON Schema (draft 2020-12) of the entry front matter, for editors.
    #[command(after_help = "\
Examples:
  failfolio schema > failfolio.schema.json
  failfolio schema --draft 7 > failfolio.schema.json   for tools that only know draft-07")]
    Schema(SchemaArgs),

    /// Run the language server (over stdio), for findings, hovers and
    /// completions in an editor while you write.
    #[command(after_help = "\
Started by an editor, not by hand: see docs/editors.md for VS Code, Neovim,
Helix and Zed. Findings come from the same checks as `failfolio check`, on
the journal as saved plus the entries open in the editor.")]
    Lsp,

    /// Print shell completions.
    #[command(after_help = "\
Examples:
  failfolio completions bash > ~/.local/share/bash-completion/completions/failfolio
  failfolio completions zsh > ~/.zfunc/_failfolio
  failfolio completions fish > ~/.config/fish/completions/failfolio.fish")]
    Completions(CompletionsArgs),
}

/// `failfolio init`.
#[derive(Debug, Args)]
pub(crate) struct InitArgs {
    /// The folder for the new journal (created if missing) [default: `-C DIR`, or the current
    /// folder]. Refused inside another journal.
    pub dir: Option<PathBuf>,

    /// Also use a folder that is not empty, adding only the files it lacks.
    #[arg(long)]
    pub force: bool,
}

/// `failfolio new`.
#[derive(Debug, Args)]
pub(crate) struct NewArgs {
    /// What failed, in one line; also gives the file name.
    pub title: String,

    /// The date the outcome became known [default: today].
    #[arg(long, value_name = "YYYY-MM-DD")]
    pub date: Option<jiff::civil::Date>,

    /// Open the new entry in $VISUAL or $EDITOR.
    #[arg(long)]
    pub edit: bool,
}

/// `failfolio status`.
#[derive(Debug, Args)]
pub(crate) struct StatusArgs {
    /// The journal folder: the old spelling of `-C DIR`, kept for scripts.
    #[arg(hide = true, value_name = "JOURNAL")]
    pub path: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = StatusFormat::Human)]
    pub format: StatusFormat,
}

/// Formats of `failfolio status`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum StatusFormat {
    /// For people.
    Human,
    /// One JSON object.
    Json,
    /// An iCalendar feed (RFC 5545) of the reminders, for a calendar app: one all-day event per
    /// entry on the day it is ready to re-encounter, one per adjustment due for a test.
    Ics,
}

/// `failfolio schema`.
#[derive(Debug, Args)]
pub(crate) struct SchemaArgs {
    /// The JSON Schema draft: 2020-12, or 7 for tools that only know draft-07.
    #[arg(long, value_parser = ["2020-12", "7"], default_value = "2020-12")]
    pub draft: String,
}

/// `failfolio completions`.
#[derive(Debug, Args)]
pub(crate) struct CompletionsArgs {
    /// The shell.
    #[arg(value_enum)]
    pub shell: clap_complete::Shell,
}

/// `failfolio build`.
#[derive(Debug, Args)]
pub(crate) struct BuildArgs {
    /// The journal folder: the old spelling of `-C DIR`, kept for scripts.
    #[arg(hide = true, value_name = "JOURNAL")]
    pub path: Option<PathBuf>,

    /// The output folder [default: `output_dir` from failfolio.yaml, or JOURNAL/public].
    #[arg(short, long, value_name = "OUT")]
    pub output: Option<PathBuf>,

    /// Also publish incubating, draft and private entries, marked with badges. For a local
    /// full build only: never deploy its output.
    #[arg(long)]
    pub include_private: bool,

    /// Use this base URL instead of `base_url` from failfolio.yaml (for example the URL
    /// GitHub Pages gives the site).
    #[arg(long, value_name = "URL")]
    pub base_url: Option<String>,

    /// Keep running and rebuild on every change (Ctrl-C stops).
    #[arg(short, long)]
    pub watch: bool,
}

/// `failfolio serve`.
#[cfg(feature = "serve")]
#[derive(Debug, Args)]
pub(crate) struct ServeArgs {
    /// The journal folder: the old spelling of `-C DIR`, kept for scripts.
    #[arg(hide = true, value_name = "JOURNAL")]
    pub path: Option<PathBuf>,

    /// The port to listen on.
    #[arg(short, long, default_value_t = 1111)]
    pub port: u16,

    /// The address to listen on. Anything but a loopback address shares the preview, private
    /// entries included, with your network.
    #[arg(short, long, default_value = "127.0.0.1", value_name = "ADDRESS")]
    pub bind: std::net::IpAddr,

    /// Open the site in the default browser.
    #[arg(long)]
    pub open: bool,

    /// Preview only what `failfolio build` publishes (no incubating, draft or private entries).
    #[arg(long)]
    pub public: bool,
}

/// `failfolio check`.
#[derive(Debug, Args)]
pub(crate) struct CheckArgs {
    /// The journal folder: the old spelling of `-C DIR`, kept for scripts.
    #[arg(hide = true, value_name = "JOURNAL")]
    pub path: Option<PathBuf>,

    /// Output format.
    #[arg(long, value_enum, default_value_t = FormatArg::Human)]
    pub format: FormatArg,

    /// Treat findings at this level as errors for the exit status (only `warnings`).
    #[arg(long, value_enum, value_name = "LEVEL")]
    pub deny: Option<Deny>,

    /// Also request every http(s) address linked from entry bodies and warn at the broken
    /// ones (PF013). The only command that uses the network; at most 8 requests at once, one
    /// at a time per host. Answers that were fine are cached for 24 hours in
    /// JOURNAL/.failfolio-cache/ (ignored by git).
    #[arg(long)]
    pub external: bool,

    /// With --external: how long each request may take, in seconds.
    #[arg(long, value_name = "SECONDS", default_value_t = 10, requires = "external",
          value_parser = clap::value_parser!(u64).range(1..=600))]
    pub external_timeout: u64,
}

/// Output formats.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum FormatArg {
    /// rustc-style diagnostics with source snippets.
    Human,
    /// One JSON array of objects.
    Json,
    /// GitHub Actions workflow annotations.
    Github,
    /// One line per finding, `file:line:col: level[code]: message`, for editors and grep.
    Short,
}

/// Levels `--deny` accepts.
#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub(crate) enum Deny {
    /// Fail on warnings as well as errors.
    Warnings,
}

/// `failfolio rules`.
#[derive(Debug, Args)]
pub(crate) struct RulesArgs {}

/// `failfolio explain`.
#[derive(Debug, Args)]
pub(crate) struct ExplainArgs {
    /// A rule's code (PF006) or name (testable-adjustment).
    pub rule: String,
}
