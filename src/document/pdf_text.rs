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
//! - Page numbers are lines of 1–3 digits next to a boundary line; they are dropped, and so
//!   are footers that count the pages (`… Page 1 of 3`, `Sida 1 av 3`, `2 / 24`) and a
//!   language code alone on a line (`SV` in a masthead).
//! - Page numbers may also stand alone between empty lines (extractions without form feeds),
//!   in sequence with another; a running head, the first line of a page that comes back,
//!   figures aside, at the start of another page, is dropped (a short one only where it
//!   holds a document's number: `EASA AD-nr: 2026-0123`).
//! - Wrapped lines are joined with one space. A word hyphenated at the line end between two
//!   lower-case letters is joined without its hyphen (`installa-` | `tion`); the hyphen of a
//!   compound stays (`EU-` | `talangpool`, `third-` | `country`, `medel-` | `och`).
//! - A paragraph ends at a line that ends with sentence punctuation and either two
//!   trailing spaces (the extractor marks paragraph ends so) or a length well short of
//!   the page width; and before a heading or a list item.
//! - Headings: ` I. INTRODUCTION` (roman, capitals), `2. Making the Pact a reality`
//!   (arabic, short or standing alone, no final punctuation but a colon on a line alone, not
//!   ending in a function word nor going on from a line that ends in one or in a comma:
//!   `… January 2026 and` | `1 February 2025 to …`) and unnumbered lines between paragraphs that
//!   are short, or that were ended on purpose: the next line's first word would have fitted
//!   on them, and they have no punctuation inside and no capital at the start of their last
//!   word, which could go on in a name on the next line.
//! - Footnote references are digits glued to the end of a word (`eleven1`,
//!   `disposal.3`); they are taken only when they continue the document's footnote
//!   sequence, so `EUR 5.3 billion` or `COVID19` stay text, and never after a code of
//!   capitals and figures (`A(H5N1)`). A line `N` and only figures (`2 933`) or cells apart
//!   by wide gaps is a table's row, no footnote. A link broken at a line's end after a dot,
//!   a slash or a hyphen is joined as it stands when the next line goes on with a piece of it. Glued to a year or a case
//!   number (`20252`, `C‑906/198`), a call is taken only where a page bottom defines it; glued
//!   to an act's number of the new style (`2016/6795`), only where the text also writes that
//!   number (`2016/679`, in the note).
//! - Footnotes may be indented (`pdftotext -layout`: `  1    Eurostat …`), their lines going
//!   on indented; a label never starts with a zero (`01` numbers a paragraph in the margin).
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

/// A footnote's label never starts with a zero: `01   Energy audits …` is a paragraph numbered
/// in the margin (`pdftotext -layout`).
static FOOTNOTE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([1-9][0-9]{0,2}|\*{1,3}|†)\s{2,}\S").expect("constant pattern compiles"));
/// A footnote written `N text`, one space after the label, as `pdftotext` gives them: read as
/// one only where the page's remaining lines are footnotes (see [`notes_end_the_page`]).
static LOOSE_FOOTNOTE_START: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^([1-9][0-9]{0,2})\s+\S").expect("constant pattern compiles"));
/// The footer of a page of an EU document, the language code on both sides of the page
/// number (`EN 3 EN`, `SV 12 SV`), or of the cover page (`EN EN`).
static FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"^([A-Z]{2})(?:\s+[0-9]{1,3})?\s+([A-Z]{2})$").expect("constant pattern compiles")
});
/// A page footer that numbers the page among all (`EASA AD No.: 2026-0123    Page 1 of 3`,
/// `Sida 1 av 3`), or a page number over the page count alone (`2 / 24`, a browser's print).
static PAGE_OF_FOOTER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(
        r"(?i)^(?:.*\s)?(?:page|sida)\s+[0-9]{1,3}\s+(?:of|av)\s+[0-9]{1,3}$|^[0-9]{1,3} / [0-9]{1,3}$",
    )
    .expect("constant pattern compiles")
});
/// The codes of the official languages of the Union: a code alone on a line is the language
/// mark of a page head or masthead (`EN`, `SV` beside `L series`), not text.
const LANGUAGE_CODES: &[&str] = &[
    "BG", "CS", "DA", "DE", "EL", "EN", "ES", "ET", "FI", "FR", "GA", "HR", "HU", "IT", "LT", "LV", "MT",
    "NL", "PL", "PT", "RO", "SK", "SL", "SV",
];
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
/// A footnote reference glued to a year (`work programme for 20252` is 2025 and the call `2`)
/// or to a case number, whose year has two digits (`C‑906/198` is `C‑906/19` and the call
/// `8`): taken only where the page's notes define that label.
static FIGURE_GLUED_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?:(?:^|[^0-9.,/\p{L}‑–-])(?:19|20)[0-9]{2}|\b[CT][‑–-][0-9]{1,4}/[0-9]{2})([0-9]{1,2})[.,;:)]?(?:\s|$)")
        .expect("constant pattern compiles")
});
/// An act's number of the new style, year first (`2016/679`, `2024/1689`), standing alone.
static ACT_NUMBER: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)[0-9]{2}/[0-9]{1,4})(?:[^0-9/]|$)").expect("constant pattern compiles")
});
/// An act's number of the new style with a footnote call perhaps glued to it: `2016/6795` is
/// `2016/679` and the call `5` where the text writes `2016/679` elsewhere (in the note).
static ACT_GLUED_REF: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"\b((?:19|20)[0-9]{2}/[0-9]{1,4})[.,;:)]?(?:\s|$)").expect("constant pattern compiles")
});
/// A date written out, `4 February 2026`: not a numbered heading.
static DATE_LINE: LazyLock<Regex> = LazyLock::new(|| {
    Regex::new(r"(?i)^[0-9]{1,2}\.?\s+(?:january|february|march|april|may|june|july|august|september|october|november|december|januari|februari|mars|maj|juni|juli|augusti|oktober)\s+[0-9]{4}$")
        .expect("constant pattern compiles")
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
    /// The width of its column, for one side of a page in two columns (see
    /// [`super::columns`]); the page's width otherwise.
    column_width: Option<usize>,
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
        out.push(Line { start: start + fed, text, number, page_start, column_width: None });
        number += 1;
        start += len + 1;
    }
    unweave_columns(out)
}

/// The lines with each run of two columns side by side read as its left column, then its
/// right (see [`super::columns`]): a line of such a run gives two lines, one per side, with
/// the same number.
fn unweave_columns(lines: Vec<Line<'_>>) -> Vec<Line<'_>> {
    let texts: Vec<&str> = lines.iter().map(|l| l.text).collect();
    let breaks: Vec<bool> = lines.iter().map(|l| l.page_start).collect();
    let Some(pieces) = super::columns::unweave(&texts, &breaks) else { return lines };
    let mut seen = vec![false; lines.len()];
    pieces
        .into_iter()
        .filter_map(|piece| {
            let line = lines.get(piece.line)?;
            let first = !std::mem::replace(seen.get_mut(piece.line)?, true);
            Some(Line {
                start: line.start + piece.range.start,
                text: line.text.get(piece.range)?,
                number: line.number,
                page_start: line.page_start && first,
                column_width: piece.width,
            })
        })
        .collect()
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
    /// The labels of the footnote definitions the page bottoms hold (read ahead).
    defined: Vec<u32>,
    /// The act numbers of the new style (`2016/679`, year first) the text writes with nothing
    /// glued to them: a call glued to one elsewhere (`2016/6795`) is told by them.
    acts: std::collections::HashSet<String>,
    /// The footnote being read started indented (`pdftotext -layout`): its indented lines
    /// go on with it.
    note_indented: bool,
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
        defined: vec![],
        acts: ACT_NUMBER
            .captures_iter(source)
            .filter_map(|caps| caps.get(1))
            .map(|m| m.as_str().to_string())
            .collect(),
        note_indented: false,
    };
    let page_numbers = page_number_lines(&all, empty_is_noise);
    let heads = running_heads(&all, &page_numbers);
    reader.defined = defined_labels(&all, &page_numbers, &heads);
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
        if page_numbers[i] {
            // A page number alone between empty lines ends its page as a footer does.
            if !is_page_number(&all, i) {
                reader.page_end();
                reader.page_break(line);
                after_boundary = true;
            }
            continue;
        }
        if heads[i] || LANGUAGE_CODES.contains(&line.content()) {
            continue;
        }
        let content = line.content();
        if (after_boundary || reader.in_notes) && FOOTNOTE_START.is_match(content) && !table_row(content) {
            reader.start_note(line, &FOOTNOTE_START);
            after_boundary = false;
            continue;
        }
        if LOOSE_FOOTNOTE_START.is_match(content)
            && !table_row(content)
            && notes_end_the_page(&all, i, reader.next_note_label, &page_numbers, &heads)
        {
            reader.start_note(line, &LOOSE_FOOTNOTE_START);
            after_boundary = false;
            continue;
        }
        // The first line of a page starts with a space: it ends a footnote region, unless the
        // notes themselves are indented (`pdftotext -layout`).
        let page_start = line.text.starts_with(' ') && !reader.note_indented;
        if reader.in_notes && !page_start {
            reader.continue_note(line);
            continue;
        }
        if reader.in_notes {
            reader.end_notes();
        }
        after_boundary = false;
        let next = all.get(i + 1..).and_then(|rest| rest.iter().find(|l| !l.text.trim().is_empty()));
        // The line stands alone: an empty line follows it, where empty lines end paragraphs.
        let alone =
            !empty_is_noise && all.get(i + 1).is_some_and(|l| l.text.trim().is_empty() && !l.page_start);
        reader.body_line(line, next, alone, line.column_width.unwrap_or(width));
    }
    reader.end_notes();
    reader.close_current();
    let mut blocks = reader.blocks;
    for block in &mut blocks {
        block.trim_text();
        // The two sides of a page in two columns come one after the other.
        block.lines.sort_unstable();
        block.lines.dedup();
    }
    blocks.retain(|b| b.kind == BlockKind::PageBreak || !b.text.is_empty());
    blocks
}

/// The line width of the page body: the 90th percentile of line lengths in characters.
fn typical_width(all: &[Line<'_>]) -> usize {
    // The lines of a page in two columns have their columns' widths.
    let whole = all.iter().filter(|l| l.column_width.is_none());
    let lines: Vec<&Line<'_>> =
        if whole.clone().any(|l| !l.text.trim().is_empty()) { whole.collect() } else { all.iter().collect() };
    let mut lengths: Vec<usize> =
        lines.iter().map(|l| l.text.trim_end().chars().count()).filter(|n| *n > 0).collect();
    if lengths.is_empty() {
        return 0;
    }
    lengths.sort_unstable();
    lengths[(lengths.len() * 9 / 10).min(lengths.len() - 1)]
}

/// Whether a line is a page's footer (`EN 3 EN`, `SV SV`): the same language code twice.
fn is_footer(line: &Line<'_>) -> bool {
    let content = line.content();
    FOOTER
        .captures(content)
        .is_some_and(|caps| caps.get(1).map(|m| m.as_str()) == caps.get(2).map(|m| m.as_str()))
        || PAGE_OF_FOOTER.is_match(content)
}

/// Whether line `i`, written `N text`, starts the footnotes of its page: its label is the next
/// footnote's (or one of the two after it, should one be lost), and every line from it to the
/// page's end (a footer, a form feed, a boundary line or the end of the text) lies within 40
/// lines, and the page calls the footnote before it. A body line that starts with a figure
/// (`17 Member States have …`) is rarely followed by the page's end so soon, and the figure is
/// rarely glued to a word above it.
fn notes_end_the_page(
    all: &[Line<'_>],
    i: usize,
    next_label: u32,
    page_numbers: &[bool],
    heads: &[bool],
) -> bool {
    let label = |line: &Line<'_>| -> Option<u32> {
        let content = line.content();
        if table_row(content) {
            return None;
        }
        LOOSE_FOOTNOTE_START.captures(content)?.get(1)?.as_str().parse().ok()
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
        if line.page_start
            || is_footer(line)
            || line.is_boundary()
            || page_numbers.get(k).copied().unwrap_or(false)
            || heads.get(k).copied().unwrap_or(false)
        {
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

/// Whether a line that starts with a figure is a table's row rather than a footnote: after the
/// label only figures (`2 933`, a number grouped by spaces in a column of cells read one per
/// line), or cells apart by wide gaps (`1         up to 2,000 FH          600 FH`, a row of a
/// `pdftotext -layout` table); a note's text is words set one space apart.
fn table_row(content: &str) -> bool {
    let rest = content.trim_start_matches(|c: char| c.is_ascii_digit() || c == '*' || c == '†').trim();
    let figures_only = !rest.is_empty()
        && rest.chars().all(|c| c.is_ascii_digit() || matches!(c, ' ' | '.' | ',' | '%' | '\u{a0}'));
    figures_only || rest.split("   ").filter(|cell| !cell.trim().is_empty()).count() >= 3
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
                Some(c) if c.is_ascii_digit() => ends_with_act_number(head) || ends_with_year_or_case(head),
                Some(c) => !c.is_whitespace() && !glued_to_code(head),
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
/// or, year first, a year, a slash and a number of up to three digits (`2016/679`), to which a
/// footnote call may be glued.
fn ends_with_act_number(head: &str) -> bool {
    let bytes = head.as_bytes();
    let digits = bytes.iter().rev().take_while(|b| b.is_ascii_digit()).count();
    let year_last = digits == 4 && bytes.len() > 4 && bytes[bytes.len() - 5] == b'/';
    let year_first = (1..=3).contains(&digits)
        && head.get(..head.len() - digits).and_then(|rest| rest.strip_suffix('/')).is_some_and(|rest| {
            let year = rest.get(rest.len().saturating_sub(4)..).unwrap_or_default();
            year.len() == 4
                && (year.starts_with("19") || year.starts_with("20"))
                && year.bytes().all(|b| b.is_ascii_digit())
                && !rest.get(..rest.len() - 4).is_some_and(|r| r.ends_with(|c: char| c.is_ascii_digit()))
        });
    year_last || year_first
}

/// Whether `head` ends with a year standing alone (`for 2025`) or a case number, whose year
/// has two digits (`C‑906/19`): a footnote call may be glued to either (`20252`, `C‑906/198`).
fn ends_with_year_or_case(head: &str) -> bool {
    let count = head.bytes().rev().take_while(u8::is_ascii_digit).count();
    let (rest, digits) = head.split_at(head.len() - count);
    let before = rest.chars().next_back();
    let year = digits.len() == 4
        && (digits.starts_with("19") || digits.starts_with("20"))
        && !before.is_some_and(|c| c.is_alphanumeric() || matches!(c, '.' | ',' | '/' | '‑' | '–' | '-'));
    let case = digits.len() == 2
        && rest.strip_suffix('/').is_some_and(|number| {
            let n = number.chars().rev().take_while(char::is_ascii_digit).count();
            let prefix = number.get(..number.len() - n).unwrap_or_default();
            n > 0 && ["C‑", "C-", "T‑", "T-", "C–", "T–"].iter().any(|p| prefix.ends_with(p))
        });
    year || case
}

/// The lines that are page numbers: a line of 1–3 digits next to a boundary line, a page's
/// start or the file's start or end (see [`is_page_number`]), or, where empty lines end
/// paragraphs, a number alone between empty lines when another such number is one more or
/// one less (the pages of an extraction without form feeds: `1`, `2`, `3`).
fn page_number_lines(all: &[Line<'_>], empty_is_noise: bool) -> Vec<bool> {
    let lone = |i: usize| -> Option<u32> {
        let content = all[i].content();
        if empty_is_noise
            || content.is_empty()
            || content.len() > 3
            || !content.bytes().all(|b| b.is_ascii_digit())
        {
            return None;
        }
        let empty_before = i > 0 && all[i - 1].is_empty();
        let empty_after = all.get(i + 1).is_none_or(Line::is_empty);
        if empty_before && empty_after { content.parse().ok() } else { None }
    };
    let lones: Vec<Option<u32>> = (0..all.len()).map(lone).collect();
    let values: std::collections::HashSet<u32> = lones.iter().flatten().copied().collect();
    (0..all.len())
        .map(|i| {
            is_page_number(all, i)
                || lones[i].is_some_and(|n| values.contains(&(n + 1)) || n > 0 && values.contains(&(n - 1)))
        })
        .collect()
}

/// The running heads: the first line of a page (after a form feed, a footer or a page
/// number, or the file's first line) that comes back at the start of another page, read
/// without its figures (`EDPS Opinion 9/2026 on …`; `L 157/13 EN Official Journal of the
/// European Union 16.6.2023` and `16.6.2023 EN Official Journal … L 157/14` on facing pages).
/// At least three words: a page that starts with a section's heading repeats no heading.
fn running_heads(all: &[Line<'_>], page_numbers: &[bool]) -> Vec<bool> {
    let mut key_at: Vec<Option<String>> = vec![None; all.len()];
    let mut at_page_start = true;
    for (i, line) in all.iter().enumerate() {
        if line.page_start {
            at_page_start = true;
        }
        if line.is_empty() || line.is_boundary() {
            continue;
        }
        if is_footer(line) || page_numbers[i] {
            at_page_start = true;
            continue;
        }
        if std::mem::take(&mut at_page_start) {
            let mut words: Vec<&str> = line
                .content()
                .split_whitespace()
                .filter(|w| !w.contains(|c: char| c.is_ascii_digit()))
                .collect();
            words.sort_unstable();
            if words.len() >= 3 {
                key_at[i] = Some(words.join(" "));
            } else if document_number_head(line.content()) {
                key_at[i] = Some(line.content().to_string());
            }
        }
    }
    let mut counts: std::collections::HashMap<&str, usize> = std::collections::HashMap::new();
    for key in key_at.iter().flatten() {
        *counts.entry(key.as_str()).or_default() += 1;
    }
    key_at
        .iter()
        .map(|key| key.as_ref().is_some_and(|key| counts.get(key.as_str()).is_some_and(|&n| n >= 2)))
        .collect()
}

/// Whether a page's first line of fewer than three words besides figures is a document's
/// number, kept whole as a running head's key (`EASA AD-nr: 2026-0123`): three words or more,
/// one of them a number of at least four figures. A section's title (`Annex I`) is none.
fn document_number_head(content: &str) -> bool {
    let words: Vec<&str> = content.split_whitespace().collect();
    words.len() >= 3 && words.iter().any(|w| w.chars().filter(char::is_ascii_digit).count() >= 4)
}

/// The labels of the footnote definitions at the page bottoms, read ahead: a line `N text`
/// whose page calls `N` and ends within a few lines (see [`notes_end_the_page`]).
fn defined_labels(all: &[Line<'_>], page_numbers: &[bool], heads: &[bool]) -> Vec<u32> {
    let mut out = Vec::new();
    for (i, line) in all.iter().enumerate() {
        if table_row(line.content()) {
            continue;
        }
        let Some(label) = LOOSE_FOOTNOTE_START
            .captures(line.content())
            .and_then(|caps| caps.get(1))
            .and_then(|m| m.as_str().parse::<u32>().ok())
        else {
            continue;
        };
        if !out.contains(&label) && notes_end_the_page(all, i, label, page_numbers, heads) {
            out.push(label);
        }
    }
    out
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
                take_glued_refs(&mut block, &mut self.next_footnote, &self.defined, &self.acts);
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
        self.note_indented = line.text.starts_with(' ');
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
        if note.parts.last().is_some_and(|part| line.start < part.end) {
            let offset = line.start + (line.text.len() - line.text.trim_start().len());
            note.parts.push(Span::new(offset, offset));
        }
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

    fn body_line(&mut self, line: &Line<'_>, next: Option<&Line<'_>>, alone: bool, width: usize) {
        let content = line.content();
        let n_chars = content.chars().count();
        // Measured from the margin: a line of a `-layout` extraction indented under a label
        // (`Remarks:            1. If requested …`) is as long as its indent and text.
        let from_margin = line.text.trim_end().chars().count();
        let short = from_margin * 4 < width * 3;
        // The open paragraph ends in a comma or a word no line ends a sentence with (`… January
        // 2026 and` | `1 February 2025 to …`): the next line goes on with it.
        let continues = self.current.as_ref().is_some_and(|block| {
            !self.current_closed && (block.text.ends_with(',') || ends_in_function_word(&block.text))
        });
        let next_starts_upper =
            next.is_some_and(|l| l.content().chars().next().is_some_and(char::is_uppercase));
        let heading = if let Some(caps) = ROMAN_HEADING.captures(content)
            && !content.chars().any(char::is_lowercase)
        {
            Some((1, caps.get(1).map(|m| m.as_str().to_string())))
        } else if let Some(caps) = ARABIC_HEADING.captures(content)
            // A number with a leading zero numbers a paragraph in the margin (`02   The …`).
            && !content.starts_with('0')
            // A numbered line standing alone is a heading unless it fills the line; before a
            // line that starts with a capital, even one that fills the line (`6. På sidan 9,
            // bilaga II, punkt 3, tabellen, …, tredje kolumnen` | `I stället för:`).
            && (short
                || alone
                    && (from_margin * 10 < width * 9
                        || next.is_some_and(|l| l.content().starts_with(char::is_uppercase))))
            && !continues
            // A numbered title in capitals may end on a question (`4. WHAT ARE THE RESULTS?`);
            // a numbered line standing alone may end on the colon that leads in what follows
            // (`1. On page 3, recital (9), second sentence:`), as its translation may not.
            && (ends_open(content) && !ends_in_function_word(content)
                || !content.chars().any(char::is_lowercase) && content.ends_with('?')
                || alone && content.ends_with(':'))
            && !DATE_LINE.is_match(content)
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
                // A paragraph that goes on at the head of the next column goes on before its
                // start in the source: a new part, as after a page's footnotes.
                let back = block.parts.last().is_some_and(|part| line.start < part.end);
                if std::mem::take(&mut self.new_part) || back {
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
        // A link broken after a dot at the line's end goes on on the next line.
        let link_goes_on = next.is_some_and(|next| url_continues(content, next.content()));
        self.current_closed = self.current_ends_sentence && (marked_end || short) && !link_goes_on;
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
///
/// A word hyphenated at the line end is joined without its hyphen (`installa-` | `tion`,
/// `Europaparla-` | `mentets`) when a lower-case letter stands on both sides of it; the hyphen
/// stays where it is a compound's: after a capital or a figure (`EU-` | `talangpool`), before a
/// capital or a figure, after a prefix that makes compounds (`non-`, `third-` | `country`),
/// and before a conjunction, which also gets its space (`medel-` | `och långsiktiga`).
fn append_line(block: &mut Block, line: &Line<'_>) {
    let content = line.content();
    if url_continues(&block.text, content) {
        let offset = line.start + (line.text.len() - line.text.trim_start().len());
        block.push_verbatim(content, offset);
        if block.lines.last() != Some(&line.number) {
            block.lines.push(line.number);
        }
        return;
    }
    let mut tail = block.text.chars().rev();
    let hyphenated = tail.next() == Some('-') && tail.next().is_some_and(char::is_alphabetic);
    let next_word = content.split_whitespace().next().unwrap_or_default();
    if hyphenated && !CONJUNCTIONS.contains(&next_word) && line_end_hyphenation(&block.text, content) {
        let len = block.text.len();
        block.cut_text(len - 1..len);
    }
    let hyphenated = hyphenated && !CONJUNCTIONS.contains(&next_word);
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

/// Whether `text` ends with a link broken at the line's end that the `next` line goes on with:
/// the link ends with a dot, a slash, a hyphen or an underscore (`https://www.ecdc.` |
/// `europa.eu/en/…`, `…/monthly-` | `measles-rubella-monitoring-reports`), and the next line's
/// first word starts with a small letter or a figure and is itself a piece of a link, with a
/// dot, a slash, a hyphen or a query sign inside. The pieces are joined as they stand.
fn url_continues(text: &str, next: &str) -> bool {
    let last = text.rsplit(char::is_whitespace).next().unwrap_or_default();
    let link = last.contains("://") || last.starts_with("www.");
    let first = next.split_whitespace().next().unwrap_or_default();
    let piece = first.trim_end_matches(['.', ',', ';', ':', ')']);
    link && last.ends_with(['.', '/', '-', '_'])
        && first.starts_with(|c: char| c.is_ascii_lowercase() || c.is_ascii_digit())
        && piece.contains(['.', '/', '-', '_', '=', '?', '#'])
}

/// Whether the digits glued to the end of `head` continue a code written with figures and
/// capitals (`A(H5N1)`, `H5N` and `1`), not a word that a footnote call follows.
fn glued_to_code(head: &str) -> bool {
    let token = head.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or_default();
    token.ends_with(char::is_uppercase) && token.contains(|c: char| c.is_ascii_digit())
}

/// Conjunctions after a hyphen that ends a line: the hyphen stands for a compound's last part
/// (`medel- och långsiktiga`, `short- and long-term`).
const CONJUNCTIONS: &[&str] = &["and", "or", "och", "eller", "respektive", "to", "till"];

/// Prefixes that make compounds with a hyphen in English (`non-discriminatory`, `co-operation`,
/// `third-country`): a hyphen after one at a line's end is kept.
const COMPOUND_PREFIXES: &[&str] = &[
    "non", "co", "self", "cross", "mid", "well", "ex", "anti", "post", "pre", "multi", "semi", "pan",
    "third", "long", "short", "high", "low", "full", "part", "cost", "follow", "first", "second", "large",
    "small",
];

/// Heads of English compounds after a hyphen (`family-related`, `country-specific`): a hyphen
/// before one at a line's start is kept.
const COMPOUND_HEADS: &[&str] = &[
    "related", "based", "specific", "led", "oriented", "term", "wide", "making", "free", "friendly", "scale",
];

/// Whether a hyphen that ends `text` (before a line starting `next`) is one the typesetter
/// put in to break a word (see [`append_line`]).
fn line_end_hyphenation(text: &str, next: &str) -> bool {
    let Some(head) = text.strip_suffix('-') else { return false };
    let word_start = head
        .rfind(|c: char| !c.is_alphabetic())
        .map_or(0, |at| at + head[at..].chars().next().map_or(1, char::len_utf8));
    let (before, word) = head.split_at(word_start);
    let before_word = before.chars().next_back();
    word.chars().next_back().is_some_and(char::is_lowercase)
        && next.chars().next().is_some_and(char::is_lowercase)
        && before_word.is_none_or(|c| c != '-')
        && !COMPOUND_PREFIXES.contains(&word.to_lowercase().as_str())
        && !next.split(|c: char| !c.is_alphabetic()).next().is_some_and(|head| COMPOUND_HEADS.contains(&head))
}

/// Takes digits glued to the end of a word out of the text as footnote references, when
/// they continue the footnote sequence (the next label or one of the two after it).
///
/// A label that the page bottoms define (`defined`) is taken a little further on, up to four
/// after the next, so that one call missed does not lose the calls after it; a label glued to
/// a year or a case number ([`FIGURE_GLUED_REF`]) is taken only when defined, and so is one
/// glued to an act's number of the new style (`2016/6795`), where the text writes that act's
/// number (`2016/679`) elsewhere, as the note it calls does.
fn take_glued_refs(
    block: &mut Block,
    next_footnote: &mut u32,
    defined: &[u32],
    acts: &std::collections::HashSet<String>,
) {
    let mut found = Vec::new();
    let text = block.text.as_str();
    let mut labels: Vec<(std::ops::Range<usize>, bool)> = [&*GLUED_REF, &*NUMBER_GLUED_REF, &*YEAR_GLUED_REF]
        .iter()
        .flat_map(|pattern| pattern.captures_iter(text).filter_map(|caps| caps.get(1)))
        .map(|m| (m.range(), false))
        .chain(FIGURE_GLUED_REF.captures_iter(text).filter_map(|caps| caps.get(1)).map(|m| (m.range(), true)))
        .chain(ACT_GLUED_REF.captures_iter(text).filter_map(|caps| caps.get(1)).filter_map(|m| {
            let number = m.as_str();
            // The call has one figure or two; the act's number keeps at least one after the slash.
            (1..=2).find_map(|k| {
                let (act, label) = number.split_at(number.len() - k);
                (!act.ends_with('/') && !label.starts_with('0') && acts.contains(act))
                    .then(|| (m.end() - k..m.end(), true))
            })
        }))
        .collect();
    labels.sort_by_key(|(range, _)| range.start);
    labels.dedup_by_key(|(range, _)| range.start);
    for (range, on_figure) in labels {
        let label = text.get(range.clone()).unwrap_or_default();
        if glued_to_code(text.get(..range.start).unwrap_or_default()) {
            continue;
        }
        let fits = match label.parse::<u32>() {
            Ok(n) if on_figure => defined.contains(&n) && (*next_footnote..=*next_footnote + 4).contains(&n),
            Ok(n) => {
                (*next_footnote..=*next_footnote + 2).contains(&n)
                    || defined.contains(&n) && (*next_footnote..=*next_footnote + 4).contains(&n)
            }
            Err(_) => label == "*",
        };
        if fits {
            if let Ok(n) = label.parse::<u32>() {
                *next_footnote = n + 1;
            }
            found.push((range, label.to_string()));
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

#[cfg(test)]
mod tests {
    use super::*;

    fn blocks(text: &str) -> Vec<Block> {
        parse("t.txt", text.to_string()).blocks
    }

    fn notes(blocks: &[Block]) -> Vec<(String, String)> {
        blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::FootnoteDef { label } => Some((label.clone(), b.text.clone())),
                _ => None,
            })
            .collect()
    }

    fn find<'b>(blocks: &'b [Block], start: &str) -> &'b Block {
        blocks
            .iter()
            .find(|b| b.text.starts_with(start))
            .unwrap_or_else(|| panic!("no block {start:?}: {blocks:?}"))
    }

    fn refs(block: &Block) -> Vec<&str> {
        block.footnote_refs().map(|(label, _)| label).collect()
    }

    #[test]
    fn words_hyphenated_at_a_line_end_are_joined() {
        let b = blocks(
            "The Regulation brought forward the installa-\ntion of the device, and the Europaparla-\n\
             mentets text, a third-\ncountry national, the EU-\ntalangpool, a non-\ndiscriminatory rule, a medel-\n\
             och långsiktig plan, a family-\nRelated case.\n",
        );
        let text = &b[0].text;
        for kept in
            ["installation", "Europaparlamentets", "third-country", "EU-talangpool", "non-discriminatory"]
        {
            assert!(text.contains(kept), "{kept}: {text}");
        }
        assert!(text.contains("medel- och långsiktig"), "{text}");
        assert!(text.contains("family-Related"), "{text}");
    }

    #[test]
    fn calls_glued_to_years_and_case_numbers_are_taken_where_the_page_defines_them() {
        let text = "1. INTRODUCTION\n\nThe Regulation of the Council1 was announced in the work programme for 20252 and\n\
                    the impact assessment of 20113 was updated in Case C‑906/194 and by the Observatory5. In 20256\n\
                    firms took part.\n\n1 OJ L 60, 28.2.2014, p. 1.\n2 COM(2025) 45 final.\n3 SEC(2011) 948 final.\n\
                    4 Judgment of 9 June 2022, C‑906/19.\n5 Facts and figures.\nEN 2 EN\n";
        let b = blocks(text);
        let paragraph = find(&b, "The Regulation");
        assert_eq!(refs(paragraph), ["1", "2", "3", "4", "5"], "{}", paragraph.text);
        assert!(paragraph.text.contains("for 2025 and"), "{}", paragraph.text);
        assert!(paragraph.text.contains("C‑906/19 and"), "{}", paragraph.text);
        // `20256` is no call: the page defines no note 6.
        assert!(paragraph.text.contains("In 20256 firms"), "{}", paragraph.text);
        let labels: Vec<String> = notes(&b).into_iter().map(|(label, _)| label).collect();
        assert_eq!(labels, ["1", "2", "3", "4", "5"]);
        // A year alone with no note defined stays a year.
        let b = blocks("It was adopted in 20252 and applies.\n\nThe end.\n");
        assert!(refs(&b[0]).is_empty() && b[0].text.contains("20252"), "{:?}", b[0]);
    }

    #[test]
    fn indented_notes_of_a_layout_extraction() {
        let text = "  01   Energy audits are mandatory, according to a survey1 of firms.\n\n\
                    \x20 02   The Commission shares responsibility for these funds\n\n\
                    \x20 1    Eurostat, Energy balances, dataset nrg_bal_c,\n\
                    \x20      https://ec.europa.eu/eurostat.\n\n\
                    \x20                                   2\n\u{c}       with the Member States.\n";
        let b = blocks(text);
        assert_eq!(
            notes(&b),
            [(
                "1".to_string(),
                "Eurostat, Energy balances, dataset nrg_bal_c, https://ec.europa.eu/eurostat.".to_string()
            )]
        );
        assert_eq!(refs(find(&b, "01   Energy")), ["1"]);
        // The paragraph numbered in the margin `02` is no note and goes on after the page.
        assert!(find(&b, "02   The Commission").text.ends_with("these funds with the Member States."));
    }

    #[test]
    fn page_numbers_and_running_heads_without_form_feeds() {
        let text = "Opinion 9/2026\non the travel application\n\n4 February 2026\n\n\
                    The Proposal follows the work programme1 and\nwas welcomed by the\n\
                    Member States in the Council and by the\nEuropean Parliament in the plenary.\n\n\
                    1 COM(2025) 45 final.\n\n1\n\nEDPS Opinion 9/2026 on the travel application\n\n\
                    2. The Proposal provides a period of 7 days\nfor the storage of the credential and of\n\
                    three years for the logs of the system.\n\n2\n\nEDPS Opinion 9/2026 on the travel application\n\n\
                    3. The end of the opinion is here, with\nits last words on the last line of\nthe page.\n\n7\n\n\
                    The figure above stays, as it has\nno neighbour in sequence before or\nafter it.\n";
        let b = blocks(text);
        let texts: Vec<&str> =
            b.iter().filter(|b| b.kind != BlockKind::PageBreak).map(|b| b.text.as_str()).collect();
        assert!(!texts.contains(&"EDPS Opinion 9/2026 on the travel application"), "{texts:?}");
        assert!(!texts.contains(&"1") && !texts.contains(&"2"), "{texts:?}");
        // A number alone without a neighbour in sequence is no page number.
        assert!(texts.contains(&"7"), "{texts:?}");
        assert_eq!(notes(&b), [("1".to_string(), "COM(2025) 45 final.".to_string())]);
        // A date is no numbered heading.
        assert_eq!(find(&b, "4 February 2026").kind, BlockKind::Paragraph);
    }

    #[test]
    fn a_heading_repeated_at_page_starts_stays() {
        // Two words only: a section's title at the top of two pages is no running head.
        let text = "Body one.\nEN 1 EN\n\u{c}Annex I\n\nText.\nEN 2 EN\n\u{c}Annex I\n\nMore text.\n";
        let b = blocks(text);
        assert_eq!(b.iter().map(|b| b.text.matches("Annex I").count()).sum::<usize>(), 2, "{b:?}");
    }

    #[test]
    fn numbered_question_in_capitals_is_a_heading() {
        let body = "The text of the section is long enough to make the title above it a short line.\n";
        let b = blocks(&format!("4. WHAT ARE THE RESULTS OF THE EVALUATION?\n\n{body}"));
        assert_eq!(b[0].kind, BlockKind::Heading { level: 2, number: Some("4".into()) });
        // A sentence ending on a question stays a paragraph.
        let b = blocks(&format!("4. What are the results of the evaluation?\n\n{body}"));
        assert_eq!(b[0].kind, BlockKind::Paragraph);
    }

    fn headings(blocks: &[Block]) -> Vec<Option<String>> {
        blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Heading { number, .. } => Some(number.clone()),
                _ => None,
            })
            .collect()
    }

    const BODY: &str = "The text of the section is long enough to make the lines above it short ones.\n";

    #[test]
    fn a_line_going_on_from_a_comma_or_a_function_word_is_no_numbered_heading() {
        let b = blocks(&format!(
            "Table 1. Measles cases, rates and deaths by country, EU/EEA, January 2026 and\n\
             1 February 2025 to 31 January 2026\n\n{BODY}"
        ));
        assert!(headings(&b).is_empty(), "{b:?}");
        assert!(find(&b, "Table 1.").text.ends_with("and 1 February 2025 to 31 January 2026"));
        // A numbered line that ends in a function word is wrapped, not a title.
        let b = blocks(&format!(
            "5. For any question concerning the technical content of the\nrequirements, contact EASA.\n\n{BODY}"
        ));
        assert!(headings(&b).is_empty(), "{b:?}");
        // After a paragraph that ends a sentence, a numbered title stays one.
        let b = blocks(&format!("{BODY}\n2. Making the Pact a reality\n\n{BODY}"));
        assert_eq!(headings(&b), [Some("2".to_string())]);
    }

    #[test]
    fn numbered_lines_standing_alone_are_read_alike_with_a_colon_or_without() {
        // A page's body sets the width lines are measured against: the corrigendum's note.
        let en = "Corrigendum to Commission Implementing Regulation (EU) 2025/1234 of 10 June 2025\n\n\
                  This corrigendum concerns the implementing rules for the classification of goods under the\n\
                  combined nomenclature, as adopted on 10 June 2025 and published in the Official Journal on\n\
                  12 June 2025, and corrects the following errors in all language versions of the act.\n\n\
                  1. On page 3, recital (9), second sentence:\n\nfor:\n‘by 30 June 2025’,\nread:\n\
                  ‘by 31 December 2025’.\n\n\
                  6. On page 9, Annex II, point 3, table, row ‘Cattle’, third column:\n\nfor:\n‘21’\nread:\n‘12’.\n";
        let sv = "Rättelse till kommissionens genomförandeförordning (EU) 2025/1234 av den 10 juni\n\n\
                  Denna rättelse gäller tillämpningsföreskrifterna för klassificeringen av varor enligt den\n\
                  kombinerade nomenklaturen, som antogs den 10 juni 2025 och offentliggjordes i EUT den\n\
                  12 juni 2025, och rättar följande fel i alla språkversioner av akten.\n\n\
                  1. På sidan 3, skäl 9 andra meningen\n\nI stället för:\n”senast den 30 juni 2025”\n\
                  ska det stå:\n”senast den 31 december 2025”.\n\n\
                  6. På sidan 9, bilaga II, punkt 3, tabellen, raden ”Nötkreatur”, tredje kolumnen\n\n\
                  I stället för:\n”21”\nska det stå:\n”12”.\n";
        // The numbered headings (a title of the act above may be read as a heading too).
        let numbered = |text: &str| headings(&blocks(text)).into_iter().flatten().collect::<Vec<_>>();
        assert_eq!(numbered(en), ["1", "6"]);
        assert_eq!(numbered(sv), ["1", "6"]);
        // A numbered sentence that leads in a line going on below it stays a paragraph.
        let b =
            blocks("5. Frågor om kraven i detta AD ställs till:\nAirbus Helicopters, Donauwörth.\n\nText.\n");
        assert!(headings(&b).is_empty(), "{b:?}");
        // So does a full numbered line that a small letter or a page number follows.
        let b = blocks(&format!(
            "{BODY}3. The Member States shall ensure that the competent authorities report all the checks\n\n\
             carried out to the Commission.\n"
        ));
        assert!(headings(&b).is_empty(), "{b:?}");
        let b = blocks(&format!(
            "{BODY}3. The Member States shall ensure that the competent authorities report all the checks\n\n             2\n\u{c}carried out to the Commission.\n"
        ));
        assert!(headings(&b).is_empty(), "{b:?}");
    }

    #[test]
    fn figures_and_table_rows_are_no_footnotes() {
        // A column of cells read one per line: `2 933` is a figure, not note 2.
        let text = "Cases, by country1\n\nCases 12 months\n9 874\n2 933\n1 212\n608\n\n1 Source: TESSy.\n\u{c}Next page.\n";
        let b = blocks(text);
        assert_eq!(notes(&b), [("1".to_string(), "Source: TESSy.".to_string())]);
        assert!(b.iter().any(|b| b.text.contains("2 933")), "{b:?}");
        // A row of a `-layout` table: cells apart by wide gaps.
        let text = "     Group     FH since new            First inspection\n\
                    \x20    1         up to 2,000 FH          600 FH or 4 months\n\
                    \x20    2         more than 2,000 FH      50 FH or 30 days\n\n\u{c}Next page.\n";
        assert!(notes(&blocks(text)).is_empty());
    }

    #[test]
    fn digits_of_a_code_are_no_call() {
        let b = blocks("Avian influenza A(H5N1) was reported in Cambodia1.\n\n1 Source: WHO.\n\u{c}Next.\n");
        let paragraph = find(&b, "Avian");
        assert_eq!(refs(paragraph), ["1"]);
        assert!(paragraph.text.contains("A(H5N1) was reported in Cambodia."), "{}", paragraph.text);
    }

    #[test]
    fn a_call_glued_to_an_act_number_that_its_note_cites() {
        let text = "Profiling has the meaning given in Regulation (EU) 2016/6795. The AI Act is\n\
                    Regulation (EU) 2024/1689 of the Council.\n\n\
                    5 Regulation (EU) 2016/679 of the European Parliament and of the Council.\n\u{c}Next.\n";
        let b = blocks(text);
        let paragraph = find(&b, "Profiling");
        assert_eq!(refs(paragraph), ["5"]);
        assert!(paragraph.text.contains("(EU) 2016/679. The"), "{}", paragraph.text);
        // `2024/168` is written nowhere: `2024/1689` stays whole.
        assert!(paragraph.text.contains("2024/1689 of"), "{}", paragraph.text);
    }

    #[test]
    fn links_broken_at_a_line_end_are_joined() {
        let b = blocks(
            "ECDC publishes a report at https://www.ecdc.\neuropa.eu/en/measles/monthly-measles-\n\
             monitoring-reports. See https://ec.europa.eu/\nhome-affairs/index_en and more.\n\n\
             Further information is available at https://erviss.org.\nContact: support@ecdc.europa.eu.\n",
        );
        let text = &b[0].text;
        assert!(
            text.contains("https://www.ecdc.europa.eu/en/measles/monthly-measles-monitoring-reports."),
            "{text}"
        );
        assert!(text.contains("https://ec.europa.eu/home-affairs/index_en and"), "{text}");
        // A link that ends a sentence stays apart from the next one.
        assert!(b.iter().any(|b| b.text.contains("https://erviss.org.")), "{b:?}");
        assert!(!b.iter().any(|b| b.text.contains("org.Contact")), "{b:?}");
    }

    #[test]
    fn page_counts_language_codes_and_numbered_running_heads_are_dropped() {
        let text = "EASA AD-nr: 2026-0123\n\nBody text of the first page.\n\n\
                    EASA AD-nr: 2026-0123                   Sida 1 av 3\n\u{c}EASA AD-nr: 2026-0123\n\n\
                    Body text of the second page.\n\n2 / 24\n\u{c}SV\nL-serien\n\nEnd. Page 3 of 3 is no footer here.\n";
        let b = blocks(text);
        let texts: Vec<&str> =
            b.iter().filter(|b| b.kind != BlockKind::PageBreak).map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Body text of the first page.",
                "Body text of the second page.",
                "L-serien",
                "End. Page 3 of 3 is no footer here."
            ]
        );
    }
}
