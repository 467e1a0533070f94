//! Omitted sentences: drop one sentence of a Swedish paragraph of COM(2026) 45 whose other
//! sentences stay, and require that `sentence-unaligned` names an English sentence or
//! `sentence-shortened` a Swedish one; the unchanged pair gives no such finding.

use tvilling::check::{Finding, Side};
use tvilling::text::Lang;

use crate::support::{fixture, parse, run};

/// Source byte ranges of Swedish sentences that may be dropped: six words or more, written
/// once in the text, without markup or a digit (a value would be reported by its own rule),
/// and sharing their source line with another sentence.
fn droppable(sv: &str) -> Vec<std::ops::Range<usize>> {
    let doc = parse("sv.md", sv, Lang::Sv);
    let mut out = Vec::new();
    for block in &doc.blocks {
        for range in tvilling::segment::block_sentences(block, Lang::Sv) {
            let Some(sentence) = block.text.get(range).map(str::trim) else { continue };
            if sentence.split_whitespace().count() < 6
                || sentence.contains(|c: char| c.is_ascii_digit() || matches!(c, '<' | '[' | '*' | '('))
                || sv.matches(sentence).count() != 1
            {
                continue;
            }
            let Some(start) = sv.find(sentence) else { continue };
            let end = start + sentence.len();
            let line_start = sv[..start].rfind('\n').map_or(0, |i| i + 1);
            let line_end = sv[end..].find('\n').map_or(sv.len(), |i| end + i);
            if sv[line_start..line_end].trim() != sentence {
                out.push(start..end);
            }
        }
    }
    out
}

#[test]
fn dropped_sentences_are_reported() {
    let en = std::fs::read_to_string(fixture("com-2026-45/en.md")).unwrap();
    let sv = std::fs::read_to_string(fixture("com-2026-45/sv.md")).unwrap();
    assert!(
        !run(&en, &sv).iter().any(|f| f.rule == "sentence-unaligned"),
        "the unchanged pair has no unaligned sentence"
    );
    let candidates = droppable(&sv);
    assert!(candidates.len() > 100, "{} candidates", candidates.len());
    // Every seventh candidate: spread over the whole document, and quick enough.
    let sample: Vec<_> = candidates.iter().step_by(7).collect();
    let (mut found, mut wrong) = (0, 0);
    for range in &sample {
        let rest = sv[range.end..].trim_start_matches(' ');
        let mutated = format!("{}{rest}", &sv[..range.start]);
        let findings = run(&en, &mutated);
        let reported: Vec<&Finding> = findings.iter().filter(|f| f.rule == "sentence-unaligned").collect();
        let english = reported.iter().filter(|f| f.primary.side == Side::Source).count();
        assert!(english <= 1, "one omission, one English sentence: {:?}", &sv[range.start..range.end]);
        // A sentence the aligner joined to its neighbour (2-1) shows as a shortened one.
        let shortened = findings.iter().any(|f| f.rule == "sentence-shortened");
        found += usize::from(english == 1 || shortened);
        if english < reported.len() {
            // A Swedish sentence reported: the paragraphs were paired wrongly after the edit.
            wrong += 1;
        }
    }
    // Of all 216 candidates, 193 (89%) are reported, as an unaligned English sentence or a
    // shortened Swedish one; the rest paired two to one with a neighbour sentence of about
    // their length, or the paragraphs paired wrongly; one gave a Swedish sentence instead.
    assert!(found * 100 >= sample.len() * 80, "{found} of {} dropped sentences reported", sample.len());
    assert!(wrong * 20 <= sample.len(), "{wrong} of {} edits reported a Swedish sentence", sample.len());
}

/// A paragraph cut at a page end whose continuation was lost in conversion: the aligner
/// still pairs it with the English paragraph, and its last sentence, cut short, is reported.
#[test]
fn lost_page_continuation_is_a_shortened_sentence() {
    let en = std::fs::read_to_string(fixture("com-2026-45/en.md")).unwrap();
    let sv = std::fs::read_to_string(fixture("com-2026-45/sv.md")).unwrap();
    assert!(!run(&en, &sv).iter().any(|f| f.rule == "sentence-shortened"), "the unchanged pair has none");
    // SV line 88 continues the paragraph of line 76 after the footnotes of its page.
    let continuation = sv.lines().nth(87).unwrap();
    assert!(continuation.starts_with("territorium och internationellt"));
    let cut = sv.replacen(continuation, "", 1);
    let findings = run(&en, &cut);
    let shortened: Vec<&Finding> = findings.iter().filter(|f| f.rule == "sentence-shortened").collect();
    assert_eq!(shortened.len(), 1, "{findings:#?}");
    assert_eq!(shortened[0].primary.line, 76);
    assert!(shortened[0].message.contains("“Europa ger skydd åt ett stort antal flyktingar på sitt”"));
}

/// Swedish acts open with the enacting formula (`… HAR ANTAGIT DETTA BESLUT`) that English
/// acts give after the recitals: the English line has no counterpart where it stands, and is
/// still no omission. Left out of the Swedish altogether, it is one.
#[test]
fn an_enacting_formula_placed_first_is_no_omission() {
    let en = "THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard to the Treaty on the Functioning of the European Union,\n\nWhereas:\n\n(1) The rules should apply from 1 January 2027 in every Member State.\n\nHAS ADOPTED THIS DECISION:\n\nArticle 1\n\nThis Decision shall enter into force on 1 January 2027.\n";
    let sv_first = "EUROPEISKA UNIONENS RÅD HAR ANTAGIT DETTA BESLUT\n\nmed beaktande av fördraget om Europeiska unionens funktionssätt, och\n\nav följande skäl:\n\n(1) Reglerna bör tillämpas från och med den 1 januari 2027 i alla medlemsstater.\n\nArtikel 1\n\nDetta beslut träder i kraft den 1 januari 2027.\n";
    let unaligned = |findings: Vec<Finding>| {
        findings.into_iter().filter(|f| f.rule.ends_with("-unaligned")).map(|f| f.message).collect::<Vec<_>>()
    };
    assert!(unaligned(run(en, sv_first)).is_empty());
    let sv_without =
        sv_first.replace("EUROPEISKA UNIONENS RÅD HAR ANTAGIT DETTA BESLUT", "EUROPEISKA UNIONENS RÅD");
    assert!(!unaligned(run(en, &sv_without)).is_empty());
}

/// A Council recommendation: the English closes the recitals with `HAS ADOPTED THIS
/// RECOMMENDATION:` and opens the operative part with `RECOMMENDS THAT MEMBER STATES:`; the
/// Swedish has its enacting formula at the head and only `HÄRIGENOM REKOMMENDERAS
/// MEDLEMSSTATERNA ATT` after the recitals, the counterpart of the second line. Left out of
/// the Swedish, that line is an omission.
#[test]
fn a_recommendation_names_its_addressees_after_an_enacting_formula_placed_first() {
    let en = "THE COUNCIL OF THE EUROPEAN UNION,\n\nHaving regard to the Treaty on the Functioning of the European Union,\n\nWhereas:\n\n(1) Coverage fell to 91% in 2024 in the Union.\n\nHAS ADOPTED THIS RECOMMENDATION:\n\n**RECOMMENDS THAT MEMBER STATES:**\n\n1. Aim to reach coverage of at least 95% by 2030.\n\n**WELCOMES THE COMMISSION'S INTENTION TO:**\n\n2. Report to the Council within 5 years.\n";
    let sv = "EUROPEISKA UNIONENS RÅD HAR ANTAGIT DENNA REKOMMENDATION\n\nmed beaktande av fördraget om Europeiska unionens funktionssätt, och\n\nav följande skäl:\n\n(1) Täckningen sjönk till 91 % 2024 i unionen.\n\nHÄRIGENOM REKOMMENDERAS MEDLEMSSTATERNA ATT\n\n1. sträva efter en täckning på minst 95 % senast 2030,\n\nVÄLKOMNAR KOMMISSIONENS AVSIKT ATT\n\n2. rapportera till rådet inom fem år.\n";
    let unaligned = |findings: Vec<Finding>| {
        findings.into_iter().filter(|f| f.rule.ends_with("-unaligned")).map(|f| f.message).collect::<Vec<_>>()
    };
    assert_eq!(unaligned(run(en, sv)), Vec::<String>::new());
    let sv_without = sv.replace("HÄRIGENOM REKOMMENDERAS MEDLEMSSTATERNA ATT\n\n", "");
    let missing = unaligned(run(en, &sv_without));
    assert!(missing.iter().any(|m| m.contains("RECOMMENDS THAT MEMBER STATES")), "{missing:?}");
}
