//! `failfolio build`: load → check → plan → render → write.
//!
//! Each stage takes the previous one's output and nothing else. An error
//! in an entry that would be published stops the build before anything is
//! written, so the previous site stays as it was.

use std::path::{Path, PathBuf};
use std::time::{Duration, Instant};

use jiff::civil::Date;

use crate::check::{self, Report, Settings};
use crate::config::{Config, FILE_NAME};
use crate::diagnostic::Level;
use crate::entry::{Stage, Visibility};
use crate::error::{Error, Result};
use crate::journal::Journal;
use crate::output::{self, WriteStats};
use crate::render::theme::{StaticFile, Theme};
use crate::render::{OutputFile, Renderer};
use crate::site::Site;
use crate::site::pages::{Page, pages};

use rayon::prelude::*;

/// How to build.
#[derive(Debug, Clone)]
pub struct BuildOptions {
    /// The output folder; `output_dir` from the configuration when `None`.
    pub output: Option<PathBuf>,
    /// Also publish incubating, draft and private entries (local use only).
    pub include_unpublished: bool,
    /// Mark unpublished entries with badges (local previews).
    pub preview: bool,
    /// Today's date, for the checks that depend on it.
    pub today: Date,
    /// Overrides `base_url` from the configuration.
    pub base_url: Option<String>,
}

/// How many entries of each kind the journal has.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct Tally {
    /// Entries on the site.
    pub published: usize,
    /// Entries without a `processed` date.
    pub incubating: usize,
    /// `draft: true` entries.
    pub drafts: usize,
    /// `private: true` entries.
    pub private: usize,
}

/// What a successful build did.
#[derive(Debug, Clone)]
pub struct BuildSummary {
    /// Entry counts.
    pub tally: Tally,
    /// Pages rendered from templates.
    pub pages: usize,
    /// Static files copied.
    pub static_files: usize,
    /// What the write did.
    pub written: WriteStats,
    /// Where the site is.
    pub output: PathBuf,
    /// How long it took.
    pub elapsed: Duration,
}

/// The result of a build: the loaded journal and its findings (for
/// printing), and either what was built or why nothing was.
pub struct Build {
    /// The journal as loaded.
    pub journal: Journal,
    /// Every finding.
    pub report: Report,
    /// The build's outcome.
    pub outcome: Outcome,
}

/// Whether the site was written.
pub enum Outcome {
    /// The site was written.
    Built(BuildSummary),
    /// Errors in publishable entries stopped the build; nothing was written.
    Blocked {
        /// How many error-level findings block it.
        errors: usize,
    },
}

/// Loads the journal at `root` and resolves its check settings.
pub fn load(root: &Path, skip: &[PathBuf]) -> Result<(Journal, Settings)> {
    let config = Config::load(root)?;
    // Compiling the rules' phrase lists takes a while on one core: do it
    // while the entries are read and parsed.
    let (settings, journal) = rayon::join(
        || Settings::from_config(&config, &root.join(FILE_NAME), config.source_text.as_deref()),
        || Journal::load_with(root, config.clone(), skip),
    );
    Ok((journal?, settings?))
}

/// The output folder for `root` under `options`.
pub fn output_dir(root: &Path, config: &Config, options: &BuildOptions) -> PathBuf {
    options.output.clone().unwrap_or_else(|| root.join(&config.output_dir))
}

/// Builds the journal at `root`.
pub fn build(root: &Path, options: &BuildOptions) -> Result<Build> {
    let started = Instant::now();
    let config = Config::load(root)?;
    let out = output_dir(root, &config, options);
    output::check_output_dir(root, &out)?;
    let out_abs = output::absolute(&out)?;
    let (mut journal, settings) = load(root, std::slice::from_ref(&out_abs))?;
    if let Some(url) = &options.base_url {
        journal.config.base_url = url.clone();
        journal.config.validate(Path::new("--base-url"))?;
    }
    let report = check::check(&journal, &settings, options.today);

    let included = |e: &crate::entry::Entry| options.include_unpublished || e.is_publishable();
    let errors = blocking_errors(&journal, &report, &included);
    if errors > 0 {
        return Ok(Build { journal, report, outcome: Outcome::Blocked { errors } });
    }

    let site = Site::new(&journal.config, journal.entries().filter(|e| included(e)));
    let theme = Theme::load(root, &journal.config)?;
    let renderer = Renderer::new(&theme, journal.config.markdown.raw_html)?;
    let pages = pages(&site);
    let statics = static_files(&theme, &pages)?;
    let shared = renderer.shared(&site, options.preview);
    // Each page is written as soon as it is rendered, in parallel: the
    // site is never held in memory whole.
    let written = output::write_atomic_with(&out, |staging| {
        pages.par_iter().try_for_each(|page| {
            output::write_into(staging, &renderer.render_page(&site, &shared, page)?)
        })?;
        statics.par_iter().try_for_each(|file| {
            output::write_into(
                staging,
                &OutputFile { path: file.path.clone(), bytes: file.read()? },
            )
        })?;
        Ok(pages.len() + statics.len())
    })?;
    let (pages, static_files) = (pages.len(), statics.len());
    let mut tally = Tally { published: site.entries.len(), ..Tally::default() };
    for entry in journal.entries() {
        match (entry.visibility(), entry.stage()) {
            (Visibility::Private, _) => tally.private += 1,
            (Visibility::Draft, _) => tally.drafts += 1,
            (Visibility::Public, Stage::Incubating) => tally.incubating += 1,
            (Visibility::Public, Stage::Processed) => {}
        }
    }
    let summary = BuildSummary {
        tally,
        pages,
        static_files,
        written,
        output: out,
        elapsed: started.elapsed(),
    };
    Ok(Build { journal, report, outcome: Outcome::Built(summary) })
}

/// Error-level findings that stop a build: those about files that are, or
/// might be, published. Errors in entries that stay off the site (drafts,
/// private and incubating entries) are reported but do not block.
pub fn blocking_errors(
    journal: &Journal,
    report: &Report,
    included: &dyn Fn(&crate::entry::Entry) -> bool,
) -> usize {
    report
        .diagnostics
        .iter()
        .filter(|d| d.level == Level::Error)
        .filter(|d| {
            let entry = journal
                .files
                .binary_search_by(|f| f.path.as_path().cmp(&d.file))
                .ok()
                .and_then(|i| journal.files[i].entry.as_ref());
            // A file that could not be parsed might be meant for publishing.
            entry.is_none_or(included)
        })
        .count()
}

/// The theme's and the journal's static files; a static file may not
/// replace a generated page.
pub fn static_files<'t>(theme: &'t Theme, pages: &[Page]) -> Result<Vec<&'t StaticFile>> {
    let generated: std::collections::HashSet<&str> =
        pages.iter().map(|p| p.file.as_str()).collect();
    theme
        .static_files
        .iter()
        .map(|file| {
            if generated.contains(file.path.as_str()) || file.path == output::MARKER {
                return Err(Error::Other(format!(
                    "the static file `{}` would replace a generated page; rename or remove it",
                    file.path
                )));
            }
            Ok(file)
        })
        .collect()
}
