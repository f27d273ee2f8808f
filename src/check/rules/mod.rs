//! The rule registry. Each rule is a unit struct in its own module whose
//! doc comment is its documentation: `failfolio explain` prints it.

mod entry_links;
mod five_whys;
mod followup_resolves;
pub(crate) mod honest_extraction;
mod identity_separation;
mod incubation_period;
mod malformed_entry;
pub(crate) mod objective_outcome;
mod reencountered;
mod required_fields;
pub(crate) mod specific_gap;
pub(crate) mod specific_outcome;
mod testable_adjustment;
mod untested_adjustment;

pub use crate::check::rule::Rule;

pub use entry_links::EntryLinks;
pub use five_whys::FiveWhys;
pub use followup_resolves::FollowupResolves;
pub use honest_extraction::HonestExtraction;
#[cfg(test)]
pub(crate) use honest_extraction::agency_lists;
pub use identity_separation::IdentitySeparation;
#[cfg(test)]
pub(crate) use identity_separation::identity_lists;
pub use incubation_period::IncubationPeriod;
pub use incubation_period::incubation;
pub use malformed_entry::MalformedEntry;
pub use objective_outcome::ObjectiveOutcome;
pub use reencountered::Reencountered;
pub use required_fields::RequiredFields;
pub use specific_gap::SpecificGap;
#[cfg(test)]
pub(crate) use specific_gap::gap_fact_lists;
pub use specific_outcome::SpecificOutcome;
pub(crate) use specific_outcome::fact_lists;
pub use testable_adjustment::TestableAdjustment;
#[cfg(test)]
pub(crate) use testable_adjustment::adjustment_lists;
pub use untested_adjustment::UntestedAdjustment;
pub use untested_adjustment::untested_days;

/// Declares a rule struct and keeps its doc comment as text, so that the
/// same words serve rustdoc and `failfolio explain`.
macro_rules! declare_rule {
    ($(#[doc = $doc:expr])* $vis:vis struct $name:ident;) => {
        $(#[doc = $doc])*
        $vis struct $name;

        impl $name {
            /// The doc comment above, one string per line.
            pub(crate) const DOC: &'static [&'static str] = &[$($doc),*];
        }
    };
}
pub(crate) use declare_rule;

/// Every rule, sorted by code.
pub static RULES: &[&dyn Rule] = &[
    &MalformedEntry,
    &RequiredFields,
    &SpecificOutcome,
    &SpecificGap,
    &IncubationPeriod,
    &Reencountered,
    &TestableAdjustment,
    &IdentitySeparation,
    &HonestExtraction,
    &ObjectiveOutcome,
    &FiveWhys,
    &FollowupResolves,
    &UntestedAdjustment,
    &EntryLinks,
];

/// The rule with code or name `key` (case-insensitive).
pub fn find_rule(key: &str) -> Option<&'static dyn Rule> {
    RULES
        .iter()
        .copied()
        .find(|r| r.code().eq_ignore_ascii_case(key) || r.name().eq_ignore_ascii_case(key))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn codes_are_unique_and_sorted_names_kebab_case() {
        for pair in RULES.windows(2) {
            assert!(
                pair[0].code() < pair[1].code(),
                "{} before {}",
                pair[0].code(),
                pair[1].code()
            );
        }
        for rule in RULES {
            assert!(
                rule.name().bytes().all(|b| b.is_ascii_lowercase() || b == b'-'),
                "{}",
                rule.name()
            );
            let doc = rule.doc_text();
            for heading in ["## What it does", "## Why", "## Example", "Passes"] {
                assert!(doc.contains(heading), "{} doc lacks {heading}", rule.code());
            }
        }
    }
}
