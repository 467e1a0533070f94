//! `sentence-shortened`: a sentence whose translation is much shorter than it (under half as
//! long, or under two thirds for a long sentence), so that part of it is probably missing.

use std::ops::Range;

use crate::align::SentenceBead;
use crate::check::context::{PairCtx, finding, letters};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::values::{Value, ValueKind};

pub(crate) const RULE: Rule = Rule {
    name: "sentence-shortened",
    category: Category::Structure,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a sentence of the translation is much shorter than the sentence it translates (under half as long; under 65% for a long one)",
    explanation: include_str!("explain/sentence-shortened.md"),
};

/// Source sentences shorter than this (in characters) are left alone: in a short sentence a
/// name or a term can make up most of the length, and one language writes it in fewer letters.
const MIN_SOURCE_CHARS: usize = 60;
/// The target must lack at least this many characters, on top of being too short.
const MIN_SHORTFALL_CHARS: usize = 40;

/// The least share of the source's length, in thousandths, that a translation of a source
/// sentence of `chars` characters keeps: half up to 100 characters, rising to 65% at 300.
/// The longer a sentence, the closer its translation's length comes to the length of the
/// original (a name or a term that one language writes shorter weighs less), so a long
/// sentence cut by a third is as telling as a short one cut by half. In a real translation
/// (COM(2026) 45 and the Pact of 2024) the shortest translation of a source sentence of 150
/// characters or more keeps 76% of its length, of one of 250 or more 87%.
fn least_share(chars: usize) -> usize {
    500 + 150 * chars.saturating_sub(100).min(200) / 200
}

/// The most words before a bracket read as the name it glosses.
const MAX_NAME_WORDS: usize = 8;

/// Sentences of one side: (block index, text range) each.
type Parts = [(usize, Range<usize>)];

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let bead = ctx.bead;
    if !super::pairs_body_blocks(ctx) {
        return;
    }
    let pairs = sentence_pairs(&bead.sentences);
    // A target sentence left alone in the paragraph may hold the rest: the translation then
    // says the same in other sentences, which is no omission.
    let paired_lone = pairs.iter().filter(|(_, _, lone)| *lone).count();
    if bead.sentences.iter().filter(|sentences| sentences.src.is_empty()).count() > paired_lone {
        return;
    }
    let input = ctx.input;
    let text = |side: Side, (block, range): &(usize, Range<usize>)| -> &str {
        input.doc(side).blocks.get(*block).and_then(|b| b.text.get(range.clone())).unwrap_or("")
    };
    for (src, tgt, _) in pairs {
        let (Some(first_src), Some(first_tgt)) = (src.first(), tgt.first()) else {
            continue;
        };
        let bytes =
            |side: Side, parts: &Parts| -> usize { parts.iter().map(|p| text(side, p).trim().len()).sum() };
        // A first sieve in bytes, so that most pairs are settled without counting: a target of
        // 80% of the source's bytes or more is under 65% as long in characters only when its
        // letters take two bytes each or a link makes up its length (`url-missing`).
        let (src_bytes, tgt_bytes) = (bytes(Side::Source, src), bytes(Side::Target, tgt));
        if src_bytes < MIN_SOURCE_CHARS || tgt_bytes * 10 >= src_bytes * 8 {
            continue;
        }
        let chars =
            |side: Side, parts: &Parts| -> usize { parts.iter().map(|p| prose_chars(text(side, p))).sum() };
        let (src_chars, tgt_chars) = (chars(Side::Source, src), chars(Side::Target, tgt));
        if !too_short(src_chars, tgt_chars) {
            continue;
        }
        // A gloss in brackets after a name the target keeps as written is no part of what the
        // sentence says that a translation must give again.
        let tgt_texts: Vec<&str> = tgt.iter().map(|p| text(Side::Target, p)).collect();
        let in_target = |word: &str| {
            tgt_texts.iter().any(|t| t.split_whitespace().any(|w| w.trim_matches(is_edge) == word))
        };
        let glosses: usize = src
            .iter()
            .map(|p| {
                let values = input.src_values.get(p.0).map_or(&[][..], |v| &v[..]);
                name_gloss_chars(text(Side::Source, p), p.1.start, values, &in_target)
            })
            .sum();
        if glosses > 0 && !too_short(src_chars.saturating_sub(glosses), tgt_chars) {
            continue;
        }
        let shown = text(Side::Target, first_tgt).trim();
        let preview: String = shown.chars().take(80).collect();
        let ellipsis = if shown.chars().count() > 80 { "…" } else { "" };
        let message = format!(
            "sentence in target is much shorter than the source sentence ({tgt_chars} characters against {src_chars}): “{preview}{ellipsis}”"
        );
        let primary = input.location(Side::Target, first_tgt.0, span(tgt), "part missing?".to_string());
        let secondary =
            input.location(Side::Source, first_src.0, span(src), "the source sentence".to_string());
        out.push(finding(&RULE, message, primary, Some(secondary), Some(ctx.bead_idx), &[&letters(shown)]));
    }
}

/// Whether a translation of `tgt_chars` characters is too short for a source sentence of
/// `src_chars`.
fn too_short(src_chars: usize, tgt_chars: usize) -> bool {
    src_chars >= MIN_SOURCE_CHARS
        && tgt_chars * 1000 < src_chars * least_share(src_chars)
        && src_chars - tgt_chars >= MIN_SHORTFALL_CHARS
}

/// Whether a character is punctuation around a word rather than part of it.
fn is_edge(c: char) -> bool {
    !c.is_alphanumeric()
}

/// The characters, with the space and the brackets, of the glosses in a source sentence: a
/// bracketed part right after a name that the translation writes as the source does
/// (`Tillväxtverket (Swedish Agency for Economic and Regional Growth)`, a national body or a
/// title given in its own language, then in English), which a translation commonly leaves out.
/// A gloss begins with a capital and holds no digit, bracket, figure, date, reference or link
/// (`Frontex (Annex II)`, `Europol (which informs …)`, `Tillväxtverket (Box 4044)` count in
/// full); the words right before it, up to a comma, that `in_target` finds in the translation
/// must include one with a capital. `offset` is where the sentence starts in the text the `values` were read
/// from.
fn name_gloss_chars(
    sentence: &str,
    offset: usize,
    values: &[Value],
    in_target: &dyn Fn(&str) -> bool,
) -> usize {
    let mut total = 0;
    let mut from = 0;
    while let Some(open) = sentence.get(from..).and_then(|rest| rest.find('(')).map(|at| from + at) {
        from = open + 1;
        let Some(close) = sentence[from..].find(')').map(|at| from + at) else { break };
        let gloss = &sentence[from..close];
        let before = &sentence[..open];
        let plain = gloss.chars().next().is_some_and(char::is_uppercase)
            && !gloss.contains(|c: char| c.is_ascii_digit() || c == '(' || c == '[' || c == ']');
        let valued = values.iter().any(|v| {
            v.kind != ValueKind::Name && v.span.start < offset + close && v.span.end > offset + open
        });
        if !plain || valued || !before.ends_with(' ') {
            continue;
        }
        // The name ends right before the bracket, a closing quote at most between, and spans
        // no comma or other stop.
        let name_end = |c: char| c.is_alphanumeric() || matches!(c, '"' | '\'' | '”' | '’' | '»');
        let mut capital = false;
        for word in before.split_whitespace().rev().take(MAX_NAME_WORDS) {
            let bare = word.trim_matches(is_edge);
            if !word.ends_with(name_end) || bare.is_empty() || !in_target(bare) {
                break;
            }
            capital |= bare.chars().next().is_some_and(char::is_uppercase);
        }
        if capital {
            total += gloss.chars().count() + 3;
            from = close + 1;
        }
    }
    total
}

/// The sentences of a paragraph pair that translate each other: every sentence bead with both
/// sides, and a lone source sentence next to a lone target sentence, which the aligner left
/// apart because their lengths differ too much (marked `true`).
fn sentence_pairs(beads: &[SentenceBead]) -> Vec<(&Parts, &Parts, bool)> {
    let mut pairs = Vec::new();
    let mut k = 0;
    while let Some(bead) = beads.get(k) {
        match (bead.src.is_empty(), bead.tgt.is_empty(), beads.get(k + 1)) {
            (false, false, _) => pairs.push((&bead.src[..], &bead.tgt[..], false)),
            (true, false, Some(next)) if next.tgt.is_empty() && !next.src.is_empty() => {
                pairs.push((&next.src[..], &bead.tgt[..], true));
                k += 1;
            }
            (false, true, Some(next)) if next.src.is_empty() && !next.tgt.is_empty() => {
                pairs.push((&bead.src[..], &next.tgt[..], true));
                k += 1;
            }
            _ => {}
        }
        k += 1;
    }
    pairs
}

/// The characters of a sentence's words and the spaces between them, links left out: a link
/// one version leaves out is `url-missing`, and an address is no measure of what a sentence says.
fn prose_chars(text: &str) -> usize {
    let words = text
        .split_whitespace()
        .filter(|word| !(word.contains("://") || word.contains("www.") || word.contains("](")));
    words.map(|word| word.chars().count() + 1).sum::<usize>().saturating_sub(1)
}

/// The text range of sentences in the block of the first: from its start to the end of the
/// last one in that block.
fn span(parts: &Parts) -> Range<usize> {
    let Some((block, first)) = parts.first() else { return 0..0 };
    let end = parts.iter().filter(|(b, _)| b == block).map(|(_, range)| range.end).max();
    first.start..end.unwrap_or(first.end)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn bead(src: usize, tgt: usize) -> SentenceBead {
        SentenceBead { src: vec![(0, 0..1); src], tgt: vec![(0, 0..1); tgt], confidence: 1.0 }
    }

    #[test]
    fn lone_sentences_side_by_side_are_one_pair() {
        let shapes = |beads: &[SentenceBead]| -> Vec<(usize, usize, bool)> {
            sentence_pairs(beads).iter().map(|(s, t, lone)| (s.len(), t.len(), *lone)).collect()
        };
        assert_eq!(shapes(&[bead(1, 1), bead(0, 1), bead(1, 0)]), [(1, 1, false), (1, 1, true)]);
        assert_eq!(shapes(&[bead(1, 0), bead(0, 1), bead(2, 1)]), [(1, 1, true), (2, 1, false)]);
        // Two lone sentences of one side, or lone ones apart, are no pair.
        assert_eq!(shapes(&[bead(1, 0), bead(1, 0), bead(1, 1)]), [(1, 1, false)]);
        assert_eq!(shapes(&[bead(0, 1), bead(1, 1), bead(1, 0)]), [(1, 1, false)]);
    }

    #[test]
    fn longer_sentences_keep_more_of_their_length() {
        assert_eq!(least_share(60), 500);
        assert_eq!(least_share(100), 500);
        assert_eq!(least_share(200), 575);
        assert_eq!(least_share(300), 650);
        assert_eq!(least_share(2000), 650);
    }

    /// The gloss characters of `sentence` against the words of `target`, with the values the
    /// English reader finds in it.
    fn gloss(sentence: &str, target: &str) -> usize {
        let values = crate::values::extract(sentence, crate::text::Lang::En);
        let in_target = |word: &str| target.split_whitespace().any(|w| w.trim_matches(is_edge) == word);
        name_gloss_chars(sentence, 0, &values, &in_target)
    }

    #[test]
    fn an_english_gloss_after_a_name_kept_is_not_counted() {
        let target = "Tillväxtverket, Box 4044, 102 61 Stockholm";
        let glossed = "Tillväxtverket (Swedish Agency for Economic and Regional Growth), Box 4044";
        assert_eq!(gloss(glossed, target), "Swedish Agency for Economic and Regional Growth".len() + 3);
        // A name of several words, its last one in small letters.
        assert_eq!(
            gloss(
                "Ms Karin ÖSTBERG, Ledamot, Region Västerbotten (Member of the Regional Assembly).",
                "Karin ÖSTBERG, ledamot, Region Västerbotten."
            ),
            "Member of the Regional Assembly".len() + 3
        );
        // A title in quotes.
        assert_eq!(
            gloss("under „Ustawa o pomocy” (Act on Aid) of 2004", "enligt „Ustawa o pomocy” från 2004"),
            13
        );
        assert_eq!(
            gloss("under Decreto legislativo (Legislative Decree) of", "enligt Decreto legislativo"),
            21
        );
    }

    #[test]
    fn a_bracket_that_says_more_than_a_name_still_counts() {
        let target = "Tillväxtverket, Box 4044, 102 61 Stockholm";
        // Figures, references and clauses are content a translation must give.
        assert_eq!(gloss("Tillväxtverket (Box 4044, 102 61 Stockholm) in Sweden", target), 0);
        assert_eq!(gloss("Tillväxtverket (Annex II) in Sweden", target), 0);
        assert_eq!(gloss("Tillväxtverket (which shall inform the Commission) in Sweden", target), 0);
        // A name the translation does not keep as written is translated, not glossed.
        assert_eq!(gloss("the Swedish Agency (Tillväxtverket) in Sweden", "Tillväxtverket i Sverige"), 0);
        // A bracket glued to its word, or after a comma, follows no name; nor does a name span a
        // comma.
        assert_eq!(gloss("Ms Karin ÖSTBERG, ledamot (Member) of", "Karin ÖSTBERG, ledamot"), 0);
        assert_eq!(gloss("Tillväxtverket(Swedish Agency) in Sweden", target), 0);
        assert_eq!(gloss("Tillväxtverket, (Swedish Agency) in Sweden", target), 0);
        // The name must hold a capital.
        assert_eq!(
            gloss("a rule of tillväxtverket (Swedish Agency) in Sweden", "tillväxtverket i Sverige"),
            0
        );
    }

    #[test]
    fn links_are_not_counted() {
        assert_eq!(prose_chars("Se bilagan."), 11);
        assert_eq!(prose_chars("  Se   bilagan. "), 11);
        assert_eq!(prose_chars("COM(2025) 795 final; <https://eur-lex.europa.eu/x>."), 20);
        assert_eq!(prose_chars("See [the website](https://ec.europa.eu/x) now."), 13);
        assert_eq!(prose_chars("Åtgärder på www.example.eu i år."), 17);
    }
}
