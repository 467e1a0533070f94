//! Tests of the whole extractor: resolution of overlaps and cross-language keys.

use super::*;

fn keys(text: &str, lang: Lang) -> Vec<String> {
    extract(text, lang).into_iter().map(|value| value.key).collect()
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
        for value in extract(&line, lang) {
            out.push((index + 1, value));
        }
    }
    out
}

#[test]
fn dump_fixture_values() {
    for (name, lang) in [("en.md", Lang::En), ("sv.md", Lang::Sv)] {
        for (line, value) in document_values(name, lang) {
            println!("{name}:{line}\t{:?}\t{}", value.kind, value.key);
        }
    }
}
