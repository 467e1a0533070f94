//! The alignment ladder as TSV: `en_lines<TAB>sv_lines<TAB>kind<TAB>confidence`.

use std::fmt::Write as _;

use super::{Alignment, BlockRole};
use crate::document::Document;
use crate::text::Lang;

/// The kind column's word for a role.
pub fn role_name(role: BlockRole) -> &'static str {
    match role {
        BlockRole::Cover => "cover",
        BlockRole::Title => "title",
        BlockRole::Heading => "heading",
        BlockRole::Paragraph => "paragraph",
        BlockRole::Footnote => "footnote",
        BlockRole::Other => "other",
    }
}

/// The 1-based source lines of some blocks, ascending, joined by commas; `-` for none.
pub fn line_list(doc: &Document, blocks: &[usize]) -> String {
    let mut lines: Vec<u32> =
        blocks.iter().filter_map(|&b| doc.blocks.get(b)).flat_map(|b| b.lines.iter().copied()).collect();
    lines.sort_unstable();
    lines.dedup();
    if lines.is_empty() {
        return "-".to_string();
    }
    let mut out = String::new();
    for (k, line) in lines.iter().enumerate() {
        if k > 0 {
            out.push(',');
        }
        let _ = write!(out, "{line}");
    }
    out
}

/// Renders `a` as TSV: a header naming the languages (`en`/`sv` when a document's language is
/// unknown), then one row per bead in reading order, confidence with two decimals.
pub fn to_tsv(src: &Document, tgt: &Document, a: &Alignment) -> String {
    let src_lang = src.lang.unwrap_or(Lang::En);
    let tgt_lang = tgt.lang.unwrap_or(Lang::Sv);
    let mut out = format!("{src_lang}_lines\t{tgt_lang}_lines\tkind\tconfidence\n");
    for bead in &a.beads {
        let _ = writeln!(
            out,
            "{}\t{}\t{}\t{:.2}",
            line_list(src, &bead.src),
            line_list(tgt, &bead.tgt),
            role_name(bead.kind),
            bead.confidence
        );
    }
    out
}
