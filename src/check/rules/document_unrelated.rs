//! `document-unrelated`: the two documents are not translations of each other.

use crate::check::context::{DocCtx, finding};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

pub(crate) const RULE: Rule = Rule {
    name: "document-unrelated",
    category: Category::Structure,
    default_severity: Severity::Error,
    scope: Scope::Document,
    since: "0.1.0",
    summary: "the two documents do not look like translations of each other",
    explanation: include_str!("explain/document-unrelated.md"),
};

pub(crate) fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let verdict = &ctx.input.alignment.verdict;
    let Some(reason) = &ctx.unrelated else {
        return;
    };
    let first = |side: Side| {
        let doc = ctx.input.doc(side);
        doc.blocks.iter().position(|b| b.is_body() && !b.text.trim().is_empty())
    };
    let (Some(t), s) = (first(Side::Target).or(Some(0)), first(Side::Source)) else { return };
    if ctx.input.tgt.blocks.is_empty() && ctx.input.src.blocks.is_empty() {
        return;
    }
    let primary = if ctx.input.tgt.blocks.is_empty() {
        match s {
            Some(s) => ctx.input.block_location(Side::Source, s, "source".into()),
            None => return,
        }
    } else {
        ctx.input.block_location(Side::Target, t, "target".into())
    };
    let secondary = s
        .filter(|_| !ctx.input.tgt.blocks.is_empty())
        .map(|s| ctx.input.block_location(Side::Source, s, "source".into()));
    let message = format!("the documents do not look like translations of each other: {reason}");
    let mut f = finding(&RULE, message, primary, secondary, None, &[reason]);
    f.notes.push(format!("alignment score {:.2}", verdict.score));
    out.push(f);
}
