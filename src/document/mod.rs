//! The `parse` stage: source text → [`Document`] of blocks with inline items.
//!
//! A block's `text` is its plain text, the text that is segmented and compared:
//! Markdown markup (emphasis markers, link syntax, escapes) is removed and footnote
//! references are taken out (with the space before them) and kept as
//! [`Inline::FootnoteRef`] items at their text offset. `chunks` map every byte of
//! `text` back to the source, so every span in a finding points into the original bytes.

pub mod columns;
pub mod markdown;
pub mod page_join;
pub mod pdf_text;

use serde::Serialize;

use crate::text::{Lang, LineIndex, Span};

/// The input formats tvilling reads.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum Format {
    /// Markdown converted from the official document (the corpus format).
    Markdown,
    /// Plain text extracted from a PDF: hard-wrapped lines, page artefacts.
    PdfText,
}

/// One parsed input file.
#[derive(Debug, Clone, Serialize)]
pub struct Document {
    /// The name shown in messages (usually the path as given).
    pub name: String,
    #[serde(skip)]
    pub source: String,
    #[serde(skip)]
    pub line_index: LineIndex,
    pub lang: Option<Lang>,
    pub blocks: Vec<Block>,
    pub warnings: Vec<Warning>,
}

/// A block of the document in reading order.
#[derive(Debug, Clone, Serialize)]
pub struct Block {
    pub kind: BlockKind,
    /// Plain text, markup removed, footnote references taken out.
    pub text: String,
    /// Maps `text` back to source bytes; sorted by `text_start`, non-overlapping.
    #[serde(skip)]
    pub chunks: Vec<Chunk>,
    /// Every 1-based source line the block covers, ascending (both parts of a page-split paragraph).
    pub lines: Vec<u32>,
    /// The source byte span of each physical part: one, or more for a page-joined paragraph.
    pub parts: Vec<Span>,
    pub inlines: Vec<Inline>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum BlockKind {
    /// A heading; `number` is its section number as written, without the trailing dot (`2`, `4.1`).
    Heading {
        level: u8,
        number: Option<String>,
    },
    Paragraph,
    ListItem,
    /// A footnote definition; `label` as written (`55`).
    FootnoteDef {
        label: String,
    },
    /// A page separator (`---`) of the original.
    PageBreak,
}

/// A run of `len` bytes of block text copied verbatim from source offset `src_start`.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
pub struct Chunk {
    pub text_start: usize,
    pub src_start: usize,
    pub len: usize,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
#[serde(tag = "type", rename_all = "kebab-case")]
pub enum Inline {
    /// A footnote reference `<sup>(N)</sup>` or `(N)`; `at` is the text offset where it stood.
    FootnoteRef { label: String, at: usize, src: Span },
    /// A link or autolink; `text` is the range of its visible text, `url` has escapes undone
    /// (empty when the target was lost, as in `[text](#)`: then `url` is `#`).
    Link { url: String, text: std::ops::Range<usize>, src: Span },
    /// Emphasis, kept for display and to tell the text an amendment inserts after a struck
    /// span (`~~50 000~~ **10 000**`).
    Emphasis { strong: bool, text: std::ops::Range<usize> },
    /// A code span (`` `XOFF` ``): `text` is the range of its content, which a translation
    /// copies as written (a code, an identifier, a format).
    Code { text: std::ops::Range<usize> },
}

/// Something odd in the input that did not stop parsing.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Warning {
    pub line: u32,
    pub message: String,
}

impl Block {
    /// Maps a text offset to a source byte offset (the end of the text maps past the last chunk).
    pub fn src_offset(&self, text_offset: usize) -> usize {
        let i = self.chunks.partition_point(|c| c.text_start <= text_offset);
        if i == 0 {
            return self.parts.first().map_or(0, |p| p.start);
        }
        let c = self.chunks[i - 1];
        c.src_start + (text_offset - c.text_start).min(c.len)
    }

    /// The source offset just after the text byte at `text_offset`. A byte the Markdown
    /// reader added to the text past the end of its chunk (a code span's padding) maps to the
    /// chunk's end, so that a span never reaches past the source.
    fn src_offset_after(&self, text_offset: usize) -> usize {
        let i = self.chunks.partition_point(|c| c.text_start <= text_offset);
        match i.checked_sub(1).and_then(|i| self.chunks.get(i)) {
            Some(c) if c.len > 0 => c.src_start + (text_offset - c.text_start).min(c.len - 1) + 1,
            Some(c) => c.src_start,
            None => self.src_offset(text_offset) + 1,
        }
    }

    /// Maps a text range to a source span (start and end mapped separately).
    pub fn src_span(&self, text: std::ops::Range<usize>) -> Span {
        let start = self.src_offset(text.start);
        let end = if text.end > text.start { self.src_offset_after(text.end - 1) } else { start };
        // A range that straddles a page join maps to its start part only.
        Span::new(start, end.max(start))
    }

    pub fn is_body(&self) -> bool {
        !matches!(self.kind, BlockKind::PageBreak)
    }

    /// Whether the block is a footnote definition written in Markdown's own notation
    /// (`[^1]: OJ L …`), as against a paragraph that a marker opens (`<sup>(1)</sup> …`,
    /// `(1) …`) or a note of PDF text. The two notations number two series apart: EUR-Lex
    /// gives an act's notes one and the notes of a table in its annex another, each from 1.
    pub fn is_markdown_note(&self, source: &str) -> bool {
        matches!(self.kind, BlockKind::FootnoteDef { .. })
            && self
                .parts
                .first()
                .and_then(|part| source.get(part.start..))
                .is_some_and(|s| s.starts_with("[^"))
    }

    /// The first source line.
    pub fn line(&self) -> u32 {
        self.lines.first().copied().unwrap_or(0)
    }

    /// The footnote references of the block, in order.
    pub fn footnote_refs(&self) -> impl Iterator<Item = (&str, usize)> {
        self.inlines.iter().filter_map(|i| match i {
            Inline::FootnoteRef { label, at, .. } => Some((label.as_str(), *at)),
            _ => None,
        })
    }
}

impl Document {
    /// The 1-based line of a source byte offset.
    pub fn line_of(&self, offset: usize) -> u32 {
        self.line_index.line(offset)
    }
}

/// Parses `source` in the given format. Parsing never fails on text: oddities become warnings.
pub fn parse(name: &str, source: String, format: Format) -> Document {
    match format {
        Format::Markdown => markdown::parse(name, source),
        Format::PdfText => pdf_text::parse(name, source),
    }
}

/// Guesses the format from the file name and content: `.txt` with hard wrapping is PDF text.
pub fn sniff_format(name: &str, source: &str) -> Format {
    if name.ends_with(".txt") {
        Format::PdfText
    } else {
        let _ = source;
        Format::Markdown
    }
}

/// The document as a JSON value for `tvilling parse --format json`: name, language,
/// warnings and every block with its kind (and label or number), source lines, text
/// and inline items (footnote labels, link URLs, emphasis ranges).
pub fn to_json(doc: &Document) -> serde_json::Value {
    serde_json::to_value(doc).unwrap_or(serde_json::Value::Null)
}

/// Block editing used by the readers: every edit keeps `chunks` and inline offsets in step
/// with `text`, so the chunk invariant (`text[c.text_start..][..c.len]` equals
/// `source[c.src_start..][..c.len]`) survives every edit.
impl Block {
    /// An empty block of `kind` whose single part is `part`.
    pub(crate) fn empty(kind: BlockKind, part: Span) -> Block {
        Block { kind, text: String::new(), chunks: vec![], lines: vec![], parts: vec![part], inlines: vec![] }
    }

    /// A block with nothing in it, left where a join took a block out (no allocation).
    pub(crate) fn taken() -> Block {
        Block {
            kind: BlockKind::PageBreak,
            text: String::new(),
            chunks: Vec::new(),
            lines: Vec::new(),
            parts: Vec::new(),
            inlines: Vec::new(),
        }
    }

    /// Appends `piece` copied verbatim from source offset `src_start`.
    pub(crate) fn push_verbatim(&mut self, piece: &str, src_start: usize) {
        self.push_chunk(self.text.len(), src_start, piece.len());
        self.text.push_str(piece);
    }

    /// Appends text that has no counterpart in the source (a space for a line break,
    /// a decoded character): it lies outside every chunk.
    pub(crate) fn push_synthetic(&mut self, piece: &str) {
        self.text.push_str(piece);
    }

    /// Records that `len` bytes at text offset `text_start` are a copy of source bytes at
    /// `src_start`, merging with the previous chunk when both runs continue each other.
    pub(crate) fn push_chunk(&mut self, text_start: usize, src_start: usize, len: usize) {
        if len == 0 {
            return;
        }
        if let Some(last) = self.chunks.last_mut()
            && last.text_start + last.len == text_start
            && last.src_start + last.len == src_start
        {
            last.len += len;
            return;
        }
        self.chunks.push(Chunk { text_start, src_start, len });
    }

    /// Removes `range` (a char-boundary range of `text`) and shifts chunks and inline
    /// offsets after it; inline ranges that overlap the cut shrink.
    pub(crate) fn cut_text(&mut self, range: std::ops::Range<usize>) {
        let (start, end) = (range.start, range.end.min(self.text.len()));
        if start >= end || !self.text.is_char_boundary(start) || !self.text.is_char_boundary(end) {
            return;
        }
        self.text.replace_range(start..end, "");
        self.cut_chunks(start, end);
        self.shift_inlines(start, end);
    }

    /// The chunks after removing text `start..end` (`start < end`), edited in place: chunks
    /// before the cut stay, those after it move back, and those it overlaps keep their parts
    /// on either side. Chunks are kept merged (see [`Block::push_chunk`]), so only the two
    /// that meet at the cut may now continue each other.
    fn cut_chunks(&mut self, start: usize, end: usize) {
        let n = end - start;
        let first = self.chunks.partition_point(|c| c.text_start + c.len <= start);
        let after = self.chunks.partition_point(|c| c.text_start < end).max(first);
        let left = self
            .chunks
            .get(first)
            .filter(|c| first < after && c.text_start < start)
            .map(|c| Chunk { len: start - c.text_start, ..*c });
        let right = after
            .checked_sub(1)
            .filter(|&last| last >= first)
            .and_then(|last| self.chunks.get(last))
            .filter(|c| c.text_start + c.len > end)
            .map(|c| Chunk {
                text_start: start,
                src_start: c.src_start + (end - c.text_start),
                len: c.text_start + c.len - end,
            });
        let kept = usize::from(left.is_some()) + usize::from(right.is_some());
        self.chunks.splice(first..after, left.into_iter().chain(right));
        for c in self.chunks.iter_mut().skip(first + kept) {
            c.text_start -= n;
        }
        // The chunks that meet at the cut: the last that ends at or before it and the next.
        let meet = first + usize::from(left.is_some());
        if let (Some(before), Some(next)) =
            (meet.checked_sub(1).and_then(|i| self.chunks.get(i)), self.chunks.get(meet))
            && before.text_start + before.len == next.text_start
            && before.src_start + before.len == next.src_start
        {
            let len = next.len;
            self.chunks.remove(meet);
            if let Some(before) = self.chunks.get_mut(meet - 1) {
                before.len += len;
            }
        }
    }

    /// [`Block::cut_chunks`] as it was first written: every chunk pushed again into a new list.
    #[cfg(test)]
    fn cut_chunks_reference(&mut self, start: usize, end: usize) {
        let n = end - start;
        let mut chunks = Vec::with_capacity(self.chunks.len() + 1);
        for c in &self.chunks {
            let c_end = c.text_start + c.len;
            if c_end <= start {
                chunks.push(*c);
            } else if c.text_start >= end {
                chunks.push(Chunk { text_start: c.text_start - n, ..*c });
            } else {
                // The chunk overlaps the cut: keep the parts on either side.
                if c.text_start < start {
                    chunks.push(Chunk { len: start - c.text_start, ..*c });
                }
                if c_end > end {
                    let skip = end - c.text_start;
                    chunks.push(Chunk { text_start: start, src_start: c.src_start + skip, len: c_end - end });
                }
            }
        }
        self.chunks.clear();
        for c in chunks {
            self.push_chunk(c.text_start, c.src_start, c.len);
        }
    }

    /// Inline offsets after removing text `start..end`: shifted back, or shrunk to the cut.
    fn shift_inlines(&mut self, start: usize, end: usize) {
        let n = end - start;
        let shift = |x: usize| {
            if x >= end {
                x - n
            } else if x > start {
                start
            } else {
                x
            }
        };
        for inline in &mut self.inlines {
            match inline {
                Inline::FootnoteRef { at, .. } => *at = shift(*at),
                Inline::Link { text, .. } | Inline::Emphasis { text, .. } | Inline::Code { text } => {
                    *text = shift(text.start)..shift(text.end);
                }
            }
        }
    }

    /// Removes white space at both ends of `text`.
    pub(crate) fn trim_text(&mut self) {
        let end = self.text.trim_end().len();
        self.cut_text(end..self.text.len());
        let start = self.text.len() - self.text.trim_start().len();
        self.cut_text(0..start);
    }

    /// Appends `other` (a later part of the same logical block) after `separator`:
    /// text, chunks, inlines, lines and parts.
    pub(crate) fn append_block(&mut self, other: Block, separator: &str) {
        self.push_synthetic(separator);
        let base = self.text.len();
        self.text.push_str(&other.text);
        for c in other.chunks {
            self.push_chunk(c.text_start + base, c.src_start, c.len);
        }
        for mut inline in other.inlines {
            match &mut inline {
                Inline::FootnoteRef { at, .. } => *at += base,
                Inline::Link { text, .. } | Inline::Emphasis { text, .. } | Inline::Code { text } => {
                    *text = text.start + base..text.end + base;
                }
            }
            self.inlines.push(inline);
        }
        self.lines.extend(other.lines);
        self.lines.sort_unstable();
        self.lines.dedup();
        self.parts.extend(other.parts);
    }
}

#[cfg(test)]
mod span_tests {
    use super::*;

    proptest::proptest! {
        /// Chunks cut in place are the chunks pushed again after the cut.
        #[test]
        fn cut_chunks_in_place_as_pushed_again(
            pieces in proptest::collection::vec((0usize..3, 1usize..6, 0usize..3), 0..12),
            cut in (0usize..40, 1usize..12),
        ) {
            let mut block = Block::empty(BlockKind::Paragraph, Span::new(0, 0));
            let mut src = 0;
            for (gap, len, synthetic) in pieces {
                src += gap;
                if synthetic == 0 {
                    block.push_synthetic(&"s".repeat(len));
                } else {
                    block.push_verbatim(&"v".repeat(len), src);
                    src += len;
                }
            }
            let start = cut.0.min(block.text.len());
            let end = (start + cut.1).min(block.text.len());
            proptest::prop_assume!(start < end);
            let mut reference = block.clone();
            block.cut_chunks(start, end);
            reference.cut_chunks_reference(start, end);
            proptest::prop_assert_eq!(block.chunks, reference.chunks);
        }
    }

    #[test]
    fn block_spans_stay_inside_the_source() {
        // Found by fuzzing: an unclosed code span after a line break made the last text byte
        // fall past its chunk, and the block's span ran one byte past the end of the source.
        for source in ["\u{fffd}```\nö` ``ö```", "a `b` ``", "x\n`` y ```"] {
            let doc = parse("t.md", source.to_string(), Format::Markdown);
            assert!(!doc.blocks.is_empty());
            for block in &doc.blocks {
                let span = block.src_span(0..block.text.len());
                assert!(span.end <= source.len(), "{source:?}: {span:?} past {} bytes", source.len());
                assert!(source.get(span.range()).is_some(), "{source:?}: {span:?}");
            }
        }
    }
}
