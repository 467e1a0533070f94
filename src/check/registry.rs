//! The one table of rules: `tvilling rules`, `explain`, SARIF and the README read it.

use super::context::{DocCtx, PairCtx};
use super::rules::*;
use super::{Finding, Rule};

/// How a rule runs.
#[derive(Clone, Copy)]
pub(crate) enum Checker {
    Pair(fn(&PairCtx, &mut Vec<Finding>)),
    Document(fn(&DocCtx, &mut Vec<Finding>)),
}

/// Every rule with its checker, sorted by name.
pub(crate) const CHECKS: &[(&Rule, Checker)] = &[
    (&date_mismatch::RULE, Checker::Pair(date_mismatch::check)),
    (&date_missing::RULE, Checker::Pair(date_missing::check)),
    (&document_unrelated::RULE, Checker::Document(document_unrelated::check)),
    (&footnote_duplicate::RULE, Checker::Document(footnote_duplicate::check)),
    (&footnote_ref_mismatch::RULE, Checker::Pair(footnote_ref_mismatch::check)),
    (&footnote_ref_missing::RULE, Checker::Pair(footnote_ref_missing::check)),
    (&footnote_sequence::RULE, Checker::Document(footnote_sequence::check)),
    (&footnote_undefined::RULE, Checker::Document(footnote_undefined::check)),
    (&footnote_unreferenced::RULE, Checker::Document(footnote_unreferenced::check)),
    (&heading_mismatch::RULE, Checker::Pair(heading_mismatch::check)),
    (&legal_ref_mismatch::RULE, Checker::Pair(legal_ref_mismatch::check)),
    (&legal_ref_missing::RULE, Checker::Pair(legal_ref_missing::check)),
    (&name_mismatch::RULE, Checker::Pair(name_mismatch::check)),
    (&number_mismatch::RULE, Checker::Pair(number_mismatch::check)),
    (&number_missing::RULE, Checker::Pair(number_missing::check)),
    (&number_swapped::RULE, Checker::Pair(number_swapped::check)),
    (&paragraph_unaligned::RULE, Checker::Pair(paragraph_unaligned::check)),
    (&sentence_shortened::RULE, Checker::Pair(sentence_shortened::check)),
    (&sentence_unaligned::RULE, Checker::Pair(sentence_unaligned::check)),
    (&url_mismatch::RULE, Checker::Pair(url_mismatch::check)),
    (&url_missing::RULE, Checker::Pair(url_missing::check)),
];

/// Every rule, sorted by name.
pub fn rules() -> impl Iterator<Item = &'static Rule> {
    CHECKS.iter().map(|(rule, _)| *rule)
}

/// The rule called `name`.
pub fn find(name: &str) -> Option<&'static Rule> {
    rules().find(|r| r.name == name)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn sorted_unique_and_explained() {
        let names: Vec<&str> = rules().map(|r| r.name).collect();
        let mut sorted = names.clone();
        sorted.sort_unstable();
        sorted.dedup();
        assert_eq!(names, sorted, "CHECKS must be sorted by name, without duplicates");
        for rule in rules() {
            assert!(
                rule.name.chars().all(|c| c.is_ascii_lowercase() || c == '-'),
                "{} is not kebab-case",
                rule.name
            );
            for section in ["## What it flags", "## Why it matters", "## Example (EN → SV)", "## Not flagged"]
            {
                assert!(rule.explanation.contains(section), "{} lacks section {section}", rule.name);
            }
            assert!(!rule.summary.ends_with('.'), "{}: summaries have no trailing period", rule.name);
        }
    }
}
