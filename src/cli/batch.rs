//! `tvilling batch`: many pairs checked in parallel, one JSON line per pair.
//!
//! Pairs come from a folder (found by name) or from a JSON Lines manifest. Each pair is
//! loaded and checked on its own, so one unreadable pair only makes its own line an error.
//! Lines are written as pairs finish, or in input order with `--sorted`; the latter makes
//! the output independent of the thread count, so shards can be merged and compared.

use std::collections::BTreeMap;
use std::io::{IsTerminal, Read, Write};
use std::path::{Path, PathBuf};
use std::sync::Mutex;
use std::sync::atomic::{AtomicBool, Ordering};
use std::time::Instant;

use anyhow::{Context, Result, bail};
use rayon::prelude::*;
use serde::{Deserialize, Serialize};
use tvilling::check::Severity;
use tvilling::document::Document;
use tvilling::text::Lang;

use super::args::{BatchArgs, FailOn};
use super::{exit, input};

/// One pair to check, as found in a folder or read from a manifest line.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct PairSpec {
    /// The pair's name: the manifest `id`, or `NAME` of `NAME.en.md`.
    pub id: String,
    /// The English path as written in the manifest or found in the folder (shown in the output).
    pub en: Option<String>,
    /// The Swedish path, likewise.
    pub sv: Option<String>,
    /// Where the English file is read from.
    pub en_path: PathBuf,
    /// Where the Swedish file is read from.
    pub sv_path: PathBuf,
    /// Why the entry cannot be checked at all: a malformed manifest line, a file without its counterpart.
    pub defect: Option<String>,
}

/// The outcome of one pair: its JSON line and what counts for the exit code.
#[derive(Debug)]
struct PairResult {
    line: String,
    /// `None` when the pair could not be read or checked.
    counts: Option<Counts>,
}

#[derive(Debug, Clone, Copy, Default, Serialize)]
struct Counts {
    errors: usize,
    warnings: usize,
    info: usize,
}

impl Counts {
    fn worst(&self) -> Option<Severity> {
        if self.errors > 0 {
            Some(Severity::Error)
        } else if self.warnings > 0 {
            Some(Severity::Warning)
        } else if self.info > 0 {
            Some(Severity::Info)
        } else {
            None
        }
    }
}

/// The JSON line of one pair; keys in this order.
#[derive(Serialize)]
struct Line<'a> {
    id: &'a str,
    en: Option<&'a str>,
    sv: Option<&'a str>,
    status: &'static str,
    error: Option<String>,
    summary: Option<Counts>,
    findings: serde_json::Value,
}

/// Runs `tvilling batch`, writing the lines to standard output as it goes.
pub fn run(args: &BatchArgs) -> Result<u8> {
    let rules = args.rules.config();
    rules.validate().map_err(anyhow::Error::msg)?;
    let pairs = match (&args.manifest, &args.folder) {
        (Some(manifest), _) => read_manifest(manifest)?,
        (None, Some(folder)) => discover(folder)?,
        (None, None) => bail!("give a FOLDER or --manifest FILE"),
    };
    if pairs.is_empty() {
        bail!("no pairs to check (a folder needs NAME.en.md with NAME.sv.md, or .en.txt with .sv.txt)");
    }
    let pool = {
        let mut builder = rayon::ThreadPoolBuilder::new();
        if let Some(jobs) = args.jobs {
            builder = builder.num_threads(jobs.max(1));
        }
        builder.build().context("cannot start the worker threads")?
    };
    let config = tvilling::Config { rules };
    let started = Instant::now();
    let progress = progress_bar(pairs.len());
    let stdout = std::io::stdout();
    let sink = Sink { out: Mutex::new(stdout), closed: AtomicBool::new(false), failed: Mutex::new(None) };
    let outcomes: Vec<Option<Counts>> = pool.install(|| {
        if args.sorted {
            let results: Vec<PairResult> = pairs
                .par_iter()
                .map(|pair| {
                    let result = check_one(pair, &config);
                    progress.inc(1);
                    result
                })
                .collect();
            for result in &results {
                sink.write(&result.line);
            }
            results.into_iter().map(|r| r.counts).collect()
        } else {
            pairs
                .par_iter()
                .map(|pair| {
                    // Once the reader has gone (`| head`), the remaining work is pointless.
                    if sink.closed.load(Ordering::Relaxed) {
                        return None;
                    }
                    let result = check_one(pair, &config);
                    // The bar steps aside while the line is written, so the two never mix on a terminal.
                    progress.suspend(|| sink.write(&result.line));
                    progress.inc(1);
                    result.counts
                })
                .collect()
        }
    });
    progress.finish_and_clear();
    if let Ok(mut failed) = sink.failed.lock()
        && let Some(e) = failed.take()
    {
        return Err(e).context("cannot write the output");
    }
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let unreadable = outcomes.iter().filter(|c| c.is_none()).count();
    let checked: Vec<Counts> = outcomes.iter().flatten().copied().collect();
    let failing =
        checked.iter().filter(|c| threshold.is_some_and(|t| c.worst().is_some_and(|w| w >= t))).count();
    let total = checked.iter().fold(Counts::default(), |sum, c| Counts {
        errors: sum.errors + c.errors,
        warnings: sum.warnings + c.warnings,
        info: sum.info + c.info,
    });
    let seconds = started.elapsed().as_secs_f64();
    eprintln!(
        "tvilling batch: {} pairs in {seconds:.2} s ({:.1} pairs/s): {} checked, {unreadable} could not be read; \
         {} errors, {} warnings, {} info; {failing} pairs at or above --fail-on",
        pairs.len(),
        pairs.len() as f64 / seconds.max(1e-9),
        checked.len(),
        total.errors,
        total.warnings,
        total.info,
    );
    Ok(if unreadable > 0 {
        exit::BAD_INPUT
    } else if failing > 0 {
        exit::FINDINGS
    } else {
        exit::OK
    })
}

/// Standard output shared by the workers: whole lines, flushed as they are written.
struct Sink {
    out: Mutex<std::io::Stdout>,
    /// The reader closed the pipe: later lines are dropped silently.
    closed: AtomicBool,
    /// Any other write error, reported once at the end.
    failed: Mutex<Option<std::io::Error>>,
}

impl Sink {
    fn write(&self, line: &str) {
        if self.closed.load(Ordering::Relaxed) {
            return;
        }
        let result = match self.out.lock() {
            Ok(out) => {
                let mut out = out.lock();
                out.write_all(line.as_bytes()).and_then(|()| out.write_all(b"\n")).and_then(|()| out.flush())
            }
            Err(_) => return,
        };
        if let Err(e) = result {
            self.closed.store(true, Ordering::Relaxed);
            if e.kind() != std::io::ErrorKind::BrokenPipe
                && let Ok(mut failed) = self.failed.lock()
            {
                failed.get_or_insert(e);
            }
        }
    }
}

/// A progress bar on a terminal; nothing at all when standard error is a file or a pipe.
fn progress_bar(len: usize) -> indicatif::ProgressBar {
    if !std::io::stderr().is_terminal() {
        return indicatif::ProgressBar::hidden();
    }
    let bar = indicatif::ProgressBar::new(len as u64);
    if let Ok(style) = indicatif::ProgressStyle::with_template(
        "{elapsed_precise} [{bar:40}] {pos}/{len} pairs, {per_sec}, {eta} left",
    ) {
        bar.set_style(style.progress_chars("=> "));
    }
    bar
}

/// Loads, checks and renders one pair; never fails, an unreadable pair becomes an error line.
fn check_one(pair: &PairSpec, config: &tvilling::Config) -> PairResult {
    let outcome = match &pair.defect {
        Some(defect) => Err(anyhow::Error::msg(defect.clone())),
        None => check_files(pair, config),
    };
    let (line, counts) = match outcome {
        Ok(report) => {
            let mut counts = Counts::default();
            for finding in &report.findings {
                match finding.severity {
                    Severity::Error => counts.errors += 1,
                    Severity::Warning => counts.warnings += 1,
                    Severity::Info => counts.info += 1,
                }
            }
            let line = Line {
                id: &pair.id,
                en: pair.en.as_deref(),
                sv: pair.sv.as_deref(),
                status: "ok",
                error: None,
                summary: Some(counts),
                findings: tvilling::report::findings_json(&report),
            };
            (serde_json::to_string(&line), Some(counts))
        }
        Err(e) => {
            let line = Line {
                id: &pair.id,
                en: pair.en.as_deref(),
                sv: pair.sv.as_deref(),
                status: "error",
                error: Some(format!("{e:#}")),
                summary: None,
                findings: serde_json::Value::Array(Vec::new()),
            };
            (serde_json::to_string(&line), None)
        }
    };
    // Serialising strings and integers cannot fail; should it, the pair still gets a line.
    let line = line.unwrap_or_else(|e| {
        serde_json::json!({"id": pair.id, "status": "error", "error": e.to_string()}).to_string()
    });
    PairResult { line, counts }
}

fn check_files(pair: &PairSpec, config: &tvilling::Config) -> Result<tvilling::report::Report> {
    if pair.en_path == pair.sv_path {
        bail!("{}: the original and the translation are the same file", pair.en_path.display());
    }
    let src = load_declared(&pair.en_path, Lang::En)?;
    let tgt = load_declared(&pair.sv_path, Lang::Sv)?;
    Ok(tvilling::check_pair(src, tgt, config)?)
}

/// Loads a document, recognising its language; when the text is too short or too mixed to
/// tell, the language the file is declared as (by its name or manifest key) is used.
fn load_declared(path: &Path, declared: Lang) -> Result<Document> {
    match super::load(path, None) {
        Err(e)
            if e.downcast_ref::<tvilling::Error>()
                .is_some_and(|e| e.kind == tvilling::ErrorKind::UnknownLanguage) =>
        {
            super::load(path, Some(declared.code()))
        }
        other => other,
    }
}

/// The pairs of a folder: `NAME.en.md` with `NAME.sv.md`, `NAME.en.txt` with `NAME.sv.txt`,
/// in name order. A file without its counterpart becomes a pair that reports the gap.
pub fn discover(folder: &Path) -> Result<Vec<PairSpec>> {
    let entries =
        std::fs::read_dir(folder).with_context(|| format!("{}: cannot list the folder", folder.display()))?;
    // (NAME, extension) → (English file, Swedish file)
    let mut found: BTreeMap<(String, &'static str), [Option<PathBuf>; 2]> = BTreeMap::new();
    for entry in entries {
        let entry = entry.with_context(|| format!("{}: cannot list the folder", folder.display()))?;
        let path = entry.path();
        let Some(file_name) = path.file_name().and_then(|n| n.to_str()) else { continue };
        for (ext, side, suffix) in
            [("md", 0, ".en.md"), ("md", 1, ".sv.md"), ("txt", 0, ".en.txt"), ("txt", 1, ".sv.txt")]
        {
            if let Some(name) = file_name.strip_suffix(suffix)
                && !name.is_empty()
                && let Some(slot) = found.entry((name.to_string(), ext)).or_default().get_mut(side)
            {
                *slot = Some(path.clone());
            }
        }
    }
    let mut names: BTreeMap<&str, usize> = BTreeMap::new();
    for (name, _) in found.keys() {
        *names.entry(name.as_str()).or_default() += 1;
    }
    let pairs = found
        .iter()
        .map(|((name, ext), [en, sv])| {
            // NAME alone unless both a Markdown and a text pair share it.
            let id = if names.get(name.as_str()).copied().unwrap_or(0) > 1 {
                format!("{name}.{ext}")
            } else {
                name.clone()
            };
            let expected = |lang: &str| folder.join(format!("{name}.{lang}.{ext}"));
            let defect = match (en, sv) {
                (Some(_), None) => {
                    Some(format!("{}: no such file (the Swedish counterpart)", expected("sv").display()))
                }
                (None, Some(_)) => {
                    Some(format!("{}: no such file (the English original)", expected("en").display()))
                }
                _ => None,
            };
            let en_path = en.clone().unwrap_or_else(|| expected("en"));
            let sv_path = sv.clone().unwrap_or_else(|| expected("sv"));
            PairSpec {
                id,
                en: en.as_ref().map(|p| p.display().to_string()),
                sv: sv.as_ref().map(|p| p.display().to_string()),
                en_path,
                sv_path,
                defect,
            }
        })
        .collect();
    Ok(pairs)
}

#[derive(Deserialize)]
struct ManifestLine {
    id: serde_json::Value,
    en: String,
    sv: String,
}

/// Reads a JSON Lines manifest from a file, or from standard input for `-`.
pub fn read_manifest(manifest: &Path) -> Result<Vec<PairSpec>> {
    let (text, base) = if manifest == Path::new("-") {
        let mut bytes = Vec::new();
        std::io::stdin()
            .lock()
            .read_to_end(&mut bytes)
            .context("cannot read the manifest from standard input")?;
        let text = String::from_utf8(bytes).context("the manifest on standard input is not UTF-8")?;
        (text, PathBuf::new())
    } else {
        let text = input::read_text(manifest)?;
        (text, manifest.parent().map(Path::to_path_buf).unwrap_or_default())
    };
    Ok(parse_manifest(&text, &base))
}

/// Parses manifest lines; blank lines are skipped, a malformed line becomes a pair that reports it.
pub fn parse_manifest(text: &str, base: &Path) -> Vec<PairSpec> {
    let text = text.strip_prefix('\u{feff}').unwrap_or(text);
    let mut pairs = Vec::new();
    for (index, raw) in text.lines().enumerate() {
        let raw = raw.trim();
        if raw.is_empty() {
            continue;
        }
        let number = index + 1;
        let pair = match serde_json::from_str::<ManifestLine>(raw) {
            Ok(line) => {
                let id = match line.id {
                    serde_json::Value::String(id) => id,
                    other => other.to_string(),
                };
                PairSpec {
                    id,
                    en_path: base.join(&line.en),
                    sv_path: base.join(&line.sv),
                    en: Some(line.en),
                    sv: Some(line.sv),
                    defect: None,
                }
            }
            Err(e) => PairSpec {
                id: format!("line {number}"),
                en: None,
                sv: None,
                en_path: PathBuf::new(),
                sv_path: PathBuf::new(),
                defect: Some(format!(
                    "manifest line {number}: {e} (expected {{\"id\": ..., \"en\": PATH, \"sv\": PATH}})"
                )),
            },
        };
        pairs.push(pair);
    }
    pairs
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn manifest_lines_resolve_against_the_base_and_report_bad_lines() {
        let text = "\u{feff}{\"id\": \"a\", \"en\": \"a.en.md\", \"sv\": \"sub/a.sv.md\"}\n\n{\"id\": 7, \"en\": \"x\", \"sv\": \"y\"}\nnot json\n{\"id\": \"b\", \"en\": \"b\"}\n";
        let pairs = parse_manifest(text, Path::new("m"));
        assert_eq!(pairs.len(), 4);
        assert_eq!(pairs[0].id, "a");
        assert_eq!(pairs[0].sv_path, Path::new("m/sub/a.sv.md"));
        assert_eq!(pairs[0].sv.as_deref(), Some("sub/a.sv.md"));
        assert_eq!(pairs[1].id, "7");
        assert!(pairs[1].defect.is_none());
        assert_eq!(pairs[2].id, "line 4");
        assert!(pairs[2].defect.as_deref().is_some_and(|d| d.starts_with("manifest line 4:")));
        assert!(pairs[3].defect.as_deref().is_some_and(|d| d.contains("sv")));
    }

    #[test]
    fn stdin_manifest_paths_stay_as_written() {
        let pairs =
            parse_manifest("{\"id\": \"a\", \"en\": \"a.en.md\", \"sv\": \"a.sv.md\"}", Path::new(""));
        assert_eq!(pairs[0].en_path, Path::new("a.en.md"));
    }

    #[test]
    fn counts_know_the_worst_severity() {
        assert_eq!(Counts::default().worst(), None);
        assert_eq!(Counts { info: 1, ..Counts::default() }.worst(), Some(Severity::Info));
        assert_eq!(Counts { warnings: 2, info: 1, errors: 0 }.worst(), Some(Severity::Warning));
        assert_eq!(Counts { errors: 1, ..Counts::default() }.worst(), Some(Severity::Error));
    }
}
