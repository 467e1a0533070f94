//! Byte offset → 1-based line and column.

/// The start offsets of every line of a text, for O(log n) offset → line look-ups.
#[derive(Debug, Clone, Default)]
pub struct LineIndex {
    starts: Vec<usize>,
    len: usize,
}

impl LineIndex {
    pub fn new(text: &str) -> LineIndex {
        let mut starts = vec![0];
        starts.extend(memchr::memchr_iter(b'\n', text.as_bytes()).map(|i| i + 1));
        LineIndex { starts, len: text.len() }
    }

    /// The 1-based line that holds byte `offset`.
    pub fn line(&self, offset: usize) -> u32 {
        let offset = offset.min(self.len);
        match self.starts.binary_search(&offset) {
            Ok(i) => i as u32 + 1,
            Err(i) => i as u32,
        }
    }

    /// The 1-based column (in characters) of byte `offset`.
    pub fn column(&self, text: &str, offset: usize) -> u32 {
        let line = self.line(offset) as usize;
        let start = self.starts[line - 1];
        let end = offset.min(text.len());
        text.get(start..end).map_or(1, |s| s.chars().count() as u32 + 1)
    }

    /// The byte offset where 1-based `line` starts.
    pub fn line_start(&self, line: u32) -> usize {
        let i = (line as usize).saturating_sub(1).min(self.starts.len() - 1);
        self.starts[i]
    }

    pub fn n_lines(&self) -> usize {
        self.starts.len()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn lines_and_columns() {
        let text = "ab\ncdé\n\nx";
        let idx = LineIndex::new(text);
        assert_eq!(idx.line(0), 1);
        assert_eq!(idx.line(2), 1);
        assert_eq!(idx.line(3), 2);
        assert_eq!(idx.line(8), 3);
        assert_eq!(idx.line(9), 4);
        assert_eq!(idx.column(text, 5), 3);
        assert_eq!(idx.column(text, 7), 4);
        assert_eq!(idx.line_start(4), 9);
    }
}
