//! PF004 `incubation-period`.

use crate::check::options::{AnyOptions, OptionDoc, rule_options};
use crate::check::rules::{Rule, declare_rule};
use crate::check::settings::Settings;
use crate::check::{Context, Finding, Tier, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Checks the time between `date` (when the outcome became known) and
    /// `processed` (when it was re-encountered): less than `error_hours`
    /// (24) is reported at the rule's level (error), less than
    /// `warning_hours` (48) one level milder (warning).
    ///
    /// ## Why is this bad?
    /// Incubation cannot be rushed: schedule a deliberate period — at
    /// minimum 24 hours, ideally 48 — before returning to the problem, and
    /// let sleep do its consolidating work.
    ///
    /// ## Example
    /// ```yaml
    /// date: 2026-03-02 18:00
    /// processed: 2026-03-02 22:00   # PF004: 4 hours
    /// ```
    /// Passes:
    /// ```yaml
    /// date: 2026-03-02
    /// processed: 2026-03-05
    /// ```
    pub struct IncubationPeriod;
}

rule_options! {
    /// PF004's options.
    pub struct IncubationPeriodOptions {
        /// Below this many hours between `date` and `processed`: the
        /// rule's level (error).
        error_hours: i64 = 24,
        /// Below this many hours: one level milder (warning). Also when an
        /// incubating entry is ready to be re-encountered (PF005, `status`).
        warning_hours: i64 = 48,
    }
}

/// PF004's thresholds (PF005 and `status` read `warning_hours` too).
pub fn incubation(settings: &Settings) -> &IncubationPeriodOptions {
    settings.options(&IncubationPeriod)
}

impl Rule for IncubationPeriod {
    fn code(&self) -> &'static str {
        "PF004"
    }
    fn name(&self) -> &'static str {
        "incubation-period"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn fields(&self) -> &'static [&'static str] {
        &["date", "processed"]
    }
    fn summary(&self) -> &'static str {
        "at least 24 h (ideally 48 h) between date and processed"
    }
    fn default_options(&self) -> Option<AnyOptions> {
        Some(std::sync::Arc::new(IncubationPeriodOptions::default()))
    }
    fn parse_options(&self, options: serde_yaml::Mapping) -> Result<AnyOptions, String> {
        let o: IncubationPeriodOptions =
            serde_yaml::from_value(serde_yaml::Value::Mapping(options))
                .map_err(|e| e.to_string())?;
        if o.error_hours > o.warning_hours {
            return Err("`error_hours` must not be larger than `warning_hours`".into());
        }
        Ok(std::sync::Arc::new(o))
    }
    fn option_docs(&self) -> Vec<OptionDoc> {
        crate::check::options::Documented::docs(&IncubationPeriodOptions::default())
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let (Some(date), Some(processed)) = (entry.front_matter.date, entry.front_matter.processed)
        else {
            return;
        };
        let hours = date.hours_until(&processed);
        if hours < 0 {
            return; // PF005 reports a `processed` before `date`.
        }
        let o = incubation(cx.settings);
        let (tier, limit, what) = if hours < o.error_hours {
            (Tier::Primary, o.error_hours, "the minimum")
        } else if hours < o.warning_hours {
            (Tier::Secondary, o.warning_hours, "the ideal")
        } else {
            return;
        };
        out.push(
            Finding::new(format!(
                "only {hours} hour{} between `date` and `processed`, less than {what} of {limit}",
                if hours == 1 { "" } else { "s" }
            ))
            .tier(tier)
            .at(value_span(entry, "processed"))
            .help(format!(
                "let it incubate: re-encounter it after at least a night's sleep — {} hours or more — and date `processed` then",
                o.warning_hours
            )),
        );
    }
}
