//! `tvilling batch`: sharded runs merge to the whole run, folder discovery, a manifest on
//! standard input, exit codes, bad pairs that do not stop the others, and 1,000 small pairs.

use std::collections::BTreeMap;
use std::io::Write;
use std::path::{Path, PathBuf};
use std::process::{Command, Output, Stdio};
use std::sync::atomic::{AtomicUsize, Ordering};

use serde_json::Value;

const FIXTURE: &str = concat!(env!("CARGO_MANIFEST_DIR"), "/fixtures/com-2026-45");

/// A fresh, empty folder under the target directory.
fn scratch(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir = Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("batch-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn tvilling(args: &[&str], dir: &Path, stdin: Option<&str>) -> Output {
    let mut child = Command::new(env!("CARGO_BIN_EXE_tvilling"))
        .args(args)
        .current_dir(dir)
        .stdin(if stdin.is_some() { Stdio::piped() } else { Stdio::null() })
        .stdout(Stdio::piped())
        .stderr(Stdio::piped())
        .spawn()
        .unwrap();
    if let Some(text) = stdin {
        // The child may stop reading early (a usage error, a bad manifest line): a closed
        // pipe is then its choice, not a failure of the test.
        match child.stdin.take().unwrap().write_all(text.as_bytes()) {
            Err(e) if e.kind() == std::io::ErrorKind::BrokenPipe => {}
            other => other.unwrap(),
        }
    }
    child.wait_with_output().unwrap()
}

fn lines(output: &Output) -> Vec<Value> {
    String::from_utf8(output.stdout.clone())
        .unwrap()
        .lines()
        .map(|line| serde_json::from_str(line).unwrap_or_else(|e| panic!("{e}: {line}")))
        .collect()
}

fn by_id(lines: &[Value]) -> BTreeMap<String, Value> {
    lines.iter().map(|line| (line["id"].as_str().unwrap().to_string(), line.clone())).collect()
}

fn stderr(output: &Output) -> String {
    String::from_utf8_lossy(&output.stderr).into_owned()
}

fn manifest_line(id: &str, en: &str, sv: &str) -> String {
    serde_json::json!({"id": id, "en": en, "sv": sv}).to_string()
}

/// The fixture pair cut at its numbered headings (1. to 8.), front matter first.
fn sections(text: &str) -> Vec<String> {
    let heading = regex::Regex::new(r"^#+ \**[1-8]\. ").unwrap();
    let mut out = vec![String::new()];
    for line in text.lines() {
        if heading.is_match(line) {
            out.push(String::new());
        }
        let last = out.last_mut().unwrap();
        last.push_str(line);
        last.push('\n');
    }
    out
}

/// Changes a percentage in the Swedish text: 51.4% becomes 61.4% in a sentence of its own.
const INJECTED_EN: &str =
    "\nIn 2025, 1,234 applications were lodged, which is 51.4% more than in the previous year.\n";
const INJECTED_SV: &str =
    "\nUnder 2025 lämnades 1 234 ansökningar in, vilket är 61,4 % fler än föregående år.\n";

/// About 20 pairs made from the fixture: each section, neighbouring sections joined, a few with
/// an injected number change, and one whose Swedish file is binary. Returns the manifest lines.
fn generate_fixture_pairs(dir: &Path) -> Vec<String> {
    let en = sections(&std::fs::read_to_string(Path::new(FIXTURE).join("en.md")).unwrap());
    let sv = sections(&std::fs::read_to_string(Path::new(FIXTURE).join("sv.md")).unwrap());
    assert_eq!(en.len(), 9, "the fixture has eight numbered sections");
    assert_eq!(sv.len(), 9);
    let mut pieces: Vec<(String, String, String)> = Vec::new();
    for k in 1..9 {
        pieces.push((format!("section-{k}"), en[k].clone(), sv[k].clone()));
    }
    for k in 1..8 {
        pieces.push((
            format!("sections-{k}-{}", k + 1),
            en[k].clone() + &en[k + 1],
            sv[k].clone() + &sv[k + 1],
        ));
    }
    for k in [2, 5, 7] {
        pieces.push((format!("injected-{k}"), en[k].clone() + INJECTED_EN, sv[k].clone() + INJECTED_SV));
    }
    std::fs::create_dir_all(dir.join("pairs")).unwrap();
    let mut manifest = Vec::new();
    for (id, en_text, sv_text) in &pieces {
        std::fs::write(dir.join(format!("pairs/{id}.en.md")), en_text).unwrap();
        std::fs::write(dir.join(format!("pairs/{id}.sv.md")), sv_text).unwrap();
        manifest.push(manifest_line(id, &format!("pairs/{id}.en.md"), &format!("pairs/{id}.sv.md")));
    }
    std::fs::write(dir.join("pairs/unreadable.en.md"), &en[1]).unwrap();
    std::fs::write(dir.join("pairs/unreadable.sv.md"), b"\x00\x01binary\x00").unwrap();
    manifest.insert(9, manifest_line("unreadable", "pairs/unreadable.en.md", "pairs/unreadable.sv.md"));
    manifest
}

#[test]
fn shards_merged_equal_one_run_over_the_whole_manifest() {
    let dir = scratch("shards");
    let manifest = generate_fixture_pairs(&dir);
    assert_eq!(manifest.len(), 19);
    std::fs::write(dir.join("manifest.jsonl"), manifest.join("\n") + "\n").unwrap();

    let whole = tvilling(&["batch", "--manifest", "manifest.jsonl", "--sorted"], &dir, None);
    assert_eq!(whole.status.code(), Some(2), "an unreadable pair makes the exit code 2: {}", stderr(&whole));
    let whole_lines = lines(&whole);
    assert_eq!(whole_lines.len(), manifest.len());
    let ids: Vec<&str> = whole_lines.iter().map(|l| l["id"].as_str().unwrap()).collect();
    let manifest_ids: Vec<String> = manifest
        .iter()
        .map(|l| serde_json::from_str::<Value>(l).unwrap()["id"].as_str().unwrap().into())
        .collect();
    assert_eq!(ids, manifest_ids, "--sorted keeps the manifest order");

    // Three contiguous shards, as `split -n l/3` makes them, each run by its own process.
    let mut merged = Vec::new();
    for (n, shard) in manifest.chunks(manifest.len().div_ceil(3)).enumerate() {
        let name = format!("shard.{n}");
        std::fs::write(dir.join(&name), shard.join("\n") + "\n").unwrap();
        let run = tvilling(&["batch", "--manifest", &name, "--sorted", "--jobs", "1"], &dir, None);
        assert!(matches!(run.status.code(), Some(0..=2)), "{}", stderr(&run));
        merged.extend_from_slice(&run.stdout);
    }
    assert_eq!(String::from_utf8(merged).unwrap(), String::from_utf8(whole.stdout.clone()).unwrap());

    // Without --sorted the lines arrive as pairs finish: the same lines, in some order.
    let streamed = tvilling(&["batch", "--manifest", "manifest.jsonl"], &dir, None);
    assert_eq!(by_id(&lines(&streamed)), by_id(&whole_lines));

    let results = by_id(&whole_lines);
    let unreadable = &results["unreadable"];
    assert_eq!(unreadable["status"], "error");
    assert!(unreadable["error"].as_str().unwrap().contains("binary"), "{unreadable}");
    for k in [2, 5, 7] {
        let injected = &results[&format!("injected-{k}")];
        let plain = &results[&format!("section-{k}")];
        assert_eq!(injected["status"], "ok");
        let errors = |line: &Value| line["summary"]["errors"].as_u64().unwrap();
        assert_eq!(errors(injected), errors(plain) + 1, "{injected}");
        let found = injected["findings"]
            .as_array()
            .unwrap()
            .iter()
            .any(|f| f["rule"] == "number-mismatch" && f["message"].as_str().unwrap().contains("51.4%"));
        assert!(found, "the injected change is reported: {injected}");
    }
    // The findings objects are those of `check --format json` on the same pair.
    let check = tvilling(
        &[
            "check",
            "pairs/injected-5.en.md",
            "pairs/injected-5.sv.md",
            "--format",
            "json",
            "--fail-on",
            "never",
        ],
        &dir,
        None,
    );
    let envelope: Value = serde_json::from_slice(&check.stdout).unwrap();
    assert_eq!(envelope["findings"], results["injected-5"]["findings"]);
    let summary = stderr(&whole);
    assert!(summary.contains("19 pairs") && summary.contains("1 could not be read"), "{summary}");
}

fn write_pair(dir: &Path, name: &str, ext: &str, en: &str, sv: &str) {
    std::fs::write(dir.join(format!("{name}.en.{ext}")), en).unwrap();
    std::fs::write(dir.join(format!("{name}.sv.{ext}")), sv).unwrap();
}

/// A short pair: a heading and one paragraph with a year, a count, a percentage and a date.
fn small_pair(n: usize, changed: bool) -> (String, String) {
    let year = 2000 + n % 30;
    let count = 100 + n;
    let pct = format!("{}.{}", 10 + n % 80, n % 10);
    let sv_pct = if changed { format!("{}.{}", 11 + n % 80, n % 10) } else { pct.clone() };
    let en = format!(
        "## 1. Applications\n\nIn {year}, {count} applications were lodged, which is {pct}% more than in the previous year. \
         The Commission will report by 14 May {}.\n",
        year + 1
    );
    let sv = format!(
        "## 1. Ansökningar\n\nUnder {year} lämnades {count} ansökningar in, vilket är {} % fler än föregående år. \
         Kommissionen kommer att rapportera senast den 14 maj {}.\n",
        sv_pct.replace('.', ","),
        year + 1
    );
    (en, sv)
}

#[test]
fn a_folder_is_searched_by_name_and_gaps_are_reported() {
    let dir = scratch("folder");
    let (en, sv) = small_pair(1, false);
    write_pair(&dir, "alpha", "md", &en, &sv);
    write_pair(&dir, "beta", "txt", &en, &sv);
    write_pair(&dir, "gamma", "md", &en, &sv);
    write_pair(&dir, "gamma", "txt", &en, &sv);
    std::fs::write(dir.join("orphan.en.md"), &en).unwrap();
    std::fs::write(dir.join("notes.md"), "not part of a pair").unwrap();
    std::fs::write(dir.join("README.en.doc"), "not a format tvilling reads").unwrap();

    let run = tvilling(&["batch", ".", "--sorted"], &dir, None);
    let got = lines(&run);
    let ids: Vec<&str> = got.iter().map(|l| l["id"].as_str().unwrap()).collect();
    assert_eq!(ids, ["alpha", "beta", "gamma.md", "gamma.txt", "orphan"]);
    assert_eq!(got[0]["status"], "ok");
    assert_eq!(got[0]["summary"], serde_json::json!({"errors": 0, "warnings": 0, "info": 0}));
    assert_eq!(got[1]["status"], "ok", "PDF text pairs are read too: {}", got[1]);
    assert!(got[1]["en"].as_str().unwrap().ends_with("beta.en.txt"));
    assert_eq!(got[4]["status"], "error");
    assert!(got[4]["error"].as_str().unwrap().contains("orphan.sv.md"), "{}", got[4]);
    assert!(got[4]["sv"].is_null());
    assert_eq!(run.status.code(), Some(2));

    let empty = scratch("empty");
    let run = tvilling(&["batch", "."], &empty, None);
    assert_eq!(run.status.code(), Some(2));
    assert!(stderr(&run).contains("no pairs"), "{}", stderr(&run));
    assert!(run.stdout.is_empty());
}

#[test]
fn a_manifest_on_standard_input_resolves_paths_from_the_current_folder() {
    let dir = scratch("stdin");
    std::fs::create_dir_all(dir.join("docs")).unwrap();
    for n in 0..3 {
        let (en, sv) = small_pair(n, n == 1);
        write_pair(&dir.join("docs"), &format!("p{n}"), "md", &en, &sv);
    }
    let manifest: String = (0..3)
        .map(|n| {
            manifest_line(&format!("p{n}"), &format!("docs/p{n}.en.md"), &format!("docs/p{n}.sv.md")) + "\n"
        })
        .collect();
    let run = tvilling(&["batch", "--manifest", "-", "--sorted"], &dir, Some(&manifest));
    let got = lines(&run);
    assert_eq!(got.len(), 3);
    assert_eq!(got[0]["en"], "docs/p0.en.md", "paths are shown as written");
    assert_eq!(got[1]["summary"]["errors"], 1);
    assert_eq!(got[1]["findings"][0]["primary"]["file"], "docs/p1.sv.md");
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
}

#[test]
fn exit_codes_follow_fail_on_and_unreadable_pairs() {
    let dir = scratch("exit");
    let (en, sv) = small_pair(3, false);
    write_pair(&dir, "clean", "md", &en, &sv);
    let (en, sv) = small_pair(4, true);
    write_pair(&dir, "changed", "md", &en, &sv);
    // A date left out of the translation: a warning, no error.
    let (en, sv) = small_pair(5, false);
    let sv = sv.replace(" senast den 14 maj 2006", "");
    assert!(!sv.contains("maj"));
    write_pair(&dir, "extra", "md", &en, &sv);
    let manifest = |ids: &[&str]| -> String {
        ids.iter()
            .map(|id| manifest_line(id, &format!("{id}.en.md"), &format!("{id}.sv.md")) + "\n")
            .collect()
    };
    let code = |ids: &[&str], extra: &[&str]| {
        let mut args = vec!["batch", "--manifest", "-"];
        args.extend_from_slice(extra);
        let run = tvilling(&args, &dir, Some(&manifest(ids)));
        (run.status.code(), lines(&run))
    };
    assert_eq!(code(&["clean"], &[]).0, Some(0));
    assert_eq!(code(&["clean", "changed"], &[]).0, Some(1));
    assert_eq!(code(&["clean", "changed"], &["--fail-on", "never"]).0, Some(0));
    let (status, got) = code(&["extra"], &[]);
    let warnings = got[0]["summary"]["warnings"].as_u64().unwrap();
    assert_eq!(got[0]["summary"]["errors"], 0, "{}", got[0]);
    assert!(warnings > 0, "{}", got[0]);
    assert_eq!(status, Some(0), "warnings stay below the default threshold");
    assert_eq!(code(&["extra"], &["--fail-on", "warning"]).0, Some(1));
    assert_eq!(code(&["clean", "changed", "missing"], &[]).0, Some(2), "unreadable wins over findings");
    assert_eq!(code(&["clean"], &["--select", "no-such-rule"]).0, Some(2));
}

#[test]
fn a_bad_pair_does_not_stop_the_others() {
    let dir = scratch("bad");
    for n in 0..6 {
        let (en, sv) = small_pair(n, false);
        write_pair(&dir, &format!("p{n}"), "md", &en, &sv);
    }
    std::fs::write(dir.join("latin1.sv.md"), b"Kommissionen \xe4r h\xe4r.\n").unwrap();
    std::fs::create_dir_all(dir.join("folder.sv.md")).unwrap();
    let mut manifest = String::new();
    for n in 0..6 {
        manifest += &(manifest_line(&format!("p{n}"), &format!("p{n}.en.md"), &format!("p{n}.sv.md")) + "\n");
        match n {
            1 => manifest += "{\"id\": \"broken\", \"en\": \n",
            2 => manifest += &(manifest_line("missing", "p2.en.md", "nowhere.sv.md") + "\n"),
            3 => manifest += &(manifest_line("latin1", "p3.en.md", "latin1.sv.md") + "\n"),
            4 => manifest += &(manifest_line("dir", "p4.en.md", "folder.sv.md") + "\n"),
            5 => manifest += &(manifest_line("same", "p5.en.md", "p5.en.md") + "\n"),
            _ => {}
        }
    }
    std::fs::write(dir.join("m.jsonl"), &manifest).unwrap();
    let run = tvilling(&["batch", "--manifest", "m.jsonl"], &dir, None);
    assert_eq!(run.status.code(), Some(2));
    let got = by_id(&lines(&run));
    assert_eq!(got.len(), 11);
    for n in 0..6 {
        assert_eq!(got[&format!("p{n}")]["status"], "ok");
    }
    let error = |id: &str| got[id]["error"].as_str().unwrap().to_string();
    assert!(error("line 3").contains("manifest line 3"), "{}", error("line 3"));
    assert!(error("missing").contains("nowhere.sv.md: no such file"), "{}", error("missing"));
    assert!(error("latin1").contains("invalid UTF-8"), "{}", error("latin1"));
    assert!(error("dir").contains("is a directory"), "{}", error("dir"));
    assert!(error("same").contains("same file"), "{}", error("same"));
    for id in ["line 3", "missing", "latin1", "dir", "same"] {
        assert_eq!(got[id]["status"], "error");
        assert_eq!(got[id]["findings"], serde_json::json!([]));
        assert!(got[id]["summary"].is_null());
    }
}

#[test]
fn a_thousand_small_pairs_each_get_their_own_result() {
    let dir = scratch("thousand");
    let changed = |n: usize| n % 7 == 3;
    for n in 0..1000 {
        let (en, sv) = small_pair(n, changed(n));
        write_pair(&dir, &format!("pair-{n:04}"), "md", &en, &sv);
    }
    let started = std::time::Instant::now();
    let run = tvilling(&["batch", "."], &dir, None);
    let seconds = started.elapsed().as_secs_f64();
    eprintln!("1000 pairs in {seconds:.2} s ({:.0} pairs/s)", 1000.0 / seconds);
    assert_eq!(run.status.code(), Some(1), "{}", stderr(&run));
    let got = by_id(&lines(&run));
    assert_eq!(got.len(), 1000);
    for n in 0..1000 {
        let line = &got[&format!("pair-{n:04}")];
        assert_eq!(line["status"], "ok", "{line}");
        let expected = if changed(n) { 1 } else { 0 };
        assert_eq!(line["summary"]["errors"], expected, "{line}");
        assert_eq!(line["summary"]["warnings"], 0, "{line}");
        if changed(n) {
            assert_eq!(line["findings"][0]["rule"], "number-mismatch", "{line}");
        }
    }
    assert!(stderr(&run).contains("1000 pairs"), "{}", stderr(&run));
}
