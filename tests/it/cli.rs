//! The binary's contract: exit codes, one-line errors, no partial output.

use crate::support::{fixture, scratch, stderr, stdout, tvilling};

fn en() -> String {
    fixture("com-2026-45/en.md").display().to_string()
}

fn sv() -> String {
    fixture("com-2026-45/sv.md").display().to_string()
}

/// Runs `check EN <bad>` and asserts a one-line error naming the file and the cause, exit 2, no stdout.
fn assert_bad_input(bad: &std::path::Path, cause: &str) {
    assert_bad_input_for(bad, cause, &["check", "segment", "parse"]);
}

fn assert_bad_input_for(bad: &std::path::Path, cause: &str, commands: &[&str]) {
    let bad_s = bad.display().to_string();
    let en = en();
    let all = [vec!["check", &en, &bad_s], vec!["segment", &bad_s], vec!["parse", &bad_s]];
    for args in all.into_iter().filter(|a| commands.contains(&a[0])) {
        let out = tvilling(&args);
        let err = stderr(&out);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(stdout(&out).is_empty(), "{args:?}: partial output {}", stdout(&out));
        assert_eq!(err.trim_end().lines().count(), 1, "{args:?}: not one line: {err}");
        assert!(err.contains(&bad_s), "{args:?}: does not name the file: {err}");
        assert!(err.contains(cause), "{args:?}: does not say `{cause}`: {err}");
    }
}

#[test]
fn missing_file() {
    let dir = scratch("missing");
    assert_bad_input(&dir.join("nope.md"), "no such file");
}

#[test]
fn directory() {
    let dir = scratch("directory");
    assert_bad_input(&dir, "is a directory");
}

#[test]
fn empty_file() {
    let dir = scratch("empty");
    let path = dir.join("empty.md");
    std::fs::write(&path, "").unwrap();
    assert_bad_input(&path, "empty");
    std::fs::write(&path, "\u{feff}\n  \n").unwrap();
    assert_bad_input(&path, "empty");
}

#[test]
fn binary_data() {
    let dir = scratch("binary");
    let path = dir.join("image.md");
    std::fs::write(&path, b"\x89PNG\r\n\x1a\n\0\0\0\rIHDR").unwrap();
    assert_bad_input(&path, "binary");
}

#[test]
fn invalid_utf8_names_the_offset() {
    let dir = scratch("utf8");
    let path = dir.join("latin1.md");
    std::fs::write(&path, b"Det \xe4r en text p\xe5 svenska.").unwrap();
    assert_bad_input(&path, "invalid UTF-8 at byte offset 4");
}

#[test]
fn unknown_language_is_refused() {
    let dir = scratch("lang");
    let path = dir.join("de.md");
    std::fs::write(
        &path,
        "Die Kommission hat heute eine Strategie vorgelegt, die auf den Fortschritten der letzten Jahre aufbaut. \
         Die Mitgliedstaaten und die Kommission arbeiten eng zusammen, um die irreguläre Migration zu verringern \
         und die Steuerung der Migration zu verbessern.\n",
    )
    .unwrap();
    // `parse` shows the structure of any text; the commands that need the language refuse it.
    assert_bad_input_for(&path, "neither English nor Swedish", &["check", "segment"]);
}

#[test]
fn a_version_too_short_to_recognise_takes_the_other_language_of_the_pair() {
    let dir = scratch("short-lang");
    let (en, sv) = (dir.join("en.md"), dir.join("sv.md"));
    std::fs::write(&en, "The programme targets people aged 18 to 25 in all Member States.\n").unwrap();
    std::fs::write(&sv, "Programmet riktar sig till personer i åldern 18–25 år i alla medlemsstater.\n")
        .unwrap();
    let (en, sv) = (en.display().to_string(), sv.display().to_string());
    // Alone, the Swedish sentence is too short to tell.
    assert_eq!(tvilling(&["segment", &sv]).status.code(), Some(2));
    let out = tvilling(&["check", &en, &sv, "--format", "json"]);
    assert_eq!(out.status.code(), Some(0), "{}", stderr(&out));
    let note = stderr(&out);
    assert!(note.contains(&sv) && note.contains("read as Swedish") && note.contains("--tgt-lang"), "{note}");
    let report: serde_json::Value = serde_json::from_str(&stdout(&out)).unwrap();
    assert_eq!(report["findings"].as_array().map(Vec::len), Some(0), "{report}");
    // A third language is not taken for Swedish.
    std::fs::write(
        dir.join("fr.md"),
        "Le programme vise les jeunes de 18 à 25 ans dans tous les États membres.\n",
    )
    .unwrap();
    let fr = dir.join("fr.md").display().to_string();
    let out = tvilling(&["check", &en, &fr]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("neither English nor Swedish"), "{}", stderr(&out));
}

#[test]
fn bom_crlf_and_nbsp_are_accepted() {
    let dir = scratch("bom");
    let source = std::fs::read_to_string(fixture("com-2026-45/sv.md")).unwrap();
    let path = dir.join("sv-crlf.md");
    std::fs::write(&path, format!("\u{feff}{}", source.replace('\n', "\r\n"))).unwrap();
    let plain = tvilling(&["segment", &sv()]);
    let crlf = tvilling(&["segment", &path.display().to_string()]);
    assert_eq!(crlf.status.code(), Some(0), "{}", stderr(&crlf));
    assert_eq!(stdout(&plain), stdout(&crlf));
}

#[test]
fn same_file_twice_is_refused() {
    let out = tvilling(&["check", &en(), &en()]);
    assert_eq!(out.status.code(), Some(2));
    assert!(stderr(&out).contains("same file"), "{}", stderr(&out));
}

#[test]
fn report_never_overwrites_an_input() {
    let dir = scratch("overwrite");
    let copy = dir.join("sv.md");
    std::fs::copy(fixture("com-2026-45/sv.md"), &copy).unwrap();
    let before = std::fs::read(&copy).unwrap();
    let copy_s = copy.display().to_string();
    let out = tvilling(&["check", &en(), &copy_s, "--html", &copy_s]);
    assert_eq!(out.status.code(), Some(2), "{}", stderr(&out));
    assert_eq!(std::fs::read(&copy).unwrap(), before);
}

#[test]
fn usage_errors_exit_2() {
    assert_eq!(tvilling(&["check", &en()]).status.code(), Some(2));
    assert_eq!(tvilling(&["check", &en(), &sv(), "--format", "xml"]).status.code(), Some(2));
    assert_eq!(tvilling(&["explain", "no-such-rule"]).status.code(), Some(2));
    assert_eq!(tvilling(&["check", &en(), &sv(), "--select", "no-such-rule"]).status.code(), Some(2));
    assert_eq!(tvilling(&["--help"]).status.code(), Some(0));
}

#[test]
fn rules_and_explain() {
    let out = tvilling(&["rules"]);
    assert_eq!(out.status.code(), Some(0));
    let text = stdout(&out);
    assert!(text.lines().count() >= 15, "{text}");
    assert!(text.contains("number-mismatch") && text.contains("footnote-sequence"));
    let out = tvilling(&["explain", "number-mismatch"]);
    assert_eq!(out.status.code(), Some(0));
    assert!(stdout(&out).contains("## Not flagged"));
    assert!(stdout(&out).contains("biljon"));
}

#[test]
fn fail_on_sets_the_exit_code() {
    let never = tvilling(&["check", &en(), &sv(), "--fail-on", "never", "--quiet"]);
    assert_eq!(never.status.code(), Some(0), "{}", stderr(&never));
    let warning = tvilling(&["check", &en(), &sv(), "--fail-on", "warning", "--format", "json"]);
    let json: serde_json::Value = serde_json::from_slice(&warning.stdout).expect("json output");
    let n_warn_or_error = json["findings"]
        .as_array()
        .unwrap()
        .iter()
        .filter(|f| f["severity"] == "warning" || f["severity"] == "error")
        .count();
    assert_eq!(warning.status.code(), Some(if n_warn_or_error > 0 { 1 } else { 0 }));
}

#[test]
fn same_bytes_whatever_the_thread_count() {
    let run = |threads: &str| {
        std::process::Command::new(env!("CARGO_BIN_EXE_tvilling"))
            .args(["check", &en(), &sv(), "--format", "json", "--fail-on", "never"])
            .env("RAYON_NUM_THREADS", threads)
            .output()
            .unwrap()
            .stdout
    };
    let one = run("1");
    assert!(!one.is_empty());
    assert_eq!(one, run("2"));
    assert_eq!(one, run("4"));
}
