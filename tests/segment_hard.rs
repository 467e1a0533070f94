//! The hard sentence boundaries of `fixtures/segment/hard` to `fixtures/segment/hard12` (each
//! set written independently of the others): the sentences of every block, as `tvilling
//! segment` prints them, must be exactly the expected ones.

use tvilling::document::{self, Format};
use tvilling::segment;
use tvilling::text::Lang;

/// Compares the split of `fixtures/segment/{folder}/{lang}.md` with `{lang}.expected` there.
fn check(folder: &str, lang: Lang) {
    let dir = format!("{}/fixtures/segment/{folder}", env!("CARGO_MANIFEST_DIR"));
    let read = |name: String| std::fs::read_to_string(format!("{dir}/{name}")).expect("fixture");
    let source = read(format!("{}.md", lang.code()));
    let expected = read(format!("{}.expected", lang.code()));
    let doc = document::parse("hard.md", source, Format::Markdown);
    let got: Vec<&str> = doc
        .blocks
        .iter()
        .flat_map(|block| {
            segment::block_sentences(block, lang)
                .into_iter()
                .filter_map(|range| block.text.get(range).map(segment::trim))
                .filter(|sentence| !sentence.is_empty())
        })
        .collect();
    let want: Vec<&str> = expected.lines().filter(|line| !line.is_empty()).collect();
    let wrong: Vec<String> = similar::TextDiff::from_slices(&want, &got)
        .iter_all_changes()
        .filter(|change| change.tag() != similar::ChangeTag::Equal)
        .map(|change| format!("{}{}", change.tag(), change.value()))
        .collect();
    assert!(
        wrong.is_empty(),
        "{folder}: {} of {} {lang} sentences differ:\n{}",
        wrong.len(),
        want.len(),
        wrong.join("\n")
    );
}

#[test]
fn english_hard_cases() {
    check("hard", Lang::En);
}

#[test]
fn swedish_hard_cases() {
    check("hard", Lang::Sv);
}

#[test]
fn english_hard_cases_second_set() {
    check("hard2", Lang::En);
}

#[test]
fn swedish_hard_cases_second_set() {
    check("hard2", Lang::Sv);
}

#[test]
fn english_hard_cases_third_set() {
    check("hard3", Lang::En);
}

#[test]
fn swedish_hard_cases_third_set() {
    check("hard3", Lang::Sv);
}

#[test]
fn english_hard_cases_fourth_set() {
    check("hard4", Lang::En);
}

#[test]
fn swedish_hard_cases_fourth_set() {
    check("hard4", Lang::Sv);
}

#[test]
fn english_hard_cases_fifth_set() {
    check("hard5", Lang::En);
}

#[test]
fn swedish_hard_cases_fifth_set() {
    check("hard5", Lang::Sv);
}

#[test]
fn english_hard_cases_sixth_set() {
    check("hard6", Lang::En);
}

#[test]
fn swedish_hard_cases_sixth_set() {
    check("hard6", Lang::Sv);
}

#[test]
fn english_hard_cases_seventh_set() {
    check("hard7", Lang::En);
}

#[test]
fn swedish_hard_cases_seventh_set() {
    check("hard7", Lang::Sv);
}

#[test]
fn english_hard_cases_eighth_set() {
    check("hard8", Lang::En);
}

#[test]
fn swedish_hard_cases_eighth_set() {
    check("hard8", Lang::Sv);
}

#[test]
fn english_hard_cases_ninth_set() {
    check("hard9", Lang::En);
}

#[test]
fn swedish_hard_cases_ninth_set() {
    check("hard9", Lang::Sv);
}

#[test]
fn english_hard_cases_tenth_set() {
    check("hard10", Lang::En);
}

#[test]
fn swedish_hard_cases_tenth_set() {
    check("hard10", Lang::Sv);
}

#[test]
fn english_hard_cases_eleventh_set() {
    check("hard11", Lang::En);
}

#[test]
fn swedish_hard_cases_eleventh_set() {
    check("hard11", Lang::Sv);
}

#[test]
fn english_hard_cases_twelfth_set() {
    check("hard12", Lang::En);
}

#[test]
fn swedish_hard_cases_twelfth_set() {
    check("hard12", Lang::Sv);
}
