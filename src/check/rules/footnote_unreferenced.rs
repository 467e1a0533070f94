//! `footnote-unreferenced`: a footnote definition never referenced in the same version.

use std::collections::BTreeSet;

use crate::check::context::{DocCtx, finding, letters};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

use super::footnote_sequence::{all_refs, settle};
use super::footnote_undefined::definitions;

pub(crate) const RULE: Rule = Rule {
    name: "footnote-unreferenced",
    category: Category::Footnotes,
    default_severity: Severity::Warning,
    scope: Scope::Document,
    since: "0.1.0",
    summary: "a footnote definition is never referenced in the text",
    explanation: include_str!("explain/footnote-unreferenced.md"),
};

pub(crate) fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    for side in [Side::Source, Side::Target] {
        // References inside other footnotes count too.
        let doc = ctx.input.doc(side);
        let mut referenced: BTreeSet<&str> = all_refs(ctx, side).into_iter().map(|r| r.label).collect();
        for block in &doc.blocks {
            referenced.extend(block.footnote_refs().map(|(l, _)| l));
        }
        for (b, side_name, label) in definitions(ctx, side) {
            if referenced.contains(label) {
                continue;
            }
            let message = format!("footnote ({label}) in {side_name} is never referenced");
            let context = letters(&doc.blocks[b].text);
            let location = ctx.input.block_location(side, b, format!("({label})"));
            let f = finding(&RULE, message, location, None, None, &[side_name, label, &context]);
            found.push((side, label, f));
        }
    }
    settle(found, out);
}
