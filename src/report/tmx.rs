//! TMX 1.4b: the aligned sentences as a translation memory for CAT tools.
//!
//! One `<tu>` per sentence bead with text on both sides, in reading order. A side with
//! several sentences is joined with one space. Block text is already plain (markup and
//! footnote references removed), so segments hold text only; it is XML-escaped, with
//! characters illegal in XML 1.0 dropped. `tuid` is `BEAD.SENTENCE` (0-based indexes into
//! the alignment), so a unit can be traced back to the JSON and HTML reports.

use std::fmt::Write as _;
use std::ops::Range;

use super::Report;
use super::escape;
use crate::document::Document;

/// The text of a run of sentences: each `(block, range)` of block text, trimmed, joined
/// with a space. Ranges that are out of bounds or not on char boundaries are skipped.
pub(super) fn sentence_text(doc: &Document, sentences: &[(usize, Range<usize>)]) -> String {
    let mut out = String::new();
    for (block, range) in sentences {
        let Some(text) = doc.blocks.get(*block).and_then(|b| b.text.get(range.clone())) else {
            continue;
        };
        let text = crate::segment::trim(text);
        if text.is_empty() {
            continue;
        }
        if !out.is_empty() {
            out.push(' ');
        }
        out.push_str(text);
    }
    out
}

fn lang(doc: &Document, fallback: &'static str) -> &'static str {
    doc.lang.map_or(fallback, |l| l.code())
}

/// Renders the TMX document with a final newline.
pub(super) fn render(report: &Report) -> String {
    // Without a known language the sides still need distinct codes; `und` is "undetermined".
    let src_lang = lang(&report.src, "und");
    let tgt_lang = lang(&report.tgt, "und");
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    out.push_str("<!DOCTYPE tmx SYSTEM \"tmx14.dtd\">\n<tmx version=\"1.4\">\n");
    let _ = writeln!(
        out,
        "  <header creationtool=\"{}\" creationtoolversion=\"{}\" datatype=\"plaintext\" segtype=\"sentence\" adminlang=\"en\" srclang=\"{src_lang}\" o-tmf=\"tvilling\"/>",
        escape::attr(report.tool.name),
        escape::attr(report.tool.version),
    );
    out.push_str("  <body>\n");
    for (bead_idx, bead) in report.alignment.beads.iter().enumerate() {
        for (sentence_idx, sentence) in bead.sentences.iter().enumerate() {
            let src = sentence_text(&report.src, &sentence.src);
            let tgt = sentence_text(&report.tgt, &sentence.tgt);
            let (src, tgt) = (escape::text(&src), escape::text(&tgt));
            // Escaping drops illegal characters, which can leave nothing.
            if src.trim().is_empty() || tgt.trim().is_empty() {
                continue;
            }
            let _ = writeln!(out, "    <tu tuid=\"{bead_idx}.{sentence_idx}\">");
            let _ = writeln!(out, "      <tuv xml:lang=\"{src_lang}\"><seg>{src}</seg></tuv>");
            let _ = writeln!(out, "      <tuv xml:lang=\"{tgt_lang}\"><seg>{tgt}</seg></tuv>");
            out.push_str("    </tu>\n");
        }
    }
    out.push_str("  </body>\n</tmx>\n");
    out
}
