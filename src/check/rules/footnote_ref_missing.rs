//! `footnote-ref-missing` and the footnote-reference matching shared with `footnote-ref-mismatch`.

use crate::check::context::{Input, PairCtx, finding, letters};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

pub(crate) const RULE: Rule = Rule {
    name: "footnote-ref-missing",
    category: Category::Footnotes,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a footnote reference in one version is absent from the aligned passage of the other",
    explanation: include_str!("explain/footnote-ref-missing.md"),
};

/// One footnote reference: block index, text offset, label (borrowed from the document).
#[derive(Debug, Clone, PartialEq, Eq)]
pub(crate) struct RefAt<'d> {
    pub block: usize,
    pub at: usize,
    pub label: &'d str,
}

/// The footnote references of some blocks of a document, in order.
pub(crate) fn refs_in<'d>(
    doc: &'d crate::document::Document,
    blocks: impl IntoIterator<Item = usize>,
) -> Vec<RefAt<'d>> {
    blocks
        .into_iter()
        .flat_map(|b| doc.blocks[b].footnote_refs().map(move |(label, at)| RefAt { block: b, at, label }))
        .collect()
}

/// The footnote references of a bead that have no equal label on the other side.
pub(crate) fn unmatched<'a>(ctx: &PairCtx<'a>) -> (Vec<RefAt<'a>>, Vec<RefAt<'a>>) {
    let src = refs_in(ctx.input.src, ctx.bead.src.iter().copied());
    let tgt = refs_in(ctx.input.tgt, ctx.bead.tgt.iter().copied());
    (left_over(&src, &tgt), left_over(&tgt, &src))
}

/// The references of `these` that `others` leave unpaired: with `k` references of a label
/// among `others`, the first `k` of that label pair and the rest are left. A bead holds few
/// references, so they are counted by going over the lists rather than in a map.
fn left_over<'a>(these: &[RefAt<'a>], others: &[RefAt<'a>]) -> Vec<RefAt<'a>> {
    these
        .iter()
        .enumerate()
        .filter(|&(i, r)| {
            let before = these.iter().take(i).filter(|other| other.label == r.label).count();
            before >= others.iter().filter(|other| other.label == r.label).count()
        })
        .map(|(_, r)| r.clone())
        .collect()
}

/// Pairs leftover references one to one when both sides have the same number of them:
/// those are renumbered references (`footnote-ref-mismatch`); the rest are missing.
/// Renumbered references (source, target) and references on one side only.
pub(crate) type Split<'a> = (Vec<(RefAt<'a>, RefAt<'a>)>, Vec<(Side, RefAt<'a>)>);

pub(crate) fn split<'a>(ctx: &PairCtx<'a>) -> Split<'a> {
    let (src_left, tgt_left) = unmatched(ctx);
    if !src_left.is_empty() && src_left.len() == tgt_left.len() {
        return (src_left.into_iter().zip(tgt_left).collect(), vec![]);
    }
    let lone = src_left
        .into_iter()
        .map(|r| (Side::Source, r))
        .chain(tgt_left.into_iter().map(|r| (Side::Target, r)));
    (vec![], lone.collect())
}

/// The location of a footnote reference marker in the source text.
pub(crate) fn ref_location(input: &Input, side: Side, r: &RefAt) -> crate::check::Location {
    let doc = input.doc(side);
    let block = &doc.blocks[r.block];
    let marker = block.inlines.iter().find_map(|i| match i {
        crate::document::Inline::FootnoteRef { label, at, src } if *at == r.at && label == r.label => {
            Some(*src)
        }
        _ => None,
    });
    let mut loc = input.location(side, r.block, r.at..r.at, format!("({})", r.label));
    if let Some(span) = marker {
        loc.span = span;
        loc.line = doc.line_of(span.start);
        loc.column = doc.line_index.column(&doc.source, span.start);
        loc.end_column = doc.line_index.column(&doc.source, span.end).max(loc.column);
    }
    loc
}

pub(crate) fn context(input: &Input, side: Side, r: &RefAt) -> String {
    let text = &input.doc(side).blocks[r.block].text;
    let mut start = r.at.saturating_sub(50);
    while !text.is_char_boundary(start) {
        start -= 1;
    }
    letters(text.get(start..r.at).unwrap_or(""))
}

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    // A block with no counterpart at all is one `paragraph-unaligned` finding.
    if ctx.bead.src.is_empty() || ctx.bead.tgt.is_empty() {
        return;
    }
    let (_, lone) = split(ctx);
    for (side, r) in lone {
        let (here, there, other_blocks, other_side) = match side {
            Side::Source => ("source", "target", &ctx.bead.tgt, Side::Target),
            Side::Target => ("target", "source", &ctx.bead.src, Side::Source),
        };
        let message = format!("footnote reference ({}) in {here} is missing in {there}", r.label);
        let here_loc = ref_location(ctx.input, side, &r);
        let there_loc = other_blocks
            .first()
            .map(|&b| ctx.input.block_location(other_side, b, "no reference here".into()));
        let (primary, secondary) = match (side, there_loc) {
            (Side::Source, Some(t)) => (t, Some(here_loc)),
            (_, there) => (here_loc, there),
        };
        let context = context(ctx.input, side, &r);
        out.push(finding(&RULE, message, primary, secondary, Some(ctx.bead_idx), &[here, r.label, &context]));
    }
}
