//! Fuzz target: sentence ranges cover the text exactly, in order, on char boundaries.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tvilling::text::Lang;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let lang = if selector & 1 == 0 { Lang::En } else { Lang::Sv };
    let text = String::from_utf8_lossy(rest);
    let ranges = tvilling::segment::sentences(&text, lang);
    let mut at = 0;
    for range in &ranges {
        assert_eq!(range.start, at, "gap or overlap before {range:?}");
        assert!(range.start < range.end, "empty sentence {range:?}");
        assert!(text.get(range.clone()).is_some(), "{range:?} not on char boundaries");
        at = range.end;
    }
    assert_eq!(at, text.len(), "the sentences do not reach the end");
});
