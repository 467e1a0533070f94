//! Reading input files: the only place that touches the file system for input.

use std::io::Read;
use std::path::Path;

use tvilling::{Error, ErrorKind, Result};

/// Files larger than this are refused before they are read.
pub const MAX_INPUT_BYTES: u64 = 1 << 30;

/// The environment variable that sets another size limit, in bytes (tests and small machines).
pub const MAX_INPUT_BYTES_VAR: &str = "TVILLING_MAX_INPUT_BYTES";

/// Reads `path` as UTF-8 text, refusing what is not a readable text file.
///
/// A BOM, CRLF line ends, NBSP and thin spaces are kept: the parser accepts them and
/// spans keep pointing into the original bytes. The size limit is [`MAX_INPUT_BYTES`]
/// unless `TVILLING_MAX_INPUT_BYTES` gives another number of bytes.
pub fn read_text(path: &Path) -> Result<String> {
    read_text_limited(path, max_input_bytes()?)
}

/// The size limit in force: [`MAX_INPUT_BYTES`], or the value of [`MAX_INPUT_BYTES_VAR`].
pub fn max_input_bytes() -> Result<u64> {
    let invalid = || {
        Error::new(ErrorKind::Other(format!(
            "{MAX_INPUT_BYTES_VAR} must be a number of bytes, such as 1073741824"
        )))
    };
    match std::env::var(MAX_INPUT_BYTES_VAR) {
        Err(std::env::VarError::NotPresent) => Ok(MAX_INPUT_BYTES),
        Ok(value) => value.trim().parse::<u64>().map_err(|_| invalid()),
        Err(std::env::VarError::NotUnicode(_)) => Err(invalid()),
    }
}

/// Reads `path` as UTF-8 text like [`read_text`], with `limit` bytes as the size limit.
pub fn read_text_limited(path: &Path, limit: u64) -> Result<String> {
    let at = |kind| Error::new(kind).with_path(path);
    let meta = std::fs::metadata(path).map_err(|e| at(io_kind(&e)))?;
    if meta.is_dir() {
        return Err(at(ErrorKind::IsDirectory));
    }
    if meta.len() > limit {
        return Err(at(ErrorKind::TooLarge { size: meta.len(), limit }));
    }
    let mut bytes = Vec::with_capacity(meta.len() as usize);
    let file = std::fs::File::open(path).map_err(|e| at(io_kind(&e)))?;
    // Read one byte past the limit so that a file that grew (or a pipe) is still refused.
    file.take(limit + 1).read_to_end(&mut bytes).map_err(|e| at(io_kind(&e)))?;
    if bytes.len() as u64 > limit {
        return Err(at(ErrorKind::TooLarge { size: bytes.len() as u64, limit }));
    }
    text_from_bytes(bytes).map_err(at)
}

/// Validates bytes as a text document.
pub fn text_from_bytes(bytes: Vec<u8>) -> std::result::Result<String, ErrorKind> {
    let content = bytes.strip_prefix(b"\xEF\xBB\xBF").unwrap_or(&bytes);
    if content.iter().all(|b| b.is_ascii_whitespace()) {
        return Err(ErrorKind::Empty);
    }
    if bytes.contains(&0) {
        return Err(ErrorKind::Binary);
    }
    String::from_utf8(bytes).map_err(|e| ErrorKind::InvalidUtf8 { offset: e.utf8_error().valid_up_to() })
}

fn io_kind(e: &std::io::Error) -> ErrorKind {
    match e.kind() {
        std::io::ErrorKind::NotFound => ErrorKind::NotFound,
        std::io::ErrorKind::IsADirectory => ErrorKind::IsDirectory,
        std::io::ErrorKind::PermissionDenied => ErrorKind::Io("permission denied".into()),
        _ => ErrorKind::Io(e.to_string().to_lowercase()),
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn validates_bytes() {
        assert_eq!(text_from_bytes(b"".to_vec()), Err(ErrorKind::Empty));
        assert_eq!(text_from_bytes(b" \n\t".to_vec()), Err(ErrorKind::Empty));
        assert_eq!(text_from_bytes(b"\xEF\xBB\xBF\n".to_vec()), Err(ErrorKind::Empty));
        assert_eq!(text_from_bytes(b"ab\0c".to_vec()), Err(ErrorKind::Binary));
        assert_eq!(text_from_bytes(b"abc\xFFd".to_vec()), Err(ErrorKind::InvalidUtf8 { offset: 3 }));
        assert_eq!(text_from_bytes("\u{feff}tv\u{e5}\r\n".as_bytes().to_vec()), Ok("\u{feff}två\r\n".into()));
    }
}
