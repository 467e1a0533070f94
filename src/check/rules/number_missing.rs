//! `number-missing`: a number on one side of an aligned pair with no counterpart on the other.

use crate::check::context::PairCtx;
use crate::check::{Category, Finding, Rule, Scope, Severity};
use crate::values::ValueKind;

pub(crate) const RULE: Rule = Rule {
    name: "number-missing",
    category: Category::Numbers,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a number in one version has no equivalent in the aligned passage of the other",
    explanation: include_str!("explain/number-missing.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    super::value_common::missing(ctx, ValueKind::Number, "number", &RULE, out);
}
