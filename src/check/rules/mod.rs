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
pub(crate) mod name_mismatch;
pub(crate) mod number_mismatch;
pub(crate) mod number_missing;
pub(crate) mod number_swapped;
pub(crate) mod paragraph_unaligned;
pub(crate) mod sentence_shortened;
pub(crate) mod sentence_unaligned;
mod table_cells;
pub(crate) mod url_mismatch;
pub(crate) mod url_missing;
mod value_common;

/// Whether `ctx`'s bead pairs body blocks of both versions, the beads whose sentences the
/// sentence rules compare: a block with no counterpart is one `paragraph-unaligned` finding,
/// and the cover note and the title page are laid out differently in each version by design,
/// except where they pair paragraphs of running text (an executive summary or a news release
/// before the first numbered heading).
fn pairs_body_blocks(ctx: &crate::check::context::PairCtx) -> bool {
    let bead = ctx.bead;
    if bead.src.is_empty() || bead.tgt.is_empty() {
        return false;
    }
    if !matches!(bead.kind, crate::align::BlockRole::Cover | crate::align::BlockRole::Title) {
        return true;
    }
    let doc = |side| &ctx.input.doc(side).blocks;
    let prose = |side, blocks: &[usize], least_words| {
        blocks.iter().all(|&b| doc(side).get(b).is_some_and(|block| is_prose(block, least_words)))
    };
    prose(crate::check::Side::Source, &bead.src, PROSE_WORDS)
        && prose(crate::check::Side::Target, &bead.tgt, PROSE_WORDS / 2)
}

/// Whether `text` (of `side`) is a line of an act's formulas that each language places where
/// its own convention has it, and the other version has that formula somewhere: Swedish acts
/// open with `EUROPEISKA UNIONENS RÅD HAR ANTAGIT DETTA BESLUT` (`… DENNA REKOMMENDATION`)
/// where the English closes the recitals with `HAS ADOPTED THIS DECISION:` (`… THIS
/// RECOMMENDATION:`, before `RECOMMENDS THAT MEMBER STATES:`), and may join `av följande
/// skäl:` to the citations before it. Such a line is no paragraph or sentence left out.
fn formula_placed_elsewhere(
    input: &crate::check::context::Input,
    side: crate::check::Side,
    text: &str,
) -> bool {
    use crate::check::Side;
    let meaning = match crate::align::formula_line(text, input.lang(side)) {
        Some(meaning @ ("adopted" | "whereas")) => meaning,
        _ => return false,
    };
    let other = if side == Side::Source { Side::Target } else { Side::Source };
    let phrases: Vec<&str> = crate::values::tables::table(input.lang(other))
        .formula_lines
        .iter()
        .filter(|(_, m)| *m == meaning)
        .map(|(phrase, _)| *phrase)
        .collect();
    input.doc(other).blocks.iter().any(|block| {
        let lower = block.text.to_lowercase();
        phrases.iter().any(|phrase| lower.contains(phrase))
    })
}

/// The words of a paragraph of running text in the front matter, at least: a title, a
/// heading line or a cover note's field (`Delegations will find attached document …`) has
/// fewer.
const PROSE_WORDS: usize = 20;

/// Whether `block` is a paragraph (or list item) of running text, as front matter has none:
/// `least_words` words or more, ending as a sentence ends.
fn is_prose(block: &crate::document::Block, least_words: usize) -> bool {
    use crate::document::BlockKind;
    matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem)
        && block.text.trim_end().ends_with(['.', '!', '?', ':', ';', '”', '"', ')'])
        && block.text.split_whitespace().filter(|word| word.chars().any(char::is_alphabetic)).count()
            >= least_words
}
