//! PF013 `entry-links`.

use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::{Arc, Mutex};

use crate::check::rules::{Rule, declare_rule};
use crate::check::{Context, Finding, Tier};
use crate::config::did_you_mean;
use crate::diagnostic::Level;
use crate::entry::Entry;
use crate::links::{Dest, Link, STATIC_DIR};
use crate::site::Badge;

declare_rule! {
    /// ## What it does
    /// Checks every link of a body into the journal: a link to another
    /// entry's file (`[the first demo](../2025/2025-03-01-first-demo.md)`)
    /// or slug (`[the first demo](@first-demo)`) must name an entry, an
    /// `#anchor` must name one of that entry's headings, and a link into
    /// `static/` must name a file there. A published entry that links to
    /// an entry that is not published (private, draft or incubating) is
    /// warned: on the site that link shows as plain text.
    ///
    /// Links to other sites (`http:`, `https:`) are followed only by
    /// `failfolio check --external`, which warns at each one that is broken
    /// (404, 410, 5xx, no answer within the timeout, no answer at all);
    /// redirects to a working page are fine. Nothing else uses the network.
    ///
    /// ## Why is this bad?
    /// A journal is a web of attempts: "the same mistake as the Harbour
    /// Half". A link that goes nowhere loses the thread between two
    /// failures, and nobody notices until a reader clicks it.
    ///
    /// ## Example
    /// ```markdown
    /// Same mistake as [the Harbour Half](@harbour-hlaf).   <!-- PF013: no such entry -->
    /// ```
    /// Passes:
    /// ```markdown
    /// Same mistake as [the Harbour Half](@harbour-half-untested-gels).
    /// ```
    /// Under `check --external`, a warning:
    /// ```markdown
    /// The [race report](https://example.com/moved-away).   <!-- PF013: 404 Not Found -->
    /// ```
    pub struct EntryLinks;
}

impl Rule for EntryLinks {
    fn code(&self) -> &'static str {
        "PF013"
    }
    fn name(&self) -> &'static str {
        "entry-links"
    }
    fn default_level(&self) -> Level {
        Level::Error
    }
    fn doc(&self) -> &'static [&'static str] {
        Self::DOC
    }
    fn summary(&self) -> &'static str {
        "links to entries, headings and static files resolve"
    }
    fn applies_to_incubating(&self) -> bool {
        true
    }
    fn reads_other_entries(&self) -> bool {
        true
    }
    fn check(&self, cx: &Context<'_>, entry: &Entry, out: &mut Vec<Finding>) {
        if entry.links.is_empty() {
            return;
        }
        let index = cx.memo(Index::new);
        for link in &entry.links {
            check_link(cx, &index, entry, link, out);
        }
    }
}

fn check_link(cx: &Context<'_>, index: &Index, entry: &Entry, link: &Link, out: &mut Vec<Finding>) {
    let target = match &link.to {
        Dest::Static(file) => {
            let exists = cx.root.is_none_or(|root| root.join(STATIC_DIR).join(file).is_file());
            if !exists {
                out.push(
                    Finding::new(format!("links to `{STATIC_DIR}/{file}`, which does not exist"))
                        .at(link.span.clone())
                        .help(format!("add the file to the journal's `{STATIC_DIR}/` folder, or correct the path")),
                );
            }
            return;
        }
        Dest::Anchor(_) => Some(entry),
        Dest::Slug { slug, .. } => cx.by_slug.get(slug.as_str()).copied(),
        Dest::Path { path, .. } => {
            index.slug_of(path).and_then(|slug| cx.by_slug.get(slug.as_str()).copied())
        }
    };
    let Some(target) = target else {
        out.push(missing(index, entry, link));
        return;
    };
    if let Some(anchor) = link.to.anchor() {
        let ids = index.headings(target);
        if !ids.iter().any(|id| id == anchor) {
            let whose = if std::ptr::eq(target, entry) {
                "this entry".to_string()
            } else {
                format!("“{}”", target.title())
            };
            let help = match did_you_mean(anchor, ids.iter().map(String::as_str)) {
                Some(id) => format!("did you mean `#{id}`?"),
                None if ids.is_empty() => format!("{whose} has no headings to link to"),
                None => format!(
                    "its headings: {}",
                    ids.iter().take(8).map(|id| format!("`#{id}`")).collect::<Vec<_>>().join(", ")
                ),
            };
            out.push(
                Finding::new(format!("`#{anchor}` is no heading of {whose}"))
                    .tier(Tier::Secondary)
                    .at(link.span.clone())
                    .help(help),
            );
        }
    }
    if entry.is_publishable() {
        if let Some(badge) = Badge::of(target) {
            out.push(
                Finding::new(format!(
                    "links to “{}”, which is {} and not on the site: there the link shows as plain text",
                    target.title(),
                    badge.as_str()
                ))
                .tier(Tier::Secondary)
                .at(link.span.clone())
                .help("publish the linked entry, or leave the link out of this one"),
            );
        }
    }
}

/// The finding for a link to an entry that does not exist, with the
/// closest entry by slug or title.
fn missing(index: &Index, entry: &Entry, link: &Link) -> Finding {
    let (what, wanted) = match &link.to {
        Dest::Slug { slug, .. } => (format!("`@{slug}`, but no entry has that slug"), slug.clone()),
        Dest::Path { path, .. } => {
            (format!("`{}`, which is no entry of the journal", link.dest), stem_slug(path))
        }
        Dest::Anchor(_) | Dest::Static(_) => unreachable!("resolved above"),
    };
    let closest = did_you_mean(&wanted, index.names.iter().map(|(name, _)| name.as_str()))
        .and_then(|name| index.names.iter().find(|(n, _)| n == name))
        .map(|(_, slug)| slug);
    let help = match closest.and_then(|slug| index.by_slug.get(slug)) {
        Some((path, title)) => {
            let anchor = link.to.anchor().map(|a| format!("#{a}")).unwrap_or_default();
            match &link.to {
                Dest::Slug { .. } => {
                    format!("did you mean `@{}{anchor}` (“{title}”)?", closest.map_or("", |s| s))
                }
                _ => format!(
                    "did you mean `{}{anchor}` (“{title}”)? A link by slug, `@{}`, survives renaming the file",
                    relative_path(&entry.path, path).display(),
                    closest.map_or("", |s| s)
                ),
            }
        }
        None => {
            "link to an entry's file by its path from this one, or by its slug: `[text](@slug)`"
                .to_string()
        }
    };
    Finding::new(format!("links to {what}")).at(link.span.clone()).help(help)
}

/// The slug-like part of an entry file's name: without folders, extension
/// and date prefix.
fn stem_slug(path: &Path) -> String {
    let stem = path.file_stem().map(|s| s.to_string_lossy().into_owned()).unwrap_or_default();
    crate::paths::slug_from_file_name(&stem).unwrap_or(stem)
}

/// The path of `to` relative to the folder of the entry file `from`.
fn relative_path(from: &Path, to: &Path) -> PathBuf {
    let from: Vec<_> = from.parent().map(|p| p.components().collect()).unwrap_or_default();
    let to_parts: Vec<_> = to.components().collect();
    let common = from.iter().zip(&to_parts).take_while(|(a, b)| a == b).count();
    let mut out = PathBuf::new();
    for _ in common..from.len() {
        out.push("..");
    }
    for part in &to_parts[common..] {
        out.push(part);
    }
    out
}

/// The journal's entries by path and by name, and their headings, worked
/// out once per check.
struct Index {
    /// Entry file path → slug.
    by_path: HashMap<PathBuf, String>,
    /// Slug → entry file path and title.
    by_slug: HashMap<String, (PathBuf, String)>,
    /// Slugs and slugified titles, each with its entry's slug: what a
    /// broken link is compared with.
    names: Vec<(String, String)>,
    /// Heading ids by slug, read when a link first asks.
    headings: Mutex<HashMap<String, Arc<Vec<String>>>>,
}

impl Index {
    fn new(cx: &Context<'_>) -> Index {
        let mut by_path = HashMap::new();
        let mut by_slug = HashMap::new();
        let mut names = Vec::new();
        let mut slugs: Vec<&&Entry> = cx.by_slug.values().collect();
        slugs.sort_by(|a, b| a.slug.cmp(&b.slug));
        for e in slugs {
            by_path.insert(e.path.clone(), e.slug.clone());
            by_slug.insert(e.slug.clone(), (e.path.clone(), e.title().to_string()));
            names.push((e.slug.clone(), e.slug.clone()));
            names.push((slug::slugify(e.title()), e.slug.clone()));
        }
        Index { by_path, by_slug, names, headings: Mutex::default() }
    }

    fn slug_of(&self, path: &Path) -> Option<&String> {
        self.by_path.get(path)
    }

    /// The heading ids of `entry`'s body, as the site gives them.
    fn headings(&self, entry: &Entry) -> Arc<Vec<String>> {
        let mut headings = self.headings.lock().unwrap_or_else(std::sync::PoisonError::into_inner);
        headings
            .entry(entry.slug.clone())
            .or_insert_with(|| Arc::new(crate::render::markdown::heading_ids(entry.body())))
            .clone()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn relative_paths_between_entry_files() {
        let rel = |a: &str, b: &str| relative_path(Path::new(a), Path::new(b));
        assert_eq!(rel("entries/2026/a.md", "entries/2025/b.md"), Path::new("../2025/b.md"));
        assert_eq!(rel("entries/2026/a.md", "entries/2026/b.md"), Path::new("b.md"));
        assert_eq!(rel("entries/a.md", "entries/2025/b.md"), Path::new("2025/b.md"));
    }
}
