//! `number-mismatch`: a number that differs between the aligned passages.

use crate::check::context::{PairCtx, ValueRef, range_bounds, sentence_at};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::values::{Bound, ValueKind};

pub(crate) const RULE: Rule = Rule {
    name: "number-mismatch",
    category: Category::Numbers,
    default_severity: Severity::Error,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a number in the translation differs from the one in the same sentence of the original",
    explanation: include_str!("explain/number-mismatch.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    super::value_common::mismatch(ctx, ValueKind::Number, "number", &RULE, out);
    units_differ(ctx, out);
    points_for_percentage_points(ctx, out);
    units_left_in_place(ctx, out);
    periods_differ(ctx, out);
    period_dropped(ctx, out);
    super::value_common::bounds_differ(ctx, ValueKind::Number, "number", &RULE, out);
    relations_differ(ctx, out);
    signs_differ(ctx, out);
    changes_differ(ctx, out);
    change_forms_differ(ctx, out);
}

/// Flags one figure written with a plus sign on one side and with both signs on the other
/// (`a tolerance of ±5 °C` against `en tolerans på +5 °C`): a margin either way is not one
/// upward. A figure with no sign written is not compared.
fn signs_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let (Some(src_sign), Some(tgt_sign)) = (src_value.sign, tgt_value.sign) else { continue };
        if src_sign == tgt_sign || src_value.kind != ValueKind::Number || tgt_value.kind != ValueKind::Number
        {
            continue;
        }
        let message = format!(
            "number `{}` is signed `{}` in source and `{}` in target",
            input.surface(Side::Source, s),
            src_sign.symbol(),
            tgt_sign.symbol()
        );
        let key = ["sign", src_value.key.as_str(), src_sign.symbol(), tgt_sign.symbol()];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &key));
    }
}

/// Flags one figure that relation words of the same direction, or of none, hold to different
/// limits on the two sides: a strict bound against an inclusive one (`more than 50%` against
/// `minst 50 %`), or a figure given roughly against a bound (`about EUR 3,900` against `över
/// 3 900 euro`). A near bound (`almost`, `knappt`, `drygt`) is alike to every other relation,
/// and bounds of opposite directions are reported as such ([`super::value_common::bounds_differ`]).
/// Where the figure stands twice in the passage, a crossing of the two is no finding.
fn relations_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let equal = &ctx.matching.equal;
    for &(s, t) in equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let (Some(src_relation), Some(tgt_relation)) = (src_value.relation, tgt_value.relation) else {
            continue;
        };
        let directions = (src_value.bound.map(Bound::direction), tgt_value.bound.map(Bound::direction));
        if let (Some(src_bound), Some(tgt_bound)) = directions
            && src_bound != tgt_bound
        {
            continue;
        }
        if src_value.kind != ValueKind::Number
            || tgt_value.kind != ValueKind::Number
            || !src_relation.differs_from(tgt_relation)
        {
            continue;
        }
        let crossed = equal.iter().any(|&(s2, t2)| {
            (s2, t2) != (s, t)
                && input.value(Side::Source, s2).key == src_value.key
                && (input.value(Side::Target, t2).relation == Some(src_relation)
                    || input.value(Side::Source, s2).relation == Some(tgt_relation))
        });
        if crossed {
            continue;
        }
        let (src_name, tgt_name) = (src_relation.name(src_value.bound), tgt_relation.name(tgt_value.bound));
        let message = format!(
            "number `{}` is {src_name} in source and {tgt_name} in target",
            input.surface(Side::Source, s)
        );
        let key = ["relation", src_value.key.as_str(), src_name.as_str(), tgt_name.as_str()];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &key));
    }
}

/// Flags one figure that measures changes of opposite directions on the two sides (`a fall of
/// 16.4%` against `en ökning med 16,4 %`, `1.4% more` against `1,4 % mindre`, `17 days shorter
/// than the target` against `17 dagar längre än målet`, `increased to 5.38%` against `sänks
/// till 5,38 %`), where a word of change or a comparative names one in both. Where the figure stands twice in the passage, a crossing of
/// the two (`rose by 2% … fell by 2%`, given in the other order) is no finding, and so is a
/// comparison turned around ([`comparison_turned`]).
fn changes_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let equal = &ctx.matching.equal;
    for &(s, t) in equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let (Some(src_change), Some(tgt_change)) = (src_value.change, tgt_value.change) else { continue };
        // A change and the level it reaches that go the same way are alike here: which of
        // the two a figure is, `change_forms_differ` compares.
        let (src_direction, tgt_direction) = (src_change.direction(), tgt_change.direction());
        if src_direction == tgt_direction {
            continue;
        }
        let direction = |value: &crate::values::Value| value.change.map(crate::values::Change::direction);
        let crossed = equal.iter().any(|&(s2, t2)| {
            (s2, t2) != (s, t)
                && input.value(Side::Source, s2).key == src_value.key
                && (direction(input.value(Side::Target, t2)) == Some(src_direction)
                    || direction(input.value(Side::Source, s2)) == Some(tgt_direction))
        });
        if crossed || comparison_turned(ctx, s, t) {
            continue;
        }
        let message = format!(
            "number `{}` is {} in source and {} in target",
            input.surface(Side::Source, s),
            src_change.name(),
            tgt_change.name()
        );
        let key = ["change", src_value.key.as_str(), src_change.name(), tgt_change.name()];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &key));
    }
}

/// Flags one figure that a verb of change gives as the level reached on one side and as the
/// amount of the change on the other (`extended to 19 hours` against `förlängas med 19
/// timmar`, `reduced by 5%` against `minskas till 5 %`): a new total and an increment are two
/// figures. Where the figure stands twice in the passage, a crossing of the two is no finding.
/// So is a range of two figures that `from` opens on one side (`has risen from 14% to 37%`,
/// the level the change starts from and the one it reaches) and the amount word of a verb of
/// change on the other (`har ökat med 14 % till 37 %`: the step and the level reached, or a
/// range of steps, `could rise by 63 cm to 101 cm`): either reading of the second is no
/// change from the first figure.
fn change_forms_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    use crate::values::ChangeRole;
    let input = ctx.input;
    let equal = &ctx.matching.equal;
    // `ranges`: both values of the pair are ranges.
    let form = |side: Side, r: ValueRef, ranges: bool| {
        let value = input.value(side, r);
        if value.kind != ValueKind::Number {
            return None;
        }
        let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
        if ranges {
            return crate::values::change_role(text, value.span.start, input.lang(side))
                .filter(|role| matches!(role, ChangeRole::Origin | ChangeRole::Amount));
        }
        crate::values::change_form(text, value.span.start, input.lang(side))
    };
    let name = |role: ChangeRole| match role {
        ChangeRole::Amount => "the amount of a change",
        ChangeRole::Origin => "the level a change starts from",
        ChangeRole::End => "the level a change reaches",
    };
    let ranges = |s: ValueRef, t: ValueRef| {
        input.value(Side::Source, s).key.contains("-range:")
            && input.value(Side::Target, t).key.contains("-range:")
    };
    for &(s, t) in equal {
        let both = ranges(s, t);
        let (Some(src_form), Some(tgt_form)) = (form(Side::Source, s, both), form(Side::Target, t, both))
        else {
            continue;
        };
        if src_form == tgt_form {
            continue;
        }
        let key = &input.value(Side::Source, s).key;
        let crossed = equal.iter().any(|&(s2, t2)| {
            let both = ranges(s2, t2);
            (s2, t2) != (s, t)
                && input.value(Side::Source, s2).key == *key
                && (form(Side::Target, t2, both) == Some(src_form)
                    || form(Side::Source, s2, both) == Some(tgt_form))
        });
        if crossed {
            continue;
        }
        let message = format!(
            "number `{}` is {} in source and {} in target",
            input.surface(Side::Source, s),
            name(src_form),
            name(tgt_form)
        );
        let finding_key = ["change-form", key.as_str(), name(src_form), name(tgt_form)];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &finding_key));
    }
}

/// Whether the two things a difference compares trade places between the versions: the
/// first value after the figure in its sentence on one side, the reference (`17 days shorter
/// than the target of 245 days`), stands before it on the other (`målet på 245 dagar är 17
/// dagar längre än genomsnittet på 228 dagar`). `X is 17 days shorter than Y` is `Y is 17 days
/// longer than X`; where no value marks the reference, the turn cannot be seen, and the
/// directions are compared. A verb that compares its object puts the reference before the
/// figure, as the last value before it (`exceeded the 2019 level by 1.8%` = `låg 1,8 % över
/// 2019 års nivå`), after the verb's subject: there the comparison is turned where the other
/// side's reference is not that value.
fn comparison_turned(ctx: &PairCtx, s: ValueRef, t: ValueRef) -> bool {
    let input = ctx.input;
    let object_compared = |side: Side, (block, idx): ValueRef| {
        let text = input.doc(side).blocks.get(block).map_or("", |block| block.text.as_str());
        crate::values::object_compared(text, input.value(side, (block, idx)), input.lang(side))
    };
    let reference = |side: Side, r: ValueRef| {
        if object_compared(side, r) { last_before(ctx, side, r) } else { first_after(ctx, side, r) }
    };
    let turned = |side: Side, r: ValueRef, counterpart: ValueRef| {
        let next = reference(side, r)?;
        // A figure of a change of its own is no reference but the next change of a list
        // (`fell by 1.0%, while gas prices rose by 0.8%`).
        if input.value(side, next).change.is_some() {
            return None;
        }
        let partner = ctx.matching.equal.iter().find_map(|&(src, tgt)| match side {
            Side::Source => (src == next).then_some(tgt),
            Side::Target => (tgt == next).then_some(src),
        })?;
        let other = side.other();
        // The other side's reference that holds the same value is the same reference, where
        // the value stands twice in the sentence and the pairing took its other writing
        // (`autumn 2024 forecast, real GDP contracted by 0.2% in 2024` = `höstprognos 2024
        // krympte real BNP med 0,2 % 2024`).
        if reference(other, counterpart)
            .is_some_and(|own| input.value(other, own).key == input.value(side, next).key)
        {
            return Some(false);
        }
        let starts = |r: ValueRef| (r.0, input.value(other, r).span.start);
        // Where the other side's verb compares its object, that object is the reference; both
        // the subject and the object stand before the figure there.
        Some(if object_compared(other, counterpart) {
            last_before(ctx, other, counterpart) != Some(partner)
        } else {
            starts(partner) < starts(counterpart)
        })
    };
    turned(Side::Source, s, t) == Some(true) || turned(Side::Target, t, s) == Some(true)
}

/// The value of `side` that stands last before the value `r` in its sentence.
fn last_before(ctx: &PairCtx, side: Side, (block, idx): ValueRef) -> Option<ValueRef> {
    let values = match side {
        Side::Source => ctx.input.src_values,
        Side::Target => ctx.input.tgt_values,
    };
    let values = values.get(block)?;
    let start = values.get(idx)?.span.start;
    let (sentence, _) = sentence_at(ctx.bead, side, block, start)?;
    values
        .iter()
        .enumerate()
        .filter(|(_, value)| value.span.end <= start)
        .max_by_key(|(_, value)| value.span.start)
        .filter(|(_, value)| {
            sentence_at(ctx.bead, side, block, value.span.start).is_some_and(|(own, _)| own == sentence)
        })
        .map(|(at, _)| (block, at))
}

/// The value of `side` that stands first after the value `r` in its sentence.
fn first_after(ctx: &PairCtx, side: Side, (block, idx): ValueRef) -> Option<ValueRef> {
    let values = match side {
        Side::Source => ctx.input.src_values,
        Side::Target => ctx.input.tgt_values,
    };
    let values = values.get(block)?;
    let end = values.get(idx)?.span.end;
    let (sentence, _) = sentence_at(ctx.bead, side, block, end.saturating_sub(1))?;
    values
        .iter()
        .enumerate()
        .filter(|(_, value)| value.span.start >= end)
        .min_by_key(|(_, value)| value.span.start)
        .filter(|(_, value)| {
            sentence_at(ctx.bead, side, block, value.span.start).is_some_and(|(own, _)| own == sentence)
        })
        .map(|(at, _)| (block, at))
}

/// Flags one figure that is a rate per different units of time on the two sides (`1 600
/// border crossings per second` against `1 600 gränspassager per minut`), where both name one.
fn periods_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let (Some(src_per), Some(tgt_per)) = (src_value.per, tgt_value.per) else { continue };
        // Any pair of figures: a range and its bound read apart too (`EUR 15 to EUR 30 per
        // vehicle per month`, `15–30 euro per fordon och månad`).
        if src_per == tgt_per || src_value.kind != ValueKind::Number || tgt_value.kind != ValueKind::Number {
            continue;
        }
        // Units that differ already say so (`EUR 250 per month`: the unit `per month`).
        let units_differ = src_value.key == tgt_value.key
            && src_value.detail.is_some()
            && tgt_value.detail.is_some()
            && unit_base(src_value) != unit_base(tgt_value);
        if units_differ {
            continue;
        }
        let message = format!(
            "number `{}` is a rate per {src_per} in source and per {tgt_per} in target",
            input.surface(Side::Source, s)
        );
        let key = ["per", src_value.key.as_str(), src_per, tgt_per];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &key));
    }
}

/// Flags an amount of money, a share or a quantity of a unit of measure given per a period on
/// one side and with no period on the other (`EUR 23 billion a year` against `23 miljarder
/// euro`, `1.5 % of GDP per year` against `1,5 % av BNP totalt`, `1.2 Mt CO2 equivalent per
/// year` against `1,2 Mt koldioxidekvivalenter`): a yearly sum is not a sum once. The period
/// must be written right after the figure ([`crate::values::written_period`]), and the other
/// side must read no period or basis for the figure at all: a period carried by a word apart
/// from the figure (`annual revenue of EUR 750 million`, `för varje dags dröjsmål`) is read too
/// loosely to say it was dropped; the period written right after another figure of the
/// sentence is that figure's (`EUR 38–46 million per year, against one-off costs of EUR 92
/// million`). Only amounts, shares and measures are compared, whose period is their meaning;
/// the period of a count or of a length of time is often given by the sentence's other words.
fn period_dropped(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let written = |side: Side, (block, idx): ValueRef| {
        let value = input.value(side, (block, idx));
        let text = &input.doc(side).blocks[block].text;
        crate::values::written_period(text, value.span.end, input.lang(side))
    };
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let priced = |key: &str| key.starts_with("amount:") || key.starts_with("pct:");
        // A quantity of a unit of measure (`1.2 Mt CO2 equivalent per year`, `83 TWh per år`)
        // is a total or a rate as an amount is; a length of time is not (`15 working days a
        // year` = `15 arbetsdagar`, the sentence's other words giving the period).
        let measured = |value: &crate::values::Value| {
            value.detail.as_deref().is_some_and(|unit| !TIME_UNIT_NAMES.contains(&unit))
        };
        if src_value.key != tgt_value.key
            || !(priced(&src_value.key) || measured(src_value) && measured(tgt_value))
            || src_value.kind != ValueKind::Number
            || tgt_value.kind != ValueKind::Number
        {
            continue;
        }
        let (src_per, tgt_per) = match (src_value.per, tgt_value.per) {
            (Some(_), None) => match written(Side::Source, s) {
                Some(per) => (per, "no period"),
                None => continue,
            },
            (None, Some(_)) => match written(Side::Target, t) {
                Some(per) => ("no period", per),
                None => continue,
            },
            _ => continue,
        };
        // The side without a period must write none for the figure: no `per` right after it
        // (`per dags dröjsmål` for `per day of delay`), and no word of the period in its
        // sentence.
        let (bare_side, bare) = if src_per == "no period" { (Side::Source, s) } else { (Side::Target, t) };
        let period = if src_per == "no period" { tgt_per } else { src_per };
        let bare_text = &input.doc(bare_side).blocks[bare.0].text;
        let bare_value = input.value(bare_side, bare);
        let per_after = bare_text.get(bare_value.span.end..).is_some_and(|rest| {
            let word = rest.trim_start().split(|c: char| !c.is_alphabetic()).next().unwrap_or("");
            crate::values::tables::table(input.lang(bare_side))
                .figure_per_words
                .iter()
                .any(|per| per.eq_ignore_ascii_case(word))
        });
        let range = sentence_at(ctx.bead, bare_side, bare.0, bare_value.span.start)
            .map_or(0..bare_text.len(), |(_, range)| range.clone());
        let sentence = bare_text.get(range.clone()).unwrap_or(bare_text);
        let sentence = own_periods_masked(input, bare_side, bare, sentence, range.start);
        if per_after || crate::values::names_period(&sentence, period, input.lang(bare_side)) {
            continue;
        }
        let given = |per: &str| if per == "no period" { per.to_string() } else { format!("per {per}") };
        let message = format!(
            "number `{}` is given {} in source and {} in target",
            input.surface(Side::Source, s),
            given(src_per),
            given(tgt_per)
        );
        let key = ["per", src_value.key.as_str(), src_per, tgt_per];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &key));
    }
}

/// The units of time a figure may count, whose period the check of a dropped period leaves to
/// the sentence's other words.
const TIME_UNIT_NAMES: [&str; 9] =
    ["second", "minute", "hour", "day", "week", "month", "year", "decade", "workday"];

/// The sentence starting at byte `offset` of the block of the figure `bare`, with the words of
/// the period written right after each other figure blanked (`EUR 38–46 million per year,
/// against one-off costs of EUR 92 million`): they give that figure's period, not the bare
/// one's. A period written once after the last figure of a list that holds the bare figure
/// (`EUR 10 million and EUR 20 million a year`, `10 respektive 20 miljoner euro per år`) is
/// the list's, kept.
fn own_periods_masked(
    input: &crate::check::context::Input<'_>,
    side: Side,
    bare: ValueRef,
    sentence: &str,
    offset: usize,
) -> String {
    let text = &input.doc(side).blocks[bare.0].text;
    let lang = input.lang(side);
    let all = if side == Side::Source { input.src_values } else { input.tgt_values };
    let values = all.get(bare.0).map_or(&[][..], Vec::as_slice);
    let Some(bare_value) = values.get(bare.1) else { return sentence.to_string() };
    let mut masked = sentence.to_string();
    // The end of the list the bare figure opens or goes on: figures joined by a list word, a
    // comma or a currency's word only (`and EUR`, `respektive`).
    let mut list_end = bare_value.span.end;
    for value in values.iter().skip(bare.1 + 1) {
        let Some(gap) = text.get(list_end.min(value.span.start)..value.span.start) else { break };
        let words: Vec<&str> = gap.split_whitespace().collect();
        let joined = gap.len() <= 24
            && !gap.contains(|c: char| c.is_ascii_digit() || matches!(c, '.' | ';' | ':'))
            && words.len() <= 3
            && (gap.trim().is_empty()
                || words
                    .iter()
                    .any(|word| super::number_swapped::list_joint(word.trim_end_matches(','), lang))
                || gap.contains(','));
        if !joined {
            break;
        }
        list_end = list_end.max(value.span.end);
    }
    for (index, value) in values.iter().enumerate() {
        if index == bare.1 || value.span.end < offset || value.span.end > offset + sentence.len() {
            continue;
        }
        // The period of the list that holds the bare figure is its too.
        if value.span.end >= bare_value.span.end && value.span.end <= list_end {
            continue;
        }
        if let Some((_, end)) = crate::values::written_period_span(text, value.span.end, lang) {
            let (from, to) = (value.span.end - offset, end.saturating_sub(offset).min(masked.len()));
            if from < to && masked.is_char_boundary(from) && masked.is_char_boundary(to) {
                masked.replace_range(from..to, &" ".repeat(to - from));
            }
        }
    }
    masked
}

/// Flags one figure that counts different units on the two sides (`within seven days`
/// against `inom sju veckor`, `1,200 MW` against `1 200 kW`), where both name a unit. The
/// figures of one value pair by value, not by unit: a figure written twice with two units
/// (`7 days … 7 years`) is reported only when the units of its writings differ as a whole.
/// Figures paired as one length in other units (`12 months`, `ett år`) are not compared. A
/// range and its bounds read apart on the other side compare the unit after the upper bound,
/// which counts both (`5 to 10 km` against `5–10 m`).
fn units_differ(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let unit_pairs: Vec<_> = ctx
        .matching
        .equal
        .iter()
        .filter_map(|&(s, t)| {
            let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
            let (Some(src_unit), Some(tgt_unit)) = (&src_value.detail, &tgt_value.detail) else {
                return None;
            };
            // Figures of other keys paired as one length (`48 hours`, `två dygn`) differ in unit by
            // design.
            let same = src_value.key == tgt_value.key
                || upper_bound(&src_value.key, &tgt_value.key)
                || upper_bound(&tgt_value.key, &src_value.key);
            (src_value.kind == ValueKind::Number && tgt_value.kind == ValueKind::Number && same)
                .then_some((s, t, src_value, src_unit, tgt_unit))
        })
        .collect();
    for &(s, t, src_value, src_unit, tgt_unit) in &unit_pairs {
        let tgt_value = input.value(Side::Target, t);
        // Rates per two periods are compared by their periods (`1 g/h` against `1 g/d`).
        let both_rates = src_value.per.is_some() && tgt_value.per.is_some();
        if same_unit(src_unit, tgt_unit, tgt_value.per)
            || same_unit(tgt_unit, src_unit, src_value.per)
            || (both_rates && unit_base(src_value) == unit_base(tgt_value))
        {
            continue;
        }
        // The units of every writing of this figure on each side, in order.
        let units_of = |side: Side| {
            let mut units: Vec<&String> = unit_pairs
                .iter()
                .filter(|other| other.2.key == src_value.key)
                .map(|other| if side == Side::Source { other.3 } else { other.4 })
                .collect();
            units.sort();
            units
        };
        if units_of(Side::Source) == units_of(Side::Target) {
            continue;
        }
        let message = format!(
            "number `{}` counts {} in source and {} in target",
            input.surface(Side::Source, s),
            unit_name(src_unit),
            unit_name(tgt_unit)
        );
        let key = ["unit", src_value.key.as_str(), src_unit.as_str(), tgt_unit.as_str()];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &key));
    }
}

/// Flags a figure in percentage points on one side (`0.4 percentage points`, `pp:0.4`) paired
/// with the same figure in points of a score on the other (`0,4 poäng`, `num:0.4` counting
/// `point`): a difference of shares is no difference of index scores. A bare figure (`0.4
/// points`, which English writes for percentage points too) is no unit and no finding.
fn points_for_percentage_points(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    for &(s, t) in &ctx.matching.equal {
        let (src_value, tgt_value) = (input.value(Side::Source, s), input.value(Side::Target, t));
        let percentage_points = |points: &crate::values::Value, other: &crate::values::Value| {
            points.detail.is_none()
                && other.detail.as_deref() == Some("point")
                && points.key.strip_prefix("pp:").is_some_and(|n| other.key.strip_prefix("num:") == Some(n))
        };
        let (src_unit, tgt_unit) = if percentage_points(src_value, tgt_value) {
            ("percentage points", "points")
        } else if percentage_points(tgt_value, src_value) {
            ("points", "percentage points")
        } else {
            continue;
        };
        let message = format!(
            "number `{}` counts {src_unit} in source and {tgt_unit} in target",
            input.surface(Side::Source, s)
        );
        let key = ["unit", src_value.key.as_str(), src_unit, tgt_unit];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s, t), &key));
    }
}

/// The unit of `value` without the period of its rate written after a slash (`km` of `km/hour`
/// with the period `hour`).
fn unit_base(value: &crate::values::Value) -> Option<&str> {
    let unit = value.detail.as_deref()?;
    Some(
        value
            .per
            .and_then(|per| unit.strip_suffix(per).and_then(|head| head.strip_suffix('/')))
            .unwrap_or(unit),
    )
}

/// Whether the unit `unit` is `other`, a rate per the period `per` given apart (`km/hour`, the
/// unit of `90 km/h`, and `km` with the period `hour`, of `90 kilometres per hour`), or `other`
/// qualified (`MWe` of `MW`, see [`crate::values::tables::QUALIFIED_UNITS`]).
fn same_unit(unit: &str, other: &str, per: Option<&str>) -> bool {
    // A degree sign alone, an angle's, may be a temperature's written loosely (`20°`).
    unit == other
        || unit == "°" && other.starts_with('°')
        || crate::values::tables::QUALIFIED_UNITS.contains(&(unit, other))
        || per
            .is_some_and(|per| unit.strip_suffix(per).and_then(|head| head.strip_suffix('/')) == Some(other))
}

/// Flags two figures of one sentence that traded places while the unit stayed where it was
/// (`4. … at most 60 minutes` against `60. … högst 4 minuter`): each figure pairs with its
/// equal on the other side, but the one that counts a unit in the source counts none in the
/// target, and the other, bare in the source, counts that unit in the target, standing where
/// the first stood. A unit written once for two figures in other places (`from 300 mg/l to
/// 250` against `från 300 till 250 mg/l`) keeps the figures' order and is no finding.
fn units_left_in_place(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let sentence = |side: Side, r: ValueRef| {
        sentence_at(ctx.bead, side, r.0, input.value(side, r).span.start).map(|(i, _)| i)
    };
    // The figures paired as equal, with the sentence of each side, found once.
    let numbers: Vec<(ValueRef, ValueRef, Option<usize>, Option<usize>)> = ctx
        .matching
        .equal
        .iter()
        .filter(|&&(s, t)| {
            input.value(Side::Source, s).kind == ValueKind::Number
                && input.value(Side::Target, t).kind == ValueKind::Number
        })
        .map(|&(s, t)| (s, t, sentence(Side::Source, s), sentence(Side::Target, t)))
        .collect();
    let key = |side: Side, r: ValueRef| input.value(side, r).key.as_str();
    let before = |side: Side, a: ValueRef, b: ValueRef| {
        (a.0, input.value(side, a).span.start) < (b.0, input.value(side, b).span.start)
    };
    // Both figures firm, written alike (not one figure written two ways) and once in their
    // sentence on each side: a figure written twice may pair with either writing.
    let firm_and_once =
        |&(s, t, src_sentence, tgt_sentence): &(ValueRef, ValueRef, Option<usize>, Option<usize>)| {
            !input.value(Side::Source, s).optional
                && !input.value(Side::Target, t).optional
                && key(Side::Source, s) == key(Side::Target, t)
                && numbers
                    .iter()
                    .filter(|other| {
                        other.2 == src_sentence && key(Side::Source, other.0) == key(Side::Source, s)
                    })
                    .count()
                    == 1
                && numbers
                    .iter()
                    .filter(|other| {
                        other.3 == tgt_sentence && key(Side::Target, other.1) == key(Side::Target, t)
                    })
                    .count()
                    == 1
        };
    for first in &numbers {
        let &(s1, t1, src_sentence, tgt_sentence) = first;
        let (src1, tgt1) = (input.value(Side::Source, s1), input.value(Side::Target, t1));
        let (Some(unit), None) = (&src1.detail, &tgt1.detail) else { continue };
        if src_sentence.is_none() || tgt_sentence.is_none() || !firm_and_once(first) {
            continue;
        }
        let Some(&(s2, t2, _, _)) = numbers.iter().find(|second| {
            let &(s2, t2, src_sentence2, tgt_sentence2) = *second;
            let (src2, tgt2) = (input.value(Side::Source, s2), input.value(Side::Target, t2));
            src2.key != src1.key
                && src2.detail.is_none()
                && tgt2.detail.as_ref() == Some(unit)
                && src_sentence2 == src_sentence
                && tgt_sentence2 == tgt_sentence
                && before(Side::Source, s1, s2) != before(Side::Target, t1, t2)
                && firm_and_once(second)
        }) else {
            continue;
        };
        let message = format!(
            "number `{}` in source is `{}` in target",
            input.surface(Side::Source, s1),
            input.surface(Side::Target, t2)
        );
        let fingerprint = ["unit-left", src1.key.as_str(), key(Side::Source, s2), unit.as_str()];
        out.push(super::value_common::value_pair_finding(ctx, &RULE, message, (s1, t2), &fingerprint));
    }
}

/// Whether `bound` is the upper bound of the range `range` (`num:10` of `num-range:5..10`).
fn upper_bound(range: &str, bound: &str) -> bool {
    range.contains("-range:") && range_bounds(range).is_some_and(|(_, high)| high == bound)
}

/// How a message names a unit: time units in the plural (`days`), symbols as written (`MW`).
pub(crate) fn unit_name(unit: &str) -> String {
    match unit {
        "second" | "minute" | "hour" | "day" | "week" | "month" | "year" | "decade" | "bit" | "byte" => {
            format!("{unit}s")
        }
        "workday" => "working days".to_string(),
        "person-year" => "person-years".to_string(),
        "person" => "persons".to_string(),
        "point" => "points".to_string(),
        // The Scandinavian mile, which a reader may take for a mile.
        "mil" => "mil (10 km)".to_string(),
        "per mil" => "per mil (10 km)".to_string(),
        // A weight on a basis (see `WEIGHT_BASES`), its basis in words.
        symbol => match symbol.rsplit_once(' ') {
            Some((mass, "cw")) => format!("{mass} carcass weight"),
            Some((mass, "pw")) => format!("{mass} product weight"),
            Some((mass, "lw")) => format!("{mass} live weight"),
            _ => symbol.to_string(),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::same_unit;

    /// The findings of this rule on a pair of one-paragraph texts.
    fn findings(en: &str, sv: &str) -> Vec<String> {
        crate::check::context::tests::findings_of(super::RULE.name, en, sv)
    }

    #[test]
    fn a_new_total_against_an_increment() {
        let none: Vec<String> = Vec::new();
        let en = "In that case the journey time may be extended to 19 hours, with a rest of 1 hour.\n";
        let kept = "I så fall får transporttiden förlängas till 19 timmar, med en viloperiod på en timme.\n";
        assert_eq!(findings(en, kept), none);
        let by = "I så fall får transporttiden förlängas med 19 timmar, med en viloperiod på en timme.\n";
        assert_eq!(
            findings(en, by),
            ["number `19` is the level a change reaches in source and the amount of a change in target"]
        );
        let en = "The share shall be reduced by 5% each year.\n";
        assert_eq!(findings(en, "Andelen ska minskas med 5 % varje år.\n"), none);
        assert_eq!(
            findings(en, "Andelen ska minskas till 5 % varje år.\n"),
            ["number `5%` is the amount of a change in source and the level a change reaches in target"]
        );
        // A `with` or a `to` of no verb of change names no change: `med` is `with` here.
        let en = "It shall be compatible with 19 hours of travel.\n";
        assert_eq!(findings(en, "Den ska vara förenlig med 19 timmars resa.\n"), none);
        // Both readings of one figure in the passage, crossed in the translation.
        let en = "It rose by 5% in 2024 and rose to 5% in 2025.\n";
        assert_eq!(findings(en, "Den steg till 5 % 2025 och steg med 5 % 2024.\n"), none);
    }

    #[test]
    fn an_amount_or_a_share_whose_period_is_dropped() {
        let none: Vec<String> = Vec::new();
        let en = "Investment of EUR 23 billion a year is currently lacking.\n";
        assert_eq!(findings(en, "För närvarande saknas investeringar på 23 miljarder euro per år.\n"), none);
        assert_eq!(
            findings(en, "För närvarande saknas investeringar på 23 miljarder euro.\n"),
            ["number `EUR 23 billion` is given per year in source and no period in target"]
        );
        let en = "Deviations of up to 1.5 % of GDP per year are allowed.\n";
        assert_eq!(findings(en, "Avvikelser på upp till 1,5 % av BNP per år är tillåtna.\n"), none);
        assert_eq!(
            findings(en, "Avvikelser på upp till 1,5 % av BNP totalt är tillåtna.\n"),
            ["number `1.5 %` is given per year in source and no period in target"]
        );
        // A period added in the translation.
        let en = "The package is expected to save EUR 6.3 billion.\n";
        assert_eq!(
            findings(en, "Paketet väntas spara 6,3 miljarder euro per år.\n"),
            ["number `EUR 6.3 billion` is given no period in source and per year in target"]
        );
        // A period the sentence gives apart from the figure, a year of distance in time, or a
        // `per` of another noun after the figure, is no dropped one.
        let en = "Savings are estimated at EUR 265 million a year.\n";
        assert_eq!(findings(en, "De årliga besparingarna uppskattas till 265 miljoner euro.\n"), none);
        let en = "Repeated applications were 8 %, compared with 10 % a year earlier.\n";
        assert_eq!(findings(en, "Upprepade ansökningar var 8 %, jämfört med 10 % ett år tidigare.\n"), none);
        let en = "The penalty is EUR 10 000 per day of delay.\n";
        assert_eq!(findings(en, "Vitet är 10 000 euro per dags dröjsmål.\n"), none);
        // A count is not compared: its period is often carried by the sentence's other words.
        let en = "The office handled 40 cases a year.\n";
        assert_eq!(findings(en, "Kontoret handlade 40 ärenden.\n"), none);
        // Nor is a length of time.
        let en = "Staff are entitled to 15 working days a year.\n";
        assert_eq!(findings(en, "Personalen har rätt till 15 arbetsdagar.\n"), none);
    }

    #[test]
    fn the_period_of_another_figure_of_the_sentence_is_its_own() {
        let none: Vec<String> = Vec::new();
        let en = "It estimates the savings at EUR 38–46 million per year, against one-off costs of EUR 92 \
                  million.\n";
        let sv = "Den uppskattar besparingarna till 38–46 miljoner euro per år, mot engångskostnader på 92 \
                  miljoner euro.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("92 miljoner euro.", "92 miljoner euro per år.")),
            ["number `EUR 92 million` is given no period in source and per year in target"]
        );
        // One period written after the last figure of a list is each figure's.
        let en = "It costs EUR 10 million and EUR 20 million a year.\n";
        let sv = "Det kostar 10 miljoner euro per år och 20 miljoner euro per år.\n";
        assert_eq!(findings(en, sv), none);
        let en = "It costs EUR 10 million and 20 million respectively per year.\n";
        let sv = "Det kostar 10 miljoner euro per år respektive 20 miljoner euro per år.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn a_measure_whose_period_is_dropped() {
        let none: Vec<String> = Vec::new();
        let en = "The rescaling is expected to cut greenhouse gas emissions by 1.2 Mt per year.\n";
        let sv = "Omskalningen väntas minska utsläppen av växthusgaser med 1,2 Mt per år.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("1,2 Mt per år", "1,2 Mt")),
            ["number `1.2 Mt` is given per year in source and no period in target"]
        );
        // The period said another way, or by a word apart from the figure.
        let sv = "Omskalningen väntas minska utsläppen av växthusgaser med 1,2 Mt om året.\n";
        assert_eq!(findings(en, sv), none);
        let sv = "Omskalningen väntas årligen minska utsläppen av växthusgaser med 1,2 Mt.\n";
        assert_eq!(findings(en, sv), none);
        // A period added in the translation.
        let en = "The rescaling is expected to cut greenhouse gas emissions by 1.2 Mt.\n";
        assert_eq!(
            findings(en, "Omskalningen väntas minska utsläppen av växthusgaser med 1,2 Mt per år.\n"),
            ["number `1.2 Mt` is given no period in source and per year in target"]
        );
    }

    #[test]
    fn a_strict_bound_against_an_inclusive_one() {
        let none: Vec<String> = Vec::new();
        let en = "A candidate is elected if he or she obtains more than 50% of the valid votes cast.\n";
        let sv = "En kandidat väljs om han eller hon får mer än 50 % av de giltiga avgivna rösterna.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("mer än", "minst")),
            ["number `50%` is a strict lower bound in source and an inclusive lower bound in target"]
        );
        // Equality written out takes the figure in, as `minst` does.
        let en = "where it achieves a turnover equal to or above EUR 7.5 billion.\n";
        let sv = "om det har en omsättning på minst 7,5 miljarder euro.\n";
        assert_eq!(findings(en, sv), none);
        // A near bound is alike to either kind.
        let en = "The holder gains protection of slightly less than three months.\n";
        let sv = "Innehavaren får ett skydd på knappt tre månader.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("knappt", "drygt")),
            ["number `three` is an upper bound in source and a lower bound in target"]
        );
    }

    #[test]
    fn a_bound_reversed_beside_another_of_the_same_figure() {
        let none: Vec<String> = Vec::new();
        let en = "Where the level is more than 5 percentage points below the trajectory, the State shall \
                  report. Deviations of 5 percentage points or less do not trigger that procedure.\n";
        let sv = "Om nivån ligger mer än fem procentenheter under banan ska staten rapportera. Avvikelser på \
                  högst fem procentenheter utlöser inte detta förfarande.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("högst fem", "minst fem")),
            ["number `5 percentage points` is an upper bound in source and a lower bound in target"]
        );
        // Both bounds of the figure, crossed in the translation, are no finding.
        let en = "Maturities of less than 1 year and of 1 year or more are shown apart.\n";
        let sv = "Löptider på ett år eller längre och på kortare än ett år redovisas var för sig.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn a_comparative_of_the_other_direction() {
        let none: Vec<String> = Vec::new();
        let en =
            "The average time-to-grant was 228 days, 17 days shorter than the legal target of 245 days.\n";
        let sv = "Den genomsnittliga tiden var 228 dagar, dvs. 17 dagar kortare än det lagstadgade målet på \
                  245 dagar.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("kortare", "längre")),
            ["number `17` is a fall in source and a rise in target"]
        );
        let en = "Temperatures were 1.5 to 3 °C above the 1991–2020 average.\n";
        let sv = "Temperaturen var 1,5–3 °C högre än genomsnittet för 1991–2020.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("högre", "lägre")),
            ["number `3` is a rise in source and a fall in target"]
        );
        // A direction named on one side only is not compared.
        assert_eq!(findings(en, &sv.replace(" högre än genomsnittet", "")), none);
    }

    #[test]
    fn a_length_of_time_before_an_event_against_one_after_it() {
        let none: Vec<String> = Vec::new();
        let en = "The intermediary reports shares acquired within two days before the ex-date.\n";
        let sv = "Mellanhanden rapporterar aktier som förvärvats inom två dagar före x-dagen.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("före", "efter")),
            ["number `two` is a length before an event in source and a length after an event in target"]
        );
        // An event named on one side only is not compared.
        assert_eq!(findings(en, &sv.replace("före x-dagen", "kring x-dagen")), none);
    }

    #[test]
    fn a_comparison_turned_around() {
        let none: Vec<String> = Vec::new();
        // `X is shorter than Y` is `Y is longer than X`: the reference, `245 days`, stands
        // before the difference in the translation.
        let en = "The average time was 228 days, 17 days shorter than the legal target of 245 days.\n";
        let sv = "Det lagstadgade målet på 245 dagar var 17 dagar längre än den genomsnittliga tiden på 228 \
                  dagar.\n";
        assert_eq!(findings(en, sv), none);
        // A list of two changes is no comparison: each keeps its direction.
        let en = "Electricity prices fell by 1.0%, while gas prices rose by 0.8%.\n";
        let sv = "Elpriserna ökade med 1,0 %, medan gaspriserna steg med 0,8 %.\n";
        assert_eq!(findings(en, sv), ["number `1.0%` is a fall in source and a rise in target"]);
        // The level a change reaches takes the direction of its verb.
        let en = "The linear reduction factor will be increased to 5.38% from that year.\n";
        let sv = "Den linjära minskningsfaktorn höjs då till 5,38 % från och med det året.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("höjs", "sänks")),
            ["number `5.38%` is the level a rise reaches in source and the level a fall reaches in target"]
        );
        // A year after the figure that the sentence also names before it is the same
        // reference on both sides, whichever writing of the year the pairing took.
        let en = "According to the autumn 2024 forecast, real GDP contracted by 0.2% in 2024.\n";
        let sv = "Enligt höstprognosen 2024 krympte real BNP med 0,2 % 2024.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("krympte", "växte")),
            ["number `0.2%` is a fall in source and a rise in target"]
        );
    }

    #[test]
    fn a_verb_that_compares_its_object_puts_the_reference_before_the_figure() {
        let none: Vec<String> = Vec::new();
        let en = "Traffic recovered only in 2024, when it exceeded the 2019 level by 1.8%.\n";
        let sv = "Trafiken återhämtade sig först 2024, då den låg 1,8 % över 2019 års nivå.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("över", "under")),
            ["number `1.8%` is a rise in source and a fall in target"]
        );
        // The comparison turned around: the reference is the year the verb's subject names.
        let sv = "Trafiken återhämtade sig först då, när 2019 års nivå låg 1,8 % under 2024 års nivå.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn an_approximation_against_a_bound() {
        let none: Vec<String> = Vec::new();
        let en = "The fee was raised to TMR 95,000 (about EUR 3,900).\n";
        let sv = "Avgiften höjdes till 95 000 TMR (cirka 3 900 euro).\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("cirka", "över")),
            ["number `EUR 3,900` is an approximation in source and a strict lower bound in target"]
        );
        // Just over or under the figure is near it, as the approximation is.
        assert_eq!(findings(en, &sv.replace("cirka", "drygt")), none);
        assert_eq!(findings(en, &sv.replace("cirka", "knappt")), none);
    }

    #[test]
    fn a_plus_against_both_signs() {
        let none: Vec<String> = Vec::new();
        let en = "The temperature shall be kept at 30 °C, with a tolerance of ±5 °C.\n";
        let sv = "Temperaturen ska hållas vid 30 °C, med en tolerans på ±5 °C.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace('±', "+")),
            ["number `5` is signed `±` in source and `+` in target"]
        );
        // A sign one version leaves out is not compared.
        assert_eq!(findings(en, &sv.replace('±', "")), none);
    }

    #[test]
    fn a_recurrence_in_another_unit_of_time() {
        let none: Vec<String> = Vec::new();
        let en = "Temperature shall be recorded at least every 5 minutes.\n";
        let sv = "Temperaturen ska registreras minst var femte minut.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("minut", "timme")),
            ["number `every 5` counts minutes in source and hours in target"]
        );
    }

    #[test]
    fn a_rate_per_term_of_study() {
        let none: Vec<String> = Vec::new();
        let en = "The reform aims at 30 000 additional adult students per year.\n";
        let sv = "Reformen syftar till 30 000 fler vuxenstuderande per år.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("per år", "per termin")),
            ["number `30 000` is a rate per year in source and per term in target"]
        );
        let en = "The grant is EUR 500 per semester.\n";
        assert_eq!(findings(en, "Bidraget är 500 euro per termin.\n"), none);
    }

    #[test]
    fn a_count_of_time_in_digits_against_a_word_of_another_unit() {
        let none: Vec<String> = Vec::new();
        let en = "Lambs of less than 1 week may not be transported.\n";
        let sv = "Lamm som är yngre än en vecka får inte transporteras.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("en vecka", "en månad")),
            ["number `1` counts weeks in source and months in target"]
        );
        // Two words read as counts, neither in digits, are no such pair: a fortnight is not
        // two days.
        let en = "Lambs of less than a fortnight may not be transported.\n";
        let sv = "Lamm som är yngre än två dygn får inte transporteras.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn a_rate_written_with_a_slash_is_its_unit_and_period() {
        assert!(same_unit("km/hour", "km", Some("hour")));
        assert!(!same_unit("km/hour", "km", None));
        assert!(!same_unit("km/hour", "km", Some("day")));
        assert!(!same_unit("kW/kg", "kW", None));
        assert!(same_unit("kW/kg", "kW/kg", None));
    }

    #[test]
    fn a_power_qualified_as_electric_or_thermal_is_its_power() {
        assert!(same_unit("MWe", "MW", None));
        assert!(same_unit("GWth", "GW", None));
        assert!(!same_unit("MW", "MWe", None));
        assert!(!same_unit("MWe", "MWth", None));
        assert!(!same_unit("MWe", "kWe", None));
        assert!(!same_unit("MWe", "kW", None));
    }

    #[test]
    fn a_rate_per_unit_written_out_in_words() {
        let none: Vec<String> = Vec::new();
        let en = "The dose depended on body weight: 15 mg for each kilogram.\n";
        let sv = "Dosen berodde på kroppsvikten: 15 mg per kilo.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("kilo.", "gram.")),
            ["number `15` counts mg/kg in source and mg/g in target"]
        );
    }

    #[test]
    fn temperatures_and_volumes_per_second_in_other_units() {
        let none: Vec<String> = Vec::new();
        let en = "The Tagus carried 96 m³/s, and temperatures were 3 °C above normal.\n";
        let sv = "Tajo förde 96 m³/s, och temperaturen var 3 °C över det normala.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("m³/s", "l/s")),
            ["number `96` counts m3/second in source and l/second in target"]
        );
        assert_eq!(
            findings(en, &sv.replace("°C", "°F")),
            ["number `3` counts °C in source and °F in target"]
        );
        // A scale one version leaves out is not compared.
        assert_eq!(findings(en, &sv.replace("3 °C", "3 grader")), none);
    }

    #[test]
    fn a_swedish_mil_is_ten_kilometres() {
        let none: Vec<String> = Vec::new();
        let en = "Travel by car shall be reimbursed at EUR 0.22 per kilometre.\n";
        let sv = "Resor med bil ska ersättas med 0,22 euro per kilometer.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("kilometer", "mil")),
            ["number `EUR 0.22` counts per km in source and per mil (10 km) in target"]
        );
        // Per ten kilometres, the figure of the multiple written out.
        let en = "Travel by car shall be reimbursed at EUR 2.20 per 10 km.\n";
        assert_eq!(findings(en, "Resor med bil ska ersättas med 2,20 euro per mil.\n"), none);
        // A mil is no mile.
        let en = "The vessels shall keep 5 miles from the coast.\n";
        assert_eq!(
            findings(en, "Fartygen ska hålla sig 5 mil från kusten.\n"),
            ["number `5` counts mi in source and mil (10 km) in target"]
        );
    }

    #[test]
    fn a_range_in_thousandths_of_its_unit() {
        let none: Vec<String> = Vec::new();
        let en = "with a frequency response insensitivity of 10 mHz to 30 mHz.\n";
        let sv = "med en okänslighet för frekvensrespons på 10–30 mHz.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(
            findings(en, &sv.replace("mHz", "Hz")),
            ["number `30` counts mHz in source and Hz in target"]
        );
    }

    #[test]
    fn the_unit_a_quantity_is_given_in_where_no_figure_stands() {
        let none: Vec<String> = Vec::new();
        let en =
            "The intensity (total energy consumption in MWh per net revenue) shall be given in tCO2eq.\n";
        let sv = "Intensiteten (total energiförbrukning i MWh per nettoomsättning) ska anges i ton CO2e.\n";
        assert_eq!(findings(en, sv), none);
        assert_eq!(findings(en, &sv.replace("i MWh", "i GWh")), ["unit `MWh` in source is `GWh` in target"]);
        assert_eq!(findings(en, &sv.replace("i ton", "i kg")), ["unit `tCO2eq` in source is `kg` in target"]);
        // A unit one version leaves out is not compared.
        assert_eq!(findings(en, &sv.replace(" i MWh", "")), none);
    }

    #[test]
    fn the_unit_a_table_names_in_a_header_cell() {
        let none: Vec<String> = Vec::new();
        let table = |header: &str| format!("| {header} |\n|---|---|\n| < 1.6 | 180 |\n");
        let en = table("Weight (kg) | Area (cm² per kg)");
        let sv = table("Vikt (kg) | Yta (cm² per kg)");
        assert_eq!(findings(&en, &sv), none);
        assert_eq!(
            findings(&en, &sv.replace("per kg", "per djur")),
            ["unit `cm² per kg` in source is `cm² per djur` in target"]
        );
        assert_eq!(
            findings(&en, &sv.replace("Vikt (kg)", "Vikt (g)")),
            ["unit `kg` in source is `g` in target"]
        );
        // A unit one version leaves out is not compared, and a noun counted is one basis.
        assert_eq!(findings(&en, &sv.replace("Vikt (kg)", "Vikt")), none);
        let en = table("Weight (kg) | Area (m² per animal)");
        let sv = table("Vikt (kg) | Yta (m²/djur)");
        assert_eq!(findings(&en, &sv), none);
    }
}
