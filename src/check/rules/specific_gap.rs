//! PF003 `specific-gap`.

use crate::check::judge::specific::{FactLists, GAP_MODEL, GAP_WORDS};
use crate::check::lists;
use crate::check::options::{options_methods, phrases, rule_options};
use crate::check::phrases::PhraseList;
use crate::check::rules::specific_outcome::{Wording, check_text};
use crate::check::rules::{HonestExtraction, Rule, declare_rule, fact_lists};
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
    /// A small model over the words themselves (each word and pair of
    /// words in your own voice, trained on the judgement corpus) has the
    /// last word: it can let a value go that the reading doubted, and flag
    /// one the reading passed, as a warning naming the words that weighed
    /// most.
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
    pub struct SpecificGap;
}

rule_options! {
    /// PF003's options; what counts as a fact is configured under PF002.
    pub struct SpecificGapOptions {
        /// The fewest words a gap may have.
        min_words: usize = 8,
        /// Concrete words (besides the verb) a clause needs for its verb to
        /// count as an event.
        min_concrete: usize = 2,
        /// Stock explanations that name no mechanism ("bad luck", "a bit of
        /// everything", "the timing").
        vague_phrases: PhraseList = phrases(lists::VAGUE_GAP),
        /// Connectives of cause and effect that join two concrete clauses
        /// into a mechanism ("so", "because", "which meant").
        causal_phrases: PhraseList = phrases(lists::CAUSAL),
    }
}

/// The lists for judging a gap: PF002's, with stock explanations as
/// judgements, and causes and owned decisions as mechanisms.
pub(crate) fn gap_fact_lists(settings: &Settings) -> FactLists<'_> {
    let o: &SpecificGapOptions = settings.options(&SpecificGap);
    let agency: &super::honest_extraction::HonestExtractionOptions =
        settings.options(&HonestExtraction);
    FactLists {
        vague: Some(&o.vague_phrases.set),
        mechanisms: Some((&o.causal_phrases.set, &agency.ownership_phrases.set)),
        min_concrete: o.min_concrete,
        ..fact_lists(settings)
    }
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
    fn fields(&self) -> &'static [&'static str] {
        &["gap"]
    }
    fn summary(&self) -> &'static str {
        "the gap explains specifically why it differed"
    }
    options_methods!(SpecificGapOptions);
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let o: &SpecificGapOptions = cx.settings.options(self);
        check_text(
            &gap_fact_lists(cx.settings),
            (&GAP_MODEL, &GAP_WORDS),
            o.min_words,
            entry,
            "gap",
            out,
            &Wording {
                short: "say specifically why the outcome differed",
                weighed: "name no mechanism",
                vague: "names no mechanism (nothing that happened and caused the difference)",
                outweighed: "names no mechanism: what it states does not say how the difference came about",
                help: "name the mechanism, and what was in your control: \"the approach broke at the handoff because I had not accounted for the two-week lag in supplier response times\"",
            },
        );
    }
}
