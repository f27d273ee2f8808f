//! Social cards: every page of the built example names a 1200×630 PNG as
//! `og:image`, unpublished entries get none, and the same journal gives
//! the same bytes twice.

use std::collections::BTreeMap;

use crate::util::{TempJournal, read_tree};

/// The width and height in a PNG's header.
fn png_size(bytes: &[u8]) -> (u32, u32) {
    assert_eq!(&bytes[..8], b"\x89PNG\r\n\x1a\n", "a PNG signature");
    assert_eq!(&bytes[12..16], b"IHDR");
    let be = |at: usize| u32::from_be_bytes(bytes[at..at + 4].try_into().unwrap());
    (be(16), be(20))
}

/// The `content` of `<meta property|name="name">` in `html`.
fn meta<'h>(html: &'h str, name: &str) -> Option<&'h str> {
    let at = html.find(&format!("=\"{name}\" content=\""))?;
    let rest = &html[at + name.len() + 13..];
    Some(&rest[..rest.find('"')?])
}

fn cards(tree: &BTreeMap<String, Vec<u8>>) -> Vec<&String> {
    tree.keys().filter(|k| k.starts_with("cards/")).collect()
}

#[test]
fn every_page_has_an_og_image_that_is_a_card_on_the_site() {
    let j = TempJournal::example();
    j.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&j.public());
    let base = "https://maya.example.org/failures/";
    let entries: Vec<&String> =
        tree.keys().filter(|k| k.starts_with("entries/") && k.ends_with("/index.html")).collect();
    assert!(entries.len() > 5);
    assert_eq!(cards(&tree).len(), entries.len() + 1, "one card per entry, and the site's");
    for page in
        entries.iter().copied().chain([&"index.html".to_string(), &"tags/index.html".to_string()])
    {
        let html = String::from_utf8(tree[page].clone()).unwrap();
        let image = meta(&html, "og:image").unwrap_or_else(|| panic!("{page} has no og:image"));
        let path = image.strip_prefix(base).expect("an absolute URL under base_url");
        let expected = match page.strip_prefix("entries/") {
            Some(rest) => format!("cards/{}.png", rest.trim_end_matches("/index.html")),
            None => "cards/site.png".to_string(),
        };
        assert_eq!(path, expected, "{page}");
        let png = tree.get(path).unwrap_or_else(|| panic!("{page}: {path} is not on the site"));
        assert_eq!(png_size(png), (1200, 630), "{path}");
        assert_eq!(meta(&html, "og:image:width"), Some("1200"));
        assert_eq!(meta(&html, "og:image:height"), Some("630"));
        assert!(meta(&html, "og:image:alt").is_some_and(|a| !a.is_empty()), "{page}");
        assert_eq!(meta(&html, "twitter:card"), Some("summary_large_image"), "{page}");
    }
    let home = String::from_utf8(tree["index.html"].clone()).unwrap();
    assert!(meta(&home, "og:image:alt").unwrap().contains("Maya Lindqvist"));
    let not_found = String::from_utf8(tree["404.html"].clone()).unwrap();
    assert!(!not_found.contains("og:image"));
}

#[test]
fn cards_are_the_same_bytes_twice_and_follow_the_theme() {
    let build = |theme: &str| {
        let j = TempJournal::example();
        let config = std::fs::read_to_string(j.root.join("failfolio.yaml")).unwrap();
        j.write("failfolio.yaml", &config.replace("theme: default", &format!("theme: {theme}")));
        j.run(&["build", "journal"]).expect(0);
        read_tree(&j.public()).into_iter().filter(|(k, _)| k.starts_with("cards/")).collect()
    };
    let first: BTreeMap<String, Vec<u8>> = build("default");
    let second = build("default");
    assert!(!first.is_empty());
    assert!(first == second, "the same journal gives the same cards");
    let paper = build("paper");
    assert_eq!(paper.keys().collect::<Vec<_>>(), first.keys().collect::<Vec<_>>());
    assert_ne!(paper["cards/site.png"], first["cards/site.png"], "paper draws its own");
}

#[test]
fn unpublished_entries_get_no_card_and_cards_can_be_turned_off() {
    let public = crate::util::good_entry("A public failure", "writing");
    let private = crate::util::good_entry("A private failure", "writing").replacen(
        "---\n",
        "---\nprivate: true\nslug: zqsecret\n",
        1,
    );
    let j = TempJournal::with_files(&[
        ("entries/2026-03-02-public.md", &public),
        ("entries/2026-03-03-private.md", &private),
    ]);
    j.write("failfolio.yaml", "title: Cards\nbase_url: https://example.org/\n");
    j.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&j.public());
    assert_eq!(cards(&tree), ["cards/public.png", "cards/site.png"]);

    // A rebuild into the same folder reuses the cards, byte for byte.
    j.run(&["build", "journal"]).expect(0);
    assert!(read_tree(&j.public()) == tree);

    j.write("failfolio.yaml", "title: Cards\nbase_url: https://example.org/\ncards: never\n");
    j.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&j.public());
    assert!(cards(&tree).is_empty());
    let home = String::from_utf8(tree["index.html"].clone()).unwrap();
    assert!(!home.contains("og:image"));
    assert!(home.contains("<meta name=\"twitter:card\" content=\"summary\">"));
}
