//! The one pipeline every command runs: inputs → load → check → gate →
//! plan → render → write.
//!
//! A [`Pipeline`] holds the resolved inputs (configuration, rule settings,
//! theme, renderer) and what each stage made last time (per-file findings,
//! rendered bodies, listing items, search records, the fingerprints of
//! the files written). `failfolio build` is one [`run`](Pipeline::run)
//! into a staged folder swapped in whole; `build --watch` and `serve` keep
//! the pipeline alive and hand each run the paths that changed, and a run
//! then redoes only what those paths touch. The stages are the same
//! either way, so a watched site is always what a fresh build would make
//! (`tests/integration/watch_property.rs` holds it to that).

mod inputs;
mod kept;
mod load;
pub mod plan;

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use foldhash::HashMap;
use jiff::civil::Date;
use rayon::prelude::*;

use crate::check::{self, KeptFindings, Report};
use crate::config::Config;
use crate::diagnostic::Level;
use crate::entry::Entry;
use crate::error::{Error, Result};
use crate::journal::Journal;
use crate::output::{self, WriteStats};
use crate::render::card::{self, CardJob};
use crate::render::markdown::Rendered;
use crate::render::theme::{StaticFile, Theme};
use crate::render::{OutputFile, search};
use crate::site::pages::{Page, pages};
use crate::site::{PageKind, Site};

use inputs::{Inputs, Resolved};
use kept::{Kept, hrefs_key, item_key};
use load::Changes;
use plan::{PageKey, Summary, plan};

pub use load::load;

/// The script that watch-mode pages load for live reload.
pub const LIVE_RELOAD_SCRIPT: &str = "<script src=\"/__failfolio/live.js\" defer></script>";

/// What a pipeline builds, and how.
#[derive(Debug, Clone)]
pub struct Options {
    /// The journal.
    pub root: PathBuf,
    /// The output folder.
    pub output: PathBuf,
    /// Also publish incubating, draft and private entries (local use only).
    pub include_unpublished: bool,
    /// Mark unpublished entries with badges.
    pub badges: bool,
    /// Overrides `base_url` from the configuration.
    pub base_url: Option<String>,
    /// Adds the live-reload script to every HTML page.
    pub live_reload: bool,
    /// Today's date, for the checks that depend on it.
    pub today: Date,
}

/// What a run did to the site.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Outcome {
    /// Nothing that matters changed.
    Unchanged,
    /// The site was updated.
    Built {
        /// Whether every page was rendered.
        full: bool,
        /// Pages rendered.
        pages: usize,
        /// Static files copied.
        static_files: usize,
    },
    /// Errors in entries on the site: nothing was written, and the
    /// previous site stays.
    Blocked {
        /// How many errors block it.
        errors: usize,
    },
}

/// The result of one run.
#[derive(Debug, Clone)]
pub struct Run {
    /// What happened.
    pub outcome: Outcome,
    /// Entry files read.
    pub reparsed: usize,
    /// Whether every entry file was looked at (rather than only the files
    /// the events named).
    pub rescanned: bool,
    /// What the write did.
    pub written: WriteStats,
    /// How long it took.
    pub elapsed: Duration,
}

/// A build that can be run again cheaply.
pub struct Pipeline {
    options: Options,
    output_abs: PathBuf,
    /// The stamps of the inputs `resolved` was made from.
    inputs: Inputs,
    resolved: Option<Resolved>,
    journal: Option<Journal>,
    findings: KeptFindings,
    report: Report,
    published: Published,
    /// Whether a run has finished its check (built or blocked): until a
    /// change, another run would find and say the same.
    settled: bool,
}

/// What the plan, render and write stages keep between runs.
#[derive(Default)]
struct Published {
    /// The site as last written, `None` before the first write.
    summary: Option<Summary>,
    /// The fingerprint of each file written, by path in the output.
    written: HashMap<String, u64>,
    /// Changes not yet on the site (a run was blocked or failed): every
    /// page must be redone…
    pending_full: bool,
    /// …or the pages of these slugs.
    pending: BTreeSet<String>,
    kept: Kept,
    /// The search index's bytes, kept to be refilled: it is the largest
    /// file, rewritten after every save.
    index_buffer: Vec<u8>,
}

impl Pipeline {
    /// A pipeline for `options`. Nothing is read until [`run`](Self::run).
    pub fn new(options: Options) -> Result<Pipeline> {
        output::check_output_dir(&options.root, &options.output)?;
        let output_abs = output::absolute(&options.output)?;
        Ok(Pipeline {
            options,
            output_abs,
            inputs: Inputs::new(),
            resolved: None,
            journal: None,
            findings: KeptFindings::default(),
            report: Report::default(),
            published: Published::default(),
            settled: false,
        })
    }

    /// The journal as last loaded (for diagnostic snippets).
    pub fn journal(&self) -> Option<&Journal> {
        self.journal.as_ref()
    }

    /// The findings of the last run.
    pub fn report(&self) -> &Report {
        &self.report
    }

    /// The journal as last loaded and its findings.
    pub fn into_parts(self) -> (Journal, Report) {
        let journal =
            self.journal.unwrap_or_else(|| Journal::empty(&self.options.root, Config::default()));
        (journal, self.report)
    }

    /// Whether incubating, draft and private entries are shown.
    pub fn shows_unpublished(&self) -> bool {
        self.options.include_unpublished
    }

    /// The journal folder.
    pub fn root(&self) -> &Path {
        &self.options.root
    }

    /// The output folder.
    pub fn output(&self) -> &Path {
        &self.output_abs
    }

    /// Brings the output up to date with the journal. `touched` names the
    /// paths that file-system events reported since the last run (empty
    /// for a first or a full run): those entry files are re-read even if
    /// their size and modification time look the same. An `Err` is an
    /// operational failure (a broken configuration or template); the
    /// previous output stays, and the next run tries again.
    pub fn run(&mut self, touched: &[PathBuf]) -> Result<Run> {
        let started = Instant::now();
        let changes = self.load(touched)?;
        let done = |outcome, written| Run {
            outcome,
            reparsed: changes.reparsed,
            rescanned: changes.rescanned,
            written,
            elapsed: started.elapsed(),
        };
        let published = &mut self.published;
        published.pending.extend(changes.slugs.iter().cloned());
        if changes.is_nothing() && self.settled {
            return Ok(done(Outcome::Unchanged, WriteStats::default()));
        }
        let (Some(journal), Some(resolved)) = (&self.journal, &self.resolved) else {
            unreachable!("the load stage sets both or fails")
        };
        self.report = check::check_keeping(
            journal,
            &resolved.settings,
            self.options.today,
            Some(&mut self.findings),
        );
        let include_all = self.options.include_unpublished;
        let included = |e: &Entry| include_all || e.is_publishable();
        let errors = blocking_errors(journal, &self.report, &included);
        if errors > 0 {
            self.settled = true;
            return Ok(done(Outcome::Blocked { errors }, WriteStats::default()));
        }
        let site = Site::new(&journal.config, journal.entries().filter(|e| included(e)));
        let (outcome, written) =
            published.publish(&self.options, &self.output_abs, resolved, &site)?;
        self.settled = true;
        Ok(done(outcome, written))
    }

    /// The inputs and load stages: resolves the inputs again when they
    /// changed (and then reads every entry), else re-reads the entry files
    /// that changed.
    fn load(&mut self, touched: &[PathBuf]) -> Result<Changes> {
        let root = self.options.root.clone();
        let inputs = inputs::scan(&root, &self.output_abs);
        if let (Some(journal), Some(_)) = (&mut self.journal, &self.resolved) {
            if inputs == self.inputs {
                let root_abs = output::absolute(&root)?;
                let touched: Vec<PathBuf> =
                    touched.iter().filter_map(|p| output::absolute(p).ok()).collect();
                let changes = load::update(
                    journal,
                    &root_abs,
                    &self.output_abs,
                    &touched,
                    &mut self.findings,
                )?;
                for path in &changes.paths {
                    self.published.kept.bodies.remove(path);
                }
                return Ok(changes);
            }
        }
        // The templates compile while the entries are read and the rules'
        // phrase lists compiled.
        let config = inputs::config(&root, self.options.base_url.as_deref())?;
        let skip = [self.output_abs.clone()];
        let (loaded, theme) = rayon::join(
            || load::load_with(&root, config.clone(), &skip),
            || Theme::load(&root, &config),
        );
        let ((journal, settings), theme) = (loaded?, theme?);
        let renderer = crate::render::Renderer::with_strings(
            &theme,
            journal.config.markdown.raw_html,
            &journal.config.strings,
        )?;
        let resolved = Resolved { settings, theme, renderer };
        let changes = Changes::reloaded(journal.files.len());
        self.resolved = Some(resolved);
        self.journal = Some(journal);
        self.inputs = inputs;
        self.findings.clear();
        self.published.kept.bodies.clear();
        self.published.pending_full = true;
        Ok(changes)
    }
}

impl Published {
    /// The plan, render and write stages: renders the pages `site`
    /// changed since the last write (every page the first time) and
    /// writes the files whose bytes changed.
    fn publish(
        &mut self,
        options: &Options,
        output_abs: &Path,
        resolved: &Resolved,
        site: &Site<'_>,
    ) -> Result<(Outcome, WriteStats)> {
        let renderer = &resolved.renderer;
        // Kept bodies, and the ones to render: one look-up per entry. A
        // body whose links now go elsewhere is rendered again.
        let body_keys: Vec<u64> = (0..site.entries.len()).map(|i| hrefs_key(site, i)).collect();
        let kept_bodies: Vec<Option<Arc<Rendered>>> = site
            .entries
            .iter()
            .zip(&body_keys)
            .map(|(e, key)| {
                self.kept.bodies.get(&e.path).filter(|(k, _)| k == key).map(|(_, b)| b.clone())
            })
            .collect();
        let missing: Vec<usize> =
            (0..kept_bodies.len()).filter(|&i| kept_bodies[i].is_none()).collect();
        let bodies: Vec<Arc<Rendered>> = kept_bodies
            .into_par_iter()
            .enumerate()
            .map(|(i, body)| body.unwrap_or_else(|| Arc::new(renderer.render_body(site, i))))
            .collect();
        for i in missing {
            let entry = (body_keys[i], bodies[i].clone());
            self.kept.bodies.insert(site.entries[i].path.clone(), entry);
        }
        let mut shared = renderer.shared_with(site, options.badges, bodies);
        let global =
            output::fingerprint(&serde_json::to_vec(&shared.site_view).unwrap_or_default());
        let summary = Summary::of(site, global);

        // Listing items and search records: kept per entry, redone for the
        // entries that changed and for those whose tags, chain or badge did.
        let full = self.pending_full || self.summary.as_ref().is_none_or(|s| s.global != global);
        let fresh = |slug: &String| full || self.pending.contains(slug);
        let keys: Vec<u64> = (0..site.entries.len()).map(|i| item_key(site, i)).collect();
        // Each item, and whether it differs from the one listed before.
        let items: Vec<(Arc<tera::Value>, bool)> = (0..site.entries.len())
            .into_par_iter()
            .map(|i| {
                let slug = &site.entries[i].slug;
                match self.kept.items.get(slug, keys[i]) {
                    Some(item) if !fresh(slug) => (item.clone(), false),
                    _ => {
                        let item = crate::render::item(site, i);
                        let relisted = self.kept.items.any(slug).is_none_or(|old| **old != item);
                        (Arc::new(item), relisted)
                    }
                }
            })
            .collect();
        let relisted: BTreeSet<String> = items
            .iter()
            .zip(&site.entries)
            .filter(|((_, relisted), _)| *relisted)
            .map(|(_, e)| e.slug.clone())
            .collect();
        let items: Vec<Arc<tera::Value>> = items.into_iter().map(|(item, _)| item).collect();
        let plan =
            plan(self.summary.as_ref(), &summary, &self.pending, &relisted, self.pending_full);
        // A record holds the body's text, so it also follows the body's links.
        let record_keys: Vec<u64> =
            keys.iter().zip(&body_keys).map(|(k, b)| k ^ b.rotate_left(1)).collect();
        let records: Vec<Arc<Vec<u8>>> = (0..site.entries.len())
            .into_par_iter()
            .map(|i| {
                let slug = &site.entries[i].slug;
                match self.kept.records.get(slug, record_keys[i]) {
                    Some(record) if !fresh(slug) => record.clone(),
                    _ => Arc::new(search::record(site, i, &shared.bodies[i])),
                }
            })
            .collect();
        // Kept for the next run: only what was made anew is stored.
        for (i, e) in site.entries.iter().enumerate() {
            self.kept.items.keep(&e.slug, keys[i], &items[i]);
            self.kept.records.keep(&e.slug, record_keys[i], &records[i]);
        }
        self.kept.items.retain_on(site);
        self.kept.records.retain_on(site);
        shared.items = items;

        // Social cards: each made again only when its key changed.
        let card_jobs: Vec<CardJob> = renderer.card_jobs(site, shared.site_view.cards);

        // Render and write.
        let all = pages(site);
        let chosen: Vec<&Page> = all
            .iter()
            .filter(|p| plan.full || plan.render.contains(&PageKey::of(site, p.kind)))
            .collect();
        let statics = if plan.full { static_files(&resolved.theme, &all)? } else { Vec::new() };
        let index = |buffer: &mut Vec<u8>| {
            search::join_into(buffer, records.iter().map(|r| r.as_slice()));
        };
        let render = |page: &Page| -> Result<OutputFile> {
            let mut file = if page.kind == PageKind::SearchIndex {
                let mut bytes = Vec::new();
                index(&mut bytes);
                OutputFile { path: page.file.clone(), bytes }
            } else {
                renderer.render_page(site, &shared, page)?
            };
            if options.live_reload && file.path.ends_with(".html") {
                inject_live_reload(&mut file.bytes);
            }
            Ok(file)
        };
        let rendered = chosen.len();
        let written = if self.summary.is_none() {
            // The first write: each page is written as soon as it is
            // rendered, in parallel, into a staged folder swapped in whole;
            // the site is never held in memory whole.
            let mut prints = Vec::new();
            let stats = output::write_atomic_with(output_abs, |staging| {
                let write = |file: OutputFile| -> Result<(String, u64)> {
                    output::write_into(staging, &file)?;
                    Ok((file.path, output::fingerprint(&file.bytes)))
                };
                prints = chosen
                    .par_iter()
                    .map(|page| write(render(page)?))
                    .chain(statics.par_iter().map(|file| write(read_static(file)?)))
                    .chain(card_jobs.par_iter().map(|job| {
                        // A card already in the output, made from the same
                        // key, is reused.
                        let old = std::fs::read(output_abs.join(&job.path)).ok();
                        let file = match old.filter(|png| card::key_of(png) == Some(job.key)) {
                            Some(bytes) => OutputFile { path: job.path.clone(), bytes },
                            None => renderer.render_card(job)?,
                        };
                        write(file)
                    }))
                    .collect::<Result<_>>()?;
                Ok(prints.len())
            })?;
            self.written = prints.into_iter().collect();
            stats
        } else {
            let mut buffer = std::mem::take(&mut self.index_buffer);
            let mut files: Vec<OutputFile> = chosen
                .par_iter()
                .filter(|p| p.kind != PageKind::SearchIndex)
                .map(|page| render(page))
                .collect::<Result<_>>()?;
            let index_page = chosen.iter().find(|p| p.kind == PageKind::SearchIndex);
            if let Some(page) = index_page {
                index(&mut buffer);
                files.push(OutputFile { path: page.file.clone(), bytes: buffer });
            }
            for file in &statics {
                files.push(read_static(file)?);
            }
            let kept_cards = &self.kept.cards;
            let cards: Vec<OutputFile> = card_jobs
                .par_iter()
                .filter(|job| kept_cards.get(&job.path) != Some(&job.key))
                .map(|job| renderer.render_card(job))
                .collect::<Result<_>>()?;
            files.extend(cards);
            let mut stats = output::write_changed(output_abs, &files, &mut self.written)?;
            let mut remove: Vec<String> = plan.remove.iter().filter_map(page_file).collect();
            let card_paths: BTreeSet<&str> = card_jobs.iter().map(|j| j.path.as_str()).collect();
            remove.extend(
                self.kept.cards.keys().filter(|p| !card_paths.contains(p.as_str())).cloned(),
            );
            if plan.full {
                let mut now: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
                now.extend(&card_paths);
                remove.extend(self.written.keys().filter(|p| !now.contains(p.as_str())).cloned());
            }
            remove.sort_unstable();
            remove.dedup();
            stats.removed = output::remove_files(output_abs, &remove, &mut self.written)?;
            if let Some(page) = index_page {
                if let Some(index) = files.iter_mut().find(|f| f.path == page.file) {
                    self.index_buffer = std::mem::take(&mut index.bytes);
                }
            }
            stats
        };
        self.kept.cards = card_jobs.into_iter().map(|job| (job.path, job.key)).collect();
        self.summary = Some(summary);
        self.pending_full = false;
        self.pending.clear();
        let outcome =
            Outcome::Built { full: plan.full, pages: rendered, static_files: statics.len() };
        Ok((outcome, written))
    }
}

/// A static file's bytes, as an output file.
fn read_static(file: &StaticFile) -> Result<OutputFile> {
    Ok(OutputFile { path: file.path.clone(), bytes: file.read()? })
}

/// The gate: error-level findings that stop a build, those about files
/// that are, or might be, published. Errors in entries that stay off the
/// site (drafts, private and incubating entries) are reported but do not
/// block.
fn blocking_errors(journal: &Journal, report: &Report, included: &dyn Fn(&Entry) -> bool) -> usize {
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
fn static_files<'t>(theme: &'t Theme, pages: &[Page]) -> Result<Vec<&'t StaticFile>> {
    let generated: std::collections::HashSet<&str> =
        pages.iter().map(|p| p.file.as_str()).collect();
    theme
        .static_files
        .iter()
        .map(|file| {
            if generated.contains(file.path.as_str()) || file.path == output::MARKER {
                return Err(Error::StaticCollision { path: file.path.clone() });
            }
            Ok(file)
        })
        .collect()
}

/// The output file of a page that can disappear.
fn page_file(key: &PageKey) -> Option<String> {
    match key {
        PageKey::Entry(slug) => Some(format!("{}index.html", crate::site::pages::entry_url(slug))),
        PageKey::Tag(segment) => {
            Some(format!("{}index.html", crate::site::pages::tag_url(segment)))
        }
        _ => None,
    }
}

/// Adds the live-reload script before `</body>` (or at the end).
fn inject_live_reload(html: &mut Vec<u8>) {
    let at =
        html.windows(7).rposition(|w| w.eq_ignore_ascii_case(b"</body>")).unwrap_or(html.len());
    html.splice(at..at, LIVE_RELOAD_SCRIPT.bytes());
}
