//! The alignment of COM(2026) 45 against the hand-checked gold (see fixtures/com-2026-45/GOLD.md).

mod align_support;

use std::collections::BTreeSet;

use align_support::{EN, SV, assert_well_formed, pair, rows};
use tvilling::align::to_tsv;

const GOLD: &str = include_str!("../fixtures/com-2026-45/gold-align.tsv");

type Lines = BTreeSet<u32>;

fn lines(list: &str) -> Lines {
    if list == "-" { Lines::new() } else { list.split(',').map(|n| n.parse().unwrap()).collect() }
}

fn f1<T: Ord>(gold: &BTreeSet<T>, predicted: &BTreeSet<T>) -> f64 {
    let hits = gold.iter().filter(|g| predicted.contains(*g)).count() as f64;
    if gold.is_empty() && predicted.is_empty() {
        return 1.0;
    }
    let (precision, recall) = (hits / predicted.len().max(1) as f64, hits / gold.len().max(1) as f64);
    if hits == 0.0 { 0.0 } else { 2.0 * precision * recall / (precision + recall) }
}

/// Line-to-line links of a bead; a line without counterpart links to 0.
fn links(src: &Lines, tgt: &Lines) -> Vec<(u32, u32)> {
    if src.is_empty() || tgt.is_empty() {
        return src.iter().map(|&s| (s, 0)).chain(tgt.iter().map(|&t| (0, t))).collect();
    }
    src.iter().flat_map(|&s| tgt.iter().map(move |&t| (s, t))).collect()
}

#[test]
fn gold_sections_align_exactly() {
    let (src, tgt, alignment) = pair(EN, SV);
    assert_well_formed(&src, &tgt, &alignment);
    let gold: Vec<(Lines, Lines, String)> =
        rows(GOLD).into_iter().map(|(s, t, k, _)| (lines(&s), lines(&t), k)).collect();
    let covered_src: Lines = gold.iter().flat_map(|g| g.0.iter().copied()).collect();
    let covered_tgt: Lines = gold.iter().flat_map(|g| g.1.iter().copied()).collect();
    // The gold covers the whole document: every block of both versions with text.
    for (doc, covered) in [(&src, &covered_src), (&tgt, &covered_tgt)] {
        for block in doc.blocks.iter().filter(|block| !block.text.trim().is_empty()) {
            assert!(
                block.lines.iter().any(|&line| covered.contains(&line)),
                "{}: the block at lines {:?} is in no gold row",
                doc.name,
                block.lines
            );
        }
    }
    let predicted: Vec<(Lines, Lines, String)> = rows(&to_tsv(&src, &tgt, &alignment))
        .into_iter()
        .map(|(s, t, k, _)| (lines(&s), lines(&t), k))
        .filter(|(s, t, _)| {
            s.iter().any(|l| covered_src.contains(l)) || t.iter().any(|l| covered_tgt.contains(l))
        })
        .collect();

    let strict_gold: BTreeSet<_> = gold.iter().map(|(s, t, _)| (s.clone(), t.clone())).collect();
    let strict_predicted: BTreeSet<_> = predicted.iter().map(|(s, t, _)| (s.clone(), t.clone())).collect();
    let lax_gold: BTreeSet<_> = gold.iter().flat_map(|(s, t, _)| links(s, t)).collect();
    let lax_predicted: BTreeSet<_> = predicted.iter().flat_map(|(s, t, _)| links(s, t)).collect();
    let strict = f1(&strict_gold, &strict_predicted);
    let lax = f1(&lax_gold, &lax_predicted);
    let kinds_gold: BTreeSet<_> = gold.iter().cloned().collect();
    let kinds_predicted: BTreeSet<_> = predicted.iter().cloned().collect();
    let kinds = f1(&kinds_gold, &kinds_predicted);
    eprintln!(
        "gold rows {}: strict F1 {strict:.3}, lax F1 {lax:.3}, strict with kinds {kinds:.3}",
        gold.len()
    );
    for missing in kinds_gold.difference(&kinds_predicted) {
        eprintln!("missed: {missing:?}");
    }
    for wrong in kinds_predicted.difference(&kinds_gold) {
        eprintln!("wrong: {wrong:?}");
    }
    assert_eq!(strict, 1.0);
    assert_eq!(lax, 1.0);
    assert_eq!(kinds, 1.0);
}

#[test]
fn real_pair_is_a_translation() {
    let (_, _, alignment) = pair(EN, SV);
    assert!(alignment.verdict.is_translation, "{:?}", alignment.verdict);
    assert!(alignment.verdict.score > 0.6);
    // Every paired bead has sentence beads covering its sentences.
    for bead in alignment.beads.iter().filter(|b| !b.src.is_empty() && !b.tgt.is_empty()) {
        assert!(!bead.sentences.is_empty(), "no sentences in {bead:?}");
    }
}

#[test]
fn tsv_has_the_header_and_one_row_per_bead() {
    let (src, tgt, alignment) = pair(EN, SV);
    let tsv = to_tsv(&src, &tgt, &alignment);
    assert!(tsv.starts_with("en_lines\tsv_lines\tkind\tconfidence\n"));
    assert_eq!(rows(&tsv).len(), alignment.beads.len());
    // A page-split paragraph lists both of its lines.
    assert!(tsv.contains("70\t76,88\tparagraph\t"), "{tsv}");
}

#[test]
fn given_values_give_the_same_alignment() {
    let (src, tgt, alignment) = pair(EN, SV);
    let values = |doc: &tvilling::document::Document, lang| -> Vec<Vec<tvilling::values::Value>> {
        doc.blocks.iter().map(|b| tvilling::values::extract(&b.text, lang)).collect()
    };
    let (src_values, tgt_values) =
        (values(&src, tvilling::text::Lang::En), values(&tgt, tvilling::text::Lang::Sv));
    let again = tvilling::align::align_with_values(
        &src,
        &tgt,
        &src_values,
        &tgt_values,
        &tvilling::align::AlignOptions::default(),
    );
    assert_eq!(again, alignment);
}
