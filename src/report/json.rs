//! The JSON report: one versioned envelope, stable for scripts.
//!
//! # Schema (`tvilling/report`, version 1)
//!
//! One JSON object, pretty-printed, keys in the order below (keys of maps sorted). Fields
//! are only ever added within a version; a removal or change of meaning bumps `version`.
//!
//! ```text
//! {
//!   "schema": "tvilling/report",          // always this string
//!   "version": 1,                         // the schema version, an integer
//!   "tool": {"name": "tvilling", "version": "0.1.0"},
//!   "source": Side, "target": Side,
//!   "verdict": {"is_translation": bool, "score": number 0..1, "reason": string},
//!   "summary": {
//!     "findings": int,                    // after baseline suppression
//!     "by_severity": {"error": int, "info": int, "warning": int},   // zero counts included
//!     "by_rule": {"<rule>": int, ...},    // rules with findings only
//!     "suppressed": int,                  // findings suppressed by the baseline
//!     "stale_baseline": [string, ...]     // baseline entries that matched nothing
//!   },
//!   "findings": [Finding, ...],           // sorted by target position, then rule
//!   "alignment": [Bead, ...]              // in reading order
//! }
//!
//! Side = {"name": string, "lang": "en" | "sv" | null, "blocks": int}
//!
//! Finding = {
//!   "rule": string,                       // kebab-case, stable
//!   "category": string | null,            // numbers, dates, footnotes, legal, urls, names, structure
//!   "severity": "error" | "warning" | "info",
//!   "message": string,
//!   "primary": Location,                  // the target place when there is one
//!   "secondary": Location | null,
//!   "notes": [string, ...],
//!   "help": string | null,
//!   "bead": int | null,                   // index into "alignment"
//!   "fingerprint": string                 // stable across unrelated edits; baselines key on it
//! }
//!
//! Location = {
//!   "side": "source" | "target", "file": string,
//!   "line": int, "column": int, "end_column": int,   // 1-based; columns in characters, end exclusive;
//!                                                     // end_column stops at the end of the first line
//!   "end": {"line": int, "column": int},              // where the span ends (exclusive), on a later
//!                                                     // line for a value broken over lines
//!   "byte_start": int, "byte_end": int,               // byte span in the file as read
//!   "block": int,                                     // block index in that document
//!   "label": string
//! }
//!
//! Bead = {
//!   "index": int,
//!   "kind": "cover" | "title" | "heading" | "paragraph" | "footnote" | "other",
//!   "confidence": number 0..1,
//!   "source": {"blocks": [int, ...], "lines": [int, ...]},   // empty for a 0-1 bead
//!   "target": {"blocks": [int, ...], "lines": [int, ...]},
//!   "sentences": [{"confidence": number,
//!                  "source": [{"block": int, "start": int, "end": int}, ...],
//!                  "target": [...]}, ...]                     // byte ranges in block text
//! }
//! ```
//!
//! Lines are the 1-based source lines of every block of the bead (both parts of a
//! page-split paragraph). The output is deterministic: the same report gives the same bytes.

use std::collections::BTreeMap;

use serde::Serialize;

use super::Report;
use crate::check::{Finding, Location, Side};
use crate::document::Document;

/// The `schema` string of the envelope.
pub const SCHEMA: &str = "tvilling/report";
/// The version of the envelope.
pub const VERSION: u32 = 1;

#[derive(Serialize)]
struct Envelope<'a> {
    schema: &'static str,
    version: u32,
    tool: &'a super::ToolInfo,
    source: DocSide<'a>,
    target: DocSide<'a>,
    verdict: &'a crate::align::Verdict,
    summary: Summary<'a>,
    findings: Vec<JsonFinding<'a>>,
    alignment: Vec<JsonBead>,
}

#[derive(Serialize)]
struct DocSide<'a> {
    name: &'a str,
    lang: Option<&'static str>,
    blocks: usize,
}

#[derive(Serialize)]
struct Summary<'a> {
    findings: usize,
    by_severity: BTreeMap<&'static str, usize>,
    by_rule: BTreeMap<&'static str, usize>,
    suppressed: usize,
    stale_baseline: &'a [String],
}

#[derive(Serialize)]
struct JsonFinding<'a> {
    rule: &'a str,
    category: Option<&'static str>,
    severity: &'static str,
    message: &'a str,
    primary: JsonLocation<'a>,
    secondary: Option<JsonLocation<'a>>,
    notes: &'a [String],
    help: Option<&'a str>,
    bead: Option<usize>,
    fingerprint: &'a str,
}

#[derive(Serialize)]
struct JsonLocation<'a> {
    side: Side,
    file: &'a str,
    line: u32,
    column: u32,
    end_column: u32,
    end: JsonPosition,
    byte_start: usize,
    byte_end: usize,
    block: usize,
    label: &'a str,
}

#[derive(Serialize)]
struct JsonPosition {
    line: u32,
    column: u32,
}

#[derive(Serialize)]
struct JsonBead {
    index: usize,
    kind: crate::align::BlockRole,
    confidence: f32,
    source: BeadSide,
    target: BeadSide,
    sentences: Vec<JsonSentence>,
}

#[derive(Serialize)]
struct BeadSide {
    blocks: Vec<usize>,
    lines: Vec<u32>,
}

#[derive(Serialize)]
struct JsonSentence {
    confidence: f32,
    source: Vec<TextRange>,
    target: Vec<TextRange>,
}

#[derive(Serialize)]
struct TextRange {
    block: usize,
    start: usize,
    end: usize,
}

fn doc_side(doc: &Document) -> DocSide<'_> {
    DocSide { name: &doc.name, lang: doc.lang.map(|l| l.code()), blocks: doc.blocks.len() }
}

fn location<'a>(report: &'a Report, loc: &'a Location) -> JsonLocation<'a> {
    let doc = report.doc(loc.side);
    let (end_line, end_column) = super::span_end(doc, loc);
    JsonLocation {
        side: loc.side,
        file: &doc.name,
        line: loc.line,
        column: loc.column,
        end_column: loc.end_column,
        end: JsonPosition { line: end_line, column: end_column },
        byte_start: loc.span.start,
        byte_end: loc.span.end,
        block: loc.block,
        label: &loc.label,
    }
}

fn finding<'a>(report: &'a Report, f: &'a Finding) -> JsonFinding<'a> {
    JsonFinding {
        rule: f.rule,
        category: report.rule(f.rule).map(|r| r.category.as_str()),
        severity: f.severity.as_str(),
        message: &f.message,
        primary: location(report, &f.primary),
        secondary: f.secondary.as_ref().map(|l| location(report, l)),
        notes: &f.notes,
        help: f.help.as_deref(),
        bead: f.bead,
        fingerprint: &f.fingerprint,
    }
}

fn bead_side(doc: &Document, blocks: &[usize]) -> BeadSide {
    let lines =
        blocks.iter().filter_map(|&b| doc.blocks.get(b)).flat_map(|b| b.lines.iter().copied()).collect();
    BeadSide { blocks: blocks.to_vec(), lines }
}

fn ranges(ranges: &[(usize, std::ops::Range<usize>)]) -> Vec<TextRange> {
    ranges.iter().map(|(block, r)| TextRange { block: *block, start: r.start, end: r.end }).collect()
}

/// The `findings` array of the envelope as a JSON value: the same objects, in the same order,
/// without rendering the alignment (batch runs print only the findings of each pair).
pub fn findings_value(report: &Report) -> serde_json::Value {
    let findings: Vec<JsonFinding<'_>> = report.findings.iter().map(|f| finding(report, f)).collect();
    // As in `render`: plain structs cannot fail to serialise; an empty array is the safe answer.
    serde_json::to_value(findings).unwrap_or_else(|_| serde_json::Value::Array(Vec::new()))
}

/// Renders the envelope, pretty-printed, with a final newline.
pub(super) fn render(report: &Report) -> String {
    let by_severity = report.count_by_severity().iter().map(|&(s, n)| (s.as_str(), n)).collect();
    let by_rule = report.count_by_rule().into_iter().collect();
    let envelope = Envelope {
        schema: SCHEMA,
        version: VERSION,
        tool: &report.tool,
        source: doc_side(&report.src),
        target: doc_side(&report.tgt),
        verdict: &report.alignment.verdict,
        summary: Summary {
            findings: report.findings.len(),
            by_severity,
            by_rule,
            suppressed: report.n_suppressed,
            stale_baseline: &report.stale_baseline,
        },
        findings: report.findings.iter().map(|f| finding(report, f)).collect(),
        alignment: report
            .alignment
            .beads
            .iter()
            .enumerate()
            .map(|(index, bead)| JsonBead {
                index,
                kind: bead.kind,
                confidence: bead.confidence,
                source: bead_side(&report.src, &bead.src),
                target: bead_side(&report.tgt, &bead.tgt),
                sentences: bead
                    .sentences
                    .iter()
                    .map(|s| JsonSentence {
                        confidence: s.confidence,
                        source: ranges(&s.src),
                        target: ranges(&s.tgt),
                    })
                    .collect(),
            })
            .collect(),
    };
    // Serialising plain structs, maps with string keys and finite floats cannot fail; a
    // NaN confidence would become `null` rather than an error.
    let mut out =
        serde_json::to_string_pretty(&envelope).unwrap_or_else(|e| format!("{{\"error\": \"{e}\"}}"));
    out.push('\n');
    out
}

#[cfg(test)]
mod findings_tests {
    use super::*;

    #[test]
    fn findings_value_equals_the_envelope_findings() {
        let report = crate::report::sample::sample_report();
        let envelope: serde_json::Value = serde_json::from_str(&render(&report)).unwrap();
        assert!(!report.findings.is_empty());
        assert_eq!(findings_value(&report), envelope["findings"]);
    }
}
