//! The integration suite: one test binary that drives the real `failfolio`
//! executable on real journal folders.
//!
//! - `build`: the example journal becomes a complete site.
//! - `check`: diagnostics, formats and exit codes.

mod util;

mod browser;
mod build;
mod check;
mod hostile;
mod privacy;
mod properties;
mod rules;
mod serve;
mod site;
mod watch;
mod workflow;
