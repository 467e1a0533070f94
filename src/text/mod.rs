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

/// The non-overlapping occurrences of `finder`'s needle in `haystack`, in order, as
/// `Finder::find_iter` gives them, without the copy of the whole searcher that `find_iter`
/// makes on every call: for the paragraphs most blocks are, that copy costs more than the
/// search.
pub(crate) fn find_all<'a>(
    finder: &'a memchr::memmem::Finder<'_>,
    haystack: &'a [u8],
) -> impl Iterator<Item = usize> + 'a {
    let step = finder.needle().len().max(1);
    let mut from = 0;
    std::iter::from_fn(move || {
        let at = from + finder.find(haystack.get(from..)?)?;
        from = at + step;
        Some(at)
    })
}

#[cfg(test)]
mod tests {
    use memchr::memmem::Finder;

    #[test]
    fn find_all_gives_what_find_iter_gives() {
        for (haystack, needle) in [
            ("aaaa", "aa"),
            ("", "a"),
            ("a", ""),
            ("abcabcab", "abc"),
            ("x § y §§", "§"),
            ("no match here", "zz"),
        ] {
            let finder = Finder::new(needle);
            let all: Vec<usize> = super::find_all(&finder, haystack.as_bytes()).collect();
            let iter: Vec<usize> = finder.find_iter(haystack.as_bytes()).collect();
            assert_eq!(all, iter, "{needle:?} in {haystack:?}");
        }
    }
}
