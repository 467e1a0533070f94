//! Prints the sentences of every block of a parsed document, one per line.
//!
//! Run with `cargo run --example segment_parsed -- FILE en|sv`.

use tvilling::document::{Format, parse};
use tvilling::segment::sentence_texts;
use tvilling::text::Lang;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(lang)) = (args.get(1), args.get(2).and_then(|code| Lang::from_code(code))) else {
        eprintln!("usage: segment_parsed FILE en|sv");
        return;
    };
    let Ok(source) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let document = parse(path, source, Format::Markdown);
    for block in &document.blocks {
        for sentence in sentence_texts(&block.text, lang) {
            println!(
                "{}\t{}",
                block.lines.first().copied().unwrap_or_default(),
                sentence.replace('\n', "\\n")
            );
        }
    }
}
