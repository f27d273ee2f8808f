//! Watch mode: rebuild on every change.
//!
//! - [`classify()`] says what a changed path is (and ignores the output,
//!   hidden files and editor temp files);
//! - [`watch`] runs the file-system watcher and calls back after each
//!   batch of relevant events (those that arrive within [`DEBOUNCE`] of
//!   the first);
//! - [`watch_pipeline`] runs a [`Pipeline`] under it. When the events name
//!   only entry files, the pipeline re-reads those; when they name a
//!   folder (whose new files may have no events of their own), anything
//!   else, or say that events were lost, it rescans the metadata of every
//!   file and trusts that.
//!
//! Events are lost in ordinary use, not only when a queue overflows: files
//! written into a folder before its watch is in place (a checkout making
//! `templates/` again) have none, and a folder deleted and made again can
//! lose its new watch to the old folder's late removal event. So once a
//! burst of changes has settled ([`SETTLE`]), the watcher adds every watch
//! again (which never leaves a gap) and has everything rescanned; when
//! nothing was missed, that run changes nothing and says nothing.
//!
//! The batches are made here from `notify`'s own events, not by a
//! debouncer that merges them: a merging debouncer reads an editor's swap
//! file renamed over an entry as a new file, and a delete that follows as
//! its undoing, so that nothing at all says the entry has gone. Here every
//! path any event names is passed on, and the pipeline looks at each.

pub mod classify;

use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::{Duration, Instant};

use notify::event::{AccessKind, AccessMode};
use notify::{Event, EventKind, RecommendedWatcher, RecursiveMode, Watcher};

pub use classify::{Change, classify};

use crate::error::{Error, Result};
use crate::pipeline::{Pipeline, Run};

/// How long after the first event of a batch the watcher calls back (the
/// events of one save, or of a checkout, arrive within it).
pub const DEBOUNCE: Duration = Duration::from_millis(25);

/// How long after the last change the watcher looks at everything again.
pub const SETTLE: Duration = Duration::from_millis(300);

/// Watches the journal at `root` (building into `output`) and calls
/// `on_change` once with no paths as soon as the watches are in place (for
/// the first build: nothing saved after it is missed), then with the
/// relevant changed paths after each batch, and with the
/// `entries/` folder (rescan everything) once each burst of batches has
/// settled, until `on_change` returns `false`, `stop` receives a message or
/// its sender is gone.
pub fn watch(
    root: &Path,
    output: &Path,
    stop: &mpsc::Receiver<()>,
    mut on_change: impl FnMut(&[PathBuf]) -> bool,
) -> Result<()> {
    let root = crate::output::absolute(root)?;
    let output = crate::output::absolute(output)?;
    let (tx, rx) = mpsc::channel::<notify::Result<Event>>();
    let mut watcher = notify::recommended_watcher(tx)
        .map_err(|source| Error::Watch { path: root.clone(), source })?;
    // Watch folders, not files: an atomic save replaces the file.
    // The journal root non-recursively (failfolio.yaml, new folders), the
    // input folders recursively; never the output.
    let watch_dir = |watcher: &mut RecommendedWatcher, dir: &Path, mode| {
        watcher.watch(dir, mode).map_err(|source| Error::Watch { path: dir.to_path_buf(), source })
    };
    watch_dir(&mut watcher, &root, RecursiveMode::NonRecursive)?;
    // Each watched input folder with the identity (device, inode) it had
    // when watched: a folder deleted and made again (a checkout) is a new
    // folder, whose old watch went with the old one.
    let mut watched: Vec<(PathBuf, Option<(u64, u64)>)> = Vec::new();
    // `touched`: the paths of a batch. An event about the folder itself
    // (seen through the root's watch) means it may have been made again,
    // even when the new folder got the old one's inode number back, as
    // file systems often give it. `again`: add every watch again (without
    // removing it first, so no event falls into a gap).
    let mut refresh =
        |watcher: &mut RecommendedWatcher, touched: &[PathBuf], again: bool| -> Result<()> {
            for dir in ["entries", "templates", "static", "themes", crate::i18n::DIR] {
                let path = root.join(dir);
                let now = folder_identity(&path);
                let known = watched.iter().position(|(p, _)| *p == path);
                let remade = touched.contains(&path);
                match (known, now) {
                    (Some(i), Some(id)) if watched[i].1 == Some(id) && !remade => {
                        if again {
                            watch_dir(watcher, &path, RecursiveMode::Recursive)?;
                        }
                    }
                    (Some(i), _) => {
                        // Gone or replaced: forget the old watch (it may already
                        // be gone with its folder).
                        let _ = watcher.unwatch(&path);
                        watched.remove(i);
                        if now.is_some() {
                            watch_dir(watcher, &path, RecursiveMode::Recursive)?;
                            watched.push((path, now));
                        }
                    }
                    (None, Some(_)) => {
                        watch_dir(watcher, &path, RecursiveMode::Recursive)?;
                        watched.push((path, now));
                    }
                    (None, None) => {}
                }
            }
            Ok(())
        };
    refresh(&mut watcher, &[], false)?;
    if !on_change(&[]) {
        return Ok(());
    }
    // Naming the entries folder rescans everything.
    let rescan = root.join(crate::journal::ENTRIES_DIR);
    // The relevant paths of the batch under way, and when it is due.
    let mut batch: Vec<PathBuf> = Vec::new();
    let mut due: Option<Instant> = None;
    // When to look at everything again, after the last batch.
    let mut settle: Option<Instant> = None;
    loop {
        // A message, or no sender left to send one: stop.
        if !matches!(stop.try_recv(), Err(mpsc::TryRecvError::Empty)) {
            return Ok(());
        }
        let next = due.or(settle);
        let wait = next.map_or(Duration::from_millis(100), |at| {
            at.saturating_duration_since(Instant::now()).min(Duration::from_millis(100))
        });
        match rx.recv_timeout(wait) {
            Ok(event) => {
                // Errors and rescan flags (a watch queue that overflowed,
                // say) mean events were lost.
                let paths = match event {
                    Ok(event) => {
                        let lost = event.need_rescan().then(|| rescan.clone());
                        let changed = if is_change(&event.kind) { event.paths } else { Vec::new() };
                        lost.into_iter().chain(changed).collect()
                    }
                    Err(_) => vec![rescan.clone()],
                };
                batch.extend(
                    paths.into_iter().filter(|p| classify(&root, &output, p) != Change::Ignored),
                );
                if !batch.is_empty() && due.is_none() {
                    due = Some(Instant::now() + DEBOUNCE);
                }
            }
            Err(mpsc::RecvTimeoutError::Timeout) => {}
            Err(mpsc::RecvTimeoutError::Disconnected) => return Ok(()),
        }
        let now = Instant::now();
        if due.is_some_and(|at| at <= now) {
            due = None;
            let mut relevant = std::mem::take(&mut batch);
            relevant.sort();
            relevant.dedup();
            // A new input folder (`templates/` made after the start), or
            // one made again, is watched from now on; a removed one is
            // forgotten.
            refresh(&mut watcher, &relevant, false)?;
            if !on_change(&relevant) {
                return Ok(());
            }
            settle = Some(Instant::now() + SETTLE);
        } else if due.is_none() && settle.is_some_and(|at| at <= now) {
            settle = None;
            refresh(&mut watcher, &[], true)?;
            if !on_change(std::slice::from_ref(&rescan)) {
                return Ok(());
            }
        }
    }
}

/// The device and inode of folder `path`, if it is one.
fn folder_identity(path: &Path) -> Option<(u64, u64)> {
    let meta = std::fs::metadata(path).ok().filter(std::fs::Metadata::is_dir)?;
    #[cfg(unix)]
    {
        use std::os::unix::fs::MetadataExt;
        Some((meta.dev(), meta.ino()))
    }
    #[cfg(not(unix))]
    {
        let _ = meta;
        Some((0, 0))
    }
}

/// Whether an event can mean new content. Opening and reading files (the
/// build itself does) cannot; closing a file written to can.
fn is_change(kind: &EventKind) -> bool {
    match kind {
        EventKind::Access(AccessKind::Close(AccessMode::Write)) => true,
        EventKind::Access(_) => false,
        _ => true,
    }
}

/// Runs `pipeline` under [`watch`]: a first build, then a run after every
/// change, each handed to `report`, until `stop` receives a message. A
/// run that fails (a broken template, say) is reported and the watching
/// goes on.
pub fn watch_pipeline(
    pipeline: &mut Pipeline,
    stop: &mpsc::Receiver<()>,
    mut report: impl FnMut(&Pipeline, &Result<Run>),
) -> Result<()> {
    let root = pipeline.root().to_path_buf();
    let output = pipeline.output().to_path_buf();
    watch(&root, &output, stop, |paths| {
        let result = pipeline.run(paths);
        report(pipeline, &result);
        true
    })
}
