//! Human output: rustc-like diagnostics with both passages and carets under the tokens,
//! then one summary line.
//!
//! ```text
//! error[number-mismatch]: number `38%` in source is `36 %` in target
//!  --> sv.md:3:110
//!   |
//! 3 | … minskade med 36 % under 2024 <sup>(1)</sup>.
//!   |                ^^^^ 36 %
//!  ::: en.md:3:74
//!   |
//! 3 | … fell by 38% in 2024 <sup>(1)</sup>.
//!   |           ^^^ 38 %
//!   = help: run `tvilling explain number-mismatch`
//! ```
//!
//! Lines longer than [`MAX_WIDTH`] display columns are cut to a window around the token,
//! marked with `…`. Widths are display widths (a CJK character takes two columns), and
//! control characters are shown as `�` so that a document cannot drive the terminal.

use std::fmt::Write as _;

use unicode_width::UnicodeWidthChar;

use super::{RenderOptions, Report};
use crate::check::{Finding, Location, Severity};
use crate::document::Document;

/// The widest source line shown, in display columns.
const MAX_WIDTH: usize = 100;

const RESET: &str = "\x1b[0m";
const BOLD: &str = "\x1b[1m";
const RED: &str = "\x1b[1;31m";
const YELLOW: &str = "\x1b[1;33m";
const CYAN: &str = "\x1b[1;36m";
const BLUE: &str = "\x1b[1;34m";

/// Writes styled text, or plain text when colours are off.
struct Painter {
    color: bool,
}

impl Painter {
    fn paint(&self, out: &mut String, style: &str, text: &str) {
        if self.color && !text.is_empty() {
            out.push_str(style);
            out.push_str(text);
            out.push_str(RESET);
        } else {
            out.push_str(text);
        }
    }
}

fn severity_style(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => RED,
        Severity::Warning => YELLOW,
        Severity::Info => CYAN,
    }
}

/// Renders every finding (unless quiet) and the summary.
pub(super) fn render(report: &Report, opts: &RenderOptions) -> String {
    let painter = Painter { color: opts.color };
    let mut out = String::new();
    if !opts.quiet {
        for finding in &report.findings {
            render_finding(&mut out, report, finding, &painter);
            out.push('\n');
        }
    }
    render_summary(&mut out, report, &painter);
    out
}

fn render_finding(out: &mut String, report: &Report, finding: &Finding, painter: &Painter) {
    let style = severity_style(finding.severity);
    painter.paint(out, style, &format!("{}[{}]", finding.severity.as_str(), finding.rule));
    painter.paint(out, BOLD, &format!(": {}", sanitize(&finding.message)));
    out.push('\n');

    let locations: Vec<&Location> = std::iter::once(&finding.primary).chain(&finding.secondary).collect();
    let pad = locations.iter().map(|l| digits(marked_end(report.doc(l.side), l).0)).max().unwrap_or(1);
    let gutter = " ".repeat(pad);
    for (i, loc) in locations.iter().enumerate() {
        let doc = report.doc(loc.side);
        let arrow = if i == 0 { "-->" } else { ":::" };
        painter.paint(out, BLUE, &format!("{gutter}{arrow}"));
        let _ = writeln!(out, " {}:{}:{}", sanitize(&doc.name), loc.line, loc.column);
        let caret_style = if i == 0 { style } else { BLUE };
        render_snippet(out, doc, loc, pad, caret_style, painter);
    }
    for note in &finding.notes {
        painter.paint(out, BLUE, &format!("{gutter} ="));
        painter.paint(out, BOLD, " note");
        let _ = writeln!(out, ": {}", sanitize(note));
    }
    if let Some(help) = &finding.help {
        painter.paint(out, BLUE, &format!("{gutter} ="));
        painter.paint(out, BOLD, " help");
        let _ = writeln!(out, ": {}", sanitize(help));
    }
}

/// Lines of a span shown in a snippet at most; a longer span shows its first lines, an
/// elision row and its last line.
const MAX_SNIPPET_LINES: u32 = 3;

/// The source lines of `loc` with carets under the token (on every line the token covers);
/// nothing when the line is unknown.
fn render_snippet(
    out: &mut String,
    doc: &Document,
    loc: &Location,
    pad: usize,
    caret_style: &str,
    painter: &Painter,
) {
    let first = loc.line;
    if source_line(doc, first).is_none() {
        return;
    }
    let (last, end_column) = marked_end(doc, loc);
    let gutter = " ".repeat(pad);
    painter.paint(out, BLUE, &format!("{gutter} |"));
    out.push('\n');
    for line in first..=last {
        let shown_before_last = line < first + MAX_SNIPPET_LINES - 1;
        if line != last && !shown_before_last {
            if line == first + MAX_SNIPPET_LINES - 1 {
                painter.paint(out, BLUE, &format!("{:>pad$}", "..."));
                out.push('\n');
            }
            continue;
        }
        let Some(text) = source_line(doc, line) else { continue };
        let start = if line == first {
            loc.column
        } else {
            // Continuation lines are marked from their first visible character.
            text.chars().take_while(|c| c.is_whitespace()).count() as u32 + 1
        };
        let end = if line == last { end_column } else { text.chars().count() as u32 + 1 };
        let label = if line == last { loc.label.as_str() } else { "" };
        render_line(out, doc, line, (start, end.max(start)), label, pad, caret_style, painter);
    }
}

/// The line and column where the marks of `loc` end. A token broken over lines is marked on
/// every line it covers; a location for a whole block points at the block by its first line.
fn marked_end(doc: &Document, loc: &Location) -> (u32, u32) {
    let whole_block = doc.blocks.get(loc.block).map(|b| b.src_span(0..b.text.len()));
    if whole_block == Some(loc.span) {
        return (loc.line, loc.end_column);
    }
    super::span_end(doc, loc)
}

/// One source line with carets under the 1-based columns `[start, end)` and the label
/// after them.
#[allow(clippy::too_many_arguments)]
fn render_line(
    out: &mut String,
    doc: &Document,
    line_number: u32,
    (start_column, end_column): (u32, u32),
    label: &str,
    pad: usize,
    caret_style: &str,
    painter: &Painter,
) {
    let Some(line) = source_line(doc, line_number) else {
        return;
    };
    let gutter = " ".repeat(pad);
    let cells: Vec<(char, usize)> = line.chars().map(cell).collect();
    let n = cells.len();
    let start = (start_column as usize).saturating_sub(1).min(n);
    let end = (end_column as usize).saturating_sub(1).clamp(start, n);
    let (from, to) = window(&cells, start, end);

    let mut shown = String::new();
    let mut offset = 0;
    if from > 0 {
        shown.push('…');
        offset += 1;
    }
    for (i, &(c, w)) in cells.iter().enumerate().take(to).skip(from) {
        if c == '\t' {
            shown.push_str("    ");
        } else {
            shown.push(c);
        }
        if i < start {
            offset += w;
        }
    }
    if to < n {
        shown.push('…');
    }
    let marked: usize = cells.get(start..end.min(to)).map_or(0, |c| c.iter().map(|&(_, w)| w).sum());

    painter.paint(out, BLUE, &format!("{:>pad$} |", line_number));
    let _ = writeln!(out, " {shown}");
    painter.paint(out, BLUE, &format!("{gutter} |"));
    out.push(' ');
    out.push_str(&" ".repeat(offset));
    painter.paint(out, caret_style, &"^".repeat(marked.max(1)));
    let label = sanitize(label);
    if !label.is_empty() {
        out.push(' ');
        painter.paint(out, caret_style, &label);
    }
    out.push('\n');
}

/// The char range `[from, to)` of the line to show so that it fits in [`MAX_WIDTH`] columns
/// (minus the ellipses) with the marked chars `[start, end)` in view.
fn window(cells: &[(char, usize)], start: usize, end: usize) -> (usize, usize) {
    let width =
        |a: usize, b: usize| -> usize { cells.get(a..b).map_or(0, |c| c.iter().map(|&(_, w)| w).sum()) };
    let n = cells.len();
    if width(0, n) <= MAX_WIDTH {
        return (0, n);
    }
    // Two columns are kept for the ellipses.
    let budget = MAX_WIDTH - 2;
    let mut to = start;
    while to < end && width(start, to + 1) <= budget {
        to += 1;
    }
    let left_budget = budget.saturating_sub(width(start, to)) / 2;
    let mut from = start;
    while from > 0 && width(from - 1, start) <= left_budget {
        from -= 1;
    }
    while to < n && width(from, to + 1) <= budget {
        to += 1;
    }
    while from > 0 && width(from - 1, to) <= budget {
        from -= 1;
    }
    (from, to)
}

/// A char as shown and its display width: tabs take four columns, control characters
/// are replaced.
fn cell(c: char) -> (char, usize) {
    match c {
        '\t' => ('\t', 4),
        c if c.is_control() || super::escape::is_bidi_control(c) => ('\u{FFFD}', 1),
        c => (c, c.width().unwrap_or(0)),
    }
}

/// The text of 1-based `line` without its line ending, when the document has its source.
fn source_line(doc: &Document, line: u32) -> Option<&str> {
    if doc.source.is_empty() || line == 0 || line as usize > doc.line_index.n_lines() {
        return None;
    }
    let start = doc.line_index.line_start(line);
    let rest = doc.source.get(start..)?;
    let text = rest.split('\n').next().unwrap_or("");
    Some(text.strip_suffix('\r').unwrap_or(text))
}

/// Text from a document or a message, safe to print: control characters and bidirectional
/// overrides replaced.
fn sanitize(text: &str) -> String {
    text.chars()
        .map(|c| if c.is_control() || super::escape::is_bidi_control(c) { '\u{FFFD}' } else { c })
        .collect()
}

fn digits(n: u32) -> usize {
    n.max(1).ilog10() as usize + 1
}

/// `2 errors, 1 warning (number-mismatch 2, footnote-ref-missing 1)` or `no findings`,
/// then notes on the baseline.
fn render_summary(out: &mut String, report: &Report, painter: &Painter) {
    if report.findings.is_empty() {
        painter.paint(out, BOLD, "no findings");
    } else {
        let counts: Vec<String> = report
            .count_by_severity()
            .iter()
            .filter(|(_, n)| *n > 0)
            .map(|&(severity, n)| {
                let word = match (severity, n) {
                    (Severity::Error, 1) => "error",
                    (Severity::Error, _) => "errors",
                    (Severity::Warning, 1) => "warning",
                    (Severity::Warning, _) => "warnings",
                    (Severity::Info, _) => "info",
                };
                format!("{n} {word}")
            })
            .collect();
        let rules: Vec<String> =
            report.count_by_rule().iter().map(|(rule, n)| format!("{rule} {n}")).collect();
        painter.paint(out, BOLD, &format!("{} ({})", counts.join(", "), rules.join(", ")));
    }
    out.push('\n');
    if report.n_suppressed > 0 {
        let n = report.n_suppressed;
        let what = if n == 1 { "finding" } else { "findings" };
        painter.paint(out, BOLD, "note");
        let _ = writeln!(out, ": {n} {what} suppressed by the baseline");
    }
    if !report.stale_baseline.is_empty() {
        let n = report.stale_baseline.len();
        let (what, verb, it) = if n == 1 { ("entry", "matches", "it") } else { ("entries", "match", "them") };
        painter.paint(out, BOLD, "note");
        let _ = writeln!(
            out,
            ": {n} baseline {what} {verb} no finding any more (stale): rewrite the baseline to drop {it}"
        );
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn cells(s: &str) -> Vec<(char, usize)> {
        s.chars().map(cell).collect()
    }

    #[test]
    fn a_token_over_many_lines_is_marked_on_its_first_lines_and_its_last() {
        let source = "intro Regulation\n  (EU)\n  No\n  2024/\n  1351 end\n".to_string();
        let doc = crate::document::parse("a.md", source, crate::document::Format::Markdown);
        let start = doc.source.find("Regulation").unwrap_or(0);
        let end = doc.source.find(" end").unwrap_or(0);
        let loc = Location {
            side: crate::check::Side::Source,
            span: crate::text::Span::new(start, end),
            line: 1,
            column: 7,
            end_column: 17,
            block: 0,
            label: "the act".to_string(),
        };
        let mut out = String::new();
        render_snippet(&mut out, &doc, &loc, 1, "", &Painter { color: false });
        let expected = [
            "  |",
            "1 | intro Regulation",
            "  |       ^^^^^^^^^^",
            "2 |   (EU)",
            "  |   ^^^^",
            "...",
            "5 |   1351 end",
            "  |   ^^^^ the act",
            "",
        ];
        assert_eq!(out, expected.join("\n"));
    }

    #[test]
    fn short_lines_are_whole() {
        assert_eq!(window(&cells("short line"), 2, 4), (0, 10));
    }

    #[test]
    fn long_lines_keep_the_span_in_view() {
        let line = "x".repeat(300);
        let (from, to) = window(&cells(&line), 250, 255);
        assert!(from <= 250 && to >= 255, "{from}..{to}");
        assert!(to - from <= MAX_WIDTH - 2);
    }

    #[test]
    fn wide_characters_count_two_columns() {
        let line = "漢".repeat(80);
        let (from, to) = window(&cells(&line), 70, 72);
        assert!((to - from) * 2 <= MAX_WIDTH - 2);
        assert!(from <= 70 && to >= 72);
    }

    #[test]
    fn spans_wider_than_the_window_are_cut() {
        let line = "y".repeat(500);
        let (from, to) = window(&cells(&line), 10, 400);
        assert_eq!(from, 10);
        assert_eq!(to - from, MAX_WIDTH - 2);
    }

    #[test]
    fn control_characters_are_replaced() {
        assert_eq!(sanitize("a\u{1b}[31mb"), "a\u{FFFD}[31mb");
        assert_eq!(sanitize("a\u{202E}b\u{2066}c"), "a\u{FFFD}b\u{FFFD}c");
        assert_eq!(cell('\u{202E}'), ('\u{FFFD}', 1));
    }
}
