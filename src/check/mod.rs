//! The `check` stage: aligned documents → findings, by rules with stable names.

pub mod baseline;
pub mod context;
pub mod registry;
pub(crate) mod rules;

use rayon::prelude::*;
use serde::Serialize;

use crate::text::Span;
use context::{DocCtx, Input, Matching, PairCtx};
use registry::{CHECKS, Checker};

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
    Names,
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
            Category::Names => "names",
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

impl Side {
    /// The other side of the pair.
    pub fn other(self) -> Side {
        match self {
            Side::Source => Side::Target,
            Side::Target => Side::Source,
        }
    }
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

/// Which rules run: names or categories to select (empty: all) and to ignore.
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub select: Vec<String>,
    pub ignore: Vec<String>,
}

impl Config {
    /// Checks that every name given is a rule or a category.
    pub fn validate(&self) -> Result<(), String> {
        for name in self.select.iter().chain(&self.ignore) {
            let known = registry::rules().any(|r| r.name == name || r.category.as_str() == name);
            if !known {
                return Err(format!("unknown rule or category `{name}` (see `tvilling rules`)"));
            }
        }
        Ok(())
    }

    pub fn enabled(&self, rule: &Rule) -> bool {
        let hit = |names: &[String]| names.iter().any(|n| n == rule.name || n == rule.category.as_str());
        (self.select.is_empty() || hit(&self.select)) && !hit(&self.ignore)
    }
}

/// A source value and its target counterpart: `(block index, index into that block's values)`.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct ValueLink {
    pub bead: usize,
    pub src: (usize, usize),
    pub tgt: (usize, usize),
}

/// What the check stage gives the report.
#[derive(Debug, Clone, Default)]
pub struct Outcome {
    /// Sorted by (target position, rule name); a document-level verdict comes first.
    pub findings: Vec<Finding>,
    pub value_links: Vec<ValueLink>,
    pub rules: Vec<Rule>,
}

/// Runs every enabled rule: pair rules on every bead in parallel, then document rules.
///
/// When the documents are not translations of each other, only `document-unrelated` is
/// reported: any other finding would be noise.
pub fn run(input: &Input, config: &Config) -> Outcome {
    let beads = &input.alignment.beads;
    let matchings: Vec<Matching> = beads
        .par_iter()
        .map_init(context::MatchRoom::default, |room, bead| context::match_values_in(input, bead, room))
        .collect();
    let enabled: Vec<&(&Rule, Checker)> = CHECKS.iter().filter(|(rule, _)| config.enabled(rule)).collect();
    let rules = enabled.iter().map(|(rule, _)| **rule).collect();

    let mut findings = Vec::new();
    let doc_ctx = DocCtx { input, matchings: &matchings, unrelated: unrelated(input, &matchings) };
    if doc_ctx.unrelated.is_some() {
        if config.enabled(&rules::document_unrelated::RULE) {
            rules::document_unrelated::check(&doc_ctx, &mut findings);
        }
        return Outcome { findings, value_links: vec![], rules };
    }
    let per_bead: Vec<Vec<Finding>> = beads
        .par_iter()
        .enumerate()
        .map(|(bead_idx, bead)| {
            let ctx = PairCtx { input, bead_idx, bead, matching: &matchings[bead_idx] };
            let mut out = Vec::new();
            for (_, checker) in &enabled {
                if let Checker::Pair(check) = checker {
                    check(&ctx, &mut out);
                }
            }
            out
        })
        .collect();
    findings.extend(per_bead.into_iter().flatten());
    for (_, checker) in &enabled {
        if let Checker::Document(check) = checker {
            check(&doc_ctx, &mut findings);
        }
    }
    sort(&mut findings);
    let value_links = matchings
        .iter()
        .enumerate()
        .flat_map(|(bead, m)| {
            m.equal.iter().chain(&m.differing).map(move |&(src, tgt)| ValueLink { bead, src, tgt })
        })
        .collect();
    Outcome { findings, value_links, rules }
}

/// Why the documents are not translations of each other, if they are not: the aligner's
/// verdict, or too few of their values corresponding. Translations share nearly all their
/// numbers, dates, references and links, whatever their layout; two texts on different
/// subjects with a similar layout align with confidence but share almost none.
pub fn unrelated(input: &Input, matchings: &[Matching]) -> Option<String> {
    let verdict = &input.alignment.verdict;
    if !verdict.is_translation {
        return Some(verdict.reason.clone());
    }
    let count =
        |values: &[Vec<crate::values::Value>]| values.iter().flatten().filter(|v| !v.optional).count();
    let total = count(input.src_values) + count(input.tgt_values);
    let equal = 2 * matchings.iter().map(|m| m.equal.len()).sum::<usize>();
    // Below a dozen values the share says little.
    if total >= 12 && (equal as f64) < 0.35 * total as f64 {
        return Some(format!(
            "only {} of their {total} numbers, dates, references and links correspond",
            equal
        ));
    }
    None
}

/// Orders findings by target position (source-only findings by their aligned place), then rule.
pub fn sort(findings: &mut [Finding]) {
    findings.sort_by(|a, b| {
        let key = |f: &Finding| {
            (f.primary.side != Side::Target, f.primary.span.start, f.rule, f.fingerprint.clone())
        };
        key(a).cmp(&key(b))
    });
}
