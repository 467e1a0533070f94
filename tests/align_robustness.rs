//! Bad input and unrelated pairs: a valid, low-confidence alignment and a negative verdict.

mod align_support;

use align_support::{EN, SV, assert_well_formed, pair};
use proptest::prelude::*;

const PRESS_RELEASE: &str = include_str!("../fixtures/context/press-release-2026-01-29.en.md");
const SLIDES: &str = include_str!("../fixtures/context/jha-counsellors-slides-2026-01-12.en.md");

fn assert_refused(src: &str, tgt: &str) -> String {
    let (s, t, a) = pair(src, tgt);
    assert_well_formed(&s, &t, &a);
    assert!(!a.verdict.is_translation, "{:?}", a.verdict);
    assert!(!a.verdict.reason.is_empty());
    assert!(a.beads.iter().all(|b| b.confidence <= 0.3));
    a.verdict.reason
}

#[test]
fn press_release_is_not_a_translation_of_the_communication() {
    assert_refused(EN, PRESS_RELEASE);
    assert_refused(PRESS_RELEASE, SV);
}

#[test]
fn slides_are_not_a_translation_of_the_communication() {
    assert_refused(EN, SLIDES);
}

#[test]
fn empty_document() {
    let reason = assert_refused(EN, "");
    assert!(reason.contains("no text blocks"), "{reason}");
    assert_refused("", SV);
    assert_refused("", "");
}

#[test]
fn document_without_paragraphs() {
    assert_refused(EN, "---\n\n---\n");
}

#[test]
fn extremely_unequal_lengths() {
    assert_refused("Delivering on migration is a priority.\n", SV);
    let long = "A sentence about borders and Frontex in 2026. ".repeat(20_000);
    assert_refused("## 1. Short\n\nOne line.\n", &long);
}

#[test]
fn english_against_itself_aligns_one_to_one() {
    let (s, t, a) = pair(EN, EN);
    assert_well_formed(&s, &t, &a);
    assert!(a.beads.iter().all(|b| b.src == b.tgt), "identical texts must align block by block");
}

/// A small random document: headings, paragraphs with numbers and footnote references, footnote blocks.
fn document() -> impl Strategy<Value = String> {
    let word = prop::sample::select(vec![
        "migration",
        "Frontex",
        "Europol",
        "return",
        "2026",
        "45%",
        "Tunisia",
        "border",
        "the",
        "ö",
        "§",
    ]);
    let paragraph = prop::collection::vec(word, 0..12).prop_map(|w| w.join(" "));
    let block = prop_oneof![
        3 => paragraph.clone(),
        1 => (1u8..6).prop_map(|n| format!("## {n}. HEADING")),
        1 => (1u8..9, paragraph.clone()).prop_map(|(n, p)| format!("{p} <sup>({n})</sup>.")),
        1 => (1u8..9, paragraph).prop_map(|(n, p)| format!("---\n\n<sup>({n})</sup> {p}")),
        1 => Just("---".to_string()),
    ];
    prop::collection::vec(block, 0..14).prop_map(|b| b.join("\n\n"))
}

proptest! {
    #![proptest_config(ProptestConfig::with_cases(96))]

    #[test]
    fn never_panics_and_covers_every_block_once(src in document(), tgt in document()) {
        let (s, t, a) = pair(&src, &tgt);
        assert_well_formed(&s, &t, &a);
        prop_assert!((0.0..=1.0).contains(&a.verdict.score));
    }

    #[test]
    fn a_document_aligns_with_itself(src in document()) {
        let (s, t, a) = pair(&src, &src);
        assert_well_formed(&s, &t, &a);
        for bead in &a.beads {
            prop_assert_eq!(&bead.src, &bead.tgt);
        }
    }
}

#[test]
fn one_huge_paragraph_per_side() {
    // Thousands of sentences in one block: sentence features and the programme stay near-linear.
    let src = "Frontex reported 1 200 arrivals in 2025. ".repeat(6_000);
    let tgt = "Frontex rapporterade 1 200 ankomster under 2025. ".repeat(6_000);
    let start = std::time::Instant::now();
    let (s, t, a) = pair(&src, &tgt);
    assert_well_formed(&s, &t, &a);
    assert_eq!(a.beads.len(), 1);
    assert!(a.beads[0].sentences.len() > 1000, "{}", a.beads[0].sentences.len());
    assert!(start.elapsed().as_secs() < 60);
}
