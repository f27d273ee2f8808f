//! The rule registry. Each rule is a unit struct in its own module whose
//! doc comment is its documentation: `failfolio explain` prints it.

mod five_whys;
mod followup_resolves;
mod honest_extraction;
mod identity_separation;
mod incubation_period;
mod malformed_entry;
mod objective_outcome;
mod reencountered;
mod required_fields;
mod specific_gap;
mod specific_outcome;
mod testable_adjustment;
mod untested_adjustment;

use crate::check::settings::{TextOptions, edit_list, edit_words, option};
use crate::check::{Context, Finding, Settings};
use crate::diagnostic::Level;
use crate::entry::Entry;

pub use five_whys::FiveWhys;
pub use followup_resolves::FollowupResolves;
pub use honest_extraction::HonestExtraction;
pub use identity_separation::IdentitySeparation;
pub use incubation_period::IncubationPeriod;
pub use malformed_entry::MalformedEntry;
pub use objective_outcome::ObjectiveOutcome;
pub use reencountered::Reencountered;
pub use required_fields::RequiredFields;
pub use specific_gap::SpecificGap;
pub use specific_outcome::SpecificOutcome;
pub use testable_adjustment::TestableAdjustment;
pub use untested_adjustment::UntestedAdjustment;

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

/// One processed-failure rule.
pub trait Rule: Sync {
    /// The stable code, e.g. `PF006`. Never reused.
    fn code(&self) -> &'static str;
    /// The kebab-case name, e.g. `testable-adjustment`.
    fn name(&self) -> &'static str;
    /// The level when `failfolio.yaml` does not set one.
    fn default_level(&self) -> Level;
    /// The rule's documentation (its doc comment), as Markdown.
    fn doc(&self) -> &'static [&'static str];
    /// What the rule checks, in a few words, for `failfolio rules`.
    fn summary(&self) -> &'static str;
    /// Whether the rule also checks incubating entries. Most do not: an
    /// entry in incubation is held "without forced resolution" until it is
    /// re-encountered.
    fn applies_to_incubating(&self) -> bool {
        false
    }
    /// The option keys this rule accepts under `rules.<rule>` besides
    /// `level`, for "did you mean" and documentation.
    fn option_names(&self) -> &'static [&'static str] {
        &[]
    }
    /// Applies options from `failfolio.yaml` to `settings`.
    fn configure(
        &self,
        _options: serde_yaml::Mapping,
        _settings: &mut Settings,
    ) -> Result<(), String> {
        Ok(())
    }
    /// Checks one entry.
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>);
}

impl dyn Rule {
    /// The documentation as one string, with rustdoc's leading spaces removed.
    pub fn doc_text(&self) -> String {
        let mut text = String::new();
        for line in self.doc() {
            text.push_str(line.strip_prefix(' ').unwrap_or(line));
            text.push('\n');
        }
        text
    }
}

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
];

/// Applies the options shared by PF002 and PF003.
pub(crate) fn text_options(
    options: &serde_yaml::Mapping,
    o: &mut TextOptions,
) -> Result<(), String> {
    for (key, slot) in [
        ("min_words", &mut o.min_words),
        ("min_concrete_with_stock", &mut o.min_concrete_with_stock),
        ("min_concrete", &mut o.min_concrete),
    ] {
        if let Some(n) = option(options, key)? {
            *slot = n;
        }
    }
    edit_list(options, "vague_phrases", &mut o.vague)?;
    edit_words(options, "filler_words", &mut o.filler)?;
    edit_words(options, "stopwords", &mut o.stopwords)
}

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
            for heading in ["## What it does", "## Why", "## Example"] {
                assert!(doc.contains(heading), "{} doc lacks {heading}", rule.code());
            }
        }
    }
}
