//! The built-in word and phrase lists, one data file each under
//! `src/check/lists/`, embedded in the binary. A journal extends or
//! replaces any of them in `failfolio.yaml` (see each rule's options).
//!
//! Format: one phrase per line; blank lines and lines starting with `#`
//! are ignored. A phrase is plain words plus two wildcards: `...` stands
//! for up to three words, and a word ending in `*` matches any ending.

use std::collections::HashSet;

/// Declares each list as a `&'static str` constant with its file's text.
macro_rules! lists {
    ($($(#[doc = $doc:literal])* $name:ident = $file:literal;)*) => {
        $(
            $(#[doc = $doc])*
            pub const $name: &str = include_str!(concat!("lists/", $file, ".txt"));
        )*
        /// Every list, by file name, for the tests of their form.
        #[cfg(test)]
        pub(crate) const ALL: &[(&str, &str)] = &[$(($file, $name)),*];
    };
}

lists! {
    /// Evaluative phrases: how a result is judged, not what happened.
    EVALUATION = "evaluation";
    /// Stock explanations that name no mechanism.
    VAGUE_GAP = "vague_gap";
    /// Emotional and dramatising language.
    EMOTIONAL = "emotional";
    /// Terms in which an emotional word is not an emotion.
    EMOTIONAL_TERMS = "emotional_terms";
    /// Words that tell the preparation or set the scene.
    CONTEXT = "context";
    /// Irregular past forms of event verbs.
    PAST_IRREGULAR = "past_irregular";
    /// Present forms of event verbs, for stories told as they happen.
    PRESENT_EVENTS = "present_events";
    /// `-ed` words that are states or judgements, not events.
    NOT_EVENTS = "not_events";
    /// Verbs of doing or happening in their plain form.
    PLAIN_VERBS = "plain_verbs";
    /// Quantities written as words.
    NUMBER_WORDS = "number_words";
    /// Verbs of the attempt itself, no fact about its result.
    ATTEMPT = "attempt";
    /// Objects too generic to make a verb a fact.
    GENERIC_OBJECTS = "generic_objects";
    /// Function words.
    STOPWORDS = "stopwords";
    /// Evaluative and generic words.
    FILLER = "filler";
    /// Words after "I"/"we" that are no action of the writer's.
    NOT_ACTIONS = "not_actions";
    /// Phrases in which the writer owns a decision.
    OWNERSHIP = "ownership";
    /// Words of conduct the writer owns when said of themselves ("I was
    /// too soft").
    CONDUCT = "conduct";
    /// What of the writer's own a job happens at ("my station").
    DUTIES = "duties";
    /// First-person phrases that deny agency.
    EXTERNAL = "external";
    /// States of feeling said of oneself ("I was frightened"); their
    /// `-ing` forms ("disheartening") are feeling too.
    FEELING_STATES = "feeling_states";
    /// Self-verdicts.
    COLLAPSE = "collapse";
    /// Words a gap in a self-verdict may hold.
    COLLAPSE_GAP = "collapse_gap";
    /// Frames that hold a verdict at a distance.
    DISTANCING = "distancing";
    /// Stock resolutions.
    GENERIC_ADJUSTMENT = "generic_adjustment";
    /// When and where an adjustment applies.
    TRIGGERS = "triggers";
    /// Standing rules.
    RULES = "rules";
    /// Quantities and durations.
    MEASURES = "measures";
    /// Named artefacts.
    ARTEFACTS = "artefacts";
    /// Phrases that look like triggers but are not.
    IDIOMS = "idioms";
    /// Connectives of cause and effect.
    CAUSAL = "causal";
    /// Interjections that open an exclaimed sentence.
    INTERJECTIONS = "interjections";
    /// Oaths: feeling wherever the writer says them ("Eleven, perkele.").
    OATHS = "oaths";
    /// Where a feeling is felt in the body ("my stomach dropped").
    BODY_FEELINGS = "body_feelings";
    /// Crying.
    TEARS = "tears";
    /// What one wishes to do in the worst moment ("sink", "disappear").
    VANISHING = "vanishing";
    /// What one says one "always" does wrong ("ruin", "bottle").
    FAILING_VERBS = "failing_verbs";
    /// Second halves that make a compound a feeling ("soul-crushing").
    FEELING_COMPOUNDS = "feeling_compounds";
    /// Adjectives of manner ("be calm").
    MANNERS = "manners";
    /// Comparatives that end a clause of manner ("ride smarter").
    MANNER_ENDS = "manner_ends";
    /// Words that, denied, separate the writer from a verdict.
    VERDICT_NOUNS = "verdict_nouns";
    /// Who else a self-verdict compares the writer with ("some people").
    OTHERS = "others";
    /// Praise that, opening a sentence on its own, is irony ("Marvellous.").
    RAVES = "raves";
    /// Nouns that, alone as a sentence, are a verdict on the writer.
    PERSON_VERDICTS = "person_verdicts";
    /// People named by what they are ("customer very angry").
    PEOPLE = "people";
    /// Places one goes to be alone with what happened ("sat in the truck").
    RETREATS = "retreats";
    /// Framings that hold the attempt apart from the self ("this attempt").
    SEPARATION = "separation";
}

/// The phrases of a list's text.
pub fn entries(text: &'static str) -> Vec<&'static str> {
    text.lines().map(str::trim).filter(|l| !l.is_empty() && !l.starts_with('#')).collect()
}

/// A set of built-in words, hashed with foldhash: the judgement looks
/// words up in these for nearly every word it reads.
pub type StaticSet = foldhash::HashSet<&'static str>;

/// A list's phrases as a set of borrowed strings, for the built-in lists
/// that are read as they are.
pub fn static_set(text: &'static str) -> StaticSet {
    entries(text).into_iter().collect()
}

/// A list of single words as a set.
pub fn word_set(text: &'static str) -> HashSet<String> {
    entries(text).into_iter().map(str::to_string).collect()
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::check::phrases::Normalized;

    #[test]
    fn lists_have_no_duplicates_and_are_normalized() {
        let mut problems = Vec::new();
        for (name, text) in ALL {
            let list = entries(text);
            assert!(!list.is_empty(), "{name} is empty");
            let mut seen = HashSet::new();
            for phrase in &list {
                if !seen.insert(*phrase) {
                    problems.push(format!("{name}: `{phrase}` is listed twice"));
                }
                let normal = Normalized::new(phrase).text;
                if &normal != phrase {
                    problems.push(format!(
                        "{name}: `{phrase}` is not in normalized form (lowercase, contractions expanded): `{normal}`"
                    ));
                }
            }
        }
        assert!(problems.is_empty(), "{}", problems.join("\n"));
    }
}
