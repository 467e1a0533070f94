//! Fuzz target: the whole pipeline on a pair, then every renderer.
//!
//! The input is split at the first 0xFF byte (never part of UTF-8) into the English and the
//! Swedish text; the first byte picks the input format.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tvilling::document::{self, Format};
use tvilling::report::{self, RenderOptions};
use tvilling::text::Lang;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let format = if selector & 1 == 0 { Format::Markdown } else { Format::PdfText };
    let (src, tgt) = match rest.iter().position(|&b| b == 0xFF) {
        Some(at) => (&rest[..at], &rest[at + 1..]),
        None => (rest, &[][..]),
    };
    let load = |bytes: &[u8], name: &str, lang: Lang| {
        let mut doc = document::parse(name, String::from_utf8_lossy(bytes).into_owned(), format);
        doc.lang = Some(lang);
        doc
    };
    let src = load(src, "en.md", Lang::En);
    let tgt = load(tgt, "sv.md", Lang::Sv);
    let Ok(report) = tvilling::check_pair(src, tgt, &tvilling::Config::default()) else { return };
    let opts = RenderOptions::default();
    for format in [report::Format::Human, report::Format::Json, report::Format::Sarif] {
        let _ = report::render(&report, format, &opts);
    }
    // The renderers that escape markup get the bigger share of the time only when asked.
    if selector & 2 == 2 {
        for format in [report::Format::Junit, report::Format::Html, report::Format::Tmx] {
            let _ = report::render(&report, format, &opts);
        }
    }
});
