//! Times every stage of the pipeline on the COM(2026) 45 pair, cold (first call, patterns
//! compiled on the way) and warm (median of later rounds).
//!
//! `cargo run --release --example stage_timing -- [REPEAT]`; set `RAYON_NUM_THREADS=1` to
//! measure one core. With REPEAT > 1 the pair is repeated (see `benches/scale.rs`).

use std::time::Instant;

use tvilling::document::{self, Format};
use tvilling::text::Lang;

#[path = "../benches/scale.rs"]
mod scale;

fn main() {
    let root = env!("CARGO_MANIFEST_DIR");
    let read = |name: &str| std::fs::read_to_string(format!("{root}/fixtures/com-2026-45/{name}"));
    let (Ok(en), Ok(sv)) = (read("en.md"), read("sv.md")) else {
        eprintln!("cannot read the fixture pair");
        return;
    };
    let repeat: usize = std::env::args().nth(1).and_then(|n| n.parse().ok()).unwrap_or(1);
    let (en, sv) = (scale::scale(&en, repeat), scale::scale(&sv, repeat));
    let bytes = en.len() + sv.len();
    let rounds = std::env::var("STAGE_ROUNDS").ok().and_then(|n| n.parse().ok()).unwrap_or(if repeat > 10 {
        3
    } else {
        20
    });
    let mut times: Vec<[f64; 6]> = Vec::new();
    for round in 0..rounds {
        if round == 1 {
            warm_start();
        }
        let mut t = [0.0; 6];
        let clock = Instant::now();
        let mut src = document::parse("en.md", en.clone(), Format::Markdown);
        let mut tgt = document::parse("sv.md", sv.clone(), Format::Markdown);
        t[0] = clock.elapsed().as_secs_f64();
        let clock = Instant::now();
        src.lang = tvilling::text::lang::detect(&src.source);
        tgt.lang = tvilling::text::lang::detect(&tgt.source);
        t[1] = clock.elapsed().as_secs_f64();
        let clock = Instant::now();
        let (sv_, tv_) = rayon::join(
            || tvilling::pipeline::document_values(&src, Lang::En),
            || tvilling::pipeline::document_values(&tgt, Lang::Sv),
        );
        t[2] = clock.elapsed().as_secs_f64();
        let clock = Instant::now();
        let alignment = tvilling::align::align_with_values(
            &src,
            &tgt,
            &sv_,
            &tv_,
            &tvilling::align::AlignOptions::default(),
        );
        t[3] = clock.elapsed().as_secs_f64();
        let clock = Instant::now();
        let input = tvilling::check::context::Input {
            src: &src,
            tgt: &tgt,
            alignment: &alignment,
            src_values: &sv_,
            tgt_values: &tv_,
        };
        let outcome = tvilling::check::run(&input, &tvilling::check::Config::default());
        t[4] = clock.elapsed().as_secs_f64();
        std::hint::black_box(outcome);
        t[5] = t[..5].iter().sum();
        times.push(t);
    }
    let names = ["parse", "lang", "values", "align", "check", "total"];
    println!("{} bytes, {rounds} rounds", bytes);
    for (i, name) in names.iter().enumerate() {
        let cold = times[0][i] * 1000.0;
        let mut warm: Vec<f64> = times[1..].iter().map(|t| t[i] * 1000.0).collect();
        warm.sort_by(f64::total_cmp);
        let median = warm.get(warm.len() / 2).copied().unwrap_or(cold);
        let rate = bytes as f64 / 1e6 / (median / 1000.0);
        println!("{name:>7}: cold {cold:8.2} ms  warm {median:8.2} ms  {rate:8.1} MB/s");
    }
}

/// Called once, before the first warm round: a profiler can reset its counters here
/// (`valgrind --tool=callgrind --zero-before=stage_timing::warm_start`).
#[inline(never)]
fn warm_start() {
    std::hint::black_box(());
}
