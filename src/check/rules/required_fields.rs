//! PF001 `required-fields`.

use crate::check::rules::{Rule, declare_rule};
use crate::check::{Context, Finding, Tier, front_matter_start, value_span};
use crate::config::did_you_mean;
use crate::diagnostic::Level;
use crate::entry::{Entry, KNOWN_KEYS, Stage};

declare_rule! {
    /// ## What it does
    /// Checks that the seven required fields are present and not empty:
    /// `title`, `date`, and the After-Action Review's `expectation`,
    /// `outcome`, `gap`, `adjustment`, plus the `identity_check`.
    /// While an entry is incubating (no `processed` date yet), only `title`
    /// and `date` are required.
    ///
    /// ## Why is this bad?
    /// A failure log records what was supposed to happen, what actually
    /// happened and why they differed; without them a failure is recorded,
    /// not processed.
    ///
    /// ## Example
    /// ```yaml
    /// title: Launched the newsletter
    /// date: 2026-03-02
    /// processed: 2026-03-05
    /// outcome: ""            # PF001: empty
    /// ```
    /// Passes when every field has a value:
    /// ```yaml
    /// outcome: >-
    ///   31 sign-ups by Friday; 80% came from one forum thread.
    /// ```
    pub struct RequiredFields;
}

/// The fields every processed entry needs, with what each one asks.
const REQUIRED: &[(&str, &str)] = &[
    ("title", "what failed, in one line"),
    ("date", "when the outcome became known, as `YYYY-MM-DD`"),
    ("expectation", "what was supposed to happen?"),
    ("outcome", "what actually happened, as facts?"),
    ("gap", "why were there differences, and what was within your control?"),
    ("adjustment", "what will you do differently next time, specifically?"),
    ("identity_check", "what does this say about the attempt, as opposed to about you?"),
];

impl Rule for RequiredFields {
    fn code(&self) -> &'static str {
        "PF001"
    }
    fn name(&self) -> &'static str {
        "required-fields"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn can_be_allowed(&self) -> bool {
        false
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn fields(&self) -> &'static [&'static str] {
        &["title", "date", "expectation", "outcome", "gap", "adjustment", "identity_check"]
    }
    fn summary(&self) -> &'static str {
        "title, date and the five review fields are filled in"
    }
    fn applies_to_incubating(&self) -> bool {
        true
    }

    fn check(&self, _cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let fm = &entry.front_matter;
        let incubating = entry.stage() == Stage::Incubating;
        for &(key, question) in REQUIRED {
            if incubating && !matches!(key, "title" | "date") {
                continue;
            }
            let present = match key {
                "date" => fm.date.is_some(),
                _ => fm.text(key).is_some_and(|t| !t.trim().is_empty()),
            };
            if present {
                continue;
            }
            // A key misspelt (`adjustmnet:`) is where the field is missing.
            let misspelt = entry.keys.iter().find(|k| {
                !KNOWN_KEYS.contains(&k.name.as_str())
                    && did_you_mean(&k.name, KNOWN_KEYS.iter().copied()) == Some(key)
            });
            let (message, span, help) = match (entry.keys.get(key), misspelt) {
                (Some(_), _) => (
                    format!("`{key}` is empty"),
                    value_span(entry, key),
                    format!("add `{key}:` with your answer to: {question}"),
                ),
                (None, Some(k)) => (
                    format!(
                        "missing required field `{key}`: `{}` looks like a misspelling of it",
                        k.name
                    ),
                    k.key.clone(),
                    format!("did you mean `{key}`? Rename `{}:` to `{key}:`", k.name),
                ),
                (None, None) => (
                    format!("missing required field `{key}`"),
                    front_matter_start(entry),
                    format!("add `{key}:` with your answer to: {question}"),
                ),
            };
            out.push(Finding::new(message).tier(Tier::Primary).at(span).help(help));
        }
    }
}
