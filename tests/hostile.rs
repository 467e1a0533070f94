//! Hostile input: markup, CDATA ends, entities, control characters and bidi overrides in the
//! documents and in the file names stay inert text in every output format; reports are never
//! written over inputs; inputs over the size limit are refused with a clear message.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};
use std::sync::atomic::{AtomicUsize, Ordering};

/// Every hostile string, as it is written into the documents.
const HOSTILE: &[&str] = &[
    "<script>alert(1)</script>",
    "<img src=x onerror=alert(1)>",
    "]]>",
    "&amp;",
    "\u{1}",
    "\u{1b}[31m",
    "\u{fffe}",
    "\u{202e}",
];

/// Part of a file name: markup, an entity, a CDATA end, control characters and a bidi override
/// (a file name cannot hold `/`, so no closing tag).
const HOSTILE_NAME: &str = "x<img src=x onerror=alert(1)>&amp;]]>\u{1}\u{1b}\u{fffe}\u{202e}";

fn scratch(name: &str) -> PathBuf {
    static COUNTER: AtomicUsize = AtomicUsize::new(0);
    let n = COUNTER.fetch_add(1, Ordering::Relaxed);
    let dir =
        Path::new(env!("CARGO_TARGET_TMPDIR")).join(format!("hostile-{name}-{}-{n}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).unwrap();
    dir
}

fn tvilling(dir: &Path, args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tvilling")).args(args).current_dir(dir).output().unwrap()
}

/// A short pair with every hostile string in a heading, a paragraph, a link and a footnote, and
/// a percentage that differs so that the hostile paragraph carries a finding.
///
/// Raw markup is inline HTML to the Markdown reader, which leaves it out of the text (but not
/// out of the source lines the reports quote); the same markup in a code span and escaped with
/// backslashes is text.
fn hostile_pair(dir: &Path) -> (String, String) {
    let all = format!("{} `{}` \\<img src=x onerror=alert(1)\\>", HOSTILE.concat(), HOSTILE[0]);
    let en = format!(
        "## 1. Introduction {all}\n\n\
         The Commission received reports {all} from the Member States.<sup>(1)</sup> In 2025, 1,234 \
         applications were lodged, which is 51.4% more than in the previous year.\n\n\
         See [the data {all}](https://example.com/{}?q=1) for the details of 14 May 2024.\n\n\
         (1) Footnote {all} with COM(2025) 100 final.\n",
        "%3Cscript%3E"
    );
    let sv = format!(
        "## 1. Inledning {all}\n\n\
         Kommissionen tog emot rapporter {all} från medlemsstaterna.<sup>(1)</sup> Under 2025 lämnades \
         1 234 ansökningar in, vilket är 61,4 % fler än föregående år.\n\n\
         Se [uppgifterna {all}](https://example.com/{}?q=2) för detaljerna den 14 maj 2024.\n\n\
         (1) Fotnot {all} med COM(2025) 100 final.\n",
        "%3Cscript%3E"
    );
    let en_name = format!("{HOSTILE_NAME}.en.md");
    let sv_name = format!("{HOSTILE_NAME}.sv.md");
    std::fs::write(dir.join(&en_name), en).unwrap();
    std::fs::write(dir.join(&sv_name), sv).unwrap();
    (en_name, sv_name)
}

/// Characters XML 1.0 does not allow, even as character references.
fn illegal_in_xml(c: char) -> bool {
    !matches!(c, '\t' | '\n' | '\r' | '\u{20}'..='\u{D7FF}' | '\u{E000}'..='\u{FFFD}' | '\u{10000}'..='\u{10FFFF}')
}

/// Checks that `xml` is well-formed XML 1.0 without illegal characters, raw or as references.
fn assert_clean_xml(xml: &str, what: &str) {
    if let Some(c) = xml.chars().find(|&c| illegal_in_xml(c)) {
        panic!("{what}: character U+{:04X} is illegal in XML 1.0", c as u32);
    }
    let reference = regex::Regex::new(r"&#(x[0-9A-Fa-f]+|[0-9]+);").unwrap();
    for found in reference.captures_iter(xml) {
        let digits = &found[1];
        let code = match digits.strip_prefix('x') {
            Some(hex) => u32::from_str_radix(hex, 16).unwrap(),
            None => digits.parse().unwrap(),
        };
        let c = char::from_u32(code).unwrap_or('\u{0}');
        assert!(!illegal_in_xml(c), "{what}: reference {} to a character illegal in XML 1.0", &found[0]);
    }
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() };
    if let Err(e) = roxmltree::Document::parse_with_options(xml, options) {
        panic!("{what} is not well-formed XML: {e}");
    }
}

#[test]
fn every_format_keeps_hostile_text_inert() {
    let dir = scratch("formats");
    let (en, sv) = hostile_pair(&dir);
    let run = |format: &str| {
        let out = tvilling(&dir, &["check", &en, &sv, "--format", format, "--fail-on", "never"]);
        assert_eq!(out.status.code(), Some(0), "{format}: {}", String::from_utf8_lossy(&out.stderr));
        String::from_utf8(out.stdout).unwrap()
    };

    // JSON and SARIF parse, and the hostile file name and values come back as the same text.
    let json: serde_json::Value = serde_json::from_str(&run("json")).unwrap();
    assert_eq!(json["target"]["name"], sv);
    let findings = json["findings"].as_array().unwrap();
    assert!(findings.iter().any(|f| f["rule"] == "number-mismatch"), "{json}");
    assert!(findings.iter().all(|f| f["primary"]["file"] == sv || f["primary"]["file"] == en));
    let sarif_text = run("sarif");
    let sarif: serde_json::Value = serde_json::from_str(&sarif_text).unwrap();
    assert_eq!(sarif["version"], "2.1.0");
    assert!(!sarif["runs"][0]["results"].as_array().unwrap().is_empty());
    // SARIF locations are URIs: the name is there, percent-encoded or as is.
    let serialised = sarif.to_string();
    assert!(serialised.contains(HOSTILE_NAME) || serialised.contains("%3Cimg"), "{serialised}");

    // JUnit and TMX are well-formed XML 1.0 with no illegal characters.
    let junit = run("junit");
    assert_clean_xml(&junit, "JUnit");
    assert!(junit.contains("number-mismatch"));
    let tmx_path = dir.join("out.tmx");
    let html_path = dir.join("out.html");
    let out = tvilling(
        &dir,
        &[
            "check",
            &en,
            &sv,
            "--tmx",
            tmx_path.to_str().unwrap(),
            "--html",
            html_path.to_str().unwrap(),
            "--fail-on",
            "never",
        ],
    );
    assert_eq!(out.status.code(), Some(0), "{}", String::from_utf8_lossy(&out.stderr));
    let tmx = std::fs::read_to_string(&tmx_path).unwrap();
    assert_clean_xml(&tmx, "TMX");
    let options = roxmltree::ParsingOptions { allow_dtd: true, ..roxmltree::ParsingOptions::default() };
    let document = roxmltree::Document::parse_with_options(&tmx, options).unwrap();
    let segments: Vec<String> = document
        .descendants()
        .filter(|n| n.has_tag_name("seg"))
        .map(|n| n.descendants().filter(|d| d.is_text()).filter_map(|d| d.text()).collect())
        .collect();
    // ESC and U+FFFE are illegal in XML 1.0 and left out; the right-to-left override is shown
    // as U+FFFD; everything else is kept as text.
    let kept = "]]>&[31m\u{fffd} <script>alert(1)</script> <img src=x onerror=alert(1)>";
    assert!(!tmx.contains('\u{202e}'), "raw right-to-left override in the TMX");
    assert!(segments.iter().any(|s| s.contains(kept)), "the text is kept in the memory: {segments:?}");

    // The HTML shows the markup as text and runs none of it.
    let html = std::fs::read_to_string(&html_path).unwrap();
    assert!(!html.contains("<script>alert"), "raw injected script element");
    let live_handler = regex::Regex::new(r"(?i)<[a-z][^<>]*\sonerror\s*=").unwrap();
    assert!(!live_handler.is_match(&html), "an injected element with an event handler");
    assert!(html.contains("&lt;script&gt;alert(1)&lt;/script&gt;"), "the script is shown as text");
    assert!(html.contains("&lt;img src=x onerror=alert(1)&gt;"), "the image is shown as text");
    assert!(html.contains("&amp;amp;"), "the entity is shown as written");
    for c in ['\u{1}', '\u{1b}', '\u{202e}'] {
        assert!(!html.contains(c), "raw U+{:04X} in the HTML", c as u32);
    }
    assert_eq!(
        html.matches("<script").count(),
        html.matches("</script>").count(),
        "every script element is the report's own and closed"
    );
}

#[test]
fn the_human_output_keeps_the_hostile_text_readable() {
    let dir = scratch("human");
    let (en, sv) = hostile_pair(&dir);
    let out = tvilling(&dir, &["check", &en, &sv, "--color", "never"]);
    assert_eq!(out.status.code(), Some(1));
    let text = String::from_utf8(out.stdout).unwrap();
    assert!(text.contains("number-mismatch"), "{text}");
    assert!(text.contains("<img src=x onerror=alert(1)>"), "the passage is quoted as written: {text}");
    assert!(text.contains("]]>&amp;"), "the passage is quoted as written: {text}");
    // Control characters and bidi overrides of the documents and of the file names never reach
    // the terminal.
    for c in ['\u{1}', '\u{1b}', '\u{202e}'] {
        assert!(!text.contains(c), "raw U+{:04X} in the terminal output", c as u32);
    }
}

#[test]
fn a_report_is_never_written_over_an_input() {
    let dir = scratch("overwrite");
    let (en, sv) = hostile_pair(&dir);
    let before = std::fs::read(dir.join(&sv)).unwrap();
    for flag in ["--html", "--tmx", "--write-baseline"] {
        let out = tvilling(&dir, &["check", &en, &sv, flag, &sv]);
        assert_eq!(out.status.code(), Some(2), "{flag}");
        let stderr = String::from_utf8_lossy(&out.stderr);
        assert!(stderr.contains("refusing to overwrite an input file"), "{flag}: {stderr}");
        assert!(out.stdout.is_empty());
    }
    // The same file reached by another path is recognised too.
    let other = format!("./{en}");
    let out = tvilling(&dir, &["align", &en, &sv, "--html", &other]);
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(std::fs::read(dir.join(&sv)).unwrap(), before, "the input is untouched");
}

#[test]
fn inputs_over_the_size_limit_are_refused_with_a_clear_message() {
    let dir = scratch("limit");
    let (en, sv) = hostile_pair(&dir);
    let size = std::fs::metadata(dir.join(&sv)).unwrap().len();
    let run = |limit: &str| {
        Command::new(env!("CARGO_BIN_EXE_tvilling"))
            .args(["check", &en, &sv, "--fail-on", "never"])
            .env("TVILLING_MAX_INPUT_BYTES", limit)
            .current_dir(&dir)
            .output()
            .unwrap()
    };
    let refused = run("100");
    assert_eq!(refused.status.code(), Some(2));
    assert!(refused.stdout.is_empty());
    let stderr = String::from_utf8_lossy(&refused.stderr);
    assert!(stderr.contains("over the limit of 100 bytes"), "{stderr}");
    assert!(stderr.contains("bytes, over the limit"), "{stderr}");

    assert_eq!(run(&(size + 1000).to_string()).status.code(), Some(0), "under the limit it is read");
    let bad = run("one gigabyte");
    assert_eq!(bad.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&bad.stderr).contains("TVILLING_MAX_INPUT_BYTES must be a number"));

    // In a batch, the large pair is refused and the others are checked.
    let small = dir.join("small");
    std::fs::create_dir_all(&small).unwrap();
    std::fs::write(small.join("a.en.md"), "## 1. Scope\n\nThe report covers 12 Member States.\n").unwrap();
    std::fs::write(small.join("a.sv.md"), "## 1. Räckvidd\n\nRapporten omfattar 12 medlemsstater.\n")
        .unwrap();
    std::fs::write(small.join("big.en.md"), "x".repeat(500)).unwrap();
    std::fs::write(small.join("big.sv.md"), "y".repeat(500)).unwrap();
    let out = Command::new(env!("CARGO_BIN_EXE_tvilling"))
        .args(["batch", ".", "--sorted"])
        .env("TVILLING_MAX_INPUT_BYTES", "200")
        .current_dir(&small)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let lines: Vec<serde_json::Value> =
        String::from_utf8(out.stdout).unwrap().lines().map(|l| serde_json::from_str(l).unwrap()).collect();
    assert_eq!(lines[0]["status"], "ok", "{}", lines[0]);
    assert_eq!(lines[1]["status"], "error");
    assert!(lines[1]["error"].as_str().unwrap().contains("over the limit of 200 bytes"), "{}", lines[1]);
}
