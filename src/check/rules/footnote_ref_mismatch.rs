//! `footnote-ref-mismatch`: a footnote reference renumbered between the versions.

use crate::check::context::{PairCtx, finding};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

use super::footnote_ref_missing::{context, ref_location, split};

pub(crate) const RULE: Rule = Rule {
    name: "footnote-ref-mismatch",
    category: Category::Footnotes,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a footnote reference in the translation has another number than in the original",
    explanation: include_str!("explain/footnote-ref-mismatch.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let (pairs, _) = split(ctx);
    for (s, t) in pairs {
        let message = format!("footnote reference ({}) in source is ({}) in target", s.label, t.label);
        let context = context(ctx.input, Side::Target, &t);
        out.push(finding(
            &RULE,
            message,
            ref_location(ctx.input, Side::Target, &t),
            Some(ref_location(ctx.input, Side::Source, &s)),
            Some(ctx.bead_idx),
            &[s.label, t.label, &context],
        ));
    }
}
