//! Document-level passes over the blocks of a paged original: footnote definitions and
//! paragraphs split by a page break.
//!
//! The corpus Markdown keeps the page layout of the official PDF: each page's body is
//! followed by a `---` separator and the footnotes of that page, and the next page's body
//! follows the last footnote without a separator. So the blocks after a page break and
//! before the next body paragraph are the page's footnote region.

use std::sync::LazyLock;

use regex::Regex;

use super::{Block, BlockKind, Inline};
use crate::text::hash::{FastMap, FastSet};

/// `(12) text`: the plain form of a footnote definition's marker.
static PAREN_MARKER: LazyLock<Regex> =
    LazyLock::new(|| Regex::new(r"^\(([0-9]{1,4})\)\s+\S").expect("constant pattern compiles"));

/// How a paragraph starts, if it starts like a footnote definition.
/// The label is read from the block when needed (no copy per paragraph).
enum Marker {
    /// `<sup>(N)</sup> text`: already taken out of the text as a reference at offset 0, the
    /// block's first inline item.
    Superscript,
    /// `(N) text`: still in the text; the label's range and the byte length of marker and
    /// following space.
    Paren(std::ops::Range<usize>, usize),
}

impl Marker {
    /// The label of the marker of `block`, the block it was read from.
    fn label<'b>(&self, block: &'b Block) -> &'b str {
        match self {
            Marker::Superscript => match block.inlines.first() {
                Some(Inline::FootnoteRef { label, .. }) => label,
                _ => "",
            },
            Marker::Paren(label, _) => block.text.get(label.clone()).unwrap_or(""),
        }
    }
}

fn marker(block: &Block) -> Option<Marker> {
    if block.kind != BlockKind::Paragraph {
        return None;
    }
    if let Some(Inline::FootnoteRef { at: 0, .. }) = block.inlines.first()
        && !block.text.is_empty()
    {
        return Some(Marker::Superscript);
    }
    // The pattern is anchored on a parenthesis: most paragraphs are turned away before it.
    if !block.text.starts_with('(') {
        return None;
    }
    let caps = PAREN_MARKER.captures(&block.text)?;
    let label = caps.get(1)?.range();
    let rest = block.text.get(label.end + 1..)?;
    let len = block.text.len() - rest.trim_start().len();
    Some(Marker::Paren(label, len))
}

/// Turns paragraphs that start with a footnote marker into [`BlockKind::FootnoteDef`] blocks,
/// removing the marker from their text.
///
/// A paragraph starting with `<sup>(N)</sup>` or `(N)` is a definition when it stands in a
/// footnote region: right after a page break, or after another definition, or after the
/// one paragraph that may stand between a page break and the definitions (the end of a
/// footnote continued from the previous page). Without a region, a paragraph starting with
/// a superscript marker is a definition when the body has already referred to that label
/// and it is not yet defined (the separator of a page is sometimes lost in conversion), and
/// a run of superscript-marked paragraphs that ends the document is accepted too (end
/// notes), as is a run of `(N)` paragraphs ending it when each defines a label the body
/// refers to and has not defined (`(1) OJ L 295, …` after the signature). Elsewhere a
/// paragraph that starts with `(1)` is a numbered point of the body and stays a paragraph.
///
/// Wherever it stands, a `(N)` paragraph is a numbered point, not a definition, when it
/// continues the numbered points of the body and not the notes (recital `(15)` after
/// recital `(14)` and a table, while the last note defined is not `(14)`; see
/// [`continues_points`]), or when the document defines label `N` by a Markdown footnote
/// (`[^15]: …`): its notes are written otherwise, and the points of an annex, `(1)`, `(2)`,
/// do not define its notes again.
pub fn mark_footnote_defs(blocks: &mut [Block]) {
    let markers: Vec<Option<Marker>> = blocks.iter().map(marker).collect();
    // Labels the Markdown reader already defined (`[^15]: …`), wherever they stand.
    let defined: FastSet<String> = blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::FootnoteDef { label } => Some(label.clone()),
            _ => None,
        })
        .collect();
    // Start of the trailing run of superscript-marked paragraphs.
    let tail_start =
        markers.iter().rposition(|m| !matches!(m, Some(Marker::Superscript))).map_or(0, |i| i + 1);
    // Runs of marked paragraphs of either kind that may be notes: the one ending the document,
    // and one right before a title in capitals (`ANNEX I`: EUR-Lex puts an act's notes after
    // its signature, before the annexes, and an annex's notes after it). Their `(N)`
    // paragraphs are notes when every one of their labels is awaited on reaching the run;
    // otherwise they are points of the body.
    let note_runs = note_runs(&markers, blocks);
    let mut notes_until = 0;
    let mut in_region = false;
    // Labels referred to in the body and not yet defined.
    let mut pending: FastMap<String, usize> = FastMap::default();
    // The number of the last definition: a superscript-marked paragraph with the next number
    // is the next definition even when no reference to it is left in the body (a translation
    // that dropped a referring paragraph keeps the notes).
    let mut last_number = 0u64;
    // The number of the last `(N)` paragraph left a point of the body.
    let mut last_point = 0u64;
    for i in 0..blocks.len() {
        if let Some(run) = note_runs.iter().find(|run| run.start == i)
            && awaited_run(&markers[run.clone()], &blocks[run.clone()], &pending)
        {
            notes_until = run.end;
        }
        let after_break = i > 0 && blocks[i - 1].kind == BlockKind::PageBreak;
        let next_is_marker = markers.get(i + 1).is_some_and(Option::is_some);
        match (&markers[i], &blocks[i].kind) {
            (_, BlockKind::PageBreak) => in_region = true,
            (Some(m), _)
                if (in_region
                    || i >= tail_start
                    || i < notes_until
                    || awaited(m, &blocks[i], &pending)
                    || follows(m, &blocks[i], last_number))
                    && !continues_points(m, &blocks[i], last_point, last_number)
                    && !defined_otherwise(m, &blocks[i], &defined) =>
            {
                let block = &mut blocks[i];
                let label = match m {
                    Marker::Superscript => match block.inlines.remove(0) {
                        Inline::FootnoteRef { label, .. } => label,
                        _ => String::new(),
                    },
                    Marker::Paren(label, len) => {
                        let label = block.text.get(label.clone()).unwrap_or("").to_string();
                        block.cut_text(0..*len);
                        label
                    }
                };
                pending.remove(&label);
                if let Ok(number) = label.parse::<u64>() {
                    last_number = number;
                }
                block.kind = BlockKind::FootnoteDef { label };
                in_region = true;
                continue;
            }
            // The end of a footnote continued from the previous page keeps the region open.
            (None, BlockKind::Paragraph) if after_break && next_is_marker => {}
            (Some(paren @ Marker::Paren(..)), _) => {
                in_region = false;
                if let Ok(number) = paren.label(&blocks[i]).parse::<u64>() {
                    last_point = number;
                }
            }
            _ => in_region = false,
        }
        for (label, _) in blocks[i].footnote_refs() {
            // A label already waiting is counted without a new key.
            match pending.get_mut(label) {
                Some(count) => *count += 1,
                None => {
                    pending.insert(label.to_string(), 1);
                }
            }
        }
    }
}

/// The runs of marked paragraphs that may be notes (see [`mark_footnote_defs`]): the run that
/// ends the document, and each run followed by a title in capitals.
fn note_runs(markers: &[Option<Marker>], blocks: &[Block]) -> Vec<std::ops::Range<usize>> {
    let mut runs: Vec<std::ops::Range<usize>> = Vec::new();
    let mut i = 0;
    while i < markers.len() {
        if markers[i].is_none() {
            i += 1;
            continue;
        }
        let end = markers[i..].iter().position(Option::is_none).map_or(markers.len(), |n| i + n);
        if end == markers.len() || blocks.get(end).is_some_and(is_capitals_title) {
            runs.push(i..end);
        }
        i = end;
    }
    runs
}

/// Whether a block is a title in capitals without final punctuation (`ANNEX I`, `BILAGA`),
/// unlike the formula after the recitals (`HAVE ADOPTED THIS REGULATION:`, `HÄRIGENOM
/// FÖRESKRIVS FÖLJANDE.`), which a run of recitals ends on, and unlike a numbered section
/// heading (`3. NEXT STEPS`), which a list of the body may stand before.
fn is_capitals_title(block: &Block) -> bool {
    matches!(block.kind, BlockKind::Paragraph | BlockKind::Heading { .. })
        && !block.text.starts_with(|c: char| c.is_ascii_digit())
        && block.text.chars().any(char::is_alphabetic)
        && !block.text.chars().any(char::is_lowercase)
        && !block.text.trim_end().ends_with(|c: char| c.is_ascii_punctuation())
}

/// Whether every `(N)` paragraph of a run of marked paragraphs defines a different label
/// that the body refers to and has not defined (`pending`).
fn awaited_run(markers: &[Option<Marker>], blocks: &[Block], pending: &FastMap<String, usize>) -> bool {
    let mut labels: Vec<&str> = Vec::new();
    for (marker, block) in markers.iter().zip(blocks) {
        match marker {
            Some(paren @ Marker::Paren(..)) => {
                let label = paren.label(block);
                if !pending.contains_key(label) || labels.contains(&label) {
                    return false;
                }
                labels.push(label);
            }
            Some(Marker::Superscript) => {}
            None => return false,
        }
    }
    !labels.is_empty()
}

/// Whether a superscript marker numbers the footnote right after the last one defined.
fn follows(marker: &Marker, block: &Block, last_number: u64) -> bool {
    matches!(marker, Marker::Superscript)
        && marker.label(block).parse::<u64>().is_ok_and(|n| n == last_number + 1)
}

/// Whether a `(N)` marker numbers the point of the body right after the last one, `(15)`
/// after `(14)`, and not the note right after the last note defined: a recital that continues
/// the recitals after a table or a page break is no note, whatever label the body awaits.
/// When both run to `N`, the note wins (the notes of an annex may go on from the act's).
fn continues_points(marker: &Marker, block: &Block, last_point: u64, last_number: u64) -> bool {
    matches!(marker, Marker::Paren(..))
        && last_point > 0
        && marker.label(block).parse::<u64>().is_ok_and(|n| n == last_point + 1 && n != last_number + 1)
}

/// Whether a `(N)` marker's label is one the document defines by a Markdown footnote
/// (`[^1]: OJ L 269, …`): a document that writes its notes so writes none as `(1) OJ …`, and
/// its `(1)` paragraphs are points (`(1) in box 6, …` of an annex).
fn defined_otherwise(marker: &Marker, block: &Block, defined: &FastSet<String>) -> bool {
    matches!(marker, Marker::Paren(..)) && defined.contains(marker.label(block))
}

/// Whether a superscript marker's label is a reference still waiting for its definition.
fn awaited(marker: &Marker, block: &Block, pending: &FastMap<String, usize>) -> bool {
    matches!(marker, Marker::Superscript) && pending.contains_key(marker.label(block))
}

/// Joins blocks split by a page break into one logical block (see [`join_split_blocks`]).
///
/// Two joins, both needing a part that ends without sentence-final punctuation
/// ([`ends_open`]) and a continuation that starts with a lower-case letter:
///
/// 1. **Footnote continued on the next page.** A paragraph standing between a page break and
///    the next footnote definition is the end of the last footnote definition before it, when
///    that definition ends open.
/// 2. **Body paragraph continued on the next page.** A body paragraph that ends open, not a
///    title in capitals, followed by at least one page break or footnote definition (both
///    mark a page end; the separator is sometimes lost in conversion) and nothing else, then
///    a paragraph: the two are one paragraph. On a page without footnotes the converter may
///    leave no mark at all; two adjacent paragraphs are then joined only on stronger
///    evidence (see [`split_without_marker`]). Headings, list items and footnote
///    definitions are never the first part, and a heading between the parts stops the join.
///
/// The joined block stays at the position of its first part, so the footnote definitions
/// that stood between the parts come after it; its `lines` and `parts` list both parts and
/// the texts are joined with one space (outside every chunk).
pub fn join_split_blocks(blocks: &mut Vec<Block>) {
    // Blocks taken by a join are marked and dropped at the end, so each pass stays linear
    // and no block moves unless one is dropped.
    let mut gone = vec![false; blocks.len()];
    join_footnote_continuations(blocks, &mut gone);
    join_body_paragraphs(blocks, &mut gone);
    if gone.contains(&true) {
        let mut marks = gone.iter();
        blocks.retain(|_| marks.next().is_some_and(|gone| !gone));
    }
}

/// The kind of block `i` unless a join took it.
fn kind_at<'b>(blocks: &'b [Block], gone: &[bool], i: usize) -> Option<&'b BlockKind> {
    if gone.get(i).copied().unwrap_or(true) {
        return None;
    }
    blocks.get(i).map(|b| &b.kind)
}

/// Appends block `second` to block `first` (`first < second`) and marks `second` as taken.
fn join(blocks: &mut [Block], gone: &mut [bool], first: usize, second: usize) {
    if first >= second {
        return;
    }
    let (head, tail) = blocks.split_at_mut(second);
    if let (Some(first), Some(second_block), Some(mark)) =
        (head.get_mut(first), tail.first_mut(), gone.get_mut(second))
    {
        let taken = std::mem::replace(second_block, Block::taken());
        first.append_block(taken, " ");
        *mark = true;
    }
}

fn join_footnote_continuations(blocks: &mut [Block], gone: &mut [bool]) {
    let mut last_def = None;
    for i in 0..blocks.len() {
        if gone.get(i).copied().unwrap_or(true) {
            continue;
        }
        let Some(block) = blocks.get(i) else { continue };
        if matches!(block.kind, BlockKind::FootnoteDef { .. }) {
            last_def = Some(i);
            continue;
        }
        let is_continuation = block.kind == BlockKind::Paragraph
            && i > 0
            && kind_at(blocks, gone, i - 1) == Some(&BlockKind::PageBreak)
            && matches!(kind_at(blocks, gone, i + 1), Some(BlockKind::FootnoteDef { .. }))
            && starts_lower(&block.text);
        let Some(d) = last_def else { continue };
        let def_open =
            !gone.get(d).copied().unwrap_or(true) && blocks.get(d).is_some_and(|def| ends_open(&def.text));
        if is_continuation && def_open {
            join(blocks, gone, d, i);
        }
    }
}

fn join_body_paragraphs(blocks: &mut [Block], gone: &mut [bool]) {
    let live = |gone: &[bool], i: usize| !gone.get(i).copied().unwrap_or(true);
    let mut i = 0;
    while i < blocks.len() {
        let joinable = live(gone, i)
            && blocks.get(i).is_some_and(|first| {
                first.kind == BlockKind::Paragraph && ends_open(&first.text) && !is_title(&first.text)
            });
        if !joinable {
            i += 1;
            continue;
        }
        // Page breaks and footnote definitions both mark a page end; taken blocks are skipped.
        let mut j = i + 1;
        let mut n_between = 0;
        while j < blocks.len() {
            match kind_at(blocks, gone, j) {
                None => {}
                Some(BlockKind::PageBreak | BlockKind::FootnoteDef { .. }) => n_between += 1,
                Some(_) => break,
            }
            j += 1;
        }
        let continues = live(gone, j)
            && blocks.get(j).is_some_and(|second| {
                second.kind == BlockKind::Paragraph
                    && starts_lower(&second.text)
                    && !starts_with_point(&second.text)
                    && (n_between > 0
                        || blocks.get(i).is_some_and(|first| split_without_marker(first, second)))
            });
        if continues {
            // The joined paragraph may itself continue on the following page: look again.
            join(blocks, gone, i, j);
        } else {
            i = j.max(i + 1);
        }
    }
}

#[cfg(test)]
fn join_split_blocks_reference(blocks: &mut Vec<Block>) {
    // Slots emptied by a join are dropped at the end, so each pass stays linear.
    let mut slots: Vec<Option<Block>> = std::mem::take(blocks).into_iter().map(Some).collect();
    join_footnote_continuations_reference(&mut slots);
    join_body_paragraphs_reference(&mut slots);
    *blocks = slots.into_iter().flatten().collect();
}

#[cfg(test)]
fn kind_at_reference(slots: &[Option<Block>], i: usize) -> Option<&BlockKind> {
    slots.get(i).and_then(Option::as_ref).map(|b| &b.kind)
}

#[cfg(test)]
fn join_footnote_continuations_reference(slots: &mut [Option<Block>]) {
    let mut last_def = None;
    for i in 0..slots.len() {
        let Some(block) = slots[i].as_ref() else { continue };
        if matches!(block.kind, BlockKind::FootnoteDef { .. }) {
            last_def = Some(i);
            continue;
        }
        let is_continuation = block.kind == BlockKind::Paragraph
            && i > 0
            && kind_at_reference(slots, i - 1) == Some(&BlockKind::PageBreak)
            && matches!(kind_at_reference(slots, i + 1), Some(BlockKind::FootnoteDef { .. }))
            && starts_lower(&block.text);
        let Some(d) = last_def else { continue };
        let def_open = slots[d].as_ref().is_some_and(|def| ends_open(&def.text));
        if is_continuation
            && def_open
            && let Some(continuation) = slots[i].take()
            && let Some(def) = slots[d].as_mut()
        {
            def.append_block(continuation, " ");
        }
    }
}

#[cfg(test)]
fn join_body_paragraphs_reference(slots: &mut [Option<Block>]) {
    let mut i = 0;
    while i < slots.len() {
        let joinable = slots[i].as_ref().is_some_and(|first| {
            first.kind == BlockKind::Paragraph && ends_open(&first.text) && !is_title(&first.text)
        });
        if !joinable {
            i += 1;
            continue;
        }
        // Page breaks and footnote definitions both mark a page end; emptied slots are skipped.
        let mut j = i + 1;
        let mut n_between = 0;
        while j < slots.len() {
            match kind_at_reference(slots, j) {
                None => {}
                Some(BlockKind::PageBreak | BlockKind::FootnoteDef { .. }) => n_between += 1,
                Some(_) => break,
            }
            j += 1;
        }
        let continues = slots.get(j).and_then(Option::as_ref).is_some_and(|second| {
            second.kind == BlockKind::Paragraph
                && starts_lower(&second.text)
                && !starts_with_point(&second.text)
                && (n_between > 0
                    || slots[i].as_ref().is_some_and(|first| split_without_marker(first, second)))
        });
        let second = if continues { slots.get_mut(j).and_then(Option::take) } else { None };
        match (second, slots[i].as_mut()) {
            // The joined paragraph may itself continue on the following page: look again.
            (Some(second), Some(first)) => first.append_block(second, " "),
            _ => i = j.max(i + 1),
        }
    }
}

/// A label line such as `From: …` or `date of receipt: …` (header fields of a cover note):
/// one to 30 letters, spaces and full stops, then a colon and white space. (A scan, not a
/// regular expression: a Unicode letter class repeated 30 times takes 10 ms to compile.)
fn is_field_label(text: &str) -> bool {
    let mut chars = text.chars();
    for n in 0..=30 {
        match chars.next() {
            Some(c) if c.is_alphabetic() || c == ' ' || c == '.' => {}
            Some(':') if n > 0 => return chars.next().is_some_and(char::is_whitespace),
            _ => return false,
        }
    }
    false
}

/// Two adjacent paragraphs with no page-end mark between them are the parts of one when
/// the first stops after a lower-case word (mid-phrase: `som kan ligga till`) and the
/// second goes on in lower case, and neither is a `label: value` line; such field lines
/// (`From: …, Director` / `date of receipt: …`) are the one place where short open lines
/// follow each other with lower-case starts. Nor is either a table row: rows follow each
/// other by the table's own structure, and a row whose last cell ends in a word (`| text`)
/// before one whose first cell is a point's bare letter (`b | …`, as Swedish letters its
/// points) is two rows, never a sentence cut in two.
fn split_without_marker(first: &Block, second: &Block) -> bool {
    let last_word = first.text.trim_end().rsplit(char::is_whitespace).next().unwrap_or("");
    starts_lower(last_word)
        && last_word.chars().all(char::is_alphabetic)
        && !is_field_label(&first.text)
        && !is_field_label(&second.text)
        && !is_table_row(&first.text)
        && !is_table_row(&second.text)
}

/// Whether a block's text is a table row, its cells apart as the reader writes them.
fn is_table_row(text: &str) -> bool {
    text.contains(CELL_SEPARATOR)
}

/// What the reader writes between two cells of a table row (`Belgium | 1 953.4`).
const CELL_SEPARATOR: &str = " | ";

/// Whether `text` starts with the label of a lettered or roman point (`a) `, `(b) `, `ii) `):
/// the point of a list, after a lead-in written without a colon (`Rapporten ska innehålla` |
/// `a) antalet …`), not the rest of a sentence cut by a page.
pub fn starts_with_point(text: &str) -> bool {
    let label = text.strip_prefix('(').unwrap_or(text);
    // A label is at most four bytes, so only the first `) ` that ends within six bytes can
    // make a point: the search stops there instead of running through a long paragraph.
    let head = label.as_bytes().get(..label.len().min(6)).unwrap_or_default();
    let Some(at) = head.windows(2).position(|pair| pair == b") ") else { return false };
    let (Some(label), Some(rest)) = (label.get(..at), label.get(at + 2..)) else { return false };
    !rest.is_empty()
        && (label.len() == 1 && label.bytes().all(|b| b.is_ascii_lowercase())
            || !label.is_empty()
                && label.len() <= 4
                && label.bytes().all(|b| matches!(b, b'i' | b'v' | b'x')))
}

/// Whether `text` ends without sentence-final punctuation (`.`, `!`, `?`, `:`, `;`, `…`,
/// also before closing quotes and brackets), so that it may continue elsewhere.
pub fn ends_open(text: &str) -> bool {
    let trimmed = text.trim_end().trim_end_matches(['"', '”', '’', '\'', '»', ')', ']']);
    match trimmed.chars().next_back() {
        Some(c) => !matches!(c, '.' | '!' | '?' | ':' | ';' | '…'),
        None => false,
    }
}

/// Whether `text` starts with a lower-case letter, as a sentence continued from a
/// previous page does.
pub fn starts_lower(text: &str) -> bool {
    text.chars().next().is_some_and(char::is_lowercase)
}

/// A title or heading written as a paragraph: letters but no lower-case letter.
fn is_title(text: &str) -> bool {
    text.chars().any(char::is_alphabetic) && !text.chars().any(char::is_lowercase)
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::document::markdown;

    proptest::proptest! {
        /// Joins made in place with marks are the joins made over taken slots.
        #[test]
        fn joins_in_place_as_over_slots(
            lines in proptest::collection::vec(
                "(---|<sup>\\(1\\)</sup> note that ends open|<sup>\\(2\\)</sup> note.|\\(3\\) note|a body paragraph that ends|and goes on here.|and on|A closed sentence.|TITLE IN CAPITALS|# 1. Heading|- item that ends|From: someone|see note<sup>\\(2\\)</sup> and|som kan ligga till)",
                0..16,
            ),
        ) {
            let source = lines.join("\n\n");
            // The blocks as the reader gives them, footnotes marked, before any join.
            let line_index = crate::text::LineIndex::new(&source);
            let (mut blocks, _) = markdown::read_blocks(&source, &line_index);
            mark_footnote_defs(&mut blocks);
            let mut reference = blocks.clone();
            join_split_blocks(&mut blocks);
            join_split_blocks_reference(&mut reference);
            proptest::prop_assert_eq!(format!("{blocks:?}"), format!("{reference:?}"));
        }
    }

    fn parse(source: &str) -> Vec<Block> {
        markdown::parse("t.md", source.to_string()).blocks
    }

    #[test]
    fn open_and_closed_ends() {
        for text in ["in the", "partners,", "the “Pact"] {
            assert!(ends_open(text), "{text}");
        }
        for text in ["done.", "as follows:", "a list;", "he said.”", "(see Annex.)", ""] {
            assert!(!ends_open(text), "{text}");
        }
    }

    #[test]
    fn field_labels() {
        for text in ["From: the Secretary-General", "date of receipt: 3 May", "Mottagare:\tRådet", "Nr.: 5"]
        {
            assert!(is_field_label(text), "{text}");
        }
        let long = format!("{}: x", "a".repeat(31));
        for text in [": x", "From:x", "no colon here", "2026: the year", long.as_str(), "From"] {
            assert!(!is_field_label(text), "{text}");
        }
        assert!(is_field_label(&format!("{}: x", "ä".repeat(30))));
    }

    #[test]
    fn next_superscript_note_is_a_definition_without_its_reference() {
        let b = parse(
            "A<sup>(1)</sup> claim.\n\n<sup>(1)</sup> One.\n\nBody paragraph.\n\n\
             <sup>(2)</sup> Two, its reference lost.\n\nMore body.\n\n<sup>(5)</sup> Not next.\n\nEnd.\n",
        );
        let kinds: Vec<&BlockKind> = b.iter().map(|b| &b.kind).collect();
        assert_eq!(kinds[3], &BlockKind::FootnoteDef { label: "2".into() }, "{kinds:?}");
        assert_eq!(kinds[5], &BlockKind::Paragraph, "a label out of sequence stays text: {kinds:?}");
    }

    #[test]
    fn numbered_point_outside_region_is_paragraph() {
        let b = parse("Intro:\n\n(1) first point of the body\n\n(2) second point\n\nMore text.\n");
        assert!(b.iter().all(|b| b.kind == BlockKind::Paragraph));
    }

    #[test]
    fn trailing_numbered_notes_of_awaited_labels_are_definitions() {
        let b = parse(
            "Having regard to Regulation (EU) 2024/1350<sup>(1)</sup>,\n\nWhereas:\n\n\
             (1) A recital.\n\n(2) Another, citing Regulation (EU) 2018/1725<sup>(2)</sup>.\n\n\
             Done at Brussels.\n\n(1) OJ L, 2024/1350.\n\n(2) OJ L 295, 21.11.2018, p. 39.\n",
        );
        let kinds: Vec<&BlockKind> = b.iter().map(|b| &b.kind).collect();
        assert_eq!(kinds[2], &BlockKind::Paragraph, "a recital stays a paragraph: {kinds:?}");
        assert_eq!(kinds[3], &BlockKind::Paragraph, "{kinds:?}");
        assert_eq!(kinds[5], &BlockKind::FootnoteDef { label: "1".into() }, "{kinds:?}");
        assert_eq!(kinds[6], &BlockKind::FootnoteDef { label: "2".into() }, "{kinds:?}");
        assert_eq!(b[6].text, "OJ L 295, 21.11.2018, p. 39.");
    }

    #[test]
    fn notes_before_the_annexes_are_definitions_and_recitals_with_their_labels_are_not() {
        // Two notes cited before two recitals of the same labels: the notes after the
        // signature, before `ANNEX I`, are the definitions; the recitals, before the formula
        // that ends on a colon, and the annex's points stay paragraphs.
        let b = parse(
            "Having regard to Regulation (EU) 2024/1350<sup>(1)</sup> and 2018/1725<sup>(2)</sup>,\n\n\
             (1) A recital.\n\n(2) Another.\n\nHAVE ADOPTED THIS REGULATION:\n\nArticle 1\n\n\
             Done at Brussels.\n\n(1) OJ L, 2024/1350.\n\n(2) OJ L 295, 21.11.2018, p. 39.\n\n\
             ANNEX I\n\n(1) first point of the annex\n\n(2) second point\n",
        );
        let kinds: Vec<&BlockKind> = b.iter().map(|b| &b.kind).collect();
        assert_eq!(kinds[1], &BlockKind::Paragraph, "a recital stays a paragraph: {kinds:?}");
        assert_eq!(kinds[2], &BlockKind::Paragraph, "{kinds:?}");
        assert_eq!(kinds[6], &BlockKind::FootnoteDef { label: "1".into() }, "{kinds:?}");
        assert_eq!(kinds[7], &BlockKind::FootnoteDef { label: "2".into() }, "{kinds:?}");
        assert_eq!(kinds[9], &BlockKind::Paragraph, "the annex's points stay paragraphs: {kinds:?}");
        assert_eq!(kinds[10], &BlockKind::Paragraph, "{kinds:?}");
        // Before a title not in capitals, or a numbered section heading, a run stays points
        // of the body.
        let b = parse("A claim<sup>(1)</sup>.\n\n(1) first\n\nAnnex I\n");
        assert!(b.iter().all(|b| b.kind == BlockKind::Paragraph), "{b:?}");
        let b = parse("A claim<sup>(1)</sup>.\n\n(1) first\n\n## 3. NEXT STEPS\n\nMore.\n");
        assert!(b.iter().all(|b| !matches!(b.kind, BlockKind::FootnoteDef { .. })), "{b:?}");
    }

    #[test]
    fn trailing_numbered_points_stay_paragraphs_unless_every_label_is_awaited() {
        // Label 3 is never referred to: the run is a list of points ending the body.
        let b = parse("A claim<sup>(1)</sup>.\n\nAs follows:\n\n(1) first\n\n(3) third\n");
        assert!(b.iter().all(|b| b.kind == BlockKind::Paragraph), "{b:?}");
        // No reference at all.
        let b = parse("As follows:\n\n(1) first\n\n(2) second\n");
        assert!(b.iter().all(|b| b.kind == BlockKind::Paragraph), "{b:?}");
    }

    #[test]
    fn a_point_continuing_the_points_of_the_body_is_no_note() {
        // Recital (3), after a table and before a formula in capitals without its colon, with
        // note 3 awaited: it continues recitals (1) and (2), and the notes after the list are
        // the definitions.
        let b = parse(
            "Whereas:\n\n(1) A recital<sup>(1)</sup>.\n\n(2) Another, citing Regulation (EU) \
             2021/241<sup>(2)</sup>, Regulation 2018/1999<sup>(3)</sup>.\n\n| a | b |\n|---|---|\n| 1 | 2 |\n\n\
             (3) A third recital.\n\nHEREBY RECOMMENDS THAT LATVIA TAKES ACTION IN ORDER TO\n\n1. Act.\n\n\
             (1) OJ L 328, 21.12.2018, p. 1.\n\n(2) OJ L 57, 18.2.2021, p. 17.\n\n(3) OJ L 328, p. 1.\n",
        );
        let kinds: Vec<&BlockKind> = b.iter().map(|b| &b.kind).collect();
        let recital = b.iter().position(|b| b.text.starts_with("(3) A third")).map(|i| kinds[i]);
        assert_eq!(recital, Some(&BlockKind::Paragraph), "{kinds:?}");
        let notes: Vec<&str> = b
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::FootnoteDef { label } => Some(label.as_str()),
                _ => None,
            })
            .collect();
        assert_eq!(notes, ["1", "2", "3"], "{kinds:?}");
        // A page's notes that go on from the last note stay notes when they also go on from
        // the last point of the body.
        let b = parse(
            "(1) a point\n\n(2) a point citing<sup>(1)</sup><sup>(2)</sup><sup>(3)</sup>\n\n---\n\n\
             (1) One.\n\n(2) Two.\n\n(3) Three.\n",
        );
        let kinds: Vec<&BlockKind> = b.iter().map(|b| &b.kind).collect();
        assert_eq!(kinds[5], &BlockKind::FootnoteDef { label: "3".into() }, "{kinds:?}");
    }

    #[test]
    fn points_of_labels_defined_as_markdown_footnotes_are_no_notes() {
        // The points of an annex before a title in capitals, their labels awaited by the
        // body: the document defines its notes as `[^N]:`, so the points stay paragraphs.
        let b = parse(
            "A claim[^1] and another[^2].\n\nANNEX I\n\n(1) in box 5, the code is replaced;\n\n\
             (2) in box 6, the reference is replaced.\n\nANNEX II\n\n(1) the row is deleted.\n\n\
             [^1]: OJ L 269, 10.10.2013, p. 1.\n\n[^2]: OJ L 343, 29.12.2015, p. 1.\n",
        );
        let kinds: Vec<&BlockKind> = b.iter().map(|b| &b.kind).collect();
        assert_eq!(kinds[2], &BlockKind::Paragraph, "{kinds:?}");
        assert_eq!(kinds[3], &BlockKind::Paragraph, "{kinds:?}");
        assert_eq!(b[2].text, "(1) in box 5, the code is replaced;");
        let defs = b.iter().filter(|b| matches!(b.kind, BlockKind::FootnoteDef { .. })).count();
        assert_eq!(defs, 2, "{kinds:?}");
    }

    #[test]
    fn split_paragraph_joined_across_footnotes() {
        let src = "Body text ends with<sup>(1)</sup>\n\n---\n\n<sup>(1)</sup> A note.\n\n(2) Another note\n\ncontinued here.\n\nNext.\n";
        let b = parse(src);
        let kinds: Vec<_> = b.iter().map(|b| b.kind.clone()).collect();
        assert_eq!(
            kinds,
            vec![
                BlockKind::Paragraph,
                BlockKind::PageBreak,
                BlockKind::FootnoteDef { label: "1".into() },
                BlockKind::FootnoteDef { label: "2".into() },
                BlockKind::Paragraph
            ]
        );
        assert_eq!(b[0].text, "Body text ends with continued here.");
        assert_eq!(b[0].lines, vec![1, 9]);
        assert_eq!(b[0].parts.len(), 2);
        assert_eq!(b[3].text, "Another note");
    }

    #[test]
    fn footnote_continuation_joined_to_its_definition() {
        let src = "Body.\n\n---\n\n(1) A note that goes\n\nNext page body.\n\n---\n\non to the next page.\n\n(2) Second.\n";
        let b = parse(src);
        let defs: Vec<_> = b.iter().filter(|b| matches!(b.kind, BlockKind::FootnoteDef { .. })).collect();
        assert_eq!(defs.len(), 2);
        assert_eq!(defs[0].text, "A note that goes on to the next page.");
        assert_eq!(defs[0].lines, vec![5, 11]);
    }

    #[test]
    fn unmarked_split_needs_mid_phrase_end() {
        let b = parse(
            "A long body sentence that can serve as the\n\nbasis for decisions.\n\nFrom: the sender, director\n\ndate of receipt: today\n",
        );
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "A long body sentence that can serve as the basis for decisions.",
                "From: the sender, director",
                "date of receipt: today"
            ]
        );
    }

    #[test]
    fn points_after_a_lead_in_without_colon_not_joined() {
        let b = parse(
            "Rapporten ska innehålla\n\na) antalet personer som har omplacerats,\n\n(b) antalet överföringar,\n\nii) övriga uppgifter.\n\nEtt stycke som fortsätter på\n\nnästa sida.\n",
        );
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Rapporten ska innehålla",
                "a) antalet personer som har omplacerats,",
                "(b) antalet överföringar,",
                "ii) övriga uppgifter.",
                "Ett stycke som fortsätter på nästa sida."
            ]
        );
        assert!(starts_with_point("iv) de sökande"));
        assert!(!starts_with_point("och) ett ord"));
        assert!(!starts_with_point("a)"));
    }

    #[test]
    fn table_rows_are_never_the_parts_of_a_split_paragraph() {
        let b = parse(
            "| Led | Uppgift | Format |\n|---|---|---|\n| a | Namnet | text |\n| b | En kort beskrivning | text |\n| c | Antalet anställda | heltal |\n\nEtt stycke som fortsätter på\n\nnästa sida.\n",
        );
        let texts: Vec<&str> = b.iter().map(|b| b.text.as_str()).collect();
        assert_eq!(
            texts,
            [
                "Led | Uppgift | Format",
                "a | Namnet | text",
                "b | En kort beskrivning | text",
                "c | Antalet anställda | heltal",
                "Ett stycke som fortsätter på nästa sida."
            ]
        );
    }

    #[test]
    fn titles_and_capitalised_continuations_not_joined() {
        let b = parse(
            "COVER NOTE\n\n---\n\nfrom: someone\n\nA sentence that ends open\n\n---\n\nNew paragraph.\n",
        );
        assert_eq!(b.iter().filter(|b| b.kind == BlockKind::Paragraph).count(), 4);
    }
}
