//! Fuzz target: arbitrary text as a knowledge (TOML) file.
//! Invariants: see `storybot_fuzz::load`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| storybot_fuzz::load(data));
