//! PF005 `reencountered`.

use crate::check::rules::{Rule, declare_rule};
use crate::check::{Context, Finding, Tier, front_matter_start, value_span};
use crate::diagnostic::Level;
use crate::entry::{Entry, Stage};

declare_rule! {
    /// ## What it does
    /// Reports an entry without a `processed` date as *incubating* (a note,
    /// not an error), with the day it is ready to be re-encountered:
    /// `date` plus `warning_hours` of `incubation-period` (48 hours).
    /// Incubating entries are never published. A `processed` date in the
    /// future or before `date`, or a `date` in the future, is an error.
    ///
    /// ## Why is this bad?
    /// A processed failure is re-encountered after adequate sleep and
    /// temporal distance; until then it is held without forced resolution.
    ///
    /// ## Example
    /// ```yaml
    /// date: 2026-03-05
    /// processed: 2026-03-02   # PF005: before `date`
    /// ```
    /// Passes:
    /// ```yaml
    /// date: 2026-03-02
    /// processed: 2026-03-05
    /// ```
    pub struct Reencountered;
}

impl Rule for Reencountered {
    fn code(&self) -> &'static str {
        "PF005"
    }
    fn name(&self) -> &'static str {
        "reencountered"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn fields(&self) -> &'static [&'static str] {
        &["date", "processed"]
    }
    fn summary(&self) -> &'static str {
        "incubating until processed; dates not in the future"
    }
    fn applies_to_incubating(&self) -> bool {
        true
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let fm = &entry.front_matter;
        let Some(date) = fm.date else { return };
        if date.date() > cx.today {
            out.push(
                Finding::new(format!("`date` {date} is in the future"))
                    .at(value_span(entry, "date"))
                    .help("`date` is when the outcome became known; write it once it has happened"),
            );
        }
        match (entry.stage(), fm.processed) {
            (Stage::Incubating, _) => {
                let hours = super::incubation_period::incubation(cx.settings).warning_hours;
                let Some(ready) = entry.ready_at(hours) else { return };
                let when = if ready.date() > cx.today {
                    format!("ready to re-encounter on {}", ready.date())
                } else {
                    format!("ready to re-encounter since {}", ready.date())
                };
                out.push(
                    Finding::new(format!("incubating: {when} ({date} + {hours} h); not published until then"))
                        .tier(Tier::Note)
                        .at(front_matter_start(entry))
                        .help("after a night or two, reread it, fill in the after-action review and add `processed: YYYY-MM-DD`"),
                );
            }
            (Stage::Processed, Some(processed)) => {
                if processed.date() > cx.today {
                    out.push(
                        Finding::new(format!("`processed` {processed} is in the future"))
                            .at(value_span(entry, "processed"))
                            .help("date `processed` on the day you actually re-encountered the failure"),
                    );
                } else if processed < date {
                    out.push(
                        Finding::new(format!("`processed` {processed} is before `date` {date}"))
                            .at(value_span(entry, "processed"))
                            .help("a failure can only be re-encountered after its outcome is known; check both dates"),
                    );
                }
            }
            (Stage::Processed, None) => {}
        }
    }
}
