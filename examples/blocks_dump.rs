//! Prints the blocks of a parsed document, one per line: first source line, kind, text.
//!
//! Run with `cargo run --example blocks_dump -- FILE [markdown|pdf-text]`.

use tvilling::document::{Format, parse};

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let Some(path) = args.get(1) else {
        eprintln!("usage: blocks_dump FILE [markdown|pdf-text]");
        return;
    };
    let format = match args.get(2).map(String::as_str) {
        Some("pdf-text") => Format::PdfText,
        _ => Format::Markdown,
    };
    let Ok(source) = std::fs::read_to_string(path) else {
        eprintln!("cannot read {path}");
        return;
    };
    let document = parse(path, source, format);
    for block in &document.blocks {
        let text: String = block.text.chars().take(100).collect();
        println!("{}\t{:?}\t{}", block.lines.first().copied().unwrap_or_default(), block.kind, text);
    }
}
