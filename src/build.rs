//! `failfolio build`: one run of the [`Pipeline`] into a staged folder.
//!
//! An error in an entry that would be published stops the build before
//! anything is written, so the previous site stays as it was.

use std::path::{Path, PathBuf};
use std::time::Duration;

use jiff::civil::Date;

use crate::check::Report;
use crate::config::Config;
use crate::entry::{Entry, Stage, Visibility};
use crate::error::Result;
use crate::journal::Journal;
use crate::output::WriteStats;
use crate::pipeline::{self, Pipeline};

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

impl BuildOptions {
    /// What the pipeline needs to build the journal at `root` into
    /// `output` as these options say.
    pub fn pipeline(&self, root: &Path, output: PathBuf) -> pipeline::Options {
        pipeline::Options {
            root: root.to_path_buf(),
            output,
            include_unpublished: self.include_unpublished,
            badges: self.preview,
            base_url: self.base_url.clone(),
            live_reload: false,
            today: self.today,
        }
    }
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

/// The output folder for `root` under `options`.
pub fn output_dir(root: &Path, config: &Config, options: &BuildOptions) -> PathBuf {
    options.output.clone().unwrap_or_else(|| root.join(&config.output_dir))
}

/// Builds the journal at `root`.
pub fn build(root: &Path, options: &BuildOptions) -> Result<Build> {
    let config = Config::load(root)?;
    let out = output_dir(root, &config, options);
    let mut pipeline = Pipeline::new(options.pipeline(root, out.clone()))?;
    let run = pipeline.run(&[])?;
    let (journal, report) = pipeline.into_parts();
    let outcome = match run.outcome {
        pipeline::Outcome::Blocked { errors } => Outcome::Blocked { errors },
        pipeline::Outcome::Built { pages, static_files, .. } => Outcome::Built(BuildSummary {
            tally: Tally::of(&journal, options.include_unpublished),
            pages,
            static_files,
            written: run.written,
            output: out,
            elapsed: run.elapsed,
        }),
        pipeline::Outcome::Unchanged => unreachable!("a first run always builds or is blocked"),
    };
    Ok(Build { journal, report, outcome })
}

impl Tally {
    /// The entries of `journal` by kind; all are published with
    /// `include_unpublished`.
    pub fn of(journal: &Journal, include_unpublished: bool) -> Tally {
        let mut tally = Tally::default();
        for entry in journal.entries() {
            if include_unpublished || Entry::is_publishable(entry) {
                tally.published += 1;
            }
            match (entry.visibility(), entry.stage()) {
                (Visibility::Private, _) => tally.private += 1,
                (Visibility::Draft, _) => tally.drafts += 1,
                (Visibility::Public, Stage::Incubating) => tally.incubating += 1,
                (Visibility::Public, Stage::Processed) => {}
            }
        }
        tally
    }
}
