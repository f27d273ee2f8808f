//! Watch mode against its model: after any sequence of file operations has
//! settled — creates, edits, deletes, renames, a folder removed and made
//! again, a path created and deleted inside one debounce window, many files
//! changing at once as in a branch switch — the output of `build --watch`
//! is byte for byte the output of a fresh `build` of the tree as it is.
//!
//! The first property drives the real watcher (notify, the debouncer, the
//! pipeline), so each case takes a second or so; CI runs a few dozen
//! cases, `PROPTEST_CASES=500 cargo test --test integration watch_property`
//! many more. The second feeds the pipeline the events a watcher could
//! deliver, lost ones included, and runs in milliseconds a case.

use std::path::Path;
use std::sync::mpsc;
use std::sync::{Arc, Mutex};
use std::time::{Duration, Instant};

use failfolio::build::{BuildOptions, Outcome as BuildOutcome, build};
use failfolio::pipeline::Pipeline;
use failfolio::watch::{SETTLE, watch};
use proptest::prelude::*;

use crate::util::{GOOD_ENTRY, GOOD_TITLE, TODAY, TempJournal, read_tree, try_read_tree};

/// The entry files a case may touch: two folders, a few names each.
const PATHS: &[&str] = &[
    "entries/2025/2025-03-02-alpha.md",
    "entries/2025/2025-04-02-bravo.md",
    "entries/2025/2025-05-02-charlie.md",
    "entries/2026/2026-03-02-delta.md",
    "entries/2026/2026-04-02-echo.md",
    "entries/2026/2026-05-02-foxtrot.md",
];

/// One file-system operation.
#[derive(Debug, Clone)]
enum Op {
    /// Write entry `path` with title variant `variant` (create or edit).
    Write(usize, u8),
    /// Delete entry `path`, if it exists.
    Delete(usize),
    /// Rename entry `from` to `to`, if `from` exists.
    Rename(usize, usize),
    /// Create `path` and delete it again at once: both inside one debounce
    /// window.
    Flicker(usize, u8),
    /// Remove a whole year folder, then, unless `false`, make it again.
    Folder(bool, bool),
    /// Many files at once, as `git checkout` does: write every path whose
    /// bit is set, delete every other.
    Branch(u8, u8),
    /// Add, change or remove a template override, or the whole `templates/`
    /// folder.
    Template(u8),
    /// Delete `path`, write it and delete it again, while saving `other`:
    /// a window whose events name only a file that exists.
    Churn(usize, usize),
    /// Save `path` as an editor does: write a temporary file beside it and
    /// rename it over.
    AtomicSave(usize, u8),
    /// Wait a little before the next operation.
    Pause(u8),
}

fn op() -> impl Strategy<Value = Op> {
    let path = 0..PATHS.len();
    prop_oneof![
        4 => (path.clone(), 0u8..3).prop_map(|(p, v)| Op::Write(p, v)),
        2 => path.clone().prop_map(Op::Delete),
        2 => (path.clone(), path.clone()).prop_map(|(a, b)| Op::Rename(a, b)),
        1 => (path.clone(), 0u8..3).prop_map(|(p, v)| Op::Flicker(p, v)),
        1 => (any::<bool>(), any::<bool>()).prop_map(|(y, again)| Op::Folder(y, again)),
        2 => (any::<u8>(), 0u8..3).prop_map(|(bits, v)| Op::Branch(bits, v)),
        1 => (0u8..4).prop_map(Op::Template),
        2 => (path.clone(), path.clone()).prop_map(|(a, b)| Op::Churn(a, b)),
        2 => (path.clone(), 0u8..3).prop_map(|(p, v)| Op::AtomicSave(p, v)),
        2 => (0u8..4).prop_map(Op::Pause),
    ]
}

/// The text of an entry file: a clean entry with a title of its own,
/// whose body links to two other entries (by path and by slug) that come
/// and go with the operations.
fn entry_text(path: usize, variant: u8) -> String {
    let name = PATHS[path].rsplit('/').next().unwrap_or("");
    let date = &name[..10];
    let by_path = PATHS[(path + 1 + usize::from(variant)) % PATHS.len()];
    let by_slug = PATHS[(path + 3) % PATHS.len()].rsplit('/').next().unwrap_or("");
    let slug = by_slug.trim_end_matches(".md").get(11..).unwrap_or("");
    format!(
        "{}\nAfter [that one](/{by_path}) and [another](@{slug}#what-i-did).\n\n## What I did\n\nMore.\n",
        GOOD_ENTRY
            .replace(GOOD_TITLE, &format!("Attempt {path} take {variant}"))
            .replace("date: 2026-03-02", &format!("date: {date}"))
            .replace("processed: 2026-03-05", "processed: 2026-06-30")
    )
}

/// A journal with the first entry; links to entries that are gone are
/// warnings, so that every state builds.
fn journal() -> TempJournal {
    TempJournal::with_files(&[
        (PATHS[0], &entry_text(0, 0)),
        ("failfolio.yaml", "title: Watched\nrules:\n  PF013: warning\n"),
    ])
}

fn apply(root: &Path, op: &Op) {
    let at = |p: usize| root.join(PATHS[p]);
    let write = |p: usize, v: u8| {
        let path = at(p);
        std::fs::create_dir_all(path.parent().unwrap()).unwrap();
        std::fs::write(path, entry_text(p, v)).unwrap();
    };
    match *op {
        Op::Write(p, v) => write(p, v),
        Op::Delete(p) => {
            let _ = std::fs::remove_file(at(p));
        }
        Op::Rename(a, b) => {
            if a != b && at(a).exists() {
                std::fs::create_dir_all(at(b).parent().unwrap()).unwrap();
                // Keep the date in the name and the front matter in step.
                let _ = std::fs::remove_file(at(a));
                write(b, 1);
            }
        }
        Op::Flicker(p, v) => {
            let existed = at(p).exists();
            write(p, v);
            if !existed {
                let _ = std::fs::remove_file(at(p));
            }
        }
        Op::Folder(first, again) => {
            let year = if first { "entries/2025" } else { "entries/2026" };
            let _ = std::fs::remove_dir_all(root.join(year));
            if again {
                std::fs::create_dir_all(root.join(year)).unwrap();
                let first_path = if first { 0 } else { 3 };
                write(first_path, 2);
            }
        }
        Op::Branch(bits, v) => {
            for p in 0..PATHS.len() {
                if bits & (1 << p) != 0 {
                    write(p, v);
                } else {
                    let _ = std::fs::remove_file(at(p));
                }
            }
        }
        Op::Template(kind) => {
            let templates = root.join("templates");
            match kind {
                0 | 1 => {
                    std::fs::create_dir_all(&templates).unwrap();
                    std::fs::write(
                        templates.join("robots.txt"),
                        format!("User-agent: *\n# variant {kind}\n"),
                    )
                    .unwrap();
                }
                2 => {
                    let _ = std::fs::remove_dir_all(&templates);
                }
                _ => {
                    let _ = std::fs::remove_dir_all(&templates);
                    std::fs::create_dir_all(&templates).unwrap();
                    std::fs::write(templates.join("robots.txt"), "User-agent: *\n# again\n")
                        .unwrap();
                }
            }
        }
        Op::Churn(p, other) => {
            let _ = std::fs::remove_file(at(p));
            write(p, 0);
            let _ = std::fs::remove_file(at(p));
            if other != p {
                write(other, 2);
            }
        }
        Op::AtomicSave(p, v) => {
            let path = at(p);
            std::fs::create_dir_all(path.parent().unwrap()).unwrap();
            let tmp = path.with_extension("md.swp");
            std::fs::write(&tmp, entry_text(p, v)).unwrap();
            std::fs::rename(&tmp, &path).unwrap();
        }
        Op::Pause(n) => std::thread::sleep(Duration::from_millis(20 * u64::from(n))),
    }
}

fn today() -> jiff::civil::Date {
    TODAY.parse().unwrap()
}

/// A pipeline building `root` into `output` as `build` does.
fn pipeline(root: &Path, output: &Path) -> Pipeline {
    Pipeline::new(fresh_options(output).pipeline(root, output.to_path_buf())).unwrap()
}

/// The options of a fresh build into `out`.
fn fresh_options(out: &Path) -> BuildOptions {
    BuildOptions {
        output: Some(out.to_path_buf()),
        include_unpublished: false,
        preview: false,
        today: today(),
        base_url: None,
    }
}

/// The output of a fresh build of `root` into `out`.
fn fresh(root: &Path, out: &Path) -> std::collections::BTreeMap<String, Vec<u8>> {
    let built = build(root, &fresh_options(out)).unwrap();
    assert!(matches!(built.outcome, BuildOutcome::Built(_)), "the fresh build is blocked");
    let tree = read_tree(out);
    std::fs::remove_dir_all(out).unwrap();
    tree
}

/// What the watcher is doing.
#[derive(Default)]
struct Watching {
    /// A run is under way.
    busy: bool,
    /// When the last run ended.
    last: Option<Instant>,
    /// What each run did, for the failure message.
    runs: Vec<String>,
}

/// Runs `ops` under a real watcher and returns the files that differ from
/// a fresh build once everything has settled.
fn run(ops: &[Op]) -> Vec<String> {
    let journal = journal();
    let root = journal.root.clone();
    let output = journal.dir.path().join("watched");
    let mut pipeline = pipeline(&root, &output);
    // What the watcher is doing, seen from the test: `watch_pipeline`'s
    // loop, with a flag while a run is under way.
    let state = Arc::new(Mutex::new(Watching::default()));
    let (stop_tx, stop_rx) = mpsc::channel();
    let watcher = {
        let (state, root, output) = (state.clone(), root.clone(), output.clone());
        std::thread::spawn(move || {
            watch(&root, &output, &stop_rx, |paths| {
                state.lock().unwrap().busy = true;
                let run = pipeline.run(paths);
                let mut state = state.lock().unwrap();
                state.busy = false;
                state.last = Some(Instant::now());
                state.runs.push(match run {
                    Ok(run) => format!("{:?} in {:?}", run.outcome, run.elapsed),
                    Err(e) => format!("error: {e}"),
                });
                true
            })
        })
    };
    // The first build (generous: a loaded CI machine is slow).
    let deadline = Instant::now() + Duration::from_secs(60);
    while state.lock().unwrap().last.is_none() {
        assert!(!watcher.is_finished(), "the watcher stopped: {:?}", watcher.join());
        assert!(Instant::now() < deadline, "no first build");
        std::thread::sleep(Duration::from_millis(10));
    }
    for op in ops {
        apply(&root, op);
    }
    // The tree no longer changes: what a fresh build of it gives is fixed.
    // Settled means the watched output has reached it (a bounded poll: a
    // watcher that misses a change never does) with no run under way or
    // just done (a run that read the tree mid-way may still be writing,
    // and the next would put it right); it must still be so once the
    // watcher has stopped.
    let expected = fresh(&root, &journal.dir.path().join("fresh"));
    let deadline = Instant::now() + Duration::from_secs(60);
    loop {
        let idle = {
            let state = state.lock().unwrap();
            !state.busy && state.last.is_some_and(|t| t.elapsed() > SETTLE * 2)
        };
        if idle && try_read_tree(&output).as_ref() == Some(&expected) {
            break;
        }
        if Instant::now() > deadline {
            state.lock().unwrap().runs.push("(not settled after 60 s)".to_string());
            break;
        }
        std::thread::sleep(Duration::from_millis(50));
    }
    stop_tx.send(()).unwrap();
    watcher.join().unwrap().unwrap();
    let actual = read_tree(&output);
    let mut differing: Vec<String> = expected
        .keys()
        .chain(actual.keys())
        .filter(|k| expected.get(*k) != actual.get(*k))
        .cloned()
        .collect();
    differing.sort();
    differing.dedup();
    if std::env::var_os("WATCH_DEBUG").is_some() {
        for k in &differing {
            eprintln!(
                "{k}: expected {:?}, got {:?}",
                expected.get(k).map(|b| String::from_utf8_lossy(b).into_owned()),
                actual.get(k).map(|b| String::from_utf8_lossy(b).into_owned())
            );
        }
    }
    if !differing.is_empty() {
        differing.push(format!("runs: {:?}", state.lock().unwrap().runs));
    }
    differing
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(24),
        max_shrink_iters: 20,
        ..ProptestConfig::default()
    })]

    #[test]
    fn watch_output_equals_a_fresh_build(ops in proptest::collection::vec(op(), 1..14)) {
        let differing = run(&ops);
        prop_assert!(differing.is_empty(), "after {ops:?}, these files differ from a fresh build: {differing:?}");
    }
}

/// One batch of operations as the pipeline sees it: what happened, and
/// which of the created or deleted paths the events still named (the
/// rest were lost or merged away; a save always names its file).
#[derive(Debug, Clone)]
struct Batch {
    ops: Vec<Op>,
    delivered: Vec<bool>,
}

fn batch() -> impl Strategy<Value = Batch> {
    let entry_op = prop_oneof![
        3 => (0..PATHS.len(), 0u8..3).prop_map(|(p, v)| Op::Write(p, v)),
        2 => (0..PATHS.len()).prop_map(Op::Delete),
        1 => (any::<u8>(), 0u8..3).prop_map(|(bits, v)| Op::Branch(bits, v)),
        1 => (0..PATHS.len(), 0..PATHS.len()).prop_map(|(a, b)| Op::Churn(a, b)),
    ];
    (
        proptest::collection::vec(entry_op, 1..5),
        proptest::collection::vec(any::<bool>(), PATHS.len()),
    )
        .prop_map(|(ops, delivered)| Batch { ops, delivered })
}

/// The paths a batch's events name: every file whose content was saved,
/// and the created or deleted ones whose events were delivered.
fn touched(root: &Path, before: &[Option<Vec<u8>>], batch: &Batch) -> Vec<std::path::PathBuf> {
    (0..PATHS.len())
        .filter(|&p| {
            let now = std::fs::read(root.join(PATHS[p])).ok();
            match (&before[p], &now) {
                (Some(a), Some(b)) => a != b,
                (None, None) => false,
                _ => batch.delivered[p],
            }
        })
        .map(|p| root.join(PATHS[p]))
        .collect()
}

proptest! {
    #![proptest_config(ProptestConfig {
        cases: std::env::var("PROPTEST_CASES").ok().and_then(|c| c.parse().ok()).unwrap_or(64),
        max_shrink_iters: 50,
        ..ProptestConfig::default()
    })]

    /// The pipeline alone, fed the events a watcher could deliver, lost
    /// ones included: after every batch its output is a fresh build's.
    /// (On the code before the listing check, this finds the branch-switch
    /// bug in a few cases: a deletion whose event was lost stayed
    /// published.)
    #[test]
    fn pipeline_output_equals_a_fresh_build_whatever_events_are_lost(
        batches in proptest::collection::vec(batch(), 1..6),
    ) {
        let journal = journal();
        let root = journal.root.clone();
        let output = journal.dir.path().join("watched");
        let mut pipeline = pipeline(&root, &output);
        pipeline.run(&[]).unwrap();
        for (i, batch) in batches.iter().enumerate() {
            let before: Vec<Option<Vec<u8>>> =
                PATHS.iter().map(|p| std::fs::read(root.join(p)).ok()).collect();
            for op in &batch.ops {
                apply(&root, op);
            }
            pipeline.run(&touched(&root, &before, batch)).unwrap();
            let expected = fresh(&root, &journal.dir.path().join("fresh"));
            let actual = read_tree(&output);
            let differing: std::collections::BTreeSet<&String> = expected
                .keys()
                .chain(actual.keys())
                .filter(|k| expected.get(*k) != actual.get(*k))
                .collect();
            prop_assert!(
                differing.is_empty(),
                "after batch {i} of {batches:?}, these files differ from a fresh build: {differing:?}"
            );
        }
    }
}

/// The rapid branch switch a user hit: `git checkout big; git checkout
/// main` three times, then `git checkout big`, with no pause.
#[test]
fn rapid_branch_switches_leave_no_deleted_entry_published() {
    let big = Op::Branch(0b11_1111, 1);
    let main = Op::Branch(0b00_0001, 0);
    for _ in 0..3 {
        let ops = [
            big.clone(),
            main.clone(),
            big.clone(),
            main.clone(),
            big.clone(),
            main.clone(),
            big.clone(),
        ];
        let differing = run(&ops);
        assert!(differing.is_empty(), "{differing:?}");
        let ops = [big.clone(), main.clone(), big.clone(), main.clone()];
        let differing = run(&ops);
        assert!(differing.is_empty(), "{differing:?}");
    }
}

/// A `templates/` folder deleted and made again (by a checkout) is watched
/// again: a later edit inside it shows.
#[test]
fn a_recreated_templates_folder_is_watched_again() {
    let ops = [Op::Template(0), Op::Pause(10), Op::Template(3), Op::Pause(10), Op::Template(1)];
    let differing = run(&ops);
    assert!(differing.is_empty(), "{differing:?}");
}
