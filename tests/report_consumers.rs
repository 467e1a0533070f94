//! The machine formats read back by real third-party consumers:
//! SARIF validated against the official 2.1.0 JSON schema (Python `jsonschema`),
//! JUnit XML parsed by `junitparser`, TMX loaded by translate-toolkit.

mod browser;

use std::path::Path;

use tvilling::report::sample::sample_report;
use tvilling::report::{Format, RenderOptions, Report, render};

fn write(dir: &Path, name: &str, report: &Report, format: Format) -> String {
    let path = dir.join(name);
    std::fs::write(&path, render(report, format, &RenderOptions::default())).unwrap();
    path.display().to_string()
}

const SARIF_CHECK: &str = r#"
import json, sys, jsonschema
schema = json.load(open(sys.argv[1], encoding="utf-8"))
log = json.load(open(sys.argv[2], encoding="utf-8"))
validator = jsonschema.Draft4Validator(schema)
errors = sorted(validator.iter_errors(log), key=lambda e: list(e.path))
for e in errors:
    print("/".join(map(str, e.path)), e.message)
if errors:
    sys.exit(1)
run = log["runs"][0]
print(len(run["results"]), len(run["tool"]["driver"]["rules"]))
"#;

#[test]
fn sarif_validates_against_the_official_schema() {
    let dir = browser::scratch_dir("report-sarif");
    let report = sample_report();
    let sarif = write(&dir, "report.sarif", &report, Format::Sarif);
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/schemas/sarif-schema-2.1.0.json");
    let out = browser::python(SARIF_CHECK, &[schema, &sarif], &["jsonschema"]);
    assert_eq!(out.trim(), format!("{} {}", report.findings.len(), report.rules.len()));
}

#[test]
fn the_schema_check_can_fail() {
    // A log with a wrong level and a result without a message must be refused.
    let dir = browser::scratch_dir("report-sarif-bad");
    let bad = dir.join("bad.sarif");
    let text = render(&sample_report(), Format::Sarif, &RenderOptions::default()).replacen(
        "\"level\": \"error\"",
        "\"level\": \"fatal\"",
        1,
    );
    std::fs::write(&bad, text).unwrap();
    let schema = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/schemas/sarif-schema-2.1.0.json");
    let script = format!("{SARIF_CHECK}\n");
    let result = std::panic::catch_unwind(|| {
        browser::python(&script, &[schema, &bad.display().to_string()], &["jsonschema"])
    });
    let message = *result.expect_err("an invalid log passed validation").downcast::<String>().unwrap();
    assert!(message.contains("'fatal' is not one of"), "{message}");
}

const JUNIT_CHECK: &str = r#"
import sys
from junitparser import JUnitXml, Failure
xml = JUnitXml.fromfile(sys.argv[1])
suites = list(xml)
cases = [c for s in suites for c in s]
failing = [c for c in cases if any(isinstance(r, Failure) for r in c.result)]
lines = sum(len(r.text.strip().splitlines()) for c in failing for r in c.result)
print(xml.tests, xml.failures, len(suites), len(cases), len(failing), lines)
for c in failing:
    print(c.classname, c.name, c.result[0].message)
"#;

#[test]
fn junit_is_read_by_junitparser() {
    let dir = browser::scratch_dir("report-junit");
    let report = sample_report();
    let path = write(&dir, "report.xml", &report, Format::Junit);
    let out = browser::python(JUNIT_CHECK, &[&path], &["junitparser"]);
    let mut lines = out.lines();
    let n_rules = report.rules.len();
    // A rule fails on a warning or an error; information alone does not fail it.
    let failing_rules: std::collections::BTreeSet<&str> = report
        .findings
        .iter()
        .filter(|f| f.severity >= tvilling::check::Severity::Warning)
        .map(|f| f.rule)
        .collect();
    let failing = failing_rules.len();
    let failure_lines = report.findings.iter().filter(|f| failing_rules.contains(f.rule)).count();
    assert!(failing < report.count_by_rule().len(), "the sample should hold a rule with only info findings");
    let categories: std::collections::BTreeSet<_> = report.rules.iter().map(|r| r.category).collect();
    assert_eq!(
        lines.next().unwrap(),
        format!("{n_rules} {failing} {} {n_rules} {failing} {failure_lines}", categories.len())
    );
    assert!(out.contains("numbers number-mismatch 2 findings (2 errors)"), "{out}");
}

const TMX_CHECK: &str = r#"
import sys
from translate.storage import tmx
store = tmx.tmxfile.parsefile(sys.argv[1])
units = [u for u in store.units if not u.isheader()]
print(len(units))
for u in units:
    print(u.source + "\t" + u.target)
"#;

#[test]
fn tmx_is_loaded_by_translate_toolkit() {
    let dir = browser::scratch_dir("report-tmx");
    let report = sample_report();
    let path = write(&dir, "memory.tmx", &report, Format::Tmx);
    let out = browser::python(TMX_CHECK, &[&path], &["translate.storage.tmx"]);
    let mut lines = out.lines();
    let expected: usize = report.alignment.beads.iter().map(|b| b.sentences.len()).sum();
    assert_eq!(lines.next().unwrap(), expected.to_string());
    let units: Vec<&str> = lines.collect();
    assert_eq!(units[0], "1. INTRODUCTION\t1. INLEDNING");
    assert_eq!(
        units[4],
        "Member States will receive EUR 3 billion under the Thematic Facility. See also COM(2026) 45 final.\t\
         Medlemsstaterna kommer att få 3 biljoner euro inom ramen för det tematiska instrumentet. Se även COM(2026) 45 final."
    );
    // The markup in the text comes back as text, the control character is gone.
    assert!(
        units[6]
            .starts_with("Quoted markup stays text: <script>alert(1)</script>, ]]>, & and <img onerror=x>")
    );
    assert!(!units[6].contains('\u{7}'));
}

const OMEGAT_PROJECT: &str = r#"<?xml version="1.0" encoding="UTF-8" standalone="yes"?>
<omegat>
    <project version="1.0">
        <source_dir>__DEFAULT__</source_dir>
        <source_dir_excludes/>
        <target_dir>__DEFAULT__</target_dir>
        <tm_dir>__DEFAULT__</tm_dir>
        <glossary_dir>__DEFAULT__</glossary_dir>
        <glossary_file>__DEFAULT__</glossary_file>
        <dictionary_dir>__DEFAULT__</dictionary_dir>
        <source_lang>EN</source_lang>
        <target_lang>SV</target_lang>
        <source_tok>org.omegat.tokenizer.LuceneEnglishTokenizer</source_tok>
        <target_tok>org.omegat.tokenizer.LuceneSwedishTokenizer</target_tok>
        <sentence_seg>true</sentence_seg>
        <support_default_translations>true</support_default_translations>
        <remove_tags>false</remove_tags>
    </project>
</omegat>
"#;

/// A CAT tool uses the memory: OmegaT, headless, translates a source file from the TMX
/// placed in its `tm/auto` folder (exact matches are inserted automatically).
#[test]
fn tmx_translates_in_omegat() {
    let found = std::process::Command::new("sh").args(["-c", "command -v omegat"]).output();
    assert!(
        found.is_ok_and(|o| o.status.success()),
        "omegat is not installed: run `bash {}` first",
        browser::SETUP
    );
    let dir = browser::scratch_dir("report-omegat");
    let project = dir.join("project");
    for sub in ["source", "target", "tm/auto", "glossary", "dictionary", "omegat"] {
        std::fs::create_dir_all(project.join(sub)).unwrap();
    }
    std::fs::write(project.join("omegat.project"), OMEGAT_PROJECT).unwrap();
    write(&project.join("tm/auto"), "memory.tmx", &sample_report(), Format::Tmx);
    std::fs::write(
        project.join("source/text.txt"),
        "Delivering on migration is a political priority. Illegal arrivals fell by 38% in 2024.\n\n\
         Frontex, risk analysis 2025, https://www.frontex.europa.eu/.\n\nA sentence the memory does not hold.\n",
    )
    .unwrap();
    let out = std::process::Command::new("omegat")
        .arg("--mode=console-translate")
        .arg(format!("--config-dir={}", dir.join("config").display()))
        .args(["--disable-project-locking", "--no-team", "--quiet"])
        .arg(&project)
        .output()
        .unwrap();
    let log = String::from_utf8_lossy(&out.stdout).to_string() + &String::from_utf8_lossy(&out.stderr);
    assert!(out.status.success(), "omegat failed:\n{log}");
    let target = std::fs::read_to_string(project.join("target/text.txt")).unwrap();
    assert_eq!(
        target,
        "Det är en politisk prioritering att uppnå resultat när det gäller migration. \
         De olagliga inresorna minskade med 36 % under 2024.\n\n\
         Frontex, riskanalys 2025, https://www.frontex.europa.eu/.\n\nA sentence the memory does not hold.\n",
        "{log}"
    );
}
