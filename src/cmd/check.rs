//! `failfolio check`.

use std::path::Path;
use std::process::ExitCode;

use failfolio::check::{check, external_links};
use failfolio::diagnostic::Level;
use failfolio::pipeline::load;
use failfolio::report;

use crate::cli::{CheckArgs, Deny, FormatArg};

pub(super) fn run(
    root: &Path,
    args: CheckArgs,
    today: jiff::civil::Date,
    color: bool,
) -> anyhow::Result<ExitCode> {
    let (journal, settings) = load(root, &[])?;
    let mut report = check(&journal, &settings, today);
    if args.external {
        let options = external_links::Options {
            timeout: std::time::Duration::from_secs(args.external_timeout),
            ..external_links::Options::default()
        };
        let summary = external_links::check_external(&journal, &settings, &options, &mut report);
        for note in &summary.cache_notes {
            eprintln!("note: {note}");
        }
        if args.format == FormatArg::Human {
            eprintln!("{}", external_summary(&summary));
        }
    }
    let diagnostics = &report.diagnostics;
    match args.format {
        FormatArg::Human => {
            say_raw!("{}", report::human(diagnostics, journal.sources(), color));
            say!("{}", report::summary(diagnostics, journal.files.len(), report.allowed));
            if let Some(first) = diagnostics.iter().find(|d| d.level >= Level::Warning) {
                say!("For more on a rule, run `failfolio explain {}`.", first.code);
            }
        }
        FormatArg::Json => say_raw!("{}", report::json(diagnostics)),
        FormatArg::Github => say_raw!("{}", report::github(diagnostics, root)),
        FormatArg::Short => say_raw!("{}", report::short(diagnostics)),
    }
    let failing = if args.deny == Some(Deny::Warnings) { Level::Warning } else { Level::Error };
    if diagnostics.iter().any(|d| d.level >= failing) {
        Ok(ExitCode::from(crate::cmd::FINDINGS))
    } else {
        Ok(ExitCode::SUCCESS)
    }
}

/// `Followed 12 external links: 9 requested, 3 known good from the cache; 1 broken.`
fn external_summary(s: &external_links::Summary) -> String {
    let plural = |n: usize| if n == 1 { "" } else { "s" };
    format!(
        "Followed {} external link{}: {} requested, {} known good from the cache; {} broken.",
        s.addresses,
        plural(s.addresses),
        s.requested,
        s.cached,
        s.broken
    )
}
