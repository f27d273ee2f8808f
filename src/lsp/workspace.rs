//! What the server knows: the open documents, and each journal as it is
//! on disk with the open documents laid over it.

use std::collections::HashMap;
use std::path::{Path, PathBuf};

use jiff::civil::Date;
use lsp_types::Uri;

use crate::check::{self, Context, Settings};
use crate::diagnostic::{self, Diagnostic};
use crate::entry::Entry;
use crate::journal::{ENTRIES_DIR, Journal, JournalFile, discover, load_file, parse};

/// One open document.
pub(crate) struct Doc {
    /// The client's name for it.
    pub uri: Uri,
    /// Its version, as the client counts.
    pub version: i32,
    /// Its text as the client has it (not as saved).
    pub text: String,
    /// The journal it is an entry of, and its path there; `None` for a
    /// file that is not under a journal's `entries/`.
    pub place: Option<(PathBuf, PathBuf)>,
}

/// A journal: what is on disk, with the open documents laid over it.
pub(crate) struct Loaded {
    /// The entries.
    pub journal: Journal,
    /// The rules' settings from its `failfolio.yaml`.
    pub settings: Settings,
}

/// The open documents and the journals they belong to.
pub(crate) struct Workspace {
    /// Open documents, by absolute path.
    pub docs: HashMap<PathBuf, Doc>,
    /// Loaded journals, by root; `Err` holds why one could not be loaded.
    journals: HashMap<PathBuf, Result<Loaded, String>>,
    /// Today, fixed for tests.
    today: Option<Date>,
}

/// Where the entry at `path` (absolute) sits: its journal's root and its
/// path relative to that root. `None` unless it is a Markdown file under
/// the journal's `entries/`.
pub(crate) fn place_of(path: &Path) -> Option<(PathBuf, PathBuf)> {
    if path.extension().and_then(|e| e.to_str()) != Some("md") {
        return None;
    }
    let root = discover::find_root(path)?;
    let rel = path.strip_prefix(&root).ok()?;
    rel.starts_with(ENTRIES_DIR).then(|| (root.clone(), slash_path(rel)))
}

/// `path` with `/` separators, as journal paths are.
fn slash_path(path: &Path) -> PathBuf {
    PathBuf::from(path.to_string_lossy().replace('\\', "/"))
}

impl Workspace {
    /// An empty workspace; `today` fixes the date for reproducible tests.
    pub(crate) fn new(today: Option<Date>) -> Workspace {
        Workspace { docs: HashMap::new(), journals: HashMap::new(), today }
    }

    /// Today's date.
    pub(crate) fn today(&self) -> Date {
        self.today.unwrap_or_else(|| jiff::Zoned::now().date())
    }

    /// Opens or updates a document; returns the journal root it affects.
    pub(crate) fn set(&mut self, path: PathBuf, uri: Uri, version: i32, text: String) {
        let place = place_of(&path);
        if let Some((root, rel)) = &place {
            if let Some(Ok(loaded)) = self.journals.get_mut(root) {
                loaded.journal.upsert(parsed(rel, text.clone()));
            }
        }
        self.docs.insert(path, Doc { uri, version, text, place });
    }

    /// Closes a document: its journal goes back to what is on disk.
    pub(crate) fn close(&mut self, path: &Path) {
        let Some(doc) = self.docs.remove(path) else { return };
        let Some((root, rel)) = doc.place else { return };
        if let Some(Ok(loaded)) = self.journals.get_mut(&root) {
            if path.is_file() {
                let limit = loaded.journal.config.limits.max_entry_bytes;
                loaded.journal.upsert(load_file(path, &rel, None, limit));
            } else {
                loaded.journal.remove(&rel);
            }
        }
    }

    /// Forgets every loaded journal: files changed on disk (a save, a
    /// checkout, a new `failfolio.yaml`). They load again when next needed.
    pub(crate) fn reload(&mut self) {
        self.journals.clear();
    }

    /// The journal at `root`, loaded if need be, with the open documents
    /// laid over it.
    pub(crate) fn journal(&mut self, root: &Path) -> Result<&Loaded, String> {
        if !self.journals.contains_key(root) {
            let loaded = crate::pipeline::load(root, &[])
                .map(|(mut journal, settings)| {
                    for doc in self.docs.values() {
                        if let Some((r, rel)) = &doc.place {
                            if r == root {
                                journal.upsert(parsed(rel, doc.text.clone()));
                            }
                        }
                    }
                    Loaded { journal, settings }
                })
                .map_err(|e| e.to_string());
            if let Err(e) = &loaded {
                super::log(&format!("cannot load the journal at {}: {e}", root.display()));
            }
            self.journals.insert(root.to_path_buf(), loaded);
        }
        match &self.journals[root] {
            Ok(loaded) => Ok(loaded),
            Err(e) => Err(e.clone()),
        }
    }

    /// The findings on the open document at `path`, as `failfolio check`
    /// would report them were the document saved; empty for a file that
    /// is no entry.
    pub(crate) fn diagnostics(&mut self, path: &Path) -> Vec<Diagnostic> {
        let Some((root, rel)) = self.docs.get(path).and_then(|d| d.place.clone()) else {
            return Vec::new();
        };
        let today = self.today();
        let Ok(loaded) = self.journal(&root) else { return Vec::new() };
        let Some(file) = loaded.journal.file(&rel) else { return Vec::new() };
        let mut out = file.diagnostics.clone();
        if let Some(entry) = &file.entry {
            let cx = Context::new(&loaded.journal, &loaded.settings, today);
            check::check_entry(&cx, entry, &mut out);
        }
        out.extend(
            check::collisions::check(loaded.journal.entries())
                .into_iter()
                .filter(|d| d.file == rel),
        );
        diagnostic::sort_in_file(&mut out);
        out
    }

    /// The open document at `path` parsed, with its journal.
    pub(crate) fn entry(&mut self, path: &Path) -> Option<(&Loaded, &Entry)> {
        let (root, rel) = self.docs.get(path)?.place.clone()?;
        let loaded = self.journal(&root).ok()?;
        let entry = loaded.journal.file(&rel)?.entry.as_ref()?;
        Some((loaded, entry))
    }
}

/// The journal file made of `text`, as loading it from disk would.
fn parsed(rel: &Path, text: String) -> JournalFile {
    let parsed = parse::parse(rel, text);
    JournalFile {
        path: rel.to_path_buf(),
        stamp: None,
        entry: parsed.entry,
        unparsed_source: parsed.unparsed_source,
        diagnostics: parsed.diagnostics,
    }
}
