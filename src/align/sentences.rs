//! Sentence alignment inside one bead, by the same banded programme as the blocks.

use std::ops::Range;

use super::cost::CostModel;
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
    /// The sentences of every block of the side, in order, as (block index, range, unit).
    fn sentences(&self, all: &Features) -> Vec<(usize, Range<usize>, Unit)> {
        let mut out = Vec::new();
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
                let unit = all.range_unit(block, features, range.clone());
                out.push((block_idx, range, unit));
            }
        }
        out
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
    let src_sentences = src.sentences(features);
    let tgt_sentences = tgt.sentences(features);
    let src_len: Vec<f64> = src_sentences.iter().map(|s| s.2.len).collect();
    let tgt_len: Vec<f64> = tgt_sentences.iter().map(|s| s.2.len).collect();
    let cost = |s: Range<usize>, t: Range<usize>| {
        let a: Vec<&Unit> = src_sentences.get(s).unwrap_or_default().iter().map(|x| &x.2).collect();
        let b: Vec<&Unit> = tgt_sentences.get(t).unwrap_or_default().iter().map(|x| &x.2).collect();
        model.evaluate(&a, &b).cost
    };
    dp::align(&src_len, &tgt_len, band, cost)
        .into_iter()
        .map(|step| {
            let a: Vec<&Unit> =
                src_sentences.get(step.src.clone()).unwrap_or_default().iter().map(|x| &x.2).collect();
            let b: Vec<&Unit> =
                tgt_sentences.get(step.tgt.clone()).unwrap_or_default().iter().map(|x| &x.2).collect();
            let score = model.evaluate(&a, &b);
            let pick =
                |list: &[(usize, Range<usize>, Unit)], r: Range<usize>| -> Vec<(usize, Range<usize>)> {
                    list.get(r).unwrap_or_default().iter().map(|(b, r, _)| (*b, r.clone())).collect()
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
