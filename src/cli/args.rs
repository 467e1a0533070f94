//! Command-line arguments, with help written for translators.

use std::path::PathBuf;

use clap::{Parser, Subcommand, ValueEnum};

/// Checks the Swedish version of an EU document against its English original.
///
/// tvilling aligns the two versions paragraph by paragraph and sentence by sentence,
/// then flags every number, date, footnote reference, legal reference and link that
/// does not correspond.
#[derive(Debug, Parser)]
#[command(name = "tvilling", version, about, long_about, propagate_version = true)]
pub struct Args {
    #[command(subcommand)]
    pub command: Command,
}

#[derive(Debug, Subcommand)]
pub enum Command {
    /// Check a translation against its original and list the discrepancies.
    ///
    /// Exit codes: 0 when nothing is at or above --fail-on, 1 when something is,
    /// 2 when an input file cannot be read or the arguments are wrong.
    Check(CheckArgs),
    /// Align the paragraphs and sentences of two versions and print the alignment.
    Align(AlignArgs),
    /// Split a document into sentences, one per line.
    Segment(SegmentArgs),
    /// Show the structure tvilling reads in a document (blocks, footnotes, links).
    Parse(ParseArgs),
    /// Check many pairs in parallel: a folder of NAME.en.md / NAME.sv.md files, or a manifest.
    ///
    /// Prints one JSON line per pair as each finishes (or in order with --sorted) and a
    /// summary on standard error. Exit codes: 0 when nothing is at or above --fail-on,
    /// 1 when some pair has such findings, 2 when some pair could not be read.
    Batch(BatchArgs),
    /// List every rule with its category and default severity.
    Rules,
    /// Explain one rule: what it flags, why, an example, and what it accepts.
    Explain {
        /// The rule name, as shown in brackets in a finding, e.g. number-mismatch.
        rule: String,
    },
}

#[derive(Debug, clap::Args)]
pub struct PairArgs {
    /// The original (source) version, e.g. the English text.
    #[arg(value_name = "EN")]
    pub src: PathBuf,
    /// The translation (target) version, e.g. the Swedish text.
    #[arg(value_name = "SV")]
    pub tgt: PathBuf,
    /// Language of the original, when it cannot be recognised from the text.
    #[arg(long, value_name = "LANG", value_parser = ["en", "sv"])]
    pub src_lang: Option<String>,
    /// Language of the translation, when it cannot be recognised from the text.
    #[arg(long, value_name = "LANG", value_parser = ["en", "sv"])]
    pub tgt_lang: Option<String>,
}

#[derive(Debug, clap::Args)]
pub struct CheckArgs {
    #[command(flatten)]
    pub pair: PairArgs,
    /// How to print the findings: human (readable, default), json, sarif (code scanning), junit (CI dashboards).
    #[arg(long, value_enum, default_value_t = CheckFormat::Human)]
    pub format: CheckFormat,
    /// Also write a self-contained HTML report (side-by-side view) to this file.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
    /// Also write the aligned sentences as a TMX translation memory to this file.
    #[arg(long, value_name = "FILE")]
    pub tmx: Option<PathBuf>,
    /// Suppress the findings recorded in this baseline file (accepted after review).
    #[arg(long, value_name = "FILE")]
    pub baseline: Option<PathBuf>,
    /// Record the current findings in this baseline file.
    #[arg(long, value_name = "FILE")]
    pub write_baseline: Option<PathBuf>,
    /// Exit with code 1 when a finding is at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    #[command(flatten)]
    pub rules: RuleArgs,
    /// Colours in the terminal output; NO_COLOR is respected with auto.
    #[arg(long, value_enum, default_value_t = Color::Auto)]
    pub color: Color,
    /// Print only the summary line.
    #[arg(long, short)]
    pub quiet: bool,
}

/// Which rules run, for `check` and `batch`.
#[derive(Debug, clap::Args)]
pub struct RuleArgs {
    /// Only run these rules (comma-separated names or categories).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub select: Vec<String>,
    /// Do not run these rules (comma-separated names or categories).
    #[arg(long, value_delimiter = ',', value_name = "RULES")]
    pub ignore: Vec<String>,
}

impl RuleArgs {
    /// The rule selection as the library takes it.
    pub fn config(&self) -> tvilling::check::Config {
        tvilling::check::Config { select: self.select.clone(), ignore: self.ignore.clone() }
    }
}

#[derive(Debug, clap::Args)]
pub struct AlignArgs {
    #[command(flatten)]
    pub pair: PairArgs,
    /// tsv (one row per aligned block), json (with sentences), or tmx (translation memory).
    #[arg(long, value_enum, default_value_t = AlignFormat::Tsv)]
    pub format: AlignFormat,
    /// Also write a self-contained HTML report (side-by-side view) to this file.
    #[arg(long, value_name = "FILE")]
    pub html: Option<PathBuf>,
}

#[derive(Debug, clap::Args)]
#[command(group(clap::ArgGroup::new("pairs").required(true).args(["folder", "manifest"])))]
pub struct BatchArgs {
    /// A folder whose pairs are found by name: NAME.en.md with NAME.sv.md (or .en.txt / .sv.txt).
    #[arg(value_name = "FOLDER")]
    pub folder: Option<PathBuf>,
    /// A JSON Lines manifest, one {"id": ..., "en": ..., "sv": ...} per line, paths relative to
    /// the manifest's folder; `-` reads it from standard input (paths relative to the current folder).
    #[arg(long, value_name = "FILE")]
    pub manifest: Option<PathBuf>,
    /// Print the lines in manifest (or name) order once all pairs are done, instead of as each finishes.
    #[arg(long)]
    pub sorted: bool,
    /// Exit with code 1 when some pair has a finding at or above this severity.
    #[arg(long, value_enum, default_value_t = FailOn::Error)]
    pub fail_on: FailOn,
    #[command(flatten)]
    pub rules: RuleArgs,
    /// Number of threads (default: one per core; RAYON_NUM_THREADS is respected too).
    #[arg(long, short, value_name = "N")]
    pub jobs: Option<usize>,
}

#[derive(Debug, clap::Args)]
pub struct SegmentArgs {
    /// The document to split into sentences.
    pub file: PathBuf,
    /// Its language; recognised from the text when not given.
    #[arg(long, value_parser = ["en", "sv"])]
    pub lang: Option<String>,
    /// text: one sentence per line; json: sentences with block, byte span and line.
    #[arg(long, value_enum, default_value_t = SegmentFormat::Text)]
    pub format: SegmentFormat,
}

#[derive(Debug, clap::Args)]
pub struct ParseArgs {
    /// The document to read.
    pub file: PathBuf,
    /// text: one line per block; json: the whole structure.
    #[arg(long, value_enum, default_value_t = ParseFormat::Text)]
    pub format: ParseFormat,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum CheckFormat {
    Human,
    Json,
    Sarif,
    Junit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum AlignFormat {
    Tsv,
    Json,
    Tmx,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum SegmentFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum ParseFormat {
    Text,
    Json,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum FailOn {
    Error,
    Warning,
    Never,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq, ValueEnum)]
pub enum Color {
    Auto,
    Always,
    Never,
}
