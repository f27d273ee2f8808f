//! `failfolio serve`.

use std::process::ExitCode;

use failfolio::serve::{Preview, ServeOptions};

use crate::cli::ServeArgs;
use crate::cmd::watching::Printer;

pub(super) fn run(
    root: std::path::PathBuf,
    args: ServeArgs,
    today: jiff::civil::Date,
    color: bool,
) -> anyhow::Result<ExitCode> {
    let preview = Preview::bind(ServeOptions {
        root,
        bind: args.bind,
        port: args.port,
        public: args.public,
        today,
    })?;
    if !args.bind.is_loopback() {
        eprintln!(
            "warning: listening on {}: anyone who can reach this machine can read the preview{}. Use `--bind 127.0.0.1` to keep it to yourself.",
            args.bind,
            if args.public { "" } else { ", including incubating, draft and PRIVATE entries" }
        );
    }
    let url = preview.url().to_string();
    say!("Serving {url} (Ctrl-C to stop)");
    say!(
        "{}",
        if args.public {
            "Showing only what `failfolio build` publishes."
        } else {
            "Showing incubating, draft and private entries too, with badges (`--public` to hide them)."
        }
    );
    let mut printer = Printer::new(color);
    let mut open = args.open.then_some(url);
    preview.run(move |pipeline, result| {
        printer.print(pipeline, result);
        if let Some(url) = open.take() {
            open_browser(&url);
        }
    })?;
    say!("Stopped.");
    Ok(ExitCode::SUCCESS)
}

/// Opens `url` in the default browser, or says how to.
fn open_browser(url: &str) {
    let mut command = if cfg!(target_os = "macos") {
        std::process::Command::new("open")
    } else if cfg!(windows) {
        let mut c = std::process::Command::new("cmd");
        c.args(["/C", "start", ""]);
        c
    } else {
        std::process::Command::new("xdg-open")
    };
    let spawned = command
        .arg(url)
        .stdin(std::process::Stdio::null())
        .stdout(std::process::Stdio::null())
        .stderr(std::process::Stdio::null())
        .spawn();
    if let Err(err) = spawned {
        eprintln!("warning: could not open a browser ({err}); open {url} yourself");
    }
}
