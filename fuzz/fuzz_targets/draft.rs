//! Fuzz target: arbitrary text as an article to draft knowledge from.
//! Invariants: see `storybot_fuzz::draft`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| storybot_fuzz::draft(data));
