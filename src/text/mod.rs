//! Text primitives shared by every stage: spans, line numbers, languages.

pub(crate) mod hash;
pub mod lang;
mod lang_tables;
pub mod line_index;
pub mod span;

pub use lang::Lang;
pub use line_index::LineIndex;
pub use span::Span;

/// A table that gives every byte a class for a byte-by-byte word scan: `lower` and `upper`
/// for ASCII letters, `other` for the other ASCII bytes and `beyond` for the bytes of longer
/// UTF-8 characters, which a scan decodes. A caller may set classes of its own on top.
pub(crate) const fn byte_classes(lower: u8, upper: u8, other: u8, beyond: u8) -> [u8; 256] {
    let mut class = [beyond; 256];
    let mut byte = 0;
    while byte < 128 {
        class[byte] = match byte as u8 {
            b'a'..=b'z' => lower,
            b'A'..=b'Z' => upper,
            _ => other,
        };
        byte += 1;
    }
    class
}
