//! Finding the journal a path belongs to, as cargo finds `Cargo.toml`.

use std::path::{Path, PathBuf};

use crate::error::{Error, Result};

/// Whether `dir` is the root of a journal: it holds `failfolio.yaml` or
/// an `entries/` folder.
pub fn is_root(dir: &Path) -> bool {
    dir.join(crate::config::FILE_NAME).is_file() || dir.join("entries").is_dir()
}

/// The journal `start` is in: `start` itself or the nearest folder above
/// it that [is a journal root](is_root). `start` may be a file. `None`
/// when no folder up to the file system's root is one.
pub fn find_root(start: &Path) -> Option<PathBuf> {
    let start = if start.is_file() { start.parent()? } else { start };
    start.ancestors().find(|dir| is_root(dir)).map(Path::to_path_buf)
}

/// The journal a command runs on, from the folder it starts in (the
/// current one, or the one named with `-C`): `start` itself when it is a
/// journal root, else the nearest journal above it, found by
/// [`find_root`]. Errors say that `start` does not exist, or that no
/// journal holds it and how to start one.
pub fn locate(start: &Path) -> Result<PathBuf> {
    match std::fs::metadata(start) {
        Ok(_) => {}
        Err(e) if e.kind() == std::io::ErrorKind::NotFound => {
            return Err(Error::Missing { path: start.to_path_buf() });
        }
        Err(e) => return Err(Error::io("read", start, e)),
    }
    if is_root(start) {
        return Ok(start.to_path_buf());
    }
    // Walk up from the real path: `.` and `..` have no useful ancestors.
    let real = std::fs::canonicalize(start).map_err(|e| Error::io("read", start, e))?;
    find_root(&real).ok_or_else(|| Error::NotAJournal {
        path: start.to_path_buf(),
        reason: "neither it nor any folder above it has `failfolio.yaml` or `entries/`; \
                 run `failfolio init` to start a journal here, or name one with `-C DIR`"
            .into(),
    })
}

/// The journal that a journal created at `dir` would be nested in: the
/// nearest journal root strictly above `dir` (which may not exist yet).
pub fn enclosing(dir: &Path) -> Option<PathBuf> {
    let abs = std::path::absolute(dir).ok()?;
    let parent = abs.parent()?;
    // The nearest folder that exists, made real (no `..`, no symlinks).
    let existing = parent.ancestors().find(|a| a.is_dir())?;
    find_root(&std::fs::canonicalize(existing).ok()?)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn found_from_any_folder_or_file_inside() {
        let dir = tempfile::tempdir().unwrap();
        let root = dir.path().join("journal");
        std::fs::create_dir_all(root.join("entries/2026")).unwrap();
        std::fs::write(root.join("entries/2026/a.md"), "").unwrap();
        assert_eq!(find_root(&root), Some(root.clone()));
        assert_eq!(find_root(&root.join("entries/2026")), Some(root.clone()));
        assert_eq!(find_root(&root.join("entries/2026/a.md")), Some(root.clone()));
        assert_eq!(find_root(dir.path()), None);
    }
}
