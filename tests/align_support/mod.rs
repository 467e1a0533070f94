//! Helpers shared by the alignment tests.
#![allow(dead_code)] // Each test binary uses a different subset.

use tvilling::align::{self, Alignment};
use tvilling::document::{self, Document, Format};

pub const EN: &str = include_str!("../../fixtures/com-2026-45/en.md");
pub const SV: &str = include_str!("../../fixtures/com-2026-45/sv.md");

pub fn parse(name: &str, text: &str) -> Document {
    document::parse(name, text.to_string(), Format::Markdown)
}

pub fn pair(src: &str, tgt: &str) -> (Document, Document, Alignment) {
    let src = parse("en.md", src);
    let tgt = parse("sv.md", tgt);
    let alignment = align::align(&src, &tgt);
    (src, tgt, alignment)
}

/// The rows of a TSV without header, as (src lines, tgt lines, kind, confidence).
pub fn rows(tsv: &str) -> Vec<(String, String, String, f32)> {
    tsv.lines()
        .skip(1)
        .filter(|l| !l.trim().is_empty())
        .map(|l| {
            let cols: Vec<&str> = l.split('\t').collect();
            assert_eq!(cols.len(), 4, "bad row {l:?}");
            (cols[0].to_string(), cols[1].to_string(), cols[2].to_string(), cols[3].parse().unwrap())
        })
        .collect()
}

/// Replaces 1-based lines `from..=to` of `text` by empty lines, keeping every line number.
pub fn blank_lines(text: &str, from: usize, to: usize) -> String {
    text.split('\n')
        .enumerate()
        .map(|(i, line)| if (from..=to).contains(&(i + 1)) { "" } else { line })
        .collect::<Vec<_>>()
        .join("\n")
}

/// Every body block of both documents occurs in exactly one bead; on each side, blocks come in
/// document order within each stream (footnote definitions, the rest); beads follow the source.
pub fn assert_well_formed(src: &Document, tgt: &Document, alignment: &Alignment) {
    use tvilling::document::BlockKind;
    for (doc, side) in [(src, 0), (tgt, 1)] {
        let mut seen = vec![0u32; doc.blocks.len()];
        for bead in &alignment.beads {
            let list = if side == 0 { &bead.src } else { &bead.tgt };
            for &b in list {
                seen[b] += 1;
            }
        }
        for (i, block) in doc.blocks.iter().enumerate() {
            let expected = u32::from(block.is_body());
            assert_eq!(seen[i], expected, "block {i} of side {side} is in {} beads", seen[i]);
        }
        for notes in [false, true] {
            let order: Vec<usize> = alignment
                .beads
                .iter()
                .flat_map(|b| if side == 0 { b.src.iter() } else { b.tgt.iter() })
                .copied()
                .filter(|&i| matches!(doc.blocks[i].kind, BlockKind::FootnoteDef { .. }) == notes)
                .collect();
            assert!(order.windows(2).all(|w| w[0] < w[1]), "side {side} not monotone: {order:?}");
        }
    }
    // Reading order: beads follow their first source block.
    let firsts: Vec<usize> = alignment.beads.iter().filter_map(|b| b.src.first().copied()).collect();
    assert!(firsts.windows(2).all(|w| w[0] < w[1]), "beads out of source order: {firsts:?}");
    for bead in &alignment.beads {
        assert!(!(bead.src.is_empty() && bead.tgt.is_empty()));
        // The programme pairs at most two blocks with two; more are lone blocks taken into a
        // pair whose other side holds them too, never a bead of one side.
        assert!(
            (bead.src.len() <= 2 && bead.tgt.len() <= 2) || (!bead.src.is_empty() && !bead.tgt.is_empty())
        );
        assert!((0.0..=1.0).contains(&bead.confidence));
        for sentence in &bead.sentences {
            assert!((0.0..=1.0).contains(&sentence.confidence));
            for (block, range) in sentence.src.iter() {
                assert!(src.blocks[*block].text.get(range.clone()).is_some());
            }
            for (block, range) in sentence.tgt.iter() {
                assert!(tgt.blocks[*block].text.get(range.clone()).is_some());
            }
        }
    }
}
