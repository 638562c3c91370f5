//! Authored text files and positions in them. The bottom of the crate: `scenario`, `i18n`
//! and `record` all report errors at file:line:col with these, so none needs another.

/// An authored file's text, with the name it is reported under.
#[derive(Debug, Clone, PartialEq, Eq)]
pub struct SourceFile {
    pub path: String,
    pub text: String,
}

/// Byte offsets where each line begins (the first is 0).
pub fn line_starts(text: &str) -> Vec<usize> {
    let mut v = vec![0];
    v.extend(
        text.bytes()
            .enumerate()
            .filter(|(_, b)| *b == b'\n')
            .map(|(i, _)| i + 1),
    );
    v
}

/// 1-based line and column (column in characters) of a byte offset.
pub fn line_col_in(line_starts: &[usize], text: &str, offset: usize) -> (usize, usize) {
    let line = match line_starts.binary_search(&offset) {
        Ok(i) => i,
        Err(i) => i - 1,
    };
    let start = line_starts[line];
    let end = offset.min(text.len());
    let col = text
        .get(start..end)
        .map(|s| s.chars().count())
        .unwrap_or(end - start);
    (line + 1, col + 1)
}

/// 1-based line and column (column in characters) to a byte offset.
pub fn offset_of(text: &str, line: usize, col: usize) -> usize {
    let starts = line_starts(text);
    let Some(&start) = starts.get(line.saturating_sub(1)) else {
        return text.len();
    };
    let rest = &text[start..];
    rest.char_indices()
        .nth(col.saturating_sub(1))
        .map(|(i, _)| start + i)
        .unwrap_or_else(|| start + rest.find('\n').unwrap_or(rest.len()))
}
