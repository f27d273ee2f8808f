//! PF006 `testable-adjustment`.

use crate::check::judge::adjustment::{
    AdjustmentLists, Missing, Testability, describe_feature, testability,
};
use crate::check::lists;
use crate::check::options::{Words, options_methods, phrases, rule_options};
use crate::check::phrases::PhraseList;
use crate::check::rules::{Rule, SpecificOutcome, declare_rule};
use crate::check::settings::Settings;
use crate::check::{Context, Finding, Tier, match_span, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Checks that `adjustment` is a change you can test on the next
    /// attempt. It must say *what* you will do, concretely (at least
    /// `min_concrete` (2) words that name a thing, a person or an action,
    /// outside stock phrases), and *when* or *by what measure*: a trigger
    /// ("before every launch", "on any job over a day", "once a parent
    /// emails", "for the next three markets"), a standing rule ("only
    /// through the booking form", "never sign without reading clause 4"),
    /// a quantity, a person's name or a named artefact (a checklist, the
    /// bank app). Digits are not required. A lone weak signal — "when",
    /// "every", an artefact named in passing — needs a second one. A stock
    /// resolution without both parts ("do better next time", "be more
    /// careful", "learn from this") is reported at the rule's level
    /// (error); any other untestable adjustment one level milder
    /// (warning), saying which part is missing. A promise of effort ("give
    /// it 200%", "ten times more careful") and a manner with nothing
    /// concrete beside it ("take it easier with the new hires", "be calm
    /// and patient", "ride smarter", "pay more attention") are warnings
    /// whatever trigger they are given. What passes these checks is then
    /// weighed by a small learned model (a linear model over the same
    /// counts, trained on the judgement corpus): a long text with one
    /// signal, few concrete words and words of manner or degree ("more
    /// open", "better") reads as a wish, and is a warning that names the
    /// counts that decided it.
    ///
    /// ## Why is this bad?
    /// "I will do better next time" is not an adjustment. Specific
    /// adjustments are testable: on the next attempt you can check whether
    /// you implemented the change and whether it produced a different result.
    ///
    /// ## Example
    /// ```yaml
    /// adjustment: I will do better next time and be more careful.
    /// ```
    /// Passes:
    /// ```yaml
    /// adjustment: >-
    ///   I will build a two-week buffer into any plan that depends on
    ///   external suppliers.
    /// ```
    pub struct TestableAdjustment;
}

rule_options! {
    /// PF006's options.
    pub struct TestableAdjustmentOptions {
        /// Concrete words an adjustment needs outside stock phrases.
        min_concrete: usize = 2,
        /// Stock resolutions that cannot be tested ("do better", "be more
        /// careful", "learn from this").
        generic_phrases: PhraseList = phrases(lists::GENERIC_ADJUSTMENT),
        /// Words and phrases that say when or where a change applies
        /// ("before every", "on any", "for the next", "whenever").
        triggers: PhraseList = phrases(lists::TRIGGERS),
        /// Standing rules ("only … through", "never … without").
        rules: PhraseList = phrases(lists::RULES),
        /// Quantity and duration words.
        measures: PhraseList = phrases(lists::MEASURES),
        /// Named artefacts a change can be checked against (a checklist, a
        /// calendar, the bank app).
        artefacts: PhraseList = phrases(lists::ARTEFACTS),
        /// Set phrases that look like triggers but are not ("from now on",
        /// "next time", "going forward").
        idioms: PhraseList = phrases(lists::IDIOMS),
        /// Adjectives of manner: an adjustment that asks only for one ("be
        /// calm and confident") asks for a manner, not a change.
        manners: Words = Words::builtin(lists::MANNERS),
        /// Comparatives that end a clause of manner ("ride smarter",
        /// "study English more"), unless the clause holds a number.
        manner_ends: Words = Words::builtin(lists::MANNER_ENDS),
    }
}

/// PF006's lists, with PF002's function and filler words.
pub(crate) fn adjustment_lists(settings: &Settings) -> AdjustmentLists<'_> {
    let o: &TestableAdjustmentOptions = settings.options(&TestableAdjustment);
    let facts: &super::specific_outcome::SpecificOutcomeOptions =
        settings.options(&SpecificOutcome);
    AdjustmentLists {
        generic: &o.generic_phrases.set,
        triggers: &o.triggers.set,
        rules: &o.rules.set,
        measures: &o.measures.set,
        artefacts: &o.artefacts.set,
        idioms: &o.idioms.set,
        stopwords: &facts.stopwords,
        filler: &facts.filler_words,
        manners: &o.manners,
        manner_ends: &o.manner_ends,
        min_concrete: o.min_concrete,
    }
}

impl Rule for TestableAdjustment {
    fn code(&self) -> &'static str {
        "PF006"
    }
    fn name(&self) -> &'static str {
        "testable-adjustment"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn fields(&self) -> &'static [&'static str] {
        &["adjustment"]
    }
    fn summary(&self) -> &'static str {
        "the adjustment has a trigger, scope or measure"
    }
    options_methods!(TestableAdjustmentOptions);
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let Some(text) = entry.front_matter.adjustment.as_deref().filter(|t| !t.trim().is_empty())
        else {
            return;
        };
        // Effort and a manner are attitudes: said one level milder.
        let attitude = |phrase: crate::check::phrases::Match, asks: &str| {
            Finding::new(format!(
                "adjustment is not testable: \"{}\" {asks}, not a change",
                &text[phrase.span.clone()]
            ))
            .tier(Tier::Secondary)
            .at(match_span(entry, "adjustment", &phrase))
            .help(HELP)
        };
        match testability(text, &adjustment_lists(cx.settings)) {
            Testability::Testable => {}
            Testability::Generic { phrase } => out.push(
                Finding::new(format!(
                    "adjustment is not testable: \"{}\" is a resolution, not a change",
                    &text[phrase.span.clone()]
                ))
                .at(match_span(entry, "adjustment", &phrase))
                .help(HELP),
            ),
            Testability::Effort { phrase } => out.push(attitude(phrase, "promises effort")),
            Testability::Manner { phrase } => out.push(attitude(phrase, "asks for a manner")),
            Testability::Thin { decided_by } => {
                // What spoke for "a wish", and the little that spoke against.
                let said = |against: bool| -> Vec<String> {
                    decided_by
                        .iter()
                        .filter(|(_, _, c)| (*c < 0.0) == against)
                        .map(|(name, value, _)| describe_feature(name, *value))
                        .collect()
                };
                let mut why = said(false).join(", ");
                let against = said(true);
                if !against.is_empty() {
                    why.push_str(&format!(", against only {}", against.join(" and ")));
                }
                out.push(
                    Finding::new(format!(
                        "adjustment may not be testable: it reads more like a wish than a change the next attempt could check (what decided it: {why})"
                    ))
                    .tier(Tier::Secondary)
                    .at(value_span(entry, "adjustment"))
                    .help(HELP),
                )
            }
            Testability::Untestable { missing } => out.push(
                Finding::new(match missing {
                    Missing::When => "adjustment says what you will do, but not when it applies or how you will know: no trigger (\"before every…\", \"on any…\"), standing rule (\"only through…\", \"never … without…\"), quantity or name",
                    Missing::What => "adjustment says when, but not what you will do: too few concrete words outside stock phrases",
                    Missing::Both => "adjustment names no concrete action and no trigger, rule or measure to test it by",
                })
                    .tier(Tier::Secondary)
                    .at(value_span(entry, "adjustment"))
                    .help(HELP),
            ),
        }
    }
}

const HELP: &str = "say when it applies and what you will do or count, so the next attempt can check it: \"I will build a two-week buffer into any plan that depends on external suppliers\"";
