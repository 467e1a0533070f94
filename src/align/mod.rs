//! The `align` stage: blocks of two documents → beads, then sentences inside each pair.
//!
//! How it works:
//! - Features are computed once per block, in parallel (`features.rs`): length in characters
//!   and weighted language-independent tokens: footnote references, value keys
//!   ([`crate::values::extract`]), acronyms and cognate classes (Jaro–Winkler over words
//!   sharing a three-letter prefix). Weights are inverse document frequencies; a token that
//!   occurs on one side only weighs nothing.
//! - Two streams are aligned separately: footnote definitions, and everything else. Pages end
//!   at different places in two language versions, so the footnote groups sit between
//!   different paragraphs; aligned as one sequence they would cross. Footnote definitions are
//!   anchored by label, the rest by heading number (keys unique on both sides, longest
//!   monotone chain). Both streams are merged back into source reading order for output.
//! - The blocks before the first numbered heading are cut into cover note and title part
//!   (`anchors.rs`); the cut is a region boundary too.
//! - Between anchors, a banded dynamic programme over the beads 1-1, 1-0, 0-1, 2-1, 1-2,
//!   2-2 minimises a Gale–Church length cost (ratio from the pair's total lengths, variance
//!   from its anchored pairs) plus the weight of unshared tokens (`cost.rs`, `dp.rs`).
//!   Regions run in parallel; every step is deterministic, so the thread count never shows.
//! - Lone blocks beside a bead whose other side is far longer than its own are taken into it
//!   when that balances its lengths (`absorb.rs`): one version writes a lead-in and its list
//!   items as one paragraph, which no bead of the programme (at most 2-2) holds.
//! - Sentences of each block pair ([`crate::segment::sentences`]) are aligned by the same
//!   programme, bead by bead in parallel, lone sentences taken in the same way.
//! - Confidence comes from the cost margin over the next best path through the same cell,
//!   the token agreement and the length fit; the [`Verdict`] from length ratio, paired share
//!   and mean confidence.

mod absorb;
mod anchors;
mod cost;
mod dp;
mod features;
pub(crate) use features::formula_line;
mod sentences;
pub mod tsv;

use std::ops::Range;

use rayon::prelude::*;
use serde::Serialize;

use crate::document::{Block, BlockKind, Document};
use crate::text::Lang;
use crate::values::Value;
use anchors::Part;
use cost::{BeadScore, CostModel, Pricer};
use dp::Band;
use features::{BlockFeatures, Features, GivenValues, Unit};
pub use tsv::to_tsv;

/// How many blocks of each side a bead holds.
#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
pub struct BeadShape {
    pub src: u8,
    pub tgt: u8,
}

/// One aligned group of blocks: indexes into `Document::blocks` of each side.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Bead {
    pub src: Vec<usize>,
    pub tgt: Vec<usize>,
    /// `cover`, `title`, `heading`, `paragraph`, `footnote` or `other`.
    pub kind: BlockRole,
    /// 0.0 (a guess) ..= 1.0 (certain).
    pub confidence: f32,
    /// Sentence beads inside this block pair (empty for 1-0 and 0-1 beads).
    pub sentences: Vec<SentenceBead>,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, Serialize)]
#[serde(rename_all = "lowercase")]
pub enum BlockRole {
    Cover,
    Title,
    Heading,
    Paragraph,
    Footnote,
    Other,
}

/// Aligned sentences: on each side, the sentences of the bead as (block index, byte range in
/// that block's `text`), in order; a run of whole sentences from [`crate::segment::sentences`].
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct SentenceBead {
    /// (block index, text range) per sentence on each side.
    pub src: Vec<(usize, Range<usize>)>,
    pub tgt: Vec<(usize, Range<usize>)>,
    pub confidence: f32,
}

/// Whether the two documents look like translations of each other.
#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Verdict {
    pub is_translation: bool,
    /// Mean confidence over the beads.
    pub score: f32,
    pub reason: String,
}

#[derive(Debug, Clone, PartialEq, Serialize)]
pub struct Alignment {
    pub beads: Vec<Bead>,
    pub verdict: Verdict,
}

/// Tuning knobs of [`align_with`]; [`AlignOptions::default`] suits any document.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct AlignOptions {
    /// Half-width of the first band of the dynamic programme, in units (blocks or sentences),
    /// on top of the difference in unit counts; it doubles when the best path touches its edge.
    pub min_band: usize,
    /// The most cells one programme may hold: bounds memory whatever the input.
    pub max_cells: usize,
}

impl Default for AlignOptions {
    fn default() -> AlignOptions {
        AlignOptions { min_band: 8, max_cells: 1_000_000 }
    }
}

/// Aligns the body blocks of `src` and `tgt` (page breaks are skipped) with default options.
///
/// Never panics and always returns every body block exactly once; check
/// [`Alignment::verdict`] to know whether the pair looks like a translation at all.
pub fn align(src: &Document, tgt: &Document) -> Alignment {
    align_with(src, tgt, &AlignOptions::default())
}

/// A bead before roles, sentences and confidence are filled in.
struct RawBead {
    src: Vec<usize>,
    tgt: Vec<usize>,
    score: BeadScore,
    margin: f64,
    anchored: bool,
}

/// Which blocks a stream holds.
#[derive(Clone, Copy, PartialEq, Eq)]
enum Stream {
    /// Headings, paragraphs and list items: aligned by heading anchors and the programme.
    Main,
    /// Footnote definitions: anchored by label. They sit in page-end groups, and pages end
    /// at different places in two language versions, so they are aligned as a stream of
    /// their own and merged back into reading order afterwards.
    Notes,
}

fn stream(doc: &Document, which: Stream) -> Vec<usize> {
    doc.blocks
        .iter()
        .enumerate()
        .filter(|(_, b)| {
            b.is_body() && (matches!(b.kind, BlockKind::FootnoteDef { .. }) == (which == Stream::Notes))
        })
        .map(|(i, _)| i)
        .collect()
}

/// Aligns `src` and `tgt` block by block, then sentence by sentence inside each pair.
///
/// Numbered headings (by number) and footnote definitions (by label) are anchors. Between
/// anchors, blocks are aligned by a banded dynamic programme whose cost combines a
/// Gale–Church length model (ratio and variance estimated from the pair) with the agreement
/// of language-independent tokens. Regions and beads are processed in parallel; the result
/// does not depend on the number of threads.
pub fn align_with(src: &Document, tgt: &Document, options: &AlignOptions) -> Alignment {
    align_impl(src, tgt, None, options)
}

/// Like [`align_with`], reusing the values the caller has already extracted:
/// `src_values[i]` are the values of `src.blocks[i]` (as [`crate::values::extract`] gives them,
/// in any order), likewise for `tgt`. Saves extracting every value twice in a pipeline that
/// needs them anyway; a block without an entry has its values extracted here.
pub fn align_with_values(
    src: &Document,
    tgt: &Document,
    src_values: &[Vec<Value>],
    tgt_values: &[Vec<Value>],
    options: &AlignOptions,
) -> Alignment {
    align_impl(src, tgt, Some((src_values, tgt_values)), options)
}

fn align_impl(src: &Document, tgt: &Document, given: GivenValues, options: &AlignOptions) -> Alignment {
    let src_lang = src.lang.unwrap_or(Lang::En);
    let tgt_lang = tgt.lang.unwrap_or(Lang::Sv);
    let features = features::compute(src, tgt, src_lang, tgt_lang, given);
    let band = Band { min_width: options.min_band.max(2), max_cells: options.max_cells.max(1024) };

    let (src_main, tgt_main) = (stream(src, Stream::Main), stream(tgt, Stream::Main));
    let (src_notes, tgt_notes) = (stream(src, Stream::Notes), stream(tgt, Stream::Notes));
    let keys = |doc: &Document, idx: &[usize], key: fn(&Block) -> Option<String>| -> Vec<Option<String>> {
        idx.iter().map(|&i| doc.blocks.get(i).and_then(key)).collect()
    };
    let src_heading_keys = keys(src, &src_main, anchors::heading_key);
    let tgt_heading_keys = keys(tgt, &tgt_main, anchors::heading_key);
    let heading_anchors = anchors::unique_pairs(&src_heading_keys, &tgt_heading_keys);
    let note_anchors = anchors::unique_pairs(
        &keys(src, &src_notes, anchors::footnote_key),
        &keys(tgt, &tgt_notes, anchors::footnote_key),
    );

    let model = estimate_model(
        &features,
        &src_main,
        &tgt_main,
        &src_notes,
        &tgt_notes,
        &heading_anchors,
        &note_anchors,
    );

    // Cover note, title part and body are aligned as separate regions.
    let parts_of = |doc: &Document, idx: &[usize], f: &[BlockFeatures]| {
        let blocks: Vec<&Block> = idx.iter().filter_map(|&i| doc.blocks.get(i)).collect();
        let feats: Vec<&BlockFeatures> = idx.iter().filter_map(|&i| f.get(i)).collect();
        anchors::parts(&blocks, &feats)
    };
    let src_parts = parts_of(src, &src_main, &features.src);
    let tgt_parts = parts_of(tgt, &tgt_main, &features.tgt);
    let first = |parts: &[Part], part: Part| parts.iter().position(|p| *p == part);
    // The front matter is cut off the body only where both sides open the body with the same
    // numbered heading: a heading read on one side only (a wrapped line starting with a
    // figure) must not make everything before it a cover note without counterpart.
    let same_front = anchors::same_first_heading(&src_heading_keys, &tgt_heading_keys);
    let mut splits = Vec::new();
    for part in [Part::Title, Part::Body] {
        if let (true, Some(s), Some(t)) = (same_front, first(&src_parts, part), first(&tgt_parts, part)) {
            splits.push((s, t));
        }
    }

    let docs = (src, tgt);
    let main = Streamed { src: &src_main, tgt: &tgt_main, docs, features: &features, model: &model, band };
    let notes = Streamed { src: &src_notes, tgt: &tgt_notes, docs, features: &features, model: &model, band };
    let (main_beads, note_beads) =
        rayon::join(|| main.align(&heading_anchors, &splits), || notes.align(&note_anchors, &[]));
    let raw = merge_reading_order(main_beads, note_beads);

    let part_of = |parts: &[Part], idx: &[usize], block: usize| {
        idx.binary_search(&block).ok().and_then(|k| parts.get(k).copied()).unwrap_or(Part::Body)
    };
    let sentence_band = Band { min_width: band.min_width, max_cells: band.max_cells };
    let mut beads: Vec<Bead> = raw
        .into_par_iter()
        .map_init(sentences::Scratch::default, |scratch, bead| {
            let kind = match (bead.src.first(), bead.tgt.first()) {
                (Some(&s), _) => role(src.blocks.get(s), part_of(&src_parts, &src_main, s)),
                (None, Some(&t)) => role(tgt.blocks.get(t), part_of(&tgt_parts, &tgt_main, t)),
                (None, None) => BlockRole::Other,
            };
            let unpaired = bead.src.is_empty() || bead.tgt.is_empty();
            let sentences = if unpaired {
                vec![]
            } else {
                let src_side =
                    sentences::Side { doc: src, blocks: &bead.src, features: &features.src, lang: src_lang };
                let tgt_side =
                    sentences::Side { doc: tgt, blocks: &bead.tgt, features: &features.tgt, lang: tgt_lang };
                sentences::align(&src_side, &tgt_side, &features, &model, sentence_band, scratch)
            };
            Bead {
                confidence: confidence(&bead.score, bead.margin, unpaired, bead.anchored),
                src: bead.src,
                tgt: bead.tgt,
                kind,
                sentences,
            }
        })
        .collect();

    let verdict = verdict(src, tgt, &src_main, &tgt_main, &src_notes, &tgt_notes, &beads, &features);
    if !verdict.is_translation {
        // An alignment of two texts that are not translations is a guess, whatever it looks like.
        for bead in &mut beads {
            bead.confidence = bead.confidence.min(0.3);
        }
    }
    Alignment { beads, verdict }
}

/// One stream of both documents (block indexes into each document), ready for alignment.
struct Streamed<'a> {
    src: &'a [usize],
    tgt: &'a [usize],
    /// The two documents, source and target, whose blocks the indexes name.
    docs: (&'a Document, &'a Document),
    features: &'a Features,
    model: &'a CostModel,
    band: Band,
}

/// A piece of a stream: a forced 1-1 anchor, or a region for the programme (stream positions).
enum Piece {
    Anchor(usize, usize),
    Region(Range<usize>, Range<usize>),
}

impl Streamed<'_> {
    fn units(&self, positions: Range<usize>, is_src: bool) -> Vec<&Unit> {
        let (idx, features) =
            if is_src { (self.src, &self.features.src) } else { (self.tgt, &self.features.tgt) };
        idx.get(positions)
            .unwrap_or_default()
            .iter()
            .filter_map(|&i| features.get(i).map(|f| &f.unit))
            .collect()
    }

    /// Cuts the stream at anchors (forced 1-1 beads) and splits (region boundaries), both in
    /// stream positions, keeping only those that are monotone with what came before.
    fn pieces(&self, anchors: &[(usize, usize)], splits: &[(usize, usize)]) -> Vec<Piece> {
        let mut events: Vec<(usize, usize, bool)> = anchors.iter().map(|&(s, t)| (s, t, true)).collect();
        events.extend(splits.iter().map(|&(s, t)| (s, t, false)));
        events.sort_by_key(|&(s, t, is_anchor)| (s, t, is_anchor));
        let mut pieces = Vec::new();
        let (mut s0, mut t0) = (0, 0);
        for (s, t, is_anchor) in events {
            if s < s0
                || t < t0
                || s > self.src.len()
                || t > self.tgt.len()
                || (is_anchor && (s == self.src.len() || t == self.tgt.len()))
            {
                continue;
            }
            if s > s0 || t > t0 {
                pieces.push(Piece::Region(s0..s, t0..t));
            }
            if is_anchor {
                pieces.push(Piece::Anchor(s, t));
                (s0, t0) = (s + 1, t + 1);
            } else {
                (s0, t0) = (s, t);
            }
        }
        if s0 < self.src.len() || t0 < self.tgt.len() {
            pieces.push(Piece::Region(s0..self.src.len(), t0..self.tgt.len()));
        }
        pieces
    }

    fn align(&self, anchors: &[(usize, usize)], splits: &[(usize, usize)]) -> Vec<RawBead> {
        let pieces = self.pieces(anchors, splits);
        let aligned: Vec<Vec<RawBead>> = pieces.par_iter().map(|piece| self.align_piece(piece)).collect();
        aligned.into_iter().flatten().collect()
    }

    fn align_piece(&self, piece: &Piece) -> Vec<RawBead> {
        match piece {
            Piece::Anchor(s, t) => {
                let score = self.model.evaluate(&self.units(*s..s + 1, true), &self.units(*t..t + 1, false));
                vec![RawBead {
                    src: vec![self.src[*s]],
                    tgt: vec![self.tgt[*t]],
                    score,
                    margin: dp::MAX_MARGIN,
                    anchored: true,
                }]
            }
            Piece::Region(src_range, tgt_range) => {
                let src_units = self.units(src_range.clone(), true);
                let tgt_units = self.units(tgt_range.clone(), false);
                let src_len: Vec<f64> = src_units.iter().map(|u| u.len).collect();
                let tgt_len: Vec<f64> = tgt_units.iter().map(|u| u.len).collect();
                let pricer = Pricer::new(self.model, &src_units, &tgt_units);
                let beads = dp::align_priced_in(
                    &src_len,
                    &tgt_len,
                    self.band,
                    &pricer,
                    &mut dp::Workspace::default(),
                )
                .into_iter()
                .map(|(step, score)| {
                    let pick = |idx: &[usize], offset: usize, r: Range<usize>| -> Vec<usize> {
                        idx.get(offset + r.start..offset + r.end).unwrap_or_default().to_vec()
                    };
                    RawBead {
                        src: pick(self.src, src_range.start, step.src),
                        tgt: pick(self.tgt, tgt_range.start, step.tgt),
                        score,
                        margin: step.margin,
                        anchored: false,
                    }
                })
                .collect();
                self.rejoin_lists(self.absorb_lone(self.pair_shortened(beads)))
            }
        }
    }

    /// Takes lone blocks into the neighbouring bead whose other side holds them too
    /// ([`absorb::plan`]): a lead-in and its list items written as one paragraph.
    fn absorb_lone(&self, beads: Vec<RawBead>) -> Vec<RawBead> {
        // A region without a lone block has nothing to take in: its beads' units are not
        // gathered for it (a list of each side's units per bead).
        if beads.iter().all(|b| !b.src.is_empty() && !b.tgt.is_empty()) {
            return beads;
        }
        let runs = absorb::lone_runs(&beads, self.model.ratio, |b| {
            (units_of(&b.src, &self.features.src), units_of(&b.tgt, &self.features.tgt))
        });
        absorb::merge_runs(beads, &runs, |group| {
            let score = group.iter().find(|b| !b.src.is_empty() && !b.tgt.is_empty()).map(|b| b.score);
            RawBead {
                src: group.iter().flat_map(|b| b.src.iter().copied()).collect(),
                tgt: group.iter().flat_map(|b| b.tgt.iter().copied()).collect(),
                score: score.unwrap_or_else(|| self.model.evaluate::<&Unit>(&[], &[])),
                margin: 0.0,
                anchored: false,
            }
        })
    }

    /// Keeps a list with its lead-in and its items in one bead where the other version writes
    /// them as one paragraph (or one sentence): the programme, which pairs at most two blocks
    /// with two, may leave the lead-in alone or put the list's last item with the paragraph
    /// after the list (`- reception conditions: 91%.` with `Under Article 45(1) …` against
    /// `Enligt artikel 45.1 …`, the item's words in the paragraph before).
    ///
    /// - A lone lead-in (a clause of [`LEAD_IN_WORDS`] words or more in small letters, ending
    ///   in a colon or in no sentence-final mark) right before a bead
    ///   whose same side opens with a list item ([`Streamed::is_list_item`]) joins that bead, where it
    ///   shares tokens with the bead's other side (or has none) and the bead's lengths end no
    ///   further out of balance than [`absorb::BALANCED`] or than they were.
    /// - An item at the edge of a bead, next to the items of its list in the neighbouring bead,
    ///   moves there where the bead it leaves goes on past the list (a block that is no item
    ///   beside it) and the two beads then cost less.
    fn rejoin_lists(&self, beads: Vec<RawBead>) -> Vec<RawBead> {
        let mut beads = self.join_lead_ins(beads);
        for k in 0..beads.len().saturating_sub(1) {
            for is_src in [true, false] {
                self.move_list_edge(&mut beads, k, is_src);
            }
        }
        beads
    }

    /// Whether block `block` of one side is an item of a list: a list item of the markup or a
    /// paragraph that opens with a point's label (`a) `, `(ii) `).
    fn is_list_item(&self, is_src: bool, block: usize) -> bool {
        let doc = if is_src { self.docs.0 } else { self.docs.1 };
        doc.blocks.get(block).is_some_and(|b| {
            b.kind == BlockKind::ListItem || crate::document::page_join::starts_with_point(&b.text)
        })
    }

    /// The units of one side of a bead, and of the other.
    fn sides<'b>(&'b self, bead: &RawBead, is_src: bool) -> (Vec<&'b Unit>, Vec<&'b Unit>) {
        let (src, tgt) = (units_of(&bead.src, &self.features.src), units_of(&bead.tgt, &self.features.tgt));
        if is_src { (src, tgt) } else { (tgt, src) }
    }

    /// The score of a bead of these blocks.
    fn score(&self, src: &[usize], tgt: &[usize]) -> BeadScore {
        self.model.evaluate(&units_of(src, &self.features.src), &units_of(tgt, &self.features.tgt))
    }

    /// The first rule of [`Streamed::rejoin_lists`]: lone lead-ins into the bead of their list.
    fn join_lead_ins(&self, beads: Vec<RawBead>) -> Vec<RawBead> {
        let mut out: Vec<RawBead> = Vec::with_capacity(beads.len());
        let mut beads = beads.into_iter().peekable();
        while let Some(bead) = beads.next() {
            let lone_side = match (bead.src.as_slice(), bead.tgt.as_slice()) {
                ([_], []) => Some(true),
                ([], [_]) => Some(false),
                _ => None,
            };
            let joined = lone_side.zip(beads.peek()).and_then(|(is_src, next)| {
                let (lead, next_side) =
                    if is_src { (bead.src[0], &next.src) } else { (bead.tgt[0], &next.tgt) };
                (!next.anchored
                    && !next.src.is_empty()
                    && !next.tgt.is_empty()
                    && next_side.first().is_some_and(|&first| self.is_list_item(is_src, first))
                    && self.leads_in(is_src, lead, next))
                .then_some(is_src)
            });
            match joined {
                Some(is_src) => {
                    let Some(mut next) = beads.next() else { break };
                    if is_src {
                        next.src.insert(0, bead.src[0])
                    } else {
                        next.tgt.insert(0, bead.tgt[0])
                    }
                    next.score = self.score(&next.src, &next.tgt);
                    next.margin = 0.0;
                    out.push(next);
                }
                None => out.push(bead),
            }
        }
        out
    }

    /// Whether block `lead` of one side, alone, is the lead-in of the list that bead `next`
    /// opens on that side: it ends as a lead-in, is no heading, shares tokens with the bead's
    /// other side (or has none), and leaves the bead's lengths in balance.
    fn leads_in(&self, is_src: bool, lead: usize, next: &RawBead) -> bool {
        let (doc, features) =
            if is_src { (self.docs.0, &self.features.src) } else { (self.docs.1, &self.features.tgt) };
        let (Some(block), Some(unit)) = (doc.blocks.get(lead), features.get(lead).map(|f| &f.unit)) else {
            return false;
        };
        let text = block.text.trim_end();
        let words = text.split_whitespace().filter(|word| word.chars().any(char::is_lowercase)).count();
        if unit.heading
            || matches!(block.kind, BlockKind::Heading { .. })
            || words < LEAD_IN_WORDS
            || !(text.ends_with(':') || crate::document::page_join::ends_open(text))
        {
            return false;
        }
        let (own, other) = self.sides(next, is_src);
        if unit.weight > 0.0 && cost::shared_weight(&[unit], &other) <= 0.0 {
            return false;
        }
        let length = |units: &[&Unit]| units.iter().map(|u| u.len).sum::<f64>();
        let (own_len, other_len) = (length(&own), length(&other));
        // How far the lengths are out of balance, the source's predicting the target's.
        let skew = |own_len: f64| {
            let (src, tgt) = if is_src { (own_len, other_len) } else { (other_len, own_len) };
            (tgt / (self.model.ratio * src)).ln().abs()
        };
        let after = skew(own_len + unit.len);
        after.is_finite() && (after <= absorb::BALANCED.ln() || after <= skew(own_len))
    }

    /// The second rule of [`Streamed::rejoin_lists`]: a list's item at the edge of bead `k` or
    /// `k + 1`, on one side, moved to the other bead where the rest of its list is.
    fn move_list_edge(&self, beads: &mut [RawBead], k: usize, is_src: bool) {
        let (Some(first), Some(second)) = (beads.get(k), beads.get(k + 1)) else { return };
        let paired = |b: &RawBead| !b.src.is_empty() && !b.tgt.is_empty() && !b.anchored;
        if !paired(first) || !paired(second) {
            return;
        }
        let side = |b: &RawBead| if is_src { b.src.clone() } else { b.tgt.clone() };
        let (mut a, mut b) = (side(first), side(second));
        let item = |block: &usize| self.is_list_item(is_src, *block);
        let (Some(a_last), Some(b_first)) = (a.last(), b.first()) else { return };
        if !item(a_last) || !item(b_first) {
            return;
        }
        // The list ends inside the second bead, or starts inside the first.
        if b.len() >= 2 && !item(&b[1]) {
            let moved = b.remove(0);
            a.push(moved);
        } else if a.len() >= 2 && !item(&a[a.len() - 2]) {
            let moved = a.pop().unwrap_or_default();
            b.insert(0, moved);
        } else {
            return;
        }
        let (other_a, other_b) = if is_src { (&first.tgt, &second.tgt) } else { (&first.src, &second.src) };
        let score = |own: &[usize], other: &[usize]| {
            if is_src { self.score(own, other) } else { self.score(other, own) }
        };
        let (new_a, new_b) = (score(&a, other_a), score(&b, other_b));
        if new_a.cost + new_b.cost >= first.score.cost + second.score.cost {
            return;
        }
        let margin = first.margin.min(second.margin);
        for (bead, own, new) in [(k, a, new_a), (k + 1, b, new_b)] {
            let Some(bead) = beads.get_mut(bead) else { return };
            if is_src {
                bead.src = own
            } else {
                bead.tgt = own
            }
            bead.score = new;
            bead.margin = margin;
        }
    }

    /// Re-pairs two neighbouring beads that hold as many blocks on each side (one or two) as
    /// one-to-one pairs, when each pair's shorter block has nearly all its tokens in the
    /// longer one, or when the pairs share more tokens than the beads do and every pair
    /// shares some, or when they are two lone blocks of lengths a shortened paragraph may
    /// have ([`LONE_PAIR_RATIO`]). A paragraph that lost a sentence in translation (or gained
    /// one) is too short for the length cost to pair it: the programme leaves it alone, or
    /// joins its neighbour to it and leaves the neighbour's counterpart alone (`1-0` next to
    /// `1-2`).
    /// It is still that paragraph, and its sentences then show what is missing.
    fn pair_shortened(&self, mut beads: Vec<RawBead>) -> Vec<RawBead> {
        let mut k = 0;
        while k + 1 < beads.len() {
            let (first, second) = (&beads[k], &beads[k + 1]);
            let one_to_one = |bead: &RawBead| bead.src.len() == 1 && bead.tgt.len() == 1;
            let n_src = first.src.len() + second.src.len();
            if n_src != first.tgt.len() + second.tgt.len()
                || n_src > 2
                || (one_to_one(first) && one_to_one(second))
            {
                k += 1;
                continue;
            }
            let src: Vec<usize> = first.src.iter().chain(&second.src).copied().collect();
            let tgt: Vec<usize> = first.tgt.iter().chain(&second.tgt).copied().collect();
            let units: Option<Vec<(&Unit, &Unit)>> = src
                .iter()
                .zip(&tgt)
                .map(|(&s, &t)| Some((&self.features.src.get(s)?.unit, &self.features.tgt.get(t)?.unit)))
                .collect();
            let contained = |a: &Unit, b: &Unit| {
                let smaller = a.weight.min(b.weight);
                a.heading == b.heading
                    && smaller > 0.0
                    && cost::shared_weight(&[a], &[b]) >= SHORTENED_SHARE * smaller
            };
            // The token evidence for the beads as they are, against the pairs.
            let bead_shared = |bead: &RawBead| {
                cost::shared_weight(
                    &units_of(&bead.src, &self.features.src),
                    &units_of(&bead.tgt, &self.features.tgt),
                )
            };
            let better = |units: &[(&Unit, &Unit)]| {
                let shared: Vec<f64> = units.iter().map(|(a, b)| cost::shared_weight(&[*a], &[*b])).collect();
                units.iter().all(|(a, b)| a.heading == b.heading)
                    && shared.iter().all(|&w| w > 0.0)
                    && shared.iter().sum::<f64>() > bead_shared(first) + bead_shared(second)
            };
            // A lone block on each side, next to each other: with no token to tell, the same
            // place in both texts makes them one paragraph, unless their lengths say otherwise.
            let lone_pair = |units: &[(&Unit, &Unit)]| {
                first.src.len() + first.tgt.len() == 1
                    && units.iter().all(|(a, b)| {
                        let ratio = b.len / (a.len * self.model.ratio);
                        a.heading == b.heading && (LONE_PAIR_RATIO..=1.0 / LONE_PAIR_RATIO).contains(&ratio)
                    })
            };
            let Some(units) = units.filter(|units| {
                units.iter().all(|(a, b)| contained(a, b)) || better(units) || lone_pair(units)
            }) else {
                k += 1;
                continue;
            };
            let pairs: Vec<RawBead> = src
                .iter()
                .zip(&tgt)
                .zip(&units)
                .map(|((&s, &t), (a, b))| RawBead {
                    src: vec![s],
                    tgt: vec![t],
                    score: self.model.evaluate(&[*a], &[*b]),
                    margin: 0.0,
                    anchored: false,
                })
                .collect();
            let n = pairs.len();
            beads.splice(k..k + 2, pairs);
            k += n;
        }
        beads
    }
}

/// The units of `blocks`.
fn units_of<'a>(blocks: &[usize], features: &'a [BlockFeatures]) -> Vec<&'a Unit> {
    blocks.iter().filter_map(|&i| features.get(i).map(|f| &f.unit)).collect()
}

/// The fewest words in small letters of a lead-in that [`Streamed::rejoin_lists`] joins to its
/// list: a clause (`Dagordningen ska skilja mellan`), not a title line set apart.
const LEAD_IN_WORDS: usize = 3;

/// The share of the shorter block's token weight that the longer one must hold for the two
/// to be one paragraph, shortened or lengthened in translation ([`Streamed::pair_shortened`]).
const SHORTENED_SHARE: f64 = 0.5;

/// Two lone blocks side by side are one paragraph, shortened or lengthened, when the shorter
/// is at least this share of the longer (lengths in one language): a paragraph of two
/// sentences that lost the longer one keeps about a third of its length.
const LONE_PAIR_RATIO: f64 = 0.25;

/// The least `s²` the estimate may give. Headings and footnote definitions, the anchors it reads,
/// are translated closer to their length than the sentences of the body: a pair whose anchors
/// agree within a few characters would otherwise price a sentence lengthened by a spelled-out
/// abbreviation (`AMC and GM` = `De godtagbara sätten att uppfylla kraven och det vägledande
/// materialet`) at the cap, and split it from its second half.
const LEAST_VARIANCE: f64 = 2.0;

/// Estimates Gale–Church's `c` from the total lengths and `s²` from the anchored pairs
/// (footnote definitions and numbered headings matched by label), robustly via the median.
fn estimate_model(
    features: &Features,
    src_main: &[usize],
    tgt_main: &[usize],
    src_notes: &[usize],
    tgt_notes: &[usize],
    heading_anchors: &[(usize, usize)],
    note_anchors: &[(usize, usize)],
) -> CostModel {
    let length = |f: &[BlockFeatures], idx: &[usize]| -> f64 {
        idx.iter().filter_map(|&i| f.get(i)).map(|b| b.unit.len).sum()
    };
    let src_total = length(&features.src, src_main) + length(&features.src, src_notes);
    let tgt_total = length(&features.tgt, tgt_main) + length(&features.tgt, tgt_notes);
    let ratio = if src_total > 0.0 && tgt_total > 0.0 { tgt_total / src_total } else { 1.0 };
    let unit_model = CostModel::new(ratio, 1.0);
    let mut deviations: Vec<f64> = heading_anchors
        .iter()
        .map(|&(s, t)| (src_main.get(s), tgt_main.get(t)))
        .chain(note_anchors.iter().map(|&(s, t)| (src_notes.get(s), tgt_notes.get(t))))
        .filter_map(|(s, t)| Some((features.src.get(*s?)?.unit.len, features.tgt.get(*t?)?.unit.len)))
        .filter(|&(a, b)| a >= 20.0 && b >= 20.0)
        .map(|(a, b)| unit_model.delta(a, b).powi(2))
        .collect();
    // With s² = 1, δ² is (deviation² / mean); its median over a normal sample is 0.455 s².
    let variance = if deviations.len() >= 5 {
        deviations.sort_by(f64::total_cmp);
        deviations[deviations.len() / 2] / 0.455
    } else {
        6.8
    };
    CostModel::new(ratio, variance.max(LEAST_VARIANCE))
}

/// Merges the beads of the main stream and of the footnote stream into reading order.
///
/// A bead is placed by its first source block; a bead without one (0-1) goes right before
/// the next bead of its own stream that has a source block, so the source blocks of the merged
/// sequence stay in document order. Two such beads of different streams go by target block.
fn merge_reading_order(main: Vec<RawBead>, notes: Vec<RawBead>) -> Vec<RawBead> {
    fn keys(beads: &[RawBead]) -> Vec<usize> {
        let mut next = usize::MAX;
        let mut keys = vec![usize::MAX; beads.len()];
        for (k, bead) in beads.iter().enumerate().rev() {
            if let Some(&s) = bead.src.first() {
                next = s;
            }
            keys[k] = next;
        }
        keys
    }
    let (main_keys, note_keys) = (keys(&main), keys(&notes));
    let mut out = Vec::with_capacity(main.len() + notes.len());
    let (mut main, mut notes) =
        (main.into_iter().zip(main_keys).peekable(), notes.into_iter().zip(note_keys).peekable());
    loop {
        let take_main = match (main.peek(), notes.peek()) {
            (Some((a, a_key)), Some((b, b_key))) => match a_key.cmp(b_key) {
                std::cmp::Ordering::Less => true,
                std::cmp::Ordering::Greater => false,
                std::cmp::Ordering::Equal => {
                    a.tgt.first().unwrap_or(&usize::MAX) <= b.tgt.first().unwrap_or(&usize::MAX)
                }
            },
            (Some(_), None) => true,
            (None, Some(_)) => false,
            (None, None) => break,
        };
        let next = if take_main { main.next() } else { notes.next() };
        out.extend(next.map(|(bead, _)| bead));
    }
    out
}

fn role(block: Option<&Block>, part: Part) -> BlockRole {
    match (part, block.map(|b| &b.kind)) {
        (Part::Cover, _) => BlockRole::Cover,
        (Part::Title, _) => BlockRole::Title,
        (Part::Body, Some(BlockKind::Heading { .. })) => BlockRole::Heading,
        (Part::Body, Some(BlockKind::Paragraph)) => BlockRole::Paragraph,
        (Part::Body, Some(BlockKind::FootnoteDef { .. })) => BlockRole::Footnote,
        (Part::Body, _) => BlockRole::Other,
    }
}

/// A bead's confidence from its token agreement, its length fit and its cost margin over the
/// next best way through the same cell.
pub(crate) fn confidence(score: &BeadScore, margin: f64, unpaired: bool, anchored: bool) -> f32 {
    // The margin is the main signal: how much worse the next best way through the same cell is.
    let margin = if anchored { 1.0 } else { 1.0 - (-margin / 3.0).exp() };
    let value = if unpaired {
        // Leaving a block alone is only as certain as the margin against pairing it.
        0.2 + 0.6 * margin
    } else {
        // Translations share about half their weighted tokens at best (cognates are sparse).
        let agreement = score.agreement.map_or(0.5, |a| (a * 2.0).min(1.0));
        let length = (-score.length).exp();
        0.55 * margin + 0.25 * agreement + 0.2 * length
    };
    (value.clamp(0.0, 1.0) * 100.0).round() as f32 / 100.0
}

/// Below this share of blocks with a counterpart, two texts are not translations.
const MIN_PAIRED_SHARE: f64 = 0.75;
/// The target/source length ratio of translations stays within these bounds.
const LENGTH_RATIO_BOUNDS: (f64, f64) = (0.5, 2.0);
/// Below this mean bead confidence, two texts are not translations.
const MIN_MEAN_CONFIDENCE: f64 = 0.5;

#[allow(clippy::too_many_arguments)] // Each argument is a distinct, already-computed input.
fn verdict(
    src: &Document,
    tgt: &Document,
    src_main: &[usize],
    tgt_main: &[usize],
    src_notes: &[usize],
    tgt_notes: &[usize],
    beads: &[Bead],
    features: &Features,
) -> Verdict {
    let score = if beads.is_empty() {
        0.0
    } else {
        beads.iter().map(|b| f64::from(b.confidence)).sum::<f64>() / beads.len() as f64
    };
    let n_src = src_main.len() + src_notes.len();
    let n_tgt = tgt_main.len() + tgt_notes.len();
    let no = |reason: String| Verdict { is_translation: false, score: score as f32, reason };
    if n_src == 0 || n_tgt == 0 {
        let empty = if n_src == 0 { &src.name } else { &tgt.name };
        return no(format!("`{empty}` has no text blocks"));
    }
    let length = |f: &[BlockFeatures]| -> f64 { f.iter().map(|b| b.unit.len).sum() };
    let ratio = length(&features.tgt) / length(&features.src).max(1.0);
    if !(LENGTH_RATIO_BOUNDS.0..=LENGTH_RATIO_BOUNDS.1).contains(&ratio) {
        return no(format!("the target is {ratio:.2} times as long as the source"));
    }
    let paired: usize = beads
        .iter()
        .filter(|b| !b.src.is_empty() && !b.tgt.is_empty())
        .map(|b| b.src.len() + b.tgt.len())
        .sum();
    let share = paired as f64 / (n_src + n_tgt) as f64;
    if share < MIN_PAIRED_SHARE {
        return no(format!("only {:.0}% of the blocks have a counterpart", share * 100.0));
    }
    if score < MIN_MEAN_CONFIDENCE {
        return no(format!("the mean bead confidence is only {score:.2}"));
    }
    Verdict {
        is_translation: true,
        score: score as f32,
        reason: format!("{:.0}% of the blocks have a counterpart; mean confidence {score:.2}", share * 100.0),
    }
}
