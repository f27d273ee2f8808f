//! PF002 `specific-outcome`.

use crate::check::judge::model::{Linear, WordsModel};
use crate::check::judge::specific::{
    FactLists, FeelingWords, OUTCOME_MODEL, OUTCOME_WORDS, Specificity, describe_feature,
    weighed_specificity,
};
use crate::check::lists;
use crate::check::options::{Words, options_methods, phrases, rule_options};
use crate::check::phrases::PhraseList;
use crate::check::rules::{ObjectiveOutcome, Rule, declare_rule};
use crate::check::settings::Settings;
use crate::check::{Context, Finding, Tier, match_span, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Checks that `outcome` states at least one observable fact about
    /// the result: something that happened (a verb of event with a subject
    /// and something it acted on: "the examiner hit the brake", "sold 11
    /// hoodies"), a measured quantity ("score 320, need 350", "down 12-0"),
    /// or someone's words. Clauses that only judge the result ("not what
    /// we hoped", "went so-so", "kind of fizzled") and clauses that tell
    /// the preparation or set the scene ("three weeks of prep", "game was
    /// February 7 at Fairmont") state no fact, however many numbers and
    /// names they hold; nor does a verdict on the result that comes after
    /// them ("…and the end result was not in our favour"). An outcome also
    /// needs `min_words` words (8). The message names the evidence: the
    /// judging words, and the preparation and scene it found instead of a
    /// fact.
    /// A small model over the words themselves (each word and pair of
    /// words in your own voice, trained on the judgement corpus) has the
    /// last word: it can let a value go that the reading doubted, and flag
    /// one the reading passed, as a warning naming the words that weighed
    /// most.
    ///
    /// ## Why is this bad?
    /// "That didn't work" is not an observation. The precision of what you
    /// notice determines the quality of what you can learn.
    ///
    /// ## Example
    /// ```yaml
    /// outcome: Honestly, that didn't work and the whole thing went wrong.
    /// ```
    /// Passes:
    /// ```yaml
    /// outcome: >-
    ///   It didn't work: 31 sign-ups instead of 200, and 80% came from one
    ///   forum thread.
    /// ```
    pub struct SpecificOutcome;
}

rule_options! {
    /// PF002's options: what counts as judging, as scene, as an event.
    pub struct SpecificOutcomeOptions {
        /// The fewest words an outcome may have.
        min_words: usize = 8,
        /// Concrete words (besides the verb) a clause needs for its verb to
        /// count as an event.
        min_concrete: usize = 1,
        /// Phrases that judge a result rather than tell it ("not what we
        /// hoped", "went so-so").
        evaluation_phrases: PhraseList = phrases(lists::EVALUATION),
        /// Words of preparation and scene ("prep", "rehearsed", "after …
        /// weeks of"): the numbers beside them are not facts.
        context_phrases: PhraseList = phrases(lists::CONTEXT),
        /// Verbs that tell the attempt was made ("shipped", "launched"),
        /// no fact about its result.
        attempt_verbs: Words = Words::builtin(lists::ATTEMPT),
        /// Irregular past forms of verbs of event.
        past_forms: Words = Words::builtin(lists::PAST_IRREGULAR),
        /// Present forms of verbs of event, for a story told as it happens
        /// ("the inspector fails the car").
        present_forms: Words = Words::builtin(lists::PRESENT_EVENTS),
        /// `-ed` words that are states or judgements, not events.
        not_events: Words = Words::builtin(lists::NOT_EVENTS),
        /// Verbs of doing or happening in their plain form, for a story
        /// told in it ("the boy reverse into the bike") and a diary's
        /// line that opens with one ("rush the briefing").
        plain_verbs: Words = Words::builtin(lists::PLAIN_VERBS),
        /// Quantities written as words.
        number_words: Words = Words::builtin(lists::NUMBER_WORDS),
        /// Objects too generic to observe ("mistakes", "things").
        generic_objects: Words = Words::builtin(lists::GENERIC_OBJECTS),
        /// Function words: never concrete.
        stopwords: Words = Words::builtin(lists::STOPWORDS),
        /// Evaluative and generic words: never concrete.
        filler_words: Words = Words::builtin(lists::FILLER),
    }
}

/// The lists that tell a fact from a judgement, for an outcome.
pub(crate) fn fact_lists(settings: &Settings) -> FactLists<'_> {
    let o: &SpecificOutcomeOptions = settings.options(&SpecificOutcome);
    let emotion: &super::objective_outcome::ObjectiveOutcomeOptions =
        settings.options(&ObjectiveOutcome);
    FactLists {
        evaluation: &o.evaluation_phrases.set,
        vague: None,
        mechanisms: None,
        emotional: &emotion.emotional_phrases.set,
        emotional_terms: &emotion.emotional_terms.set,
        oaths: &emotion.oaths.set,
        feeling: FeelingWords {
            interjections: &emotion.interjections,
            body: &emotion.body_words,
            tears: &emotion.tears,
            states: &emotion.feeling_states,
            vanishing: &emotion.vanishing,
            compounds: &emotion.feeling_compounds,
            raves: &emotion.raves,
            people: &emotion.people,
            retreats: &emotion.retreats,
        },
        context: &o.context_phrases.set,
        past_irregular: &o.past_forms,
        present_forms: &o.present_forms,
        plain_verbs: &o.plain_verbs,
        not_events: &o.not_events,
        number_words: &o.number_words,
        attempt: &o.attempt_verbs,
        generic_objects: &o.generic_objects,
        stopwords: &o.stopwords,
        filler: &o.filler_words,
        min_concrete: o.min_concrete,
    }
}

impl Rule for SpecificOutcome {
    fn code(&self) -> &'static str {
        "PF002"
    }
    fn name(&self) -> &'static str {
        "specific-outcome"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn fields(&self) -> &'static [&'static str] {
        &["outcome"]
    }
    fn summary(&self) -> &'static str {
        "the outcome says what happened, as facts"
    }
    options_methods!(SpecificOutcomeOptions);
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let o: &SpecificOutcomeOptions = cx.settings.options(self);
        check_text(
            &fact_lists(cx.settings),
            (&OUTCOME_MODEL, &OUTCOME_WORDS),
            o.min_words,
            entry,
            "outcome",
            out,
            &Wording {
                short: "say what actually happened",
                weighed: "state no observable fact",
                vague: "states no observable fact (no number about the result, no event, no one doing something)",
                outweighed: "tells the build-up, not the result: what it states is preparation, scene or the writer's own steps, and the rest judges",
                help: "write what you observed, as facts: numbers, times, who did what, what broke — \"31 sign-ups by Friday; 80% from one forum thread\", not \"that didn't work\"",
            },
        );
    }
}

/// The words of a specificity rule's messages.
pub(crate) struct Wording {
    pub short: &'static str,
    /// What a text the words model calls vague may lack ("… may {weighed}").
    pub weighed: &'static str,
    pub vague: &'static str,
    pub outweighed: &'static str,
    pub help: &'static str,
}

/// Shared by PF002 and PF003: judges the text of `key`.
pub(crate) fn check_text(
    lists: &FactLists<'_>,
    (model, words_model): (&Linear, &WordsModel),
    min_words: usize,
    entry: &Entry,
    key: &str,
    out: &mut Vec<Finding>,
    w: &Wording,
) {
    let Some(text) = entry.front_matter.text(key).filter(|t| !t.trim().is_empty()) else {
        return; // PF001 reports missing fields.
    };
    let finding = match weighed_specificity(text, lists, min_words, model, Some(words_model)) {
        Specificity::Specific => return,
        Specificity::Weighed { decided_by } => Finding::new(format!(
            "`{key}` may {}: its words weigh as a verdict more than a report (what decided it: the words \"{}\")",
            w.weighed,
            decided_by.join("\", \"")
        ))
        .at(value_span(entry, key))
        .tier(Tier::Secondary),
        Specificity::TooShort { words } => Finding::new(format!(
            "`{key}` has only {words} word{}: {} (at least {min_words})",
            if words == 1 { "" } else { "s" },
            w.short,
        ))
        .at(value_span(entry, key)),
        Specificity::Vague { evaluations, context, first, facts, decided_by, sure } => {
            let mut message = if facts == 0 {
                format!("`{key}` {}", w.vague)
            } else {
                format!("`{key}` {}", w.outweighed)
            };
            if !evaluations.is_empty() {
                message
                    .push_str(&format!("; only judging words: \"{}\"", evaluations.join("\", \"")));
            }
            if !context.is_empty() {
                message.push_str(&format!(
                    "; the rest is preparation or scene: \"{}\"",
                    context.join("\", \"")
                ));
            }
            // With no fact at all, the absence is the evidence; with some,
            // say what outweighed them.
            if facts > 0 && !decided_by.is_empty() {
                let weighed: Vec<String> = decided_by
                    .iter()
                    .map(|(name, value, _)| describe_feature(name, *value))
                    .collect();
                message.push_str(&format!(" (what decided it: {})", weighed.join(", ")));
            }
            let span = first.map_or_else(|| value_span(entry, key), |m| match_span(entry, key, &m));
            let tier = if sure { Tier::Primary } else { Tier::Secondary };
            Finding::new(message).at(span).tier(tier)
        }
    };
    out.push(finding.help(w.help));
}
