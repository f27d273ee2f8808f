//! The complete public site: feed, sitemap, robots, links under both
//! themes and a path prefix, and the charts.

use std::collections::BTreeSet;

use crate::util::{TempJournal, broken_links, read_tree, repo};

fn published_slugs(root: &std::path::Path) -> BTreeSet<String> {
    let journal = failfolio::Journal::load(root, &[]).unwrap();
    journal.entries().filter(|e| e.is_publishable()).map(|e| e.slug.clone()).collect()
}

fn built_example(theme: &str) -> (TempJournal, std::collections::BTreeMap<String, Vec<u8>>) {
    let j = TempJournal::example();
    let config = std::fs::read_to_string(j.root.join("failfolio.yaml")).unwrap();
    j.write("failfolio.yaml", &config.replace("theme: default", &format!("theme: {theme}")));
    j.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&j.public());
    (j, tree)
}

fn text(tree: &std::collections::BTreeMap<String, Vec<u8>>, path: &str) -> String {
    String::from_utf8(tree[path].clone()).unwrap()
}

#[test]
fn the_feed_is_atom_with_exactly_the_published_entries_newest_first() {
    let (j, tree) = built_example("default");
    let xml = text(&tree, "atom.xml");
    let doc = roxmltree::Document::parse(&xml).expect("atom.xml parses as XML");
    let atom = "http://www.w3.org/2005/Atom";
    let feed = doc.root_element();
    assert_eq!(feed.tag_name().name(), "feed");
    assert_eq!(feed.tag_name().namespace(), Some(atom));
    for required in ["id", "title", "updated", "author"] {
        assert!(
            feed.children().any(|c| c.has_tag_name((atom, required))),
            "feed lacks <{required}>"
        );
    }
    let entries: Vec<_> = feed.children().filter(|c| c.has_tag_name((atom, "entry"))).collect();
    let mut slugs = BTreeSet::new();
    let mut dates = Vec::new();
    for entry in &entries {
        let child = |name: &str| {
            entry.children().find(|c| c.has_tag_name((atom, name))).map(|c| c.text().unwrap_or(""))
        };
        let id = child("id").unwrap();
        let slug = id.trim_end_matches('/').rsplit('/').next().unwrap().to_string();
        assert!(child("title").is_some() && child("updated").is_some());
        dates.push(child("published").unwrap().to_string());
        slugs.insert(slug);
    }
    assert_eq!(slugs, published_slugs(&j.root));
    let mut sorted = dates.clone();
    sorted.sort_by(|a, b| b.cmp(a));
    assert_eq!(dates, sorted, "newest first");
    // Titles are text, bodies are escaped HTML: the parsed content is HTML again.
    let canvas = entries
        .iter()
        .find(|e| {
            e.descendants().any(|d| d.text() == Some("Shipped the <canvas> rewrite & broke Safari"))
        })
        .is_some();
    assert!(canvas, "the title with < and & survives as text");
    let content = entries[0].children().find(|c| c.has_tag_name((atom, "content"))).unwrap();
    assert_eq!(content.attribute("type"), Some("html"));
    assert!(content.text().unwrap().contains("<dt>Expectation</dt>"));
}

#[test]
fn feed_limit_keeps_the_newest_entries_and_zero_keeps_all() {
    let j = TempJournal::example();
    let config = std::fs::read_to_string(j.root.join("failfolio.yaml")).unwrap();
    let published = published_slugs(&j.root).len();
    let feed_ids = |limit: &str| {
        j.write("failfolio.yaml", &format!("{config}\nfeed_limit: {limit}\n"));
        j.run(&["build", "journal"]).expect(0);
        let xml = std::fs::read_to_string(j.public().join("atom.xml")).unwrap();
        let doc = roxmltree::Document::parse(&xml).unwrap();
        let entries = doc.root_element().children().filter(|c| c.has_tag_name("entry"));
        entries
            .map(|e| {
                e.children().find(|c| c.has_tag_name("id")).unwrap().text().unwrap().to_string()
            })
            .collect::<Vec<_>>()
    };
    let all = feed_ids("0");
    assert_eq!(all.len(), published);
    let three = feed_ids("3");
    assert_eq!(three, all[..3], "the three newest, in order");
}

#[test]
fn the_sitemap_lists_every_page_and_exactly_the_published_entries() {
    let (j, tree) = built_example("default");
    let xml = text(&tree, "sitemap.xml");
    let doc = roxmltree::Document::parse(&xml).expect("sitemap.xml parses as XML");
    let ns = "http://www.sitemaps.org/schemas/sitemap/0.9";
    let locs: Vec<String> = doc
        .descendants()
        .filter(|n| n.has_tag_name((ns, "loc")))
        .map(|n| n.text().unwrap().to_string())
        .collect();
    let base = "https://maya.example.org/failures/";
    assert!(locs.iter().all(|l| l.starts_with(base)), "{locs:?}");
    let entry_slugs: BTreeSet<String> = locs
        .iter()
        .filter_map(|l| l.strip_prefix(&format!("{base}entries/")))
        .map(|s| s.trim_end_matches('/').to_string())
        .collect();
    assert_eq!(entry_slugs, published_slugs(&j.root));
    for page in ["", "resume/", "tags/", "stats/", "tags/running/"] {
        assert!(locs.contains(&format!("{base}{page}")), "{page} missing");
    }
    assert!(!locs.iter().any(|l| l.ends_with("/search/") || l.contains("404")));
    let robots = text(&tree, "robots.txt");
    assert!(robots.contains(&format!("Sitemap: {base}sitemap.xml")));
    // Under a path prefix crawlers never read it, and it says so.
    assert!(robots.starts_with("# Crawlers read robots.txt only at the root of a host (https://maya.example.org/robots.txt)."), "{robots}");
}

#[test]
fn every_page_has_canonical_opengraph_and_twitter_meta() {
    let (_, tree) = built_example("default");
    for (path, bytes) in tree.iter().filter(|(p, _)| p.ends_with(".html") && *p != "404.html") {
        let html = String::from_utf8_lossy(bytes);
        let url = path.trim_end_matches("index.html");
        let canonical =
            format!("<link rel=\"canonical\" href=\"https://maya.example.org/failures/{url}\">");
        assert!(html.contains(&canonical), "{path} lacks {canonical}");
        for meta in [
            "property=\"og:title\"",
            "property=\"og:url\"",
            "property=\"og:type\"",
            "name=\"twitter:card\"",
        ] {
            assert!(html.contains(meta), "{path} lacks {meta}");
        }
    }
    let entry = text(&tree, "entries/harbour-half-untested-gels/index.html");
    assert!(entry.contains("<meta property=\"og:type\" content=\"article\">"));
}

#[test]
fn links_resolve_under_both_themes() {
    for theme in ["default", "paper"] {
        let (_, tree) = built_example(theme);
        let broken = broken_links(&tree, "/failures/");
        assert!(broken.is_empty(), "{theme}: {broken:#?}");
        for asset in ["style.css", "search.js", "search-index.json", "favicon.svg"] {
            assert!(tree.contains_key(asset), "{theme} lacks {asset}");
        }
    }
}

#[test]
fn links_resolve_without_a_prefix_and_at_the_root() {
    let j = TempJournal::example();
    j.write("failfolio.yaml", "title: At the root\nbase_url: https://example.org\n");
    j.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&j.public());
    assert!(broken_links(&tree, "/").is_empty());
    assert!(
        text(&tree, "404.html").contains("href=\"/style.css\""),
        "404 links from the base path"
    );
}

#[test]
fn the_search_index_holds_the_published_entries_and_their_text() {
    let (j, tree) = built_example("default");
    let index: serde_json::Value =
        serde_json::from_slice(&tree["search-index.json"]).expect("valid JSON");
    let records = index.as_array().unwrap();
    let urls: BTreeSet<String> =
        records.iter().map(|r| r["url"].as_str().unwrap().to_string()).collect();
    let expected: BTreeSet<String> =
        published_slugs(&j.root).iter().map(|s| format!("entries/{s}/")).collect();
    assert_eq!(urls, expected);
    let harbour =
        records.iter().find(|r| r["url"] == "entries/harbour-half-untested-gels/").unwrap();
    for key in [
        "title",
        "date",
        "tags",
        "expectation",
        "outcome",
        "gap",
        "adjustment",
        "identity_check",
        "body",
    ] {
        assert!(!harbour[key].is_null(), "{key}");
    }
    assert!(harbour["body"].as_str().unwrap().contains("portable toilet"));
}

#[test]
fn the_resume_marks_tested_adjustments() {
    let (_, tree) = built_example("default");
    let resume = text(&tree, "resume/index.html");
    let marked = resume.matches("class=\"tested\"").count();
    assert_eq!(marked, 3, "three follow-ups in the example journal");
}

#[test]
fn chart_svgs_snapshot() {
    let dir = tempfile::tempdir().unwrap();
    let out = dir.path().join("out");
    let journal = repo().join("tests/fixtures/journals/small");
    crate::util::run_in(
        dir.path(),
        &["build", journal.to_str().unwrap(), "-o", out.to_str().unwrap()],
    )
    .expect(0);
    let stats = std::fs::read_to_string(out.join("stats/index.html")).unwrap();
    let svgs: Vec<&str> = stats
        .match_indices("<svg")
        .map(|(i, _)| &stats[i..i + stats[i..].find("</svg>").unwrap() + 6])
        .collect();
    assert_eq!(svgs.len(), 12, "six charts, wide and narrow");
    insta::assert_snapshot!("charts", svgs.join("\n\n"));
    // The private entry's tag is not counted.
    assert!(!stats.contains("secret"));
}

#[test]
fn themes_layer_templates_and_static_files_over_default() {
    let j = TempJournal::example();
    let config = std::fs::read_to_string(j.root.join("failfolio.yaml")).unwrap();
    j.write("failfolio.yaml", &config.replace("theme: default", "theme: mine"));
    // A journal theme that only restyles: one stylesheet, one template.
    j.write("themes/mine/static/style.css", "body { color: rebeccapurple; }\n");
    j.write("themes/mine/templates/404.html", "{% extends \"base.html\" %}{% block content %}<h1>Lost, with style</h1>{% endblock content %}");
    // The journal's own templates/ and static/ win over any theme.
    j.write(
        "templates/tags.html",
        "{% extends \"base.html\" %}{% block content %}<h1>My tags</h1>{% endblock content %}",
    );
    j.write("static/robots-extra.txt", "hello\n");
    j.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&j.public());
    assert_eq!(text(&tree, "style.css"), "body { color: rebeccapurple; }\n");
    assert!(
        tree.contains_key("search.js") && tree.contains_key("favicon.svg"),
        "default's static files are layered under the theme's"
    );
    assert!(text(&tree, "404.html").contains("Lost, with style"));
    assert!(text(&tree, "tags/index.html").contains("<h1>My tags</h1>"));
    assert!(
        text(&tree, "resume/index.html").contains("Failure résumé"),
        "missing templates fall back to default"
    );
    assert_eq!(text(&tree, "robots-extra.txt"), "hello\n");
}

#[test]
fn an_unknown_theme_is_a_configuration_error() {
    let j = TempJournal::example();
    let config = std::fs::read_to_string(j.root.join("failfolio.yaml")).unwrap();
    j.write("failfolio.yaml", &config.replace("theme: default", "theme: papr"));
    let run = j.run(&["build", "journal"]).expect(2);
    assert!(run.stderr.contains("unknown theme `papr`"), "{}", run.stderr);
    assert!(
        run.stderr.contains("did you mean `paper`?") || run.stderr.contains("built-in themes"),
        "{}",
        run.stderr
    );
}

/// A theme of the journal's own extends `default`'s entry page and
/// overrides one block; the rest of the page is `default`'s.
#[test]
fn a_theme_extends_a_default_template_block_by_block() {
    let journal = TempJournal::example();
    let config = std::fs::read_to_string(journal.root.join("failfolio.yaml")).unwrap();
    journal.write("failfolio.yaml", &config.replace("theme: default", "theme: mine"));
    journal.write(
        "themes/mine/templates/entry.html",
        "{% extends \"default/entry.html\" %}\n\
         {% block card_heading_class %}my-card-heading{% endblock card_heading_class %}\n",
    );
    journal.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&journal.public());
    let page = text(&tree, "entries/harbour-half-untested-gels/index.html");
    assert!(page.contains("<h2 id=\"card-heading\" class=\"my-card-heading\">"), "{page}");
    assert!(page.contains("class=\"chain-steps\""), "the rest is default's: {page}");
}

/// `paper` is `default` with a few blocks overridden: its pages carry
/// `default`'s structure and its own masthead.
#[test]
fn paper_overrides_default_blocks() {
    let (_journal, tree) = built_example("paper");
    let home = text(&tree, "index.html");
    assert!(home.contains("<header class=\"site-header masthead\">"), "{home}");
    assert!(home.contains("<h1 class=\"masthead-title\">"), "{home}");
    assert!(!home.contains("<header class=\"page-header\">"), "paper's home has no page header");
    let page = text(&tree, "entries/harbour-half-untested-gels/index.html");
    assert!(page.contains("class=\"card-title\""), "{page}");
    assert!(page.contains("<span class=\"chain-dir\">"), "{page}");
}

/// Entries link to each other by file path or slug, anchors kept, and
/// each page lists the entries that link to it.
#[test]
fn entries_link_to_each_other_and_list_their_backlinks() {
    let (_journal, tree) = built_example("default");
    let page = text(&tree, "entries/riverside-half-22-seconds/index.html");
    assert!(
        page.contains(
            "<a href=\"../riverside-half-went-out-too-fast/#what-the-watch-says\">the first Riverside Half</a>"
        ),
        "{page}"
    );
    assert!(page.contains("<a href=\"../harbour-half-untested-gels/\">the Harbour Half</a>"));
    let target = text(&tree, "entries/harbour-half-untested-gels/index.html");
    let backlinks = &target[target.find("Referenced by").expect("a backlink list")..];
    assert!(backlinks.contains("../../entries/riverside-half-22-seconds/"), "{backlinks}");
    // The feed's entry content resolves the same relative links against
    // the entry's own address.
    let feed = text(&tree, "atom.xml");
    assert!(feed.contains("xml:base=\"https://"), "{}", &feed[..feed.len().min(2000)]);
}
