//! What a rule is: the [`Rule`] trait every rule implements, and what
//! `failfolio explain` makes of it. The rules themselves are in `rules/`.

use crate::check::options::{AnyOptions, OptionDoc};
use crate::check::{Context, Finding};
use crate::diagnostic::Level;
use crate::entry::Entry;

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
    /// The front-matter fields the rule judges, for an editor's hover
    /// (none for rules about the file or the body).
    fn fields(&self) -> &'static [&'static str] {
        &[]
    }
    /// Whether the rule also checks incubating entries. Most do not: an
    /// entry in incubation is held "without forced resolution" until it is
    /// re-encountered.
    fn applies_to_incubating(&self) -> bool {
        false
    }
    /// Whether an entry may silence the rule with `allow:` in its front
    /// matter. An entry that cannot be read, or lacks a required field,
    /// cannot be checked at all: those rules cannot be allowed away.
    fn can_be_allowed(&self) -> bool {
        true
    }
    /// Whether the rule's findings on an entry depend on other entries
    /// (as a follow-up's do on the entry it names): then they must be
    /// worked out again whenever any entry changes.
    fn reads_other_entries(&self) -> bool {
        false
    }
    /// The rule's options with their built-in values, if it has any (see
    /// [`rule_options!`](crate::check::options)).
    fn default_options(&self) -> Option<AnyOptions> {
        None
    }
    /// Reads the rule's options from its mapping in `failfolio.yaml`
    /// (without `level`), over the built-in values.
    fn parse_options(&self, options: serde_yaml::Mapping) -> Result<AnyOptions, String> {
        match options.keys().next().and_then(serde_yaml::Value::as_str) {
            Some(key) => Err(format!(
                "unknown option `{key}`; `{}` has no options besides `level`",
                self.name()
            )),
            None => self.default_options().ok_or_else(String::new),
        }
    }
    /// Each option with its built-in value, for `failfolio explain`.
    fn option_docs(&self) -> Vec<OptionDoc> {
        Vec::new()
    }
    /// Checks one entry.
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>);
}

impl dyn Rule {
    /// What `failfolio explain` prints: the heading, the documentation
    /// (why, a failing and a passing example), and each option with its
    /// built-in value.
    pub fn explain(&self) -> String {
        let mut text = format!(
            "{} {} (default level: {})\n\n{}",
            self.code(),
            self.name(),
            self.default_level(),
            self.doc_text()
        );
        let options = self.option_docs();
        if !options.is_empty() {
            text.push_str("\n## Options (under `rules:` in failfolio.yaml)\n");
            for o in options {
                text.push_str(&format!("\n- `{}` (built in: {}): {}\n", o.name, o.default, o.doc));
            }
        }
        if !self.can_be_allowed() {
            text.push_str("\nAn entry cannot silence this rule with `allow:`.\n");
        }
        text
    }

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
