//! The stages of a build, in process, with criterion: load (read and parse
//! every entry), check (every rule), render (every page, in memory) and a
//! watch-mode rebuild after one save.
//!
//! ```sh
//! cargo bench --bench stages                      # 1,000 generated entries
//! FAILFOLIO_BENCH_N=10000 cargo bench --bench stages
//! ```
//!
//! The journal is generated with `../shared/bench/gen_corpus.py` when it is
//! there (every rule lowered to `warning`, as in `benches/compare.sh`);
//! otherwise the example journal is used. Whole-program figures against
//! Hugo come from `benches/compare.sh`; see docs/performance.md.

use std::path::{Path, PathBuf};
use std::process::Command;

use criterion::{Criterion, criterion_group, criterion_main};
use failfolio::build::load;
use failfolio::check::check;
use failfolio::render::Renderer;
use failfolio::render::theme::Theme;
use failfolio::site::Site;
use failfolio::watch::{Session, SessionOptions};

/// A journal to measure, in a temporary folder.
fn journal() -> (tempfile::TempDir, PathBuf) {
    let repo = Path::new(env!("CARGO_MANIFEST_DIR"));
    let dir = tempfile::tempdir().unwrap();
    let root = dir.path().join("journal");
    let entries = root.join("entries");
    std::fs::create_dir_all(&entries).unwrap();
    let n = std::env::var("FAILFOLIO_BENCH_N").unwrap_or_else(|_| "1000".into());
    let generator = repo.join("../shared/bench/gen_corpus.py");
    let generated = generator.is_file()
        && Command::new("python3")
            .arg(&generator)
            .arg(&entries)
            .arg(&n)
            .stdout(std::process::Stdio::null())
            .status()
            .is_ok_and(|s| s.success());
    if generated {
        let rules: String = (1..=12).map(|i| format!("  PF{i:03}: warning\n")).collect();
        std::fs::write(
            root.join("failfolio.yaml"),
            format!("title: Bench\nbase_url: https://example.com/\nrules:\n{rules}"),
        )
        .unwrap();
    } else {
        eprintln!("gen_corpus.py not found: measuring the example journal");
        let example = repo.join("example-journal");
        std::fs::copy(example.join("failfolio.yaml"), root.join("failfolio.yaml")).unwrap();
        for entry in walkdir::WalkDir::new(example.join("entries")) {
            let entry = entry.unwrap();
            let to = entries.join(entry.path().strip_prefix(example.join("entries")).unwrap());
            if entry.file_type().is_dir() {
                std::fs::create_dir_all(&to).unwrap();
            } else {
                std::fs::copy(entry.path(), &to).unwrap();
            }
        }
    }
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

    let mut session = Session::new(SessionOptions {
        root: root.clone(),
        output: dir.path().join("out"),
        include_unpublished: false,
        base_url: None,
        live_reload: false,
        today,
    })
    .unwrap();
    session.rebuild().unwrap();
    let saved = journal.files[journal.files.len() / 2].path.clone();
    let path = root.join(&saved);
    let text = std::fs::read_to_string(&path).unwrap();
    let mut n = 0u64;
    group.bench_function("rebuild after one save", |b| {
        b.iter(|| {
            n += 1;
            std::fs::write(&path, format!("{text}\nsave {n}\n")).unwrap();
            session.rebuild_touched(std::slice::from_ref(&path)).unwrap()
        })
    });
    group.finish();
}

criterion_group!(benches, stages);
criterion_main!(benches);
