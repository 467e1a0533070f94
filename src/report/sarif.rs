//! SARIF 2.1.0 output, for code-scanning dashboards.
//!
//! One run. `tool.driver.rules` lists every rule that ran (from [`Report::rules`]), so that
//! viewers can show the explanation of a rule without findings too. Each result points at
//! its primary place (the target file, when the finding has a target place) and carries the
//! other version's place as `relatedLocations[0]`. Columns are counted in Unicode code
//! points (`columnKind`), as tvilling counts them. `partialFingerprints["tvilling/v1"]` is
//! the finding's fingerprint, the same key the baseline uses.

use serde_json::{Value as Json, json};

use super::Report;
use crate::check::{Location, Severity, Side};

const SCHEMA_URI: &str = "https://json.schemastore.org/sarif-2.1.0.json";

/// SARIF `level` of a severity.
fn level(severity: Severity) -> &'static str {
    match severity {
        Severity::Error => "error",
        Severity::Warning => "warning",
        Severity::Info => "note",
    }
}

/// A relative URI reference for a file name: `\` becomes `/`, and every byte outside the
/// unreserved set and `/` is percent-encoded, so that any name gives a valid URI.
pub(super) fn file_uri(name: &str) -> String {
    let mut out = String::with_capacity(name.len());
    for byte in name.replace('\\', "/").bytes() {
        if byte.is_ascii_alphanumeric() || matches!(byte, b'-' | b'.' | b'_' | b'~' | b'/') {
            out.push(byte as char);
        } else {
            out.push_str(&format!("%{byte:02X}"));
        }
    }
    out
}

fn artifact_index(side: Side) -> usize {
    match side {
        Side::Source => 0,
        Side::Target => 1,
    }
}

fn location(report: &Report, loc: &Location, id: usize) -> Json {
    let doc = report.doc(loc.side);
    let (end_line, end_column) = super::span_end(doc, loc);
    let mut region = json!({
        "startLine": loc.line.max(1),
        "startColumn": loc.column.max(1),
        "endColumn": end_column.max(loc.column).max(1),
        "byteOffset": loc.span.start,
        "byteLength": loc.span.end.saturating_sub(loc.span.start),
    });
    if end_line > loc.line {
        // A token broken over lines: `endColumn` is on `endLine`.
        region["endLine"] = json!(end_line);
        region["endColumn"] = json!(end_column.max(1));
    }
    // The token itself lets a viewer show the finding without the file at hand.
    if let Some(text) = doc.source.get(loc.span.range()).filter(|t| !t.is_empty()) {
        region["snippet"] = json!({ "text": text });
    }
    let mut location = json!({
        "id": id,
        "physicalLocation": {
            "artifactLocation": {
                "uri": file_uri(&doc.name),
                "index": artifact_index(loc.side),
            },
            "region": region,
        },
    });
    if !loc.label.is_empty() {
        location["message"] = json!({ "text": loc.label });
    }
    location
}

/// The SARIF `name` of a rule: the id in PascalCase (`number-mismatch` → `NumberMismatch`),
/// since SARIF wants `name` to differ from the opaque `id`.
fn pascal_case(name: &str) -> String {
    name.split('-')
        .flat_map(|word| {
            let mut chars = word.chars();
            chars.next().map(|first| first.to_uppercase().chain(chars)).into_iter().flatten()
        })
        .collect()
}

fn rule(rule: &crate::check::Rule) -> Json {
    json!({
        "id": rule.name,
        "name": pascal_case(rule.name),
        "shortDescription": { "text": rule.summary },
        "fullDescription": { "text": rule.explanation },
        "help": { "text": rule.explanation, "markdown": rule.explanation },
        "defaultConfiguration": { "level": level(rule.default_severity) },
        "properties": {
            "category": rule.category.as_str(),
            "scope": rule.scope,
            "since": rule.since,
            "tags": [rule.category.as_str()],
        },
    })
}

fn result(report: &Report, finding: &crate::check::Finding) -> Json {
    let mut text = finding.message.clone();
    for note in &finding.notes {
        text.push_str("\nnote: ");
        text.push_str(note);
    }
    if let Some(help) = &finding.help {
        text.push_str("\nhelp: ");
        text.push_str(help);
    }
    let mut result = json!({
        "ruleId": finding.rule,
        "level": level(finding.severity),
        "message": { "text": text },
        "locations": [location(report, &finding.primary, 0)],
        "partialFingerprints": { "tvilling/v1": finding.fingerprint },
    });
    if let Some(index) = report.rules.iter().position(|r| r.name == finding.rule) {
        result["ruleIndex"] = json!(index);
    }
    if let Some(secondary) = &finding.secondary {
        result["relatedLocations"] = json!([location(report, secondary, 1)]);
    }
    if let Some(bead) = finding.bead {
        result["properties"] = json!({ "bead": bead });
    }
    result
}

/// Renders the SARIF log, pretty-printed, with a final newline.
pub(super) fn render(report: &Report) -> String {
    let artifacts: Vec<Json> = [&report.src, &report.tgt]
        .iter()
        .map(|doc| {
            let mut artifact = json!({
                "location": { "uri": file_uri(&doc.name) },
                "mimeType": "text/markdown",
                "encoding": "utf-8",
            });
            if let Some(lang) = doc.lang {
                artifact["sourceLanguage"] = json!(lang.code());
            }
            artifact
        })
        .collect();
    let log = json!({
        "$schema": SCHEMA_URI,
        "version": "2.1.0",
        "runs": [{
            "tool": {
                "driver": {
                    "name": report.tool.name,
                    "version": report.tool.version,
                    "semanticVersion": report.tool.version,
                    "rules": report.rules.iter().map(rule).collect::<Vec<_>>(),
                },
            },
            "artifacts": artifacts,
            "columnKind": "unicodeCodePoints",
            "results": report.findings.iter().map(|f| result(report, f)).collect::<Vec<_>>(),
            "properties": {
                "verdict": report.alignment.verdict,
                "suppressedByBaseline": report.n_suppressed,
                "staleBaselineEntries": report.stale_baseline,
            },
        }],
    });
    let mut out = serde_json::to_string_pretty(&log).unwrap_or_default();
    out.push('\n');
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn rule_names_are_pascal_case() {
        assert_eq!(pascal_case("footnote-ref-missing"), "FootnoteRefMissing");
        assert_eq!(pascal_case(""), "");
    }

    #[test]
    fn file_names_become_uri_references() {
        assert_eq!(file_uri("fixtures/com-2026-45/sv.md"), "fixtures/com-2026-45/sv.md");
        assert_eq!(file_uri("my docs\\översättning #2.md"), "my%20docs/%C3%B6vers%C3%A4ttning%20%232.md");
    }
}
