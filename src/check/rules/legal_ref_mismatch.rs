//! `legal-ref-mismatch`: a legal reference that differs between the aligned passages.

use crate::check::context::PairCtx;
use crate::check::{Category, Finding, Rule, Scope, Severity};
use crate::values::ValueKind;

pub(crate) const RULE: Rule = Rule {
    name: "legal-ref-mismatch",
    category: Category::Legal,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a legal reference in the translation differs from the one in the same sentence of the original",
    explanation: include_str!("explain/legal-ref-mismatch.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    super::value_common::mismatch(ctx, ValueKind::Legal, "legal reference", &RULE, out);
    super::value_common::detail_differs(ctx, ValueKind::Legal, "legal reference", &RULE, out);
}
