//! Prints the alignment of two Markdown files as TSV and the time it took.
//!
//! `cargo run --release --example align_timing -- EN SV [REPEAT]`: with REPEAT > 1 the pair is
//! repeated that many times (footnote labels and heading numbers renumbered) to measure scaling.

use std::time::Instant;

use tvilling::align;
use tvilling::document::{self, Format};

fn repeat(source: &str, times: usize, label_base: &mut dyn FnMut(usize) -> (usize, usize)) -> String {
    let footnote = regex::Regex::new(r"\((\d+)\)").unwrap();
    let heading = regex::Regex::new(r"(?m)^(#+ (?:\*+)?)(\d+)\.").unwrap();
    let mut out = String::new();
    for copy in 0..times {
        let (footnote_offset, heading_offset) = label_base(copy);
        let text = footnote.replace_all(source, |c: &regex::Captures| {
            format!("({})", c[1].parse::<usize>().unwrap() + footnote_offset)
        });
        let text = heading.replace_all(&text, |c: &regex::Captures| {
            format!("{}{}.", &c[1], c[2].parse::<usize>().unwrap() + heading_offset)
        });
        out.push_str(&text);
        out.push_str("\n\n");
    }
    out
}

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let src_text = std::fs::read_to_string(&args[1]).unwrap();
    let tgt_text = std::fs::read_to_string(&args[2]).unwrap();
    let times: usize = args.get(3).map_or(1, |n| n.parse().unwrap());
    let mut offsets = |copy: usize| (copy * 1000, copy * 10);
    let src_text = if times > 1 { repeat(&src_text, times, &mut offsets) } else { src_text };
    let tgt_text = if times > 1 { repeat(&tgt_text, times, &mut offsets) } else { tgt_text };
    let bytes = src_text.len() + tgt_text.len();
    let src = document::parse(&args[1], src_text, Format::Markdown);
    let tgt = document::parse(&args[2], tgt_text, Format::Markdown);
    let start = Instant::now();
    let alignment = align::align(&src, &tgt);
    let elapsed = start.elapsed();
    if times == 1 {
        print!("{}", align::to_tsv(&src, &tgt, &alignment));
    }
    eprintln!(
        "{} beads, {:?}; align {:.1} ms for {} bytes ({:.1} MB/s)",
        alignment.beads.len(),
        alignment.verdict,
        elapsed.as_secs_f64() * 1000.0,
        bytes,
        bytes as f64 / elapsed.as_secs_f64() / 1e6
    );
}
