//! Table-driven cases from `fixtures/segment/{en,sv}.toml`, whole-document checks on the
//! COM(2026) 45 pair, and properties.

use std::path::Path;

use proptest::prelude::*;
use serde::Deserialize;

use super::{sentence_texts, sentences};
use crate::text::Lang;

#[derive(Debug, Deserialize)]
struct CaseFile {
    case: Vec<Case>,
}

#[derive(Debug, Deserialize)]
struct Case {
    name: String,
    text: String,
    sentences: Vec<String>,
}

fn fixture(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

/// Runs every case of a TOML file and reports all failing cases by name.
fn check_cases(path: &str, lang: Lang) -> usize {
    let cases: CaseFile = toml::from_str(&fixture(path)).unwrap();
    let mut failures = Vec::new();
    for case in &cases.case {
        assert_covers(&case.text, lang);
        let got = sentence_texts(&case.text, lang);
        if got != case.sentences {
            failures.push(format!("{}:\n  expected {:?}\n  got      {:?}", case.name, case.sentences, got));
        }
    }
    assert!(
        failures.is_empty(),
        "{} of {} cases in {path} fail:\n{}",
        failures.len(),
        cases.case.len(),
        failures.join("\n")
    );
    cases.case.len()
}

fn assert_covers(text: &str, lang: Lang) {
    let ranges = sentences(text, lang);
    let mut end = 0;
    for range in &ranges {
        assert_eq!(range.start, end, "gap or overlap in {text:?}: {ranges:?}");
        assert!(range.start < range.end, "empty sentence in {text:?}: {ranges:?}");
        assert!(text.is_char_boundary(range.start) && text.is_char_boundary(range.end));
        end = range.end;
    }
    assert_eq!(end, text.len(), "ranges do not reach the end of {text:?}: {ranges:?}");
}

#[test]
fn en_cases() {
    assert!(check_cases("fixtures/segment/en.toml", Lang::En) >= 45);
}

#[test]
fn sv_cases() {
    assert!(check_cases("fixtures/segment/sv.toml", Lang::Sv) >= 45);
}

#[test]
fn empty_and_blank_text() {
    assert!(sentences("", Lang::En).is_empty());
    assert_eq!(sentences("   ", Lang::Sv), vec![0..3]);
    assert_eq!(sentences(".", Lang::En), vec![0..1]);
    assert_eq!(sentences("One. ", Lang::En), vec![0..5]);
}

#[test]
fn sentence_keeps_following_white_space() {
    let text = "First one.  Second one. ";
    assert_eq!(sentences(text, Lang::En), vec![0..12, 12..24]);
}

/// Plain text of one fixture line, roughly as the parser produces it: footnote markers
/// (with the space before them), emphasis markers and heading marks removed.
fn plain(line: &str) -> String {
    let mut text = line.trim_start_matches('#').trim_start().replace("**", "");
    while let Some(open) = text.find("<sup>") {
        let Some(length) = text[open..].find("</sup>") else { break };
        let start = text[..open].trim_end_matches(' ').len();
        text.replace_range(start..open + length + "</sup>".len(), "");
    }
    text
}

/// Words after which a sentence must never be split, in either fixture.
const NEVER_SPLIT_AFTER: &[&str] =
    &["t.ex.", "bl.a.", "nr", "art.", "e.g.", "i.e.", "No", "No.", "p.", "pp.", "s.", "Art."];

fn document_sentences(path: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    for line in fixture(path).lines() {
        let text = plain(line);
        assert_covers(&text, lang);
        out.extend(sentence_texts(&text, lang).into_iter().map(str::to_owned));
    }
    out
}

fn assert_no_bad_split(sentences: &[String]) {
    for sentence in sentences {
        let last = sentence.split_whitespace().next_back().unwrap_or_default();
        let last = last.trim_start_matches(|c: char| !c.is_alphanumeric());
        assert!(!NEVER_SPLIT_AFTER.contains(&last), "split after `{last}`: {sentence:?}");
    }
    for pair in sentences.windows(2) {
        let (left, right) = (&pair[0], &pair[1]);
        let joined_date = left.ends_with(|c: char| c.is_ascii_digit())
            && !left.ends_with(['.', '?', '!'])
            && right.starts_with(|c: char| c.is_ascii_digit());
        assert!(!joined_date, "number split: {left:?} | {right:?}");
    }
}

#[test]
fn fixture_pair_sentences() {
    let en = document_sentences("fixtures/com-2026-45/en.md", Lang::En);
    let sv = document_sentences("fixtures/com-2026-45/sv.md", Lang::Sv);
    assert_no_bad_split(&en);
    assert_no_bad_split(&sv);
    for sentence in en.iter().chain(&sv) {
        // Dotted dates and numbers stay whole.
        for word in sentence.split_whitespace() {
            let digits = word.trim_end_matches(['.', ',', ';', ')']);
            if digits.contains('.') && digits.chars().all(|c| c.is_ascii_digit() || c == '.') {
                assert!(
                    !digits.starts_with('.') && !digits.ends_with('.'),
                    "dotted number cut: {word:?} in {sentence:?}"
                );
            }
        }
    }
    // The translation has the same sentence structure up to a few merges and splits.
    let (n_en, n_sv) = (en.len(), sv.len());
    println!("sentences: en {n_en}, sv {n_sv}");
    let difference = n_en.abs_diff(n_sv);
    assert!(difference * 20 <= n_en, "en {n_en} vs sv {n_sv} sentences");
}

proptest! {
    #[test]
    fn ranges_cover_any_text(text in any::<String>()) {
        for lang in [Lang::En, Lang::Sv] {
            assert_covers(&text, lang);
        }
    }

    #[test]
    fn ranges_cover_sentence_like_text(text in "[A-Za-zåäö0-9 .?!…\"'()\\[\\]”’»«\n\t:;,-]{0,80}") {
        for lang in [Lang::En, Lang::Sv] {
            assert_covers(&text, lang);
        }
    }
}

#[test]
fn table_cells_end_their_sentences() {
    let row = "Text proposed by the Commission. It applies. | Amendment. It applies in full. | 12 | – | ";
    assert_eq!(
        sentence_texts(row, Lang::En),
        ["Text proposed by the Commission.", "It applies.", "Amendment.", "It applies in full.", "12 | –"]
    );
    let ranges = sentences(row, Lang::En);
    assert_eq!(ranges.first().map(|r| r.start), Some(0));
    assert_eq!(ranges.last().map(|r| r.end), Some(row.len()));
    assert!(ranges.windows(2).all(|w| w[0].end == w[1].start));
    // A bar in running text with no spaces around it cuts nothing.
    assert_eq!(sentence_texts("Either A|B holds. Then C.", Lang::En), ["Either A|B holds.", "Then C."]);
}

/// Asserts that `text` splits into `expected`.
fn assert_split(text: &str, lang: Lang, expected: &[&str]) {
    assert_covers(text, lang);
    assert_eq!(sentence_texts(text, lang), expected, "{text:?}");
}

#[test]
fn abbreviated_month_and_observation_label() {
    // `apr.` as the other months Språkrådet abbreviates: a year goes on, a capital starts.
    assert_split(
        "Sista ansökningsdag: den 1 apr. 2025. Tillträde enligt överenskommelse.",
        Lang::Sv,
        &["Sista ansökningsdag: den 1 apr. 2025.", "Tillträde enligt överenskommelse."],
    );
    assert_split(
        "Den gäller från den 1 apr. Den upphör i juni.",
        Lang::Sv,
        &["Den gäller från den 1 apr.", "Den upphör i juni."],
    );
    // `Obs.` labels the sentence it opens, as `N.B.` does.
    assert_split(
        "Obs. Ansökningstiden kan inte förlängas. Sena ansökningar beaktas inte.",
        Lang::Sv,
        &["Obs. Ansökningstiden kan inte förlängas.", "Sena ansökningar beaktas inte."],
    );
    assert_split(
        "Mötet hålls den 14 okt. (obs. en tisdag). Alla är välkomna.",
        Lang::Sv,
        &["Mötet hålls den 14 okt. (obs. en tisdag).", "Alla är välkomna."],
    );
}

#[test]
fn a_word_before_a_name_ends_a_sentence_before_other_capitals() {
    assert_split(
        "Du ska ha en juristexamen eller jur.kand. Erfarenhet av EU-rätt är meriterande.",
        Lang::Sv,
        &["Du ska ha en juristexamen eller jur.kand.", "Erfarenhet av EU-rätt är meriterande."],
    );
    assert_split(
        "Texten citeras här i min övers. Originalet är skrivet på tyska.",
        Lang::Sv,
        &["Texten citeras här i min övers.", "Originalet är skrivet på tyska."],
    );
    // Before a name, an initial or a bracket, it goes on.
    for text in [
        "Yttrandet skrevs av jur.kand. Erik Holm vid institutet.",
        "Boken finns i svensk övers. K. Ek (2019).",
        "Citatet är i övers. Anna Berg, som också skrev förordet.",
        "Utredningen leddes av prof. em. L. Svensson vid Lunds universitet.",
    ] {
        assert_split(text, Lang::Sv, &[text]);
    }
}

#[test]
fn a_letter_after_a_title_or_a_label() {
    // Swedish writes a title in lower case before the name it heads.
    for text in [
        "Talet hölls av statsminister U. Kristersson i Almedalen.",
        "Beslutet fattades av finansministern E. Svantesson efter samråd.",
        "Avtalet undertecknades av generaldirektören A. Lind i Bryssel.",
    ] {
        assert_split(text, Lang::Sv, &[text]);
    }
    // A letter after a label, whole or abbreviated, labels a part; the sentence may end there.
    assert_split(
        "Tjänsten är placerad på avd. B. Du rapporterar till avdelningschefen.",
        Lang::Sv,
        &["Tjänsten är placerad på avd. B.", "Du rapporterar till avdelningschefen."],
    );
    assert_split("Se bil. A. Där finns tabellerna.", Lang::Sv, &["Se bil. A.", "Där finns tabellerna."]);
    assert_split(
        "The values are shown in Fig. B. Figures for 2025 follow.",
        Lang::En,
        &["The values are shown in Fig. B.", "Figures for 2025 follow."],
    );
    // Unchanged: a letter after a plain lower-case word ends the sentence; after a title's
    // abbreviation it is an initial.
    assert_split(
        "Beslutet gäller enligt led B. Kommissionen anser annat.",
        Lang::Sv,
        &["Beslutet gäller enligt led B.", "Kommissionen anser annat."],
    );
    assert_split(
        "Fallet gäller hepatit E. Smittan sprids via livsmedel.",
        Lang::Sv,
        &["Fallet gäller hepatit E.", "Smittan sprids via livsmedel."],
    );
    let text = "It was signed by Dr. J. Smith on Monday.";
    assert_split(text, Lang::En, &[text]);
}

#[test]
fn a_lower_case_prefix_opens_a_sentence() {
    assert_split(
        "eSam är ett samarbete mellan myndigheter. e-legitimation används i alla deras tjänster.",
        Lang::Sv,
        &["eSam är ett samarbete mellan myndigheter.", "e-legitimation används i alla deras tjänster."],
    );
    assert_split(
        "Forms are filed online. e-mail is not accepted.",
        Lang::En,
        &["Forms are filed online.", "e-mail is not accepted."],
    );
    // A plain lower-case word, a range of letters or of Roman numerals goes on.
    for text in [
        "The 2024 figures are final. data for 2025 follow.",
        "It is listed in the Decision. a-c apply.",
        "It is set out in the act. i-iii are repealed.",
    ] {
        assert_split(text, Lang::En, &[text]);
    }
}

#[test]
fn replies_labels_and_initialisms() {
    // A reply after the label of an answer that follows a question.
    assert_split(
        "Q. Must the declaration be renewed every year? A. No. It remains valid until it changes.",
        Lang::En,
        &["Q. Must the declaration be renewed every year?", "A. No.", "It remains valid until it changes."],
    );
    assert_split(
        "Is it renewed? Answer: No. It remains valid.",
        Lang::En,
        &["Is it renewed?", "Answer: No.", "It remains valid."],
    );
    // `No.` before its number goes on, and so does a capital letter that labels no answer.
    assert_split(
        "Is it renewed? A. No. 5 of the list applies.",
        Lang::En,
        &["Is it renewed?", "A. No. 5 of the list applies."],
    );
    let text = "Which form applies? Form No. Cion doc. is the one.";
    assert_split(text, Lang::En, &["Which form applies?", "Form No. Cion doc. is the one."]);
    // An initialism opening its sentence labels it, as `N.B.` does.
    for text in ["P.S. The signed original will follow by post.", "N.B. The deadline cannot be extended."] {
        assert_split(text, Lang::En, &[text]);
    }
    // After a dotted initialism, a plural subject opens a sentence; a name's head goes on.
    assert_split(
        "The largest export market remained the U.S. Imports from China fell by 3.1 %.",
        Lang::En,
        &["The largest export market remained the U.S.", "Imports from China fell by 3.1 %."],
    );
    for text in [
        "The U.K. Government submitted written observations.",
        "It was provided by the U.S. Department of Agriculture.",
        "He works for the U.S. Customs and Border Protection.",
        "It was collected in the U.S. Member States of the programme.",
    ] {
        assert_split(text, Lang::En, &[text]);
    }
}

#[test]
fn units_of_two_parts() {
    assert_split(
        "The target for 2030 is 4 000 cu. m. Savings will come from rainwater.",
        Lang::En,
        &["The target for 2030 is 4 000 cu. m.", "Savings will come from rainwater."],
    );
    assert_split(
        "It used 4 500 cu. m. in 2024 and 300 sq.m. Most was offices.",
        Lang::En,
        &["It used 4 500 cu. m. in 2024 and 300 sq.m.", "Most was offices."],
    );
    // Copper at a sentence's end, and a spaced abbreviation with a first part of two letters.
    assert_split(
        "It contains Zn and Cu. The rest is iron.",
        Lang::En,
        &["It contains Zn and Cu.", "The rest is iron."],
    );
    let text = "Det gäller bl. a. Kommissionen och rådet.";
    assert_split(text, Lang::Sv, &[text]);
}

#[test]
fn abbreviated_titles_of_references() {
    for text in [
        "Meyer, P. et al. (2019), Food Chem. Toxicol., 45, pp. 112–119.",
        "Smith, J. (2020), J. Am. Chem. Soc., 12, 3–4.",
        "See Lee (2018), Environ. Sci. Technol., 52, 10–19.",
    ] {
        assert_split(text, Lang::En, &[text]);
    }
    // A citation word of the table opens its own sentence; a plain word after a comma too.
    assert_split(
        "See Case C-1/20. Ibid., paragraph 5.",
        Lang::En,
        &["See Case C-1/20.", "Ibid., paragraph 5."],
    );
    assert_split(
        "It was adopted in Brussels. Thereafter, it applied.",
        Lang::En,
        &["It was adopted in Brussels.", "Thereafter, it applied."],
    );
    // An abbreviated word before a full stop and a comma, but no title goes on before it.
    assert_split(
        "It was adopted in Brussels. Then it applied.",
        Lang::En,
        &["It was adopted in Brussels.", "Then it applied."],
    );
}

#[test]
fn an_abbreviation_alone_in_brackets() {
    for (text, lang) in [
        ("Ortega, M. (ed.), Risk Assessment in Practice, 2nd edn., Springer, Berlin, 2019.", Lang::En),
        ("Lind, K. (red.), Miljörätt i praktiken, 3 uppl., Stockholm, 2021.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A sentence of its own in brackets still ends there.
    assert_split(
        "It ended. (Approved.) Then it applied.",
        Lang::En,
        &["It ended.", "(Approved.)", "Then it applied."],
    );
}

#[test]
fn numbers_after_abbreviations_of_citations() {
    for (text, lang) in [
        ("Contact the press office, tel. +352 4301 33408.", Lang::En),
        ("The effect is given in Eq. 3; for NO2 it is smaller.", Lang::En),
        ("See Bekendtgørelse nr. 1142 af 21. oktober 2024, § 7, stk. 3.", Lang::En),
        ("It was published in Dz.U. 2026 poz. 57 and in Stb. 2000, No 495.", Lang::En),
        ("Legal Notice L.N. 2 of 2024 applies to it.", Lang::En),
        ("Den beräknas enligt ekv. 3 i bilagan.", Lang::Sv),
        ("Se Finance (No. 2) Act 2023, del 4A.", Lang::Sv),
        ("Adress: 800 North Lindbergh Boulevard, St. Louis, MO 63167, Förenta staterna.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // An item's number after initials opens the next sentence; a count after `st.` too.
    assert_split(
        "It was adopted in the U.S. 2. The next item follows.",
        Lang::En,
        &["It was adopted in the U.S.", "2. The next item follows."],
    );
    assert_split(
        "Vi köpte 40 st. Nästa år köper vi fler.",
        Lang::Sv,
        &["Vi köpte 40 st.", "Nästa år köper vi fler."],
    );
}

#[test]
fn brackets_that_close_a_sentence() {
    // A bracket at the end of the text, and one closed by a quotation mark, go on.
    for text in [
        "PRIIP manufacturer: Nordlys Asset Management S.A. (LEI 529900NRD4K7Q2TB6H05)",
        "(6) ‘1 p.e. (population equivalent)’ means the organic biodegradable load.",
    ] {
        assert_split(text, Lang::En, &[text]);
    }
    // A sentence in brackets still ends before a capital.
    assert_split(
        "It applies to all of them. (See Annex II.) The rest follows.",
        Lang::En,
        &["It applies to all of them.", "(See Annex II.)", "The rest follows."],
    );
}

#[test]
fn brackets_with_stops_inside() {
    for text in [
        "It carries N.O.S. (Class 2, label 2.1, tunnel restriction code (B/D)) in cylinders.",
        "The value for Legionella spp. (i.e. 100 cfu/100 ml for Class A) and of 100 % of it.",
    ] {
        assert_split(text, Lang::En, &[text]);
    }
}

#[test]
fn numbers_of_citations_after_a_stop() {
    for (text, lang) in [
        ("It was established by Resolution Conf. 12.8 (Rev. CoP18).", Lang::En),
        ("Published in Eur J Cancer. 2009;45(2):228–247.", Lang::En),
        ("Council Decision of … 2026 on the conclusion of the Agreement.", Lang::En),
        ("Anm. 1: 3A001.b.2 omfattar inte utrustning för satellitsändningar.", Lang::Sv),
        ("Rådets beslut av den … 2026 om ingående av avtalet.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // An ellipsis after a figure ends a sentence before a year that opens the next one.
    assert_split(
        "It rose in 2019 and 2020 … 2021 was better.",
        Lang::En,
        &["It rose in 2019 and 2020 …", "2021 was better."],
    );
}

#[test]
fn inserted_paragraphs_open_their_sentence() {
    for (text, lang) in [
        ("‘2a. At least 30 % of the contributions shall be used for reception.’.", Lang::En),
        ("”2a. Minst 30 % av bidragen ska användas för mottagande.”", Lang::Sv),
        ("3aa. The Member State shall notify it.", Lang::En),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A figure with a unit glued is no paragraph's number.
    assert_split("It weighs 5kg. Then it fell.", Lang::En, &["It weighs 5kg.", "Then it fell."]);
}

#[test]
fn national_citations_with_a_capital_before_a_number() {
    for (text, lang) in [
        ("It transposes it in Article L. 3231-5 of the Code du travail.", Lang::En),
        ("See articles R. 4127-1 and L. 225-102-1 of the codes.", Lang::En),
        ("It was published in BGBl. I S. 4350 on 12 December 2023.", Lang::En),
        ("Lagen offentliggjordes i BGBl. 2021 I S. 12 och trädde i kraft.", Lang::Sv),
        ("Den införlivades genom artikel L. 3231-5 i Code du travail.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A capital that ends a sentence before a period of years, or a page of no gazette, still
    // ends it.
    assert_split(
        "It is listed in Part B. 2021-2027 was the period.",
        Lang::En,
        &["It is listed in Part B.", "2021-2027 was the period."],
    );
    assert_split(
        "The plan names Mr S. 4 of them agreed.",
        Lang::En,
        &["The plan names Mr S.", "4 of them agreed."],
    );
}

#[test]
fn statute_and_gazette_abbreviations() {
    for (text, lang) in [
        ("The court relies on § 5 Abs. 1 Nr. 2 AufenthG.", Lang::En),
        ("It was published in B.O.E. núm. 123 of 21 May 2024.", Lang::En),
        ("It was published in Dz. U. 2024 poz. 57 last year.", Lang::En),
        ("Den polska lagen (Dz. U. 2024 poz. 57) trädde i kraft.", Lang::Sv),
        ("The workshop of Jan van Eyck (fl. 1422–1441) made it.", Lang::En),
        ("The principles in Articles 101 et seq. TFEU apply.", Lang::En),
        ("Det finns i riksdagens protokoll 2024/25:88, anf. 3 och 4.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // `et seq.` before any other capital still ends its sentence.
    assert_split(
        "It is set out in Articles 5 et seq. The rest follows.",
        Lang::En,
        &["It is set out in Articles 5 et seq.", "The rest follows."],
    );
}

#[test]
fn names_after_abbreviations() {
    for (text, lang) in [
        ("Thank you for your letter on behalf of Smith Bros. Ltd. concerning duties.", Lang::En),
        ("Gen. (ret.) Hans Berg gave evidence.", Lang::En),
        ("Köpare var japanska Nippon Steel och säljare U.S. Steel Corp.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "It was sold in the U.S. Sales rose later.",
        Lang::En,
        &["It was sold in the U.S.", "Sales rose later."],
    );
}

#[test]
fn questions_and_exclamations_inside_a_sentence() {
    for (text, lang) in [
        ("\"Never again!\" — these words still mean something.", Lang::En),
        ("– Är det här rimligt? frågar Anna Svensson (S).", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // Outside dialogue, a lower-case word after a question opens a sentence of its own.
    assert_split("Why now? because the Pact applies.", Lang::En, &["Why now?", "because the Pact applies."]);
    assert_split("It ended! — a dash then.", Lang::En, &["It ended!", "— a dash then."]);
}

#[test]
fn labels_that_open_a_sentence_in_lower_case() {
    assert_split(
        "The results are in Table 3. n.b. the figures are provisional.",
        Lang::En,
        &["The results are in Table 3.", "n.b. the figures are provisional."],
    );
    assert_split(
        "Encl.: SWD(2025) 45 final. cc: Mr P. Dupont, DG TRADE.",
        Lang::En,
        &["Encl.: SWD(2025) 45 final.", "cc: Mr P. Dupont, DG TRADE."],
    );
}

#[test]
fn quoted_paragraph_numbers_and_legends() {
    for (text, lang) in [
        ("Paragraph 2 is replaced by the following: ‘2. Member States shall act.’", Lang::En),
        ("Punkt 4 ska ersättas med följande: ”4. Myndigheten ska besluta.”", Lang::Sv),
        // An equation's value and a bracket of them after a stop are no legend.
        ("It is given by RR = 1.02, i.e. β = 2.0 × 10⁻³ for it.", Lang::En),
        ("It is limited for Salmonella spp. (n = 5, c = 0) in 25 g.", Lang::En),
        ("n.a. = not applicable.", Lang::En),
        ("It is the sample size, i.e. n = number of samples taken.", Lang::En),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "b = break in time series. e = estimated. : = not available.",
        Lang::En,
        &["b = break in time series.", "e = estimated.", ": = not available."],
    );
}

#[test]
fn initials_before_surnames_and_points_of_a_size() {
    for (text, lang) in [
        ("Jag vill tacka K. Persson för frågan.", Lang::Sv),
        ("Upplysningar lämnas av enhetschef dr K. Lund, tfn 010-123 45 67.", Lang::Sv),
        ("It falls in the week of 12 May (wk. 20).", Lang::En),
        ("See pt. 3 of the annex.", Lang::En),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A nutrient's letter before a word that is no surname ends the sentence.
    assert_split(
        "Patients lack vitamin K. Reason and Person are words.",
        Lang::En,
        &["Patients lack vitamin K.", "Reason and Person are words."],
    );
    assert_split(
        "The minimum font size is 11 pt. Annexes are not counted.",
        Lang::En,
        &["The minimum font size is 11 pt.", "Annexes are not counted."],
    );
}

#[test]
fn initials_of_two_persons_named_in_one_sentence() {
    for (text, lang) in [
        // A surname with an elided prefix after an initial is a name wherever it stands.
        ("Sökanden har gjort gällande 314,5 timmar, varav M. O'Rourke debiterat 198 timmar.", Lang::Sv),
        ("The file was handled by counsel, of whom M. O’Brien charged most.", Lang::En),
        // The second person of a sentence, after `och` or `and`, with what is said of each.
        (
            "Varav M. O'Rourke debiterat 198 timmar till ett timarvode på 520 euro och A. Lenihan 116,5 timmar.",
            Lang::Sv,
        ),
        ("Of these, 198 hours were charged by J. Smith at EUR 520 and A. Brown 116.5 hours.", Lang::En),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A letter before `and` after a list of letters, or with no person named before it, ends
    // its sentence.
    assert_split(
        "The parameters of groups B and A. Lenihan is the rapporteur.",
        Lang::En,
        &["The parameters of groups B and A.", "Lenihan is the rapporteur."],
    );
    assert_split(
        "J. Smith wrote it. Then it went to parts B and A. Brown read it.",
        Lang::En,
        &["J. Smith wrote it.", "Then it went to parts B and A.", "Brown read it."],
    );
    // A capital and an apostrophe of a word that is no surname after a letter.
    assert_split(
        "It is in group A. O'clock is a word.",
        Lang::En,
        &["It is in group A.", "O'clock is a word."],
    );
}

#[test]
fn replies_opening_a_cell_and_columns() {
    assert_split(
        "No. The deadline expired on 1.3.2025.",
        Lang::En,
        &["No.", "The deadline expired on 1.3.2025."],
    );
    for text in ["No. Cion doc.: COM(2026) 45 final", "The rate is in Table 2 (row 3, col. 4)."] {
        assert_split(text, Lang::En, &[text]);
    }
}

#[test]
fn reference_words_that_are_also_nouns() {
    // An article's or an annex's abbreviation goes on before its number or letter …
    for (text, lang) in [
        ("See Art. 5(3) and arts. 7 to 9 of the Statute.", Lang::En),
        ("Enligt art. 12 och bil. 2 gäller detta.", Lang::Sv),
        ("Villkoren anges i bil. A till avtalet.", Lang::Sv),
        ("Kostnaden var ung. 40 procent lägre.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // … and before any other capital it is the noun that closes its sentence.
    assert_split(
        "The fund buys modern art. Loans are excluded.",
        Lang::En,
        &["The fund buys modern art.", "Loans are excluded."],
    );
    assert_split(
        "Varje hushåll får en bil. Staten betalar.",
        Lang::Sv,
        &["Varje hushåll får en bil.", "Staten betalar."],
    );
    assert_split(
        "Stödet gäller den som är ung. Äldre får inget.",
        Lang::Sv,
        &["Stödet gäller den som är ung.", "Äldre får inget."],
    );
    // A capitalised entry as written wins over a lower-case one: `Col.` the colonel, not the
    // column `col.`.
    assert_split("It was led by Col. J. Novak.", Lang::En, &["It was led by Col. J. Novak."]);
    assert_split("See row 3, col. 4 of Table 2.", Lang::En, &["See row 3, col. 4 of Table 2."]);
}

#[test]
fn introducers_and_cited_acts() {
    for (text, lang) in [
        ("The rules cover i.a. Danish ports.", Lang::En),
        ("Several States, a.o. Italy, objected.", Lang::En),
        ("Priserna steg fr.a. Norge och Danmark.", Lang::Sv),
        ("Vissa länder, exv. Norge, avstod.", Lang::Sv),
        ("Se prot. 2023/24:12 för debatten.", Lang::Sv),
        ("This follows from Articles 5 et seq. GDPR and national law.", Lang::En),
        ("It is assessed under Articles 101 ff. TFEU in this case.", Lang::En),
        ("Det följer av artikel 53 ff. EES-avtalet.", Lang::Sv),
        ("Det regleras i 2 kap. RF och i 21 kap. OSL.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // `ff.` and `kap.` before a plain capitalised word close their sentence.
    assert_split(
        "It is set out on pp. 12 ff. The annex follows.",
        Lang::En,
        &["It is set out on pp. 12 ff.", "The annex follows."],
    );
    assert_split(
        "Det anges i 18 kap. Den nya lagen …",
        Lang::Sv,
        &["Det anges i 18 kap.", "Den nya lagen …"],
    );
    // `exv.`, as `t.ex.`, may end its sentence before a clause's opener.
    assert_split("Vi tar fisk, exv. Där finns mer.", Lang::Sv, &["Vi tar fisk, exv.", "Där finns mer."]);
}

#[test]
fn figures_after_a_list_or_a_figure_closed() {
    assert_split(
        "It covers rent, food etc. 2027 will be different.",
        Lang::En,
        &["It covers rent, food etc.", "2027 will be different."],
    );
    assert_split(
        "Det gäller hyra, mat m.m. 2027 blir annorlunda.",
        Lang::Sv,
        &["Det gäller hyra, mat m.m.", "2027 blir annorlunda."],
    );
    assert_split(
        "The hearing began at 10 a.m. 14 experts spoke.",
        Lang::En,
        &["The hearing began at 10 a.m.", "14 experts spoke."],
    );
    assert_split(
        "Inflation rose by 0.3 pp. 12 Member States saw a fall.",
        Lang::En,
        &["Inflation rose by 0.3 pp.", "12 Member States saw a fall."],
    );
    // A month or a chapter before its figure goes on, and so does a figure's unit after
    // another figure.
    for (text, lang) in [
        ("Beslutet fattades den 3 jan. 2025 av regeringen.", Lang::Sv),
        ("Se 18 kap. 3 och 4 §§ i lagen.", Lang::Sv),
        ("The break lasts 5 min. 30 s at most.", Lang::En),
        ("Meetings run 9-12 a.m. CET on weekdays.", Lang::En),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A time of day before an initialism of two capitals, and after a range of hours.
    assert_split(
        "It ended at 10.15 a.m. EU leaders then left.",
        Lang::En,
        &["It ended at 10.15 a.m.", "EU leaders then left."],
    );
    assert_split(
        "Calls are taken 8–10 a.m. Letters are answered later.",
        Lang::En,
        &["Calls are taken 8–10 a.m.", "Letters are answered later."],
    );
}

#[test]
fn asides_between_dashes_after_an_abbreviation_or_a_quoted_question() {
    for (text, lang) in [
        ("Paper, ink etc. – all bought locally – is covered.", Lang::En),
        ("The talks at 9 a.m. – two hours late – went well.", Lang::En),
        ("Fees paid to Acme Inc. – EUR 3 million – were refunded.", Lang::En),
        ("The question ‘why now?’ – Parliament asked it too – is fair.", Lang::En),
        ("Resor, logi osv. – alltså allt – ersätts.", Lang::Sv),
        ("Frågan ”varför nu?” – Riksdagen ställde den också – är rimlig.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A plain word's full stop before a dash ends its sentence, and an abbreviation's before a
    // dash that opens a line or a list item does too.
    assert_split(
        "It was adopted. – as the minutes say – in May.",
        Lang::En,
        &["It was adopted.", "– as the minutes say – in May."],
    );
    assert_split("Fees, rent etc. – Travel costs.", Lang::En, &["Fees, rent etc.", "– Travel costs."]);
}

#[test]
fn letters_of_labels_grades_and_points() {
    for (text, lang) in [
        ("The unit is in Directorate C. The Director is new.", Lang::En),
        ("Funds go to Strand B. Projects must be cross-border.", Lang::En),
        ("Income support falls under Pillar I. Rural aid does not.", Lang::En),
        ("Moody's cut the rating from AA to A. Fitch did not.", Lang::En),
        ("The bond kept a rating of B. Investors were calm.", Lang::En),
        ("Klassen höjdes från D till B. Arbetet tog ett år.", Lang::Sv),
    ] {
        let (first, second) = text.split_at(text.find(". ").unwrap_or(0) + 2);
        assert_split(text, lang, &[first.trim(), second]);
    }
    // Initials after a preposition stay initials.
    for (text, lang) in [
        ("The report was written by J. Smith for the Board.", Lang::En),
        ("The letter went from A. Berg to B. Holm in May.", Lang::En),
        ("Rapporten skrevs av K. Lund och P. Ek.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A point's letter before a quoted capital ends the sentence.
    assert_split(
        "Grunden är artikel 6.1 c. ”Rättslig förpliktelse” avses.",
        Lang::Sv,
        &["Grunden är artikel 6.1 c.", "”Rättslig förpliktelse” avses."],
    );
    assert_split("Det gäller bl. a. ”Europa”.", Lang::Sv, &["Det gäller bl. a. ”Europa”."]);
}

#[test]
fn company_names_and_initialisms() {
    assert_split(
        "Shares are held by Engie S.A. Engie is listed in Paris.",
        Lang::En,
        &["Shares are held by Engie S.A.", "Engie is listed in Paris."],
    );
    assert_split(
        "It was sold by Kia Co. Ltd. AB Scania bought it.",
        Lang::En,
        &["It was sold by Kia Co. Ltd.", "AB Scania bought it."],
    );
    assert_split(
        "Uppgifterna kommer från U.S. Census Bureau i år. De är nya.",
        Lang::Sv,
        &["Uppgifterna kommer från U.S. Census Bureau i år.", "De är nya."],
    );
    assert_split("Det gäller U.S.A. Detta är nytt.", Lang::Sv, &["Det gäller U.S.A.", "Detta är nytt."]);
    for (text, lang) in [
        ("It bought Lindqvist & Co. AB in May.", Lang::En),
        ("Shares in Yahoo! Inc. fell last year.", Lang::En),
        (
            "It bought Acme Ltd. (Malta, a holding company controlled by a fund of Maltese and Italian investors active in shipping and logistics across the Mediterranean) in May.",
            Lang::En,
        ),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split("Stop! Inspections start now.", Lang::En, &["Stop!", "Inspections start now."]);
}

#[test]
fn lower_case_names_replies_and_ellipses() {
    assert_split(
        "The operator in Germany is eprimo. eprimo supplies gas.",
        Lang::En,
        &["The operator in Germany is eprimo.", "eprimo supplies gas."],
    );
    assert_split("It is done. and more", Lang::En, &["It is done. and more"]);
    assert_split(
        "Of the voters, 61% said Yes and 39% No. The law passed.",
        Lang::En,
        &["Of the voters, 61% said Yes and 39% No.", "The law passed."],
    );
    assert_split(
        "The Council will decide on … March 2027. It has time.",
        Lang::En,
        &["The Council will decide on … March 2027.", "It has time."],
    );
    assert_split("It stopped … March was cold.", Lang::En, &["It stopped …", "March was cold."]);
}

#[test]
fn company_forms_in_two_parts() {
    for (text, lang) in [
        ("Exporters were Wilmar Pte. Ltd. and Musim Mas Sdn. Bhd. in 2024.", Lang::En),
        ("It was lodged by Infosys Pvt. Ltd. on 3 May.", Lang::En),
        ("Importören Nordlys Pty. Ltd. svarade inte.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "Shares are held by Wilmar Pte. Ltd. Both firms cooperated.",
        Lang::En,
        &["Shares are held by Wilmar Pte. Ltd.", "Both firms cooperated."],
    );
}

#[test]
fn codes_after_a_time_or_a_figure() {
    // A time zone or a currency goes on: three capitals, or four or five ending in `T`.
    for (text, lang) in [
        ("It starts at 10 a.m. CET on Monday.", Lang::En),
        ("It starts at 10 a.m. CEST on Monday.", Lang::En),
        ("Det kostar 3,5 mdr. EUR per år.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // An agency's acronym, or one in the genitive, opens a sentence.
    assert_split(
        "Comments close at 5 p.m. EFSA will publish them.",
        Lang::En,
        &["Comments close at 5 p.m.", "EFSA will publish them."],
    );
    assert_split(
        "It opened at 9.30 a.m. ECHA's director spoke.",
        Lang::En,
        &["It opened at 9.30 a.m.", "ECHA's director spoke."],
    );
    assert_split(
        "Antalet var 4,2 milj. SCB:s siffror visar det.",
        Lang::Sv,
        &["Antalet var 4,2 milj.", "SCB:s siffror visar det."],
    );
}

#[test]
fn cited_acts_pages_and_genitives() {
    // After a page, `ff.` cites no act: a name in capitals opens a sentence.
    assert_split(
        "Se NJA 2019 s. 504 ff. HD har därefter ändrat sig.",
        Lang::Sv,
        &["Se NJA 2019 s. 504 ff.", "HD har därefter ändrat sig."],
    );
    assert_split(
        "It is explained at pp. 45 et seq. ECDC revised it.",
        Lang::En,
        &["It is explained at pp. 45 et seq.", "ECDC revised it."],
    );
    // A Swedish statute in mixed case is an act's name; a genitive is none.
    for text in ["Bistånd enligt 4 kap. SoL prövas individuellt.", "Se artikel 61 ff. EES-avtalet i dag."] {
        assert_split(text, Lang::Sv, &[text]);
    }
    assert_split(
        "Reglerna finns i 2 kap. EU:s regler har företräde.",
        Lang::Sv,
        &["Reglerna finns i 2 kap.", "EU:s regler har företräde."],
    );
    assert_split("See Articles 12 et seq. GDPR today.", Lang::En, &["See Articles 12 et seq. GDPR today."]);
}

#[test]
fn swedish_list_ends_years_titles_and_notes() {
    assert_split(
        "Remissinstanser var Boverket m.fl. 2025 års remissrunda var stor.",
        Lang::Sv,
        &["Remissinstanser var Boverket m.fl.", "2025 års remissrunda var stor."],
    );
    assert_split(
        "Avgiften är 550 kr. 2026 års avgift fastställs senare.",
        Lang::Sv,
        &["Avgiften är 550 kr.", "2026 års avgift fastställs senare."],
    );
    // A figure after a month or a chapter still goes on.
    for text in [
        "Beslutet fattades den 3 jan. 2025 i Bryssel.",
        "Se 18 kap. 3 § i lagen.",
        "Utredare är kanslirådet A. Lind, som biträds av två sekreterare.",
        "Anm. Uppgifterna är preliminära.",
    ] {
        assert_split(text, Lang::Sv, &[text]);
    }
    assert_split(
        "Mötet hölls i Washington D.C. Handelsminister Forssell deltog.",
        Lang::Sv,
        &["Mötet hölls i Washington D.C.", "Handelsminister Forssell deltog."],
    );
}

#[test]
fn labels_and_lower_case_companies() {
    assert_split(
        "No tender was received for Lot B. Negotiations started in June.",
        Lang::En,
        &["No tender was received for Lot B.", "Negotiations started in June."],
    );
    assert_split(
        "The merger was prohibited in 2019. thyssenkrupp AG brought an action.",
        Lang::En,
        &["The merger was prohibited in 2019.", "thyssenkrupp AG brought an action."],
    );
    // A plain lower-case word still goes on, and so does an initial before a name.
    assert_split("It is done. and more", Lang::En, &["It is done. and more"]);
    assert_split(
        "It was drafted by John F. Kennedy in 1961.",
        Lang::En,
        &["It was drafted by John F. Kennedy in 1961."],
    );
}

#[test]
fn an_ellipsis_before_a_dash() {
    // The end of an ellipsis is no char boundary: the dash rule asks for an abbreviation only
    // before a full stop.
    for text in ["It stopped… – then it went on.", "…\t-\t", "Det tog slut … - sedan inte."] {
        assert_covers(text, Lang::En);
        assert_covers(text, Lang::Sv);
    }
}

#[test]
fn dashes_of_ranges_and_additions_after_an_abbreviation() {
    // A range's dash between two abbreviations of one kind, or a number and its abbreviation,
    // and a dash before a lower-case addition go on after an abbreviation.
    for (text, lang) in [
        ("It is open Mon. – Fri. from 9.00.", Lang::En),
        ("Register from 9 a.m. – 5 p.m. on both days.", Lang::En),
        ("The period is Jan. – Mar. 2026.", Lang::En),
        ("Travel, meals etc. – all at flat rates.", Lang::En),
        ("The fine was imposed on Alphabet Inc. – the parent of Google.", Lang::En),
        ("Öppet mån. – fre. kl. 9–16.", Lang::Sv),
        ("Perioden löper 12 jan. – 20 febr. 2026.", Lang::Sv),
        ("Resor, logi m.m. – allt enligt schablon.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A capital after the dash, an abbreviation of another kind, or a plain word's full stop
    // still end the sentence.
    assert_split("Fees, rent etc. – Travel costs.", Lang::En, &["Fees, rent etc.", "– Travel costs."]);
    assert_split("It ends at 5 p.m. – Fri. is free.", Lang::En, &["It ends at 5 p.m.", "– Fri. is free."]);
    assert_split("It was adopted. – as planned.", Lang::En, &["It was adopted.", "– as planned."]);
}

#[test]
fn acronyms_of_three_capitals_after_a_time_or_a_figure() {
    // A currency's code or a time zone's goes on; an agency's acronym opens a sentence.
    for (text, lang) in [
        ("It starts at 1 a.m. UTC on Sunday.", Lang::En),
        ("It starts at 2 p.m. GMT on Sunday.", Lang::En),
        ("Lånet uppgår till 450 milj. SEK per år.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "It ended at 6 p.m. EBA staff will present it.",
        Lang::En,
        &["It ended at 6 p.m.", "EBA staff will present it."],
    );
    assert_split(
        "Antalet invånare är 1,2 milj. EIB finansierar en tredjedel.",
        Lang::Sv,
        &["Antalet invånare är 1,2 milj.", "EIB finansierar en tredjedel."],
    );
}

#[test]
fn letters_of_parties_and_appositive_initials() {
    // A party's letter before a word that opens sentences, or before a letter alone.
    assert_split(
        "The action was brought by Mr X. In his view, it is void.",
        Lang::En,
        &["The action was brought by Mr X.", "In his view, it is void."],
    );
    assert_split(
        "The appeal was lodged by Z. Z claims that it is void.",
        Lang::En,
        &["The appeal was lodged by Z.", "Z claims that it is void."],
    );
    assert_split(
        "Talan väcktes av X. Enligt X är beslutet ogiltigt.",
        Lang::Sv,
        &["Talan väcktes av X.", "Enligt X är beslutet ogiltigt."],
    );
    assert_split(
        "Överklagandet gavs in av Y. Y gör gällande att det är fel.",
        Lang::Sv,
        &["Överklagandet gavs in av Y.", "Y gör gällande att det är fel."],
    );
    // An initial before a surname, an initial before another, and a name set off by commas
    // go on; a letter after another of a series does not.
    for (text, lang) in [
        ("It was drafted by J. A. Smith in 2024.", Lang::En),
        ("The rapporteur, J. Smith, presented it.", Lang::En),
        ("Several experts, including M. Lindqvist, took part.", Lang::En),
        ("Ärendet föredrogs av handläggaren, E. Berg, som svarade.", Lang::Sv),
        ("Talan väcktes av K. Lind i maj.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
}

#[test]
fn introducers_trailers_numerals_and_editions() {
    for (text, lang) in [
        ("The vessel Nordic Star (a.k.a. Baltic Pearl) is listed.", Lang::En),
        ("Nordlys Ltd. (f.k.a. Baltic Power Ltd.) holds 40%.", Lang::En),
        ("The fee is EUR 120 incl. VAT and travel.", Lang::En),
        ("It may be justified under Art. XX GATT.", Lang::En),
        ("See P. Craig, EU Law, 7th ed. Oxford University Press, 2020, p. 45.", Lang::En),
        ("Den fick betydelse i.o.m. Lissabonfördraget.", Lang::Sv),
        ("Projektet finansieras m.h.a. Europeiska socialfonden.", Lang::Sv),
        ("Reglerna analyseras m.a.p. Sveriges åtaganden.", Lang::Sv),
        ("Frågan bereds f.n. inom Regeringskansliet.", Lang::Sv),
        ("Åtgärden kan motiveras enligt art. XX i GATT.", Lang::Sv),
        ("Uppgifterna finns i bil. II till förordningen.", Lang::Sv),
        ("Se Bernitz, Europarättens grunder, 7 uppl. Stockholm: Norstedts, 2024.", Lang::Sv),
        ("Se Bernitz, Europarättens grunder, 3:e uppl. Stockholm 2020.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "The budget is EUR 250 000, VAT excl. The contract runs for two years.",
        Lang::En,
        &["The budget is EUR 250 000, VAT excl.", "The contract runs for two years."],
    );
    assert_split(
        "The book is now in its 3rd ed. The first appeared in 2015.",
        Lang::En,
        &["The book is now in its 3rd ed.", "The first appeared in 2015."],
    );
    assert_split(
        "Se Bernitz, 7 uppl. Nästa upplaga utkommer 2026.",
        Lang::Sv,
        &["Se Bernitz, 7 uppl.", "Nästa upplaga utkommer 2026."],
    );
    assert_split(
        "Boken finns nu i 3 uppl. Den första kom 2015.",
        Lang::Sv,
        &["Boken finns nu i 3 uppl.", "Den första kom 2015."],
    );
    assert_split(
        "Någon ändring planeras inte f.n. Kommissionen avvaktar.",
        Lang::Sv,
        &["Någon ändring planeras inte f.n.", "Kommissionen avvaktar."],
    );
    assert_split(
        "Han kom med sin fru. De reste vidare.",
        Lang::Sv,
        &["Han kom med sin fru.", "De reste vidare."],
    );
    // Capitals that are no Roman numeral after a noun that is also an abbreviation.
    assert_split("The answer was no. EU rules apply.", Lang::En, &["The answer was no.", "EU rules apply."]);
}

#[test]
fn prepositions_after_an_initialism_and_names_after_one_in_swedish() {
    assert_split(
        "Talks were held with the U.S. Under the deal, tariffs fall.",
        Lang::En,
        &["Talks were held with the U.S.", "Under the deal, tariffs fall."],
    );
    assert_split(
        "Mötet hölls i Washington D.C. Ulf Kristersson deltog.",
        Lang::Sv,
        &["Mötet hölls i Washington D.C.", "Ulf Kristersson deltog."],
    );
    for (text, lang) in [
        ("It was filed with the U.S. Department of Commerce.", Lang::En),
        ("Uppgifterna kommer från U.S. Geological Survey.", Lang::Sv),
        ("The file is handled by Unit B.3 in DG TRADE.", Lang::En),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "It is handled by Unit B. Requests go to the mailbox.",
        Lang::En,
        &["It is handled by Unit B.", "Requests go to the mailbox."],
    );
}

#[test]
fn an_ellipsis_for_a_day_before_a_year_that_ends_the_sentence_or_after_its_first_word() {
    for (text, lang) in [
        ("This Regulation shall apply from … 2027.", Lang::En),
        ("By … 2028, the Commission shall submit a report.", Lang::En),
        ("Until … 2027, the current rules remain in force.", Lang::En),
        ("Förordningen ska tillämpas från och med den … 2027.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "The Directive must be transposed by … 2028. Few have started.",
        Lang::En,
        &["The Directive must be transposed by … 2028.", "Few have started."],
    );
    // An ellipsis after a sentence's first word that opens no date, or before a year that opens a
    // sentence of its own, still ends its sentence.
    assert_split("Wait… 2026 was a record year.", Lang::En, &["Wait…", "2026 was a record year."]);
    assert_split(
        "The list ends here … 2026. The year is over.",
        Lang::En,
        &["The list ends here … 2026.", "The year is over."],
    );
}

#[test]
fn a_dash_after_an_initialism_or_before_the_end_of_a_range_written_out() {
    for (text, lang) in [
        ("Exports to the U.S. – the Union's largest market – fell by 3%.", Lang::En),
        ("Booking.com B.V. – the Dutch operator – was notified.", Lang::En),
        ("Costs of travel to the U.S. – including visa costs.", Lang::En),
        ("The helpdesk is staffed from 9 a.m. – 12 noon.", Lang::En),
        ("Orange S.A. – ett av Frankrikes största telekombolag – har överklagat.", Lang::Sv),
        ("Ansökningsperioden löper 15 jan. – 15 mars 2026.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A capital after the dash still opens a sentence, and so does a figure after an abbreviation
    // that closes none (`etc.`).
    assert_split(
        "Talks were held in the U.S. – The next round is in Brussels.",
        Lang::En,
        &["Talks were held in the U.S.", "– The next round is in Brussels."],
    );
    assert_split(
        "Travel, subsistence etc. – 2026 brought new rates.",
        Lang::En,
        &["Travel, subsistence etc.", "– 2026 brought new rates."],
    );
}

#[test]
fn a_legend_after_a_list_end_and_one_letter_numerals_after_an_article() {
    assert_split(
        "Data from Eurostat, the OECD etc. p = provisional. e = estimated.",
        Lang::En,
        &["Data from Eurostat, the OECD etc.", "p = provisional.", "e = estimated."],
    );
    assert_split(
        "Källor: SCB, OECD m.fl. p = preliminär uppgift.",
        Lang::Sv,
        &["Källor: SCB, OECD m.fl.", "p = preliminär uppgift."],
    );
    // Not after an abbreviation that goes on.
    let text = "The sample, i.e. n = 12 farms, was small.";
    assert_split(text, Lang::En, &[text]);
    for (text, lang) in [
        ("The measure violated Art. I:1 GATT and Art. V GATS.", Lang::En),
        ("The obligation in Art. I GATT applies to all members.", Lang::En),
        ("Åtgärden stred mot art. I:1 i GATT.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A capital `I` or `V` opening a word or a sentence is no numeral.
    assert_split(
        "It was a work of art. I agree with the critics.",
        Lang::En,
        &["It was a work of art.", "I agree with the critics."],
    );
}

#[test]
fn anonymised_parties_prepositions_and_clause_openers() {
    for (text, lang, first) in [
        (
            "Prices were agreed with Customer B. Discounts followed.",
            Lang::En,
            "Prices were agreed with Customer B.",
        ),
        ("The merger removes Competitor C. Prices rise.", Lang::En, "The merger removes Competitor C."),
        ("The aid went to Airport A. Ryanair used it.", Lang::En, "The aid went to Airport A."),
        ("Priserna avtalades med Kund B. Rabatter följde.", Lang::Sv, "Priserna avtalades med Kund B."),
        (
            "Överklagandet gavs in av Z. Till stöd anför Z två grunder.",
            Lang::Sv,
            "Överklagandet gavs in av Z.",
        ),
        (
            "Ansökan gjordes av Y. Som skäl anför Y att beslutet saknar grund.",
            Lang::Sv,
            "Ansökan gjordes av Y.",
        ),
        (
            "Klagomålet lämnades in av X. Mot detta invänder kommissionen.",
            Lang::Sv,
            "Klagomålet lämnades in av X.",
        ),
    ] {
        let got = sentence_texts(text, lang);
        assert_eq!(got.first().copied(), Some(first), "{text}");
        assert_eq!(got.len(), 2, "{text}");
    }
    for (text, lang) in [
        ("The proceedings between A. Berg and the Tax Agency were stayed.", Lang::En),
        ("The action against K. Olsen was dismissed.", Lang::En),
        ("Målet mellan A. Berg och Skatteverket vilandeförklarades.", Lang::Sv),
        ("Talan mot K. Olsen avvisades.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    // A grade after one of them is still no initial.
    assert_split(
        "The rating was lowered from A to B. Moody's followed.",
        Lang::En,
        &["The rating was lowered from A to B.", "Moody's followed."],
    );
}

#[test]
fn trailing_introducers_before_sentence_openers() {
    assert_split(
        "The value is EUR 250 000, VAT excl. However, travel is extra.",
        Lang::En,
        &["The value is EUR 250 000, VAT excl.", "However, travel is extra."],
    );
    assert_split(
        "The fee is EUR 1 200, VAT incl. In addition, a charge applies.",
        Lang::En,
        &["The fee is EUR 1 200, VAT incl.", "In addition, a charge applies."],
    );
    for (text, lang) in [
        ("All costs incl. VAT and transport are eligible.", Lang::En),
        ("Costs excl. Member States' contributions are eligible.", Lang::En),
        ("Samma sak gäller f.ö. Norge och Island.", Lang::Sv),
        ("Bedömningen görs m.h.t. EU:s regler.", Lang::Sv),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "Norge gör p.s.s. Det gör även Island.",
        Lang::Sv,
        &["Norge gör p.s.s.", "Det gör även Island."],
    );
}

#[test]
fn spaced_swedish_abbreviations_of_three_parts_or_a_last_part_of_two_letters() {
    assert_split(
        "Bidraget täcker resor, logi o. s. v. Kommissionen betalar ut det.",
        Lang::Sv,
        &["Bidraget täcker resor, logi o. s. v.", "Kommissionen betalar ut det."],
    );
    assert_split(
        "Ansökan görs av Norge, Island m. fl. Kommissionen beslutar.",
        Lang::Sv,
        &["Ansökan görs av Norge, Island m. fl.", "Kommissionen beslutar."],
    );
    for text in [
        "Frågan avgörs av unionsdomstolen, d. v. s. EU-domstolen och tribunalen.",
        "Projektet finansieras bl. a. av Sverige.",
        "Ansökan görs av Norge m. fl. i december.",
    ] {
        assert_split(text, Lang::Sv, &[text]);
    }
}

#[test]
fn acts_after_chapters_foreign_names_and_year_genitives() {
    assert_split(
        "Reglerna finns i lagens 30 kap. EU-domstolen har tolkat dem.",
        Lang::Sv,
        &["Reglerna finns i lagens 30 kap.", "EU-domstolen har tolkat dem."],
    );
    for text in [
        "Det följer av artikel 61 ff. EES-avtalet.",
        "Det följer av 8 kap. RF.",
        "Uppgifterna kommer från U.S. Department of Agriculture och avser 2025.",
        "Uppgifterna kommer från U.S. Food and Drug Administration.",
    ] {
        assert_split(text, Lang::Sv, &[text]);
    }
    assert_split(
        "Mötet hölls i U.S.A. Kommissionen deltog.",
        Lang::Sv,
        &["Mötet hölls i U.S.A.", "Kommissionen deltog."],
    );
    assert_split(
        "Målen har uppnåtts i viss mån. 2025 års uppföljning visar brister.",
        Lang::Sv,
        &["Målen har uppnåtts i viss mån.", "2025 års uppföljning visar brister."],
    );
    for text in ["Kontoret har öppet mån. 9–17.", "Se bil. 2025 för detaljer."] {
        assert_split(text, Lang::Sv, &[text]);
    }
}

#[test]
fn foreign_titles_lower_case_functions_and_sentence_openers() {
    for (text, lang) in [
        ("The Czech Republic has nominated Ing. Jan Novák as member.", Lang::En),
        ("Austria appointed Dipl.-Ing. Karl Huber to the Board.", Lang::En),
        ("Yttrandet utarbetades av JUDr. Eva Horáková och Mgr. Jana Nováková.", Lang::Sv),
        ("The draft was presented by the rapporteur M. Keller at the meeting.", Lang::En),
        ("According to the spokesperson A. Berg, the proposal is ready.", Lang::En),
        ("I ärendet har handläggaren E. Berg begärt uppgifter.", Lang::Sv),
        ("Bolaget företräddes av ombudet J. Holm vid förhandlingen.", Lang::Sv),
        ("Protokollet fördes av sekr. Erik Holm.", Lang::Sv),
        ("Mötet leddes av ordf. Karin Ek (M).", Lang::Sv),
        ("Talks continued with the U.S. Department of Commerce.", Lang::En),
    ] {
        assert_split(text, lang, &[text]);
    }
    assert_split(
        "The action was lodged by Mr X. Of the three pleas, one was examined.",
        Lang::En,
        &["The action was lodged by Mr X.", "Of the three pleas, one was examined."],
    );
    assert_split(
        "Cooperation continued with the U.S. To that end, a group was set up.",
        Lang::En,
        &["Cooperation continued with the U.S.", "To that end, a group was set up."],
    );
    assert_split(
        "Exports rose to the U.K. Over the past decade, they doubled.",
        Lang::En,
        &["Exports rose to the U.K.", "Over the past decade, they doubled."],
    );
    assert_split(
        "Sammanträdet öppnades av Karin Ek, ordf. Därefter fastställdes dagordningen.",
        Lang::Sv,
        &["Sammanträdet öppnades av Karin Ek, ordf.", "Därefter fastställdes dagordningen."],
    );
    assert_split(
        "The report was sent to the rapporteur. The vote follows.",
        Lang::En,
        &["The report was sent to the rapporteur.", "The vote follows."],
    );
}

#[test]
fn company_forms_before_a_dash_counties_percentages_and_eras() {
    for (text, lang) in [
        ("The fine imposed on Enel S.p.A. – the Italian utility – was reduced.", Lang::En),
        ("The producer Třinecké železárny a.s. – a steel mill – cooperated.", Lang::En),
        ("Stödet till Alpha Metals Corp. – ett dotterbolag – har återkrävts.", Lang::Sv),
        ("The cheese is produced in Co. Cork and Co. Kerry.", Lang::En),
        ("The salmon is farmed off Clare Island, Co. Mayo, in Atlantic waters.", Lang::En),
        ("The study was published in vol. 12 of the journal.", Lang::En),
        ("Studien publicerades i vol. 12 av tidskriften.", Lang::Sv),
        ("The town was founded in A.D. 79 by veterans.", Lang::En),
        ("The budget covers staff, travel etc. from 2026 onwards.", Lang::En),
        ("Se prop. 2024/25:1 s. 45 fotn. 12 och bet. 2024/25:FiU1.", Lang::Sv),
        ("Details are given in Tab. 3 of the annex.", Lang::En),
        ("It was published by Cambridge Univ. Press in 2023.", Lang::En),
        ("Eurostat gives an est. EUR 5 billion for 2026.", Lang::En),
    ] {
        assert_split(text, lang, &[text]);
    }
    for (text, lang, first, second) in [
        ("Enel S.p.A. – The utility was fined.", Lang::En, "Enel S.p.A.", "– The utility was fined."),
        (
            "The contract was signed with Nordlys Shipping Co. The company is in Cork.",
            Lang::En,
            "The contract was signed with Nordlys Shipping Co.",
            "The company is in Cork.",
        ),
        (
            "The wine has a strength of at least 15% vol. The sugar content is low.",
            Lang::En,
            "The wine has a strength of at least 15% vol.",
            "The sugar content is low.",
        ),
        (
            "Spritdrycken tappas vid 40 % vol. Den får inte sötas.",
            Lang::Sv,
            "Spritdrycken tappas vid 40 % vol.",
            "Den får inte sötas.",
        ),
        (
            "The bridge was built around 120 A.D. It was restored in 2019.",
            Lang::En,
            "The bridge was built around 120 A.D.",
            "It was restored in 2019.",
        ),
        (
            "The budget covers staff, travel etc. €2 million is set aside for audits.",
            Lang::En,
            "The budget covers staff, travel etc.",
            "€2 million is set aside for audits.",
        ),
        (
            "Source: Eurostat, 2026 est. Figures for 2025 are final.",
            Lang::En,
            "Source: Eurostat, 2026 est.",
            "Figures for 2025 are final.",
        ),
        (
            "Stödet beviljades Alpha Metals Corp. Bolaget har betalat.",
            Lang::Sv,
            "Stödet beviljades Alpha Metals Corp.",
            "Bolaget har betalat.",
        ),
    ] {
        assert_split(text, lang, &[first, second]);
    }
}
