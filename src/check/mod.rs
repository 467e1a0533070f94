//! The `check` stage: aligned documents → findings, by rules with stable names.

pub mod registry;
pub mod rules;

use serde::Serialize;

use crate::text::Span;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Severity {
    Info,
    Warning,
    Error,
}

impl Severity {
    pub fn as_str(self) -> &'static str {
        match self {
            Severity::Info => "info",
            Severity::Warning => "warning",
            Severity::Error => "error",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Category {
    Numbers,
    Dates,
    Footnotes,
    Legal,
    Urls,
    Structure,
}

impl Category {
    pub fn as_str(self) -> &'static str {
        match self {
            Category::Numbers => "numbers",
            Category::Dates => "dates",
            Category::Footnotes => "footnotes",
            Category::Legal => "legal",
            Category::Urls => "urls",
            Category::Structure => "structure",
        }
    }
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Scope {
    /// Runs on every aligned pair of blocks.
    Pair,
    /// Runs once on the whole document pair.
    Document,
}

/// A rule's metadata: what `tvilling rules` lists and `tvilling explain` prints.
#[derive(Debug, Clone, Copy, Serialize)]
pub struct Rule {
    pub name: &'static str,
    pub category: Category,
    pub default_severity: Severity,
    pub scope: Scope,
    pub since: &'static str,
    /// One line, for lists and SARIF `shortDescription`.
    pub summary: &'static str,
    /// Markdown with the sections What it flags / Why it matters / Example (EN → SV) / Not flagged.
    pub explanation: &'static str,
}

/// Which side of the pair a location is in.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum Side {
    Source,
    Target,
}

/// A place in one of the two documents, with a label for the marked token.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Location {
    pub side: Side,
    /// Byte span in that document's source.
    pub span: Span,
    /// 1-based line and column (in characters) of the span start.
    pub line: u32,
    pub column: u32,
    pub end_column: u32,
    /// Index of the block in its document.
    pub block: usize,
    pub label: String,
}

/// One problem found. Plain data: renderers format it, never recompute it.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Finding {
    pub rule: &'static str,
    pub severity: Severity,
    pub message: String,
    /// Where to look first: the target when the finding has a target place, else the source.
    pub primary: Location,
    pub secondary: Option<Location>,
    pub notes: Vec<String>,
    pub help: Option<String>,
    /// Index of the bead the finding is about, when it is about one.
    pub bead: Option<usize>,
    /// Stable across unrelated edits: rule + normalised values + nearby text, hashed.
    pub fingerprint: String,
}
