//! Rendering: the site model to bytes, one output file per page, in
//! parallel. Nothing here touches the disk; `output` writes the result.

pub mod card;
pub mod charts;
pub mod markdown;
pub mod search;
pub mod theme;
pub mod view;

use std::sync::Arc;

use rayon::prelude::*;
use serde::Serialize;
use tera::{Context, Tera};

use crate::config::RawHtml;
use crate::error::{Error, Result};
use crate::i18n::Strings;
use crate::site::pages::pages;
use crate::site::stats::INCUBATION_BUCKETS;
use crate::site::{Page, PageKind, Site, Stats};
use charts::Chart;
use markdown::Rendered;
use theme::Theme;
use view::{
    EntryLink, EntryView, PageView, SiteView, TagRef, chain_links, entry_link, entry_view, tag_ref,
};

/// One file of the built site, in memory.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct OutputFile {
    /// Path relative to the output folder, `/`-separated.
    pub path: String,
    /// The contents.
    pub bytes: Vec<u8>,
}

/// How many entries the home page lists.
const RECENT: usize = 8;

/// Compiled templates, ready to render any page.
pub struct Renderer {
    tera: Tera,
    raw_html: RawHtml,
    /// The hash of the theme's card template, part of every card's key.
    card_key: u64,
    /// Made on the first card.
    rasteriser: std::sync::OnceLock<card::Rasteriser>,
}

/// One `<url>` of the sitemap.
#[derive(Serialize)]
struct SitemapUrl {
    loc: String,
    lastmod: Option<String>,
}

/// Everything computed once per build that pages share.
pub struct Shared<'a> {
    /// Every entry body, rendered, in `site.entries` order.
    pub bodies: Vec<Arc<Rendered>>,
    /// The statistics.
    pub stats: Stats,
    /// `site` for templates.
    pub site_view: SiteView<'a>,
    /// Each entry as listings show it (no body), converted for templates
    /// once: the résumé, the home page and every tag page share them.
    pub items: Vec<Arc<tera::Value>>,
}

/// Entry `i` of `site` as listings show it, converted for templates.
pub fn item(site: &Site<'_>, i: usize) -> tera::Value {
    tera::Value::from_serializable(&entry_view(site, i, None))
}

/// The statistics page's charts.
pub fn charts(site: &Site<'_>, stats: &Stats) -> Vec<Chart> {
    let t = &*site.config.strings;
    let per_year: Vec<(String, usize)> =
        stats.per_year.iter().map(|(y, n)| (y.to_string(), *n)).collect();
    let per_month: Vec<(String, usize)> =
        stats.per_month.iter().map(|((y, m), n)| (t.month_label(*y, *m), *n)).collect();
    let incubation: Vec<(String, usize)> = INCUBATION_BUCKETS
        .iter()
        .zip(&stats.incubation)
        .map(|((label, _), n)| (t.get(label).to_string(), *n))
        .collect();
    let tags: Vec<(String, usize)> =
        stats.top_tags.iter().map(|&(t, n)| (site.tags[t].name.clone(), n)).collect();
    let decisions = [
        (t.get("decision.pivot").to_string(), stats.pivots),
        (t.get("decision.persevere").to_string(), stats.perseveres),
    ];
    vec![
        charts::columns("chart-years", t.get("chart.years"), &per_year),
        charts::columns("chart-months", t.get("chart.months"), &per_month),
        charts::columns("chart-incubation", t.get("chart.incubation"), &incubation),
        charts::bars("chart-tags", t.get("chart.tags"), &tags),
        charts::bars("chart-decisions", t.get("chart.decisions"), &decisions),
        charts::share(
            "chart-tested",
            t,
            charts::Share {
                title: t.get("chart.tested"),
                part: stats.tested,
                total: stats.total,
                part_label: t.get("chart.tested.part"),
                rest_label: t.get("chart.tested.rest"),
            },
        ),
    ]
}

impl Renderer {
    /// Compiles `theme`'s templates. Every page's template exists: themes
    /// fall back to `default`'s templates by name.
    pub fn new(theme: &Theme, raw_html: RawHtml) -> Result<Renderer> {
        Renderer::with_strings(theme, raw_html, &Arc::default())
    }

    /// Compiles `theme`'s templates, which read `strings` through the
    /// function `t` (see [`Strings::register`]).
    pub fn with_strings(
        theme: &Theme,
        raw_html: RawHtml,
        strings: &Arc<Strings>,
    ) -> Result<Renderer> {
        let mut tera = Tera::new();
        strings.register(&mut tera);
        tera.add_raw_templates(
            theme.templates.iter().map(|(name, text, _)| (name.as_str(), text.as_str())),
        )
        .map_err(|e| template_error("(loading)", &e))?;
        // A card's text is escaped as in HTML: `&lt;`, `&amp;`, `&quot;`
        // and numeric references are XML too.
        tera.autoescape_on([".html", ".htm", ".xml", ".svg"]);
        let card_template = theme.templates.iter().find(|(name, _, _)| name == card::TEMPLATE);
        let card_key = card::template_key(card_template.map_or("", |(_, text, _)| text.as_str()));
        Ok(Renderer { tera, raw_html, card_key, rasteriser: std::sync::OnceLock::new() })
    }

    /// The cards of `site`, to make (site first, then entries), or none
    /// when the site has no cards.
    pub fn card_jobs(&self, site: &Site<'_>, enabled: bool) -> Vec<card::CardJob> {
        if !enabled {
            return Vec::new();
        }
        card::jobs(site, self.card_key)
    }

    /// Renders a card: the theme's `card.svg`, rasterised.
    pub fn render_card(&self, job: &card::CardJob) -> Result<OutputFile> {
        let mut cx = Context::new();
        cx.insert("card", &job.view);
        let svg = self
            .tera
            .render(card::TEMPLATE, &cx)
            .map_err(|e| template_error(card::TEMPLATE, &e))?;
        let bytes = self
            .rasteriser
            .get_or_init(card::Rasteriser::new)
            .png(&svg, job.key)
            .map_err(|message| Error::Template { name: card::TEMPLATE.to_string(), message })?;
        Ok(OutputFile { path: job.path.clone(), bytes })
    }

    /// Renders every entry body (in parallel), in `site.entries` order.
    pub fn render_bodies(&self, site: &Site<'_>) -> Vec<Arc<Rendered>> {
        (0..site.entries.len())
            .into_par_iter()
            .map(|i| Arc::new(self.render_body(site, i)))
            .collect()
    }

    /// Renders the body of `site`'s entry `i` with this renderer's raw-HTML
    /// policy, its links to other entries pointing at their pages.
    pub fn render_body(&self, site: &Site<'_>, i: usize) -> Rendered {
        markdown::render_linked(site.entries[i].body(), self.raw_html, &site.hrefs[i])
    }

    /// Computes what every page shares: bodies, statistics, `site`, the
    /// listing items.
    pub fn shared<'a>(&self, site: &'a Site<'a>, preview: bool) -> Shared<'a> {
        let mut shared = self.shared_with(site, preview, self.render_bodies(site));
        shared.items =
            (0..site.entries.len()).into_par_iter().map(|i| Arc::new(item(site, i))).collect();
        shared
    }

    /// Like [`shared`](Self::shared), with bodies rendered already and
    /// `items` left empty: watch mode keeps both between builds, and fills
    /// `items` (with [`item`]) before rendering pages.
    pub fn shared_with<'a>(
        &self,
        site: &'a Site<'a>,
        preview: bool,
        bodies: Vec<Arc<Rendered>>,
    ) -> Shared<'a> {
        let stats = Stats::of(site);
        let intro = site
            .config
            .intro
            .as_deref()
            .map(|md| markdown::render(md, self.raw_html).html)
            .unwrap_or_default();
        let site_view = SiteView::new(site, &stats, preview, intro);
        Shared { bodies, stats, site_view, items: Vec::new() }
    }

    /// Renders every page of `site` (in parallel). `preview` marks a local
    /// preview that shows unpublished entries with badges.
    pub fn render_site(&self, site: &Site<'_>, preview: bool) -> Result<Vec<OutputFile>> {
        let shared = self.shared(site, preview);
        pages(site).par_iter().map(|page| self.render_page(site, &shared, page)).collect()
    }

    /// Renders one page.
    pub fn render_page(
        &self,
        site: &Site<'_>,
        shared: &Shared<'_>,
        page: &Page,
    ) -> Result<OutputFile> {
        let (site_view, bodies) = (&shared.site_view, &shared.bodies);
        if page.kind == PageKind::SearchIndex {
            return Ok(OutputFile { path: page.file.clone(), bytes: search::index(site, bodies) });
        }
        let t = &*site.config.strings;
        let mut cx = Context::new();
        cx.insert("site", site_view);
        let root = if page.kind == PageKind::NotFound {
            // 404.html is served at any depth, so it links from the base path.
            site.config.base().1
        } else {
            page.root()
        };
        cx.insert("root", &root);
        let (title, description) = match page.kind {
            PageKind::Home => {
                let recent: Vec<tera::Value> = shared.items[..site.entries.len().min(RECENT)]
                    .iter()
                    .map(|item| (**item).clone())
                    .collect();
                cx.insert_value("recent", tera::Value::from(recent));
                (site.config.title.clone(), String::new())
            }
            PageKind::Entry(i) => {
                let entry = entry_view(site, i, Some(&bodies[i].html));
                let chain: Vec<EntryLink<'_>> = site.chain_of[i]
                    .map(|c| chain_links(site, &site.chains[c], i))
                    .unwrap_or_default();
                let previous: Vec<EntryLink<'_>> =
                    site.previous[i].iter().map(|&j| entry_link(site, j, i)).collect();
                let next = site.followup[i].map(|j| entry_link(site, j, i));
                let backlinks: Vec<EntryLink<'_>> =
                    site.backlinks[i].iter().map(|&j| entry_link(site, j, i)).collect();
                cx.insert("backlinks", &backlinks);
                cx.insert("chain", &chain);
                cx.insert("previous", &previous);
                cx.insert("next", &next);
                let description = excerpt(entry.outcome, 160);
                let title = entry.title.to_string();
                cx.insert("entry", &entry);
                (title, description)
            }
            PageKind::Resume => {
                let years: Vec<tera::Value> = site
                    .years
                    .iter()
                    .map(|(year, list)| {
                        let entries: Vec<tera::Value> =
                            list.iter().map(|&i| (*shared.items[i]).clone()).collect();
                        tera::Value::from(std::collections::BTreeMap::from([
                            ("year", tera::Value::from(*year)),
                            ("entries", tera::Value::from(entries)),
                        ]))
                    })
                    .collect();
                cx.insert_value("years", tera::Value::from(years));
                (t.get("resume.title").to_string(), String::new())
            }
            PageKind::Tags => {
                let tags: Vec<TagRef<'_>> =
                    (0..site.tags.len()).map(|t| tag_ref(site, t)).collect();
                cx.insert("tags", &tags);
                (t.get("tags.title").to_string(), String::new())
            }
            PageKind::Tag(t) => {
                let tag = tag_ref(site, t);
                let entries: Vec<tera::Value> =
                    site.tags[t].entries.iter().map(|&i| (*shared.items[i]).clone()).collect();
                cx.insert_value("entries", tera::Value::from(entries));
                let title = site.config.strings.format("tag.title", &[("tag", &tag.name)]);
                cx.insert("tag", &tag);
                (title, String::new())
            }
            PageKind::Stats => {
                cx.insert("charts", &charts(site, &shared.stats));
                (t.get("stats.title").to_string(), String::new())
            }
            PageKind::Search => (t.get("search.title").to_string(), String::new()),
            PageKind::Feed => {
                // The most recent entries (`site.entries` is newest first).
                let limit = match site.config.feed_limit {
                    0 => site.entries.len(),
                    n => n.min(site.entries.len()),
                };
                let entries: Vec<EntryView<'_>> =
                    (0..limit).map(|i| entry_view(site, i, Some(&bodies[i].html))).collect();
                let updated = entries
                    .iter()
                    .map(|e| e.updated.as_str())
                    .max()
                    .unwrap_or("1970-01-01T00:00:00Z");
                cx.insert("updated", updated);
                cx.insert("entries", &entries);
                (site.config.title.clone(), String::new())
            }
            PageKind::Sitemap => {
                let urls: Vec<SitemapUrl> = pages(site)
                    .into_iter()
                    .filter(|p| p.kind.is_html_page() && p.kind != PageKind::Search)
                    .map(|p| SitemapUrl {
                        loc: format!("{}{}", site_view.base_url, p.url),
                        lastmod: match p.kind {
                            PageKind::Entry(i) => {
                                let fm = &site.entries[i].front_matter;
                                fm.processed.or(fm.date).map(|w| w.date().to_string())
                            }
                            _ => None,
                        },
                    })
                    .collect();
                cx.insert("urls", &urls);
                (String::new(), String::new())
            }
            PageKind::Robots => (String::new(), String::new()),
            PageKind::SearchIndex => unreachable!("handled above"),
            PageKind::NotFound => (t.get("404.title").to_string(), String::new()),
        };
        let mut page_view = PageView::new(site_view, page, title, description);
        if site_view.cards && page.kind != PageKind::NotFound {
            let entry = match page.kind {
                PageKind::Entry(i) => Some(i),
                _ => None,
            };
            page_view.card = Some(card::card_ref(site, &site_view.base_url, entry));
        }
        cx.insert("page", &page_view);
        let template = page.kind.template();
        let mut bytes = Vec::with_capacity(16 * 1024);
        self.tera.render_to(template, &cx, &mut bytes).map_err(|e| template_error(template, &e))?;
        Ok(OutputFile { path: page.file.clone(), bytes })
    }
}

fn template_error(name: &str, e: &tera::Error) -> Error {
    let mut message = e.to_string();
    let mut source = std::error::Error::source(e);
    while let Some(s) = source {
        message.push_str(&format!("\n  caused by: {s}"));
        source = s.source();
    }
    Error::Template { name: name.to_string(), message }
}

/// The first `max` characters of `text`, cut at a word boundary, with `…`.
pub fn excerpt(text: &str, max: usize) -> String {
    let text = text.split_whitespace().collect::<Vec<_>>().join(" ");
    if text.chars().count() <= max {
        return text;
    }
    let cut: String = text.chars().take(max).collect();
    let cut = cut.rsplit_once(' ').map_or(cut.as_str(), |(head, _)| head);
    format!("{}…", cut.trim_end_matches([',', ';', ':', '.']))
}
