//! Sentence alignment inside one bead, by the same banded programme as the blocks.

use std::ops::Range;

use super::cost::{CostModel, Pricer};
use super::dp::{self, Band};
use super::features::{BlockFeatures, Features, Unit};
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

impl Side<'_> {
    /// The sentences of every block of the side, in order: (block index, range) and units.
    fn sentences(&self, all: &Features) -> (Vec<(usize, Range<usize>)>, Vec<Unit>) {
        let (mut out, mut units) = (Vec::new(), Vec::new());
        for &block_idx in self.blocks {
            let (Some(block), Some(features)) =
                (self.doc.blocks.get(block_idx), self.features.get(block_idx))
            else {
                continue;
            };
            for range in segment::sentences(&block.text, self.lang) {
                // Keep only ranges the block text can be sliced with (defensive against bad input).
                if block.text.get(range.clone()).is_none_or(|s| s.trim().is_empty()) {
                    continue;
                }
                units.push(all.range_unit(block, features, range.clone()));
                out.push((block_idx, range));
            }
        }
        (out, units)
    }
}

/// Aligns the sentences of the blocks of one bead.
pub(crate) fn align(
    src: &Side,
    tgt: &Side,
    features: &Features,
    model: &CostModel,
    band: Band,
) -> Vec<SentenceBead> {
    let (src_sentences, src_units) = src.sentences(features);
    let (tgt_sentences, tgt_units) = tgt.sentences(features);
    let src_len: Vec<f64> = src_units.iter().map(|u| u.len).collect();
    let tgt_len: Vec<f64> = tgt_units.iter().map(|u| u.len).collect();
    let pricer = Pricer::new(model, &src_units, &tgt_units);
    dp::align(&src_len, &tgt_len, band, &pricer)
        .into_iter()
        .map(|step| {
            let score = pricer.score(step.src.clone(), step.tgt.clone());
            let pick = |list: &[(usize, Range<usize>)], r: Range<usize>| -> Vec<(usize, Range<usize>)> {
                list.get(r).unwrap_or_default().to_vec()
            };
            SentenceBead {
                src: pick(&src_sentences, step.src.clone()),
                tgt: pick(&tgt_sentences, step.tgt.clone()),
                confidence: confidence(
                    &score,
                    step.margin,
                    step.src.is_empty() || step.tgt.is_empty(),
                    false,
                ),
            }
        })
        .collect()
}
