//! The data templates receive. These small structs are the theme API
//! (documented in `docs/themes.md`); the internal [`Entry`] never reaches a
//! template, so internals can change without breaking themes.

use std::collections::BTreeMap;

use serde::Serialize;

use crate::entry::{CARD_FIELDS, Entry, When};
use crate::i18n::Strings;
use crate::site::pages::{entry_url, tag_url};
use crate::site::{Page, Site, Stats};

/// `site`: the same on every page.
#[derive(Debug, Serialize)]
pub struct SiteView<'a> {
    /// The site's title.
    pub title: &'a str,
    /// The author, if configured.
    pub author: Option<&'a str>,
    /// One-line description for link previews.
    pub description: &'a str,
    /// The home page intro, rendered from Markdown.
    pub intro_html: String,
    /// The base URL, ending in `/` (`https://host/prefix/`, or `/prefix/`
    /// when `base_url` has no host).
    pub base_url: String,
    /// Whether `base_url` has a scheme and host, so that canonical links,
    /// the feed and the sitemap can use absolute URLs.
    pub absolute: bool,
    /// The language code for `<html lang>`.
    pub language: &'a str,
    /// The theme's name.
    pub theme: &'a str,
    /// `extra:` from `failfolio.yaml`.
    pub extra: &'a BTreeMap<String, serde_json::Value>,
    /// `failfolio <version>`.
    pub generator: String,
    /// Counts over the entries on the site.
    pub counts: Counts,
    /// True on a local preview that shows unpublished entries.
    pub preview: bool,
    /// Whether the site has social cards (`cards:` in `failfolio.yaml`).
    pub cards: bool,
}

/// Headline counts.
#[derive(Debug, Clone, Serialize)]
pub struct Counts {
    /// Entries on the site.
    pub entries: usize,
    /// Distinct tags.
    pub tags: usize,
    /// Entries whose adjustment a later entry on the site tested.
    pub tested: usize,
    /// `tested` as a whole percentage of `entries`.
    pub tested_percent: usize,
    /// Years with entries.
    pub years: usize,
    /// Median time from outcome to re-encounter, e.g. `73 hours` or `5 days`.
    pub median_incubation: Option<String>,
}

/// `page`: what this page is.
#[derive(Debug, Serialize)]
pub struct PageView {
    /// `home`, `entry`, `resume`, `tags`, `tag`, `stats`, `search`, `feed`,
    /// `sitemap`, `robots` or `404`.
    pub kind: &'static str,
    /// The page's own title (without the site title).
    pub title: String,
    /// URL relative to the site root, e.g. `entries/x/` (empty for home).
    pub url: String,
    /// The absolute canonical URL.
    pub canonical: String,
    /// A description for search engines and link previews.
    pub description: String,
    /// The social card link previews show (`og:image`), if the site has
    /// cards: the entry's on its page, the site's on every other page.
    pub card: Option<CardRef>,
}

/// `page.card`: a social card.
#[derive(Debug, Clone, Serialize)]
pub struct CardRef {
    /// Its URL from the base URL (absolute when `base_url` has a host).
    pub url: String,
    /// Its width in pixels.
    pub width: u32,
    /// Its height in pixels.
    pub height: u32,
    /// What it says, as alternative text.
    pub alt: String,
}

/// A link to a tag.
#[derive(Debug, Clone, Serialize)]
pub struct TagRef<'a> {
    /// The tag as written.
    pub name: &'a str,
    /// URL relative to the site root.
    pub url: String,
    /// How many entries on the site carry it.
    pub count: usize,
}

/// One field of the After-Action Review card.
#[derive(Debug, Serialize)]
pub struct CardField<'a> {
    /// The front-matter key, e.g. `outcome`.
    pub key: &'static str,
    /// The display label, e.g. `Outcome`, in the site's language.
    pub label: &'a str,
    /// The text.
    pub text: &'a str,
}

/// The time between the outcome and its re-encounter.
#[derive(Debug, Serialize)]
pub struct Incubation {
    /// Whole hours.
    pub hours: i64,
    /// `36 hours`, `3 days`.
    pub display: String,
}

/// A link to another entry (chains, previous and next attempts).
#[derive(Debug, Serialize)]
pub struct EntryLink<'a> {
    /// The entry's slug.
    pub slug: &'a str,
    /// The entry's title.
    pub title: &'a str,
    /// URL relative to the site root.
    pub url: String,
    /// ISO date.
    pub date: String,
    /// Human date, e.g. `2 March 2026`.
    pub date_display: String,
    /// Whether this is the page's own entry.
    pub current: bool,
    /// In a long attempt chain, how many attempts are left out between
    /// the link shown before this one and this one (0 in short chains).
    pub skipped_before: usize,
}

/// `entry` on entry pages, and each item of entry lists.
#[derive(Debug, Serialize)]
pub struct EntryView<'a> {
    /// The slug.
    pub slug: &'a str,
    /// URL relative to the site root.
    pub url: String,
    /// The title.
    pub title: &'a str,
    /// ISO date (`2026-03-02`, or `2026-03-02T14:30` with a time).
    pub date: String,
    /// Human date, e.g. `2 March 2026`.
    pub date_display: String,
    /// The year.
    pub year: i16,
    /// The date as RFC 3339 (UTC midnight without a time), for feeds.
    pub published: String,
    /// `processed` (or `date`) as RFC 3339, for feeds and sitemaps.
    pub updated: String,
    /// ISO date of `processed`, if any.
    pub processed: Option<String>,
    /// Human date of `processed`, if any.
    pub processed_display: Option<String>,
    /// Time from outcome to re-encounter, if processed.
    pub incubation: Option<Incubation>,
    /// The tags, as links.
    pub tags: Vec<TagRef<'a>>,
    /// AAR 1.
    pub expectation: &'a str,
    /// AAR 2.
    pub outcome: &'a str,
    /// AAR 3.
    pub gap: &'a str,
    /// AAR 4: the lesson.
    pub adjustment: &'a str,
    /// The identity check.
    pub identity_check: &'a str,
    /// The five AAR fields in reading order, for a card.
    pub card: Vec<CardField<'a>>,
    /// The 5 Whys, most immediate cause first (may be empty).
    pub whys: &'a [String],
    /// `pivot`, `persevere`, or none.
    pub decision: Option<&'static str>,
    /// `low`, `medium`, `high`, or none.
    pub stakes: Option<&'static str>,
    /// Whether a later entry on the site tested this adjustment.
    pub tested: bool,
    /// `incubating`, `draft` or `private` on local previews; none when public.
    pub badge: Option<&'static str>,
    /// The body as HTML (entry pages and the feed only).
    #[serde(skip_serializing_if = "Option::is_none")]
    pub body_html: Option<&'a str>,
    /// `extra:` from the front matter.
    pub extra: &'a BTreeMap<String, serde_json::Value>,
}

impl<'a> SiteView<'a> {
    /// The site view for `site`.
    pub fn new(
        site: &'a Site<'a>,
        stats: &Stats,
        preview: bool,
        intro_html: String,
    ) -> SiteView<'a> {
        let config = site.config;
        let (origin, path) = config.base();
        let entries = site.entries.len();
        let tested = stats.tested;
        SiteView {
            title: &config.title,
            author: config.author.as_deref(),
            description: config.description.as_deref().unwrap_or(""),
            intro_html,
            absolute: !origin.is_empty(),
            base_url: format!("{origin}{path}"),
            language: &config.language,
            theme: &config.theme,
            extra: &config.extra,
            generator: format!("failfolio {}", env!("CARGO_PKG_VERSION")),
            counts: Counts {
                entries,
                tags: site.tags.len(),
                tested,
                tested_percent: (tested * 100).checked_div(entries).unwrap_or(0),
                years: site.years.len(),
                median_incubation: stats
                    .median_incubation_hours
                    .map(|h| duration_display(&config.strings, h)),
            },
            preview,
            cards: config.cards.enabled(entries),
        }
    }
}

impl PageView {
    /// The page view for `page` titled `title`.
    pub fn new(site: &SiteView<'_>, page: &Page, title: String, description: String) -> PageView {
        let description =
            if description.is_empty() { site.description.to_string() } else { description };
        PageView {
            kind: page.kind.name(),
            title,
            canonical: format!("{}{}", site.base_url, page.url),
            url: page.url.clone(),
            description,
            card: None,
        }
    }
}

/// Builds the view of entry `i` of `site`, with `body_html` when given.
pub fn entry_view<'a>(site: &'a Site<'a>, i: usize, body_html: Option<&'a str>) -> EntryView<'a> {
    let entry: &Entry = site.entries[i];
    let fm = &entry.front_matter;
    let text = |key: &str| fm.text(key).unwrap_or("");
    let date = fm.date;
    let t = &*site.config.strings;
    let human = |when: When| human(t, when);
    EntryView {
        slug: &entry.slug,
        url: entry_url(&entry.slug),
        title: entry.title(),
        date: date.map(iso).unwrap_or_default(),
        date_display: date.map(human).unwrap_or_default(),
        year: date.map_or(0, |d| d.date().year()),
        published: date.map(rfc3339).unwrap_or_default(),
        updated: fm.processed.or(date).map(rfc3339).unwrap_or_default(),
        processed: fm.processed.map(iso),
        processed_display: fm.processed.map(human),
        incubation: match (fm.date, fm.processed) {
            (Some(d), Some(p)) => {
                let hours = d.hours_until(&p).max(0);
                Some(Incubation { hours, display: duration_display(t, hours) })
            }
            _ => None,
        },
        tags: site.entry_tags[i].iter().map(|&t| tag_ref(site, t)).collect(),
        expectation: text("expectation"),
        outcome: text("outcome"),
        gap: text("gap"),
        adjustment: text("adjustment"),
        identity_check: text("identity_check"),
        card: CARD_FIELDS
            .iter()
            .map(|&(key, label)| CardField { key, label: t.get(label), text: text(key) })
            .filter(|f| !f.text.is_empty())
            .collect(),
        whys: fm.whys.as_deref().unwrap_or(&[]),
        decision: fm.decision.map(|d| d.as_str()),
        stakes: fm.stakes.map(|s| s.as_str()),
        tested: site.followup[i].is_some(),
        badge: site.badges[i].map(|b| b.as_str()),
        body_html,
        extra: &fm.extra,
    }
}

/// A link to tag `t` of `site`.
pub fn tag_ref<'a>(site: &'a Site<'a>, t: usize) -> TagRef<'a> {
    let tag = &site.tags[t];
    TagRef { name: &tag.name, url: tag_url(&tag.segment), count: tag.entries.len() }
}

/// A link to entry `i` of `site`, marked current when it is `current`.
pub fn entry_link<'a>(site: &'a Site<'a>, i: usize, current: usize) -> EntryLink<'a> {
    let entry = site.entries[i];
    EntryLink {
        slug: &entry.slug,
        title: entry.title(),
        url: entry_url(&entry.slug),
        date: entry.front_matter.date.map(iso).unwrap_or_default(),
        date_display: entry
            .front_matter
            .date
            .map(|d| human(&site.config.strings, d))
            .unwrap_or_default(),
        current: i == current,
        skipped_before: 0,
    }
}

/// How many attempts of a chain an entry page lists: the first and the
/// last, and a few either side of the page's own (a page that listed a
/// 4,000-entry chain whole would make the site quadratic in its length).
pub const CHAIN_WINDOW: usize = 2;

/// The links of `chain` (oldest first) shown on the page of `current`:
/// the first, the last, and up to [`CHAIN_WINDOW`] either side of it,
/// each with how many attempts were left out before it.
pub fn chain_links<'a>(site: &'a Site<'a>, chain: &[usize], current: usize) -> Vec<EntryLink<'a>> {
    let at = chain.iter().position(|&j| j == current).unwrap_or(0);
    let near = at.saturating_sub(CHAIN_WINDOW)..=(at + CHAIN_WINDOW);
    let mut links = Vec::new();
    let mut last_shown: Option<usize> = None;
    for (k, &j) in chain.iter().enumerate() {
        if k == 0 || k + 1 == chain.len() || near.contains(&k) {
            let mut link = entry_link(site, j, current);
            link.skipped_before = last_shown.map_or(k, |l| k - l - 1);
            links.push(link);
            last_shown = Some(k);
        }
    }
    links
}

/// `2026-03-02` or `2026-03-02T14:30`.
pub fn iso(when: When) -> String {
    if when.has_time {
        when.at.strftime("%Y-%m-%dT%H:%M").to_string()
    } else {
        when.date().to_string()
    }
}

/// `2026-03-02T14:30:00Z`: front-matter times are read as UTC.
pub fn rfc3339(when: When) -> String {
    when.at.strftime("%Y-%m-%dT%H:%M:%SZ").to_string()
}

/// `2 March 2026`, in the language of `t`.
pub fn human(t: &Strings, when: When) -> String {
    t.date(when.date())
}

/// `36 hours` below four days, otherwise whole days: `5 days`, in the
/// language of `t`.
pub fn duration_display(t: &Strings, hours: i64) -> String {
    match hours {
        h if h < 96 => t.count("duration.hours", h, &[]),
        h => t.count("duration.days", h / 24, &[]),
    }
}
