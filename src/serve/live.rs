//! What the live-reload script in the browser is told after each rebuild:
//! a generation number that changes when the site on disk changed (the
//! page reloads) and the problems that keep the site from being updated
//! (shown in an overlay over the last good page).

use serde::Serialize;

use crate::diagnostic::Level;
use crate::error::Result;
use crate::pipeline::{Outcome, Pipeline, Run};
use crate::report;

/// The script every served page loads.
pub const SCRIPT: &str = include_str!("live.js");

/// The page served while no build has succeeded yet.
pub const NOT_BUILT: &str = "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"><title>failfolio</title></head>\n<body><p>The site has not been built yet: see the problems shown here and in the terminal. This page reloads by itself when they are fixed.</p>\n<script src=\"/__failfolio/live.js\" defer></script></body></html>\n";

/// The state of the preview, as sent to the browser.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize)]
pub struct LiveState {
    /// Increases whenever files in the output changed.
    pub generation: u64,
    /// Why the page shown is not up to date; empty when it is.
    pub problems: Vec<Problem>,
}

/// One problem for the overlay.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Problem {
    /// The file, relative to the journal (empty for problems of no file).
    pub file: String,
    /// 1-based line, when known.
    pub line: Option<usize>,
    /// The rule code, e.g. `PF003`, or `error`.
    pub code: String,
    /// The message.
    pub message: String,
    /// The whole diagnostic as the terminal shows it, without colour.
    pub rendered: String,
}

impl LiveState {
    /// The state after `result`, one rebuild of `pipeline` later.
    pub fn after(&self, pipeline: &Pipeline, result: &Result<Run>) -> LiveState {
        match result {
            Ok(rebuild) => match rebuild.outcome {
                Outcome::Unchanged => self.clone(),
                Outcome::Built { .. } => {
                    let changed = rebuild.written.written + rebuild.written.removed > 0;
                    LiveState {
                        generation: self.generation + u64::from(changed),
                        problems: Vec::new(),
                    }
                }
                Outcome::Blocked { .. } => {
                    LiveState { generation: self.generation, problems: problems(pipeline) }
                }
            },
            Err(err) => LiveState {
                generation: self.generation,
                problems: vec![Problem {
                    file: String::new(),
                    line: None,
                    code: "error".into(),
                    message: err.to_string(),
                    rendered: format!("error: {err}\n"),
                }],
            },
        }
    }
}

/// The error-level findings for the overlay. A preview that hides
/// unpublished entries (`--public`) also keeps their findings out of the
/// browser: a finding about a file that is not a published entry (or
/// could not be read as an entry at all) becomes one line that names
/// nothing; the terminal still shows it whole.
fn problems(pipeline: &Pipeline) -> Vec<Problem> {
    let journal = pipeline.journal();
    let source = |p: &std::path::Path| journal.and_then(|j| j.source(p));
    let shown = |d: &crate::Diagnostic| {
        pipeline.shows_unpublished()
            || !d.file.starts_with(crate::journal::ENTRIES_DIR)
            || journal
                .and_then(|j| j.file(&d.file)?.entry.as_ref())
                .is_some_and(crate::Entry::is_publishable)
    };
    let mut hidden = false;
    let mut problems: Vec<Problem> = Vec::new();
    for d in pipeline.report().diagnostics.iter().filter(|d| d.level == Level::Error) {
        if !shown(d) {
            hidden = true;
            continue;
        }
        problems.push(Problem {
            file: d.file.display().to_string(),
            line: d.location.as_ref().map(|l| l.line),
            code: d.code.to_string(),
            message: d.message.clone(),
            rendered: report::human(std::slice::from_ref(d), source, false),
        });
    }
    if hidden {
        let message = "a file that `--public` does not show has errors; the terminal shows them";
        problems.push(Problem {
            file: String::new(),
            line: None,
            code: "error".into(),
            message: message.into(),
            rendered: format!("error: {message}\n"),
        });
    }
    problems
}
