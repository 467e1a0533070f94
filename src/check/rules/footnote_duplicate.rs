//! `footnote-duplicate`: two footnote definitions with the same label in one version.

use std::collections::BTreeMap;

use crate::check::context::{DocCtx, finding, letters};
use crate::check::{Category, Finding, Rule, Scope, Severity, Side};

use super::footnote_sequence::{all_refs, settle};
use super::footnote_undefined::definitions;

pub(crate) const RULE: Rule = Rule {
    name: "footnote-duplicate",
    category: Category::Footnotes,
    default_severity: Severity::Error,
    scope: Scope::Document,
    since: "0.1.0",
    summary: "two footnote definitions carry the same number",
    explanation: include_str!("explain/footnote-duplicate.md"),
};

pub(crate) fn check(ctx: &DocCtx, out: &mut Vec<Finding>) {
    let mut found = Vec::new();
    for side in [Side::Source, Side::Target] {
        let doc = ctx.input.doc(side);
        // A label is defined twice only within one notation: Markdown's notes (`[^1]:`) and
        // the notes a marker opens (`<sup>(1)</sup>`, a table's notes in an annex) are two
        // series, each numbered from 1.
        let mut first: BTreeMap<(bool, &str), usize> = BTreeMap::new();
        let refs = all_refs(ctx, side);
        // A document of several notices (an Official Journal extract) numbers each one's notes
        // from 1: a reference to note 1 and to the label between the two definitions starts a
        // new series, where the second definition belongs.
        let restarted = |earlier: usize, b: usize, label: &str| {
            let between =
                |wanted: &str| refs.iter().any(|r| r.label == wanted && earlier < r.block && r.block < b);
            between("1") && between(label)
        };
        for (b, side_name, label) in definitions(ctx, side) {
            let notation = doc.blocks[b].is_markdown_note(&doc.source);
            let Some(&earlier) = first.get(&(notation, label)) else {
                first.insert((notation, label), b);
                continue;
            };
            if restarted(earlier, b, label) {
                first.insert((notation, label), b);
                continue;
            }
            let message = format!(
                "footnote ({label}) in {side_name} is defined twice, on lines {} and {}",
                doc.blocks[earlier].line(),
                doc.blocks[b].line()
            );
            let context = letters(&doc.blocks[b].text);
            let location = ctx.input.block_location(side, b, format!("second ({label})"));
            let earlier_location = ctx.input.block_location(side, earlier, format!("first ({label})"));
            let f = finding(
                &RULE,
                message,
                location,
                Some(earlier_location),
                None,
                &[side_name, label, &context],
            );
            found.push((side, label, f));
        }
    }
    settle(found, out);
}

#[cfg(test)]
mod tests {
    use crate::check::context::tests::findings_of;

    #[test]
    fn notes_of_another_notation_are_another_series() {
        let none: Vec<String> = Vec::new();
        // An act's notes in Markdown's notation and a table's notes opened by a marker, each
        // numbered from 1, as EUR-Lex lays out an act with an annex.
        let text = "The Committee gave its opinion[^1].\n\n\
                    | Parameter | Reduction<sup>(1)</sup> |\n|---|---|\n| BOD | 70 |\n\n\
                    <sup>(1)</sup> Reduction in relation to the load.\n\n\
                    [^1]: OJ C 100, 16.3.2023, p. 155.\n";
        assert_eq!(findings_of("footnote-duplicate", text, text), none);
        // One label twice in one notation stays a fault.
        let twice = format!("{text}\n[^1]: OJ C 157, 3.5.2023, p. 70.\n");
        assert_eq!(
            findings_of("footnote-duplicate", text, &twice),
            ["footnote (1) in target is defined twice, on lines 9 and 11"]
        );
        let twice = text.replace("[^1]:", "---\n\n<sup>(1)</sup>");
        assert_eq!(findings_of("footnote-duplicate", text, &twice).len(), 1, "{twice}");
    }

    #[test]
    fn notices_that_each_number_their_notes_from_one() {
        let none: Vec<String> = Vec::new();
        let notice = |case: &str| {
            format!(
                "# Prior notification of a concentration\n\n{case}: Regulation (EC) No 139/2004<sup>(1)</sup> and \
                 the Notice<sup>(2)</sup>.\n\n<sup>(1)</sup> OJ L 24, 29.1.2004, p. 1.\n\n<sup>(2)</sup> OJ C 160, \
                 5.5.2023, p. 1.\n\n"
            )
        };
        let text = format!("{}{}", notice("M.11234"), notice("M.11251"));
        assert_eq!(findings_of("footnote-duplicate", &text, &text), none);
        // Without a new series of references, the second definitions are duplicates.
        let defs_at_end = "Text<sup>(1)</sup> and<sup>(2)</sup>.\n\n<sup>(1)</sup> A.\n\n<sup>(2)</sup> B.\n\n\
                           <sup>(2)</sup> C.\n";
        assert_eq!(findings_of("footnote-duplicate", defs_at_end, defs_at_end).len(), 2);
        // A later reference to the same note does not start a series.
        let again = "Text<sup>(1)</sup> and<sup>(2)</sup>.\n\n<sup>(1)</sup> A.\n\n<sup>(2)</sup> B.\n\n\
                     More<sup>(2)</sup>.\n\n<sup>(2)</sup> C.\n";
        assert_eq!(findings_of("footnote-duplicate", again, again).len(), 2);
    }
}
