//! The PDF text reader on a real extraction (the 2024 Pact communication).

use tvilling::document::{Block, BlockKind, Document, pdf_text};

fn parsed() -> Document {
    let path = format!("{}/fixtures/context/pact-communication-pdf-text.en.txt", env!("CARGO_MANIFEST_DIR"));
    pdf_text::parse("pact.txt", std::fs::read_to_string(path).unwrap())
}

fn find<'a>(doc: &'a Document, start: &str) -> &'a Block {
    doc.blocks
        .iter()
        .find(|b| b.text.starts_with(start))
        .unwrap_or_else(|| panic!("no block starts with {start:?}"))
}

#[test]
fn first_introduction_paragraph_is_whole() {
    let doc = parsed();
    assert_eq!(doc.blocks[0].kind, BlockKind::Heading { level: 1, number: Some("I".into()) });
    assert_eq!(doc.blocks[0].text, "I. INTRODUCTION");
    let first = &doc.blocks[1];
    assert_eq!(first.kind, BlockKind::Paragraph);
    assert!(first.text.starts_with("Migration is a European challenge"));
    assert!(
        first.text.ends_with("working in a concerted manner with our partners around the globe."),
        "{}",
        first.text
    );
    assert!(first.text.contains("This is a lesson Europe learnt the hard way."));
    assert_eq!(first.lines, vec![3, 5, 7, 9, 11, 13, 15]);
}

#[test]
fn headings_are_recognised() {
    let doc = parsed();
    let headings: Vec<(&str, u8, Option<&str>)> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::Heading { level, number } => Some((b.text.as_str(), *level, number.as_deref())),
            _ => None,
        })
        .collect();
    assert!(headings.contains(&("II. A NEW LEGAL FRAMEWORK", 1, Some("II"))), "{headings:#?}");
    assert!(headings.contains(&("1. The changes the Pact will bring", 2, Some("1"))));
    assert!(headings.contains(&("More secure external borders", 3, None)));
}

/// A subheading nearly as wide as the page is still a heading when the next line's first word
/// would have fitted after it; a wrapped line that ends inside a name is not.
#[test]
fn long_subheadings_are_headings_and_wrapped_names_are_not() {
    let doc = parsed();
    let heading = find(&doc, "Fast and efficient procedures for asylum and return");
    assert_eq!(heading.kind, BlockKind::Heading { level: 3, number: None });
    assert_eq!(
        heading.text,
        "Fast and efficient procedures for asylum and return with stronger individual safeguards"
    );
    assert_eq!(find(&doc, "The new rules will put in place more effective").kind, BlockKind::Paragraph);
    let heading = find(&doc, "Migration within broader relations");
    assert_eq!(heading.kind, BlockKind::Heading { level: 3, number: None });
    let wrapped = find(&doc, "The EUAA’s Asylum Support teams");
    assert_eq!(wrapped.kind, BlockKind::Paragraph);
    assert!(wrapped.text.contains("to the National Asylum and Reception Authorities"), "{}", wrapped.text);
}

#[test]
fn paragraph_continues_across_footnotes_and_page_number() {
    let doc = parsed();
    let block = find(&doc, "But creating a comprehensive and efficient situational awareness");
    assert!(
        block.text.contains("17 active Frontex working arrangements and 5 status agreements."),
        "{}",
        block.text
    );
    assert_eq!(block.parts.len(), 2);
    assert!(doc.blocks.iter().all(|b| b.text != "6" && b.text != "16"), "page numbers dropped");
}

#[test]
fn footnotes_are_definitions() {
    let doc = parsed();
    let labels: Vec<&str> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::FootnoteDef { label } => Some(label.as_str()),
            _ => None,
        })
        .collect();
    assert_eq!(labels, ["1", "2", "3", "4", "5", "6", "7", "8", "*", "9", "10"]);
    let note2 = find(&doc, "Summarised in EU stepping up");
    assert!(note2.text.ends_with("fs_23_6082"), "{}", note2.text);
    // The page's body resumes after the footnote, in the paragraph it interrupted.
    assert!(
        doc.blocks
            .iter()
            .any(|b| b.text.contains("countries of origin and transit along main migratory routes"))
    );
}

#[test]
fn glued_references_are_taken_and_real_hyphens_kept() {
    let doc = parsed();
    let block = find(&doc, "The historic political agreement");
    assert!(block.text.contains("The eleven interlocking laws"), "{}", block.text);
    assert_eq!(block.footnote_refs().map(|(l, _)| l).collect::<Vec<_>>(), ["1"]);
    let text: String = doc.blocks.iter().map(|b| b.text.as_str()).collect::<Vec<_>>().join("\n");
    assert!(text.contains("family-related criteria"));
    assert!(text.contains("EUR 5.3 billion"));
    for block in &doc.blocks {
        for c in &block.chunks {
            assert_eq!(
                block.text.get(c.text_start..c.text_start + c.len),
                doc.source.get(c.src_start..c.src_start + c.len)
            );
        }
    }
}

/// A short line that ends with a word no heading ends with was wrapped before a name; a short
/// line that ends with a noun, between closed paragraphs, is a heading.
#[test]
fn a_short_line_ending_in_a_function_word_is_no_heading() {
    let text = "1. INTRODUCTION\n\nA short paragraph ends here.\nThe Commission works with the\nEuropean Union Agency for Asylum and with the Member States on every part of the new system of the Pact.\n\nA short paragraph ends here.\nCooperation with partners\nThe Union will deepen its partnerships with countries of origin and transit across all policy areas.\n";
    let doc = pdf_text::parse("short.txt", text.to_string());
    let wrapped = find(&doc, "The Commission works with the European Union Agency");
    assert_eq!(wrapped.kind, BlockKind::Paragraph);
    assert_eq!(wrapped.lines, vec![4, 5]);
    assert!(matches!(find(&doc, "Cooperation with partners").kind, BlockKind::Heading { level: 3, .. }));
    let swedish = "Ett kort stycke slutar här.\nKommissionen samarbetar nära med\nEuropeiska unionens asylbyrå och med medlemsstaterna i alla delar av det nya systemet enligt pakten.\n";
    let doc = pdf_text::parse("kort.txt", swedish.to_string());
    assert_eq!(find(&doc, "Kommissionen samarbetar nära med Europeiska").kind, BlockKind::Paragraph);
}

/// A short line that ends in a number after a lower-case word is a sentence wrapped inside a
/// date (`since 15` | `March 2019.`), not a heading; a label and its number still make one.
#[test]
fn a_short_line_ending_in_a_running_number_is_no_heading() {
    let text = "1. INTRODUCTION\n\nA short paragraph ends here.\nHe has been the head of the colony since 15\nMarch 2019. Prisoners there are held in isolation for many months.\n\nA short paragraph ends here.\nTable 3\nThe figures of the table are those of the national authorities for the whole year.\n";
    let doc = pdf_text::parse("running.txt", text.to_string());
    let wrapped = find(&doc, "He has been the head of the colony since 15 March 2019.");
    assert_eq!(wrapped.kind, BlockKind::Paragraph);
    assert!(matches!(find(&doc, "Table 3").kind, BlockKind::Heading { level: 3, .. }));
}

/// A paragraph whose last line is full and ends a sentence carries no mark of its end: a short
/// title after it is still a heading (`Frontex`, `Working together on the ground` in the real
/// extraction). A short last line with a footnote number glued to its final mark is the end of
/// the paragraph, not a heading.
#[test]
fn a_heading_after_a_full_last_line_is_a_heading() {
    let doc = parsed();
    for title in
        ["Targeted support to Member States under pressure", "Working together on the ground", "Frontex"]
    {
        let block =
            doc.blocks.iter().find(|b| b.text == title).unwrap_or_else(|| panic!("no block {title:?}"));
        assert_eq!(block.kind, BlockKind::Heading { level: 3, number: None }, "{title}");
    }
    assert!(find(&doc, "With its strengthened mandate, Frontex has increased").text.starts_with("With its"));

    let text = "The Commission has worked with the Member States on every part of the new system of the Pact.\nThis is a milestone.1\nThe Union will deepen its partnerships with countries of origin and transit.\n";
    let doc = pdf_text::parse("milestone.txt", text.to_string());
    let paragraph = find(&doc, "The Commission has worked");
    assert_eq!(paragraph.kind, BlockKind::Paragraph);
    assert!(paragraph.text.contains("the Pact. This is a milestone."), "{}", paragraph.text);
    assert!(doc.blocks.iter().all(|b| !matches!(b.kind, BlockKind::Heading { .. })));
}

/// The layout `pdftotext` gives the Commission's documents: no boundary lines, a footer
/// `EN 2 EN` and a form feed at each page's end, footnotes written `N text` with one space,
/// footnote calls glued before a comma or to an act's number, table cells one per line.
#[test]
fn pages_as_pdftotext_writes_them() {
    let text = "1. INTRODUCTION\n\nThe Directive1 applies in 25 Member States, as the first report2, the EMN (EMN)3, and\nRegulation (EC) No 862/20074 show. It was adopted on 26 February 2014 and its application is\n\n1 OJ L 94, 28.3.2014, p. 375.\n2 COM(2020) 725 final, adopted on\n9 November 2020.\n3 EMN ad hoc query 2025.41.\n4 OJ L 199, 31.7.2007, p. 23.\nEN 1 EN\n\u{c}reviewed every five years.\n17 Member States report every year and the others every two years, as the Directive requires.\nThe figures were:\n142 615\n158 920\n";
    let doc = pdf_text::parse("report.txt", text.to_string());
    let paragraph = find(&doc, "The Directive applies");
    assert_eq!(paragraph.footnote_refs().map(|(l, _)| l).collect::<Vec<_>>(), ["1", "2", "3", "4"]);
    assert!(paragraph.text.contains("862/2007 show"), "{}", paragraph.text);
    // The paragraph goes on after the page's footnotes, footer and form feed.
    assert!(paragraph.text.ends_with("its application is reviewed every five years."), "{}", paragraph.text);
    let notes: Vec<(&str, &str)> = doc
        .blocks
        .iter()
        .filter_map(|b| match &b.kind {
            BlockKind::FootnoteDef { label } => Some((label.as_str(), b.text.as_str())),
            _ => None,
        })
        .collect();
    assert_eq!(
        notes,
        [
            ("1", "OJ L 94, 28.3.2014, p. 375."),
            ("2", "COM(2020) 725 final, adopted on 9 November 2020."),
            ("3", "EMN ad hoc query 2025.41."),
            ("4", "OJ L 199, 31.7.2007, p. 23."),
        ]
    );
    assert!(doc.blocks.iter().all(|b| !b.text.contains("EN 1 EN")));
    // A body line that starts with a figure is no footnote, and table cells stay apart.
    assert_eq!(find(&doc, "17 Member States").kind, BlockKind::Paragraph);
    assert!(doc.blocks.iter().any(|b| b.text.contains("142 615\n158 920")));
}

/// A page number alone on its line before a form feed, or right after one, is dropped: the
/// paragraph it interrupts goes on, and a figure at a line's end stays the paragraph's.
#[test]
fn page_numbers_next_to_form_feeds_are_dropped() {
    let text = "The average duration was 17.3 months. In 2023 it was 18.1\n\n2\n\u{c}months. The method is explained in paragraph 4.2.\n\nThe next paragraph has 12 lines.\n\u{c}3\nIt ends here.\n";
    let doc = pdf_text::parse("pages.txt", text.to_string());
    let paragraph = find(&doc, "The average duration");
    assert!(paragraph.text.contains("it was 18.1 months."), "{}", paragraph.text);
    assert!(doc.blocks.iter().all(|b| b.text.trim() != "2" && !b.text.starts_with("3 It")));
    assert!(find(&doc, "The next paragraph").text.contains("has 12 lines."));
}

/// A body line that starts with a figure is no footnote because a year above ends in that
/// figure (`2023`): only a call glued to a word, a mark or an act's number (`862/20073`) is.
#[test]
fn a_year_ending_in_the_next_label_calls_no_footnote() {
    let text = "Lagen ändrades 2023 genom en ny förordning.1 Den trädde i kraft samma år och gäller\nfortfarande.\n\n3 kap. 2 § fick då en ny lydelse.\n\nFöljande handlingar ska bifogas ansökan:\n\n– en affärsplan,\n\n– årsredovisningarna för 2023 och 2024.\n\n1 SFS 2023:123.\n";
    let doc = pdf_text::parse("lag.txt", text.to_string());
    assert_eq!(find(&doc, "3 kap. 2 §").kind, BlockKind::Paragraph);
    assert_eq!(find(&doc, "– en affärsplan").kind, BlockKind::ListItem);
    assert!(
        doc.blocks.iter().any(|b| matches!(&b.kind, BlockKind::FootnoteDef { label } if label == "1")),
        "{:?}",
        doc.blocks.iter().map(|b| (&b.kind, &b.text)).collect::<Vec<_>>()
    );
}

/// A footnote call glued after the full stop that ends a sentence on a year is taken when it
/// continues the sequence (`i december 2024.2 Beslutet`); a decimal figure is no call.
#[test]
fn a_call_after_a_year_and_its_full_stop() {
    let text = "Lagen ändrades genom en ny förordning.1 Den trädde i kraft samma år och gäller\nfortfarande.\n\nRiksdagen godkände budgeten i december 2024.2 Beslutet fattades med bred majoritet.\nIndex 2024.5 gäller.\n\n1 SFS 2023:123.\n2 Prop. 2024/25:1.\n";
    let doc = pdf_text::parse("budget.txt", text.to_string());
    let paragraph = find(&doc, "Riksdagen godkände");
    assert_eq!(paragraph.footnote_refs().map(|(l, _)| l).collect::<Vec<_>>(), ["2"]);
    assert!(paragraph.text.contains("december 2024. Beslutet"), "{}", paragraph.text);
    assert!(paragraph.text.contains("Index 2024.5 gäller."), "{}", paragraph.text);
}
