//! tvilling checks the Swedish version of an EU document against its English original.
//!
//! Data flows one way: [`document::parse`] → [`segment::sentences`] → [`values::extract`]
//! → [`align::align`] → [`check`] → [`report`]. The Rust API is not yet stable; the CLI
//! flags, exit codes, rule names and JSON schema are.

/// The searcher of a constant needle, built once for the process. `memmem::find_iter(bytes,
/// b"…")` builds its searcher on every call, which costs more than searching a paragraph of
/// the size most blocks have; this one is built on first use.
macro_rules! finder {
    ($needle:expr) => {{
        static FINDER: std::sync::LazyLock<memchr::memmem::Finder<'static>> =
            std::sync::LazyLock::new(|| memchr::memmem::Finder::new($needle));
        &*FINDER
    }};
}

pub mod align;
pub mod check;
pub mod document;
pub mod error;
pub mod report;
pub mod segment;
pub mod text;
pub mod values;

pub use error::{Error, ErrorKind, Result};
pub mod pipeline;

pub use pipeline::{Config, check_pair};
