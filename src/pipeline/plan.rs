//! What to rebuild after a change. A pure function over two summaries of
//! the site — before and after — and the slugs of the entries whose files
//! changed: pages are named by stable keys (slugs, tag folders), not by
//! position, so the plan holds when entries are added or removed.

use std::collections::{BTreeMap, BTreeSet};

use crate::site::{PageKind, PageOf, Site};

/// A page, named so that it survives entries moving around: its entry by
/// slug, its tag by folder.
pub type PageKey = PageOf<String, String>;

impl PageKey {
    /// The key of `kind` in `site`.
    pub fn of(site: &Site<'_>, kind: PageKind) -> PageKey {
        kind.map(|i| site.entries[i].slug.clone(), |t| site.tags[t].segment.clone())
    }
}

/// What one entry contributes to other pages.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct EntryLinks {
    /// Its tags' folders.
    pub tags: Vec<String>,
    /// The slugs of the other entries in its attempt chain.
    pub chain: Vec<String>,
    /// A fingerprint of what else its page shows of other entries: where
    /// its links go, and the entries that link to it.
    pub page: u64,
}

/// The facts about a built site that decide what a change affects.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Summary {
    /// A fingerprint of everything every page sees (`site`: the
    /// configuration, counts and headline figures). If it changes, every
    /// page may change.
    pub global: u64,
    /// Each entry on the site by slug.
    pub entries: foldhash::HashMap<String, EntryLinks>,
    /// Every tag folder on the site, with how many entries carry it (a
    /// theme may show the count wherever the tag is linked).
    pub tags: BTreeMap<String, usize>,
}

impl Summary {
    /// The summary of `site`, given the fingerprint of its global context.
    pub fn of(site: &Site<'_>, global: u64) -> Summary {
        let entries = site
            .entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let tags =
                    site.entry_tags[i].iter().map(|&t| site.tags[t].segment.clone()).collect();
                let chain = site.chain_of[i]
                    .map(|c| {
                        site.chains[c]
                            .iter()
                            .filter(|&&j| j != i)
                            .map(|&j| site.entries[j].slug.clone())
                            .collect()
                    })
                    .unwrap_or_default();
                (e.slug.clone(), EntryLinks { tags, chain, page: page_key(site, i) })
            })
            .collect();
        let tags = site.tags.iter().map(|t| (t.segment.clone(), t.entries.len())).collect();
        Summary { global, entries, tags }
    }
}

/// The fingerprint of what entry `i`'s page shows of other entries
/// besides its tags and chain: where its links go, and the title and date
/// of each entry that links to it.
fn page_key(site: &Site<'_>, i: usize) -> u64 {
    use std::hash::{Hash, Hasher};
    if site.hrefs[i].is_empty() && site.backlinks[i].is_empty() {
        return 0;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    site.hrefs[i].hash(&mut h);
    for &j in &site.backlinks[i] {
        let e = site.entries[j];
        (&e.slug, e.title(), e.front_matter.date.map(|d| d.to_string())).hash(&mut h);
    }
    h.finish()
}

/// What to do.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Plan {
    /// Re-render every page (and the static files).
    pub full: bool,
    /// The pages to render (when not `full`).
    pub render: BTreeSet<PageKey>,
    /// Pages that no longer exist: their files are removed.
    pub remove: BTreeSet<PageKey>,
}

/// The pages that change when the entries with `changed` slugs change
/// (their old and new slugs both). `relisted` holds the slugs whose
/// listing item (everything listings show: title, dates, fields, tags —
/// not the body) changed; an edit to the body alone leaves the listings
/// as they are. `force_full` is set for configuration, template and theme
/// changes, which can change any page.
pub fn plan(
    before: Option<&Summary>,
    after: &Summary,
    changed: &BTreeSet<String>,
    relisted: &BTreeSet<String>,
    force_full: bool,
) -> Plan {
    let mut plan = Plan::default();
    if let Some(before) = before {
        plan.remove.extend(
            before
                .entries
                .keys()
                .filter(|s| !after.entries.contains_key(*s))
                .cloned()
                .map(PageKey::Entry),
        );
        plan.remove.extend(
            before.tags.keys().filter(|t| !after.tags.contains_key(*t)).cloned().map(PageKey::Tag),
        );
    }
    let Some(before) = before.filter(|b| !force_full && b.global == after.global) else {
        plan.full = true;
        return plan;
    };
    // A tag whose count changed: its page and every page linking it.
    let recounted: BTreeSet<&String> = before
        .tags
        .iter()
        .filter(|(t, n)| after.tags.get(*t) != Some(n))
        .map(|(t, _)| t)
        .chain(after.tags.keys().filter(|t| !before.tags.contains_key(*t)))
        .collect();
    // An entry whose links now go elsewhere, or that others now link to
    // differently: its page.
    plan.render.extend(
        after
            .entries
            .iter()
            .filter(|(s, l)| before.entries.get(*s).is_some_and(|b| b.page != l.page))
            .map(|(s, _)| PageKey::Entry(s.clone())),
    );
    if changed.is_empty() && recounted.is_empty() && relisted.is_empty() {
        return plan;
    }
    if !recounted.is_empty() {
        plan.render.insert(PageKey::Tags);
        plan.render.extend(recounted.iter().map(|t| PageKey::Tag((*t).clone())));
        for (slug, links) in &after.entries {
            if links.tags.iter().any(|t| recounted.contains(t)) {
                plan.render.insert(PageKey::Entry(slug.clone()));
            }
        }
    }
    // Pages that show whole entries, bodies included, or count them.
    plan.render.extend([PageKey::Stats, PageKey::SearchIndex, PageKey::Feed]);
    // An entry that moved between tags or chains is listed differently too.
    let relinked =
        changed.iter().filter(|slug| before.entries.get(*slug) != after.entries.get(*slug));
    let relisted: BTreeSet<&String> = relisted.iter().chain(relinked).collect();
    if !relisted.is_empty() {
        // Pages that list every entry.
        plan.render.extend([PageKey::Home, PageKey::Resume, PageKey::Tags, PageKey::Sitemap]);
    }
    for slug in changed.iter().chain(relisted.iter().copied()) {
        if relisted.contains(slug) {
            // The pages that list or link it.
            for summary in [before, after] {
                let Some(links) = summary.entries.get(slug) else { continue };
                plan.render.extend(links.tags.iter().cloned().map(PageKey::Tag));
                plan.render.extend(links.chain.iter().cloned().map(PageKey::Entry));
            }
        }
        plan.render.insert(PageKey::Entry(slug.clone()));
    }
    // A page cannot be both rendered and removed: keep only what exists.
    plan.render.retain(|k| match k {
        PageKey::Entry(s) => after.entries.contains_key(s),
        PageKey::Tag(t) => after.tags.contains_key(t),
        _ => true,
    });
    plan
}

#[cfg(test)]
mod tests {
    use super::*;

    fn summary(global: u64, entries: &[(&str, &[&str], &[&str])]) -> Summary {
        let entries: foldhash::HashMap<String, EntryLinks> = entries
            .iter()
            .map(|(slug, tags, chain)| {
                let links = EntryLinks {
                    tags: tags.iter().map(|s| s.to_string()).collect(),
                    chain: chain.iter().map(|s| s.to_string()).collect(),
                    page: 0,
                };
                (slug.to_string(), links)
            })
            .collect();
        let mut tags = BTreeMap::new();
        for tag in entries.values().flat_map(|e| e.tags.clone()) {
            *tags.entry(tag).or_insert(0) += 1;
        }
        Summary { global, entries, tags }
    }

    fn set(slugs: &[&str]) -> BTreeSet<String> {
        slugs.iter().map(|s| s.to_string()).collect()
    }

    fn keys(plan: &Plan) -> Vec<String> {
        plan.render.iter().map(|k| format!("{k:?}")).collect()
    }

    #[test]
    fn editing_one_entry_touches_its_pages_not_its_neighbours() {
        let before = summary(
            1,
            &[
                ("a", &["run"], &[]),
                ("b", &["run", "sales"], &["c"]),
                ("c", &["sales"], &["b"]),
                ("d", &["solo"], &[]),
            ],
        );
        let after = before.clone();
        let plan = plan(Some(&before), &after, &set(&["a"]), &set(&["a"]), false);
        assert!(!plan.full);
        assert_eq!(
            keys(&plan),
            [
                "Home",
                "Entry(\"a\")",
                "Resume",
                "Tags",
                "Tag(\"run\")",
                "Stats",
                "SearchIndex",
                "Feed",
                "Sitemap"
            ]
        );
        assert!(!plan.render.contains(&PageKey::Entry("d".into())), "an unrelated entry");
        assert!(plan.remove.is_empty());
    }

    #[test]
    fn editing_only_the_body_leaves_the_listings_alone() {
        let before =
            summary(1, &[("a", &["run"], &["b"]), ("b", &["run"], &["a"]), ("c", &["sales"], &[])]);
        let plan = plan(Some(&before), &before, &set(&["a"]), &set(&[]), false);
        assert!(!plan.full);
        assert_eq!(keys(&plan), ["Entry(\"a\")", "Stats", "SearchIndex", "Feed"]);
    }

    #[test]
    fn an_entry_listed_differently_is_rebuilt_where_it_is_listed() {
        // `b` is listed differently (a later attempt now tests it) though
        // its own file did not change.
        let before = summary(1, &[("a", &["run"], &[]), ("b", &["sales"], &[])]);
        let plan = plan(Some(&before), &before, &set(&["a"]), &set(&["b"]), false);
        for key in [PageKey::Home, PageKey::Resume, PageKey::Sitemap, PageKey::Tag("sales".into())]
        {
            assert!(plan.render.contains(&key), "{key:?}");
        }
        assert!(plan.render.contains(&PageKey::Entry("b".into())));
        assert!(!plan.render.contains(&PageKey::Tag("run".into())), "a's listing is the same");
    }

    #[test]
    fn chain_neighbours_and_old_and_new_tags_are_rebuilt() {
        let before = summary(1, &[("b", &["run"], &["c"]), ("c", &["sales"], &["b"])]);
        let after = summary(1, &[("b", &["writing"], &["c"]), ("c", &["sales"], &["b"])]);
        let plan = plan(Some(&before), &after, &set(&["b"]), &set(&["b"]), false);
        for key in
            [PageKey::Entry("b".into()), PageKey::Entry("c".into()), PageKey::Tag("writing".into())]
        {
            assert!(plan.render.contains(&key), "{key:?}");
        }
        assert!(!plan.render.contains(&PageKey::Tag("run".into())), "the tag is gone");
        assert!(plan.remove.contains(&PageKey::Tag("run".into())));
    }

    #[test]
    fn a_tag_whose_count_changes_rebuilds_the_pages_that_link_it() {
        let before = summary(
            1,
            &[
                ("a", &["run"], &[]),
                ("b", &["run"], &[]),
                ("c", &["sales"], &[]),
                ("d", &["solo"], &[]),
            ],
        );
        let after = summary(
            1,
            &[
                ("a", &["sales"], &[]),
                ("b", &["run"], &[]),
                ("c", &["sales"], &[]),
                ("d", &["solo"], &[]),
            ],
        );
        let plan = plan(Some(&before), &after, &set(&["a"]), &set(&["a"]), false);
        for key in ["b", "c"].map(|s| PageKey::Entry(s.into())) {
            assert!(plan.render.contains(&key), "{key:?} links a recounted tag");
        }
        assert!(!plan.render.contains(&PageKey::Entry("d".into())));
    }

    #[test]
    fn renames_and_deletions_remove_pages() {
        let before = summary(1, &[("old-name", &["run"], &[])]);
        let after = summary(1, &[("new-name", &["run"], &[])]);
        let plan = plan(
            Some(&before),
            &after,
            &set(&["old-name", "new-name"]),
            &set(&["new-name"]),
            false,
        );
        assert!(plan.render.contains(&PageKey::Entry("new-name".into())));
        assert!(!plan.render.contains(&PageKey::Entry("old-name".into())));
        assert_eq!(plan.remove, [PageKey::Entry("old-name".into())].into_iter().collect());
    }

    #[test]
    fn global_changes_and_templates_rebuild_everything() {
        let before = summary(1, &[("a", &[], &[])]);
        let counted = summary(2, &[("a", &[], &[]), ("b", &[], &[])]);
        assert!(plan(Some(&before), &counted, &set(&["b"]), &set(&["b"]), false).full);
        assert!(plan(Some(&before), &before, &set(&[]), &set(&[]), true).full);
        assert!(plan(None, &before, &set(&[]), &set(&[]), false).full, "the first build");
    }

    #[test]
    fn nothing_changed_nothing_to_do() {
        let before = summary(1, &[("a", &["x"], &[])]);
        assert_eq!(plan(Some(&before), &before, &set(&[]), &set(&[]), false), Plan::default());
    }
}
