//! `paragraph-unaligned`: a block of one version with no counterpart in the other.

use crate::align::BlockRole;
use crate::check::context::{PairCtx, finding, letters};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::document::BlockKind;

pub(crate) const RULE: Rule = Rule {
    name: "paragraph-unaligned",
    category: Category::Structure,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a paragraph, heading or footnote in one version has no counterpart in the other",
    explanation: include_str!("explain/paragraph-unaligned.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let bead = ctx.bead;
    let (side, blocks, other_name, here) = match (bead.src.is_empty(), bead.tgt.is_empty()) {
        (false, true) => (Side::Source, &bead.src, "target", "source"),
        (true, false) => (Side::Target, &bead.tgt, "source", "target"),
        _ => return,
    };
    let doc = ctx.input.doc(side);
    for &b in blocks {
        let block = &doc.blocks[b];
        if super::formula_placed_elsewhere(ctx.input, side, &block.text) {
            continue;
        }
        let what = match &block.kind {
            BlockKind::Heading { .. } => "heading".to_string(),
            BlockKind::FootnoteDef { label } => format!("footnote ({label})"),
            BlockKind::ListItem => "list item".to_string(),
            _ => "paragraph".to_string(),
        };
        let preview: String = block.text.chars().take(60).collect();
        let ellipsis = if block.text.chars().count() > 60 { "…" } else { "" };
        let message = format!("{what} in {here} has no counterpart in {other_name}: “{preview}{ellipsis}”");
        let label = if side == Side::Source { "omitted in target?" } else { "added in target?" };
        let location = ctx.input.block_location(side, b, label.to_string());
        let mut f = finding(
            &RULE,
            message,
            location,
            None,
            Some(ctx.bead_idx),
            &[here, &what, &letters(&block.text)],
        );
        // The cover note and title page are laid out differently in each version by design;
        // a paragraph of running text there is missed as much as one in the body.
        if matches!(bead.kind, BlockRole::Cover | BlockRole::Title)
            && !super::is_prose(block, super::PROSE_WORDS)
        {
            f.severity = Severity::Info;
        }
        out.push(f);
    }
}
