//! `footnote-undefined`: a footnote reference with no definition in the same version.

use std::collections::BTreeSet;

use crate::check::context::{DocCtx, finding};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

use super::footnote_ref_missing::{context, ref_location};
use super::footnote_sequence::{all_refs, settle, side_name};

pub(crate) const RULE: Rule = Rule {
    name: "footnote-undefined",
    category: Category::Footnotes,
    default_severity: Severity::Error,
    scope: Scope::Document,
    since: "0.1.0",
    summary: "a footnote reference has no footnote definition",
    explanation: include_str!("explain/footnote-undefined.md"),
};

/// The labels of every footnote definition of one side, with their block indexes.
pub(crate) fn definitions<'a>(ctx: &DocCtx<'a>, side: Side) -> Vec<(usize, &'static str, &'a str)> {
    let doc = ctx.input.doc(side);
    doc.blocks
        .iter()
        .enumerate()
        .filter_map(|(b, block)| match &block.kind {
            crate::document::BlockKind::FootnoteDef { label } => Some((b, side_name(side), label.as_str())),
            _ => None,
        })
        .collect()
}

pub(crate) fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    for side in [Side::Source, Side::Target] {
        let defined: BTreeSet<&str> = definitions(ctx, side).into_iter().map(|(_, _, l)| l).collect();
        let mut reported = BTreeSet::new();
        for r in all_refs(ctx, side) {
            if defined.contains(r.label) || !reported.insert(r.label) {
                continue;
            }
            let message =
                format!("footnote reference ({}) in {} has no definition", r.label, side_name(side));
            let context = context(ctx.input, side, &r);
            found.push((
                side,
                r.label,
                finding(
                    &RULE,
                    message,
                    ref_location(ctx.input, side, &r),
                    None,
                    None,
                    &[side_name(side), r.label, &context],
                ),
            ));
        }
    }
    settle(found, out);
}
