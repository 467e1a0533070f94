//! Whole cells of a table row that stand in other columns in the translation: the shared part
//! of `number-swapped` (cells that hold figures, dates or references) and `name-mismatch`
//! (cells that hold names alone).
//!
//! A translation keeps the columns of a table: the cell of column 3 of a row holds the values of
//! the original's column 3. A row whose cells hold the same values in another order (`|
//! Hypothyroidism | 41 (13.4%) | 38 (12.5%) |` → `| Hypotyreos | 38 (12,5 %) | 41 (13,4 %) |`,
//! `| 25 (94.12%) | – | DK, SE |` → `| 25 (94,12 %) | DK, SE | – |`) gives one arm's figures
//! to the other, a vote against to an abstention. A translation that orders the columns of the
//! whole table otherwise gives every row the same order, so another row of the table must keep
//! the columns in place.

use std::ops::Range;

use crate::check::context::{PairCtx, finding, letters};
use crate::check::{Finding, Rule, Side};
use crate::values::{Value, ValueKind};

/// The separator of two cells in a block's text (`Belgium | 1 953.4 | 19.1`).
const CELL_SEPARATOR: &str = " | ";

/// The most rows on each side of a row searched for one that keeps the columns in place.
const ROWS_SEARCHED: usize = 64;

/// The most bytes of a header cell named in a message.
const HEADER_LEN: usize = 60;

/// One cell of a table row: its bytes in the block's text and the keys of its values, sorted.
#[derive(Debug)]
struct Cell<'a> {
    range: Range<usize>,
    text: &'a str,
    keys: Vec<&'a str>,
}

impl Cell<'_> {
    fn is_blank(&self) -> bool {
        self.text.trim().is_empty()
    }
}

/// The cells of the row that is the line `line` of `text`, each with the values of `values`
/// that stand in it; none where a value stands across two cells.
fn row<'a>(text: &'a str, line: Range<usize>, values: &'a [Value]) -> Option<Vec<Cell<'a>>> {
    let body = text.get(line.clone())?;
    // The bars that close (and, as written, open) an HTML or Markdown row are no cells.
    let trimmed = body.trim_end();
    let end = line.start + trimmed.strip_suffix(" |").unwrap_or(trimmed).len();
    let start = line.start + usize::from(body.starts_with("| ")) * 2;
    let mut cells = Vec::new();
    let mut at = start;
    loop {
        let rest = text.get(at..end)?;
        let stop = rest.find(CELL_SEPARATOR).map_or(end, |offset| at + offset);
        cells.push(Cell { range: at..stop, text: text.get(at..stop)?, keys: Vec::new() });
        if stop == end {
            break;
        }
        at = stop + CELL_SEPARATOR.len();
    }
    // A value read optionally may be a word of the text (`andra`, "other" or "second"), which
    // one side has and the other not; a country's code (`DK`) is the cell's content.
    let counted = |value: &&Value| !value.optional || value.kind == ValueKind::Name;
    for value in values
        .iter()
        .filter(counted)
        .filter(|value| value.span.start >= line.start && value.span.start < line.end)
    {
        let cell = cells.iter_mut().find(|cell| cell.range.contains(&value.span.start))?;
        if value.span.end > cell.range.end {
            return None;
        }
        cell.keys.push(value.key.as_str());
    }
    for cell in &mut cells {
        cell.keys.sort_unstable();
    }
    Some(cells)
}

/// The cells of a row that stand in other columns in the translation, as pairs (column in the
/// source, column in the target): each moved cell holds the values of the source's cell on the
/// other side, and a cell without values, the same text (`–`). None where a cell moved is blank
/// on either side (a converter may put the text of a merged cell in either of its columns) or
/// where the cells differ otherwise.
fn moved(src: &[Cell], tgt: &[Cell]) -> Option<Vec<(usize, usize)>> {
    if src.len() != tgt.len() || src.len() < 2 {
        return None;
    }
    let changed: Vec<usize> = (0..src.len()).filter(|&i| src[i].keys != tgt[i].keys).collect();
    if changed.len() < 2 || changed.iter().any(|&i| src[i].is_blank() || tgt[i].is_blank()) {
        return None;
    }
    let mut taken = vec![false; tgt.len()];
    let mut moves = Vec::with_capacity(changed.len());
    for &i in &changed {
        let same = |j: usize| {
            tgt[j].keys == src[i].keys
                && (!src[i].keys.is_empty() || tgt[j].text.trim() == src[i].text.trim())
        };
        let j = changed.iter().copied().find(|&j| j != i && !taken[j] && same(j))?;
        taken[j] = true;
        moves.push((i, j));
    }
    Some(moves)
}

/// Whether the pair of rows `other` keeps in place a column that `moves` moves: the column
/// holds the same values on both sides, values the column moved into it in the flagged row
/// does not hold. A table whose columns the translation orders otherwise moves them in every
/// row.
fn keeps_columns(other: (&[Cell], &[Cell]), moves: &[(usize, usize)]) -> bool {
    let (src, tgt) = other;
    src.len() == tgt.len()
        && moves.iter().any(|&(from, to)| {
            let (Some(kept), Some(arrived), Some(there)) = (src.get(to), src.get(from), tgt.get(to)) else {
                return false;
            };
            !kept.keys.is_empty() && kept.keys == there.keys && kept.keys != arrived.keys
        })
}

/// A row of a table whose cells stand in other columns in the translation.
pub(crate) struct CellMove {
    /// The blocks of the row on each side.
    blocks: (usize, usize),
    /// The cells of the row on each side, as byte ranges of their blocks' text.
    src_cells: Vec<Range<usize>>,
    tgt_cells: Vec<Range<usize>>,
    /// (column in the source, column in the target) of each cell moved.
    moves: Vec<(usize, usize)>,
    /// The headings of the source's columns, where the table has a first row of as many cells.
    headers: Vec<String>,
    /// Whether a moved cell holds a figure, a date or a reference (else names alone).
    pub(crate) figures: bool,
    keys: String,
}

/// The rows of a block: the byte ranges of its lines that are table rows (an HTML table is one
/// block, a row a line; a Markdown row is a block).
fn rows(text: &str) -> Vec<Range<usize>> {
    let mut rows = Vec::new();
    let mut start = 0;
    for line in text.split('\n') {
        if line.contains(CELL_SEPARATOR) {
            rows.push(start..start + line.len());
        }
        start += line.len() + 1;
    }
    rows
}

/// The rows of a bead that pairs one block with one block, each of the same number of rows:
/// `(src block, tgt block, src row, tgt row)`.
fn bead_rows(ctx: &PairCtx, bead: &crate::align::Bead) -> Vec<(usize, usize, Range<usize>, Range<usize>)> {
    let ([src], [tgt]) = (bead.src.as_slice(), bead.tgt.as_slice()) else { return Vec::new() };
    let text =
        |side: Side, block: usize| ctx.input.doc(side).blocks.get(block).map_or("", |b| b.text.as_str());
    let (src_text, tgt_text) = (text(Side::Source, *src), text(Side::Target, *tgt));
    // A cheap byte test first: most blocks are no table rows.
    if memchr::memchr(b'|', src_text.as_bytes()).is_none()
        || memchr::memchr(b'|', tgt_text.as_bytes()).is_none()
    {
        return Vec::new();
    }
    let (src_rows, tgt_rows) = (rows(src_text), rows(tgt_text));
    if src_rows.len() != tgt_rows.len() {
        return Vec::new();
    }
    src_rows.into_iter().zip(tgt_rows).map(|(s, t)| (*src, *tgt, s, t)).collect()
}

/// The rows of `ctx`'s bead whose cells stand in other columns in the translation, where
/// another row of the same table keeps them in place.
pub(crate) fn moves(ctx: &PairCtx) -> Vec<CellMove> {
    let input = ctx.input;
    let here = bead_rows(ctx, ctx.bead);
    if here.is_empty() {
        return Vec::new();
    }
    let cells = |(src, tgt, s, t): &(usize, usize, Range<usize>, Range<usize>)| {
        let text =
            |side: Side, block: usize| input.doc(side).blocks.get(block).map_or("", |b| b.text.as_str());
        let src_row = row(text(Side::Source, *src), s.clone(), values(input.src_values, *src))?;
        let tgt_row = row(text(Side::Target, *tgt), t.clone(), values(input.tgt_values, *tgt))?;
        Some((src_row, tgt_row))
    };
    let mut found = Vec::new();
    for (index, place) in here.iter().enumerate() {
        let Some((src, tgt)) = cells(place) else { continue };
        let Some(moves) = moved(&src, &tgt) else { continue };
        // Another row of the table, nearest first: those of this block, then those of the
        // beads before and after that pair rows of as many cells.
        let width = src.len();
        let other_rows =
            here.iter().enumerate().filter(|&(other, _)| other != index).map(|(_, row)| row.clone());
        let near = |step: isize| {
            (1..=ROWS_SEARCHED as isize)
                .map_while(move |distance| {
                    let bead =
                        input.alignment.beads.get(ctx.bead_idx.checked_add_signed(step * distance)?)?;
                    let rows = bead_rows(ctx, bead);
                    (!rows.is_empty()).then_some(rows)
                })
                .flatten()
        };
        let kept = other_rows.chain(near(-1)).chain(near(1)).take(ROWS_SEARCHED * 2).any(|other| {
            cells(&other).is_some_and(|(s, t)| s.len() == width && keeps_columns((&s, &t), &moves))
        });
        if !kept {
            continue;
        }
        let figures = moves.iter().any(|&(from, _)| {
            input
                .src_values
                .get(place.0)
                .into_iter()
                .flatten()
                .any(|value| src[from].range.contains(&value.span.start) && value.kind != ValueKind::Name)
        });
        let keys: Vec<&str> = moves.iter().flat_map(|&(from, _)| src[from].keys.iter().copied()).collect();
        found.push(CellMove {
            blocks: (place.0, place.1),
            src_cells: src.iter().map(|cell| cell.range.clone()).collect(),
            tgt_cells: tgt.iter().map(|cell| cell.range.clone()).collect(),
            headers: headers(ctx, place.0, width),
            moves,
            figures,
            keys: keys.join(" "),
        });
    }
    found
}

/// The values of `block` of a side.
fn values(all: &[Vec<Value>], block: usize) -> &[Value] {
    all.get(block).map_or(&[][..], Vec::as_slice)
}

/// The headings of the columns of the source table whose row is in `block`: the cells of the
/// table's first row, where it has `width` cells.
fn headers(ctx: &PairCtx, block: usize, width: usize) -> Vec<String> {
    let blocks = &ctx.input.src.blocks;
    let is_row = |index: usize| blocks.get(index).is_some_and(|b| b.text.contains(CELL_SEPARATOR));
    let mut first = block;
    while first > 0 && is_row(first - 1) && !blocks[first - 1].text.contains('\n') {
        first -= 1;
    }
    let Some(text) = blocks.get(first).map(|b| b.text.as_str()) else { return Vec::new() };
    let Some(line) = rows(text).into_iter().next() else { return Vec::new() };
    match row(text, line, &[]) {
        Some(cells) if cells.len() == width => {
            cells.iter().map(|cell| cell.text.trim().to_string()).collect()
        }
        _ => Vec::new(),
    }
}

/// The finding of `rule` on a row whose cells moved.
pub(crate) fn report(ctx: &PairCtx, rule: &Rule, cells: &CellMove) -> Finding {
    let input = ctx.input;
    let text = |side: Side, block: usize, range: &Range<usize>| {
        input.doc(side).blocks.get(block).and_then(|b| b.text.get(range.clone())).unwrap_or("").trim()
    };
    let column = |index: usize| match cells.headers.get(index) {
        Some(header) if !header.is_empty() && header.len() <= HEADER_LEN && !header.contains('`') => {
            format!("{} (`{header}`)", index + 1)
        }
        _ => (index + 1).to_string(),
    };
    let list = |items: Vec<String>| match items.as_slice() {
        [] => String::new(),
        [one] => one.clone(),
        [init @ .., last] => format!("{} and {last}", init.join(", ")),
    };
    let (src_block, tgt_block) = cells.blocks;
    let mut columns: Vec<usize> = cells.moves.iter().map(|&(from, _)| from).collect();
    columns.sort_unstable();
    let src_texts =
        columns.iter().map(|&i| format!("`{}`", text(Side::Source, src_block, &cells.src_cells[i])));
    let tgt_texts =
        columns.iter().map(|&i| format!("`{}`", text(Side::Target, tgt_block, &cells.tgt_cells[i])));
    let message = format!(
        "the cells of columns {} of a table row stand in other columns in target ({} in source, {} in target): swapped?",
        list(columns.iter().map(|&i| column(i)).collect()),
        list(src_texts.collect()),
        list(tgt_texts.collect()),
    );
    let first = columns.first().copied().unwrap_or(0);
    let label = |side: Side, block: usize, ranges: &[Range<usize>]| {
        let range = ranges.get(first).cloned().unwrap_or(0..0);
        let shown = text(side, block, &range).to_string();
        input.location(side, block, range, shown)
    };
    let context = letters(input.doc(Side::Target).blocks.get(tgt_block).map_or("", |b| b.text.as_str()));
    finding(
        rule,
        message,
        label(Side::Target, tgt_block, &cells.tgt_cells),
        Some(label(Side::Source, src_block, &cells.src_cells)),
        Some(ctx.bead_idx),
        &["cells", &cells.keys, &context],
    )
}

#[cfg(test)]
mod tests {
    use super::*;
    use crate::text::Lang;

    /// The cells moved between the rows `src` and `tgt` of a table, where the rows `others`
    /// keep their columns or not.
    fn table(src: &str, tgt: &str, others: &[(&str, &str)]) -> Option<Vec<(usize, usize)>> {
        let (src_values, tgt_values) =
            (crate::values::extract(src, Lang::En), crate::values::extract(tgt, Lang::Sv));
        let src_row = row(src, 0..src.len(), &src_values)?;
        let tgt_row = row(tgt, 0..tgt.len(), &tgt_values)?;
        let moves = moved(&src_row, &tgt_row)?;
        others
            .iter()
            .any(|(s, t)| {
                let (s_values, t_values) =
                    (crate::values::extract(s, Lang::En), crate::values::extract(t, Lang::Sv));
                let (Some(s_row), Some(t_row)) =
                    (row(s, 0..s.len(), &s_values), row(t, 0..t.len(), &t_values))
                else {
                    return false;
                };
                keeps_columns((&s_row, &t_row), &moves)
            })
            .then_some(moves)
    }

    const ARMS: &[(&str, &str)] =
        &[("Grade ≥ 3 | 172 (56.0%) | 118 (38.8%)", "Grad ≥ 3 | 172 (56,0 %) | 118 (38,8 %)")];

    #[test]
    fn cells_of_two_values_each_traded_between_columns() {
        let moves =
            table("Hypothyroidism | 41 (13.4%) | 38 (12.5%)", "Hypotyreos | 38 (12,5 %) | 41 (13,4 %)", ARMS);
        assert_eq!(moves, Some(vec![(1, 2), (2, 1)]));
    }

    #[test]
    fn a_cell_moved_past_a_dash() {
        let votes = [(
            "B.01 | Favourable | 24 (88.54%) | PL | AT, SK",
            "B.01 | Positivt | 24 (88,54 %) | PL | AT, SK",
        )];
        let moves = table(
            "B.05 | Favourable | 25 (94.12%) | – | DK, SE",
            "B.05 | Positivt | 25 (94,12 %) | DK, SE | –",
            &votes,
        );
        assert_eq!(moves, Some(vec![(3, 4), (4, 3)]));
        // Three cells moved round.
        let moves = table(
            "a | 1 (2%) | 3 (4%) | 5 (6%)",
            "a | 5 (6 %) | 1 (2 %) | 3 (4 %)",
            &[("b | 7 | 8 | 9", "b | 7 | 8 | 9")],
        );
        assert_eq!(moves, Some(vec![(1, 2), (2, 3), (3, 1)]));
    }

    #[test]
    fn a_word_read_optionally_as_a_figure_moves_nothing() {
        // `andra` ("other", or "second") is no value of the cell.
        let others = [(
            "Article 7(1)(a) | Recycled content, PET | 30% | 1.1.2030",
            "Artikel 7.1 a | Återvunnet innehåll, PET | 30 % | 1.1.2030",
        )];
        let moves = table(
            "Article 7(1)(d) | Recycled content, other plastic packaging | 35% | 1.1.2030",
            "1.1.2030 | Återvunnet innehåll, andra plastförpackningar | 35 % | Artikel 7.1 d",
            &others,
        );
        assert_eq!(moves, Some(vec![(0, 3), (3, 0)]));
    }

    #[test]
    fn rows_in_place_are_no_move() {
        assert_eq!(
            table("Hypothyroidism | 41 (13.4%) | 38 (12.5%)", "Hypotyreos | 41 (13,4 %) | 38 (12,5 %)", ARMS),
            None
        );
    }

    #[test]
    fn a_table_whose_columns_all_moved_is_no_move() {
        // Every other row has the same order: the translation ordered the columns otherwise.
        let others = [("Grade ≥ 3 | 172 (56.0%) | 118 (38.8%)", "Grad ≥ 3 | 118 (38,8 %) | 172 (56,0 %)")];
        assert_eq!(
            table("Nausea | 41 (13.4%) | 38 (12.5%)", "Illamående | 38 (12,5 %) | 41 (13,4 %)", &others),
            None
        );
        // No other row tells.
        assert_eq!(
            table("Nausea | 41 (13.4%) | 38 (12.5%)", "Illamående | 38 (12,5 %) | 41 (13,4 %)", &[]),
            None
        );
    }

    #[test]
    fn blank_cells_and_other_widths_are_no_move() {
        // A blank cell: a converter may put a merged cell's text in either column.
        assert_eq!(table("Nausea |  | 38 (12.5%)", "Illamående | 38 (12,5 %) | ", ARMS), None);
        assert_eq!(table("Nausea | – | 38 (12.5%)", "Illamående | 38 (12,5 %)", ARMS), None);
        // Cells of words without values that differ from column to column are not read.
        assert_eq!(table("Total | EUR | 38", "Totalt | 38 | euro", &[("a | 1 | 2", "a | 1 | 2")]), None);
        // Values that differ are `number-mismatch`, not a move.
        assert_eq!(
            table("Nausea | 41 (13.4%) | 38 (12.5%)", "Illamående | 38 (12,5 %) | 42 (13,4 %)", ARMS),
            None
        );
    }

    #[test]
    fn a_row_s_cells_and_their_values() {
        let text = "| B.05 | 25 (94.12%) | – |";
        let values = crate::values::extract(text, Lang::En);
        let cells = row(text, 0..text.len(), &values).unwrap_or_default();
        let texts: Vec<&str> = cells.iter().map(|cell| cell.text).collect();
        assert_eq!(texts, ["B.05", "25 (94.12%)", "–"]);
        assert_eq!(cells[1].keys, ["num:25", "pct:94.12"]);
        assert!(cells[2].keys.is_empty());
        assert_eq!(rows("a | b\nno row\nc | d |"), [0..5, 13..20]);
    }
}
