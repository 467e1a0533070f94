//! The whole pipeline on one document pair: parse → segment → values → align → check → report.

use rayon::prelude::*;

use crate::check::context::Input;
use crate::document::Document;
use crate::report::{Report, ToolInfo};
use crate::text::Lang;
use crate::values::{self, Value};

/// Options of [`check_pair`].
#[derive(Debug, Clone, Default)]
pub struct Config {
    pub rules: crate::check::Config,
}

/// Checks `tgt` against `src`: aligns them, runs every enabled rule and returns the report.
///
/// Both documents must have their language set (see [`crate::text::lang::detect`]).
pub fn check_pair(src: Document, tgt: Document, config: &Config) -> crate::Result<Report> {
    config.rules.validate().map_err(|m| crate::Error::new(crate::ErrorKind::Other(m)))?;
    let src_lang = src.lang.unwrap_or(Lang::En);
    let tgt_lang = tgt.lang.unwrap_or(Lang::Sv);
    let (src_values, tgt_values) =
        rayon::join(|| document_values(&src, src_lang), || document_values(&tgt, tgt_lang));
    let alignment = crate::align::align_with_values(
        &src,
        &tgt,
        &src_values,
        &tgt_values,
        &crate::align::AlignOptions::default(),
    );
    let input = Input {
        src: &src,
        tgt: &tgt,
        alignment: &alignment,
        src_values: &src_values,
        tgt_values: &tgt_values,
    };
    let outcome = crate::check::run(&input, &config.rules);
    Ok(Report {
        tool: ToolInfo::current(),
        findings: outcome.findings,
        rules: outcome.rules,
        value_links: outcome.value_links,
        n_suppressed: 0,
        stale_baseline: vec![],
        src,
        tgt,
        alignment,
        src_values,
        tgt_values,
    })
}

/// The values of every block of a document, in parallel.
pub fn document_values(doc: &Document, lang: Lang) -> Vec<Vec<Value>> {
    let mut found: Vec<Vec<Value>> =
        doc.blocks.par_iter().map(|block| values::block_values(block, lang)).collect();
    values::resolve_this_time(doc, lang, &mut found);
    found
}
