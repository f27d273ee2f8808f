//! PF012 `untested-adjustment`.

use crate::check::rules::{Rule, declare_rule};
use crate::check::settings::{Settings, option};
use crate::check::{Context, Finding, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Notes processed entries whose adjustment is older than `days` (90)
    /// and has never been tested by a later attempt (`followup`).
    ///
    /// ## Why is this bad?
    /// The loop continues: attempt, observe, extract, adjust — and attempt
    /// again. An adjustment that is never tried stays a good intention.
    ///
    /// ## Example
    /// ```yaml
    /// processed: 2025-01-10      # PF012 in 2026: no `followup`
    /// ```
    /// Passes:
    /// ```yaml
    /// processed: 2025-01-10
    /// followup: second-launch    # the later attempt that tested it
    /// ```
    ///
    /// ## Options
    /// `days` (90).
    pub struct UntestedAdjustment;
}

impl Rule for UntestedAdjustment {
    fn code(&self) -> &'static str {
        "PF012"
    }
    fn name(&self) -> &'static str {
        "untested-adjustment"
    }
    fn default_level(&self) -> Level {
        Level::Info
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn summary(&self) -> &'static str {
        "adjustments older than 90 days get tested"
    }
    fn option_names(&self) -> &'static [&'static str] {
        &["days"]
    }
    fn configure(
        &self,
        options: serde_yaml::Mapping,
        settings: &mut Settings,
    ) -> Result<(), String> {
        if let Some(days) = option(&options, "days")? {
            settings.untested_days = days;
        }
        Ok(())
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let fm = &entry.front_matter;
        let Some(processed) = fm.processed else { return };
        if fm.followup.is_some() {
            return;
        }
        let days = (cx.today - processed.date()).get_days() as i64;
        if days > cx.settings.untested_days {
            out.push(
                Finding::new(format!("adjustment untested for {days} days: no later attempt follows up on it"))
                    .at(value_span(entry, "adjustment"))
                    .help("when you try again, write that attempt as an entry and add `followup: <its slug>` here"),
            );
        }
    }
}
