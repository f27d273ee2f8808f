//! `failfolio rules` and `failfolio explain`.

use std::path::Path;
use std::process::ExitCode;

use anyhow::bail;
use failfolio::check::{RULES, Settings, find_rule};
use failfolio::config::{Config, FILE_NAME, did_you_mean};

use crate::cli::ExplainArgs;

pub(super) fn list(journal: Option<&Path>) -> anyhow::Result<ExitCode> {
    let settings = match journal {
        Some(root) => {
            let config = Config::load(root)?;
            Settings::from_config(&config, &root.join(FILE_NAME), config.source_text.as_deref())?
        }
        None => Settings::default(),
    };
    say!("{:<7} {:<22} {:<8} summary", "code", "name", "level");
    for rule in RULES {
        let summary = rule.summary();
        say!(
            "{:<7} {:<22} {:<8} {summary}",
            rule.code(),
            rule.name(),
            settings.level(*rule).as_str()
        );
    }
    say!("\nRun `failfolio explain <code>` for a rule's reasoning and examples.");
    Ok(ExitCode::SUCCESS)
}

pub(super) fn explain(args: ExplainArgs) -> anyhow::Result<ExitCode> {
    let Some(rule) = find_rule(&args.rule) else {
        let names = RULES.iter().flat_map(|r| [r.code(), r.name()]);
        match did_you_mean(&args.rule, names) {
            Some(s) => bail!("unknown rule `{}`; did you mean `{s}`?", args.rule),
            None => bail!("unknown rule `{}`; `failfolio rules` lists them all", args.rule),
        }
    };
    say_raw!("{}", rule.explain());
    Ok(ExitCode::SUCCESS)
}
