//! `failfolio status`: what needs attention today. The reminder that turns
//! the journal into a loop — attempt, observe, extract, adjust — by saying
//! which failures are ready to be re-encountered and which adjustments
//! were never tried.

use std::path::PathBuf;

use jiff::civil::{Date, DateTime};
use serde::Serialize;

use crate::check::{Report, Settings};
use crate::diagnostic::Level;
use crate::entry::{Stage, Visibility};
use crate::journal::Journal;

/// An incubating entry and when it is ready.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Incubating {
    /// The file, relative to the journal.
    pub file: PathBuf,
    /// The title.
    pub title: String,
    /// When the outcome became known (ISO).
    pub date: String,
    /// When it can be re-encountered: `date` + the incubation period.
    pub ready: String,
    /// Whether that moment has come.
    pub ready_now: bool,
}

/// A file with error-level findings.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct WithErrors {
    /// The file, relative to the journal.
    pub file: PathBuf,
    /// How many errors.
    pub errors: usize,
}

/// A processed entry whose adjustment no later attempt has tested.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Untested {
    /// The file, relative to the journal.
    pub file: PathBuf,
    /// The title.
    pub title: String,
    /// The adjustment to try.
    pub adjustment: String,
    /// When it was processed (ISO date).
    pub processed: String,
    /// Days since then.
    pub days: i64,
}

/// Counts over the whole journal.
#[derive(Debug, Clone, Default, Serialize, PartialEq, Eq)]
pub struct Totals {
    /// Entry files.
    pub files: usize,
    /// Processed, public entries (published when they have no errors).
    pub processed: usize,
    /// Entries without a `processed` date.
    pub incubating: usize,
    /// `draft: true`.
    pub drafts: usize,
    /// `private: true`.
    pub private: usize,
    /// Files with error-level findings.
    pub with_errors: usize,
    /// Processed entries whose adjustment a later entry tested.
    pub tested: usize,
}

/// Everything `failfolio status` reports.
#[derive(Debug, Clone, Serialize, PartialEq, Eq)]
pub struct Status {
    /// The day the status is for (ISO).
    pub today: String,
    /// Incubating entries, the ones ready first.
    pub incubating: Vec<Incubating>,
    /// Files with errors.
    pub with_errors: Vec<WithErrors>,
    /// Adjustments untested for longer than the `untested-adjustment` days.
    pub untested: Vec<Untested>,
    /// Totals.
    pub totals: Totals,
}

/// The status of `journal` on `today`, given its check `report`.
pub fn status(journal: &Journal, report: &Report, settings: &Settings, today: Date) -> Status {
    let now = today.to_datetime(jiff::civil::Time::midnight());
    let hours = crate::check::rules::incubation(settings).warning_hours;
    let mut totals = Totals { files: journal.files.len(), ..Totals::default() };
    let mut incubating = Vec::new();
    let mut untested = Vec::new();
    for entry in journal.entries() {
        let fm = &entry.front_matter;
        match (entry.visibility(), entry.stage()) {
            (Visibility::Private, _) => totals.private += 1,
            (Visibility::Draft, _) => totals.drafts += 1,
            (Visibility::Public, Stage::Incubating) => totals.incubating += 1,
            (Visibility::Public, Stage::Processed) => totals.processed += 1,
        }
        if entry.stage() == Stage::Incubating {
            let ready: Option<DateTime> = entry.ready_at(hours);
            incubating.push(Incubating {
                file: entry.path.clone(),
                title: entry.title().to_string(),
                date: fm.date.map(|d| d.to_string()).unwrap_or_default(),
                ready: ready.map(|r| r.date().to_string()).unwrap_or_default(),
                ready_now: ready.is_some_and(|r| r <= now),
            });
            continue;
        }
        if fm.followup.is_some() {
            totals.tested += 1;
            continue;
        }
        if let Some(processed) = fm.processed {
            let days = (today - processed.date()).get_days() as i64;
            if days > crate::check::rules::untested_days(settings) {
                untested.push(Untested {
                    file: entry.path.clone(),
                    title: entry.title().to_string(),
                    adjustment: fm.adjustment.clone().unwrap_or_default(),
                    processed: processed.date().to_string(),
                    days,
                });
            }
        }
    }
    incubating.sort_by(|a, b| {
        b.ready_now.cmp(&a.ready_now).then(a.ready.cmp(&b.ready)).then(a.file.cmp(&b.file))
    });
    untested.sort_by(|a, b| b.days.cmp(&a.days).then(a.file.cmp(&b.file)));
    let mut with_errors: Vec<WithErrors> = Vec::new();
    for d in report.diagnostics.iter().filter(|d| d.level == Level::Error) {
        match with_errors.last_mut() {
            Some(w) if w.file == d.file => w.errors += 1,
            _ => with_errors.push(WithErrors { file: d.file.clone(), errors: 1 }),
        }
    }
    totals.with_errors = with_errors.len();
    Status { today: today.to_string(), incubating, with_errors, untested, totals }
}

/// The line `status` and `build` end with while entries wait for
/// `processed:`: how many, and since when (the oldest one's date), e.g.
/// "2 entries waiting to be processed, the oldest since 2026-03-02".
pub fn waiting(journal: &Journal) -> Option<String> {
    let waiting: Vec<_> = journal.entries().filter(|e| e.stage() == Stage::Incubating).collect();
    let oldest = waiting.iter().filter_map(|e| e.front_matter.date).map(|d| d.date()).min();
    let n = waiting.len();
    let (count, verb) =
        if n == 1 { ("1 entry".to_string(), "is") } else { (format!("{n} entries"), "are") };
    let since = match (oldest, n) {
        (None, _) => String::new(),
        (Some(d), 1) => format!(" since {d}"),
        (Some(d), _) => format!(", the oldest since {d}"),
    };
    (n > 0).then(|| {
        format!(
            "{count} {verb} waiting to be processed{since}: reread, fill in the review and add `processed: YYYY-MM-DD`"
        )
    })
}
