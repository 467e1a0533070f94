//! `number-swapped`: two numbers of one sentence that stand in the opposite order in the
//! translation, each equal to one of the original's.

use std::collections::HashMap;

use super::value_common::value_pair_warning;
use crate::check::context::{PairCtx, ValueRef};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::text::Lang;
use crate::values::{Value, ValueKind};

pub(crate) const RULE: Rule = Rule {
    name: "number-swapped",
    category: Category::Numbers,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "two numbers of the same kind stand in the opposite order in the same sentence of the translation",
    explanation: include_str!("explain/number-swapped.md"),
};

/// The most bytes between two references or years of one list (` och `, `, `, ` and `, `),
/// LITAUEN (` between two procedures each named after its Member State).
const LIST_GAP: usize = 16;

/// The most bytes between two dates of one list (`den 1 september 2028 respektive den 1
/// september 2029`).
const DATE_LIST_GAP: usize = 40;

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let before = out.len();
    figure_swaps(ctx, out);
    // Two figures of two countries flagged one by one (the countries beside them traded) are
    // not flagged again as the countries' figures.
    let flagged: Vec<crate::check::Location> =
        out.get(before..).unwrap_or(&[]).iter().filter_map(|finding| finding.secondary.clone()).collect();
    country_swaps(ctx, &flagged, out);
    // Whole cells of a table row that stand in other columns, each holding figures (`41
    // (13.4%) | 38 (12.5%)` → `38 (12,5 %) | 41 (13,4 %)`), where no two figures of the row
    // were flagged one by one.
    if out.len() == before {
        for cells in super::table_cells::moves(ctx).iter().filter(|cells| cells.figures) {
            out.push(super::table_cells::report(ctx, &RULE, cells));
        }
    }
}

/// Two figures of a sentence or a table row that stand in the opposite order.
fn figure_swaps(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let input = ctx.input;
    let bead = ctx.bead;
    if bead.sentences.is_empty() {
        return;
    }
    let amended = amendment_swaps(ctx, out);
    // Where a value of a side stands: its sentence bead, and its sentence within that bead. Two
    // figures of a bead of two sentences may stand in two sentences that the translation gives
    // in the other order, which swaps nothing.
    // A table row (cells apart, `Belgium | 400 | 4 000 000`) is one place: each cell is a
    // sentence of its own, and a swap moves figures from cell to cell.
    let in_row = |side: Side, block: usize| {
        input
            .doc(side)
            .blocks
            .get(block)
            .is_some_and(|b| memchr::memchr(b'|', b.text.as_bytes()).is_some() && b.text.contains(" | "))
    };
    // The rows of an HTML table are the lines of one block: each row is a place of its own.
    let locate = |side: Side, r: ValueRef| -> Option<(usize, usize)> {
        if in_row(side, r.0) {
            let text = &input.doc(side).blocks.get(r.0)?.text;
            let start = input.value(side, r).span.start;
            let row = memchr::memchr_iter(b'\n', text.as_bytes().get(..start)?).count();
            return Some((usize::MAX - row, 0));
        }
        let start = input.value(side, r).span.start;
        bead.sentences.iter().enumerate().find_map(|(index, sentences)| {
            let parts = if side == Side::Source { &sentences.src } else { &sentences.tgt };
            let part = parts.iter().position(|(block, range)| *block == r.0 && range.contains(&start))?;
            Some((index, part))
        })
    };
    let sentence_of = |side: Side, r: ValueRef| locate(side, r).map(|(index, _)| index);
    // A reference numbered by a Roman numeral (`Annex I`, `bilaga II`) has its figure in its key.
    let has_digits = |side: Side, r: ValueRef| {
        let digit = |text: &str| text.bytes().any(|b| b.is_ascii_digit());
        let value = input.value(side, r);
        digit(input.surface(side, r)) || value.kind == ValueKind::Legal && digit(&value.key)
    };
    // Figures in digits on both sides (`EUR 3.2 billion` too): a swap is a slip in copying
    // figures, and a figure in words moves with its phrase when the translation orders the phrases otherwise (`within
    // five working days … at least 90 days`, `minst 90 dagar … senast fem arbetsdagar`).
    // A number after a noun it labels (`Table 1`, `sections 6.2 and 5.1`) names a thing: it
    // trades places with no quantity (`a multiplier of 1.3 for the limits of Table 1` =
    // `gränsvärdena i tabell 1 multipliceras med 1,3`), but may with another label. The
    // original tells: a label's noun, or a list word after a label (`and 5.1`).
    let labels = |r: ValueRef| {
        let lang = input.lang(Side::Source);
        let joiners = crate::values::tables::table(lang).list_joiners;
        let Some(text) = input.doc(Side::Source).blocks.get(r.0).map(|b| b.text.as_str()) else {
            return false;
        };
        let values = input.src_values.get(r.0).map_or(&[][..], Vec::as_slice);
        // A figure of a unit (`and 31.7 hours` after `category 1`) is a quantity, not a label.
        if values.get(r.1).is_some_and(|value| value.detail.is_some()) {
            return false;
        }
        let mut index = r.1;
        loop {
            let Some(value) = values.get(index) else { return false };
            if crate::values::labels_a_noun(text, value.span.start, lang) {
                return true;
            }
            let head = text.get(..value.span.start).unwrap_or("").trim_end();
            let word = head.rsplit(|c: char| !c.is_alphanumeric()).next().unwrap_or("");
            let listed = word.is_empty() && head.ends_with(',') || joiners.contains(&word);
            if !listed || index == 0 {
                return false;
            }
            index -= 1;
        }
    };
    // A recurrence in digits on one side is one in words on the other as a language writes it
    // (`every 6 months` = `var sjätte månad`, no Swedish writes `var 6:e månad`): a figure in
    // digits like the original's.
    let recurrence = |s: ValueRef, t: ValueRef| {
        input.value(Side::Source, s).key.starts_with("ratio:")
            && (has_digits(Side::Source, s) || has_digits(Side::Target, t))
    };
    // Figures in words on one side (`22 planes and 4 helicopters` = `22 flygplan och fyra
    // helikoptrar`) or on both (`five radio stations and three newspapers` = `fem
    // radiostationer och tre dagstidningar`) count only as the items of a short list, each
    // before its noun (below).
    let spelled: Vec<(ValueRef, ValueRef)> = ctx
        .matching
        .equal
        .iter()
        .copied()
        .filter(|&(s, t)| {
            let (a, b) = (input.value(Side::Source, s), input.value(Side::Target, t));
            // A word of one unit read optionally, as it may be an article (`en vecka`, "a
            // week"), is a count where the other side writes the figure of that unit in digits
            // (`1 week`).
            let counted_word = a.detail.is_some()
                && a.detail == b.detail
                && (has_digits(Side::Source, s) || has_digits(Side::Target, t));
            a.kind == ValueKind::Number
                && b.kind == ValueKind::Number
                && a.key == b.key
                && (!a.optional && !b.optional || counted_word)
                && !(has_digits(Side::Source, s) && has_digits(Side::Target, t))
                && !recurrence(s, t)
        })
        .collect();
    // A figure in digits of a unit, hyphened to it on one side (`a 180-day period` = `en period
    // på 180 dagar`), is optional where the other language may glue a number word to its noun
    // (`femårsplan`); written in digits with the same unit on both sides, it is the figure.
    let counted = |a: &Value, b: &Value, s: ValueRef, t: ValueRef| {
        a.detail.is_some()
            && a.detail == b.detail
            && has_digits(Side::Source, s)
            && has_digits(Side::Target, t)
    };
    // A figure of a list whose unit is written once, after its last figure (`1,4 respektive
    // 0,6 procentenheter`, `3 och 5 %`), is of that unit: the same figure as one of the other
    // side with its unit written (`1.4 pp and 0.6 pp`).
    let listed = |side: Side, r: ValueRef| -> (&str, &str) {
        let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
        let all = if side == Side::Source { input.src_values } else { input.tgt_values };
        let values = all.get(r.0).map_or(&[][..], Vec::as_slice);
        let key = input.value(side, r).key.as_str();
        let figure = key.rsplit_once(':').map_or(key, |(_, figure)| figure);
        (listed_family(text, values, r.1, input.lang(side)), figure)
    };
    // A recurrence in space, in digits on one side (`every 60 km`, `ratio:1/60`), is the
    // figure of its spacing on the other, in digits too (`med 60 km mellanrum`, `num:60`).
    let spacing = |a: &Value, b: &Value| {
        let recurs = |ratio: &Value, figure: &Value| {
            ratio.key.strip_prefix("ratio:1/").is_some_and(|n| figure.key.strip_prefix("num:") == Some(n))
        };
        recurs(a, b) || recurs(b, a)
    };
    let candidates: Vec<(ValueRef, ValueRef)> = ctx
        .matching
        .equal
        .iter()
        .copied()
        .filter(|&(s, t)| {
            let (a, b) = (input.value(Side::Source, s), input.value(Side::Target, t));
            let same = a.key == b.key
                || a.kind == ValueKind::Number && listed(Side::Source, s) == listed(Side::Target, t)
                || spacing(a, b) && has_digits(Side::Source, s) && has_digits(Side::Target, t);
            // Figures, and whole dates, or days of no year (`den 1 september 2028 respektive
            // den 1 september 2029`, `by 31 July and 31 January respectively`): a date swapped
            // gives each its subject's other date.
            let dated = |v: &crate::values::Value| v.kind == ValueKind::Date && whole_day(v);
            // References and years: in a table row (a correlation table, `| Article 12 |
            // Article 15 |`; the headings of a table's columns, `| 2028 | 2029 |`), and
            // elsewhere side by side in a list (below: `artiklarna 107 och 108`, `för 2019 och
            // 2020`); years also against a count they trade places with.
            let listable =
                a.kind == ValueKind::Legal || a.kind == ValueKind::Date && a.key.starts_with("year:");
            (a.kind == ValueKind::Number || dated(a) || listable)
                && a.kind == b.kind
                && same
                && (!a.optional && !b.optional || a.kind == ValueKind::Number && counted(a, b, s, t))
                && (has_digits(Side::Source, s) && has_digits(Side::Target, t) || recurrence(s, t))
        })
        .collect();
    // A reference counts only in a table row or beside another of a list: most are neither,
    // and the rest of the rule need not look at them.
    let beside = |s: ValueRef| {
        let value = input.value(Side::Source, s);
        candidates.iter().any(|&(other, _)| {
            let near = input.value(Side::Source, other);
            let gap = if near.span.start >= value.span.end {
                near.span.start - value.span.end
            } else {
                value.span.start.saturating_sub(near.span.end)
            };
            other != s && other.0 == s.0 && near.kind == ValueKind::Legal && gap <= LIST_GAP
        })
    };
    let candidates: Vec<(ValueRef, ValueRef)> = candidates
        .iter()
        .copied()
        .filter(|&(s, _)| {
            input.value(Side::Source, s).kind != ValueKind::Legal || in_row(Side::Source, s.0) || beside(s)
        })
        .collect();
    if candidates.len() + spelled.len() < 2 {
        return;
    }
    // How often each figure is written in each sentence of a side, counted once per bead:
    // a figure written twice gives no order to compare. A figure of a unit and the same figure
    // of none are two (`‘D−35’ … mean 35 days before`): the matching pairs a figure of a unit
    // with one of a unit first. So are a figure with a plus before it and the same figure
    // without (`by 0.1% in the EU (revised from +0.1% and 0.0% respectively)`), where the
    // translation writes the sign where the original does.
    let counts = |side: Side| -> HashMap<(usize, &str, CountedForm<'_>), usize> {
        let (blocks, values) =
            if side == Side::Source { (&bead.src, input.src_values) } else { (&bead.tgt, input.tgt_values) };
        let mut counts = HashMap::new();
        for &block in blocks {
            for (i, value) in values.get(block).into_iter().flatten().enumerate() {
                if matches!(value.kind, ValueKind::Number | ValueKind::Date | ValueKind::Legal)
                    && let Some(sentence) = sentence_of(side, (block, i))
                {
                    *counts.entry((sentence, value.key.as_str(), counted_form(value))).or_insert(0) += 1;
                }
            }
        }
        counts
    };
    let (src_counts, tgt_counts) = (counts(Side::Source), counts(Side::Target));
    // Figures whose counterpart stands in another sentence bead: a swap of two figures of two
    // sentences the aligner paired one by one puts each in the other's sentence.
    let crossed: Vec<(usize, usize, ValueRef, ValueRef)> = candidates
        .iter()
        .filter_map(|&(s, t)| {
            let value = input.value(Side::Source, s);
            if value.kind != ValueKind::Number || in_row(Side::Source, s.0) || in_row(Side::Target, t.0) {
                return None;
            }
            let (source, target) = (sentence_of(Side::Source, s)?, sentence_of(Side::Target, t)?);
            let (key, unit) = (value.key.as_str(), counted_form(value));
            let tgt_unit = counted_form(input.value(Side::Target, t));
            (source != target
                && src_counts.get(&(source, key, unit)) == Some(&1)
                && tgt_counts.get(&(target, key, tgt_unit)) == Some(&1))
            .then_some((source, target, s, t))
        })
        .collect();
    // The sentence beads that keep a value of the original: a value paired with one of the
    // same sentence bead. A translation that orders two sentences otherwise keeps none in
    // either; a swap keeps the other values of the sentences in their places.
    let anchored: Vec<usize> = if crossed.len() < 2 {
        Vec::new()
    } else {
        ctx.matching
            .equal
            .iter()
            .filter_map(|&(s, t)| {
                let sentence = sentence_of(Side::Source, s)?;
                (sentence_of(Side::Target, t)? == sentence).then_some(sentence)
            })
            .collect()
    };
    // Each pair with its place: the sentence bead, and the sentence within it on each side.
    let placed = |(s, t): (ValueRef, ValueRef)| {
        let ((sentence, src_part), (tgt_sentence, tgt_part)) =
            (locate(Side::Source, s)?, locate(Side::Target, t)?);
        let (source, target) = (input.value(Side::Source, s), input.value(Side::Target, t));
        (tgt_sentence == sentence
            && src_counts.get(&(sentence, source.key.as_str(), counted_form(source))) == Some(&1)
            && tgt_counts.get(&(sentence, target.key.as_str(), counted_form(target))) == Some(&1))
        .then_some(((sentence, src_part, tgt_part), s, t))
    };
    let mut pairs: Vec<((usize, usize, usize), ValueRef, ValueRef)> =
        candidates.into_iter().filter_map(placed).collect();
    let spelled: Vec<((usize, usize, usize), ValueRef, ValueRef)> =
        spelled.into_iter().filter_map(placed).collect();
    crossed_swaps(ctx, &crossed, &anchored, out);
    if pairs.len() + spelled.len() < 2 {
        return;
    }
    // A figure in words in the translation, in digits in the original, against one in digits
    // on both sides (`i 19 medlemsstater och ökade i åtta` → `i åtta medlemsstater och ökade i
    // 19` for `in 19 Member States and rose in 8`): each is written as the translation writes
    // such a figure, and the two may trade places as two in digits do, the same tests deciding,
    // where both count the same noun on both sides (below).
    let worded: Vec<(ValueRef, ValueRef)> = spelled
        .iter()
        .filter(|&&(_, s, t)| has_digits(Side::Source, s) && !has_digits(Side::Target, t))
        .map(|&(_, s, t)| (s, t))
        .collect();
    pairs.extend(spelled.iter().copied().filter(|&(_, s, t)| worded.contains(&(s, t))));
    let position = |side: Side, r: ValueRef| (r.0, input.value(side, r).span.start);
    pairs.sort_by_key(|&((sentence, ..), s, _)| (sentence, position(Side::Source, s)));
    let in_words: Vec<bool> = pairs.iter().map(|&(_, s, t)| worded.contains(&(s, t))).collect();
    // Figures of one kind and unit (`pct:`, `amount:EUR:`), which one could take for the other;
    // a figure of a list whose unit is written once, of that unit.
    let family = |r: ValueRef| listed(Side::Source, r).0;
    // On both sides: a figure the original joins to another of its list (`(46,400,000, or
    // 10.4%)`) may be of its own unit in the translation (`10,4 % (46 400 000
    // utsläppsrätter)`), and a count trades no place with a share.
    let tgt_family = |r: ValueRef| listed(Side::Target, r).0;
    // The figures of a pair's place that stand between two of them on one side: a swap trades
    // the places of two figures and leaves the same figures between them, where a translation
    // that moves one figure past others (`24 …, 8 … and 6 …, 38 in all` → `sammanlagt 38 – 24
    // …, 8 … och 6 …`; `478 deaths (48%) … from 25 countries` → `från 25 länder, varav 478
    // dödsfall (48 %)`) leaves fewer. With `own`, only figures of the pair's family (below).
    let between = |side: Side, i: usize, j: usize, own: bool| -> Vec<usize> {
        let at = |index: usize| {
            let (_, s, t) = pairs[index];
            if side == Side::Source { position(Side::Source, s) } else { position(Side::Target, t) }
        };
        let (low, high) = if at(i) < at(j) { (at(i), at(j)) } else { (at(j), at(i)) };
        let (place, s, _) = pairs[i];
        (0..pairs.len())
            .filter(|&k| {
                pairs[k].0 == place
                    && low < at(k)
                    && at(k) < high
                    && (!own || family(pairs[k].1) == family(s))
            })
            .collect()
    };
    // Whether the figures of the place of pairs `i` and `j` other than theirs, two or more,
    // keep their order in the translation: a swap trades two figures and leaves the rest of
    // the sentence as it was, where a translation that orders its clauses otherwise moves
    // their other values too. Then figures of another kind between the two may differ, as
    // the translation writes each in its own place in its clause (`the 16 % … by 2030, and
    // … the 26 % … by 2033` = `senast 2030 … för de 16 % … och senast 2033 … för de 26 %`),
    // and the pair's own kind alone tells a swap from a figure moved past others.
    let rest_in_order = |i: usize, j: usize| {
        let (place, ..) = pairs[i];
        let mut others = (0..pairs.len()).filter(|&k| k != i && k != j && pairs[k].0 == place);
        let mut count = 0;
        let mut last: Option<(usize, usize)> = None;
        others.all(|k| {
            count += 1;
            let at = position(Side::Target, pairs[k].2);
            let kept = last.is_none_or(|last| last < at);
            last = Some(at);
            kept
        }) && count >= 2
    };
    // Two values of one block with nothing between them but a list's comma or one word (`107
    // och 108`, `2019 and 2020`, `22, 23`), and brackets (`ESTLAND (INFR(2025)0216), FRANKRIKE
    // (INFR(2025)0218)`); the number's abbreviation that heads each item is no word of the
    // gap (`Protocols No 22 and No 21`, `protokoll nr 22 respektive nr 21`).
    let listed = |side: Side, a: ValueRef, b: ValueRef| {
        let number_words = crate::values::tables::table(input.lang(side)).number_abbreviations;
        let (first, second) = (input.value(side, a), input.value(side, b));
        let (first, second) =
            if first.span.start < second.span.start { (first, second) } else { (second, first) };
        let gap = input
            .doc(side)
            .blocks
            .get(a.0)
            .and_then(|block| block.text.get(first.span.end..second.span.start))
            .filter(|_| a.0 == b.0);
        gap.is_some_and(|gap| {
            gap.len() <= LIST_GAP
                && gap
                    .split_whitespace()
                    .filter(|word| {
                        word.chars().any(char::is_alphabetic)
                            && !number_words.iter().any(|number| number.eq_ignore_ascii_case(word))
                    })
                    .count()
                    <= 1
                && gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace() || matches!(c, ',' | '(' | ')'))
        })
    };
    // Two years of one block, each tied by the same preposition to a figure before it, the
    // items of one list (`60% by 2040 and 90% by 2050`).
    let tied = |side: Side, a: ValueRef, b: ValueRef| {
        let all = if side == Side::Source { input.src_values } else { input.tgt_values };
        let (Some(text), Some(values)) =
            (input.doc(side).blocks.get(a.0).map(|block| block.text.as_str()), all.get(a.0))
        else {
            return false;
        };
        let (first, second) = (input.value(side, a), input.value(side, b));
        let (first, second) =
            if first.span.start < second.span.start { (first, second) } else { (second, first) };
        a.0 == b.0 && tied_items(text, values, first, second, input.lang(side))
    };
    // The figure right before a year in its sentence, no other value between them (`using 300
    // kWh/(m²·y) must be renovated by 2030`): the quantity the year puts in time.
    let companion = |side: Side, r: ValueRef| -> Option<&str> {
        let all = if side == Side::Source { input.src_values } else { input.tgt_values };
        let values = all.get(r.0)?;
        let before = values.get(..r.1)?.iter().rposition(|value| !value.optional)?;
        let value = values.get(before)?;
        (value.kind == ValueKind::Number && sentence_of(side, (r.0, before)) == sentence_of(side, r))
            .then_some(value.key.as_str())
    };
    // Two years each right after a figure of its own, that trade their figures in the
    // translation (`300 kWh … by 2030, and one using 250 kWh … by 2033` → `300 kWh …
    // senast 2033 och … 250 kWh … senast 2030`): the figures stayed and the years swapped,
    // where a clause moved with its year takes its figure along.
    let companions_traded = |s_i: ValueRef, s_j: ValueRef, t_i: ValueRef, t_j: ValueRef| {
        let (a, b) = (companion(Side::Source, s_i), companion(Side::Source, s_j));
        a.is_some()
            && b.is_some()
            && a != b
            && companion(Side::Target, t_i) == b
            && companion(Side::Target, t_j) == a
    };
    // The reference right before a whole date in its sentence, no other value between them
    // (`Article 22 from 1 January 2031`): the provision the date applies to.
    let provision = |side: Side, r: ValueRef| -> Option<&str> {
        let all = if side == Side::Source { input.src_values } else { input.tgt_values };
        let values = all.get(r.0)?;
        let before = values.get(..r.1)?.iter().rposition(|value| !value.optional)?;
        let value = values.get(before)?;
        (value.kind == ValueKind::Legal && sentence_of(side, (r.0, before)) == sentence_of(side, r))
            .then_some(value.key.as_str())
    };
    // Two whole dates each right after a reference of its own, that trade their references in
    // the translation (`Article 22 from 1 January 2031, and … Article 27(1), point (c), from 1
    // July 2032` → `artikel 22 från och med den 1 juli 2032 och … artikel 27.1 c från och med
    // den 1 januari 2031`): the references stayed and the dates swapped, where a clause moved
    // with its date takes its reference along.
    let provisions_traded = |s_i: ValueRef, s_j: ValueRef, t_i: ValueRef, t_j: ValueRef| {
        let (a, b) = (provision(Side::Source, s_i), provision(Side::Source, s_j));
        a.is_some()
            && b.is_some()
            && a != b
            && provision(Side::Target, t_i) == b
            && provision(Side::Target, t_j) == a
    };
    let labelled: Vec<bool> = pairs.iter().map(|&(_, s, _)| labels(s)).collect();
    // What a figure is bound to beside it, which a faithful translation moves with it and a
    // swap leaves in place: the country named right beside it in its item (`with Egypt on 17
    // March 2024` = `med Egypten den 17 mars 2024`), and whether it counts countries (`14 EU
    // Member States` = `14 av EU:s medlemsstater`) or something else (`58 terrorist attacks`).
    let block_of = |side: Side, r: ValueRef| {
        let all = if side == Side::Source { input.src_values } else { input.tgt_values };
        let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
        (text, all.get(r.0).map_or(&[][..], Vec::as_slice))
    };
    let country_beside = |side: Side, r: ValueRef| {
        let (text, values) = block_of(side, r);
        country_beside(text, values, r.1, input.lang(side))
    };
    let counts_countries = |side: Side, r: ValueRef| {
        let (text, values) = block_of(side, r);
        values.get(r.1).is_some_and(|value| counts_countries(text, value, input.lang(side)))
    };
    // A figure whose struck and inserted parts traded places is reported once, above.
    let mut reported: Vec<bool> = pairs.iter().map(|&(_, s, _)| amended.contains(&s)).collect();
    for i in 0..pairs.len() {
        for j in i + 1..pairs.len() {
            let ((place_i, s_i, t_i), (place_j, s_j, t_j)) = (pairs[i], pairs[j]);
            // Two figures in words in the translation trade places only as counts of one unit
            // on both sides (`piglets of less than 3 weeks and lambs of less than 1 week` →
            // `smågrisar som är yngre än en vecka och lamm som är yngre än tre veckor`).
            let unit = |side: Side, r: ValueRef| input.value(side, r).detail.as_deref();
            let one_unit = unit(Side::Source, s_i).is_some()
                && [unit(Side::Source, s_j), unit(Side::Target, t_i), unit(Side::Target, t_j)]
                    .iter()
                    .all(|other| *other == unit(Side::Source, s_i));
            // Counts that each stand for a noun named before them, the subjects of their verbs
            // on both sides (`8 had notified partial transposition and 3 had notified none` =
            // `åtta hade anmält delvis införlivande och tre inte hade anmält några`), count
            // that one noun: a swap trades them and leaves the verbs.
            let elliptic = |side: Side, r: ValueRef| {
                let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
                let word = noun_after(text, input.value(side, r).span.end);
                let followers = crate::values::tables::table(input.lang(side)).elliptic_count_followers;
                input.value(side, r).detail.is_none()
                    && crate::values::with_lowercase(word, |word| followers.contains(&word))
            };
            let stand_for_one_noun = || {
                elliptic(Side::Source, s_i)
                    && elliptic(Side::Source, s_j)
                    && elliptic(Side::Target, t_i)
                    && elliptic(Side::Target, t_j)
            };
            if place_i != place_j
                || reported[i]
                || reported[j]
                // One figure written twice, once of a unit and once of none, gives no order.
                || input.value(Side::Source, s_i).key == input.value(Side::Source, s_j).key
                || in_words[i] && in_words[j] && !one_unit && !stand_for_one_noun()
                || family(s_i) != family(s_j)
                || tgt_family(t_i) != tgt_family(t_j)
                || labelled[i] != labelled[j]
            {
                continue;
            }
            // A figure in words only as a count of the noun of the other, written once for both
            // (`in 19 Member States and rose in 8`) or twice, on both sides: a figure in words
            // of another thing moves with its phrase (`below 10 per million in 11 countries` =
            // `I elva länder låg den under 10 per miljon`).
            let noun = |side: Side, r: ValueRef| {
                let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
                counted_noun(text, input.value(side, r))
            };
            // Two counts of one unit count one noun, however short its word (`i tio år … i 30
            // år` for `for 30 years … for 10 years`).
            let one_noun = |side: Side, a: ValueRef, b: ValueRef| {
                let same_unit = unit(side, a).is_some() && unit(side, a) == unit(side, b);
                let (a, b) = (noun(side, a), noun(side, b));
                same_unit || a.is_empty() != b.is_empty() || kindred(a, b)
            };
            if (in_words[i] || in_words[j])
                && !(one_noun(Side::Source, s_i, s_j) && one_noun(Side::Target, t_i, t_j))
                && !stand_for_one_noun()
            {
                continue;
            }
            // Dates only side by side, in a list (`den 9 oktober 2017 och Delta den 16 april
            // 2019`, `… respektive …`): a translation moves a clause with its date.
            let close = |side: Side, a: ValueRef, b: ValueRef| {
                let (a, b) = (input.value(side, a), input.value(side, b));
                let (first, second) = if a.span.start < b.span.start { (a, b) } else { (b, a) };
                second.span.start.saturating_sub(first.span.end) <= DATE_LIST_GAP
            };
            // Dates that trade the references right before them swapped, wherever they stand.
            let dated = input.value(Side::Source, s_i).kind == ValueKind::Date
                && whole_day(input.value(Side::Source, s_i));
            let provisions_swapped = dated && provisions_traded(s_i, s_j, t_i, t_j);
            if dated
                && !provisions_swapped
                && !(s_i.0 == s_j.0
                    && t_i.0 == t_j.0
                    && close(Side::Source, s_i, s_j)
                    && close(Side::Target, t_i, t_j))
            {
                continue;
            }
            // References and years outside a table row only as neighbours of one list on both
            // sides (`Articles 107 and 108`, `for 2019 and 2020`), and years also as the items
            // of a list of figures each tied to its year by the same preposition (`60% by 2040
            // and 90% by 2050`): a list keeps its order in translation, where a clause with its
            // reference or year moves.
            let source = input.value(Side::Source, s_i);
            let in_table = in_row(Side::Source, s_i.0) && in_row(Side::Target, t_i.0);
            let year = source.key.starts_with("year:");
            // Two labels (`section 1.4`, `section 4.1`) are references by number: each moves
            // with its clause (`Where, during the period referred to in section 1.4, a change
            // listed in section 4.1 is made` = `Om en ändring som anges i avsnitt 4.1 görs under
            // den period som avses i avsnitt 1.4`), and only a list keeps them in its order.
            let both_labels = labelled[i] && labelled[j];
            if (source.kind == ValueKind::Legal || year || both_labels)
                && !in_table
                && !(listed(Side::Source, s_i, s_j) && listed(Side::Target, t_i, t_j))
                && !(year && tied(Side::Source, s_i, s_j) && tied(Side::Target, t_i, t_j))
                && !(year && companions_traded(s_i, s_j, t_i, t_j))
            {
                continue;
            }
            // Words that name each figure's role in a change keep it whatever the order
            // (`from 14 … to 42` against `till 42, jämfört med 14`; `rose by 5 to 42` against
            // `ökade till 42, med 5`), or one figure's role and the other's none (`with a
            // reference rate of 4.50%, it rises to 12.50%` = `stiger den till 12,50 %, eftersom
            // referensräntan då är 4,50 %`): a swap leaves the words and trades the figures.
            let role = |side: Side, r: ValueRef| {
                let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
                crate::values::change_role(text, input.value(side, r).span.start, input.lang(side))
            };
            let roles_kept = || {
                let (a, b) = (role(Side::Source, s_i), role(Side::Source, s_j));
                (a.is_some() || b.is_some())
                    && a != b
                    && a == role(Side::Target, t_i)
                    && b == role(Side::Target, t_j)
            };
            // A figure after a preposition and one after none keep them on both sides (`1 284
            // samples taken in 412 large supply zones` = `I 412 stora distributionsområden var
            // dock 1 284 prov`, `31 of the 74 zones` = `Av de 74 områdena … omfattas 31`): the
            // translation moved each figure with its phrase. A swap leaves the prepositions in
            // their places and trades the figures after them.
            let governed = |side: Side, r: ValueRef| {
                let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
                crate::values::after_figure_preposition(
                    text,
                    input.value(side, r).span.start,
                    input.lang(side),
                )
            };
            let phrases_kept = || {
                let (a, b) = (governed(Side::Source, s_i), governed(Side::Source, s_j));
                a != b && a == governed(Side::Target, t_i) && b == governed(Side::Target, t_j)
            };
            // Two limits of opposite directions that each keep theirs on both sides (`not later
            // than 90 days but not before 30 days after` = `tidigast 30 dagar och senast 90 dagar
            // efter`), or one its limit and the other none: each figure moved with its bound
            // word, which a swap leaves in place.
            let bound =
                |side: Side, r: ValueRef| input.value(side, r).bound.map(crate::values::Bound::direction);
            let bounds_kept = || {
                let (a, b) = (bound(Side::Source, s_i), bound(Side::Source, s_j));
                (a.is_some() || b.is_some())
                    && a != b
                    && a == bound(Side::Target, t_i)
                    && b == bound(Side::Target, t_j)
            };
            // Two figures that each keep a unit of their own on both sides (`160 days of frost
            // … above 1 800 metres` = `Ovanför 1 800 meters höjd … 160 dagar`), or one its unit
            // and the other none (`16 fires … 24 300 ha` = `24 300 ha brann i 16 bränder`):
            // the translation moved each figure with its unit. A swap trades the figures and
            // leaves the units.
            let units_kept = || {
                let (a, b) = (unit(Side::Source, s_i), unit(Side::Source, s_j));
                (a.is_some() || b.is_some())
                    && a != b
                    && a == unit(Side::Target, t_i)
                    && b == unit(Side::Target, t_j)
            };
            // Two figures that trade their units, the order of the sentence kept or not (`16
            // fires … 24 300 ha` → `16 ha … 24 300 bränder`): each figure is paired with its
            // own by its number, and the units say the figures swapped.
            let units_traded = || {
                let (a, b) = (unit(Side::Source, s_i), unit(Side::Source, s_j));
                a != b && unit(Side::Target, t_i) == b && unit(Side::Target, t_j) == a
            };
            // The two countries a sentence names stand in the opposite order in the translation
            // too (`Spain and Ireland will grow by 7.8% and 9.2% respectively` = `Irland och
            // Spanien växer med 9,2 % respektive 7,8 %`): the figures moved with their names.
            let names_turned = || {
                let Some(sentence) = bead.sentences.get(place_i.0) else { return false };
                let src = super::value_common::sentence_values(ctx, Side::Source, &sentence.src, "country:");
                let tgt = super::value_common::sentence_values(ctx, Side::Target, &sentence.tgt, "country:");
                let key = |side: Side, r: ValueRef| input.value(side, r).key.as_str();
                matches!((src.as_slice(), tgt.as_slice()), (&[a, b], &[c, d])
                    if key(Side::Source, a) != key(Side::Source, b)
                        && key(Side::Source, a) == key(Side::Target, d)
                        && key(Side::Source, b) == key(Side::Target, c))
            };
            // A correction by a negation names the value that holds and the one it rejects,
            // in either order (`expires on 27 February 2032, not on 21 June 2032` = `löper inte
            // ut den 21 juni 2032 utan den 27 februari 2032`): the translation kept each value's
            // part where the negation rejects the same value on both sides, and a swap trades
            // the parts, the order of the sentence kept or not.
            let rejected = |side: Side, a: ValueRef, b: ValueRef| {
                let text = input.doc(side).blocks.get(a.0).map_or("", |block| block.text.as_str());
                let (first, second) = (input.value(side, a), input.value(side, b));
                let lang = input.lang(side);
                if a.0 != b.0 {
                    None
                } else if first.span.start < second.span.start {
                    crate::values::rejected_first(text, &first.span, &second.span, lang)
                } else {
                    crate::values::rejected_first(text, &second.span, &first.span, lang).map(|first| !first)
                }
            };
            // Each figure keeps the country named beside it on both sides (`with Egypt on 17
            // March 2024, with Mauritania on 7 March 2024` = `med Mauretanien den 7 mars 2024,
            // med Egypten den 17 mars 2024`): the items moved whole. Figures that trade the
            // countries beside them swapped, the order of the sentence kept or not.
            let beside = [
                country_beside(Side::Source, s_i),
                country_beside(Side::Source, s_j),
                country_beside(Side::Target, t_i),
                country_beside(Side::Target, t_j),
            ];
            let names = match beside.map(|value| value.map(|value| value.key.as_str())) {
                [Some(a), Some(b), Some(c), Some(d)] if a != b && c != d => {
                    if a == c && b == d {
                        Some(true)
                    } else if a == d && b == c {
                        Some(false)
                    } else {
                        None
                    }
                }
                _ => None,
            };
            let (names_kept, names_traded) = (names == Some(true), names == Some(false));
            // One figure counts countries and the other something else, on both sides (`58
            // terrorist attacks were reported by 14 EU Member States` = `rapporterade 14 av
            // EU:s medlemsstater sammanlagt 58 terroristattacker`): each moved with its noun.
            // (Counts that trade those nouns are left to the order: a count of countries read
            // on one side only, `27 Member States` against `21 av de 27`, would trade them too.)
            let countries_kept = {
                let (a, b) = (counts_countries(Side::Source, s_i), counts_countries(Side::Source, s_j));
                a != b && a == counts_countries(Side::Target, t_i) && b == counts_countries(Side::Target, t_j)
            };
            let (src_rejected, tgt_rejected) =
                (rejected(Side::Source, s_i, s_j), rejected(Side::Target, t_i, t_j));
            let corrections_kept = src_rejected.is_some() && src_rejected == tgt_rejected;
            let corrections_traded =
                src_rejected.is_some() && tgt_rejected.is_some() && src_rejected != tgt_rejected;
            if position(Side::Target, t_j) < position(Side::Target, t_i)
                && (between(Side::Source, i, j, false) == between(Side::Target, i, j, false)
                    || between(Side::Source, i, j, true) == between(Side::Target, i, j, true)
                        && rest_in_order(i, j))
                && !roles_kept()
                && !phrases_kept()
                && !units_kept()
                && !bounds_kept()
                && !names_turned()
                && !names_kept
                && !countries_kept
                && !corrections_kept
                || units_traded()
                || corrections_traded
                || names_traded
                || provisions_swapped
            {
                reported[i] = true;
                reported[j] = true;
                // A reference by its whole name (`Article 108`, not the `108` of `Articles 107
                // and 108`).
                let name = |r: ValueRef| match input.value(Side::Source, r) {
                    value if value.kind == ValueKind::Legal => value.display.as_str(),
                    _ => input.surface(Side::Source, r),
                };
                let (first, second) = (name(s_i), name(s_j));
                let what = match input.value(Side::Source, s_i).kind {
                    ValueKind::Date if input.value(Side::Source, s_i).key.starts_with("year:") => "years",
                    ValueKind::Date => "dates",
                    ValueKind::Legal => "references",
                    _ => "numbers",
                };
                // A correction whose values traded parts may keep the order of the sentence.
                let in_order = position(Side::Target, t_i) < position(Side::Target, t_j);
                let message = if let ([Some(a), Some(b), ..], true) = (beside, names_traded && in_order) {
                    let (a, b) = (&a.display, &b.display);
                    format!(
                        "{what} `{first}` and `{second}` go with {a} and {b} in source and with {b} and {a} in \
                         target: swapped?"
                    )
                } else if provisions_swapped && in_order {
                    let (a, b) = (provision(Side::Source, s_i), provision(Side::Source, s_j));
                    let reference = |key: Option<&str>| {
                        let values = input.src_values.get(s_i.0).map_or(&[][..], Vec::as_slice);
                        values
                            .iter()
                            .find(|value| Some(value.key.as_str()) == key)
                            .map_or("", |value| value.display.as_str())
                    };
                    let (a, b) = (reference(a), reference(b));
                    format!(
                        "{what} `{first}` and `{second}` go with {a} and {b} in source and with {b} and {a} in \
                         target: swapped?"
                    )
                } else if corrections_traded && in_order {
                    format!(
                        "{what} `{first}` and `{second}` trade places around the negation in target: swapped?"
                    )
                } else {
                    format!("{what} `{first}` and `{second}` stand in the opposite order in target: swapped?")
                };
                out.push(swap_warning(ctx, message, (s_i, t_i), s_j));
            }
        }
    }
    // A figure written in words on one side or both, which moves with its phrase when the
    // translation orders the phrases otherwise, trades places with another only as the items of
    // a short list, each before its noun, on both sides (`22 planes and 4 helicopters` → `fyra
    // flygplan och 22 helikoptrar`, `five radio stations and three newspapers` → `tre
    // radiostationer och fem dagstidningar`): a list keeps its order, and a swap trades the
    // figures and leaves the nouns. A noun that starts as the original's noun of the same figure (`4 helicopters` =
    // `fyra helikoptrar`) tells that the item moved whole.
    let noun = |side: Side, r: ValueRef| {
        let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
        counted_noun(text, input.value(side, r))
    };
    let items = |side: Side, a: ValueRef, b: ValueRef| {
        let text = input.doc(side).blocks.get(a.0).map_or("", |block| block.text.as_str());
        let (first, second) = (input.value(side, a), input.value(side, b));
        a.0 == b.0 && noun_list(text, first.span.clone(), second.span.clone(), input.lang(side))
    };
    // Items opened alike (`three of the new products and for two of the modified products`):
    // the words that tell them apart stand for their nouns.
    let parallel = |side: Side, a: ValueRef, b: ValueRef| {
        let text = input.doc(side).blocks.get(a.0).map_or("", |block| block.text.as_str());
        let (first, second) = (input.value(side, a), input.value(side, b));
        if a.0 == b.0 {
            parallel_items(text, first.span.clone(), second.span.clone(), input.lang(side))
        } else {
            None
        }
    };
    let done = |r: ValueRef| pairs.iter().zip(&reported).any(|(&(_, s, _), &reported)| reported && s == r);
    for (index, &(place, s, t)) in spelled.iter().enumerate() {
        if done(s) {
            continue;
        }
        let others = pairs.iter().chain(spelled.get(index + 1..).unwrap_or(&[]));
        let traded = others.copied().find(|&(other, s_o, t_o)| {
            let ((s_a, t_a), (s_b, t_b)) = if position(Side::Source, s) < position(Side::Source, s_o) {
                ((s, t), (s_o, t_o))
            } else {
                ((s_o, t_o), (s, t))
            };
            let nouns = items(Side::Source, s_a, s_b)
                && items(Side::Target, t_b, t_a)
                && !kindred(noun(Side::Source, s_a), noun(Side::Target, t_a))
                && !kindred(noun(Side::Source, s_b), noun(Side::Target, t_b));
            let opened_alike = || match (parallel(Side::Source, s_a, s_b), parallel(Side::Target, t_b, t_a)) {
                (Some((src_a, src_b)), Some((tgt_b, tgt_a))) => {
                    !kindred(src_a, tgt_a) && !kindred(src_b, tgt_b)
                }
                _ => false,
            };
            other == place
                && s != s_o
                && !done(s_o)
                && family(s) == family(s_o)
                && position(Side::Target, t_b) < position(Side::Target, t_a)
                && (nouns || opened_alike())
        });
        if let Some((_, other, _)) = traded {
            let (first, second) = (input.surface(Side::Source, s), input.surface(Side::Source, other));
            let message =
                format!("numbers `{first}` and `{second}` stand in the opposite order in target: swapped?");
            out.push(swap_warning(ctx, message, (s, t), other));
        }
    }
    // A year and a count of one sentence that trade places: the original puts the year in time
    // (`Since 2021, the Union has concluded 14 partnerships`, `by the end of 2027`) and the
    // translation the count, by words of the same sense, left in their place (`Sedan 14 har
    // unionen ingått 2021 partnerskap`, `före utgången av 5 000`). Their order says nothing, as
    // a translation moves the time of a clause freely; the words before them do. A count after
    // words of another sense is their own object, where the translation names the year with a
    // verb and no preposition (`published in 2025, 71 met that deadline` = `offentliggjordes
    // 2025 hölls tidsfristen för 71`).
    // After a word or a phrase that puts a year in time (`since`, `i slutet av`); with `leads`,
    // or one a year may follow without such a word (`than 2024`, `som 2023`).
    let timed = |side: Side, r: ValueRef, leads: bool| {
        let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
        crate::values::after_year_preposition(text, input.value(side, r).span.start, input.lang(side), leads)
    };
    // The senses of the words that put a year in time before a figure (0 for none).
    let sense = |side: Side, r: ValueRef| {
        let text = input.doc(side).blocks.get(r.0).map_or("", |block| block.text.as_str());
        crate::values::year_sense(text, input.value(side, r).span.start, input.lang(side))
    };
    let year = |r: ValueRef| input.value(Side::Source, r).key.starts_with("year:");
    let count = |(s, t): (ValueRef, ValueRef)| {
        let (a, b) = (input.value(Side::Source, s), input.value(Side::Target, t));
        a.key.starts_with("num:") && a.detail.is_none() && b.detail.is_none()
    };
    let years = pairs
        .iter()
        .filter(|&&(_, s, t)| year(s) && timed(Side::Source, s, false) && !timed(Side::Target, t, true));
    for &(place, year_s, year_t) in years {
        let traded = pairs.iter().find(|&&(other, s, t)| {
            // The same sentence on each side: a sentence the translation splits in two puts
            // the year in one and the count in the other.
            other == place
                && count((s, t))
                && sense(Side::Target, t) & sense(Side::Source, year_s) != 0
                && !timed(Side::Source, s, false)
        });
        if let Some(&(_, count_s, _)) = traded {
            let (first, second) = (input.surface(Side::Source, year_s), input.surface(Side::Source, count_s));
            let message = format!(
                "the year `{first}` and the number `{second}` stand in each other's place in target: swapped?"
            );
            out.push(swap_warning(ctx, message, (year_s, year_t), count_s));
        }
    }
}

/// The part of an amending text a place of a block stands in: the text it strikes out
/// (`~~50 000~~`) or the text it inserts in its place, in bold after the struck span
/// (`~~50 000~~ **10 000**`), as the Parliament's and the Committees' amendments mark them.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
enum Amended {
    Struck,
    Inserted,
}

/// The part of an amendment the byte `at` of `block`'s text stands in, where any: inside a
/// pair of `~~` (the parser leaves them in the text), or inside a bold span that follows a
/// struck one with nothing but spaces between.
fn amended_part(block: &crate::document::Block, at: usize) -> Option<Amended> {
    let text = block.text.as_str();
    let marks = |text: &str| memchr::memmem::find_iter(text.as_bytes(), b"~~").count();
    if marks(text.get(..at)?) % 2 == 1 && marks(text.get(at..)?) > 0 {
        return Some(Amended::Struck);
    }
    block.inlines.iter().find_map(|inline| match inline {
        crate::document::Inline::Emphasis { strong: true, text: span } if span.contains(&at) => {
            let head = text.get(..span.start)?.trim_end_matches([' ', '\u{a0}']);
            (head.ends_with("~~") && marks(head) % 2 == 0).then_some(Amended::Inserted)
        }
        _ => None,
    })
}

/// Two values of an amending text whose parts trade places in the translation: the original
/// strikes out one and inserts the other (`~~4 000 000 000~~ **6 500 000 000**`), the
/// translation strikes out the inserted value and inserts the struck one (`~~6 500 000 000~~
/// **4 000 000 000**`). A struck value is the original's struck value, an inserted one its
/// inserted value, whatever other value of the same figure the passage holds (the text
/// amended, quoted beside the amendment). Returns the source values reported.
fn amendment_swaps(ctx: &PairCtx, out: &mut Vec<Finding>) -> Vec<ValueRef> {
    let input = ctx.input;
    let bead = ctx.bead;
    let blocks = |side: Side| if side == Side::Source { &bead.src } else { &bead.tgt };
    // Most passages amend nothing: one byte search rules them out.
    let amends = |side: Side| {
        blocks(side).iter().any(|&block| {
            input
                .doc(side)
                .blocks
                .get(block)
                .is_some_and(|b| memchr::memmem::find(b.text.as_bytes(), b"~~").is_some())
        })
    };
    if !amends(Side::Source) || !amends(Side::Target) {
        return Vec::new();
    }
    // The figures and dates of each part of each side, with where each stands.
    let parts = |side: Side| -> Vec<(ValueRef, Amended)> {
        let values = if side == Side::Source { input.src_values } else { input.tgt_values };
        let mut parts = Vec::new();
        for &block in blocks(side) {
            let Some(b) = input.doc(side).blocks.get(block) else { continue };
            for (index, value) in values.get(block).into_iter().flatten().enumerate() {
                if matches!(value.kind, ValueKind::Number | ValueKind::Date)
                    && let Some(part) = amended_part(b, value.span.start)
                {
                    parts.push(((block, index), part));
                }
            }
        }
        parts
    };
    let (src, tgt) = (parts(Side::Source), parts(Side::Target));
    let key = |side: Side, r: ValueRef| input.value(side, r).key.as_str();
    let count = |list: &[(ValueRef, Amended)], side: Side, figure: &str, part: Amended| {
        list.iter().filter(|&&(r, p)| p == part && key(side, r) == figure).count()
    };
    // A value of the original's struck part that the translation inserts instead, and the other
    // way round: the first of each, of the original.
    let moved = |from: Amended, to: Amended| {
        src.iter().copied().find(|&(r, part)| {
            let figure = key(Side::Source, r);
            part == from
                && count(&src, Side::Source, figure, from) > count(&tgt, Side::Target, figure, from)
                && count(&tgt, Side::Target, figure, to) > count(&src, Side::Source, figure, to)
        })
    };
    let (Some((struck, _)), Some((inserted, _))) =
        (moved(Amended::Struck, Amended::Inserted), moved(Amended::Inserted, Amended::Struck))
    else {
        return Vec::new();
    };
    let (a, b) = (input.value(Side::Source, struck), input.value(Side::Source, inserted));
    if a.kind != b.kind || family(a) != family(b) {
        return Vec::new();
    }
    let Some(&(target, _)) =
        tgt.iter().find(|&&(r, part)| part == Amended::Inserted && key(Side::Target, r) == a.key)
    else {
        return Vec::new();
    };
    let what = if a.kind == ValueKind::Date { "dates" } else { "numbers" };
    let message = format!(
        "{what} `{}` (struck) and `{}` (inserted) trade the struck and the inserted part of the \
         amendment in target: swapped?",
        input.surface(Side::Source, struck),
        input.surface(Side::Source, inserted),
    );
    out.push(swap_warning(ctx, message, (struck, target), inserted));
    vec![struck, inserted]
}

/// The unit a figure counts (`day` of `35 days`), by which the count of how often a figure is
/// written tells it from the same figure of none: a figure's own, never a date's part of its
/// year (`end` of `by the end of 2024`), which the other version may leave out.
/// Whether `value` names one whole day, of a year or of none (`date:2025-07-31`,
/// `day:07-31`).
fn whole_day(value: &Value) -> bool {
    value.key.starts_with("date:") || value.key.starts_with("day:")
}

/// What tells two writings of one figure of a sentence apart: the unit it counts and the sign
/// written before it ([`counted_form`]).
type CountedForm<'a> = (Option<&'a str>, Option<crate::values::Sign>);

/// The unit a figure counts and the sign written before it, which tell it from the same figure
/// written otherwise in its sentence (`35 days` beside `D−35`, `+0.1%` beside `0.1%`).
fn counted_form(value: &Value) -> CountedForm<'_> {
    if value.kind == ValueKind::Number { (value.detail.as_deref(), value.sign) } else { (None, None) }
}

/// The family of a value's key, its kind and unit (`pct`, `amount:EUR`), which one could take
/// for another value of the family. A standard's key ends with its year after a colon of its
/// own (`std:EN ISO 10705-2:2001`): every standard is of one family.
fn family(value: &Value) -> &str {
    if value.key.starts_with("std:") {
        return "std";
    }
    value.key.rsplit_once(':').map_or(value.key.as_str(), |(family, _)| family)
}

/// The family of the figure `values[index]` of `text`: where it is a bare figure of a list
/// whose unit is written once, after its last figure (`1,4 respektive 0,6 procentenheter`, `3,
/// 4 och 5 %`), the family of that last figure; else its own.
fn listed_family<'a>(text: &str, values: &'a [Value], index: usize, lang: Lang) -> &'a str {
    let Some(value) = values.get(index) else { return "" };
    let mut at = value;
    let mut next = index + 1;
    while at.kind == ValueKind::Number && at.key.starts_with("num:") && at.detail.is_none() {
        let Some(after) = values.get(next) else { break };
        let joint = text.get(at.span.end..after.span.start).map(str::trim);
        if after.kind != ValueKind::Number || !joint.is_some_and(|joint| list_joint(joint, lang)) {
            break;
        }
        at = after;
        next += 1;
    }
    family(if at.key.starts_with("num:") || at.detail.is_some() { value } else { at })
}

/// Two figures of one family, each in the sentence of the other's counterpart (`varav 4 930 000
/// euro … Minskningen med 2 839 000 euro` for `of which EUR 2 839 thousand … The decrease of EUR
/// 4 930 thousand`): a swap across the sentences of a paragraph, where one of the two sentences
/// keeps another value in its place (`anchored`). Two sentences the translation gives in the
/// other order cross all their values.
fn crossed_swaps(
    ctx: &PairCtx,
    crossed: &[(usize, usize, ValueRef, ValueRef)],
    anchored: &[usize],
    out: &mut Vec<Finding>,
) {
    let input = ctx.input;
    let family = |r: ValueRef| family(input.value(Side::Source, r));
    let unit = |side: Side, r: ValueRef| input.value(side, r).detail.as_deref();
    let mut reported = vec![false; crossed.len()];
    for i in 0..crossed.len() {
        for j in i + 1..crossed.len() {
            let ((source_i, target_i, s_i, t_i), (source_j, target_j, s_j, t_j)) = (crossed[i], crossed[j]);
            if reported[i]
                || reported[j]
                || source_i != target_j
                || source_j != target_i
                || family(s_i) != family(s_j)
                || unit(Side::Source, s_i) != unit(Side::Source, s_j)
                || unit(Side::Target, t_i) != unit(Side::Target, t_j)
                || !anchored.iter().any(|&sentence| sentence == source_i || sentence == source_j)
            {
                continue;
            }
            reported[i] = true;
            reported[j] = true;
            let (first, second) = (input.surface(Side::Source, s_i), input.surface(Side::Source, s_j));
            let message = format!(
                "numbers `{first}` and `{second}` stand each in the other's sentence in target: swapped?"
            );
            out.push(swap_warning(ctx, message, (s_i, t_i), s_j));
        }
    }
}

/// Whether the years `first` and `second` of `text` (`first` before), among its `values`, are
/// each tied by the same year preposition to a figure of one family right before it, the items
/// of one list joined by a comma or a list word (`60% by 2040 and 90% by 2050`, `60 % senast
/// 2040 och 90 % senast 2050`): the figures stay in their places where a swap trades the years.
fn tied_items(text: &str, values: &[Value], first: &Value, second: &Value, lang: Lang) -> bool {
    let firm = |value: &&Value| !value.optional;
    let mut inside = values
        .iter()
        .filter(firm)
        .filter(|value| value.span.start >= first.span.end && value.span.end <= second.span.start);
    let (Some(middle), None) = (inside.next(), inside.next()) else { return false };
    let lead = values
        .iter()
        .filter(firm)
        .filter(|value| value.span.end <= first.span.start)
        .max_by_key(|value| value.span.end);
    let Some(lead) = lead else { return false };
    let gap = |from: usize, to: usize| text.get(from..to).map(str::trim);
    let (Some(link), Some(again), Some(joint)) = (
        gap(lead.span.end, first.span.start),
        gap(middle.span.end, second.span.start),
        gap(first.span.end, middle.span.start),
    ) else {
        return false;
    };
    lead.kind == ValueKind::Number
        && middle.kind == ValueKind::Number
        && family(lead) == family(middle)
        && !link.is_empty()
        && link == again
        && link.chars().all(char::is_alphabetic)
        && crate::values::after_year_preposition(text, second.span.start, lang, false)
        && list_joint(joint, lang)
}

/// Two countries of a sentence that traded their figures while the figures kept their places
/// (`four in Germany and two in France` against `fyra i Frankrike och två i Tyskland`): where
/// each side's sentence holds just two countries and two figures, each country and its figure
/// side by side in one of two items that a list word or a comma joins, and nothing joins inside
/// an item. Items of other shapes (`Germany and France, with 4 and 2 respectively`) pair
/// nothing.
fn country_swaps(ctx: &PairCtx, flagged: &[crate::check::Location], out: &mut Vec<Finding>) {
    let input = ctx.input;
    for sentences in &ctx.bead.sentences {
        let (Some(src), Some(tgt)) = (
            country_items(ctx, Side::Source, &sentences.src),
            country_items(ctx, Side::Target, &sentences.tgt),
        ) else {
            continue;
        };
        let key = |side: Side, r: ValueRef| input.value(side, r).key.as_str();
        // Each country's figure on each side, by key.
        let figure_of = |side: Side, items: &[(ValueRef, ValueRef); 2], country: &str| {
            items.iter().find(|(c, _)| key(side, *c) == country).map(|&(_, n)| n)
        };
        let (first_country, second_country) = (key(Side::Source, src[0].0), key(Side::Source, src[1].0));
        let (Some(t_first), Some(t_second)) =
            (figure_of(Side::Target, &tgt, first_country), figure_of(Side::Target, &tgt, second_country))
        else {
            continue;
        };
        let (s_first, s_second) = (src[0].1, src[1].1);
        let swapped = key(Side::Source, s_first) == key(Side::Target, t_second)
            && key(Side::Source, s_second) == key(Side::Target, t_first);
        let known = |r: ValueRef| flagged.contains(&input.value_location(Side::Source, r));
        if !swapped || known(s_first) || known(s_second) {
            continue;
        }
        let (first_name, second_name) =
            (&input.value(Side::Source, src[0].0).display, &input.value(Side::Source, src[1].0).display);
        let message = format!(
            "numbers `{}` and `{}` go with {first_name} and {second_name} in source and with {second_name} and \
             {first_name} in target",
            input.surface(Side::Source, s_first),
            input.surface(Side::Source, s_second),
        );
        let finding_key = ["country-swap", key(Side::Source, s_first), first_country, second_country];
        out.push(super::value_common::value_pair_finding(
            ctx,
            &RULE,
            message,
            (s_first, t_second),
            &finding_key,
        ));
    }
}

/// The two items of one sentence (`parts`, one part of one block) that each pair a country
/// with a figure, in order, as (country, figure): the sentence's countries and figures are two
/// each, of two keys each, in the order country, figure, country, figure or figure, country,
/// figure, country, with a list word or a comma between the items and none inside either.
fn country_items(
    ctx: &PairCtx,
    side: Side,
    parts: &[(usize, std::ops::Range<usize>)],
) -> Option<[(ValueRef, ValueRef); 2]> {
    let [(block, range)] = parts else { return None };
    let input = ctx.input;
    let values = match side {
        Side::Source => input.src_values,
        Side::Target => input.tgt_values,
    };
    let text = input.doc(side).blocks.get(*block)?.text.as_str();
    let mut items: Vec<(bool, usize)> = Vec::new();
    for (index, value) in values.get(*block)?.iter().enumerate() {
        if !range.contains(&value.span.start) {
            continue;
        }
        let country = value.kind == ValueKind::Name && value.key.starts_with("country:");
        let figure = value.kind == ValueKind::Number
            && !value.optional
            && ["num:", "pct:", "pp:", "amount:"].iter().any(|prefix| value.key.starts_with(prefix));
        if country || figure {
            items.push((country, index));
        }
    }
    let countries: Vec<usize> = (0..items.len()).filter(|&i| items[i].0).collect();
    let &[first, second] = countries.as_slice() else { return None };
    if second != first + 2 {
        return None;
    }
    let lang = input.lang(side);
    let joiners = crate::values::tables::table(lang).list_joiners;
    let value = |index: usize| values.get(*block).and_then(|values| values.get(index));
    let joins = |from: usize, to: usize| {
        let (Some(from), Some(to)) = (value(from), value(to)) else { return true };
        let gap = text.get(from.span.end..to.span.start).unwrap_or(",");
        gap.contains([',', ';', '(', ')'])
            || gap
                .split(|c: char| !c.is_alphabetic())
                .any(|word| joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(word)))
    };
    // The four items: a figure before each country, or one after each.
    let windows = [first.checked_sub(1), Some(first).filter(|_| second + 1 < items.len())];
    windows.into_iter().flatten().find_map(|start| {
        let [a, b, c, d] = [items[start], items[start + 1], items[start + 2], items[start + 3]];
        let (va, vb, vc, vd) = (value(a.1)?, value(b.1)?, value(c.1)?, value(d.1)?);
        if va.key == vc.key || vb.key == vd.key || joins(a.1, b.1) || !joins(b.1, c.1) || joins(c.1, d.1) {
            return None;
        }
        let pair = |(country, index): (bool, usize), (_, other): (bool, usize)| {
            if country { ((*block, index), (*block, other)) } else { ((*block, other), (*block, index)) }
        };
        Some([pair(a, b), pair(c, d)])
    })
}

/// Whether `joint`, trimmed, joins two items of a list: a comma, a list word, or both (`,`,
/// `and`, `, och`).
pub(crate) fn list_joint(joint: &str, lang: Lang) -> bool {
    let joiners = crate::values::tables::table(lang).list_joiners;
    let word = joint.strip_prefix(',').unwrap_or(joint).trim_start();
    joint == "," || joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(word))
}

/// Whether the figures at `first` and `second` of `text` (`first` before) are the items of one
/// short list, each before its noun: one or two words after the first, then a comma or a list
/// word, and a word after the second (`22 planes and 4 helicopters`, `22 flygplan och fyra
/// helikoptrar`).
fn noun_list(text: &str, first: std::ops::Range<usize>, second: std::ops::Range<usize>, lang: Lang) -> bool {
    let (Some(gap), Some(tail)) = (text.get(first.end..second.start), text.get(second.end..)) else {
        return false;
    };
    if !gap.starts_with(' ') || !gap.ends_with(' ') {
        return false;
    }
    let gap = gap.trim();
    let joiners = crate::values::tables::table(lang).list_joiners;
    let words = match gap.rsplit_once(' ') {
        Some((words, last)) if joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(last)) => {
            words.strip_suffix(',').unwrap_or(words)
        }
        _ => gap.strip_suffix(',').unwrap_or(""),
    };
    let count = words.split(' ').count();
    (1..=2).contains(&count)
        && words
            .split(' ')
            .all(|word| !word.is_empty() && word.chars().all(|c| c.is_alphabetic() || c == '-'))
        && !noun_after(text, second.end).is_empty()
        && tail.starts_with(' ')
}

/// The most words after the first figure of two parallel items before the word that joins them
/// (`of the new products` of `three of the new products and for two of the modified products`).
const PARALLEL_WORDS: usize = 5;

/// The words that tell apart two items of one list that the figures at `first` and `second` of
/// `text` (`first` before) open alike (`three of the new products and for two of the modified
/// products`, `tre av de nya produkterna och för två av de ändrade produkterna`): the first
/// words after each figure, up to the list word, the same in number and beginning with the
/// same word, and a word before the second that, where one stands after the list word, repeats
/// the one before the first (`for … and for`). A list of such items keeps its order in
/// translation as a list of nouns does, and a swap trades the figures and leaves the words;
/// the words returned are the first that differ (`new`, `modified`), by which an item moved
/// whole is known.
fn parallel_items(
    text: &str,
    first: std::ops::Range<usize>,
    second: std::ops::Range<usize>,
    lang: Lang,
) -> Option<(&str, &str)> {
    let gap = text.get(first.end..second.start)?.strip_prefix(' ')?.strip_suffix(' ')?;
    let joiners = crate::values::tables::table(lang).list_joiners;
    let words: Vec<&str> = gap.split(' ').collect();
    let joiner =
        words.iter().position(|word| joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(word)))?;
    let (own, after_joiner) = (&words[..joiner], &words[joiner + 1..]);
    let lead = text.get(..first.start)?.strip_suffix(' ')?.rsplit(' ').next()?;
    let repeated = match after_joiner {
        [] => true,
        [again] => again.eq_ignore_ascii_case(lead) && !lead.is_empty(),
        _ => false,
    };
    let plain = |word: &&str| !word.is_empty() && word.chars().all(|c| c.is_alphabetic() || c == '-');
    if !repeated || own.len() < 2 || own.len() > PARALLEL_WORDS || !own.iter().all(plain) {
        return None;
    }
    let mut others = text.get(second.end..)?.strip_prefix(' ')?.split(' ');
    let others: Vec<&str> = others.by_ref().take(own.len()).collect();
    // The other item's words, its last word's punctuation aside (`products,`).
    let others: Vec<&str> =
        others.iter().map(|word| word.trim_end_matches(|c: char| !c.is_alphanumeric())).collect();
    if others.len() != own.len() || !others.iter().all(plain) || !own[0].eq_ignore_ascii_case(others[0]) {
        return None;
    }
    own.iter().zip(&others).find(|(a, b)| !a.eq_ignore_ascii_case(b)).map(|(a, b)| (*a, *b))
}

/// The word a space after byte `at` of `text` (`helicopters` of `4 helicopters`), or none.
fn noun_after(text: &str, at: usize) -> &str {
    let Some(rest) = text.get(at..).and_then(|rest| rest.strip_prefix(' ')) else { return "" };
    let end = rest.find(|c: char| !c.is_alphabetic()).unwrap_or(rest.len());
    rest.get(..end).unwrap_or("")
}

/// The noun the count `value` of `text` counts: the last word of its own text where the count
/// of a unit takes in the unit's word (`vecka` of `en vecka`, `week` of `a week`), else the word
/// after it.
fn counted_noun<'a>(text: &'a str, value: &Value) -> &'a str {
    let written = text.get(value.span.clone()).unwrap_or("");
    match written.rsplit_once(' ') {
        Some((_, last))
            if value.detail.is_some() && !last.is_empty() && last.chars().all(char::is_alphabetic) =>
        {
            last
        }
        _ => noun_after(text, value.span.end),
    }
}

/// Whether two nouns of the two languages start alike, four letters or more (`helicopters`,
/// `helikoptrar`; `programmes`, `program`): the same word, moved with its figure.
fn kindred(a: &str, b: &str) -> bool {
    let mut letters = a.chars().zip(b.chars());
    a.chars().count() >= 4
        && b.chars().count() >= 4
        && letters.by_ref().take(4).all(|(x, y)| x.to_lowercase().eq(y.to_lowercase()))
}

/// The most bytes between a figure and the country named beside it in its item (` on `, ` den
/// `, ` signed on `).
const BESIDE_GAP: usize = 16;

/// The country named right beside the value `values[index]` of `text`, in its item: the value
/// next to it, before it or after it, with at most two words between them and no comma,
/// bracket or list word (`with Egypt on 17 March 2024`, `med Egypten den 17 mars 2024`, `4 in
/// Germany`). Where both neighbours are countries beside it, neither is its own.
fn country_beside<'a>(text: &str, values: &'a [Value], index: usize, lang: Lang) -> Option<&'a Value> {
    let value = values.get(index)?;
    let joiners = crate::values::tables::table(lang).list_joiners;
    let binds = |from: usize, to: usize| {
        text.get(from..to).is_some_and(|gap| {
            gap.len() <= BESIDE_GAP
                && gap.chars().all(|c| c.is_alphabetic() || c.is_whitespace())
                && gap.split_whitespace().count() <= 2
                && !gap
                    .split_whitespace()
                    .any(|word| joiners.iter().any(|joiner| joiner.eq_ignore_ascii_case(word)))
        })
    };
    let country = |other: &&Value| other.kind == ValueKind::Name && other.key.starts_with("country:");
    let before = values
        .iter()
        .filter(|other| other.span.end <= value.span.start)
        .max_by_key(|other| other.span.end)
        .filter(country)
        .filter(|other| binds(other.span.end, value.span.start));
    let after = values
        .iter()
        .filter(|other| other.span.start >= value.span.end)
        .min_by_key(|other| other.span.start)
        .filter(country)
        .filter(|other| binds(value.span.end, other.span.start));
    match (before, after) {
        (Some(one), None) | (None, Some(one)) => Some(one),
        (Some(one), Some(other)) if one.key == other.key => Some(one),
        _ => None,
    }
}

/// Whether the count `value` of `text` counts countries: a noun of countries right after it,
/// or after the words of a part of a whole (`14 EU Member States`, `14 av EU:s
/// medlemsstater`, `3 of the countries`).
fn counts_countries(text: &str, value: &Value, lang: Lang) -> bool {
    if value.kind != ValueKind::Number || !value.key.starts_with("num:") || value.detail.is_some() {
        return false;
    }
    let rest = text.get(value.span.end..).unwrap_or("");
    let partitive = crate::values::tables::table(lang).count_partitives.iter().find_map(|words| {
        let after = rest.strip_prefix(' ')?;
        crate::values::starts_with_word(after, words).then(|| after.get(words.len()..)).flatten()
    });
    crate::values::country_noun_opens(partitive.unwrap_or(rest), lang)
}

/// The warning on the pair `pair` swapped with the source value `other`, keyed by both.
fn swap_warning(ctx: &PairCtx, message: String, pair: (ValueRef, ValueRef), other: ValueRef) -> Finding {
    let input = ctx.input;
    let key = [input.value(Side::Source, pair.0).key.as_str(), input.value(Side::Source, other).key.as_str()];
    value_pair_warning(ctx, &RULE, message, pair, &key)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn years(text: &str, lang: Lang) -> bool {
        let values = crate::values::extract(text, lang);
        let found: Vec<&Value> = values.iter().filter(|value| value.key.starts_with("year:")).collect();
        let [.., first, second] = found.as_slice() else { return false };
        tied_items(text, &values, first, second, lang)
    }

    #[test]
    fn years_tied_to_their_figures_by_one_preposition_are_items() {
        assert!(years("restoration on 30% by 2030, 60% by 2040 and 90% by 2050.", Lang::En));
        assert!(years("restaurering på 30 % senast 2030, 60 % senast 2040 och 90 % senast 2050.", Lang::Sv));
        assert!(years("the share rose to 12% in 2024, 15% in 2025.", Lang::En));
    }

    #[test]
    fn years_not_tied_alike_are_no_items() {
        // Another preposition before each year, or none before one.
        assert!(!years("60% by 2040 and 90% in 2050.", Lang::En));
        assert!(!years("60% by 2040 and 90% 2050.", Lang::En));
        // A figure of another family between them.
        assert!(!years("60% by 2040 and EUR 90 million by 2050.", Lang::En));
        // Not joined as a list.
        assert!(!years("60% by 2040 but then 90% by 2050.", Lang::En));
    }

    fn listed(text: &str, first: &str, second: &str, lang: Lang) -> bool {
        let at = |figure: &str| text.find(figure).map(|start| start..start + figure.len());
        let (Some(first), Some(second)) = (at(first), at(second)) else { return false };
        noun_list(text, first, second, lang)
    }

    #[test]
    fn figures_each_before_its_noun_in_a_short_list_are_items() {
        assert!(listed("of 22 planes and 4 helicopters hosted", "22", "4", Lang::En));
        assert!(listed("av 22 flygplan och fyra helikoptrar som", "22", "fyra", Lang::Sv));
        assert!(listed("24 purse seiners, 8 vessels", "24", "8", Lang::En));
        assert!(listed("of 22 new planes or 4 helicopters", "22", "4", Lang::En));
    }

    #[test]
    fn figures_apart_or_without_nouns_are_no_items() {
        // Three words between, a preposition and no list word, or no noun after the second.
        assert!(!listed("of 22 planes on standby and 4 helicopters", "22", "4", Lang::En));
        assert!(!listed("within five working days of 90 days", "five", "90", Lang::En));
        assert!(!listed("22 planes and 4.", "22", "4", Lang::En));
        assert!(!listed("22 and 4 helicopters", "22", "4", Lang::En));
    }

    fn family_of(text: &str, figure: &str, lang: Lang) -> String {
        let values = crate::values::extract(text, lang);
        let index = values.iter().position(|value| text.get(value.span.clone()) == Some(figure));
        index.map_or_else(String::new, |index| listed_family(text, &values, index, lang).to_string())
    }

    #[test]
    fn a_unit_written_once_after_a_list_is_each_figure_s() {
        assert_eq!(family_of("minskade med 1,4 respektive 0,6 procentenheter.", "1,4", Lang::Sv), "pp");
        assert_eq!(family_of("i 3 och 5 % av fallen", "3", Lang::Sv), "pct");
        assert_eq!(family_of("in 2, 3 and 5% of cases", "2", Lang::En), "pct");
        assert_eq!(family_of("in 2, 3 and 5% of cases", "5%", Lang::En), "pct");
    }

    #[test]
    fn a_bare_figure_apart_from_a_unit_keeps_its_family() {
        // Words between the two, or a unit of no family of its own after the last.
        assert_eq!(family_of("i 3 länder och 5 % av fallen", "3", Lang::Sv), "num");
        assert_eq!(family_of("in 3 cases; 5% of them", "3", Lang::En), "num");
        assert_eq!(family_of("i 3 och 5 medlemsstater", "3", Lang::Sv), "num");
    }

    fn swaps(en: &str, sv: &str) -> Vec<String> {
        crate::check::context::tests::findings_of(super::RULE.name, en, sv)
    }

    #[test]
    fn counts_in_words_that_stand_for_one_noun_named_before() {
        let en = "The number of Member States rose to 14; 8 had notified partial transposition and 3 had \
                  notified no measures.";
        let sv = "Antalet medlemsstater steg till 14, medan åtta hade anmält delvis införlivande och tre inte \
                  hade anmält några åtgärder alls.";
        assert_eq!(swaps(en, sv), Vec::<String>::new());
        let swapped =
            sv.replace("medan åtta", "medan TRE").replace("och tre", "och åtta").replace("TRE", "tre");
        assert_eq!(swaps(en, &swapped).len(), 1, "{swapped}");
        // A count before its own noun moves with its phrase, as before.
        let en = "In 8 regions 3 inspections were held.";
        let sv = "Tre inspektioner hölls i åtta regioner.";
        assert_eq!(swaps(en, sv), Vec::<String>::new());
    }

    #[test]
    fn a_correction_by_a_negation_pairs_its_values_in_either_order() {
        let en = "The certificate expires on 27 February 2032, not on 21 June 2032.";
        let kept = "Tilläggsskyddet löper inte ut den 21 juni 2032 utan den 27 februari 2032.";
        assert_eq!(swaps(en, kept), Vec::<String>::new());
        // The same order with the parts traded, and the other order with the parts kept.
        let traded = "Tilläggsskyddet löper inte ut den 27 februari 2032 utan den 21 juni 2032.";
        assert_eq!(
            swaps(en, traded),
            [
                "dates `27 February 2032` and `21 June 2032` trade places around the negation in target: swapped?"
            ]
        );
        let turned = "Tilläggsskyddet löper ut den 21 juni 2032, inte den 27 februari 2032.";
        assert_eq!(swaps(en, turned).len(), 1);
        assert_eq!(
            swaps("A rate of 3%, not 5%, applies.", "En sats på inte 5 % utan 3 % gäller."),
            Vec::<String>::new()
        );
        assert_eq!(swaps("A rate of 3%, not 5%, applies.", "En sats på inte 3 % utan 5 % gäller.").len(), 1);
        // With no negation on one side, the order of the sentence decides.
        let plain = "Tilläggsskyddet löper ut den 21 juni 2032 och den 27 februari 2032.";
        assert_eq!(swaps(en, plain).len(), 1);
    }

    #[test]
    fn a_count_trades_no_place_with_a_share() {
        let en = "It is up 1.4 percentage points from 2026 (46,400,000, or 10.4%).";
        let sv = "Det är 1,4 procentenheter mer än 2026, då andelen var 10,4 % (46 400 000 utsläppsrätter).";
        assert_eq!(swaps(en, sv), Vec::<String>::new());
        // Two shares still trade places.
        let en = "Shares of 10.4% and 11.8% were recorded.";
        assert_eq!(swaps(en, "Andelar på 11,8 % och 10,4 % registrerades.").len(), 1);
    }

    #[test]
    fn an_amendment_keeps_its_struck_and_inserted_values() {
        let none: Vec<String> = Vec::new();
        let en = "| 1. The envelope shall be EUR 4 000 000 000. | 1. The envelope shall be EUR ~~4 000 000 000~~ \
                  **6 500 000 000**. |\n";
        let kept = "| 1. Ramen ska vara 4 000 000 000 EUR. | 1. Ramen ska vara ~~4 000 000 000~~ **6 500 000 000** \
                    EUR. |\n";
        assert_eq!(swaps(en, kept), none);
        let traded = "| 1. Ramen ska vara 4 000 000 000 EUR. | 1. Ramen ska vara ~~6 500 000 000~~ \
                      **4 000 000 000** EUR. |\n";
        assert_eq!(
            swaps(en, traded),
            ["numbers `4 000 000 000` (struck) and `6 500 000 000` (inserted) trade the struck and the \
                 inserted part of the amendment in target: swapped?"]
        );
        // In running text too, once for the two values.
        let en = "municipalities of more than ~~50 000~~ **10 000** inhabitants\n";
        assert_eq!(swaps(en, "kommuner med fler än ~~50 000~~ **10 000** invånare\n"), none);
        assert_eq!(swaps(en, "kommuner med fler än ~~10 000~~ **50 000** invånare\n").len(), 1);
        // Bold that follows no struck span is no inserted text.
        let en = "municipalities of more than ~~50 000~~ **10 000** inhabitants\n";
        assert_eq!(swaps(en, "kommuner med **50 000** invånare, ~~10 000~~ och fler\n"), none);
    }

    #[test]
    fn parts_of_an_amendment() {
        let doc = crate::document::parse(
            "t.md",
            "A ~~50 000~~ **10 000** and **7** ~~x~~ 3.\n".to_owned(),
            crate::document::Format::Markdown,
        );
        let block = &doc.blocks[0];
        let at = |figure: &str| block.text.find(figure).unwrap_or(usize::MAX);
        assert_eq!(amended_part(block, at("50 000")), Some(Amended::Struck));
        assert_eq!(amended_part(block, at("10 000")), Some(Amended::Inserted));
        assert_eq!(amended_part(block, at("7")), None);
        assert_eq!(amended_part(block, at("3")), None);
    }

    #[test]
    fn kindred_nouns_start_alike() {
        assert_eq!(noun_after("4 helicopters hosted", 1), "helicopters");
        assert_eq!(noun_after("4, then", 1), "");
        assert!(kindred("helicopters", "helikoptrar"));
        assert!(kindred("Programmes", "program"));
        assert!(!kindred("planes", "helikoptrar"));
        assert!(!kindred("day", "dagar"));
    }

    /// The findings of this rule on a pair of one-paragraph texts.
    fn findings(en: &str, sv: &str) -> Vec<String> {
        crate::check::context::tests::findings_of(super::RULE.name, en, sv)
    }

    #[test]
    fn counts_in_words_on_both_sides_swapped_in_a_short_list() {
        let none: Vec<String> = Vec::new();
        let en =
            "The mission monitored four television channels, five radio stations and three newspapers.\n";
        let sv = "Uppdraget bevakade fyra tv-kanaler, fem radiostationer och tre dagstidningar.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = sv.replace("fem radiostationer och tre", "tre radiostationer och fem");
        assert_eq!(
            findings(en, &swapped),
            ["numbers `five` and `three` stand in the opposite order in target: swapped?"]
        );
        // The items moved whole, each with its noun: no swap.
        let moved = "Uppdraget bevakade fyra tv-kanaler, tre dagstidningar och fem radiostationer.\n";
        assert_eq!(findings(en, moved), none);
    }

    #[test]
    fn items_opened_alike_are_told_apart_by_their_first_other_word() {
        fn items<'a>(text: &'a str, first: &str, second: &str, lang: Lang) -> Option<(&'a str, &'a str)> {
            let at = |figure: &str| text.find(figure).map(|start| start..start + figure.len());
            parallel_items(text, at(first)?, at(second)?, lang)
        }
        let en = "The suspension for three of the new products and for two of the modified products should";
        assert_eq!(items(en, "three", "two", Lang::En), Some(("new", "modified")));
        let sv = "Suspensionen för tre av de nya produkterna och för två av de ändrade produkterna bör";
        assert_eq!(items(sv, "tre", "två", Lang::Sv), Some(("nya", "ändrade")));
        assert_eq!(items("of 3 of the new and 2 of the old ones.", "3", "2", Lang::En), Some(("new", "old")));
        // Opened otherwise, another word after the list word, a comma inside, too long, the
        // same words: no such items.
        assert_eq!(
            items("for three of the new products and two in the old ones", "three", "two", Lang::En),
            None
        );
        assert_eq!(
            items("for three of the new products and by two of the old ones", "three", "two", Lang::En),
            None
        );
        assert_eq!(
            items("for three of the new, costly products and two of the old", "three", "two", Lang::En),
            None
        );
        assert_eq!(
            items(
                "three of the very many new products here and two of the very many old",
                "three",
                "two",
                Lang::En
            ),
            None
        );
        assert_eq!(items("three of the products and two of the products", "three", "two", Lang::En), None);
    }

    #[test]
    fn counts_in_words_of_items_opened_alike_swapped() {
        let none: Vec<String> = Vec::new();
        let en = "The suspension for three of the new products and for two of the modified products should be \
                  subject to end-use customs supervision.\n";
        let sv = "Suspensionen för tre av de nya produkterna och för två av de ändrade produkterna bör omfattas \
                  av tullövervakning.\n";
        assert_eq!(findings(en, sv), none);
        let swapped =
            sv.replace("tre av de nya produkterna och för två", "två av de nya produkterna och för tre");
        assert_eq!(
            findings(en, &swapped),
            ["numbers `three` and `two` stand in the opposite order in target: swapped?"]
        );
        // The items moved whole, each known by a word of the same stem: no swap.
        let en = "Aid went to three of the regional programmes and to two of the national programmes.\n";
        let sv =
            "Stödet gick till två av de nationella programmen och till tre av de regionala programmen.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn figures_that_keep_their_role_or_bound_words_moved_with_them() {
        let none: Vec<String> = Vec::new();
        // One figure the level a change reaches on both sides, the other of no role.
        let en = "From 1 January 2024, with a reference rate of 4.50%, it rises to 12.50%.\n";
        let sv = "Från och med den 1 januari 2024 stiger den till 12,50 %, eftersom referensräntan då är 4,50 %.\n";
        assert_eq!(findings(en, sv), none);
        // The other order with the figures traded: the level reached is now the rate.
        let swapped =
            "Från och med den 1 januari 2024 är referensräntan 12,50 % och den stiger till 4,50 %.\n";
        assert_eq!(findings(en, swapped).len(), 1);
        // Two limits of one moment, each with its own bound word.
        let en =
            "It revokes the registration not later than 90 days but not before 30 days after the reminder.\n";
        let sv = "Den återkallar registreringen tidigast 30 dagar och senast 90 dagar efter påminnelsen.\n";
        assert_eq!(findings(en, sv), none);
        let swapped =
            "Den återkallar registreringen senast 30 dagar och tidigast 90 dagar efter påminnelsen.\n";
        assert_eq!(
            findings(en, swapped),
            ["numbers `90` and `30` stand in the opposite order in target: swapped?"]
        );
    }

    #[test]
    fn figures_of_one_unit_and_a_spacing_swapped() {
        let none: Vec<String> = Vec::new();
        // A count in words of the unit of the other count, however short the unit's word.
        let en = "Records are kept for 30 years after its destruction, and personal data for 10 years.\n";
        let sv = "Uppgifterna bevaras i 30 år efter det att vapnet har förstörts, och personuppgifterna i tio år.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = "Uppgifterna bevaras i tio år efter det att vapnet har förstörts, och personuppgifterna i 30 år.\n";
        assert_eq!(findings(en, swapped).len(), 1);
        // A recurrence in space against the spacing's figure.
        let en = "It requires pools every 60 km on the core network and every 100 km on the comprehensive network.\n";
        let sv = "Det ska finnas pooler med högst 60 km mellanrum på stomnätet och 100 km på det övergripande nätet.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = "Det ska finnas pooler med högst 100 km mellanrum på stomnätet och 60 km på det övergripande nätet.\n";
        assert_eq!(findings(en, swapped).len(), 1);
    }

    #[test]
    fn two_countries_that_trade_their_figures() {
        let none: Vec<String> = Vec::new();
        let en = "Of the six new programmes, four were sponsored by banks established in Germany and two by \
                  banks established in France.\n";
        let sv = "Av de sex nya programmen hade fyra sponsrats av banker etablerade i Tyskland och två av banker \
                  etablerade i Frankrike.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = sv
            .replace("i Tyskland", "i X")
            .replace("i Frankrike", "i Tyskland")
            .replace("i X", "i Frankrike");
        assert_eq!(
            findings(en, &swapped),
            [
                "numbers `four` and `two` go with Germany and France in source and with France and Germany in target"
            ]
        );
        // The country before its figure, on one side only.
        let en = "Germany had 12% of the applications and France 8%.\n";
        assert_eq!(findings(en, "I Tyskland lämnades 12 % av ansökningarna och i Frankrike 8 %.\n"), none);
        assert_eq!(findings(en, "I Frankrike lämnades 12 % av ansökningarna och i Tyskland 8 %.\n").len(), 1);
        // Countries and figures in two lists pair nothing; nor items with a comma inside.
        let en = "Germany and France received 12% and 8% respectively.\n";
        assert_eq!(findings(en, "Frankrike och Tyskland fick 8 % respektive 12 %.\n"), none);
        let en = "Germany, with 12%, and France, with 8%, lead.\n";
        assert_eq!(findings(en, "Frankrike, med 12 %, och Tyskland, med 8 %, leder.\n"), none);
    }

    #[test]
    fn a_figure_of_a_unit_is_counted_apart_from_the_same_figure_of_none() {
        let none: Vec<String> = Vec::new();
        let en = "‘D−35’ and ‘D+30’ mean 35 days before and 30 days after that day respectively.\n";
        let sv = "D−35 och D+30 betecknar 35 dagar före respektive 30 dagar efter den dagen.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = "D−35 och D+30 betecknar 30 dagar före respektive 35 dagar efter den dagen.\n";
        assert_eq!(
            findings(en, swapped),
            ["numbers `35` and `30` stand in the opposite order in target: swapped?"]
        );
        // The same figure twice, of the same unit, still gives no order.
        let en = "It takes 35 days, then 30 days, then 35 days.\n";
        assert_eq!(findings(en, "Det tar 35 dagar, sedan 35 dagar, sedan 30 dagar.\n"), none);
    }

    #[test]
    fn a_figure_with_a_plus_is_counted_apart_from_the_same_figure_without() {
        let none: Vec<String> = Vec::new();
        let en = "Volume rose by 0.2% in the euro area and by 0.1% in the EU (revised from +0.1% and 0.0% \
                  respectively).\n";
        let sv = "Volymen ökade med 0,2 % i euroområdet och med 0,1 % i EU (reviderat från +0,1 % respektive 0,0 %).\n";
        assert_eq!(findings(en, sv), none);
        let swapped = sv.replace("+0,1 % respektive 0,0 %", "0,0 % respektive +0,1 %");
        assert_eq!(
            findings(en, &swapped),
            ["numbers `0.1%` and `0.0%` stand in the opposite order in target: swapped?"]
        );
        // A sign the translation leaves out tells the two writings apart no more.
        let unsigned = sv.replace("+0,1 % respektive 0,0 %", "0,0 % respektive 0,1 %");
        assert_eq!(findings(en, &unsigned), none);
    }

    #[test]
    fn days_of_no_year_swapped_in_a_list() {
        let none: Vec<String> = Vec::new();
        let en = "The reports cover the periods from 1 January to 30 June and from 1 July to 31 December and are \
                  due by 31 July and 31 January respectively.\n";
        let sv = "Rapporterna avser perioderna 1 januari–30 juni och 1 juli–31 december och ska lämnas senast den \
                  31 juli respektive den 31 januari.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = sv.replace("31 juli respektive den 31 januari", "31 januari respektive den 31 juli");
        assert_eq!(findings(en, &swapped).len(), 1);
        // Apart, each in its clause, they moved with it.
        let sv = "Rapporten för perioden 1 juli–31 december ska lämnas senast den 31 januari, och den för perioden \
                  1 januari–30 juni senast den 31 juli.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn figures_of_another_kind_between_two_shares_do_not_move_them() {
        let none: Vec<String> = Vec::new();
        let en = "All buildings are below the threshold of the 16 % worst-performing buildings by 2030, and below \
                  that of the 26 % worst-performing buildings by 2033.\n";
        let sv = "Alla byggnader ligger senast 2030 under tröskelvärdet för de 16 % som har sämst energiprestanda och \
                  senast 2033 under tröskelvärdet för de 26 %.\n";
        assert_eq!(findings(en, sv), none);
        let swapped =
            sv.replace("de 16 %", "de X %").replace("de 26 %", "de 16 %").replace("de X %", "de 26 %");
        assert_eq!(
            findings(en, &swapped),
            ["numbers `16 %` and `26 %` stand in the opposite order in target: swapped?"]
        );
        // Two clauses each with its share and its year in the other order: the years moved
        // with the shares.
        let en = "Wage growth slowed from 4.5% in 2024 to 3.4% in 2025 and is projected to moderate to 3% in 2026.\n";
        let sv = "Lönerna ökade långsammare, med 3,4 % 2025 jämfört med 4,5 % 2024, och väntas avta till 3 % 2026.\n";
        assert_eq!(findings(en, sv), none);
        // A total moved past figures of its own kind is still no swap.
        let en =
            "The fleet has 24 purse seiners, 8 pole-and-line vessels and 6 longliners, 38 vessels in all.\n";
        let sv = "Flottan har sammanlagt 38 fartyg – 24 notfartyg, 8 fartyg för fiske med spö och 6 långrevsfartyg.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn years_that_trade_the_figures_before_them_swapped() {
        let none: Vec<String> = Vec::new();
        let en = "A building using 300 kWh/(m²·y) must be renovated by 2030, and one using 250 kWh/(m²·y) by 2033.\n";
        let sv = "En byggnad som använder 300 kWh/(m²·år) renoveras senast 2030 och en som använder 250 kWh/(m²·år) \
                  senast 2033.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = sv
            .replace("senast 2030", "senast X")
            .replace("senast 2033", "senast 2030")
            .replace("senast X", "senast 2033");
        assert_eq!(
            findings(en, &swapped),
            ["years `2030` and `2033` stand in the opposite order in target: swapped?"]
        );
        // The clauses in the other order, each year with its figure: no swap.
        let sv = "En byggnad som använder 250 kWh/(m²·år) renoveras senast 2033 och en som använder 300 kWh/(m²·år) \
                  senast 2030.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn rates_of_a_currency_pair_swapped() {
        let none: Vec<String> = Vec::new();
        let en = "Assumptions: USD/EUR exchange rate 1.16 in 2025 and 1.17 in 2026–2027.\n";
        let sv = "Antaganden: växelkursen USD/EUR 1,16 för 2025 och 1,17 för 2026–2027.\n";
        assert_eq!(findings(en, sv), none);
        let swapped =
            sv.replace("1,16 för", "X för").replace("1,17 för", "1,16 för").replace("X för", "1,17 för");
        assert_eq!(
            findings(en, &swapped),
            ["numbers `1.16` and `1.17` stand in the opposite order in target: swapped?"]
        );
    }

    #[test]
    fn dates_that_trade_the_references_before_them_swapped() {
        let none: Vec<String> = Vec::new();
        let en = "However, they shall apply the provisions necessary to comply with Article 22 from 1 January \
                  2031, and the provisions necessary to comply with Article 27(1), point (c), from 1 July 2032.\n";
        let sv = "De ska dock tillämpa de bestämmelser som är nödvändiga för att följa artikel 22 från och med den \
                  1 januari 2031 och de bestämmelser som är nödvändiga för att följa artikel 27.1 c från och med \
                  den 1 juli 2032.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = sv
            .replace("1 januari 2031", "X")
            .replace("1 juli 2032", "1 januari 2031")
            .replace("X", "1 juli 2032");
        assert_eq!(findings(en, &swapped).len(), 1);
        // The clauses in the other order, each date after its reference: no swap.
        let sv = "De ska dock tillämpa de bestämmelser som är nödvändiga för att följa artikel 27.1 c från och med \
                  den 1 juli 2032 och de bestämmelser som är nödvändiga för att följa artikel 22 från och med den \
                  1 januari 2031.\n";
        assert_eq!(findings(en, sv), none);
        // The dates put first in their clauses, before the references: no swap.
        let sv = "De ska dock från och med den 1 januari 2031 tillämpa artikel 22 och från och med den 1 juli 2032 \
                  artikel 27.1 c.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn counts_of_one_unit_in_words_in_the_translation_swapped() {
        let none: Vec<String> = Vec::new();
        let en = "(b) piglets of less than 3 weeks and lambs of less than 1 week, unless the journey is \
                  shorter than 100 km;\n";
        let sv = "b) Smågrisar som är yngre än tre veckor och lamm som är yngre än en vecka, om inte \
                  transporten är kortare än 100 km.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = "b) Smågrisar som är yngre än en vecka och lamm som är yngre än tre veckor, om inte \
                       transporten är kortare än 100 km.\n";
        assert_eq!(
            findings(en, swapped),
            ["numbers `3` and `1` stand in the opposite order in target: swapped?"]
        );
        // Counts of two units keep each its phrase: no swap.
        let en = "Calves of less than 3 weeks may travel 1 day.\n";
        let sv = "Kalvar som är yngre än tre veckor får transporteras en dag.\n";
        assert_eq!(findings(en, sv), none);
        let sv = "Kalvar får transporteras en dag om de är yngre än tre veckor.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn labels_each_after_its_number_word_swapped_in_a_list() {
        let none: Vec<String> = Vec::new();
        let en = "(8) Denmark and Ireland are not taking part in the adoption of this Regulation, in \
                  accordance with Protocols No 22 and No 21 annexed to the TEU and to the TFEU.\n";
        let sv = "(8) I enlighet med protokoll nr 22 respektive nr 21, som fogats till EU-fördraget och \
                  EUF-fördraget, deltar Danmark och Irland inte i antagandet av denna förordning.\n";
        assert_eq!(findings(en, sv), none);
        let swapped = sv.replace("nr 22 respektive nr 21", "nr 21 respektive nr 22");
        assert_eq!(findings(en, &swapped).len(), 1, "{:?}", findings(en, &swapped));
        // Labels apart, each in its clause, move with it: no swap.
        let en = "Protocol No 22 applies to Denmark, while Ireland is covered by Protocol No 21.\n";
        let sv = "Irland omfattas av protokoll nr 21, medan protokoll nr 22 gäller för Danmark.\n";
        assert_eq!(findings(en, sv), none);
    }

    #[test]
    fn figures_that_keep_the_country_beside_them_moved_with_it() {
        let none: Vec<String> = Vec::new();
        let en = "Agreements were signed with Morocco on 12 May 2022, with Senegal on 3 May 2022 and with Ghana \
                  on 20 June 2022.\n";
        // The translation lists them in the order of their dates, each date beside its country.
        let sv = "Avtal undertecknades med Senegal den 3 maj 2022, med Marocko den 12 maj 2022 och med Ghana den \
                  20 juni 2022.\n";
        assert_eq!(findings(en, sv), none);
        // Each country given the other's date, the order of the dates kept.
        let swapped =
            sv.replace("den 3 maj", "den X maj").replace("den 12 maj", "den 3 maj").replace("X", "12");
        assert_eq!(
            findings(en, &swapped),
            [
                "dates `12 May 2022` and `3 May 2022` go with Morocco and Senegal in source and with Senegal and \
                 Morocco in target: swapped?"
            ]
        );
        // The countries in the original's order, the dates traded.
        let swapped = "Avtal undertecknades med Marocko den 3 maj 2022, med Senegal den 12 maj 2022 och med Ghana \
                       den 20 juni 2022.\n";
        assert_eq!(findings(en, swapped).len(), 1);
        // A country apart from the date, past a comma or a list word, binds nothing: as before,
        // two dates of a list in the opposite order.
        let sv = "Avtal undertecknades den 3 maj 2022 och den 12 maj 2022 med Senegal respektive Marocko, och med \
                  Ghana den 20 juni 2022.\n";
        assert_eq!(findings(en, sv).len(), 1);
    }

    #[test]
    fn a_count_of_countries_and_a_count_of_another_noun_keep_their_nouns() {
        let none: Vec<String> = Vec::new();
        // The passive turned active: the count of countries comes first.
        let en = "In 2023, a total of 420 inspections were carried out by 9 Member States.\n";
        for sv in [
            "Under 2023 genomförde 9 medlemsstater sammanlagt 420 inspektioner.\n",
            "Under 2023 genomförde 9 av EU:s medlemsstater sammanlagt 420 inspektioner.\n",
        ] {
            assert_eq!(findings(en, sv), none, "{sv}");
        }
        // The figures traded, the nouns left: a swap.
        let swapped = "Under 2023 genomförde sammanlagt 9 inspektioner av 420 medlemsstater.\n";
        assert_eq!(findings(en, swapped).len(), 1);
        // Two counts of other nouns tell nothing: as before, the order decides.
        let en = "In 2023, a total of 420 inspections were carried out in 9 ports.\n";
        let sv = "Under 2023 genomfördes i 9 hamnar sammanlagt 420 inspektioner.\n";
        assert_eq!(findings(en, sv).len(), 1);
    }

    #[test]
    fn words_before_the_noun_of_a_whole_count_its_noun() {
        let counts = |text: &str, lang: Lang| {
            let values = crate::values::extract(text, lang);
            values.iter().map(|value| counts_countries(text, value, lang)).collect::<Vec<bool>>()
        };
        assert_eq!(counts("14 av EU:s medlemsstater rapporterade 58 attacker", Lang::Sv), [true, false]);
        assert_eq!(counts("58 attacks were reported by 14 EU Member States", Lang::En), [false, true]);
        assert_eq!(counts("3 of the countries and 4 of them", Lang::En), [true, false]);
        // A figure between: the noun is the other figure's.
        assert_eq!(counts("3 av de 27 medlemsstaterna", Lang::Sv), [false, true]);
    }

    #[test]
    fn the_country_beside_a_figure_in_its_item() {
        let beside = |text: &str, lang: Lang| {
            let values = crate::values::extract(text, lang);
            (0..values.len())
                .filter(|&index| values[index].kind != ValueKind::Name)
                .map(|index| country_beside(text, &values, index, lang).map(|value| value.key.clone()))
                .collect::<Vec<Option<String>>>()
        };
        let some = |key: &str| Some(key.to_string());
        assert_eq!(
            beside("with Egypt on 17 March 2024, with Mauritania on 7 March 2024", Lang::En),
            [some("country:EG"), some("country:MR")]
        );
        assert_eq!(
            beside("4 i Frankrike och 2 i Tyskland", Lang::Sv),
            [some("country:FR"), some("country:DE")]
        );
        // Past a comma, a list word or more than two words, or between two countries.
        assert_eq!(beside("Egypt, on 17 March 2024", Lang::En), [None]);
        assert_eq!(beside("Egypt and on 17 March 2024", Lang::En), [None]);
        assert_eq!(beside("Egypt signed the pact on 17 March 2024", Lang::En), [None]);
        assert_eq!(beside("Egypt on 17 March 2024 with Jordan", Lang::En), [None]);
    }
}
