//! `sentence-unaligned`: a sentence of one version with no counterpart in the aligned
//! paragraph of the other.

use crate::check::context::{PairCtx, finding, letters};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

pub(crate) const RULE: Rule = Rule {
    name: "sentence-unaligned",
    category: Category::Structure,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a sentence in one version has no counterpart in the aligned paragraph of the other",
    explanation: include_str!("explain/sentence-unaligned.md"),
};

/// Sentences of fewer words are left alone: a label or a cross-reference (`See Annex I.`)
/// that one version adds or leaves out costs a reader nothing, and a short sentence is
/// where a merge of three sentences into one may look like an omission.
const MIN_WORDS: usize = 4;

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let bead = ctx.bead;
    if !super::pairs_body_blocks(ctx) {
        return;
    }
    // The sentences left alone.
    let lone: Vec<(Side, usize, std::ops::Range<usize>, &str)> = bead
        .sentences
        .iter()
        .filter_map(|sentences| {
            let (side, &(block, ref range)) = match (sentences.src.as_slice(), sentences.tgt.as_slice()) {
                ([lone], []) => (Side::Source, lone),
                ([], [lone]) => (Side::Target, lone),
                _ => return None,
            };
            let text = crate::segment::trim(ctx.input.doc(side).blocks.get(block)?.text.get(range.clone())?);
            Some((side, block, range.clone(), text))
        })
        .collect();
    // Lone sentences on both sides of one paragraph pair, however short (`THE EUROPEAN
    // COMMISSION,` against `EUROPEISKA KOMMISSIONEN HAR ANTAGIT DENNA FÖRORDNING`), mean the
    // paragraphs or sentences are paired wrongly, not that a sentence was left out: nothing is
    // said of them.
    if lone.iter().any(|l| l.0 == Side::Source) && lone.iter().any(|l| l.0 == Side::Target) {
        return;
    }
    // Of the rest, those long enough to tell.
    let lone = lone.into_iter().filter(|(_, _, _, text)| {
        text.split_whitespace().filter(|word| word.chars().any(char::is_alphabetic)).count() >= MIN_WORDS
    });
    for (side, block, range, text) in lone {
        if super::formula_placed_elsewhere(ctx.input, side, text)
            || legend_of_unused_abbreviations(ctx, side, text)
        {
            continue;
        }
        let (other, here, there) = match side {
            Side::Source => (Side::Target, "source", "target"),
            Side::Target => (Side::Source, "target", "source"),
        };
        let preview: String = text.chars().take(80).collect();
        let ellipsis = if text.chars().count() > 80 { "…" } else { "" };
        let message = format!(
            "sentence in {here} has no counterpart in the aligned paragraph of the {there}: “{preview}{ellipsis}”"
        );
        let label = if side == Side::Source { "omitted in target?" } else { "added in target?" };
        let primary = ctx.input.location(side, block, range, label.to_string());
        let other_blocks = if other == Side::Source { &bead.src } else { &bead.tgt };
        let secondary = other_blocks
            .first()
            .map(|&b| ctx.input.block_location(other, b, "the aligned paragraph".to_string()));
        out.push(finding(&RULE, message, primary, secondary, Some(ctx.bead_idx), &[here, &letters(text)]));
    }
}

/// Whether `text` (of `side`) only explains abbreviations (`SAR = search and rescue.`, `MS:
/// Member State; TCN: third-country national.`) that the other version never writes: that
/// version writes each term in full and needs no legend, so none is left out. A legend of an
/// abbreviation the other version uses stays flagged, as its reader needs it too.
fn legend_of_unused_abbreviations(ctx: &PairCtx, side: Side, text: &str) -> bool {
    let other = if side == Side::Source { Side::Target } else { Side::Source };
    let blocks = &ctx.input.doc(other).blocks;
    let text = text.trim_end_matches(['.', ' ']);
    // The cheap test first: a legend holds its sign.
    (text.contains(" = ") || text.contains(": "))
        && text.split(';').all(|entry| {
            abbreviation_explained(entry).is_some_and(|abbreviation| {
                !blocks.iter().any(|block| writes_word(&block.text, abbreviation))
            })
        })
}

/// The abbreviation that `entry` explains, when it is only `ABBREVIATION = expansion` or
/// `ABBREVIATION: expansion`: a word of two to twelve letters, digits or hyphens, most of its
/// letters capitals, whose letters come in order in the expansion, the first opening it (`SAR`
/// in `search and rescue`, `GNI` in `gross national income`). A note's label (`NB: the figures
/// are provisional`) or a formula (`GDP = C + I + G`) explains no abbreviation.
fn abbreviation_explained(entry: &str) -> Option<&str> {
    let entry = entry.trim();
    let (abbreviation, expansion) = entry.split_once(" = ").or_else(|| entry.split_once(": "))?;
    let (abbreviation, expansion) = (abbreviation.trim(), expansion.trim());
    let capitals = abbreviation.bytes().filter(u8::is_ascii_uppercase).count();
    let small = abbreviation.bytes().filter(u8::is_ascii_lowercase).count();
    let shaped = (2..=12).contains(&abbreviation.len())
        && abbreviation.bytes().all(|b| b.is_ascii_alphanumeric() || b == b'-')
        && abbreviation.bytes().next().is_some_and(|b| b.is_ascii_uppercase())
        && capitals >= 2
        && capitals > small;
    if !shaped || expansion.contains(['=', ':']) {
        return None;
    }
    let mut letters = expansion.chars().filter(|c| c.is_alphabetic()).flat_map(char::to_lowercase);
    let mut wanted = abbreviation.chars().filter(|c| c.is_ascii_alphabetic()).map(|c| c.to_ascii_lowercase());
    let first = wanted.next()?;
    if letters.next() != Some(first) {
        return None;
    }
    wanted.all(|letter| letters.any(|c| c == letter)).then_some(abbreviation)
}

/// Whether `text` writes `word` as a word of its own or a compound's part (`SAR`, `SAR-insatser`),
/// no letter or digit touching it.
fn writes_word(text: &str, word: &str) -> bool {
    text.match_indices(word).any(|(at, _)| {
        !text[..at].chars().next_back().is_some_and(char::is_alphanumeric)
            && !text[at + word.len()..].chars().next().is_some_and(char::is_alphanumeric)
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn a_legend_explains_an_abbreviation_by_its_letters() {
        assert_eq!(abbreviation_explained("SAR = search and rescue"), Some("SAR"));
        assert_eq!(abbreviation_explained("GNI: gross national income"), Some("GNI"));
        assert_eq!(abbreviation_explained("TCN = third-country national"), Some("TCN"));
        assert_eq!(abbreviation_explained("EU-26 = the 26 Member States"), None);
        assert_eq!(abbreviation_explained("EU-26 = European Union of 26"), Some("EU-26"));
        // A note's label, a formula, a word, a sentence with more to say: no legend.
        assert_eq!(abbreviation_explained("NB: the figures are provisional"), None);
        assert_eq!(abbreviation_explained("GDP = C + I + G"), None);
        assert_eq!(abbreviation_explained("Formula: capacity = 30 000 × A"), None);
        assert_eq!(abbreviation_explained("Note: see Annex"), None);
        assert_eq!(abbreviation_explained("The SAR operations were reduced"), None);
        assert_eq!(abbreviation_explained("A = area"), None);
    }

    /// The messages of this rule on a pair of Markdown texts.
    fn messages(en: &str, sv: &str) -> Vec<String> {
        crate::check::context::tests::findings_of(RULE.name, en, sv)
    }

    #[test]
    fn a_legend_of_an_abbreviation_the_translation_never_writes_is_no_omission() {
        let en = "## 1. CAPACITY\n\nThe capacity of each Member State is calculated every three years \
                  on the basis of the latest data. Disembarkations after SAR are counted with \
                  irregular crossings and refusals of entry. SAR = search and rescue.\n";
        let sv = "## 1. KAPACITET\n\nVarje medlemsstats kapacitet beräknas vart tredje år på grundval \
                  av de senaste uppgifterna. Landstigningar efter sök- och räddningsinsatser räknas \
                  tillsammans med irreguljära passager och nekade inresor.\n";
        assert!(messages(en, sv).is_empty(), "{:?}", messages(en, sv));
        // The translation writes the abbreviation: its reader needs the legend too.
        let sv_abbreviated = sv.replace("efter sök- och räddningsinsatser", "efter SAR");
        assert_eq!(messages(en, &sv_abbreviated).len(), 1);
        // A sentence that says more than a legend stays flagged.
        let en_said = en.replace("SAR = search and rescue.", "SAR stands for search and rescue.");
        assert_eq!(messages(&en_said, sv).len(), 1);
    }

    #[test]
    fn an_abbreviation_is_written_as_a_word_or_a_compound_part() {
        assert!(writes_word("landstigningar efter SAR", "SAR"));
        assert!(writes_word("| SAR-insatser |", "SAR"));
        assert!(!writes_word("SARS-CoV-2 och ESAR", "SAR"));
        assert!(!writes_word("sök- och räddningsinsatser", "SAR"));
    }
}
