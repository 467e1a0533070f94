//! Text primitives shared by every stage: spans, line numbers, languages.

pub(crate) mod hash;
pub mod lang;
mod lang_tables;
pub mod line_index;
pub mod span;

pub use lang::Lang;
pub use line_index::LineIndex;
pub use span::Span;
