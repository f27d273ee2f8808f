//! The library's error type: operational failures that stop a command
//! (unreadable folders, a broken configuration, a template that does not
//! compile, an unsafe output folder). Problems *in entries* are not errors
//! but [`Diagnostic`](crate::Diagnostic)s, so that every one is reported.

use std::fmt;
use std::io;
use std::path::PathBuf;

/// A failure that stops a command. The CLI exits with status 2 for these.
#[derive(Debug, thiserror::Error)]
#[non_exhaustive]
pub enum Error {
    /// A file or folder could not be read or written.
    #[error("failed to {action} `{}`: {source}", path.display())]
    Io {
        /// What was being done, e.g. "read", "create folder".
        action: &'static str,
        /// The path involved.
        path: PathBuf,
        /// The underlying error.
        source: io::Error,
    },
    /// The journal folder does not look like a journal.
    #[error("`{}` is not a failfolio journal: {reason}", path.display())]
    NotAJournal {
        /// The folder given.
        path: PathBuf,
        /// What is missing.
        reason: String,
    },
    /// The folder given for the journal does not exist.
    #[error(
        "`{}` does not exist; name the journal's folder (or any folder inside it) with `-C DIR`, or run `failfolio init {}` to start one there",
        path.display(), path.display()
    )]
    Missing {
        /// The path given.
        path: PathBuf,
    },
    /// `failfolio.yaml` is invalid.
    #[error("{}", ConfigDisplay(self))]
    Config {
        /// The configuration file.
        path: PathBuf,
        /// 1-based line and column, when known.
        position: Option<(usize, usize)>,
        /// What is wrong.
        message: String,
        /// What to do about it.
        help: Option<String>,
    },
    /// The output folder would put the journal or other files at risk.
    #[error("refusing to use `{}` as the output folder: {reason}", path.display())]
    UnsafeOutput {
        /// The output folder.
        path: PathBuf,
        /// Why it is unsafe.
        reason: String,
    },
    /// A template failed to compile or render.
    #[error("template `{name}` failed: {message}")]
    Template {
        /// The template's name, e.g. `entry.html`.
        name: String,
        /// Tera's report.
        message: String,
    },
    /// The build was stopped by findings at error level.
    #[error("{errors} error(s) in publishable entries; nothing was written")]
    Findings {
        /// How many errors.
        errors: usize,
    },
    /// A watch-mode write failed after some pages were already replaced:
    /// the site is a mix of old and new pages until the next rebuild.
    #[error(
        "{source}; {renamed} page(s) in `{}` were already updated, so the site mixes old and new pages until the next successful rebuild (save again, or run `failfolio build`)",
        out.display()
    )]
    PartlyWritten {
        /// The output folder.
        out: PathBuf,
        /// How many files had been replaced.
        renamed: usize,
        /// What failed.
        #[source]
        source: Box<Error>,
    },
    /// `init` was given a place it may not start a journal in.
    #[error("cannot start a journal in `{}`: {reason}", path.display())]
    CannotInit {
        /// The folder given.
        path: PathBuf,
        /// Why, and what to do.
        reason: String,
    },
    /// A new entry's title cannot become a file name.
    #[error("the title `{title}` {reason}; give it a few words that say what failed")]
    BadTitle {
        /// The title given.
        title: String,
        /// What is wrong with it.
        reason: String,
    },
    /// A new entry would replace a file that exists.
    #[error(
        "refusing to overwrite `{}`; it already exists — edit it, or choose another title or `--date`",
        path.display()
    )]
    WouldOverwrite {
        /// The entry file, relative to the journal.
        path: PathBuf,
    },
    /// A template or static file is a symlink that would publish what
    /// must not be published.
    #[error(
        "`{}` is a symlink that {problem}; it would be published with the site. Copy what you want to publish into the folder, or remove the link",
        path.display()
    )]
    UnsafeLink {
        /// The link, relative to the journal.
        path: PathBuf,
        /// Where it points.
        problem: &'static str,
    },
    /// A static file has the path of a generated page.
    #[error("the static file `{path}` would replace a generated page; rename or remove it")]
    StaticCollision {
        /// Its path in the output.
        path: String,
    },
    /// A folder could not be watched for changes.
    #[error("cannot watch `{}`: {source}", path.display())]
    Watch {
        /// The folder.
        path: PathBuf,
        /// The watcher's error.
        #[source]
        source: notify::Error,
    },
    /// The preview server cannot listen on its address.
    #[error("cannot listen on {addr}: {reason}")]
    Listen {
        /// The address asked for.
        addr: std::net::SocketAddr,
        /// What went wrong, and what to do.
        reason: String,
        /// The system's error.
        #[source]
        source: io::Error,
    },
    /// The language server could not talk to the editor.
    #[error(
        "the language server could not talk to the editor: {0} (is `failfolio lsp` started by an editor's LSP client, over stdio?)"
    )]
    Lsp(String),
    /// The preview server or its watcher could not go on.
    #[error("the preview server failed to {action}: {source}")]
    Serve {
        /// What it was doing ("start", "serve", "watch").
        action: &'static str,
        /// The system's error.
        #[source]
        source: io::Error,
    },
}

struct ConfigDisplay<'a>(&'a Error);

impl fmt::Display for ConfigDisplay<'_> {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        let Error::Config { path, position, message, help } = self.0 else {
            return Ok(());
        };
        write!(f, "invalid configuration in `{}`", path.display())?;
        if let Some((line, column)) = position {
            write!(f, " at line {line}, column {column}")?;
        }
        write!(f, ": {message}")?;
        if let Some(help) = help {
            write!(f, "\nhelp: {help}")?;
        }
        Ok(())
    }
}

impl Error {
    /// An I/O error with the path and action it concerns.
    pub fn io(action: &'static str, path: impl Into<PathBuf>, source: io::Error) -> Error {
        Error::Io { action, path: path.into(), source }
    }
}

/// The library's result type.
pub type Result<T, E = Error> = std::result::Result<T, E>;
