//! Two columns of text side by side on the same lines, as `pdftotext -layout` gives a page set
//! in two columns: `Between 2013 and 2023, GDP per head in      By contrast, a group of regions`.
//!
//! Read line by line, such a page interleaves two texts. A run of such lines is found by its
//! gutter: a column of white space at the same place on every line, with prose on both sides.
//! The run is then read as its left column, top to bottom, then its right column, so that a
//! paragraph that goes on from the foot of the left column to the head of the right one is
//! read whole. Each piece keeps its place in the source: the reader works on spans of it.
//!
//! What makes a run, and what does not:
//! - at least [`MIN_PROSE_ROWS`] lines with prose on both sides of the gutter: three words or
//!   more on each side, the left side reaching close to the gutter, as a justified or ragged
//!   column of running text does (or two such lines among [`MIN_BOTH_ROWS`] with text on both
//!   sides: a link or an address fills a column's line with one word);
//! - lines with text on one side only, and empty lines, go on with the run;
//! - a line whose text crosses the gutter (a heading or a note set across the page), or that
//!   has more than two blocks of text (a table row), ends it;
//! - a form of labels and values (`Applicability:    MBB-BK117 D-2 and …`) is no run: its
//!   labels are short and far from the values.

use std::ops::Range;

/// The fewest lines with prose on both sides that make a run of two columns.
const MIN_PROSE_ROWS: usize = 3;
/// The fewest lines with text on both sides that make a run with only two lines of prose
/// on both (links, addresses and short words fill the others).
const MIN_BOTH_ROWS: usize = 4;
/// The fewest spaces between two blocks of text on a line that can be a gutter.
const MIN_GAP: usize = 3;
/// How far (in characters) the left column's prose may stop short of the gutter.
const MAX_LEFT_SHORTFALL: usize = 12;
/// How far (in characters) text on the right may start past the gutter and still belong to
/// the right column (an indented note or list item).
const MAX_RIGHT_INDENT: usize = 8;

/// A piece of a line in reading order: the line's index and a byte range of its text.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Piece {
    pub line: usize,
    pub range: Range<usize>,
    /// For a piece of a run of two columns, the width of its column in characters (the
    /// 90th percentile of its lines' lengths): what a line of that column is short against.
    pub width: Option<usize>,
}

/// The blocks of text of a line: runs of characters separated by [`MIN_GAP`] spaces or more,
/// each as (first column, column after the last character, byte range, words).
fn blocks(line: &str) -> Vec<(usize, usize, Range<usize>, usize)> {
    let mut out = Vec::new();
    let mut current: Option<(usize, usize, usize, usize, usize)> = None; // col, end col, start, end, words
    let mut spaces = 0;
    for (col, (at, c)) in line.char_indices().enumerate() {
        if c == ' ' || c == '\t' {
            spaces += 1;
            continue;
        }
        match current.as_mut() {
            Some(block) if spaces < MIN_GAP => {
                if spaces > 0 {
                    block.4 += 1;
                }
                block.1 = col + 1;
                block.3 = at + c.len_utf8();
            }
            _ => {
                if let Some((c0, c1, s, e, w)) = current.take() {
                    out.push((c0, c1, s..e, w));
                }
                current = Some((col, col + 1, at, at + c.len_utf8(), 1));
            }
        }
        spaces = 0;
    }
    if let Some((c0, c1, s, e, w)) = current {
        out.push((c0, c1, s..e, w));
    }
    out
}

/// How a line stands to a gutter at column `gutter` (where the right column starts).
#[derive(Debug, Clone, PartialEq, Eq)]
enum Row {
    /// Nothing but white space.
    Blank,
    /// Text on the left only, on the right only, or on both: the byte ranges of each side.
    Sides { left: Option<Range<usize>>, right: Option<Range<usize>>, prose: bool },
    /// Text across the gutter, or a table row: the run ends.
    Breaks,
}

fn row(line: &str, gutter: usize) -> Row {
    let blocks = blocks(line);
    if blocks.is_empty() {
        return Row::Blank;
    }
    if blocks.len() > 2 {
        return Row::Breaks;
    }
    let mut left = None;
    let mut right = None;
    let mut prose = blocks.len() == 2;
    for (c0, c1, range, words) in blocks {
        if c1 + 2 <= gutter {
            prose &= words >= 3 && c1 + MAX_LEFT_SHORTFALL >= gutter;
            left = Some(range);
        } else if c0 + 1 >= gutter && c0 <= gutter + MAX_RIGHT_INDENT {
            prose &= words >= 3;
            right = Some(range);
        } else {
            return Row::Breaks;
        }
    }
    Row::Sides { left, right, prose }
}

/// The gutter a line of prose in two columns suggests: where its second block starts.
fn gutter_of(line: &str) -> Option<usize> {
    let blocks = blocks(line);
    match blocks.as_slice() {
        [(_, end, _, words_l), (start, _, _, words_r)]
            if *words_l >= 3 && *words_r >= 3 && end + MAX_LEFT_SHORTFALL >= *start =>
        {
            Some(*start)
        }
        _ => None,
    }
}

/// The byte offset of character column `col` of `line` (its length past the end).
fn byte_at(line: &str, col: usize) -> usize {
    line.char_indices().nth(col).map_or(line.len(), |(at, _)| at)
}

/// The width of a column: the 90th percentile of its lines' lengths in characters.
fn column_width(lines: &[&str], pieces: &[Piece]) -> usize {
    let mut lengths: Vec<usize> = pieces
        .iter()
        .filter_map(|p| lines.get(p.line)?.get(p.range.clone()))
        .map(|text| text.trim_end().chars().count())
        .filter(|n| *n > 0)
        .collect();
    lengths.sort_unstable();
    lengths.get(lengths.len() * 9 / 10).or(lengths.last()).copied().unwrap_or(0)
}

/// Whether a line may be a line of two columns at all: a run of [`MIN_GAP`] spaces after text.
fn has_inner_gap(line: &str) -> bool {
    let trimmed = line.trim_start();
    trimmed.trim_end().contains("   ")
}

/// The lines' pieces in reading order, each run of two columns read left column first; `None`
/// when the text has no such run (every line is then read whole, as it stands).
///
/// `breaks[i]` marks a line that starts a page: a run never goes on across it.
pub fn unweave(lines: &[&str], breaks: &[bool]) -> Option<Vec<Piece>> {
    if !lines.iter().any(|l| has_inner_gap(l)) {
        return None;
    }
    let mut pieces = Vec::with_capacity(lines.len());
    let mut found = false;
    let mut i = 0;
    while i < lines.len() {
        let Some(gutter) = has_inner_gap(lines[i]).then(|| gutter_of(lines[i])).flatten() else {
            pieces.push(Piece { line: i, range: 0..lines[i].len(), width: None });
            i += 1;
            continue;
        };
        // The run: from line i while each line keeps to the gutter.
        let mut rows = Vec::new();
        let mut j = i;
        while j < lines.len() && (j == i || !breaks.get(j).copied().unwrap_or(false)) {
            match row(lines[j], gutter) {
                Row::Breaks => break,
                r => rows.push(r),
            }
            j += 1;
        }
        // Blank lines at the run's end belong to what follows.
        while matches!(rows.last(), Some(Row::Blank)) {
            rows.pop();
        }
        let n_prose = rows.iter().filter(|r| matches!(r, Row::Sides { prose: true, .. })).count();
        let n_both =
            rows.iter().filter(|r| matches!(r, Row::Sides { left: Some(_), right: Some(_), .. })).count();
        if n_prose < MIN_PROSE_ROWS && (n_prose < 2 || n_both < MIN_BOTH_ROWS) {
            pieces.push(Piece { line: i, range: 0..lines[i].len(), width: None });
            i += 1;
            continue;
        }
        found = true;
        let end = i + rows.len();
        // A short first line of the left column (a ragged margin) suggests no gutter: the run
        // starts at the blank line or page start above.
        let mut start = i;
        let mut above = Vec::new();
        while start > 0
            && !breaks.get(start).copied().unwrap_or(false)
            && pieces.last().is_some_and(|p: &Piece| p.line == start - 1 && p.width.is_none())
        {
            let r = row(lines[start - 1], gutter);
            if !matches!(r, Row::Sides { .. }) {
                break;
            }
            pieces.pop();
            start -= 1;
            above.push(r);
        }
        above.reverse();
        above.append(&mut rows);
        let rows = above;
        // Each side keeps the indentation of the page's margin (at most two spaces on the
        // right, which the gutter always has), so that both columns read as the page does.
        let margin = lines[start].len() - lines[start].trim_start().len();
        let right_from = gutter.saturating_sub(margin.min(2));
        for side in [true, false] {
            let from = pieces.len();
            for (k, r) in rows.iter().enumerate() {
                let line = start + k;
                let range = match r {
                    Row::Sides { left, right, .. } => match (side, left, right) {
                        (true, Some(range), _) => 0..range.end,
                        (false, _, Some(range)) => {
                            byte_at(lines[line], right_from).min(range.start)..range.end
                        }
                        // The other column's text: on this side, an empty line.
                        _ => 0..0,
                    },
                    _ => 0..lines[line].len(),
                };
                pieces.push(Piece { line, range, width: None });
            }
            let width = column_width(lines, &pieces[from..]);
            for piece in &mut pieces[from..] {
                piece.width = Some(width);
            }
        }
        i = end;
    }
    found.then_some(pieces)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn read(text: &str) -> Vec<String> {
        let lines: Vec<&str> = text.lines().collect();
        let breaks = vec![false; lines.len()];
        match unweave(&lines, &breaks) {
            None => lines.iter().map(|l| l.to_string()).collect(),
            Some(pieces) => pieces.iter().map(|p| lines[p.line][p.range.clone()].to_string()).collect(),
        }
    }

    const TWO_COLUMNS: &str = "\
   3.2 Regional GDP per head

   Between 2013 and 2023, GDP per head in          By contrast, a group of regions that
   purchasing power standards grew faster          were close to the EU average have seen
   in less developed regions than in the rest      their GDP per head stagnate or decline.
   of the EU. In the 76 regions below 75%
   of the average, it rose by 2.4% a year.         Most of these regions are in Italy,
                                                   Greece, France and Spain.
   Convergence was driven mainly by the
   Member States in the east.

   ¹ EU-14: the Member States that joined the EU before 2004, excluding the United Kingdom.";

    #[test]
    fn a_run_of_two_columns_is_read_left_column_first() {
        let got = read(TWO_COLUMNS);
        let text: Vec<&str> = got.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
        assert_eq!(
            text,
            [
                "3.2 Regional GDP per head",
                "Between 2013 and 2023, GDP per head in",
                "purchasing power standards grew faster",
                "in less developed regions than in the rest",
                "of the EU. In the 76 regions below 75%",
                "of the average, it rose by 2.4% a year.",
                "Convergence was driven mainly by the",
                "Member States in the east.",
                "By contrast, a group of regions that",
                "were close to the EU average have seen",
                "their GDP per head stagnate or decline.",
                "Most of these regions are in Italy,",
                "Greece, France and Spain.",
                "¹ EU-14: the Member States that joined the EU before 2004, excluding the United Kingdom.",
            ]
        );
    }

    #[test]
    fn each_column_keeps_its_paragraph_breaks() {
        let got = read(TWO_COLUMNS);
        // The left column has no text on the line where the right column starts a paragraph:
        // an empty line there, which ends the left column's paragraph.
        let left_end = got.iter().position(|l| l.contains("rose by 2.4%")).unwrap_or(0);
        assert_eq!(got[left_end + 1], "");
        assert!(got[left_end + 2].contains("Convergence"));
        let right = got.iter().position(|l| l.contains("stagnate or decline")).unwrap_or(0);
        assert_eq!(got[right + 1], "");
        assert!(got[right + 2].contains("Most of these regions"));
    }

    #[test]
    fn a_short_first_line_of_the_left_column_belongs_to_the_run() {
        let text = "\
   Title of the section

   Between 2013 and 2023, GDP             By contrast, a group of regions that
   per head in standards grew faster      were close to the EU average have seen
   in less developed regions than in      their GDP per head stagnate or decline
   the rest of the EU, by 2.4% a year.    over the whole period.";
        let got = read(text);
        let text: Vec<&str> = got.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
        assert_eq!(text[1], "Between 2013 and 2023, GDP");
        assert_eq!(text[5], "By contrast, a group of regions that");
    }

    #[test]
    fn links_and_addresses_fill_lines_of_a_run() {
        let text = "\
   The 2021-2027 programmes allocate EUR 392           Further data are available on the Cohesion
   billion in current prices, of which EUR 226         Open Data Platform at
   billion (58%) goes to less developed regions.       https://cohesiondata.ec.europa.eu. Questions
   Under Article 108(2) of Regulation (EU)             on this chapter may be sent to
   2021/1060, a region's category is determined        REGIO-COHESION-REPORT@ec.europa.eu.
   by its GDP per head in the years 2015-2017.";
        let got = read(text);
        let text: Vec<&str> = got.iter().map(|s| s.trim()).filter(|s| !s.is_empty()).collect();
        assert_eq!(text[1], "billion in current prices, of which EUR 226");
        assert_eq!(text[6], "Further data are available on the Cohesion");
    }

    #[test]
    fn a_form_of_labels_and_values_is_read_as_it_stands() {
        let form = "\
  Manufacturer(s):  Airbus Helicopters Deutschland GmbH (formerly Eurocopter Deutschland
                    GmbH)

  Applicability:    MBB-BK117 D-2 and MBB-BK117 D-3 helicopters, all serial numbers (s/n),
                    if equipped with a main rotor hub assembly having Part Number (P/N)
                    3214-567-01 or P/N 3214-567-03, except s/n 20741 to 20768 inclusive.

  Effective Date:            25 June 2026
  Reason:           An occurrence was reported of a flexbeam attachment bolt found cracked
                    during a scheduled inspection of the main rotor hub.";
        let lines: Vec<&str> = form.lines().collect();
        assert_eq!(unweave(&lines, &vec![false; lines.len()]), None);
    }

    #[test]
    fn a_table_is_read_as_it_stands() {
        let table = "\
   NUTS     Region                              2013        2023     Change (pp)
   LU00     Luxembourg                           263         241        -22
   IE06     Eastern and Midland                  215         258        +43
   PL91     Warszawski stołeczny                 140         162        +22
   Productivity explains most of the gap.      Public investment supported by
   In 2023, labour productivity in less        cohesion policy accounted for";
        let lines: Vec<&str> = table.lines().collect();
        assert_eq!(unweave(&lines, &vec![false; lines.len()]), None);
    }

    #[test]
    fn two_lines_side_by_side_are_no_run() {
        let text = "\
  Design Approval Holder’s Name:                   Type/Model designation(s):
  AIRBUS HELICOPTERS DEUTSCHLAND GmbH              MBB-BK117 and H145 helicopters
  This AD is issued in accordance with Regulation (EU) 748/2012, Part 21.A.3B.";
        let lines: Vec<&str> = text.lines().collect();
        assert_eq!(unweave(&lines, &vec![false; lines.len()]), None);
    }

    #[test]
    fn a_run_stops_at_a_page_break() {
        let text = "\
   one two three four five six seven           alpha beta gamma delta epsilon
   eight nine ten eleven twelve thirteen       zeta eta theta iota kappa lambda
   fourteen fifteen sixteen seventeen ok.      mu nu xi omicron pi rho sigma.
   next page left column goes on here          and the right one on this page";
        let lines: Vec<&str> = text.lines().collect();
        let breaks = [false, false, false, true];
        let pieces = unweave(&lines, &breaks).unwrap_or_default();
        let order: Vec<usize> = pieces.iter().map(|p| p.line).collect();
        assert_eq!(order, [0, 1, 2, 0, 1, 2, 3]);
        assert_eq!(pieces[6].range, 0..lines[3].len());
    }

    #[test]
    fn wide_characters_count_as_one_column() {
        // The first line keeps its margin: no line continuation before it.
        let text = "   Warszawski stołeczny reached 162% of the    București-Ilfov (RO32) reached 164%\n   \
                    average in 2023, up from 140% ten years     of the EU average, more than the\n   \
                    earlier, and Białołęka grew fastest of      Bulgarian and Slovak capitals did.";
        let got = read(text);
        assert_eq!(got[3], "  București-Ilfov (RO32) reached 164%");
        assert_eq!(got[0], "   Warszawski stołeczny reached 162% of the");
    }
}
