//! The `report` stage: one [`Report`] value rendered many ways. Renderers compute nothing.

use serde::Serialize;

use crate::align::Alignment;
pub use crate::check::ValueLink;
use crate::check::{Finding, Rule};
use crate::document::Document;
use crate::values::Value;

pub mod escape;
mod html;
mod human;
mod json;
mod junit;
pub mod sample;
mod sarif;
mod tmx;

use std::path::Path;

use crate::check::{Severity, Side};

/// The formats [`render`] produces. The TSV alignment ladder is written by the `align` module.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash)]
pub enum Format {
    /// rustc-like diagnostics for a terminal, with a summary line.
    Human,
    /// The versioned `tvilling/report` JSON envelope (see the `json` module docs).
    Json,
    /// SARIF 2.1.0, for code-scanning dashboards.
    Sarif,
    /// JUnit XML: one test suite per rule category, one test case per rule.
    Junit,
    /// One self-contained HTML file: both versions side by side, aligned, with findings.
    Html,
    /// TMX 1.4b translation memory of the aligned sentences.
    Tmx,
}

/// How to render. The file names shown are the documents' [`Document::name`]s.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
pub struct RenderOptions {
    /// ANSI colours in human output; the CLI sets it for a terminal without `NO_COLOR`.
    pub color: bool,
    /// Human output: only the summary line and its notes.
    pub quiet: bool,
}

/// Renders `report` in `format`. Pure: the same report gives the same bytes.
pub fn render(report: &Report, format: Format, opts: &RenderOptions) -> String {
    match format {
        Format::Human => human::render(report, opts),
        Format::Json => json::render(report),
        Format::Sarif => sarif::render(report),
        Format::Junit => junit::render(report),
        Format::Html => html::render(report),
        Format::Tmx => tmx::render(report),
    }
}

/// The findings of `report` as the JSON array of the `json` format's envelope (its `findings` key).
pub fn findings_json(report: &Report) -> serde_json::Value {
    json::findings_value(report)
}

/// Writes `contents` to `path` atomically: a temporary file in the same directory, then a
/// rename, so that a failed run never leaves a partial report behind.
pub fn write_atomic(path: &Path, contents: &str) -> std::io::Result<()> {
    use std::io::Write;
    use std::sync::atomic::{AtomicUsize, Ordering};

    // Distinguishes temporary files of several writes in one process.
    static COUNTER: AtomicUsize = AtomicUsize::new(0);

    let dir = match path.parent() {
        Some(d) if !d.as_os_str().is_empty() => d,
        _ => Path::new("."),
    };
    let file_name = path.file_name().ok_or_else(|| {
        std::io::Error::new(std::io::ErrorKind::InvalidInput, "the output path names no file")
    })?;
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let mut temp_name = std::ffi::OsString::from(".");
    temp_name.push(file_name);
    temp_name.push(format!(".{}.{n}.tmp", std::process::id()));
    let temp = dir.join(temp_name);
    let result = (|| {
        let mut file = std::fs::File::create(&temp)?;
        file.write_all(contents.as_bytes())?;
        file.sync_all()?;
        drop(file);
        std::fs::rename(&temp, path)
    })();
    if result.is_err() {
        // Best effort: the temporary file is useless once the write failed.
        let _ = std::fs::remove_file(&temp);
    }
    result
}

impl Report {
    /// The document of one side.
    pub fn doc(&self, side: Side) -> &Document {
        match side {
            Side::Source => &self.src,
            Side::Target => &self.tgt,
        }
    }

    /// The metadata of the rule named `name`, when it ran.
    pub fn rule(&self, name: &str) -> Option<&Rule> {
        self.rules.iter().find(|r| r.name == name)
    }

    /// The number of findings of each severity, most severe first, zero counts included.
    pub fn count_by_severity(&self) -> [(Severity, usize); 3] {
        let count = |s: Severity| self.findings.iter().filter(|f| f.severity == s).count();
        [
            (Severity::Error, count(Severity::Error)),
            (Severity::Warning, count(Severity::Warning)),
            (Severity::Info, count(Severity::Info)),
        ]
    }

    /// The number of findings of each rule that has any, most frequent first, then by name.
    pub fn count_by_rule(&self) -> Vec<(&'static str, usize)> {
        let mut counts: std::collections::BTreeMap<&'static str, usize> = Default::default();
        for f in &self.findings {
            *counts.entry(f.rule).or_default() += 1;
        }
        let mut counts: Vec<_> = counts.into_iter().collect();
        counts.sort_by(|a, b| b.1.cmp(&a.1).then(a.0.cmp(b.0)));
        counts
    }

    /// For each block of one side, the index of the bead that holds it (`None` for blocks
    /// outside every bead, such as page breaks).
    pub fn bead_of_blocks(&self, side: Side) -> Vec<Option<usize>> {
        let mut map = vec![None; self.doc(side).blocks.len()];
        for (i, bead) in self.alignment.beads.iter().enumerate() {
            let blocks = match side {
                Side::Source => &bead.src,
                Side::Target => &bead.tgt,
            };
            for &b in blocks {
                if let Some(slot) = map.get_mut(b) {
                    slot.get_or_insert(i);
                }
            }
        }
        map
    }

    /// The bead a finding belongs to: its own, else the bead of its primary block.
    pub fn bead_of_finding(&self, finding: &Finding, bead_of_blocks: [&[Option<usize>]; 2]) -> Option<usize> {
        finding.bead.filter(|&b| b < self.alignment.beads.len()).or_else(|| {
            let map = match finding.primary.side {
                Side::Source => bead_of_blocks[0],
                Side::Target => bead_of_blocks[1],
            };
            map.get(finding.primary.block).copied().flatten()
        })
    }
}

/// The 1-based line of the last character of `loc`'s span, and the 1-based column just
/// after it: where a token broken over lines (hard-wrapped text, a page-joined paragraph)
/// ends. A location's own `end_column` stops at the end of its first line.
pub(crate) fn span_end(doc: &Document, loc: &crate::check::Location) -> (u32, u32) {
    if loc.span.end <= loc.span.start || doc.source.is_empty() {
        return (loc.line, loc.end_column);
    }
    let line = doc.line_index.line(loc.span.end - 1).max(loc.line);
    if line == loc.line {
        return (loc.line, loc.end_column);
    }
    (line, doc.line_index.column(&doc.source, loc.span.end))
}

/// Everything a renderer needs.
#[derive(Debug, Clone, Serialize)]
pub struct Report {
    pub tool: ToolInfo,
    pub src: Document,
    pub tgt: Document,
    pub alignment: Alignment,
    /// Sorted by (target position, rule name).
    pub findings: Vec<Finding>,
    /// Metadata of every rule that ran.
    pub rules: Vec<Rule>,
    /// Findings suppressed by a baseline.
    pub n_suppressed: usize,
    /// Baseline entries that matched no finding (stale entries), as their fingerprints.
    pub stale_baseline: Vec<String>,
    /// The values of every block, per side: `values[side][block_idx]`, for highlighting.
    pub src_values: Vec<Vec<Value>>,
    pub tgt_values: Vec<Vec<Value>>,
    /// Value pairs that correspond (equal keys) inside an aligned bead, for linking counterparts.
    pub value_links: Vec<ValueLink>,
}

#[derive(Debug, Clone, Serialize)]
pub struct ToolInfo {
    pub name: &'static str,
    pub version: &'static str,
}

impl ToolInfo {
    pub fn current() -> ToolInfo {
        ToolInfo { name: "tvilling", version: env!("CARGO_PKG_VERSION") }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn counts_of_the_sample() {
        let report = sample::sample_report();
        assert_eq!(
            report.count_by_severity(),
            [(Severity::Error, 2), (Severity::Warning, 2), (Severity::Info, 1)]
        );
        assert_eq!(report.count_by_rule()[0], ("number-mismatch", 2));
        assert_eq!(report.count_by_rule().len(), 4);
    }

    #[test]
    fn write_atomic_replaces_and_leaves_no_temp_file() {
        let dir = std::env::temp_dir().join(format!("tvilling-write-atomic-{}", std::process::id()));
        std::fs::create_dir_all(&dir).unwrap();
        let path = dir.join("report.html");
        write_atomic(&path, "one").unwrap();
        write_atomic(&path, "two").unwrap();
        assert_eq!(std::fs::read_to_string(&path).unwrap(), "two");
        let names: Vec<_> = std::fs::read_dir(&dir).unwrap().map(|e| e.unwrap().file_name()).collect();
        assert_eq!(names.len(), 1, "{names:?}");
        assert!(write_atomic(&dir.join("missing").join("x"), "z").is_err());
        std::fs::remove_dir_all(&dir).unwrap();
    }
}
