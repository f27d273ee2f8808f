//! PF000 `malformed-entry`.

use crate::check::rules::{Rule, declare_rule};
use crate::check::{Context, Finding};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Reports entry files that cannot be read or parsed, and paths that
    /// cannot be published: invalid UTF-8, an empty file, front matter that
    /// is missing or never closed, YAML syntax errors, a value of the wrong
    /// type, an impossible date, a file over the size limit, a symlink loop,
    /// an invalid or duplicate slug, or two tags that would share a folder.
    /// Unknown front-matter keys are reported as warnings. This rule cannot
    /// be turned off.
    ///
    /// ## Why is this bad?
    /// failfolio cannot judge, or safely publish, what it cannot read.
    ///
    /// ## Example
    /// ```yaml
    /// ---
    /// title: [Launched, the newsletter]   # PF000: a list where text belongs
    /// date: 2026-02-30                   # PF000: there is no 30 February
    /// ```
    /// Passes:
    /// ```yaml
    /// ---
    /// title: Launched the newsletter
    /// date: 2026-03-02
    /// ---
    /// ```
    pub struct MalformedEntry;
}

impl Rule for MalformedEntry {
    fn code(&self) -> &'static str {
        "PF000"
    }
    fn name(&self) -> &'static str {
        "malformed-entry"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn can_be_allowed(&self) -> bool {
        false
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn fields(&self) -> &'static [&'static str] {
        &["slug", "tags", "allow", "extra"]
    }
    fn summary(&self) -> &'static str {
        "the entry can be read, parsed and given a safe path"
    }
    fn check(&self, _cx: &Context<'_>, _entry: &Entry, _out: &mut Vec<Finding>) {
        // Reported while loading (`journal::parse`) and by `collisions`.
    }
}
