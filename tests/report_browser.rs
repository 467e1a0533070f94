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

/// Drives the page's behaviour in Chromium: a test script appended to the page (in this
/// test only) presses keys, hovers values and toggles filters, and writes what it saw into
/// the DOM, which is then dumped and checked.
#[test]
fn keyboard_hover_and_filters_work() {
    let dir = browser::scratch_dir("report-behaviour");
    let report = sample_report();
    let html = render(&report, Format::Html, &RenderOptions::default());
    let probe = r##"<script>
(function () {
  var out = [];
  function key(k) { document.dispatchEvent(new KeyboardEvent("keydown", { key: k, bubbles: true })); }
  function cur() { var li = document.querySelector("#findings li.cur"); return li ? li.id : "none"; }
  key("j"); out.push("j:" + cur());
  key("j"); out.push("j:" + cur());
  key("k"); out.push("k:" + cur());
  out.push("row:" + Array.prototype.map.call(document.querySelectorAll(".row.cur"), function (r) { return r.id; }).join(","));
  out.push("marks:" + document.querySelectorAll("#rows mark.cur, #rows .fn.cur, #rows .fnl.cur").length);
  var value = document.getElementById("vs-2-1");
  value.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
  out.push("peer:" + document.getElementById("vt-2-1").classList.contains("hl"));
  var ref = document.querySelector('#bead-1 .side.src .fn[data-fn="1"]');
  ref.dispatchEvent(new MouseEvent("mouseover", { bubbles: true }));
  out.push("fn:" + document.querySelector('#bead-1 .side.tgt .fn[data-fn="1"]').classList.contains("hl") + "," +
    document.getElementById("fn-t-1").classList.contains("hl"));
  var box = document.querySelector('#rule-filter input[data-rule="number-mismatch"]');
  box.checked = false;
  box.dispatchEvent(new Event("change", { bubbles: true }));
  out.push("hidden:" + document.querySelectorAll("#findings li[hidden]").length);
  key("j"); out.push("skip:" + cur());
  var only = document.getElementById("only-findings");
  only.checked = true;
  only.dispatchEvent(new Event("change", { bubbles: true }));
  out.push("only:" + Array.prototype.filter.call(document.querySelectorAll("#rows .row"), function (r) {
    return getComputedStyle(r).display !== "none"; }).length);
  var search = document.getElementById("search");
  search.value = "riskanalys";
  search.dispatchEvent(new KeyboardEvent("keydown", { key: "Enter", bubbles: true }));
  out.push("search:" + Array.prototype.map.call(document.querySelectorAll(".row.cur"), function (r) { return r.id; }).join(","));
  var pre = document.createElement("pre");
  pre.id = "probe";
  pre.textContent = out.join(" ");
  document.body.appendChild(pre);
})();
</script>"##;
    let page = dir.join("report.html");
    std::fs::write(&page, html.replace("</body>", &format!("{probe}</body>"))).unwrap();
    let out = browser::run_chromium(&page, &["--dump-dom"], &dir.join("profile"));
    let dom = String::from_utf8(out.stdout).unwrap();
    let start = dom.find("<pre id=\"probe\">").expect("the probe did not run") + 16;
    let probe_out = &dom[start..start + dom[start..].find("</pre>").unwrap()];
    // `marks:2`: the first finding marks its token on both sides of its row.
    let rows_with_findings = {
        let mut beads: Vec<_> = report.findings.iter().filter_map(|f| f.bead).collect();
        beads.sort();
        beads.dedup();
        beads.len()
    };
    assert_eq!(
        probe_out,
        format!(
            "j:f-0 j:f-1 k:f-0 row:bead-1 marks:2 peer:true fn:true,true hidden:2 skip:f-2 only:{rows_with_findings} search:bead-3"
        )
    );
}
