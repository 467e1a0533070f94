//! Lone units taken into a neighbouring bead whose other side holds their translation too.
//!
//! The programme pairs at most two units with two. A version that writes a lead-in and the
//! items of its list as one paragraph (or one sentence) against four in the other leaves the
//! lead-in and the last item alone, though their words are in that paragraph: a bead whose
//! target is far longer than its source, with lone source units beside it. Taking them in
//! brings its lengths into balance; nothing is then reported missing that is not.

use std::ops::Range;

use super::cost::shared_weight;
use super::features::Unit;

/// The lengths of one bead, in characters: a lone unit has 0 on the other side.
#[derive(Debug, Clone, Copy, PartialEq)]
pub(crate) struct Shape {
    pub src: f64,
    pub tgt: f64,
}

/// A bead is out of balance, and may take lone neighbours in, when one side is this many
/// times what the other predicts. Two units against one that should be three or more.
const UNBALANCED: f64 = 1.6;
/// After taking them in, the sides must be within this factor of each other.
pub(crate) const BALANCED: f64 = 1.3;

/// The runs of `beads` to merge ([`plan`]), each bead's source and target units given by
/// `units`: its lengths are theirs, and a lone bead agrees with a bead when its units have no
/// token or share some with the bead's other side. Empty, at once, when no bead is lone.
pub(crate) fn lone_runs<'a, B>(
    beads: &[B],
    ratio: f64,
    units: impl Fn(&B) -> (Vec<&'a Unit>, Vec<&'a Unit>),
) -> Vec<Range<usize>> {
    let sides: Vec<(Vec<&Unit>, Vec<&Unit>)> = beads.iter().map(units).collect();
    if sides.iter().all(|(src, tgt)| !src.is_empty() && !tgt.is_empty()) {
        return Vec::new();
    }
    let length = |units: &[&Unit]| units.iter().map(|u| u.len).sum();
    let shapes: Vec<Shape> =
        sides.iter().map(|(src, tgt)| Shape { src: length(src), tgt: length(tgt) }).collect();
    let agree = |lone: usize, core: usize| {
        let ((lone_src, lone_tgt), (core_src, core_tgt)) = (&sides[lone], &sides[core]);
        let (mine, theirs) = if lone_tgt.is_empty() { (lone_src, core_tgt) } else { (lone_tgt, core_src) };
        mine.iter().all(|u| u.weight <= 0.0) || shared_weight(mine, theirs) > 0.0
    };
    plan(&shapes, ratio, agree)
}

/// The runs of consecutive beads to merge, each of two beads or more, in order: a bead out of
/// balance ([`UNBALANCED`]) with the lone units beside it, on the side it lacks, that bring
/// it nearest to balance, when it ends within [`BALANCED`]. `ratio` is the expected target
/// length per source character; `agree(lone, bead)` tells whether the tokens of a lone bead
/// allow it to be part of the bead (it has none, or shares some with the bead's other side).
pub(crate) fn plan(shapes: &[Shape], ratio: f64, agree: impl Fn(usize, usize) -> bool) -> Vec<Range<usize>> {
    // How far the target is from what the source predicts: 0 in balance, ln 2 for twice as long.
    let skew = |src: f64, tgt: f64| (tgt / (ratio * src)).ln();
    let mut runs: Vec<Range<usize>> = Vec::new();
    for (core, shape) in shapes.iter().enumerate() {
        if shape.src <= 0.0 || shape.tgt <= 0.0 || runs.last().is_some_and(|run| run.end > core) {
            continue;
        }
        let start = skew(shape.src, shape.tgt);
        if start.abs() < UNBALANCED.ln() || start.is_nan() {
            continue;
        }
        // The target too long: lone source units come in; too short, lone target units.
        let wanted = |k: usize| {
            shapes.get(k).is_some_and(|s| {
                if start > 0.0 { s.tgt == 0.0 && s.src > 0.0 } else { s.src == 0.0 && s.tgt > 0.0 }
            }) && agree(k, core)
        };
        let (mut run, mut sum) = (core..core + 1, *shape);
        let floor = runs.last().map_or(0, |last| last.end);
        loop {
            let now = skew(sum.src, sum.tgt).abs();
            let before = run.start.checked_sub(1).filter(|&k| k >= floor);
            let best = [before, Some(run.end)]
                .into_iter()
                .flatten()
                .filter(|&k| wanted(k))
                .map(|k| (k, skew(sum.src + shapes[k].src, sum.tgt + shapes[k].tgt).abs()))
                .filter(|&(_, after)| after < now)
                .min_by(|a, b| a.1.total_cmp(&b.1));
            let Some((k, _)) = best else { break };
            sum = Shape { src: sum.src + shapes[k].src, tgt: sum.tgt + shapes[k].tgt };
            run = run.start.min(k)..run.end.max(k + 1);
        }
        if run.len() > 1 && skew(sum.src, sum.tgt).abs() <= BALANCED.ln() {
            runs.push(run);
        }
    }
    runs
}

/// `items` with every run of `runs` (ranges of indexes, in order, not overlapping) replaced by
/// what `merge` makes of its items.
pub(crate) fn merge_runs<T>(items: Vec<T>, runs: &[Range<usize>], merge: impl Fn(Vec<T>) -> T) -> Vec<T> {
    if runs.is_empty() {
        return items;
    }
    let mut out = Vec::with_capacity(items.len());
    let mut runs = runs.iter().peekable();
    let mut group = Vec::new();
    for (k, item) in items.into_iter().enumerate() {
        match runs.peek() {
            Some(run) if run.contains(&k) => {
                group.push(item);
                if k + 1 == run.end {
                    out.push(merge(std::mem::take(&mut group)));
                    runs.next();
                }
            }
            _ => out.push(item),
        }
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn shapes(list: &[(f64, f64)]) -> Vec<Shape> {
        list.iter().map(|&(src, tgt)| Shape { src, tgt }).collect()
    }

    #[test]
    fn a_lead_in_and_a_list_written_as_one_paragraph() {
        // Lead-in alone, two items against the whole Swedish paragraph, the last item alone.
        let beads = shapes(&[(100.0, 105.0), (52.0, 0.0), (230.0, 440.0), (110.0, 0.0), (100.0, 102.0)]);
        assert_eq!(plan(&beads, 1.05, |_, _| true), vec![1..4]);
        // Tokens of the last item that the paragraph lacks keep it out; the rest is still too
        // long a target for the two items and the lead-in.
        assert_eq!(plan(&beads, 1.05, |lone, _| lone != 3), Vec::<Range<usize>>::new());
    }

    #[test]
    fn balanced_beads_and_deleted_paragraphs_stay() {
        // A paragraph left out beside pairs in balance: nothing to take in.
        let beads = shapes(&[(300.0, 310.0), (200.0, 0.0), (250.0, 260.0)]);
        assert_eq!(plan(&beads, 1.05, |_, _| true), Vec::<Range<usize>>::new());
        // A long target paragraph beside a lone target paragraph: the wrong side to take in.
        let beads = shapes(&[(100.0, 300.0), (0.0, 200.0)]);
        assert_eq!(plan(&beads, 1.0, |_, _| true), Vec::<Range<usize>>::new());
        // A source too long for its target takes a lone target unit in.
        let beads = shapes(&[(0.0, 150.0), (300.0, 140.0)]);
        assert_eq!(plan(&beads, 1.0, |_, _| true), vec![0..2]);
        // Taking in that overshoots the balance leaves the bead as it was.
        let beads = shapes(&[(300.0, 600.0), (900.0, 0.0)]);
        assert_eq!(plan(&beads, 1.0, |_, _| true), Vec::<Range<usize>>::new());
    }

    #[test]
    fn runs_are_merged_in_place() {
        let sum = |group: Vec<u32>| group.iter().sum::<u32>();
        assert_eq!(merge_runs(vec![1, 2, 3, 4, 5], &[1..3, 3..5], sum), [1, 5, 9]);
        assert_eq!(merge_runs(vec![1, 2, 3], &[], sum), [1, 2, 3]);
        assert_eq!(merge_runs(vec![1, 2, 3], &[Range { start: 0, end: 3 }], sum), [6]);
    }

    #[test]
    fn a_lone_unit_joins_one_bead_only() {
        let beads = shapes(&[(100.0, 230.0), (80.0, 0.0), (100.0, 230.0), (80.0, 0.0)]);
        assert_eq!(plan(&beads, 1.0, |_, _| true), [0..2, 2..4]);
    }
}
