//! PF012 `untested-adjustment`.

use crate::check::options::{options_methods, rule_options};
use crate::check::rules::{Rule, declare_rule};
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
    pub struct UntestedAdjustment;
}

/// PF012's threshold in days (`status` reads it too).
pub fn untested_days(settings: &crate::check::Settings) -> i64 {
    settings.options::<UntestedAdjustmentOptions>(&UntestedAdjustment).days
}

rule_options! {
    /// PF012's options.
    pub struct UntestedAdjustmentOptions {
        /// Days after `processed` from which an adjustment without a
        /// `followup` is reported.
        days: i64 = 90,
    }
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
    fn fields(&self) -> &'static [&'static str] {
        &["adjustment", "followup", "processed"]
    }
    fn summary(&self) -> &'static str {
        "adjustments older than 90 days get tested"
    }
    options_methods!(UntestedAdjustmentOptions);
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let fm = &entry.front_matter;
        let Some(processed) = fm.processed else { return };
        if fm.followup.is_some() {
            return;
        }
        let days = (cx.today - processed.date()).get_days() as i64;
        if days > cx.settings.options::<UntestedAdjustmentOptions>(self).days {
            out.push(
                Finding::new(format!("adjustment untested for {days} days: no later attempt follows up on it"))
                    .at(value_span(entry, "adjustment"))
                    .help("when you try again, write that attempt as an entry and add `followup: <its slug>` here"),
            );
        }
    }
}
