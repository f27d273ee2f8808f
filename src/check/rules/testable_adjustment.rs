//! PF006 `testable-adjustment`.

use crate::check::judge::{AdjustmentCheck, Testability};
use crate::check::rules::{Rule, declare_rule};
use crate::check::settings::{Settings, edit_list, option};
use crate::check::{Context, Finding, Tier, match_span, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Checks that `adjustment` is a change you can test on the next
    /// attempt. It needs at least `min_signals` (2) concrete signals: a
    /// trigger or scope (before…, every…, when…, any…), a measure (a
    /// number, a duration) or a named artefact (a checklist, a calendar
    /// block, a file). A stock resolution without them ("do better next
    /// time", "be more careful", "communicate better", "learn from this")
    /// is reported at the rule's level (error); an adjustment with no stock
    /// phrase but no signals either, one level milder (warning).
    ///
    /// ## Why is this bad?
    /// "I will do better next time" is not an adjustment. Specific
    /// adjustments are testable: on the next attempt you can check whether
    /// you implemented the change and whether it produced a different result.
    ///
    /// ## Example
    /// ```yaml
    /// adjustment: I will do better next time and be more careful.
    /// ```
    /// Passes:
    /// ```yaml
    /// adjustment: >-
    ///   I will build a two-week buffer into any plan that depends on
    ///   external suppliers.
    /// ```
    ///
    /// ## Options
    /// `min_signals` (2); lists `generic_phrases`, `triggers`, `measures`,
    /// `artefacts`, `idioms`.
    pub struct TestableAdjustment;
}

impl Rule for TestableAdjustment {
    fn code(&self) -> &'static str {
        "PF006"
    }
    fn name(&self) -> &'static str {
        "testable-adjustment"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn summary(&self) -> &'static str {
        "the adjustment has a trigger, scope or measure"
    }
    fn option_names(&self) -> &'static [&'static str] {
        &["min_signals", "generic_phrases", "triggers", "measures", "artefacts", "idioms"]
    }
    fn configure(
        &self,
        options: serde_yaml::Mapping,
        settings: &mut Settings,
    ) -> Result<(), String> {
        let o = &mut settings.adjustment;
        if let Some(n) = option(&options, "min_signals")? {
            o.min_signals = n;
        }
        edit_list(&options, "generic_phrases", &mut o.generic)?;
        edit_list(&options, "triggers", &mut o.triggers)?;
        edit_list(&options, "measures", &mut o.measures)?;
        edit_list(&options, "artefacts", &mut o.artefacts)?;
        edit_list(&options, "idioms", &mut o.idioms)
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let Some(text) = entry.front_matter.adjustment.as_deref().filter(|t| !t.trim().is_empty())
        else {
            return;
        };
        let o = &cx.settings.adjustment;
        let check = AdjustmentCheck {
            generic: &o.generic.set,
            triggers: &o.triggers.set,
            measures: &o.measures.set,
            artefacts: &o.artefacts.set,
            idioms: &o.idioms.set,
            min_signals: o.min_signals,
        };
        match check.judge(text) {
            Testability::Testable => {}
            Testability::Generic { phrase } => out.push(
                Finding::new(format!(
                    "adjustment is not testable: \"{}\" is a resolution, not a change",
                    &text[phrase.span.clone()]
                ))
                .at(match_span(entry, "adjustment", &phrase))
                .help(HELP),
            ),
            Testability::Untestable => out.push(
                Finding::new("adjustment names no trigger, scope or measure to test it by")
                    .tier(Tier::Secondary)
                    .at(value_span(entry, "adjustment"))
                    .help(HELP),
            ),
        }
    }
}

const HELP: &str = "say when it applies and what you will do or count, so the next attempt can check it: \"I will build a two-week buffer into any plan that depends on external suppliers\"";
