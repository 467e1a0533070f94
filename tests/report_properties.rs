//! Renderers never panic, whatever the report holds: indexes, spans, lines and columns
//! out of range or off char boundaries, empty documents, hostile text.

use proptest::prelude::*;
use tvilling::document::Inline;
use tvilling::report::sample::sample_report;
use tvilling::report::{Format, RenderOptions, Report, render};
use tvilling::text::Span;

const FORMATS: [Format; 6] =
    [Format::Human, Format::Json, Format::Sarif, Format::Junit, Format::Html, Format::Tmx];

/// Bends the sample with numbers from the strategy: each number replaces one index or offset.
fn bend(report: &mut Report, numbers: &[usize], text: &str) {
    let mut n = numbers.iter().copied().cycle();
    let mut next = move || n.next().unwrap_or(0);
    for finding in &mut report.findings {
        for loc in std::iter::once(&mut finding.primary).chain(finding.secondary.as_mut()) {
            loc.line = next() as u32;
            loc.column = next() as u32;
            loc.end_column = next() as u32;
            loc.span = Span { start: next(), end: next() };
            loc.block = next();
            loc.label = text.to_string();
        }
        finding.bead = Some(next());
        finding.message = text.to_string();
    }
    for bead in &mut report.alignment.beads {
        bead.src.iter_mut().for_each(|b| *b = next() % 12);
        bead.tgt.iter_mut().for_each(|b| *b = next() % 12);
        bead.confidence = f32::from_bits(next() as u32);
        for sentence in &mut bead.sentences {
            for (b, r) in sentence.src.iter_mut().chain(sentence.tgt.iter_mut()) {
                *b = next() % 12;
                *r = next()..next();
            }
        }
    }
    for values in report.src_values.iter_mut().chain(report.tgt_values.iter_mut()) {
        for value in values {
            value.span = next()..next();
            value.display = text.to_string();
        }
    }
    for link in &mut report.value_links {
        link.src = (next() % 12, next() % 6);
        link.tgt = (next() % 12, next() % 6);
    }
    for doc in [&mut report.src, &mut report.tgt] {
        for block in &mut doc.blocks {
            for inline in &mut block.inlines {
                if let Inline::FootnoteRef { at, label, .. } = inline {
                    *at = next();
                    *label = text.to_string();
                }
            }
            block.text.push_str(text);
        }
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(64))]

    #[test]
    fn renderers_never_panic(numbers in prop::collection::vec(0usize..400, 1..40), text in "\\PC{0,12}|[<>&\"'\\x00-\\x1f]{0,6}") {
        let mut report = sample_report();
        bend(&mut report, &numbers, &text);
        for format in FORMATS {
            for color in [false, true] {
                let _ = render(&report, format, &RenderOptions { color, quiet: false });
            }
        }
    }
}

#[test]
fn empty_documents_render() {
    let mut report = sample_report();
    for doc in [&mut report.src, &mut report.tgt] {
        doc.source.clear();
        doc.blocks.clear();
        doc.line_index = Default::default();
    }
    report.src_values.clear();
    report.tgt_values.clear();
    for format in FORMATS {
        let out = render(&report, format, &RenderOptions::default());
        assert!(!out.is_empty(), "{format:?}");
    }
    report.alignment.beads.clear();
    report.findings.clear();
    let human = render(&report, Format::Human, &RenderOptions::default());
    assert!(human.starts_with("no findings"), "{human}");
}
