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
    treaties_differ(ctx, out);
    act_authors_differ(ctx, out);
}

/// Flags a sentence that names a Treaty (or the Charter) on one side that the other does not
/// name, where the other names one the first does not (`Article 107(3)(c) TFEU` → `artikel
/// 107.3 c i EU-fördraget`). The names are optional values (`treaty:`), never reported alone: a
/// Treaty named on one side only (`Article 4(3) TEU` → `artikel 4.3 i fördraget`) is no finding.
fn treaties_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    for sentence in &ctx.bead.sentences {
        let src = super::value_common::sentence_values(ctx, Side::Source, &sentence.src, "treaty:");
        let tgt = super::value_common::sentence_values(ctx, Side::Target, &sentence.tgt, "treaty:");
        // Each name counted: a sentence that names two texts on one side and one of them twice
        // on the other gives the second article to another text.
        let key = |side: Side, r: &ValueRef| input.value(side, *r).key.as_str();
        let excess = |side: Side, own: &[ValueRef], other_side: Side, other: &[ValueRef]| -> Vec<ValueRef> {
            let mut taken = vec![false; other.len()];
            own.iter()
                .filter(|r| {
                    let found =
                        (0..other.len()).find(|&i| !taken[i] && key(other_side, &other[i]) == key(side, r));
                    found.map(|i| taken[i] = true).is_none()
                })
                .copied()
                .collect()
        };
        let src_only = excess(Side::Source, &src, Side::Target, &tgt);
        let tgt_only = excess(Side::Target, &tgt, Side::Source, &src);
        let (Some(&s), Some(&t)) = (src_only.first(), tgt_only.first()) else { continue };
        let codes = |side: Side, refs: &[ValueRef]| {
            let mut codes: Vec<&str> = refs.iter().map(|r| input.value(side, *r).display.as_str()).collect();
            codes.sort_unstable();
            codes.dedup();
            codes.join(", ")
        };
        let (src_codes, tgt_codes) = (codes(Side::Source, &src_only), codes(Side::Target, &tgt_only));
        let message = format!(
            "the source names the {src_codes} here (`{}`), the target the {tgt_codes} (`{}`)",
            input.surface(Side::Source, s),
            input.surface(Side::Target, t)
        );
        out.push(super::value_common::value_pair_finding(
            ctx,
            &RULE,
            message,
            (s, t),
            &["treaty", &src_codes, &tgt_codes],
        ));
    }
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
    let in_sentence = |side: Side, sentences: &[(usize, std::ops::Range<usize>)]| {
        super::value_common::sentence_values(ctx, side, sentences, "acttype:")
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
