//! `legal-ref-mismatch`: a legal reference that differs between the aligned passages.

use crate::check::context::{PairCtx, ValueRef};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::values::{ValueKind, act_author};

pub(crate) const RULE: Rule = Rule {
    name: "legal-ref-mismatch",
    category: Category::Legal,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a legal reference in the translation differs from the one in the same sentence of the original",
    explanation: include_str!("explain/legal-ref-mismatch.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    super::value_common::mismatch(ctx, ValueKind::Legal, "legal reference", &RULE, out);
    super::value_common::detail_differs(ctx, ValueKind::Legal, "legal reference", &RULE, out);
    act_types_differ(ctx, out);
    act_authors_differ(ctx, out);
}

/// Flags an act that both versions cite by its number and give to different institutions
/// (`Council Regulation (EU) No 604/2013` → `Europaparlamentets och rådets förordning (EU)
/// nr 604/2013`), as a warning. A version that names no author says nothing to compare.
fn act_authors_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let author = |side: Side, r: ValueRef| {
        let text = &input.doc(side).blocks.get(r.0)?.text;
        act_author(text, input.value(side, r).span.clone())
    };
    for &(s, t) in &ctx.matching.equal {
        let value = input.value(Side::Source, s);
        if value.kind != ValueKind::Legal || !value.key.starts_with("act:") {
            continue;
        }
        let (Some(src_author), Some(tgt_author)) = (author(Side::Source, s), author(Side::Target, t)) else {
            continue;
        };
        if src_author == tgt_author {
            continue;
        }
        let message = format!(
            "legal reference `{}` is an act of {} in source, of {} in target (`{}`)",
            input.surface(Side::Source, s),
            src_author.name(),
            tgt_author.name(),
            input.surface(Side::Target, t)
        );
        let key = ["act-author", &value.key, src_author.name(), tgt_author.name()];
        out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (s, t), &key));
    }
}

/// Flags a sentence that names a regulation on one side and a directive on the other, and
/// no act of the other's kind (`the Regulation` → `direktivet`), as a warning: the kinds of
/// act named without a number (`acttype:` values), compared sentence by sentence.
fn act_types_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let in_sentence = |side: Side, sentences: &[(usize, std::ops::Range<usize>)]| -> Vec<ValueRef> {
        let values = match side {
            Side::Source => input.src_values,
            Side::Target => input.tgt_values,
        };
        sentences
            .iter()
            .flat_map(|(block, range)| {
                values.get(*block).into_iter().flatten().enumerate().filter_map(move |(i, v)| {
                    (v.key.starts_with("acttype:") && range.start <= v.span.start && v.span.start < range.end)
                        .then_some((*block, i))
                })
            })
            .collect()
    };
    for sentence in &ctx.bead.sentences {
        let (src, tgt) = (in_sentence(Side::Source, &sentence.src), in_sentence(Side::Target, &sentence.tgt));
        let kinds = |side: Side, refs: &[ValueRef]| -> Vec<&str> {
            let mut kinds: Vec<&str> = refs.iter().map(|&r| input.value(side, r).key.as_str()).collect();
            kinds.sort_unstable();
            kinds.dedup();
            kinds
        };
        let (src_kinds, tgt_kinds) = (kinds(Side::Source, &src), kinds(Side::Target, &tgt));
        let (Some(&s), Some(&t)) = (src.first(), tgt.first()) else { continue };
        if src_kinds.iter().any(|k| tgt_kinds.contains(k)) {
            continue;
        }
        let name = |side: Side, r: ValueRef| {
            if input.value(side, r).key == "acttype:reg" { "a regulation" } else { "a directive" }
        };
        let message = format!(
            "the source names {} here (`{}`), the target {} (`{}`)",
            name(Side::Source, s),
            input.surface(Side::Source, s),
            name(Side::Target, t),
            input.surface(Side::Target, t)
        );
        let key = ["act-type", &src_kinds.join(","), &tgt_kinds.join(",")];
        out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (s, t), &key));
    }
}
