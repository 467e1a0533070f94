//! One module per rule; `registry.rs` lists them.

pub(crate) mod date_mismatch;
pub(crate) mod date_missing;
pub(crate) mod document_unrelated;
pub(crate) mod footnote_duplicate;
pub(crate) mod footnote_ref_mismatch;
pub(crate) mod footnote_ref_missing;
pub(crate) mod footnote_sequence;
pub(crate) mod footnote_undefined;
pub(crate) mod footnote_unreferenced;
pub(crate) mod heading_mismatch;
pub(crate) mod legal_ref_mismatch;
pub(crate) mod legal_ref_missing;
pub(crate) mod number_mismatch;
pub(crate) mod number_missing;
pub(crate) mod number_swapped;
pub(crate) mod paragraph_unaligned;
pub(crate) mod sentence_shortened;
pub(crate) mod sentence_unaligned;
pub(crate) mod url_mismatch;
pub(crate) mod url_missing;
mod value_common;

/// Whether `bead` pairs body blocks of both versions, the beads whose sentences the sentence
/// rules compare: a block with no counterpart is one `paragraph-unaligned` finding, and the
/// cover note and the title page are laid out differently in each version by design.
fn pairs_body_blocks(bead: &crate::align::Bead) -> bool {
    !bead.src.is_empty()
        && !bead.tgt.is_empty()
        && !matches!(bead.kind, crate::align::BlockRole::Cover | crate::align::BlockRole::Title)
}
