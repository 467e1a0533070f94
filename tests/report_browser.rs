//! The HTML report in a real browser: headless Chromium loads it, runs its script, and the
//! resulting DOM is checked. Also writes a screenshot for a person to look at.

mod browser;

use tvilling::report::sample::sample_report;
use tvilling::report::{Format, RenderOptions, render};

fn count(haystack: &str, needle: &str) -> usize {
    haystack.matches(needle).count()
}

#[test]
fn sample_report_in_chromium() {
    let dir = browser::scratch_dir("report-browser");
    let report = sample_report();
    let page = dir.join("report.html");
    std::fs::write(&page, render(&report, Format::Html, &RenderOptions::default())).unwrap();

    let out = browser::run_chromium(&page, &["--dump-dom"], &dir.join("profile"));
    let dom = String::from_utf8(out.stdout).unwrap();

    // The script ran: it marks the body when it has attached its listeners.
    assert!(dom.contains("data-ready=\"1\""), "the report's script did not run:\n{dom}");
    // One row per bead.
    let rows = count(&dom, "<div class=\"row k-");
    assert_eq!(rows, report.alignment.beads.len());
    // Every finding links to a row that exists.
    for i in 0..report.findings.len() {
        let item = dom.find(&format!("id=\"f-{i}\"")).unwrap_or_else(|| panic!("finding {i} not listed"));
        let rest = &dom[item..];
        let href = rest.find("href=\"#").map(|h| &rest[h + 7..]).unwrap();
        let target = &href[..href.find('"').unwrap()];
        assert!(dom.contains(&format!("id=\"{target}\"")), "finding {i} links to missing #{target}");
    }
    // The document's markup stayed text: no element was injected, nothing ran.
    assert!(!dom.contains("<img"), "an <img> element was injected");
    assert_eq!(count(&dom, "<script>"), 1, "only the report's own script element");
    assert!(dom.contains("&lt;script&gt;alert("));
    assert!(!dom.contains("alert(1)</script>"));
    // Values link to their counterparts.
    assert!(dom.contains("data-peer=\"vt-2-1\""));
    assert!(dom.contains("id=\"vt-2-1\""));
}

#[test]
fn screenshot_of_the_sample_report() {
    let dir = browser::scratch_dir("report-screenshot");
    let page = dir.join("report.html");
    std::fs::write(&page, render(&sample_report(), Format::Html, &RenderOptions::default())).unwrap();
    let shot = dir.join("report.png");
    browser::run_chromium(
        &page,
        &[&format!("--screenshot={}", shot.display()), "--window-size=1400,900"],
        &dir.join("profile"),
    );
    let bytes = std::fs::read(&shot).unwrap();
    assert!(bytes.starts_with(b"\x89PNG"), "no PNG written");
    assert!(bytes.len() > 10_000, "the screenshot looks empty");
}

/// 600 rows (a real document's size) and 60,000 rows (100 times that): the page renders
/// quickly, Chromium loads it and its script runs; the times are printed for the record.
#[test]
fn large_reports_load_in_chromium() {
    use tvilling::report::sample::repeated_sample_report;
    let dir = browser::scratch_dir("report-large");
    for copies in [86, 8_572] {
        let report = repeated_sample_report(copies);
        let start = std::time::Instant::now();
        let html = render(&report, Format::Html, &RenderOptions::default());
        let render_time = start.elapsed();
        let page = dir.join(format!("rows-{copies}.html"));
        std::fs::write(&page, &html).unwrap();
        let start = std::time::Instant::now();
        let out = browser::run_chromium(
            &page,
            &["--dump-dom", "--window-size=1400,900"],
            &dir.join(format!("profile-{copies}")),
        );
        let load_time = start.elapsed();
        let dom = String::from_utf8(out.stdout).unwrap();
        assert!(dom.contains("data-ready=\"1\""), "the script did not run on {copies} copies");
        assert_eq!(count(&dom, "<div class=\"row k-"), report.alignment.beads.len());
        eprintln!(
            "{} rows: {:.1} MB of HTML rendered in {render_time:.2?}, loaded and dumped by Chromium in {load_time:.2?}",
            report.alignment.beads.len(),
            html.len() as f64 / 1e6
        );
    }
}
