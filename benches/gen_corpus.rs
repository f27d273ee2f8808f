//! Writes a generated benchmark journal (see `benches/corpus/mod.rs`):
//!
//! ```sh
//! cargo bench --bench gen_corpus -- OUT_DIR N [--seed S]
//! ```
//!
//! N entries named `YYYY-MM-DD-slug.md` go into OUT_DIR (created if
//! missing); the same N and seed (default 42) give byte-identical files.
//! Cargo runs bench binaries from the package root, so give OUT_DIR as an
//! absolute path. The `--bench` argument cargo adds is ignored. It measures
//! nothing, so `bench = false` in Cargo.toml keeps it out of a plain
//! `cargo bench`.

mod corpus;

use std::path::PathBuf;
use std::process::ExitCode;

const USAGE: &str = "usage: cargo bench --bench gen_corpus -- OUT_DIR N [--seed S]";

fn main() -> ExitCode {
    let (dir, n, seed) = match parse(std::env::args().skip(1).filter(|a| a != "--bench")) {
        Ok(parsed) => parsed,
        Err(message) => {
            eprintln!("gen_corpus: {message}\n{USAGE}");
            return ExitCode::from(2);
        }
    };
    match corpus::write_journal(&dir, n, seed) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => {
            eprintln!("gen_corpus: cannot write {n} entries into {}: {e}", dir.display());
            ExitCode::FAILURE
        }
    }
}

/// `OUT_DIR N [--seed S]`; `--seed S` (or `--seed=S`) may come anywhere.
fn parse(mut args: impl Iterator<Item = String>) -> Result<(PathBuf, usize, u64), String> {
    let mut positional = Vec::new();
    let mut seed = corpus::DEFAULT_SEED;
    while let Some(arg) = args.next() {
        let value = if arg == "--seed" {
            args.next().ok_or("--seed needs a value")?
        } else if let Some(value) = arg.strip_prefix("--seed=") {
            value.to_string()
        } else if arg.starts_with('-') && arg.len() > 1 {
            return Err(format!("unknown option `{arg}`"));
        } else {
            positional.push(arg);
            continue;
        };
        seed = value.parse().map_err(|_| format!("the seed must be a number, got `{value}`"))?;
    }
    let [dir, n] = <[String; 2]>::try_from(positional)
        .map_err(|p| format!("expected OUT_DIR and N, not {} argument(s)", p.len()))?;
    let n = n.parse().map_err(|_| format!("N must be a number, got `{n}`"))?;
    Ok((PathBuf::from(dir), n, seed))
}
