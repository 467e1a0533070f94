//! Prints every value of every block of a document, one per line, for comparing the value
//! extractors' output before and after a change.
//!
//! `cargo run --release --example values_dump -- FILE LANG` (LANG is `en` or `sv`).

use tvilling::document::{self, Format};
use tvilling::text::Lang;

fn main() {
    let args: Vec<String> = std::env::args().collect();
    let (Some(path), Some(lang)) = (args.get(1), args.get(2)) else {
        eprintln!("usage: values_dump FILE en|sv");
        std::process::exit(2);
    };
    let lang = if lang == "sv" { Lang::Sv } else { Lang::En };
    let text = match std::fs::read_to_string(path) {
        Ok(text) => text,
        Err(error) => {
            eprintln!("{path}: {error}");
            std::process::exit(2);
        }
    };
    let doc = document::parse(path, text, Format::Markdown);
    for (index, values) in tvilling::pipeline::document_values(&doc, lang).iter().enumerate() {
        for value in values {
            println!("{index}\t{value:?}");
        }
    }
}
