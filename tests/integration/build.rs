//! `failfolio build` on real journals.

use std::path::Path;

use crate::util::{TempJournal, broken_links, read_tree};

/// The example journal's entries, loaded by the library, for comparison.
fn example_entries(root: &Path) -> Vec<failfolio::Entry> {
    let journal = failfolio::Journal::load(root, &[]).unwrap();
    journal.entries().cloned().collect()
}

fn html_escape(s: &str) -> String {
    s.replace('&', "&amp;")
        .replace('<', "&lt;")
        .replace('>', "&gt;")
        .replace('"', "&quot;")
        .replace('\'', "&#39;")
}

#[test]
fn builds_one_page_per_published_entry_with_its_card() {
    let j = TempJournal::example();
    let run = j.run(&["build", "journal"]).expect(0);
    assert!(
        run.stdout
            .starts_with("Published 15 entries (1 incubating, 1 draft, 1 private not published)"),
        "{}",
        run.stdout
    );
    let tree = read_tree(&j.public());
    let entries = example_entries(&j.root);
    let published: Vec<_> = entries.iter().filter(|e| e.is_publishable()).collect();
    assert_eq!(published.len(), 15);
    let pages: Vec<_> = tree.keys().filter(|k| k.starts_with("entries/")).collect();
    assert_eq!(pages.len(), published.len(), "{pages:?}");
    for entry in published {
        let page =
            String::from_utf8(tree[&format!("entries/{}/index.html", entry.slug)].clone()).unwrap();
        assert!(
            page.contains(&format!("<h1>{}</h1>", html_escape(entry.title()))),
            "{}",
            entry.slug
        );
        for key in ["expectation", "outcome", "gap", "adjustment", "identity_check"] {
            let text = entry.front_matter.text(key).unwrap();
            assert!(page.contains(&html_escape(text)), "{} lacks its {key}", entry.slug);
        }
    }
}

#[test]
fn unpublished_entries_leave_no_trace() {
    let j = TempJournal::example();
    j.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&j.public());
    let entries = example_entries(&j.root);
    let hidden: Vec<_> = entries.iter().filter(|e| !e.is_publishable()).collect();
    assert_eq!(hidden.len(), 3);
    for entry in hidden {
        for (path, bytes) in &tree {
            let text = String::from_utf8_lossy(bytes);
            assert!(!path.contains(&entry.slug), "{path} is named after {}", entry.slug);
            assert!(!text.contains(&entry.slug), "{path} mentions the slug {}", entry.slug);
            assert!(
                !text.contains(&html_escape(entry.title())),
                "{path} mentions the title of {}",
                entry.slug
            );
        }
    }
}

#[test]
fn front_matter_values_are_escaped() {
    let j = TempJournal::example();
    j.run(&["build", "journal"]).expect(0);
    let page =
        std::fs::read_to_string(j.public().join("entries/canvas-rewrite-broke-safari/index.html"))
            .unwrap();
    assert!(
        page.contains("<h1>Shipped the &lt;canvas&gt; rewrite &amp; broke Safari</h1>"),
        "{page}"
    );
    assert!(!page.contains("<canvas>"));
}

#[test]
fn every_internal_link_and_stylesheet_resolves() {
    let j = TempJournal::example();
    j.run(&["build", "journal"]).expect(0);
    let tree = read_tree(&j.public());
    assert!(tree.contains_key("style.css"));
    let broken = broken_links(&tree, "/failures/");
    assert!(broken.is_empty(), "{broken:#?}");
}

#[test]
fn entry_page_snapshot() {
    let j = TempJournal::example();
    j.run(&["build", "journal"]).expect(0);
    let page =
        std::fs::read_to_string(j.public().join("entries/harbour-half-untested-gels/index.html"))
            .unwrap();
    insta::assert_snapshot!("entry_page", page);
}

#[test]
fn two_builds_are_byte_identical() {
    let j = TempJournal::example();
    j.run(&["build", "journal", "-o", "one"]).expect(0);
    j.run(&["build", "journal", "-o", "two"]).expect(0);
    let one = read_tree(&j.dir.path().join("one"));
    let two = read_tree(&j.dir.path().join("two"));
    assert!(one.len() > 30);
    assert!(one == two, "the two builds differ");
}

const PROCESSED: &str = "---
title: Launched without a list
date: 2026-03-02
processed: 2026-03-05
expectation: 200 sign-ups in the first week from the launch post.
gap: >-
  I announced to an audience I had never written for and skipped
  testing the headline with five readers first.
adjustment: >-
  Before any launch, I test the headline with five people from the
  target audience and ship the version at least three of them click.
identity_check: This launch failed; it is data about a strategy, not a verdict on me.
---
Body.
";

#[test]
fn a_missing_required_field_stops_the_build_and_writes_nothing() {
    let j = TempJournal::with_files(&[("entries/2026-03-02-launch.md", PROCESSED)]);
    let run = j.run(&["build", "journal"]).expect(1);
    assert!(
        run.stderr.contains("error[PF001]: missing required field `outcome`"),
        "{}",
        run.stderr
    );
    assert!(run.stderr.contains("--> entries/2026-03-02-launch.md:1:1"), "{}", run.stderr);
    assert!(run.stderr.contains("nothing was written"), "{}", run.stderr);
    assert!(!j.public().exists());
}

#[test]
fn a_failed_build_leaves_the_previous_site_untouched() {
    let complete = PROCESSED.replace(
        "gap:",
        "outcome: 31 sign-ups by Friday, 80% of them from one forum thread.\ngap:",
    );
    let j = TempJournal::with_files(&[("entries/2026-03-02-launch.md", &complete)]);
    j.run(&["build", "journal"]).expect(0);
    let before = read_tree(&j.public());
    j.write(
        "entries/2026-03-02-launch.md",
        &complete.replace("title: Launched", "title: [Launched"),
    );
    let run = j.run(&["build", "journal"]).expect(1);
    assert!(run.stderr.contains("entries/2026-03-02-launch.md:2:"), "{}", run.stderr);
    assert!(before == read_tree(&j.public()), "the previous site changed");
}

#[test]
fn malformed_files_name_the_file_and_line() {
    let j = TempJournal::with_files(&[
        ("entries/a.md", "---\ntitle: x\ndate: 2026-02-30\n---\n"),
        ("entries/b.md", "---\ntitle: x\n"),
    ]);
    let run = j.run(&["build", "journal"]).expect(1);
    assert!(run.stderr.contains("--> entries/a.md:3:7"), "{}", run.stderr);
    assert!(run.stderr.contains("`2026-02-30` is not a valid date"), "{}", run.stderr);
    assert!(run.stderr.contains("--> entries/b.md:1:1"), "{}", run.stderr);
    assert!(run.stderr.contains("front matter is never closed"), "{}", run.stderr);
}

#[test]
fn refuses_to_replace_a_folder_it_did_not_make() {
    let j = TempJournal::example();
    j.write("public/notes.txt", "mine");
    let run = j.run(&["build", "journal"]).expect(2);
    assert!(run.stderr.contains("was not made by failfolio"), "{}", run.stderr);
    assert_eq!(std::fs::read_to_string(j.public().join("notes.txt")).unwrap(), "mine");
}

#[test]
fn not_a_journal() {
    let dir = tempfile::tempdir().unwrap();
    let run = crate::util::run_in(dir.path(), &["build", "."]).expect(2);
    assert!(run.stderr.contains("is not a failfolio journal"), "{}", run.stderr);
    assert!(run.stderr.contains("run `failfolio init`"), "{}", run.stderr);
}

#[test]
fn refuses_outputs_that_would_put_the_journal_at_risk() {
    let j = TempJournal::example();
    let home = tempfile::tempdir().unwrap();
    let journal = j.root.to_str().unwrap().to_string();
    let cases: Vec<(String, &str)> = vec![
        (journal.clone(), "it is the journal itself"),
        (j.dir.path().to_str().unwrap().to_string(), "it contains the journal"),
        (format!("{journal}/entries"), "`entries/`"),
        (format!("{journal}/entries/2025/site"), "`entries/`"),
        (format!("{journal}/templates"), "`templates/`"),
        ("/".to_string(), "root of the file system"),
        (home.path().to_str().unwrap().to_string(), "your home folder"),
    ];
    let before = read_tree(&j.root);
    for (out, why) in cases {
        let output = std::process::Command::new(crate::util::binary())
            .args(["build", &journal, "-o", &out])
            .env("HOME", home.path())
            .env("NO_COLOR", "1")
            .output()
            .unwrap();
        let stderr = String::from_utf8_lossy(&output.stderr);
        assert_eq!(output.status.code(), Some(2), "{out}: {stderr}");
        assert!(stderr.contains("refusing to use") && stderr.contains(why), "{out}: {stderr}");
    }
    assert!(before == read_tree(&j.root), "the journal was touched");
}
