//! The stages of a build, in process, with criterion: load (read and parse
//! every entry), check (every rule), render (every page, in memory) and a
//! watch-mode rebuild after one save.
//!
//! ```sh
//! cargo bench --bench stages                      # 1,000 generated entries
//! FAILFOLIO_BENCH_N=10000 cargo bench --bench stages
//! ```
//!
//! The journal is generated in a temporary folder by `benches/corpus/mod.rs`
//! (the generator behind `cargo bench --bench gen_corpus`, seed 42), with
//! every rule lowered to `warning`, as in `benches/compare.sh`. Whole-program
//! figures against Hugo come from `benches/compare.sh`; see
//! docs/performance.md.

// criterion_group! and criterion_main! make undocumented functions.
#![allow(missing_docs)]

mod corpus;

use std::path::PathBuf;

use criterion::{Criterion, criterion_group, criterion_main};
use failfolio::check::check;
use failfolio::pipeline::load;
use failfolio::pipeline::{self, Pipeline};
use failfolio::render::Renderer;
use failfolio::render::theme::Theme;
use failfolio::site::Site;

/// A generated journal to measure, in a temporary folder.
fn journal() -> (tempfile::TempDir, PathBuf) {
    let dir = tempfile::tempdir().expect("cannot create a temporary folder for the journal");
    let root = dir.path().join("journal");
    let entries = root.join("entries");
    let n = std::env::var("FAILFOLIO_BENCH_N").map_or(1000, |n| {
        n.parse().unwrap_or_else(|_| panic!("FAILFOLIO_BENCH_N must be a number, got `{n}`"))
    });
    if let Err(e) = corpus::write_journal(&entries, n, corpus::DEFAULT_SEED) {
        panic!("cannot generate the {n}-entry bench journal in {}: {e}", entries.display());
    }
    let rules: String = (1..=12).map(|i| format!("  PF{i:03}: warning\n")).collect();
    std::fs::write(
        root.join("failfolio.yaml"),
        format!("title: Bench\nbase_url: https://example.com/\nrules:\n{rules}"),
    )
    .expect("cannot write the bench journal's failfolio.yaml");
    (dir, root)
}

fn stages(c: &mut Criterion) {
    let (dir, root) = journal();
    let today = jiff::civil::date(2026, 11, 23);
    let mut group = c.benchmark_group("stages");
    group.sample_size(10);

    group.bench_function("load", |b| b.iter(|| load(&root, &[]).unwrap()));
    let (journal, settings) = load(&root, &[]).unwrap();
    group.bench_function("check", |b| b.iter(|| check(&journal, &settings, today)));

    let site = Site::new(&journal.config, journal.entries().filter(|e| e.is_publishable()));
    let theme = Theme::load(&root, &journal.config).unwrap();
    let renderer = Renderer::new(&theme, journal.config.markdown.raw_html).unwrap();
    group.bench_function("render", |b| b.iter(|| renderer.render_site(&site, false).unwrap()));

    let mut pipeline = Pipeline::new(pipeline::Options {
        root: root.clone(),
        output: dir.path().join("out"),
        include_unpublished: false,
        badges: false,
        base_url: None,
        live_reload: false,
        today,
    })
    .unwrap();
    pipeline.run(&[]).unwrap();
    let saved = journal.files[journal.files.len() / 2].path.clone();
    let path = root.join(&saved);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut n = 0u64;
    group.bench_function("rebuild after one save", |b| {
        b.iter(|| {
            n += 1;
            std::fs::write(&path, format!("{text}\nsave {n}\n")).unwrap();
            pipeline.run(std::slice::from_ref(&path)).unwrap()
        })
    });
    // What the watcher runs once a burst of changes has settled: every
    // file's metadata looked at again, when nothing changed.
    let entries = root.join("entries");
    group.bench_function("settle pass, nothing changed", |b| {
        b.iter(|| pipeline.run(std::slice::from_ref(&entries)).unwrap())
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
