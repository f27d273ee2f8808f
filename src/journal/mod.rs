//! Loading a journal: the configuration, then every entry file under
//! `entries/`, read and parsed in parallel.
//!
//! Loading never fails because of one bad entry: each file becomes either an
//! [`Entry`] or diagnostics, so that one run reports every problem. It fails
//! only when the journal itself cannot be used (no `entries/` folder, an
//! unreadable or invalid `failfolio.yaml`).

pub mod discover;
pub mod front_matter;
pub mod parse;
pub mod walk;

use std::io::Read;
use std::path::{Path, PathBuf};

use rayon::prelude::*;

pub use walk::Stamp;

use crate::config::Config;
use crate::diagnostic::{Diagnostic, Level, malformed};
use crate::entry::Entry;
use crate::error::{Error, Result};

/// The folder under the journal root that holds entries.
pub const ENTRIES_DIR: &str = "entries";

/// One file under `entries/` and what became of it.
#[derive(Debug, Clone)]
pub struct JournalFile {
    /// Path relative to the journal root, `/`-separated.
    pub path: PathBuf,
    /// Size and modification time when it was read.
    pub stamp: Option<Stamp>,
    /// The entry, when it could be read and parsed.
    pub entry: Option<Entry>,
    /// The file's text when it could be read but not parsed (for snippets).
    pub unparsed_source: Option<String>,
    /// Problems with the file itself (PF000).
    pub diagnostics: Vec<Diagnostic>,
}

impl JournalFile {
    /// The file's text, if it could be read.
    pub fn source(&self) -> Option<&str> {
        self.entry.as_ref().map(|e| e.source.as_str()).or(self.unparsed_source.as_deref())
    }
}

/// A loaded journal: configuration plus every entry file, in path order.
#[derive(Debug, Clone)]
pub struct Journal {
    /// The journal's root folder.
    pub root: PathBuf,
    /// `failfolio.yaml`, or the defaults.
    pub config: Config,
    /// Every entry file, sorted by path.
    pub files: Vec<JournalFile>,
    /// Problems found while walking that belong to no single entry file
    /// (symlink loops, folders named like entries, special files).
    pub walk_diagnostics: Vec<Diagnostic>,
    /// Whether the walk of `entries/` went through a symlink (then a
    /// file-system event may name another path than the entry's).
    pub links: bool,
}

/// The `entries/` folder of the journal at `root`, or why `root` is not a
/// journal.
pub fn entries_dir(root: &Path) -> Result<PathBuf> {
    let entries = root.join(ENTRIES_DIR);
    match std::fs::metadata(&entries) {
        Ok(meta) if meta.is_dir() => Ok(entries),
        Ok(_) => Err(Error::NotAJournal {
            path: root.to_path_buf(),
            reason: "`entries` is a file, not a folder".into(),
        }),
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => Err(Error::NotAJournal {
            path: root.to_path_buf(),
            reason: format!(
                "it has no `entries/` folder (run `failfolio init {}` to start one)",
                root.display()
            ),
        }),
        Err(e) => Err(Error::io("read", entries, e)),
    }
}

impl Journal {
    /// Loads the journal at `root`. `skip` lists folders never to read (the
    /// output folder, should it sit under `entries/`).
    pub fn load(root: &Path, skip: &[PathBuf]) -> Result<Journal> {
        let config = Config::load(root)?;
        Journal::load_with(root, config, skip)
    }

    /// Loads the entries of the journal at `root` with a given configuration.
    pub fn load_with(root: &Path, config: Config, skip: &[PathBuf]) -> Result<Journal> {
        let entries = entries_dir(root)?;
        // Listed, not stat'ed: each file's stamp comes from the open file.
        let walk::Listing { files, problems: walk_diagnostics, links } =
            walk::list(root, &entries, skip);
        let limit = config.limits.max_entry_bytes;
        let files = files
            .par_iter()
            .map(|abs| load_file(abs, &walk::relative(root, abs), None, limit))
            .collect();
        Ok(Journal { root: root.to_path_buf(), config, files, walk_diagnostics, links })
    }

    /// A journal with no files yet, for watch mode to fill.
    pub fn empty(root: &Path, config: Config) -> Journal {
        Journal {
            root: root.to_path_buf(),
            config,
            files: Vec::new(),
            walk_diagnostics: Vec::new(),
            links: false,
        }
    }

    /// Inserts or replaces the file at `file.path`, keeping path order.
    pub fn upsert(&mut self, file: JournalFile) {
        match self.files.binary_search_by(|f| f.path.cmp(&file.path)) {
            Ok(i) => self.files[i] = file,
            Err(i) => self.files.insert(i, file),
        }
    }

    /// Removes the file at `path`, returning it.
    pub fn remove(&mut self, path: &Path) -> Option<JournalFile> {
        let i = self.files.binary_search_by(|f| f.path.as_path().cmp(path)).ok()?;
        Some(self.files.remove(i))
    }

    /// The file at `path`.
    pub fn file(&self, path: &Path) -> Option<&JournalFile> {
        self.files.binary_search_by(|f| f.path.as_path().cmp(path)).ok().map(|i| &self.files[i])
    }

    /// The successfully parsed entries, in path order.
    pub fn entries(&self) -> impl Iterator<Item = &Entry> {
        self.files.iter().filter_map(|f| f.entry.as_ref())
    }

    /// The text of the file at `path` (relative), for diagnostic snippets.
    pub fn source(&self, path: &Path) -> Option<&str> {
        self.files
            .binary_search_by(|f| f.path.as_path().cmp(path))
            .ok()
            .and_then(|i| self.files[i].source())
    }

    /// [`Journal::source`] for many look-ups, as when rendering thousands
    /// of diagnostics: a hash map, where each binary search compares paths
    /// (slowly) a dozen times.
    pub fn sources<'a>(&'a self) -> impl Fn(&Path) -> Option<&'a str> + Sync + 'a {
        let map: foldhash::HashMap<&Path, &str> =
            self.files.iter().filter_map(|f| Some((f.path.as_path(), f.source()?))).collect();
        move |path| map.get(path).copied()
    }
}

/// Reads and parses one entry file, turning every failure into diagnostics.
/// The file records the stamp of the file as opened; `stamp` (from an
/// earlier stat) stands in when it cannot be opened.
pub fn load_file(abs: &Path, rel: &Path, stamp: Option<Stamp>, limit: u64) -> JournalFile {
    let mut file = JournalFile {
        path: rel.to_path_buf(),
        stamp,
        entry: None,
        unparsed_source: None,
        diagnostics: Vec::new(),
    };
    let bytes = match read_limited(abs, limit, &mut file.stamp) {
        Ok(Some(bytes)) => bytes,
        Ok(None) => {
            file.diagnostics.push(
                malformed(
                    Level::Error,
                    rel,
                    format!("entry is larger than the limit of {limit} bytes; it was not read"),
                )
                .help("split it into several entries, or raise `limits.max_entry_bytes` in failfolio.yaml"),
            );
            return file;
        }
        Err(e) => {
            file.diagnostics.push(
                malformed(Level::Error, rel, format!("cannot read the file: {e}"))
                    .help("check that the file exists and that you may read it"),
            );
            return file;
        }
    };
    let source = match parse::decode(rel, bytes) {
        Ok(source) => source,
        Err(d) => {
            file.diagnostics.push(*d);
            return file;
        }
    };
    let parsed = parse::parse(rel, source);
    file.diagnostics = parsed.diagnostics;
    file.entry = parsed.entry;
    file.unparsed_source = parsed.unparsed_source;
    file
}

/// Reads at most `limit` bytes; `None` when the file is larger.
fn read_limited(
    path: &Path,
    limit: u64,
    stamp: &mut Option<Stamp>,
) -> std::io::Result<Option<Vec<u8>>> {
    let file = std::fs::File::open(path)?;
    let meta = file.metadata()?;
    *stamp = Some(Stamp::of(&meta));
    let len = meta.len();
    if len > limit {
        return Ok(None);
    }
    let mut bytes = Vec::with_capacity(len as usize);
    file.take(limit + 1).read_to_end(&mut bytes)?;
    if bytes.len() as u64 > limit {
        return Ok(None);
    }
    Ok(Some(bytes))
}
