//! PF009 `objective-outcome`.

use crate::check::judge::emotion::{Feeling, feeling};
use crate::check::lists;
use crate::check::options::{Words, options_methods, phrases, rule_options};
use crate::check::phrases::PhraseList;
use crate::check::rules::{Rule, declare_rule, fact_lists};
use crate::check::{Context, Finding, match_span, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Flags emotional language in `outcome` ("disaster", "humiliating",
    /// "pathetic", "catastrophe", "embarrassing", "nightmare"…), and the
    /// shapes feeling takes without a feeling word: a short exclaimed
    /// sentence ("Four!"), a word or a number said again for force
    /// ("bad, bad", "Two centimetres. Two."), an interjection or an oath,
    /// a word in capitals ("FOUR milligrams"), a crying face or an emoji,
    /// the body ("my stomach dropped"), tears, a wish to vanish, a feeling
    /// said of yourself, an overstatement ("the longest hour of my
    /// life"). Quoted or reported words, terms ("disaster recovery") and
    /// names are not yours. Feelings belong in the body; the outcome is
    /// the record of what happened.
    ///
    /// A small model over the words themselves (each word and pair of
    /// words in your own voice, trained on the judgement corpus) has the
    /// last word: it can let go what the reading found, and flag feeling
    /// the reading could not point at, naming the words that weighed most.
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
    pub struct ObjectiveOutcome;
}

rule_options! {
    /// PF009's options.
    pub struct ObjectiveOutcomeOptions {
        /// Emotional and dramatising language ("humiliating", "a
        /// nightmare", "excruciating to sit through", "wanted the ground to
        /// swallow me"); also judging words for PF002 and PF003.
        emotional_phrases: PhraseList = phrases(lists::EMOTIONAL),
        /// Terms in which an emotional word is no emotion ("disaster
        /// recovery", "panic bar", "failure mode").
        emotional_terms: PhraseList = phrases(lists::EMOTIONAL_TERMS),
        /// Oaths and swearing, feeling wherever in a sentence the writer
        /// says them ("Eleven tiles fell off. Eleven, perkele.").
        oaths: PhraseList = phrases(lists::OATHS),
        /// Interjections that open an exclaimed sentence ("Ugh.", "Eish,
        /// the whole batch").
        interjections: Words = Words::builtin(lists::INTERJECTIONS),
        /// Where a feeling is felt, after the writer's "my" ("my stomach
        /// dropped").
        body_words: Words = Words::builtin(lists::BODY_FEELINGS),
        /// Crying, said of the writer ("I cried the whole night").
        tears: Words = Words::builtin(lists::TEARS),
        /// States of feeling said of oneself ("I was frightened"); their
        /// `-ing` forms ("disheartening") are feeling too.
        feeling_states: Words = Words::builtin(lists::FEELING_STATES),
        /// What the writer wishes to do in the worst moment, after "wanted
        /// to" or "could" ("sink", "run away", "never come out").
        vanishing: Words = Words::builtin(lists::VANISHING),
        /// Second halves that make a compound a feeling ("soul-crushing",
        /// "cringe-inducing").
        feeling_compounds: Words = Words::builtin(lists::FEELING_COMPOUNDS),
        /// Praise that, opening a sentence on its own, tells a failure with
        /// irony ("Marvellous.", "Great, just great:", "Wonderful news,
        /// super —").
        raves: Words = Words::builtin(lists::RAVES),
        /// People named by what they are: a feeling after one is theirs,
        /// not the writer's ("Customer behind very angry", "the lady got
        /// in very angry"). A plural ending in "s" is read too.
        people: Words = Words::builtin(lists::PEOPLE),
        /// Places one goes to sit alone with what happened: sitting still
        /// in one is feeling shown ("sat in the truck a good while", "sat
        /// out in that barn till 2").
        retreats: Words = Words::builtin(lists::RETREATS),
    }
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
    fn fields(&self) -> &'static [&'static str] {
        &["outcome"]
    }
    fn summary(&self) -> &'static str {
        "the outcome avoids emotional language"
    }
    options_methods!(ObjectiveOutcomeOptions);
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let Some(text) = entry.front_matter.outcome.as_deref() else { return };
        const HELP: &str = "stick to facts in the outcome — what happened, how much, when; the feelings are real and belong in the body";
        let found = match feeling(text, &fact_lists(cx.settings)) {
            Feeling::Found(found) => found,
            Feeling::Weighed { decided_by } => {
                out.push(
                    Finding::new(format!(
                        "`outcome` may be told with feeling (what decided it: the words \"{}\")",
                        decided_by.join("\", \"")
                    ))
                    .at(value_span(entry, "outcome"))
                    .help(HELP),
                );
                return;
            }
            Feeling::Neutral => return,
        };
        let Some(first) = found.first() else { return };
        let words: Vec<String> = found
            .iter()
            .map(|e| match e.shape.describe() {
                Some(shape) => format!("\"{}\" ({shape})", e.words),
                None => format!("\"{}\"", e.words),
            })
            .collect();
        out.push(
            Finding::new(format!("`outcome` uses emotional language: {}", words.join(", ")))
                .at(match_span(entry, "outcome", &first.at))
                .help(HELP),
        );
    }
}
