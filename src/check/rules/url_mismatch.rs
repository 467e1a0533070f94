//! `url-mismatch`: a URL that differs between the aligned passages.

use crate::check::context::PairCtx;
use crate::check::{Category, Finding, Rule, Scope, Severity};
use crate::values::ValueKind;

pub(crate) const RULE: Rule = Rule {
    name: "url-mismatch",
    category: Category::Urls,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a URL in the translation differs from the one in the same sentence of the original",
    explanation: include_str!("explain/url-mismatch.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    super::value_common::mismatch(ctx, ValueKind::Url, "URL", &RULE, out);
}
