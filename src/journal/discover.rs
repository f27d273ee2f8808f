//! Finding the journal a path belongs to, as cargo finds `Cargo.toml`.

use std::path::{Path, PathBuf};

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
