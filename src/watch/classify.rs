//! Which kind of change a changed path is. A pure function: the watcher
//! uses it to ignore noise (its own output, editor temp files) and to know
//! when a change needs a full re-render.

use std::path::Path;

use crate::config::FILE_NAME;
use crate::journal::ENTRIES_DIR;

/// What a changed path is.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum Change {
    /// An entry file or a folder under `entries/`.
    Entry,
    /// `failfolio.yaml`.
    Config,
    /// Something under the journal's `templates/`.
    Template,
    /// Something under the journal's `static/`.
    Static,
    /// Something under the journal's `themes/`.
    Theme,
    /// Not an input: the output, hidden files, editor temp files, or
    /// anything outside the journal's inputs.
    Ignored,
}

/// Classifies `path` (absolute, or relative to the current folder like
/// `root` and `output`) for the journal at `root` building into `output`.
pub fn classify(root: &Path, output: &Path, path: &Path) -> Change {
    if path.starts_with(output) {
        return Change::Ignored;
    }
    let Ok(rel) = path.strip_prefix(root) else { return Change::Ignored };
    let mut parts = rel.components().map(|c| c.as_os_str().to_string_lossy());
    let Some(first) = parts.next() else { return Change::Ignored };
    let name = rel.file_name().map(|n| n.to_string_lossy()).unwrap_or_default();
    if rel.components().any(|c| c.as_os_str().to_string_lossy().starts_with('.'))
        || is_editor_temp(&name)
    {
        return Change::Ignored;
    }
    match first.as_ref() {
        FILE_NAME if rel.components().count() == 1 => Change::Config,
        ENTRIES_DIR => Change::Entry,
        "templates" => Change::Template,
        "static" => Change::Static,
        "themes" => Change::Theme,
        // The journal's translations are read with the configuration.
        crate::i18n::DIR => Change::Config,
        _ => Change::Ignored,
    }
}

/// Files editors write while saving: vim's swap files and its `4913`
/// write test, backup files (`~`), emacs lock and autosave files,
/// JetBrains' safe-write temporaries, Kate's swap files.
pub fn is_editor_temp(name: &str) -> bool {
    name == "4913"
        || name.ends_with('~')
        || name.starts_with(".#")
        || (name.starts_with('#') && name.ends_with('#'))
        || [".swp", ".swo", ".swx", ".swn", ".kate-swp", ".crswap", ".tmp"]
            .iter()
            .any(|ext| name.ends_with(ext))
        || name.contains("___jb_tmp___")
        || name.contains("___jb_old___")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn c(path: &str) -> Change {
        classify(Path::new("/j"), Path::new("/j/public"), Path::new(path))
    }

    #[test]
    fn inputs() {
        assert_eq!(c("/j/entries/2026/2026-03-02-launch.md"), Change::Entry);
        assert_eq!(c("/j/entries/2026"), Change::Entry);
        assert_eq!(c("/j/failfolio.yaml"), Change::Config);
        assert_eq!(c("/j/i18n/de.yaml"), Change::Config);
        assert_eq!(c("/j/templates/entry.html"), Change::Template);
        assert_eq!(c("/j/static/me.jpg"), Change::Static);
        assert_eq!(c("/j/themes/mine/static/style.css"), Change::Theme);
    }

    #[test]
    fn noise() {
        for path in [
            "/j/public/entries/x/index.html",
            "/j/.public.staging-12/index.html",
            "/j/.git/index",
            "/j/entries/.2026-03-02-launch.md.swp",
            "/j/entries/2026-03-02-launch.md~",
            "/j/entries/.#2026-03-02-launch.md",
            "/j/entries/#2026-03-02-launch.md#",
            "/j/entries/4913",
            "/j/entries/2026-03-02-launch.md___jb_tmp___",
            "/j/README.md",
            "/j/sub/failfolio.yaml",
            "/elsewhere/entries/x.md",
        ] {
            assert_eq!(c(path), Change::Ignored, "{path}");
        }
    }

    #[test]
    fn output_inside_entries_is_still_ignored() {
        let change = classify(
            Path::new("/j"),
            Path::new("/j/entries/out"),
            Path::new("/j/entries/out/index.html"),
        );
        assert_eq!(change, Change::Ignored);
    }
}
