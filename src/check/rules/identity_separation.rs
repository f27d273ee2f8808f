//! PF007 `identity-separation`.

use crate::check::judge::IdentityCheck;
use crate::check::rules::{Rule, declare_rule};
use crate::check::settings::{Settings, edit_list, edit_words};
use crate::check::{Context, Finding, Tier, body_span, match_span};
use crate::diagnostic::Level;
use crate::entry::{CARD_FIELDS, Entry};

declare_rule! {
    /// ## What it does
    /// Looks for identity collapse — a failure turned into a verdict on the
    /// self ("I am a failure", "I'm just not cut out for this", "I always
    /// mess these up", "maybe I'm stupid", "what is wrong with me"). In
    /// `identity_check` it is reported at the rule's level (error); in the
    /// other fields and the body, one level milder (warning). A verdict that
    /// is negated ("I am not a failure"), quoted, named at a distance ("I
    /// noticed the story that I'm a fraud", "I caught myself thinking…") or
    /// answered ("Am I lazy? No.") is separation, not collapse.
    ///
    /// ## Why is this bad?
    /// "This attempt failed" is a data point about a strategy in a context;
    /// "I am a failure" is a categorical statement about a permanent
    /// property, and it implies: stop trying.
    ///
    /// ## Example
    /// ```yaml
    /// identity_check: Honestly, I'm just not cut out for sales.
    /// ```
    /// Passes:
    /// ```yaml
    /// identity_check: >-
    ///   This pitch failed; I am a beginner at sales who is learning, not
    ///   someone who can't sell.
    /// ```
    ///
    /// ## Options
    /// Lists `collapse_phrases`, `distancing_phrases`, `gap_words`.
    pub struct IdentitySeparation;
}

impl Rule for IdentitySeparation {
    fn code(&self) -> &'static str {
        "PF007"
    }
    fn name(&self) -> &'static str {
        "identity-separation"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn summary(&self) -> &'static str {
        "no verdict on the self (\"I am a failure\")"
    }
    fn option_names(&self) -> &'static [&'static str] {
        &["collapse_phrases", "distancing_phrases", "gap_words"]
    }
    fn configure(
        &self,
        options: serde_yaml::Mapping,
        settings: &mut Settings,
    ) -> Result<(), String> {
        edit_list(&options, "collapse_phrases", &mut settings.identity.collapse)?;
        edit_list(&options, "distancing_phrases", &mut settings.identity.distancing)?;
        edit_words(&options, "gap_words", &mut settings.identity.gap_words)
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let o = &cx.settings.identity;
        let check = IdentityCheck {
            collapse: &o.collapse.set,
            distancing: &o.distancing.set,
            gap_words: &o.gap_words,
        };
        // The identity check first (an error), then the other fields.
        let fields = std::iter::once("identity_check")
            .chain(CARD_FIELDS.iter().map(|(k, _)| *k).filter(|k| *k != "identity_check"));
        for key in fields {
            let Some(text) = entry.front_matter.text(key) else { continue };
            for m in check.collapses(text) {
                let (tier, where_) = if key == "identity_check" {
                    (Tier::Primary, "`identity_check`")
                } else {
                    (Tier::Secondary, "this")
                };
                out.push(
                    Finding::new(format!(
                        "{where_} turns the failure into a verdict on yourself: \"{}\"",
                        &text[m.span.clone()]
                    ))
                    .tier(tier)
                    .at(match_span(entry, key, &m))
                    .help(HELP),
                );
            }
        }
        for m in check.collapses(entry.body()) {
            out.push(
                Finding::new(format!(
                    "the body turns the failure into a verdict on yourself: \"{}\"",
                    &entry.body()[m.span.clone()]
                ))
                .tier(Tier::Secondary)
                .at(body_span(entry, &m))
                .help(HELP),
            );
        }
    }
}

const HELP: &str = "write about the attempt, not the self: \"this attempt failed\" is data about a strategy in a context; \"I am a failure\" is a verdict that implies stop trying";
