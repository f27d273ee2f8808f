//! `failfolio build`.

use std::process::ExitCode;

use std::path::Path;
use std::sync::mpsc;

use failfolio::build::{BuildOptions, Outcome, build, output_dir};
use failfolio::diagnostic::Level;
use failfolio::pipeline::Pipeline;
use failfolio::report;
use failfolio::watch::watch_pipeline;

use crate::cli::BuildArgs;
use crate::cmd::watching::Printer;

pub(super) fn run(
    root: &Path,
    args: BuildArgs,
    today: jiff::civil::Date,
    color: bool,
) -> anyhow::Result<ExitCode> {
    if args.include_private {
        eprintln!(
            "warning: --include-private publishes incubating, draft and PRIVATE entries; this build is for your eyes only, never deploy it"
        );
    }
    let options = BuildOptions {
        base_url: args.base_url,
        output: args.output,
        include_unpublished: args.include_private,
        preview: args.include_private,
        today,
    };
    if args.watch {
        return watch(root, &options, color);
    }
    let include_private = options.include_unpublished;
    let build = build(root, &options)?;
    let journal = &build.journal;
    // Errors and warnings go to stderr; notes (incubating entries) too, briefly.
    // Errors and warnings go to stderr, and so do incubating entries with the
    // day each is ready (one line each); other notes belong to `check`.
    let shown: Vec<_> = build
        .report
        .diagnostics
        .iter()
        .filter(|d| d.level >= Level::Warning || d.code == "PF005")
        .cloned()
        .collect();
    if !shown.is_empty() {
        eprint!("{}", report::human(&shown, journal.sources(), color));
    }
    match build.outcome {
        Outcome::Blocked { errors } => {
            eprintln!(
                "{}",
                report::summary(
                    &build.report.diagnostics,
                    journal.files.len(),
                    build.report.allowed
                )
            );
            eprintln!(
                "error: {errors} error{} in entries that would be published; nothing was written and the previous site is unchanged",
                if errors == 1 { "" } else { "s" }
            );
            Ok(ExitCode::from(crate::cmd::FINDINGS))
        }
        Outcome::Built(s) => {
            let t = s.tally;
            let mut held = Vec::new();
            for (n, what) in
                [(t.incubating, "incubating"), (t.drafts, "draft"), (t.private, "private")]
            {
                if n > 0 {
                    held.push(format!("{n} {what}"));
                }
            }
            let held = match (held.is_empty(), include_private) {
                (true, _) => String::new(),
                (false, false) => format!(" ({} not published)", held.join(", ")),
                (false, true) => format!(" (including {})", held.join(", ")),
            };
            say!(
                "Published {} {}{held}: {} pages and {} static files in `{}` ({} ms)",
                t.published,
                if t.published == 1 { "entry" } else { "entries" },
                s.pages,
                s.static_files,
                s.output.display(),
                s.elapsed.as_millis()
            );
            if let Some(line) = failfolio::status::waiting(journal) {
                say!("{line}; `failfolio status` says which are ready");
            }
            Ok(ExitCode::SUCCESS)
        }
    }
}

/// `build --watch`: build, then rebuild on every change until Ctrl-C.
fn watch(root: &Path, options: &BuildOptions, color: bool) -> anyhow::Result<ExitCode> {
    let config = failfolio::Config::load(root)?;
    let output = output_dir(root, &config, options);
    let mut pipeline = Pipeline::new(options.pipeline(root, output.clone()))?;
    let (stop_tx, stop_rx) = mpsc::channel();
    ctrlc::set_handler(move || {
        let _ = stop_tx.send(());
    })?;
    say!("Watching `{}`, building into `{}` (Ctrl-C to stop)", root.display(), output.display());
    let mut printer = Printer::new(color);
    watch_pipeline(&mut pipeline, &stop_rx, |pipeline, result| printer.print(pipeline, result))?;
    say!("Stopped.");
    Ok(ExitCode::SUCCESS)
}
