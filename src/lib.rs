//! failfolio: a static site generator for failure portfolios.
//!
//! A journal is a folder of Markdown entries with YAML front matter, one
//! per failure. failfolio checks, the way a compiler checks code, that each
//! failure has been *processed* — a specific expectation, outcome and gap,
//! an incubation period, a testable adjustment, an identity check — and
//! renders the processed ones into a failure-résumé website.
//!
//! Every command runs the same stages, held by one [`pipeline::Pipeline`]:
//!
//! 1. **inputs** — `failfolio.yaml`, templates, static files and themes,
//!    resolved into rule [`check::Settings`], a theme and a renderer;
//! 2. **load** — every entry read and parsed ([`pipeline::load`]);
//! 3. **check** — [`check::check`] runs the rules PF001–PF012;
//! 4. **gate** — errors in entries that would be published stop the build;
//! 5. **plan** — [`Site::new`] decides what is on the site and how entries
//!    relate (tags, years, attempt chains), and which pages changed;
//! 6. **render** — [`render::Renderer`] turns pages into bytes, in parallel;
//! 7. **write** — the output stage swaps the new site in atomically, or writes
//!    only the files whose bytes changed.
//!
//! `build` runs the pipeline once; `build --watch` and `serve` keep it and
//! run it again after every change, redoing only what the change touched.
//!
//! ```no_run
//! let options = failfolio::build::BuildOptions {
//!     output: None,
//!     include_unpublished: false,
//!     preview: false,
//!     today: jiff::civil::date(2026, 11, 23),
//!     base_url: None,
//! };
//! let build = failfolio::build::build("example-journal".as_ref(), &options)?;
//! # Ok::<(), failfolio::Error>(())
//! ```

#![warn(clippy::print_stdout, clippy::print_stderr)]

pub mod build;
pub mod calendar;
pub mod check;
pub mod config;
pub mod diagnostic;
mod entry;
pub mod error;
pub mod i18n;
pub mod init;
pub mod journal;
pub mod links;
pub mod lsp;
pub mod new_entry;
mod output;
pub mod paths;
pub mod pipeline;
pub mod render;
pub mod report;
pub mod schema;
#[cfg(feature = "serve")]
pub mod serve;
pub mod site;
pub mod status;
pub mod watch;

pub use config::Config;
pub use diagnostic::{Diagnostic, Level};
pub use entry::{Decision, Entry, FrontMatter, KeyIndex, KeySpan, Stage, Stakes, Visibility, When};
pub use error::{Error, Result};
pub use journal::Journal;
pub use output::WriteStats;
pub use site::Site;
