//! One minimal EN/SV pair per rule in `fixtures/rules/<rule>/`, run through the whole pipeline.
//!
//! For each pair: the rule named by the directory fires, every finding belongs to the allow-list
//! on the first line of its `NOTE.md` (`fires: rule-a, rule-b`), and the human rendering is
//! snapshotted under the rule's name, so that a change of behaviour shows as a reviewable diff.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

use tvilling::document::{self, Format as InputFormat};
use tvilling::report::{Format, RenderOptions, Report, render};
use tvilling::text::Lang;

fn rules_dir() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join("rules")
}

/// Checks the pair in `dir`, naming the files `rules/<rule>/{en,sv}.md` in the report.
fn check_fixture(dir: &Path, rule: &str) -> Report {
    let load = |file: &str, lang| {
        let text = std::fs::read_to_string(dir.join(file)).unwrap();
        let mut doc = document::parse(&format!("rules/{rule}/{file}"), text, InputFormat::Markdown);
        doc.lang = Some(lang);
        doc
    };
    tvilling::check_pair(load("en.md", Lang::En), load("sv.md", Lang::Sv), &Default::default()).unwrap()
}

/// The rules a fixture may fire: the first line of its NOTE.md, `fires: rule-a, rule-b`.
fn allowed_rules(dir: &Path) -> BTreeSet<String> {
    let note = std::fs::read_to_string(dir.join("NOTE.md")).unwrap();
    let first = note.lines().next().unwrap_or("");
    let list = first
        .strip_prefix("fires:")
        .unwrap_or_else(|| panic!("{}: NOTE.md must start with `fires: …`", dir.display()));
    list.split(',').map(|r| r.trim().to_string()).filter(|r| !r.is_empty()).collect()
}

#[test]
fn every_rule_fixture() {
    insta::glob!("../fixtures", "rules/*/en.md", |path| {
        let dir = path.parent().unwrap();
        let rule = dir.file_name().unwrap().to_str().unwrap();
        assert!(tvilling::check::registry::find(rule).is_some(), "fixtures/rules/{rule}: no such rule");
        let allowed = allowed_rules(dir);
        assert!(
            allowed.contains(rule),
            "fixtures/rules/{rule}/NOTE.md: the allow-list must name the rule itself"
        );
        for name in &allowed {
            assert!(
                tvilling::check::registry::find(name).is_some(),
                "fixtures/rules/{rule}/NOTE.md: unknown rule {name}"
            );
        }

        let report = check_fixture(dir, rule);
        assert!(
            report.findings.iter().any(|f| f.rule == rule),
            "fixtures/rules/{rule}: the rule does not fire"
        );
        let unexpected: Vec<String> = report
            .findings
            .iter()
            .filter(|f| !allowed.contains(f.rule))
            .map(|f| format!("{}: {} (line {})", f.rule, f.message, f.primary.line))
            .collect();
        assert!(
            unexpected.is_empty(),
            "fixtures/rules/{rule}: findings outside the allow-list:\n{}",
            unexpected.join("\n")
        );

        let rendered = render(&report, Format::Human, &RenderOptions::default());
        let mut settings = insta::Settings::clone_current();
        settings.remove_snapshot_suffix();
        settings.set_input_file(path);
        settings.bind(|| insta::assert_snapshot!(rule, rendered));
    });
}

#[test]
fn every_rule_has_a_fixture() {
    let missing: Vec<&str> = tvilling::check::registry::rules()
        .map(|r| r.name)
        .filter(|name| {
            let dir = rules_dir().join(name);
            !["en.md", "sv.md", "NOTE.md"].iter().all(|f| dir.join(f).is_file())
        })
        .collect();
    assert!(missing.is_empty(), "rules without fixtures/rules/<rule>/{{en,sv,NOTE}}.md: {missing:?}");
}

#[test]
fn every_fixture_directory_names_a_rule() {
    let strays: Vec<String> = std::fs::read_dir(rules_dir())
        .unwrap()
        .map(|e| e.unwrap().file_name().to_string_lossy().into_owned())
        .filter(|name| tvilling::check::registry::find(name).is_none())
        .collect();
    assert!(strays.is_empty(), "fixtures/rules/ directories that name no rule: {strays:?}");
}

/// The report of a pair of short Markdown texts, English against Swedish.
fn check_texts(en: &str, sv: &str) -> Report {
    let load = |name: &str, text: &str, lang| {
        let mut doc = document::parse(name, text.to_owned(), InputFormat::Markdown);
        doc.lang = Some(lang);
        doc
    };
    tvilling::check_pair(load("en.md", en, Lang::En), load("sv.md", sv, Lang::Sv), &Default::default())
        .unwrap()
}

/// A sequence whose first reference is lost names no reference (0) before the gap.
#[test]
fn footnote_sequence_gap_at_the_start() {
    let en =
        "First <sup>(1)</sup>.\n\nSecond <sup>(2)</sup>.\n\n<sup>(1)</sup> One.\n\n<sup>(2)</sup> Two.\n";
    let sv = "Först.\n\nSedan <sup>(2)</sup>.\n\n<sup>(1)</sup> Ett.\n\n<sup>(2)</sup> Två.\n";
    let report = check_texts(en, sv);
    let messages: Vec<&str> = report
        .findings
        .iter()
        .filter(|f| f.rule == "footnote-sequence")
        .map(|f| f.message.as_str())
        .collect();
    assert_eq!(messages, ["footnote reference (2) is the first: (1) is missing from the sequence"]);
}

/// The findings of the number rules on a pair of short texts.
fn number_findings(en: &str, sv: &str) -> Vec<String> {
    let report = check_texts(en, sv);
    report.findings.iter().filter(|f| f.rule.starts_with("number-")).map(|f| f.message.clone()).collect()
}

/// `twice` pairs with `två gånger`, and stands alone when the other version has no number
/// (`dubbelt så många`); a different count is still an error.
#[test]
fn twice_is_an_optional_two() {
    let en = "Arrivals were twice as high as in 2024.\n\nThe Council met twice in 2025.\n";
    let sv = "Ankomsterna var dubbelt så många som 2024.\n\nRådet sammanträdde två gånger 2025.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let sv = "Ankomsterna var dubbelt så många som 2024.\n\nRådet sammanträdde tre gånger 2025.\n";
    assert_eq!(number_findings(en, sv).len(), 1, "{:?}", number_findings(en, sv));
}

/// A lead-in and its list items, four paragraphs in English, written as one Swedish paragraph
/// (one sentence, the items after dashes): no finding. An item left out of it is still found,
/// though not always as that item (the aligner pairs at most two paragraphs with two).
#[test]
fn list_written_as_one_paragraph() {
    let en = r#"## 3. RETURNS

The Commission will present a new proposal on returns in 2026, building on the experience of the Member States and the agencies.

To make returns more effective, the Commission will:

- support Member States in the digitalisation of return case management, including through the Asylum, Migration and Integration Fund;

- strengthen the role of Frontex in voluntary departures and reintegration, in cooperation with the countries of origin;

- work with third countries on readmission, using all relevant policies and tools, including visa policy and trade.

The Commission will report on progress to the European Parliament and the Council by the end of 2027.
"#;
    let sv = r#"## 3. ÅTERVÄNDANDE

Kommissionen kommer att lägga fram ett nytt förslag om återvändande 2026, som bygger på medlemsstaternas och byråernas erfarenheter.

För att göra återvändandet mer effektivt kommer kommissionen att – stödja medlemsstaterna i digitaliseringen av ärendehanteringen för återvändande, bland annat genom Asyl-, migrations- och integrationsfonden, – stärka Frontex roll när det gäller frivillig avresa och återanpassning, i samarbete med ursprungsländerna, – samarbeta med tredjeländer om återtagande med hjälp av alla relevanta politikområden och verktyg, inbegripet viseringspolitik och handel.

Kommissionen kommer att rapportera om framstegen till Europaparlamentet och rådet senast i slutet av 2027.
"#;
    let all = |sv: &str| -> Vec<String> {
        check_texts(en, sv).findings.iter().map(|f| f.rule.to_string()).collect()
    };
    assert_eq!(all(sv), Vec::<String>::new());
    let item = " – stärka Frontex roll när det gäller frivillig avresa och återanpassning, i samarbete med ursprungsländerna,";
    assert!(sv.contains(item));
    let found = all(&sv.replacen(item, "", 1));
    assert!(
        found.iter().any(|rule| ["paragraph-unaligned", "sentence-unaligned", "sentence-shortened"]
            .contains(&rule.as_str())),
        "{found:?}"
    );
}

/// English writes a time of day as a decimal (`from 10.00 to 12.30`), Swedish after `kl.`: a
/// time changed in translation is one error on the pair, not a number and a time missing.
/// A short sentence left out beside a long one reads as the two joined into one unless a join
/// costs more than a lone sentence; a join the lengths speak for is still a join.
#[test]
fn short_sentence_left_out_beside_a_long_one() {
    let en = "Fast, effective and dignified return is indispensable to the well-functioning and the credibility of our migration and asylum system. With currently only about a fourth of those ordered to leave actually returning, increasing the effectiveness of the return system of the Union is urgent. To do so, we will further work on the following:\n";
    let sv = "Ett snabbt, effektivt och värdigt återvändande är oumbärligt för att vårt migrations- och asylsystem ska fungera väl och vara trovärdigt. Eftersom endast omkring en fjärdedel av dem som har fått ett återvändandebeslut för närvarande faktiskt återvänder är det brådskande att göra unionens återvändandesystem effektivare. För att åstadkomma detta kommer vi att fortsätta arbeta med följande:\n";
    let rules = |sv: &str| -> Vec<String> {
        check_texts(en, sv).findings.iter().map(|f| f.rule.to_string()).collect()
    };
    assert_eq!(rules(sv), Vec::<String>::new());
    let left_out = " För att åstadkomma detta kommer vi att fortsätta arbeta med följande:";
    assert!(sv.contains(left_out));
    assert_eq!(rules(&sv.replacen(left_out, "", 1)), ["sentence-unaligned"]);
    // The translator joined the first two sentences: the lengths speak for the join.
    let joined = sv.replacen("trovärdigt. Eftersom", "trovärdigt, och eftersom", 1);
    assert_eq!(rules(&joined), Vec::<String>::new());
}

/// The Parliament's Swedish writes each clause of an English paragraph strung with
/// semicolons as a sentence of its own: one sentence against three is one bead, nothing lone
/// (`fixtures/pairs/epres`, paragraph 10). A sentence added to such a paragraph is still
/// one too many.
#[test]
fn clauses_written_as_sentences_are_one_bead() {
    let read = |name: &str| {
        std::fs::read_to_string(format!("{}/fixtures/pairs/epres/{name}", env!("CARGO_MANIFEST_DIR")))
            .expect("fixture")
    };
    let (en, sv) = (read("en.md"), read("sv.md"));
    let clauses = "stödja de återstående 18 medlemsstaterna.";
    assert!(sv.contains("10. Parlamentet insisterar på att") && sv.matches(clauses).count() == 1);
    let rules = |sv: &str| -> Vec<String> {
        check_texts(&en, sv).findings.iter().map(|f| f.rule.to_string()).collect()
    };
    assert_eq!(rules(&sv), Vec::<String>::new());
    let added = sv.replacen(
        clauses,
        &format!("{clauses} Parlamentet påminner om att kommissionen har lovat att lägga fram en ny handlingsplan för integration av personer med invandrarbakgrund."),
        1,
    );
    assert_eq!(rules(&added), ["sentence-unaligned"]);
}

#[test]
fn one_sentence_written_as_three_is_one_bead() {
    let en = "5. This Agreement is concluded for an unlimited period. Each Contracting Party may suspend its application, in whole or in part, by official notification to the other Contracting Party, with effect from the second day following the date of such notification; each Contracting Party may also terminate this Agreement by official notification to the other Contracting Party, in which case it shall cease to apply six months after the date of such notification.\n";
    let sv = "5. Detta avtal ingås på obestämd tid. Varje avtalsslutande part får genom en officiell underrättelse till den andra avtalsslutande parten helt eller delvis tillfälligt upphäva tillämpningen av avtalet. Det tillfälliga upphävandet får verkan den andra dagen efter dagen för underrättelsen. Varje avtalsslutande part får också säga upp detta avtal genom en officiell underrättelse till den andra avtalsslutande parten, och avtalet upphör då att gälla sex månader efter dagen för underrättelsen.\n";
    let rules = |sv: &str| -> Vec<String> {
        check_texts(en, sv).findings.iter().map(|f| f.rule.to_string()).collect()
    };
    assert_eq!(rules(sv), Vec::<String>::new());
    // A sentence added where the lengths are right already is still reported.
    let added = sv.replace(
        "obestämd tid. ",
        "obestämd tid. Parterna ska samarbeta nära i alla frågor som rör återtagande av personer. ",
    );
    assert_eq!(rules(&added), ["sentence-unaligned"]);
}

#[test]
fn changed_time_is_one_mismatch() {
    let en = "The meeting on 3 March runs from 10.00 to 12.30 in Brussels.\n\nVoting starts at 14.30.\n";
    let sv = "Mötet den 3 mars pågår kl. 10.00–12.30 i Bryssel.\n\nOmröstningen börjar kl. 14.30.\n";
    let all = |sv: &str| -> Vec<(String, String)> {
        check_texts(en, sv).findings.iter().map(|f| (f.rule.to_string(), f.message.clone())).collect()
    };
    assert_eq!(all(sv), Vec::<(String, String)>::new());
    let changed = sv.replace("10.00–12.30", "10.00–13.30").replace("kl. 14.30", "kl. 15.30");
    let found = all(&changed);
    assert_eq!(
        found,
        [
            (
                "number-mismatch".to_string(),
                "number `10.00 to 12.30` in source is `10.00–13.30` in target".to_string()
            ),
            ("number-mismatch".to_string(), "number `14.30` in source is `15.30` in target".to_string()),
        ],
    );
    // A figure of 24 or more is no time: it stays a number apart from the time.
    let en = "The fee of 26.50 is paid in Brussels on the day of the meeting.\n";
    let sv = "Avgiften betalas i Bryssel kl. 16.50 den dag då mötet äger rum.\n";
    let rules: Vec<String> = check_texts(en, sv).findings.iter().map(|f| f.rule.to_string()).collect();
    assert_eq!(rules, ["number-missing", "date-missing"]);
}

/// A year named with another part of it is a warning; a part named on one side only, or a
/// season against a part of the year, is a way of translating.
#[test]
fn parts_of_the_year_differ() {
    let en = "The system starts by mid-2026.\n\nThe review follows in spring 2027.\n\nIt ends by the end of 2028.\n\nThe call opens in autumn 2029.\n";
    let same = "Systemet tas i bruk senast i mitten av 2026.\n\nÖversynen följer våren 2027.\n\nDet avslutas senast 2028.\n\nAnsökningsomgången öppnar i slutet av 2029.\n";
    let dates = |sv: &str| -> Vec<(String, String)> {
        check_texts(en, sv)
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("date-"))
            .map(|f| (format!("{:?}", f.severity), f.message.clone()))
            .collect()
    };
    assert_eq!(dates(same), Vec::<(String, String)>::new());
    let changed = same.replace("mitten av 2026", "slutet av 2026").replace("våren 2027", "hösten 2027");
    let found = dates(&changed);
    assert_eq!(found.len(), 2, "{found:?}");
    assert!(found.iter().all(|(severity, _)| severity == "Warning"), "{found:?}");
    assert!(found[0].1.contains("the middle of the year in source and the end of it"), "{found:?}");
    assert!(found[1].1.contains("the spring in source and the autumn in target"), "{found:?}");
}

/// A regulation named on one side and a directive on the other, without numbers, is a
/// warning; the same kinds, or a kind named on one side only, are not.
#[test]
fn act_types_differ() {
    let en = "The Regulation will apply from 2026.\n\nThe Commission will propose a directive and a regulation.\n\nThe Return Directive is being revised.\n";
    let same = "Förordningen ska tillämpas från och med 2026.\n\nKommissionen kommer att föreslå ett direktiv och en förordning.\n\nDet pågår en översyn av återvändandereglerna.\n";
    let acts = |sv: &str| -> Vec<String> {
        check_texts(en, sv)
            .findings
            .iter()
            .filter(|f| f.rule == "legal-ref-mismatch")
            .map(|f| f.message.clone())
            .collect()
    };
    assert_eq!(acts(same), Vec::<String>::new());
    let changed = same.replace("Förordningen ska", "Direktivet ska");
    assert_eq!(
        acts(&changed),
        ["the source names a regulation here (`Regulation`), the target a directive (`Direktivet`)"]
    );
}

/// A country of one side replaced by another in the same sentence or table row is a
/// warning; a country left out (`medlemsstaten`), countries in another order, or a name that
/// holds another (`Northern Ireland`) are not.
#[test]
fn countries_differ() {
    let en = "On 2 October 2026, the Croatian Ministry of Finance requested that the volume of coins that Croatia may issue be increased.\n\nLatvia and Lithuania did not ask for a change, and Ireland asked for none either.\n\nThe allowance is paid in Latvia.\n\n| Member State | Volume |\n| --- | --- |\n| Latvia | 82.1 |\n";
    let same = "Den 2 oktober 2026 begärde Kroatiens finansministerium att den volym av mynt som Kroatien får ge ut skulle höjas.\n\nLitauen och Lettland begärde ingen ändring, och inte heller Irland.\n\nBidraget betalas ut i medlemsstaten.\n\n| Medlemsstat | Volym |\n| --- | --- |\n| Lettland | 82,1 |\n";
    let names = |sv: &str| -> Vec<String> {
        check_texts(en, sv)
            .findings
            .iter()
            .filter(|f| f.rule == "name-mismatch")
            .map(|f| f.message.clone())
            .collect()
    };
    assert_eq!(names(same), Vec::<String>::new());
    assert_eq!(names(&same.replace("Irland", "Nordirland")), Vec::<String>::new());
    assert_eq!(
        names(&same.replace("begärde Kroatiens", "begärde Sloveniens")),
        ["the source names Croatia here (`Croatia`), the target Slovenia (`Sloveniens`)"]
    );
    assert_eq!(
        names(&same.replace("| Lettland |", "| Litauen |")),
        ["the source names Latvia here (`Latvia`), the target Lithuania (`Litauen`)"]
    );
}

/// Running text before the first numbered heading (an executive summary, a news release) is
/// checked sentence by sentence like the body; the title lines around it are not.
#[test]
fn running_text_before_the_first_numbered_heading() {
    let en = "# ANNUAL ACTIVITY REPORT 2025\n\n## EXECUTIVE SUMMARY\n\nThe Directorate-General contributes to the Commission's priority of a competitive, fair and social Europe. It manages a large part of the budget of the Union together with the Member States and the national authorities. The Directorate-General also prepared the proposals for the next multiannual financial framework.\n\n## 1. Budget\n\nThe budget was executed in full.\n";
    let sv = "# ÅRLIG VERKSAMHETSRAPPORT 2025\n\n## SAMMANFATTNING\n\nGeneraldirektoratet bidrar till kommissionens prioritering om ett konkurrenskraftigt, rättvist och socialt Europa. Det förvaltar en stor del av unionens budget tillsammans med medlemsstaterna och de nationella myndigheterna. Generaldirektoratet förberedde också förslagen till nästa fleråriga budgetram.\n\n## 1. Budget\n\nBudgeten genomfördes fullt ut.\n";
    let rules = |sv: &str| -> Vec<String> {
        check_texts(en, sv).findings.iter().map(|f| f.rule.to_string()).collect()
    };
    assert_eq!(rules(sv), Vec::<String>::new());
    let left_out = " Generaldirektoratet förberedde också förslagen till nästa fleråriga budgetram.";
    assert_eq!(rules(&sv.replacen(left_out, "", 1)), ["sentence-unaligned"]);
}

/// A figure that counts another unit in the translation is a wrong figure: days for weeks,
/// kilowatts for megawatts. A figure written twice with two units pairs by its writings.
#[test]
fn figure_counts_another_unit() {
    let en = "The authority shall decide within 7 days. Plants of at least 1,200 MW are eligible. Aid lasts 7 years after the 7 days.\n";
    let sv = "Myndigheten ska fatta beslut inom sju dagar. Anläggningar på minst 1 200 MW är stödberättigande. Stödet varar i 7 år efter de 7 dagarna.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let weeks = sv.replacen("inom sju dagar", "inom sju veckor", 1);
    assert_eq!(number_findings(en, &weeks), ["number `7` counts days in source and weeks in target"]);
    let kilowatts = sv.replacen("1 200 MW", "1 200 kW", 1);
    assert_eq!(number_findings(en, &kilowatts), ["number `1,200` counts MW in source and kW in target"]);
}

/// Energy in joules and tonnes of oil equivalent, and power qualified as electric or thermal,
/// are units: a changed prefix is a wrong figure; a qualifier left out is none.
#[test]
fn energy_and_qualified_power_units() {
    let en = "It amounted to 56 020 petajoules (PJ). 1 Mtoe = 41.868 PJ. Plants of at least 5 MWe and 20 MW are eligible.\n";
    let sv = "Den uppgick till 56 020 petajoule (PJ). 1 Mtoe = 41,868 PJ. Anläggningar på minst 5 MWe och 20 MWth är stödberättigande.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let terajoules = sv.replacen("petajoule (PJ)", "terajoule (TJ)", 1);
    assert_eq!(number_findings(en, &terajoules), ["number `56 020` counts PJ in source and TJ in target"]);
    let kilowatts = sv.replacen("5 MWe", "5 kWe", 1);
    assert_eq!(number_findings(en, &kilowatts), ["number `5` counts MWe in source and kWe in target"]);
    let thermal = sv.replacen("5 MWe", "5 MWth", 1);
    assert_eq!(number_findings(en, &thermal), ["number `5` counts MWe in source and MWth in target"]);
}

/// Points of a score are no percentage points: `poäng` for `percentage points` is a wrong
/// unit, where the English `points`, written for either, is none.
#[test]
fn points_of_a_score_are_no_percentage_points() {
    let en = "Hungary is only 0.4 percentage points above the threshold. Performance decreased by 0.4 points. The gap widened to 14 points.\n";
    let sv = "Ungern ligger bara 0,4 procentenheter över tröskeln. Resultaten minskade med 0,4 poäng. Klyftan ökade till 14 procentenheter.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let points = sv.replacen("0,4 procentenheter", "0,4 poäng", 1);
    assert_eq!(
        number_findings(en, &points),
        ["number `0.4 percentage points` counts percentage points in source and points in target"]
    );
}

/// A lone `1` may be read wrongly, so it pairs only with a `1` of its own unit; one of
/// another unit is still reported by its units, not as a figure changed into itself.
#[test]
fn a_lone_one_of_another_unit_names_the_units() {
    let en = "The target value is 1 ng/m³. The content remains below 1 ppm. Zones of 1 km apply.\n";
    let sv = "Målvärdet är 1 ng/m³. Halten förblir under 1 ppm. Zoner på 1 km gäller.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let micrograms = sv.replacen("1 ng/m³", "1 µg/m³", 1);
    assert_eq!(number_findings(en, &micrograms), ["number `1` counts ng in source and µg in target"]);
    let billion = sv.replacen("1 ppm", "1 ppb", 1);
    assert_eq!(number_findings(en, &billion), ["number `1` counts ppm in source and ppb in target"]);
}

/// Frequencies, decibels and pressures are units: a changed prefix or reference is a wrong
/// figure, and so is a figure changed inside a unit after its slash (`dBm/5 MHz`).
#[test]
fn frequency_decibel_and_pressure_units() {
    let en = "A bandwidth of up to 100 MHz per user. A limit of −123 dBW/(m² · MHz) and 39 dBm/5 MHz EIRP. A pressure of 600 kPa. The tolerance of 1 dB(A) is kept.\n";
    let sv = "En bandbredd på upp till 100 MHz per användare. En gräns på −123 dBW/(m² · MHz) och 39 dBm/5 MHz EIRP. Ett tryck på 600 kPa. Toleransen på 1 dB(A) behålls.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let kilohertz = sv.replacen("100 MHz", "100 kHz", 1);
    assert_eq!(number_findings(en, &kilohertz), ["number `100` counts MHz in source and kHz in target"]);
    let milliwatts = sv.replacen("dBW", "dBm", 1);
    assert_eq!(number_findings(en, &milliwatts), ["number `−123` counts dBW in source and dBm in target"]);
    let bar = sv.replacen("600 kPa", "600 bar", 1);
    assert_eq!(number_findings(en, &bar), ["number `600` counts kPa in source and bar in target"]);
    let band = sv.replacen("dBm/5 MHz", "dBm/10 MHz", 1);
    assert_eq!(number_findings(en, &band), ["number `5` in source is `10` in target"]);
    let unweighted = sv.replacen("1 dB(A)", "1 dB", 1);
    assert_eq!(number_findings(en, &unweighted), ["number `1` counts dB(A) in source and dB in target"]);
}

/// A currency written after its amount does not lead the year after it (`120 euro 2024`),
/// and the definite form of the percent word is a percent sign (`de högsta 5 procenten`).
#[test]
fn swedish_currency_and_percent_after_the_figure() {
    let en = "The fee was raised to EUR 120 in 2024. The highest 5 % of intake was used.\n";
    let sv = "Avgiften höjdes till 120 euro 2024. De högsta 5 procenten av intaget användes.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let changed = sv.replacen("120 euro", "210 euro", 1);
    assert_eq!(number_findings(en, &changed), ["number `EUR 120` in source is `210 euro` in target"]);
}

/// A range counts the unit after its second bound, as a single figure does: a changed unit
/// or a dropped percent sign after a range is a wrong figure, a unit written after the upper
/// bound alone counts both, and a unit one version leaves out is no finding.
#[test]
fn a_range_counts_its_unit() {
    let en = "The zone covers a radius of 800-1 200 km.\n\nThe parties won [60-70]% of the tenders.\n\nIt takes between 18 and 24 months to build a plant.\n\nThe depletion ranges from 23 bps to 1 240 bps.\n\nThe fence runs 5 to 10 km along the border.\n\nPeople aged 18-25 took part.\n";
    let sv = "Zonen omfattar en radie av 800–1 200 km.\n\nParterna vann [60–70] % av anbudsförfarandena.\n\nDet tar 18–24 månader att bygga en anläggning.\n\nMinskningen varierar mellan 23 och 1 240 baspunkter.\n\nStängslet löper 5–10 km längs gränsen.\n\nPersoner i åldern 18–25 år deltog.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let metres = sv.replacen("800–1 200 km", "800–1 200 m", 1);
    assert_eq!(number_findings(en, &metres), ["number `800-1 200` counts km in source and m in target"]);
    let bare = sv.replacen("[60–70] %", "[60–70]", 1);
    assert_eq!(number_findings(en, &bare), ["number `[60-70]%` in source is `60–70` in target"]);
    let weeks = sv.replacen("18–24 månader", "18–24 veckor", 1);
    assert_eq!(
        number_findings(en, &weeks),
        ["number `18 and 24` counts months in source and weeks in target"]
    );
    let metres = sv.replacen("5–10 km", "5–10 m", 1);
    assert_eq!(number_findings(en, &metres), ["number `10` counts km in source and m in target"]);
}

/// A total the translation moves to the front passes the figures it counts: no swap. Two
/// figures traded, the others left in their places, still are one.
#[test]
fn a_figure_moved_past_others_is_no_swap() {
    let en = "The fleet comprises 24 purse seiners, 8 pole-and-line vessels and 6 longliners, 38 vessels in all.\n";
    let sv =
        "Flottan omfattar sammanlagt 38 fartyg – 24 notfartyg, 8 spö- och linfartyg och 6 långrevsfartyg.\n";
    let swapped =
        |sv: &str| check_texts(en, sv).findings.iter().filter(|f| f.rule == "number-swapped").count();
    assert_eq!(swapped(sv), 0);
    let sv =
        "Flottan omfattar sammanlagt 38 fartyg – 8 notfartyg, 24 spö- och linfartyg och 6 långrevsfartyg.\n";
    assert_eq!(swapped(sv), 1);
}

/// Two figures of two sentences, each given in the other's sentence, are swapped; two
/// sentences the translation gives in the other order swap nothing.
#[test]
fn figures_swapped_across_the_sentences_of_a_paragraph() {
    let en = "Additions amounted to EUR 6 795 thousand, of which EUR 4 930 thousand for two aircraft. \
              The decrease of EUR 2 839 thousand reflects the depreciation of the year.\n";
    let swapped = |en: &str, sv: &str| {
        check_texts(en, sv).findings.iter().filter(|f| f.rule == "number-swapped").count()
    };
    let sv = "Anskaffningarna uppgick till 6 795 000 euro, varav 4 930 000 euro avsåg två luftfartyg. \
              Minskningen med 2 839 000 euro beror på årets avskrivningar.\n";
    assert_eq!(swapped(en, sv), 0);
    let crossed = sv.replace("4 930 000", "X").replace("2 839 000", "4 930 000").replace('X', "2 839 000");
    assert_eq!(swapped(en, &crossed), 1);
    let en = "The first call closed with EUR 5 million. The second call closed with EUR 7 million.\n";
    let sv = "Den andra ansökningsomgången avslutades med 7 miljoner euro. \
              Den första ansökningsomgången avslutades med 5 miljoner euro.\n";
    assert_eq!(swapped(en, sv), 0);
}

/// The messages of the findings of `rule` on a pair of short texts.
fn messages_of(en: &str, sv: &str, rule: &str) -> Vec<String> {
    check_texts(en, sv).findings.iter().filter(|f| f.rule == rule).map(|f| f.message.clone()).collect()
}

/// Two countries that trade their figures because the names trade places are reported; two
/// figures that trade places under their names are `number-swapped`, not this.
#[test]
fn countries_that_trade_their_figures() {
    let names = |en: &str, sv: &str| messages_of(en, sv, "name-mismatch");
    let en = "The shares ranged from 44.2% in Malta to 63.9% in Finland, followed by Canada (6%) and Japan (5%).\n";
    let sv = "Andelarna varierade från 44,2 % i Malta till 63,9 % i Finland, följt av Kanada (6 %) och Japan (5 %).\n";
    assert!(names(en, sv).is_empty());
    let places = sv.replace("i Malta", "i X").replace("i Finland", "i Malta").replace("i X", "i Finland");
    assert_eq!(
        names(en, &places),
        [
            "`Malta` and `Finland` have each other's figures in target (`44.2%` is given for `Finland`): swapped?"
        ]
    );
    let brackets = sv.replace("Kanada (6 %) och Japan (5 %)", "Japan (6 %) och Kanada (5 %)");
    assert_eq!(names(en, &brackets).len(), 1);
    let figures = sv.replace("Kanada (6 %) och Japan (5 %)", "Kanada (5 %) och Japan (6 %)");
    assert!(names(en, &figures).is_empty());
    // A figure after its name and a space, and a Swedish island after `på`.
    let en = "Shares by country: France 12.4%, Italy 10.9%. Collection ranged from 2% in Greece to 29% in Ireland.\n";
    let sv = "Andel per land: Frankrike 12,4 %, Italien 10,9 %. Insamlingen varierade från 2 % i Grekland till 29 % på Irland.\n";
    assert!(names(en, sv).is_empty());
    let spaced = sv.replace("Frankrike 12,4 %, Italien 10,9 %", "Italien 12,4 %, Frankrike 10,9 %");
    assert_eq!(names(en, &spaced).len(), 1);
    let island = sv.replace("2 % i Grekland till 29 % på Irland", "2 % på Irland till 29 % i Grekland");
    assert_eq!(names(en, &island).len(), 1);
}

/// A country left out of a list of three or more is reported; a country named outside a list
/// on one side only is not.
#[test]
fn a_country_left_out_of_a_list() {
    let names = |en: &str, sv: &str| messages_of(en, sv, "name-mismatch");
    let en = "Grants were signed with France, Greece, Croatia and Portugal.\n";
    assert!(names(en, "Bidrag beviljades Frankrike, Grekland, Kroatien och Portugal.\n").is_empty());
    assert_eq!(
        names(en, "Bidrag beviljades Frankrike, Grekland och Portugal.\n"),
        ["the source lists Croatia here (`Croatia`), the target's list leaves it out"]
    );
    let en = "Latvia asked France and Greece for help.\n";
    assert!(names(en, "Medlemsstaten bad Frankrike och Grekland om hjälp.\n").is_empty());
}

/// A word of halving or multiplying (an optional figure) pairs with the same figure written
/// otherwise on the other side (`by half` = `halveras`, `double` = `två gånger`); a different
/// figure beside it is still reported.
#[test]
fn optional_words_pair_with_the_same_figure_written_otherwise() {
    let en = "The dose should be reduced by half, to 0.9 mg/m².\n\nThe amount shall not be more than double the ceiling.\n";
    let sv = "Dosen ska halveras till 0,9 mg/m².\n\nBeloppet får inte överstiga två gånger taket.\n";
    assert_eq!(number_findings(en, sv), Vec::<String>::new());
    let sv = "Dosen ska halveras till 0,8 mg/m².\n\nBeloppet får inte överstiga två gånger taket.\n";
    assert_eq!(number_findings(en, sv).len(), 1, "{:?}", number_findings(en, sv));
}

/// Words of multiplying that differ are a changed figure: `tripled` made `fördubblades`.
#[test]
fn a_changed_word_of_multiplying_is_reported() {
    let en = "Detections more than tripled in 2025.\n";
    assert_eq!(number_findings(en, "Upptäckterna mer än tredubblades 2025.\n"), Vec::<String>::new());
    assert_eq!(number_findings(en, "Upptäckterna mer än fördubblades 2025.\n").len(), 1);
}

/// The findings of `date-mismatch` on a pair of short texts.
fn date_findings(en: &str, sv: &str) -> Vec<String> {
    let report = check_texts(en, sv);
    report.findings.iter().filter(|f| f.rule.starts_with("date-")).map(|f| f.message.clone()).collect()
}

/// A day and month of no year against the same day of a year (`30 mars` for `30 March
/// 2027`) is a warning, the year given on one side only; a changed day stays an error.
#[test]
fn a_year_given_on_one_side_only_is_a_warning() {
    let en = "The offices reopen on 30 March 2027.\n";
    let found = |sv: &str| -> Vec<(String, tvilling::check::Severity)> {
        let report = check_texts(en, sv);
        report
            .findings
            .iter()
            .filter(|f| f.rule.starts_with("date-"))
            .map(|f| (f.message.clone(), f.severity))
            .collect()
    };
    assert!(found("Kontoren öppnar igen den 30 mars 2027.\n").is_empty());
    let dropped = found("Kontoren öppnar igen den 30 mars.\n");
    assert_eq!(
        dropped,
        [(
            "date `30 March 2027` in source is `30 mars` in target: the same day, its year given on one side only"
                .to_string(),
            tvilling::check::Severity::Warning
        )]
    );
    let changed = found("Kontoren öppnar igen den 31 mars.\n");
    assert_eq!(
        changed,
        [(
            "date `30 March 2027` in source is `31 mars` in target".to_string(),
            tvilling::check::Severity::Error
        )]
    );
}

/// A day of the week named alone is compared with the other day of its sentence; one named
/// on one side only (`Monday to Friday` = `vardagar`) is no finding.
#[test]
fn weekdays_named_alone_are_compared() {
    let en = "Amendments must be tabled by 19.00 on the Monday of the part-session.\n";
    let sv = "Ändringsförslag ska ingivas senast kl. 19 på måndagen under sammanträdesperioden.\n";
    assert!(date_findings(en, sv).is_empty());
    let changed = date_findings(en, &sv.replace("måndagen", "tisdagen"));
    assert_eq!(changed, ["date `Monday` in source is `tisdagen` in target"]);
    let en = "The polls are open from 00:00 on Saturday to 24:00 on Sunday.\n";
    let sv = "Vallokalerna är öppna från kl. 00.00 på lördag till kl. 24.00 på söndag.\n";
    assert!(date_findings(en, sv).is_empty());
    let changed = date_findings(en, &sv.replace("på söndag", "på lördag"));
    assert_eq!(changed, ["date `Sunday` in source is `lördag` in target"]);
    let en = "The offices are open Monday to Friday, 8.00 to 18.00.\n";
    for sv in
        ["Kontoren är öppna vardagar kl. 8.00–18.00.\n", "Kontoren är öppna måndag–fredag kl. 8.00–18.00.\n"]
    {
        assert!(date_findings(en, sv).is_empty(), "{sv}");
    }
    let changed = date_findings(en, "Kontoren är öppna måndag–torsdag kl. 8.00–18.00.\n");
    assert_eq!(changed, ["date `Friday` in source is `torsdag` in target"]);
}

/// A recurrence in digits that Swedish writes in words (`every 6 months` = `var sjätte
/// månad`), and a figure hyphened to its unit in digits on both sides (`a 180-day period` =
/// `en period på 180 dagar`), trade places in a swap as figures in digits do.
#[test]
fn recurrences_and_hyphened_counts_that_trade_places() {
    let swapped = |en: &str, sv: &str| messages_of(en, sv, "number-swapped").len();
    let en = "High risk ships are inspected every 6 months, standard risk ships every 12 months and low risk ships every 36 months.\n";
    let sv = "Fartyg med hög risk inspekteras var sjätte månad, fartyg med standardrisk var tolfte månad och fartyg med låg risk var 36:e månad.\n";
    assert_eq!(swapped(en, sv), 0);
    let traded =
        sv.replace("var sjätte", "var X").replace("var tolfte", "var sjätte").replace("var X", "var tolfte");
    assert_eq!(swapped(en, &traded), 1);
    let en = "A holder may carry out a business activity in another Member State for up to 90 days in any 180-day period.\n";
    let sv = "En innehavare får bedriva affärsverksamhet i en annan medlemsstat i upp till 90 dagar under en period på 180 dagar.\n";
    assert_eq!(swapped(en, sv), 0);
    let traded = sv.replace("90 dagar", "X").replace("180 dagar", "90 dagar").replace('X', "180 dagar");
    assert_eq!(swapped(en, &traded), 1);
    // Figures in words on both sides trade places with their phrases, not in a swap.
    let en = "Ships are inspected every six months, and their crews every twelve months.\n";
    let sv = "Besättningarna granskas var tolfte månad och fartygen var sjätte månad.\n";
    assert_eq!(swapped(en, sv), 0);
}
