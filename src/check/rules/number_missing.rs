//! `number-missing`: a number on one side of an aligned pair with no counterpart on the other.

use crate::check::context::{PairCtx, finding};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};
use crate::document::BlockKind;
use crate::values::ValueKind;

pub(crate) const RULE: Rule = Rule {
    name: "number-missing",
    category: Category::Numbers,
    default_severity: Severity::Warning,
    scope: Scope::Pair,
    since: "0.1.0",
    summary: "a number in one version has no equivalent in the aligned passage of the other",
    explanation: include_str!("explain/number-missing.md"),
};

pub(crate) fn check(ctx: &PairCtx, out: &mut Vec<Finding>) {
    super::value_common::missing(ctx, ValueKind::Number, "number", &RULE, out);
    paragraph_numbers(ctx, out);
}

/// How a paragraph or a list item starts.
#[derive(Debug, PartialEq, Eq)]
enum Lead<'a> {
    /// A number that labels it: `1.`, `1)`, `(1)`, with the number.
    Number(&'a str),
    /// Its words, with no label before them.
    Words,
    /// Anything else: a letter or a dash that labels it, a figure, a table row.
    Other,
}

/// How `text`, a block's text, starts ([`Lead`]).
fn lead(text: &str) -> Lead<'_> {
    let text = text.trim_start();
    let bracketed = text.strip_prefix('(');
    let rest = bracketed.unwrap_or(text);
    let digits = rest.bytes().take_while(u8::is_ascii_digit).count();
    if (1..=3).contains(&digits) && !rest.starts_with('0') {
        let after = &rest[digits..];
        let closed =
            if bracketed.is_some() { after.strip_prefix(')') } else { after.strip_prefix(['.', ')']) };
        return match closed {
            Some(tail) if tail.starts_with([' ', '\u{a0}']) => Lead::Number(&rest[..digits]),
            _ => Lead::Other,
        };
    }
    // A sentence's first word, a capital and a small letter (`Medlemsstaterna`); not a
    // letter that labels (`a)`, `(b)`, `A.`) nor a code. What a label left out may leave
    // before it (`. I artikel 9`, `() Enligt`) is no label.
    let text = text.strip_prefix("()").or_else(|| text.strip_prefix('.')).unwrap_or(text).trim_start();
    // The first word: letters from a capital, with a small one or a letter alone (`I`, `A`).
    let word = text.split([' ', '\u{a0}']).next().unwrap_or("");
    let letters = word.chars().all(char::is_alphabetic);
    let capital = word.starts_with(char::is_uppercase);
    let small = word.chars().any(char::is_lowercase);
    if letters && capital && (small || word.chars().count() == 1) && word.len() < text.len() {
        Lead::Words
    } else {
        Lead::Other
    }
}

/// Flags a paragraph or list item numbered in one version (`1.`, `(12)`) whose one
/// counterpart, a paragraph or list item aligned with it alone, starts with its words and no
/// label at all: the number of a paragraph of an act or a point of a list left out. A number
/// changed is `number-mismatch`; a label of another kind (`a)`, a dash) is no finding.
fn paragraph_numbers(ctx: &PairCtx, out: &mut Vec<Finding>) {
    let (&[src], &[tgt]) = (ctx.bead.src.as_slice(), ctx.bead.tgt.as_slice()) else { return };
    let block = |side: Side, b: usize| {
        let block = &ctx.input.doc(side).blocks[b];
        matches!(block.kind, BlockKind::Paragraph | BlockKind::ListItem).then_some(block.text.as_str())
    };
    let (Some(src_text), Some(tgt_text)) = (block(Side::Source, src), block(Side::Target, tgt)) else {
        return;
    };
    let (side, number, other, own) = match (lead(src_text), lead(tgt_text)) {
        (Lead::Number(number), Lead::Words) => (Side::Source, number, tgt, src),
        (Lead::Words, Lead::Number(number)) => (Side::Target, number, src, tgt),
        _ => return,
    };
    let (place, other_place) = match side {
        Side::Source => ("source", "target"),
        Side::Target => ("target", "source"),
    };
    let message = format!("paragraph number `{number}` in {place} has no counterpart in {other_place}");
    let primary = ctx.input.block_location(side.other(), other, "no number".to_string());
    let secondary = ctx.input.block_location(side, own, number.to_string());
    out.push(finding(
        &RULE,
        message,
        primary,
        Some(secondary),
        Some(ctx.bead_idx),
        &["paragraph", number, place],
    ));
}

#[cfg(test)]
mod tests {
    use super::{Lead, lead};
    use crate::check::context::tests::findings_of;

    #[test]
    fn how_a_block_starts() {
        assert_eq!(lead("1. Medlemsstaterna ska"), Lead::Number("1"));
        assert_eq!(lead("(12) The Commission"), Lead::Number("12"));
        assert_eq!(lead("3) Kommissionen"), Lead::Number("3"));
        assert_eq!(lead("Medlemsstaterna ska"), Lead::Words);
        assert_eq!(lead("a) Medlemsstaterna"), Lead::Other);
        assert_eq!(lead("1 000 personer"), Lead::Other);
        assert_eq!(lead("3.5 million people"), Lead::Other);
        assert_eq!(lead("2024 was a record year"), Lead::Other);
        assert_eq!(lead("| 1 | 2 |"), Lead::Other);
        assert_eq!(lead("EU:s budget"), Lead::Other);
        assert_eq!(lead(". I artikel 9 ska"), Lead::Words);
        assert_eq!(lead("I Europaparlamentets direktiv"), Lead::Words);
        assert_eq!(lead("IV RESULTAT"), Lead::Other);
        assert_eq!(lead("A. Inledning"), Lead::Other);
        assert_eq!(lead("() Enligt artikel 5"), Lead::Words);
    }

    #[test]
    fn a_paragraph_number_left_out() {
        let none: Vec<String> = Vec::new();
        let en = "1. Member States shall ensure that the levels are met by 2027.\n\n2. The Commission shall report on the levels by 2028.\n";
        let sv = "1. Medlemsstaterna ska säkerställa att nivåerna uppnås senast 2027.\n\n2. Kommissionen ska rapportera om nivåerna senast 2028.\n";
        assert_eq!(findings_of("number-missing", en, sv), none);
        let dropped = sv.replacen("1. ", "", 1);
        assert_eq!(
            findings_of("number-missing", en, &dropped),
            ["paragraph number `1` in source has no counterpart in target"]
        );
        let bracketed = en.replace("1. ", "(1) ").replace("2. ", "(2) ");
        assert_eq!(findings_of("number-missing", &bracketed, &dropped).len(), 1);
        // A label of another kind is no finding.
        assert_eq!(findings_of("number-missing", en, &sv.replacen("1. ", "a) ", 1)), none);
    }
}
