//! Links between entries: what a body links to, and where each link goes.
//!
//! An entry links to another the way GitHub and every editor's preview
//! already follow, by the relative path of its Markdown file
//! (`[the first demo](../2025/2025-03-01-first-demo.md#what-i-changed)`),
//! or by the other entry's slug (`[the first demo](@first-demo)`). A link
//! into the journal's `static/` folder (`![plan](../../static/plan.png)`)
//! is checked to exist and points at the published file. `#anchor` alone
//! is a heading of the same entry.
//!
//! On the site, a link to an entry on the site becomes a link to its page;
//! a link to an entry that is not on the site (private, draft, incubating,
//! or missing) becomes its plain text, so that no unpublished slug, title
//! or path is ever published. Rule PF013 reports the links that go
//! nowhere.

use std::ops::Range;
use std::path::{Component, Path, PathBuf};

use pulldown_cmark::{Event, Parser, Tag};

/// The journal folder whose files are published at the site's root.
pub const STATIC_DIR: &str = "static";

/// A link or image in an entry's body that points into the journal.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Link {
    /// The destination as written.
    pub dest: String,
    /// Where the link is in the entry's source (its whole `[text](dest)`).
    pub span: Range<usize>,
    /// What the destination names.
    pub to: Dest,
}

/// What a link's destination names.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Dest {
    /// An entry, by the path of its file relative to the journal root.
    Path {
        /// The path, normalized, `/`-separated.
        path: PathBuf,
        /// The `#anchor`, if any.
        anchor: Option<String>,
    },
    /// An entry, by slug (`@slug`).
    Slug {
        /// The slug.
        slug: String,
        /// The `#anchor`, if any.
        anchor: Option<String>,
    },
    /// A heading of the same entry (`#anchor`).
    Anchor(String),
    /// A file under `static/`, by its path there.
    Static(String),
}

impl Dest {
    /// The `#anchor` the link names in an entry, if any.
    pub fn anchor(&self) -> Option<&str> {
        match self {
            Dest::Path { anchor, .. } | Dest::Slug { anchor, .. } => anchor.as_deref(),
            Dest::Anchor(anchor) => Some(anchor),
            Dest::Static(_) => None,
        }
    }
}

/// The links into the journal in `body` (which starts at `body_start` in
/// the source of the entry at `from`). Links in code spans and code blocks
/// are no links; external addresses (`https:`, `mailto:`) and relative
/// ones outside the journal's entries and `static/` are left alone.
pub fn links_in(body: &str, body_start: usize, from: &Path) -> Vec<Link> {
    // Most bodies link nowhere in the journal: say so without parsing.
    if !might_link(body) {
        return Vec::new();
    }
    destinations(body, body_start)
        .filter_map(|(dest, span)| {
            classify(&dest, from).map(|to| Link { dest: dest.to_string(), span, to })
        })
        .collect()
}

/// The destination of every link and image in `body` (which starts at
/// `body_start` in its entry's source), with the span of the whole link;
/// none from code spans and code blocks.
fn destinations(
    body: &str,
    body_start: usize,
) -> impl Iterator<Item = (pulldown_cmark::CowStr<'_>, Range<usize>)> {
    Parser::new_ext(body, crate::render::markdown::options()).into_offset_iter().filter_map(
        move |(event, range)| match event {
            Event::Start(Tag::Link { dest_url, .. } | Tag::Image { dest_url, .. }) => {
                Some((dest_url, body_start + range.start..body_start + range.end))
            }
            _ => None,
        },
    )
}

/// A link or image in an entry's body to an `http:` or `https:` address,
/// which only `check --external` follows.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct ExternalLink {
    /// The address as written (trimmed).
    pub url: String,
    /// Where the link is in the entry's source (its whole `[text](url)`).
    pub span: Range<usize>,
}

/// The links to `http:` and `https:` addresses in `body` (which starts at
/// `body_start` in its entry's source), autolinks (`<https://…>`) and
/// reference links included. Links in code spans and code blocks are no
/// links; bare addresses in text are not links either.
pub fn external_links_in(body: &str, body_start: usize) -> Vec<ExternalLink> {
    if !body.contains("http") && !body.contains("HTTP") && !body.contains("Http") {
        return Vec::new();
    }
    destinations(body, body_start)
        .filter_map(|(dest, span)| {
            let url = dest.trim();
            is_http(url).then(|| ExternalLink { url: url.to_string(), span })
        })
        .collect()
}

/// Whether `url` starts with `http://` or `https://` (in any case) and
/// names something after it.
pub fn is_http(url: &str) -> bool {
    let lower = |n: usize| url.get(..n).map(str::to_ascii_lowercase);
    let rest = if lower(7).as_deref() == Some("http://") {
        &url[7..]
    } else if lower(8).as_deref() == Some("https://") {
        &url[8..]
    } else {
        return false;
    };
    !rest.is_empty()
}

/// Whether `body` may hold a link into the journal: cheap substring tests
/// that every such link passes.
fn might_link(body: &str) -> bool {
    body.contains(".md")
        || body.contains("(@")
        || body.contains(": @")
        || body.contains("](#")
        || body.contains(": #")
        || body.contains("static/")
}

/// What `dest`, written in the entry at `from`, names in the journal.
pub fn classify(dest: &str, from: &Path) -> Option<Dest> {
    let dest = dest.trim();
    if let Some(rest) = dest.strip_prefix('@') {
        let (slug, anchor) = split_anchor(rest);
        return (!slug.is_empty()).then(|| Dest::Slug { slug: slug.to_string(), anchor });
    }
    if let Some(anchor) = dest.strip_prefix('#') {
        return (!anchor.is_empty()).then(|| Dest::Anchor(anchor.to_string()));
    }
    // A scheme (`https:`, `mailto:`) or a host (`//example.com`): not ours.
    let first_special = dest.find([':', '/', '?', '#']);
    if dest.starts_with("//") || first_special.is_some_and(|i| dest[i..].starts_with(':')) {
        return None;
    }
    let (path, anchor) = split_anchor(dest);
    let path = path.split('?').next().unwrap_or_default();
    if path.is_empty() {
        return None;
    }
    let base = if path.starts_with('/') { PathBuf::new() } else { parent(from) };
    let joined = normalize(&base.join(path.trim_start_matches('/')))?;
    let text = joined.to_string_lossy().replace('\\', "/");
    if let Some(file) = text.strip_prefix(&format!("{STATIC_DIR}/")) {
        return Some(Dest::Static(file.to_string()));
    }
    if text.ends_with(".md") || text.ends_with(".markdown") {
        return Some(Dest::Path { path: PathBuf::from(text), anchor });
    }
    None
}

/// `dest` without its `#anchor`, and the anchor.
fn split_anchor(dest: &str) -> (&str, Option<String>) {
    match dest.split_once('#') {
        Some((path, anchor)) if !anchor.is_empty() => (path, Some(anchor.to_string())),
        Some((path, _)) => (path, None),
        None => (dest, None),
    }
}

/// The folder of the entry file at `from` (relative to the journal root).
fn parent(from: &Path) -> PathBuf {
    from.parent().map(Path::to_path_buf).unwrap_or_default()
}

/// `path` with `.` and `..` resolved, or `None` when it climbs out of the
/// journal.
fn normalize(path: &Path) -> Option<PathBuf> {
    let mut out: Vec<&std::ffi::OsStr> = Vec::new();
    for component in path.components() {
        match component {
            Component::Normal(part) => out.push(part),
            Component::CurDir => {}
            Component::ParentDir => {
                out.pop()?;
            }
            Component::RootDir | Component::Prefix(_) => {}
        }
    }
    Some(out.iter().collect())
}

/// The address, relative to an entry's page (`entries/<slug>/`), of the
/// page of the entry with `slug`, with its anchor.
pub fn entry_href(slug: &str, anchor: Option<&str>) -> String {
    match anchor {
        Some(anchor) => format!("../{slug}/#{anchor}"),
        None => format!("../{slug}/"),
    }
}

/// The address, relative to an entry's page, of the published static file
/// at `path` under `static/`.
pub fn static_href(path: &str) -> String {
    format!("../../{path}")
}

#[cfg(test)]
mod tests {
    use super::*;

    fn to(dest: &str) -> Option<Dest> {
        classify(dest, Path::new("entries/2026/2026-03-02-demo.md"))
    }

    #[test]
    fn destinations_in_the_journal() {
        assert_eq!(
            to("../2025/2025-03-01-first-demo.md#what-i-changed"),
            Some(Dest::Path {
                path: "entries/2025/2025-03-01-first-demo.md".into(),
                anchor: Some("what-i-changed".into())
            })
        );
        assert_eq!(
            to("2026-01-01-same-folder.md"),
            Some(Dest::Path {
                path: "entries/2026/2026-01-01-same-folder.md".into(),
                anchor: None
            })
        );
        assert_eq!(
            to("@first-demo#notes"),
            Some(Dest::Slug { slug: "first-demo".into(), anchor: Some("notes".into()) })
        );
        assert_eq!(to("#notes"), Some(Dest::Anchor("notes".into())));
        assert_eq!(to("../../static/plan.png"), Some(Dest::Static("plan.png".into())));
        assert_eq!(to("/static/img/a.png"), Some(Dest::Static("img/a.png".into())));
    }

    #[test]
    fn destinations_elsewhere_are_left_alone() {
        for dest in [
            "https://example.com/a.md",
            "mailto:me@example.com",
            "//cdn.example.com/x.md",
            "../../../outside.md",
            "../notes.txt",
            "",
            "@",
            "#",
        ] {
            assert_eq!(to(dest), None, "{dest}");
        }
    }

    #[test]
    fn links_in_code_are_no_links() {
        let body = "See [a](a.md) and `[b](b.md)`.\n\n```\n[c](c.md)\n```\n";
        let links = links_in(body, 100, Path::new("entries/x.md"));
        assert_eq!(links.len(), 1);
        assert_eq!(links[0].dest, "a.md");
        assert_eq!(&body[links[0].span.start - 100..links[0].span.end - 100], "[a](a.md)");
    }

    #[test]
    fn external_links_outside_code() {
        let body = "See [a](https://a.example/x#y), <HTTP://B.example>, ![c](http://c.example/c.png),\n\
                    [ref][r], `[d](https://d.example)`, https://bare.example,\n\
                    [mail](mailto:me@example.com), [e](a.md), [f](https://).\n\n\
                    ```\n[g](https://g.example)\n```\n\n[r]: https://r.example/\n";
        let links = external_links_in(body, 10);
        let urls: Vec<&str> = links.iter().map(|l| l.url.as_str()).collect();
        assert_eq!(
            urls,
            [
                "https://a.example/x#y",
                "HTTP://B.example",
                "http://c.example/c.png",
                "https://r.example/"
            ]
        );
        assert_eq!(
            &body[links[0].span.start - 10..links[0].span.end - 10],
            "[a](https://a.example/x#y)"
        );
        assert!(external_links_in("no links here", 0).is_empty());
        assert!(!is_http("https://") && !is_http("ftp://x") && !is_http("") && !is_http("é"));
    }
}
