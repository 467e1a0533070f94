//! The Markdown reader on the real document pair, COM(2026) 45 in English and Swedish.

use std::collections::BTreeMap;

use tvilling::document::{Block, BlockKind, Document, Inline, markdown};

fn fixture(lang: &str) -> String {
    let path = format!("{}/fixtures/com-2026-45/{lang}.md", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

fn parsed(lang: &str) -> Document {
    markdown::parse(&format!("{lang}.md"), fixture(lang))
}

fn defs(doc: &Document) -> Vec<&Block> {
    doc.blocks.iter().filter(|b| matches!(b.kind, BlockKind::FootnoteDef { .. })).collect()
}

fn label(block: &Block) -> &str {
    match &block.kind {
        BlockKind::FootnoteDef { label } => label,
        _ => "",
    }
}

/// The chunk invariant: every chunk is a verbatim copy of source bytes.
fn assert_chunks(doc: &Document) {
    for block in &doc.blocks {
        let mut previous_end = 0;
        for c in &block.chunks {
            assert!(c.text_start >= previous_end, "chunks overlap in line {}", block.line());
            previous_end = c.text_start + c.len;
            let text = block.text.get(c.text_start..c.text_start + c.len);
            let src = doc.source.get(c.src_start..c.src_start + c.len);
            assert!(text.is_some() && text == src, "chunk {c:?} of line {} is not verbatim", block.line());
        }
    }
}

#[test]
fn seventy_two_footnote_definitions_each() {
    let want: Vec<String> = (1..=73).filter(|n| *n != 55).map(|n| n.to_string()).collect();
    for lang in ["en", "sv"] {
        let doc = parsed(lang);
        let labels: Vec<&str> = defs(&doc).iter().map(|b| label(b)).collect();
        assert_eq!(labels, want, "{lang}");
        for def in defs(&doc) {
            assert!(
                !def.text.starts_with('(') && !def.text.starts_with('<'),
                "{lang} {}: {}",
                label(def),
                def.text
            );
            assert!(!def.text.is_empty());
        }
    }
}

#[test]
fn definition_text_has_marker_removed() {
    let doc = parsed("en");
    let d12 = defs(&doc).into_iter().find(|b| label(b) == "12").unwrap();
    assert!(d12.text.starts_with("Joint Communication"), "{}", d12.text);
    let d2 = defs(&doc).into_iter().find(|b| label(b) == "2").unwrap();
    assert!(d2.text.starts_with("Based on Eurostat data"), "{}", d2.text);
}

#[test]
fn footnote_continued_on_next_page_joins_its_definition() {
    let doc = parsed("en");
    let d36 = defs(&doc).into_iter().find(|b| label(b) == "36").unwrap();
    assert_eq!(d36.lines, vec![318, 330]);
    assert!(d36.text.contains("2024/1348 as regards the application"), "{}", d36.text);
}

fn joined(doc: &Document) -> Vec<Vec<u32>> {
    doc.blocks
        .iter()
        .filter(|b| b.parts.len() > 1 && b.kind == BlockKind::Paragraph)
        .map(|b| b.lines.clone())
        .collect()
}

#[test]
fn page_split_paragraphs_are_joined() {
    let en = parsed("en");
    let en_joined = joined(&en);
    for pair in [[112, 124], [132, 142], [182, 194], [306, 320], [550, 558]] {
        assert!(en_joined.contains(&pair.to_vec()), "en {pair:?} in {en_joined:?}");
    }
    let first = en.blocks.iter().find(|b| b.lines == [112, 124]).unwrap();
    assert!(first.text.contains("responsibility, with all actors along"), "{}", first.text);
    let sv = parsed("sv");
    let sv_joined = joined(&sv);
    for pair in [[76, 88], [98, 108], [156, 164], [302, 304], [342, 350], [464, 470]] {
        assert!(sv_joined.contains(&pair.to_vec()), "sv {pair:?} in {sv_joined:?}");
    }
    // The joined paragraph stays where its first part was: before the definitions.
    let i = en.blocks.iter().position(|b| b.lines == [112, 124]).unwrap();
    assert_eq!(en.blocks[i + 1].kind, BlockKind::PageBreak);
}

#[test]
fn headings_and_titles_are_not_joined() {
    for lang in ["en", "sv"] {
        let doc = parsed(lang);
        for block in &doc.blocks {
            if block.parts.len() > 1 {
                assert!(
                    matches!(block.kind, BlockKind::Paragraph | BlockKind::FootnoteDef { .. }),
                    "{lang} {block:?}"
                );
            }
        }
    }
}

#[test]
fn heading_numbers() {
    let numbers = |doc: &Document| -> Vec<(u32, Option<String>)> {
        doc.blocks
            .iter()
            .filter_map(|b| match &b.kind {
                BlockKind::Heading { number, .. } => Some((b.line(), number.clone())),
                _ => None,
            })
            .collect()
    };
    let en = numbers(&parsed("en"));
    let sv = numbers(&parsed("sv"));
    let want = ["1", "2", "3", "4", "5", "6", "7", "8"];
    let en_numbered: Vec<&str> = en.iter().filter_map(|(_, n)| n.as_deref()).collect();
    let sv_numbered: Vec<&str> = sv.iter().filter_map(|(_, n)| n.as_deref()).collect();
    assert_eq!(en_numbered, want);
    assert_eq!(sv_numbered, want);
    assert!(en.contains(&(224, Some("3".to_string()))));
    assert!(en.contains(&(276, Some("4".to_string()))));
    assert!(en.contains(&(242, None)), "`A more effective…` has no number");
    assert!(sv.contains(&(528, Some("7".to_string()))));
}

fn ref_labels(doc: &Document) -> BTreeMap<String, usize> {
    let mut labels = BTreeMap::new();
    for block in doc.blocks.iter().filter(|b| !matches!(b.kind, BlockKind::FootnoteDef { .. })) {
        for (label, at) in block.footnote_refs() {
            assert!(block.text.is_char_boundary(at));
            *labels.entry(label.to_string()).or_insert(0) += 1;
        }
    }
    labels
}

#[test]
fn every_footnote_reference_is_collected() {
    for lang in ["en", "sv"] {
        let doc = parsed(lang);
        let source = &doc.source;
        // Every `<sup>(N)</sup>` of the source is either a definition marker or a reference.
        let n_sup = source.matches("<sup>(").count();
        let n_refs: usize = ref_labels(&doc).values().sum();
        let n_sup_defs = source.lines().filter(|l| l.starts_with("<sup>(")).count();
        assert_eq!(n_refs, n_sup - n_sup_defs, "{lang}");
        for block in &doc.blocks {
            assert!(!block.text.contains("<sup>") && !block.text.contains("</sup>"), "{lang} {}", block.text);
            for inline in &block.inlines {
                if let Inline::FootnoteRef { src, .. } = inline {
                    assert!(source[src.range()].starts_with("<sup>"), "{lang}");
                }
            }
        }
    }
}

#[test]
fn references_and_definitions_correspond() {
    for lang in ["en", "sv"] {
        let doc = parsed(lang);
        let refs = ref_labels(&doc);
        let defined: Vec<&str> = defs(&doc).iter().map(|b| label(b)).collect();
        let missing: Vec<&str> = refs.keys().map(String::as_str).filter(|l| !defined.contains(l)).collect();
        // The conversion of the original lost definition 55 in both versions.
        let want: &[&str] = if refs.contains_key("55") { &["55"] } else { &[] };
        assert_eq!(missing, want, "{lang}: references without definition");
    }
}

#[test]
fn chunk_invariant_on_both_fixtures() {
    for lang in ["en", "sv"] {
        assert_chunks(&parsed(lang));
    }
}

#[test]
fn links_keep_urls() {
    let doc = parsed("en");
    let urls: Vec<&str> = doc
        .blocks
        .iter()
        .flat_map(|b| b.inlines.iter())
        .filter_map(|i| match i {
            Inline::Link { url, .. } => Some(url.as_str()),
            _ => None,
        })
        .collect();
    assert!(urls.contains(&"https://www.europol.europa.eu/crime-areas/migrant-smuggling"));
    assert!(urls.contains(&"#"));
    assert!(urls.iter().all(|u| !u.contains('\\')), "{urls:?}");
}

#[test]
fn bom_and_crlf_give_the_same_blocks() {
    for lang in ["en", "sv"] {
        let original = parsed(lang);
        let text = fixture(lang);
        for variant in [
            format!("\u{feff}{text}"),
            text.replace('\n', "\r\n"),
            format!("\u{feff}{}", text.replace('\n', "\r\n")),
        ] {
            let doc = markdown::parse("variant.md", variant);
            assert_eq!(doc.blocks.len(), original.blocks.len(), "{lang}");
            for (a, b) in doc.blocks.iter().zip(&original.blocks) {
                assert_eq!(a.kind, b.kind);
                assert_eq!(a.text, b.text);
                assert_eq!(a.lines, b.lines);
            }
            assert_chunks(&doc);
        }
    }
}

/// Prints the block census (run with `--nocapture`) and checks the two versions agree on it.
#[test]
fn census_agrees_between_versions() {
    let census = |doc: &Document| {
        let mut kinds: BTreeMap<&str, usize> = BTreeMap::new();
        for block in &doc.blocks {
            let kind = match block.kind {
                BlockKind::Heading { .. } => "heading",
                BlockKind::Paragraph => "paragraph",
                BlockKind::ListItem => "list-item",
                BlockKind::FootnoteDef { .. } => "footnote-def",
                BlockKind::PageBreak => "page-break",
            };
            *kinds.entry(kind).or_insert(0) += 1;
        }
        let n_refs: usize = ref_labels(doc).values().sum();
        (kinds, n_refs, joined(doc))
    };
    let (en_kinds, en_refs, en_joined) = census(&parsed("en"));
    let (sv_kinds, sv_refs, sv_joined) = census(&parsed("sv"));
    println!("en {en_kinds:?} refs {en_refs} joined {en_joined:?}");
    println!("sv {sv_kinds:?} refs {sv_refs} joined {sv_joined:?}");
    assert_eq!(en_kinds["footnote-def"], sv_kinds["footnote-def"]);
    assert!(en_refs.abs_diff(sv_refs) <= 2, "{en_refs} {sv_refs}");
    assert!(en_joined.len() >= 10 && sv_joined.len() >= 10);
}

#[test]
fn json_has_kinds_labels_and_lines() {
    let doc = parsed("en");
    let json = tvilling::document::to_json(&doc);
    let blocks = json["blocks"].as_array().unwrap();
    assert_eq!(blocks.len(), doc.blocks.len());
    let def = blocks.iter().find(|b| b["kind"]["type"] == "footnote-def").unwrap();
    assert_eq!(def["kind"]["label"], "1");
    assert!(def["lines"].as_array().is_some_and(|l| !l.is_empty()));
    let joined = blocks.iter().find(|b| b["lines"] == serde_json::json!([264, 272])).unwrap();
    assert_eq!(joined["kind"]["type"], "paragraph");
    assert!(
        joined["inlines"]
            .as_array()
            .unwrap()
            .iter()
            .any(|i| i["type"] == "footnote-ref" && i["label"] == "29")
    );
    assert_eq!(json["name"], "en.md");
}
