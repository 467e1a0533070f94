//! `footnote-duplicate`: two footnote definitions with the same label in one version.

use std::collections::BTreeMap;

use crate::check::context::{DocCtx, finding, letters};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

use super::footnote_sequence::settle;
use super::footnote_undefined::definitions;

pub(crate) const RULE: Rule = Rule {
    name: "footnote-duplicate",
    category: Category::Footnotes,
    default_severity: Severity::Error,
    scope: Scope::Document,
    since: "0.1.0",
    summary: "two footnote definitions carry the same number",
    explanation: include_str!("explain/footnote-duplicate.md"),
};

pub(crate) fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    for side in [Side::Source, Side::Target] {
        let mut first: BTreeMap<&str, usize> = BTreeMap::new();
        for (b, side_name, label) in definitions(ctx, side) {
            let Some(&earlier) = first.get(label) else {
                first.insert(label, b);
                continue;
            };
            let doc = ctx.input.doc(side);
            let message = format!(
                "footnote ({label}) in {side_name} is defined twice, on lines {} and {}",
                doc.blocks[earlier].line(),
                doc.blocks[b].line()
            );
            let context = letters(&doc.blocks[b].text);
            let location = ctx.input.block_location(side, b, format!("second ({label})"));
            let earlier_location = ctx.input.block_location(side, earlier, format!("first ({label})"));
            let f = finding(
                &RULE,
                message,
                location,
                Some(earlier_location),
                None,
                &[side_name, label, &context],
            );
            found.push((side, label, f));
        }
    }
    settle(found, out);
}
