//! What `build --watch` and `serve` print after each rebuild: the
//! problems (errors every time they block, warnings when they are new) and
//! one status line.

use std::collections::HashSet;

use failfolio::Diagnostic;
use failfolio::diagnostic::Level;
use failfolio::error::Result;
use failfolio::pipeline::{Outcome, Pipeline, Run};
use failfolio::report;

/// Prints rebuild results; remembers what it printed.
pub(super) struct Printer {
    color: bool,
    shown: HashSet<String>,
    builds: usize,
    /// Whether a build has succeeded, so that there is a site to keep.
    built: bool,
}

impl Printer {
    /// A printer that colours when `color`.
    pub(super) fn new(color: bool) -> Printer {
        Printer { color, shown: HashSet::new(), builds: 0, built: false }
    }

    /// Prints what `result` means.
    pub(super) fn print(&mut self, pipeline: &Pipeline, result: &Result<Run>) {
        let rebuild = match result {
            Ok(rebuild) => rebuild,
            Err(err) => {
                let prefix = if self.color { "\x1b[1;31merror\x1b[0m" } else { "error" };
                eprintln!("{prefix}: {err}");
                if !self.built {
                    eprintln!("{} nothing to show yet; fix it and save to try again", stamp());
                } else if !matches!(err, failfolio::Error::PartlyWritten { .. }) {
                    eprintln!("{} the previous site stays; fix it and save to try again", stamp());
                }
                return;
            }
        };
        if rebuild.outcome == Outcome::Unchanged {
            return;
        }
        let diagnostics = &pipeline.report().diagnostics;
        let key = |d: &Diagnostic| {
            format!(
                "{}:{:?}:{}:{}",
                d.file.display(),
                d.location.as_ref().map(|l| l.line),
                d.code,
                d.message
            )
        };
        let blocked = matches!(rebuild.outcome, Outcome::Blocked { .. });
        let shown: Vec<Diagnostic> = diagnostics
            .iter()
            .filter(|d| d.level >= Level::Warning || (self.builds == 0 && d.code == "PF005"))
            .filter(|d| (blocked && d.level == Level::Error) || !self.shown.contains(&key(d)))
            .cloned()
            .collect();
        self.shown = diagnostics.iter().map(key).collect();
        if !shown.is_empty() {
            let rendered = match pipeline.journal() {
                Some(journal) => report::human(&shown, journal.sources(), self.color),
                None => report::human(&shown, |_| None, self.color),
            };
            eprint!("{rendered}");
        }
        match rebuild.outcome {
            Outcome::Blocked { errors } => eprintln!(
                "{} {errors} error{} in entries on the site; {}. Fix and save.",
                stamp(),
                if errors == 1 { "" } else { "s" },
                if self.built {
                    "still showing the last good build"
                } else {
                    "nothing to show yet"
                }
            ),
            Outcome::Built { full, pages, .. } => {
                self.built = true;
                let w = rebuild.written;
                let what = if self.builds == 0 {
                    "Built"
                } else if full {
                    "Rebuilt all"
                } else {
                    "Rebuilt"
                };
                let warnings = diagnostics.iter().filter(|d| d.level == Level::Warning).count();
                let warned = match warnings {
                    0 => String::new(),
                    1 => ", 1 warning".into(),
                    n => format!(", {n} warnings"),
                };
                say!(
                    "{} {what} {pages} page{} in {} ms ({} written, {} removed{warned})",
                    stamp(),
                    if pages == 1 { "" } else { "s" },
                    rebuild.elapsed.as_millis(),
                    w.written,
                    w.removed
                );
            }
            Outcome::Unchanged => {}
        }
        self.builds += 1;
    }
}

/// The time of day, to tell one rebuild from the next.
fn stamp() -> String {
    jiff::Zoned::now().strftime("[%H:%M:%S]").to_string()
}
