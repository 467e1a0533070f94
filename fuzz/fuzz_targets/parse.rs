//! Fuzz target: the document parser never panics and keeps its spans inside the source.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tvilling::document::{self, Format};

fuzz_target!(|data: &[u8]| {
    // The first byte picks the format, so one corpus exercises both parsers.
    let Some((&selector, rest)) = data.split_first() else { return };
    let format = if selector & 1 == 0 { Format::Markdown } else { Format::PdfText };
    let source = String::from_utf8_lossy(rest).into_owned();
    let len = source.len();
    let doc = document::parse("fuzz", source, format);
    for block in &doc.blocks {
        let span = block.src_span(0..block.text.len());
        assert!(span.start <= span.end && span.end <= len, "block span {span:?} outside a source of {len} bytes");
        let _ = doc.line_of(span.start);
    }
});
