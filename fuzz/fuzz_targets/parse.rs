//! Fuzz target: see `parse` in fuzz/checks.rs for the property checked.
#![no_main]

#[path = "../checks.rs"]
#[allow(dead_code)]
mod checks;

libfuzzer_sys::fuzz_target!(|data: &[u8]| checks::parse(data));
