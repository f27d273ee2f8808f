//! The integration suite: one test binary that drives the real `failfolio`
//! executable on real journal folders.
//!
//! - `bench_corpus`: the benchmark generator's journals reproduce and build.
//! - `build`: the example journal becomes a complete site.
//! - `cards`: social cards (`og:image`): present, sized, private-safe, reproducible.
//! - `browser`: a real headless Chromium on built and served pages (with
//!   `--features browser`, or `--all-features`).
//! - `check`: diagnostics, formats and exit codes.
//! - `external`: `check --external` against a local HTTP server.
//! - `firsthour`: what a new user hits first: messages and defaults.
//! - `hostile`: broken, huge and malicious files: a diagnostic, never a panic.
//! - `languages`: `language:`, the translations and a journal's own strings.
//! - `lsp`: the language server over stdio, and Neovim as its client.
//! - `privacy`: private, draft and incubating entries never reach the site.
//! - `properties`: generated journals: escaping, determinism.
//! - `rules`: each rule's fixtures.
//! - `security`: the guarantees of `docs/security.md`.
//! - `serve`: the preview server and live reload.
//! - `site`: the pages, feed, search index and charts.
//! - `watch`: `build --watch` and the watch session.
//! - `watch_property`: random file operations under a real watcher: the
//!   output always equals a fresh build.
//! - `workflow`: `init`, `new`, `status`, `schema`, completions.

mod util;

mod bench_corpus;
#[cfg(feature = "browser")]
mod browser;
mod build;
mod cards;
mod check;
mod external;
mod firsthour;
mod hostile;
mod languages;
mod lsp;
mod privacy;
mod properties;
mod rules;
mod security;
mod serve;
mod site;
mod watch;
mod watch_property;
mod workflow;
