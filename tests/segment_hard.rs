//! The hard sentence boundaries of `fixtures/segment/hard` to `fixtures/segment/hard20` (each
//! set written independently of the others): the sentences of every block, as `tvilling
//! segment` prints them, must be exactly the expected ones.

use tvilling::document::{self, Format};
use tvilling::segment;
use tvilling::text::Lang;

/// Compares the split of `fixtures/segment/{folder}/{lang}.md` with `{lang}.expected` there.
fn check(folder: &str, lang: Lang) {
    let wrong = differences(folder, lang, Format::Markdown);
    assert!(wrong.is_empty(), "{folder}: {} {lang} lines differ:\n{}", wrong.len(), wrong.join("\n"));
}

/// The lines in which the split of `fixtures/segment/{folder}/{lang}.{md,txt}` differs from
/// `{lang}.expected` there, each marked `-` (expected only) or `+` (the tool's only).
fn differences(folder: &str, lang: Lang, format: Format) -> Vec<String> {
    let dir = format!("{}/fixtures/segment/{folder}", env!("CARGO_MANIFEST_DIR"));
    let read = |name: String| std::fs::read_to_string(format!("{dir}/{name}")).expect("fixture");
    let extension = if format == Format::PdfText { "txt" } else { "md" };
    let source = read(format!("{}.{extension}", lang.code()));
    let expected = read(format!("{}.expected", lang.code()));
    let doc = document::parse("hard", source, format);
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
    similar::TextDiff::from_slices(&want, &got)
        .iter_all_changes()
        .filter(|change| change.tag() != similar::ChangeTag::Equal)
        .map(|change| format!("{}{}", change.tag(), change.value()))
        .collect()
}

/// Compares the split of the PDF text `fixtures/segment/{folder}/{lang}.txt` with
/// `{lang}.expected`, as [`check_known`] does.
fn check_pdf_text(folder: &str, lang: Lang) {
    check_known(folder, lang, Format::PdfText);
}

/// Compares the split of `fixtures/segment/{folder}/{lang}.{md,txt}` with `{lang}.expected`:
/// the lines that differ must be exactly those `{lang}.known` lists (the known errors, described
/// in the set's README), so that a new error fails and a mended one is taken off the list.
fn check_known(folder: &str, lang: Lang, format: Format) {
    let path = format!("{}/fixtures/segment/{folder}/{}.known", env!("CARGO_MANIFEST_DIR"), lang.code());
    let wrong = differences(folder, lang, format);
    if std::env::var_os("UPDATE_KNOWN").is_some() {
        // After a splitter's change has been checked: `UPDATE_KNOWN=1 cargo test --test
        // segment_hard`.
        std::fs::write(&path, wrong.join("\n") + "\n").expect("writable fixture");
    }
    let known = std::fs::read_to_string(&path).expect("fixture");
    let known: Vec<&str> = known.lines().filter(|line| !line.is_empty()).collect();
    assert_eq!(wrong, known, "{folder}: the {lang} lines that differ are not the known ones");
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

#[test]
fn english_hard_cases_of_pdf_text() {
    check_pdf_text("hard13", Lang::En);
}

#[test]
fn swedish_hard_cases_of_pdf_text() {
    check_pdf_text("hard13", Lang::Sv);
}

#[test]
fn english_hard_cases_of_markdown_markup() {
    check("hard14", Lang::En);
}

#[test]
fn swedish_hard_cases_of_markdown_markup() {
    check("hard14", Lang::Sv);
}

#[test]
fn english_hard_cases_of_footnotes_and_citations() {
    check("hard15", Lang::En);
}

#[test]
fn swedish_hard_cases_of_footnotes_and_citations() {
    check("hard15", Lang::Sv);
}

#[test]
fn english_hard_cases_read_against_the_rules() {
    check_known("hard16", Lang::En, Format::Markdown);
}

#[test]
fn swedish_hard_cases_read_against_the_rules() {
    check_known("hard16", Lang::Sv, Format::Markdown);
}

#[test]
fn english_hard_cases_read_against_the_rules_second_reading() {
    check_known("hard17", Lang::En, Format::Markdown);
}

#[test]
fn swedish_hard_cases_read_against_the_rules_second_reading() {
    check_known("hard17", Lang::Sv, Format::Markdown);
}

#[test]
fn english_hard_cases_read_against_the_rules_third_reading() {
    check_known("hard18", Lang::En, Format::Markdown);
}

#[test]
fn swedish_hard_cases_read_against_the_rules_third_reading() {
    check_known("hard18", Lang::Sv, Format::Markdown);
}

#[test]
fn english_hard_cases_read_against_the_rules_fourth_reading() {
    check_known("hard19", Lang::En, Format::Markdown);
}

#[test]
fn swedish_hard_cases_read_against_the_rules_fourth_reading() {
    check_known("hard19", Lang::Sv, Format::Markdown);
}

#[test]
fn english_hard_cases_read_against_the_rules_fifth_reading() {
    check_known("hard20", Lang::En, Format::Markdown);
}

#[test]
fn swedish_hard_cases_read_against_the_rules_fifth_reading() {
    check_known("hard20", Lang::Sv, Format::Markdown);
}
