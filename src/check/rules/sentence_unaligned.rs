//! `sentence-unaligned`: a sentence of one version with no counterpart in the aligned
//! paragraph of the other.

use crate::check::context::{PairCtx, finding, letters};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

pub(crate) const RULE: Rule = Rule {
    name: "sentence-unaligned",
    category: Category::Structure,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a sentence in one version has no counterpart in the aligned paragraph of the other",
    explanation: include_str!("explain/sentence-unaligned.md"),
};

/// Sentences of fewer words are left alone: a label or a cross-reference (`See Annex I.`)
/// that one version adds or leaves out costs a reader nothing, and a short sentence is
/// where a merge of three sentences into one may look like an omission.
const MIN_WORDS: usize = 4;

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let bead = ctx.bead;
    if !super::pairs_body_blocks(ctx) {
        return;
    }
    // The sentences left alone.
    let lone: Vec<(Side, usize, std::ops::Range<usize>, &str)> = bead
        .sentences
        .iter()
        .filter_map(|sentences| {
            let (side, &(block, ref range)) = match (sentences.src.as_slice(), sentences.tgt.as_slice()) {
                ([lone], []) => (Side::Source, lone),
                ([], [lone]) => (Side::Target, lone),
                _ => return None,
            };
            let text = crate::segment::trim(ctx.input.doc(side).blocks.get(block)?.text.get(range.clone())?);
            Some((side, block, range.clone(), text))
        })
        .collect();
    // Lone sentences on both sides of one paragraph pair, however short (`THE EUROPEAN
    // COMMISSION,` against `EUROPEISKA KOMMISSIONEN HAR ANTAGIT DENNA FÖRORDNING`), mean the
    // paragraphs or sentences are paired wrongly, not that a sentence was left out: nothing is
    // said of them.
    if lone.iter().any(|l| l.0 == Side::Source) && lone.iter().any(|l| l.0 == Side::Target) {
        return;
    }
    // Of the rest, those long enough to tell.
    let lone = lone.into_iter().filter(|(_, _, _, text)| {
        text.split_whitespace().filter(|word| word.chars().any(char::is_alphabetic)).count() >= MIN_WORDS
    });
    for (side, block, range, text) in lone {
        if super::formula_placed_elsewhere(ctx.input, side, text) {
            continue;
        }
        let (other, here, there) = match side {
            Side::Source => (Side::Target, "source", "target"),
            Side::Target => (Side::Source, "target", "source"),
        };
        let preview: String = text.chars().take(80).collect();
        let ellipsis = if text.chars().count() > 80 { "…" } else { "" };
        let message = format!(
            "sentence in {here} has no counterpart in the aligned paragraph of the {there}: “{preview}{ellipsis}”"
        );
        let label = if side == Side::Source { "omitted in target?" } else { "added in target?" };
        let primary = ctx.input.location(side, block, range, label.to_string());
        let other_blocks = if other == Side::Source { &bead.src } else { &bead.tgt };
        let secondary = other_blocks
            .first()
            .map(|&b| ctx.input.block_location(other, b, "the aligned paragraph".to_string()));
        out.push(finding(&RULE, message, primary, secondary, Some(ctx.bead_idx), &[here, &letters(text)]));
    }
}
