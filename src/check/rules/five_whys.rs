//! PF010 `five-whys`.

use crate::check::options::{options_methods, rule_options};
use crate::check::rules::{Rule, declare_rule};
use crate::check::{Context, Finding, value_span};
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// When an entry has `whys` (the 5 Whys, most immediate cause first),
    /// checks that it has at least `min_links` (3) non-empty links.
    ///
    /// ## Why is this bad?
    /// Asking "why" once finds a symptom; asking it repeatedly reveals the
    /// systemic cause that, once addressed, prevents the next failure.
    ///
    /// ## Example
    /// ```yaml
    /// whys:
    ///   - The team missed the deadline.
    /// ```
    /// Passes:
    /// ```yaml
    /// whys:
    ///   - The team missed the deadline.
    ///   - We underestimated the complexity.
    ///   - We did not account for dependencies.
    /// ```
    pub struct FiveWhys;
}

rule_options! {
    /// PF010's options.
    pub struct FiveWhysOptions {
        /// The fewest non-empty links a `whys` chain may have.
        min_links: usize = 3,
    }
}

impl Rule for FiveWhys {
    fn code(&self) -> &'static str {
        "PF010"
    }
    fn name(&self) -> &'static str {
        "five-whys"
    }
    fn default_level(&self) -> Level {
        Level::Warning
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn fields(&self) -> &'static [&'static str] {
        &["whys"]
    }
    fn summary(&self) -> &'static str {
        "a 5 Whys chain has at least 3 links"
    }
    options_methods!(FiveWhysOptions);
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let Some(whys) = &entry.front_matter.whys else { return };
        let links = whys.iter().filter(|w| !w.trim().is_empty()).count();
        let empty = whys.len() - links;
        let min = cx.settings.options::<FiveWhysOptions>(self).min_links;
        if links < min {
            out.push(
                Finding::new(format!(
                    "`whys` has {links} link{}; a 5 Whys chain needs at least {min}",
                    if links == 1 { "" } else { "s" }
                ))
                .at(value_span(entry, "whys"))
                .help(
                    "ask \"why?\" of the last answer again, until you reach a cause you can act on",
                ),
            );
        } else if empty > 0 {
            out.push(
                Finding::new(format!(
                    "`whys` has {empty} empty link{}",
                    if empty == 1 { "" } else { "s" }
                ))
                .at(value_span(entry, "whys"))
                .help("fill in each link or remove the empty ones"),
            );
        }
    }
}
