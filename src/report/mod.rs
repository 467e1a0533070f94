//! The `report` stage: one [`Report`] value rendered many ways. Renderers compute nothing.

use serde::Serialize;

use crate::align::Alignment;
use crate::check::{Finding, Rule};
use crate::document::Document;

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
