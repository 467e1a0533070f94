//! `legal-ref-mismatch`: a legal reference that differs between the aligned passages.

use crate::check::context::{PairCtx, ValueRef};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::values::{Qualifier, ValueKind, act_author, act_qualifier};

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
/// Where no name is one side's alone, an article may still be given to another of them
/// ([`articles_given_elsewhere`]).
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
        let (Some(&s), Some(&t)) = (src_only.first(), tgt_only.first()) else {
            // The same names on both sides (or one side's alone): an article given to another.
            if !src.is_empty() && !tgt.is_empty() {
                articles_given_elsewhere(ctx, &src, &tgt, out);
            }
            continue;
        };
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

/// How many bytes may stand between an article and the Treaty named right after it for the
/// name to be the article's: `Article 36 TEU`, `artikel 4.2 i EU-fördraget`, `Article 4(2) of
/// the Treaty on European Union` (eight), with a wider space or two.
const ARTICLE_TREATY_GAP: usize = 10;

/// The Treaties' names `treaties` of `side` (in one sentence) that follow an article right
/// after it (see [`ARTICLE_TREATY_GAP`]), each with that article: the article's value and the
/// name's.
fn articles_with_treaties(ctx: &PairCtx, side: Side, treaties: &[ValueRef]) -> Vec<(ValueRef, ValueRef)> {
    let values = match side {
        Side::Source => ctx.input.src_values,
        Side::Target => ctx.input.tgt_values,
    };
    treaties
        .iter()
        .filter_map(|&(block, i)| {
            let (article, treaty) = (values.get(block)?.get(i.checked_sub(1)?)?, values.get(block)?.get(i)?);
            (article.key.starts_with("art:")
                && treaty.span.start >= article.span.end
                && treaty.span.start - article.span.end <= ARTICLE_TREATY_GAP)
                .then_some(((block, i - 1), (block, i)))
        })
        .collect()
}

/// Flags a sentence that names the same Treaties on both sides but gives one article to
/// another of them, the name right after the article on both sides (`ex Article 61 TEC and ex
/// Article 29 TEU` → `f.d. artikel 61 FEU och f.d. artikel 29 FEG`): each article with its
/// name counted, an article of one side paired with the same article of the other side
/// under another name. An article named with a Treaty on one side only (`Article 5 TEU` →
/// `artikel 5 i fördraget`) says nothing, nor does the same number given to two texts on both
/// sides (`Article 6 of the Charter and Article 6 TEU`).
fn articles_given_elsewhere(ctx: &PairCtx, src: &[ValueRef], tgt: &[ValueRef], out: &mut Vec<Finding>) {
    let input = ctx.input;
    let src = articles_with_treaties(ctx, Side::Source, src);
    let tgt = articles_with_treaties(ctx, Side::Target, tgt);
    if src.is_empty() || tgt.is_empty() {
        return;
    }
    let keys = |side: Side, (article, treaty): (ValueRef, ValueRef)| {
        (input.value(side, article).key.as_str(), input.value(side, treaty).key.as_str())
    };
    let excess =
        |side: Side, own: &[(ValueRef, ValueRef)], other_side: Side, other: &[(ValueRef, ValueRef)]| {
            let mut taken = vec![false; other.len()];
            own.iter()
                .filter(|&&pair| {
                    let found = (0..other.len())
                        .find(|&i| !taken[i] && keys(other_side, other[i]) == keys(side, pair));
                    found.map(|i| taken[i] = true).is_none()
                })
                .copied()
                .collect::<Vec<_>>()
        };
    let src_only = excess(Side::Source, &src, Side::Target, &tgt);
    let tgt_only = excess(Side::Target, &tgt, Side::Source, &src);
    let Some((s, t)) = src_only.iter().find_map(|&s| {
        let article = keys(Side::Source, s).0;
        tgt_only.iter().find(|&&t| keys(Side::Target, t).0 == article).map(|&t| (s, t))
    }) else {
        return;
    };
    let (src_treaty, tgt_treaty) = (input.value(Side::Source, s.1), input.value(Side::Target, t.1));
    let message = format!(
        "legal reference `{}` is of the {} in source (`{}`), of the {} in target (`{}`)",
        input.surface(Side::Source, s.0),
        src_treaty.display,
        input.surface(Side::Source, s.1),
        tgt_treaty.display,
        input.surface(Side::Target, t.1)
    );
    let key = ["treaty-article", &input.value(Side::Source, s.0).key, &src_treaty.key, &tgt_treaty.key];
    out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s.1, t.1), &key));
}

/// Flags an act that both versions cite by its number and give to different institutions
/// (`Council Regulation (EU) No 604/2013` → `Europaparlamentets och rådets förordning (EU)
/// nr 604/2013`), or give to the same institution as another kind of act (`Council
/// Implementing Decision (EU) 2018/1993` → `rådets beslut (EU) 2018/1993`), as a warning. A
/// version that names no author cites the act by a short name, which may leave out its kind,
/// and says nothing to compare.
fn act_authors_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let text = |side: Side, r: ValueRef| input.doc(side).blocks.get(r.0).map(|block| block.text.as_str());
    let author = |side: Side, r: ValueRef| act_author(text(side, r)?, input.value(side, r).span.clone());
    let qualifier = |side: Side, r: ValueRef| {
        text(side, r).and_then(|text| act_qualifier(text, input.value(side, r).span.clone()))
    };
    for &(s, t) in &ctx.matching.equal {
        let value = input.value(Side::Source, s);
        if value.kind != ValueKind::Legal || !value.key.starts_with("act:") {
            continue;
        }
        let (Some(src_author), Some(tgt_author)) = (author(Side::Source, s), author(Side::Target, t)) else {
            continue;
        };
        let (src_surface, tgt_surface) = (input.surface(Side::Source, s), input.surface(Side::Target, t));
        if src_author != tgt_author {
            let message = format!(
                "legal reference `{src_surface}` is an act of {} in source, of {} in target (`{tgt_surface}`)",
                src_author.name(),
                tgt_author.name(),
            );
            let key = ["act-author", &value.key, src_author.name(), tgt_author.name()];
            out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (s, t), &key));
            continue;
        }
        let (src_kind, tgt_kind) = (qualifier(Side::Source, s), qualifier(Side::Target, t));
        if src_kind == tgt_kind {
            continue;
        }
        let kind = |qualifier: Option<Qualifier>| qualifier.map_or("a plain act", Qualifier::name);
        let message = format!(
            "legal reference `{src_surface}` is {} of {} in source, {} in target (`{tgt_surface}`)",
            kind(src_kind),
            src_author.name(),
            kind(tgt_kind),
        );
        let key = ["act-qualifier", &value.key, kind(src_kind), kind(tgt_kind)];
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
        // The kinds of a numbered act (a regulation, a directive) and those of the acts a power
        // is conferred to adopt (implementing, delegated) are compared apart: an implementing
        // act may be a regulation.
        for family in [&["acttype:reg", "acttype:dir"], &["acttype:impl", "acttype:deleg"]] {
            let of_family = |side: Side, refs: &[ValueRef]| -> Vec<ValueRef> {
                refs.iter()
                    .copied()
                    .filter(|&r| family.contains(&input.value(side, r).key.as_str()))
                    .collect()
            };
            let (src, tgt) = (of_family(Side::Source, &src), of_family(Side::Target, &tgt));
            let (src_kinds, tgt_kinds) = (kinds(Side::Source, &src), kinds(Side::Target, &tgt));
            let (Some(&s), Some(&t)) = (src.first(), tgt.first()) else { continue };
            if src_kinds.iter().any(|k| tgt_kinds.contains(k)) {
                continue;
            }
            let name = |side: Side, r: ValueRef| match input.value(side, r).key.as_str() {
                "acttype:reg" => "a regulation",
                "acttype:dir" => "a directive",
                "acttype:impl" => "implementing acts",
                _ => "delegated acts",
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
}

#[cfg(test)]
mod tests {
    /// The messages of `legal-ref-mismatch` on a pair of one-paragraph texts.
    fn findings(en: &str, sv: &str) -> Vec<String> {
        crate::check::context::tests::findings_of(super::RULE.name, en, sv)
    }

    /// Every finding of every rule on a pair of one-paragraph texts.
    fn all_findings(en: &str, sv: &str) -> Vec<String> {
        crate::check::context::tests::findings_of("", en, sv)
    }

    #[test]
    fn implementing_and_delegated_acts_named_by_their_kind() {
        let en = "The Commission shall adopt the implementing acts referred to in Article 20(4) by 30 September 2028.";
        let sv = "Kommissionen ska senast den 30 september 2028 anta de genomförandeakter som avses i artikel 20.4.";
        assert_eq!(all_findings(en, sv), Vec::<String>::new());
        assert_eq!(
            findings(en, &sv.replace("genomförandeakter", "delegerade akter")),
            [
                "the source names implementing acts here (`implementing acts`), the target delegated acts (`delegerade akter`)"
            ]
        );
        // A paraphrase that names no kind is no finding.
        assert_eq!(all_findings(en, &sv.replace("genomförandeakter", "akter")), Vec::<String>::new());
        // An implementing act may be a regulation: the kinds of numbered acts are apart.
        assert_eq!(
            findings(
                "The Commission shall adopt implementing acts under this Regulation.",
                "Kommissionen ska anta genomförandeakter enligt denna förordning."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn codes_written_alike_in_every_language() {
        let pairs = [
            (
                "The annual limit value for PM2.5 of 25 µg/m³ applies.",
                "Årsgränsvärdet för PM2,5 på 25 µg/m³ gäller.",
                "PM6,5",
            ),
            (
                "established by Resolution Conf. 12.8 (Rev. CoP18) on trade.",
                "som inrättats genom resolution Conf. 12.8 (Rev. CoP18) om handel.",
                "CoP11",
            ),
            ("the classes for C1, C2 and C3 tyres.", "klasserna för C1-, C2- och C3-däck.", "C6-"),
        ];
        for (en, sv, changed) in pairs {
            assert_eq!(all_findings(en, sv), Vec::<String>::new(), "{sv}");
            let original = if changed.starts_with("PM") {
                "PM2,5"
            } else if changed.starts_with("CoP") {
                "CoP18"
            } else {
                "C2-"
            };
            assert!(!all_findings(en, &sv.replace(original, changed)).is_empty(), "{changed}");
        }
    }

    #[test]
    fn an_article_given_to_another_treaty_named_on_both_sides() {
        let en = "(ex Article 61 TEC and ex Article 29 TEU)";
        assert_eq!(findings(en, "(f.d. artikel 61 FEG och f.d. artikel 29 FEU)"), Vec::<String>::new());
        assert_eq!(
            findings(en, "(f.d. artikel 61 FEU och f.d. artikel 29 FEG)"),
            ["legal reference `Article 61` is of the TEC in source (`TEC`), of the TEU in target (`FEU`)"]
        );
        // Written out and after `of`, `i`.
        assert_eq!(
            findings(
                "Article 4(2) of the Treaty on European Union and Article 4(2) TFEU apply.",
                "Artikel 4.2 i EUF-fördraget och artikel 4.2 i EU-fördraget ska tillämpas."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            findings(
                "Article 7 of the Treaty on European Union and Article 354 TFEU apply.",
                "Artikel 7 i EUF-fördraget och artikel 354 i EU-fördraget ska tillämpas."
            )
            .len(),
            1
        );
    }

    #[test]
    fn an_article_with_a_treaty_on_one_side_only_is_no_finding() {
        // The Treaty named once for two articles, or far from the article.
        assert_eq!(
            findings(
                "Article 61 TEC and Article 29 TEU apply.",
                "Artikel 61 och artikel 29 i EU-fördraget samt FEG ska tillämpas."
            ),
            Vec::<String>::new()
        );
        assert_eq!(
            findings(
                "The TEC and the TEU, in particular Article 61 and Article 29 thereof.",
                "FEU och FEG, särskilt artikel 61 och artikel 29 i dessa."
            ),
            Vec::<String>::new()
        );
    }

    #[test]
    fn an_act_given_another_kind_by_the_same_author() {
        let en = "Council Implementing Decision (EU) 2018/1993 applies.";
        assert_eq!(
            findings(en, "Rådets genomförandebeslut (EU) 2018/1993 ska tillämpas."),
            Vec::<String>::new()
        );
        assert_eq!(
            findings(en, "Rådets beslut (EU) 2018/1993 ska tillämpas."),
            [
                "legal reference `Decision (EU) 2018/1993` is an implementing act of the Council in source, a plain act in target (`beslut (EU) 2018/1993`)"
            ]
        );
        let en = "Commission Delegated Regulation (EU) 2025/12 applies.";
        assert_eq!(
            findings(en, "Kommissionens delegerade förordning (EU) 2025/12 ska tillämpas."),
            Vec::<String>::new()
        );
        assert_eq!(findings(en, "Kommissionens genomförandeförordning (EU) 2025/12 ska tillämpas.").len(), 1);
        // A short name without its author may leave out the kind.
        assert_eq!(
            findings(
                "Implementing Regulation (EU) 2024/2690 applies.",
                "Förordning (EU) 2024/2690 ska tillämpas."
            ),
            Vec::<String>::new()
        );
    }
}
