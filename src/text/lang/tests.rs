//! Language identification on the fixtures, the context documents and short samples of
//! neighbouring languages.

use std::path::Path;

use super::{Evidence, Lang, detect, sample, whitespace_split};

fn fixture(path: &str) -> String {
    let path = Path::new(env!("CARGO_MANIFEST_DIR")).join(path);
    std::fs::read_to_string(&path).unwrap_or_else(|err| panic!("{}: {err}", path.display()))
}

#[test]
fn fixture_pair() {
    assert_eq!(detect(&fixture("fixtures/com-2026-45/en.md")), Some(Lang::En));
    assert_eq!(detect(&fixture("fixtures/com-2026-45/sv.md")), Some(Lang::Sv));
}

#[test]
fn context_documents_are_english() {
    for path in [
        "fixtures/context/jha-counsellors-slides-2026-01-12.en.md",
        "fixtures/context/pact-communication-pdf-text.en.txt",
        "fixtures/context/press-release-2026-01-29.en.md",
    ] {
        assert_eq!(detect(&fixture(path)), Some(Lang::En), "{path}");
    }
}

#[test]
fn every_paragraph_of_the_pair_is_not_taken_for_the_other_language() {
    for (path, lang, other) in [
        ("fixtures/com-2026-45/en.md", Lang::En, Lang::Sv),
        ("fixtures/com-2026-45/sv.md", Lang::Sv, Lang::En),
    ] {
        let text = fixture(path);
        let (mut n_detected, mut n_paragraphs) = (0, 0);
        let mut wrong = Vec::new();
        for line in text.lines().filter(|line| line.split_whitespace().count() >= 20) {
            n_paragraphs += 1;
            let got = detect(line);
            if got == Some(other) {
                wrong.push(line);
            }
            n_detected += usize::from(got == Some(lang));
        }
        // Long paragraphs of running text are recognised; a Swedish footnote may cite
        // an English title and be mostly English.
        assert!(wrong.len() * 50 <= n_paragraphs, "{path}: {wrong:#?}");
        assert!(n_detected * 10 >= n_paragraphs * 9, "{path}: {n_detected} of {n_paragraphs}");
    }
}

const ENGLISH: &str = "The Commission will continue to work with Member States and partner countries to prevent illegal departures, and it will support the return of those who have no right to stay in the Union.";
const SWEDISH: &str = "Kommissionen kommer att fortsätta att samarbeta med medlemsstaterna och partnerländerna för att förhindra olagliga avresor, och den kommer att stödja återvändandet av dem som inte har rätt att stanna i unionen.";
const DANISH: &str = "Kommissionen vil fortsat samarbejde med medlemsstaterne og partnerlandene for at forhindre ulovlige afrejser, og den vil støtte tilbagesendelsen af dem, der ikke har ret til at opholde sig i Unionen. Det er ikke muligt for et land at håndtere udfordringerne alene.";
const NORWEGIAN: &str = "Kommisjonen vil fortsette å samarbeide med medlemsstatene og partnerlandene for å hindre ulovlige avreiser, og den vil støtte retur av dem som ikke har rett til å oppholde seg i Unionen. Det er ikke mulig for et land å håndtere utfordringene alene.";
const GERMAN: &str = "Die Kommission wird weiterhin mit den Mitgliedstaaten und den Partnerländern zusammenarbeiten, um irreguläre Ausreisen zu verhindern, und sie wird die Rückkehr derjenigen unterstützen, die kein Recht haben, in der Union zu bleiben.";
const FRENCH: &str = "La Commission continuera de travailler avec les États membres et les pays partenaires pour prévenir les départs irréguliers, et elle soutiendra le retour de ceux qui n'ont pas le droit de rester dans l'Union.";
const DUTCH: &str = "De Commissie zal met de lidstaten en de partnerlanden blijven samenwerken om irreguliere vertrekken te voorkomen, en zij zal de terugkeer ondersteunen van degenen die geen recht hebben om in de Unie te blijven.";
const FINNISH: &str = "Komissio jatkaa yhteistyötä jäsenvaltioiden ja kumppanimaiden kanssa laittomien lähtöjen estämiseksi, ja se tukee niiden palauttamista, joilla ei ole oikeutta jäädä unioniin. Tämä on myös tärkeää, koska järjestelmän on oltava uskottava.";

#[test]
fn english_and_swedish_samples() {
    assert_eq!(detect(ENGLISH), Some(Lang::En));
    assert_eq!(detect(SWEDISH), Some(Lang::Sv));
}

#[test]
fn neighbouring_languages_are_refused() {
    for (name, text) in [
        ("danish", DANISH),
        ("norwegian", NORWEGIAN),
        ("german", GERMAN),
        ("french", FRENCH),
        ("dutch", DUTCH),
        ("finnish", FINNISH),
    ] {
        assert_eq!(detect(text), None, "{name}");
    }
}

#[test]
fn short_texts() {
    // Unambiguous: several function words of one language and none of another.
    assert_eq!(detect("the scope of the Regulation and its annexes"), Some(Lang::En));
    assert_eq!(detect("och det är inte möjligt att stanna"), Some(Lang::Sv));
    // Too little to go on.
    assert_eq!(detect("COM(2026) 45 final"), None);
    assert_eq!(detect("Eurodac"), None);
    assert_eq!(detect(""), None);
    // Danish words rule Swedish out.
    assert_eq!(detect("det er ikke muligt og jeg ved ikke hvor"), None);
    // A short Swedish note with few function words of its own, and å, ä, ö.
    assert_eq!(
        detect("Pakten trädde i kraft 2024. Den ska tillämpas från 2026. EUT L, 2024/1351. Se artikel 86."),
        Some(Lang::Sv)
    );
    // An annex of tables: `i` and `per` are Swedish as well as Danish and Italian words, and an
    // English particle (`lämnades in`) is outnumbered.
    let annex = "# BILAGA\n\nTabell 1: Belopp per medlemsstat (i miljoner euro)\n\n| Medlemsstat | 2026 | 2027 |\n|---|---|---|\n| Belgien | 12,5 | 13,0 |\n| Grekland | 110,2 | 98,7 |\n\n*Källa: Kommissionens beräkningar, uppgifter från Eurostat per den 15 mars 2026.*\n\nAnsökningar som lämnades in under första kvartalet uppgick till 1 234 567.";
    assert_eq!(detect(annex), Some(Lang::Sv));
    // Finnish and German have ä and ö too, and function words of their own.
    assert_eq!(detect("Sopimus tuli voimaan 2024. Sitä sovelletaan 2026 lähtien."), None);
    assert_eq!(detect("Der Pakt trat 2024 in Kraft. Er gilt ab 2026 für alle Länder."), None);
}

#[test]
fn urls_are_not_words() {
    let links = "https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025DC0795 https://eur-lex.europa.eu/legal-content/SV/ALL/?uri=CELEX:52025DC0795";
    assert_eq!(detect(links), None);
}

#[test]
fn sample_cuts_on_a_char_boundary() {
    let text = "ä".repeat(20_000);
    let cut = sample(&text);
    assert!(cut.len() <= 20 * 1024 && cut.len() > 20 * 1024 - 4);
    assert!(detect(&text).is_none());
}

proptest::proptest! {
    #[test]
    fn never_panics(text in proptest::prelude::any::<String>()) {
        let _ = detect(&text);
    }

    #[test]
    fn short_word_salad_is_never_swedish_when_danish_letters_dominate(
        words in proptest::collection::vec("(og|ikke|være|jeg|søg|kø|og|det)", 20..60)
    ) {
        proptest::prop_assert_eq!(detect(&words.join(" ")), None);
    }
}

proptest::proptest! {
    #[test]
    fn whitespace_split_is_split_whitespace(text in "[a-zé \\t\\n\\r\\x0b\\x0c\\x1c\\u{85}\\u{a0}\\u{2009}\\u{3000}/@_]{0,40}") {
        let fast: Vec<&str> = whitespace_split(&text).collect();
        let slow: Vec<&str> = text.split_whitespace().collect();
        proptest::prop_assert_eq!(fast, slow);
    }
}

proptest::proptest! {
    #[test]
    fn one_pass_count_is_the_reference_count(
        words in proptest::collection::vec("(the|The|OF|och|att|är|ÄR|for|og|ikke|søg|x|/EN/|a@b|a_b|C=3|\\\\|1\\.|\\(EU\\)|Union's|co-operation|no2|é|naïve|[a-zA-Z]{1,14}|[!-~]{1,6}|\\PC{1,4})", 0..60),
        separators in proptest::collection::vec("( |\\t|\\n|\\u{a0}|\\u{3000})", 60),
    ) {
        let text: String = words.iter().zip(&separators).flat_map(|(word, space)| [word.as_str(), space.as_str()]).collect();
        proptest::prop_assert_eq!(Evidence::count(&text), Evidence::count_reference(&text));
    }

    #[test]
    fn one_pass_count_is_the_two_pass_count(
        words in proptest::collection::vec("(the|The|OF|och|att|är|ÄR|Över|för|FÖR|på|också|från|når|være|søg|Ø|x|/EN/|a@b|a_b|C=3|\\\\|1\\.|\\(EU\\)|Union's|co-operation|no2|é|naïve|×|a×b|÷|ÿ|ß|Þ|ª|µ|[a-zA-Z]{1,14}|[!-~]{1,6}|[a-zåäöÅÄÖæøÆØ×÷ßþÞ.,'()-]{1,10}|\\PC{1,4})", 0..60),
        separators in proptest::collection::vec("( |\\t|\\n|\\r\\n|\\x0b|\\x0c|\\u{85}|\\u{a0}|\\u{2009}|\\u{3000}|\\u{1680})", 60),
    ) {
        let text: String = words.iter().zip(&separators).flat_map(|(word, space)| [word.as_str(), space.as_str()]).collect();
        proptest::prop_assert_eq!(Evidence::count(&text), Evidence::count_two_pass(&text));
    }

    #[test]
    fn one_pass_count_is_the_two_pass_count_on_any_text(text in proptest::prelude::any::<String>()) {
        proptest::prop_assert_eq!(Evidence::count(&text), Evidence::count_two_pass(&text));
    }
}

#[test]
fn one_pass_count_is_the_reference_count_on_the_fixtures() {
    for path in [
        "fixtures/com-2026-45/en.md",
        "fixtures/com-2026-45/sv.md",
        "fixtures/context/pact-communication-pdf-text.en.txt",
    ] {
        let text = fixture(path);
        let sample = sample(&text);
        assert_eq!(Evidence::count(sample), Evidence::count_reference(sample), "{path}");
        assert_eq!(Evidence::count(sample), Evidence::count_two_pass(sample), "{path}");
        assert!(Evidence::count(sample).n_words > 1000, "{path}");
    }
}

proptest::proptest! {
    #[test]
    fn letter_run_counts_the_leading_ascii_letters(bytes in proptest::collection::vec(proptest::prelude::any::<u8>(), 0..24)) {
        let slow = bytes.iter().take_while(|b| b.is_ascii_alphabetic()).count();
        proptest::prop_assert_eq!(super::letter_run(&bytes), slow);
    }

    #[test]
    fn latin_1_lowercase_is_to_lowercase(word in "[a-zA-ZÀ-ÖØ-öø-ÿ]{0,12}") {
        let mut lower = String::new();
        super::latin_1_lowercase(&word, &mut lower);
        proptest::prop_assert_eq!(lower, word.to_lowercase());
    }

    #[test]
    fn latin_1_lowercase_key_packs_the_lower_case(word in "[a-zA-ZÀ-ÖØ-öø-ÿ]{0,9}") {
        let mut lower = String::new();
        super::latin_1_lowercase(&word, &mut lower);
        proptest::prop_assert_eq!(super::latin_1_lowercase_key(word.as_bytes()), super::pack(lower.as_bytes()));
    }
}

#[test]
fn the_packed_table_owns_what_the_map_owns() {
    let owners = super::owners();
    for (_, words) in crate::text::lang_tables::FUNCTION_WORDS {
        for word in *words {
            let key = super::pack(word.as_bytes());
            assert!(key.is_some(), "{word}");
            assert_eq!(
                key.and_then(|key| owners.owner(key)),
                owners.owners.get(word).copied().flatten(),
                "{word}"
            );
        }
    }
    for word in ["x", "thee", "och.", "betweens", "Och", "aa", "ä"] {
        assert_eq!(super::pack(word.as_bytes()).and_then(|key| owners.owner(key)), None, "{word}");
    }
}

#[test]
fn a_swedish_table_document_with_few_function_words_is_swedish() {
    // Headings, table cells and names thin out the function words (2 in 29 words here), but
    // no other language has any, and one word in six is written with å, ä or ö.
    let text = "# Bilaga\n\nTabell 1: Ansökningar om internationellt skydd 2022–2024\n\n\
        | Medlemsstat | 2022 | 2023 |\n| --- | --- | --- |\n| Tyskland | 217 735 | 329 035 |\n\
        | Frankrike | 137 510 | 145 095 |\n| Sverige | 16 740 | 12 645 |\n| EU totalt | 881 220 | 1 049 020 |\n\n\
        Källa: Eurostat (migr_asyappctza), uppgifter hämtade den 3 februari 2025.\n\n\
        Andelen syrier sjönk från 13,2 % till 8,5 %, medan andelen beviljade ansökningar var 42 procent.\n";
    assert_eq!(detect(text), Some(Lang::Sv));
    // The same shape in Danish stays unrecognised: its letters are æ and ø.
    let danish = "# Bilag\n\nTabel 1: Ansøgninger om international beskyttelse 2022–2024\n\n\
        | Medlemsstat | 2022 | 2023 |\n| Tyskland | 217 735 | 329 035 |\n| Frankrig | 137 510 | 145 095 |\n\
        Kilde: Eurostat, data hentet den 3. februar 2025.\n\n\
        Andelen af syrere faldt fra 13,2 % til 8,5 %, mens andelen af godkendte ansøgninger var 42 procent.\n";
    assert_ne!(detect(danish), Some(Lang::Sv));
}
