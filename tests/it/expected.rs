//! The check on the COM(2026) 45 pair, scored against the hand-made list in
//! `fixtures/com-2026-45/expected-findings.json` (see EXPECTED.md there): recall on the real
//! discrepancies, false alarms on the correct surface differences, and no finding outside the list.

use serde::Deserialize;
use tvilling::check::{Finding, Location, Side};
use tvilling::document::{self, Format};
use tvilling::report::Report;
use tvilling::text::Lang;

use crate::support::fixture;

#[derive(Deserialize)]
struct Expected {
    discrepancies: Vec<Discrepancy>,
    equivalences: Vec<Equivalence>,
}

#[derive(Deserialize)]
struct Discrepancy {
    id: String,
    rule: String,
    en_line: u32,
    sv_line: u32,
}

#[derive(Deserialize)]
struct Equivalence {
    id: String,
    en_line: u32,
    sv_line: u32,
    en: String,
    sv: String,
}

pub fn fixture_report() -> Report {
    let load = |name: &str, lang| {
        let text = std::fs::read_to_string(fixture(&format!("com-2026-45/{name}"))).unwrap();
        let mut doc = document::parse(name, text, Format::Markdown);
        doc.lang = Some(lang);
        doc
    };
    tvilling::check_pair(load("en.md", Lang::En), load("sv.md", Lang::Sv), &Default::default()).unwrap()
}

fn locations(f: &Finding) -> impl Iterator<Item = &Location> {
    std::iter::once(&f.primary).chain(f.secondary.as_ref())
}

fn at_line(f: &Finding, en_line: u32, sv_line: u32) -> bool {
    locations(f).any(|l| match l.side {
        Side::Source => en_line != 0 && l.line == en_line,
        Side::Target => sv_line != 0 && l.line == sv_line,
    })
}

/// The text a location marks.
fn marked<'a>(report: &'a Report, l: &Location) -> &'a str {
    let doc = match l.side {
        Side::Source => &report.src,
        Side::Target => &report.tgt,
    };
    doc.source.get(l.span.range()).unwrap_or("")
}

/// Loose token comparison: markup and escapes aside.
fn squash(s: &str) -> String {
    s.replace("<sup>", "")
        .replace("</sup>", "")
        .replace('\\', "")
        .chars()
        .filter(|c| !c.is_whitespace())
        .collect()
}

#[test]
fn fixture_pair_findings_match_the_expert_list() {
    let expected: Expected = serde_json::from_str(
        &std::fs::read_to_string(fixture("com-2026-45/expected-findings.json")).unwrap(),
    )
    .unwrap();
    assert!(expected.discrepancies.len() >= 5 && expected.equivalences.len() >= 100);
    let report = fixture_report();

    let mut missed = Vec::new();
    let mut explained = vec![false; report.findings.len()];
    for d in &expected.discrepancies {
        let hit = report.findings.iter().position(|f| f.rule == d.rule && at_line(f, d.en_line, d.sv_line));
        match hit {
            Some(i) => explained[i] = true,
            None => missed.push(format!("{} {} (en {}, sv {})", d.id, d.rule, d.en_line, d.sv_line)),
        }
    }
    let mut false_alarms = Vec::new();
    for e in &expected.equivalences {
        // A finding that reports a listed discrepancy is not a false alarm.
        for f in report.findings.iter().zip(&explained).filter(|(_, e)| !**e).map(|(f, _)| f) {
            let hits = locations(f).any(|l| {
                let (line, token) = match l.side {
                    Side::Source => (e.en_line, &e.en),
                    Side::Target => (e.sv_line, &e.sv),
                };
                let text = squash(marked(&report, l));
                let token = squash(token);
                // Only a location that marks a token counts, not one that points at a whole block.
                let token_sized = text.len() <= 2 * token.len() + 10;
                l.line == line
                    && token_sized
                    && !text.is_empty()
                    && !token.is_empty()
                    && (text.contains(&token) || token.contains(&text))
            });
            if hits {
                false_alarms.push(format!("{}: {}[{}] {}", e.id, f.rule, f.severity.as_str(), f.message));
            }
        }
    }
    let unexplained: Vec<String> = report
        .findings
        .iter()
        .zip(&explained)
        .filter(|(_, e)| !**e)
        .map(|(f, _)| format!("{}[{}] line {}: {}", f.rule, f.severity.as_str(), f.primary.line, f.message))
        .collect();
    let recall = 1.0 - missed.len() as f64 / expected.discrepancies.len() as f64;
    eprintln!(
        "recall {recall:.3} ({} of {}), false alarms {} on {} equivalences, unexplained findings {}",
        expected.discrepancies.len() - missed.len(),
        expected.discrepancies.len(),
        false_alarms.len(),
        expected.equivalences.len(),
        unexplained.len()
    );
    assert!(missed.is_empty(), "missed discrepancies:\n{}", missed.join("\n"));
    assert!(false_alarms.is_empty(), "false alarms on correct equivalences:\n{}", false_alarms.join("\n"));
    assert!(unexplained.is_empty(), "findings outside the expert list:\n{}", unexplained.join("\n"));
}

#[test]
fn severities_follow_the_expert_list() {
    // Severity is part of what the translator sees: an `info` must not be shown as an error.
    let expected: serde_json::Value = serde_json::from_str(
        &std::fs::read_to_string(fixture("com-2026-45/expected-findings.json")).unwrap(),
    )
    .unwrap();
    let report = fixture_report();
    let mut wrong = Vec::new();
    for d in expected["discrepancies"].as_array().unwrap() {
        let (rule, en, sv) =
            (d["rule"].as_str().unwrap(), d["en_line"].as_u64().unwrap(), d["sv_line"].as_u64().unwrap());
        let want = d["severity"].as_str().unwrap();
        if let Some(f) = report.findings.iter().find(|f| f.rule == rule && at_line(f, en as u32, sv as u32))
            && f.severity.as_str() != want
        {
            wrong.push(format!("{} {rule}: {} but expected {want}", d["id"], f.severity.as_str()));
        }
    }
    assert!(wrong.is_empty(), "{}", wrong.join("\n"));
}
