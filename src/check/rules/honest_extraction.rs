//! PF008 `honest-extraction`.

use crate::check::judge::agency::{AgencyLists, agency};
use crate::check::lists;
use crate::check::options::{Words, options_methods, phrases, rule_options};
use crate::check::phrases::PhraseList;
use crate::check::rules::{Rule, SpecificOutcome, declare_rule};
use crate::check::settings::Settings;
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
    pub struct HonestExtraction;
}

rule_options! {
    /// PF008's options.
    pub struct HonestExtractionOptions {
        /// Words after "I" or "we" that are no action of the writer's:
        /// states, feelings, thoughts ("was", "felt", "hoped", "got").
        not_action_words: Words = Words::builtin(lists::NOT_ACTIONS),
        /// Phrases in which the writer owns a decision ("my call", "on me",
        /// "the decision was mine").
        ownership_phrases: PhraseList = phrases(lists::OWNERSHIP),
        /// First-person phrases that deny agency ("not my fault", "out of
        /// my control", "I had no choice").
        external_phrases: PhraseList = phrases(lists::EXTERNAL),
        /// Words of conduct: said of the writer ("I was too soft", "we
        /// were not careful enough"), they own how the writer acted.
        /// Feelings and conditions ("tired", "nervous") are not conduct.
        conduct_words: Words = Words::builtin(lists::CONDUCT),
        /// What of the writer's own a job happens at or is signed by
        /// ("my station", "my initials"): a thing done without a doer
        /// ("the check got skipped") beside one of these is the writer's.
        duty_words: Words = Words::builtin(lists::DUTIES),
    }
}

/// PF008's lists, with PF002's irregular past forms.
pub(crate) fn agency_lists(settings: &Settings) -> AgencyLists<'_> {
    let o: &HonestExtractionOptions = settings.options(&HonestExtraction);
    let facts: &super::specific_outcome::SpecificOutcomeOptions =
        settings.options(&SpecificOutcome);
    AgencyLists {
        not_actions: &o.not_action_words,
        ownership: &o.ownership_phrases.set,
        external: &o.external_phrases.set,
        conduct: &o.conduct_words,
        duties: &o.duty_words,
        past_irregular: &facts.past_forms,
        plain_verbs: &facts.plain_verbs,
    }
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
    fn fields(&self) -> &'static [&'static str] {
        &["gap"]
    }
    fn summary(&self) -> &'static str {
        "the gap names something within your control"
    }
    options_methods!(HonestExtractionOptions);
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let Some(text) = entry.front_matter.gap.as_deref().filter(|t| !t.trim().is_empty()) else {
            return;
        };
        let owned = agency(text, &agency_lists(cx.settings)).is_some();
        if !owned {
            out.push(
                Finding::new("`gap` names nothing within your control")
                    .at(value_span(entry, "gap"))
                    .help("what was within your control that you could have done differently? Name it in the first person: \"I skipped…\", \"we never asked…\""),
            );
        }
    }
}
