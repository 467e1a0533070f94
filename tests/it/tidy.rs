//! Tidy checks: the documentation and the code agree, and stages only import backwards.

use std::path::Path;

fn read_tree(dir: &Path, out: &mut Vec<(String, String)>) {
    for entry in std::fs::read_dir(dir).unwrap() {
        let path = entry.unwrap().path();
        if path.is_dir() {
            read_tree(&path, out);
        } else if path.extension().is_some_and(|e| e == "rs") {
            out.push((path.display().to_string(), std::fs::read_to_string(&path).unwrap()));
        }
    }
}

#[test]
fn readme_lists_every_rule_with_its_category_and_severity() {
    let readme = std::fs::read_to_string(Path::new(env!("CARGO_MANIFEST_DIR")).join("README.md")).unwrap();
    let rows: Vec<&str> = readme.lines().filter(|l| l.starts_with("| `")).collect();
    let expected: Vec<String> = tvilling::check::registry::rules()
        .map(|r| format!("| `{}` | {} | {} |", r.name, r.category.as_str(), r.default_severity.as_str()))
        .collect();
    assert_eq!(rows, expected, "the README rule table is out of date");
}

#[test]
fn stages_only_import_earlier_stages() {
    let order = ["text", "document", "segment", "values", "align", "check", "report"];
    let src = Path::new(env!("CARGO_MANIFEST_DIR")).join("src");
    for (i, stage) in order.iter().enumerate() {
        let mut files = Vec::new();
        read_tree(&src.join(stage), &mut files);
        assert!(!files.is_empty(), "no files for stage {stage}");
        for (path, text) in &files {
            for later in &order[i + 1..] {
                let needle = format!("crate::{later}::");
                let needle_brace = format!("crate::{later}::{{");
                let hit = text.lines().filter(|l| !l.trim_start().starts_with("//")).any(|l| {
                    l.contains(&needle)
                        || l.contains(&needle_brace)
                        || l.contains(&format!("use crate::{later};"))
                });
                assert!(!hit, "{path} (stage {stage}) imports the later stage {later}");
            }
        }
    }
}

#[test]
fn no_unwrap_on_input_in_the_binary() {
    let mut files = Vec::new();
    read_tree(&Path::new(env!("CARGO_MANIFEST_DIR")).join("src/cli"), &mut files);
    for (path, text) in files {
        let code: String = text.split("#[cfg(test)]").next().unwrap_or("").to_string();
        assert!(!code.contains(".unwrap()") && !code.contains(".expect("), "{path} unwraps");
    }
}
