//! The `values` stage: the language-independent values in a text.
//!
//! Numbers, dates, legal references and URLs are extracted with their text span and
//! a normalised `key`: two values correspond across languages exactly when their
//! keys are equal (`51.4%` and `51,4 %` both give `pct:51.4`).

use std::ops::Range;

use serde::Serialize;

use crate::text::Lang;

#[derive(Debug, Clone, Copy, PartialEq, Eq, Hash, PartialOrd, Ord, Serialize)]
#[serde(rename_all = "kebab-case")]
pub enum ValueKind {
    /// A plain number, amount, percentage, ordinal, fraction or range.
    Number,
    /// A date, month, year, date range, quarter or half-year.
    Date,
    /// A reference to an act, article, Commission document, OJ issue, ELI or CELEX.
    Legal,
    /// A URL or e-mail address.
    Url,
}

/// A value found in a text.
#[derive(Debug, Clone, PartialEq, Eq, Serialize)]
pub struct Value {
    pub kind: ValueKind,
    /// Byte range in the text it was extracted from.
    pub span: Range<usize>,
    /// The canonical form; equal keys mean equal values whatever the language.
    pub key: String,
    /// A readable rendering of the normalised value (`81 000 000 000 EUR`).
    pub display: String,
}

/// Extracts the values of `text`, ordered by span start, non-overlapping.
pub fn extract(text: &str, lang: Lang) -> Vec<Value> {
    let _ = (text, lang);
    vec![]
}

/// Normalises a link target given apart from the text (`[text](url)`).
pub fn extract_url(url: &str) -> Option<Value> {
    let _ = url;
    None
}
