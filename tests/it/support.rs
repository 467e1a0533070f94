//! Shared helpers for the integration tests.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

use tvilling::check::Finding;
use tvilling::document::{self, Document, Format};
use tvilling::text::Lang;

pub fn fixture(rel: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("fixtures").join(rel)
}

pub fn tvilling(args: &[&str]) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tvilling"))
        .args(args)
        .env("NO_COLOR", "1")
        .output()
        .expect("the binary runs")
}

pub fn stdout(o: &Output) -> String {
    String::from_utf8_lossy(&o.stdout).into_owned()
}

pub fn stderr(o: &Output) -> String {
    String::from_utf8_lossy(&o.stderr).into_owned()
}

/// A scratch directory unique to one test.
pub fn scratch(name: &str) -> PathBuf {
    // Under the build directory, so that runs leave nothing in the system temporary folder.
    let dir = PathBuf::from(env!("CARGO_TARGET_TMPDIR")).join(format!("it-{}-{name}", std::process::id()));
    let _ = std::fs::remove_dir_all(&dir);
    std::fs::create_dir_all(&dir).expect("temp dir");
    dir
}

/// `text` parsed as the file `name` (PDF text for `.txt`, else Markdown), in `lang`.
pub fn parse(name: &str, text: &str, lang: Lang) -> Document {
    let format = if name.ends_with(".txt") { Format::PdfText } else { Format::Markdown };
    let mut doc = document::parse(name, text.to_string(), format);
    doc.lang = Some(lang);
    doc
}

/// The findings of the library's pipeline on two texts, read as Markdown.
pub fn run(en: &str, sv: &str) -> Vec<Finding> {
    run_files(("en.md", en), ("sv.md", sv))
}

/// [`run`] on two texts named as files, each read in the format of its name.
pub fn run_files((en_name, en): (&str, &str), (sv_name, sv): (&str, &str)) -> Vec<Finding> {
    tvilling::check_pair(parse(en_name, en, Lang::En), parse(sv_name, sv, Lang::Sv), &Default::default())
        .expect("pipeline runs")
        .findings
}
