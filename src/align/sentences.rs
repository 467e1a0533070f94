//! Sentence alignment inside one bead, by the same banded programme as the blocks.

use std::ops::Range;

use super::absorb;
use super::cost::{BeadScore, CostModel, Pricer, shared_weight};
use super::dp::{self, Band, Step};
use super::features::{BlockFeatures, Features, RankScratch, TokenId, Unit};
use super::{SentenceBead, confidence};
use crate::document::Document;
use crate::segment;
use crate::text::Lang;

/// One side of a bead, ready for sentence alignment.
pub(crate) struct Side<'a> {
    pub doc: &'a Document,
    pub blocks: &'a [usize],
    pub features: &'a [BlockFeatures],
    pub lang: Lang,
}

/// Buffers [`align`] reuses from one bead to the next.
#[derive(Default)]
pub(crate) struct Scratch {
    src: Sentences,
    tgt: Sentences,
    /// The token lists of the units of earlier beads, kept for their room.
    spare: Vec<Vec<(TokenId, f32)>>,
    /// The buffers of [`Features::range_unit_in`].
    ranks: RankScratch,
    /// The buffers of the programme and the lengths it reads.
    programme: Programme,
}

/// The buffers of [`steps`]: the units' lengths and the programme's own.
#[derive(Default)]
struct Programme {
    src_len: Vec<f64>,
    tgt_len: Vec<f64>,
    workspace: dp::Workspace,
}

/// The sentences of one side: (block index, range) and unit of each.
#[derive(Default)]
struct Sentences {
    list: Vec<(usize, Range<usize>)>,
    units: Vec<Unit>,
    /// The list items' letters of each sentence ([`ItemLabels`]).
    labels: Vec<ItemLabels>,
    /// How each sentence ends ([`Ending`]).
    endings: Vec<Ending>,
}

/// How a sentence ends: a lead-in to a list after it ends with a colon, or, as translators
/// sometimes write it, with a word and no stop (`… covering at least:` = `Åtgärderna ska omfatta
/// minst`).
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
enum Ending {
    Colon,
    Word,
    #[default]
    Other,
}

impl Ending {
    fn of(sentence: &str) -> Ending {
        match sentence.trim_end().chars().next_back() {
            Some(':') => Ending::Colon,
            Some(c) if c.is_alphanumeric() => Ending::Word,
            _ => Ending::Other,
        }
    }
}

impl Sentences {
    /// Empties the lists, keeping the units' token lists in `spare`.
    fn clear(&mut self, spare: &mut Vec<Vec<(TokenId, f32)>>) {
        self.list.clear();
        self.labels.clear();
        self.endings.clear();
        spare.extend(self.units.drain(..).map(|unit| unit.tokens));
    }
}

/// The byte range of `text` without the white space around it.
fn trimmed(text: &str) -> Range<usize> {
    let rest = text.trim_start();
    let start = text.len() - rest.len();
    start..start + rest.trim_end().len()
}

impl Side<'_> {
    /// The sentences of every block of the side, in order, into `out`.
    fn sentences(
        &self,
        all: &Features,
        out: &mut Sentences,
        spare: &mut Vec<Vec<(TokenId, f32)>>,
        ranks: &mut RankScratch,
    ) {
        for &block_idx in self.blocks {
            let (Some(block), Some(features)) =
                (self.doc.blocks.get(block_idx), self.features.get(block_idx))
            else {
                continue;
            };
            let text = block.text.as_str();
            let whole = trimmed(text);
            // The block's length counts the characters of its trimmed text: as many as its bytes
            // when they are all ASCII, and then so are those of every sentence, which lies inside.
            let ascii = features.unit.len == whole.len() as f64;
            let ranges = segment::block_sentences(block, self.lang);
            out.list.reserve(ranges.len());
            out.units.reserve(ranges.len());
            for range in ranges {
                // Keep only ranges the block text can be sliced with (defensive against bad input).
                let Some(sentence) = text.get(range.clone()) else { continue };
                let own = trimmed(sentence);
                if own.is_empty() {
                    continue;
                }
                // A sentence that is the whole block (white space aside) is as long as the block.
                let len = if range.start + own.start == whole.start && range.start + own.end == whole.end {
                    features.unit.len
                } else if ascii {
                    own.len() as f64
                } else {
                    sentence.get(own).map_or(0, |s| s.chars().count()) as f64
                };
                let tokens = spare.pop().unwrap_or_default();
                out.units.push(all.range_unit_in(features, range.clone(), len, tokens, ranks));
                out.labels.push(ItemLabels::of(sentence));
                out.endings.push(if range.end == text.len() { Ending::of(sentence) } else { Ending::Other });
                out.list.push((block_idx, range));
            }
        }
    }
}

/// Added to the penalty of a 2-1 sentence bead (two source sentences, one target sentence).
/// Translators split a long sentence more often than they join two (the COM(2026) 45 pair has
/// eight 1-2 beads and no 2-1), while a sentence left out of the translation reads as a join
/// with its neighbour unless a join costs more than a lone sentence: 4 + 3 against 5 and the
/// lone sentence's tokens, so the length of the pair must speak clearly for the join.
const SENTENCE_JOIN: f64 = 3.0;

/// Aligns the sentences of the blocks of one bead.
pub(crate) fn align(
    src: &Side,
    tgt: &Side,
    features: &Features,
    model: &CostModel,
    band: Band,
    scratch: &mut Scratch,
) -> Vec<SentenceBead> {
    let Scratch { src: src_sentences, tgt: tgt_sentences, spare, ranks, programme } = scratch;
    let model = &CostModel { join: SENTENCE_JOIN, ..*model };
    src.sentences(features, src_sentences, spare, ranks);
    tgt.sentences(features, tgt_sentences, spare, ranks);
    let pick = |list: &[(usize, Range<usize>)], r: Range<usize>| -> Vec<(usize, Range<usize>)> {
        list.get(r).unwrap_or_default().to_vec()
    };
    let steps = steps(&src_sentences.units, &tgt_sentences.units, model, band, programme);
    let steps = absorb_lone(steps, src_sentences, tgt_sentences, model);
    let steps = absorb_beyond_shapes(steps, src_sentences, tgt_sentences, model);
    let steps = follow_item_labels(steps, src_sentences, tgt_sentences, model);
    let steps = join_at_seams(
        steps,
        Joined { side: src, sentences: src_sentences },
        Joined { side: tgt, sentences: tgt_sentences },
        features,
        model,
        ranks,
    );
    let steps = pair_lone_runs(steps, src_sentences, tgt_sentences, model);
    // Collected into a list of its own size: in place, the steps' larger allocation would be
    // shrunk to fit.
    let mut beads = Vec::with_capacity(steps.len());
    beads.extend(steps.into_iter().map(|(step, score)| SentenceBead {
        confidence: confidence(&score, step.margin, step.src.is_empty() || step.tgt.is_empty(), false),
        src: pick(&src_sentences.list, step.src),
        tgt: pick(&tgt_sentences.list, step.tgt),
    }));
    src_sentences.clear(spare);
    tgt_sentences.clear(spare);
    beads
}

/// The letters of the list items a sentence holds (`a)`, `(b)`, as bits from `a`), and the one
/// it opens with: a list whose items the original runs into one sentence with semicolons and
/// the translation writes as sentences (`… 2030: a) …; b) …; c) …` against `… 2030: a) … b) …
/// c) …`) shows by its letters which sentence of the translation belongs to which of the
/// original.
#[derive(Debug, Clone, Copy, Default, PartialEq, Eq)]
struct ItemLabels {
    opens: u32,
    holds: u32,
}

impl ItemLabels {
    fn of(sentence: &str) -> ItemLabels {
        let bytes = sentence.as_bytes();
        let mut labels = ItemLabels::default();
        // Most sentences hold no closing bracket.
        for at in memchr::memchr_iter(b')', bytes) {
            let Some(letter) =
                at.checked_sub(1).and_then(|k| bytes.get(k)).filter(|b| b.is_ascii_lowercase())
            else {
                continue;
            };
            // The letter stands alone: at the start, after white space or an opening bracket.
            let before = at.checked_sub(2).and_then(|k| bytes.get(k));
            if before.is_some_and(|b| !b.is_ascii_whitespace() && *b != b'(') {
                continue;
            }
            let bit = 1 << (letter - b'a');
            labels.holds |= bit;
            let head = &sentence[..at.saturating_sub(1)];
            if head.trim_start().trim_start_matches('(').is_empty() {
                labels.opens = bit;
            }
        }
        labels
    }
}

/// Moves a sentence that opens with a list item's letter into the neighbouring bead whose other
/// side holds that item, where its own bead's other side does not hold it: the sentence is one
/// item of a list the other version writes as one sentence (see [`ItemLabels`]). A lone
/// sentence joins that bead; the one sentence of a 1-1 bead leaves its partner alone, which is
/// then a sentence of its own with no counterpart (a sentence after the list that the
/// translation left out is not paired with the list's last item).
fn follow_item_labels(
    mut steps: Vec<(Step, BeadScore)>,
    src: &Sentences,
    tgt: &Sentences,
    model: &CostModel,
) -> Vec<(Step, BeadScore)> {
    let any = |side: &Sentences| side.labels.iter().any(|labels| labels.opens != 0);
    if !any(src) && !any(tgt) {
        return steps;
    }
    let mut index = 0;
    while index < steps.len() {
        let moved = misplaced_item(&steps, index, src, tgt);
        let Some((target, mover_is_src, mover)) = moved else {
            index += 1;
            continue;
        };
        let Some((bead, _)) = steps.get(target) else { break };
        let (new_src, new_tgt) = if mover_is_src {
            (join(&bead.src, &mover), bead.tgt.clone())
        } else {
            (bead.src.clone(), join(&bead.tgt, &mover))
        };
        let (Some(src_units), Some(tgt_units)) =
            (src.units.get(new_src.clone()), tgt.units.get(new_tgt.clone()))
        else {
            break;
        };
        let score = model.evaluate(src_units, tgt_units);
        let merged = (Step { src: new_src, tgt: new_tgt, cost: score.cost, margin: 0.0 }, score);
        let left = steps.get(index).map(|(step, _)| {
            if mover_is_src {
                Step { src: step.src.end..step.src.end, ..step.clone() }
            } else {
                Step { tgt: step.tgt.end..step.tgt.end, ..step.clone() }
            }
        });
        if let Some(slot) = steps.get_mut(target) {
            *slot = merged;
        }
        match left {
            Some(rest) if !rest.src.is_empty() || !rest.tgt.is_empty() => {
                let (Some(src_units), Some(tgt_units)) =
                    (src.units.get(rest.src.clone()), tgt.units.get(rest.tgt.clone()))
                else {
                    break;
                };
                let score = model.evaluate(src_units, tgt_units);
                if let Some(slot) = steps.get_mut(index) {
                    *slot = (Step { cost: score.cost, margin: 0.0, ..rest }, score);
                }
                index += 1;
            }
            _ => {
                steps.remove(index);
            }
        }
    }
    steps
}

/// The sentence of bead `index` that opens with a list item's letter its partner does not hold,
/// with the neighbouring bead whose other side holds it (see [`follow_item_labels`]): the
/// neighbour's index, whether the sentence is the source's, and its range.
fn misplaced_item(
    steps: &[(Step, BeadScore)],
    index: usize,
    src: &Sentences,
    tgt: &Sentences,
) -> Option<(usize, bool, Range<usize>)> {
    let holds = |side: &Sentences, range: &Range<usize>| {
        side.labels.get(range.clone()).unwrap_or_default().iter().fold(0, |all, labels| all | labels.holds)
    };
    let (step, _) = steps.get(index)?;
    // The side whose one sentence opens with a letter, and the other.
    let (mover_is_src, mover) =
        [(true, &step.src), (false, &step.tgt)].into_iter().find(|(is_src, range)| {
            let side = if *is_src { src } else { tgt };
            range.len() == 1 && side.labels.get(range.start).is_some_and(|labels| labels.opens != 0)
        })?;
    let (mine, theirs) = if mover_is_src { (src, tgt) } else { (tgt, src) };
    let letter = mine.labels.get(mover.start)?.opens;
    let other_side = |step: &Step| if mover_is_src { step.tgt.clone() } else { step.src.clone() };
    let own_other = other_side(step);
    if own_other.len() > 1 || holds(theirs, &own_other) & letter != 0 {
        return None;
    }
    // The neighbour before the sentence, or after it where the letter opens the list.
    let target = [index.checked_sub(1), Some(index + 1)].into_iter().flatten().find(|&other| {
        steps.get(other).is_some_and(|(bead, _)| {
            let their_range = other_side(bead);
            !their_range.is_empty() && holds(theirs, &their_range) & letter != 0
        })
    })?;
    Some((target, mover_is_src, mover.clone()))
}

/// Takes lone sentences into the neighbouring bead whose other side holds them too
/// ([`absorb::plan`]): a lead-in and its list items written as one sentence.
fn absorb_lone(
    steps: Vec<(Step, BeadScore)>,
    src: &Sentences,
    tgt: &Sentences,
    model: &CostModel,
) -> Vec<(Step, BeadScore)> {
    // Most paragraph pairs have no lone sentence: nothing to gather for them.
    if steps.iter().all(|(step, _)| !step.src.is_empty() && !step.tgt.is_empty()) {
        return steps;
    }
    fn pick<'a>(units: &'a [Unit], range: &Range<usize>) -> Vec<&'a Unit> {
        units.get(range.clone()).unwrap_or_default().iter().collect()
    }
    let runs = absorb::lone_runs(&steps, model.ratio, |(step, _)| {
        (pick(&src.units, &step.src), pick(&tgt.units, &step.tgt))
    });
    absorb::merge_runs(steps, &runs, |group| {
        let score = group
            .iter()
            .find(|(step, _)| !step.src.is_empty() && !step.tgt.is_empty())
            .map(|(_, score)| *score);
        let step = Step {
            src: covering(&group, |step| &step.src),
            tgt: covering(&group, |step| &step.tgt),
            cost: group.iter().map(|(step, _)| step.cost).sum(),
            margin: 0.0,
        };
        (step, score.unwrap_or_else(|| model.evaluate::<&Unit>(&[], &[])))
    })
}

/// Takes a lone sentence into a neighbouring bead when the bead they make is one the programme
/// cannot make (three sentences or more on a side: `Insists …; regrets …; calls on …` against
/// `Parlamentet insisterar … Parlamentet beklagar … Parlamentet uppmanar …`) and costs less
/// than the two apart, priced as the programme prices its largest beads and a merge more for
/// every sentence beyond four. The lone sentence must share words or values with the bead's
/// other side. Beads the programme can make are its own choice and stay as they are.
fn absorb_beyond_shapes(
    mut steps: Vec<(Step, BeadScore)>,
    src: &Sentences,
    tgt: &Sentences,
    model: &CostModel,
) -> Vec<(Step, BeadScore)> {
    let lone = |step: &Step| step.src.is_empty() != step.tgt.is_empty();
    let paired = |step: &Step| !step.src.is_empty() && !step.tgt.is_empty();
    let mut index = 0;
    while index < steps.len() {
        if !steps.get(index).is_some_and(|(step, _)| lone(step)) {
            index += 1;
            continue;
        }
        let best = [index.checked_sub(1), Some(index + 1)]
            .into_iter()
            .flatten()
            .filter_map(|other| {
                let ((alone, alone_score), (bead, bead_score)) = (steps.get(index)?, steps.get(other)?);
                if !paired(bead) {
                    return None;
                }
                let (src_range, tgt_range) = (join(&bead.src, &alone.src), join(&bead.tgt, &alone.tgt));
                if src_range.len().max(tgt_range.len()) < 3 {
                    return None;
                }
                // The lone sentence must share words or values with the bead's other side.
                let (mine, theirs) = if alone.src.is_empty() {
                    (tgt.units.get(alone.tgt.clone())?, src.units.get(bead.src.clone())?)
                } else {
                    (src.units.get(alone.src.clone())?, tgt.units.get(bead.tgt.clone())?)
                };
                let ratio = |src_range: &Range<usize>, tgt_range: &Range<usize>| {
                    length(&tgt.units, tgt_range) / length(&src.units, src_range).max(1.0)
                };
                // Or the lengths call for it: the bead is far too short on the lone
                // sentence's side without it, and about right with it (a long English sentence
                // the translation writes as three).
                let (before, after) = (ratio(&bead.src, &bead.tgt), ratio(&src_range, &tgt_range));
                let (before, after) =
                    if alone.src.is_empty() { (before, after) } else { (1.0 / before, 1.0 / after) };
                let lengths_call = before < 0.75 && (0.85..=1.18).contains(&after);
                // Or both sides end the block on the lead-in to a list, the bead's with a colon
                // and the lone sentence after it with a colon or a word: the translation wrote
                // the original's last clause as a sentence of its own.
                let (lone_side, bead_side) = if alone.src.is_empty() { (tgt, src) } else { (src, tgt) };
                let bead_last = if alone.src.is_empty() { bead.src.end } else { bead.tgt.end };
                let lone_at = if alone.src.is_empty() { alone.tgt.start } else { alone.src.start };
                let lead_in = other < index
                    && bead_side.endings.get(bead_last.wrapping_sub(1)) == Some(&Ending::Colon)
                    && matches!(lone_side.endings.get(lone_at), Some(Ending::Colon | Ending::Word));
                let lengths_call = lengths_call || lead_in;
                let shares = shared_weight(mine, theirs) > 0.0;
                if !shares && !lengths_call {
                    return None;
                }
                let score =
                    model.evaluate(src.units.get(src_range.clone())?, tgt.units.get(tgt_range.clone())?);
                // The programme's largest beads hold four sentences; each one more costs a merge.
                let beyond = (src_range.len() + tgt_range.len()).saturating_sub(4) as f64 * model.merge;
                let saving = bead_score.cost + alone_score.cost - score.cost - beyond;
                // A lone sentence costs in the bead the words it does not share, which are
                // most of them without a dictionary: where the lengths call for the merge, they
                // decide, with the least margin.
                let saving = if lengths_call { saving.max(f64::EPSILON) } else { saving };
                (saving > 0.0).then_some((other, src_range, tgt_range, score, saving))
            })
            .max_by(|a, b| a.4.total_cmp(&b.4));
        let Some((other, src_range, tgt_range, score, saving)) = best else {
            index += 1;
            continue;
        };
        let step =
            Step { src: src_range, tgt: tgt_range, cost: score.cost, margin: saving.min(dp::MAX_MARGIN) };
        if let Some(slot) = steps.get_mut(other) {
            *slot = (step, score);
        }
        steps.remove(index);
        index = index.min(other).saturating_sub(1);
    }
    steps
}

/// One side of a bead with its sentences, for [`join_at_seams`].
struct Joined<'a, 'b> {
    side: &'a Side<'b>,
    sentences: &'a Sentences,
}

/// The seams of `text` (a sentence), each as the byte ranges of the clause before it and of the
/// clause after it, white space trimmed: a semicolon, or a comma followed by one of `joins`
/// (`, medan övriga bidrag …`; the word stays with the clause it opens). Seams inside brackets
/// are no seams, and neither clause may be empty.
fn seams(text: &str, joins: &[&str]) -> Vec<(Range<usize>, Range<usize>)> {
    let bytes = text.as_bytes();
    let mut depth = 0usize;
    let mut out = Vec::new();
    for (at, &byte) in bytes.iter().enumerate() {
        let tail_start = match byte {
            b'(' | b'[' => {
                depth += 1;
                continue;
            }
            b')' | b']' => {
                depth = depth.saturating_sub(1);
                continue;
            }
            b';' if depth == 0 => at + 1,
            b',' if depth == 0 => {
                let rest = text.get(at + 1..).unwrap_or_default();
                let word = rest.trim_start();
                let opens = joins.iter().any(|join| {
                    word.strip_prefix(join).is_some_and(|after| after.starts_with(char::is_whitespace))
                });
                if !opens || word.len() == rest.len() {
                    continue;
                }
                at + 1
            }
            _ => continue,
        };
        let (head, tail) = (text.get(..at).unwrap_or_default(), text.get(tail_start..).unwrap_or_default());
        let (head, tail) = (trimmed(head), trimmed(tail));
        if !head.is_empty() && !tail.is_empty() {
            out.push((head, tail_start + tail.start..tail_start + tail.end));
        }
    }
    out
}

/// Takes a lone sentence into the 1-1 bead beside it when the bead's sentence of the other side
/// is two clauses joined at a seam ([`seams`], by `clause_joins` of its language) and the two
/// sentences pair with the two clauses, the lone one with the clause on its side of the seam,
/// for less than the bead and the lone sentence cost apart: a translator who writes two
/// sentences of the original as one (`… (Table 2). The other contributions are not adjusted.`
/// = `… (tabell 2), medan övriga bidrag inte justeras.`), which the programme's 2-1 bead, priced
/// above a lone sentence and by the joined lengths, does not take where the translation is
/// the shorter. A sentence left out has no clause of its own in its neighbour, so the clause
/// must be the lone sentence's: as long within a half, sharing half the weight of the heavier
/// of the two in words and values (or neither holding any that weighs), and holding none that
/// the bead's own sentence shares with its other side only there.
fn join_at_seams(
    mut steps: Vec<(Step, BeadScore)>,
    src: Joined,
    tgt: Joined,
    features: &Features,
    model: &CostModel,
    ranks: &mut RankScratch,
) -> Vec<(Step, BeadScore)> {
    let lone = |step: &Step| (step.src.len(), step.tgt.len());
    if !steps.iter().any(|(step, _)| matches!(lone(step), (1, 0) | (0, 1))) {
        return steps;
    }
    let mut index = 0;
    while index < steps.len() {
        let Some((alone, alone_score)) = steps.get(index) else { break };
        let alone_is_src = match lone(alone) {
            (1, 0) => true,
            (0, 1) => false,
            _ => {
                index += 1;
                continue;
            }
        };
        // The joining side holds the bead's sentence that the seam cuts; the lone side, the
        // bead's own sentence and the lone one.
        let (lone_side, joining) = if alone_is_src { (&src, &tgt) } else { (&tgt, &src) };
        let pick = |step: &Step| {
            if alone_is_src { (step.src.start, step.tgt.start) } else { (step.tgt.start, step.src.start) }
        };
        let (alone_at, _) = pick(alone);
        let best = [index.checked_sub(1), Some(index + 1)]
            .into_iter()
            .flatten()
            .filter_map(|other| {
                let (bead, bead_score) = steps.get(other)?;
                if lone(bead) != (1, 1) {
                    return None;
                }
                let (own_at, joined_at) = pick(bead);
                let lone_unit = lone_side.sentences.units.get(alone_at)?;
                let own_unit = lone_side.sentences.units.get(own_at)?;
                let (block_idx, range) = joining.sentences.list.get(joined_at)?;
                let block = joining.side.doc.blocks.get(*block_idx)?;
                let block_features = joining.side.features.get(*block_idx)?;
                let text = block.text.get(range.clone())?;
                let whole = joining.sentences.units.get(joined_at)?;
                let joins = crate::values::tables::table(joining.side.lang).clause_joins;
                let apart = bead_score.cost + alone_score.cost;
                // Target characters per source character, turned for a lone target sentence.
                let ratio = if alone_is_src { model.ratio } else { 1.0 / model.ratio };
                // The lone sentence before the bead pairs with the clause before the seam.
                let before = other > index;
                seams(text, joins)
                    .into_iter()
                    .filter_map(|(head, tail)| {
                        let unit = |part: Range<usize>, ranks: &mut RankScratch| {
                            let len = text.get(part.clone()).map_or(0, |s| s.chars().count()) as f64;
                            let part = range.start + part.start..range.start + part.end;
                            features.range_unit_in(block_features, part, len, Vec::new(), ranks)
                        };
                        let (head, tail) = (unit(head, ranks), unit(tail, ranks));
                        let (for_lone, for_own) = if before { (head, tail) } else { (tail, head) };
                        // The clause the lone sentence takes holds no word or value the bead's
                        // own sentence shares only with it: it is no part of that sentence.
                        let own = std::slice::from_ref(own_unit);
                        if shared_weight(own, std::slice::from_ref(&for_own))
                            < shared_weight(own, std::slice::from_ref(whole))
                        {
                            return None;
                        }
                        let price = |mine: &Unit, theirs: &Unit| {
                            let (mine, theirs) = (std::slice::from_ref(mine), std::slice::from_ref(theirs));
                            if alone_is_src {
                                model.evaluate(mine, theirs)
                            } else {
                                model.evaluate(theirs, mine)
                            }
                            .cost
                        };
                        // The lone sentence and its clause agree: in length, within a half, and in
                        // their words and values, half the weight of the heavier shared (or none
                        // weighing on either side, as in a sentence without a value or a cognate).
                        let (lone_len, clause_len) = (lone_unit.len * ratio, for_lone.len);
                        let lengths_agree =
                            clause_len >= lone_len * 2.0 / 3.0 && clause_len <= lone_len * 1.5;
                        let shared =
                            shared_weight(std::slice::from_ref(lone_unit), std::slice::from_ref(&for_lone));
                        if !lengths_agree || 2.0 * shared < lone_unit.weight.max(for_lone.weight) {
                            return None;
                        }
                        let saving = apart - price(lone_unit, &for_lone) - price(own_unit, &for_own);
                        (saving > 0.0).then_some(saving)
                    })
                    .max_by(f64::total_cmp)
                    .map(|saving| (other, saving))
            })
            .max_by(|a, b| a.1.total_cmp(&b.1));
        let Some((other, saving)) = best else {
            index += 1;
            continue;
        };
        let Some((bead, _)) = steps.get(other) else { break };
        let cover = |a: &Range<usize>, b: &Range<usize>| {
            if a.is_empty() { b.clone() } else { a.start.min(b.start)..a.end.max(b.end) }
        };
        let (src_range, tgt_range) = (cover(&alone.src, &bead.src), cover(&alone.tgt, &bead.tgt));
        let (Some(src_units), Some(tgt_units)) =
            (src.sentences.units.get(src_range.clone()), tgt.sentences.units.get(tgt_range.clone()))
        else {
            break;
        };
        // The bead is priced as the programme prices it; its margin is what the seam saves.
        let score = model.evaluate(src_units, tgt_units);
        let step =
            Step { src: src_range, tgt: tgt_range, cost: score.cost, margin: saving.min(dp::MAX_MARGIN) };
        if let Some(slot) = steps.get_mut(other) {
            *slot = (step, score);
        }
        steps.remove(index);
        index = index.min(other);
    }
    steps
}

/// Pairs a run of lone sentences of both sides whose lengths agree as one bead: one long
/// sentence of the original that the translation writes as three (`Each Party may suspend …;
/// each Party may also terminate …` against `Varje part får … upphäva … Upphävandet får verkan …
/// Varje part får också säga upp …`), which the programme, making beads of at most two
/// sentences a side, leaves apart when another change of the paragraph draws its pairs aside.
/// Only beads the programme cannot make (three sentences or more on a side), of at most four
/// sentences a side, whose lengths agree within a fifth.
fn pair_lone_runs(
    steps: Vec<(Step, BeadScore)>,
    src: &Sentences,
    tgt: &Sentences,
    model: &CostModel,
) -> Vec<(Step, BeadScore)> {
    let lone = |step: &Step| step.src.is_empty() != step.tgt.is_empty();
    if steps.iter().filter(|(step, _)| lone(step)).count() < 2 {
        return steps;
    }
    let mut out: Vec<(Step, BeadScore)> = Vec::with_capacity(steps.len());
    let mut steps = steps.into_iter().peekable();
    while let Some(first) = steps.next() {
        if !lone(&first.0) {
            out.push(first);
            continue;
        }
        let mut run = vec![first];
        while let Some(next) = steps.next_if(|(step, _)| lone(step)) {
            run.push(next);
        }
        let (src_range, tgt_range) = (covering(&run, |step| &step.src), covering(&run, |step| &step.tgt));
        let counts = |range: &Range<usize>| (1..=4).contains(&range.len());
        let (src_len, tgt_len) = (length(&src.units, &src_range), length(&tgt.units, &tgt_range));
        let agree = src_len > 0.0 && (0.8..=1.25).contains(&(tgt_len / src_len));
        // The run's sentences are consecutive on each side, so their spans hold nothing else.
        let whole = |side: fn(&Step) -> &Range<usize>, range: &Range<usize>| {
            run.iter().map(|(step, _)| side(step).len()).sum::<usize>() == range.len()
        };
        // Beads the programme can make (two sentences a side at most) it has refused.
        let beyond = src_range.len().max(tgt_range.len()) >= 3;
        if counts(&src_range)
            && counts(&tgt_range)
            && beyond
            && agree
            && whole(|step| &step.src, &src_range)
            && whole(|step| &step.tgt, &tgt_range)
            && let (Some(src_units), Some(tgt_units)) =
                (src.units.get(src_range.clone()), tgt.units.get(tgt_range.clone()))
        {
            let score = model.evaluate(src_units, tgt_units);
            out.push((
                Step { src: src_range, tgt: tgt_range, cost: score.cost, margin: f64::EPSILON },
                score,
            ));
        } else {
            out.extend(run);
        }
    }
    out
}

/// The range of sentences two neighbouring ranges of one side cover together (an empty one adds
/// nothing).
fn join(a: &Range<usize>, b: &Range<usize>) -> Range<usize> {
    match (a.is_empty(), b.is_empty()) {
        (true, _) => b.clone(),
        (_, true) => a.clone(),
        _ => a.start.min(b.start)..a.end.max(b.end),
    }
}

/// The range of one side of consecutive steps: from the first start to the last end.
fn covering(steps: &[(Step, BeadScore)], side: fn(&Step) -> &Range<usize>) -> Range<usize> {
    let mut ranges = steps.iter().map(|(step, _)| side(step)).filter(|r| !r.is_empty());
    let first = ranges.next().map_or(0..0, Range::clone);
    first.start..ranges.next_back().map_or(first.end, |last| last.end)
}

/// The length in characters of the units in `range`.
fn length(units: &[Unit], range: &Range<usize>) -> f64 {
    units.get(range.clone()).unwrap_or_default().iter().map(|u| u.len).sum()
}

/// The beads of the programme over these units, each with its score, in the buffers of
/// `programme`.
fn steps(
    src: &[Unit],
    tgt: &[Unit],
    model: &CostModel,
    band: Band,
    programme: &mut Programme,
) -> Vec<(Step, BeadScore)> {
    if let ([one_src], [one_tgt]) = (src, tgt) {
        // One sentence on each side, as in most beads: three prices decide, no grid needed.
        return one_to_one(one_src, one_tgt, model);
    }
    let Programme { src_len, tgt_len, workspace } = programme;
    src_len.clear();
    src_len.extend(src.iter().map(|u| u.len));
    tgt_len.clear();
    tgt_len.extend(tgt.iter().map(|u| u.len));
    let pricer = Pricer::new(model, src, tgt);
    dp::align_priced_in(src_len, tgt_len, band, &pricer, workspace)
}

/// [`steps`] for one unit on each side, with the prices [`Pricer`] would give (those of
/// [`CostModel::evaluate`]) and the path [`dp::align`] would find.
fn one_to_one(src: &Unit, tgt: &Unit, model: &CostModel) -> Vec<(Step, BeadScore)> {
    let none: &[Unit] = &[];
    let (src, tgt) = (std::slice::from_ref(src), std::slice::from_ref(tgt));
    let pair = model.evaluate(src, tgt);
    let src_alone = model.evaluate(src, none);
    let tgt_alone = model.evaluate(none, tgt);
    dp::one_to_one(pair.cost, src_alone.cost, tgt_alone.cost)
        .into_iter()
        .map(|step| {
            let score = match (step.src.is_empty(), step.tgt.is_empty()) {
                (false, false) => pair,
                (false, true) => src_alone,
                _ => tgt_alone,
            };
            (step, score)
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn general(src: &[Unit], tgt: &[Unit], model: &CostModel, band: Band) -> Vec<(Step, BeadScore)> {
        let src_len: Vec<f64> = src.iter().map(|u| u.len).collect();
        let tgt_len: Vec<f64> = tgt.iter().map(|u| u.len).collect();
        let pricer = Pricer::new(model, src, tgt);
        dp::align(&src_len, &tgt_len, band, &pricer)
            .into_iter()
            .map(|step| {
                let score = pricer.score(step.src.clone(), step.tgt.clone());
                (step, score)
            })
            .collect()
    }

    /// A step and its score with every number as its bits.
    type Bits = (Range<usize>, Range<usize>, [u64; 4], Option<u64>);

    fn bits(steps: &[(Step, BeadScore)]) -> Vec<Bits> {
        steps
            .iter()
            .map(|(s, b)| {
                (
                    s.src.clone(),
                    s.tgt.clone(),
                    [s.cost.to_bits(), s.margin.to_bits(), b.cost.to_bits(), b.length.to_bits()],
                    b.agreement.map(f64::to_bits),
                )
            })
            .collect()
    }

    /// The fixture pair, parsed, and its block features.
    fn fixture_features()
    -> (crate::document::Document, crate::document::Document, super::super::features::Features) {
        let read = |name: &str| {
            std::fs::read_to_string(format!("{}/fixtures/com-2026-45/{name}", env!("CARGO_MANIFEST_DIR")))
                .unwrap()
        };
        let parse = |name: &str| crate::document::parse(name, read(name), crate::document::Format::Markdown);
        let (src, tgt) = (parse("en.md"), parse("sv.md"));
        let features = super::super::features::compute(&src, &tgt, Lang::En, Lang::Sv, None);
        (src, tgt, features)
    }

    #[test]
    fn sentence_units_are_the_sorted_units_on_the_fixture() {
        let (src, tgt, features) = fixture_features();
        let (mut whole, mut parts) = (0, 0);
        for (doc, blocks, lang) in [(&src, &features.src, Lang::En), (&tgt, &features.tgt, Lang::Sv)] {
            for (block, block_features) in doc.blocks.iter().zip(blocks) {
                let ranges = segment::block_sentences(block, lang);
                // Every sentence, the whole block and a range past its end.
                let extra = [0..block.text.len(), block.text.len()..block.text.len() + 5];
                for range in ranges.iter().cloned().chain(extra) {
                    let new = features.range_unit(block, block_features, range.clone());
                    let old = features.range_unit_sorted(block, block_features, range);
                    assert_eq!(new.tokens, old.tokens);
                    assert_eq!(
                        (new.len.to_bits(), new.weight.to_bits()),
                        (old.len.to_bits(), old.weight.to_bits())
                    );
                    assert_eq!(new.heading, old.heading);
                    if new.tokens.len() == block_features.unit.tokens.len() { whole += 1 } else { parts += 1 }
                }
            }
        }
        assert!(whole > 100 && parts > 100, "{whole} {parts}");
    }

    #[test]
    fn sentence_lengths_are_their_characters_on_the_fixture() {
        let (src, tgt, features) = fixture_features();
        let (mut ascii, mut other) = (0, 0);
        for (doc, blocks, lang) in [(&src, &features.src, Lang::En), (&tgt, &features.tgt, Lang::Sv)] {
            let all: Vec<usize> = (0..doc.blocks.len()).collect();
            let side = Side { doc, blocks: &all, features: blocks, lang };
            let mut out = Sentences::default();
            side.sentences(&features, &mut out, &mut Vec::new(), &mut RankScratch::default());
            assert!(out.list.len() > 300);
            for ((block, range), unit) in out.list.iter().zip(&out.units) {
                let sentence = &doc.blocks[*block].text[range.clone()];
                assert_eq!(unit.len, sentence.trim().chars().count() as f64, "{sentence}");
                if sentence.is_ascii() { ascii += 1 } else { other += 1 }
            }
        }
        assert!(ascii > 100 && other > 100, "{ascii} {other}");
    }

    /// Units of these lengths, each of the tokens given, weighing 3 each.
    fn sentences(units: &[(f64, &[u64])]) -> Sentences {
        let units: Vec<Unit> = units
            .iter()
            .map(|&(len, ids)| Unit::new(len, ids.iter().map(|&id| (id, 3.0)).collect(), false))
            .collect();
        let (labels, endings) = (vec![ItemLabels::default(); units.len()], vec![Ending::Other; units.len()]);
        Sentences { list: (0..units.len()).map(|k| (0, k..k + 1)).collect(), units, labels, endings }
    }

    #[test]
    fn a_lone_sentence_sharing_a_link_joins_the_sentence_it_was_split_from() {
        // One long English item (`… does not exceed 25%, published at http://…`) that the
        // translation writes as three sentences, the last holding only the link: the programme
        // pairs the first two with it and leaves the last alone, whose link the source holds.
        let words: Vec<u64> = (1..=20).collect();
        let src = sentences(&[(321.0, &[&words[..], &[100, 101]].concat())]);
        let tgt = sentences(&[
            (136.0, &words[..8]),
            (120.0, &[&words[8..16], &[101]].concat()),
            (87.0, &[100, 200]),
        ]);
        let model = CostModel { join: SENTENCE_JOIN, ..CostModel::new(1.0, 6.8) };
        let band = Band { min_width: 8, max_cells: 1_000_000 };
        let programme = steps(&src.units, &tgt.units, &model, band, &mut Programme::default());
        let shapes: Vec<_> = programme.iter().map(|(step, _)| (step.src.clone(), step.tgt.clone())).collect();
        assert_eq!(shapes, [(0..1, 0..2), (1..1, 2..3)]);
        let merged = absorb_beyond_shapes(programme, &src, &tgt, &model);
        let shapes: Vec<_> = merged.iter().map(|(step, _)| (step.src.clone(), step.tgt.clone())).collect();
        assert_eq!(shapes, [(0..1, 0..3)]);
    }

    #[test]
    fn a_lead_in_written_as_a_sentence_of_its_own_joins_the_sentence_it_ends() {
        // `…, covering at least:` against `… Åtgärderna ska omfatta minst`, before the list: no
        // shared word, and lengths that do not call for the join on their own.
        let model = CostModel { join: SENTENCE_JOIN, ..CostModel::new(1.0, 6.8) };
        let words: Vec<u64> = (1..=20).collect();
        let src = labelled(&[(390.0, &words[..])], &["For the habitats …, covering at least:"]);
        let tgt = labelled(
            &[(230.0, &words[..12]), (155.0, &words[12..]), (28.0, &[300, 301, 302])],
            &["Livsmiljöerna …", "För dessa …", "Åtgärderna ska omfatta minst"],
        );
        let steps = vec![
            (
                Step { src: 0..1, tgt: 0..2, cost: 1.0, margin: 0.0 },
                model.evaluate(&src.units, &tgt.units[..2]),
            ),
            (Step { src: 1..1, tgt: 2..3, cost: 5.0, margin: 0.0 }, model.evaluate(&[], &tgt.units[2..])),
        ];
        assert_eq!(shapes(&absorb_beyond_shapes(steps.clone(), &src, &tgt, &model)), [(0..1, 0..3)]);
        // A sentence that ends with a stop after it is a sentence of its own.
        let tgt = labelled(
            &[(230.0, &words[..12]), (155.0, &words[12..]), (28.0, &[300, 301, 302])],
            &["Livsmiljöerna …", "För dessa …", "Åtgärderna har ingen motsvarighet."],
        );
        assert_eq!(shapes(&absorb_beyond_shapes(steps, &src, &tgt, &model)), [(0..1, 0..2), (1..1, 2..3)]);
    }

    #[test]
    fn item_labels_are_lone_letters_before_a_closing_bracket() {
        let labels = ItemLabels::of("c) Den europeiska luftskölden.");
        assert_eq!(labels, ItemLabels { opens: 1 << 2, holds: 1 << 2 });
        let labels = ItemLabels::of("  (b) the Eastern Flank Watch;");
        assert_eq!(labels, ItemLabels { opens: 1 << 1, holds: 1 << 1 });
        let labels =
            ItemLabels::of("projects: a) the drone initiative; b) the flank watch; (c) the shields.");
        assert_eq!(labels, ItemLabels { opens: 0, holds: 0b111 });
        // Not a lone letter: a function's argument, a word, a number's suffix.
        assert_eq!(ItemLabels::of("the value of f2a) and (see above) and 3a)"), ItemLabels::default());
    }

    /// [`sentences`] with the item labels of these texts.
    fn labelled(units: &[(f64, &[u64])], texts: &[&str]) -> Sentences {
        let mut side = sentences(units);
        side.labels = texts.iter().map(|text| ItemLabels::of(text)).collect();
        side.endings = texts.iter().map(|text| Ending::of(text)).collect();
        side
    }

    fn shapes(steps: &[(Step, BeadScore)]) -> Vec<(Range<usize>, Range<usize>)> {
        steps.iter().map(|(step, _)| (step.src.clone(), step.tgt.clone())).collect()
    }

    #[test]
    fn a_list_item_written_as_a_sentence_joins_the_sentence_holding_its_letter() {
        let model = CostModel { join: SENTENCE_JOIN, ..CostModel::new(1.0, 6.8) };
        let words: Vec<u64> = (1..=20).collect();
        // `… 2030: a) …; b) …; c) …` against `… 2030: a) … b) …` and `c) …` left alone.
        let src = labelled(&[(300.0, &words[..])], &["projects: a) drones; b) flank; c) shields."]);
        let tgt = labelled(
            &[(150.0, &words[..10]), (90.0, &words[10..15]), (60.0, &[300, 301])],
            &["Projekt: a) drönare.", "b) flanken.", "c) sköldarna."],
        );
        let steps = vec![
            (
                Step { src: 0..1, tgt: 0..2, cost: 1.0, margin: 0.0 },
                model.evaluate(&src.units, &tgt.units[..2]),
            ),
            (Step { src: 1..1, tgt: 2..3, cost: 5.0, margin: 0.0 }, model.evaluate(&[], &tgt.units[2..])),
        ];
        assert_eq!(shapes(&follow_item_labels(steps, &src, &tgt, &model)), [(0..1, 0..3)]);
    }

    #[test]
    fn a_list_item_paired_with_the_sentence_after_the_list_leaves_it_alone() {
        // `… (c) …; (d) urinals use 2 litres. Flushing urinals use 1 litre.` against a
        // translation that wrote each item as a sentence and left out the last sentence: `d)`
        // belongs with the list, and the last English sentence has no counterpart.
        let model = CostModel { join: SENTENCE_JOIN, ..CostModel::new(1.0, 6.8) };
        let words: Vec<u64> = (1..=20).collect();
        let src = labelled(
            &[(300.0, &words[..16]), (60.0, &[17, 18])],
            &["taps: (a) 6 l; (b) 8 l; (c) 6 l; (d) 2 l.", "Flushing urinals use 1 l."],
        );
        let tgt = labelled(
            &[(250.0, &words[..12]), (50.0, &[13, 14, 17])],
            &["Kranar: a) 6 l. b) 8 l. c) 6 l.", "d) Urinoarer 2 l."],
        );
        let steps = vec![
            (
                Step { src: 0..1, tgt: 0..1, cost: 1.0, margin: 0.0 },
                model.evaluate(&src.units[..1], &tgt.units[..1]),
            ),
            (
                Step { src: 1..2, tgt: 1..2, cost: 1.0, margin: 0.0 },
                model.evaluate(&src.units[1..], &tgt.units[1..]),
            ),
        ];
        assert_eq!(shapes(&follow_item_labels(steps, &src, &tgt, &model)), [(0..1, 0..2), (1..2, 2..2)]);
        // A sentence whose own partner holds its letter stays where it is.
        let src = labelled(
            &[(300.0, &words[..16]), (60.0, &[17, 18])],
            &["taps: (a) 6 l; (b) 8 l; (c) 6 l; (d) 2 l.", "(d) Flushing urinals use 1 l."],
        );
        let steps = vec![
            (
                Step { src: 0..1, tgt: 0..1, cost: 1.0, margin: 0.0 },
                model.evaluate(&src.units[..1], &tgt.units[..1]),
            ),
            (
                Step { src: 1..2, tgt: 1..2, cost: 1.0, margin: 0.0 },
                model.evaluate(&src.units[1..], &tgt.units[1..]),
            ),
        ];
        assert_eq!(shapes(&follow_item_labels(steps, &src, &tgt, &model)), [(0..1, 0..1), (1..2, 1..2)]);
    }

    #[test]
    fn seams_are_semicolons_and_commas_before_a_joining_word() {
        let sv = crate::values::tables::table(Lang::Sv).clause_joins;
        let text = "Bidraget multipliceras (tabell 2), medan övriga bidrag inte justeras.";
        let cut: Vec<_> =
            seams(text, sv).into_iter().map(|(head, tail)| (&text[head], &text[tail])).collect();
        assert_eq!(cut, [("Bidraget multipliceras (tabell 2)", "medan övriga bidrag inte justeras.")]);
        let text = "Regler: andra kvartalet 2026;  prisutdelning: fjärde kvartalet.";
        let cut: Vec<_> =
            seams(text, sv).into_iter().map(|(head, tail)| (&text[head], &text[tail])).collect();
        assert_eq!(cut, [("Regler: andra kvartalet 2026", "prisutdelning: fjärde kvartalet.")]);
        // Not inside brackets, not before a word that only starts as a joining word, not
        // without a space after the comma, and not where a clause would be empty.
        for text in [
            "Bidraget (tabell 2; se nedan, medan annat gäller) justeras.",
            "Bidraget justeras, medans annat inte gör det.",
            "Bidraget justeras,medan annat inte gör det.",
            "Bidraget justeras, ökas och minskas.",
            "; medan annat inte justeras.",
            "Bidraget justeras;",
        ] {
            assert_eq!(seams(text, sv), [], "{text}");
        }
        let en = crate::values::tables::table(Lang::En).clause_joins;
        let text = "Rules: Q2 2026, while the award follows.";
        assert_eq!(seams(text, en).len(), 1);
    }

    /// The shapes (source and target sentences) of the sentence beads of two Markdown texts.
    fn sentence_shapes(en: &str, sv: &str) -> Vec<(usize, usize)> {
        let parse = |name: &str, text: &str| {
            crate::document::parse(name, text.to_string(), crate::document::Format::Markdown)
        };
        let (src, tgt) = (parse("en.md", en), parse("sv.md", sv));
        let alignment = super::super::align(&src, &tgt);
        alignment
            .beads
            .iter()
            .flat_map(|bead| bead.sentences.iter().map(|s| (s.src.len(), s.tgt.len())))
            .collect()
    }

    const JOIN_EN: &str = "## 1. Living allowance\n\nThe living allowance is 5 080 EUR per person-month.\n\n\
        The living allowance is multiplied by the country correction coefficient of the country \
        in which the researcher is recruited (Table 2). The other contributions are not adjusted.\n";

    #[test]
    fn a_lone_sentence_joins_the_clause_the_translation_gives_it() {
        let sv = "## 1. Levnadsbidrag\n\nLevnadsbidraget är 5 080 EUR per personmånad.\n\n\
            Levnadsbidraget multipliceras med korrigeringskoefficienten för det land där forskaren \
            anställs (tabell 2), medan övriga bidrag inte justeras.\n";
        assert_eq!(sentence_shapes(JOIN_EN, sv), [(1, 1), (1, 1), (2, 1)]);
    }

    #[test]
    fn a_sentence_left_out_stays_alone_beside_a_joined_clause_of_its_neighbour() {
        // The sentence left out, with no clause of its own.
        let sv = "## 1. Levnadsbidrag\n\nLevnadsbidraget är 5 080 EUR per personmånad.\n\n\
            Levnadsbidraget multipliceras med korrigeringskoefficienten för det land där forskaren \
            anställs (tabell 2).\n";
        assert_eq!(sentence_shapes(JOIN_EN, sv), [(1, 1), (1, 1), (1, 1), (1, 0)]);
        // The sentence left out, its neighbour joined of two clauses, the second holding a value
        // of the neighbour's own original: that clause is no translation of the lone sentence.
        let en = "## 1. Living allowance\n\nThe living allowance is 5 080 EUR per person-month.\n\n\
            The living allowance is multiplied by the country correction coefficient (Table 2) \
            and it is paid for 24 months. The other contributions are not adjusted.\n";
        let sv = "## 1. Levnadsbidrag\n\nLevnadsbidraget är 5 080 EUR per personmånad.\n\n\
            Levnadsbidraget multipliceras med korrigeringskoefficienten (tabell 2), och det \
            betalas ut i 24 månader.\n";
        assert_eq!(sentence_shapes(en, sv), [(1, 1), (1, 1), (1, 1), (1, 0)]);
    }

    #[test]
    fn a_lone_sentence_stays_alone_beside_a_clause_without_its_values() {
        // The lone sentence holds a figure its clause does not.
        let en = "## 1. Living allowance\n\nThe living allowance is 5 080 EUR for 12 months.\n\n\
            The living allowance is multiplied by the country correction coefficient of the country \
            in which the researcher is recruited (Table 2). Others are adjusted after 12 months.\n";
        let sv = "## 1. Levnadsbidrag\n\nLevnadsbidraget är 5 080 EUR i 12 månader.\n\n\
            Levnadsbidraget multipliceras med korrigeringskoefficienten för det land där forskaren \
            anställs (tabell 2), medan övriga bidrag inte justeras.\n";
        assert_eq!(sentence_shapes(en, sv), [(1, 1), (1, 1), (1, 1), (1, 0)]);
    }

    proptest::proptest! {
        #[test]
        fn one_to_one_is_what_the_pricer_and_the_programme_give(
            lens in proptest::collection::vec(0.0f64..800.0, 2),
            tokens in proptest::collection::vec(proptest::collection::vec(0u64..60, 0..80), 2),
            scale in 0.01f32..12.0,
            headings in proptest::collection::vec(proptest::bool::ANY, 2),
            ratio in 0.5f64..2.0,
            variance in 1.0f64..60.0,
        ) {
            // One weight per token id, as the features give.
            let units: Vec<Unit> = (0..2)
                .map(|k| Unit::new(lens[k], tokens[k].iter().map(|&id| (id, scale * (1.0 + id as f32 / 7.0))).collect(), headings[k]))
                .collect();
            let model = CostModel::new(ratio, variance);
            let band = Band { min_width: 8, max_cells: 1_000_000 };
            let direct = steps(&units[..1], &units[1..], &model, band, &mut Programme::default());
            proptest::prop_assert_eq!(bits(&direct), bits(&general(&units[..1], &units[1..], &model, band)));
        }

        #[test]
        fn the_path_priced_once_is_what_the_pricer_gives_afterwards(
            lens in proptest::collection::vec(0.0f64..400.0, 2..14),
            tokens in proptest::collection::vec(proptest::collection::vec(0u64..40, 0..30), 14),
            split in 1usize..13,
            headings in proptest::collection::vec(proptest::bool::ANY, 14),
            ratio in 0.5f64..2.0,
            variance in 1.0f64..60.0,
        ) {
            let units: Vec<Unit> = lens
                .iter()
                .enumerate()
                .map(|(k, &len)| Unit::new(len, tokens[k].iter().map(|&id| (id, 1.0 + id as f32 / 7.0)).collect(), headings[k]))
                .collect();
            let split = split.min(units.len() - 1);
            let model = CostModel::new(ratio, variance);
            let band = Band { min_width: 2, max_cells: 1_000_000 };
            let (src, tgt) = units.split_at(split);
            // Buffers another programme left (the sides swapped) change nothing.
            let mut programme = Programme::default();
            steps(tgt, src, &model, band, &mut programme);
            proptest::prop_assert_eq!(bits(&steps(src, tgt, &model, band, &mut programme)), bits(&general(src, tgt, &model, band)));
            // The programme that bounds every move fully, with every cell's second best.
            let src_len: Vec<f64> = src.iter().map(|u| u.len).collect();
            let tgt_len: Vec<f64> = tgt.iter().map(|u| u.len).collect();
            let pricer = Pricer::new(&model, src, tgt);
            let reference: Vec<(Step, BeadScore)> = dp::reference::align(&src_len, &tgt_len, band, &pricer)
                .into_iter()
                .map(|step| {
                    let score = pricer.score(step.src.clone(), step.tgt.clone());
                    (step, score)
                })
                .collect();
            proptest::prop_assert_eq!(bits(&steps(src, tgt, &model, band, &mut Programme::default())), bits(&reference));
        }
    }
}
