//! The pages of a site: one [`Page`] per output file rendered from a
//! template, with its path and URL. Watch mode uses the same list to decide
//! which pages a change touches.

use crate::site::Site;

/// What a page shows, with its entry or tag named by `E` or `T`: by
/// position in one [`Site`] ([`PageKind`]), or by slug and folder
/// (`pipeline::plan::PageKey`, which names a page across the sites before
/// and after a change).
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord)]
pub enum PageOf<E, T> {
    /// `/`: intro, headline figures, recent entries.
    Home,
    /// `/entries/<slug>/`: one failure.
    Entry(E),
    /// `/resume/`: the CV of failures by year.
    Resume,
    /// `/tags/`: every tag.
    Tags,
    /// `/tags/<tag>/`: entries with one tag.
    Tag(T),
    /// `/stats/`: charts.
    Stats,
    /// `/search/`: the client-side search page.
    Search,
    /// `/search-index.json`: what the search page searches.
    SearchIndex,
    /// `/atom.xml`: the feed.
    Feed,
    /// `/sitemap.xml`.
    Sitemap,
    /// `/robots.txt`.
    Robots,
    /// `/404.html`.
    NotFound,
}

/// A page of one site: its entry and tag by index into `Site::entries`
/// and `Site::tags`.
pub type PageKind = PageOf<usize, usize>;

impl<E, T> PageOf<E, T> {
    /// The same page with its entry or tag named by `entry(…)` or `tag(…)`.
    pub fn map<E2, T2>(
        self,
        entry: impl FnOnce(E) -> E2,
        tag: impl FnOnce(T) -> T2,
    ) -> PageOf<E2, T2> {
        match self {
            PageOf::Home => PageOf::Home,
            PageOf::Entry(e) => PageOf::Entry(entry(e)),
            PageOf::Resume => PageOf::Resume,
            PageOf::Tags => PageOf::Tags,
            PageOf::Tag(t) => PageOf::Tag(tag(t)),
            PageOf::Stats => PageOf::Stats,
            PageOf::Search => PageOf::Search,
            PageOf::SearchIndex => PageOf::SearchIndex,
            PageOf::Feed => PageOf::Feed,
            PageOf::Sitemap => PageOf::Sitemap,
            PageOf::Robots => PageOf::Robots,
            PageOf::NotFound => PageOf::NotFound,
        }
    }
}

impl PageKind {
    /// The template that renders this page.
    pub fn template(self) -> &'static str {
        match self {
            PageKind::Home => "index.html",
            PageKind::Entry(_) => "entry.html",
            PageKind::Resume => "resume.html",
            PageKind::Tags => "tags.html",
            PageKind::Tag(_) => "tag.html",
            PageKind::Stats => "stats.html",
            PageKind::Search => "search.html",
            PageKind::SearchIndex => "",
            PageKind::Feed => "atom.xml",
            PageKind::Sitemap => "sitemap.xml",
            PageKind::Robots => "robots.txt",
            PageKind::NotFound => "404.html",
        }
    }

    /// Whether this page is an HTML page people read (and so in the sitemap).
    pub fn is_html_page(self) -> bool {
        !matches!(
            self,
            PageKind::SearchIndex
                | PageKind::Feed
                | PageKind::Sitemap
                | PageKind::Robots
                | PageKind::NotFound
        )
    }

    /// The short name templates see as `page.kind`.
    pub fn name(self) -> &'static str {
        match self {
            PageKind::Home => "home",
            PageKind::Entry(_) => "entry",
            PageKind::Resume => "resume",
            PageKind::Tags => "tags",
            PageKind::Tag(_) => "tag",
            PageKind::Stats => "stats",
            PageKind::Search => "search",
            PageKind::SearchIndex => "search-index",
            PageKind::Feed => "feed",
            PageKind::Sitemap => "sitemap",
            PageKind::Robots => "robots",
            PageKind::NotFound => "404",
        }
    }
}

/// One page to render.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Page {
    /// What it shows.
    pub kind: PageKind,
    /// The URL path relative to the site root: `entries/x/`, or `` for home.
    pub url: String,
    /// The output file relative to the output folder.
    pub file: String,
}

impl Page {
    fn dir(kind: PageKind, url: String) -> Page {
        let file = format!("{url}index.html");
        Page { kind, url, file }
    }

    /// The relative path from this page to the site root (`./`, `../../`).
    pub fn root(&self) -> String {
        let depth = self.file.matches('/').count();
        if depth == 0 { "./".to_string() } else { "../".repeat(depth) }
    }
}

/// The URL of entry `slug`, relative to the site root.
pub fn entry_url(slug: &str) -> String {
    format!("entries/{slug}/")
}

/// The URL of the tag with folder `segment`, relative to the site root.
pub fn tag_url(segment: &str) -> String {
    format!("tags/{segment}/")
}

/// Every page of `site`, in a stable order.
pub fn pages(site: &Site<'_>) -> Vec<Page> {
    let mut pages = Vec::with_capacity(site.entries.len() + site.tags.len() + 8);
    pages.push(Page::dir(PageKind::Home, String::new()));
    for (i, entry) in site.entries.iter().enumerate() {
        pages.push(Page::dir(PageKind::Entry(i), entry_url(&entry.slug)));
    }
    pages.push(Page::dir(PageKind::Resume, "resume/".into()));
    pages.push(Page::dir(PageKind::Tags, "tags/".into()));
    for (i, tag) in site.tags.iter().enumerate() {
        pages.push(Page::dir(PageKind::Tag(i), tag_url(&tag.segment)));
    }
    pages.push(Page::dir(PageKind::Stats, "stats/".into()));
    pages.push(Page::dir(PageKind::Search, "search/".into()));
    for (kind, file) in [
        (PageKind::SearchIndex, "search-index.json"),
        (PageKind::Feed, "atom.xml"),
        (PageKind::Sitemap, "sitemap.xml"),
        (PageKind::Robots, "robots.txt"),
        (PageKind::NotFound, "404.html"),
    ] {
        pages.push(Page { kind, url: file.into(), file: file.into() });
    }
    pages
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn roots() {
        assert_eq!(Page::dir(PageKind::Home, String::new()).root(), "./");
        assert_eq!(Page::dir(PageKind::Resume, "resume/".into()).root(), "../");
        assert_eq!(Page::dir(PageKind::Entry(0), entry_url("x")).root(), "../../");
    }
}
