//! The search index: every entry on the site as a JSON record, built with
//! serde_json (never by a template) so that every value is escaped exactly.

use serde::Serialize;

use crate::render::markdown::Rendered;
use crate::render::view::{human, iso};
use crate::site::Site;
use crate::site::pages::entry_url;

/// One record of `search-index.json`.
#[derive(Serialize)]
struct Record<'a> {
    url: String,
    title: &'a str,
    date: String,
    date_display: String,
    tags: Vec<&'a str>,
    expectation: &'a str,
    outcome: &'a str,
    gap: &'a str,
    adjustment: &'a str,
    identity_check: &'a str,
    body: &'a str,
}

/// `search-index.json` for `site`, with the plain text of each rendered body.
pub fn index(site: &Site<'_>, bodies: &[std::sync::Arc<Rendered>]) -> Vec<u8> {
    let records: Vec<Record<'_>> = site
        .entries
        .iter()
        .enumerate()
        .map(|(i, e)| {
            let fm = &e.front_matter;
            let text = |k: &str| fm.text(k).unwrap_or("");
            Record {
                url: entry_url(&e.slug),
                title: e.title(),
                date: fm.date.map(iso).unwrap_or_default(),
                date_display: fm.date.map(human).unwrap_or_default(),
                tags: site.entry_tags[i].iter().map(|&t| site.tags[t].name.as_str()).collect(),
                expectation: text("expectation"),
                outcome: text("outcome"),
                gap: text("gap"),
                adjustment: text("adjustment"),
                identity_check: text("identity_check"),
                body: &bodies[i].text,
            }
        })
        .collect();
    serde_json::to_vec(&records).unwrap_or_else(|_| b"[]".to_vec())
}
