//! Fuzz target: value extraction never panics and every span is a slice of the text.
#![no_main]

use libfuzzer_sys::fuzz_target;
use tvilling::text::Lang;

fuzz_target!(|data: &[u8]| {
    let Some((&selector, rest)) = data.split_first() else { return };
    let lang = if selector & 1 == 0 { Lang::En } else { Lang::Sv };
    let text = String::from_utf8_lossy(rest);
    for value in tvilling::values::extract(&text, lang) {
        assert!(text.get(value.span.clone()).is_some(), "value span {:?} not a slice of the text", value.span);
        assert!(!value.key.is_empty(), "empty key for {value:?}");
    }
});
