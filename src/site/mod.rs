//! The site model: which entries are on the site and how they relate
//! (tags, years, attempt chains), computed once, in one pass, from the
//! checked journal. Rendering reads it; it never reads the journal again.

pub mod pages;
pub mod stats;

use std::collections::BTreeMap;

use foldhash::HashMap;

use crate::config::Config;
use crate::entry::{Entry, Stage, Visibility};

pub use pages::{Page, PageKind, PageOf};
pub use stats::Stats;

/// Why an entry on a local preview would not be on the public site.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Badge {
    /// No `processed` date yet.
    Incubating,
    /// `draft: true`.
    Draft,
    /// `private: true`.
    Private,
}

impl Badge {
    /// The lowercase name shown on the badge.
    pub fn as_str(self) -> &'static str {
        match self {
            Badge::Incubating => "incubating",
            Badge::Draft => "draft",
            Badge::Private => "private",
        }
    }

    /// The badge for `entry`, or `None` when it is publishable.
    pub fn of(entry: &Entry) -> Option<Badge> {
        match (entry.visibility(), entry.stage()) {
            (Visibility::Private, _) => Some(Badge::Private),
            (Visibility::Draft, _) => Some(Badge::Draft),
            (Visibility::Public, Stage::Incubating) => Some(Badge::Incubating),
            (Visibility::Public, Stage::Processed) => None,
        }
    }
}

/// A tag with the entries that carry it.
#[derive(Debug, Clone)]
pub struct Tag {
    /// The tag as first written.
    pub name: String,
    /// Its folder name under `tags/`.
    pub segment: String,
    /// Indices into [`Site::entries`], newest first.
    pub entries: Vec<usize>,
}

/// Everything the renderer needs, as plain data.
#[derive(Debug)]
pub struct Site<'a> {
    /// The journal's configuration.
    pub config: &'a Config,
    /// The entries on the site, newest first.
    pub entries: Vec<&'a Entry>,
    /// For each entry, why it would not be public (local previews only).
    pub badges: Vec<Option<Badge>>,
    /// Every tag used by an entry on the site, sorted by folder name.
    pub tags: Vec<Tag>,
    /// For each entry, indices into `tags`.
    pub entry_tags: Vec<Vec<usize>>,
    /// For each entry, the entry on the site that tested its adjustment.
    pub followup: Vec<Option<usize>>,
    /// For each entry, the entries on the site whose `followup` it is.
    pub previous: Vec<Vec<usize>>,
    /// Attempt chains of two or more entries, each oldest first.
    pub chains: Vec<Vec<usize>>,
    /// For each entry, its chain's index in `chains`.
    pub chain_of: Vec<Option<usize>>,
    /// Years with entries, newest first, each with its entries newest first.
    pub years: Vec<(i16, Vec<usize>)>,
    /// For each entry, where each of its links into the journal goes: the
    /// address relative to its page, or `None` where the link shows as
    /// plain text (its target is not on the site). Same-page anchors and
    /// links out of the journal are not listed: they stay as written.
    pub hrefs: Vec<Vec<(String, Option<String>)>>,
    /// For each entry, the entries on the site that link to it, newest
    /// first.
    pub backlinks: Vec<Vec<usize>>,
}

impl<'a> Site<'a> {
    /// Builds the model from the entries that go on the site. Entries are
    /// sorted newest first (ties by slug) so the output is deterministic.
    pub fn new(config: &'a Config, entries: impl IntoIterator<Item = &'a Entry>) -> Site<'a> {
        let mut entries: Vec<&Entry> = entries.into_iter().collect();
        entries.sort_by(|a, b| {
            b.front_matter.date.cmp(&a.front_matter.date).then_with(|| a.slug.cmp(&b.slug))
        });
        let n = entries.len();
        let badges = entries.iter().map(|e| Badge::of(e)).collect();
        let index: HashMap<&str, usize> =
            entries.iter().enumerate().map(|(i, e)| (e.slug.as_str(), i)).collect();

        // Tags, grouped by folder name; the first spelling names the tag.
        // Numbered as first seen, then renumbered in folder-name order.
        let mut tag_of: HashMap<&str, usize> = HashMap::default();
        let mut tags: Vec<Tag> = Vec::new();
        let mut entry_tags: Vec<Vec<usize>> = Vec::with_capacity(n);
        for (i, entry) in entries.iter().enumerate() {
            let mut own = Vec::with_capacity(entry.tag_segments.len());
            for (name, segment) in entry.front_matter.tags.iter().zip(&entry.tag_segments) {
                let Ok(segment) = segment else { continue };
                let t = *tag_of.entry(segment.as_str()).or_insert_with(|| {
                    tags.push(Tag {
                        name: name.clone(),
                        segment: segment.clone(),
                        entries: Vec::new(),
                    });
                    tags.len() - 1
                });
                if !own.contains(&t) {
                    own.push(t);
                    tags[t].entries.push(i);
                }
            }
            entry_tags.push(own);
        }
        tags.sort_by(|a, b| a.segment.cmp(&b.segment));
        let mut rank = vec![0; tags.len()];
        for (r, tag) in tags.iter().enumerate() {
            rank[tag_of[tag.segment.as_str()]] = r;
        }
        for own in &mut entry_tags {
            for t in own.iter_mut() {
                *t = rank[*t];
            }
        }

        // Follow-ups between entries on the site only: a link to an entry
        // that is not on the site would reveal it.
        let followup: Vec<Option<usize>> = entries
            .iter()
            .enumerate()
            .map(|(i, e)| {
                let target = index.get(e.front_matter.followup.as_deref()?).copied()?;
                (target != i).then_some(target)
            })
            .collect();
        let mut previous = vec![Vec::new(); n];
        for (i, f) in followup.iter().enumerate() {
            if let Some(f) = f {
                previous[*f].push(i);
            }
        }
        let (chains, chain_of) = chains(&entries, &followup);

        let (hrefs, backlinks) = links(&entries, &index);

        let mut years: Vec<(i16, Vec<usize>)> = Vec::new();
        for (i, entry) in entries.iter().enumerate() {
            let year = entry.front_matter.date.map_or(0, |d| d.date().year());
            match years.last_mut() {
                Some((y, list)) if *y == year => list.push(i),
                _ => years.push((year, vec![i])),
            }
        }

        Site {
            config,
            entries,
            badges,
            tags,
            entry_tags,
            followup,
            previous,
            chains,
            chain_of,
            years,
            hrefs,
            backlinks,
        }
    }

    /// The entry with `slug`, if it is on the site.
    pub fn find(&self, slug: &str) -> Option<usize> {
        self.entries.iter().position(|e| e.slug == slug)
    }
}

/// Where each entry's links go, and which entries link to each, among the
/// entries on the site only: a link to an entry that is not on the site
/// would reveal it.
#[allow(clippy::type_complexity)]
fn links(
    entries: &[&Entry],
    index: &HashMap<&str, usize>,
) -> (Vec<Vec<(String, Option<String>)>>, Vec<Vec<usize>>) {
    use crate::links::{Dest, entry_href, static_href};
    let n = entries.len();
    let mut backlinks: Vec<Vec<usize>> = vec![Vec::new(); n];
    let mut hrefs = vec![Vec::new(); n];
    if entries.iter().all(|e| e.links.is_empty()) {
        return (hrefs, backlinks);
    }
    let by_path: HashMap<&std::path::Path, usize> =
        entries.iter().enumerate().map(|(i, e)| (e.path.as_path(), i)).collect();
    for (i, entry) in entries.iter().enumerate() {
        for link in &entry.links {
            let (target, anchor) = match &link.to {
                Dest::Anchor(_) => continue,
                Dest::Static(file) => {
                    hrefs[i].push((link.dest.clone(), Some(static_href(file))));
                    continue;
                }
                Dest::Slug { slug, anchor } => (index.get(slug.as_str()).copied(), anchor),
                Dest::Path { path, anchor } => (by_path.get(path.as_path()).copied(), anchor),
            };
            let href = target.map(|j| entry_href(&entries[j].slug, anchor.as_deref()));
            hrefs[i].push((link.dest.clone(), href));
            if let Some(j) = target.filter(|&j| j != i) {
                if backlinks[j].last() != Some(&i) {
                    backlinks[j].push(i);
                }
            }
        }
    }
    (hrefs, backlinks)
}

/// Groups entries connected by follow-ups into chains, oldest first, with
/// union-find: linear in the number of entries, and loops cannot hang it.
fn chains(entries: &[&Entry], followup: &[Option<usize>]) -> (Vec<Vec<usize>>, Vec<Option<usize>>) {
    let n = entries.len();
    let mut parent: Vec<usize> = (0..n).collect();
    fn root(parent: &mut [usize], mut i: usize) -> usize {
        while parent[i] != i {
            parent[i] = parent[parent[i]];
            i = parent[i];
        }
        i
    }
    for (i, f) in followup.iter().enumerate() {
        if let Some(j) = *f {
            let (a, b) = (root(&mut parent, i), root(&mut parent, j));
            if a != b {
                parent[a.max(b)] = a.min(b);
            }
        }
    }
    // Only entries with a follow-up either way can be in a chain.
    let mut linked = vec![false; n];
    for (i, f) in followup.iter().enumerate() {
        if let Some(j) = *f {
            (linked[i], linked[j]) = (true, true);
        }
    }
    let mut groups: BTreeMap<usize, Vec<usize>> = BTreeMap::new();
    for i in (0..n).filter(|&i| linked[i]) {
        let r = root(&mut parent, i);
        groups.entry(r).or_default().push(i);
    }
    let mut chains = Vec::new();
    let mut chain_of = vec![None; n];
    for mut members in groups.into_values().filter(|m| m.len() > 1) {
        // Entries are newest first; a chain reads oldest first.
        members.reverse();
        for &m in &members {
            chain_of[m] = Some(chains.len());
        }
        chains.push(members);
    }
    (chains, chain_of)
}

#[cfg(test)]
mod tests {
    use std::path::Path;

    use super::*;
    use crate::journal::parse::parse;

    fn entry(name: &str, date: &str, tags: &str) -> Entry {
        let text = format!("---\ntitle: {name}\ndate: {date}\ntags: [{tags}]\n---\nBody.\n");
        parse(Path::new(&format!("entries/{name}.md")), text).entry.expect("parses")
    }

    #[test]
    fn tags_group_by_folder_in_folder_order() {
        let config = Config::default();
        let entries = [
            entry("a", "2026-01-01", "Zeta, Money, zeta"),
            entry("b", "2026-01-02", "money, Alpha"),
        ];
        let site = Site::new(&config, &entries);
        let names: Vec<(&str, &str, &[usize])> = site
            .tags
            .iter()
            .map(|t| (t.segment.as_str(), t.name.as_str(), t.entries.as_slice()))
            .collect();
        // Newest first: b is entry 0. The first spelling seen names a tag.
        assert_eq!(
            names,
            [
                ("alpha", "Alpha", &[0][..]),
                ("money", "money", &[0, 1][..]),
                ("zeta", "Zeta", &[1][..])
            ]
        );
        // Each entry's tags in the order written, each folder once.
        assert_eq!(site.entry_tags, [vec![1, 0], vec![2, 1]]);
    }
}
