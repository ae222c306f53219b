//! Fuzz target: arbitrary bytes as a question and as a name, on the built-in story.
//! Invariants: see `storybot_fuzz::answer`.
#![no_main]

use libfuzzer_sys::fuzz_target;

fuzz_target!(|data: &[u8]| storybot_fuzz::answer(data));
