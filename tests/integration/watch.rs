//! Watch mode through the library: after every kind of edit, an
//! incremental rebuild gives byte for byte the site (and the findings) that
//! a fresh `build` gives, and writes only what changed.

use std::collections::BTreeMap;
use std::os::unix::fs::MetadataExt;
use std::path::{Path, PathBuf};

use failfolio::build::{BuildOptions, Outcome as BuildOutcome, build};
use failfolio::pipeline::{self, Outcome, Pipeline, Run as Rebuild};
use failfolio::report;

use crate::util::{TODAY, TempJournal, good_entry, read_tree};

const RIVERSIDE: &str = "entries/2024/2024-05-18-riverside-half-went-out-too-fast.md";
const PRICE: &str = "entries/2024/2024-12-01-winter-market-one-price.md";
const ALTOS: &str = "entries/2023/2023-05-09-taught-the-altos-the-wrong-bars.md";

fn today() -> jiff::civil::Date {
    TODAY.parse().unwrap()
}

fn pipeline(journal: &TempJournal) -> Pipeline {
    Pipeline::new(pipeline::Options {
        root: journal.root.clone(),
        output: journal.dir.path().join("watched"),
        include_unpublished: false,
        badges: false,
        base_url: None,
        live_reload: false,
        today: today(),
    })
    .unwrap()
}

/// The site and the findings of a fresh build of the journal as it is now.
fn fresh(journal: &TempJournal) -> (BTreeMap<String, Vec<u8>>, String) {
    let out = journal.dir.path().join("fresh");
    let options = BuildOptions {
        output: Some(out.clone()),
        include_unpublished: false,
        preview: false,
        today: today(),
        base_url: None,
    };
    let built = build(&journal.root, &options).unwrap();
    assert!(matches!(built.outcome, BuildOutcome::Built(_)), "the fresh build is blocked");
    let findings = report::json(&built.report.diagnostics);
    let tree = read_tree(&out);
    std::fs::remove_dir_all(&out).unwrap();
    (tree, findings)
}

/// Rebuilds as the watcher would after events for `touched`.
fn rebuild(pipeline: &mut Pipeline, journal: &TempJournal, touched: &[&str]) -> Rebuild {
    let touched: Vec<PathBuf> = touched.iter().map(|p| journal.root.join(p)).collect();
    pipeline.run(&touched).unwrap()
}

#[track_caller]
fn assert_same_as_fresh(pipeline: &Pipeline, journal: &TempJournal, step: &str) {
    let (expected, findings) = fresh(journal);
    let actual = read_tree(pipeline.output());
    let differing: Vec<&String> = expected
        .keys()
        .chain(actual.keys())
        .filter(|k| expected.get(*k) != actual.get(*k))
        .collect();
    assert!(
        differing.is_empty(),
        "after {step}, these files differ from a fresh build: {differing:?}"
    );
    assert_eq!(
        report::json(&pipeline.report().diagnostics),
        findings,
        "after {step}, the findings differ"
    );
}

#[test]
fn every_kind_of_edit_gives_the_site_a_fresh_build_gives() {
    let journal = TempJournal::example();
    let mut pipeline = pipeline(&journal);
    let first = pipeline.run(&[]).unwrap();
    assert!(matches!(first.outcome, Outcome::Built { full: true, .. }), "{first:?}");
    assert_same_as_fresh(&pipeline, &journal, "the first build");

    // Edit in place: a chained entry's title shows on its neighbours too.
    let path = journal.root.join(RIVERSIDE);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(
        &path,
        text.replace(
            "Went out too fast at the Riverside Half",
            "Started too fast at the Riverside Half",
        ),
    )
    .unwrap();
    let r = rebuild(&mut pipeline, &journal, &[RIVERSIDE]);
    assert!(matches!(r.outcome, Outcome::Built { full: false, .. }), "{r:?}");
    assert_same_as_fresh(&pipeline, &journal, "an edit in place");

    // Atomic save: write a temporary file, rename it over the entry.
    let tmp = journal.root.join("entries/2024/.winter.md.tmp");
    let text = std::fs::read_to_string(journal.root.join(PRICE)).unwrap();
    std::fs::write(&tmp, text.replace("tags: [", "tags: [pricing, ")).unwrap();
    std::fs::rename(&tmp, journal.root.join(PRICE)).unwrap();
    rebuild(&mut pipeline, &journal, &[PRICE, "entries/2024/.winter.md.tmp"]);
    assert_same_as_fresh(&pipeline, &journal, "an atomic save adding a tag");

    // Create an entry in a new folder, with a tag of its own.
    journal.write(
        "entries/2025/spring/2025-04-02-spring-reading.md",
        &good_entry("Half-empty spring reading", "readings, running"),
    );
    rebuild(
        &mut pipeline,
        &journal,
        &["entries/2025/spring", "entries/2025/spring/2025-04-02-spring-reading.md"],
    );
    assert!(pipeline.output().join("tags/readings/index.html").is_file());
    assert_same_as_fresh(&pipeline, &journal, "creating an entry");

    // Rename it: the old page goes, the new one comes.
    std::fs::rename(
        journal.root.join("entries/2025/spring/2025-04-02-spring-reading.md"),
        journal.root.join("entries/2025/spring/2025-04-02-the-spring-reading.md"),
    )
    .unwrap();
    rebuild(&mut pipeline, &journal, &["entries/2025/spring/2025-04-02-spring-reading.md"]);
    assert_same_as_fresh(&pipeline, &journal, "renaming an entry");

    // Delete a whole folder: its entry and its tag's page go.
    std::fs::remove_dir_all(journal.root.join("entries/2025/spring")).unwrap();
    rebuild(&mut pipeline, &journal, &["entries/2025/spring"]);
    assert!(!pipeline.output().join("tags/readings").exists());
    assert_same_as_fresh(&pipeline, &journal, "deleting a folder");

    // A template of the journal's own replaces the theme's: every page.
    let base = std::fs::read_to_string(failfolio_theme("default/templates/base.html")).unwrap();
    journal
        .write("templates/base.html", &base.replace("</body>", "<p>journal template</p></body>"));
    let r = rebuild(&mut pipeline, &journal, &["templates/base.html"]);
    assert!(matches!(r.outcome, Outcome::Built { full: true, .. }), "{r:?}");
    assert!(
        std::fs::read_to_string(pipeline.output().join("index.html"))
            .unwrap()
            .contains("journal template")
    );
    assert_same_as_fresh(&pipeline, &journal, "adding a template");

    // The configuration: every page again.
    let config = std::fs::read_to_string(journal.root.join("failfolio.yaml")).unwrap();
    journal.write(
        "failfolio.yaml",
        &config.replace("Maya Lindqvist — failure résumé", "Maya's failures"),
    );
    rebuild(&mut pipeline, &journal, &["failfolio.yaml"]);
    assert_same_as_fresh(&pipeline, &journal, "changing the configuration");
}

#[test]
fn a_broken_entry_keeps_the_last_good_site_and_changes_made_meanwhile_are_not_lost() {
    let journal = TempJournal::example();
    let mut pipeline = pipeline(&journal);
    pipeline.run(&[]).unwrap();
    let good = read_tree(pipeline.output());

    journal.write(
        "entries/2026/2026-11-01-half-written.md",
        "---\ntitle: [unclosed\ndate: 2026-11-01\n---\n",
    );
    let r = rebuild(&mut pipeline, &journal, &["entries/2026/2026-11-01-half-written.md"]);
    assert_eq!(r.outcome, Outcome::Blocked { errors: 1 });
    // Another entry edited while the build is blocked…
    let path = journal.root.join(RIVERSIDE);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, text.replace("Went out too fast", "Went out far too fast")).unwrap();
    let r = rebuild(&mut pipeline, &journal, &[RIVERSIDE]);
    assert_eq!(r.outcome, Outcome::Blocked { errors: 1 });
    assert_eq!(read_tree(pipeline.output()), good, "the last good site stays as it was");
    let problems = report::json(&pipeline.report().diagnostics);
    assert!(problems.contains("half-written.md"), "{problems}");

    // …shows once the broken one is fixed.
    std::fs::remove_file(journal.root.join("entries/2026/2026-11-01-half-written.md")).unwrap();
    let r = rebuild(&mut pipeline, &journal, &["entries/2026/2026-11-01-half-written.md"]);
    assert!(matches!(r.outcome, Outcome::Built { .. }), "{r:?}");
    assert!(
        read_tree(pipeline.output())["entries/riverside-half-went-out-too-fast/index.html"]
            .windows(21)
            .any(|w| w == b"Went out far too fast")
    );
    assert_same_as_fresh(&pipeline, &journal, "fixing the broken entry");
}

#[test]
fn editing_one_entry_leaves_an_unrelated_entrys_page_unwritten() {
    let journal = TempJournal::example();
    let mut pipeline = pipeline(&journal);
    pipeline.run(&[]).unwrap();
    let out = pipeline.output().to_path_buf();
    let inode = |page: &str| std::fs::metadata(out.join(page)).unwrap().ino();
    let unrelated = "entries/canvas-rewrite-broke-safari/index.html";
    let edited = "entries/winter-market-one-price/index.html";
    let (unrelated_before, edited_before) = (inode(unrelated), inode(edited));

    let path = journal.root.join(PRICE);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\nOne more paragraph.\n")).unwrap();
    let r = rebuild(&mut pipeline, &journal, &[PRICE]);

    assert_eq!(r.reparsed, 1, "only the saved file is parsed again");
    assert!(!r.rescanned, "a save needs no scan of every file");
    // Every file written is replaced by a rename, so a new inode means written.
    assert_eq!(inode(unrelated), unrelated_before, "an unrelated page was rewritten");
    assert_ne!(inode(edited), edited_before, "the edited page was not rewritten");
    let total = read_tree(pipeline.output()).len();
    assert!(
        r.written.written < 10 && r.written.written * 4 < total,
        "{:?} of {total} files",
        r.written
    );
}

#[test]
fn the_rescan_finds_changes_the_events_missed() {
    let journal = TempJournal::example();
    let mut pipeline = pipeline(&journal);
    pipeline.run(&[]).unwrap();
    // No event names the new file (a watcher can miss a file created right
    // after its folder): the metadata rescan finds it anyway.
    journal.write(
        "entries/2027/2025-04-02-spring-reading.md",
        &good_entry("Half-empty spring reading", "readings, running"),
    );
    let r = pipeline.run(&[]).unwrap();
    assert_eq!(r.reparsed, 1);
    assert_same_as_fresh(&pipeline, &journal, "a change without an event");
    // And nothing changed is nothing to do.
    assert_eq!(pipeline.run(&[]).unwrap().outcome, Outcome::Unchanged);
}

fn failfolio_theme(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("themes").join(rel)
}

#[test]
fn saves_are_read_from_the_events_and_everything_else_rescans() {
    let journal = TempJournal::example();
    let mut pipeline = pipeline(&journal);
    assert!(pipeline.run(&[]).unwrap().rescanned, "the first build");

    // A body-only save: the listings stay as they are.
    let path = journal.root.join(PRICE);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\nA paragraph more.\n")).unwrap();
    let resume = std::fs::metadata(pipeline.output().join("resume/index.html")).unwrap().ino();
    let r = rebuild(&mut pipeline, &journal, &[PRICE]);
    assert!(!r.rescanned && r.reparsed == 1, "{r:?}");
    let after = std::fs::metadata(pipeline.output().join("resume/index.html")).unwrap().ino();
    assert_eq!(after, resume, "the résumé does not show bodies");
    assert_same_as_fresh(&pipeline, &journal, "a body-only save");

    // A file the events do not name, saved with one they do, waits for
    // the next rescan…
    let quiet = journal.root.join(RIVERSIDE);
    let text = std::fs::read_to_string(&quiet).unwrap();
    std::fs::write(&quiet, text.replace("Riverside Half", "Riverside Half Marathon")).unwrap();
    let r = rebuild(&mut pipeline, &journal, &[PRICE]);
    assert!(!r.rescanned, "{r:?}");
    // …which a folder event, a deleted file or an event for anything but
    // an entry file brings.
    for touched in ["entries/2024", "entries/2024/gone.md", "failfolio.yaml"] {
        let r = rebuild(&mut pipeline, &journal, &[touched]);
        assert!(r.rescanned, "{touched}: {r:?}");
    }
    assert_same_as_fresh(&pipeline, &journal, "after the rescans");
}

/// The branch-switch bug: a file deleted and its event lost (merged away
/// in one debounce window), then a batch naming only a file that exists.
/// The next run must still notice the file is gone, not trust the events.
#[test]
fn a_deletion_whose_event_was_lost_is_noticed_on_the_next_save() {
    let journal = TempJournal::example();
    let mut pipeline = pipeline(&journal);
    pipeline.run(&[]).unwrap();
    // An entry no other links to, so that the build still goes through.
    std::fs::remove_file(journal.root.join(ALTOS)).unwrap();
    let path = journal.root.join(PRICE);
    let text = std::fs::read_to_string(&path).unwrap();
    std::fs::write(&path, format!("{text}\nA paragraph more.\n")).unwrap();
    let r = rebuild(&mut pipeline, &journal, &[PRICE]);
    assert!(r.rescanned, "the listing differs from the journal: {r:?}");
    assert_same_as_fresh(&pipeline, &journal, "a deletion without an event");
}

#[test]
fn a_journal_with_symlinks_always_rescans() {
    let journal = TempJournal::example();
    std::fs::create_dir_all(journal.root.join("notes")).unwrap();
    journal.write("notes/2025-04-02-linked.md", &good_entry("A linked entry", "running"));
    std::os::unix::fs::symlink(
        journal.root.join("notes/2025-04-02-linked.md"),
        journal.root.join("entries/2025-04-02-linked.md"),
    )
    .unwrap();
    let mut pipeline = pipeline(&journal);
    pipeline.run(&[]).unwrap();
    // The link's target is saved: the event names the target, not the link.
    let target = journal.root.join("notes/2025-04-02-linked.md");
    std::fs::write(&target, good_entry("A linked entry, renamed", "running")).unwrap();
    let r = rebuild(&mut pipeline, &journal, &[PRICE]);
    assert!(r.rescanned, "{r:?}");
    assert_same_as_fresh(&pipeline, &journal, "a save through a link");
}

/// A file the walk could not read (here a dangling link; in a checkout, a
/// file listed and gone before its stat) blocks the build; once it is gone,
/// the next run builds even though no entry file changed.
#[test]
fn a_walk_problem_that_goes_away_unblocks_the_build() {
    let journal = TempJournal::example();
    let dangling = journal.root.join("entries/2025-04-02-dangling.md");
    std::os::unix::fs::symlink(journal.root.join("nowhere.md"), &dangling).unwrap();
    let mut pipeline = pipeline(&journal);
    let r = pipeline.run(&[]).unwrap();
    assert!(matches!(r.outcome, Outcome::Blocked { .. }), "{r:?}");
    std::fs::remove_file(&dangling).unwrap();
    let r = pipeline.run(&[journal.root.join("entries")]).unwrap();
    assert!(matches!(r.outcome, Outcome::Built { .. }), "{r:?}");
    assert_same_as_fresh(&pipeline, &journal, "removing the file the walk could not read");
}
