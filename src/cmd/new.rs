//! `failfolio new`.

use std::process::{Command, ExitCode};

use anyhow::{Context, bail};
use failfolio::new_entry::new_entry;

use crate::cli::NewArgs;

pub(super) fn run(
    root: &std::path::Path,
    args: NewArgs,
    today: jiff::civil::Date,
) -> anyhow::Result<ExitCode> {
    let rel = new_entry(root, &args.title, args.date.unwrap_or(today))?;
    let path = root.join(&rel);
    say!("{}", path.display());
    if args.edit {
        let editor = std::env::var("VISUAL")
            .ok()
            .filter(|v| !v.trim().is_empty())
            .or_else(|| std::env::var("EDITOR").ok().filter(|v| !v.trim().is_empty()));
        let Some(editor) = editor else {
            bail!(
                "`{}` is written, but --edit found no editor to open it in: open it yourself, or set $VISUAL or $EDITOR (for example `export EDITOR=nano` in your shell's profile) and `--edit` will use it",
                path.display()
            );
        };
        // Like git: the variable may hold arguments (`code --wait`), so let the shell split it.
        let status = Command::new("sh")
            .arg("-c")
            .arg(format!("{editor} \"$@\""))
            .arg(&editor)
            .arg(&path)
            .status()
            .with_context(|| format!("failed to start the editor `{editor}`"))?;
        if !status.success() {
            bail!(
                "the editor `{editor}` exited with {status}; the entry is saved at `{}`",
                path.display()
            );
        }
    }
    Ok(ExitCode::SUCCESS)
}
