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
    // Labels stay within the four digits (footnotes) and three digits (headings) the parser reads.
    let mut offsets = |copy: usize| (copy * 73, copy * 8);
    let src_text = if times > 1 { repeat(&src_text, times, &mut offsets) } else { src_text };
    let tgt_text = if times > 1 { repeat(&tgt_text, times, &mut offsets) } else { tgt_text };
    let bytes = src_text.len() + tgt_text.len();
    let src = document::parse(&args[1], src_text, Format::Markdown);
    let tgt = document::parse(&args[2], tgt_text, Format::Markdown);
    // The first run pays for compiling the value patterns; time the second.
    let _ = align::align(&src, &tgt);
    // Best of several runs: the machine is shared.
    let runs = if times >= 100 { 2 } else { 5 };
    let mut elapsed = std::time::Duration::MAX;
    let mut alignment = align::align(&src, &tgt);
    for _ in 0..runs {
        let start = Instant::now();
        alignment = align::align(&src, &tgt);
        elapsed = elapsed.min(start.elapsed());
    }
    print!("{}", align::to_tsv(&src, &tgt, &alignment));
    // As in the pipeline, which extracts the values of every block anyway.
    let values_start = Instant::now();
    let src_values: Vec<Vec<_>> =
        src.blocks.iter().map(|b| tvilling::values::extract(&b.text, tvilling::text::Lang::En)).collect();
    let tgt_values: Vec<Vec<_>> =
        tgt.blocks.iter().map(|b| tvilling::values::extract(&b.text, tvilling::text::Lang::Sv)).collect();
    let values_elapsed = values_start.elapsed();
    let start = Instant::now();
    let again =
        align::align_with_values(&src, &tgt, &src_values, &tgt_values, &align::AlignOptions::default());
    let given_elapsed = start.elapsed();
    assert_eq!(again, alignment);
    eprintln!(
        "values::extract {:.1} ms (one thread); align with given values {:.1} ms ({:.1} MB/s)",
        values_elapsed.as_secs_f64() * 1000.0,
        given_elapsed.as_secs_f64() * 1000.0,
        bytes as f64 / given_elapsed.as_secs_f64() / 1e6
    );
    eprintln!(
        "{} beads, {:?}; align {:.1} ms for {} bytes ({:.1} MB/s)",
        alignment.beads.len(),
        alignment.verdict,
        elapsed.as_secs_f64() * 1000.0,
        bytes,
        bytes as f64 / elapsed.as_secs_f64() / 1e6
    );
}
