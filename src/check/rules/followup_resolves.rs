//! PF011 `followup-resolves`.

use std::collections::HashSet;

use crate::check::rules::{Rule, declare_rule};
use crate::check::{Context, Finding, value_span};
use crate::config::did_you_mean;
use crate::diagnostic::Level;
use crate::entry::Entry;

declare_rule! {
    /// ## What it does
    /// Checks that `followup` names an existing entry that is not this one
    /// and is not dated before it, and that following `followup`s from this
    /// entry never comes back to it (a chain that loops is an error, not a
    /// hang).
    ///
    /// ## Why is this bad?
    /// The adjustment is tested on the next attempt; `followup` links a
    /// failure to that later attempt. A link to nowhere, or back in time,
    /// breaks the loop the journal exists to keep.
    ///
    /// ## Example
    /// ```yaml
    /// followup: headline-tets-launch   # PF011: no entry has this slug
    /// ```
    /// Passes:
    /// ```yaml
    /// followup: headline-test-launch
    /// ```
    pub struct FollowupResolves;
}

impl Rule for FollowupResolves {
    fn code(&self) -> &'static str {
        "PF011"
    }
    fn name(&self) -> &'static str {
        "followup-resolves"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn summary(&self) -> &'static str {
        "followup names a later entry, without loops"
    }
    fn applies_to_incubating(&self) -> bool {
        true
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        let Some(slug) = entry.front_matter.followup.as_deref() else { return };
        let span = value_span(entry, "followup");
        let Some(target) = cx.by_slug.get(slug.trim()) else {
            let help = match did_you_mean(slug, cx.by_slug.keys().copied()) {
                Some(s) => format!("did you mean `{s}`?"),
                None => "use the slug of a later entry: its `slug:`, or its file name without the date prefix".into(),
            };
            out.push(
                Finding::new(format!("`followup` `{slug}` names no entry")).at(span).help(help),
            );
            return;
        };
        if std::ptr::eq(*target, entry) || target.path == entry.path {
            out.push(
                Finding::new("`followup` points at this entry itself")
                    .at(span)
                    .help("`followup` names the later attempt that tested this entry's adjustment"),
            );
            return;
        }
        if let (Some(here), Some(there)) = (entry.front_matter.date, target.front_matter.date) {
            if there < here {
                out.push(
                    Finding::new(format!("`followup` `{slug}` is dated {there}, before this entry ({here})"))
                        .at(span)
                        .help("a follow-up is a later attempt; link the earlier entry to this one instead"),
                );
                return;
            }
        }
        // Walk the chain; the visited set bounds it by the number of entries.
        let mut seen: HashSet<&str> = HashSet::from([entry.slug.as_str()]);
        let mut path = vec![entry.slug.as_str()];
        let mut current = *target;
        loop {
            path.push(&current.slug);
            if !seen.insert(&current.slug) {
                if current.slug == entry.slug {
                    out.push(
                        Finding::new(format!("`followup` chain loops: {}", path.join(" → ")))
                            .at(span)
                            .help("each attempt's `followup` must lead forward to a later attempt; break the loop"),
                    );
                }
                return;
            }
            match current.front_matter.followup.as_deref().and_then(|s| cx.by_slug.get(s.trim())) {
                Some(next) => current = next,
                None => return,
            }
        }
    }
}
