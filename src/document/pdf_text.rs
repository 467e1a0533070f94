//! Reader for plain text extracted from PDF: hard-wrapped lines, blank line after each.

use super::Document;
use crate::text::LineIndex;

pub fn parse(name: &str, source: String) -> Document {
    empty(name, source)
}

pub(crate) fn empty(name: &str, source: String) -> Document {
    Document {
        name: name.to_string(),
        line_index: LineIndex::new(&source),
        source,
        lang: None,
        blocks: vec![],
        warnings: vec![],
    }
}
