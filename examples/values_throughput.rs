//! Measures the throughput of `values::extract` on the COM(2026) 45 pair, line by line.
//!
//! Run with `cargo run --release --example values_throughput`.

use std::time::Instant;

use tvilling::text::Lang;
use tvilling::values::extract;

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let mut inputs = Vec::new();
    for (name, lang) in [("en.md", Lang::En), ("sv.md", Lang::Sv)] {
        let path = format!("{root}/fixtures/com-2026-45/{name}");
        match std::fs::read_to_string(&path) {
            Ok(text) => inputs.push((text, lang)),
            Err(error) => {
                eprintln!("cannot read {path}: {error}");
                return;
            }
        }
    }
    let bytes: usize = inputs.iter().map(|(text, _)| text.len()).sum();
    // Warm up the lazily compiled patterns before timing.
    let mut n_values = 0;
    for (text, lang) in &inputs {
        n_values += text.lines().map(|line| extract(line, *lang).len()).sum::<usize>();
    }
    let rounds = 50;
    let started = Instant::now();
    for _ in 0..rounds {
        for (text, lang) in &inputs {
            for line in text.lines() {
                std::hint::black_box(extract(line, *lang));
            }
        }
    }
    let seconds = started.elapsed().as_secs_f64();
    let megabytes = (bytes * rounds) as f64 / 1_000_000.0;
    println!(
        "{n_values} values in {bytes} bytes; {rounds} rounds in {seconds:.3} s: {:.1} MB/s",
        megabytes / seconds
    );
}
