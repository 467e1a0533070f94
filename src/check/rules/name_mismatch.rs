//! `name-mismatch`: a sentence that names one country in the original and another in the
//! translation.

use crate::check::context::{PairCtx, ValueRef};
use std::ops::Range;

use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::values::ValueKind;

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
    let before = out.len();
    countries(ctx, out);
    // Whole cells of a table row that stand in other columns, holding names alone (`| – | DK,
    // SE |` → `| DK, SE | – |`: the votes against given as abstentions).
    if out.len() == before {
        for cells in super::table_cells::moves(ctx).iter().filter(|cells| !cells.figures) {
            out.push(super::table_cells::report(ctx, &RULE, cells));
        }
    }
}

/// The countries of each sentence of the bead, compared, and so the international bodies
/// named by their acronyms (`org:`).
fn countries(ctx: &PairCtx, out: &mut Vec<Finding>) {
    for sentence in &ctx.bead.sentences {
        traded_figures(ctx, sentence, out);
        for (prefix, kind) in [("country:", "country"), ("org:", "org")] {
            names(ctx, sentence, prefix, kind, out);
        }
    }
}

/// The names keyed `prefix` of one sentence bead, compared: a name left out of a list, or a
/// name of each side that the other does not name.
fn names(
    ctx: &PairCtx,
    sentence: &crate::align::SentenceBead,
    prefix: &str,
    kind: &str,
    out: &mut Vec<Finding>,
) {
    let input = ctx.input;
    let src = super::value_common::sentence_values(ctx, Side::Source, &sentence.src, prefix);
    let tgt = super::value_common::sentence_values(ctx, Side::Target, &sentence.tgt, prefix);
    if src.is_empty() || tgt.is_empty() {
        return;
    }
    let src_only = excess(ctx, (Side::Source, &src), (Side::Target, &tgt));
    let tgt_only = excess(ctx, (Side::Target, &tgt), (Side::Source, &src));
    if let Some(finding) = left_out_of_list(ctx, (&src, &src_only), (&tgt, &tgt_only)) {
        out.push(finding);
        return;
    }
    let (Some(&s), Some(&t)) = (src_only.first(), tgt_only.first()) else { return };
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
    let key = [kind, &src_names, &tgt_names];
    out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (s, t), &key));
}

/// A country one side lists and the other leaves out of the same list (`Cyprus, France,
/// Croatia and Portugal` → `Cypern, Frankrike och Portugal`): every other country of the
/// sentence is named on both sides, the side that names it more names three or more, and the
/// one left out stands next to another of them with a comma or a list word between and is not
/// named on the other side at all. A country named once elsewhere in a sentence (`Latvia` →
/// `medlemsstaten`) stays no finding.
fn left_out_of_list(
    ctx: &PairCtx,
    (src, src_only): (&[ValueRef], &[ValueRef]),
    (tgt, tgt_only): (&[ValueRef], &[ValueRef]),
) -> Option<Finding> {
    let input = ctx.input;
    let (side, all, only, other) = match (src_only, tgt_only) {
        ([_], []) => (Side::Source, src, src_only, tgt),
        ([], [_]) => (Side::Target, tgt, tgt_only, src),
        _ => return None,
    };
    let left = *only.first()?;
    let key = input.value(side, left).key.as_str();
    if all.len() < 3 || other.iter().any(|r| input.value(side.other(), *r).key == key) {
        return None;
    }
    // Next to another country of the list, with a comma or a list word between (`France,
    // Croatia`, `Croatia and Portugal`): not a country of another clause (`…, and Ireland
    // asked for none`).
    let text = input.doc(side).blocks.get(left.0)?.text.as_str();
    let span = &input.value(side, left).span;
    let listed = all.iter().filter(|r| r.0 == left.0 && **r != left).any(|r| {
        let near = &input.value(side, *r).span;
        let gap = if near.start >= span.end {
            text.get(span.end..near.start)
        } else {
            text.get(near.end..span.start)
        };
        super::number_swapped::list_joint(gap.unwrap_or_default().trim(), input.lang(side))
    });
    if !listed {
        return None;
    }
    let name = input.value(side, left).display.as_str();
    let (here, there) = match side {
        Side::Source => ("source", "target"),
        Side::Target => ("target", "source"),
    };
    let message = format!(
        "the {here} lists {name} here (`{}`), the {there}'s list leaves it out",
        input.surface(side, left)
    );
    let first_other = *other.first()?;
    let pair = match side {
        Side::Source => (left, first_other),
        Side::Target => (first_other, left),
    };
    Some(super::value_common::value_pair_warning(ctx, &RULE, message, pair, &["country-listed", here, key]))
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

/// A country and the figure a sentence gives for it: (country key, figure key, the country,
/// the figure).
type Bound<'a> = (&'a str, &'a str, ValueRef, ValueRef);

/// The countries of `sentences` (of `side`) each with the figure given for it: the figure right
/// after the name, in brackets, after a colon or after a space alone (`Canada (6%)`, `Kanada (6
/// %)`, `France 12.4%, Italy 10.9%`), the figure right before it with a place preposition
/// between (`63.9% in Finland`, `63,9 % i Finland`, `29 % på Irland`), or the figure right
/// before a bracket the name fills alone (`from 1.4% (India) to 6.2% (Egypt)`, `mellan 1,4 %
/// (Indien) och 6,2 % (Egypten)`).
fn bound_figures<'a>(ctx: &PairCtx<'a>, side: Side, sentences: &[(usize, Range<usize>)]) -> Vec<Bound<'a>> {
    let input = ctx.input;
    let prepositions = crate::values::tables::table(input.lang(side)).place_prepositions;
    let mut bound = Vec::new();
    for (block, range) in sentences {
        let (Some(values), Some(text)) = (
            match side {
                Side::Source => input.src_values.get(*block),
                Side::Target => input.tgt_values.get(*block),
            },
            input.doc(side).blocks.get(*block).map(|b| b.text.as_str()),
        ) else {
            continue;
        };
        let inside: Vec<usize> =
            (0..values.len()).filter(|&i| range.contains(&values[i].span.start)).collect();
        let is_country = |i: usize| values[i].key.starts_with("country:");
        let is_figure = |i: usize| values[i].kind == ValueKind::Number && !values[i].optional;
        for pair in inside.windows(2) {
            let (first, second) = (pair[0], pair[1]);
            let (a, b) = (&values[first], &values[second]);
            let Some(gap) = text.get(a.span.end..b.span.start) else { continue };
            let gap = gap.trim();
            if is_country(first) && is_figure(second) && matches!(gap, "(" | ":" | "") {
                bound.push((a.key.as_str(), b.key.as_str(), (*block, first), (*block, second)));
            } else if is_figure(first) && is_country(second) {
                // The bracket holds the name alone: `6.2% (Egypt)`, not `6.2% (Egypt and India)`.
                let fills_bracket = gap == "("
                    && text.get(b.span.end..).is_some_and(|rest| rest.trim_start().starts_with(')'));
                let words: Vec<&str> = gap.split_whitespace().collect();
                let gap = words.join(" ").to_lowercase();
                if fills_bracket || prepositions.contains(&gap.as_str()) {
                    bound.push((b.key.as_str(), a.key.as_str(), (*block, second), (*block, first)));
                }
            }
        }
    }
    bound
}

/// Flags two countries of a sentence that have each other's figures in the translation
/// because the names traded places (`Canada (6%), the United Arab Emirates (5%)` →
/// `Förenade Arabemiraten (6 %), Kanada (5 %)`, `from 44.2% in Malta to 63.9% in Finland` →
/// `från 44,2 % i Finland till 63,9 % i Malta`): every figure and every name is still there,
/// and the figures stand in the order of the original.
fn traded_figures(ctx: &PairCtx, sentence: &crate::align::SentenceBead, out: &mut Vec<Finding>) {
    let src = bound_figures(ctx, Side::Source, &sentence.src);
    if src.len() < 2 {
        return;
    }
    let tgt = bound_figures(ctx, Side::Target, &sentence.tgt);
    // The figure the target gives a country, if it gives it exactly one.
    let given = |country: &str| -> Option<&Bound> {
        let mut found = tgt.iter().filter(|bound| bound.0 == country);
        let first = found.next()?;
        found.next().is_none().then_some(first)
    };
    let once = |country: &str| src.iter().filter(|bound| bound.0 == country).count() == 1;
    let input = ctx.input;
    for (i, a) in src.iter().enumerate() {
        for b in &src[i + 1..] {
            if a.0 == b.0 || a.1 == b.1 || !once(a.0) || !once(b.0) {
                continue;
            }
            let (Some(ta), Some(tb)) = (given(a.0), given(b.0)) else { continue };
            // The names trade places and the figures keep theirs; two figures that trade
            // places under names that keep theirs are `number-swapped`.
            let at = |r: ValueRef| (r.0, input.value(Side::Target, r).span.start);
            if ta.1 != b.1 || tb.1 != a.1 || at(tb.3) > at(ta.3) {
                continue;
            }
            let name = |r: ValueRef| input.value(Side::Source, r).display.as_str();
            let message = format!(
                "`{}` and `{}` have each other's figures in target (`{}` is given for `{}`): swapped?",
                name(a.2),
                name(b.2),
                input.surface(Side::Source, a.3),
                name(b.2)
            );
            let key = ["country-figures", a.0, b.0];
            out.push(super::value_common::value_pair_warning(ctx, &RULE, message, (a.2, ta.2), &key));
        }
    }
}

#[cfg(test)]
mod tests {
    fn findings(en: &str, sv: &str) -> Vec<String> {
        crate::check::context::tests::findings_of("name-", en, sv)
    }

    #[test]
    fn official_long_names_of_states() {
        assert_eq!(
            findings(
                "with Kazakhstan, the Kyrgyz Republic, Tajikistan and Uzbekistan",
                "med Kazakstan, Kirgizistan, Tadzjikistan och Uzbekistan"
            ),
            Vec::<String>::new()
        );
        assert_eq!(findings("| Kyrgyz Republic | 4 |", "| Kazakstan | 4 |").len(), 1);
    }

    #[test]
    fn a_country_in_the_bracket_after_its_figure() {
        let en = "The recognition rate ranged from 1.4% (India) to 6.2% (Egypt), on the basis of 151 015 decisions.";
        let sv = "Andelen beviljade ansökningar låg mellan 1,4 % (Indien) och 6,2 % (Egypten), på grundval av 151 015 beslut.";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        // The names trade places, the figures keep theirs.
        let swapped =
            sv.replace("(Indien)", "(X)").replace("(Egypten)", "(Indien)").replace("(X)", "(Egypten)");
        assert_eq!(findings(en, &swapped).len(), 1, "{:?}", findings(en, &swapped));
        // A name given before its figure in the other version is bound to the same figure.
        let sv = "Andelen låg mellan Indien (1,4 %) och Egypten (6,2 %), på grundval av 151 015 beslut.";
        assert!(findings(en, sv).is_empty(), "{:?}", findings(en, sv));
        // A bracket of more than the name binds it to no figure: no trade is read.
        let en = "The rates were 1.4% (India and Chad) and 6.2% (Egypt and Rwanda).";
        let sv = "Andelarna var 1,4 % (Egypten och Tchad) och 6,2 % (Indien och Rwanda).";
        assert!(findings(en, sv).iter().all(|f| !f.contains("each other's")), "{:?}", findings(en, sv));
    }
}
