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
