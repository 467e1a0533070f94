//! The whole pipeline on one document pair: parse → segment → values → align → check → report.

use rayon::prelude::*;

use crate::check::context::Input;
use crate::document::{Block, Document, Inline};
use crate::report::{Report, ToolInfo};
use crate::text::Lang;
use crate::values::{self, Value, ValueKind};

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
    let alignment = crate::align::align(&src, &tgt);
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
    doc.blocks.par_iter().map(|block| block_values(block, lang)).collect()
}

/// The values of one block: those of its text, with link targets in place of link texts.
///
/// A link `[text](url)` is compared by its target: URL values found inside the link text
/// are replaced by the normalised target, so `[Europol](https://…)` and an autolink compare alike.
pub fn block_values(block: &Block, lang: Lang) -> Vec<Value> {
    let mut found = values::extract(&block.text, lang);
    for inline in &block.inlines {
        let Inline::Link { url, text, .. } = inline else { continue };
        let Some(mut target) = values::extract_url(url) else { continue };
        found.retain(|v| !(v.kind == ValueKind::Url && v.span.start < text.end && text.start < v.span.end));
        target.span = text.clone();
        found.push(target);
    }
    found.sort_by_key(|v| (v.span.start, v.span.end));
    found
}
