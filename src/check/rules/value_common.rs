//! The comparison shared by the value rules (numbers, dates, legal references, URLs):
//! one bead's [`Matching`](crate::check::context::Matching), filtered by kind.

use crate::check::context::{PairCtx, ValueRef, finding, letters};
use crate::check::{Finding, Rule, Severity, Side};
use crate::values::ValueKind;

/// Flags values of `kind` that stand in the same sentence on both sides with different keys.
pub(crate) fn mismatch(ctx: &PairCtx, kind: ValueKind, noun: &str, rule: &Rule, out: &mut Vec<Finding>) {
    let input = ctx.input;
    for &(s, t) in &ctx.matching.differing {
        let src_value = input.value(Side::Source, s);
        let tgt_value = input.value(Side::Target, t);
        if src_value.kind != kind {
            continue;
        }
        let (src_surface, tgt_surface) = (input.surface(Side::Source, s), input.surface(Side::Target, t));
        // A column's unit (`Area (cm² per kg)`) is no number.
        let starts = |prefix: &str| src_value.key.starts_with(prefix);
        let noun = match () {
            _ if starts(crate::values::MEASURE) => "unit",
            // A code copied as written, a date format, a table's letter, a statistical flag: no
            // figure.
            _ if starts(crate::values::VERBATIM) => "code",
            _ if starts(crate::values::DATE_FORMAT) => "date format",
            _ if starts(crate::values::TABLE_LETTER) => "table",
            _ if starts(crate::values::FLAG) => "flag",
            _ => noun,
        };
        // A link whose shown text is alike on both sides differs in its target, and a link
        // shown by a text of its own (`the Commission's website`) says nothing of its address:
        // show the targets.
        let link_text = |surface: &str| {
            kind == ValueKind::Url
                && !surface.contains("://")
                && !surface.contains('@')
                && !surface.starts_with("www.")
        };
        let (src_shown, tgt_shown) =
            if src_surface == tgt_surface || link_text(src_surface) || link_text(tgt_surface) {
                (src_value.display.as_str(), tgt_value.display.as_str())
            } else {
                (src_surface, tgt_surface)
            };
        let (src_short, tgt_short) = shorten_pair(src_shown, tgt_shown);
        // One figure counting two units that were not paired as equal (a lone `1`, which may
        // be read wrongly, pairs only with its own unit): the units are what differs.
        let message = match (&src_value.detail, &tgt_value.detail) {
            (Some(src_unit), Some(tgt_unit))
                if kind == ValueKind::Number && src_value.key == tgt_value.key && src_unit != tgt_unit =>
            {
                format!(
                    "{noun} `{src_surface}` counts {} in source and {} in target",
                    super::number_mismatch::unit_name(src_unit),
                    super::number_mismatch::unit_name(tgt_unit)
                )
            }
            _ => match changed_bound(ctx, s, t) {
                Some((Side::Target, which, bound)) => format!(
                    "{noun} `{src_surface}` in source is `{bound}` in target, the {which} bound of `{tgt_surface}`"
                ),
                Some((_, which, bound)) => format!(
                    "{noun} `{bound}` in source, the {which} bound of `{src_surface}`, is `{tgt_surface}` in target"
                ),
                None => format!("{noun} `{src_short}` in source is `{tgt_short}` in target"),
            },
        };
        // One day and month, or one month, of no year on one side (`30 March` against `30 mars
        // 2027`, `i oktober` against `in October 2025`): the year is left out or not read,
        // not changed, so the pair is a warning.
        let year_left_out = (kind == ValueKind::Date)
            .then(|| super::date_mismatch::same_date_of_any_year(&src_value.key, &tgt_value.key))
            .flatten();
        let message = match year_left_out {
            Some(what) => format!("{message}: the same {what}, its year given on one side only"),
            None => message,
        };
        let mut f = value_pair_finding(ctx, rule, message, (s, t), &[&src_value.key, &tgt_value.key]);
        if year_left_out.is_some() {
            f.severity = Severity::Warning;
        }
        f.notes.push(format!("source value: {}; target value: {}", src_value.display, tgt_value.display));
        out.push(f);
    }
}

/// Where one of the pair `(s, t)` is a range of figures whose other bound `equal` pairs with
/// a figure of the other side, the figure of the pair its bound changed (`between 17,2 g and
/// 25,8 g` against `mellan 17,2 och 28,5 g`): the range's side, which bound (`upper`,
/// `lower`) and that bound as the range writes it (`28,5`).
fn changed_bound<'a>(ctx: &PairCtx<'a>, s: ValueRef, t: ValueRef) -> Option<(Side, &'static str, &'a str)> {
    let input = ctx.input;
    let ranged = |side: Side, r: ValueRef| input.value(side, r).key.contains("-range:");
    let (side, range, other) = match (ranged(Side::Source, s), ranged(Side::Target, t)) {
        (false, true) => (Side::Target, t, s),
        (true, false) => (Side::Source, s, t),
        _ => return None,
    };
    let (low, high) = crate::check::context::range_bounds(&input.value(side, range).key)?;
    // The bound the range shares with a figure of the other side, paired as equal.
    let kept = ctx.matching.equal.iter().find_map(|&(src, tgt)| {
        let (own, apart) = if side == Side::Source { (src, tgt) } else { (tgt, src) };
        (own == range && apart != other).then(|| input.value(side.other(), apart).key.as_str())
    })?;
    let upper = if kept == low {
        true
    } else if kept == high {
        false
    } else {
        return None;
    };
    let bound = written_bound(input.surface(side, range), upper)?;
    Some((side, if upper { "upper" } else { "lower" }, bound))
}

/// One bound of a range as its text writes it: the part after, or before, the word or dash that
/// joins the bounds (`28,5` of `17,2 och 28,5`, `12 %` of `8–12 %`, `EUR 2` of `EUR 2–3
/// billion`).
fn written_bound(surface: &str, upper: bool) -> Option<&str> {
    let digit = |text: &str| text.bytes().any(|b| b.is_ascii_digit());
    // A word of letters alone between two parts with figures (` och `, ` to `), the last.
    let mut joint = None;
    let mut at = 0;
    for word in surface.split(' ') {
        let end = at + word.len();
        if !word.is_empty()
            && word.chars().all(char::is_alphabetic)
            && digit(&surface[..at])
            && digit(&surface[end..])
        {
            joint = Some((at, end));
        }
        at = end + 1;
    }
    // Else a dash between two figures.
    let joint = joint.or_else(|| {
        surface.char_indices().find_map(|(at, c)| {
            let end = at + c.len_utf8();
            (matches!(c, '-' | '\u{2010}'..='\u{2015}' | '\u{2212}')
                && digit(&surface[..at])
                && digit(&surface[end..]))
            .then_some((at, end))
        })
    })?;
    let part = if upper { &surface[joint.1..] } else { &surface[..joint.0] };
    let part = part.trim_matches([' ', '\u{a0}', '\u{202f}']);
    (!part.is_empty()).then_some(part)
}

/// Flags equal values of `kind` whose secondary detail differs (an OJ page range given on
/// one side and the first page on the other), as information.
pub(crate) fn detail_differs(
    ctx: &PairCtx,
    kind: ValueKind,
    noun: &str,
    rule: &Rule,
    out: &mut Vec<Finding>,
) {
    let input = ctx.input;
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        if src_value.kind != kind || src_value.detail == tgt_value.detail {
            continue;
        }
        let show = |d: &Option<String>| d.clone().unwrap_or_else(|| "none".to_string());
        let message = format!(
            "{noun} `{}` in source is `{}` in target: the same reference, pages {} and {}",
            input.surface(Side::Source, s),
            input.surface(Side::Target, t),
            show(&src_value.detail),
            show(&tgt_value.detail)
        );
        let mut f = value_pair_finding(ctx, rule, message, (s, t), &["detail", &src_value.key]);
        f.severity = Severity::Info;
        out.push(f);
    }
}

/// A finding of `rule` on the target value `t`, with the source value `s` beside it; `key`
/// names what differs, and the letters around the target value complete the fingerprint.
pub(crate) fn value_pair_finding(
    ctx: &PairCtx,
    rule: &Rule,
    message: String,
    (s, t): (ValueRef, ValueRef),
    key: &[&str],
) -> Finding {
    let input = ctx.input;
    let context = context_letters(ctx, Side::Target, t);
    let mut parts = key.to_vec();
    parts.push(&context);
    finding(
        rule,
        message,
        input.value_location(Side::Target, t),
        Some(input.value_location(Side::Source, s)),
        Some(ctx.bead_idx),
        &parts,
    )
}

/// [`value_pair_finding`] as a warning.
pub(crate) fn value_pair_warning(
    ctx: &PairCtx,
    rule: &Rule,
    message: String,
    pair: (ValueRef, ValueRef),
    key: &[&str],
) -> Finding {
    let mut f = value_pair_finding(ctx, rule, message, pair, key);
    f.severity = Severity::Warning;
    f
}

/// Flags values of `kind` present on one side only.
pub(crate) fn missing(ctx: &PairCtx, kind: ValueKind, noun: &str, rule: &Rule, out: &mut Vec<Finding>) {
    let input = ctx.input;
    // A block with no counterpart at all is one `paragraph-unaligned` finding, not one per value.
    if ctx.bead.src.is_empty() || ctx.bead.tgt.is_empty() {
        return;
    }
    for (side, refs) in [(Side::Source, &ctx.matching.src_only), (Side::Target, &ctx.matching.tgt_only)] {
        for &r in refs {
            let value = input.value(side, r);
            if value.kind != kind {
                continue;
            }
            let written = input.surface(side, r);
            // A link is named by its address, not by its text (`[Eurostat](https://…)`), nor by
            // a shown address that is not its target (`[https://a.eu/x](https://a.eu/y)`).
            let shows_other = |written: &str| {
                !written
                    .chars()
                    .filter(|c| c.is_alphanumeric())
                    .eq(value.display.chars().filter(|c| c.is_alphanumeric()))
            };
            let surface = if kind == ValueKind::Url
                && ((!written.contains("://") && !written.contains("www.")) || shows_other(written))
            {
                value.display.as_str()
            } else {
                written
            };
            let (here, there) = match side {
                Side::Source => ("source", "target"),
                Side::Target => ("target", "source"),
            };
            let message = format!("{noun} `{surface}` in {here} has no counterpart in {there}");
            // The place to look on the other side: the aligned block (first one of the bead).
            let other_side = side.other();
            // A link whose target was lost in conversion (`[text](#)`) on the other side says
            // nothing about the address: do not compare.
            if kind == ValueKind::Url && has_lost_link(ctx, other_side) {
                continue;
            }
            let other_blocks = match other_side {
                Side::Source => &ctx.bead.src,
                Side::Target => &ctx.bead.tgt,
            };
            let secondary = other_blocks
                .first()
                .map(|&b| input.block_location(other_side, b, "no counterpart here".to_string()));
            let context = context_letters(ctx, side, r);
            let mut f = finding(
                rule,
                message,
                input.value_location(side, r),
                secondary,
                Some(ctx.bead_idx),
                &[here, &value.key, &context],
            );
            // A value written in words is found with less certainty than one in figures, and
            // ordinals and fractions are often rephrased (`the 2nd conference`, `den andra konferensen`).
            let weak = matches!(kind, ValueKind::Number | ValueKind::Date)
                && (!written.chars().any(|c| c.is_ascii_digit()) || matches!(value.shape(), "ord" | "frac"));
            if weak {
                f.severity = Severity::Info;
            }
            // The other version may cite the same act another way (an ELI or OJ link).
            if let Some(act) = value.act_id() {
                if let Some(other) = same_act_elsewhere(ctx, other_side, &act) {
                    f.severity = Severity::Info;
                    f.notes.push(format!("the {there} cites the same act as `{other}`"));
                } else if let Some((other, other_act)) = other_act_of_year(ctx, side, &act) {
                    // The other version links to an act of the same year that this version
                    // does not name: most likely the same act with a mistyped number.
                    f.notes.push(format!(
                        "the {there} links to act {other_act} of the same year (`{other}`), which the {here} does not name"
                    ));
                }
            }
            // Keep the target first when both exist, so `primary` is where the translator edits.
            if side == Side::Source
                && let Some(sec) = f.secondary.take()
            {
                let primary = std::mem::replace(&mut f.primary, sec);
                f.secondary = Some(primary);
            }
            out.push(f);
        }
    }
}

/// A value of the other side of the bead that points to the act `act`, as written.
fn same_act_elsewhere(ctx: &PairCtx, side: Side, act: &str) -> Option<String> {
    let (blocks, values) = match side {
        Side::Source => (&ctx.bead.src, ctx.input.src_values),
        Side::Target => (&ctx.bead.tgt, ctx.input.tgt_values),
    };
    blocks.iter().find_map(|&b| {
        let i = values.get(b)?.iter().position(|v| v.act_id().as_deref() == Some(act))?;
        Some(ctx.input.surface(side, (b, i)).to_string())
    })
}

/// An act of the same year as `act` that the other side of the bead cites in a form other
/// than an act reference (a link, an ELI, a CELEX number) and that `side` does not name in
/// an act reference: the surface on the other side and the act's `YYYY/N`.
fn other_act_of_year(ctx: &PairCtx, side: Side, act: &str) -> Option<(String, String)> {
    let year = act.split('/').next()?;
    let values_of = |side: Side| {
        let (blocks, values) = match side {
            Side::Source => (&ctx.bead.src, ctx.input.src_values),
            Side::Target => (&ctx.bead.tgt, ctx.input.tgt_values),
        };
        blocks.iter().flat_map(move |&b| {
            values.get(b).into_iter().flatten().enumerate().map(move |(i, v)| ((b, i), v))
        })
    };
    // Acts this side names in words; a link of this side may repeat the other side's link.
    let cited_here: Vec<String> =
        values_of(side).filter(|(_, v)| v.key.starts_with("act:")).filter_map(|(_, v)| v.act_id()).collect();
    let mut candidates = values_of(side.other()).filter_map(|(r, v)| {
        let other_act = v.act_id()?;
        let differs = other_act != act && other_act.split('/').next() == Some(year);
        let linked = !v.key.starts_with("act:");
        (differs && linked && !cited_here.contains(&other_act)).then_some((r, other_act))
    });
    let (r, other_act) = candidates.next()?;
    // Two such acts would make the guess a coin toss.
    if candidates.next().is_some() {
        return None;
    }
    Some((ctx.input.surface(side.other(), r).to_string(), other_act))
}

/// Two long values cut down to where they differ, with some context, so that a translator
/// sees the difference in the message: `…africa-mprrr-ssa_en` and `…africa-mprp-ssa_sv`.
pub(crate) fn shorten_pair<'a>(
    a: &'a str,
    b: &'a str,
) -> (std::borrow::Cow<'a, str>, std::borrow::Cow<'a, str>) {
    const LONG: usize = 60;
    const CONTEXT: usize = 24;
    if a.chars().count() <= LONG && b.chars().count() <= LONG {
        return (a.into(), b.into());
    }
    let prefix = a.chars().zip(b.chars()).take_while(|(x, y)| x == y).count();
    let (a_rest, b_rest): (Vec<char>, Vec<char>) =
        (a.chars().skip(prefix).collect(), b.chars().skip(prefix).collect());
    let suffix = a_rest.iter().rev().zip(b_rest.iter().rev()).take_while(|(x, y)| x == y).count();
    let cut = |s: &str, rest: &[char]| -> String {
        let chars: Vec<char> = s.chars().collect();
        let start = prefix.saturating_sub(CONTEXT);
        let end = (prefix + rest.len() - suffix + CONTEXT).min(chars.len());
        let mut out = String::new();
        if start > 0 {
            out.push('…');
        }
        out.extend(&chars[start..end]);
        if end < chars.len() {
            out.push('…');
        }
        out
    };
    (cut(a, &a_rest).into(), cut(b, &b_rest).into())
}

/// Whether the bead's blocks on `side` hold a link whose target was lost (`[text](#)`).
fn has_lost_link(ctx: &PairCtx, side: Side) -> bool {
    let blocks = match side {
        Side::Source => &ctx.bead.src,
        Side::Target => &ctx.bead.tgt,
    };
    let doc = ctx.input.doc(side);
    blocks.iter().flat_map(|&b| &doc.blocks[b].inlines).any(|i| {
        matches!(i, crate::document::Inline::Link { url, .. } if url.trim().is_empty() || url.trim() == "#")
    })
}

/// Letters of the text around a value, for a fingerprint that survives moves and renumbering.
fn context_letters(ctx: &PairCtx, side: Side, (block, idx): ValueRef) -> String {
    let doc = ctx.input.doc(side);
    let text = &doc.blocks[block].text;
    let value = ctx.input.value(side, (block, idx));
    let start = floor_char(text, value.span.start.saturating_sub(60));
    let end = floor_char(text, (value.span.end + 60).min(text.len()));
    letters(text.get(start..end).unwrap_or(""))
}

fn floor_char(text: &str, mut i: usize) -> usize {
    while i > 0 && !text.is_char_boundary(i) {
        i -= 1;
    }
    i
}

/// The values of `side` whose key starts with `prefix` that stand in the sentences of one
/// sentence bead.
pub(crate) fn sentence_values(
    ctx: &PairCtx,
    side: Side,
    sentences: &[(usize, std::ops::Range<usize>)],
    prefix: &str,
) -> Vec<ValueRef> {
    let values = match side {
        Side::Source => ctx.input.src_values,
        Side::Target => ctx.input.tgt_values,
    };
    sentences
        .iter()
        .flat_map(|(block, range)| {
            values.get(*block).into_iter().flatten().enumerate().filter_map(move |(i, v)| {
                (v.key.starts_with(prefix) && range.start <= v.span.start && v.span.start < range.end)
                    .then_some((*block, i))
            })
        })
        .collect()
}

/// Flags one value of `kind` that is a limit of opposite directions on the two sides, where a
/// relation word or symbol stands around it in both: a figure (`at least 30 %` against `högst
/// 30 %`, `p < 0.01` against `p > 0,01`; strict and non-strict relations of one direction are
/// one direction here, `more than 20` and `minst 20`, whose relations `number-mismatch` compares)
/// or a day (`on or after 1 June 2025` against `den 1 juni
/// 2025 eller tidigare`; a day that ends a period with or without itself is one direction,
/// `before 1 July` and `till och med den 1 juli`). Where the value stands twice in the passage,
/// a crossing of the two (`less than 1 year … equal to or greater than 1 year`, paired the other
/// way round) is no finding; a bound reversed beside another of the same figure that both
/// versions bound alike is (`more than 5 pp … 5 pp or less` against `mer än fem … minst fem
/// procentenheter`).
pub(crate) fn bounds_differ(ctx: &PairCtx, kind: ValueKind, noun: &str, rule: &Rule, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let equal = &ctx.matching.equal;
    for &(s, t) in equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let (Some(src_bound), Some(tgt_bound)) = (src_value.bound, tgt_value.bound) else { continue };
        if !src_bound.contradicts(tgt_bound) || src_value.kind != kind || tgt_value.kind != kind {
            continue;
        }
        let (src_bound, tgt_bound) = (src_bound.direction(), tgt_bound.direction());
        // Another writing of the value paired the other way round: its target holds the
        // source's direction here, or its source the target's, and its other side another or
        // none read (`less than 1 year … 1 year or more`, crossed). A writing alike on both
        // sides is no partner: beside it, a reversed bound is one (`more than 5 pp … 5 pp or
        // less` against `mer än fem … minst fem procentenheter`).
        let direction = |value: &crate::values::Value| value.bound.map(crate::values::Bound::direction);
        let crossed = equal.iter().any(|&(s2, t2)| {
            let other_src = direction(input.value(Side::Source, s2));
            let other_tgt = direction(input.value(Side::Target, t2));
            (s2, t2) != (s, t)
                && input.value(Side::Source, s2).key == src_value.key
                && (other_tgt == Some(src_bound) && other_src != Some(src_bound)
                    || other_src == Some(tgt_bound) && other_tgt != Some(tgt_bound))
        });
        if crossed {
            continue;
        }
        let message = format!(
            "{noun} `{}` is {} in source and {} in target",
            input.surface(Side::Source, s),
            src_bound.name(),
            tgt_bound.name()
        );
        let key = ["bound", src_value.key.as_str(), src_bound.name(), tgt_bound.name()];
        out.push(value_pair_finding(ctx, rule, message, (s, t), &key));
    }
}

#[cfg(test)]
mod tests {
    use super::shorten_pair;

    #[test]
    fn long_values_are_cut_to_their_difference() {
        let a = "https://example.europa.eu/policies/programming/projects/programme-sub-saharan-africa-mprrr-ssa_en";
        let b = "https://example.europa.eu/policies/programming/projects/programme-sub-saharan-africa-mprp-ssa_sv";
        let (x, y) = shorten_pair(a, b);
        assert_eq!(x, "…e-sub-saharan-africa-mprrr-ssa_en");
        assert_eq!(y, "…e-sub-saharan-africa-mprp-ssa_sv");
        assert_eq!(shorten_pair("26%", "36 %"), ("26%".into(), "36 %".into()));
    }
}
