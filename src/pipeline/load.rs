//! The load stage: every entry file read and parsed, in parallel with the
//! compilation of the rules' settings; after the first run, only the
//! entry files that changed, found from the paths file-system events named
//! when they can be trusted, else from every file's size and modification
//! time.

use std::collections::BTreeSet;
use std::ffi::OsStr;
use std::path::{Path, PathBuf};

use foldhash::{HashMap, HashSet};
use rayon::prelude::*;

use crate::check::{KeptFindings, Settings};
use crate::config::{Config, FILE_NAME};
use crate::diagnostic::Diagnostic;
use crate::error::Result;
use crate::journal::walk::{self, Found, Stamp, is_entry_name, is_hidden};
use crate::journal::{ENTRIES_DIR, Journal, entries_dir, load_file};

/// What the load stage changed in the journal.
#[derive(Debug, Default)]
pub(crate) struct Changes {
    /// The slugs of entries added, changed or removed (old and new).
    pub slugs: BTreeSet<String>,
    /// The paths of entry files re-read or gone.
    pub paths: Vec<PathBuf>,
    /// Entry files re-read.
    pub reparsed: usize,
    /// Whether every entry file's metadata was scanned.
    pub rescanned: bool,
    /// Whether the whole journal was read again (its inputs changed).
    pub reloaded: bool,
    /// Whether the walk's problems changed (a file it could not read came
    /// or went), which changes the findings without any entry changing.
    pub problems: bool,
}

impl Changes {
    /// The whole journal, `files` entry files, read again.
    pub(super) fn reloaded(files: usize) -> Changes {
        Changes { reparsed: files, rescanned: true, reloaded: true, ..Changes::default() }
    }

    /// Whether nothing changed.
    pub(super) fn is_nothing(&self) -> bool {
        !self.reloaded && !self.problems && self.paths.is_empty()
    }
}

/// The load stage on its own, as `check` and `status` run it: the journal
/// at `root` (skipping the folders in `skip`) and its rule settings.
pub fn load(root: &Path, skip: &[PathBuf]) -> Result<(Journal, Settings)> {
    load_with(root, Config::load(root)?, skip)
}

/// Reads every entry of `root` under `config` while the rules' settings
/// compile (their phrase lists take a while on one core).
pub(crate) fn load_with(
    root: &Path,
    config: Config,
    skip: &[PathBuf],
) -> Result<(Journal, Settings)> {
    let (settings, journal) = rayon::join(
        || Settings::from_config(&config, &root.join(FILE_NAME), config.source_text.as_deref()),
        || Journal::load_with(root, config.clone(), skip),
    );
    Ok((journal?, settings?))
}

/// Brings `journal` up to date with `entries/`, re-reading the files in
/// `touched` (absolute paths from events) even if their stamps look the
/// same. Forgets the kept findings of every file it re-reads or drops.
pub(crate) fn update(
    journal: &mut Journal,
    root_abs: &Path,
    output_abs: &Path,
    touched: &[PathBuf],
    kept: &mut KeptFindings,
) -> Result<Changes> {
    // When the events name only saved entry files, re-read those. Events
    // can be lost or merged (a file created and deleted inside one window
    // leaves none): the quick path is taken only when the entry files on
    // disk are the ones known, which a listing of names, without a stat
    // each, tells cheaply even at 10,000 files.
    let quick = if journal.links {
        None
    } else {
        quick_scan(journal, root_abs, output_abs, touched)
            .filter(|_| same_entry_files(journal, output_abs))
    };
    let rescanned = quick.is_none();
    let (stale, gone, problems) = match quick {
        Some(stale) => (stale, Vec::new(), None),
        None => {
            let (stale, gone, problems) = rescan(journal, root_abs, output_abs, touched)?;
            (stale, gone, Some(problems))
        }
    };
    let limit = journal.config.limits.max_entry_bytes;
    let reloaded: Vec<_> =
        stale.par_iter().map(|f| load_file(&f.abs, &f.rel, Some(f.stamp), limit)).collect();
    let mut changes = Changes { rescanned, reparsed: reloaded.len(), ..Changes::default() };
    for path in gone {
        if let Some(old) = journal.remove(&path).and_then(|f| f.entry) {
            changes.slugs.insert(old.slug);
        }
        kept.forget(&path);
        changes.paths.push(path);
    }
    for file in reloaded {
        if let Some(old) = journal.file(&file.path).and_then(|f| f.entry.as_ref()) {
            changes.slugs.insert(old.slug.clone());
        }
        if let Some(new) = &file.entry {
            changes.slugs.insert(new.slug.clone());
        }
        kept.forget(&file.path);
        changes.paths.push(file.path.clone());
        journal.upsert(file);
    }
    if let Some(problems) = problems {
        changes.problems = problems != journal.walk_diagnostics;
        journal.walk_diagnostics = problems;
    }
    Ok(changes)
}

/// Every entry file's stamp against the known one: the files to re-read
/// (new, changed, or named by an event), the ones gone, and the walk's
/// problems.
fn rescan(
    journal: &mut Journal,
    root_abs: &Path,
    output_abs: &Path,
    touched: &[PathBuf],
) -> Result<(Vec<Found>, Vec<PathBuf>, Vec<Diagnostic>)> {
    let entries = entries_dir(&journal.root)?;
    let discovery = walk::discover(&journal.root, &entries, &[output_abs.to_path_buf()]);
    journal.links = discovery.links;
    let touched: HashSet<PathBuf> = touched.iter().map(|p| walk::relative(root_abs, p)).collect();
    // Keyed by the paths' bytes: comparing `Path`s component by component
    // is slow across ten thousand files.
    let fresh: HashSet<&OsStr> = discovery.found.iter().map(|f| f.rel.as_os_str()).collect();
    let known: HashMap<&OsStr, Option<Stamp>> =
        journal.files.iter().map(|f| (f.path.as_os_str(), f.stamp)).collect();
    let gone = journal
        .files
        .iter()
        .filter(|f| !fresh.contains(f.path.as_os_str()))
        .map(|f| f.path.clone())
        .collect();
    let stale = discovery
        .found
        .iter()
        .filter(|f| {
            touched.contains(&f.rel)
                || known.get(f.rel.as_os_str()).is_none_or(|old| *old != Some(f.stamp))
        })
        .cloned()
        .collect();
    Ok((stale, gone, discovery.problems))
}

/// Whether the entry files under `entries/` are exactly the files the
/// journal knows.
fn same_entry_files(journal: &Journal, output_abs: &Path) -> bool {
    let Ok(entries) = entries_dir(&journal.root) else { return false };
    let known: HashSet<&OsStr> = journal.files.iter().map(|f| f.path.as_os_str()).collect();
    walk::same_files(&journal.root, &entries, &[output_abs.to_path_buf()], &known)
}

/// The entry files to re-read, from the paths of file-system events alone,
/// when they name only entry files that exist (not folders, links, files
/// gone or anything else) and that the last full scan had nothing to say
/// about. `None`: rescan everything.
fn quick_scan(
    journal: &Journal,
    root_abs: &Path,
    output_abs: &Path,
    touched: &[PathBuf],
) -> Option<Vec<Found>> {
    if touched.is_empty() {
        return None;
    }
    let entries_abs = root_abs.join(ENTRIES_DIR);
    let mut stale = Vec::new();
    for abs in touched {
        if abs.starts_with(output_abs) {
            continue;
        }
        let inside = abs.strip_prefix(&entries_abs).ok()?;
        if inside.components().any(|c| is_hidden(&c.as_os_str().to_string_lossy())) {
            continue; // never read: an editor's temporary file, say
        }
        if !is_entry_name(&abs.file_name()?.to_string_lossy()) {
            return None;
        }
        let rel = walk::relative(root_abs, abs);
        if journal.walk_diagnostics.iter().any(|d| d.file == rel) {
            return None;
        }
        match std::fs::symlink_metadata(abs) {
            Ok(meta) if meta.file_type().is_file() => {
                stale.push(Found { abs: journal.root.join(&rel), rel, stamp: Stamp::of(&meta) })
            }
            // Gone: deleted, or renamed — and the new name may have come
            // without an event of its own.
            _ => return None,
        }
    }
    Some(stale)
}
