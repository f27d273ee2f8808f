//! PF007 `identity-separation`.

use crate::check::judge::identity::{IdentityLists, SelfVerdict, collapses, self_verdict};
use crate::check::lists;
use crate::check::options::{Words, options_methods, phrases, rule_options};
use crate::check::phrases::PhraseList;
use crate::check::rules::{Rule, SpecificOutcome, declare_rule};
use crate::check::settings::Settings;
use crate::check::{Context, Finding, Tier, body_span, match_span, value_span};
use crate::diagnostic::Level;
use crate::entry::{CARD_FIELDS, Entry};

declare_rule! {
    /// ## What it does
    /// Looks for identity collapse — a failure turned into a verdict on the
    /// self ("I am a failure", "I'm just not cut out for this", "I always
    /// mess these up", "what is wrong with me") — including as a fixed
    /// trait without the stock words: "I'm just not a numbers person",
    /// "some people have it and I don't", "that's just who I am", "never
    /// will be". In `identity_check` it is reported at the rule's level
    /// (error); in the other fields and the body, one level milder
    /// (warning). A verdict that is negated ("I am not a failure", "that
    /// doesn't make me a bad nurse"), quoted, reported from someone else
    /// ("my dad said I'm hopeless with money"), named at a distance ("I
    /// caught myself thinking…") or asked and answered ("Am I lazy? No.")
    /// is separation, not collapse. In `identity_check` and the body, a
    /// small model over the words themselves (trained on the judgement
    /// corpus) has the last word on what the reading found; in
    /// `identity_check` it can also flag what the reading missed, as a
    /// warning naming the words that weighed most.
    ///
    /// ## Why is this bad?
    /// "This attempt failed" is a data point about a strategy in a context;
    /// "I am a failure" is a categorical statement about a permanent
    /// property, and it implies: stop trying.
    ///
    /// ## Example
    /// ```yaml
    /// identity_check: Honestly, I'm just not cut out for sales.
    /// ```
    /// Passes:
    /// ```yaml
    /// identity_check: >-
    ///   This pitch failed; I am a beginner at sales who is learning, not
    ///   someone who can't sell.
    /// ```
    pub struct IdentitySeparation;
}

rule_options! {
    /// PF007's options.
    pub struct IdentitySeparationOptions {
        /// Self-verdicts ("i am ... failure", "not cut out for", "some
        /// people have it"); `...` may hold only `gap_words`.
        collapse_phrases: PhraseList = phrases(lists::COLLAPSE),
        /// Frames that hold a verdict at a distance ("the voice", "does not
        /// make me", "caught myself").
        distancing_phrases: PhraseList = phrases(lists::DISTANCING),
        /// The only words a `...` gap in a self-verdict may hold.
        gap_words: Words = Words::builtin(lists::COLLAPSE_GAP),
        /// What one says one "always" does wrong, a trait ("I always ruin
        /// good things", "I always bottle it").
        failing_verbs: Words = Words::builtin(lists::FAILING_VERBS),
        /// Words that, denied, separate the writer from a verdict ("I'm
        /// not a failure") rather than from a role ("I'm not a runner").
        verdict_nouns: Words = Words::builtin(lists::VERDICT_NOUNS),
        /// Nouns that, alone as a sentence in the writer's voice, are a
        /// verdict on the writer ("Idiot.", "Proper fraud.").
        person_verdicts: Words = Words::builtin(lists::PERSON_VERDICTS),
        /// Who else a self-verdict compares the writer with ("some
        /// people have it and I don't", "other teachers").
        others_phrases: PhraseList = phrases(lists::OTHERS),
        /// Framings that hold the attempt apart from the self ("this
        /// attempt failed", "I would tell a friend the same"): with no
        /// self-verdict found, the words alone do not make one.
        separation_phrases: PhraseList = phrases(lists::SEPARATION),
    }
}

/// PF007's lists, with PF002's irregular past forms.
pub(crate) fn identity_lists(settings: &Settings) -> IdentityLists<'_> {
    let o: &IdentitySeparationOptions = settings.options(&IdentitySeparation);
    let facts: &super::specific_outcome::SpecificOutcomeOptions =
        settings.options(&SpecificOutcome);
    IdentityLists {
        collapse: &o.collapse_phrases.set,
        distancing: &o.distancing_phrases.set,
        gap_words: &o.gap_words,
        failing_verbs: &o.failing_verbs,
        verdict_nouns: &o.verdict_nouns,
        person_verdicts: &o.person_verdicts,
        others: &o.others_phrases.set,
        separation: &o.separation_phrases.set,
        past_irregular: &facts.past_forms,
    }
}

impl Rule for IdentitySeparation {
    fn code(&self) -> &'static str {
        "PF007"
    }
    fn name(&self) -> &'static str {
        "identity-separation"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn fields(&self) -> &'static [&'static str] {
        &["identity_check", "outcome", "gap", "adjustment", "expectation"]
    }
    fn summary(&self) -> &'static str {
        "no verdict on the self (\"I am a failure\")"
    }
    options_methods!(IdentitySeparationOptions);
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let lists = identity_lists(cx.settings);
        // The identity check first (an error), then the other fields, then
        // the body. The identity check and the body are weighed by the
        // model over their words too; the other fields by the reading alone.
        let fields = std::iter::once("identity_check")
            .chain(CARD_FIELDS.iter().map(|(k, _)| *k).filter(|k| *k != "identity_check"));
        for key in fields {
            let Some(text) = entry.front_matter.text(key) else { continue };
            let (tier, where_) = if key == "identity_check" {
                (Tier::Primary, "`identity_check`")
            } else {
                (Tier::Secondary, "this")
            };
            let found = if key == "identity_check" {
                match self_verdict(text, &lists, true) {
                    SelfVerdict::Asserted(found) => found,
                    SelfVerdict::Weighed { decided_by } => {
                        out.push(weighed(where_, &decided_by).at(value_span(entry, key)));
                        Vec::new()
                    }
                    SelfVerdict::Separate => Vec::new(),
                }
            } else {
                collapses(text, &lists)
            };
            for m in found {
                out.push(
                    Finding::new(format!(
                        "{where_} turns the failure into a verdict on yourself: \"{}\"",
                        &text[m.span.clone()]
                    ))
                    .tier(tier)
                    .at(match_span(entry, key, &m))
                    .help(HELP),
                );
            }
        }
        let body = entry.body();
        match self_verdict(body, &lists, false) {
            SelfVerdict::Asserted(found) => {
                for m in found {
                    out.push(
                        Finding::new(format!(
                            "the body turns the failure into a verdict on yourself: \"{}\"",
                            &body[m.span.clone()]
                        ))
                        .tier(Tier::Secondary)
                        .at(body_span(entry, &m))
                        .help(HELP),
                    );
                }
            }
            SelfVerdict::Weighed { .. } | SelfVerdict::Separate => {}
        }
    }
}

/// A verdict no phrase points at, weighed from the words: one level
/// milder, naming the words that weighed most.
fn weighed(where_: &str, words: &[String]) -> Finding {
    Finding::new(format!(
        "{where_} may turn the failure into a verdict on yourself (what decided it: the words \"{}\")",
        words.join("\", \"")
    ))
    .tier(Tier::Secondary)
    .help(HELP)
}

const HELP: &str = "write about the attempt, not the self: \"this attempt failed\" is data about a strategy in a context; \"I am a failure\" is a verdict that implies stop trying";
