//! A count written as a bare four-digit figure in one version and with grouped digits in the
//! other is one value, although a bare figure from 1900 to 2100 reads as a year.

use std::path::PathBuf;
use std::process::Command;

fn pair(name: &str, en: &str, sv: &str) -> (PathBuf, PathBuf) {
    let dir =
        PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("figures-{name}-{}", std::process::id()));
    std::fs::create_dir_all(&dir).unwrap();
    let (en_path, sv_path) = (dir.join("en.md"), dir.join("sv.md"));
    std::fs::write(&en_path, en).unwrap();
    std::fs::write(&sv_path, sv).unwrap();
    (en_path, sv_path)
}

fn findings(name: &str, en: &str, sv: &str) -> Vec<serde_json::Value> {
    let (en_path, sv_path) = pair(name, en, sv);
    let out = Command::new(env!("CARGO_BIN_EXE_tvilling"))
        .args(["check", "--src-lang", "en", "--tgt-lang", "sv", "--format", "json", "--fail-on", "never"])
        .arg(&en_path)
        .arg(&sv_path)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let report: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    report["findings"].as_array().unwrap().clone()
}

#[test]
fn a_bare_figure_and_a_grouped_one_are_the_same_count() {
    let en = "## 1. Intro\n\nIn 2025, 1950 applications were lodged and 2040 people arrived.\n";
    let sv = "## 1. Inledning\n\nUnder 2025 lämnades 1 950 ansökningar in och 2 040 personer anlände.\n";
    assert_eq!(findings("same", en, sv), Vec::<serde_json::Value>::new());
}

#[test]
fn a_different_figure_is_still_reported() {
    let en = "## 1. Intro\n\nIn 2025, 1950 applications were lodged.\n";
    let sv = "## 1. Inledning\n\nUnder 2025 lämnades 1 960 ansökningar in.\n";
    let found = findings("different", en, sv);
    assert!(!found.is_empty(), "1950 against 1 960 must be reported");
}
