//! Tests of the whole extractor: resolution of overlaps and cross-language keys.

use super::*;

/// The keys of every value of `text`, in order.
pub(crate) fn keys(text: &str, lang: Lang) -> Vec<String> {
    extract(text, lang).into_iter().map(|value| value.key).collect()
}

/// The keys one reader of the language-independent kind (`find(text, out)`) finds in `text`.
pub(crate) fn keys_found(find: fn(&str, &mut Vec<Value>), text: &str) -> Vec<String> {
    let mut out = Vec::new();
    find(text, &mut out);
    out.into_iter().map(|value| value.key).collect()
}

/// The keys one reader of a language (`find(text, lang, out)`) finds in `text`.
pub(crate) fn keys_found_in(find: fn(&str, Lang, &mut Vec<Value>), text: &str, lang: Lang) -> Vec<String> {
    let mut out = Vec::new();
    find(text, lang, &mut out);
    out.into_iter().map(|value| value.key).collect()
}

#[test]
fn ordinals_of_tens_and_basis_points() {
    assert_eq!(keys("its hundredth line, the fiftieth", Lang::En), ["ord:100", "ord:50"]);
    assert_eq!(keys("sin hundrade serie, den femtionde", Lang::Sv), ["ord:100", "ord:50"]);
    // Swedish market texts write basis points `bp` too.
    assert_eq!(keys("+34,6 bp", Lang::Sv), keys("+34.6 bp", Lang::En));
}

#[test]
fn struck_and_added_figures_share_their_unit() {
    // As a block's text holds them: the strike marks kept, the bold ones read.
    assert_eq!(keys("above ~~90%~~ 85%", Lang::En), ["pct:90", "pct:85"]);
    assert_eq!(keys("på över ~~90~~ 85 viktprocent", Lang::Sv), ["pct:90", "pct:85"]);
    // The definite forms of the unit words after a definite article.
    assert_eq!(keys("de högsta 5 procenten", Lang::Sv), keys("the highest 5 %", Lang::En));
    assert_eq!(keys("de 2 procentenheterna", Lang::Sv), keys("the 2 percentage points", Lang::En));
    assert_eq!(keys("den 1 procentenheten", Lang::Sv), keys("the 1 percentage point", Lang::En));
    assert_eq!(
        keys("no less than EUR ~~0.15~~ 0.10 per container", Lang::En),
        ["amount:EUR:0.15", "amount:EUR:0.1"]
    );
    assert_eq!(keys("till minst ~~0,15~~ 0,10 EUR", Lang::Sv), ["amount:EUR:0.15", "amount:EUR:0.1"]);
    // Figures not struck apart keep their own, where they are no list of one unit.
    assert_eq!(keys("90 cases and 85%", Lang::En), ["num:90", "pct:85"]);
    assert_eq!(keys("90 and 85%", Lang::En), ["pct:90", "pct:85"]);
}

#[test]
fn longest_match_wins() {
    assert_eq!(keys("EUR 81 billion", Lang::En), ["amount:EUR:81000000000"]);
    assert_eq!(
        keys("Article 8 of Regulation (EU) 2024/1351 of 14 May 2024", Lang::En),
        ["art:8", "act:reg:EU:2024/1351", "date:2024-05-14"]
    );
    assert_eq!(
        keys("Artikel 8 i förordning (EU) 2024/1351 av den 14 maj 2024", Lang::Sv),
        ["art:8", "act:reg:EU:2024/1351", "date:2024-05-14"]
    );
}

/// Turns a fixture line into the plain text the parser would hand over: footnote
/// references (`<sup>(N)</sup>`) and a leading footnote label (`(N) `) removed, other
/// superscripts (`2<sup>nd</sup>`) kept as text.
fn plain_line(line: &str) -> String {
    let mut out = String::with_capacity(line.len());
    let mut rest = line;
    while let Some(index) = rest.find("<sup>") {
        out.push_str(rest.get(..index).unwrap_or(""));
        let after = rest.get(index + "<sup>".len()..).unwrap_or("");
        let Some(end) = after.find("</sup>") else {
            rest = after;
            continue;
        };
        let inner = after.get(..end).unwrap_or("");
        let is_reference = inner.starts_with('(') && inner.ends_with(')');
        if !is_reference {
            out.push_str(inner);
        }
        rest = after.get(end + "</sup>".len()..).unwrap_or("");
    }
    out.push_str(rest);
    // A footnote definition written `(N) text`.
    if let Some(label_end) = out.find(") ")
        && out.starts_with('(')
        && out
            .get(1..label_end)
            .is_some_and(|label| !label.is_empty() && label.chars().all(|c| c.is_ascii_digit()))
    {
        return out.get(label_end + 2..).unwrap_or("").to_string();
    }
    out
}

fn fixture(name: &str) -> String {
    let path = format!("{}/fixtures/com-2026-45/{name}", env!("CARGO_MANIFEST_DIR"));
    std::fs::read_to_string(path).unwrap()
}

/// Every value of a fixture document with its 1-based line number.
fn document_values(name: &str, lang: Lang) -> Vec<(usize, Value)> {
    let text = fixture(name);
    let mut out = Vec::new();
    for (index, line) in text.lines().enumerate() {
        let line = plain_line(line);
        for mut value in extract(&line, lang) {
            // A figure written in digits (`12` of `12-week`) is optional only in that it may
            // stand alone; it pairs and differs like any other, so it counts here.
            if line.get(value.span.clone()).is_some_and(|text| text.starts_with(|c: char| c.is_ascii_digit()))
            {
                value.optional = false;
            }
            out.push((index + 1, value));
        }
    }
    out
}

/// One equivalence case of `fixtures/equiv/*.toml`.
#[derive(Debug, serde::Deserialize)]
struct Case {
    src: String,
    tgt: String,
    equal: bool,
}

#[derive(Debug, serde::Deserialize)]
struct Cases {
    case: Vec<Case>,
}

fn sorted_keys(text: &str, lang: Lang) -> Vec<String> {
    let mut keys = keys(text, lang);
    keys.sort();
    keys
}

/// Runs every case of one equivalence table: English `src` against Swedish `tgt`,
/// comparing the multisets of keys.
fn check_equivalences(name: &str) {
    let path = format!("{}/fixtures/equiv/{name}", env!("CARGO_MANIFEST_DIR"));
    let text = std::fs::read_to_string(&path).unwrap();
    let cases: Cases = toml::from_str(&text).unwrap();
    assert!(cases.case.len() >= 25, "{name} holds only {} cases", cases.case.len());
    let mut failures = Vec::new();
    for case in &cases.case {
        let src = sorted_keys(&case.src, Lang::En);
        let tgt = sorted_keys(&case.tgt, Lang::Sv);
        if (src == tgt) != case.equal {
            failures.push(format!(
                "{:?} {src:?}\n  {:?} {tgt:?}\n  expected equal = {}",
                case.src, case.tgt, case.equal
            ));
        }
        if !case.equal && src.is_empty() && tgt.is_empty() {
            failures.push(format!("{:?} / {:?}: nothing extracted", case.src, case.tgt));
        }
    }
    assert!(failures.is_empty(), "{name}:\n{}", failures.join("\n"));
}

#[test]
fn a_figure_glued_to_a_compound_of_its_unit_is_an_optional_figure_of_that_unit() {
    let read = |text: &str, lang: Lang| -> Vec<(String, bool)> {
        extract(text, lang).into_iter().map(|value| (value.key, value.optional)).collect()
    };
    let optional =
        |keys: &[&str]| -> Vec<(String, bool)> { keys.iter().map(|key| (key.to_string(), true)).collect() };
    // A percent written out as the compound's first part, with or without its linking `s`.
    assert_eq!(
        read("nådde 70-procentsmålet, 3-procentsgränsen, 2-procentnivån, 2-procentenhetsgränsen", Lang::Sv),
        optional(&["pct:70", "pct:3", "pct:2", "pp:2"])
    );
    assert_eq!(
        read("a 70-percent target, a 5-per-cent rule, a 5-percentage-point rise", Lang::En),
        optional(&["pct:70", "pct:5", "pp:5"])
    );
    // A currency word: the amount, euro cents in euro.
    assert_eq!(
        read(
            "100-eurosedeln, 50-eurosedlar, 2-euromynt, 20-kronorssedeln, 1-centsmynt, 5-eurocentsmynt",
            Lang::Sv
        ),
        optional(&[
            "amount:EUR:100",
            "amount:EUR:50",
            "amount:EUR:2",
            "amount:kr:20",
            "amount:EUR:0.01",
            "amount:EUR:0.05"
        ])
    );
    assert_eq!(
        read("a 100-euro note, 2-euro coins, a 50-cent coin, a 10-Pound note", Lang::En),
        optional(&["amount:EUR:100", "amount:EUR:2", "amount:EUR:0.5", "amount:GBP:10"])
    );
    // The same value in both languages, whichever way each writes it.
    assert_eq!(
        keys("the 70% target, the €100 banknote", Lang::En),
        keys("70-procentsmålet, 100-eurosedeln", Lang::Sv)
    );
    // The span covers the figure and the head, not the rest of the compound.
    let value = &extract("nådde 70-procentsmålet", Lang::Sv)[0];
    assert_eq!(&"nådde 70-procentsmålet"[value.span.clone()], "70-procent");
    // A word that only starts like a head leaves the plain figure, optional as a modifier's.
    assert_eq!(
        read("95-percentilbedömning, 5-centimeterslager, 27-europeiska, 20-euroområdet", Lang::Sv),
        optional(&["num:95", "num:5", "num:27", "num:20"])
    );
    assert_eq!(
        read("the 95-percentile, a 5-centimetre gap, 27-European", Lang::En),
        optional(&["num:95", "num:5", "num:27"])
    );
    // A unit word after a space is the firm figure the number reader reads; a percent
    // adjective hyphened to its figure is one too.
    assert_eq!(
        read("70 procent, 100 euro, en 5-procentig ökning", Lang::Sv),
        [("pct:70".to_string(), false), ("amount:EUR:100".to_string(), false), ("pct:5".to_string(), false)]
    );
}

#[test]
fn figures_the_other_language_may_write_without_a_number_are_optional() {
    let read = |text: &str, lang: Lang| -> Vec<(String, bool)> {
        extract(text, lang).into_iter().map(|value| (value.key, value.optional)).collect()
    };
    let pairs = |list: &[(&str, bool)]| -> Vec<(String, bool)> {
        list.iter().map(|(key, optional)| (key.to_string(), *optional)).collect()
    };
    assert_eq!(
        read("a 5-year plan within 1 month for 10 persons, 1.5 days, 11 cases", Lang::En),
        pairs(&[("num:5", true), ("num:1", true), ("num:10", false), ("num:1.5", false), ("num:11", false)])
    );
    assert_eq!(read("en 5-årig plan, 5 år", Lang::Sv), pairs(&[("num:5", true), ("num:5", false)]));
    // A `1` that labels a noun is its number, not an article.
    assert_eq!(read("see Table 1 and Part 1", Lang::En), pairs(&[("num:1", false), ("num:1", false)]));
    assert_eq!(read("se tabell 1 och sidan 1", Lang::Sv), pairs(&[("num:1", false), ("num:1", false)]));
    // A count in words that refers back (`de två sänkningarna`); in digits, or before an
    // indefinite noun, it is a figure.
    assert_eq!(
        read("de två sänkningarna, de 74 områdena, dessa tre år", Lang::Sv),
        pairs(&[("num:2", true), ("num:74", false), ("num:3", false)])
    );
    // A count in words after a word of a whole restates how many things follow; in digits,
    // or after another word, it is a figure.
    assert_eq!(
        read("where all three of the following conditions are met, all 27 States, the three", Lang::En),
        pairs(&[("num:3", true), ("num:27", false), ("num:3", false)])
    );
    assert_eq!(
        read("samtliga tre villkor, alla fyra, alla de tio byggstenar, tollalla tre", Lang::Sv)[1..],
        pairs(&[("num:3", true), ("num:4", true), ("num:10", true), ("num:3", false)])
    );
    // A count of the items a list after a colon gives, after `följande`; not before a noun
    // with no colon (a length of time).
    assert!(
        read("överstiga det högre av följande två tal: 0,1 % eller 5,0 %", Lang::Sv)
            .contains(&("num:2".to_string(), true))
    );
    assert_eq!(read("if the following three conditions: the cost", Lang::En), pairs(&[("num:3", true)]));
    assert_eq!(read("under de följande två åren", Lang::Sv), pairs(&[("num:2", false)]));
    // The number word that opens a set phrase counts nothing.
    assert_eq!(read("Det är två sidor av samma mynt.", Lang::Sv), pairs(&[("num:2", true)]));
    assert_eq!(read("They are two sides of the same coin.", Lang::En), pairs(&[("num:2", true)]));
    assert_eq!(read("två sidor av avtalet", Lang::Sv), pairs(&[("num:2", false)]));
    // Shares named by a word, and round figures rounded to.
    assert_eq!(
        read("samtliga aktier på halvtid, till närmaste hundratal", Lang::Sv),
        pairs(&[("pct:100", true), ("pct:50", true), ("num:100", true)])
    );
    assert_eq!(read("a half-time post, the samtliga", Lang::En), pairs(&[("pct:50", true)]));
    // A number word that is part of a name, with its capital after a capitalised word.
    assert_eq!(
        read("Model Rules (Pillar Two), in Phase Three", Lang::En),
        pairs(&[("num:2", true), ("num:3", true)])
    );
    // In small letters, after a word in small letters or at the start, it is a number.
    assert_eq!(
        read("Pillar two rules; two pillars, within Two years. Two States", Lang::En),
        pairs(&[("num:2", false), ("num:2", false), ("num:2", false), ("num:2", false)])
    );
    assert_eq!(read("Pillar 2", Lang::En), pairs(&[("num:2", false)]));
}

#[test]
fn currencies_of_member_states_outside_the_euro_area() {
    assert_eq!(keys("BGN 29 106 (EUR 14 882)", Lang::En), ["amount:BGN:29106", "amount:EUR:14882"]);
    assert_eq!(keys("29 106 BGN (14 882 euro)", Lang::Sv), ["amount:BGN:29106", "amount:EUR:14882"]);
    assert_eq!(
        keys("PLN 3.8 billion, HUF 412.48, RON 5", Lang::En),
        ["amount:PLN:3800000000", "amount:HUF:412.48", "amount:RON:5"]
    );
    assert_eq!(
        keys("3,8 miljarder zloty och 4,1 miljarder forint", Lang::Sv),
        ["amount:PLN:3800000000", "amount:HUF:4100000000"]
    );
    // The lev in the singular after a figure, as Swedish writes it, and the leu.
    assert_eq!(
        keys("1,95583 bulgariska lev för 1 euro; 12 lev; 3 leu", Lang::Sv),
        ["amount:BGN:1.95583", "amount:EUR:1", "amount:BGN:12", "amount:RON:3"]
    );
    assert_eq!(keys("BGN 1.95583", Lang::En), ["amount:BGN:1.95583"]);
    // A code changed, the figure kept, is another amount.
    assert_ne!(keys("29 106 BGN", Lang::Sv), keys("29 106 euro", Lang::Sv));
}

#[test]
fn currencies_outside_the_union_by_code_and_by_name() {
    let en = keys("(eTA, CAD 7), AUD 200, VUV 10 000, JPY 150", Lang::En);
    assert_eq!(en, ["amount:CAD:7", "amount:AUD:200", "amount:VUV:10000", "amount:JPY:150"]);
    assert_eq!(
        keys("(eTA, 7 kanadensiska dollar), 200 australiska dollar, 10 000 vatu, 150 japanska yen", Lang::Sv),
        en
    );
    assert_eq!(
        keys("7 Canadian dollars, 5 Swiss francs, 3 pounds sterling, 2 US dollars", Lang::En),
        ["amount:CAD:7", "amount:CHF:5", "amount:GBP:3", "amount:USD:2"]
    );
    assert_eq!(
        keys("7 amerikanska dollar, 5 schweizerfranc, 3 brittiska pund, 4 pund sterling", Lang::Sv),
        ["amount:USD:7", "amount:CHF:5", "amount:GBP:3", "amount:GBP:4"]
    );
    // A dollar named by its country is that country's: another country is another amount.
    assert_ne!(keys("7 kanadensiska dollar", Lang::Sv), keys("7 amerikanska dollar", Lang::Sv));
    assert_ne!(keys("CAD 7", Lang::En), keys("USD 7", Lang::En));
    // A currency's name before a figure is not its unit, as a code is.
    assert_eq!(
        keys("kursen mot kanadensiska dollar 2 timmar senare", Lang::Sv),
        keys("2 timmar senare", Lang::Sv)
    );
}

#[test]
fn crowns_of_a_named_country_and_of_none() {
    assert_eq!(keys("1 250 miljoner danska kronor", Lang::Sv), ["amount:DKK:1250000000"]);
    assert_eq!(keys("1 250 miljoner kronor, 45 kr", Lang::Sv), ["amount:kr:1250000000", "amount:kr:45"]);
    assert_eq!(keys("DKK 1 250 million", Lang::En), ["amount:DKK:1250000000"]);
    assert!(any_krona("amount:kr:1250000000", "amount:DKK:1250000000"));
    assert!(any_krona("amount-range:kr:1..2", "amount-range:SEK:1..2"));
    assert!(!any_krona("amount:kr:1250000000", "amount:EUR:1250000000"));
    assert!(!any_krona("amount:SEK:1250000000", "amount:DKK:1250000000"));
    assert!(!any_krona("amount:kr:12", "amount:DKK:120"));
    assert_eq!(krona_neutral("amount:DKK:5"), "amount:kr:5");
    assert_eq!(krona_neutral("amount-range:SEK:5..6"), "amount-range:kr:5..6");
    assert_eq!(krona_neutral("amount:EUR:5"), "amount:EUR:5");
    assert_eq!(krona_neutral("num:5"), "num:5");
}

#[test]
fn equivalences_numbers() {
    check_equivalences("numbers.toml");
}

#[test]
fn equivalences_dates() {
    check_equivalences("dates.toml");
}

#[test]
fn equivalences_legal() {
    check_equivalences("legal.toml");
}

#[test]
fn equivalences_urls() {
    check_equivalences("urls.toml");
}

/// Keys found in one document more often than in the other, with the lines where they occur:
/// `(key, count in en minus count in sv, en lines, sv lines)`.
fn document_differences(kinds: &[ValueKind]) -> Vec<(String, i64, Vec<usize>, Vec<usize>)> {
    use std::collections::BTreeMap;
    let mut table: BTreeMap<String, (i64, Vec<usize>, Vec<usize>)> = BTreeMap::new();
    // Optional readings (`andra` as "second") are never reported alone: leave them out.
    for (line, value) in document_values("en.md", Lang::En) {
        if kinds.contains(&value.kind) && !value.optional {
            let entry = table.entry(value.key).or_default();
            entry.0 += 1;
            entry.1.push(line);
        }
    }
    for (line, value) in document_values("sv.md", Lang::Sv) {
        if kinds.contains(&value.kind) && !value.optional {
            let entry = table.entry(value.key).or_default();
            entry.0 -= 1;
            entry.2.push(line);
        }
    }
    table
        .into_iter()
        .filter(|(_, (balance, _, _))| *balance != 0)
        .map(|(key, (balance, en, sv))| (key, balance, en, sv))
        .collect()
}

/// The Legal and URL keys of the English and Swedish COM(2026) 45 agree, except for
/// these differences of the documents themselves (found by this test, checked by hand):
#[test]
fn fixture_pair_legal_and_url_keys_agree() {
    let known: &[(&str, i64)] = &[
        // sv.md:392 numbers the act, `förordning (EU) 2024/1349`; en.md:386 names it without
        // its number (only its ELI, which both give).
        ("act:reg:EU:2024/1349", -1),
        // sv.md:328 numbers the act, en.md:332 does not (`Regulation … of 14 May 2024 on asylum
        // and migration management`).
        ("act:reg:EU:2024/1351", -1),
        // en.md:98 link text writes the Eurostat title with spaces for underscores, so the
        // text URL stops at the first space: one full URL less, one truncated URL more.
        ("url:ec.europa.eu/eurostat/statistics-explained/index.php?title=Residence", 1),
        (
            "url:ec.europa.eu/eurostat/statistics-explained/index.php?title=Residence_permits_–_statistics_on_authorisations_to_reside_and_work",
            -1,
        ),
        // en.md:512 links CELEX 52025SSC0162 (a typo), sv.md:534 links 52025SC0162.
        ("url:eur-lex.europa.eu/legal-content/TXT/?uri=CELEX:52025SC0162", -1),
        ("url:eur-lex.europa.eu/legal-content/TXT/?uri=CELEX:52025SSC0162", 1),
        // The programme page of the Migrant Protection, Return and Reintegration programme
        // is linked under four different slugs: en.md:158 `…-mprrr-ssa_en`, sv.md:162
        // `…-mprp-ssa_sv`, en.md:232 `…-mpr-ssa_en`, sv.md:250 `…-mpr-r-ssa_sv`.
        (
            "url:international-partnerships.ec.europa.eu/policies/programming/projects/migrant-protection-return-and-reintegration-programme-sub-saharan-africa-mpr-r-ssa_{lang}",
            -2,
        ),
        (
            "url:international-partnerships.ec.europa.eu/policies/programming/projects/migrant-protection-return-and-reintegration-programme-sub-saharan-africa-mpr-ssa_{lang}",
            2,
        ),
        (
            "url:international-partnerships.ec.europa.eu/policies/programming/projects/migrant-protection-return-and-reintegration-programme-sub-saharan-africa-mprp-ssa_{lang}",
            -2,
        ),
        (
            "url:international-partnerships.ec.europa.eu/policies/programming/projects/migrant-protection-return-and-reintegration-programme-sub-saharan-africa-mprrr-ssa_{lang}",
            2,
        ),
    ];
    let found = document_differences(&[ValueKind::Legal, ValueKind::Url]);
    for (key, balance, en, sv) in &found {
        println!("{key}\ten-sv={balance}\ten lines {en:?}\tsv lines {sv:?}");
    }
    let found: Vec<(&str, i64)> = found.iter().map(|(key, balance, _, _)| (key.as_str(), *balance)).collect();
    assert_eq!(found, known);
}

/// Numbers and dates of the pair agree too, up to these differences of the documents:
#[test]
fn fixture_pair_number_and_date_keys_agree() {
    let known: &[(&str, i64)] = &[
        // (en.md:174 `IP 25 2229 EN.pdf` and sv.md:192 `IP\_25\_2229\_EN.pdf` agree: an
        // underscore separates numbers like a space.)
        // en.md:166 `the 2nd International Conference`, sv.md:176 `den andra internationella
        // konferensen`: Swedish `andra` (also "other") is not read as an ordinal.
        ("ord:2", 1),
    ];
    let found = document_differences(&[ValueKind::Number, ValueKind::Date]);
    for (key, balance, en, sv) in &found {
        println!("{key}\ten-sv={balance}\ten lines {en:?}\tsv lines {sv:?}");
    }
    let found: Vec<(&str, i64)> = found.iter().map(|(key, balance, _, _)| (key.as_str(), *balance)).collect();
    assert_eq!(found, known);
}

mod properties {
    use proptest::prelude::*;

    use super::*;

    /// Pieces that reach the interesting paths: separators, scale words, act shapes, URLs.
    fn piece() -> impl Strategy<Value = String> {
        prop_oneof![
            "[0-9]{1,5}",
            Just(",".to_string()),
            Just(".".to_string()),
            Just(" ".to_string()),
            Just("\u{00A0}".to_string()),
            Just("\u{202F}".to_string()),
            Just("–".to_string()),
            Just("-".to_string()),
            Just("/".to_string()),
            Just("%".to_string()),
            Just("€".to_string()),
            Just("EUR".to_string()),
            Just("billion".to_string()),
            Just("miljarder".to_string()),
            Just("May".to_string()),
            Just("maj".to_string()),
            Just("(EU)".to_string()),
            Just("No".to_string()),
            Just("Article".to_string()),
            Just("artikel".to_string()),
            Just("OJ L".to_string()),
            Just("COM(".to_string()),
            Just(")".to_string()),
            Just("https://x.eu/".to_string()),
            Just("\\_".to_string()),
            Just("tjugofem".to_string()),
            Just("twenty-".to_string()),
            Just("a third".to_string()),
            Just("första halvåret".to_string()),
            Just("Q".to_string()),
            "\\PC{1,3}",
        ]
    }

    fn assert_well_formed(text: &str, values: &[Value]) {
        let mut previous_end = 0;
        for value in values {
            assert!(value.span.start < value.span.end, "empty span {value:?}");
            assert!(value.span.end <= text.len(), "span out of bounds {value:?}");
            assert!(text.is_char_boundary(value.span.start), "{value:?}");
            assert!(text.is_char_boundary(value.span.end), "{value:?}");
            assert!(value.span.start >= previous_end, "overlap or disorder at {value:?}");
            assert!(!value.key.is_empty());
            previous_end = value.span.end;
        }
    }

    proptest! {
        #[test]
        fn arbitrary_text_is_safe(text in "\\PC{0,200}") {
            for lang in [Lang::En, Lang::Sv] {
                let values = extract(&text, lang);
                assert_well_formed(&text, &values);
            }
            let _ = extract_url(&text);
        }

        #[test]
        fn composed_text_is_safe(pieces in proptest::collection::vec(piece(), 0..40)) {
            let text: String = pieces.concat();
            for lang in [Lang::En, Lang::Sv] {
                let values = extract(&text, lang);
                assert_well_formed(&text, &values);
            }
        }
    }
}

#[test]
fn link_targets_normalise_like_text() {
    let target = extract_url("https://eur-lex.europa.eu/legal-content/EN/TXT/?uri=CELEX:52025DC0795");
    let text = extract("<https://eur-lex.europa.eu/legal-content/SV/TXT/?uri=celex:52025DC0795>.", Lang::Sv);
    assert_eq!(target.map(|value| value.key), text.first().map(|value| value.key.clone()));
    assert!(extract_url("#").is_none());
    assert!(extract_url("").is_none());
}

#[test]
fn empty_and_plain_prose_give_nothing() {
    assert!(extract("", Lang::En).is_empty());
    assert!(extract("Delivering on migration is a political priority.", Lang::En).is_empty());
    assert!(extract("Medborgarna förväntar sig en rättvis och fast politik.", Lang::Sv).is_empty());
}

#[test]
fn act_identity_across_ways_of_citing() {
    let id = |text: &str, lang| extract(text, lang).into_iter().find_map(|v| v.act_id());
    let want = Some("2024/1351".to_string());
    assert_eq!(id("Regulation (EU) 2024/1351", Lang::En), want);
    assert_eq!(id("förordning (EU) 2024/1351", Lang::Sv), want);
    assert_eq!(id("ELI: http://data.europa.eu/eli/reg/2024/1351/oj", Lang::En), want);
    assert_eq!(id("https://eur-lex.europa.eu/legal-content/EN/TXT/PDF/?uri=OJ:L_202401351", Lang::En), want);
    assert_eq!(id("Regulation (EU) No 604/2013", Lang::En), Some("2013/604".to_string()));
    assert_eq!(id("in 2024 and 1351 people", Lang::En), None);
}

#[test]
fn mentions_folds_ascii_and_never_misses_non_ascii_words() {
    let lower = super::Lower::new("Under FÖRSTA HALVÅRET 2025 och i MAJ");
    assert!(lower.mentions(&super::Gate::new(&gate_words(["maj"]))));
    assert_eq!(gate_words(["halvåret", "halvår"]), ["halv"]);
    assert!(lower.mentions(&super::Gate::new(&gate_words(["halvåret"]))), "looked for as `halv`");
    assert!(lower.mentions(&super::Gate::new(&gate_words(["första"]))), "looked for as `f`");
    assert!(
        lower.mentions(&super::Gate::new(&gate_words(["ämne"]))),
        "an empty ASCII part rules nothing out"
    );
    assert!(!lower.mentions(&super::Gate::new(&gate_words(["juni", "kvartal"]))));
}

#[test]
fn every_pattern_compiles() {
    for lang in [Lang::En, Lang::Sv] {
        for pattern in date::all_patterns(lang).into_iter().chain(legal::all_patterns(lang)) {
            assert!(pattern.compile().is_ok(), "{lang:?}: {:?}", pattern.compile().err());
            // An empty text is answered without searching: no pattern may match it.
            assert_eq!(pattern.compile().map(|engine| engine.is_match("")), Ok(false), "{lang:?}");
        }
    }
    for pattern in url::all_patterns() {
        assert!(pattern.compile().is_ok(), "{:?}", pattern.compile().err());
        assert_eq!(pattern.compile().map(|engine| engine.is_match("")), Ok(false));
    }
}

proptest::proptest! {
    /// A gate answers what one `str::contains` per word answers, whatever words hold others.
    #[test]
    fn mentions_is_contains(
        text in "[a-zA-Zåä0-9 ./]{0,60}",
        words in proptest::collection::vec("[a-zä./]{0,4}", 0..5),
    ) {
        let lower = super::Lower::new(&text);
        let words: Vec<&str> = words.iter().map(String::as_str).collect();
        let expected = words.iter().any(|word| text.to_ascii_lowercase().contains(word));
        proptest::prop_assert_eq!(lower.mentions_words(words.iter().copied()), expected);
        proptest::prop_assert_eq!(lower.mentions(&super::Gate::new(&words)), expected);
    }

    /// Choosing among candidates gives what the map of chosen values gave, equal candidates
    /// (the same span and kind, another key) included.
    #[test]
    fn resolve_is_resolve_by_map(
        spans in proptest::collection::vec((0usize..30, 0usize..8, 0usize..4, 0usize..3), 0..24),
    ) {
        let kinds = [ValueKind::Number, ValueKind::Date, ValueKind::Legal, ValueKind::Url];
        let candidates: Vec<Value> = spans
            .iter()
            .enumerate()
            .map(|(index, (start, length, kind, key))| {
                let kind = kinds.get(*kind).copied().unwrap_or(ValueKind::Number);
                Value::new(kind, *start..start + length, format!("k{key}"), format!("{index}"))
            })
            .collect();
        proptest::prop_assert_eq!(super::resolve(candidates.clone()), super::resolve_by_map(candidates));
    }
}

#[test]
fn words_that_refer_back_to_a_figure() {
    let restates = |text: &str, lang, distributives| super::restates_a_figure(text, lang, distributives);
    assert!(restates("Det innebär att hälften var äldre än så.", Lang::Sv, false));
    assert!(restates("Den nuvarande nivån fastställdes 2024.", Lang::Sv, false));
    assert!(restates("That level was set in 2024.", Lang::En, false));
    // A distributive only where asked for.
    assert!(restates("244 arbetsdagar på vardera anställningsorten.", Lang::Sv, true));
    assert!(!restates("244 arbetsdagar på vardera anställningsorten.", Lang::Sv, false));
    assert!(restates("Two seats each.", Lang::En, true));
    assert!(!restates("Each Member State pays.", Lang::En, false));
    // Not a noun alone, nor the past tense `var`, nor a phrase that refers to nothing.
    assert!(!restates("Nivån fastställdes när de var fler.", Lang::Sv, true));
    assert!(!restates("Inga ansökningar har än så länge lämnats in.", Lang::Sv, true));
    assert!(restates("Det är mer än så.", Lang::Sv, false));
    // Whole words only.
    assert!(!restates("Rather than thatch, the roof is tiled with bothy slates.", Lang::En, true));
}

#[test]
fn copies_of_an_agreement() {
    assert_eq!(keys("Done at Brussels in duplicate in the English language.", Lang::En), ["num:2"]);
    assert_eq!(keys("Upprättat i Bryssel i två exemplar på engelska.", Lang::Sv), ["num:2"]);
    assert!(keys("A duplicate application is rejected.", Lang::En).is_empty());
}

#[test]
fn definite_scale_words_refer_back_to_an_amount() {
    assert_eq!(keys("de 1,2 miljarderna euro", Lang::Sv), keys("the EUR 1.2 billion", Lang::En));
    assert_eq!(keys("De 350 miljonerna euro", Lang::Sv), keys("The EUR 350 million", Lang::En));
    // Optional after the same figure given before it, as the other version need not repeat it.
    let optional = |text: &str| -> Vec<(String, bool)> {
        extract(text, Lang::Sv).into_iter().map(|v| (v.key, v.optional)).collect()
    };
    assert_eq!(
        optional(
            "för sammanlagt 1,74 miljarder euro. Av de 1,74 miljarderna euro står Tyskland för 1,2 miljarder euro."
        ),
        [
            ("amount:EUR:1740000000".to_string(), false),
            ("amount:EUR:1740000000".to_string(), true),
            ("country:DE".to_string(), true),
            ("amount:EUR:1200000000".to_string(), false)
        ]
    );
    assert_eq!(
        optional("Spanien 400 miljoner euro. Av de 400 miljonerna går"),
        [
            ("country:ES".to_string(), true),
            ("amount:EUR:400000000".to_string(), false),
            ("num:400000000".to_string(), true)
        ]
    );
    // A figure not given before, the indefinite form or no determiner: kept.
    for text in [
        "för 1,2 miljarder euro. Av de 1,74 miljarderna euro står",
        "för 1,74 miljarder euro. Av de 1,74 miljarder euro står",
        "för 1,74 miljarder euro. Av 1,74 miljarderna euro står",
    ] {
        assert!(optional(text).iter().all(|(_, optional)| !optional), "{text}");
    }
}

#[test]
fn the_last_of_numbered_parts() {
    assert_eq!(keys("the last sentence of recital 27", Lang::En), ["ord:last", "num:27"]);
    assert_eq!(keys("sista meningen i skäl 27", Lang::Sv), ["ord:last", "num:27"]);
    assert_eq!(keys("the last subparagraph", Lang::En), keys("sista stycket", Lang::Sv));
    // Last of anything else, or inside a word: no value.
    assert!(keys("the last meeting, at last, lasting sentences", Lang::En).is_empty());
    assert!(keys("sista mötet, assistans", Lang::Sv).is_empty());
}

#[test]
fn the_last_part_of_a_period() {
    let read = |text: &str, lang: Lang| {
        extract(text, lang).into_iter().map(|v| (v.key, v.optional, v.per)).collect::<Vec<_>>()
    };
    // The period is a monthly recurrence of its own too.
    let monthly = ("ratio:1/1".to_string(), true, None);
    let last = [("ord:last".to_string(), true, Some("month")), monthly.clone()];
    assert_eq!(read("on the last working day of each month", Lang::En), last);
    assert_eq!(read("den sista arbetsdagen i varje månad", Lang::Sv), last);
    // The first of the same period, as `first` is read, differs.
    assert_eq!(
        read("den första arbetsdagen i varje månad", Lang::Sv),
        [("ord:1".to_string(), true, Some("month")), monthly]
    );
    assert_eq!(keys("the last day of the year", Lang::En), ["ord:last"]);
    // Not a verb and its count, nor a plural, nor a week, a month or a quarter, often the one
    // before (`last month`).
    assert!(keys("the last week, last month", Lang::En).is_empty());
    assert!(keys("the effects may last days", Lang::En).is_empty());
    assert!(keys("de sista dagarna", Lang::Sv).is_empty());
}

/// A word searched with the text's byte pairs is found where a test of every place finds it.
#[test]
fn word_finder_finds_what_a_scan_finds() {
    let texts = [
        "Every other year, every other week; noon and Noon, NOON; everyother",
        "varannan vecka, Vartannat år; mitt på dagen, Ärende Å midnatt",
        "the other year at midnight and at Midnight, a dozen, Dozen",
        "",
    ];
    for text in texts {
        let pairs = super::Pairs::of(text.as_bytes());
        for word in ["every other", "noon", "varannan", "vartannat", "midnatt", "midnight", "dozen", "år"] {
            let finder = super::WordFinder::new(word);
            let found: Vec<_> = finder.find_iter(text, &pairs).collect();
            let scanned: Vec<_> = (0..text.len())
                .filter_map(|start| {
                    let end = start + word.len();
                    let alone = !super::char_before(text, start).is_some_and(char::is_alphanumeric)
                        && !super::char_at(text, end).is_some_and(char::is_alphanumeric);
                    // The first letter in either case, the rest as written.
                    let written = text.as_bytes().get(start..end)?;
                    let same = written.first()?.eq_ignore_ascii_case(word.as_bytes().first()?)
                        && written.get(1..) == word.as_bytes().get(1..);
                    (alone && same).then_some(start..end)
                })
                .collect();
            assert_eq!(found, scanned, "{word:?} in {text:?}");
        }
    }
}

#[test]
fn words_that_put_a_year_in_time() {
    let after = |text: &str, lang: Lang, leads: bool| {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len());
        super::after_year_preposition(text, at, lang, leads)
    };
    assert!(after("Since 2021, the Union", Lang::En, false));
    assert!(after("Sedan 2021 har unionen", Lang::Sv, false));
    assert!(after("År 2025 nådde", Lang::Sv, false));
    assert!(!after("har unionen ingått 2021 partnerskap", Lang::Sv, true));
    assert!(!after("rose to 31 200", Lang::En, false));
    // `till` is `to` as often as `until`: a year may follow it, but it puts no count in time.
    assert!(!after("ökade till 31 200", Lang::Sv, false));
    assert!(after("dubbelt så många som 2023", Lang::Sv, true));
    assert!(!after("dubbelt så många som 2023", Lang::Sv, false));
    // A word glued to the figure is no word before it.
    assert!(!after("in2021", Lang::En, false));
    assert!(!after("2021 först", Lang::Sv, true));
}

#[test]
fn the_senses_of_the_words_before_a_year() {
    use super::tables::year_sense::{BY, END, FOR, MIDDLE, SINCE, WITHIN};
    let sense = |text: &str, lang: Lang| {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len());
        super::year_sense(text, at, lang)
    };
    assert_eq!(sense("In 2024, the EPPO", Lang::En), WITHIN);
    assert_eq!(sense("Under 2024 hänsköt", Lang::Sv), WITHIN);
    assert_eq!(sense("Sedan 2021 har", Lang::Sv), SINCE);
    assert_eq!(sense("by the end of 2027", Lang::En), END);
    assert_eq!(sense("före utgången av 2027", Lang::Sv) & END, END);
    assert_eq!(sense("by mid-2027", Lang::En), MIDDLE);
    assert_eq!(sense("by 2030", Lang::En) & BY, BY);
    // `för` is `for`, never `in`: a count after it is its object.
    assert_eq!(sense("hölls tidsfristen för 71", Lang::Sv), FOR);
    assert_eq!(sense("published in 2025", Lang::En) & FOR, 0);
    // A lead or no year word has none.
    assert_eq!(sense("dubbelt så många som 2023", Lang::Sv), 0);
    assert_eq!(sense("offentliggjordes 2025", Lang::Sv), 0);
}

#[test]
fn phrases_that_put_a_year_in_time() {
    let after = |text: &str, lang: Lang| {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len());
        super::after_year_preposition(text, at, lang, false)
    };
    assert!(after("by the end of 2025", Lang::En));
    assert!(after("At the beginning of 2026, the", Lang::En));
    assert!(after("in the first half of 2024", Lang::En));
    assert!(after("by mid-2026", Lang::En));
    assert!(after("I slutet av 2025 hade", Lang::Sv));
    assert!(after("vid utgången av 2024", Lang::Sv));
    assert!(after("före utgången av 2027", Lang::Sv));
    assert!(after("senast i mitten av 2027", Lang::Sv));
    assert!(after("i början av 2026", Lang::Sv));
    assert!(after("under första halvåret 2026", Lang::Sv));
    // Their last word alone puts nothing in time, nor a word that only ends like the phrase.
    assert!(!after("one of 2025", Lang::En));
    assert!(!after("a weekend of 2025", Lang::En));
    assert!(!after("hälften av 2025", Lang::Sv));
    // Only a phrase that ends in a hyphen is glued to the year; it is apart from no other.
    assert!(!after("the end of2025", Lang::En));
    assert!(!after("by mid- 2026", Lang::En));
    assert!(!after("pre-2026", Lang::En));
}

#[test]
fn figures_after_a_preposition() {
    let after = |text: &str, lang: Lang| {
        let at = text.find(|c: char| c.is_ascii_digit()).unwrap_or(text.len());
        super::after_figure_preposition(text, at, lang)
    };
    assert!(after("samples taken in 412 large supply zones", Lang::En));
    assert!(!after("31 of the 74 zones", Lang::En));
    assert!(after("of the 74 zones", Lang::En));
    assert!(after("I 412 stora distributionsområden", Lang::Sv));
    assert!(after("Av de 74 områdena", Lang::Sv));
    assert!(after("över 1 000 anläggningar", Lang::Sv));
    assert!(!after("However, 1 284 samples", Lang::En));
    assert!(!after("var dock 1 284 prov", Lang::Sv));
    assert!(!after("omfattas 31 av det fallet", Lang::Sv));
    // A determiner alone, or after a word that is no preposition, governs nothing.
    assert!(!after("the 74 zones", Lang::En));
    assert!(!after("covered the 74 zones", Lang::En));
    // A word glued to the figure, or cut by a comma, is no word before it.
    assert!(!after("in2021", Lang::En));
    assert!(!after("in, 12", Lang::En));
}

#[test]
fn indefinite_articles() {
    assert!(super::starts_with_article("a year", Lang::En));
    assert!(super::starts_with_article("An hour", Lang::En));
    assert!(!super::starts_with_article("one year", Lang::En));
    assert!(super::starts_with_article("ett år", Lang::Sv));
    assert!(!super::starts_with_article("två år", Lang::Sv));
    assert!(!super::starts_with_article("annual", Lang::En));
}

#[test]
fn periods_listed_before_their_year_share_it() {
    assert_eq!(keys("Q3 and Q4 2025", Lang::En), ["quarter:2025-Q3", "quarter:2025-Q4"]);
    assert_eq!(
        keys("Q1, Q2 and Q3 2024", Lang::En),
        ["quarter:2024-Q1", "quarter:2024-Q2", "quarter:2024-Q3"]
    );
    assert_eq!(keys("H1 and H2 2026", Lang::En), ["half:2026-H1", "half:2026-H2"]);
    assert_eq!(
        keys("the third and fourth quarters of 2025", Lang::En),
        ["quarter:2025-Q3", "quarter:2025-Q4"]
    );
    assert_eq!(keys("the first and second halves of 2025", Lang::En), ["half:2025-H1", "half:2025-H2"]);
    assert_eq!(
        keys("tredje respektive fjärde kvartalet 2025", Lang::Sv),
        ["quarter:2025-Q3", "quarter:2025-Q4"]
    );
    assert_eq!(keys("första och andra halvåret 2025", Lang::Sv), ["half:2025-H1", "half:2025-H2"]);
    // Ordinals in digits with their ending, as a table's cell writes a range of quarters.
    assert_eq!(keys("3:e–4:e kvartalet 2025", Lang::Sv), keys("Q3–Q4 2025", Lang::En));
    assert_eq!(keys("3:e och 4:e kvartalet 2025", Lang::Sv), ["quarter:2025-Q3", "quarter:2025-Q4"]);
    assert_eq!(keys("4:e kvartalet 2025", Lang::Sv), ["quarter:2025-Q4"]);
    // A figure with a full stop is no ordinal of the period.
    assert!(!keys("punkt 3. och 4:e kvartalet 2025", Lang::Sv).contains(&"quarter:2025-Q3".to_string()));
    // Not joined, or a count of periods: no period of its own.
    assert_eq!(keys("Q3 was weak; Q4 2025 was not", Lang::En), ["quarter:Q3", "quarter:2025-Q4"]);
    // A count of the first quarters of a year: its first and last quarter, as a range gives them.
    assert_eq!(keys("de tre första kvartalen 2026", Lang::Sv), ["quarter:2026-Q1", "quarter:2026-Q3"]);
    assert_eq!(keys("Q1 to Q3 2026", Lang::En), ["quarter:2026-Q1", "quarter:2026-Q3"]);
    assert!(!keys("the fifth and fourth quarter of 2025", Lang::En).contains(&"quarter:2025-Q5".to_string()));
}

#[test]
fn recurrences_named_by_their_period() {
    let optional = |text: &str, lang: Lang| {
        extract(text, lang).into_iter().map(|v| (v.key, v.optional)).collect::<Vec<_>>()
    };
    assert_eq!(optional("minst en gång per halvår", Lang::Sv), [("ratio:1/6".to_string(), true)]);
    assert_eq!(optional("rapporterar kvartalsvis", Lang::Sv), [("ratio:1/3".to_string(), true)]);
    assert_eq!(optional("reports half-yearly", Lang::En), [("ratio:1/6".to_string(), true)]);
    assert_eq!(optional("at least once a year", Lang::En), [("ratio:1/12".to_string(), true)]);
    // The figure of `every six months` is the same ratio, firm.
    assert_eq!(optional("every six months", Lang::En), [("ratio:1/6".to_string(), false)]);
    // Every two months as `varannan månad`, twice a year as `halvårsvis`, a capital too.
    assert_eq!(optional("Bimonthly publication", Lang::En), [("ratio:1/2".to_string(), true)]);
    assert_eq!(optional("a bi-monthly bulletin", Lang::En), [("ratio:1/2".to_string(), true)]);
    assert_eq!(optional("the biannual report", Lang::En), [("ratio:1/6".to_string(), true)]);
    assert_eq!(optional("Tidningen ges ut varannan månad", Lang::Sv), [("ratio:1/2".to_string(), false)]);
    // Every two weeks, as `a fortnight`.
    assert_eq!(optional("meets biweekly", Lang::En), optional("meets fortnightly", Lang::En));
    // Inside a longer word, none.
    assert!(optional("kvartalsvisare", Lang::Sv).is_empty());
    assert!(optional("Bimonthlyish", Lang::En).is_empty());
}

#[test]
fn euro_cents_are_hundredths_of_a_euro() {
    assert_eq!(super::hundredth("2").as_deref(), Some("0.02"));
    assert_eq!(super::hundredth("150").as_deref(), Some("1.5"));
    assert_eq!(super::hundredth("0.2").as_deref(), Some("0.002"));
    assert_eq!(super::hundredth("1200").as_deref(), Some("12"));
    assert_eq!(keys("med omkring 2 cent per kWh", Lang::Sv), ["amount:EUR:0.02"]);
    assert_eq!(keys("0,2 euro cent per minut", Lang::Sv), ["amount:EUR:0.002"]);
    assert_eq!(keys("EUR 0.2 cent per minute", Lang::En), ["amount:EUR:0.002"]);
    assert_eq!(keys("by around €0.02 per kWh", Lang::En), ["amount:EUR:0.02"]);
    assert_eq!(keys("5 per cent", Lang::En), ["pct:5"]);
    // A range of cents, and a bare first bound with the unit written after the second.
    assert_eq!(keys("höjas med 1,2–1,9 eurocent per kWh", Lang::Sv), ["amount-range:EUR:0.012..0.019"]);
    assert_eq!(
        keys("rise by 1.2 to 1.9 eurocents per kWh", Lang::En),
        ["amount:EUR:0.012", "amount:EUR:0.019"]
    );
    // A figure of its own before another word stays a figure.
    assert_eq!(keys("in 3 cases 2 cents", Lang::En), ["num:3", "amount:EUR:0.02"]);
}

#[test]
fn a_word_of_a_fall_before_a_figure_in_its_clause() {
    let before = |text: &str, figure: &str, lang: Lang| {
        super::falls_before(text, text.find(figure).unwrap_or(0), lang)
    };
    let text =
        "förväntas det strukturella primära underskottet minska från 2,0 % av BNP 2025 till 1,4 % 2026";
    assert!(before(text, "1,4", Lang::Sv));
    assert!(before("a deficit of -7.9%", "-7.9", Lang::En));
    // Not across the end of a clause.
    assert!(!before("the deficit fell; growth reached 1.4%", "1.4", Lang::En));
    assert!(!before("growth reached 1.4%", "1.4", Lang::En));
    // The head of a Swedish compound.
    assert!(before("och födelseunderskottet uppgick till 1,07 miljoner", "1,07", Lang::Sv));
    assert!(before("en befolkningsminskning på 0,2 %", "0,2", Lang::Sv));
    assert!(!before("och födelseöverskottet uppgick till 1,07 miljoner", "1,07", Lang::Sv));
}

#[test]
fn multiples_in_one_word() {
    let counts = |text: &str, lang: Lang| {
        extract(text, lang)
            .into_iter()
            .map(|v| (v.key, v.detail.unwrap_or_default(), v.optional))
            .collect::<Vec<_>>()
    };
    let times = |n: &str| (format!("num:{n}"), "times".to_string(), true);
    assert_eq!(counts("a fourfold increase", Lang::En), [times("4")]);
    assert_eq!(counts("increased fivefold", Lang::En), [times("5")]);
    assert_eq!(counts("jordskred femdubblades", Lang::Sv), [times("5")]);
    assert_eq!(counts("en tiofaldig ökning", Lang::Sv), [times("10")]);
    // Not inside another word.
    assert!(counts("the manifold ways", Lang::En).is_empty());
}

#[test]
fn weekdays_named_alone() {
    let days = |text: &str, lang: Lang| {
        extract(text, lang)
            .into_iter()
            .filter(|v| v.key.starts_with("weekday:"))
            .map(|v| (v.key, v.optional))
            .collect::<Vec<_>>()
    };
    let day = |n: u8| (format!("weekday:{n}"), true);
    assert_eq!(days("by 19.00 on the Monday of the part-session", Lang::En), [day(1)]);
    assert_eq!(days("senast kl. 19 på måndagen", Lang::Sv), [day(1)]);
    assert_eq!(days("kl. 24.00 på söndag", Lang::Sv), [day(7)]);
    assert_eq!(days("on Mondays and Thursdays", Lang::En), [day(1), day(4)]);
    assert_eq!(days("på måndagar och torsdagar", Lang::Sv), [day(1), day(4)]);
    assert_eq!(days("Monday to Friday", Lang::En), [day(1), day(5)]);
    assert_eq!(days("måndag–fredag", Lang::Sv), [day(1), day(5)]);
    assert_eq!(days("i måndags och lördagens möte", Lang::Sv), [day(1), day(6)]);
    // Words of several days, and a weekday inside another word, are none.
    assert!(days("on weekdays, vardagar och helgdagar", Lang::Sv).is_empty());
    assert!(days("on weekdays", Lang::En).is_empty());
    assert!(days("måndagsmötet", Lang::Sv).is_empty());
    // A weekday before a date is the date's detail, not a value of its own.
    for (text, lang) in
        [("on Monday 14 September 2026", Lang::En), ("tisdagen den 14 september 2026", Lang::Sv)]
    {
        let values = extract(text, lang);
        assert_eq!(values.len(), 1, "{text}");
        assert!(values[0].key.starts_with("date:") && values[0].detail.is_some(), "{text}");
    }
}

#[test]
fn abbreviated_weekdays_before_a_date() {
    let weekday = |text: &str, lang: Lang| -> Vec<(String, Option<String>)> {
        extract(text, lang)
            .into_iter()
            .filter(|v| v.kind == ValueKind::Date && !v.key.starts_with("weekday:"))
            .map(|v| (v.key, v.detail))
            .collect()
    };
    let on = |key: &str, day: &str| vec![(key.to_string(), Some(day.to_string()))];
    assert_eq!(weekday("| Thu 22 Oct 2026 | Online briefing |", Lang::En), on("date:2026-10-22", "thursday"));
    assert_eq!(weekday("Tues. 3 March 2026", Lang::En), on("date:2026-03-03", "tuesday"));
    assert_eq!(weekday("FRI 13 Nov 2026", Lang::En), on("date:2026-11-13", "friday"));
    assert_eq!(weekday("| tors. 22 okt. 2026 | Genomgång |", Lang::Sv), on("date:2026-10-22", "thursday"));
    assert_eq!(weekday("Sista dag för anmälan fre. 13 nov.", Lang::Sv), on("day:11-13", "friday"));
    assert_eq!(weekday("Tors 22 okt. 2026", Lang::Sv), on("date:2026-10-22", "thursday"));
    assert_eq!(weekday("lör. den 5 december 2026", Lang::Sv), on("date:2026-12-05", "saturday"));
    // An English abbreviation in lower case is another word; a word that only starts like
    // one is none.
    assert_eq!(weekday("they wed 5 May 2026", Lang::En), [("date:2026-05-05".to_string(), None)]);
    assert_eq!(weekday("Thuringia 5 May 2026", Lang::En), [("date:2026-05-05".to_string(), None)]);
    assert_eq!(weekday("Friday. 13 May 2026", Lang::En), [("date:2026-05-13".to_string(), None)]);
    assert_eq!(weekday("fredags. 13 maj 2026", Lang::Sv), [("date:2026-05-13".to_string(), None)]);
}

/// Two values joined as items of one list: a list word between them and no mark that ends a
/// clause.
#[test]
fn two_items_a_list_word_joins() {
    assert!(super::joins_two_items(" litres and containers with a capacity of up to ", Lang::En));
    assert!(super::joins_two_items(" of 2019 OR ", Lang::En));
    assert!(super::joins_two_items(" liter och behållare med högst ", Lang::Sv));
    assert!(!super::joins_two_items(
        " years for women aged 50 to 69, and suggests screening every ",
        Lang::En
    ));
    assert!(!super::joins_two_items(" litres; containers and ", Lang::En));
    // A list word inside another word joins nothing.
    assert!(!super::joins_two_items(" hands in ", Lang::En));
    assert!(!super::joins_two_items(" liter för kochbehållare ", Lang::Sv));
    assert!(!super::joins_two_items(" and ", Lang::Sv));
}

#[test]
fn the_base_of_an_exchange_rate_is_optional() {
    let values = |text: &str, lang: Lang| {
        extract(text, lang).into_iter().map(|v| (v.key, v.optional)).collect::<Vec<_>>()
    };
    let base = |key: &str, optional: bool| (key.to_string(), optional);
    assert_eq!(
        values("at the exchange rate of EUR 1 = HUF 391.25 published", Lang::En),
        [base("amount:EUR:1", true), base("amount:HUF:391.25", false)]
    );
    assert_eq!(
        values("HUF 391.25 = EUR 1", Lang::En),
        [base("amount:HUF:391.25", false), base("amount:EUR:1", true)]
    );
    // An amount of one that no rate sets equal to another stays.
    assert_eq!(values("a fee of EUR 1 per visit", Lang::En), [base("amount:EUR:1", false)]);
    assert_eq!(values("EUR 2 = HUF 782.50", Lang::En)[0], base("amount:EUR:2", false));
}

#[test]
fn a_negation_that_corrects_rejects_one_of_two_values() {
    let rejected = |text: &str, first: &str, second: &str, lang: Lang| {
        let at = |figure: &str| text.find(figure).map(|start| start..start + figure.len());
        let (Some(first), Some(second)) = (at(first), at(second)) else { return None };
        rejected_first(text, &first, &second, lang)
    };
    // `A, not B`: the second.
    let en = "and expires on 27 February 2032, not on 21 June 2032.";
    assert_eq!(rejected(en, "27 February 2032", "21 June 2032", Lang::En), Some(false));
    assert_eq!(rejected("i 3 % och inte 5 % av fallen", "3 %", "5 %", Lang::Sv), Some(false));
    // `not B but A`: the first.
    let sv = "och löper inte ut den 21 juni 2032 utan den 27 februari 2032.";
    assert_eq!(rejected(sv, "21 juni 2032", "27 februari 2032", Lang::Sv), Some(true));
    assert_eq!(rejected("a rate of not 5% but 3%", "5%", "3%", Lang::En), Some(true));
    // No negation, a negation too far before or narrowed (`not only`), a clause between, or a
    // contrast with no negation: none.
    assert_eq!(rejected("on 27 February 2032 and on 21 June 2032", "27 February", "21 June", Lang::En), None);
    let far = "it did not, as was said, expire on 21 June 2032 but on 27 February 2032";
    assert_eq!(rejected(far, "21 June 2032", "27 February 2032", Lang::En), None);
    let only = "inte bara den 3 maj utan även den 5 maj";
    assert_eq!(rejected(only, "3 maj", "5 maj", Lang::Sv), None);
    let clause = "on 3 May, when the Council did not meet, and on 5 May";
    assert_eq!(rejected(clause, "3 May", "5 May", Lang::En), None);
    assert_eq!(rejected("från 3 % utan avdrag till 5 %", "3 %", "5 %", Lang::Sv), None);
}

#[test]
fn words_of_change_give_a_figure_its_role() {
    let role = |text: &str, figure: &str, lang| change_role(text, text.find(figure).unwrap_or(0), lang);
    assert_eq!(role("rose from 14 to 42", "14", Lang::En), Some(ChangeRole::Origin));
    assert_eq!(role("rose from 14 to 42", "42", Lang::En), Some(ChangeRole::End));
    assert_eq!(role("may be extended by 19 hours", "19", Lang::En), Some(ChangeRole::Amount));
    assert_eq!(role("får förlängas med 19 timmar", "19", Lang::Sv), Some(ChangeRole::Amount));
    // `by` and `med` after no verb of change: a means, a company, a date.
    assert_eq!(role("förenlig med 19 timmar", "19", Lang::Sv), None);
    assert_eq!(role("adopted by 19 votes", "19", Lang::En), None);
    // The form asks for the verb on both readings.
    let form = |text: &str, figure: &str, lang| change_form(text, text.find(figure).unwrap_or(0), lang);
    assert_eq!(form("får förlängas till 19 timmar", "19", Lang::Sv), Some(ChangeRole::End));
    assert_eq!(form("from 14 to 42", "42", Lang::En), None);
    assert_eq!(form("Increased  to 42", "42", Lang::En), Some(ChangeRole::End));
}

#[test]
fn one_unit_of_a_currency_given_per_each_is_optional() {
    let values = |text: &str, lang: Lang| {
        extract(text, lang).into_iter().map(|v| (v.key, v.optional)).collect::<Vec<_>>()
    };
    let amount = |key: &str, optional: bool| (key.to_string(), optional);
    // `varje euro som investeras` names the one euro by its word alone.
    assert_eq!(
        values("every EUR 1 invested saves up to EUR 15", Lang::En),
        [amount("amount:EUR:1", true), amount("amount:EUR:15", false)]
    );
    assert_eq!(values("per 1 euro", Lang::Sv), [amount("amount:EUR:1", true)]);
    // Another figure after the word, or one euro after no such word, is kept.
    assert_eq!(values("per 10 euro", Lang::Sv), [amount("amount:EUR:10", false)]);
    assert_eq!(values("a grant of EUR 1 million", Lang::En), [amount("amount:EUR:1000000", false)]);
    assert_eq!(values("it costs EUR 1", Lang::En), [amount("amount:EUR:1", false)]);
}

#[test]
fn ordinals_of_enumeration_are_optional() {
    let values = extract("Vad för det tredje gäller arbetsinsatsen har sökanden", Lang::Sv);
    assert!(values.iter().all(|v| v.key != "ord:3" || v.optional), "{values:?}");
    // An ordinal of rank stays firm.
    let values = extract("den tredje medlemsstaten", Lang::Sv);
    assert!(values.iter().all(|v| v.key != "ord:3" || !v.optional), "{values:?}");
}

#[test]
fn function_groups_of_contract_staff() {
    assert_eq!(keys("contract agents (FG IV)", Lang::En), ["num:4"]);
    assert_eq!(keys("kontraktsanställda (tjänstegrupp IV)", Lang::Sv), ["num:4"]);
    // A word that merely ends alike is no label.
    assert!(keys("the EFG IV", Lang::En).iter().all(|k| k != "num:4"));
}

#[test]
fn units_of_columns_abbreviated() {
    assert_eq!(keys("| Value (EUR mn) |", Lang::En), ["unit:EUR:6"]);
    assert_eq!(keys("| Värde (milj. euro) |", Lang::Sv), ["unit:EUR:6"]);
    assert_eq!(keys("| Budget (€mn) |", Lang::En), ["unit:EUR:6"]);
    // After a figure, the amount's.
    assert!(keys("EUR 5 mn", Lang::En).iter().all(|k| !k.starts_with("unit:")));
}

#[test]
fn particulate_matter_by_its_diameter() {
    assert_eq!(keys("för PM2,5 och PM10", Lang::Sv), keys("for PM2.5 and PM10", Lang::En));
    assert!(keys("for PM2.5 and", Lang::En).contains(&"code:PM2.5".to_string()));
}
