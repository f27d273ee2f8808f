//! PF009 `objective-outcome`.

use crate::check::phrases::Normalized;
use crate::check::rules::{Rule, declare_rule};
use crate::check::settings::{Settings, edit_list};
use crate::check::{Context, Finding, match_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Flags emotional language in `outcome` ("disaster", "humiliating",
    /// "pathetic", "catastrophe", "embarrassing", "nightmare"…). Feelings
    /// belong in the body; the outcome is the record of what happened.
    ///
    /// ## Why is this bad?
    /// Document the failure objectively: avoid emotional language and stick
    /// to facts. It removes the personal sting and lets patterns show.
    ///
    /// ## Example
    /// ```yaml
    /// outcome: The demo was a humiliating disaster in front of the whole board.
    /// ```
    /// Passes:
    /// ```yaml
    /// outcome: >-
    ///   The demo crashed twice in front of the board; we showed the
    ///   recorded video for the last 10 minutes.
    /// ```
    ///
    /// ## Options
    /// List `emotional_words`.
    pub struct ObjectiveOutcome;
}

impl Rule for ObjectiveOutcome {
    fn code(&self) -> &'static str {
        "PF009"
    }
    fn name(&self) -> &'static str {
        "objective-outcome"
    }
    fn default_level(&self) -> Level {
        Level::Warning
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn summary(&self) -> &'static str {
        "the outcome avoids emotional language"
    }
    fn option_names(&self) -> &'static [&'static str] {
        &["emotional_words"]
    }
    fn configure(
        &self,
        options: serde_yaml::Mapping,
        settings: &mut Settings,
    ) -> Result<(), String> {
        edit_list(&options, "emotional_words", &mut settings.emotional)
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let Some(text) = entry.front_matter.outcome.as_deref() else { return };
        let matches = cx.settings.emotional.set.find_all(&Normalized::new(text));
        let Some(first) = matches.first() else { return };
        let words: Vec<String> =
            matches.iter().map(|m| format!("\"{}\"", &text[m.span.clone()])).collect();
        out.push(
            Finding::new(format!("`outcome` uses emotional language: {}", words.join(", ")))
                .at(match_span(entry, "outcome", first))
                .help("stick to facts in the outcome — what happened, how much, when; the feelings are real and belong in the body"),
        );
    }
}
