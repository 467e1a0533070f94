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
    for (open, close) in [("<style>", "</style>"), ("<script>", "</script>\n</body>")] {
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
