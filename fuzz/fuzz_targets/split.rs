//! The front-matter splitter and key index on any text: never panic, and
//! every span they report lies on character boundaries of the input.
#![no_main]

use failfolio::journal::front_matter::{scan_keys, split};
use libfuzzer_sys::fuzz_target;

fuzz_target!(|text: &str| {
    if let Ok(s) = split(text) {
        assert!(text.is_char_boundary(s.body_start) && s.body_start <= text.len());
        for key in scan_keys(text, &s).iter() {
            assert!(text.get(key.key.clone()).is_some());
            assert!(text.get(key.value.clone()).is_some());
        }
    }
});
