//! Seeded mutation test: inject random changes into the Swedish text and require that
//! at least 99% are flagged, each by the right rule, and that nothing unrelated is newly flagged.

use std::collections::BTreeMap;

use regex::Regex;
use tvilling::check::{Finding, Side};
use tvilling::document::Document;
use tvilling::text::Lang;
use tvilling::values::ValueKind;

use crate::support::{fixture, parse, run};

/// SplitMix64: a tiny deterministic generator, so the test needs no dependency and never varies.
struct Rng(u64);

impl Rng {
    fn next(&mut self) -> u64 {
        self.0 = self.0.wrapping_add(0x9e37_79b9_7f4a_7c15);
        let mut z = self.0;
        z = (z ^ (z >> 30)).wrapping_mul(0xbf58_476d_1ce4_e5b9);
        z = (z ^ (z >> 27)).wrapping_mul(0x94d0_49bb_1331_11eb);
        z ^ (z >> 31)
    }

    fn below(&mut self, n: usize) -> usize {
        (self.next() % n as u64) as usize
    }
}

#[derive(Debug, Clone)]
struct Mutation {
    what: String,
    /// Byte range replaced in the SV source, and its replacement.
    range: std::ops::Range<usize>,
    replacement: String,
    /// Rules that count as flagging it.
    expected: Vec<&'static str>,
    /// A footnote label the mutation touches (document-level footnote rules may mention it).
    label: Option<String>,
}

/// The rules of the category of the value covering SV source byte `offset`.
fn rules_at(sv: &Document, offset: usize) -> Vec<&'static str> {
    // A digit in a link target (`[text](url)`) belongs to that URL.
    let in_link_target = sv.blocks.iter().flat_map(|b| &b.inlines).any(|i| {
        matches!(i, tvilling::document::Inline::Link { src, .. } if src.start <= offset && offset < src.end)
    }) && !sv.blocks.iter().flat_map(|b| &b.chunks).any(|c| c.src_start <= offset && offset < c.src_start + c.len);
    if in_link_target {
        return vec!["url-mismatch", "url-missing"];
    }
    let kind = sv.blocks.iter().find_map(|block| {
        let chunk = block.chunks.iter().find(|c| c.src_start <= offset && offset < c.src_start + c.len)?;
        let text_offset = chunk.text_start + (offset - chunk.src_start);
        let values = tvilling::values::block_values(block, Lang::Sv);
        values.iter().find(|v| v.span.start <= text_offset && text_offset < v.span.end).map(|v| v.kind)
    });
    match kind {
        Some(ValueKind::Date) => vec!["date-mismatch", "date-missing"],
        Some(ValueKind::Legal) => vec!["legal-ref-mismatch", "legal-ref-missing"],
        Some(ValueKind::Url) => vec!["url-mismatch", "url-missing"],
        _ => vec!["number-mismatch", "number-missing"],
    }
}

fn candidates(sv_text: &str, sv: &Document, rng: &mut Rng) -> Vec<Mutation> {
    let marker = Regex::new(r"<sup>\((\d+)\)</sup>").unwrap();
    let line_start_label = Regex::new(r"(?m)^(<sup>)?\(\d+\)(</sup>)?").unwrap();
    let month = Regex::new(
        r"\b(januari|februari|mars|april|maj|juni|juli|augusti|september|oktober|november|december)\b",
    )
    .unwrap();
    let year = Regex::new(r"\b(19[5-9]\d|20[0-4]\d)\b").unwrap();
    let percentage = Regex::new(r"\d+(,\d+)? ?%").unwrap();
    let decimal = Regex::new(r"\b\d+,(\d+)\b").unwrap();
    // Footnote markers are mutated as references, never as digits.
    let mut protected: Vec<std::ops::Range<usize>> = marker.find_iter(sv_text).map(|m| m.range()).collect();
    protected.extend(line_start_label.find_iter(sv_text).map(|m| m.range()));
    let free = |r: &std::ops::Range<usize>| !protected.iter().any(|p| p.start < r.end && r.start < p.end);
    let months: Vec<&str> = month_names();

    let mut all = Vec::new();
    for (i, c) in sv_text.char_indices() {
        if c.is_ascii_digit() && free(&(i..i + 1)) {
            let new = char::from(b'0' + ((c as u8 - b'0' + 1 + rng.below(9) as u8) % 10));
            all.push(Mutation {
                what: format!("digit {c}→{new}"),
                range: i..i + 1,
                replacement: new.to_string(),
                expected: rules_at(sv, i),
                label: None,
            });
        }
    }
    for caps in marker.captures_iter(sv_text) {
        let m = caps.get(0).unwrap();
        // A marker at the start of a line is a definition label, not a reference.
        let at_line_start = m.start() == 0 || sv_text.as_bytes()[m.start() - 1] == b'\n';
        if at_line_start {
            continue;
        }
        let label = caps[1].to_string();
        let n: u32 = label.parse().unwrap();
        // Removing the marker with the space before it, as a translator's slip would.
        let start = if sv_text[..m.start()].ends_with(' ') { m.start() - 1 } else { m.start() };
        all.push(Mutation {
            what: format!("drop footnote reference ({label})"),
            range: start..m.end(),
            replacement: String::new(),
            expected: vec!["footnote-ref-missing"],
            label: Some(label.clone()),
        });
        let new =
            if rng.below(2) == 0 { n + 1 } else { n.saturating_sub(1).max(1) + if n == 1 { 2 } else { 0 } };
        all.push(Mutation {
            what: format!("renumber footnote reference ({label})→({new})"),
            range: m.range(),
            replacement: format!("<sup>({new})</sup>"),
            expected: vec!["footnote-ref-mismatch"],
            label: Some(label),
        });
    }
    for m in month.find_iter(sv_text) {
        let other = months[(months.iter().position(|x| *x == m.as_str()).unwrap() + 1 + rng.below(11)) % 12];
        all.push(Mutation {
            what: format!("month {}→{other}", m.as_str()),
            range: m.range(),
            replacement: other.to_string(),
            expected: rules_at(sv, m.start()),
            label: None,
        });
    }
    for m in year.find_iter(sv_text).filter(|m| free(&m.range())) {
        let y: u32 = m.as_str().parse().unwrap();
        let new = if rng.below(2) == 0 { y + 1 } else { y - 1 };
        all.push(Mutation {
            what: format!("year {y}→{new}"),
            range: m.range(),
            replacement: new.to_string(),
            expected: rules_at(sv, m.start()),
            label: None,
        });
    }
    for m in percentage.find_iter(sv_text).filter(|m| free(&m.range())) {
        all.push(Mutation {
            what: format!("drop percentage {}", m.as_str()),
            range: m.range(),
            replacement: String::new(),
            expected: vec!["number-missing", "number-mismatch"],
            label: None,
        });
    }
    for caps in decimal.captures_iter(sv_text) {
        let d = caps.get(1).unwrap();
        let old = d.as_str().as_bytes()[0];
        let new = char::from(b'0' + ((old - b'0' + 1 + rng.below(9) as u8) % 10));
        all.push(Mutation {
            what: format!("decimal {}→{new}…", caps.get(0).unwrap().as_str()),
            range: d.start()..d.start() + 1,
            replacement: new.to_string(),
            expected: vec!["number-mismatch", "number-missing"],
            label: None,
        });
    }
    all
}

fn month_names() -> Vec<&'static str> {
    vec![
        "januari",
        "februari",
        "mars",
        "april",
        "maj",
        "juni",
        "juli",
        "augusti",
        "september",
        "oktober",
        "november",
        "december",
    ]
}

/// The identity of a finding that does not depend on the text around it.
fn key(f: &Finding) -> (String, Side, u32, String) {
    (f.rule.to_string(), f.primary.side, f.primary.line, f.message.clone())
}

fn touches_line(f: &Finding, line: u32) -> bool {
    [Some(&f.primary), f.secondary.as_ref()]
        .into_iter()
        .flatten()
        .any(|l| l.side == Side::Target && l.line == line)
}

#[test]
fn seeded_mutations_are_flagged_by_the_right_rule() {
    let en = std::fs::read_to_string(fixture("com-2026-45/en.md")).unwrap();
    let sv_text = std::fs::read_to_string(fixture("com-2026-45/sv.md")).unwrap();
    let sv = parse("sv.md", &sv_text, Lang::Sv);
    let baseline = run(&en, &sv_text);
    let mut baseline_keys: BTreeMap<_, usize> = BTreeMap::new();
    for f in &baseline {
        *baseline_keys.entry(key(f)).or_default() += 1;
    }

    let mut rng = Rng(0x7476_696c_6c69_6e67);
    let pool = candidates(&sv_text, &sv, &mut rng);
    assert!(pool.len() > 500, "too few mutation sites: {}", pool.len());
    let n_mutations = 200;
    let chosen: Vec<Mutation> = (0..n_mutations).map(|_| pool[rng.below(pool.len())].clone()).collect();

    let mut missed = Vec::new();
    let mut noisy = Vec::new();
    for m in &chosen {
        let mutated = format!("{}{}{}", &sv_text[..m.range.start], m.replacement, &sv_text[m.range.end..]);
        let line = sv_text[..m.range.start].matches('\n').count() as u32 + 1;
        let findings = run(&en, &mutated);
        let mut budget = baseline_keys.clone();
        let new: Vec<&Finding> = findings
            .iter()
            .filter(|f| match budget.get_mut(&key(f)) {
                Some(n) if *n > 0 => {
                    *n -= 1;
                    false
                }
                _ => true,
            })
            .collect();
        let flagged = new.iter().any(|f| m.expected.contains(&f.rule) && touches_line(f, line));
        if !flagged {
            missed.push(format!(
                "line {line}: {} (expected {:?}); new: {:?}",
                m.what,
                m.expected,
                new.iter().map(|f| &f.message).collect::<Vec<_>>()
            ));
        }
        for f in new {
            let related = touches_line(f, line)
                || m.label.as_ref().is_some_and(|l| f.rule.starts_with("footnote-") && f.message.contains(&format!("({l})")))
                // A renumbered reference also breaks the sequence at the new number.
                || (m.label.is_some() && f.rule == "footnote-sequence");
            if !related {
                noisy.push(format!(
                    "line {line}: {} → {}[{}] line {}: {}",
                    m.what,
                    f.rule,
                    f.severity.as_str(),
                    f.primary.line,
                    f.message
                ));
            }
        }
    }
    let recall = 1.0 - missed.len() as f64 / n_mutations as f64;
    eprintln!(
        "mutation recall {:.3} ({} of {n_mutations} missed), {} unrelated new findings",
        recall,
        missed.len(),
        noisy.len()
    );
    for m in &missed {
        eprintln!("  missed: {m}");
    }
    assert!(recall >= 0.99, "recall {recall:.3} < 0.99; missed:\n{}", missed.join("\n"));
    assert!(noisy.is_empty(), "unrelated new findings:\n{}", noisy.join("\n"));
}

/// An act number mistyped in the target where the source names the act only through a link
/// (the source footnote gives the act's OJ address, the target names it in words and repeats
/// the link): the finding says which act the source's link points to.
#[test]
fn a_mistyped_act_number_is_set_against_the_act_the_source_links_to() {
    let en = std::fs::read_to_string(fixture("com-2026-45/en.md")).expect("fixture");
    let sv = std::fs::read_to_string(fixture("com-2026-45/sv.md")).expect("fixture");
    // The footnote that names the act and repeats the OJ link.
    let line = sv
        .lines()
        .find(|l| l.contains("förordning (EU) 2024/1351") && l.contains("uri=OJ:L"))
        .expect("the fixture names the act in a footnote with its link");
    let mutated = sv.replacen(line, &line.replacen("(EU) 2024/1351", "(EU) 2024/1851", 1), 1);
    let findings = run(&en, &mutated);
    let found = findings
        .iter()
        .find(|f| f.rule == "legal-ref-missing" && f.message.contains("2024/1851"))
        .unwrap_or_else(|| panic!("no finding names 2024/1851: {findings:#?}"));
    assert!(
        found.notes.iter().any(|n| n.contains("links to act 2024/1351")),
        "the note names the linked act: {:?}",
        found.notes
    );
    assert_eq!(found.severity, tvilling::check::Severity::Warning);
}
