//! Edits of the Swedish text change the alignment only where they should.

mod align_support;

use align_support::{EN, SV, assert_well_formed, blank_lines, pair, rows};
use tvilling::align::{align, to_tsv};

type Row = (String, String, String);

fn ladder(src: &str, tgt: &str) -> Vec<Row> {
    let (s, t, a) = pair(src, tgt);
    assert_well_formed(&s, &t, &a);
    assert!(a.verdict.is_translation, "{:?}", a.verdict);
    rows(&to_tsv(&s, &t, &a)).into_iter().map(|(s, t, k, _)| (s, t, k)).collect()
}

fn row(src: &str, tgt: &str, kind: &str) -> Row {
    (src.to_string(), tgt.to_string(), kind.to_string())
}

fn line(text: &str, n: usize) -> &str {
    text.split('\n').nth(n - 1).unwrap()
}

#[test]
fn deleted_paragraph_becomes_one_unpaired_bead() {
    // SV line 92 translates EN line 84.
    assert!(line(SV, 92).starts_with("Missbruk av medlemsstaternas"));
    let original = ladder(EN, SV);
    let edited = ladder(EN, &blank_lines(SV, 92, 92));
    let expected: Vec<Row> = original
        .iter()
        .map(|r| if *r == row("84", "92", "paragraph") { row("84", "-", "paragraph") } else { r.clone() })
        .collect();
    assert_ne!(expected, original);
    assert_eq!(edited, expected);
}

#[test]
fn merged_paragraphs_become_one_two_to_one_bead() {
    // SV lines 94 and 96 translate EN lines 86 and 88.
    let merged = format!("{} {}", line(SV, 94), line(SV, 96));
    let text: Vec<String> = SV
        .split('\n')
        .enumerate()
        .map(|(i, l)| match i + 1 {
            94 => merged.clone(),
            96 => String::new(),
            _ => l.to_string(),
        })
        .collect();
    let original = ladder(EN, SV);
    let edited = ladder(EN, &text.join("\n"));
    let mut expected = Vec::new();
    for r in &original {
        if *r == row("86", "94", "paragraph") {
            expected.push(row("86,88", "94", "paragraph"));
        } else if *r != row("88", "96", "paragraph") {
            expected.push(r.clone());
        }
    }
    assert_eq!(expected.len() + 1, original.len());
    assert_eq!(edited, expected);
}

#[test]
fn split_and_deletion_side_by_side_are_both_found() {
    // SV 94 and 96 translate EN 86 and 88. The edit splits SV 94 in two at a sentence end and
    // puts its second half where SV 96 stood, so EN 88 has no counterpart next to a 1-2 bead.
    let paragraph = line(SV, 94);
    let cut = paragraph
        .match_indices(". ")
        .map(|(at, _)| at + 1)
        .find(|&at| at > paragraph.len() / 3)
        .expect("SV 94 has more than one sentence");
    let text: Vec<String> = SV
        .split('\n')
        .enumerate()
        .map(|(i, l)| match i + 1 {
            94 => paragraph[..cut].to_string(),
            96 => paragraph[cut..].trim_start().to_string(),
            _ => l.to_string(),
        })
        .collect();
    let original = ladder(EN, SV);
    let edited = ladder(EN, &text.join("\n"));
    let expected: Vec<Row> = original
        .iter()
        .map(|r| {
            if *r == row("86", "94", "paragraph") {
                row("86", "94,96", "paragraph")
            } else if *r == row("88", "96", "paragraph") {
                row("88", "-", "paragraph")
            } else {
                r.clone()
            }
        })
        .collect();
    assert_ne!(expected, original);
    assert_eq!(edited, expected);
}

#[test]
fn dropped_section_leaves_the_rest_aligned() {
    // Section 5 is SV lines 374..=433 (with the definitions of footnotes 46 to 50).
    assert!(line(SV, 374).starts_with("## 5."));
    assert!(line(SV, 434).starts_with("## **6."));
    let original = ladder(EN, SV);
    let edited = ladder(EN, &blank_lines(SV, 374, 433));
    let dropped = |r: &Row| {
        let tgt: Vec<u32> = r.1.split(',').filter_map(|n| n.parse().ok()).collect();
        !tgt.is_empty() && tgt.iter().all(|n| (374..=433).contains(n))
    };
    let expected: Vec<Row> = original
        .iter()
        .map(|r| if dropped(r) { (r.0.clone(), "-".into(), r.2.clone()) } else { r.clone() })
        .collect();
    assert!(expected.iter().filter(|r| r.1 == "-").count() >= 25);
    assert_eq!(edited, expected);
}

#[test]
fn one_thread_and_two_threads_give_the_same_bytes() {
    let (src, tgt, _) = pair(EN, SV);
    let run = |threads: usize| {
        let pool = rayon::ThreadPoolBuilder::new().num_threads(threads).build().unwrap();
        pool.install(|| {
            let alignment = align(&src, &tgt);
            (to_tsv(&src, &tgt, &alignment), serde_json::to_string(&alignment).unwrap())
        })
    };
    let (one, two) = (run(1), run(2));
    assert!(one.0.lines().count() > 200);
    assert_eq!(one, two);
}

#[test]
fn paragraph_that_lost_a_sentence_stays_paired() {
    // SV line 66 translates EN line 60 in two sentences; the edit drops the second. The
    // shortened paragraph is too short for the length cost alone, but its words are the
    // original's: the ladder is unchanged, and the English sentence is the one left alone.
    let dropped = "Medborgarna förväntar sig en rättvis och bestämd migrations- och asylpolitik som hanterar migrationen på ett effektivt sätt och håller fast vid europeiska värden.";
    let edited = without(dropped, 66);
    assert_eq!(ladder(EN, &edited), ladder(EN, SV));
    assert!(lone_english_sentence(&edited, 66).starts_with("Citizens expect"));
}

/// The Swedish text without `sentence` of line `sv_line`, and the space that joined it to its
/// neighbour.
fn without(sentence: &str, sv_line: usize) -> String {
    assert!(line(SV, sv_line).contains(sentence), "SV line {sv_line}");
    let joined = [format!(" {sentence}"), format!("{sentence} ")];
    let found =
        joined.iter().find(|j| line(SV, sv_line).contains(j.as_str())).expect("a sentence among others");
    SV.replacen(found.as_str(), "", 1)
}

/// The one English sentence left alone in the bead of Swedish line `sv_line` of `edited`.
fn lone_english_sentence(edited: &str, sv_line: u32) -> String {
    let (s, t, a) = pair(EN, edited);
    let bead = a.beads.iter().find(|b| b.tgt.first().is_some_and(|&k| t.blocks[k].lines.contains(&sv_line)));
    let bead = bead.unwrap_or_else(|| panic!("SV line {sv_line} is paired"));
    let lone: Vec<_> = bead.sentences.iter().filter(|x| x.tgt.is_empty()).collect();
    assert_eq!(lone.len(), 1, "{:?}", bead.sentences);
    let (block, range) = lone[0].src[0].clone();
    s.blocks[block].text[range].to_string()
}

#[test]
fn paragraph_that_lost_a_long_sentence_is_not_joined_to_its_neighbour() {
    // SV line 72 translates EN line 66; the edit drops its longest sentence. The programme
    // then joins the shortened paragraph to the one before it (SV line 70, whose length the
    // lost sentence nearly equals) and leaves EN line 64 alone, though SV line 70 shares its
    // tokens with EN line 64 and none with EN line 66: the pairs are restored, and the lost
    // sentence is the English one left alone.
    let dropped = "Denna dysfunktionella situation har skapat kryphål för bestående olaglig vistelse i unionen – med omfattande konsekvenser i fråga om utbildning, bostäder och lokala tjänster – och därigenom undergrävt allmänhetens förtroende för EU:s förmåga att hantera migration och utforma sin migrationspolitik på grundval av europeiska intressen.";
    let edited = without(dropped, 72);
    assert_eq!(ladder(EN, &edited), ladder(EN, SV));
    assert!(lone_english_sentence(&edited, 72).starts_with("This dysfunctional"));
}

#[test]
fn lone_paragraphs_side_by_side_are_paired() {
    // SV line 452 translates EN lines 436 and 446 (a paragraph split by a page end) in two
    // sentences; the edit drops the longer one. The two paragraphs share no token, and the
    // programme leaves both alone, side by side: they are one shortened paragraph.
    let dropped = "För att uppnå detta behöver unionen en socioekonomisk miljö som inte enbart underlättar integration av utländska arbetstagare på arbetsmarknaden, utan som gör det möjligt för dem att integrera sig och bidra till våra samhällen.";
    let edited = without(dropped, 452);
    assert_eq!(ladder(EN, &edited), ladder(EN, SV));
}

#[test]
fn a_signature_in_the_swedish_order_pairs_its_lines() {
    // The Swedish Official Journal signs with the name above the title: `Ordförande` faces
    // `The President` across the name, and neither is left alone.
    let en = format!("{EN}\nFor the Commission\n\n*The President*\n\nUrsula VON DER LEYEN\n");
    let sv = format!("{SV}\nPå kommissionens vägnar\n\nUrsula VON DER LEYEN\n\n*Ordförande*\n");
    let (en_lines, sv_lines) = (EN.split('\n').count(), SV.split('\n').count());
    let rows = ladder(&en, &sv);
    let signature =
        |list: &str, first: usize| list.split(',').any(|n| n.parse::<usize>().is_ok_and(|n| n >= first));
    let tail: Vec<&Row> =
        rows.iter().filter(|(s, t, _)| signature(s, en_lines) || signature(t, sv_lines)).collect();
    assert!(!tail.is_empty());
    assert!(tail.iter().all(|(s, t, _)| s != "-" && t != "-"), "{tail:?}");
}

#[test]
fn a_title_with_a_code_the_other_version_lacks_pairs_with_its_title() {
    // `Mifid II` is an optional code (a name's Roman numeral) that `MiFID II` is not: the
    // Swedish first line still belongs to the title part, not to a cover of its own.
    let body =
        |text: &str, heading: &str| text.get(text.find(heading).unwrap_or(0)..).unwrap_or("").to_string();
    let en = format!(
        "Guidelines on undue costs under MiFID II\n\n12 February 2026 | ESMA35-43-3456\n\n{}",
        body(EN, "## 1. INTRODUCTION")
    );
    let sv = format!(
        "Riktlinjer om oskäliga kostnader enligt Mifid II\n\n12 februari 2026 | ESMA35-43-3456\n\n{}",
        body(SV, "## 1. INLEDNING")
    );
    let rows = ladder(&en, &sv);
    assert!(rows.iter().any(|(s, t, _)| s == "1" && t == "1"), "{:?}", &rows[..3]);
}
