//! A watch-mode build session: the journal, the rendered bodies and what
//! was written are kept between rebuilds, so that a change re-parses only
//! the files whose size or modification time changed, re-renders only the
//! pages that depend on them, and writes only the bytes that changed.

use std::collections::{BTreeMap, BTreeSet};
use std::ffi::OsStr;
use std::path::{Path, PathBuf};
use std::sync::Arc;
use std::time::{Duration, Instant};

use foldhash::{HashMap, HashSet};
use jiff::civil::Date;
use rayon::prelude::*;
use walkdir::WalkDir;

use crate::build::blocking_errors;
use crate::check::{Context, Report, Settings, check_entry_with, collisions};
use crate::config::{Config, FILE_NAME};
use crate::diagnostic::{self, Diagnostic};
use crate::entry::Entry;
use crate::error::Result;
use crate::journal::walk::{self, Stamp, is_entry_name, is_hidden};
use crate::journal::{Journal, entries_dir, load_file};
use crate::output::{self, WriteStats};
use crate::render::markdown::Rendered;
use crate::render::theme::Theme;
use crate::render::{OutputFile, Renderer, search};
use crate::site::pages::pages;
use crate::site::{PageKind, Site};
use crate::watch::plan::{PageKey, Summary, plan};

/// The script that watch-mode pages load for live reload.
pub const LIVE_RELOAD_SCRIPT: &str = "<script src=\"/__failfolio/live.js\" defer></script>";

/// How a session builds.
#[derive(Debug, Clone)]
pub struct SessionOptions {
    /// The journal.
    pub root: PathBuf,
    /// The output folder.
    pub output: PathBuf,
    /// Also show incubating, draft and private entries, with badges.
    pub include_unpublished: bool,
    /// Overrides `base_url` from the configuration.
    pub base_url: Option<String>,
    /// Adds the live-reload script to every HTML page.
    pub live_reload: bool,
    /// Today's date.
    pub today: Date,
}

/// What a rebuild did.
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
    },
    /// Errors in entries on the site: nothing was written, and the
    /// previous site stays.
    Blocked {
        /// How many errors block it.
        errors: usize,
    },
}

/// The result of one rebuild.
#[derive(Debug, Clone)]
pub struct Rebuild {
    /// What happened.
    pub outcome: Outcome,
    /// Entry files re-read.
    pub reparsed: usize,
    /// Whether every entry file's metadata was scanned (rather than only
    /// the files the events named).
    pub rescanned: bool,
    /// What the write did.
    pub written: WriteStats,
    /// How long it took.
    pub elapsed: Duration,
}

/// The inputs besides entries, by path: configuration, templates, static
/// files and themes.
type Inputs = BTreeMap<PathBuf, Stamp>;

/// A build that can be redone cheaply.
pub struct Session {
    options: SessionOptions,
    output_abs: PathBuf,
    journal: Option<Journal>,
    settings: Settings,
    renderer: Option<(Theme, Renderer)>,
    inputs: Inputs,
    /// Per-file findings of the rules that look at one entry only.
    findings: HashMap<PathBuf, (Vec<Diagnostic>, usize)>,
    bodies: HashMap<PathBuf, Arc<Rendered>>,
    summary: Option<Summary>,
    written: HashMap<String, u64>,
    report: Report,
    /// Changes not yet on the site (a rebuild was blocked or failed):
    /// every page must be redone…
    pending_full: bool,
    /// …or the pages of these slugs.
    pending: BTreeSet<String>,
    /// Each entry's listing item by slug, with the [`item_key`] it was made for.
    items: HashMap<String, (u64, Arc<tera::Value>)>,
    /// Each entry's search record by slug, likewise.
    records: HashMap<String, (u64, Arc<Vec<u8>>)>,
    /// The search index's bytes, kept to be refilled: it is the largest
    /// file, rewritten after every save.
    index_buffer: Vec<u8>,
    /// Whether the last full scan went through a symlink: then events may
    /// name another path than the entry's, and every rebuild rescans.
    links: bool,
}

impl Session {
    /// A session for `options`. Nothing is read until [`rebuild`](Self::rebuild).
    pub fn new(options: SessionOptions) -> Result<Session> {
        output::check_output_dir(&options.root, &options.output)?;
        let output_abs = output::absolute(&options.output)?;
        Ok(Session {
            options,
            output_abs,
            journal: None,
            settings: Settings::default(),
            renderer: None,
            inputs: Inputs::new(),
            findings: HashMap::default(),
            bodies: HashMap::default(),
            summary: None,
            written: HashMap::default(),
            report: Report::default(),
            pending_full: false,
            pending: BTreeSet::new(),
            items: HashMap::default(),
            records: HashMap::default(),
            index_buffer: Vec::new(),
            links: false,
        })
    }

    /// The journal as last loaded (for diagnostic snippets).
    pub fn journal(&self) -> Option<&Journal> {
        self.journal.as_ref()
    }

    /// The findings of the last rebuild.
    pub fn report(&self) -> &Report {
        &self.report
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

    /// Rescans the journal and brings the output up to date. An `Err` is
    /// an operational failure (a broken configuration or template); the
    /// previous output stays, and the next rebuild tries again.
    pub fn rebuild(&mut self) -> Result<Rebuild> {
        self.rebuild_touched(&[])
    }

    /// Like [`rebuild`](Self::rebuild), also re-reading the entry files in
    /// `touched` (paths from file-system events) even if their size and
    /// modification time look the same — a same-size save within one tick
    /// of a coarse clock.
    pub fn rebuild_touched(&mut self, touched: &[PathBuf]) -> Result<Rebuild> {
        let started = Instant::now();
        let root_abs = output::absolute(&self.options.root)?;
        let touched_abs: Vec<PathBuf> =
            touched.iter().filter_map(|p| output::absolute(p).ok()).collect();
        let root = self.options.root.clone();

        // Configuration, templates, static files and themes.
        let inputs = scan_inputs(&root, &self.output_abs);
        let inputs_changed = inputs != self.inputs || self.renderer.is_none();
        if inputs_changed {
            let mut config = Config::load(&root)?;
            if let Some(url) = &self.options.base_url {
                config.base_url = url.clone();
                config.validate(Path::new("--base-url"))?;
            }
            let settings = Settings::from_config(
                &config,
                &root.join(FILE_NAME),
                config.source_text.as_deref(),
            )?;
            let theme = Theme::load(&root, &config)?;
            let renderer = Renderer::new(&theme, config.markdown.raw_html)?;
            self.settings = settings;
            self.renderer = Some((theme, renderer));
            self.pending_full = true;
            self.findings.clear();
            self.bodies.clear();
            match &mut self.journal {
                Some(journal) => journal.config = config,
                None => self.journal = Some(Journal::empty(&root, config)),
            }
            self.inputs = inputs;
        }
        let journal = self.journal.as_mut().expect("loaded above");

        // Entries. When the events name only saved entry files, re-read
        // those; otherwise rescan every file's size and modification time and
        // re-read the ones that changed.
        let quick = if inputs_changed || self.summary.is_none() || self.links {
            None
        } else {
            quick_scan(&root, &root_abs, &self.output_abs, journal, &touched_abs)
        };
        // Events can be lost or merged (a file created and deleted inside
        // one window leaves none): the quick path is taken only when the
        // entry files on disk are the ones known, which a listing of names,
        // without a stat each, tells cheaply even at 10,000 files.
        let quick = quick.filter(|_| same_entry_files(&root, &root_abs, &self.output_abs, journal));
        let rescanned = quick.is_none();
        let (stale, gone, walk_diagnostics) = match quick {
            Some(stale) => (stale, Vec::new(), None),
            None => {
                let entries_dir = entries_dir(&root)?;
                let discovery =
                    walk::discover(&root, &entries_dir, std::slice::from_ref(&self.output_abs));
                self.links = discovery.links;
                let touched: HashSet<PathBuf> =
                    touched_abs.iter().map(|p| walk::relative(&root_abs, p)).collect();
                // Keyed by the paths' bytes: comparing `Path`s component by
                // component is slow across ten thousand files.
                let fresh: HashSet<&OsStr> =
                    discovery.found.iter().map(|f| f.rel.as_os_str()).collect();
                let known: HashMap<&OsStr, Option<Stamp>> =
                    journal.files.iter().map(|f| (f.path.as_os_str(), f.stamp)).collect();
                let gone: Vec<PathBuf> = journal
                    .files
                    .iter()
                    .filter(|f| !fresh.contains(f.path.as_os_str()))
                    .map(|f| f.path.clone())
                    .collect();
                let stale: Vec<walk::Found> = discovery
                    .found
                    .iter()
                    .filter(|f| {
                        inputs_changed
                            || touched.contains(&f.rel)
                            || known.get(f.rel.as_os_str()).is_none_or(|old| *old != Some(f.stamp))
                    })
                    .cloned()
                    .collect();
                (stale, gone, Some(discovery.problems))
            }
        };
        let limit = journal.config.limits.max_entry_bytes;
        let reloaded: Vec<_> =
            stale.par_iter().map(|f| load_file(&f.abs, &f.rel, Some(f.stamp), limit)).collect();
        let mut changed_slugs = std::mem::take(&mut self.pending);
        let mut changed_paths: Vec<PathBuf> = Vec::new();
        for path in &gone {
            if let Some(old) = journal.remove(path).and_then(|f| f.entry) {
                changed_slugs.insert(old.slug);
            }
            self.findings.remove(path);
            self.bodies.remove(path);
        }
        for file in reloaded {
            if let Some(old) = journal.file(&file.path).and_then(|f| f.entry.as_ref()) {
                changed_slugs.insert(old.slug.clone());
            }
            if let Some(new) = &file.entry {
                changed_slugs.insert(new.slug.clone());
            }
            self.bodies.remove(&file.path);
            self.findings.remove(&file.path);
            changed_paths.push(file.path.clone());
            journal.upsert(file);
        }
        if let Some(problems) = walk_diagnostics {
            journal.walk_diagnostics = problems;
        }
        let reparsed = changed_paths.len();
        if !inputs_changed && changed_paths.is_empty() && gone.is_empty() && self.summary.is_some()
        {
            self.pending = changed_slugs;
            return Ok(Rebuild {
                outcome: Outcome::Unchanged,
                reparsed,
                rescanned,
                written: WriteStats::default(),
                elapsed: started.elapsed(),
            });
        }

        // Check: per-entry rules only for files that changed; the rules that
        // look across entries, for all.
        let cx = Context::new(journal, &self.settings, self.options.today);
        let missing: Vec<&crate::journal::JournalFile> =
            journal.files.iter().filter(|f| !self.findings.contains_key(&f.path)).collect();
        let computed: Vec<(PathBuf, (Vec<Diagnostic>, usize))> = missing
            .par_iter()
            .map(|f| {
                let mut out = f.diagnostics.clone();
                let mut allowed = 0;
                if let Some(entry) = &f.entry {
                    allowed = check_entry_with(&cx, entry, &mut out, &|r| !r.reads_other_entries());
                }
                (f.path.clone(), (out, allowed))
            })
            .collect();
        self.findings.extend(computed);
        // In path order, file by file, so that the final sort has next to
        // nothing to do: comparing paths is slow across ten thousand files.
        let mut diagnostics: Vec<Diagnostic> = Vec::new();
        let mut allowed = 0;
        for file in &journal.files {
            let first = diagnostics.len();
            if let Some((found, n)) = self.findings.get(&file.path) {
                diagnostics.extend(found.iter().cloned());
                allowed += n;
            }
            if let Some(entry) = &file.entry {
                allowed +=
                    check_entry_with(&cx, entry, &mut diagnostics, &|r| r.reads_other_entries());
            }
            diagnostic::sort_in_file(&mut diagnostics[first..]);
        }
        diagnostics.extend(journal.walk_diagnostics.iter().cloned());
        diagnostics.extend(collisions::check(journal.entries()));
        diagnostic::sort(&mut diagnostics);
        self.report = Report { diagnostics, allowed };

        let include_all = self.options.include_unpublished;
        let included = |e: &Entry| include_all || e.is_publishable();
        let errors = blocking_errors(journal, &self.report, &included);
        if errors > 0 {
            self.pending = changed_slugs;
            return Ok(Rebuild {
                outcome: Outcome::Blocked { errors },
                reparsed,
                rescanned,
                written: WriteStats::default(),
                elapsed: started.elapsed(),
            });
        }

        // Plan.
        let (theme, renderer) = self.renderer.as_ref().expect("loaded above");
        let site = Site::new(&journal.config, journal.entries().filter(|e| included(e)));
        // Kept bodies, and the ones to render: one look-up per entry.
        let kept: Vec<Option<Arc<Rendered>>> =
            site.entries.iter().map(|e| self.bodies.get(&e.path).cloned()).collect();
        let missing: Vec<usize> = (0..kept.len()).filter(|&i| kept[i].is_none()).collect();
        let bodies: Vec<Arc<Rendered>> = kept
            .into_par_iter()
            .zip(&site.entries)
            .map(|(body, e)| body.unwrap_or_else(|| Arc::new(renderer.render_body(e.body()))))
            .collect();
        for i in missing {
            self.bodies.insert(site.entries[i].path.clone(), bodies[i].clone());
        }
        let mut shared = renderer.shared_with(&site, include_all, bodies);
        let global =
            output::fingerprint(&serde_json::to_vec(&shared.site_view).unwrap_or_default());
        let summary = Summary::of(&site, global);

        // Listing items and search records: kept per entry, redone for the
        // entries that changed and for those whose tags, chain or badge did.
        let full = self.pending_full || self.summary.as_ref().is_none_or(|s| s.global != global);
        let fresh = |slug: &String| full || changed_slugs.contains(slug);
        let keys: Vec<u64> = (0..site.entries.len()).map(|i| item_key(&site, i)).collect();
        // Each item, and whether it differs from the one listed before.
        let items: Vec<(Arc<tera::Value>, bool)> = (0..site.entries.len())
            .into_par_iter()
            .map(|i| match self.items.get(&site.entries[i].slug) {
                Some((key, item)) if *key == keys[i] && !fresh(&site.entries[i].slug) => {
                    (item.clone(), false)
                }
                old => {
                    let item = crate::render::item(&site, i);
                    let relisted = old.is_none_or(|(_, old)| **old != item);
                    (Arc::new(item), relisted)
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
            plan(self.summary.as_ref(), &summary, &changed_slugs, &relisted, self.pending_full);
        let records: Vec<Arc<Vec<u8>>> = (0..site.entries.len())
            .into_par_iter()
            .map(|i| match self.records.get(&site.entries[i].slug) {
                Some((key, record)) if *key == keys[i] && !fresh(&site.entries[i].slug) => {
                    record.clone()
                }
                _ => Arc::new(search::record(&site, i, &shared.bodies[i])),
            })
            .collect();
        // Kept for the next rebuild: only what was made anew is stored.
        for (i, e) in site.entries.iter().enumerate() {
            keep(&mut self.items, &e.slug, keys[i], &items[i]);
            keep(&mut self.records, &e.slug, keys[i], &records[i]);
        }
        if self.items.len() > site.entries.len() || self.records.len() > site.entries.len() {
            let on_site: HashSet<&str> = site.entries.iter().map(|e| e.slug.as_str()).collect();
            self.items.retain(|slug, _| on_site.contains(slug.as_str()));
            self.records.retain(|slug, _| on_site.contains(slug.as_str()));
        }
        shared.items = items;
        // Until the files are written, the changes are still to do.
        self.pending = changed_slugs;

        // Render.
        let all = pages(&site);
        let chosen: Vec<_> = all
            .iter()
            .filter(|p| plan.full || plan.render.contains(&PageKey::of(&site, p.kind)))
            .collect();
        let mut index = std::mem::take(&mut self.index_buffer);
        let mut files: Vec<OutputFile> = chosen
            .par_iter()
            .filter(|p| p.kind != PageKind::SearchIndex)
            .map(|p| renderer.render_page(&site, &shared, p))
            .collect::<Result<_>>()?;
        let index_page = chosen.iter().find(|p| p.kind == PageKind::SearchIndex);
        if let Some(p) = index_page {
            search::join_into(&mut index, records.iter().map(|r| r.as_slice()));
            files.push(OutputFile { path: p.file.clone(), bytes: index });
        }
        let rendered_pages = files.len();
        if plan.full {
            for file in crate::build::static_files(theme, &all)? {
                files.push(OutputFile { path: file.path.clone(), bytes: file.read()? });
            }
        }
        if self.options.live_reload {
            for file in files.iter_mut().filter(|f| f.path.ends_with(".html")) {
                inject_live_reload(&mut file.bytes);
            }
        }

        // Write.
        let mut written = if self.summary.is_none() {
            let stats = output::write_atomic(&self.output_abs, &files)?;
            self.written =
                files.iter().map(|f| (f.path.clone(), output::fingerprint(&f.bytes))).collect();
            stats
        } else {
            output::write_changed(&self.output_abs, &files, &mut self.written)?
        };
        let mut remove: Vec<String> = plan.remove.iter().filter_map(page_file).collect();
        if plan.full {
            let now: BTreeSet<&str> = files.iter().map(|f| f.path.as_str()).collect();
            remove.extend(self.written.keys().filter(|p| !now.contains(p.as_str())).cloned());
        }
        written.removed = output::remove_files(&self.output_abs, &remove, &mut self.written)?;
        if let Some(p) = index_page {
            if let Some(index) = files.iter_mut().find(|f| f.path == p.file) {
                self.index_buffer = std::mem::take(&mut index.bytes);
            }
        }
        self.summary = Some(summary);
        self.pending_full = false;
        self.pending.clear();
        Ok(Rebuild {
            outcome: Outcome::Built { full: plan.full, pages: rendered_pages },
            reparsed,
            rescanned,
            written,
            elapsed: started.elapsed(),
        })
    }
}

/// Stores `value`, made for `key`, as `slug`'s in `kept`, unless it is the
/// one kept already.
fn keep<T>(kept: &mut HashMap<String, (u64, Arc<T>)>, slug: &str, key: u64, value: &Arc<T>) {
    match kept.get_mut(slug) {
        Some((_, old)) if Arc::ptr_eq(old, value) => {}
        Some(old) => *old = (key, value.clone()),
        None => {
            kept.insert(slug.to_string(), (key, value.clone()));
        }
    }
}

/// The entry files to re-read, from the paths of file-system events alone,
/// when they name only entry files that exist (not folders, links, files
/// gone or anything else) and that the last full scan had nothing to say
/// about. `None`: rescan everything.
/// Whether the entry files under `entries/` are exactly the files the
/// journal knows.
fn same_entry_files(root: &Path, root_abs: &Path, output_abs: &Path, journal: &Journal) -> bool {
    let Ok(entries) = entries_dir(root) else { return false };
    let listing = walk::list(root, &entries, &[output_abs.to_path_buf()]);
    if listing.files.len() != journal.files.len() {
        return false;
    }
    let known: HashSet<&OsStr> = journal.files.iter().map(|f| f.path.as_os_str()).collect();
    listing.files.iter().all(|abs| {
        let rel = walk::relative(root_abs, &output::absolute(abs).unwrap_or_else(|_| abs.clone()));
        known.contains(rel.as_os_str())
    })
}

fn quick_scan(
    root: &Path,
    root_abs: &Path,
    output_abs: &Path,
    journal: &Journal,
    touched: &[PathBuf],
) -> Option<Vec<walk::Found>> {
    if touched.is_empty() {
        return None;
    }
    let entries_abs = root_abs.join(crate::journal::ENTRIES_DIR);
    let mut stale = Vec::new();
    for abs in touched {
        if abs.starts_with(output_abs) {
            continue;
        }
        let inside = abs.strip_prefix(&entries_abs).ok()?;
        if inside.components().any(|c| is_hidden(&c.as_os_str().to_string_lossy())) {
            continue; // never read: an editor's temporary file, say
        }
        if !is_entry_name(&abs.file_name()?.to_string_lossy()) {
            return None;
        }
        let rel = walk::relative(root_abs, abs);
        if journal.walk_diagnostics.iter().any(|d| d.file == rel) {
            return None;
        }
        match std::fs::symlink_metadata(abs) {
            Ok(meta) if meta.file_type().is_file() => {
                stale.push(walk::Found { abs: root.join(&rel), rel, stamp: Stamp::of(&meta) })
            }
            // Gone: deleted, or renamed — and the new name may have come
            // without an event of its own.
            _ => return None,
        }
    }
    Some(stale)
}

/// What entry `i`'s listing item and search record depend on besides the
/// entry itself: its tags (names, folders, counts), whether a later
/// attempt tested it, its badge.
fn item_key(site: &Site<'_>, i: usize) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for &t in &site.entry_tags[i] {
        let tag = &site.tags[t];
        (&tag.name, &tag.segment, tag.entries.len()).hash(&mut h);
    }
    site.followup[i].is_some().hash(&mut h);
    site.badges[i].map(|b| b.as_str()).hash(&mut h);
    h.finish()
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

/// Size and modification time of every input besides entries.
fn scan_inputs(root: &Path, output: &Path) -> Inputs {
    let mut inputs = Inputs::new();
    if let Ok(meta) = std::fs::metadata(root.join(FILE_NAME)) {
        inputs.insert(PathBuf::from(FILE_NAME), Stamp::of(&meta));
    }
    for dir in ["templates", "static", "themes"] {
        let base = root.join(dir);
        if !base.is_dir() {
            continue;
        }
        let walker = WalkDir::new(&base).follow_links(true).sort_by_file_name().into_iter();
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
