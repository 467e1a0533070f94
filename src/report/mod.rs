//! The `report` stage: one [`Report`] value rendered many ways. Renderers compute nothing.

use serde::Serialize;

use crate::align::Alignment;
pub use crate::check::ValueLink;
use crate::check::{Finding, Rule};
use crate::document::Document;
use crate::values::Value;

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
