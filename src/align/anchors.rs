//! Structural anchors: numbered headings (by number) and footnote definitions (by label),
//! and the roles of the blocks before the first numbered heading (cover note, title).

use std::collections::HashMap;

use super::features::BlockFeatures;
use crate::document::{Block, BlockKind};

/// A section number as a key: `2.`, `2` and ` 2 ` are the same heading.
pub(crate) fn heading_key(block: &Block) -> Option<String> {
    match &block.kind {
        BlockKind::Heading { number: Some(number), .. } => {
            let key = number.trim().trim_end_matches('.').trim();
            (!key.is_empty()).then(|| key.to_string())
        }
        _ => None,
    }
}

/// A footnote label as a key.
pub(crate) fn footnote_key(block: &Block) -> Option<String> {
    match &block.kind {
        BlockKind::FootnoteDef { label } => Some(label.trim().to_string()),
        _ => None,
    }
}

/// Pairs positions whose keys occur exactly once on each side, then keeps the longest
/// subsequence that is increasing on both sides, so anchors never cross.
pub(crate) fn unique_pairs(src_keys: &[Option<String>], tgt_keys: &[Option<String>]) -> Vec<(usize, usize)> {
    fn positions(keys: &[Option<String>]) -> HashMap<&str, Option<usize>> {
        let mut seen: HashMap<&str, Option<usize>> = HashMap::new();
        for (i, key) in keys.iter().enumerate() {
            if let Some(key) = key {
                seen.entry(key.as_str()).and_modify(|p| *p = None).or_insert(Some(i));
            }
        }
        seen
    }
    let tgt_positions = positions(tgt_keys);
    let src_positions = positions(src_keys);
    let candidates: Vec<(usize, usize)> = src_keys
        .iter()
        .enumerate()
        .filter_map(|(i, key)| {
            let key = key.as_deref()?;
            src_positions.get(key).copied().flatten()?;
            Some((i, tgt_positions.get(key).copied().flatten()?))
        })
        .collect();
    longest_increasing(&candidates)
}

/// Longest subsequence of `pairs` (sorted by `.0`) strictly increasing in `.1`; O(k log k).
fn longest_increasing(pairs: &[(usize, usize)]) -> Vec<(usize, usize)> {
    // tails[l] = index into pairs of the smallest tail of an increasing run of length l + 1.
    let mut tails: Vec<usize> = Vec::new();
    let mut previous: Vec<Option<usize>> = vec![None; pairs.len()];
    for (k, pair) in pairs.iter().enumerate() {
        let l = tails.partition_point(|&t| pairs[t].1 < pair.1);
        previous[k] = l.checked_sub(1).map(|p| tails[p]);
        if l == tails.len() {
            tails.push(k);
        } else {
            tails[l] = k;
        }
    }
    let mut run = Vec::with_capacity(tails.len());
    let mut k = tails.last().copied();
    while let Some(i) = k {
        run.push(pairs[i]);
        k = previous[i];
    }
    run.reverse();
    run
}

/// The role of a block of the main stream (everything but footnote definitions).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub(crate) enum Part {
    /// A cover note before the document proper (for example the Council's transmission note).
    Cover,
    /// The document's own title part: place and date line, document number, title.
    Title,
    Body,
}

/// Whether both sides open their body with the same numbered heading: only then are cover
/// note, title part and body cut apart and aligned as regions. A heading read on one side
/// only (a wrapped line that starts with a figure, `1 February 2025 to 31 January 2026`) would
/// otherwise make everything before it a front matter without counterpart.
pub(crate) fn same_first_heading(src_keys: &[Option<String>], tgt_keys: &[Option<String>]) -> bool {
    let first = |keys: &[Option<String>]| keys.iter().flatten().next().cloned();
    first(src_keys).is_some_and(|key| Some(key) == first(tgt_keys))
}

/// Splits the blocks before the first numbered heading into cover and title.
///
/// The rule: a document proper opens with its place-and-date line (`Brussels, 29.1.2026`),
/// so the title part starts at the *last* block before the first numbered heading that holds a
/// date, extended backwards over directly preceding blocks without any value (a heading
/// such as the issuing institution's name). Whatever comes before is the cover note. Without a
/// dated block, everything before the first numbered heading is title; without a numbered
/// heading, there is no front matter at all.
pub(crate) fn parts(blocks: &[&Block], features: &[&BlockFeatures]) -> Vec<Part> {
    let Some(first_heading) = blocks.iter().position(|b| heading_key(b).is_some()) else {
        return vec![Part::Body; blocks.len()];
    };
    let dated = (0..first_heading).rev().find(|&i| features.get(i).is_some_and(|f| f.has_date));
    let title_start = match dated {
        Some(mut start) => {
            while start > 0 && features.get(start - 1).is_some_and(|f| !f.has_values) {
                start -= 1;
            }
            start
        }
        None => 0,
    };
    (0..blocks.len())
        .map(|i| {
            if i >= first_heading {
                Part::Body
            } else if i >= title_start {
                Part::Title
            } else {
                Part::Cover
            }
        })
        .collect()
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(keys: &[&str]) -> Vec<Option<String>> {
        keys.iter().map(|k| (!k.is_empty()).then(|| k.to_string())).collect()
    }

    #[test]
    fn unique_monotone_pairs() {
        let src = keys(&["1", "", "2", "3", "3", "4", "5"]);
        let tgt = keys(&["1", "2", "", "5", "4", "3"]);
        // 3 is duplicated in the source; 4 and 5 cross, so only one of them survives.
        let pairs = unique_pairs(&src, &tgt);
        assert_eq!(pairs.len(), 3);
        assert_eq!(&pairs[..2], &[(0, 0), (2, 1)]);
    }

    #[test]
    fn front_matter_cut_only_where_both_sides_open_with_the_same_heading() {
        assert!(same_first_heading(&keys(&["", "1", "2"]), &keys(&["", "", "1", "2"])));
        // A heading read on one side only, or none on the other: no front matter is cut off.
        assert!(!same_first_heading(&keys(&["", "1", "2"]), &keys(&["", "", ""])));
        assert!(!same_first_heading(&keys(&["", "2", "3"]), &keys(&["", "1", "2", "3"])));
        assert!(!same_first_heading(&keys(&["", ""]), &keys(&["", ""])));
    }

    #[test]
    fn longest_increasing_run() {
        let run = longest_increasing(&[(0, 5), (1, 1), (2, 2), (3, 0), (4, 3)]);
        assert_eq!(run, vec![(1, 1), (2, 2), (4, 3)]);
    }
}
