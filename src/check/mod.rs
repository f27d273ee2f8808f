//! The processed-failure criteria: rules PF001–PF012 run over a loaded
//! journal, producing [`Diagnostic`]s.
//!
//! Each rule is a unit struct in its own module under `rules/`, registered in
//! [`rules::RULES`]. Rules see one entry at a time plus a read-only
//! [`Context`] (settings, today's date, every entry by slug), so they can run
//! in parallel and be re-run for one changed file.

pub mod collisions;
mod configure;
#[cfg(test)]
mod evaluation;
pub mod external_links;
pub mod judge;
pub mod lists;
pub mod options;
pub mod phrases;
pub mod rule;
pub mod rules;
pub mod settings;

use std::any::{Any, TypeId};
use std::ops::Range;
use std::path::{Path, PathBuf};
use std::sync::Arc;

use jiff::civil::{Date, DateTime};
use rayon::prelude::*;

pub use rules::{RULES, Rule, find_rule};
pub use settings::Settings;

use crate::diagnostic::{self, Diagnostic, Level};
use crate::entry::{Entry, Stage};
use crate::journal::Journal;

/// What rules may look at besides the entry being checked.
pub struct Context<'a> {
    /// Levels, thresholds and phrase lists.
    pub settings: &'a Settings,
    /// Today's date (injected so that checks are reproducible).
    pub today: Date,
    /// Every parsed entry of the journal by slug (the first, on collisions).
    pub by_slug: foldhash::HashMap<&'a str, &'a Entry>,
    /// The journal's folder, when the entries come from one (links into
    /// `static/` are checked there).
    pub root: Option<&'a Path>,
    /// Journal-wide facts a rule works out once and reuses for every
    /// entry, by type (see [`Context::memo`]).
    memo: std::sync::Mutex<foldhash::HashMap<TypeId, Arc<dyn Any + Send + Sync>>>,
}

impl<'a> Context<'a> {
    /// A context over `journal`'s entries.
    pub fn new(journal: &'a Journal, settings: &'a Settings, today: Date) -> Context<'a> {
        let mut cx = Context::of_entries(journal.entries(), settings, today);
        cx.root = Some(&journal.root);
        cx
    }

    /// A context over the given entries only (one file checked alone, as
    /// the fuzz target does).
    pub fn of_entries(
        entries: impl IntoIterator<Item = &'a Entry>,
        settings: &'a Settings,
        today: Date,
    ) -> Context<'a> {
        let mut by_slug = foldhash::HashMap::default();
        for entry in entries {
            by_slug.entry(entry.slug.as_str()).or_insert(entry);
        }
        Context { settings, today, by_slug, root: None, memo: Default::default() }
    }

    /// The value `make` computes from this context, computed once however
    /// many entries ask for it (and from however many threads): how a rule
    /// that looks across entries stays linear in their number.
    pub fn memo<T: Any + Send + Sync>(&self, make: impl FnOnce(&Self) -> T) -> Arc<T> {
        let mut memo = self.memo.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        let value = memo
            .entry(TypeId::of::<T>())
            .or_insert_with(|| Arc::new(make(self)) as Arc<dyn Any + Send + Sync>)
            .clone();
        drop(memo);
        value.downcast::<T>().unwrap_or_else(|_| unreachable!("memo entries are keyed by type"))
    }

    /// The start of today, for comparisons with entry dates.
    pub fn now(&self) -> DateTime {
        self.today.to_datetime(jiff::civil::Time::midnight())
    }
}

/// How strongly a rule flags one finding, before configuration is applied.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Tier {
    /// The rule's main finding: reported at the rule's configured level.
    Primary,
    /// A milder variant: one level below the configured level.
    Secondary,
    /// A status note: always `info` (unless the rule is off).
    Note,
}

/// A finding as a rule produces it; the runner turns it into a
/// [`Diagnostic`] with the configured level.
#[derive(Debug, Clone)]
pub struct Finding {
    /// Main, milder, or status note.
    pub tier: Tier,
    /// Byte range in the entry's source, if it is about a place.
    pub span: Option<Range<usize>>,
    /// What is wrong.
    pub message: String,
    /// What to do.
    pub help: Option<String>,
}

impl Finding {
    /// A primary finding with a message.
    pub fn new(message: impl Into<String>) -> Finding {
        Finding { tier: Tier::Primary, span: None, message: message.into(), help: None }
    }

    /// Sets the tier.
    pub fn tier(mut self, tier: Tier) -> Finding {
        self.tier = tier;
        self
    }

    /// Points at a byte range of the entry's source.
    pub fn at(mut self, span: Range<usize>) -> Finding {
        self.span = Some(span);
        self
    }

    /// Adds the help line.
    pub fn help(mut self, help: impl Into<String>) -> Finding {
        self.help = Some(help.into());
        self
    }
}

/// The outcome of checking a journal.
#[derive(Debug, Clone, Default)]
pub struct Report {
    /// Every finding, sorted by file, line and column.
    pub diagnostics: Vec<Diagnostic>,
    /// Findings silenced by entries' `allow:` lists.
    pub allowed: usize,
}

impl Report {
    /// How many findings have `level`.
    pub fn count(&self, level: Level) -> usize {
        self.diagnostics.iter().filter(|d| d.level == level).count()
    }

    /// Whether `path` has an error-level finding.
    pub fn has_errors(&self, path: &std::path::Path) -> bool {
        self.diagnostics.iter().any(|d| d.level == Level::Error && d.file == path)
    }

    /// How many distinct files have findings at `level` or above.
    pub fn files_with(&self, level: Level) -> usize {
        let mut files: Vec<_> =
            self.diagnostics.iter().filter(|d| d.level >= level).map(|d| &d.file).collect();
        files.sort();
        files.dedup();
        files.len()
    }
}

/// Runs every rule over every entry of `journal`, plus the journal-wide
/// checks, and collects the findings with the load problems.
pub fn check(journal: &Journal, settings: &Settings, today: Date) -> Report {
    check_keeping(journal, settings, today, None)
}

/// The findings of the rules that read one entry only, per file, kept
/// between runs of a [`Pipeline`](crate::pipeline::Pipeline): a file
/// whose source did not change is not checked again by those rules.
#[derive(Debug, Default)]
pub struct KeptFindings {
    by_file: foldhash::HashMap<PathBuf, Findings>,
}

/// One file's findings, and how many its `allow:` silenced.
type Findings = (Vec<Diagnostic>, usize);

impl KeptFindings {
    /// Forgets `path`'s findings (its file changed or is gone).
    pub fn forget(&mut self, path: &Path) {
        self.by_file.remove(path);
    }

    /// Forgets every file's findings (the rules' settings changed).
    pub fn clear(&mut self) {
        self.by_file.clear();
    }
}

/// Like [`check`], reusing the per-file findings in `kept` and storing the
/// ones it computes there. The rules that read other entries
/// ([`Rule::reads_other_entries`]) run on every entry every time.
pub fn check_keeping(
    journal: &Journal,
    settings: &Settings,
    today: Date,
    mut kept: Option<&mut KeptFindings>,
) -> Report {
    let cx = Context::new(journal, settings, today);
    let known = kept.as_deref();
    // In path order, file by file, so that the final sort has next to
    // nothing to do: comparing paths is slow across ten thousand files.
    let per_file: Vec<(Findings, Option<Findings>)> = journal
        .files
        .par_iter()
        .map(|file| {
            let (mut out, mut allowed, new) = match known.and_then(|k| k.by_file.get(&file.path)) {
                Some((found, n)) => (found.clone(), *n, None),
                None => {
                    let mut out = file.diagnostics.clone();
                    let n = file.entry.as_ref().map_or(0, |entry| {
                        check_entry_with(&cx, entry, &mut out, &|r| !r.reads_other_entries())
                    });
                    let new = known.is_some().then(|| (out.clone(), n));
                    (out, n, new)
                }
            };
            if let Some(entry) = &file.entry {
                allowed += check_entry_with(&cx, entry, &mut out, &|r| r.reads_other_entries());
            }
            diagnostic::sort_in_file(&mut out);
            ((out, allowed), new)
        })
        .collect();
    let mut diagnostics =
        Vec::with_capacity(per_file.iter().map(|((found, _), _)| found.len()).sum());
    let mut allowed = 0;
    for (file, ((found, n), new)) in journal.files.iter().zip(per_file) {
        diagnostics.extend(found);
        allowed += n;
        if let (Some(kept), Some(new)) = (kept.as_deref_mut(), new) {
            kept.by_file.insert(file.path.clone(), new);
        }
    }
    diagnostics.extend(journal.walk_diagnostics.iter().cloned());
    diagnostics.extend(journal.config.strings.warnings.iter().cloned());
    diagnostics.extend(collisions::check(journal.entries()));
    // The files come in path order and each one's findings are sorted, so
    // this sort only merges in the few findings about paths.
    diagnostic::sort(&mut diagnostics);
    Report { diagnostics, allowed }
}

/// Runs every enabled rule on one entry; returns how many findings the
/// entry's `allow:` silenced.
pub fn check_entry(cx: &Context<'_>, entry: &Entry, out: &mut Vec<Diagnostic>) -> usize {
    check_entry_with(cx, entry, out, &|_| true)
}

/// Runs the enabled rules that `include` selects on one entry.
pub fn check_entry_with(
    cx: &Context<'_>,
    entry: &Entry,
    out: &mut Vec<Diagnostic>,
    include: &dyn Fn(&dyn Rule) -> bool,
) -> usize {
    let incubating = entry.stage() == Stage::Incubating;
    let allow = Allow::of(entry);
    let mut silenced = 0;
    let mut findings = Vec::new();
    for rule in RULES.iter().copied().filter(|r| include(*r)) {
        let level = cx.settings.level(rule);
        if level == Level::Off || (incubating && !rule.applies_to_incubating()) {
            continue;
        }
        findings.clear();
        rule.check(cx, entry, &mut findings);
        if let Some(i) = allow.position(rule) {
            allow.ran[i].set(true);
            if rule.can_be_allowed() {
                if !findings.is_empty() {
                    allow.used[i].set(true);
                }
                silenced += findings.len();
                continue;
            }
        }
        for f in findings.drain(..) {
            let level = match f.tier {
                Tier::Primary => level,
                Tier::Secondary => level.milder(),
                Tier::Note => Level::Info,
            };
            let mut d = Diagnostic::new(rule.code(), rule.name(), level, &entry.path, f.message);
            if let Some(span) = f.span {
                d = d.at(&entry.source, span);
            }
            d.help = f.help;
            out.push(d);
        }
    }
    // Items that name no rule are said once, with the per-entry rules.
    allow.report(entry, out, include(&rules::MalformedEntry));
    silenced
}

/// An entry's `allow:` list, and what became of each item.
struct Allow<'e> {
    items: Vec<(&'e str, Option<&'static dyn Rule>)>,
    /// Whether the item's rule ran on the entry.
    ran: Vec<std::cell::Cell<bool>>,
    /// Whether the item silenced anything.
    used: Vec<std::cell::Cell<bool>>,
}

impl<'e> Allow<'e> {
    fn of(entry: &'e Entry) -> Allow<'e> {
        let items: Vec<(&str, Option<&'static dyn Rule>)> =
            entry.front_matter.allow.iter().map(|a| (a.as_str(), find_rule(a.trim()))).collect();
        let n = items.len();
        Allow { items, ran: vec![Default::default(); n], used: vec![Default::default(); n] }
    }

    /// The item that names `rule`, if any.
    fn position(&self, rule: &dyn Rule) -> Option<usize> {
        self.items.iter().position(|(_, r)| r.is_some_and(|r| r.code() == rule.code()))
    }

    /// Warnings for items that name no rule, a rule that cannot be allowed,
    /// or silence nothing.
    fn report(&self, entry: &Entry, out: &mut Vec<Diagnostic>, misnamed: bool) {
        for (i, (text, rule)) in self.items.iter().enumerate() {
            let (message, help) = match rule {
                None if misnamed => {
                    let names = RULES.iter().flat_map(|r| [r.code(), r.name()]);
                    let help = match crate::config::did_you_mean(text, names) {
                        Some(s) => format!("did you mean `{s}`?"),
                        None => "`failfolio rules` lists every rule's code and name".into(),
                    };
                    (format!("`allow` names no rule: `{text}`"), help)
                }
                Some(rule) if misnamed && !rule.can_be_allowed() => (
                    format!("`{}` ({}) cannot be allowed", rule.code(), rule.name()),
                    "an entry that cannot be read or lacks a required field cannot be checked; fix it instead".into(),
                ),
                Some(rule)
                    if rule.can_be_allowed()
                        && self.ran[i].get()
                        && !self.used[i].get()
                        && !silences_external_links(*rule, entry) =>
                (
                    format!("`allow: {text}` silences nothing: {} finds nothing in this entry", rule.code()),
                    "remove it, so that the rule speaks again if the entry changes".into(),
                ),
                _ => continue,
            };
            let span = allow_span(entry, text);
            out.push(
                diagnostic::malformed(Level::Warning, &entry.path, message)
                    .at(&entry.source, span)
                    .help(help),
            );
        }
    }
}

/// Whether `allow: [PF013]` in `entry` may be there for its links to
/// `http(s)` addresses, which only `check --external` follows (and then
/// does not report, nor even request): plain `check` cannot say it
/// silences nothing.
fn silences_external_links(rule: &dyn Rule, entry: &Entry) -> bool {
    rule.code() == rules::EntryLinks.code()
        && !crate::links::external_links_in(entry.body(), entry.body_start).is_empty()
}

/// The span of `item` inside the `allow` value, or of the value.
fn allow_span(entry: &Entry, item: &str) -> Range<usize> {
    let span = value_span(entry, "allow");
    match entry.source[span.clone()].find(item) {
        Some(i) if !item.is_empty() => span.start + i..span.start + i + item.len(),
        _ => span,
    }
}

/// The byte range of the value of `key` in `entry`, or of the key itself
/// when the value is empty, or the front matter's first line when the key is
/// absent.
pub fn value_span(entry: &Entry, key: &str) -> Range<usize> {
    match entry.keys.get(key) {
        Some(k) if !k.value.is_empty() => k.value.clone(),
        Some(k) => k.key.clone(),
        None => front_matter_start(entry),
    }
}

/// The span of the opening `---` fence.
pub fn front_matter_start(entry: &Entry) -> Range<usize> {
    let start = if entry.source.starts_with('\u{feff}') { 3 } else { 0 };
    start..start + 3
}

/// The source span of phrase match `m` inside the value of `key`: the
/// value's whitespace-separated tokens are the same in the source and in
/// the parsed text (folding only changes whitespace), so token indices map
/// across. Falls back to the whole value when they do not line up.
pub fn match_span(entry: &Entry, key: &str, m: &phrases::Match) -> Range<usize> {
    let value = value_span(entry, key);
    let Some(parsed) = entry.front_matter.text(key) else { return value };
    let region = &entry.source[value.clone()];
    let tokens: Vec<(usize, &str)> = region
        .split_whitespace()
        .map(|w| (w.as_ptr() as usize - region.as_ptr() as usize, w))
        .collect();
    if tokens.len() != parsed.split_whitespace().count() || m.tokens.end > tokens.len() {
        return value;
    }
    let start = tokens[m.tokens.start].0;
    let (last_start, last) = tokens[m.tokens.end - 1];
    // Quotes and punctuation around the words are not part of the match.
    phrases::trim_punctuation(
        &entry.source,
        value.start + start..value.start + last_start + last.len(),
    )
}

/// The source span of match `m` in the entry's body.
pub fn body_span(entry: &Entry, m: &phrases::Match) -> Range<usize> {
    entry.body_start + m.span.start..entry.body_start + m.span.end
}
