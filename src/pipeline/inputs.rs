//! The inputs stage: everything besides entries that a build depends on
//! (configuration, templates, static files, themes), noticed by size and
//! modification time, and resolved into rule settings, a theme and a
//! renderer.

use std::collections::BTreeMap;
use std::path::{Path, PathBuf};

use walkdir::WalkDir;

use crate::check::Settings;
use crate::config::{Config, FILE_NAME};
use crate::error::Result;
use crate::journal::walk::{self, Stamp, is_hidden};
use crate::render::Renderer;
use crate::render::theme::Theme;

/// The inputs besides entries, by path, with their stamps.
pub(crate) type Inputs = BTreeMap<PathBuf, Stamp>;

/// The folders besides `entries/` whose files are inputs.
pub(crate) const INPUT_DIRS: [&str; 4] = ["templates", "static", "themes", crate::i18n::DIR];

/// What the configuration resolves to.
pub(crate) struct Resolved {
    /// Rule levels, thresholds and phrase lists.
    pub settings: Settings,
    /// Templates and static files.
    pub theme: Theme,
    /// The compiled templates.
    pub renderer: Renderer,
}

/// `failfolio.yaml` of `root`, with `base_url` replaced when one is given
/// (`--base-url`, or the preview server's own address).
pub(crate) fn config(root: &Path, base_url: Option<&str>) -> Result<Config> {
    let mut config = Config::load(root)?;
    if let Some(url) = base_url {
        config.base_url = url.to_string();
        config.validate(Path::new("--base-url"))?;
    }
    Ok(config)
}

/// Size and modification time of every input besides entries.
pub(crate) fn scan(root: &Path, output: &Path) -> Inputs {
    let mut inputs = Inputs::new();
    if let Ok(meta) = std::fs::metadata(root.join(FILE_NAME)) {
        inputs.insert(PathBuf::from(FILE_NAME), Stamp::of(&meta));
    }
    for dir in INPUT_DIRS {
        let base = root.join(dir);
        if !base.is_dir() {
            continue;
        }
        let walker = WalkDir::new(&base)
            .follow_links(true)
            .sort_by(crate::journal::walk::walk_order)
            .into_iter();
        for item in walker
            .filter_entry(|e| e.depth() == 0 || !is_hidden(&e.file_name().to_string_lossy()))
            .flatten()
        {
            if item.path().starts_with(output) || !item.file_type().is_file() {
                continue;
            }
            if let Ok(meta) = item.metadata() {
                inputs.insert(walk::relative(root, item.path()), Stamp::of(&meta));
            }
        }
    }
    inputs
}
