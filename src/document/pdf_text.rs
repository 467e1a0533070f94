//! Reader for plain text extracted from PDF: hard-wrapped lines (often a blank line after
//! each), page artefacts, footnotes at page bottoms.
//!
//! What the extraction looks like, and what the reader relies on:
//! - A line of white space only (not an empty line) marks a region boundary on a page:
//!   it comes before the footnotes of a page, around a page number, and before section
//!   headings. Empty lines carry no information when nearly every line is followed by one;
//!   otherwise an empty line ends a paragraph.
//! - Footnotes sit after such a boundary, each starting `N  text` (the label, then at least
//!   two spaces; `*` labels too); a line that does not start a footnote continues the last
//!   one, until the next boundary or the first line of the next page.
//! - Page numbers are lines of 1–3 digits next to a boundary line; they are dropped.
//! - Wrapped lines are joined with one space. A line that ends in a letter and a hyphen
//!   is joined without the space and keeps the hyphen: EU texts are not hyphenated
//!   automatically, so such a hyphen is nearly always a compound's (`mid-term`,
//!   `family-related`), and keeping it is the conservative choice.
//! - A paragraph ends at a line that ends with sentence punctuation and either two
//!   trailing spaces (the extractor marks paragraph ends so) or a length well short of
//!   the page width; and before a heading or a list item.
//! - Headings: ` I. INTRODUCTION` (roman, capitals), `2. Making the Pact a reality`
//!   (arabic, short, no final punctuation) and unnumbered lines between paragraphs that
//!   are short, or that were ended on purpose: the next line's first word would have fitted
//!   on them, and they have no punctuation inside and no capital at the start of their last
//!   word, which could go on in a name on the next line.
//! - Footnote references are digits glued to the end of a word (`eleven1`,
//!   `disposal.3`); they are taken only when they continue the document's footnote
//!   sequence, so `EUR 5.3 billion` or `COVID19` stay text.
//!
//! A paragraph interrupted by a page's footnotes continues after them: it stays one
//! block whose `parts` list each page's part, and the page break and footnote
//! definitions follow it.

use std::sync::LazyLock;

use regex::Regex;

use super::page_join::ends_open;
use super::{Block, BlockKind, Document, Inline};
use crate::text::{LineIndex, Span};

/// Parses PDF-extracted text. Never fails: an empty or odd input gives fewer blocks.
pub fn parse(name: &str, source: String) -> Document {
    let line_index = LineIndex::new(&source);
    let mut blocks = read_blocks(&source, &line_index);
    // A paragraph that a blank line closed before its page's footnotes goes on after them.
    super::page_join::join_split_blocks(&mut blocks);
    Document {
        name: name.to_string(),
        lang: crate::text::lang::detect(&source),
        line_index,
        source,
        blocks,
        warnings: vec![],
    }
}

static FOOTNOTE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{1,3}|\*{1,3}|†)\s{2,}\S").expect("constant pattern compiles"));
/// A footnote written `N text`, one space after the label, as `pdftotext` gives them: read as
/// one only where the page's remaining lines are footnotes (see [`notes_end_the_page`]).
static LOOSE_FOOTNOTE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([0-9]{1,3})\s\S").expect("constant pattern compiles"));
/// The footer of a page of an EU document, the language code on both sides of the page
/// number (`EN 3 EN`, `SV 12 SV`), or of the cover page (`EN EN`).
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z]{2})(?:\s+[0-9]{1,3})?\s+([A-Z]{2})$").expect("constant pattern compiles")
});
static ROMAN_HEADING: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([IVXLC]{1,7})\.\s+\S").expect("constant pattern compiles"));
static ARABIC_HEADING: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([0-9]{1,2}(?:\.[0-9]{1,2})*)\.?\s+\p{Lu}").expect("constant pattern compiles")
});
static LIST_ITEM: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^(?:[•▪◦●·–-]|\(?[a-z]\)|\([0-9]{1,2}\))\s+\S").expect("constant pattern compiles")
});
/// A footnote reference glued to an act's number: no act number has more than four digits
/// after its slash, so `862/20074` is `862/2007` and the call `4`.
static NUMBER_GLUED_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"[0-9]/[0-9]{4}([0-9]{1,2})(?:[.,;:)]?(?:\s|$))").expect("constant pattern compiles")
});
/// A footnote reference glued after the full stop that ends a sentence on a year, before the
/// next sentence's capital: `in December 2024.2 The next …` is `2024.` and the call `2`.
static YEAR_GLUED_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:^|[^0-9.,])(?:19|20)[0-9]{2}\.([0-9]{1,2})\s+\p{Lu}").expect("constant pattern compiles")
});
static GLUED_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\p{L}[.,;:’”)]?([0-9]{1,2}|\*)(?:[.,;:)]?(?:\s|$))").expect("constant pattern compiles")
});

/// One physical line: its content range (line end excluded) and 1-based number.
#[derive(Clone, Copy)]
struct Line<'a> {
    start: usize,
    text: &'a str,
    number: u32,
    /// The line starts a page: the extractor wrote a form feed before it.
    page_start: bool,
}

impl Line<'_> {
    fn is_empty(&self) -> bool {
        self.text.is_empty()
    }
    /// A line of white space only: a region boundary.
    fn is_boundary(&self) -> bool {
        !self.text.is_empty() && self.text.trim().is_empty()
    }
    fn content(&self) -> &str {
        self.text.trim()
    }
}

fn lines(source: &str) -> Vec<Line<'_>> {
    let mut out = Vec::new();
    let mut start = if source.starts_with('\u{feff}') { '\u{feff}'.len_utf8() } else { 0 };
    let mut number = 1;
    while start <= source.len() {
        let rest = source.get(start..).unwrap_or("");
        let len = rest.find('\n').unwrap_or(rest.len());
        let text = rest.get(..len).unwrap_or("");
        let text = text.strip_suffix('\r').unwrap_or(text);
        // A form feed ends a page (`pdftotext` writes one before each page but the first).
        let fed = text.len() - text.trim_start_matches('\u{c}').len();
        let (text, page_start) = (text.get(fed..).unwrap_or(""), fed > 0);
        out.push(Line { start: start + fed, text, number, page_start });
        number += 1;
        start += len + 1;
    }
    out
}

/// The state of the reader while it walks the lines.
struct Reader {
    blocks: Vec<Block>,
    /// The body paragraph, heading run or list item being read.
    current: Option<Block>,
    /// Whether the current block's last line ended it.
    current_closed: bool,
    /// Whether the current block's last line ended with sentence punctuation, ending the
    /// block or not (a full line may end a paragraph without a mark).
    current_ends_sentence: bool,
    /// Page breaks and footnotes read while a paragraph was open: they follow it.
    deferred: Vec<Block>,
    /// The footnote being read, while inside a page's footnote region.
    note: Option<Block>,
    in_notes: bool,
    /// A new part of the current block starts at its next line (after footnotes).
    new_part: bool,
    next_footnote: u32,
    /// The label the next footnote definition should have: one more than the last.
    next_note_label: u32,
}

fn read_blocks(source: &str, line_index: &LineIndex) -> Vec<Block> {
    let _ = line_index;
    let all = lines(source);
    let n_content = all.iter().filter(|l| !l.text.trim().is_empty()).count();
    let n_followed_by_empty =
        all.windows(2).filter(|w| !w[0].text.trim().is_empty() && w[1].is_empty()).count();
    // Double-spaced extraction: empty lines are noise, not paragraph ends.
    let empty_is_noise = n_content > 0 && n_followed_by_empty * 5 >= n_content * 4;
    let width = typical_width(&all);
    let mut reader = Reader {
        blocks: vec![],
        current: None,
        current_closed: true,
        current_ends_sentence: true,
        deferred: vec![],
        note: None,
        in_notes: false,
        new_part: false,
        next_footnote: 1,
        next_note_label: 1,
    };
    let mut after_boundary = true;
    for (i, line) in all.iter().enumerate() {
        if line.page_start {
            reader.page_end();
            reader.page_break(line);
            after_boundary = true;
        }
        if line.is_empty() {
            if !empty_is_noise {
                reader.close_current();
            }
            continue;
        }
        if is_footer(line) {
            reader.page_end();
            reader.page_break(line);
            after_boundary = true;
            continue;
        }
        if line.is_boundary() {
            reader.page_end();
            after_boundary = true;
            continue;
        }
        if is_page_number(&all, i) {
            continue;
        }
        let content = line.content();
        if (after_boundary || reader.in_notes) && FOOTNOTE_START.is_match(content) {
            reader.start_note(line, &FOOTNOTE_START);
            after_boundary = false;
            continue;
        }
        if LOOSE_FOOTNOTE_START.is_match(content) && notes_end_the_page(&all, i, reader.next_note_label) {
            reader.start_note(line, &LOOSE_FOOTNOTE_START);
            after_boundary = false;
            continue;
        }
        // The first line of a page starts with a space: it ends a footnote region.
        let page_start = line.text.starts_with(' ');
        if reader.in_notes && !page_start {
            reader.continue_note(line);
            continue;
        }
        if reader.in_notes {
            reader.end_notes();
        }
        after_boundary = false;
        let next = all.get(i + 1..).and_then(|rest| rest.iter().find(|l| !l.text.trim().is_empty()));
        reader.body_line(line, next, width);
    }
    reader.end_notes();
    reader.close_current();
    let mut blocks = reader.blocks;
    for block in &mut blocks {
        block.trim_text();
    }
    blocks.retain(|b| b.kind == BlockKind::PageBreak || !b.text.is_empty());
    blocks
}

/// The line width of the page body: the 90th percentile of line lengths in characters.
fn typical_width(all: &[Line<'_>]) -> usize {
    let mut lengths: Vec<usize> =
        all.iter().map(|l| l.text.trim_end().chars().count()).filter(|n| *n > 0).collect();
    if lengths.is_empty() {
        return 0;
    }
    lengths.sort_unstable();
    lengths[(lengths.len() * 9 / 10).min(lengths.len() - 1)]
}

/// Whether a line is a page's footer (`EN 3 EN`, `SV SV`): the same language code twice.
fn is_footer(line: &Line<'_>) -> bool {
    FOOTER
        .captures(line.content())
        .is_some_and(|caps| caps.get(1).map(|m| m.as_str()) == caps.get(2).map(|m| m.as_str()))
}

/// Whether line `i`, written `N text`, starts the footnotes of its page: its label is the next
/// footnote's (or one of the two after it, should one be lost), and every line from it to the
/// page's end (a footer, a form feed, a boundary line or the end of the text) lies within 40
/// lines, and the page calls the footnote before it. A body line that starts with a figure
/// (`17 Member States have …`) is rarely followed by the page's end so soon, and the figure is
/// rarely glued to a word above it.
fn notes_end_the_page(all: &[Line<'_>], i: usize, next_label: u32) -> bool {
    let label = |line: &Line<'_>| -> Option<u32> {
        LOOSE_FOOTNOTE_START.captures(line.content())?.get(1)?.as_str().parse().ok()
    };
    let Some(first) = all.get(i).and_then(label) else { return false };
    if !(next_label..=next_label + 2).contains(&first) || !called_on_page(all, i, first) {
        return false;
    }
    let mut expected = first + 1;
    for (k, line) in all.iter().enumerate().skip(i + 1) {
        if k > i + 40 {
            return false;
        }
        if line.page_start || is_footer(line) || line.is_boundary() {
            return true;
        }
        if line.is_empty() {
            continue;
        }
        // A line that starts with another figure continues a note (`9 juli 2025.`).
        if label(line) == Some(expected) {
            expected += 1;
        }
    }
    true
}

/// Whether the page of line `i`, before it, calls footnote `label`: the label glued to the end
/// of a word, a bracket, a mark or a figure (`Council1`, `(EMN)3`, `862/20074`).
fn called_on_page(all: &[Line<'_>], i: usize, label: u32) -> bool {
    let label = label.to_string();
    for line in all.get(..i).unwrap_or_default().iter().rev() {
        let text = line.text;
        let called = text.match_indices(label.as_str()).any(|(at, _)| {
            let head = text.get(..at).unwrap_or_default();
            let before = head.chars().next_back();
            let after = text.get(at + label.len()..).and_then(|tail| tail.chars().next());
            // After a figure, only an act's number ends before a call (`862/20074`): the last
            // digits of a year or an amount are no call (`2023`, `13`).
            let glued = match before {
                Some(c) if c.is_ascii_digit() => ends_with_act_number(head),
                Some(c) => !c.is_whitespace(),
                None => false,
            };
            glued && !after.is_some_and(|c| c.is_ascii_digit())
        });
        if called {
            return true;
        }
        if line.page_start || is_footer(line) {
            return false;
        }
    }
    false
}

/// Whether `head` ends with an act's number, a slash and a year of four digits (`862/2007`),
/// to which a footnote call may be glued.
fn ends_with_act_number(head: &str) -> bool {
    let bytes = head.as_bytes();
    let digits = bytes.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    digits == 4 && bytes.len() > 4 && bytes[bytes.len() - 5] == b'/'
}

/// A line of 1–3 digits next to a boundary line, a page's start (a form feed) or the file's
/// start or end is a page number.
fn is_page_number(all: &[Line<'_>], i: usize) -> bool {
    let content = all[i].content();
    if content.is_empty() || content.len() > 3 || !content.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let before = all[..i].iter().rev().find(|l| !l.is_empty());
    let after = all[i + 1..].iter().find(|l| !l.is_empty());
    all[i].page_start
        || before.is_none_or(Line::is_boundary)
        || after.is_none_or(|line| line.is_boundary() || line.page_start)
}

fn ends_closed(text: &str) -> bool {
    !text.trim().is_empty() && !ends_open(text)
}

impl Reader {
    fn new_block(&self, kind: BlockKind, line: &Line<'_>) -> Block {
        let content = line.content();
        let offset = line.start + (line.text.len() - line.text.trim_start().len());
        let mut block = Block::empty(kind, Span::new(offset, offset + content.len()));
        block.push_verbatim(content, offset);
        block.lines.push(line.number);
        block
    }

    fn push(&mut self, block: Block) {
        if self.current.is_some() {
            self.deferred.push(block);
        } else {
            self.blocks.push(block);
        }
    }

    fn close_current(&mut self) {
        if let Some(mut block) = self.current.take() {
            if matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem) {
                take_glued_refs(&mut block, &mut self.next_footnote);
            }
            self.blocks.push(block);
        }
        self.blocks.append(&mut self.deferred);
        self.current_closed = true;
        self.new_part = false;
    }

    /// A region boundary, a page footer or a form feed: footnotes being read end, and a
    /// paragraph open at a page's end goes on in a new part.
    fn page_end(&mut self) {
        if self.in_notes {
            self.end_notes();
        } else if self.current.is_some() && !self.current_closed {
            self.new_part = true;
        }
    }

    /// A page's end that the extraction marks (a footer, a form feed): a page break, once.
    fn page_break(&mut self, line: &Line<'_>) {
        let last = self.deferred.last().or(if self.current.is_none() { self.blocks.last() } else { None });
        if last.is_some_and(|block| block.kind == BlockKind::PageBreak) {
            return;
        }
        let mut page_break = Block::empty(BlockKind::PageBreak, Span::new(line.start, line.start));
        page_break.lines.push(line.number);
        self.push(page_break);
    }

    fn start_note(&mut self, line: &Line<'_>, pattern: &Regex) {
        if !self.in_notes {
            self.in_notes = true;
            let mut page_break = Block::empty(BlockKind::PageBreak, Span::new(line.start, line.start));
            page_break.lines.push(line.number);
            self.push(page_break);
        }
        if let Some(note) = self.note.take() {
            self.push(note);
        }
        let content = line.content();
        let Some(caps) = pattern.captures(content) else { return };
        let Some(label) = caps.get(1) else { return };
        if let Ok(n) = label.as_str().parse::<u32>() {
            self.next_note_label = n + 1;
        }
        let mut block = self.new_block(BlockKind::FootnoteDef { label: label.as_str().to_string() }, line);
        let marker_len = content.len() - content.get(label.end()..).unwrap_or("").trim_start().len();
        block.cut_text(0..marker_len);
        self.note = Some(block);
    }

    fn continue_note(&mut self, line: &Line<'_>) {
        let Some(note) = self.note.as_mut() else { return };
        append_line(note, line);
        if let Some(part) = note.parts.last_mut() {
            part.end = line.start + line.text.trim_end().len();
        }
    }

    fn end_notes(&mut self) {
        if let Some(note) = self.note.take() {
            self.push(note);
        }
        if self.in_notes {
            self.in_notes = false;
            self.new_part = self.current.is_some();
        }
    }

    fn body_line(&mut self, line: &Line<'_>, next: Option<&Line<'_>>, width: usize) {
        let content = line.content();
        let n_chars = content.chars().count();
        let short = n_chars * 4 < width * 3;
        let next_starts_upper =
            next.is_some_and(|l| l.content().chars().next().is_some_and(char::is_uppercase));
        let heading = if let Some(caps) = ROMAN_HEADING.captures(content)
            && !content.chars().any(char::is_lowercase)
        {
            Some((1, caps.get(1).map(|m| m.as_str().to_string())))
        } else if let Some(caps) = ARABIC_HEADING.captures(content)
            && short
            && ends_open(content)
        {
            Some((2, caps.get(1).map(|m| m.as_str().to_string())))
        } else if (self.current_closed || self.current_ends_sentence && short && bare_title(content))
            && (short || ends_deliberately(content, n_chars, next, width))
            && ends_open(content)
            && !ends_in_function_word(content)
            && !ends_in_running_number(content)
            && next_starts_upper
            && content.chars().next().is_some_and(char::is_uppercase)
        {
            Some((3, None))
        } else {
            None
        };
        if let Some((level, number)) = heading {
            self.close_current();
            let block = self.new_block(BlockKind::Heading { level, number }, line);
            self.blocks.push(block);
            return;
        }
        let is_item = LIST_ITEM.is_match(content);
        match self.current.as_mut() {
            Some(block) if !self.current_closed && !is_item => {
                if std::mem::take(&mut self.new_part) {
                    let offset = line.start + (line.text.len() - line.text.trim_start().len());
                    block.parts.push(Span::new(offset, offset));
                }
                append_line(block, line);
                if let Some(part) = block.parts.last_mut() {
                    part.end = line.start + line.text.trim_end().len();
                }
            }
            _ => {
                self.close_current();
                let kind = if is_item { BlockKind::ListItem } else { BlockKind::Paragraph };
                self.current = Some(self.new_block(kind, line));
            }
        }
        let marked_end = line.text.ends_with("  ");
        self.current_ends_sentence = ends_closed(content);
        self.current_closed = self.current_ends_sentence && (marked_end || short);
    }
}

/// Whether a short line reads as a title: no sentence punctuation in it and a letter at its
/// end. After a full line that ends a sentence, such a line is a heading, not the end of the
/// paragraph (whose last line ends with a mark or a footnote number: `milestone.5`).
fn bare_title(content: &str) -> bool {
    !content.contains(['.', '!', '?', ';', ':'])
        && content.trim_end().chars().next_back().is_some_and(char::is_alphabetic)
}

/// Words no heading ends with, in English and Swedish: a line that ends with one was wrapped
/// before a name (`in close cooperation with the` | `European Union Agency for Asylum`).
const NO_HEADING_END: &[&str] = &[
    "a", "an", "and", "as", "at", "by", "for", "from", "in", "of", "on", "or", "that", "the", "to", "which",
    "with", "att", "av", "den", "det", "efter", "eller", "en", "ett", "från", "för", "i", "med", "mellan",
    "och", "om", "på", "som", "till", "under", "vid",
];

/// Whether the last word of `content` is one of [`NO_HEADING_END`] (any case).
fn ends_in_function_word(content: &str) -> bool {
    let last = content.rsplit(char::is_whitespace).next().unwrap_or_default().to_lowercase();
    NO_HEADING_END.contains(&last.as_str())
}

/// Whether a line ends with a number after a lower-case word, as a sentence wrapped inside a
/// date or an amount does (`… the head of the penal colony since 15` | `March 2019.`); a
/// heading's number follows its label (`Table 3`, `Annex 2`).
fn ends_in_running_number(content: &str) -> bool {
    let mut words = content.rsplit(char::is_whitespace).filter(|word| !word.is_empty());
    let (Some(last), Some(before)) = (words.next(), words.next()) else { return false };
    last.bytes().all(|b| b.is_ascii_digit()) && before.chars().next().is_some_and(char::is_lowercase)
}

/// Whether a long line that could be a heading (`Fast and efficient procedures for asylum and
/// return with stronger individual safeguards`) was ended on purpose rather than wrapped:
/// the next line's first word would have fitted on it, it has no punctuation inside, and its
/// last word does not start with a capital, which could go on in a name on the next line
/// (`the National` | `Asylum and Reception Authorities`).
fn ends_deliberately(content: &str, n_chars: usize, next: Option<&Line<'_>>, width: usize) -> bool {
    let last_word_capitalised = content
        .rsplit(char::is_whitespace)
        .next()
        .and_then(|word| word.chars().next())
        .is_some_and(char::is_uppercase);
    content.contains(char::is_whitespace)
        && !last_word_capitalised
        && !content.contains([',', ';', ':', '.'])
        && next_word_fits(n_chars, next, width)
}

/// Whether the first word of the `next` line would have fitted at the end of a line of
/// `n_chars` characters: then that line was not wrapped but ended on purpose. A margin of
/// two characters allows for the proportional type of the page.
fn next_word_fits(n_chars: usize, next: Option<&Line<'_>>, width: usize) -> bool {
    next.and_then(|line| line.content().split_whitespace().next())
        .is_some_and(|word| n_chars + 1 + word.chars().count() + 2 <= width)
}

/// Appends a wrapped line: one space between lines, none after a hyphen that ends a word.
fn append_line(block: &mut Block, line: &Line<'_>) {
    let content = line.content();
    let mut tail = block.text.chars().rev();
    let hyphenated = tail.next() == Some('-') && tail.next().is_some_and(char::is_alphabetic);
    // Between figures (the cells of a table read one per line), a line break: a space would
    // read `142 615` and `158 920` as one figure grouped by spaces.
    let figures = block.text.ends_with(|c: char| c.is_ascii_digit())
        && content.starts_with(|c: char| c.is_ascii_digit());
    if figures {
        block.push_synthetic("\n");
    } else if !hyphenated && !block.text.is_empty() {
        block.push_synthetic(" ");
    }
    let offset = line.start + (line.text.len() - line.text.trim_start().len());
    block.push_verbatim(content, offset);
    if block.lines.last() != Some(&line.number) {
        block.lines.push(line.number);
    }
}

/// Takes digits glued to the end of a word out of the text as footnote references, when
/// they continue the footnote sequence (the next label or one of the two after it).
fn take_glued_refs(block: &mut Block, next_footnote: &mut u32) {
    let mut found = Vec::new();
    let mut labels: Vec<regex::Match<'_>> = [&*GLUED_REF, &*NUMBER_GLUED_REF, &*YEAR_GLUED_REF]
        .iter()
        .flat_map(|pattern| pattern.captures_iter(&block.text).filter_map(|caps| caps.get(1)))
        .collect();
    labels.sort_by_key(regex::Match::start);
    for label in labels {
        let fits = match label.as_str().parse::<u32>() {
            Ok(n) => (*next_footnote..=*next_footnote + 2).contains(&n),
            Err(_) => label.as_str() == "*",
        };
        if fits {
            if let Ok(n) = label.as_str().parse::<u32>() {
                *next_footnote = n + 1;
            }
            found.push((label.range(), label.as_str().to_string()));
        }
    }
    for (range, label) in found.into_iter().rev() {
        let src = block.src_span(range.clone());
        let at = range.start;
        block.cut_text(range);
        block.inlines.push(Inline::FootnoteRef { label, at, src });
    }
    block.inlines.sort_by_key(|i| match i {
        Inline::FootnoteRef { at, .. } => *at,
        Inline::Link { text, .. } | Inline::Emphasis { text, .. } | Inline::Code { text } => text.start,
    });
}
