//! JUnit XML, for CI dashboards.
//!
//! One `<testsuite>` per rule category (in category order), one `<testcase>` per rule that
//! ran (`classname` = category, `name` = rule). A rule with findings fails: the `<failure>`
//! has a count summary as `message`, the highest severity as `type`, and the findings one
//! per line (`sv.md:3:110: error: …`) as text. A finding of a rule missing from
//! [`Report::rules`] still appears, under a suite named `other`.

use std::collections::BTreeMap;
use std::fmt::Write as _;

use super::Report;
use super::escape;
use crate::check::{Finding, Severity};

/// One test case: a rule and its findings.
struct Case<'a> {
    rule: &'a str,
    findings: Vec<&'a Finding>,
}

impl Case<'_> {
    /// A rule fails when it has a warning or an error; findings that are only
    /// information are listed in the case's output without failing it.
    fn fails(&self) -> bool {
        self.findings.iter().any(|f| f.severity >= Severity::Warning)
    }
}

/// Renders the XML document with a final newline.
pub(super) fn render(report: &Report) -> String {
    // Suites keyed by category name in category order; `other` sorts after every category.
    let mut suites: BTreeMap<(usize, &str), Vec<Case>> = BTreeMap::new();
    for rule in &report.rules {
        let findings = report.findings.iter().filter(|f| f.rule == rule.name).collect();
        suites
            .entry((rule.category as usize, rule.category.as_str()))
            .or_default()
            .push(Case { rule: rule.name, findings });
    }
    for finding in &report.findings {
        if report.rule(finding.rule).is_some() {
            continue;
        }
        let cases = suites.entry((usize::MAX, "other")).or_default();
        match cases.iter_mut().find(|c| c.rule == finding.rule) {
            Some(case) => case.findings.push(finding),
            None => cases.push(Case { rule: finding.rule, findings: vec![finding] }),
        }
    }

    let n_tests: usize = suites.values().map(Vec::len).sum();
    let n_failures: usize = suites.values().flatten().filter(|c| c.fails()).count();
    let mut out = String::from("<?xml version=\"1.0\" encoding=\"UTF-8\"?>\n");
    let _ = writeln!(
        out,
        "<testsuites name=\"{}\" tests=\"{n_tests}\" failures=\"{n_failures}\" errors=\"0\" skipped=\"0\">",
        escape::attr(&format!("{} {} → {}", report.tool.name, report.src.name, report.tgt.name)),
    );
    for ((_, category), cases) in &suites {
        let failures = cases.iter().filter(|c| c.fails()).count();
        let _ = writeln!(
            out,
            "  <testsuite name=\"{}\" tests=\"{}\" failures=\"{failures}\" errors=\"0\" skipped=\"0\">",
            escape::attr(category),
            cases.len(),
        );
        for case in cases {
            render_case(&mut out, report, category, case);
        }
        out.push_str("  </testsuite>\n");
    }
    out.push_str("</testsuites>\n");
    out
}

fn render_case(out: &mut String, report: &Report, category: &str, case: &Case) {
    let _ = write!(
        out,
        "    <testcase classname=\"{}\" name=\"{}\"",
        escape::attr(category),
        escape::attr(case.rule)
    );
    let Some(worst) = case.findings.iter().map(|f| f.severity).max() else {
        out.push_str("/>\n");
        return;
    };
    out.push_str(">\n");
    let (open, close) = if case.fails() {
        let open = format!(
            "      <failure message=\"{}\" type=\"{}\">",
            escape::attr(&count_summary(&case.findings)),
            worst.as_str()
        );
        (open, "</failure>")
    } else {
        ("      <system-out>".to_string(), "</system-out>")
    };
    out.push_str(&open);
    for finding in &case.findings {
        let loc = &finding.primary;
        let line = format!(
            "{}:{}:{}: {}: {}\n",
            report.doc(loc.side).name,
            loc.line,
            loc.column,
            finding.severity.as_str(),
            finding.message
        );
        escape::push_text(out, &line);
    }
    out.push_str(close);
    out.push_str("\n    </testcase>\n");
}

/// `3 findings (2 errors, 1 warning)`.
fn count_summary(findings: &[&Finding]) -> String {
    let count = |s: Severity| findings.iter().filter(|f| f.severity == s).count();
    let parts: Vec<String> =
        [(Severity::Error, "error"), (Severity::Warning, "warning"), (Severity::Info, "info")]
            .iter()
            .map(|&(s, word)| (count(s), word))
            .filter(|&(n, _)| n > 0)
            .map(
                |(n, word)| {
                    if n == 1 || word == "info" { format!("{n} {word}") } else { format!("{n} {word}s") }
                },
            )
            .collect();
    let what = if findings.len() == 1 { "finding" } else { "findings" };
    format!("{} {what} ({})", findings.len(), parts.join(", "))
}
