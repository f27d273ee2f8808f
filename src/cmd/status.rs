//! `failfolio status`.

use std::path::Path;
use std::process::ExitCode;

use failfolio::check::check;
use failfolio::pipeline::load;
use failfolio::status::status;

use crate::cli::{StatusArgs, StatusFormat};

pub(super) fn run(
    root: &Path,
    args: StatusArgs,
    today: jiff::civil::Date,
) -> anyhow::Result<ExitCode> {
    let (journal, settings) = load(root, &[])?;
    let report = check(&journal, &settings, today);
    let s = status(&journal, &report, &settings, today);
    if args.format == StatusFormat::Ics {
        // The full path in each event, so the calendar says which file to open.
        let abs = std::fs::canonicalize(root).unwrap_or_else(|_| root.to_path_buf());
        let reminders = failfolio::calendar::reminders(&journal, &settings);
        say_raw!("{}", failfolio::calendar::ics(&reminders, &abs, &journal.config.title, today));
        return Ok(ExitCode::SUCCESS);
    }
    if args.format == StatusFormat::Json {
        say!("{}", serde_json::to_string_pretty(&s)?);
        return Ok(ExitCode::SUCCESS);
    }
    say!("Status of `{}` on {}\n", root.display(), s.today);
    let (ready, waiting): (Vec<_>, Vec<_>) = s.incubating.iter().partition(|i| i.ready_now);
    if !ready.is_empty() {
        say!(
            "Ready to re-encounter — re-read, fill in the review, add `processed:` ({})",
            ready.len()
        );
        for i in &ready {
            say!("  since {}  {}\n                    {}", i.ready, i.title, i.file.display());
        }
        say!();
    }
    if !waiting.is_empty() {
        say!("Incubating — not ready yet ({})", waiting.len());
        for i in &waiting {
            say!("  ready {}  {}\n                    {}", i.ready, i.title, i.file.display());
        }
        say!();
    }
    if !s.with_errors.is_empty() {
        say!("With errors — run `failfolio check` for the details ({})", s.with_errors.len());
        for w in &s.with_errors {
            say!(
                "  {} error{}  {}",
                w.errors,
                if w.errors == 1 { " " } else { "s" },
                w.file.display()
            );
        }
        say!();
    }
    if !s.untested.is_empty() {
        say!(
            "Adjustments never tested by a later attempt — try one, then write it up with `followup` ({})",
            s.untested.len()
        );
        for u in &s.untested {
            say!(
                "  {:>4} days  {}\n             {}",
                u.days,
                u.title,
                failfolio::render::excerpt(&u.adjustment, 90)
            );
        }
        say!();
    }
    let t = &s.totals;
    say!(
        "{} entries: {} processed, {} incubating, {} draft, {} private; {} with errors; {} of {} adjustments tested",
        t.files,
        t.processed,
        t.incubating,
        t.drafts,
        t.private,
        t.with_errors,
        t.tested,
        t.processed
    );
    if let Some(line) = failfolio::status::waiting(&journal) {
        say!("{line}");
    }
    Ok(ExitCode::SUCCESS)
}
