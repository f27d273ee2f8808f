//! Properties over arbitrary input (proptest): parsing and checking never
//! panic, front-matter text always reaches the page, the feed and the
//! search index escaped for each (HTML, XML, JSON), and sanitized path
//! segments never contain a separator or `..`.

use std::path::Path;

use failfolio::check::phrases::{Normalized, PhraseSet};
use failfolio::check::{Context, Settings, check_entry};
use failfolio::config::{Config, RawHtml};
use failfolio::journal::parse;
use failfolio::render::Renderer;
use failfolio::render::theme::Theme;
use failfolio::{Site, paths};
use proptest::prelude::*;

fn today() -> jiff::civil::Date {
    jiff::civil::date(2026, 11, 23)
}

/// Parses and checks one file's bytes with every rule.
fn parse_and_check(bytes: Vec<u8>) -> Option<failfolio::Entry> {
    let rel = Path::new("entries/2026-03-02-x.md");
    let source = parse::decode(rel, bytes).ok()?;
    let parsed = parse::parse(rel, source);
    let entry = parsed.entry?;
    let settings = Settings::default();
    let cx = Context::of_entries([&entry], &settings, today());
    let mut out = Vec::new();
    check_entry(&cx, &entry, &mut out);
    Some(entry)
}

fn entry_source(title: &str, outcome: &str, body: &str) -> String {
    let q = |s: &str| serde_json::to_string(s).unwrap();
    format!(
        "---\ntitle: {}\ndate: 2026-03-02\nprocessed: 2026-03-05\ntags: [{}]\nexpectation: {}\noutcome: {}\ngap: {}\nadjustment: {}\nidentity_check: {}\n---\n{body}",
        q(title),
        q(title),
        q(outcome),
        q(outcome),
        q(outcome),
        q(outcome),
        q(title),
    )
}

/// The entry page, the feed and the search index of a one-entry site.
fn render_entry(entry: &failfolio::Entry) -> (String, String, String) {
    let config = Config { base_url: "https://example.org/".into(), ..Config::default() };
    let empty = tempfile::tempdir().unwrap();
    let theme = Theme::load(empty.path(), &config).unwrap();
    let renderer = Renderer::new(&theme, RawHtml::Escape).unwrap();
    let site = Site::new(&config, [entry]);
    let files = renderer.render_site(&site, false).unwrap();
    let file = |path: &str| {
        let f = files.iter().find(|f| f.path == path).unwrap();
        String::from_utf8(f.bytes.clone()).unwrap()
    };
    (
        file(&format!("entries/{}/index.html", entry.slug)),
        file("atom.xml"),
        file("search-index.json"),
    )
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 256, ..ProptestConfig::default() })]

    #[test]
    fn arbitrary_bytes_never_panic(bytes in proptest::collection::vec(any::<u8>(), 0..2048)) {
        let _ = parse_and_check(bytes);
    }

    #[test]
    fn arbitrary_front_matter_text_never_panics(
        title in "\\PC{0,60}", outcome in "\\PC{0,200}", body in "\\PC{0,400}",
    ) {
        let _ = parse_and_check(entry_source(&title, &outcome, &body).into_bytes());
    }

    #[test]
    fn fenced_garbage_never_panics(yaml in "[\\PC\\n\\t]{0,400}", body in "[\\PC\\n]{0,200}") {
        let _ = parse_and_check(format!("---\n{yaml}\n---\n{body}").into_bytes());
        let _ = parse_and_check(format!("\u{feff}---\r\n{yaml}\r\n---\r\n{body}").into_bytes());
    }

    #[test]
    fn sanitized_segments_are_safe(text in "\\PC{0,80}") {
        if let Ok(segment) = paths::segment(&text) {
            prop_assert!(!segment.is_empty());
            prop_assert!(!segment.contains('/') && !segment.contains('\\') && !segment.contains(".."));
            prop_assert!(!segment.starts_with('.'));
            prop_assert!(segment.bytes().all(|b| b.is_ascii_lowercase() || b.is_ascii_digit() || b == b'-'));
            prop_assert!(paths::is_valid_slug(&segment));
        }
    }

    #[test]
    fn phrase_matches_land_on_character_boundaries(text in "\\PC{0,200}") {
        let set = PhraseSet::new(&["i am ... failure", "did not work", "humiliat*", "é"]).unwrap();
        for m in set.find_all(&Normalized::new(&text)) {
            prop_assert!(text.is_char_boundary(m.span.start) && text.is_char_boundary(m.span.end));
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn front_matter_text_reaches_the_page_escaped(
        title in "[a-zA-Z<>&\"' ]{1,40}[a-zA-Z]", outcome in "[a-z<>&\"' /=]{1,80}[a-z]",
    ) {
        let source = entry_source(&title, &outcome, "Body.");
        let Some(entry) = parse_and_check(source.into_bytes()) else { return Ok(()) };
        let (page, feed, index) = render_entry(&entry);
        let title = entry.front_matter.title.clone().unwrap();
        let outcome = entry.front_matter.outcome.clone().unwrap();
        prop_assert!(page.contains(&html_escape(&title)), "title not escaped into the page");
        prop_assert!(page.contains(&html_escape(&outcome)), "outcome not escaped into the page");
        // Raw text with a `<` must not be on the page, unless the page has
        // it anyway: `<a` is in every page's links.
        let plain = parse_and_check(entry_source("Plain title", "plain outcome", "Body.").into_bytes())
            .expect("a plain entry parses");
        let (plain_page, _, _) = render_entry(&plain);
        for raw in [&title, &outcome] {
            if raw.contains('<') && !plain_page.contains(raw.as_str()) {
                prop_assert!(!page.contains(raw.as_str()), "raw markup reached the page: {raw}");
            }
        }
        // XML: the feed parses, and the entry's title reads back as written.
        let doc = roxmltree::Document::parse(&feed).expect("the feed is XML");
        let atom = "http://www.w3.org/2005/Atom";
        let entry_title = doc
            .descendants()
            .find(|n| n.has_tag_name((atom, "entry")))
            .and_then(|e| e.children().find(|c| c.has_tag_name((atom, "title"))))
            .and_then(|t| t.text())
            .unwrap_or_default()
            .to_string();
        prop_assert_eq!(entry_title, title.clone());
        // JSON: the search index parses, and holds the values as written.
        let records: serde_json::Value = serde_json::from_str(&index).expect("the index is JSON");
        prop_assert_eq!(records[0]["title"].as_str(), Some(title.as_str()));
        prop_assert_eq!(records[0]["outcome"].as_str(), Some(outcome.as_str()));
    }
}
