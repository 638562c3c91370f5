//! LSP positions are 0-based lines and UTF-16 code units; the project's spans are byte
//! offsets. Chinese text makes the difference matter on every line of a zh-CN file.

use lsp_types::{Position, Range};

/// The LSP position of byte `offset` (clamped to the text and to a char boundary).
pub fn position_of(text: &str, offset: usize) -> Position {
    let mut offset = offset.min(text.len());
    while !text.is_char_boundary(offset) {
        offset -= 1;
    }
    let line_start = text[..offset].rfind('\n').map_or(0, |i| i + 1);
    let line = text[..line_start].matches('\n').count();
    let character: usize = text[line_start..offset].chars().map(char::len_utf16).sum();
    Position::new(to_u32(line), to_u32(character))
}

/// The byte offset of an LSP position; past the end of a line means the line's end.
pub fn offset_of(text: &str, pos: Position) -> usize {
    let mut line_start = 0;
    for _ in 0..pos.line {
        match text[line_start..].find('\n') {
            Some(i) => line_start += i + 1,
            None => return text.len(),
        }
    }
    let line_end = text[line_start..]
        .find('\n')
        .map_or(text.len(), |i| line_start + i);
    let mut units = 0u32;
    for (i, c) in text[line_start..line_end].char_indices() {
        if units >= pos.character {
            return line_start + i;
        }
        units += to_u32(c.len_utf16());
    }
    line_end
}

pub fn range_of(text: &str, start: usize, end: usize) -> Range {
    Range::new(position_of(text, start), position_of(text, end.max(start)))
}

fn to_u32(n: usize) -> u32 {
    u32::try_from(n).unwrap_or(u32::MAX)
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn chinese_counts_in_utf16_units() {
        let t = "a = 1\n标题 = 第一单 😀x\n";
        let x = t.find('x').unwrap();
        let p = position_of(t, x);
        // 标题 = 第一单 (8 units) + space + 😀 (2 units) = 11
        assert_eq!(p, Position::new(1, 11));
        assert_eq!(offset_of(t, p), x);
    }

    #[test]
    fn round_trips_every_boundary() {
        let t = "ab\n中文\n\n😀z";
        for i in (0..=t.len()).filter(|i| t.is_char_boundary(*i)) {
            assert_eq!(offset_of(t, position_of(t, i)), i, "offset {i}");
        }
        assert_eq!(offset_of(t, Position::new(9, 0)), t.len());
        assert_eq!(offset_of(t, Position::new(0, 99)), 2);
    }
}
