//! `heading-mismatch`: numbered headings that do not correspond.

use crate::check::context::{PairCtx, finding};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::document::BlockKind;

pub(crate) const RULE: Rule = Rule {
    name: "heading-mismatch",
    category: Category::Structure,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a numbered heading has no heading with the same number at the aligned place",
    explanation: include_str!("explain/heading-mismatch.md"),
};

fn numbers(ctx: &PairCtx, side: Side) -> Vec<(usize, String)> {
    let (doc, blocks) = match side {
        Side::Source => (ctx.input.src, &ctx.bead.src),
        Side::Target => (ctx.input.tgt, &ctx.bead.tgt),
    };
    blocks
        .iter()
        .filter_map(|&b| match &doc.blocks[b].kind {
            BlockKind::Heading { number: Some(n), .. } => Some((b, n.clone())),
            _ => None,
        })
        .collect()
}

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    // A heading on one side only is `paragraph-unaligned`; here both sides are present.
    if ctx.bead.src.is_empty() || ctx.bead.tgt.is_empty() {
        return;
    }
    let src = numbers(ctx, Side::Source);
    let tgt = numbers(ctx, Side::Target);
    if src.iter().map(|(_, n)| n).eq(tgt.iter().map(|(_, n)| n)) {
        return;
    }
    let first = |side: Side, list: &[(usize, String)], blocks: &[usize]| {
        let b = list.first().map(|(b, _)| *b).or(blocks.first().copied());
        b.map(|b| {
            ctx.input.block_location(side, b, list.first().map_or("no number".into(), |(_, n)| n.clone()))
        })
    };
    let show = |list: &[(usize, String)]| {
        if list.is_empty() {
            "none".to_string()
        } else {
            list.iter().map(|(_, n)| n.as_str()).collect::<Vec<_>>().join(", ")
        }
    };
    let message = format!("heading number {} in source is {} in target", show(&src), show(&tgt));
    let (Some(primary), secondary) =
        (first(Side::Target, &tgt, &ctx.bead.tgt), first(Side::Source, &src, &ctx.bead.src))
    else {
        return;
    };
    out.push(finding(&RULE, message, primary, secondary, Some(ctx.bead_idx), &[&show(&src), &show(&tgt)]));
}
