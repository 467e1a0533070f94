//! The properties the fuzz targets check, shared with `tests/fuzz_regressions.rs`, which
//! replays every input saved under `fuzz/regressions/<target>/`.
//!
//! Every input starts with a selector byte (format or language); the rest is text, read
//! lossily as UTF-8. The pipeline splits the text at the first 0xFF byte (never part of
//! UTF-8) into the English and the Swedish document.

use tvilling::document::{self, Format};
use tvilling::report::{self, RenderOptions};
use tvilling::text::Lang;

fn split(data: &[u8]) -> Option<(u8, &[u8])> {
    data.split_first().map(|(&selector, rest)| (selector, rest))
}

fn lang(selector: u8) -> Lang {
    if selector & 1 == 0 { Lang::En } else { Lang::Sv }
}

fn format(selector: u8) -> Format {
    if selector & 1 == 0 { Format::Markdown } else { Format::PdfText }
}

/// The parser never panics and keeps every block's span inside the source.
pub fn parse(data: &[u8]) {
    let Some((selector, rest)) = split(data) else { return };
    let source = String::from_utf8_lossy(rest).into_owned();
    let len = source.len();
    let doc = document::parse("fuzz", source, format(selector));
    for block in &doc.blocks {
        let span = block.src_span(0..block.text.len());
        assert!(
            span.start <= span.end && span.end <= len,
            "block span {span:?} outside a source of {len} bytes"
        );
        let _ = doc.line_of(span.start);
    }
}

/// Sentence ranges cover the text exactly, in order, on char boundaries.
pub fn segment(data: &[u8]) {
    let Some((selector, rest)) = split(data) else { return };
    let text = String::from_utf8_lossy(rest);
    let ranges = tvilling::segment::sentences(&text, lang(selector));
    let mut at = 0;
    for range in &ranges {
        assert_eq!(range.start, at, "gap or overlap before {range:?}");
        assert!(range.start < range.end, "empty sentence {range:?}");
        assert!(text.get(range.clone()).is_some(), "{range:?} not on char boundaries");
        at = range.end;
    }
    assert_eq!(at, text.len(), "the sentences do not reach the end");
}

/// Value extraction never panics; every span is a slice of the text and every key non-empty.
pub fn values(data: &[u8]) {
    let Some((selector, rest)) = split(data) else { return };
    let text = String::from_utf8_lossy(rest);
    for value in tvilling::values::extract(&text, lang(selector)) {
        assert!(
            text.get(value.span.clone()).is_some(),
            "value span {:?} not a slice of the text",
            value.span
        );
        assert!(!value.key.is_empty(), "empty key for {value:?}");
    }
}

/// The whole pipeline on a pair, then the renderers (all six when bit 1 of the selector is set).
pub fn pipeline(data: &[u8]) {
    let Some((selector, rest)) = split(data) else { return };
    let (src, tgt) = match rest.iter().position(|&b| b == 0xFF) {
        Some(at) => (rest.get(..at).unwrap_or_default(), rest.get(at + 1..).unwrap_or_default()),
        None => (rest, &[][..]),
    };
    let load = |bytes: &[u8], name: &str, lang: Lang| {
        let mut doc = document::parse(name, String::from_utf8_lossy(bytes).into_owned(), format(selector));
        doc.lang = Some(lang);
        doc
    };
    let src = load(src, "en.md", Lang::En);
    let tgt = load(tgt, "sv.md", Lang::Sv);
    let Ok(report) = tvilling::check_pair(src, tgt, &tvilling::Config::default()) else { return };
    let opts = RenderOptions::default();
    let mut formats = vec![report::Format::Human, report::Format::Json, report::Format::Sarif];
    if selector & 2 == 2 {
        formats.extend([report::Format::Junit, report::Format::Html, report::Format::Tmx]);
    }
    for format in formats {
        let _ = report::render(&report, format, &opts);
    }
}
