//! The benchmark generator (`benches/corpus/mod.rs`): the journals the
//! figures in docs/performance.md come from reproduce from a clone, and
//! the real binary builds them.

#[path = "../../benches/corpus/mod.rs"]
mod corpus;

use crate::util::TempJournal;

/// The files of a generated journal, sorted by name.
fn journal(n: usize, seed: u64) -> Vec<(String, String)> {
    let dir = tempfile::tempdir().unwrap();
    corpus::write_journal(dir.path(), n, seed).unwrap();
    let mut files: Vec<(String, String)> = std::fs::read_dir(dir.path())
        .unwrap()
        .map(|f| {
            let path = f.unwrap().path();
            let name = path.file_name().unwrap().to_string_lossy().into_owned();
            (name, std::fs::read_to_string(&path).unwrap())
        })
        .collect();
    files.sort();
    files
}

#[test]
fn the_same_seed_writes_the_same_files_of_plain_markdown() {
    let files = journal(60, corpus::DEFAULT_SEED);
    assert_eq!(files.len(), 60);
    assert_eq!(files, journal(60, corpus::DEFAULT_SEED));
    assert_ne!(files, journal(60, 7));
    let html = |w: &[u8]| w[0] == b'<' && (w[1].is_ascii_alphabetic() || b"/!".contains(&w[1]));
    for (name, text) in &files {
        let words = text.splitn(3, "---\n").nth(2).unwrap().split_whitespace().count();
        assert!((300..=600).contains(&words), "{name}: {words} words");
        assert!(!["{{", "{%", "{#"].iter().any(|s| text.contains(s)), "{name}");
        let plain = text.chars().all(|c| c.is_ascii() || c == '\u{2014}');
        assert!(plain && !text.as_bytes().windows(2).any(html), "{name}");
    }
    // Real journals are not plain ASCII, and the benchmark must not be:
    // text beyond ASCII once sent the phrase lists down a path 150 times
    // slower, which an ASCII-only benchmark never showed.
    let dashed = files.iter().filter(|(_, text)| text.contains('\u{2014}')).count();
    assert_eq!(dashed, 30);
}

#[test]
fn a_generated_journal_builds_with_the_bench_configuration() {
    let rules: String = (1..=12).map(|i| format!("  PF{i:03}: warning\n")).collect();
    let config = format!("title: Bench\nbase_url: https://example.com/\nrules:\n{rules}");
    let journal = TempJournal::with_files(&[("failfolio.yaml", &config)]);
    corpus::write_journal(&journal.root.join("entries"), 40, corpus::DEFAULT_SEED).unwrap();
    let run = journal.run(&["build", "journal"]).expect(0);
    let pages = std::fs::read_dir(journal.public().join("entries")).unwrap().count();
    assert!(pages >= 30, "only {pages} pages of 40 entries\n{}", run.stderr);
}
