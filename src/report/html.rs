//! The HTML report: one self-contained file (inline CSS and JS, nothing fetched) showing
//! both versions side by side, one row per bead, for linguists and translators.
//!
//! What a row shows:
//! - the blocks of each side with their source line numbers; a page-split paragraph (a
//!   block with several parts) is marked at the join;
//! - sentence beads as alternating backgrounds with matching `data-s` numbers on both sides;
//! - values (numbers, dates, legal references, URLs) highlighted by kind, linked to their
//!   counterpart through `data-peer`; footnote references linked by label (`data-fn`);
//! - the tokens of findings as `<mark class="hit">` with the finding numbers in `data-f`.
//!
//! Every bead row has the id `bead-N`; the findings panel links to it. Rows are plain HTML
//! with `content-visibility: auto`, and the script only attaches delegated listeners at
//! load, so 60,000 rows stay fast. Every piece of document text goes through
//! [`escape`](super::escape).

use std::collections::{HashMap, HashSet};
use std::fmt::Write as _;
use std::ops::Range;

use super::Report;
use super::escape;
use crate::align::Bead;
use crate::check::{Finding, Location, Severity, Side};
use crate::document::{Block, BlockKind, Inline};
use crate::text::Span;
use crate::values::{Value, ValueKind};

const CSS: &str = include_str!("html.css");
const JS: &str = include_str!("html.js");

/// Beads below this confidence are shaded as doubtful.
const LOW_CONFIDENCE: f32 = 0.5;

/// Per-side lookups computed once from the report.
struct SideData<'a> {
    side: Side,
    prefix: &'static str,
    peer_prefix: &'static str,
    /// `(block, value index)` → the counterpart's `(block, value index)`.
    peers: HashMap<(usize, usize), (usize, usize)>,
    /// block → `(finding index, location)` of findings located in it.
    marks: HashMap<usize, Vec<(usize, &'a Location)>>,
}

/// Renders the whole page.
pub(super) fn render(report: &Report) -> String {
    let mut src_peers = HashMap::new();
    let mut tgt_peers = HashMap::new();
    for link in &report.value_links {
        src_peers.entry(link.src).or_insert(link.tgt);
        tgt_peers.entry(link.tgt).or_insert(link.src);
    }
    let mut src_marks: HashMap<usize, Vec<(usize, &Location)>> = HashMap::new();
    let mut tgt_marks: HashMap<usize, Vec<(usize, &Location)>> = HashMap::new();
    for (i, finding) in report.findings.iter().enumerate() {
        for loc in std::iter::once(&finding.primary).chain(&finding.secondary) {
            let marks = if loc.side == Side::Source { &mut src_marks } else { &mut tgt_marks };
            marks.entry(loc.block).or_default().push((i, loc));
        }
    }
    let src =
        SideData { side: Side::Source, prefix: "vs", peer_prefix: "vt", peers: src_peers, marks: src_marks };
    let tgt =
        SideData { side: Side::Target, prefix: "vt", peer_prefix: "vs", peers: tgt_peers, marks: tgt_marks };

    let src_beads = report.bead_of_blocks(Side::Source);
    let tgt_beads = report.bead_of_blocks(Side::Target);
    let finding_beads: Vec<Option<usize>> =
        report.findings.iter().map(|f| report.bead_of_finding(f, [&src_beads, &tgt_beads])).collect();
    let mut worst_of_bead: HashMap<usize, Severity> = HashMap::new();
    for (finding, bead) in report.findings.iter().zip(&finding_beads) {
        if let Some(bead) = bead {
            let worst = worst_of_bead.entry(*bead).or_insert(finding.severity);
            *worst = (*worst).max(finding.severity);
        }
    }

    // A rough size guess avoids most reallocations on big documents.
    let mut out = String::with_capacity(4096 + (report.src.source.len() + report.tgt.source.len()) * 3);
    render_head(&mut out, report);
    out.push_str("<div id=\"layout\">\n");
    render_panel(&mut out, report, &finding_beads);
    // The script comes before the rows: its listeners are delegated from the document, so
    // they work while a long page is still loading.
    let _ = writeln!(out, "<script>{JS}</script>");
    out.push_str("<main>\n");
    let _ = writeln!(
        out,
        "<div class=\"row colhead\"><span class=\"no\">#</span><div class=\"side\">{} <span class=\"lang\">{}</span></div><div class=\"side\">{} <span class=\"lang\">{}</span></div></div>",
        escape::text(&report.src.name),
        report.src.lang.map_or("?", |l| l.code()),
        escape::text(&report.tgt.name),
        report.tgt.lang.map_or("?", |l| l.code()),
    );
    out.push_str("<div id=\"rows\">\n");
    let mut footnote_ids = HashSet::new();
    for (i, bead) in report.alignment.beads.iter().enumerate() {
        render_row(
            &mut out,
            report,
            i,
            bead,
            worst_of_bead.get(&i).copied(),
            [&src, &tgt],
            &mut footnote_ids,
        );
    }
    out.push_str("</div>\n</main>\n</div>\n");
    out.push_str("</body>\n</html>\n");
    out
}

fn plural(n: usize, one: &str, many: &str) -> String {
    format!("{n} {}", if n == 1 { one } else { many })
}

fn render_head(out: &mut String, report: &Report) {
    let title = format!("{} ↔ {} — {}", report.src.name, report.tgt.name, report.tool.name);
    let _ = write!(
        out,
        "<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n<meta charset=\"utf-8\">\n<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">\n<meta name=\"generator\" content=\"{} {}\">\n<title>{}</title>\n<style>{CSS}</style>\n</head>\n<body>\n",
        escape::attr(report.tool.name),
        escape::attr(report.tool.version),
        escape::text(&title),
    );
    let verdict = &report.alignment.verdict;
    let _ = writeln!(
        out,
        "<header id=\"top\"><h1>{} <span class=\"arrow\">↔</span> {}</h1>",
        escape::text(&report.src.name),
        escape::text(&report.tgt.name)
    );
    let _ = writeln!(
        out,
        "<p class=\"meta\">{} {} · {} · verdict: <b class=\"{}\">{}</b> (score {:.2}) — {}</p>",
        escape::text(report.tool.name),
        escape::text(report.tool.version),
        plural(report.alignment.beads.len(), "aligned row", "aligned rows"),
        if verdict.is_translation { "ok" } else { "bad" },
        if verdict.is_translation { "translation" } else { "not a translation" },
        verdict.score,
        escape::text(&verdict.reason),
    );
    let mut counts: Vec<String> = report
        .count_by_severity()
        .iter()
        .map(|&(s, n)| {
            let word = match (s, n) {
                (Severity::Info, _) | (_, 1) => s.as_str().to_string(),
                _ => format!("{}s", s.as_str()),
            };
            format!("<span class=\"count sev-{}\">{n} {word}</span>", s.as_str())
        })
        .collect();
    if report.n_suppressed > 0 {
        counts.push(format!(
            "{} by the baseline",
            plural(report.n_suppressed, "finding suppressed", "findings suppressed")
        ));
    }
    if !report.stale_baseline.is_empty() {
        counts.push(plural(report.stale_baseline.len(), "stale baseline entry", "stale baseline entries"));
    }
    let _ = writeln!(out, "<p class=\"counts\">{}</p>\n</header>", counts.join(" · "));
}

fn render_panel(out: &mut String, report: &Report, finding_beads: &[Option<usize>]) {
    out.push_str("<aside id=\"panel\">\n<div class=\"controls\">\n");
    out.push_str("<input type=\"search\" id=\"search\" placeholder=\"Search findings; Enter: next row with the text\" aria-label=\"Search\">\n");
    out.push_str("<fieldset id=\"sev-filter\"><legend>Severity</legend>");
    for (severity, n) in report.count_by_severity() {
        let _ = write!(
            out,
            "<label class=\"sev-{0}\"><input type=\"checkbox\" data-sev=\"{0}\" checked> {0} ({n})</label>",
            severity.as_str()
        );
    }
    out.push_str("</fieldset>\n<fieldset id=\"rule-filter\"><legend>Rule</legend>");
    let mut by_rule = report.count_by_rule();
    by_rule.sort();
    for (rule, n) in by_rule {
        let _ = write!(
            out,
            "<label><input type=\"checkbox\" data-rule=\"{}\" checked> <code>{}</code> ({n})</label>",
            escape::attr(rule),
            escape::text(rule)
        );
    }
    out.push_str("</fieldset>\n<label class=\"only\"><input type=\"checkbox\" id=\"only-findings\"> only rows with findings</label>\n");
    out.push_str("<p class=\"keys\"><kbd>j</kbd>/<kbd>n</kbd> next finding · <kbd>k</kbd>/<kbd>p</kbd> previous</p>\n</div>\n");
    let _ = writeln!(out, "<h2>Findings ({})</h2>", report.findings.len());
    out.push_str("<ol id=\"findings\">\n");
    for (i, (finding, bead)) in report.findings.iter().zip(finding_beads).enumerate() {
        render_finding_item(out, report, i, finding, *bead);
    }
    out.push_str("</ol>\n");
    if report.findings.is_empty() {
        out.push_str("<p class=\"none\">no findings</p>\n");
    }
    out.push_str("</aside>\n");
}

fn render_finding_item(out: &mut String, report: &Report, i: usize, finding: &Finding, bead: Option<usize>) {
    let sev = finding.severity.as_str();
    let _ = write!(
        out,
        "<li class=\"f sev-{sev}\" id=\"f-{i}\" data-f=\"{i}\" data-sev=\"{sev}\" data-rule=\"{}\">",
        escape::attr(finding.rule)
    );
    match bead {
        Some(b) => {
            let _ = write!(out, "<a href=\"#bead-{b}\">");
        }
        None => out.push_str("<a>"),
    }
    let loc = &finding.primary;
    let _ = write!(
        out,
        "<span class=\"sev\">{sev}</span> <code class=\"rule\">{}</code><span class=\"msg\">{}</span><span class=\"where\">{}:{}:{}</span>",
        escape::text(finding.rule),
        escape::text(&finding.message),
        escape::text(&report.doc(loc.side).name),
        loc.line,
        loc.column,
    );
    for note in &finding.notes {
        let _ = write!(out, "<span class=\"note\">note: {}</span>", escape::text(note));
    }
    if let Some(help) = &finding.help {
        let _ = write!(out, "<span class=\"note\">help: {}</span>", escape::text(help));
    }
    out.push_str("</a></li>\n");
}

fn render_row(
    out: &mut String,
    report: &Report,
    i: usize,
    bead: &Bead,
    worst: Option<Severity>,
    sides: [&SideData; 2],
    footnote_ids: &mut HashSet<String>,
) {
    let kind = crate::align::tsv::role_name(bead.kind);
    let mut class = format!("row k-{kind}");
    if bead.confidence < LOW_CONFIDENCE {
        class.push_str(" low");
    }
    if let Some(worst) = worst {
        let _ = write!(class, " has-f f-{}", worst.as_str());
    }
    let confidence = if bead.confidence.is_finite() { bead.confidence } else { 0.0 };
    let _ = write!(
        out,
        "<div class=\"{class}\" id=\"bead-{i}\"><a class=\"no\" href=\"#bead-{i}\" data-c=\"{confidence:.2}\">{i}</a>"
    );
    for data in sides {
        let (doc, blocks) = match data.side {
            Side::Source => (&report.src, &bead.src),
            Side::Target => (&report.tgt, &bead.tgt),
        };
        let lang = doc.lang.map_or("", |l| l.code());
        let which = if data.side == Side::Source { "src" } else { "tgt" };
        if blocks.is_empty() {
            let _ = write!(out, "<div class=\"side {which} empty\" lang=\"{lang}\">no counterpart</div>");
            continue;
        }
        let _ = write!(out, "<div class=\"side {which}\" lang=\"{lang}\">");
        for &block_idx in blocks {
            let Some(block) = doc.blocks.get(block_idx) else { continue };
            render_block(out, report, bead, block_idx, block, data, footnote_ids);
        }
        out.push_str("</div>");
    }
    out.push_str("</div>\n");
}

/// One layer of marks over block text: ranges that do not overlap each other.
struct Layer {
    items: Vec<Mark>,
}

struct Mark {
    range: Range<usize>,
    /// The opening tag, without and with the `id` (given to the first fragment only).
    open: String,
    open_with_id: Option<String>,
    close: &'static str,
}

impl Layer {
    /// Sorts the marks and drops any that overlap an earlier one.
    fn new(mut items: Vec<Mark>) -> Layer {
        items.sort_by_key(|m| (m.range.start, std::cmp::Reverse(m.range.end)));
        let mut kept: Vec<Mark> = Vec::with_capacity(items.len());
        for item in items {
            if kept.last().is_none_or(|last| item.range.start >= last.range.end) {
                kept.push(item);
            }
        }
        Layer { items: kept }
    }
}

/// Whether `range` is a non-empty range on char boundaries of `text`.
fn valid_range(text: &str, range: &Range<usize>) -> bool {
    range.start < range.end && text.get(range.clone()).is_some()
}

/// The text range of a source span, through the block's chunks; `None` when the span covers
/// no block text (a footnote reference, which is not in the text, for example).
fn text_range(block: &Block, span: Span) -> Option<Range<usize>> {
    let mut range: Option<Range<usize>> = None;
    for chunk in &block.chunks {
        let chunk_end = chunk.src_start.saturating_add(chunk.len);
        let start = span.start.max(chunk.src_start);
        let end = span.end.min(chunk_end);
        if start < end {
            let text_start = chunk.text_start + (start - chunk.src_start);
            let text_end = chunk.text_start + (end - chunk.src_start);
            range = Some(match range {
                Some(r) => r.start.min(text_start)..r.end.max(text_end),
                None => text_start..text_end,
            });
        }
    }
    range.filter(|r| valid_range(&block.text, r))
}

fn value_kind(kind: ValueKind) -> &'static str {
    match kind {
        ValueKind::Number => "number",
        ValueKind::Date => "date",
        ValueKind::Legal => "legal",
        ValueKind::Url => "url",
        ValueKind::Name => "name",
    }
}

/// The word a value's tooltip names it by: its kind, but `code` for a code or identifier
/// compared letter for letter (`SHA` of `SHA-512`, `COVID` of `COVID-19`), which the legal
/// readers key apart from the acts and references they read.
fn value_label(value: &Value) -> &'static str {
    if value.kind == ValueKind::Legal && (value.key.starts_with("code:") || value.key.starts_with("id:")) {
        "code"
    } else {
        value_kind(value.kind)
    }
}

fn render_block(
    out: &mut String,
    report: &Report,
    bead: &Bead,
    block_idx: usize,
    block: &Block,
    data: &SideData,
    footnote_ids: &mut HashSet<String>,
) {
    let text = block.text.as_str();
    let side_letter = if data.side == Side::Source { 's' } else { 't' };

    // Layer 0: sentences of this bead that lie in this block.
    let mut sentences = Vec::new();
    for (k, sentence) in bead.sentences.iter().enumerate() {
        let ranges = if data.side == Side::Source { &sentence.src } else { &sentence.tgt };
        let low = if sentence.confidence < LOW_CONFIDENCE { " slow" } else { "" };
        for (b, range) in ranges {
            if *b == block_idx && valid_range(text, range) {
                sentences.push(Mark {
                    range: range.clone(),
                    open: format!("<span class=\"s s{}{low}\" data-s=\"{k}\">", k % 2),
                    open_with_id: None,
                    close: "</span>",
                });
            }
        }
    }

    // Layer 1: values, linked to their counterparts.
    let values = match data.side {
        Side::Source => report.src_values.get(block_idx),
        Side::Target => report.tgt_values.get(block_idx),
    };
    let mut value_marks = Vec::new();
    for (i, value) in values.into_iter().flatten().enumerate() {
        if !valid_range(text, &value.span) {
            continue;
        }
        let peer = data
            .peers
            .get(&(block_idx, i))
            .map(|(b, j)| format!(" data-peer=\"{}-{b}-{j}\"", data.peer_prefix))
            .unwrap_or_default();
        let unlinked = if peer.is_empty() { " unlinked" } else { "" };
        let open = format!(
            "<span class=\"v v-{}{unlinked}\"{peer} title=\"{}: {}\">",
            value_kind(value.kind),
            value_label(value),
            escape::attr(&value.display)
        );
        let open_with_id = Some(format!(
            "<span id=\"{}-{block_idx}-{i}\" class=\"v v-{}{unlinked}\"{peer} title=\"{}: {}\">",
            data.prefix,
            value_kind(value.kind),
            value_label(value),
            escape::attr(&value.display)
        ));
        value_marks.push(Mark { range: value.span.clone(), open, open_with_id, close: "</span>" });
    }

    // Layer 2: tokens of findings. Several findings on one token share a mark.
    let mut hits: Vec<(Range<usize>, Vec<usize>, Severity, String)> = Vec::new();
    let mut ref_hits: HashMap<usize, (Vec<usize>, Severity, String)> = HashMap::new();
    let mut label_hit: Option<(Vec<usize>, Severity, String)> = None;
    for &(fi, loc) in data.marks.get(&block_idx).into_iter().flatten() {
        let severity = report.findings.get(fi).map_or(Severity::Info, |f| f.severity);
        if let Some(range) = text_range(block, loc.span) {
            match hits.iter_mut().find(|h| h.0 == range) {
                Some(hit) => {
                    hit.1.push(fi);
                    hit.2 = hit.2.max(severity);
                }
                None => hits.push((range, vec![fi], severity, loc.label.clone())),
            }
            continue;
        }
        // A span on a footnote reference marks the reference itself.
        let mut marked = false;
        for (r, inline) in block.inlines.iter().enumerate() {
            if let Inline::FootnoteRef { src, .. } = inline
                && src.start < loc.span.end.max(loc.span.start + 1)
                && loc.span.start < src.end
            {
                let hit = ref_hits.entry(r).or_insert_with(|| (Vec::new(), severity, loc.label.clone()));
                hit.0.push(fi);
                hit.1 = hit.1.max(severity);
                marked = true;
            }
        }
        // Anything else in a footnote definition is its label, which is not in the text.
        if !marked && matches!(block.kind, BlockKind::FootnoteDef { .. }) {
            let hit = label_hit.get_or_insert_with(|| (Vec::new(), severity, loc.label.clone()));
            hit.0.push(fi);
            hit.1 = hit.1.max(severity);
        }
    }
    let hit_marks = hits
        .into_iter()
        .map(|(range, findings, severity, label)| Mark {
            range,
            open: format!(
                "<mark class=\"hit sev-{}\" data-f=\"{}\" title=\"{}\">",
                severity.as_str(),
                join(&findings),
                escape::attr(&label)
            ),
            open_with_id: None,
            close: "</mark>",
        })
        .collect();

    // Insertions at text offsets: footnote references and page joins.
    let mut inserts: Vec<(usize, String)> = Vec::new();
    for (r, inline) in block.inlines.iter().enumerate() {
        if let Inline::FootnoteRef { label, at, .. } = inline {
            let mut class = String::from("fn");
            let mut extra = String::new();
            if let Some((findings, severity, hit_label)) = ref_hits.get(&r) {
                let _ = write!(class, " hit sev-{}", severity.as_str());
                let _ = write!(extra, " data-f=\"{}\" title=\"{}\"", join(findings), escape::attr(hit_label));
            }
            inserts.push((
                floor_boundary(text, *at),
                format!(
                    "<sup class=\"{class}\" data-fn=\"{}\"{extra}>({})</sup>",
                    escape::attr(label),
                    escape::text(label)
                ),
            ));
        }
    }
    for (p, part) in block.parts.iter().enumerate().skip(1) {
        // The join sits where the text of the next part starts.
        if let Some(chunk) = block.chunks.iter().find(|c| c.src_start >= part.start) {
            let line = block.lines.iter().copied().find(|&l| report.doc(data.side).line_of(part.start) == l);
            let title = match line {
                Some(l) => format!("page break in the original: part {} continues on line {l}", p + 1),
                None => format!("page break in the original: part {}", p + 1),
            };
            inserts.push((
                floor_boundary(text, chunk.text_start),
                format!("<span class=\"pj\" title=\"{title}\">¶</span>"),
            ));
        }
    }
    inserts.sort_by_key(|(at, _)| *at);

    let lines = line_ranges(&block.lines);
    let split = if block.parts.len() > 1 { " split" } else { "" };
    // The line numbers are shown by CSS from `data-ln`: one element less per block.
    let _ = write!(out, "<div class=\"b{split}\" data-ln=\"{lines}\"><p class=\"t\">");
    if let BlockKind::FootnoteDef { label } = &block.kind {
        let id = format!("fn-{side_letter}-{}", escape::token(label));
        let id_attr = if footnote_ids.insert(id.clone()) { format!(" id=\"{id}\"") } else { String::new() };
        let (class, extra) = match &label_hit {
            Some((findings, severity, hit_label)) => (
                format!("fnl hit sev-{}", severity.as_str()),
                format!(" data-f=\"{}\" title=\"{}\"", join(findings), escape::attr(hit_label)),
            ),
            None => ("fnl".to_string(), String::new()),
        };
        let _ = write!(
            out,
            "<span class=\"{class}\"{id_attr} data-fn=\"{}\"{extra}>({})</span> ",
            escape::attr(label),
            escape::text(label)
        );
    }
    let layers = [Layer::new(sentences), Layer::new(value_marks), Layer::new(hit_marks)];
    let mut next_insert = 0;
    render_layers(out, text, 0..text.len(), &layers, &inserts, &mut next_insert);
    for (_, html) in inserts.get(next_insert..).into_iter().flatten() {
        out.push_str(html);
    }
    out.push_str("</p></div>");
}

/// Line numbers with consecutive runs collapsed: `8–20`, or `5, 13` for a page-split paragraph.
fn line_ranges(lines: &[u32]) -> String {
    let mut out = String::new();
    let mut i = 0;
    while let Some(&first) = lines.get(i) {
        let mut last = first;
        while lines.get(i + 1) == Some(&(last + 1)) {
            last += 1;
            i += 1;
        }
        if !out.is_empty() {
            out.push_str(", ");
        }
        let _ = if last == first { write!(out, "{first}") } else { write!(out, "{first}–{last}") };
        i += 1;
    }
    out
}

fn join(findings: &[usize]) -> String {
    findings.iter().map(usize::to_string).collect::<Vec<_>>().join(" ")
}

/// The largest char boundary of `text` at or before `at`.
fn floor_boundary(text: &str, at: usize) -> usize {
    let mut at = at.min(text.len());
    while !text.is_char_boundary(at) {
        at -= 1;
    }
    at
}

/// Writes `text[range]` with the marks of `layers` nested in layer order: a mark of an inner
/// layer that crosses the edge of an outer one is split in two fragments.
fn render_layers(
    out: &mut String,
    text: &str,
    range: Range<usize>,
    layers: &[Layer],
    inserts: &[(usize, String)],
    next_insert: &mut usize,
) {
    let Some((layer, inner)) = layers.split_first() else {
        render_text(out, text, range, inserts, next_insert);
        return;
    };
    let mut pos = range.start;
    let first = layer.items.partition_point(|m| m.range.end <= range.start);
    for mark in layer.items.get(first..).into_iter().flatten() {
        if mark.range.start >= range.end {
            break;
        }
        let start = mark.range.start.max(range.start);
        let end = mark.range.end.min(range.end);
        if start > pos {
            render_layers(out, text, pos..start, inner, inserts, next_insert);
        }
        match &mark.open_with_id {
            Some(open) if start == mark.range.start => out.push_str(open),
            _ => out.push_str(&mark.open),
        }
        render_layers(out, text, start..end, inner, inserts, next_insert);
        out.push_str(mark.close);
        pos = end;
    }
    if pos < range.end {
        render_layers(out, text, pos..range.end, inner, inserts, next_insert);
    }
}

/// Writes escaped text, with the insertions that fall inside `range` at their offsets.
fn render_text(
    out: &mut String,
    text: &str,
    range: Range<usize>,
    inserts: &[(usize, String)],
    next_insert: &mut usize,
) {
    let mut pos = range.start;
    while let Some((at, html)) = inserts.get(*next_insert) {
        if *at >= range.end {
            break;
        }
        let at = (*at).max(pos);
        escape::push_text(out, text.get(pos..at).unwrap_or(""));
        out.push_str(html);
        pos = at;
        *next_insert += 1;
    }
    escape::push_text(out, text.get(pos..range.end).unwrap_or(""));
}

#[cfg(test)]
mod tests {
    use super::*;

    fn mark(range: Range<usize>, tag: &str) -> Mark {
        Mark {
            range,
            open: format!("<{tag}>"),
            open_with_id: None,
            close: if tag == "a" { "</a>" } else { "</b>" },
        }
    }

    #[test]
    fn line_runs_are_collapsed() {
        assert_eq!(line_ranges(&[8, 9, 10, 11]), "8–11");
        assert_eq!(line_ranges(&[5, 13]), "5, 13");
        assert_eq!(line_ranges(&[3, 4, 7]), "3–4, 7");
        assert_eq!(line_ranges(&[]), "");
    }

    #[test]
    fn crossing_marks_nest_by_splitting() {
        let text = "abcdefgh";
        let layers = [Layer::new(vec![mark(0..4, "a")]), Layer::new(vec![mark(2..6, "b")])];
        let mut out = String::new();
        render_layers(&mut out, text, 0..text.len(), &layers, &[], &mut 0);
        assert_eq!(out, "<a>ab<b>cd</b></a><b>ef</b>gh");
    }

    #[test]
    fn inserts_land_at_their_offsets() {
        let text = "one two";
        let layers = [Layer::new(vec![mark(4..7, "a")])];
        let inserts = vec![(3, "[1]".to_string()), (7, "[2]".to_string())];
        let mut out = String::new();
        let mut next = 0;
        render_layers(&mut out, text, 0..text.len(), &layers, &inserts, &mut next);
        assert_eq!(out, "one[1] <a>two</a>");
        assert_eq!(next, 1);
    }

    #[test]
    fn overlapping_marks_of_one_layer_keep_the_first() {
        let layer = Layer::new(vec![mark(2..5, "a"), mark(0..3, "a"), mark(5..6, "a")]);
        let ranges: Vec<_> = layer.items.iter().map(|m| m.range.clone()).collect();
        assert_eq!(ranges, vec![0..3, 5..6]);
    }

    #[test]
    fn ranges_off_char_boundaries_are_refused() {
        assert!(!valid_range("får", &(2..3)));
        assert!(valid_range("får", &(1..3)));
        assert_eq!(floor_boundary("får", 2), 1);
    }
}
