//! `footnote-sequence`: footnote references not numbered 1..N in reading order.

use std::collections::BTreeSet;

use crate::check::context::{DocCtx, finding};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

use super::footnote_ref_missing::{RefAt, context, ref_location, refs_in};

pub(crate) const RULE: Rule = Rule {
    name: "footnote-sequence",
    category: Category::Footnotes,
    default_severity: Severity::Warning,
    scope: Scope::Document,
    since: "0.1.0",
    summary: "footnote references are not numbered 1, 2, 3 … in reading order",
    explanation: include_str!("explain/footnote-sequence.md"),
};

/// All footnote references of one side in reading order.
pub(crate) fn all_refs<'a>(ctx: &DocCtx<'a>, side: Side) -> Vec<RefAt<'a>> {
    let doc = ctx.input.doc(side);
    let body = (0..doc.blocks.len())
        .filter(|&b| !matches!(doc.blocks[b].kind, crate::document::BlockKind::FootnoteDef { .. }));
    refs_in(doc, body)
}

pub(crate) fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    // An extract numbers its footnotes on from the part left out (`[^30]` first): where both
    // versions start at the same label, the sequence starts there.
    let first = |side: Side| all_refs(ctx, side).into_iter().find_map(|r| r.label.parse::<u32>().ok());
    let start = match (first(Side::Source), first(Side::Target)) {
        (Some(a), Some(b)) if a == b => a.saturating_sub(1),
        _ => 0,
    };
    for side in [Side::Source, Side::Target] {
        let mut seen = BTreeSet::new();
        let mut highest = start;
        for r in all_refs(ctx, side) {
            let Ok(n) = r.label.parse::<u32>() else { continue };
            if !seen.insert(n) {
                continue; // A second reference to the same footnote is allowed.
            }
            let message = if n > highest + 1 {
                let expected = highest + 1;
                let after =
                    if highest == 0 { "is the first".to_owned() } else { format!("follows ({highest})") };
                if n == expected + 1 {
                    format!("footnote reference ({n}) {after}: ({expected}) is missing from the sequence")
                } else {
                    format!(
                        "footnote reference ({n}) {after}: ({expected})–({}) are missing from the sequence",
                        n - 1
                    )
                }
            } else if n <= highest {
                format!("footnote reference ({n}) comes after ({highest})")
            } else {
                highest = n;
                continue;
            };
            highest = highest.max(n);
            let context = context(ctx.input, side, &r);
            let side_name = side_name(side);
            let f = finding(
                &RULE,
                message,
                ref_location(ctx.input, side, &r),
                None,
                None,
                &[side_name, r.label, &context],
            );
            found.push((side, r.label, f));
        }
    }
    settle(found, out);
}

pub(crate) fn side_name(side: Side) -> &'static str {
    match side {
        Side::Source => "source",
        Side::Target => "target",
    }
}

/// Sets the severity of document-level footnote findings by who can act on them.
///
/// A defect of the original is reported as a warning (the translator does not own it), and
/// so is a defect of the translation that only repeats one of the original (same rule,
/// same footnote): the translation is faithful there.
pub(crate) fn settle(found: Vec<(Side, &str, Finding)>, out: &mut Vec<Finding>) {
    let in_source: std::collections::BTreeSet<&str> =
        found.iter().filter(|(side, _, _)| *side == Side::Source).map(|(_, label, _)| *label).collect();
    for (side, label, mut f) in found {
        let note = match side {
            Side::Source => Some("a defect of the original, not of the translation"),
            Side::Target if in_source.contains(label) => Some("the original has the same defect"),
            Side::Target => None,
        };
        if let Some(note) = note {
            f.severity = f.severity.min(Severity::Warning);
            f.notes.push(note.to_string());
        }
        out.push(f);
    }
}
