//! PF003 `specific-gap`.

use crate::check::rules::specific_outcome::{TEXT_OPTIONS, Wording, check_text};
use crate::check::rules::{Rule, declare_rule, text_options};
use crate::check::settings::Settings;
use crate::check::{Context, Finding};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Checks that `gap` explains specifically why the outcome differed
    /// from the expectation: at least `min_words` words (8), and not a stock
    /// explanation ("bad luck", "things happen", "poor planning") without
    /// concrete detail around it.
    ///
    /// ## Why is this bad?
    /// A processed failure is acknowledged clearly and specifically — what
    /// failed, and how. A gap that names no mechanism leaves nothing to adjust.
    ///
    /// ## Example
    /// ```yaml
    /// gap: Poor planning and a bit of bad luck, to be honest.
    /// ```
    /// Passes:
    /// ```yaml
    /// gap: >-
    ///   The approach broke at the handoff between planning and execution
    ///   because I had not accounted for the two-week lag in supplier
    ///   response times.
    /// ```
    ///
    /// ## Options
    /// As `specific-outcome`: `min_words`, `min_concrete_with_stock`,
    /// `min_concrete`, `vague_phrases`, `filler_words`, `stopwords`.
    pub struct SpecificGap;
}

impl Rule for SpecificGap {
    fn code(&self) -> &'static str {
        "PF003"
    }
    fn name(&self) -> &'static str {
        "specific-gap"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn summary(&self) -> &'static str {
        "the gap explains specifically why it differed"
    }
    fn option_names(&self) -> &'static [&'static str] {
        TEXT_OPTIONS
    }
    fn configure(
        &self,
        options: serde_yaml::Mapping,
        settings: &mut Settings,
    ) -> Result<(), String> {
        text_options(&options, &mut settings.gap)
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        check_text(
            &cx.settings.gap,
            entry,
            "gap",
            out,
            &Wording {
                short: "say specifically why the outcome differed",
                stock: "does not explain the difference",
                abstract_: "does not say why the outcome differed",
                help: "name the mechanism, and what was in your control: \"the approach broke at the handoff because I had not accounted for the two-week lag in supplier response times\"",
            },
        );
    }
}
