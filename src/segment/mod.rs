//! The `segment` stage: plain block text → sentences.
//!
//! A fast scan finds candidate sentence ends (terminators, closing punctuation, white
//! space, with UAX #29's classes); [`rules`] decides each one with the language's
//! abbreviations and conventions from [`tables`].

mod rules;
pub mod tables;

use std::ops::Range;

use crate::text::Lang;

/// Splits `text` into sentences.
///
/// The ranges are contiguous, in order, and cover `0..text.len()` exactly: each
/// sentence keeps the white space that follows it (as UAX #29 does). Trim for display.
/// Empty text gives no sentence.
///
/// ```
/// use tvilling::{segment::sentences, text::Lang};
///
/// let text = "See e.g. Article 5. It applies.";
/// let ranges = sentences(text, Lang::En);
/// assert_eq!(ranges, vec![0..20, 20..31]);
/// ```
pub fn sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    rules::sentences(text, tables::for_lang(lang))
}

/// Splits `text` into sentences and returns them as trimmed slices: a convenience for
/// display and tests.
pub fn sentence_texts(text: &str, lang: Lang) -> Vec<&str> {
    sentences(text, lang).into_iter().filter_map(|range| text.get(range)).map(str::trim).collect()
}

#[cfg(test)]
mod tests;
