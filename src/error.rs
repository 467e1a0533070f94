//! Library errors: a kind and the file it concerns, shown as one lower-case line.

use std::fmt;
use std::path::PathBuf;

#[derive(Debug, Clone, PartialEq, Eq)]
#[non_exhaustive]
pub enum ErrorKind {
    NotFound,
    IsDirectory,
    Empty,
    Binary,
    /// Invalid UTF-8 at this byte offset.
    InvalidUtf8 {
        offset: usize,
    },
    TooLarge {
        size: u64,
        limit: u64,
    },
    Io(String),
    /// The language could not be recognised as English or Swedish.
    UnknownLanguage,
    /// Anything else, said in words.
    Other(String),
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub struct Error {
    pub kind: ErrorKind,
    pub path: Option<PathBuf>,
}

pub type Result<T, E = Error> = std::result::Result<T, E>;

impl Error {
    pub fn new(kind: ErrorKind) -> Error {
        Error { kind, path: None }
    }

    pub fn with_path(mut self, path: impl Into<PathBuf>) -> Error {
        self.path = Some(path.into());
        self
    }
}

impl fmt::Display for Error {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        if let Some(path) = &self.path {
            write!(f, "{}: ", path.display())?;
        }
        match &self.kind {
            ErrorKind::NotFound => write!(f, "no such file"),
            ErrorKind::IsDirectory => write!(f, "is a directory, not a file"),
            ErrorKind::Empty => write!(f, "the file is empty"),
            ErrorKind::Binary => write!(f, "binary data, not text (a NUL byte was found)"),
            ErrorKind::InvalidUtf8 { offset } => write!(f, "invalid UTF-8 at byte offset {offset}"),
            ErrorKind::TooLarge { size, limit } => {
                write!(f, "the file is {size} bytes, over the limit of {limit} bytes")
            }
            ErrorKind::Io(msg) => write!(f, "{msg}"),
            ErrorKind::UnknownLanguage => {
                // `check`/`align` take --src-lang and --tgt-lang, `segment` --lang (`parse` needs none).
                write!(
                    f,
                    "the text is neither English nor Swedish (name its language: --src-lang or --tgt-lang with check and align, --lang with segment)"
                )
            }
            ErrorKind::Other(msg) => write!(f, "{msg}"),
        }
    }
}

impl std::error::Error for Error {}
