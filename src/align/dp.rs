//! Banded dynamic programming over the beads 1-1, 1-0, 0-1, 2-1, 1-2 and 2-2.
//!
//! Row `i` (source units consumed) keeps only the target columns within `width` of the
//! diagonal, where the diagonal follows cumulative *lengths* scaled by the length ratio rather
//! than unit counts, so one long paragraph does not throw it off. A row's band reaches from
//! the previous row's centre to the next row's, which keeps the band connected whatever the
//! slope. Memory and time are `O((n + m) × width)`. When the best path touches the edge of the
//! band, the band is doubled and the programme rerun, up to a cell budget.

use std::ops::Range;

/// The bead shapes as (source units, target units), in the order ties are broken.
const MOVES: [(usize, usize); 6] = [(1, 1), (1, 0), (0, 1), (2, 1), (1, 2), (2, 2)];
/// Every move of [`MOVES`], a bit each.
const ALL_MOVES: u8 = (1 << MOVES.len()) - 1;

/// One bead of the best path.
#[derive(Debug, Clone, PartialEq)]
pub(crate) struct Step {
    pub src: Range<usize>,
    pub tgt: Range<usize>,
    /// The bead's own cost.
    pub cost: f64,
    /// How much more the best alternative way of reaching the same cell costs (≥ 0, capped).
    pub margin: f64,
}

/// Margins are capped so that a unique path does not report infinity.
pub(crate) const MAX_MARGIN: f64 = 50.0;

/// Prices beads for the programme.
pub(crate) trait BeadCost {
    /// What [`BeadCost::floor`] learns on the way that [`BeadCost::cost_with`] can reuse.
    type Hint: Copy + Default;

    /// The cost of the bead of these source and target units (negative costs count as 0).
    fn cost(&self, src: Range<usize>, tgt: Range<usize>) -> f64;

    /// A lower bound of [`BeadCost::cost`] for the same bead, cheap to compute: a move whose
    /// bound cannot beat the cell's best (on the path, its second best) is never priced. It
    /// must never exceed the cost.
    fn floor(&self, src: Range<usize>, tgt: Range<usize>) -> (f64, Self::Hint);

    /// Whether [`BeadCost::floor`] of a 1-0 or 0-1 bead is its cost itself: the programme
    /// then knows a total the best cannot exceed before pricing anything (see [`moves_into`]).
    const EXACT_LONE_FLOORS: bool = false;

    /// [`BeadCost::floor`] of a bead other than 1-0 and 0-1 entered from a cell of total
    /// `prev_cost`, or, when that total plus the floor (`prev_cost + floor.clamp(0.0, 1e9)`)
    /// exceeds `ceiling`, possibly a lower bound of it that still exceeds `ceiling`, found
    /// without computing the whole floor.
    #[inline]
    fn floor_within(
        &self,
        src: Range<usize>,
        tgt: Range<usize>,
        prev_cost: f64,
        ceiling: f64,
    ) -> Result<(f64, Self::Hint), f64> {
        let (floor, hint) = self.floor(src, tgt);
        let bound = prev_cost + floor.clamp(0.0, 1e9);
        if bound > ceiling { Err(bound) } else { Ok((floor, hint)) }
    }

    /// [`BeadCost::floor_within`] of the bead of `A` source and `B` target units that ends at
    /// source unit `i` and target unit `j`: with its shape a constant, a pricer can have code
    /// for each shape rather than read the shape from the ranges.
    #[inline]
    fn floor_within_shaped<const A: usize, const B: usize>(
        &self,
        i: usize,
        j: usize,
        prev_cost: f64,
        ceiling: f64,
    ) -> Result<(f64, Self::Hint), f64> {
        self.floor_within(i - A..i, j - B..j, prev_cost, ceiling)
    }

    /// [`BeadCost::cost`], given the hint [`BeadCost::floor`] returned for the same bead.
    fn cost_with(&self, src: Range<usize>, tgt: Range<usize>, _hint: Self::Hint) -> f64 {
        self.cost(src, tgt)
    }

    /// What a bead of the chosen path carries besides its cost (see [`align_priced`]).
    type Priced;

    /// [`BeadCost::cost`] of a bead of the chosen path, with what the caller keeps of it; the
    /// cost must be the very value [`BeadCost::cost`] gives.
    fn priced(&self, src: Range<usize>, tgt: Range<usize>) -> (f64, Self::Priced);
}

impl<F: Fn(Range<usize>, Range<usize>) -> f64> BeadCost for F {
    type Hint = ();
    type Priced = ();

    fn priced(&self, src: Range<usize>, tgt: Range<usize>) -> (f64, ()) {
        (self(src, tgt), ())
    }

    fn cost(&self, src: Range<usize>, tgt: Range<usize>) -> f64 {
        self(src, tgt)
    }

    fn floor(&self, _src: Range<usize>, _tgt: Range<usize>) -> (f64, ()) {
        (0.0, ())
    }
}

/// Band limits.
#[derive(Debug, Clone, Copy)]
pub(crate) struct Band {
    /// The half-width the first attempt uses, in units.
    pub min_width: usize,
    /// The largest number of cells one programme may hold.
    pub max_cells: usize,
}

/// The cells of one programme, row by row: only those inside the band.
#[derive(Default)]
struct Grid {
    rows: Vec<Row>,
    cells: Vec<Cell>,
}

/// The band of one row: target positions `low..=high`, whose cells start at `offset`.
#[derive(Clone, Copy)]
struct Row {
    low: usize,
    high: usize,
    offset: usize,
}

#[derive(Clone, Copy)]
struct Cell {
    /// The best total.
    cost: f64,
    /// The second best total of the moves priced (see [`fill`]).
    second: f64,
    /// The move of the best total, an index into [`MOVES`].
    back: u8,
    /// The moves left unpriced that might beat the second best, a bit per move of [`MOVES`].
    unpriced: u8,
}

impl Grid {
    fn index(&self, i: usize, j: usize) -> Option<usize> {
        let row = self.rows.get(i)?;
        (row.low..=row.high).contains(&j).then(|| row.offset + j - row.low)
    }

    /// Makes this an empty grid over the band of this width around the centres, in the room
    /// of the grid it was.
    fn reset(&mut self, n: usize, m: usize, centres: &[usize], width: usize) {
        let Grid { rows, cells } = self;
        rows.clear();
        rows.reserve(n + 1);
        let mut total = 0;
        for i in 0..=n {
            let before = centres[i.saturating_sub(1)].min(centres[i]);
            let after = centres[(i + 1).min(n)].max(centres[i]);
            let previous = i.checked_sub(1).and_then(|p| rows.get(p)).copied();
            let low = match previous {
                None => 0,
                Some(previous) => before.saturating_sub(width).max(previous.low),
            };
            let mut high = if i == n { m } else { (after + width).min(m) };
            if let Some(previous) = previous {
                high = high.max(previous.high);
            }
            rows.push(Row { low, high, offset: total });
            total += high - low + 1;
        }
        let empty = Cell { cost: f64::INFINITY, second: f64::INFINITY, back: u8::MAX, unpriced: 0 };
        cells.clear();
        cells.resize(total, empty);
    }
}

/// The target position matching each source position along the length diagonal.
#[cfg(test)]
fn centres(src_len: &[f64], tgt_len: &[f64]) -> Vec<usize> {
    let mut centres = Vec::new();
    centres_into(src_len, tgt_len, &mut centres);
    centres
}

/// [`centres`] into `centres`, a list whose room is reused (what it holds is dropped).
fn centres_into(src_len: &[f64], tgt_len: &[f64], centres: &mut Vec<usize>) {
    let (n, m) = (src_len.len(), tgt_len.len());
    centres.clear();
    centres.reserve(n + 1);
    let src_total: f64 = src_len.iter().sum();
    let tgt_total: f64 = tgt_len.iter().sum();
    if src_total <= 0.0 || tgt_total <= 0.0 {
        centres.extend((0..=n).map(|i| (i * m).checked_div(n).unwrap_or(m)));
        return;
    }
    let scale = tgt_total / src_total;
    let (mut src_cum, mut tgt_cum, mut j) = (0.0, 0.0, 0);
    for i in 0..=n {
        let target: f64 = src_cum * scale;
        // Advance while the midpoint of the next target unit is still before the target.
        while j < m && tgt_cum + tgt_len[j] / 2.0 < target {
            tgt_cum += tgt_len[j];
            j += 1;
        }
        centres.push(j);
        src_cum += src_len.get(i).copied().unwrap_or(0.0);
    }
    if let Some(last) = centres.last_mut() {
        *last = m;
    }
}

/// The moves into one cell with their bounds, cheapest bound first: only the first `count`
/// entries of `list`, written for the cell, are read, so the array is filled once per
/// programme rather than cleared in every cell. Each entry is (bound, move, total of the cell
/// the move starts from); the hints stay by move, so that sorting moves small entries only.
struct Candidates<H> {
    list: [(f64, usize, f64); 6],
    hints: [H; 6],
}

impl<H: Copy + Default> Candidates<H> {
    fn new() -> Candidates<H> {
        Candidates { list: [(0.0, 0, 0.0); 6], hints: [H::default(); 6] }
    }
}

/// The moves [`moves_into`] set aside: a bit per move of [`MOVES`], and a lower bound of
/// their bounds.
#[derive(Clone, Copy)]
struct Deferred {
    moves: u8,
    floor: f64,
}

/// The moves of `moves` (a bit per move of [`MOVES`]) into cell (`i`, `j`) that start from a
/// reached cell, with their bounds, cheapest bound first (then in move order); returns how
/// many there are.
///
/// With `defer`, the moves 1-1, 2-1, 1-2 and 2-2 whose bound exceeds the total of a 1-0 or
/// 0-1 move whose floor is its cost ([`BeadCost::EXACT_LONE_FLOORS`]) are set aside instead,
/// their bounds possibly left incomplete (see [`fill`]).
#[inline(always)]
fn moves_into<C: BeadCost>(
    grid: &Grid,
    i: usize,
    j: usize,
    cost: &C,
    moves: u8,
    defer: Option<&mut Deferred>,
    candidates: &mut Candidates<C::Hint>,
) -> usize {
    // The least total of the 1-0 and 0-1 moves whose floors are their costs (within
    // `0..=1e9`, so that the bound is the total): the best total of the cell is at most this.
    // Found before any other move is bounded, so that every other move may be set aside.
    let mut ceiling = f64::INFINITY;
    // The totals the 1-0 and 0-1 moves start from and their floors, when looked up for the
    // ceiling (their hints are written then).
    let mut lone: [Option<(f64, f64)>; 2] = [None, None];
    let mut deferred = defer.map(|deferred| {
        *deferred = Deferred { moves: 0, floor: f64::INFINITY };
        deferred
    });
    if C::EXACT_LONE_FLOORS && deferred.is_some() {
        for (slot, k) in [(0, 1), (1, 2)] {
            let (a, b) = MOVES[k];
            if i < a || j < b || moves >> k & 1 == 0 {
                continue;
            }
            let Some(prev) = grid.index(i - a, j - b) else { continue };
            let prev_cost = grid.cells[prev].cost;
            if !prev_cost.is_finite() {
                continue;
            }
            let (floor, hint) = cost.floor(i - a..i, j - b..j);
            if (0.0..=1e9).contains(&floor) {
                ceiling = ceiling.min(prev_cost + floor);
            }
            candidates.hints[k] = hint;
            lone[slot] = Some((prev_cost, floor));
        }
    }
    let mut count = 0;
    // Every move in turn, written out so that its shape is a constant in each.
    macro_rules! consider {
        ($k:literal) => {
            'consider: {
                let k: usize = $k;
                let (a, b) = MOVES[$k];
                let looked_up = match k {
                    1 => lone[0],
                    2 => lone[1],
                    _ => None,
                };
                let (prev_cost, floor) = if let Some(looked_up) = looked_up {
                    looked_up
                } else {
                    if i < a || j < b || moves >> k & 1 == 0 {
                        break 'consider;
                    }
                    let Some(prev) = grid.index(i - a, j - b) else { break 'consider };
                    let prev_cost = grid.cells[prev].cost;
                    if !prev_cost.is_finite() {
                        break 'consider;
                    }
                    let found = if a + b == 1 {
                        cost.floor(i - a..i, j - b..j)
                    } else if let Some(deferred) = deferred.as_deref_mut() {
                        match cost
                            .floor_within_shaped::<{ MOVES[$k].0 }, { MOVES[$k].1 }>(i, j, prev_cost, ceiling)
                        {
                            Ok(found) => found,
                            Err(lower) => {
                                deferred.moves |= 1 << k;
                                deferred.floor = deferred.floor.min(lower);
                                break 'consider;
                            }
                        }
                    } else {
                        cost.floor(i - a..i, j - b..j)
                    };
                    candidates.hints[$k] = found.1;
                    (prev_cost, found.0)
                };
                let bound = prev_cost + floor.clamp(0.0, 1e9);
                // Insertion by bound, then by move order.
                let list = &mut candidates.list;
                let mut at = count;
                while at > 0 && list[at - 1].0 > bound {
                    list[at] = list[at - 1];
                    at -= 1;
                }
                list[at] = (bound, k, prev_cost);
                count += 1;
            }
        };
    }
    consider!(0);
    consider!(1);
    consider!(2);
    consider!(3);
    consider!(4);
    consider!(5);
    count
}

/// The best total of every cell and its move. Moves are priced cheapest bound first, and only
/// while a bound does not exceed the best: the rest cannot change the best (a move whose total
/// equals the best may still come first in move order, so an equal bound does not stop).
///
/// Second bests are only read on the path ([`backtrack`]), so they are not sought here: a
/// cell keeps the second best of the moves priced, and which moves were left unpriced when
/// one of them might still beat it (see [`second_best`]).
///
/// The best is at most the total of a 1-0 or 0-1 move whose bound is that total: that move is
/// priced, or the pricing stops before it at a bound above the best. A move whose bound
/// exceeds such a total is therefore never priced, whatever its whole bound: [`moves_into`]
/// sets it aside with a lower bound of its bound, and it joins the moves left unpriced.
fn fill<C: BeadCost>(grid: &mut Grid, n: usize, m: usize, centres: &[usize], width: usize, cost: &C) {
    grid.reset(n, m, centres, width);
    let mut candidates = Candidates::new();
    let mut deferred = Deferred { moves: 0, floor: f64::INFINITY };
    for i in 0..=n {
        let row = grid.rows[i];
        for j in row.low..=row.high {
            let here = row.offset + j - row.low;
            if i == 0 && j == 0 {
                grid.cells[here].cost = 0.0;
                continue;
            }
            let count = moves_into(grid, i, j, cost, ALL_MOVES, Some(&mut deferred), &mut candidates);
            let list = &candidates.list;
            let (mut best, mut second, mut back) = (f64::INFINITY, f64::INFINITY, usize::MAX);
            // The moves left unpriced, and a lower bound of their bounds.
            let (mut left, mut left_floor) = (deferred.moves, deferred.floor);
            for (at, &(bound, k, prev_cost)) in list[..count].iter().enumerate() {
                if bound > best {
                    left |= list[at..count].iter().fold(0, |mask, c| mask | 1 << c.1);
                    left_floor = left_floor.min(bound);
                    break;
                }
                let (a, b) = MOVES[k];
                let step = cost.cost_with(i - a..i, j - b..j, candidates.hints[k]);
                rank(prev_cost + priced(step), k, &mut best, &mut second, &mut back);
            }
            // Every move left has a total of at least `left_floor`: if that is not below the
            // second best of the moves priced, this is the second best. Nor does it matter if
            // `left_floor` is so far off the best that the margin is the cap either way
            // (rounding is monotone). A lower `left_floor` only leaves more moves for
            // [`second_best`] to look at, which finds the same second best.
            let unpriced = if left_floor < second && left_floor - best < MAX_MARGIN { left } else { 0 };
            grid.cells[here] =
                Cell { cost: best, second, back: u8::try_from(back).unwrap_or(u8::MAX), unpriced };
        }
    }
}

/// The second best total of cell (`i`, `j`) of the path: what [`fill`] kept, folded with the
/// moves it left unpriced that can still beat it. [`rank`] gives the same result in any order.
fn second_best<C: BeadCost>(grid: &Grid, i: usize, j: usize, here: usize, cost: &C) -> f64 {
    let cell = grid.cells[here];
    let (mut best, mut second) = (cell.cost, cell.second);
    if cell.unpriced == 0 {
        return second;
    }
    let mut back = usize::from(cell.back);
    let mut candidates = Candidates::new();
    let count = moves_into(grid, i, j, cost, cell.unpriced, None, &mut candidates);
    for &(bound, k, prev_cost) in &candidates.list[..count] {
        if bound > second {
            break;
        }
        let (a, b) = MOVES[k];
        let step = cost.cost_with(i - a..i, j - b..j, candidates.hints[k]);
        rank(prev_cost + priced(step), k, &mut best, &mut second, &mut back);
    }
    second
}

/// Aligns `n` source units with `m` target units. `cost(src, tgt)` prices a bead; it is called
/// only for beads inside the band. Returns the beads in order; always covers every unit once.
#[cfg(test)]
pub(crate) fn align<C: BeadCost>(src_len: &[f64], tgt_len: &[f64], band: Band, cost: &C) -> Vec<Step> {
    align_priced(src_len, tgt_len, band, cost).into_iter().map(|(step, _)| step).collect()
}

/// The buffers of the programme, kept from one programme to the next: the paragraphs of a
/// document run a programme each for their sentences, and so need no allocation of their own
/// for its grid, band and path.
#[derive(Default)]
pub(crate) struct Workspace {
    centres: Vec<usize>,
    grid: Grid,
    path: Vec<PathBead>,
}

/// [`align`], with what [`BeadCost::priced`] gives for each bead of the path: every bead of
/// the path is priced once, after the last programme, rather than again by the caller.
#[cfg(test)]
pub(crate) fn align_priced<C: BeadCost>(
    src_len: &[f64],
    tgt_len: &[f64],
    band: Band,
    cost: &C,
) -> Vec<(Step, C::Priced)> {
    align_priced_in(src_len, tgt_len, band, cost, &mut Workspace::default())
}

/// [`align_priced`] in the buffers of `workspace`.
pub(crate) fn align_priced_in<C: BeadCost>(
    src_len: &[f64],
    tgt_len: &[f64],
    band: Band,
    cost: &C,
    workspace: &mut Workspace,
) -> Vec<(Step, C::Priced)> {
    let (n, m) = (src_len.len(), tgt_len.len());
    let Workspace { centres, grid, path } = workspace;
    path.clear();
    if n == 0 || m == 0 {
        path.extend((0..n).map(|i| (i..i + 1, 0..0, Some(MAX_MARGIN))));
        path.extend((0..m).map(|j| (n..n, j..j + 1, Some(MAX_MARGIN))));
    } else {
        centres_into(src_len, tgt_len, centres);
        let budget_width = (band.max_cells / (n + m + 1)).max(2);
        let full_width = n.max(m);
        let mut width = (band.min_width + n.abs_diff(m)).min(budget_width).min(full_width).max(2);
        loop {
            fill(grid, n, m, centres, width, cost);
            let touched = backtrack(grid, n, m, cost, path);
            let wider = (width * 2).min(budget_width).min(full_width);
            if !touched || wider <= width {
                break;
            }
            width = wider;
        }
    }
    path.drain(..)
        .map(|(src, tgt, margin)| {
            let (step_cost, priced) = cost.priced(src.clone(), tgt.clone());
            let (step_cost, margin) = match margin {
                Some(margin) => (step_cost, margin),
                None => (0.0, 0.0),
            };
            (Step { src, tgt, cost: step_cost, margin }, priced)
        })
        .collect()
}

/// What [`align`] returns for one source unit against one target unit, given the costs of
/// the 1-1 bead and of the two lone units, without building the grid.
///
/// The grid then holds four cells, all inside the band: (0, 1) and (1, 0) are reached only by
/// the lone beads, and (1, 1) by the 1-1 bead or by both lone beads in either order (both
/// sums are the same two additions, so they are equal). The best of the three is the first in
/// move order of least total, the margin the distance to the least of the other two; a path
/// through a lone bead ends in a cell with one way in, whose margin is capped.
pub(crate) fn one_to_one(pair: f64, src_alone: f64, tgt_alone: f64) -> Vec<Step> {
    let (below, right) = (0.0 + priced(src_alone), 0.0 + priced(tgt_alone));
    // Totals of the moves 1-1, 1-0 (after 0-1) and 0-1 (after 1-0), in move order.
    let totals = [0.0 + priced(pair), right + priced(src_alone), below + priced(tgt_alone)];
    let (mut best, mut second, mut back) = (f64::INFINITY, f64::INFINITY, usize::MAX);
    for (k, &total) in totals.iter().enumerate() {
        rank(total, k, &mut best, &mut second, &mut back);
    }
    let margin = (second - best).clamp(0.0, MAX_MARGIN);
    let lone = |src: Range<usize>, tgt: Range<usize>, cost: f64, margin: f64| Step { src, tgt, cost, margin };
    match back {
        0 => vec![lone(0..1, 0..1, pair, margin)],
        1 => vec![lone(0..0, 0..1, tgt_alone, MAX_MARGIN), lone(0..1, 1..1, src_alone, margin)],
        _ => vec![lone(0..1, 0..0, src_alone, MAX_MARGIN), lone(1..1, 0..1, tgt_alone, margin)],
    }
}

/// A bead's cost as the programme adds it: never negative, and a large finite cost for one
/// that cannot be priced.
fn priced(step: f64) -> f64 {
    if step.is_finite() { step.max(0.0) } else { 1e9 }
}

/// Folds the total of move `k` into the best and second-best totals. The same result as trying
/// the moves in their order with strict comparisons: the best is the first move (in `MOVES`
/// order) of least total, the second best the least total of the others.
fn rank(total: f64, k: usize, best: &mut f64, second: &mut f64, back: &mut usize) {
    if total < *best || (total == *best && k < *back) {
        *second = *best;
        *best = total;
        *back = k;
    } else if total < *second {
        *second = total;
    }
}

/// A bead of the path: source units, target units and margin (`None` for the beads that leave
/// units unpaired when the band does not connect, which carry no cost and no margin).
type PathBead = (Range<usize>, Range<usize>, Option<f64>);

/// The beads of the best path (into `steps`, which it empties first), and whether the path
/// touches the edge of the band. The margin of a bead comes from the second best total of its
/// cell, found here.
fn backtrack<C: BeadCost>(grid: &Grid, n: usize, m: usize, cost: &C, steps: &mut Vec<PathBead>) -> bool {
    steps.clear();
    let mut touched = false;
    let (mut i, mut j) = (n, m);
    while i > 0 || j > 0 {
        let Some(here) = grid.index(i, j) else { break };
        let Row { low, high, .. } = grid.rows[i];
        if (j == low && low > 0) || (j == high && high < m) {
            touched = true;
        }
        let Some(&(a, b)) = MOVES.get(grid.cells[here].back as usize) else { break };
        let margin = (second_best(grid, i, j, here, cost) - grid.cells[here].cost).clamp(0.0, MAX_MARGIN);
        steps.push((i - a..i, j - b..j, Some(margin)));
        i -= a;
        j -= b;
    }
    if i > 0 || j > 0 {
        // Unreachable with a connected band; stay total anyway: leave the rest unpaired.
        touched = false;
        steps.extend((0..j).rev().map(|k| (i..i, k..k + 1, None)));
        steps.extend((0..i).rev().map(|k| (k..k + 1, 0..0, None)));
    }
    steps.reverse();
    touched
}

/// The programme as it was before second bests were left to the path: every cell's second
/// best computed in the forward pass. Kept to test [`align`] against.
#[cfg(test)]
pub(crate) mod reference {
    use super::*;

    struct Grid {
        low: Vec<usize>,
        high: Vec<usize>,
        offset: Vec<usize>,
        cost: Vec<f64>,
        second: Vec<f64>,
        back: Vec<u8>,
    }

    impl Grid {
        fn index(&self, i: usize, j: usize) -> Option<usize> {
            let (low, high) = (*self.low.get(i)?, *self.high.get(i)?);
            (low..=high).contains(&j).then(|| self.offset[i] + j - low)
        }
    }

    fn fill<C: BeadCost>(n: usize, m: usize, centres: &[usize], width: usize, cost: &C) -> Grid {
        let mut grid = Grid {
            low: vec![0; n + 1],
            high: vec![0; n + 1],
            offset: vec![0; n + 1],
            cost: vec![],
            second: vec![],
            back: vec![],
        };
        let mut total = 0;
        for i in 0..=n {
            let before = centres[i.saturating_sub(1)].min(centres[i]);
            let after = centres[(i + 1).min(n)].max(centres[i]);
            grid.low[i] = if i == 0 { 0 } else { before.saturating_sub(width).max(grid.low[i - 1]) };
            grid.high[i] = if i == n { m } else { (after + width).min(m) };
            if i > 0 {
                grid.high[i] = grid.high[i].max(grid.high[i - 1]);
            }
            grid.offset[i] = total;
            total += grid.high[i] - grid.low[i] + 1;
        }
        grid.cost = vec![f64::INFINITY; total];
        grid.second = vec![f64::INFINITY; total];
        grid.back = vec![u8::MAX; total];
        // The moves of one cell; only the first `count` entries, written for that cell, are read,
        // so the array is filled once rather than cleared in every cell.
        let mut candidates = [(0.0f64, 0usize, 0.0f64, C::Hint::default()); 6];
        for i in 0..=n {
            for j in grid.low[i]..=grid.high[i] {
                let here = grid.offset[i] + j - grid.low[i];
                if i == 0 && j == 0 {
                    grid.cost[here] = 0.0;
                    continue;
                }
                // Every move with its lower bound, cheapest bound first: once a bound exceeds the
                // second best, neither the best nor the second best (the margin) can change, so the
                // remaining moves are never priced.
                let mut count = 0;
                for (k, &(a, b)) in MOVES.iter().enumerate() {
                    if i < a || j < b {
                        continue;
                    }
                    let Some(prev) = grid.index(i - a, j - b) else { continue };
                    let prev_cost = grid.cost[prev];
                    if !prev_cost.is_finite() {
                        continue;
                    }
                    let (floor, hint) = cost.floor(i - a..i, j - b..j);
                    let bound = prev_cost + floor.clamp(0.0, 1e9);
                    // Insertion by bound, then by move order.
                    let mut at = count;
                    while at > 0 && candidates[at - 1].0 > bound {
                        candidates[at] = candidates[at - 1];
                        at -= 1;
                    }
                    candidates[at] = (bound, k, prev_cost, hint);
                    count += 1;
                }
                let (mut best, mut second, mut back) = (f64::INFINITY, f64::INFINITY, usize::MAX);
                for &(bound, k, prev_cost, hint) in &candidates[..count] {
                    if bound > second {
                        break;
                    }
                    let (a, b) = MOVES[k];
                    let step = cost.cost_with(i - a..i, j - b..j, hint);
                    rank(prev_cost + priced(step), k, &mut best, &mut second, &mut back);
                }
                let back = u8::try_from(back).unwrap_or(u8::MAX);
                grid.cost[here] = best;
                grid.second[here] = second;
                grid.back[here] = back;
            }
        }
        grid
    }

    fn backtrack(grid: &Grid, n: usize, m: usize) -> (Vec<PathBead>, bool) {
        let mut steps = Vec::new();
        let mut touched = false;
        let (mut i, mut j) = (n, m);
        while i > 0 || j > 0 {
            let Some(here) = grid.index(i, j) else { break };
            let (low, high) = (grid.low[i], grid.high[i]);
            if (j == low && low > 0) || (j == high && high < m) {
                touched = true;
            }
            let Some(&(a, b)) = MOVES.get(grid.back[here] as usize) else { break };
            let margin = (grid.second[here] - grid.cost[here]).clamp(0.0, MAX_MARGIN);
            steps.push((i - a..i, j - b..j, Some(margin)));
            i -= a;
            j -= b;
        }
        if i > 0 || j > 0 {
            touched = false;
            steps.extend((0..j).rev().map(|k| (i..i, k..k + 1, None)));
            steps.extend((0..i).rev().map(|k| (k..k + 1, 0..0, None)));
        }
        steps.reverse();
        (steps, touched)
    }

    pub(crate) fn align<C: BeadCost>(src_len: &[f64], tgt_len: &[f64], band: Band, cost: &C) -> Vec<Step> {
        let (n, m) = (src_len.len(), tgt_len.len());
        let path: Vec<PathBead> = if n == 0 || m == 0 {
            let src = (0..n).map(|i| (i..i + 1, 0..0, Some(MAX_MARGIN)));
            let tgt = (0..m).map(|j| (n..n, j..j + 1, Some(MAX_MARGIN)));
            src.chain(tgt).collect()
        } else {
            let centres = centres(src_len, tgt_len);
            let budget_width = (band.max_cells / (n + m + 1)).max(2);
            let full_width = n.max(m);
            let mut width = (band.min_width + n.abs_diff(m)).min(budget_width).min(full_width).max(2);
            loop {
                let grid = fill(n, m, &centres, width, cost);
                let (path, touched) = backtrack(&grid, n, m);
                let wider = (width * 2).min(budget_width).min(full_width);
                if !touched || wider <= width {
                    break path;
                }
                width = wider;
            }
        };
        path.into_iter()
            .map(|(src, tgt, margin)| {
                let step_cost = cost.cost(src.clone(), tgt.clone());
                let (step_cost, margin) = match margin {
                    Some(margin) => (step_cost, margin),
                    None => (0.0, 0.0),
                };
                Step { src, tgt, cost: step_cost, margin }
            })
            .collect()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    const BAND: Band = Band { min_width: 4, max_cells: 1 << 20 };

    fn by_length(src: &[f64], tgt: &[f64]) -> Vec<(Range<usize>, Range<usize>)> {
        let cost = |s: Range<usize>, t: Range<usize>| {
            let a: f64 = src[s.clone()].iter().sum();
            let b: f64 = tgt[t.clone()].iter().sum();
            if s.is_empty() || t.is_empty() {
                3.0
            } else {
                10.0 * (a - b).abs() + (s.len() + t.len() - 2) as f64 * 5.0
            }
        };
        align(src, tgt, BAND, &cost).into_iter().map(|s| (s.src, s.tgt)).collect()
    }

    #[test]
    fn one_to_one_and_merge() {
        let path = by_length(&[10.0, 20.0, 30.0, 40.0], &[10.0, 50.0, 40.0]);
        assert_eq!(path, vec![(0..1, 0..1), (1..3, 1..2), (3..4, 2..3)]);
    }

    #[test]
    fn empty_sides() {
        assert_eq!(by_length(&[], &[5.0]), vec![(0..0, 0..1)]);
        assert_eq!(by_length(&[5.0], &[]), vec![(0..1, 0..0)]);
        assert!(by_length(&[], &[]).is_empty());
    }

    #[test]
    fn steep_slope_stays_connected() {
        let src = [100.0];
        let tgt = vec![1.0; 300];
        let path = by_length(&src, &tgt);
        let covered: usize = path.iter().map(|(_, t)| t.len()).sum();
        assert_eq!(covered, 300);
        assert_eq!(path.iter().map(|(s, _)| s.len()).sum::<usize>(), 1);
    }

    #[test]
    fn cell_budget_bounds_a_long_region() {
        // 3000 × 2000 units with room for only ~8 cells per row: still a full, monotone cover.
        let src: Vec<f64> = (0..3000).map(|i| 10.0 + (i % 7) as f64).collect();
        let tgt: Vec<f64> = (0..2000).map(|i| 15.0 + (i % 5) as f64).collect();
        let band = Band { min_width: 4, max_cells: 40_000 };
        let steps = align(&src, &tgt, band, &|s: Range<usize>, t: Range<usize>| {
            (s.len() as f64 - t.len() as f64).abs()
        });
        assert_eq!(steps.iter().map(|s| s.src.len()).sum::<usize>(), 3000);
        assert_eq!(steps.iter().map(|s| s.tgt.len()).sum::<usize>(), 2000);
        assert!(steps.windows(2).all(|w| w[0].src.end == w[1].src.start && w[0].tgt.end == w[1].tgt.start));
    }

    /// A cost with a lower bound that is exact for some moves and loose for others.
    struct Bounded<'a>(&'a [f64], &'a [f64]);

    impl BeadCost for Bounded<'_> {
        type Hint = ();
        type Priced = ();

        const EXACT_LONE_FLOORS: bool = true;

        /// A lower bound halfway to the ceiling, so that set-aside moves carry bounds below
        /// their own.
        fn floor_within(
            &self,
            s: Range<usize>,
            t: Range<usize>,
            prev_cost: f64,
            ceiling: f64,
        ) -> Result<(f64, ()), f64> {
            let (floor, hint) = self.floor(s, t);
            let bound = prev_cost + floor.clamp(0.0, 1e9);
            let halfway = ceiling + (bound - ceiling) / 2.0;
            if bound > ceiling {
                Err(if halfway > ceiling { halfway } else { bound })
            } else {
                Ok((floor, hint))
            }
        }

        fn priced(&self, s: Range<usize>, t: Range<usize>) -> (f64, ()) {
            (self.cost(s, t), ())
        }

        fn cost(&self, s: Range<usize>, t: Range<usize>) -> f64 {
            let a: f64 = self.0[s.clone()].iter().sum();
            let b: f64 = self.1[t.clone()].iter().sum();
            if s.is_empty() || t.is_empty() {
                3.0 + (a + b) / 10.0
            } else {
                // Rounded so that ties between moves are common.
                (a - b).abs().round() + (s.len() + t.len() - 2) as f64 * 2.0
            }
        }

        fn floor(&self, s: Range<usize>, t: Range<usize>) -> (f64, ()) {
            let bound = if s.is_empty() || t.is_empty() {
                self.cost(s, t)
            } else {
                (s.len() + t.len() - 2) as f64 * 2.0
            };
            (bound, ())
        }
    }

    #[test]
    fn pruning_by_the_floor_changes_nothing() {
        for seed in 0..50u64 {
            let value = |i: u64, modulus: u64| ((i * 2_654_435_761 + seed * 40_503) % modulus) as f64;
            let src: Vec<f64> = (0..20 + seed % 7).map(|i| value(i, 9)).collect();
            let tgt: Vec<f64> = (0..18 + seed % 5).map(|i| value(i + 100, 11)).collect();
            let bounded = Bounded(&src, &tgt);
            let unbounded = |s: Range<usize>, t: Range<usize>| bounded.cost(s, t);
            let pruned = align(&src, &tgt, BAND, &bounded);
            let full = align(&src, &tgt, BAND, &unbounded);
            assert_eq!(pruned, full, "seed {seed}");
        }
    }

    proptest::proptest! {
        #[test]
        fn the_programme_is_the_reference_programme(
            src in proptest::collection::vec(0u32..12, 0..30),
            tgt in proptest::collection::vec(0u32..12, 0..30),
            min_width in 2usize..6,
            max_cells in 64usize..2000,
        ) {
            // Small integer lengths, so that ties between moves and between bounds are common.
            let src: Vec<f64> = src.iter().map(|&v| f64::from(v)).collect();
            let tgt: Vec<f64> = tgt.iter().map(|&v| f64::from(v)).collect();
            let band = Band { min_width, max_cells };
            let bounded = Bounded(&src, &tgt);
            let bits = |steps: &[Step]| -> Vec<_> {
                steps.iter().map(|s| (s.src.clone(), s.tgt.clone(), s.cost.to_bits(), s.margin.to_bits())).collect()
            };
            let new = align(&src, &tgt, band, &bounded);
            proptest::prop_assert_eq!(bits(&new), bits(&reference::align(&src, &tgt, band, &bounded)));
            // Far apart: margins at the cap, and moves whose bounds are that far off.
            let scaled = |s: Range<usize>, t: Range<usize>| 40.0 * bounded.cost(s, t);
            let new = align(&src, &tgt, band, &scaled);
            proptest::prop_assert_eq!(bits(&new), bits(&reference::align(&src, &tgt, band, &scaled)));
        }
    }

    #[test]
    fn one_to_one_is_what_the_programme_finds() {
        let values = [
            -1.0,
            -0.0,
            0.0,
            0.5,
            1.0,
            2.0,
            2.5,
            3.0,
            4.5,
            5.0,
            7.25,
            1e9,
            2e9,
            f64::INFINITY,
            f64::NEG_INFINITY,
            f64::NAN,
        ];
        for &pair in &values {
            for &src_alone in &values {
                for &tgt_alone in &values {
                    let cost = |s: Range<usize>, t: Range<usize>| match (s.len(), t.len()) {
                        (1, 1) => pair,
                        (1, 0) => src_alone,
                        (0, 1) => tgt_alone,
                        _ => f64::NAN,
                    };
                    let full = align(&[10.0], &[12.0], BAND, &cost);
                    let direct = one_to_one(pair, src_alone, tgt_alone);
                    let bits = |steps: &[Step]| -> Vec<_> {
                        steps
                            .iter()
                            .map(|s| (s.src.clone(), s.tgt.clone(), s.cost.to_bits(), s.margin.to_bits()))
                            .collect()
                    };
                    assert_eq!(bits(&direct), bits(&full), "{pair} {src_alone} {tgt_alone}");
                }
            }
        }
    }

    #[test]
    fn band_widens_for_a_long_deletion() {
        // 40 units, of which the target lacks 20 in the middle.
        let src: Vec<f64> = (0..40).map(|i| 10.0 + (i * 7 % 13) as f64).collect();
        let tgt: Vec<f64> = src[..10].iter().chain(&src[30..]).copied().collect();
        let path = by_length(&src, &tgt);
        let deleted: usize = path.iter().filter(|(_, t)| t.is_empty()).count();
        assert_eq!(deleted, 20);
    }
}
