//! Baselines: accepted findings stay suppressed across unrelated edits; stale entries are reported.

use crate::support::{fixture, scratch, stderr, stdout, tvilling};

fn json_findings(out: &std::process::Output) -> Vec<serde_json::Value> {
    let json: serde_json::Value = serde_json::from_slice(&out.stdout).expect("json output");
    json["findings"].as_array().cloned().unwrap_or_default()
}

#[test]
fn baseline_survives_an_inserted_paragraph_and_reports_stale_entries() {
    let dir = scratch("baseline");
    let en = fixture("com-2026-45/en.md").display().to_string();
    let sv = fixture("com-2026-45/sv.md").display().to_string();
    let baseline = dir.join("baseline.json").display().to_string();

    let first = tvilling(&[
        "check",
        &en,
        &sv,
        "--write-baseline",
        &baseline,
        "--format",
        "json",
        "--fail-on",
        "never",
    ]);
    assert_eq!(first.status.code(), Some(0), "{}", stderr(&first));
    let n_findings = json_findings(&first).len();
    assert!(n_findings > 0, "the fixture pair has findings to accept");

    // Everything accepted: nothing left, exit 0 even with the default --fail-on error.
    let again = tvilling(&["check", &en, &sv, "--baseline", &baseline, "--format", "json"]);
    assert_eq!(again.status.code(), Some(0), "{}", stdout(&again));
    assert!(json_findings(&again).is_empty());
    let human = tvilling(&["check", &en, &sv, "--baseline", &baseline]);
    assert!(stdout(&human).contains(&format!("{n_findings} findings suppressed")), "{}", stdout(&human));

    // A paragraph inserted early in both versions shifts every line; the baseline still holds.
    let insert = |path: &str, paragraph: &str| {
        let text = std::fs::read_to_string(path).unwrap();
        let at = text.find("\n## 1.").unwrap();
        let edited = format!("{}\n\n{paragraph}\n{}", &text[..at], &text[at..]);
        let out = dir.join(std::path::Path::new(path).file_name().unwrap());
        std::fs::write(&out, edited).unwrap();
        out.display().to_string()
    };
    let en2 = insert(&en, "This paragraph was added to test that baselines survive edits.");
    let sv2 = insert(&sv, "Detta stycke lades till för att pröva att baslinjer tål ändringar.");
    let shifted = tvilling(&["check", &en2, &sv2, "--baseline", &baseline, "--format", "json"]);
    assert!(json_findings(&shifted).is_empty(), "{}", stdout(&shifted));

    // A new discrepancy is not in the baseline and fails the build.
    let sv_text = std::fs::read_to_string(&sv2).unwrap().replacen("51,4 %", "15,4 %", 1);
    std::fs::write(&sv2, sv_text).unwrap();
    let new = tvilling(&["check", &en2, &sv2, "--baseline", &baseline, "--format", "json"]);
    assert_eq!(new.status.code(), Some(1));
    let findings = json_findings(&new);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "number-mismatch");

    // Checked against the original once more: the finding the fix removed is a stale entry.
    let fixed_sv = std::fs::read_to_string(&sv).unwrap().replace("52025SC0162", "52025SSC0162");
    let fixed = dir.join("sv-fixed.md");
    std::fs::write(&fixed, fixed_sv).unwrap();
    let stale = tvilling(&["check", &en, &fixed.display().to_string(), "--baseline", &baseline]);
    assert_eq!(stale.status.code(), Some(0), "{}", stdout(&stale));
    assert!(
        stdout(&stale).contains("1 baseline entry") && stdout(&stale).contains("(stale)"),
        "{}",
        stdout(&stale)
    );
}

#[test]
fn a_broken_baseline_file_is_an_input_error() {
    let dir = scratch("baseline-bad");
    let bad = dir.join("baseline.json");
    std::fs::write(&bad, "{ not json").unwrap();
    let en = fixture("com-2026-45/en.md").display().to_string();
    let sv = fixture("com-2026-45/sv.md").display().to_string();
    let out = tvilling(&["check", &en, &sv, "--baseline", &bad.display().to_string()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        stderr(&out).contains("baseline.json") && stderr(&out).contains("not a tvilling baseline"),
        "{}",
        stderr(&out)
    );
    assert!(stdout(&out).is_empty());
}

#[test]
fn unrelated_documents_are_said_to_be_so_before_any_finding() {
    let en = fixture("com-2026-45/en.md").display().to_string();
    let press = fixture("context/press-release-2026-01-29.en.md").display().to_string();
    let out = tvilling(&["check", &en, &press, "--tgt-lang", "sv", "--format", "json"]);
    assert_eq!(out.status.code(), Some(1));
    let findings = json_findings(&out);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "document-unrelated");
}

#[test]
fn a_text_on_another_subject_with_the_same_layout_is_unrelated() {
    // Two rule fixtures: same headings and paragraph count, different content.
    let en = fixture("rules/number-mismatch/en.md").display().to_string();
    let sv = fixture("rules/date-mismatch/sv.md").display().to_string();
    let out = tvilling(&["check", &en, &sv, "--format", "json"]);
    let findings = json_findings(&out);
    assert_eq!(findings.len(), 1, "{findings:?}");
    assert_eq!(findings[0]["rule"], "document-unrelated");
    // The real pair is not.
    let en = fixture("com-2026-45/en.md").display().to_string();
    let sv = fixture("com-2026-45/sv.md").display().to_string();
    let out = tvilling(&["check", &en, &sv, "--format", "json"]);
    assert!(json_findings(&out).iter().all(|f| f["rule"] != "document-unrelated"));
}
