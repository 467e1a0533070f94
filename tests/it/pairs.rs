//! Other kinds of EU documents (`fixtures/pairs`): each faithful Swedish version gives no
//! finding, and each change listed in its `seeded.txt` adds one.

use std::collections::BTreeMap;
use std::path::Path;

use tvilling::check::Finding;

use crate::support::{fixture, run_files};

/// The two versions of a pair: (file name, text) of the English and of the Swedish.
fn versions(dir: &Path) -> ((String, String), (String, String)) {
    let read = |lang: &str| {
        ["md", "txt"]
            .iter()
            .map(|ext| format!("{lang}.{ext}"))
            .find_map(|name| std::fs::read_to_string(dir.join(&name)).ok().map(|text| (name, text)))
            .unwrap_or_else(|| panic!("no {lang} version in {}", dir.display()))
    };
    (read("en"), read("sv"))
}

fn pairs() -> Vec<std::path::PathBuf> {
    let mut dirs: Vec<_> = std::fs::read_dir(fixture("pairs"))
        .expect("fixtures/pairs")
        .filter_map(|entry| entry.ok().map(|e| e.path()))
        .filter(|path| path.is_dir())
        .collect();
    dirs.sort();
    dirs
}

fn describe(findings: &[Finding]) -> Vec<String> {
    findings.iter().map(|f| format!("{}: {}", f.rule, f.message)).collect()
}

/// Every faithful translation gives no finding but the false ones its `known-findings.txt`
/// lists (`rule: message`, one per line), each a limit of the tool the file says why it stays.
#[test]
fn faithful_translations_give_no_finding() {
    let dirs = pairs();
    assert!(dirs.len() >= 6, "{dirs:?}");
    for dir in dirs {
        let ((en_name, en), (sv_name, sv)) = versions(&dir);
        let findings = describe(&run_files((&en_name, &en), (&sv_name, &sv)));
        let known: Vec<String> = std::fs::read_to_string(dir.join("known-findings.txt"))
            .unwrap_or_default()
            .lines()
            .filter(|line| !line.trim().is_empty() && !line.starts_with('#'))
            .map(str::to_string)
            .collect();
        assert_eq!(findings, known, "{}", dir.display());
    }
}

#[test]
fn seeded_changes_are_found() {
    let mut n_changes = 0;
    for dir in pairs() {
        let Ok(list) = std::fs::read_to_string(dir.join("seeded.txt")) else { continue };
        let ((en_name, en), (sv_name, sv)) = versions(&dir);
        let mut base: BTreeMap<String, usize> = BTreeMap::new();
        for line in describe(&run_files((&en_name, &en), (&sv_name, &sv))) {
            *base.entry(line).or_default() += 1;
        }
        for change in list.lines().filter(|line| !line.trim().is_empty()) {
            let (from, to) = change.split_once(" => ").unwrap_or_else(|| panic!("bad line {change:?}"));
            assert_eq!(sv.matches(from).count(), 1, "{}: {from:?} must occur once", dir.display());
            let changed = sv.replacen(from, to, 1);
            let mut budget = base.clone();
            let new: Vec<String> = describe(&run_files((&en_name, &en), (&sv_name, &changed)))
                .into_iter()
                .filter(|line| match budget.get_mut(line) {
                    Some(n) if *n > 0 => {
                        *n -= 1;
                        false
                    }
                    _ => true,
                })
                .collect();
            assert!(!new.is_empty(), "{}: {change:?} adds no finding", dir.display());
            n_changes += 1;
        }
    }
    assert!(n_changes >= 50, "only {n_changes} seeded changes");
}
