//! Themes: templates and static files, embedded in the binary so an
//! installed `failfolio` works anywhere, and overridable by the journal.
//!
//! A template named `x.html` is looked up, last one wins, in:
//! 1. the built-in `default` theme (so partial themes still work),
//! 2. the chosen built-in theme, if it is not `default`,
//! 3. the journal's `themes/<theme>/templates/`, if that folder exists,
//! 4. the journal's `templates/`.
//!
//! `default`'s templates are also there as `default/x.html`, and a chosen
//! built-in theme's as `<theme>/x.html`: a theme extends another's
//! template and overrides its blocks, as `paper` does `default`'s.
//!
//! Static files are layered the same way: `default`'s `static/`, then the
//! chosen theme's, then the journal's `static/`, each replacing files of
//! the same path.

use std::path::{Path, PathBuf};

use include_dir::{Dir, include_dir};
use walkdir::WalkDir;

use crate::config::{Config, did_you_mean};
use crate::error::{Error, Result};
use crate::journal::walk::{is_hidden, relative};

/// The themes shipped with failfolio.
static BUILTIN: Dir<'static> = include_dir!("$CARGO_MANIFEST_DIR/themes");

/// Where a template or static file comes from.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Origin {
    /// Embedded in the binary, at this path under `themes/`.
    Builtin(&'static str),
    /// A file on disk.
    File(PathBuf),
}

/// A static file to copy into the output.
#[derive(Debug, Clone)]
pub struct StaticFile {
    /// Path relative to the output folder, `/`-separated.
    pub path: String,
    /// Where it comes from.
    pub origin: Origin,
}

impl StaticFile {
    /// The file's bytes.
    pub fn read(&self) -> Result<Vec<u8>> {
        match &self.origin {
            Origin::Builtin(path) => {
                Ok(BUILTIN.get_file(path).map(|f| f.contents().to_vec()).unwrap_or_default())
            }
            Origin::File(path) => std::fs::read(path).map_err(|e| Error::io("read", path, e)),
        }
    }
}

/// A resolved theme.
#[derive(Debug, Clone)]
pub struct Theme {
    /// The theme's name.
    pub name: String,
    /// Templates by name, with their text and origin, sorted by name.
    pub templates: Vec<(String, String, Origin)>,
    /// Static files, sorted by path.
    pub static_files: Vec<StaticFile>,
}

/// The names of the built-in themes.
pub fn builtin_names() -> Vec<&'static str> {
    BUILTIN.dirs().filter_map(|d| d.path().to_str()).collect()
}

impl Theme {
    /// Resolves `config.theme` for the journal at `root`.
    pub fn load(root: &Path, config: &Config) -> Result<Theme> {
        let name = config.theme.as_str();
        let journal_theme = root.join("themes").join(name);
        let journal_theme = journal_theme.is_dir().then_some(journal_theme);
        let builtin = BUILTIN.get_dir(name);
        if builtin.is_none() && journal_theme.is_none() {
            let mut names = builtin_names();
            let local = list_dirs(&root.join("themes"));
            names.extend(local.iter().map(String::as_str));
            let help = match did_you_mean(name, names.iter().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => format!(
                    "built-in themes: `{}`; or add a folder `themes/{name}/`",
                    builtin_names().join("`, `")
                ),
            };
            return Err(Error::Config {
                path: root.join(crate::config::FILE_NAME),
                position: None,
                message: format!("unknown theme `{name}`"),
                help: Some(help),
            });
        }
        let mut templates: Vec<(String, String, Origin)> = Vec::new();
        // `default`'s templates also as `default/<name>`, and a chosen
        // built-in theme's as `<theme>/<name>`, so that a theme can extend
        // one block by block, as Zola's do: `{% extends "default/entry.html" %}`.
        add_builtin_templates(&mut templates, "default", "default/");
        if name != "default" && builtin.is_some() {
            add_builtin_templates(&mut templates, name, &format!("{name}/"));
        }
        add_builtin_templates(&mut templates, "default", "");
        if name != "default" && builtin.is_some() {
            add_builtin_templates(&mut templates, name, "");
        }
        if let Some(dir) = &journal_theme {
            add_file_templates(&mut templates, root, &dir.join("templates"))?;
        }
        add_file_templates(&mut templates, root, &root.join("templates"))?;
        templates.sort_by(|a, b| a.0.cmp(&b.0));

        let mut static_files: Vec<StaticFile> = Vec::new();
        add_builtin_statics(&mut static_files, "default");
        if name != "default" && builtin.is_some() {
            add_builtin_statics(&mut static_files, name);
        }
        if let Some(dir) = &journal_theme {
            add_file_statics(&mut static_files, root, &dir.join("static"))?;
        }
        add_file_statics(&mut static_files, root, &root.join("static"))?;
        static_files.sort_by(|a, b| a.path.cmp(&b.path));
        Ok(Theme { name: name.to_string(), templates, static_files })
    }
}

fn upsert<T>(list: &mut Vec<T>, key: &str, item: T, key_of: impl Fn(&T) -> &str) {
    match list.iter_mut().find(|t| key_of(t) == key) {
        Some(slot) => *slot = item,
        None => list.push(item),
    }
}

/// Adds built-in `theme`'s templates, each named `name_prefix` and its
/// path under `templates/`.
fn add_builtin_templates(out: &mut Vec<(String, String, Origin)>, theme: &str, name_prefix: &str) {
    let Some(dir) = BUILTIN.get_dir(format!("{theme}/templates")) else { return };
    let prefix = dir.path().to_path_buf();
    for file in all_files(dir) {
        let Some(text) = file.contents_utf8() else { continue };
        let name = format!("{name_prefix}{}", relative(&prefix, file.path()).to_string_lossy());
        let origin = Origin::Builtin(file.path().to_str().unwrap_or_default());
        upsert(out, &name.clone(), (name, text.to_string(), origin), |t| &t.0);
    }
}

fn add_builtin_statics(out: &mut Vec<StaticFile>, theme: &str) {
    let Some(dir) = BUILTIN.get_dir(format!("{theme}/static")) else { return };
    let prefix = dir.path().to_path_buf();
    for file in all_files(dir) {
        let path = relative(&prefix, file.path()).to_string_lossy().into_owned();
        let origin = Origin::Builtin(file.path().to_str().unwrap_or_default());
        upsert(out, &path.clone(), StaticFile { path, origin }, |s| &s.path);
    }
}

fn all_files<'a>(dir: &'a Dir<'a>) -> Vec<&'a include_dir::File<'a>> {
    let mut files: Vec<_> = dir.files().collect();
    for sub in dir.dirs() {
        files.extend(all_files(sub));
    }
    files
}

/// Every non-hidden file under `dir` (which may not exist), relative paths.
/// A symlink is followed only when it stays inside the journal at `root`
/// and out of its `entries/`: templates and static files are published, and
/// a link must not publish `/etc/passwd` or a private entry's source.
fn disk_files(root: &Path, dir: &Path) -> Result<Vec<(String, PathBuf)>> {
    if !dir.is_dir() {
        return Ok(Vec::new());
    }
    let canonical_root = root.canonicalize().map_err(|e| Error::io("read", root, e))?;
    let canonical_entries = canonical_root.join(crate::journal::ENTRIES_DIR);
    let mut out = Vec::new();
    let walker = WalkDir::new(dir).follow_links(true).sort_by_file_name().into_iter();
    for item in
        walker.filter_entry(|e| e.depth() == 0 || !is_hidden(&e.file_name().to_string_lossy()))
    {
        let item = item.map_err(|e| {
            let path = e.path().unwrap_or(dir).to_path_buf();
            Error::io(
                "read",
                path,
                e.into_io_error().unwrap_or_else(|| std::io::Error::other("symlink loop")),
            )
        })?;
        if item.path_is_symlink() {
            let target =
                item.path().canonicalize().map_err(|e| Error::io("read", item.path(), e))?;
            let problem = if !target.starts_with(&canonical_root) {
                Some("points outside the journal")
            } else if target.starts_with(&canonical_entries) {
                Some("points into `entries/`, whose sources are never published")
            } else {
                None
            };
            if let Some(problem) = problem {
                return Err(Error::UnsafeLink { path: relative(root, item.path()), problem });
            }
        }
        if item.file_type().is_file() {
            out.push((
                relative(dir, item.path()).to_string_lossy().into_owned(),
                item.path().to_path_buf(),
            ));
        }
    }
    Ok(out)
}

fn add_file_templates(
    out: &mut Vec<(String, String, Origin)>,
    root: &Path,
    dir: &Path,
) -> Result<()> {
    for (name, path) in disk_files(root, dir)? {
        let text = std::fs::read_to_string(&path).map_err(|e| Error::io("read", &path, e))?;
        upsert(out, &name.clone(), (name, text, Origin::File(path)), |t| &t.0);
    }
    Ok(())
}

fn add_file_statics(out: &mut Vec<StaticFile>, root: &Path, dir: &Path) -> Result<()> {
    for (path, abs) in disk_files(root, dir)? {
        upsert(out, &path.clone(), StaticFile { path, origin: Origin::File(abs) }, |s| &s.path);
    }
    Ok(())
}

fn list_dirs(dir: &Path) -> Vec<String> {
    std::fs::read_dir(dir)
        .map(|rd| {
            rd.filter_map(|e| e.ok())
                .filter(|e| e.path().is_dir())
                .map(|e| e.file_name().to_string_lossy().into_owned())
                .collect()
        })
        .unwrap_or_default()
}
