//! `failfolio check`.

use std::path::Path;
use std::process::ExitCode;

use failfolio::check::check;
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
    let report = check(&journal, &settings, today);
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
