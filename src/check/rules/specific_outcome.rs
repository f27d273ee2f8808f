//! PF002 `specific-outcome`.

use crate::check::judge::{Specificity, SpecificityCheck};
use crate::check::rules::{Rule, declare_rule, text_options};
use crate::check::settings::{Settings, TextOptions};
use crate::check::{Context, Finding, match_span, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Checks that `outcome` says what actually happened: at least
    /// `min_words` words (8), and not a stock phrase ("it didn't work",
    /// "fell flat", "it was a mess") without concrete detail around it.
    /// After removing stock phrases, an outcome needs concrete words —
    /// numbers, names, things that were observed — not only evaluative
    /// ones ("bad", "disappointing", "overall").
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
    ///
    /// ## Options
    /// `min_words` (8), `min_concrete_with_stock` (8), `min_concrete` (4),
    /// `vague_phrases`, `filler_words`, `stopwords` (lists: a list replaces
    /// the built-in one, `{extend: [...]}` adds to it).
    pub struct SpecificOutcome;
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
    fn summary(&self) -> &'static str {
        "the outcome says what happened, as facts"
    }
    fn option_names(&self) -> &'static [&'static str] {
        TEXT_OPTIONS
    }
    fn configure(
        &self,
        options: serde_yaml::Mapping,
        settings: &mut Settings,
    ) -> Result<(), String> {
        text_options(&options, &mut settings.outcome)
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        check_text(
            &cx.settings.outcome,
            entry,
            "outcome",
            out,
            &Wording {
                short: "say what actually happened",
                stock: "says that it failed, not what happened",
                abstract_: "does not say what happened",
                help: "write what you observed, as facts: numbers, times, who did what, what broke — \"31 sign-ups by Friday; 80% from one forum thread\", not \"that didn't work\"",
            },
        );
    }
}

/// Option names shared by PF002 and PF003.
pub(crate) const TEXT_OPTIONS: &[&str] = &[
    "min_words",
    "min_concrete_with_stock",
    "min_concrete",
    "vague_phrases",
    "filler_words",
    "stopwords",
];

/// The words of a specificity rule's messages.
pub(crate) struct Wording {
    pub short: &'static str,
    pub stock: &'static str,
    pub abstract_: &'static str,
    pub help: &'static str,
}

/// Shared by PF002 and PF003: judges the text of `key`.
pub(crate) fn check_text(
    options: &TextOptions,
    entry: &Entry,
    key: &str,
    out: &mut Vec<Finding>,
    w: &Wording,
) {
    let Some(text) = entry.front_matter.text(key).filter(|t| !t.trim().is_empty()) else {
        return; // PF001 reports missing fields.
    };
    let check = SpecificityCheck {
        vague: &options.vague.set,
        stopwords: &options.stopwords,
        filler: &options.filler,
        min_words: options.min_words,
        min_concrete_with_stock: options.min_concrete_with_stock,
        min_concrete: options.min_concrete,
    };
    let finding = match check.judge(text) {
        Specificity::Specific => return,
        Specificity::TooShort { words } => Finding::new(format!(
            "`{key}` has only {words} word{}: {} (at least {})",
            if words == 1 { "" } else { "s" },
            w.short,
            options.min_words
        ))
        .at(value_span(entry, key)),
        Specificity::Stock { phrase } => Finding::new(format!(
            "`{key}` is vague: \"{}\" {}",
            &text[phrase.span.clone()],
            w.stock
        ))
        .at(match_span(entry, key, &phrase)),
        Specificity::Abstract => {
            Finding::new(format!("`{key}` {}", w.abstract_)).at(value_span(entry, key))
        }
    };
    out.push(finding.help(w.help));
}
