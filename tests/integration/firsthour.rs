//! What a new user hits in the first hour (issue 17): each stumble, as a
//! test of what they see now.

use crate::util::{TempJournal, repo, run_in};

#[test]
fn the_sample_entry_is_not_published_until_you_write_your_own() {
    let dir = tempfile::tempdir().unwrap();
    run_in(dir.path(), &["init", "j"]).expect(0);
    let build = run_in(dir.path(), &["-C", "j", "build"]).expect(0);
    assert!(build.stdout.starts_with("Published 0 entries"), "{}", build.stdout);
    let tree = crate::util::read_tree(&dir.path().join("j/public"));
    assert!(
        !tree.keys().any(|p| p.contains("empty-journal") || p.contains("wrote-nothing")),
        "the sample is on the site: {:?}",
        tree.keys().collect::<Vec<_>>()
    );
    // It still checks clean, so it shows a complete entry.
    let check = run_in(dir.path(), &["-C", "j", "check"]).expect(0);
    assert!(!check.stdout.contains("error["), "{}", check.stdout);
}

#[test]
fn the_example_journal_ignores_its_output() {
    let gitignore = std::fs::read_to_string(repo().join("example-journal/.gitignore")).unwrap();
    assert!(gitignore.lines().any(|l| l.trim() == "/public/"), "{gitignore}");
}
