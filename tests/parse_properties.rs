//! Property tests: the readers never panic and every span they give is usable.

use proptest::prelude::*;
use tvilling::document::{Document, Format, Inline, parse};

/// Pieces that exercise the Markdown reader's special cases, mixed with multibyte text.
fn markdownish() -> impl Strategy<Value = String> {
    let piece = prop_oneof![
        Just("<sup>".to_string()),
        Just("</sup>".to_string()),
        Just("<sup>(1)</sup>".to_string()),
        Just("(12)".to_string()),
        Just("(".to_string()),
        Just(")".to_string()),
        Just("*".to_string()),
        Just("**".to_string()),
        Just("[".to_string()),
        Just("](".to_string()),
        Just("]".to_string()),
        Just("\\".to_string()),
        Just("#".to_string()),
        Just("## ".to_string()),
        Just("---".to_string()),
        Just("\n".to_string()),
        Just("\n\n".to_string()),
        Just("  \n".to_string()),
        Just("\r\n".to_string()),
        Just("- ".to_string()),
        Just("1. ".to_string()),
        Just("&amp;".to_string()),
        Just("&nbsp;".to_string()),
        Just("<https://a.eu/x>".to_string()),
        Just("\u{feff}".to_string()),
        Just("\u{a0}".to_string()),
        Just("é".to_string()),
        Just("漢字".to_string()),
        Just("🙂".to_string()),
        Just("word".to_string()),
        Just(" ".to_string()),
        "\\PC{0,6}",
    ];
    prop::collection::vec(piece, 0..40).prop_map(|pieces| pieces.concat())
}

/// Lines that exercise the PDF text reader: boundaries, page numbers, footnotes, headings.
fn pdf_lines() -> impl Strategy<Value = String> {
    let line = prop_oneof![
        Just(String::new()),
        Just(" ".to_string()),
        Just("6 ".to_string()),
        Just("1  A footnote text ".to_string()),
        Just("*  Starred note".to_string()),
        Just(" I. INTRODUCTION ".to_string()),
        Just("2. A numbered heading ".to_string()),
        Just("Short title".to_string()),
        Just("a wrapped line of running text that goes on and on to the margin of the page ".to_string()),
        Just("ends a paragraph.  ".to_string()),
        Just("a split com-".to_string()),
        Just("the eleven1 laws ".to_string()),
        Just("• bullet".to_string()),
        Just("é漢🙂\r".to_string()),
        "\\PC{0,12}",
    ];
    prop::collection::vec(line, 0..30).prop_map(|lines| lines.join("\n"))
}

fn check_spans(doc: &Document) {
    let source = &doc.source;
    for block in &doc.blocks {
        for c in &block.chunks {
            let text = block.text.get(c.text_start..c.text_start + c.len);
            let src = source.get(c.src_start..c.src_start + c.len);
            assert!(text.is_some() && text == src, "chunk {c:?} not verbatim");
        }
        for part in &block.parts {
            assert!(part.start <= part.end && source.get(part.range()).is_some(), "part {part:?}");
        }
        assert!(block.lines.windows(2).all(|w| w[0] < w[1]));
        for inline in &block.inlines {
            match inline {
                Inline::FootnoteRef { at, src, .. } => {
                    assert!(block.text.is_char_boundary(*at));
                    assert!(source.get(src.range()).is_some());
                }
                Inline::Link { text, src, .. } => {
                    assert!(block.text.get(text.clone()).is_some(), "link text {text:?}");
                    assert!(source.get(src.range()).is_some());
                }
                Inline::Emphasis { text, .. } | Inline::Code { text } => {
                    assert!(block.text.get(text.clone()).is_some())
                }
            }
        }
        let span = block.src_span(0..block.text.len());
        assert!(span.end <= source.len());
    }
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(500))]

    #[test]
    fn markdown_never_panics(source in markdownish()) {
        check_spans(&parse("p.md", source, Format::Markdown));
    }

    #[test]
    fn markdown_arbitrary_text(source in "\\PC*") {
        check_spans(&parse("p.md", source, Format::Markdown));
    }

    #[test]
    fn pdf_text_arbitrary_text(source in "\\PC*") {
        check_spans(&parse("p.txt", source, Format::PdfText));
    }

    #[test]
    fn pdf_text_lines(source in pdf_lines()) {
        check_spans(&parse("p.txt", source, Format::PdfText));
    }

    #[test]
    fn pdf_text_never_panics(source in markdownish()) {
        check_spans(&parse("p.txt", source, Format::PdfText));
    }
}
