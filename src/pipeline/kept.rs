//! What a pipeline keeps of each entry between runs, besides its
//! findings: its rendered body, its listing item and its search record,
//! each with what it was made from.

use std::path::PathBuf;
use std::sync::Arc;

use foldhash::{HashMap, HashSet};

use crate::render::markdown::Rendered;
use crate::site::Site;

/// An entry's products, by slug, each with the [`item_key`] it was made
/// for.
pub(crate) struct PerSlug<T> {
    by_slug: HashMap<String, (u64, Arc<T>)>,
}

impl<T> Default for PerSlug<T> {
    fn default() -> Self {
        PerSlug { by_slug: HashMap::default() }
    }
}

impl<T> PerSlug<T> {
    /// The product kept for `slug`, if it was made for `key`.
    pub(super) fn get(&self, slug: &str, key: u64) -> Option<&Arc<T>> {
        self.by_slug.get(slug).filter(|(k, _)| *k == key).map(|(_, v)| v)
    }

    /// The product kept for `slug`, whatever it was made for.
    pub(super) fn any(&self, slug: &str) -> Option<&Arc<T>> {
        self.by_slug.get(slug).map(|(_, v)| v)
    }

    /// Stores `value`, made for `key`, as `slug`'s, unless it is the one
    /// kept already.
    pub(super) fn keep(&mut self, slug: &str, key: u64, value: &Arc<T>) {
        match self.by_slug.get_mut(slug) {
            Some((_, old)) if Arc::ptr_eq(old, value) => {}
            Some(old) => *old = (key, value.clone()),
            None => {
                self.by_slug.insert(slug.to_string(), (key, value.clone()));
            }
        }
    }

    /// Forgets the slugs no longer on `site`.
    pub(super) fn retain_on(&mut self, site: &Site<'_>) {
        if self.by_slug.len() > site.entries.len() {
            let on_site: HashSet<&str> = site.entries.iter().map(|e| e.slug.as_str()).collect();
            self.by_slug.retain(|slug, _| on_site.contains(slug.as_str()));
        }
    }
}

/// Everything kept per entry.
#[derive(Default)]
pub(crate) struct Kept {
    /// Rendered bodies, by entry file, each with the [`hrefs_key`] of the
    /// links it was rendered with.
    pub bodies: HashMap<PathBuf, (u64, Arc<Rendered>)>,
    /// Listing items.
    pub items: PerSlug<tera::Value>,
    /// Search records.
    pub records: PerSlug<Vec<u8>>,
    /// The key of each social card written, by its path in the output.
    pub cards: HashMap<String, u64>,
}

/// What entry `i`'s body depends on besides the entry itself: where its
/// links go (0 for a body without links into the journal).
pub(crate) fn hrefs_key(site: &Site<'_>, i: usize) -> u64 {
    use std::hash::{Hash, Hasher};
    if site.hrefs[i].is_empty() {
        return 0;
    }
    let mut h = std::collections::hash_map::DefaultHasher::new();
    site.hrefs[i].hash(&mut h);
    h.finish()
}

/// What entry `i`'s listing item and search record depend on besides the
/// entry itself: its tags (names, folders, counts), whether a later
/// attempt tested it, its badge.
pub(crate) fn item_key(site: &Site<'_>, i: usize) -> u64 {
    use std::hash::{Hash, Hasher};
    let mut h = std::collections::hash_map::DefaultHasher::new();
    for &t in &site.entry_tags[i] {
        let tag = &site.tags[t];
        (&tag.name, &tag.segment, tag.entries.len()).hash(&mut h);
    }
    site.followup[i].is_some().hash(&mut h);
    site.badges[i].map(|b| b.as_str()).hash(&mut h);
    h.finish()
}
