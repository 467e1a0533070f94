//! Measures `segment::sentences` throughput on the COM(2026) 45 pair, one paragraph
//! per line as the parser would hand them over. `--print` lists the sentences instead.
//!
//! Run with `cargo run --release --example segment_speed [-- --print]`.

use std::time::Instant;

use tvilling::segment::{sentence_texts, sentences};
use tvilling::text::Lang;

fn main() {
    let print = std::env::args().any(|arg| arg == "--print");
    let mut total_bytes = 0usize;
    let mut total_seconds = 0f64;
    for (lang, path) in [(Lang::En, "fixtures/com-2026-45/en.md"), (Lang::Sv, "fixtures/com-2026-45/sv.md")] {
        let Ok(source) = std::fs::read_to_string(path) else {
            eprintln!("cannot read {path}; run from the project root");
            return;
        };
        let paragraphs: Vec<String> = source.lines().map(plain).filter(|p| !p.trim().is_empty()).collect();
        if print {
            for paragraph in &paragraphs {
                for sentence in sentence_texts(paragraph, lang) {
                    println!("{lang}\t{sentence}");
                }
            }
            continue;
        }
        let started = Instant::now();
        let detected = tvilling::text::lang::detect(std::hint::black_box(&source));
        println!("{lang}: detect → {detected:?} in {:?}", started.elapsed());
        let bytes: usize = paragraphs.iter().map(String::len).sum();
        let n_sentences: usize = paragraphs.iter().map(|p| sentences(p, lang).len()).sum();
        let rounds = 200;
        let started = Instant::now();
        let mut count = 0usize;
        for _ in 0..rounds {
            for paragraph in &paragraphs {
                count += std::hint::black_box(sentences(std::hint::black_box(paragraph), lang)).len();
            }
        }
        let seconds = started.elapsed().as_secs_f64();
        total_bytes += bytes * rounds;
        total_seconds += seconds;
        println!(
            "{lang}: {n_sentences} sentences in {} paragraphs, {bytes} bytes; {:.0} MB/s ({count} sentences counted)",
            paragraphs.len(),
            (bytes * rounds) as f64 / seconds / 1e6
        );
    }
    if !print && total_seconds > 0.0 {
        println!("both: {:.0} MB/s", total_bytes as f64 / total_seconds / 1e6);
    }
}

/// Removes footnote markers (with the space before them) and emphasis markers, roughly as
/// the parser does, so the text is what the segmenter sees.
fn plain(line: &str) -> String {
    let mut text = line.trim_start_matches('#').trim_start().replace("**", "");
    while let Some(open) = text.find("<sup>") {
        let Some(close) = text[open..].find("</sup>") else { break };
        let mut start = open;
        while start > 0 && text.as_bytes()[start - 1] == b' ' {
            start -= 1;
        }
        text.replace_range(start..open + close + "</sup>".len(), "");
    }
    text
}
