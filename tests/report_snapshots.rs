//! Snapshots of every format on the shared sample report.

use tvilling::report::sample::sample_report;
use tvilling::report::{Format, RenderOptions, render};

fn plain() -> RenderOptions {
    RenderOptions::default()
}

/// The HTML page with the inline stylesheet and script left out, so that the snapshot shows
/// the markup a reviewer cares about; the assets are covered by the browser test.
fn html_without_assets(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    for (open, close) in [("<style>", "</style>"), ("<script>", "</script>")] {
        let Some(start) = rest.find(open) else { break };
        let Some(end) = rest[start..].find(close) else { break };
        out.push_str(&rest[..start + open.len()]);
        out.push_str("/* … */");
        rest = &rest[start + end..];
    }
    out.push_str(rest);
    out
}

#[test]
fn human() {
    insta::assert_snapshot!(render(&sample_report(), Format::Human, &plain()));
}

#[test]
fn human_color() {
    let opts = RenderOptions { color: true, ..plain() };
    insta::assert_snapshot!(render(&sample_report(), Format::Human, &opts));
}

#[test]
fn human_quiet() {
    let opts = RenderOptions { quiet: true, ..plain() };
    insta::assert_snapshot!(render(&sample_report(), Format::Human, &opts));
}

#[test]
fn human_no_findings() {
    let mut report = sample_report();
    report.findings.clear();
    report.n_suppressed = 0;
    report.stale_baseline.clear();
    insta::assert_snapshot!(render(&report, Format::Human, &plain()));
}

#[test]
fn json() {
    insta::assert_snapshot!(render(&sample_report(), Format::Json, &plain()));
}

#[test]
fn sarif() {
    insta::assert_snapshot!(render(&sample_report(), Format::Sarif, &plain()));
}

#[test]
fn junit() {
    insta::assert_snapshot!(render(&sample_report(), Format::Junit, &plain()));
}

#[test]
fn tmx() {
    insta::assert_snapshot!(render(&sample_report(), Format::Tmx, &plain()));
}

#[test]
fn html() {
    insta::assert_snapshot!(html_without_assets(&render(&sample_report(), Format::Html, &plain())));
}

#[test]
fn every_format_is_deterministic() {
    let report = sample_report();
    for format in [Format::Human, Format::Json, Format::Sarif, Format::Junit, Format::Html, Format::Tmx] {
        assert_eq!(
            render(&report, format, &plain()),
            render(&sample_report(), format, &plain()),
            "{format:?}"
        );
    }
}

#[test]
fn markup_in_text_is_escaped_everywhere() {
    let report = sample_report();
    for format in [Format::Junit, Format::Html, Format::Tmx] {
        let out = render(&report, format, &plain());
        assert!(!out.contains("<script>alert"), "{format:?}");
        assert!(!out.contains("<img onerror"), "{format:?}");
        assert!(!out.contains('\u{7}'), "{format:?}");
    }
    let html = render(&report, Format::Html, &plain());
    assert!(html.contains("&lt;script&gt;alert("));
    assert!(html.contains(")&lt;/script&gt;, ]]&gt;, &amp; and &lt;img onerror=x&gt;"));
    assert_eq!(html.matches("<script>").count(), 1, "only the report's own script");
}

#[test]
fn json_envelope_is_consistent() {
    let report = sample_report();
    let json: serde_json::Value = serde_json::from_str(&render(&report, Format::Json, &plain())).unwrap();
    assert_eq!(json["schema"], "tvilling/report");
    assert_eq!(json["version"], 1);
    assert_eq!(json["source"]["lang"], "en");
    assert_eq!(json["target"]["name"], "sv.md");
    assert_eq!(json["summary"]["findings"], report.findings.len());
    assert_eq!(json["summary"]["by_severity"]["error"], 2);
    assert_eq!(json["summary"]["by_rule"]["number-mismatch"], 2);
    assert_eq!(json["findings"].as_array().unwrap().len(), report.findings.len());
    assert_eq!(json["findings"][0]["category"], "numbers");
    assert_eq!(json["alignment"].as_array().unwrap().len(), report.alignment.beads.len());
    // The page-split paragraph lists the lines of both parts.
    assert_eq!(json["alignment"][2]["source"]["lines"], serde_json::json!([5, 13]));
}

#[test]
fn human_windows_long_lines_and_counts_wide_characters() {
    let mut report = sample_report();
    // Put wide characters just before the token: the carets must still sit under it.
    let finding = &mut report.findings[0];
    let doc = &mut report.tgt;
    doc.source.insert_str(finding.primary.span.start, "漢字");
    doc.line_index = tvilling::text::LineIndex::new(&doc.source);
    finding.primary.column += 2;
    finding.primary.end_column += 2;
    let out = render(&report, Format::Human, &plain());
    let lines: Vec<&str> = out.lines().collect();
    let text = lines.iter().position(|l| l.starts_with("3 | ")).unwrap();
    let carets = lines[text + 1];
    let col = carets.find('^').unwrap();
    assert!(lines[text].contains("漢字36 %"), "{}", lines[text]);
    // Display columns: every char is one column except the two wide ones (two each).
    let mut width = 0;
    let mut found = None;
    for (i, c) in lines[text].char_indices() {
        if lines[text][i..].starts_with("36 %") {
            found = Some(width);
            break;
        }
        width += if c == '漢' || c == '字' { 2 } else { 1 };
    }
    assert_eq!(Some(col), found, "\n{}\n{}", lines[text], carets);
    assert!(lines[text].starts_with("3 | …"), "long lines are windowed: {}", lines[text]);
}

/// A hard-wrapped pair whose act numbers are broken over two lines: every line of the token
/// is shown and marked, and a token over more than three lines is elided in the middle.
#[test]
fn human_marks_every_line_of_a_wrapped_token() {
    use tvilling::document::{Format as In, parse};
    use tvilling::text::Lang;
    let en = "# Title\n\nThe rules of Regulation (EU)\n2024/1351 of 14 May 2024 apply, and so\ndo those of Regulation\n(EU)\n2024/1350\nof 14 May 2024.\n";
    let sv = "# Titel\n\nReglerna i förordning (EU)\n2024/1352 av den 14 maj 2024 gäller, liksom\nreglerna i förordning\n(EU)\n2024/1351\nav den 14 maj 2024.\n";
    let mut src = parse("en.md", en.to_string(), In::Markdown);
    let mut tgt = parse("sv.md", sv.to_string(), In::Markdown);
    src.lang = Some(Lang::En);
    tgt.lang = Some(Lang::Sv);
    let report = tvilling::check_pair(src, tgt, &Default::default()).expect("the pair checks");
    let human = render(&report, Format::Human, &plain());
    assert!(human.contains("2024/1352 av den"), "{human}");
    insta::assert_snapshot!(human);
    // SARIF gives the same token an end line, with the end column on that line.
    let sarif: serde_json::Value =
        serde_json::from_str(&render(&report, Format::Sarif, &plain())).expect("SARIF is JSON");
    let region = &sarif["runs"][0]["results"][0]["locations"][0]["physicalLocation"]["region"];
    assert_eq!((region["startLine"].as_u64(), region["endLine"].as_u64()), (Some(3), Some(4)), "{region}");
    assert_eq!(region["endColumn"].as_u64(), Some(10), "{region}");
    // JSON keeps `end_column` on the first line and gives the end on the later line.
    let json: serde_json::Value =
        serde_json::from_str(&render(&report, Format::Json, &plain())).expect("the JSON report is JSON");
    let primary = &json["findings"][0]["primary"];
    assert_eq!((primary["line"].as_u64(), primary["end_column"].as_u64()), (Some(3), Some(27)), "{primary}");
    assert_eq!(
        (primary["end"]["line"].as_u64(), primary["end"]["column"].as_u64()),
        (Some(4), Some(10)),
        "{primary}"
    );
}
