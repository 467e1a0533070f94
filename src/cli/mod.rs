//! The command-line layer: reads files, calls the library, writes outputs. All IO lives here.

pub mod args;
pub mod batch;
pub mod exit;
pub mod input;

use std::io::Write;
use std::path::Path;

use anyhow::{Context, Result, bail};
use tvilling::check::{Severity, registry};
use tvilling::document::{self, BlockKind, Document};
use tvilling::report::{self, Format, RenderOptions, Report};
use tvilling::text::Lang;

use args::{
    AlignArgs, AlignFormat, CheckArgs, CheckFormat, Color, FailOn, PairArgs, ParseFormat, SegmentFormat,
};

/// Reads and parses one document, recognising its language unless given.
pub fn load(path: &Path, lang_arg: Option<&str>) -> Result<Document> {
    let doc = read_document(path, lang_arg)?;
    known_language(&doc, path)?;
    Ok(doc)
}

/// Reads and parses one document; its language is the one given, or the one recognised, if
/// any.
fn read_document(path: &Path, lang_arg: Option<&str>) -> Result<Document> {
    let source = input::read_text(path)?;
    let name = path.display().to_string();
    let format = document::sniff_format(&name, &source);
    let mut doc = document::parse(&name, source, format);
    // `document::parse` has recognised the language already.
    if let Some(lang) = lang_arg.and_then(Lang::from_code) {
        doc.lang = Some(lang);
    }
    Ok(doc)
}

fn known_language(doc: &Document, path: &Path) -> Result<()> {
    match doc.lang {
        Some(_) => Ok(()),
        None => Err(tvilling::Error::new(tvilling::ErrorKind::UnknownLanguage).with_path(path).into()),
    }
}

/// Reads both versions. A version too short or too bare to recognise (a table, one sentence)
/// is taken to be in the other language of the pair when the other version is recognised and
/// it shows no marks of a third language; a note on standard error says so.
fn load_pair(pair: &PairArgs) -> Result<(Document, Document)> {
    let (src, tgt) = rayon::join(
        || read_document(&pair.src, pair.src_lang.as_deref()),
        || read_document(&pair.tgt, pair.tgt_lang.as_deref()),
    );
    let (mut src, mut tgt) = (src?, tgt?);
    let complement = |lang: Lang| match lang {
        Lang::En => Lang::Sv,
        Lang::Sv => Lang::En,
    };
    let (src_lang, tgt_lang) = (src.lang, tgt.lang);
    for (doc, other, path, flag) in
        [(&mut src, tgt_lang, &pair.src, "--src-lang"), (&mut tgt, src_lang, &pair.tgt, "--tgt-lang")]
    {
        if let (None, Some(other)) = (doc.lang, other)
            && !tvilling::text::lang::foreign(&doc.source)
        {
            let lang = complement(other);
            eprintln!(
                "tvilling: note: {}: too little text to recognise its language; read as {} (name it with {flag})",
                path.display(),
                lang.name()
            );
            doc.lang = Some(lang);
        }
    }
    known_language(&src, &pair.src)?;
    known_language(&tgt, &pair.tgt)?;
    Ok((src, tgt))
}

fn analyse(pair: &PairArgs, rules: tvilling::check::Config) -> Result<Report> {
    if pair.src == pair.tgt {
        bail!("{}: the original and the translation are the same file", pair.src.display());
    }
    let (src, tgt) = load_pair(pair)?;
    Ok(tvilling::check_pair(src, tgt, &tvilling::Config { rules })?)
}

fn use_color(choice: Color) -> bool {
    use std::io::IsTerminal;
    match choice {
        Color::Always => true,
        Color::Never => false,
        Color::Auto => {
            std::env::var_os("NO_COLOR").is_none_or(|v| v.is_empty()) && std::io::stdout().is_terminal()
        }
    }
}

/// Refuses to write a report over one of the inputs.
fn check_output_path(out: &Path, pair: &PairArgs) -> Result<()> {
    let same = |a: &Path, b: &Path| match (a.canonicalize(), b.canonicalize()) {
        (Ok(a), Ok(b)) => a == b,
        _ => a == b,
    };
    if same(out, &pair.src) || same(out, &pair.tgt) {
        bail!("{}: refusing to overwrite an input file with a report", out.display());
    }
    Ok(())
}

fn write_file(path: &Path, contents: &str) -> Result<()> {
    report::write_atomic(path, contents)
        .with_context(|| format!("{}: cannot write the report", path.display()))
}

pub fn check(args: &CheckArgs, out: &mut dyn Write) -> Result<u8> {
    for path in [&args.html, &args.tmx, &args.write_baseline].into_iter().flatten() {
        check_output_path(path, &args.pair)?;
    }
    let rules = args.rules.config();
    let baseline = match &args.baseline {
        Some(path) => Some(
            tvilling::check::baseline::Baseline::parse(&input::read_text(path)?)
                .map_err(|e| tvilling::Error::new(tvilling::ErrorKind::Other(e)).with_path(path))?,
        ),
        None => None,
    };
    let mut report = analyse(&args.pair, rules)?;
    if let Some(path) = &args.write_baseline {
        let contents = tvilling::check::baseline::Baseline::from_findings(&report.findings).to_json();
        write_file(path, &contents)?;
    }
    if let Some(baseline) = &baseline {
        let applied = baseline.apply(&mut report.findings);
        report.n_suppressed = applied.n_suppressed;
        report.stale_baseline = applied.stale;
    }
    let opts = RenderOptions { color: use_color(args.color), quiet: args.quiet };
    if let Some(path) = &args.html {
        write_file(path, &report::render(&report, Format::Html, &opts))?;
    }
    if let Some(path) = &args.tmx {
        write_file(path, &report::render(&report, Format::Tmx, &opts))?;
    }
    let format = match args.format {
        CheckFormat::Human => Format::Human,
        CheckFormat::Json => Format::Json,
        CheckFormat::Sarif => Format::Sarif,
        CheckFormat::Junit => Format::Junit,
    };
    out.write_all(report::render(&report, format, &opts).as_bytes())?;
    let threshold = match args.fail_on {
        FailOn::Error => Some(Severity::Error),
        FailOn::Warning => Some(Severity::Warning),
        FailOn::Never => None,
    };
    let failed = threshold.is_some_and(|t| report.findings.iter().any(|f| f.severity >= t));
    Ok(if failed { exit::FINDINGS } else { exit::OK })
}

pub fn align(args: &AlignArgs, out: &mut dyn Write) -> Result<u8> {
    if let Some(path) = &args.html {
        check_output_path(path, &args.pair)?;
    }
    let report = analyse(&args.pair, tvilling::check::Config::default())?;
    let opts = RenderOptions { color: false, quiet: false };
    if let Some(path) = &args.html {
        write_file(path, &report::render(&report, Format::Html, &opts))?;
    }
    let text = match args.format {
        AlignFormat::Tsv => tvilling::align::tsv::to_tsv(&report.src, &report.tgt, &report.alignment),
        AlignFormat::Json => report::render(&report, Format::Json, &opts),
        AlignFormat::Tmx => report::render(&report, Format::Tmx, &opts),
    };
    out.write_all(text.as_bytes())?;
    Ok(exit::OK)
}

pub fn segment(args: &args::SegmentArgs, out: &mut dyn Write) -> Result<u8> {
    let doc = load(&args.file, args.lang.as_deref())?;
    let lang = doc.lang.unwrap_or(Lang::En);
    let mut json = Vec::new();
    let mut text = String::new();
    for (block_idx, block) in doc.blocks.iter().enumerate() {
        for range in tvilling::segment::block_sentences(block, lang) {
            let sentence = tvilling::segment::trim(block.text.get(range.clone()).unwrap_or(""));
            if sentence.is_empty() {
                continue;
            }
            match args.format {
                SegmentFormat::Text => {
                    text.push_str(sentence);
                    text.push('\n');
                }
                SegmentFormat::Json => {
                    let span = block.src_span(range.clone());
                    json.push(serde_json::json!({
                        "block": block_idx,
                        "text": sentence,
                        "text_range": [range.start, range.end],
                        "span": [span.start, span.end],
                        "line": doc.line_of(span.start),
                    }));
                }
            }
        }
    }
    match args.format {
        SegmentFormat::Text => out.write_all(text.as_bytes())?,
        SegmentFormat::Json => {
            let value = serde_json::json!({ "file": doc.name, "lang": lang, "sentences": json });
            writeln!(out, "{}", serde_json::to_string_pretty(&value)?)?;
        }
    }
    Ok(exit::OK)
}

pub fn parse(args: &args::ParseArgs, out: &mut dyn Write) -> Result<u8> {
    let source = input::read_text(&args.file)?;
    let name = args.file.display().to_string();
    let format = document::sniff_format(&name, &source);
    let doc = document::parse(&name, source, format);
    match args.format {
        ParseFormat::Json => writeln!(out, "{}", serde_json::to_string_pretty(&doc)?)?,
        ParseFormat::Text => {
            let mut text = String::new();
            for block in &doc.blocks {
                let lines: Vec<String> = block.lines.iter().map(u32::to_string).collect();
                let kind = match &block.kind {
                    BlockKind::Heading { level, number } => {
                        format!(
                            "heading {level}{}",
                            number.as_ref().map_or(String::new(), |n| format!(" [{n}]"))
                        )
                    }
                    BlockKind::Paragraph if block.parts.len() > 1 => "paragraph (page-joined)".to_string(),
                    BlockKind::Paragraph => "paragraph".to_string(),
                    BlockKind::ListItem => "list item".to_string(),
                    BlockKind::FootnoteDef { label } => format!("footnote ({label})"),
                    BlockKind::PageBreak => "page break".to_string(),
                };
                let refs: Vec<String> = block.footnote_refs().map(|(l, _)| format!("({l})")).collect();
                let refs = if refs.is_empty() { String::new() } else { format!(" refs {}", refs.join(" ")) };
                let preview: String = block.text.chars().take(100).collect();
                text.push_str(&format!("{:<10} {kind}{refs}: {preview}\n", lines.join(",")));
            }
            for warning in &doc.warnings {
                text.push_str(&format!("warning: line {}: {}\n", warning.line, warning.message));
            }
            out.write_all(text.as_bytes())?;
        }
    }
    Ok(exit::OK)
}

pub fn rules(out: &mut dyn Write) -> Result<u8> {
    let mut text = String::new();
    for rule in registry::rules() {
        text.push_str(&format!(
            "{:<24} {:<10} {:<8} {}\n",
            rule.name,
            rule.category.as_str(),
            rule.default_severity.as_str(),
            rule.summary
        ));
    }
    out.write_all(text.as_bytes())?;
    Ok(exit::OK)
}

pub fn explain(name: &str, out: &mut dyn Write) -> Result<u8> {
    let Some(rule) = registry::find(name) else {
        bail!("unknown rule `{name}` (see `tvilling rules`)");
    };
    writeln!(
        out,
        "# {} ({}, {} by default, since {})\n\n{}\n\n{}",
        rule.name,
        rule.category.as_str(),
        rule.default_severity.as_str(),
        rule.since,
        rule.summary,
        rule.explanation.trim_end()
    )?;
    Ok(exit::OK)
}
