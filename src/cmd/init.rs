//! `failfolio init`.

use std::process::ExitCode;

use failfolio::init::init;

use crate::cli::InitArgs;

pub(super) fn run(
    dir: &std::path::Path,
    args: InitArgs,
    today: jiff::civil::Date,
) -> anyhow::Result<ExitCode> {
    let report = init(dir, args.force, today)?;
    for path in &report.created {
        say!("  created  {}", dir.join(path).display());
    }
    for path in &report.kept {
        say!("  kept     {} (already there)", dir.join(path).display());
    }
    let dir = dir.display();
    say!(
        "\nA journal is ready in `{dir}`. Next:\n  cd {dir}\n  failfolio new \"What failed\"   write an entry (from any folder of the journal)\n  failfolio build               publish the processed ones"
    );
    Ok(ExitCode::SUCCESS)
}
