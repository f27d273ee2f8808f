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
    use rayon::prelude::*;
    let records: Vec<Vec<u8>> =
        (0..site.entries.len()).into_par_iter().map(|i| record(site, i, &bodies[i])).collect();
    join(records.iter().map(Vec::as_slice))
}

/// The JSON record of entry `i` of `site`.
pub fn record(site: &Site<'_>, i: usize, body: &Rendered) -> Vec<u8> {
    let e = site.entries[i];
    let fm = &e.front_matter;
    let text = |k: &str| fm.text(k).unwrap_or("");
    let record = Record {
        url: entry_url(&e.slug),
        title: e.title(),
        date: fm.date.map(iso).unwrap_or_default(),
        date_display: fm.date.map(|d| human(&site.config.strings, d)).unwrap_or_default(),
        tags: site.entry_tags[i].iter().map(|&t| site.tags[t].name.as_str()).collect(),
        expectation: text("expectation"),
        outcome: text("outcome"),
        gap: text("gap"),
        adjustment: text("adjustment"),
        identity_check: text("identity_check"),
        body: &body.text,
    };
    serde_json::to_vec(&record).unwrap_or_else(|_| b"{}".to_vec())
}

/// The index from its records, in order: the same bytes as serialising
/// the list at once.
pub fn join<'r>(records: impl Iterator<Item = &'r [u8]> + Clone) -> Vec<u8> {
    let mut out = Vec::new();
    join_into(&mut out, records);
    out
}

/// [`join`] into `out`, replacing what it held: a watch session reuses one
/// buffer, as the index of a large journal is tens of megabytes.
pub fn join_into<'r>(out: &mut Vec<u8>, records: impl Iterator<Item = &'r [u8]> + Clone) {
    let len: usize = records.clone().map(|r| r.len() + 1).sum();
    out.clear();
    out.reserve(len + 2);
    out.push(b'[');
    for (n, record) in records.enumerate() {
        if n > 0 {
            out.push(b',');
        }
        out.extend_from_slice(record);
    }
    out.push(b']');
}
