//! `name-mismatch`: a sentence that names one country in the original and another in the
//! translation.

use crate::check::context::{PairCtx, ValueRef};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

pub(crate) const RULE: Rule = Rule {
    name: "name-mismatch",
    category: Category::Names,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a sentence of the translation names a country where the same sentence of the original names another",
    explanation: include_str!("explain/name-mismatch.md"),
};

/// Flags a sentence (or a table row's cell) that names a country on one side that the other
/// does not name, where the other names one the first does not: `| Latvia | 82.1 |` → `|
/// Litauen | 82,1 |`, `the Croatian Ministry of Finance requested … Croatia` → `begärde
/// Sloveniens finansministerium … Kroatien`. The names are optional values (`country:`), each
/// counted; a country named on one side only (`Latvia` → `medlemsstaten`) is no finding.
pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    for sentence in &ctx.bead.sentences {
        let src = super::value_common::sentence_values(ctx, Side::Source, &sentence.src, "country:");
        let tgt = super::value_common::sentence_values(ctx, Side::Target, &sentence.tgt, "country:");
        if src.is_empty() || tgt.is_empty() {
            continue;
        }
        let src_only = excess(ctx, (Side::Source, &src), (Side::Target, &tgt));
        let tgt_only = excess(ctx, (Side::Target, &tgt), (Side::Source, &src));
        let (Some(&s), Some(&t)) = (src_only.first(), tgt_only.first()) else { continue };
        let names = |side: Side, refs: &[ValueRef]| {
            let mut names: Vec<&str> = refs.iter().map(|r| input.value(side, *r).display.as_str()).collect();
            names.sort_unstable();
            names.dedup();
            names.join(", ")
        };
        let (src_names, tgt_names) = (names(Side::Source, &src_only), names(Side::Target, &tgt_only));
        let message = format!(
            "the source names {src_names} here (`{}`), the target {tgt_names} (`{}`)",
            input.surface(Side::Source, s),
            input.surface(Side::Target, t)
        );
        let key = ["country", &src_names, &tgt_names];
        out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (s, t), &key));
    }
}

/// The names of `own` (values of `side`) that `other` (of `other_side`) does not match, each
/// name of `other` matching one of `own` with its key: `Croatia` twice against `Kroatien` once
/// leaves one `Croatia`.
fn excess(
    ctx: &PairCtx,
    (side, own): (Side, &[ValueRef]),
    (other_side, other): (Side, &[ValueRef]),
) -> Vec<ValueRef> {
    let key = |side: Side, r: &ValueRef| ctx.input.value(side, *r).key.as_str();
    let mut taken = vec![false; other.len()];
    own.iter()
        .filter(|r| {
            let found = (0..other.len()).find(|&i| !taken[i] && key(other_side, &other[i]) == key(side, r));
            found.map(|i| taken[i] = true).is_none()
        })
        .copied()
        .collect()
}
