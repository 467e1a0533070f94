//! Every output format of the COM(2026) 45 pair, snapshotted: a change of behaviour shows as
//! a reviewable diff. The tool version is redacted so that a release does not churn them.

use tvilling::report::{Format, RenderOptions, render};

use crate::expected::fixture_report;

fn redact(text: &str) -> String {
    text.replace(env!("CARGO_PKG_VERSION"), "[version]")
}

/// The HTML without its inline stylesheet and script, which have snapshots of their own
/// through the sample report: what is left is the document's content and structure.
fn html_content(html: &str) -> String {
    let mut out = String::new();
    let mut rest = html;
    // The earliest of the next stylesheet and the next script goes first.
    while let Some(start) = [rest.find("<style"), rest.find("<script")].into_iter().flatten().min() {
        let close = if rest[start..].starts_with("<style") { "</style>" } else { "</script>" };
        out.push_str(&rest[..start]);
        match rest[start..].find(close) {
            Some(end) => rest = &rest[start + end + close.len()..],
            None => {
                rest = "";
                break;
            }
        }
    }
    out.push_str(rest);
    out
}

#[test]
fn fixture_pair_in_every_format() {
    let report = fixture_report();
    let opts = RenderOptions { color: false, quiet: false };
    insta::assert_snapshot!("fixture_human", redact(&render(&report, Format::Human, &opts)));
    let json: serde_json::Value =
        serde_json::from_str(&redact(&render(&report, Format::Json, &opts))).unwrap();
    insta::assert_json_snapshot!("fixture_json", json);
    let sarif: serde_json::Value =
        serde_json::from_str(&redact(&render(&report, Format::Sarif, &opts))).unwrap();
    insta::assert_json_snapshot!("fixture_sarif", sarif);
    insta::assert_snapshot!("fixture_junit", redact(&render(&report, Format::Junit, &opts)));
    insta::assert_snapshot!("fixture_tmx", redact(&render(&report, Format::Tmx, &opts)));
    insta::assert_snapshot!("fixture_html", redact(&html_content(&render(&report, Format::Html, &opts))));
    insta::assert_snapshot!(
        "fixture_align_tsv",
        tvilling::align::to_tsv(&report.src, &report.tgt, &report.alignment)
    );
}
