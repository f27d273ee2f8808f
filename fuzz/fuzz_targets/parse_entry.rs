//! Any bytes as an entry file: decoding, splitting, parsing, every rule,
//! and rendering the page must never panic.
#![no_main]

use std::path::Path;
use std::sync::LazyLock;

use failfolio::check::{Context, Settings, check_entry};
use failfolio::journal::parse;
use libfuzzer_sys::fuzz_target;

/// Compiling the phrase lists is the slow part; do it once.
static SETTINGS: LazyLock<Settings> = LazyLock::new(Settings::default);

fuzz_target!(|data: &[u8]| {
    let rel = Path::new("entries/2026-03-02-fuzz.md");
    let Ok(source) = parse::decode(rel, data.to_vec()) else { return };
    let parsed = parse::parse(rel, source);
    let Some(entry) = parsed.entry else { return };
    let cx = Context::of_entries([&entry], &SETTINGS, jiff::civil::date(2026, 11, 23));
    let mut out = Vec::new();
    check_entry(&cx, &entry, &mut out);
    let _ = failfolio::render::markdown::render(entry.body(), failfolio::config::RawHtml::Escape);
});
