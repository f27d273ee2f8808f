//! `failfolio schema` and `failfolio completions`.

use std::process::ExitCode;

use clap::CommandFactory;

use failfolio::schema::{Draft, entry_schema_for};

use crate::cli::{Cli, CompletionsArgs, SchemaArgs};

pub(super) fn schema(args: SchemaArgs) -> anyhow::Result<ExitCode> {
    let draft = if args.draft == "7" { Draft::Draft07 } else { Draft::Draft2020_12 };
    say!("{}", serde_json::to_string_pretty(&entry_schema_for(draft))?);
    Ok(ExitCode::SUCCESS)
}

pub(super) fn completions(args: CompletionsArgs) -> anyhow::Result<ExitCode> {
    let mut script = Vec::new();
    clap_complete::generate(args.shell, &mut Cli::command(), "failfolio", &mut script);
    say_raw!("{}", String::from_utf8_lossy(&script));
    Ok(ExitCode::SUCCESS)
}
