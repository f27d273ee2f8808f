//! PF008 `honest-extraction`.

use crate::check::phrases::Normalized;
use crate::check::rules::{Rule, declare_rule};
use crate::check::settings::{Settings, edit_list};
use crate::check::{Context, Finding, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Checks that `gap` names something within the author's control, in
    /// the first person ("I skipped…", "my estimate…", "we never…"), rather
    /// than only luck, circumstance or other people. First-person phrases
    /// that deny agency ("not my fault", "out of my control", "nothing I
    /// could do") do not count.
    ///
    /// ## Why is this bad?
    /// The extraction must be honest: when we fail, we are motivated to
    /// locate the cause outside ourselves. What was within my control that I
    /// could have done differently?
    ///
    /// ## Example
    /// ```yaml
    /// gap: The client changed the brief twice and the market turned against us.
    /// ```
    /// Passes:
    /// ```yaml
    /// gap: >-
    ///   The client changed the brief twice, and I agreed to both changes
    ///   without moving the deadline.
    /// ```
    ///
    /// ## Options
    /// Lists `agency_words`, `external_phrases`.
    pub struct HonestExtraction;
}

impl Rule for HonestExtraction {
    fn code(&self) -> &'static str {
        "PF008"
    }
    fn name(&self) -> &'static str {
        "honest-extraction"
    }
    fn default_level(&self) -> Level {
        Level::Warning
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn summary(&self) -> &'static str {
        "the gap names something within your control"
    }
    fn option_names(&self) -> &'static [&'static str] {
        &["agency_words", "external_phrases"]
    }
    fn configure(
        &self,
        options: serde_yaml::Mapping,
        settings: &mut Settings,
    ) -> Result<(), String> {
        edit_list(&options, "agency_words", &mut settings.agency.agency)?;
        edit_list(&options, "external_phrases", &mut settings.agency.external)
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let Some(text) = entry.front_matter.gap.as_deref().filter(|t| !t.trim().is_empty()) else {
            return;
        };
        let o = &cx.settings.agency;
        let norm = Normalized::new(text);
        let external = o.external.set.find_all(&norm);
        let agency = o.agency.set.find_all(&norm);
        let owned = agency.iter().any(|a| {
            !external.iter().any(|e| e.norm.start <= a.norm.start && a.norm.end <= e.norm.end)
        });
        if !owned {
            out.push(
                Finding::new("`gap` names nothing within your control")
                    .at(value_span(entry, "gap"))
                    .help("what was within your control that you could have done differently? Name it in the first person: \"I skipped…\", \"we never asked…\""),
            );
        }
    }
}
