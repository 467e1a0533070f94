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
/// The enacting formula counts in its general form too, whatever act it names (`HAS ADOPTED
/// THE FOLLOWING RULES OF PROCEDURE:` against `KOMMITTÉN … HAR ANTAGIT DENNA
/// ARBETSORDNING`): the other version's line must then end in its opener and at most
/// [`FORMULA_OPENER_TAIL`] words, in capitals, as the formula is set, never a sentence of
/// running text (`Rådet har antagit denna strategi.`).
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
    let openers: Vec<&str> = crate::values::tables::table(input.lang(other))
        .formula_openers
        .iter()
        .filter(|(_, m)| *m == meaning)
        .map(|(opener, _)| *opener)
        .collect();
    input.doc(other).blocks.iter().any(|block| {
        let lower = block.text.to_lowercase();
        phrases.iter().any(|phrase| lower.contains(phrase))
            || openers.iter().any(|opener| ends_in_formula(&block.text, opener))
    })
}

/// The most words after a formula's opener ([`formula_placed_elsewhere`]) that name the act:
/// `RULES OF PROCEDURE`, `DENNA GEMENSAMMA ÅTGÄRD`.
const FORMULA_OPENER_TAIL: usize = 4;

/// Whether `text` ends in the enacting formula that `opener` (lower case, a space after it)
/// opens: the opener and at most [`FORMULA_OPENER_TAIL`] words, in capitals, markup and a
/// closing colon or full stop aside (`… HAR ANTAGIT DENNA ARBETSORDNING`).
fn ends_in_formula(text: &str, opener: &str) -> bool {
    let line = text.trim().trim_matches(['*', '_']).trim_end_matches([':', '.']).trim_end();
    let words: Vec<&str> = line.split_whitespace().collect();
    let opener_words: Vec<&str> = opener.split_whitespace().collect();
    let n = opener_words.len();
    (n + 1..=n + FORMULA_OPENER_TAIL).any(|len| {
        len <= words.len() && {
            let tail = &words[words.len() - len..];
            tail.iter().zip(&opener_words).all(|(word, opener)| word.to_lowercase() == *opener)
                && tail.iter().all(|word| !word.chars().any(char::is_lowercase))
                && tail.iter().any(|word| word.chars().any(char::is_alphabetic))
        }
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

#[cfg(test)]
mod formula_tests {
    use super::ends_in_formula;

    #[test]
    fn a_swedish_act_ends_its_first_line_with_the_enacting_formula() {
        let line =
            "KOMMITTÉN FÖR MEKANISMEN FÖR KOLDIOXIDJUSTERING VID GRÄNSEN HAR ANTAGIT DENNA ARBETSORDNING";
        assert!(ends_in_formula(line, "har antagit denna "));
        assert!(ends_in_formula("**STYRELSEN HAR ANTAGIT DETTA BESLUT:**", "har antagit detta "));
        assert!(ends_in_formula("RÅDET HAR ANTAGIT DENNA GEMENSAMMA ÅTGÄRD", "har antagit denna "));
    }

    #[test]
    fn running_text_or_a_longer_tail_is_no_formula() {
        // A sentence of running text, in small letters.
        assert!(!ends_in_formula("Rådet har antagit denna strategi.", "har antagit denna "));
        // The opener inside the line, many words after it.
        assert!(!ends_in_formula(
            "KOMMITTÉN HAR ANTAGIT DENNA ARBETSORDNING OCH DE REGLER SOM GÄLLER FÖR DESS ARBETSGRUPPER",
            "har antagit denna "
        ));
        // The opener alone names no act.
        assert!(!ends_in_formula("KOMMITTÉN HAR ANTAGIT DENNA", "har antagit denna "));
    }
}
