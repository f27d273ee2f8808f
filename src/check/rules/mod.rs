//! The rule registry. Each rule is a unit struct in its own module whose
//! doc comment is its documentation: `failfolio explain` prints it.

mod required_fields;

use crate::check::{Context, Finding, Settings};
use crate::diagnostic::Level;
use crate::entry::Entry;

pub use required_fields::RequiredFields;

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

    /// The first paragraph under "What it does", for `failfolio rules`.
    pub fn summary(&self) -> String {
        let doc = self.doc_text();
        let mut lines = doc.lines().skip_while(|l| l.starts_with('#') || l.trim().is_empty());
        let mut summary = String::new();
        for line in lines.by_ref() {
            if line.trim().is_empty() {
                break;
            }
            if !summary.is_empty() {
                summary.push(' ');
            }
            summary.push_str(line.trim());
        }
        summary
    }
}

/// Every rule, sorted by code.
pub static RULES: &[&dyn Rule] = &[&RequiredFields];

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
