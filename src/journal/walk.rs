//! Finding entry files: the entries folder, walked in a stable order.
//!
//! Symlinks are followed only while they stay inside the journal; loops,
//! links out of the journal, folders named like entries and special files
//! become diagnostics rather than hangs or silent skips.

use std::fs::Metadata;
use std::path::{Path, PathBuf};
use std::time::SystemTime;

use rayon::prelude::*;
use walkdir::WalkDir;

use crate::diagnostic::{Diagnostic, Level, malformed};

/// A file that looks like an entry, found under the entries folder.
#[derive(Debug, Clone)]
pub struct Found {
    /// The path on disk.
    pub abs: PathBuf,
    /// The path relative to the journal root, `/`-separated.
    pub rel: PathBuf,
    /// Size and modification time, to notice changes cheaply.
    pub stamp: Stamp,
}

/// What changes when a file is edited: its size and modification time,
/// and, where there is one, its inode number (a file deleted and written
/// again inside one tick of the file system's clock, at the same size, is
/// usually a new inode).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub struct Stamp {
    /// Size in bytes.
    pub len: u64,
    /// Modification time, when the platform reports one.
    pub modified: Option<SystemTime>,
    /// The inode number on Unix, else 0.
    pub inode: u64,
}

impl Stamp {
    /// The stamp of `meta`.
    pub fn of(meta: &Metadata) -> Stamp {
        #[cfg(unix)]
        let inode = std::os::unix::fs::MetadataExt::ino(meta);
        #[cfg(not(unix))]
        let inode = 0;
        Stamp { len: meta.len(), modified: meta.modified().ok(), inode }
    }
}

/// Whether a file name is an entry (`.md` or `.markdown`, any case).
pub fn is_entry_name(name: &str) -> bool {
    let lower = name.to_ascii_lowercase();
    (lower.ends_with(".md") || lower.ends_with(".markdown")) && !name.starts_with('.')
}

/// The order the walk visits a directory's entries in: by file name.
/// Siblings share their parent's path, so comparing whole paths orders
/// them as their names do, without parsing each path for its last
/// component (which `sort_by_file_name` does at every comparison: 2 % of
/// `check` at 10,000 entries in one folder).
pub fn walk_order(a: &walkdir::DirEntry, b: &walkdir::DirEntry) -> std::cmp::Ordering {
    a.path().as_os_str().cmp(b.path().as_os_str())
}

/// Whether a file or folder name is hidden (and so never read).
pub fn is_hidden(name: &str) -> bool {
    name.starts_with('.')
}

/// What [`discover`] found.
#[derive(Debug, Clone, Default)]
pub struct Discovery {
    /// The entry files, in path order.
    pub found: Vec<Found>,
    /// A diagnostic for each thing that could not be walked.
    pub problems: Vec<Diagnostic>,
    /// Whether the walk went through a symlink: then a file can change
    /// under another name than the one it was found by.
    pub links: bool,
}

/// What [`list`] found: the entry files, not yet looked at.
#[derive(Debug, Clone, Default)]
pub struct Listing {
    /// The entry files' paths on disk, in path order.
    pub files: Vec<PathBuf>,
    /// A diagnostic for each thing that could not be walked.
    pub problems: Vec<Diagnostic>,
    /// Whether the walk went through a symlink.
    pub links: bool,
}

/// Walks `entries` (inside `root`) and stats every entry file found, for
/// its [`Stamp`]. See [`list`].
pub fn discover(root: &Path, entries: &Path, skip: &[PathBuf]) -> Discovery {
    let Listing { files, mut problems, links } = list(root, entries, skip);
    // Stat the files in parallel: on a large journal this is most of the
    // walk, and watch mode repeats it after every save.
    let stamped: Vec<(PathBuf, std::io::Result<Stamp>)> = files
        .into_par_iter()
        .map(|abs| {
            let stamp = std::fs::metadata(&abs).map(|m| Stamp::of(&m));
            (abs, stamp)
        })
        .collect();
    let mut found = Vec::with_capacity(stamped.len());
    for (abs, stamp) in stamped {
        match stamp {
            Ok(stamp) => found.push(Found { rel: relative(root, &abs), abs, stamp }),
            Err(e) => problems.push(malformed(
                Level::Error,
                relative(root, &abs),
                format!("cannot read: {e}"),
            )),
        }
    }
    Discovery { found, problems, links }
}

/// Walks `entries` (inside `root`), skipping hidden names and `skip` (the
/// output folder, should it sit inside the entries).
pub fn list(root: &Path, entries: &Path, skip: &[PathBuf]) -> Listing {
    let mut links = false;
    let mut candidates = Vec::new();
    let mut problems = Vec::new();
    let canonical_root = root.canonicalize().unwrap_or_else(|_| root.to_path_buf());
    let canonical_entries = entries.canonicalize().unwrap_or_else(|_| entries.to_path_buf());
    let rel = |p: &Path| relative(root, p);
    let mut walker = WalkDir::new(entries).follow_links(true).sort_by(walk_order).into_iter();
    while let Some(item) = walker.next() {
        let item = match item {
            Ok(item) => item,
            Err(e) => {
                let path = e.path().map(rel).unwrap_or_else(|| rel(entries));
                let message = if e.loop_ancestor().is_some() {
                    "symlink loop: this folder links back to one of its own parents".to_string()
                } else {
                    format!(
                        "cannot read: {}",
                        e.io_error().map_or(e.to_string(), |io| io.to_string())
                    )
                };
                problems.push(
                    malformed(Level::Error, path, message)
                        .help("remove the link or fix the permissions; failfolio reads every file under `entries/`"),
                );
                continue;
            }
        };
        let name = item.file_name().to_string_lossy();
        if item.depth() > 0 && is_hidden(&name) {
            if item.file_type().is_dir() {
                walker.skip_current_dir();
            }
            continue;
        }
        if skip.iter().any(|s| item.path() == s) {
            walker.skip_current_dir();
            continue;
        }
        if item.path_is_symlink() {
            links = true;
            let target = item.path().canonicalize().ok();
            let inside = target.as_ref().is_some_and(|t| t.starts_with(&canonical_root));
            // walkdir only sees a loop once a folder is its own ancestor; a
            // link back to the journal would first walk every entry twice.
            let revisits = item.file_type().is_dir()
                && target.as_ref().is_some_and(|t| {
                    t.starts_with(&canonical_entries) || canonical_entries.starts_with(t)
                });
            if revisits {
                problems.push(
                    malformed(
                        Level::Error,
                        rel(item.path()),
                        "symlink loop: this folder links back into the journal's entries",
                    )
                    .help("remove the link; every entry is already read through `entries/`"),
                );
                walker.skip_current_dir();
                continue;
            }
            if !inside {
                problems.push(
                    malformed(
                        Level::Error,
                        rel(item.path()),
                        "symlink points outside the journal; it was not read",
                    )
                    .help("copy the file into the journal, or remove the link"),
                );
                if item.file_type().is_dir() {
                    walker.skip_current_dir();
                }
                continue;
            }
        }
        let file_type = item.file_type();
        if file_type.is_dir() {
            if item.depth() > 0 && is_entry_name(&name) {
                problems.push(
                    malformed(
                        Level::Warning,
                        rel(item.path()),
                        "this is a folder with an entry's name; only files are entries",
                    )
                    .help("rename the folder; the files inside it are read as usual"),
                );
            }
            continue;
        }
        if !is_entry_name(&name) {
            continue;
        }
        if !file_type.is_file() {
            problems.push(
                malformed(
                    Level::Error,
                    rel(item.path()),
                    "not a regular file (a pipe, socket or device); it was not read",
                )
                .help("entries must be plain text files"),
            );
            continue;
        }
        candidates.push(item.into_path());
    }
    Listing { files: candidates, problems, links }
}

/// Whether the entry files under `entries` (inside `root`) are exactly
/// `known` (paths relative to `root`), as far as a plain listing tells:
/// one `read_dir` per folder and no `stat`, cheap even at ten thousand
/// files. Anything [`list`] would look at more closely (a symlink, a
/// special file, an unreadable folder) answers `false`, and the caller
/// walks the slow way.
pub fn same_files(
    root: &Path,
    entries: &Path,
    skip: &[PathBuf],
    known: &foldhash::HashSet<&std::ffi::OsStr>,
) -> bool {
    let mut seen = 0;
    let mut folders = vec![entries.to_path_buf()];
    while let Some(folder) = folders.pop() {
        let Ok(items) = std::fs::read_dir(&folder) else { return false };
        for item in items {
            let Ok(item) = item else { return false };
            let name = item.file_name();
            let name = name.to_string_lossy();
            if is_hidden(&name) {
                continue;
            }
            let Ok(file_type) = item.file_type() else { return false };
            let path = item.path();
            if file_type.is_dir() {
                if is_entry_name(&name) {
                    return false; // reported by `list`
                }
                if !skip.contains(&path) {
                    folders.push(path);
                }
            } else if is_entry_name(&name) {
                if !file_type.is_file() {
                    return false;
                }
                seen += 1;
                if !known.contains(relative(root, &path).as_os_str()) {
                    return false;
                }
            }
        }
    }
    seen == known.len()
}

/// `path` relative to `root` with `/` separators (or `path` itself when it
/// is not under `root`).
pub fn relative(root: &Path, path: &Path) -> PathBuf {
    let rel = path.strip_prefix(root).unwrap_or(path);
    let joined: Vec<_> = rel.components().map(|c| c.as_os_str().to_string_lossy()).collect();
    PathBuf::from(joined.join("/"))
}

#[cfg(test)]
mod order_tests {
    use super::*;

    #[test]
    fn entries_are_listed_in_file_name_order_folder_by_folder() {
        let dir = tempfile::tempdir().unwrap_or_else(|e| panic!("{e}"));
        let root = dir.path();
        let entries = root.join("entries");
        for name in ["b.md", "a-b.md", "a.md", "2025/z.md", "2025/a.md", "B.md", "a0.md"] {
            let path = entries.join(name);
            std::fs::create_dir_all(path.parent().unwrap_or(&entries))
                .unwrap_or_else(|e| panic!("{e}"));
            std::fs::write(&path, "x").unwrap_or_else(|e| panic!("{e}"));
        }
        let listing = list(root, &entries, &[]);
        let names: Vec<String> = listing
            .files
            .iter()
            .map(|p| p.strip_prefix(&entries).unwrap_or(p).to_string_lossy().into_owned())
            .collect();
        assert_eq!(names, ["2025/a.md", "2025/z.md", "B.md", "a-b.md", "a.md", "a0.md", "b.md"]);
    }
}
