//! The `segment` stage: plain block text → sentences.
//!
//! A fast scan finds candidate sentence ends (terminators, closing punctuation, white
//! space, with UAX #29's classes); [`rules`] decides each one with the language's
//! abbreviations and conventions from [`tables`].

mod rules;
pub mod tables;

use std::ops::Range;

use crate::document::{Block, BlockKind};
use crate::text::Lang;

/// Splits a block's text into sentences, as [`sentences`] does; a heading is one sentence
/// whatever stops it holds (`Part I. Notices, conclusions and minutes`, `Del II. Lagtext`).
///
/// ```
/// use tvilling::document::{self, Format};
/// use tvilling::{segment::block_sentences, text::Lang};
///
/// let doc = document::parse("a.md", "# Part I. Notices\n\nSee Part I. It applies.\n".into(), Format::Markdown);
/// let counts: Vec<usize> = doc.blocks.iter().map(|block| block_sentences(block, Lang::En).len()).collect();
/// assert_eq!(counts, [1, 2]);
/// ```
pub fn block_sentences(block: &Block, lang: Lang) -> Vec<Range<usize>> {
    match block.kind {
        BlockKind::Heading { .. } if !block.text.is_empty() => std::iter::once(0..block.text.len()).collect(),
        _ => sentences(&block.text, lang),
    }
}

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
///
/// The cells of a table row (`Belgium | 1 953.4 | 19.1`, as the parser writes a row) end
/// their sentences: a sentence ends with its cell's bar, which [`trim`] leaves out.
pub fn sentences(text: &str, lang: Lang) -> Vec<Range<usize>> {
    let table = tables::for_lang(lang);
    let cuts = cell_ends(text);
    if cuts.is_empty() {
        return rules::sentences(text, table);
    }
    let mut out = Vec::new();
    let mut start = 0;
    for end in cuts.into_iter().chain([text.len()]) {
        let Some(cell) = text.get(start..end) else { continue };
        let first = out.len();
        out.extend(
            rules::sentences(cell, table).into_iter().map(|range| start + range.start..start + range.end),
        );
        // The cell's bar after its last full stop belongs to the sentence before it.
        if out.len() > first + 1
            && let Some(last) = out.pop()
        {
            match (text.get(last.clone()).is_some_and(has_content), out.last_mut()) {
                (false, Some(before)) => before.end = last.end,
                _ => out.push(last),
            }
        }
        start = end;
    }
    out
}

/// Where the cells of a table row end, each just after its bar and space (` | `): the
/// ends of cells with a letter or digit, the last one's only when one follows, so that an
/// empty cell or one of a dash joins the cell before it.
fn cell_ends(text: &str) -> Vec<usize> {
    let mut cuts = Vec::new();
    if memchr::memchr(b'|', text.as_bytes()).is_none() {
        return cuts;
    }
    let mut last = 0;
    for at in crate::text::find_all(finder!(b" | "), text.as_bytes()) {
        if text.get(last..at).is_some_and(has_content) {
            cuts.push(at + 3);
            last = at + 3;
        }
    }
    if cuts.last().is_some_and(|&cut| !text.get(cut..).is_some_and(has_content)) {
        cuts.pop();
    }
    cuts
}

/// Whether `piece` holds a letter or a digit.
fn has_content(piece: &str) -> bool {
    piece.chars().any(char::is_alphanumeric)
}

/// A sentence as shown: without the white space around it, nor the bar that ends a table
/// cell.
pub fn trim(sentence: &str) -> &str {
    let trimmed = sentence.trim();
    match trimmed.strip_suffix(" |") {
        Some(cell) => cell.trim_end(),
        None => trimmed,
    }
}

/// Splits `text` into sentences and returns them as trimmed slices: a convenience for
/// display and tests.
pub fn sentence_texts(text: &str, lang: Lang) -> Vec<&str> {
    sentences(text, lang).into_iter().filter_map(|range| text.get(range)).map(trim).collect()
}

#[cfg(test)]
mod tests;
