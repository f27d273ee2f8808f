//! The seeds' own examples, through the judgement functions.

use super::adjustment::{Testability, testability};
use super::identity::collapses;
use super::specific::{OUTCOME_MODEL, Specificity, specificity};
use crate::check::Settings;
use crate::check::rules::{adjustment_lists, fact_lists, identity_lists};

#[test]
fn seeds_examples() {
    let s = Settings::default();
    let facts = fact_lists(&s);
    assert!(matches!(
        specificity("That didn't work.", &facts, 8, &OUTCOME_MODEL),
        Specificity::TooShort { .. }
    ));
    assert!(matches!(
        specificity(
            "Honestly, that didn't work, and the whole thing went wrong.",
            &facts,
            8,
            &OUTCOME_MODEL
        ),
        Specificity::Vague { .. }
    ));
    assert_eq!(
        specificity(
            "The approach broke at the handoff between planning and execution because I had not accounted for the two-week lag in supplier response times.",
            &facts,
            8,
            &OUTCOME_MODEL
        ),
        Specificity::Specific
    );
    let adjustment = adjustment_lists(&s);
    assert!(matches!(
        testability("I will do better next time.", &adjustment),
        Testability::Generic { .. }
    ));
    assert_eq!(
        testability(
            "I will build a two-week buffer into any plan that depends on external suppliers.",
            &adjustment
        ),
        Testability::Testable
    );
    let identity = identity_lists(&s);
    assert_eq!(collapses("I am a failure.", &identity).len(), 1);
    assert!(collapses("This attempt failed.", &identity).is_empty());
    assert!(collapses("I am still a runner who is learning.", &identity).is_empty());
    assert!(collapses("I am not a failure; this attempt failed.", &identity).is_empty());
    assert_eq!(collapses("I’m just not cut out for this", &identity).len(), 1);
    assert_eq!(collapses("i always mess these up", &identity).len(), 1);
    assert!(collapses("Does this make me stupid? No.", &identity).is_empty());
}
