//! Every rule fires on its `fail-*` fixtures and on none of its `pass-*`
//! fixtures (`tests/fixtures/rules/<CODE>/entries/`), with a snapshot of the
//! diagnostics exactly as `failfolio check` prints them.

use std::collections::BTreeSet;
use std::path::Path;

use failfolio::check::{RULES, Settings, check};
use failfolio::{Journal, report};

fn today() -> jiff::civil::Date {
    crate::util::TODAY.parse().unwrap()
}

fn run_rule(code: &str) {
    let root = crate::util::repo().join("tests/fixtures/rules").join(code);
    let journal = Journal::load(&root, &[]).unwrap();
    let report = check(&journal, &Settings::default(), today());
    let mine: Vec<_> = report.diagnostics.iter().filter(|d| d.code == code).cloned().collect();
    let flagged: BTreeSet<String> =
        mine.iter().map(|d| d.file.file_name().unwrap().to_string_lossy().into_owned()).collect();
    let files: Vec<String> = std::fs::read_dir(root.join("entries"))
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .collect();
    assert!(
        files.iter().any(|f| f.starts_with("fail-"))
            && files.iter().any(|f| f.starts_with("pass-"))
    );
    for file in &files {
        if file.starts_with("fail-") {
            assert!(flagged.contains(file), "{code} does not fire on {file}");
        } else {
            assert!(!flagged.contains(file), "{code} fires on {file}: {mine:#?}");
        }
    }
    let rendered = report::human(&mine, |p: &Path| journal.source(p), false);
    insta::assert_snapshot!(code, deciding_words_checked(&root, &rendered));
}

/// The words that decided a words model's finding are the writer's own
/// words, but which three weigh most shifts whenever the models are
/// retrained on a grown corpus. Check that each one is in the entry it was
/// found in, then leave them out of the snapshot.
fn deciding_words_checked(root: &Path, rendered: &str) -> String {
    let decided =
        regex::Regex::new(r#"\(what decided it: the words ((?:"[^"]+"(?:, )?)+)\)"#).unwrap();
    let file = regex::Regex::new(r"--> (\S+):\d+:\d+").unwrap();
    let mut out = String::new();
    for block in rendered.split_inclusive("\n\n") {
        if let Some(words) = decided.captures(block) {
            let path = &file.captures(block).expect("a finding names its file")[1];
            let source = std::fs::read_to_string(root.join(path)).unwrap().to_lowercase();
            for phrase in words[1].split(", ") {
                for word in phrase.trim_matches('"').split(' ') {
                    assert!(source.contains(word), "deciding word {word:?} is not in {path}");
                }
            }
        }
        out.push_str(&decided.replace_all(block, "(what decided it: the words …)"));
    }
    out
}

macro_rules! rule_tests {
    ($($name:ident => $code:literal,)*) => {
        $(#[test] fn $name() { run_rule($code); })*

        #[test]
        fn every_rule_has_fixtures() {
            let tested: BTreeSet<&str> = [$($code),*].into_iter().collect();
            let all: BTreeSet<&str> = RULES.iter().map(|r| r.code()).collect();
            assert_eq!(tested, all);
        }
    };
}

rule_tests! {
    pf000_malformed_entry => "PF000",
    pf001_required_fields => "PF001",
    pf002_specific_outcome => "PF002",
    pf003_specific_gap => "PF003",
    pf004_incubation_period => "PF004",
    pf005_reencountered => "PF005",
    pf006_testable_adjustment => "PF006",
    pf007_identity_separation => "PF007",
    pf008_honest_extraction => "PF008",
    pf009_objective_outcome => "PF009",
    pf010_five_whys => "PF010",
    pf011_followup_resolves => "PF011",
    pf012_untested_adjustment => "PF012",
    pf013_entry_links => "PF013",
}
