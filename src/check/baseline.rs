//! Baselines: findings accepted after review, suppressed in later runs.
//!
//! Entries are keyed on (rule, fingerprint); the fingerprint hashes the normalised values
//! and the letters of the nearby text, never line numbers, so an entry survives a
//! paragraph inserted earlier or lines shifted.

use std::collections::BTreeMap;

use serde::{Deserialize, Serialize};

use super::Finding;

/// The file format, versioned.
#[derive(Debug, Clone, Default, PartialEq, Eq, Serialize, Deserialize)]
pub struct Baseline {
    pub schema: String,
    pub version: u32,
    pub entries: Vec<Entry>,
}

#[derive(Debug, Clone, PartialEq, Eq, Serialize, Deserialize)]
pub struct Entry {
    pub rule: String,
    pub fingerprint: String,
    /// For the reviewer reading the file; not used for matching.
    #[serde(default)]
    pub message: String,
}

/// What applying a baseline did.
#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Applied {
    pub n_suppressed: usize,
    /// Entries that matched no finding: `rule fingerprint` for each.
    pub stale: Vec<String>,
}

const SCHEMA: &str = "tvilling/baseline";

impl Baseline {
    pub fn from_findings(findings: &[Finding]) -> Baseline {
        let mut entries: Vec<Entry> = findings
            .iter()
            .map(|f| Entry {
                rule: f.rule.to_string(),
                fingerprint: f.fingerprint.clone(),
                message: f.message.clone(),
            })
            .collect();
        entries.sort_by(|a, b| (&a.rule, &a.fingerprint).cmp(&(&b.rule, &b.fingerprint)));
        Baseline { schema: SCHEMA.to_string(), version: 1, entries }
    }

    pub fn parse(text: &str) -> Result<Baseline, String> {
        let baseline: Baseline =
            serde_json::from_str(text).map_err(|e| format!("not a tvilling baseline file: {e}"))?;
        if baseline.schema != SCHEMA || baseline.version != 1 {
            return Err(format!(
                "not a tvilling baseline file (schema `{}` version {})",
                baseline.schema, baseline.version
            ));
        }
        Ok(baseline)
    }

    pub fn to_json(&self) -> String {
        let mut text = serde_json::to_string_pretty(self).unwrap_or_default();
        text.push('\n');
        text
    }

    /// Removes the findings the baseline records (each entry suppresses one finding).
    pub fn apply(&self, findings: &mut Vec<Finding>) -> Applied {
        let mut budget: BTreeMap<(String, String), usize> = BTreeMap::new();
        for e in &self.entries {
            *budget.entry((e.rule.clone(), e.fingerprint.clone())).or_default() += 1;
        }
        let before = findings.len();
        findings.retain(|f| match budget.get_mut(&(f.rule.to_string(), f.fingerprint.clone())) {
            Some(n) if *n > 0 => {
                *n -= 1;
                false
            }
            _ => true,
        });
        let stale = budget
            .into_iter()
            .flat_map(|((rule, fp), n)| std::iter::repeat_n(format!("{rule} {fp}"), n))
            .collect();
        Applied { n_suppressed: before - findings.len(), stale }
    }
}
