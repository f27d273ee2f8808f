//! PF011 `followup-resolves`.

use std::collections::HashMap;
use std::sync::Arc;

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
    fn fields(&self) -> &'static [&'static str] {
        &["followup"]
    }
    fn summary(&self) -> &'static str {
        "followup names a later entry, without loops"
    }
    fn applies_to_incubating(&self) -> bool {
        true
    }
    fn reads_other_entries(&self) -> bool {
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
        // Loops are found once for the whole journal, so that a long chain
        // is walked once, not once per entry.
        if let Some(cycle) = cx.memo(Loops::find).of(&entry.slug) {
            out.push(Finding::new(format!("`followup` chain loops: {cycle}")).at(span).help(
                "each attempt's `followup` must lead forward to a later attempt; break the loop",
            ));
        }
    }
}

/// The follow-up loops of a journal: for each slug on a loop, the loop and
/// the slug's place in it.
struct Loops {
    on_loop: HashMap<String, (Arc<Vec<String>>, usize)>,
}

impl Loops {
    /// Follows every `followup` once (a follow-up graph has at most one
    /// edge out of each entry, so each walk stops at a visited entry).
    fn find(cx: &Context<'_>) -> Loops {
        #[derive(Clone, Copy, PartialEq)]
        enum State {
            Walking,
            Done,
        }
        let mut state: HashMap<&str, State> = HashMap::new();
        let mut on_loop = HashMap::new();
        let mut slugs: Vec<&str> = cx.by_slug.keys().copied().collect();
        slugs.sort_unstable();
        for start in slugs {
            let mut path: Vec<&str> = Vec::new();
            let mut current = Some(start);
            while let Some(slug) = current {
                match state.get(slug) {
                    Some(State::Done) => break,
                    Some(State::Walking) => {
                        let from = path.iter().position(|s| *s == slug).unwrap_or(0);
                        let cycle: Arc<Vec<String>> =
                            Arc::new(path[from..].iter().map(|s| s.to_string()).collect());
                        for (i, s) in cycle.iter().enumerate() {
                            on_loop.insert(s.clone(), (cycle.clone(), i));
                        }
                        break;
                    }
                    None => {}
                }
                state.insert(slug, State::Walking);
                path.push(slug);
                current = cx.by_slug.get(slug).and_then(|e| {
                    let next = e.front_matter.followup.as_deref()?.trim();
                    cx.by_slug.get_key_value(next).map(|(k, _)| *k)
                });
            }
            for slug in path {
                state.insert(slug, State::Done);
            }
        }
        Loops { on_loop }
    }

    /// The loop through `slug`, written from `slug` back to it, shortened
    /// in the middle when long.
    fn of(&self, slug: &str) -> Option<String> {
        let (cycle, at) = self.on_loop.get(slug)?;
        let n = cycle.len();
        let step = |k: usize| cycle[(at + k) % n].as_str();
        let names: Vec<&str> = if n <= 8 {
            (0..=n).map(step).collect()
        } else {
            let mut v: Vec<&str> = (0..3).map(step).collect();
            v.push("…");
            v.extend((n - 2..=n).map(step));
            v
        };
        let mut text = names.join(" → ");
        if n > 8 {
            text.push_str(&format!(" ({n} entries)"));
        }
        Some(text)
    }
}
