//! Markdown reader: pulldown-cmark with source offsets, then the document-level passes
//! (footnote definitions, page joins) of [`super::page_join`].
//!
//! Markup is removed from block text; every verbatim byte of text keeps a chunk that
//! points at its source byte. Text that has no source counterpart of its own (the space
//! that stands for a line break, a character decoded from an entity that is not spelt
//! out in the source) lies outside every chunk and maps to the nearest source byte via
//! [`Block::src_offset`].

use std::ops::Range;
use std::sync::LazyLock;

use pulldown_cmark::{CowStr, Event, Options, Parser, Tag, TagEnd};
use regex::Regex;

use super::{Block, BlockKind, Document, Inline, Warning, page_join};
use crate::text::{LineIndex, Span};

/// Parses the corpus Markdown (one paragraph per line, `---` page separators,
/// `<sup>(N)</sup>` footnote markers). Never fails: oddities become warnings.
pub fn parse(name: &str, source: String) -> Document {
    let line_index = LineIndex::new(&source);
    let (blocks, warnings) = read_blocks(&source, &line_index);
    let mut doc = Document {
        name: name.to_string(),
        lang: crate::text::lang::detect(&source),
        line_index,
        source,
        blocks,
        warnings,
    };
    page_join::mark_footnote_defs(&mut doc.blocks);
    page_join::join_split_blocks(&mut doc.blocks);
    doc
}

/// A `<sup>` element being read: where it starts; its text pieces with their source
/// ranges are in [`Reader::sup_pieces`].
struct Superscript {
    start: usize,
}

/// The state of one pass over the pulldown-cmark events.
struct Reader<'a> {
    source: &'a str,
    line_index: &'a LineIndex,
    blocks: Vec<Block>,
    warnings: Vec<Warning>,
    current: Option<Block>,
    /// Open emphasis (strong?, text start) and links (url, text start, source start).
    emphasis: Vec<(bool, usize)>,
    links: Vec<(String, usize, usize)>,
    superscript: Option<Superscript>,
    /// The text pieces of the open `<sup>`, borrowed from the source where the parser lends
    /// them; kept between elements for its room.
    sup_pieces: Vec<(CowStr<'a>, Range<usize>)>,
    /// Room for the contents of a `<sup>` of several pieces.
    sup_content: String,
    /// A paragraph inside a list item ended: the next text is separated by a space.
    pending_space: bool,
    /// The open lists, innermost last: `true` for an ordered one.
    lists: Vec<bool>,
    /// The number of the last footnote call read (0 before the first), whose successor a
    /// superscript after a bare `10` is taken for rather than for a power of ten.
    last_footnote: u32,
    /// The open `<sub>`: the length of the block's text where it starts, and whether it
    /// stands right after a big operator (`∑<sub>k=1</sub>`).
    subscript: Option<(usize, bool)>,
    /// The `<sub>` that ended last: the length of the block's text at its end, and what it
    /// makes of a `<sup>` right after it.
    last_subscript: Option<(usize, Subscript)>,
}

/// What a subscript makes of a superscript written right after it.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum Subscript {
    /// The lower limit of a big operator, or a subscript holding a sign of relation
    /// (`∑<sub>l=1</sub>`, `Π<sub>i=1</sub>`): the superscript after it is the upper limit.
    Limit,
    /// The index of a symbol, holding a letter (`C<sub>k</sub>`, `x<sub>i</sub>`): the
    /// superscript after it is an exponent, unless it is the footnote number the text awaits.
    Index,
    /// Digits of a formula or a name (`CO<sub>2</sub>`, `N<sub>2</sub>`): a superscript after
    /// it may be a footnote call.
    Other,
}

pub(super) fn read_blocks(source: &str, line_index: &LineIndex) -> (Vec<Block>, Vec<Warning>) {
    // The byte order mark is not text; offsets stay relative to the original source.
    let base = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let body = source.get(base..).unwrap_or("");
    let mut reader = Reader {
        source,
        line_index,
        // Paragraphs are separated by blank lines, so about one block per two lines: room
        // for them at once rather than a growing list of large blocks copied at each step.
        blocks: Vec::with_capacity(line_index.n_lines() / 2 + 1),
        warnings: Vec::new(),
        current: None,
        emphasis: Vec::new(),
        links: Vec::new(),
        superscript: None,
        sup_pieces: Vec::new(),
        sup_content: String::new(),
        pending_space: false,
        lists: Vec::new(),
        last_footnote: 0,
        subscript: None,
        last_subscript: None,
    };
    // No smart punctuation, so the text stays as written; Markdown footnotes (`[^1]`), which
    // some converters write instead of `<sup>(1)</sup>`; tables, read a row at a time.
    let options = Options::ENABLE_FOOTNOTES | Options::ENABLE_TABLES;
    for (event, range) in Parser::new_ext(body, options).into_offset_iter() {
        let range = range.start + base..range.end + base;
        reader.event(event, range);
    }
    reader.finish_block();
    (reader.blocks, reader.warnings)
}

impl<'a> Reader<'a> {
    fn event(&mut self, event: Event<'a>, range: Range<usize>) {
        match event {
            Event::Start(tag) => self.start(tag, range),
            Event::End(tag) => self.end(tag, range),
            Event::Code(text) => self.code(text, range),
            Event::Text(text) | Event::InlineMath(text) | Event::DisplayMath(text) => self.text(text, range),
            Event::Html(html) | Event::InlineHtml(html) => self.html(html, range),
            Event::SoftBreak | Event::HardBreak => {
                self.close_superscript();
                if let Some(block) = self.current.as_mut() {
                    block.push_synthetic(" ");
                }
            }
            Event::Rule => {
                self.finish_block();
                self.blocks.push(self.new_block(BlockKind::PageBreak, range));
            }
            Event::FootnoteReference(label) => {
                self.close_superscript();
                self.footnote_ref(label.to_string(), Span::new(range.start, range.end));
            }
            Event::TaskListMarker(_) => {}
        }
    }

    fn new_block(&self, kind: BlockKind, range: Range<usize>) -> Block {
        let trimmed = trim_span(self.source, range);
        let mut block = Block::empty(kind, trimmed);
        if !matches!(block.kind, BlockKind::PageBreak) {
            // The text is the source range less its markup, as a rule: room for it at once
            // rather than grown as it is read.
            block.text.reserve(trimmed.len());
        }
        let first = self.line_index.line(trimmed.start);
        let last = self.line_index.line(trimmed.end.saturating_sub(1).max(trimmed.start));
        block.lines = (first..=last).collect();
        block
    }

    fn start(&mut self, tag: Tag<'_>, range: Range<usize>) {
        match tag {
            Tag::Paragraph | Tag::CodeBlock(_) | Tag::HtmlBlock => {
                if self.current.is_some() {
                    self.pending_space = true;
                } else {
                    self.current = Some(self.new_block(BlockKind::Paragraph, range));
                }
            }
            Tag::Heading { level, .. } => {
                self.finish_block();
                let kind = BlockKind::Heading { level: level as u8, number: None };
                self.current = Some(self.new_block(kind, range));
            }
            Tag::List(start) => self.lists.push(start.is_some()),
            // Each row of a table is a paragraph of its own, its cells apart (`Belgium |
            // 1 953.4 | 19.1`), as the rows of the two versions pair one to one; the
            // delimiter row (`|---|---:|`) is markup.
            Tag::Table(_) => self.finish_block(),
            Tag::TableHead | Tag::TableRow => {
                self.finish_block();
                self.current = Some(self.new_block(BlockKind::Paragraph, range));
            }
            Tag::TableCell => {
                self.close_superscript();
                self.pending_space = false;
                if let Some(block) = self.current.as_mut()
                    && !block.text.is_empty()
                {
                    block.push_synthetic(" | ");
                }
            }
            // A Markdown footnote (`[^1]: OJ L …`) as other converters write them.
            Tag::FootnoteDefinition(label) => {
                self.finish_block();
                let label = footnote_label(&label).unwrap_or(&label).to_string();
                self.current = Some(self.new_block(BlockKind::FootnoteDef { label }, range));
            }
            Tag::Item => {
                // One block per item: a nested item ends the text of its parent item.
                self.finish_block();
                let mut block = self.new_block(BlockKind::ListItem, range.clone());
                // The number of an ordered item is part of what the document says (`3.` of
                // an amending provision, numbered paragraphs of Council conclusions), and its
                // counterpart may be plain text (`(3)`): it is kept as written.
                if self.lists.last() == Some(&true)
                    && let Some(marker) = ordered_marker(self.source, range.start)
                {
                    let text = self.source.get(marker.clone()).unwrap_or("");
                    block.push_verbatim(text, marker.start);
                    self.pending_space = true;
                }
                self.current = Some(block);
            }
            Tag::Emphasis | Tag::Strong => {
                self.close_superscript();
                let at = self.current.as_ref().map_or(0, |b| b.text.len());
                self.emphasis.push((matches!(tag, Tag::Strong), at));
            }
            Tag::Link { dest_url, .. } => {
                self.close_superscript();
                let at = self.current.as_ref().map_or(0, |b| b.text.len());
                self.links.push((dest_url.to_string(), at, range.start));
            }
            _ => {}
        }
    }

    fn end(&mut self, tag: TagEnd, range: Range<usize>) {
        match tag {
            TagEnd::Paragraph | TagEnd::CodeBlock | TagEnd::HtmlBlock => {
                let in_item = matches!(
                    self.current.as_ref().map(|b| &b.kind),
                    Some(BlockKind::ListItem | BlockKind::FootnoteDef { .. })
                );
                if in_item {
                    self.close_superscript();
                    self.pending_space = true;
                } else {
                    self.finish_block();
                }
            }
            TagEnd::Heading(_)
            | TagEnd::Item
            | TagEnd::FootnoteDefinition
            | TagEnd::TableHead
            | TagEnd::TableRow => self.finish_block(),
            TagEnd::TableCell => self.close_superscript(),
            TagEnd::List(_) => {
                self.lists.pop();
            }
            TagEnd::Emphasis | TagEnd::Strong => {
                self.close_superscript();
                if let (Some((strong, start)), Some(block)) = (self.emphasis.pop(), self.current.as_mut()) {
                    let end = block.text.len();
                    if end > start {
                        block.inlines.push(Inline::Emphasis { strong, text: start.min(end)..end });
                    }
                }
            }
            TagEnd::Link => {
                self.close_superscript();
                if let (Some((url, start, src_start)), Some(block)) =
                    (self.links.pop(), self.current.as_mut())
                {
                    let end = block.text.len();
                    let src = Span::new(src_start.min(range.end), range.end);
                    block.inlines.push(Inline::Link { url, text: start.min(end)..end, src });
                }
            }
            _ => {}
        }
    }

    /// Appends text read from `range` of the source, mapping it byte by byte.
    fn text(&mut self, text: CowStr<'a>, range: Range<usize>) {
        if self.superscript.is_some() {
            self.sup_pieces.push((text, range));
            return;
        }
        let Some(block) = self.current.as_mut() else { return };
        if std::mem::take(&mut self.pending_space) && !block.text.is_empty() {
            block.push_synthetic(" ");
        }
        push_mapped(block, self.source, &text, range);
    }

    /// A code span: its content is text, and its range is kept, as a translation copies a
    /// code span's content as written (`` `XOFF` ``, `` `YYYY-MM-DD` ``).
    fn code(&mut self, text: CowStr<'a>, range: Range<usize>) {
        if self.superscript.is_some() || self.current.is_none() {
            return self.text(text, range);
        }
        let len = text.len();
        self.text(text, range);
        if let Some(block) = self.current.as_mut()
            && len > 0
        {
            let end = block.text.len();
            block.inlines.push(Inline::Code { text: end.saturating_sub(len)..end });
        }
    }

    /// Raw HTML: `<sup>` elements may be footnote references; other tags are dropped and
    /// the text between them kept (an HTML block is read the same way).
    fn html(&mut self, html: CowStr<'a>, range: Range<usize>) {
        // Pieces of a borrowed HTML event are borrowed too.
        let borrowed = match &html {
            CowStr::Borrowed(html) => Some(*html),
            _ => None,
        };
        let html: &str = &html;
        let mut rest = 0;
        while rest < html.len() {
            let tail = html.get(rest..).unwrap_or("");
            match tail.find('<') {
                Some(0) => {
                    let tag_len = tail.find('>').map_or(tail.len(), |i| i + 1);
                    let tag = tail.get(..tag_len).unwrap_or("");
                    let src_start = range.start + rest;
                    self.tag(tag, src_start..src_start + tag_len);
                    rest += tag_len;
                }
                found => {
                    let len = found.unwrap_or(tail.len());
                    let piece = tail.get(..len).unwrap_or("");
                    let src_start = range.start + rest;
                    if !piece.trim().is_empty() || self.current.as_ref().is_some_and(|b| !b.text.is_empty()) {
                        let piece = match borrowed.and_then(|html| html.get(rest..rest + len)) {
                            // Raw HTML keeps its entities: `12&nbsp;500` is the number 12 500.
                            Some(piece) if piece.contains('&') => CowStr::from(decode_entities(piece)),
                            Some(piece) => CowStr::Borrowed(piece),
                            None => CowStr::from(decode_entities(piece)),
                        };
                        self.text(piece, src_start..src_start + len);
                    }
                    rest += len;
                }
            }
        }
    }

    fn tag(&mut self, tag: &str, range: Range<usize>) {
        // The name: ASCII letters, digits and slashes after the opening brackets, compared
        // without regard to case (no allocation: only three names matter).
        let rest = tag.trim_start_matches('<');
        let len = rest.bytes().take_while(|b| b.is_ascii_alphanumeric() || *b == b'/').count();
        let name = rest.get(..len).unwrap_or("");
        let is = |want: &str| name.eq_ignore_ascii_case(want);
        match () {
            _ if is("sup") => {
                self.close_superscript();
                self.superscript = Some(Superscript { start: range.start });
            }
            _ if is("/sup") => {
                if let Some(sup) = self.superscript.take() {
                    self.finish_superscript(sup, range.end);
                }
            }
            // A subscript inside a superscript (`<sup>−t<sub>k</sub></sup>`) is part of the
            // exponent, read with it.
            _ if is("sub") && self.superscript.is_none() => {
                if let Some(block) = self.current.as_ref() {
                    let after_operator = block.text.ends_with(BIG_OPERATORS);
                    self.subscript = Some((block.text.len(), after_operator));
                }
            }
            _ if is("/sub") && self.superscript.is_none() => {
                if let (Some((start, after_operator)), Some(block)) =
                    (self.subscript.take(), self.current.as_ref())
                {
                    let content = block.text.get(start..).unwrap_or("");
                    let kind = if after_operator || content.contains(RELATION_SIGNS) {
                        Subscript::Limit
                    } else if content.contains(char::is_alphabetic) {
                        Subscript::Index
                    } else {
                        Subscript::Other
                    };
                    self.last_subscript = Some((block.text.len(), kind));
                }
            }
            _ if is("br") || is("br/") => {
                self.close_superscript();
                if let Some(block) = self.current.as_mut() {
                    block.push_synthetic(" ");
                }
            }
            // The end of an HTML table cell keeps its figure apart from the next cell's,
            // as the bars of a Markdown table do (`12 500 000 | 13 000 000`).
            // Other block ends in raw HTML keep their words apart (`<p>a</p><p>b</p>`).
            _ if [
                "/p", "/li", "/div", "/tr", "/caption", "/dt", "/dd", "/h1", "/h2", "/h3", "/h4", "/h5",
                "/h6",
            ]
            .iter()
            .any(|name| is(name)) =>
            {
                self.close_superscript();
                if let Some(block) = self.current.as_mut()
                    && !block.text.is_empty()
                    && !block.text.ends_with(char::is_whitespace)
                {
                    block.push_synthetic(" ");
                }
            }
            _ if is("/td") || is("/th") => {
                self.close_superscript();
                if let Some(block) = self.current.as_mut()
                    && !block.text.is_empty()
                {
                    block.push_synthetic(" | ");
                }
            }
            _ => {}
        }
    }

    /// A `<sup>` whose contents are `(N)` or `N` is a footnote reference: it leaves the text
    /// together with the white space before it. Anything else (`2<sup>nd</sup>`) is text.
    fn finish_superscript(&mut self, sup: Superscript, end: usize) {
        let mut pieces = std::mem::take(&mut self.sup_pieces);
        self.finish_superscript_pieces(&sup, &pieces, end);
        pieces.clear();
        self.sup_pieces = pieces;
    }

    fn finish_superscript_pieces(
        &mut self,
        sup: &Superscript,
        pieces: &[(CowStr<'a>, Range<usize>)],
        end: usize,
    ) {
        let next_call = self.last_footnote.saturating_add(1);
        let Some(block) = self.current.as_mut() else { return };
        let content: &str = match pieces {
            [] => "",
            [(text, _)] => text,
            _ => {
                self.sup_content.clear();
                for (text, _) in pieces {
                    self.sup_content.push_str(text);
                }
                &self.sup_content
            }
        };
        let after_subscript = self
            .last_subscript
            .filter(|(at, _)| *at == block.text.len())
            .map_or(Subscript::Other, |(_, kind)| kind);
        let exponent = is_exponent(&block.text, content, next_call)
            || is_limit_or_index_power(&block.text, after_subscript, content, next_call);
        match footnote_label(content).filter(|_| !exponent) {
            Some(label) => {
                let label = label.to_string();
                self.footnote_ref(label, Span::new(sup.start, end));
            }
            None => {
                // An exponent is kept apart from its base: `10^11`, not `1011`.
                if exponent {
                    block.push_synthetic("^");
                }
                for (text, range) in pieces {
                    push_mapped(block, self.source, text, range.clone());
                }
            }
        }
    }

    /// A footnote reference at the end of the current text, which leaves the text together
    /// with the white space before it.
    fn footnote_ref(&mut self, label: String, src: Span) {
        if let Ok(number) = label.parse() {
            self.last_footnote = number;
        }
        let Some(block) = self.current.as_mut() else { return };
        let keep = block.text.trim_end().len();
        block.cut_text(keep..block.text.len());
        let at = block.text.len();
        // Open emphasis and links may have started inside the removed white space.
        for (_, start) in &mut self.emphasis {
            *start = (*start).min(at);
        }
        for (_, start, _) in &mut self.links {
            *start = (*start).min(at);
        }
        block.inlines.push(Inline::FootnoteRef { label, at, src });
    }

    /// Ends a `<sup>` that was not closed before other markup or the block end.
    fn close_superscript(&mut self) {
        if let Some(sup) = self.superscript.take() {
            self.warnings.push(Warning {
                line: self.line_index.line(sup.start),
                message: "`<sup>` is not closed; its contents are kept as text".to_string(),
            });
            if let Some(block) = self.current.as_mut() {
                for (text, range) in self.sup_pieces.drain(..) {
                    push_mapped(block, self.source, &text, range);
                }
            }
            self.sup_pieces.clear();
        }
    }

    fn finish_block(&mut self) {
        self.close_superscript();
        self.subscript = None;
        self.last_subscript = None;
        self.pending_space = false;
        self.emphasis.clear();
        self.links.clear();
        let Some(mut block) = self.current.take() else { return };
        take_glued_paren_refs(&mut block, self.source);
        block.trim_text();
        block.inlines.sort_by_key(inline_start);
        if block.text.is_empty() && block.inlines.is_empty() {
            return;
        }
        if let BlockKind::Heading { number, .. } = &mut block.kind {
            *number = heading_number(&block.text);
        }
        self.blocks.push(block);
    }
}

/// Appends `text`, read by the Markdown parser from `range`, to `block`. When the
/// source holds the same bytes (the usual case) it is one chunk; otherwise (escapes,
/// entities, code spans) each character is matched to the next equal source character
/// close ahead, and characters with no match (decoded entities) stay outside the chunks.
fn push_mapped(block: &mut Block, source: &str, text: &str, range: Range<usize>) {
    let src = source.get(range.clone()).unwrap_or("");
    // A text the parser lends from the source is the source itself: no need to compare.
    if std::ptr::eq(src, text) || src == text {
        block.push_verbatim(text, range.start);
        return;
    }
    let mut cursor = 0;
    let mut buf = [0u8; 4];
    for ch in text.chars() {
        let tail = src.get(cursor..).unwrap_or("");
        let found = tail.char_indices().take(16).find(|(_, c)| *c == ch).map(|(i, _)| i);
        match found {
            Some(i) => {
                block.push_verbatim(ch.encode_utf8(&mut buf), range.start + cursor + i);
                cursor += i + ch.len_utf8();
            }
            None => block.push_synthetic(ch.encode_utf8(&mut buf)),
        }
    }
}

/// Whether a superscript of digits after `before` is an exponent, not a footnote call: of ten
/// after a multiplication sign (`6,0 × 10<sup>11</sup>`) or after a bare figure 10 (`greater
/// than 10<sup>25</sup>`), or of a unit of length (`cm<sup>3</sup>`, `km<sup>2</sup>`). A 10
/// that a reference noun labels, or that ends a list of numbers, is a reference with its
/// footnote call (`Article 10<sup>3</sup>`, `points 9 and 10<sup>4</sup>`), and so is a bare
/// 10 whose superscript is `next_call`, the footnote number the text awaits. A superscript with
/// a minus sign (`10<sup>−3</sup>`) is no footnote call. A footnote call in brackets, `(11)`,
/// is never an exponent.
fn is_exponent(before: &str, content: &str, next_call: u32) -> bool {
    let digits = content.strip_prefix(['-', '−', '–']).unwrap_or(content);
    if digits.is_empty() || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let negative = digits.len() < content.len();
    if let Some(head) = before.strip_suffix("10") {
        if after_multiplication_sign(head) {
            return true;
        }
        if !is_bare_figure(head) {
            return false;
        }
        return negative || (digits.parse::<u32>().ok() != Some(next_call) && !is_reference_number(head));
    }
    !negative
        && ["km", "dm", "cm", "mm", "m"].iter().any(|unit| {
            before.strip_suffix(unit).is_some_and(|head| {
                head.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace() || c == '\u{a0}')
            })
        })
}

/// The big operators of mathematics, whose limits are written as a subscript and a
/// superscript: sums, products, integrals, unions and intersections (`∑<sub>k=1</sub><sup>m</sup>`).
const BIG_OPERATORS: [char; 7] = ['∑', 'Σ', '∏', '∫', '∮', '⋃', '⋂'];

/// The signs of relation that make a subscript a limit (`l=1`, `t≥0`).
const RELATION_SIGNS: [char; 5] = ['=', '≤', '≥', '<', '>'];

/// Whether a superscript of `content` is a limit or a power in a formula, not a footnote call:
/// the upper limit of a big operator, right after it or after its lower limit
/// (`∑<sub>l=1</sub><sup>11</sup>`, `∫<sup>1</sup>`, never a call); the power of an indexed
/// symbol (`x<sub>i</sub><sup>2</sup>`), unless it is `next_call`, the footnote number the text
/// awaits; or a power with a minus sign (`(1 + X)<sup>−l/12</sup>`). A footnote call in
/// brackets, `(11)`, is never either, and a superscript after the digits of a chemical formula
/// or a name (`CO<sub>2</sub><sup>4</sup>`) may be a call.
fn is_limit_or_index_power(before: &str, after_subscript: Subscript, content: &str, next_call: u32) -> bool {
    let content = content.trim();
    if content.is_empty() || content.starts_with('(') {
        return false;
    }
    if content.starts_with(['-', '−', '–']) && content.chars().nth(1).is_some_and(char::is_alphanumeric) {
        return true;
    }
    match after_subscript {
        Subscript::Limit => true,
        Subscript::Index => content.parse::<u32>().ok() != Some(next_call),
        Subscript::Other => before.ends_with(BIG_OPERATORS),
    }
}

/// Whether `head`, the text before a 10, ends with a sign of multiplication (`6,0 × `, `2x`),
/// a letter `x` only on its own or after a figure (`box 10` is no product).
fn after_multiplication_sign(head: &str) -> bool {
    let head = head.trim_end();
    if head.ends_with(['×', '·', '*']) {
        return true;
    }
    head.strip_suffix('x').is_some_and(|rest| {
        rest.is_empty() || rest.ends_with(|c: char| c.is_ascii_digit() || c.is_whitespace())
    })
}

/// Whether the 10 after `head` is a figure of its own: at the start of the text or after a
/// space, an opening bracket or a sign of comparison, not the end of a longer number or word
/// (`2010`, `1.10`, `2019/10`, `A10`).
fn is_bare_figure(head: &str) -> bool {
    head.chars()
        .next_back()
        .is_none_or(|c| c.is_whitespace() || matches!(c, '(' | '[' | '~' | '≈' | '=' | '<' | '>' | '≤' | '≥'))
}

/// Words after which a number labels a part of a text or a thing (`Article 10`, `punkt 10`),
/// in English and Swedish, lower case: a superscript after such a number is a footnote call.
const REFERENCE_NOUNS: &[&str] = &[
    "annex",
    "annexes",
    "appendix",
    "area",
    "art.",
    "article",
    "articles",
    "box",
    "case",
    "category",
    "chapter",
    "chapters",
    "chart",
    "class",
    "column",
    "criterion",
    "day",
    "entry",
    "fig.",
    "figure",
    "footnote",
    "goal",
    "grade",
    "graph",
    "heading",
    "indent",
    "item",
    "items",
    "level",
    "line",
    "map",
    "measure",
    "no",
    "no.",
    "nos",
    "note",
    "number",
    "objective",
    "option",
    "p.",
    "page",
    "pages",
    "para.",
    "paragraph",
    "paragraphs",
    "part",
    "phase",
    "point",
    "points",
    "pp.",
    "principle",
    "priority",
    "protocol",
    "question",
    "recital",
    "recitals",
    "round",
    "row",
    "rule",
    "section",
    "sections",
    "stage",
    "step",
    "subparagraph",
    "table",
    "target",
    "tier",
    "title",
    "week",
    "zone",
    "§",
    "alternativ",
    "artikel",
    "artikeln",
    "artiklarna",
    "avdelning",
    "avsnitt",
    "avsnittet",
    "bilaga",
    "bilagan",
    "bilagorna",
    "dag",
    "del",
    "diagram",
    "etapp",
    "fas",
    "figur",
    "fotnot",
    "fråga",
    "frågan",
    "kapitel",
    "kapitlet",
    "kategori",
    "klass",
    "kolumn",
    "kriterium",
    "led",
    "leden",
    "mål",
    "målet",
    "nivå",
    "not",
    "nr",
    "nummer",
    "post",
    "princip",
    "protokoll",
    "punkt",
    "punkten",
    "punkterna",
    "rad",
    "regel",
    "rubrik",
    "ruta",
    "rutan",
    "s.",
    "sida",
    "sidan",
    "skäl",
    "skälen",
    "steg",
    "strecksats",
    "stycke",
    "stycket",
    "styckena",
    "tabell",
    "tabellen",
    "tillägg",
    "vecka",
    "zon",
];

/// Words that join the numbers of a list or a range (`9 and 10`, `5 till 10`), in English and
/// Swedish, lower case.
const LIST_JOINERS: &[&str] =
    &["and", "or", "to", "through", "&", "-", "–", "och", "eller", "till", "samt", "respektive", "resp."];

/// Whether the 10 after `head` is a reference number: labelled by a reference noun
/// (`Article 10`), or the last of a list of numbers (`9, 10`, `points 9 and 10`, `5(2) and 10`).
fn is_reference_number(head: &str) -> bool {
    let mut words = head.split_whitespace().rev().map(|w| w.trim_end_matches([',', ';', ':']));
    let Some(last) = words.next() else { return false };
    let is_noun = |word: &str| REFERENCE_NOUNS.iter().any(|noun| noun.eq_ignore_ascii_case(word));
    let is_number = |word: &str| word.ends_with(|c: char| c.is_ascii_digit() || c == ')');
    if is_noun(last) || last.ends_with(|c: char| c.is_ascii_digit()) {
        return true;
    }
    LIST_JOINERS.iter().any(|joiner| joiner.eq_ignore_ascii_case(last))
        && words.next().is_some_and(|word| is_noun(word) || is_number(word))
}

/// A footnote reference written in plain parentheses glued to a word: `(1-3 digits)`.
#[cfg(test)]
static GLUED_PAREN_REF: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"\(([1-9][0-9]{0,2})\)").expect("constant pattern compiles"));

/// The matches of [`GLUED_PAREN_REF`] in `text`, leftmost first and not overlapping, as
/// (whole match, label) ranges: a parenthesis, a digit 1 to 9, at most two more digits and
/// the closing parenthesis right after the digits.
fn glued_paren_matches(text: &str) -> impl Iterator<Item = (Range<usize>, Range<usize>)> + '_ {
    let bytes = text.as_bytes();
    let mut from = 0;
    std::iter::from_fn(move || {
        while let Some(open) = bytes.get(from..).and_then(|rest| memchr::memchr(b'(', rest)).map(|i| from + i)
        {
            let label = open + 1;
            let digits =
                bytes.get(label..).map_or(0, |rest| rest.iter().take_while(|b| b.is_ascii_digit()).count());
            let first_ok = bytes.get(label).is_some_and(|b| (b'1'..=b'9').contains(b));
            if first_ok && digits <= 3 && bytes.get(label + digits) == Some(&b')') {
                let end = label + digits + 1;
                from = end;
                return Some((open..end, label..label + digits));
            }
            from = open + 1;
        }
        None
    })
}

/// The matches of [`GLUED_PAREN_REF`] by the pattern itself, for the tests.
#[cfg(test)]
fn glued_paren_matches_reference(text: &str) -> Vec<(Range<usize>, Range<usize>)> {
    GLUED_PAREN_REF
        .captures_iter(text)
        .filter_map(|caps| Some((caps.get(0)?.range(), caps.get(1)?.range())))
        .collect()
}

/// Takes footnote references written as plain `(N)` out of the text, conservatively:
/// only when glued to a word of at least two letters and no digits (`Mediterranean(12)`),
/// and not followed by a letter, digit or another parenthesis. So `Article 5(3)`,
/// `25a(1)`, `10(1)(x)`, `(2021)`, `(EU)`, `(a)` and `COM(97) 558` stay text.
fn take_glued_paren_refs(block: &mut Block, source: &str) {
    // Most blocks hold no parenthesis; the vectorised search turns them away at a fraction
    // of the cost of `str::contains`.
    if memchr::memchr(b'(', block.text.as_bytes()).is_none() {
        return;
    }
    let mut found = Vec::new();
    for (whole_range, label_range) in glued_paren_matches(&block.text) {
        let (Some(whole), Some(label)) = (block.text.get(whole_range.clone()), block.text.get(label_range))
        else {
            continue;
        };
        let before = block.text.get(..whole_range.start).unwrap_or("");
        let word = before.rsplit(char::is_whitespace).next().unwrap_or("");
        let word = word.trim_end_matches(['”', '"', '’', '\'']);
        // A short all-capital word before the parenthesis is a document series (`COM(97) 558`,
        // `SEK(2011)`), and a number right after it makes the whole an identifier.
        let series_code = word.chars().count() <= 5 && word.chars().all(|c| c.is_uppercase());
        let glued_to_word =
            word.chars().count() >= 2 && word.chars().all(char::is_alphabetic) && !series_code;
        let after = block.text.get(whole_range.end..).unwrap_or("");
        let next = after.chars().next();
        let number_follows = after.trim_start().starts_with(|c: char| c.is_ascii_digit());
        let ends_well = next.is_none_or(|c| c.is_whitespace() || ".,;:!?”\"’".contains(c)) && !number_follows;
        let span = block.src_span(whole_range.clone());
        let verbatim = source.get(span.range()) == Some(whole);
        if glued_to_word && ends_well && verbatim {
            found.push((whole_range, label.to_string(), span));
        }
    }
    for (range, label, src) in found.into_iter().rev() {
        let at = range.start;
        block.cut_text(range);
        block.inlines.push(Inline::FootnoteRef { label, at, src });
    }
}

/// The text offset where an inline item starts, for keeping them in reading order.
fn inline_start(inline: &Inline) -> usize {
    match inline {
        Inline::FootnoteRef { at, .. } => *at,
        Inline::Link { text, .. } | Inline::Emphasis { text, .. } | Inline::Code { text } => text.start,
    }
}

/// The span without trailing line ends and white space (a block's range from the
/// parser includes the newline that ends it).
/// `text` with its HTML character references decoded: numeric ones (`&#160;`, `&#x2013;`)
/// and the named ones EU texts use; an unknown or malformed one stays as written.
fn decode_entities(text: &str) -> String {
    const NAMED: [(&str, char); 20] = [
        ("nbsp", '\u{a0}'),
        ("amp", '&'),
        ("lt", '<'),
        ("gt", '>'),
        ("quot", '"'),
        ("apos", '\''),
        ("ndash", '–'),
        ("mdash", '—'),
        ("euro", '€'),
        ("pound", '£'),
        ("hellip", '…'),
        ("lsquo", '‘'),
        ("rsquo", '’'),
        ("ldquo", '“'),
        ("rdquo", '”'),
        ("laquo", '«'),
        ("raquo", '»'),
        ("sect", '§'),
        ("deg", '°'),
        ("thinsp", '\u{2009}'),
    ];
    let mut out = String::with_capacity(text.len());
    let mut rest = text;
    while let Some(at) = rest.find('&') {
        out.push_str(&rest[..at]);
        let after = &rest[at + 1..];
        let decoded = after.find(';').filter(|&end| end <= 10).and_then(|end| {
            let name = &after[..end];
            let c = if let Some(hex) = name.strip_prefix("#x").or_else(|| name.strip_prefix("#X")) {
                u32::from_str_radix(hex, 16).ok().and_then(char::from_u32)
            } else if let Some(decimal) = name.strip_prefix('#') {
                decimal.parse::<u32>().ok().and_then(char::from_u32)
            } else {
                NAMED.iter().find(|(n, _)| *n == name).map(|(_, c)| *c)
            };
            c.map(|c| (c, end))
        });
        match decoded {
            Some((c, end)) => {
                if c != '\u{ad}' {
                    out.push(c);
                }
                rest = &after[end + 1..];
            }
            None => {
                out.push('&');
                rest = after;
            }
        }
    }
    out.push_str(rest);
    out
}

/// The source range of an ordered list item's marker (`3.`, `12)`) at the start of the item
/// that begins at `start`: up to nine digits and the delimiter, after the item's indent.
fn ordered_marker(source: &str, start: usize) -> Option<Range<usize>> {
    let bytes = source.as_bytes().get(start..)?;
    let indent = bytes.iter().take_while(|&&b| b == b' ' || b == b'\t').count();
    let digits = bytes.get(indent..)?.iter().take_while(|b| b.is_ascii_digit()).count();
    let delimiter = bytes.get(indent + digits)?;
    ((1..=9).contains(&digits) && matches!(delimiter, b'.' | b')'))
        .then(|| start + indent..start + indent + digits + 1)
}

fn trim_span(source: &str, range: Range<usize>) -> Span {
    let end = range.end.min(source.len());
    let start = range.start.min(end);
    let trimmed = source.get(start..end).map_or(0, |s| s.trim_end().len());
    Span::new(start, start + trimmed)
}

/// The label of a footnote marker's contents: `(12)` or `12` (white space allowed around).
pub(crate) fn footnote_label(content: &str) -> Option<&str> {
    let inner = content.trim();
    let inner = inner.strip_prefix('(').and_then(|s| s.strip_suffix(')')).unwrap_or(inner).trim();
    let plausible = !inner.is_empty() && inner.len() <= 4 && inner.bytes().all(|b| b.is_ascii_digit());
    plausible.then_some(inner)
}

/// Section numbers as written at the start of a heading: `2`, `4.1`, `2.3.` (dot dropped),
/// roman `IV.` and lettered `A.` (these two only with their dot or parenthesis, so that
/// the article in `A more effective control` is not taken for a number).
static HEADING_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"^(?:(?P<arabic>[0-9]{1,3}(?:\.[0-9]{1,3})*)\.?|(?P<letter>[IVXLC]{1,7}|[A-Z]|[a-z])[.)]|\((?P<paren>[0-9]{1,3}|[a-z])\))(?:\s|$)",
    )
        .expect("constant pattern compiles")
});

/// The section number of a heading's plain text, as written without the trailing dot.
pub(crate) fn heading_number(text: &str) -> Option<String> {
    let text = text.trim_start_matches(|c: char| c.is_whitespace() || c == '*' || c == '_');
    let caps = HEADING_NUMBER.captures(text)?;
    let number = caps.name("arabic").or_else(|| caps.name("letter")).or_else(|| caps.name("paren"))?.as_str();
    Some(number.trim_end_matches('.').to_string())
}

#[cfg(test)]
mod glued_tests {
    use super::*;

    proptest::proptest! {
        #[test]
        fn glued_paren_scan_matches_the_pattern(
            text in "([a-zA-Z( )0-9.]|\\(|\\)|[1-9]|\\([1-9][0-9]{0,4}\\)|ä|\\(\\(1\\)\\)){0,30}"
        ) {
            let fast: Vec<_> = glued_paren_matches(&text).collect();
            proptest::prop_assert_eq!(fast, glued_paren_matches_reference(&text));
        }
    }

    #[test]
    fn glued_paren_scan_cases() {
        for text in ["(1)", "(12)(3)", "((1))", "(0)", "(1234)", "(123)", "x(9)y(", "(", "(1", "((((9)"] {
            assert_eq!(
                glued_paren_matches(text).collect::<Vec<_>>(),
                glued_paren_matches_reference(text),
                "{text}"
            );
        }
    }

    fn refs(text: &str) -> Vec<String> {
        let doc = parse("t.md", format!("{text}\n"));
        doc.blocks.iter().flat_map(|b| b.footnote_refs().map(|(l, _)| l.to_string())).collect()
    }

    #[test]
    fn document_numbers_are_not_footnote_references() {
        assert!(refs("as set out in COM(97) 558 final and in KOM(97) 558 slutlig.").is_empty());
        assert!(refs("see SEC(2011) 1230.").is_empty());
        assert_eq!(refs("the Pact for the Mediterranean(12), which promotes"), ["12"]);
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(source: &str) -> Vec<Block> {
        parse("test.md", source.to_string()).blocks
    }

    #[test]
    fn heading_numbers() {
        let cases = [
            ("1. INTRODUCTION", Some("1")),
            ("4.1 Scope", Some("4.1")),
            ("4.1. Scope", Some("4.1")),
            ("II. A NEW LEGAL FRAMEWORK", Some("II")),
            ("A. First part", Some("A")),
            ("A more effective control", None),
            ("2021 in review", None),
            ("Promoting pathways", None),
            ("3.\u{a0}STRONG BORDERS", Some("3")),
            // An English point `(9)` is a Swedish `9.`, `(a)` an `a)`.
            ("(9) Priority Corridor", Some("9")),
            ("(a) Electricity", Some("a")),
            ("a) El", Some("a")),
            ("(2021) in review", None),
            ("a new approach", None),
        ];
        for (text, want) in cases {
            assert_eq!(heading_number(text).as_deref(), want, "{text}");
        }
    }

    #[test]
    fn table_rows_are_paragraphs_with_their_cells_apart() {
        let b = blocks(
            "Before.\n\n| Member State | Rate (%) |\n|---|---:|\n| Belgium | 19.1<sup>(3)</sup> |\n| | 2.5 |\n\nAfter.\n",
        );
        let texts: Vec<&str> = b.iter().map(|block| block.text.as_str()).collect();
        assert_eq!(texts, ["Before.", "Member State | Rate (%)", "Belgium | 19.1", "2.5", "After."]);
        assert!(b.iter().all(|block| block.kind == BlockKind::Paragraph));
        assert_eq!(b[2].footnote_refs().collect::<Vec<_>>(), vec![("3", 14)]);
        assert_eq!(b[2].lines, vec![5]);
        // Each cell's text maps back to its bytes in the source.
        let source = "| a | b |\n|---|---|\n| 10 | 20 |\n";
        let doc = parse("t.md", source.to_string());
        let row = &doc.blocks[1];
        assert_eq!(row.text, "10 | 20");
        let span = row.src_span(5..7);
        assert_eq!(&source[span.start..span.end], "20");
    }

    #[test]
    fn bold_heading_number() {
        let b = blocks("# **2. STEPPING UP**\n");
        assert_eq!(b[0].kind, BlockKind::Heading { level: 1, number: Some("2".into()) });
        assert_eq!(b[0].text, "2. STEPPING UP");
    }

    #[test]
    fn superscript_reference_removed_with_space() {
        let b =
            blocks("stay <sup>(2)</sup>. More in the Mediterranean<sup>(12)</sup> and 2<sup>nd</sup> x\n");
        assert_eq!(b[0].text, "stay. More in the Mediterranean and 2nd x");
        let refs: Vec<_> = b[0].footnote_refs().collect();
        assert_eq!(refs, vec![("2", 4), ("12", 31)]);
    }

    #[test]
    fn superscript_after_a_figure_ten_is_a_power() {
        let text = |source: &str| {
            let b = blocks(source);
            let refs: Vec<String> = b[0].footnote_refs().map(|(label, _)| label.to_string()).collect();
            (b[0].text.clone(), refs)
        };
        let power =
            |source: &str, want: &str| assert_eq!(text(source), (want.to_string(), vec![]), "{source}");
        let call = |source: &str, want: &str, label: &str| {
            assert_eq!(text(source), (want.to_string(), vec![label.to_string()]), "{source}")
        };
        power("PN of 6,0 × 10<sup>11</sup> per km\n", "PN of 6,0 × 10^11 per km");
        power("is greater than 10<sup>25</sup> (Article 51(2))\n", "is greater than 10^25 (Article 51(2))");
        power("är större än 10<sup>25</sup> (artikel 51.2)\n", "är större än 10^25 (artikel 51.2)");
        power("(10<sup>23</sup> operations)\n", "(10^23 operations)");
        power("below 10<sup>−3</sup> mol\n", "below 10^−3 mol");
        power("a volume of 5 cm<sup>3</sup>\n", "a volume of 5 cm^3");
        // A number that labels a part of a text, or ends a list, carries a footnote call.
        call("under Article 10<sup>3</sup>.\n", "under Article 10.", "3");
        call("as in point 10<sup>5</sup>.\n", "as in point 10.", "5");
        call("i artikel 10<sup>7</sup>.\n", "i artikel 10.", "7");
        call("points 9 and 10<sup>4</sup>.\n", "points 9 and 10.", "4");
        call("Articles 5(2) and 10<sup>4</sup>.\n", "Articles 5(2) and 10.", "4");
        call("see 8, 10<sup>6</sup>.\n", "see 8, 10.", "6");
        // A 10 that ends a longer number or word, or a box, is no power.
        call("in 2010<sup>2</sup>.\n", "in 2010.", "2");
        call("Regulation 2019/10<sup>2</sup>.\n", "Regulation 2019/10.", "2");
        call("see box 10<sup>9</sup>.\n", "see box 10.", "9");
        // The footnote number the text awaits is a call, even after a bare figure.
        call("about 10<sup>1</sup>.\n", "about 10.", "1");
        let b = blocks("A<sup>(1)</sup> b<sup>2</sup> more than 10<sup>3</sup>, at most 10<sup>6</sup>.\n");
        assert_eq!(b[0].text, "A b more than 10, at most 10^6.");
        assert_eq!(b[0].footnote_refs().map(|(label, _)| label).collect::<Vec<_>>(), ["1", "2", "3"]);
    }

    #[test]
    fn superscripts_of_a_formula_are_limits_and_powers() {
        let text = |source: &str| {
            let b = blocks(source);
            let refs: Vec<String> = b[0].footnote_refs().map(|(label, _)| label.to_string()).collect();
            (b[0].text.clone(), refs)
        };
        let formula =
            |source: &str, want: &str| assert_eq!(text(source), (want.to_string(), vec![]), "{source}");
        let call = |source: &str, want: &str, label: &str| {
            assert_eq!(text(source), (want.to_string(), vec![label.to_string()]), "{source}")
        };
        // The upper limit of a big operator, after its lower limit or right after it.
        formula(
            "1 500 = 45 + ∑<sub>l=1</sub><sup>11</sup> 130,41(1 + X)<sup>−l/12</sup> + 130,44(1 + X)<sup>−1</sup>\n",
            "1 500 = 45 + ∑l=1^11 130,41(1 + X)^−l/12 + 130,44(1 + X)^−1",
        );
        formula("∑<sub>k=1</sub><sup>m</sup> C<sub>k</sub>\n", "∑k=1^m Ck");
        formula("Σ<sub>t≥0</sub><sup>5</sup> SCR(t)\n", "Σt≥0^5 SCR(t)");
        formula("∫<sup>1</sup> f\n", "∫^1 f");
        // A lower limit with a sign of relation after any operator (`Π`, a capital pi).
        formula("Π<sub>i=1</sub><sup>3</sup> x\n", "Πi=1^3 x");
        // The power of an indexed symbol, unless it is the footnote number the text awaits.
        formula("x<sub>i</sub><sup>2</sup> + y\n", "xi^2 + y");
        call("x<sub>i</sub><sup>1</sup> is\n", "xi is", "1");
        // A subscript inside an exponent is the exponent's.
        formula("(1 + X)<sup>−t<sub>k</sub></sup> = S\n", "(1 + X)^−tk = S");
        // After the digits of a chemical formula or a name, a footnote call; in brackets, always.
        call("emissions of CO<sub>2</sub><sup>4</sup>.\n", "emissions of CO2.", "4");
        call("∑<sub>l=1</sub><sup>(11)</sup> x\n", "∑l=1 x", "11");
    }

    #[test]
    fn links_and_autolinks() {
        let b = blocks("See [the site](https://a.eu/x\\_y) and <https://b.eu/z> or [gone](#).\n");
        assert_eq!(b[0].text, "See the site and https://b.eu/z or gone.");
        let links: Vec<_> = b[0]
            .inlines
            .iter()
            .filter_map(|i| match i {
                Inline::Link { url, text, .. } => Some((url.as_str(), &b[0].text[text.clone()])),
                _ => None,
            })
            .collect();
        assert_eq!(
            links,
            vec![("https://a.eu/x_y", "the site"), ("https://b.eu/z", "https://b.eu/z"), ("#", "gone")]
        );
    }

    #[test]
    fn entities_and_hard_breaks() {
        let b = blocks("Tom &amp; Jerry  \nsecond line\n");
        assert_eq!(b[0].text, "Tom & Jerry second line");
        assert_eq!(b[0].lines, vec![1, 2]);
    }

    #[test]
    fn unclosed_superscript_warns() {
        let doc = parse("t.md", "text <sup>(3) more\n".to_string());
        assert_eq!(doc.warnings.len(), 1);
        assert!(doc.blocks[0].text.contains("(3) more"));
    }

    #[test]
    fn list_items() {
        let b = blocks("- one\n- two\n\n  more of two\n1. three\n");
        let kinds: Vec<_> = b.iter().map(|b| (&b.kind, b.text.as_str())).collect();
        assert_eq!(
            kinds,
            vec![
                (&BlockKind::ListItem, "one"),
                (&BlockKind::ListItem, "two more of two"),
                (&BlockKind::ListItem, "1. three")
            ]
        );
    }

    #[test]
    fn markdown_footnotes_are_references_and_definitions() {
        let source = "In force since 2024.[^1] It applies from 2026 [^2].\n\n[^1]: OJ L, 2024/1351.\n[^2]: See Article 85.\n\n    A second paragraph.\n";
        let b = blocks(source);
        let view: Vec<_> = b.iter().map(|b| (&b.kind, b.text.as_str())).collect();
        assert_eq!(
            view,
            vec![
                (&BlockKind::Paragraph, "In force since 2024. It applies from 2026."),
                (&BlockKind::FootnoteDef { label: "1".into() }, "OJ L, 2024/1351."),
                (&BlockKind::FootnoteDef { label: "2".into() }, "See Article 85. A second paragraph."),
            ]
        );
        let refs: Vec<_> = b[0].footnote_refs().map(|(label, _)| label.to_string()).collect();
        assert_eq!(refs, ["1", "2"]);
        // A reference's source span is its `[^N]`.
        let spans: Vec<_> = b[0]
            .inlines
            .iter()
            .filter_map(|i| match i {
                Inline::FootnoteRef { src, .. } => source.get(src.start..src.end),
                _ => None,
            })
            .collect();
        assert_eq!(spans, ["[^1]", "[^2]"]);
    }

    #[test]
    fn html_table_cells_stay_apart() {
        let b = blocks("<table>\n<tr><td>Belgium</td><td>12 500 000</td><td>130 000</td></tr>\n</table>\n");
        assert_eq!(b[0].text, "Belgium | 12 500 000 | 130 000 |");
        let b = blocks(
            "<table><tr><td>12&nbsp;500&#160;000</td><td>2021&ndash;2027 &amp; &bogus; &#xZZ;</td></tr></table>\n",
        );
        assert_eq!(b[0].text, "12\u{a0}500\u{a0}000 | 2021–2027 & &bogus; &#xZZ; |");
        let b = blocks("<div><p>Arrivals fell.</p><p>Returns rose 12%.</p></div>\n");
        assert_eq!(b[0].text, "Arrivals fell. Returns rose 12%.");
    }

    #[test]
    fn ordered_items_keep_their_numbers_as_written() {
        // CommonMark numbers items from the first; the text keeps what each item says.
        let source = "1. I artikel 12 ska\n3) Bilaga III\n\n   7. nested\n\n- 4. not a marker\n";
        let b = blocks(source);
        let texts: Vec<_> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(texts, vec!["1. I artikel 12 ska", "3) Bilaga III", "7. nested", "4. not a marker"]);
        // The marker maps to its own source bytes.
        assert_eq!(b[1].src_offset(0), source.find("3)").unwrap());
        assert_eq!(b[2].src_offset(0), source.find("7.").unwrap());
        assert_eq!(b[0].lines, vec![1]);
    }
}
