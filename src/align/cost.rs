//! The cost of a bead: a Gale–Church length model plus the weight of unshared tokens.
//!
//! The token part is `lambda × (W(src) + W(tgt) − 2 M)`, where `W` sums the token weights of
//! each side's units and `M` the weight of the tokens both sides share (a token counted as many
//! times as it has units on both sides). Summed over a whole alignment, `W` is a constant, so
//! the programme maximises the shared weight; a 1-0 bead is charged the tokens it leaves alone.

use std::borrow::Borrow;
use std::ops::Range;

use super::dp::BeadCost;
use super::features::{TokenId, Unit};

/// Parameters of the cost function; `ratio` and `variance` are estimated from the pair.
#[derive(Debug, Clone, Copy)]
pub(crate) struct CostModel {
    /// Expected target length per source character (Gale–Church `c`).
    pub ratio: f64,
    /// Variance of the target length per source character (Gale–Church `s²`).
    pub variance: f64,
    /// Weight of the token part against the length part.
    pub lambda: f64,
    /// Penalty of a 1-0 or 0-1 bead.
    pub deletion: f64,
    /// Penalty of a 2-1 or 1-2 bead.
    pub merge: f64,
    /// Added to [`CostModel::merge`] for a 2-1 bead, two source units against one target unit.
    pub join: f64,
    /// Penalty of a 2-2 bead.
    pub double_merge: f64,
    /// Penalty of pairing a heading with a non-heading.
    pub kind_mismatch: f64,
    /// Penalty of a 2-1, 1-2 or 2-2 bead that holds a heading.
    pub heading_merge: f64,
}

/// The length penalty never exceeds this, so strong token evidence can still win.
const MAX_LENGTH_COST: f64 = 25.0;

/// From this |δ| on, the length cost is [`MAX_LENGTH_COST`]: the tail `poly(t) × e^(−δ²/2)` of
/// [`normal_cdf`] is at most `2.74 × e^(−32) < 1e-13` (the polynomial's positive
/// coefficients sum to 2.74 and `t ≤ 1`), and `−ln(1e-13) ≈ 29.9` exceeds the cap.
const SURELY_CAPPED_DELTA: f64 = 8.0;

/// [`CostModel::length_cost`] of a bead whose |δ| is `delta`.
#[inline]
fn length_cost_of(delta: f64) -> f64 {
    if delta >= SURELY_CAPPED_DELTA {
        // The tail is below 1e-13 here, whose logarithm is far past the cap: the exp and
        // ln of the general formula would give the cap exactly.
        return MAX_LENGTH_COST;
    }
    let tail = 2.0 * (1.0 - normal_cdf(delta));
    (-tail.max(1e-300).ln()).clamp(0.0, MAX_LENGTH_COST)
}

/// Steps of |δ| per unit in [`LEAST_LENGTH_COSTS`].
const LEAST_LENGTH_STEPS: f64 = 32.0;

/// How far below the formula's value at the start of its step each entry of
/// [`LEAST_LENGTH_COSTS`] lies. The formula rises with |δ| (its tail `poly(t) × e^(−δ²/2)`
/// falls: both factors do); rounding moves it by far less than this (at most about 3e-5, near
/// the cap, where `1 − Φ` loses most digits).
const LEAST_LENGTH_MARGIN: f64 = 1e-3;

/// A lower bound of [`length_cost_of`] on each step of |δ| below [`SURELY_CAPPED_DELTA`]: the
/// formula at the start of the step, less [`LEAST_LENGTH_MARGIN`]. Lets a bound exceed a
/// ceiling without an exp and a ln.
static LEAST_LENGTH_COSTS: std::sync::LazyLock<[f64; 256]> = std::sync::LazyLock::new(|| {
    std::array::from_fn(|k| (length_cost_of(k as f64 / LEAST_LENGTH_STEPS) - LEAST_LENGTH_MARGIN).max(0.0))
});

/// A lower bound of [`length_cost_of`]`(delta)`, without an exp and a ln (0 for NaN, whose
/// cost is the cap).
#[inline]
fn least_length_cost(delta: f64) -> f64 {
    if delta >= SURELY_CAPPED_DELTA {
        return MAX_LENGTH_COST;
    }
    // Multiplying by a power of two is exact, so the step is the one `delta` lies in.
    LEAST_LENGTH_COSTS.get((delta * LEAST_LENGTH_STEPS) as usize).copied().unwrap_or(0.0)
}

impl CostModel {
    /// Gale–Church's values: `c = 1`, `s² = 6.8`.
    pub fn new(ratio: f64, variance: f64) -> CostModel {
        CostModel {
            ratio: if ratio.is_finite() { ratio.clamp(0.25, 4.0) } else { 1.0 },
            variance: if variance.is_finite() { variance.clamp(1.0, 60.0) } else { 6.8 },
            lambda: 0.5,
            deletion: 5.0,
            merge: 4.0,
            join: 0.0,
            double_merge: 12.0,
            kind_mismatch: 2.0,
            heading_merge: 8.0,
        }
    }

    /// The normalised length difference δ of Gale and Church.
    pub fn delta(&self, src_len: f64, tgt_len: f64) -> f64 {
        let mean = ((src_len + tgt_len / self.ratio) / 2.0).max(1.0);
        (tgt_len - self.ratio * src_len) / (self.variance * mean).sqrt()
    }

    /// `−ln P(|δ| ≥ observed)` under a standard normal, capped.
    pub fn length_cost(&self, src_len: f64, tgt_len: f64) -> f64 {
        length_cost_of(self.delta(src_len, tgt_len).abs())
    }

    /// The prior of a bead's shape and its length part.
    fn prior_and_length<U: Borrow<Unit>>(&self, src: &[U], tgt: &[U]) -> (f64, f64) {
        match (src.len(), tgt.len()) {
            (0, _) | (_, 0) => (self.deletion, 0.0),
            (n_src, n_tgt) => {
                let src_len: f64 = src.iter().map(|u| u.borrow().len).sum();
                let tgt_len: f64 = tgt.iter().map(|u| u.borrow().len).sum();
                self.paired_prior_and_length(n_src, n_tgt, src_len, tgt_len)
            }
        }
    }

    /// [`CostModel::prior_and_length`] of a bead of `n_src` and `n_tgt` units (both at least
    /// one), of these total lengths.
    #[inline]
    fn paired_prior_and_length(&self, n_src: usize, n_tgt: usize, src_len: f64, tgt_len: f64) -> (f64, f64) {
        (self.paired_prior(n_src, n_tgt), self.length_cost(src_len, tgt_len))
    }

    /// The prior of a bead of `n_src` source and `n_tgt` target units, both at least one: a 2-1
    /// bead pays [`CostModel::join`] on top of a merge.
    #[inline]
    fn paired_prior(&self, n_src: usize, n_tgt: usize) -> f64 {
        match (n_src + n_tgt, n_src > n_tgt) {
            (2, _) => 0.0,
            (3, false) => self.merge,
            (3, true) => self.merge + self.join,
            _ => self.double_merge,
        }
    }

    /// The penalty for a bead's mix of headings and other units.
    fn kind_penalty<U: Borrow<Unit>>(&self, src: &[U], tgt: &[U]) -> f64 {
        // A heading stands alone: it may face a non-heading (conversions differ in markup),
        // but it is never merged with a neighbour.
        match (src, tgt) {
            ([a], [b]) if a.borrow().heading != b.borrow().heading => self.kind_mismatch,
            _ if src.len() + tgt.len() > 2 && src.iter().chain(tgt).any(|u| u.borrow().heading) => {
                self.heading_merge
            }
            _ => 0.0,
        }
    }

    /// The parts of a bead's cost, for confidence and diagnostics.
    pub fn evaluate<U: Borrow<Unit>>(&self, src: &[U], tgt: &[U]) -> BeadScore {
        self.evaluate_shared(src, tgt, shared_weight(src, tgt))
    }

    /// [`CostModel::evaluate`] with the shared token weight already known.
    fn evaluate_shared<U: Borrow<Unit>>(&self, src: &[U], tgt: &[U], shared: f64) -> BeadScore {
        self.evaluate_parts(src, tgt, shared, self.prior_and_length(src, tgt))
    }

    /// [`CostModel::evaluate`] with the shared token weight, the prior and the length part
    /// already known.
    fn evaluate_parts<U: Borrow<Unit>>(
        &self,
        src: &[U],
        tgt: &[U],
        shared: f64,
        (prior, length): (f64, f64),
    ) -> BeadScore {
        let src_weight: f64 = src.iter().map(|u| u.borrow().weight).sum();
        let tgt_weight: f64 = tgt.iter().map(|u| u.borrow().weight).sum();
        let kind = self.kind_penalty(src, tgt);
        self.score_of(shared, &Parts { prior, length, src_weight, tgt_weight, kind })
    }

    /// The score of a bead of these parts and this shared token weight.
    fn score_of(&self, shared: f64, parts: &Parts) -> BeadScore {
        let Parts { prior, length, src_weight, tgt_weight, kind } = *parts;
        let token_cost = self.lambda * (src_weight + tgt_weight - 2.0 * shared).max(0.0);
        let agreement =
            if src_weight + tgt_weight > 0.0 { Some(2.0 * shared / (src_weight + tgt_weight)) } else { None };
        BeadScore { cost: prior + length + token_cost + kind, length, agreement }
    }
}

/// The parts of a bead's cost other than the shared token weight, which the bound of the
/// programme computes on the way.
#[derive(Debug, Clone, Copy, Default)]
pub(crate) struct Parts {
    prior: f64,
    length: f64,
    src_weight: f64,
    tgt_weight: f64,
    kind: f64,
}

/// Prices the beads of one programme over two lists of units: 1-0 and 0-1 beads are priced
/// once per unit, and every bead has a cheap lower bound so the programme can skip moves that
/// cannot matter. Prices are exactly those of [`CostModel::evaluate`].
pub(crate) struct Pricer<'a, U> {
    model: &'a CostModel,
    src: &'a [U],
    tgt: &'a [U],
    /// What the bounds read of each unit, side by side in memory.
    src_measures: Vec<Measure>,
    tgt_measures: Vec<Measure>,
    /// Token membership as bit sets, when the units are long enough to make it pay.
    index: Option<TokenIndex>,
}

/// A unit's length, weight and kind, and the cost of leaving it unpaired.
#[derive(Debug, Clone, Copy)]
struct Measure {
    len: f64,
    weight: f64,
    heading: bool,
    deletion: f64,
}

/// The sums of the lengths and of the weights of a bead's units on one side, each added as
/// [`CostModel::evaluate`] adds them (the same `Sum`, over the same values in the same order),
/// without a loop for the usual one or two units.
#[inline]
fn length_and_weight(units: &[Measure]) -> (f64, f64) {
    match units {
        [a] => ([a.len].into_iter().sum(), [a.weight].into_iter().sum()),
        [a, b] => ([a.len, b.len].into_iter().sum(), [a.weight, b.weight].into_iter().sum()),
        _ => (units.iter().map(|u| u.len).sum(), units.iter().map(|u| u.weight).sum()),
    }
}

/// Below this many tokens over all units, the sorted-list merge costs no more than building
/// the index (the programme prices few moves per cell: only those that can beat the best).
const MIN_INDEXED_TOKENS: usize = 160;
/// The index's bit sets take at most this many words (8 bytes each).
const MAX_INDEX_WORDS: usize = 1 << 20;

/// Every unit's tokens as positions in the sorted vocabulary of all units, plus one bit set
/// per unit over that vocabulary: the shared weight of a bead is then a walk over one side's
/// tokens with a bit test each, instead of a merge of every list.
struct TokenIndex {
    words: usize,
    /// Bit sets, `words` words per unit: source units first, then target units.
    bits: Vec<u64>,
    /// Vocabulary positions of every unit's tokens, in the unit's (sorted) token order, one
    /// unit after the other: unit `k`'s are `positions[starts[k]..starts[k + 1]]`.
    positions: Vec<u32>,
    starts: Vec<usize>,
    /// The weight of every vocabulary token, by position (one weight per token, checked).
    weights: Vec<f32>,
    /// Whether every weight is finite: a token of a 2-2 bead that no target unit holds then
    /// adds exactly nothing, and the rows may be intersected instead of merging the lists.
    finite: bool,
    n_src: usize,
}

impl TokenIndex {
    /// `None` when the units are too many, or weigh one token differently (the walk
    /// takes one side's weight where the merge takes the other's; with one weight per token,
    /// as the features give, both are the same).
    fn new<U: Borrow<Unit>>(src: &[U], tgt: &[U]) -> Option<TokenIndex> {
        let units = || src.iter().chain(tgt).map(|u| u.borrow());
        let total: usize = units().map(|u| u.tokens.len()).sum();
        let tokens = || units().flat_map(|u| &u.tokens);
        let largest = tokens().map(|t| t.0).max().unwrap_or(0);
        // The features number tokens by rank, so ids are small: a bit set over them costs no
        // more words than there are occurrences, and no sort is needed.
        let (positions, weights) = if largest / 64 <= total as u64 + 64 {
            dense_vocabulary(tokens(), total, largest)?
        } else {
            sorted_vocabulary(tokens(), total)?
        };
        TokenIndex::of_positions(src, tgt, positions, weights)
    }

    /// [`TokenIndex::new`] by a sort of the token occurrences whatever their ids.
    #[cfg(test)]
    fn new_by_sort<U: Borrow<Unit>>(src: &[U], tgt: &[U]) -> Option<TokenIndex> {
        let units = || src.iter().chain(tgt).map(|u| u.borrow());
        let total: usize = units().map(|u| u.tokens.len()).sum();
        let (positions, weights) = sorted_vocabulary(units().flat_map(|u| &u.tokens), total)?;
        TokenIndex::of_positions(src, tgt, positions, weights)
    }

    /// The index of these units, given the vocabulary position of every token occurrence
    /// (unit after unit) and the weight of every position.
    fn of_positions<U: Borrow<Unit>>(
        src: &[U],
        tgt: &[U],
        positions: Vec<u32>,
        weights: Vec<f32>,
    ) -> Option<TokenIndex> {
        let units = || src.iter().chain(tgt).map(|u| u.borrow());
        let words = weights.len().div_ceil(64);
        let n_units = src.len() + tgt.len();
        if words.checked_mul(n_units)? > MAX_INDEX_WORDS {
            return None;
        }
        let mut bits = vec![0u64; words * n_units];
        let mut starts = Vec::with_capacity(n_units + 1);
        starts.push(0);
        let mut end = 0;
        for (k, unit) in units().enumerate() {
            let start = end;
            end += unit.tokens.len();
            for &at in positions.get(start..end)? {
                *bits.get_mut(k * words + at as usize / 64)? |= 1 << (at % 64);
            }
            starts.push(end);
        }
        let finite = weights.iter().all(|w| w.is_finite());
        Some(TokenIndex { words, bits, positions, starts, weights, finite, n_src: src.len() })
    }

    /// [`TokenIndex::new`] by a sort of the vocabulary and a binary search per token, kept
    /// to test the new against.
    #[cfg(test)]
    fn new_by_search<U: Borrow<Unit>>(src: &[U], tgt: &[U]) -> Option<TokenIndex> {
        let units = || src.iter().chain(tgt).map(|u| u.borrow());
        let mut vocabulary: Vec<(TokenId, u32)> =
            units().flat_map(|u| u.tokens.iter().map(|&(id, w)| (id, w.to_bits()))).collect();
        vocabulary.sort_unstable();
        vocabulary.dedup();
        if vocabulary.windows(2).any(|w| w[0].0 == w[1].0) {
            return None;
        }
        let words = vocabulary.len().div_ceil(64);
        let n_units = src.len() + tgt.len();
        if words.checked_mul(n_units)? > MAX_INDEX_WORDS {
            return None;
        }
        let mut bits = vec![0u64; words * n_units];
        let mut positions = Vec::with_capacity(units().map(|u| u.tokens.len()).sum());
        let mut starts = Vec::with_capacity(n_units + 1);
        starts.push(0);
        for (k, unit) in units().enumerate() {
            for (id, _) in &unit.tokens {
                let at = vocabulary.partition_point(|(v, _)| v < id);
                positions.push(u32::try_from(at).ok()?);
                *bits.get_mut(k * words + at / 64)? |= 1 << (at % 64);
            }
            starts.push(positions.len());
        }
        let weights: Vec<f32> = vocabulary.iter().map(|&(_, w)| f32::from_bits(w)).collect();
        let finite = weights.iter().all(|w| w.is_finite());
        Some(TokenIndex { words, bits, positions, starts, weights, finite, n_src: src.len() })
    }

    /// The vocabulary positions of unit `k`'s tokens.
    fn unit_positions(&self, k: usize) -> Option<&[u32]> {
        self.positions.get(*self.starts.get(k)?..*self.starts.get(k + 1)?)
    }

    /// The shared weight of a bead, as [`shared_weight`] computes it: the same products added
    /// in the same (token id) order.
    fn shared<U: Borrow<Unit>>(
        &self,
        src_units: &[U],
        tgt_units: &[U],
        src: Range<usize>,
        tgt: Range<usize>,
    ) -> Option<f64> {
        let tgt_at = self.n_src + tgt.start..self.n_src + tgt.end;
        let walk = |units: &[U], first: usize, others: Range<usize>| -> Option<f64> {
            // One unit on this side: the product is its weight when any other unit holds it
            // (and zero otherwise, which adds nothing).
            let unit = units.first()?.borrow();
            let list = self.unit_positions(first)?;
            let row = |k: usize| self.bits.get(k * self.words..(k + 1) * self.words);
            let (one, two) = match others.len() {
                1 => (row(others.start)?, None),
                2 => (row(others.start)?, Some(row(others.start + 1)?)),
                _ => return None,
            };
            let mut shared = 0.0;
            if 2 * self.words <= list.len() {
                // Fewer words in a row than tokens to test: intersect the rows instead. Positions
                // follow token ids and each token has one weight, so the same weights are added
                // in the same order as by the walk below.
                for (at_word, &own) in row(first)?.iter().enumerate() {
                    let other = one.get(at_word).copied().unwrap_or(0)
                        | two.and_then(|r| r.get(at_word)).copied().unwrap_or(0);
                    let mut both = own & other;
                    while both != 0 {
                        let at = at_word * 64 + both.trailing_zeros() as usize;
                        both &= both - 1;
                        shared += f64::from(*self.weights.get(at)?);
                    }
                }
                return Some(shared);
            }
            for (&(_, weight), &position) in unit.tokens.iter().zip(list) {
                let at = position as usize;
                let word = one.get(at / 64).copied().unwrap_or(0)
                    | two.and_then(|r| r.get(at / 64)).copied().unwrap_or(0);
                if word >> (at % 64) & 1 == 1 {
                    shared += f64::from(weight);
                }
            }
            Some(shared)
        };
        match (src.len(), tgt.len()) {
            (0, _) | (_, 0) => Some(0.0),
            (1, _) => walk(src_units.get(src.clone())?, src.start, tgt_at),
            (_, 1) => walk(tgt_units.get(tgt.clone())?, tgt_at.start, src),
            (2, 2) => {
                // Both source units' lists merged in token order; each token counted on both sides.
                let (a, b) = (src_units.get(src.start)?.borrow(), src_units.get(src.start + 1)?.borrow());
                let (a_at, b_at) = (self.unit_positions(src.start)?, self.unit_positions(src.start + 1)?);
                let row = |k: usize| self.bits.get(k * self.words..(k + 1) * self.words);
                let (c, d) = (row(tgt_at.start)?, row(tgt_at.start + 1)?);
                if self.finite && 2 * self.words <= a_at.len() + b_at.len() {
                    // The merge below adds, in token order, each source token's weight times
                    // the smaller of its counts on the two sides: nothing (exactly, the weights
                    // being finite) for the tokens no target unit holds, the weight itself for
                    // those held once on some side, twice the weight for those all four hold.
                    let (a_row, b_row) = (row(src.start)?, row(src.start + 1)?);
                    let mut shared = 0.0;
                    for (at_word, (((&x, &y), &z), &w)) in a_row.iter().zip(b_row).zip(c).zip(d).enumerate() {
                        let (any, all) = ((x | y) & (z | w), x & y & z & w);
                        let mut bits = any;
                        while bits != 0 {
                            let bit = bits.trailing_zeros();
                            bits &= bits - 1;
                            let weight = *self.weights.get(at_word * 64 + bit as usize)?;
                            let times = if all >> bit & 1 == 1 { 2 } else { 1 };
                            shared += f64::from(weight) * f64::from(times);
                        }
                    }
                    return Some(shared);
                }
                // How many of the two target units hold the token at this vocabulary position.
                let in_tgt = |position: u32| -> u32 {
                    let (word, bit) = (position as usize / 64, position % 64);
                    let held = |row: &[u64]| row.get(word).map_or(0, |w| (w >> bit) as u32 & 1);
                    held(c) + held(d)
                };
                let (mut i, mut j, mut shared) = (0, 0, 0.0);
                loop {
                    let (next, weight, in_src) = match (a_at.get(i), b_at.get(j)) {
                        (Some(&x), Some(&y)) if x == y => {
                            i += 1;
                            j += 1;
                            (x, b.tokens.get(j - 1)?.1, 2)
                        }
                        (Some(&x), Some(&y)) if x < y => {
                            i += 1;
                            (x, a.tokens.get(i - 1)?.1, 1)
                        }
                        (_, Some(&y)) => {
                            j += 1;
                            (y, b.tokens.get(j - 1)?.1, 1)
                        }
                        (Some(&x), None) => {
                            i += 1;
                            (x, a.tokens.get(i - 1)?.1, 1)
                        }
                        (None, None) => break,
                    };
                    let in_tgt = in_tgt(next);
                    shared += f64::from(weight) * f64::from(in_src.min(in_tgt));
                }
                Some(shared)
            }
            _ => None,
        }
    }
}

/// The vocabulary position of every token occurrence (in the order given) and the weight of
/// every position, from one sort of the occurrences by id: a run of equal ids is one position,
/// given to all its occurrences, so the vocabulary is never searched. `None` when one id has
/// two weights.
fn sorted_vocabulary<'u>(
    tokens: impl Iterator<Item = &'u (TokenId, f32)>,
    total: usize,
) -> Option<(Vec<u32>, Vec<f32>)> {
    let mut occurrences: Vec<(TokenId, u32, u32)> = Vec::with_capacity(total);
    for (slot, &(id, weight)) in tokens.enumerate() {
        occurrences.push((id, weight.to_bits(), u32::try_from(slot).ok()?));
    }
    occurrences.sort_unstable_by_key(|&(id, _, _)| id);
    let mut positions = vec![0u32; occurrences.len()];
    let mut weights: Vec<f32> = Vec::with_capacity(occurrences.len());
    let mut last: Option<(TokenId, u32)> = None;
    for &(id, weight, slot) in &occurrences {
        match last {
            Some((last_id, last_weight)) if last_id == id => {
                if last_weight != weight {
                    return None;
                }
            }
            _ => {
                weights.push(f32::from_bits(weight));
                last = Some((id, weight));
            }
        }
        *positions.get_mut(slot as usize)? = u32::try_from(weights.len() - 1).ok()?;
    }
    Some((positions, weights))
}

/// [`sorted_vocabulary`] for ids up to `largest`, without a sort: the ids present are marked
/// in a bit set, and an id's position is the number of ids present below it.
fn dense_vocabulary<'u>(
    tokens: impl Iterator<Item = &'u (TokenId, f32)> + Clone,
    total: usize,
    largest: TokenId,
) -> Option<(Vec<u32>, Vec<f32>)> {
    let mut present = vec![0u64; usize::try_from(largest / 64).ok()? + 1];
    for &(id, _) in tokens.clone() {
        *present.get_mut(usize::try_from(id / 64).ok()?)? |= 1 << (id % 64);
    }
    // The number of ids present below each word of the set.
    let mut before = Vec::with_capacity(present.len());
    let mut count = 0u32;
    for word in &present {
        before.push(count);
        count += word.count_ones();
    }
    let mut weights = vec![0.0f32; count as usize];
    let mut weighed = vec![false; count as usize];
    let mut positions = Vec::with_capacity(total);
    for &(id, weight) in tokens {
        let at = usize::try_from(id / 64).ok()?;
        let below = present.get(at)? & ((1u64 << (id % 64)) - 1);
        let position = before.get(at)? + below.count_ones();
        let (slot, seen) = (weights.get_mut(position as usize)?, weighed.get_mut(position as usize)?);
        if *seen {
            if slot.to_bits() != weight.to_bits() {
                return None;
            }
        } else {
            *slot = weight;
            *seen = true;
        }
        positions.push(position);
    }
    Some((positions, weights))
}

/// Slack of [`Pricer`]'s lower bound against rounding: the bound and the cost are computed in
/// different orders, and a bound must never exceed the cost it stands for.
const FLOOR_RELATIVE_SLACK: f64 = 1e-9;
const FLOOR_ABSOLUTE_SLACK: f64 = 1e-6;

impl<'a, U: Borrow<Unit>> Pricer<'a, U> {
    /// A pricer over these units; `src` and `tgt` ranges index into them.
    pub fn new(model: &'a CostModel, src: &'a [U], tgt: &'a [U]) -> Pricer<'a, U> {
        let none: &[U] = &[];
        let measure = |u: &U, deletion: BeadScore| {
            let unit = u.borrow();
            Measure { len: unit.len, weight: unit.weight, heading: unit.heading, deletion: deletion.cost }
        };
        let src_measures =
            src.iter().map(|u| measure(u, model.evaluate(std::slice::from_ref(u), none))).collect();
        let tgt_measures =
            tgt.iter().map(|u| measure(u, model.evaluate(none, std::slice::from_ref(u)))).collect();
        let total: usize = src.iter().chain(tgt).map(|u| u.borrow().tokens.len()).sum();
        let index = if total >= MIN_INDEXED_TOKENS { TokenIndex::new(src, tgt) } else { None };
        Pricer { model, src, tgt, src_measures, tgt_measures, index }
    }

    /// The cost of leaving source unit `k` unpaired.
    fn src_deletion(&self, k: usize) -> f64 {
        self.src_measures.get(k).map_or(f64::INFINITY, |m| m.deletion)
    }

    /// The cost of leaving target unit `k` unpaired.
    fn tgt_deletion(&self, k: usize) -> f64 {
        self.tgt_measures.get(k).map_or(f64::INFINITY, |m| m.deletion)
    }

    fn sides(&self, src: Range<usize>, tgt: Range<usize>) -> (&'a [U], &'a [U]) {
        (self.src.get(src).unwrap_or_default(), self.tgt.get(tgt).unwrap_or_default())
    }

    /// The full score of a bead.
    pub fn score(&self, src: Range<usize>, tgt: Range<usize>) -> BeadScore {
        let (src_units, tgt_units) = self.sides(src.clone(), tgt.clone());
        let parts = self.model.prior_and_length(src_units, tgt_units);
        self.score_parts(src, tgt, parts)
    }

    /// [`Pricer::score`] with the prior and the length part already known.
    fn score_parts(&self, src: Range<usize>, tgt: Range<usize>, parts: (f64, f64)) -> BeadScore {
        let indexed =
            self.index.as_ref().and_then(|index| index.shared(self.src, self.tgt, src.clone(), tgt.clone()));
        let (src, tgt) = self.sides(src, tgt);
        let shared = indexed.unwrap_or_else(|| shared_weight(src, tgt));
        self.model.evaluate_parts(src, tgt, shared, parts)
    }
}

impl<U: Borrow<Unit>> BeadCost for Pricer<'_, U> {
    /// The parts of the cost, which the bound computes on the way.
    type Hint = Parts;
    /// The whole score, which the caller keeps.
    type Priced = BeadScore;

    fn priced(&self, src: Range<usize>, tgt: Range<usize>) -> (f64, BeadScore) {
        // For 1-0 and 0-1 too, the score's cost is the very value `cost` looks up: both are
        // `evaluate_parts` over the deletion prior, no length and no shared weight.
        let score = self.score(src, tgt);
        (score.cost, score)
    }

    #[inline]
    fn cost(&self, src: Range<usize>, tgt: Range<usize>) -> f64 {
        match (src.len(), tgt.len()) {
            (1, 0) => self.src_deletion(src.start),
            (0, 1) => self.tgt_deletion(tgt.start),
            _ => self.score(src, tgt).cost,
        }
    }

    /// The prior, the length part, the kind penalty and the token part with the shared weight
    /// at its largest possible value (the lighter side's whole weight); exact for 1-0 and 0-1.
    #[inline]
    fn floor(&self, src: Range<usize>, tgt: Range<usize>) -> (f64, Parts) {
        // The lone units' costs are looked up where the programme asks for them; the rest
        // is computed out of line.
        match (src.len(), tgt.len()) {
            (1, 0) => (self.src_deletion(src.start), Parts::default()),
            (0, 1) => (self.tgt_deletion(tgt.start), Parts::default()),
            _ => self.merged_floor_within(src, tgt, 0.0, f64::INFINITY).unwrap_or_default(),
        }
    }

    /// The cost from the parts the bound found: the same values in the same order as
    /// [`CostModel::evaluate`], with only the shared weight left to compute.
    /// The floors of 1-0 and 0-1 beads are their deletion costs.
    const EXACT_LONE_FLOORS: bool = true;

    /// Without the length part, which is never negative, the bound is no larger (the same
    /// sums with one term 0 instead, rounded alike), so a bead whose bound without it is
    /// already above the ceiling is left out before the length is computed.
    #[inline]
    fn floor_within(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        prev_cost: f64,
        ceiling: f64,
    ) -> Result<(f64, Parts), f64> {
        match (src.len(), tgt.len()) {
            (1, 0) => Ok((self.src_deletion(src.start), Parts::default())),
            (0, 1) => Ok((self.tgt_deletion(tgt.start), Parts::default())),
            _ => self.merged_floor_within(src, tgt, prev_cost, ceiling),
        }
    }

    #[inline]
    fn floor_within_shaped<const A: usize, const B: usize>(
        &self,
        i: usize,
        j: usize,
        prev_cost: f64,
        ceiling: f64,
    ) -> Result<(f64, Parts), f64> {
        let src = self.src_measures.get(i.wrapping_sub(A)..i).and_then(|m| <&[Measure; A]>::try_from(m).ok());
        let tgt = self.tgt_measures.get(j.wrapping_sub(B)..j).and_then(|m| <&[Measure; B]>::try_from(m).ok());
        match (src, tgt) {
            (Some(src), Some(tgt)) if A > 0 && B > 0 => self.paired_floor_of(src, tgt, prev_cost, ceiling),
            _ => self.floor_within(i.wrapping_sub(A)..i, j.wrapping_sub(B)..j, prev_cost, ceiling),
        }
    }

    #[inline]
    fn cost_with(&self, src: Range<usize>, tgt: Range<usize>, parts: Parts) -> f64 {
        match (src.len(), tgt.len()) {
            (1, 0) | (0, 1) => self.cost(src, tgt),
            _ => {
                let indexed = self
                    .index
                    .as_ref()
                    .and_then(|index| index.shared(self.src, self.tgt, src.clone(), tgt.clone()));
                let shared = indexed.unwrap_or_else(|| {
                    let (src, tgt) = self.sides(src, tgt);
                    shared_weight(src, tgt)
                });
                self.model.score_of(shared, &parts).cost
            }
        }
    }
}

impl<U: Borrow<Unit>> Pricer<'_, U> {
    /// [`BeadCost::floor`] of a bead other than 1-0 and 0-1: [`Pricer::merged_floor_of_units`]
    /// from the units' measures, side by side, with the same sums in the same order.
    #[cfg(test)]
    fn merged_floor(&self, src: Range<usize>, tgt: Range<usize>) -> (f64, Parts) {
        // Nothing exceeds an infinite ceiling (a NaN bound compares false).
        self.merged_floor_within(src, tgt, 0.0, f64::INFINITY).unwrap_or_default()
    }

    /// [`BeadCost::floor_within`] of a bead other than 1-0 and 0-1: the bound of
    /// [`Pricer::merged_floor_of_units`] from the units' measures, side by side, with the same
    /// sums in the same order; before the length part is computed, `Err` of the bound without
    /// it entered from `prev_cost` (`prev_cost + floor.clamp(0.0, 1e9)`, no larger than with
    /// it) when that already exceeds `ceiling`.
    #[inline(never)]
    fn merged_floor_within(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        prev_cost: f64,
        ceiling: f64,
    ) -> Result<(f64, Parts), f64> {
        match (src.len(), tgt.len()) {
            (1, 0) | (0, 1) => Ok((self.cost(src, tgt), Parts::default())),
            _ => {
                let src = self.src_measures.get(src).unwrap_or_default();
                let tgt = self.tgt_measures.get(tgt).unwrap_or_default();
                self.paired_floor_of(src, tgt, prev_cost, ceiling)
            }
        }
    }

    /// [`Pricer::merged_floor_within`] of the bead of these units' measures (inlined where the
    /// numbers of units are constants, so that the shape's cases fall away).
    #[inline(always)]
    fn paired_floor_of(
        &self,
        src: &[Measure],
        tgt: &[Measure],
        prev_cost: f64,
        ceiling: f64,
    ) -> Result<(f64, Parts), f64> {
        let model = self.model;
        let (src_len, src_weight) = length_and_weight(src);
        let (tgt_len, tgt_weight) = length_and_weight(tgt);
        let kind = match (src, tgt) {
            ([a], [b]) if a.heading != b.heading => model.kind_mismatch,
            _ if src.len() + tgt.len() > 2 && src.iter().chain(tgt).any(|u| u.heading) => model.heading_merge,
            _ => 0.0,
        };
        let token = model.lambda * (src_weight - tgt_weight).abs();
        let slack = |bound: f64| (bound * (1.0 - FLOOR_RELATIVE_SLACK) - FLOOR_ABSOLUTE_SLACK).max(0.0);
        let (prior, length) = match (src.len(), tgt.len()) {
            (0, _) | (_, 0) => (model.deletion, 0.0),
            (n_src, n_tgt) => {
                let prior = model.paired_prior(n_src, n_tgt);
                // The length part lies in 0..=MAX_LENGTH_COST: with 0 in its place, each
                // sum is no larger, and so is the floor (a NaN token part makes both
                // NaN, and NaN exceeds nothing).
                let lower = prev_cost + slack(prior + 0.0 + token + kind).clamp(0.0, 1e9);
                if lower > ceiling {
                    return Err(lower);
                }
                let delta = model.delta(src_len, tgt_len).abs();
                if ceiling < f64::INFINITY {
                    // Likewise with a lower bound of the length part in its place.
                    let least = least_length_cost(delta);
                    let lower = prev_cost + slack(prior + least + token + kind).clamp(0.0, 1e9);
                    if lower > ceiling {
                        return Err(lower);
                    }
                }
                (prior, length_cost_of(delta))
            }
        };
        let bound = prior + length + token + kind;
        let parts = Parts { prior, length, src_weight, tgt_weight, kind };
        Ok((slack(bound), parts))
    }

    /// [`Pricer::merged_floor`] as it was, from the units themselves; kept to test the new
    /// against.
    #[cfg(test)]
    fn merged_floor_of_units(&self, src: Range<usize>, tgt: Range<usize>) -> (f64, Parts) {
        match (src.len(), tgt.len()) {
            (1, 0) | (0, 1) => (self.cost(src, tgt), Parts::default()),
            _ => {
                let (src, tgt) = self.sides(src, tgt);
                let model = self.model;
                let src_weight: f64 = src.iter().map(|u| u.borrow().weight).sum();
                let tgt_weight: f64 = tgt.iter().map(|u| u.borrow().weight).sum();
                let (prior, length) = model.prior_and_length(src, tgt);
                let kind = model.kind_penalty(src, tgt);
                let bound = prior + length + model.lambda * (src_weight - tgt_weight).abs() + kind;
                let parts = Parts { prior, length, src_weight, tgt_weight, kind };
                ((bound * (1.0 - FLOOR_RELATIVE_SLACK) - FLOOR_ABSOLUTE_SLACK).max(0.0), parts)
            }
        }
    }
}

/// A bead's cost and the two signals confidence is made of.
#[derive(Debug, Clone, Copy)]
pub(crate) struct BeadScore {
    pub cost: f64,
    /// The length part of the cost (0 for 1-0 and 0-1 beads).
    pub length: f64,
    /// Shared token weight over total token weight; `None` when neither side has tokens.
    pub agreement: Option<f64>,
}

/// The weight of the tokens both sides share, counted per unit (multiset intersection): a
/// token adds its weight times the fewer of the numbers of units holding it on each side.
/// The programme's beads hold at most two units a side; the larger beads made after it (a
/// long sentence the translation writes as three) count every unit the same way.
pub(crate) fn shared_weight<U: Borrow<Unit>>(src: &[U], tgt: &[U]) -> f64 {
    match (src, tgt) {
        ([], _) | (_, []) => 0.0,
        _ if src.len() > 2 || tgt.len() > 2 => shared_many(src, tgt),
        ([a], [b]) => {
            let (a, b) = (a.borrow(), b.borrow());
            let (mut i, mut j, mut shared) = (0, 0, 0.0);
            while let (Some(x), Some(y)) = (a.tokens.get(i), b.tokens.get(j)) {
                match x.0.cmp(&y.0) {
                    std::cmp::Ordering::Less => i += 1,
                    std::cmp::Ordering::Greater => j += 1,
                    std::cmp::Ordering::Equal => {
                        shared += f64::from(x.1);
                        i += 1;
                        j += 1;
                    }
                }
            }
            shared
        }
        _ => {
            fn list<U: Borrow<Unit>>(units: &[U], k: usize) -> &[(TokenId, f32)] {
                units.get(k).map_or(&[][..], |u| &u.borrow().tokens[..])
            }
            let (src, tgt) = ([list(src, 0), list(src, 1)], [list(tgt, 0), list(tgt, 1)]);
            shared_walk(src, tgt).unwrap_or_else(|| shared_merge(src, tgt))
        }
    }
}

/// The shared weight of a bead of up to two units per side, as [`shared_merge`] computes it,
/// from a walk over the source units' tokens that probes the target units' lists: the same
/// products, added in the same (token id) order, less those that add nothing. `None` when a
/// weight is not finite (a token held on one side only then adds NaN to the merge's sum).
fn shared_walk(src: [&[(TokenId, f32)]; 2], tgt: [&[(TokenId, f32)]; 2]) -> Option<f64> {
    /// Moves `at` past the tokens of `list` before `id` (held by the target side only, so they
    /// add nothing when their weight is finite); the weight of `id` if the list holds it.
    fn probe(list: &[(TokenId, f32)], at: &mut usize, id: TokenId) -> Option<Option<f32>> {
        while let Some(&(token, weight)) = list.get(*at) {
            if token > id {
                break;
            }
            *at += 1;
            if token == id {
                return Some(Some(weight));
            }
            if !weight.is_finite() {
                return None;
            }
        }
        Some(None)
    }
    let ([a, b], [c, d]) = (src, tgt);
    let (mut i, mut j, mut k, mut l) = (0, 0, 0, 0);
    let mut shared = 0.0;
    loop {
        // The next token of the source units, how many hold it, and the weight of the last.
        let (id, in_src, weight) = match (a.get(i), b.get(j)) {
            (Some(&(x, _)), Some(&(y, w))) if x == y => {
                i += 1;
                j += 1;
                (x, 2, w)
            }
            (Some(&(x, w)), Some(&(y, _))) if x < y => {
                i += 1;
                (x, 1, w)
            }
            (_, Some(&(y, w))) => {
                j += 1;
                (y, 1, w)
            }
            (Some(&(x, w)), None) => {
                i += 1;
                (x, 1, w)
            }
            (None, None) => break,
        };
        let (in_c, in_d) = (probe(c, &mut k, id)?, probe(d, &mut l, id)?);
        let in_tgt = u32::from(in_c.is_some()) + u32::from(in_d.is_some());
        // The merge takes the weight of the last list holding the token.
        let weight = in_d.or(in_c).unwrap_or(weight);
        if in_tgt == 0 {
            if !weight.is_finite() {
                return None;
            }
            continue;
        }
        shared += f64::from(weight) * f64::from(in_src.min(in_tgt));
    }
    let rest = c.get(k..).unwrap_or_default().iter().chain(d.get(l..).unwrap_or_default());
    rest.clone().all(|t| t.1.is_finite()).then_some(shared)
}

/// The shared weight of a bead of up to two units per side: a merge of their sorted token
/// lists, each token counted the fewer times of its two sides, without allocating.
fn shared_merge(src: [&[(TokenId, f32)]; 2], tgt: [&[(TokenId, f32)]; 2]) -> f64 {
    let mut heads = [0usize; 4];
    let all: [(&[(u64, f32)], bool); 4] = [(src[0], true), (src[1], true), (tgt[0], false), (tgt[1], false)];
    let mut shared = 0.0;
    loop {
        let next = (0..4).filter_map(|k| all[k].0.get(heads[k]).map(|t| t.0)).min();
        let Some(id) = next else { break };
        let (mut in_src, mut in_tgt, mut weight) = (0u32, 0u32, 0.0f32);
        for k in 0..4 {
            if let Some(&(token, w)) = all[k].0.get(heads[k])
                && token == id
            {
                heads[k] += 1;
                weight = w;
                if all[k].1 { in_src += 1 } else { in_tgt += 1 }
            }
        }
        shared += f64::from(weight) * f64::from(in_src.min(in_tgt));
    }
    shared
}

/// [`shared_merge`] for any number of units a side: a merge of all their sorted token lists,
/// each token weighed as the last list holding it weighs it. The beads beyond the programme's
/// shapes come here, and the steps after the programme price several for every lone sentence,
/// so the lists and their heads are on the stack up to [`STACK_LISTS`] lists.
fn shared_many<U: Borrow<Unit>>(src: &[U], tgt: &[U]) -> f64 {
    let lists = src
        .iter()
        .map(|u| (&u.borrow().tokens[..], true))
        .chain(tgt.iter().map(|u| (&u.borrow().tokens[..], false)));
    let n_lists = src.len() + tgt.len();
    if n_lists <= STACK_LISTS {
        let mut on_stack: [(&[(TokenId, f32)], bool); STACK_LISTS] = [(&[], false); STACK_LISTS];
        for (slot, list) in on_stack.iter_mut().zip(lists) {
            *slot = list;
        }
        let mut heads = [0usize; STACK_LISTS];
        return merge_lists(&on_stack[..n_lists], &mut heads[..n_lists]);
    }
    let lists: Vec<(&[(TokenId, f32)], bool)> = lists.collect();
    let mut heads = vec![0usize; lists.len()];
    merge_lists(&lists, &mut heads)
}

/// The most units a side of [`shared_many`] keeps on the stack.
const STACK_LISTS: usize = 8;

/// [`shared_many`] over these lists (`true`: a source unit's) from these heads.
fn merge_lists(lists: &[(&[(TokenId, f32)], bool)], heads: &mut [usize]) -> f64 {
    let mut shared = 0.0;
    loop {
        let next =
            lists.iter().zip(heads.iter()).filter_map(|((list, _), &at)| list.get(at).map(|t| t.0)).min();
        let Some(id) = next else { break };
        let (mut in_src, mut in_tgt, mut weight) = (0u32, 0u32, 0.0f32);
        for ((list, is_src), at) in lists.iter().zip(heads.iter_mut()) {
            if let Some(&(token, w)) = list.get(*at)
                && token == id
            {
                *at += 1;
                weight = w;
                if *is_src { in_src += 1 } else { in_tgt += 1 }
            }
        }
        shared += f64::from(weight) * f64::from(in_src.min(in_tgt));
    }
    shared
}

/// Standard normal CDF (Abramowitz and Stegun 7.1.26 for erf; error below 1.5e-7).
pub(crate) fn normal_cdf(x: f64) -> f64 {
    let z = x.abs() / std::f64::consts::SQRT_2;
    let t = 1.0 / (1.0 + 0.327_591_1 * z);
    let poly = t
        * (0.254_829_592
            + t * (-0.284_496_736 + t * (1.421_413_741 + t * (-1.453_152_027 + t * 1.061_405_429))));
    let erf = 1.0 - poly * (-z * z).exp();
    if x >= 0.0 { 0.5 * (1.0 + erf) } else { 0.5 * (1.0 - erf) }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn unit(len: f64, tokens: &[u64]) -> Unit {
        let tokens: Vec<(u64, f32)> = tokens.iter().map(|t| (*t, 1.0)).collect();
        Unit { len, weight: tokens.len() as f64, tokens, heading: false }
    }

    #[test]
    fn matching_pair_is_cheaper_than_deleting_both() {
        let model = CostModel::new(1.08, 6.8);
        let a = unit(100.0, &[1, 2, 3]);
        let b = unit(108.0, &[1, 2, 3]);
        let pair = model.evaluate(&[&a], &[&b]).cost;
        let apart = model.evaluate(&[&a], &[]).cost + model.evaluate(&[], &[&b]).cost;
        assert!(pair < apart, "{pair} vs {apart}");
        assert_eq!(model.evaluate(&[&a], &[&b]).agreement, Some(1.0));
    }

    #[test]
    fn merge_counts_tokens_per_unit() {
        let a = unit(10.0, &[1, 2]);
        let b = unit(10.0, &[1]);
        let c = unit(20.0, &[1, 2]);
        assert_eq!(shared_weight(&[&a, &b], &[&c]), 2.0);
    }

    #[test]
    fn beads_beyond_two_units_a_side_count_every_unit() {
        let a = unit(10.0, &[1, 2, 3, 7]);
        let (b, c, d) = (unit(10.0, &[1]), unit(10.0, &[1, 2]), unit(10.0, &[3, 4]));
        // Token 1 is held by one source unit: counted once, though two target units hold it.
        assert_eq!(shared_weight(&[&a], &[&b, &c, &d]), 3.0);
        assert_eq!(shared_weight(&[&b, &c, &d], &[&a]), 3.0);
        // Token 1 held twice on each side, 2 and 3 once; then 3 twice in the source, 4 once.
        let e = unit(10.0, &[1, 5]);
        assert_eq!(shared_weight(&[&a, &e], &[&b, &c, &d]), 4.0);
        assert_eq!(shared_weight(&[&a, &e, &d], &[&b, &c, &d]), 5.0);
        let model = CostModel::new(1.0, 6.8);
        assert_eq!(model.evaluate(&[&a], &[&b, &c, &d]).agreement, Some(2.0 * 3.0 / 9.0));
    }

    proptest::proptest! {
        #[test]
        fn many_units_share_as_a_merge_of_their_lists(
            tokens in proptest::collection::vec(proptest::collection::vec(0u64..40, 0..30), 6),
            n_src in 1usize..5,
        ) {
            // Against a plain count of every token's holders on each side.
            let units: Vec<Unit> = tokens
                .iter()
                .map(|ids| Unit::new(1.0, ids.iter().map(|&id| (id, 1.0 + id as f32 / 7.0)).collect(), false))
                .collect();
            let (src, tgt) = units.split_at(n_src);
            let holders = |side: &[Unit], id: u64| side.iter().filter(|u| u.tokens.iter().any(|t| t.0 == id)).count();
            let expected: f64 = (0u64..40)
                .map(|id| f64::from(1.0 + id as f32 / 7.0) * holders(src, id).min(holders(tgt, id)) as f64)
                .sum();
            proptest::prop_assert!((shared_weight(src, tgt) - expected).abs() < 1e-9);
        }

        #[test]
        fn floor_never_exceeds_the_cost_and_the_index_shares_the_same_weight(
            lens in proptest::collection::vec(0.0f64..3000.0, 4),
            tokens in proptest::collection::vec(proptest::collection::vec(0u64..40, 0..30), 4),
            scale in 0.01f32..12.0,
            headings in proptest::collection::vec(proptest::bool::ANY, 4),
            ratio in 0.5f64..2.0,
            variance in 1.0f64..60.0,
        ) {
            // One weight per token id, as the features give.
            let units: Vec<Unit> = (0..4)
                .map(|k| Unit::new(lens[k], tokens[k].iter().map(|&id| (id, scale * (1.0 + id as f32 / 7.0))).collect(), headings[k]))
                .collect();
            let model = CostModel::new(ratio, variance);
            let pricer = Pricer::new(&model, &units[..2], &units[2..]);
            let index = TokenIndex::new(&units[..2], &units[2..]).unwrap();
            for (s, t) in [(0..1, 0..1), (0..1, 0..0), (0..0, 1..2), (0..2, 0..1), (1..2, 0..2), (0..2, 0..2)] {
                let shared = shared_weight(&units[s.clone()], &units[2 + t.start..2 + t.end]);
                let indexed = index.shared(&units[..2], &units[2..], s.clone(), t.clone());
                proptest::prop_assert_eq!(indexed.map(f64::to_bits), Some(shared.to_bits()));
                let ((floor, hint), cost) = (pricer.floor(s.clone(), t.clone()), pricer.cost(s.clone(), t.clone()));
                proptest::prop_assert!(floor <= cost, "{floor} > {cost} for {s:?} {t:?}");
                proptest::prop_assert_eq!(pricer.cost_with(s.clone(), t.clone(), hint).to_bits(), cost.to_bits());
                proptest::prop_assert_eq!(cost, model.evaluate(&units[s.clone()], &units[2 + t.start..2 + t.end]).cost);
            }
        }

        #[test]
        fn the_floor_from_measures_is_the_floor_from_units(
            lens in proptest::collection::vec(proptest::prop_oneof![0.0f64..3000.0, 0.0f64..3.0], 6),
            weights in proptest::collection::vec(proptest::prop_oneof![0.0f64..60.0, proptest::num::f64::ANY], 6),
            headings in proptest::collection::vec(proptest::bool::ANY, 6),
            ratio in 0.25f64..4.0,
            variance in 1.0f64..60.0,
            n_src in 0usize..4,
            prev_cost in proptest::prop_oneof![0.0f64..100.0, proptest::strategy::Just(0.0)],
            ceiling in proptest::prop_oneof![0.0f64..150.0, proptest::num::f64::ANY],
        ) {
            let units: Vec<Unit> =
                (0..6).map(|k| Unit { len: lens[k], tokens: vec![], weight: weights[k], heading: headings[k] }).collect();
            let model = CostModel::new(ratio, variance);
            let (src, tgt) = units.split_at(n_src);
            let pricer = Pricer::new(&model, src, tgt);
            // NaNs alike whatever their bits: which NaN a sum of two gives depends on the order
            // the compiler puts the operands in.
            let bits = |(floor, parts): (f64, Parts)| {
                [floor, parts.prior, parts.length, parts.src_weight, parts.tgt_weight, parts.kind]
                    .map(|x| if x.is_nan() { f64::NAN.to_bits() } else { x.to_bits() })
            };
            for s in 0..=src.len() {
                for t in 0..=tgt.len() {
                    for (a, b) in [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2), (3, 1), (0, 0)] {
                        let (s, t) = (s..s + a, t..t + b);
                        let new = bits(pricer.merged_floor(s.clone(), t.clone()));
                        let old = bits(pricer.merged_floor_of_units(s.clone(), t.clone()));
                        proptest::prop_assert_eq!(new, old, "{:?} {:?}", s, t);
                        // Set aside only when the bound entered from `prev_cost` exceeds the
                        // ceiling, with a lower bound of it above the ceiling; otherwise the
                        // very floor.
                        let (floor, _) = pricer.merged_floor_of_units(s.clone(), t.clone());
                        let bound = prev_cost + floor.clamp(0.0, 1e9);
                        let within = pricer.merged_floor_within(s.clone(), t.clone(), prev_cost, ceiling);
                        match within {
                            Ok(within) => proptest::prop_assert_eq!(bits(within), old),
                            Err(lower) => proptest::prop_assert!(ceiling < lower && lower <= bound),
                        }
                        // The same with the shape a constant.
                        let (i, j) = (s.end, t.end);
                        let shaped = match (a, b) {
                            (1, 1) => pricer.floor_within_shaped::<1, 1>(i, j, prev_cost, ceiling),
                            (2, 1) => pricer.floor_within_shaped::<2, 1>(i, j, prev_cost, ceiling),
                            (1, 2) => pricer.floor_within_shaped::<1, 2>(i, j, prev_cost, ceiling),
                            (2, 2) => pricer.floor_within_shaped::<2, 2>(i, j, prev_cost, ceiling),
                            _ => continue,
                        };
                        let canonical = |r: Result<(f64, Parts), f64>| match r {
                            Ok(found) => Ok(bits(found)),
                            Err(lower) => Err(if lower.is_nan() { f64::NAN.to_bits() } else { lower.to_bits() }),
                        };
                        proptest::prop_assert_eq!(canonical(shaped), canonical(within), "{:?} {:?}", s, t);
                    }
                }
            }
        }
    }

    /// Sorted token lists with one entry per id, weights drawn from `weights`.
    fn token_list(ids: &std::collections::BTreeSet<u64>, weights: &[f32]) -> Vec<(u64, f32)> {
        ids.iter().enumerate().map(|(k, &id)| (id, weights[k % weights.len()])).collect()
    }

    proptest::proptest! {
        #[test]
        fn the_walk_shares_the_merges_weight(
            ids in proptest::collection::vec(proptest::collection::btree_set(0u64..30, 0..20), 4),
            weights in proptest::collection::vec(
                proptest::prop_oneof![8 => 0.0f32..5.0, 1 => proptest::num::f32::ANY], 1..8),
            shape in 0usize..3,
        ) {
            let lists: Vec<Vec<(u64, f32)>> = ids.iter().map(|ids| token_list(ids, &weights)).collect();
            let none: &[(u64, f32)] = &[];
            let (src, tgt) = match shape {
                0 => ([&lists[0][..], none], [&lists[2][..], &lists[3][..]]),
                1 => ([&lists[0][..], &lists[1][..]], [&lists[2][..], none]),
                _ => ([&lists[0][..], &lists[1][..]], [&lists[2][..], &lists[3][..]]),
            };
            let merged = shared_merge(src, tgt);
            match shared_walk(src, tgt) {
                Some(walked) => proptest::prop_assert_eq!(walked.to_bits(), merged.to_bits()),
                None => proptest::prop_assert!(weights.iter().any(|w| !w.is_finite())),
            }
        }
    }

    proptest::proptest! {
        #[test]
        fn the_index_built_by_one_sort_is_the_index_built_by_search(
            units in proptest::collection::vec(
                proptest::collection::vec((0u64..60, proptest::prop_oneof![9 => proptest::strategy::Just(1.0f32), 1 => 0.0f32..2.0]), 0..40),
                0..7),
            n_src in 0usize..7,
            shift in proptest::prop_oneof![proptest::strategy::Just(0u32), 0u32..48],
        ) {
            // Small ids take the bit set, large ones (shifted) the sort.
            let units: Vec<Unit> = units
                .into_iter()
                .map(|t| Unit::new(1.0, t.into_iter().map(|(id, w)| (id << shift, w)).collect(), false))
                .collect();
            let n_src = n_src.min(units.len());
            let (src, tgt) = units.split_at(n_src);
            let old = TokenIndex::new_by_search(src, tgt);
            for new in [TokenIndex::new(src, tgt), TokenIndex::new_by_sort(src, tgt)] {
                proptest::prop_assert_eq!(new.is_some(), old.is_some());
                if let (Some(new), Some(old)) = (new, old.as_ref()) {
                    proptest::prop_assert_eq!(new.words, old.words);
                    proptest::prop_assert_eq!(&new.bits, &old.bits);
                    proptest::prop_assert_eq!(&new.positions, &old.positions);
                    proptest::prop_assert_eq!(&new.starts, &old.starts);
                    let bits = |w: &[f32]| w.iter().map(|x| x.to_bits()).collect::<Vec<_>>();
                    proptest::prop_assert_eq!(bits(&new.weights), bits(&old.weights));
                    proptest::prop_assert_eq!(new.finite, old.finite);
                    proptest::prop_assert_eq!(new.n_src, old.n_src);
                }
            }
        }
    }

    #[test]
    fn the_index_walks_and_intersects_rows_to_the_same_weight() {
        // Units of few tokens against a large vocabulary (the walk) and of many (the rows).
        let weighted = |ids: Vec<u64>| -> Unit {
            let tokens = ids.iter().map(|&id| (id, 0.1 + (id % 13) as f32 * 0.37)).collect();
            Unit::new(100.0, tokens, false)
        };
        let few = [weighted(vec![3, 70, 250]), weighted(vec![1, 70, 250, 299])];
        let many: Vec<Unit> =
            (0..4u64).map(|k| weighted((0..300).filter(|i| (i + k) % 3 != 0).collect())).collect();
        let src = [&few[0], &many[0], &many[1], &few[1]];
        let tgt = [&few[1], &many[2], &many[3], &few[0]];
        let index = TokenIndex::new(&src, &tgt).unwrap();
        for s in 0..3 {
            for t in 0..3 {
                for (a, b) in [(1, 1), (1, 2), (2, 1), (2, 2)] {
                    let (s, t) = (s..s + a, t..t + b);
                    let shared = shared_weight(&src[s.clone()], &tgt[t.clone()]);
                    let indexed = index.shared(&src, &tgt, s.clone(), t.clone());
                    assert_eq!(indexed.map(f64::to_bits), Some(shared.to_bits()), "{s:?} {t:?}");
                }
            }
        }
    }

    #[test]
    fn the_capped_shortcut_gives_what_the_formula_gives() {
        let model = CostModel::new(1.0, 1.0);
        let formula = |delta: f64| {
            let tail = 2.0 * (1.0 - normal_cdf(delta));
            (-tail.max(1e-300).ln()).clamp(0.0, MAX_LENGTH_COST)
        };
        let mut delta = SURELY_CAPPED_DELTA;
        while delta < 1e6 {
            assert_eq!(formula(delta).to_bits(), MAX_LENGTH_COST.to_bits(), "{delta}");
            delta = delta * 1.001 + 1e-3;
        }
        assert_eq!(formula(f64::INFINITY), MAX_LENGTH_COST);
        // Lengths far apart take the shortcut, and the cost stays the formula's.
        for (src, tgt) in [(1.0, 400.0), (500.0, 3.0), (0.0, 1e9), (2.0, 2.0), (100.0, 130.0)] {
            let delta = model.delta(src, tgt).abs();
            assert_eq!(model.length_cost(src, tgt).to_bits(), formula(delta).to_bits(), "{src} {tgt}");
        }
    }

    #[test]
    fn the_least_length_costs_are_below_the_formula() {
        // Every step sampled densely, its ends included.
        for k in 0..256u32 {
            let start = f64::from(k) / LEAST_LENGTH_STEPS;
            let end = f64::from(k + 1) / LEAST_LENGTH_STEPS;
            let least = least_length_cost(start);
            for s in 0..=2000u32 {
                let delta = (start + (end - start) * f64::from(s) / 2000.0).min(end.next_down());
                assert!(least <= length_cost_of(delta), "{delta}");
                assert_eq!(least.to_bits(), least_length_cost(delta).to_bits(), "{delta}");
            }
        }
        assert_eq!(least_length_cost(f64::NAN), 0.0);
        assert_eq!(least_length_cost(f64::INFINITY), MAX_LENGTH_COST);
        assert_eq!(least_length_cost(SURELY_CAPPED_DELTA), MAX_LENGTH_COST);
    }

    proptest::proptest! {
        #[test]
        fn the_least_length_cost_is_below_the_length_cost(delta in 0.0f64..12.0) {
            proptest::prop_assert!(least_length_cost(delta) <= length_cost_of(delta));
        }
    }

    #[test]
    fn normal_cdf_is_accurate() {
        assert!((normal_cdf(0.0) - 0.5).abs() < 1e-6);
        assert!((normal_cdf(1.96) - 0.975).abs() < 1e-3);
        assert!(normal_cdf(-40.0) >= 0.0);
    }
}
