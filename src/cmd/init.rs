//! `failfolio init`.

use std::process::ExitCode;

use failfolio::init::init;

use crate::cli::InitArgs;

pub(super) fn run(args: InitArgs, today: jiff::civil::Date) -> anyhow::Result<ExitCode> {
    let report = init(&args.dir, args.force, today)?;
    for path in &report.created {
        say!("  created  {}", args.dir.join(path).display());
    }
    for path in &report.kept {
        say!("  kept     {} (already there)", args.dir.join(path).display());
    }
    let dir = args.dir.display();
    say!(
        "\nA journal is ready in `{dir}`. Next:\n  failfolio new \"What failed\" --journal {dir}   write an entry\n  failfolio build {dir}                          publish the processed ones"
    );
    Ok(ExitCode::SUCCESS)
}
