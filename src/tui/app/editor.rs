//! The text of a written answer being edited: a caret that moves by character, word and
//! (wrapped) line, Home/End, undo, pasting, CJK. Pure state, no terminal: the App owns one
//! and changes it only in `update`; the view asks it for wrapped lines and the caret.

use std::ops::Range;

use unicode_width::UnicodeWidthChar;

/// Undo steps kept; older ones are dropped so memory stays bounded however long the exam.
const UNDO_DEPTH: usize = 200;

/// The most text an answer may hold (bytes): far beyond any length range, so a runaway
/// paste cannot grow the journal line without bound.
pub const MAX_BYTES: usize = 64 * 1024;

#[derive(Debug, Clone, Default, PartialEq, Eq)]
pub struct Editor {
    text: String,
    /// Byte offset, always on a char boundary.
    caret: usize,
    undo: Vec<(String, usize)>,
    /// The last edit was typing: the next typed character joins its undo step.
    typing: bool,
}

/// What kind of edit is starting: typing runs coalesce into one undo step.
#[derive(PartialEq, Eq)]
enum Edit {
    Typing,
    Other,
}

impl Editor {
    pub fn new(text: &str) -> Editor {
        let text = clean(text);
        Editor {
            caret: text.len(),
            text,
            ..Editor::default()
        }
    }

    pub fn text(&self) -> &str {
        &self.text
    }

    pub fn caret(&self) -> usize {
        self.caret
    }

    fn begin(&mut self, kind: Edit) {
        if !(kind == Edit::Typing && self.typing) {
            if self.undo.len() == UNDO_DEPTH {
                self.undo.remove(0);
            }
            self.undo.push((self.text.clone(), self.caret));
        }
        self.typing = kind == Edit::Typing;
    }

    /// A typed character; a newline starts a new paragraph.
    pub fn type_char(&mut self, c: char) {
        let c = if c == '\t' { ' ' } else { c };
        if (c.is_control() && c != '\n') || self.text.len() + c.len_utf8() > MAX_BYTES {
            return;
        }
        self.begin(if c == '\n' { Edit::Other } else { Edit::Typing });
        self.text.insert(self.caret, c);
        self.caret += c.len_utf8();
    }

    /// Bracketed paste: one undo step; line endings normalised, control characters dropped,
    /// cut at `MAX_BYTES`.
    pub fn paste(&mut self, s: &str) {
        let mut s = clean(s);
        let room = MAX_BYTES.saturating_sub(self.text.len());
        if s.len() > room {
            let mut cut = room;
            while !s.is_char_boundary(cut) {
                cut -= 1;
            }
            s.truncate(cut);
        }
        if s.is_empty() {
            return;
        }
        self.begin(Edit::Other);
        self.text.insert_str(self.caret, &s);
        self.caret += s.len();
    }

    pub fn backspace(&mut self) {
        if let Some(prev) = self.prev_char() {
            self.begin(Edit::Other);
            self.text.replace_range(prev..self.caret, "");
            self.caret = prev;
        }
    }

    pub fn delete(&mut self) {
        if let Some(next) = self.next_char() {
            self.begin(Edit::Other);
            self.text.replace_range(self.caret..next, "");
        }
    }

    pub fn undo(&mut self) {
        if let Some((t, c)) = self.undo.pop() {
            self.text = t;
            self.caret = c;
        }
        self.typing = false;
    }

    fn prev_char(&self) -> Option<usize> {
        self.text[..self.caret]
            .char_indices()
            .next_back()
            .map(|(i, _)| i)
    }

    fn next_char(&self) -> Option<usize> {
        self.text[self.caret..]
            .chars()
            .next()
            .map(|c| self.caret + c.len_utf8())
    }

    fn moved(&mut self, to: usize) {
        self.caret = to;
        self.typing = false;
    }

    pub fn left(&mut self) {
        self.moved(self.prev_char().unwrap_or(0));
    }

    pub fn right(&mut self) {
        self.moved(self.next_char().unwrap_or(self.caret));
    }

    /// To the start of this word, or of the previous one.
    pub fn word_left(&mut self) {
        let before: Vec<(usize, char)> = self.text[..self.caret].char_indices().collect();
        let mut k = before.len();
        while k > 0 && !is_word(before[k - 1].1) {
            k -= 1;
        }
        // a CJK character is a word of its own
        if k > 0 && cjk(before[k - 1].1) {
            k -= 1;
        } else {
            while k > 0 && is_word(before[k - 1].1) && !cjk(before[k - 1].1) {
                k -= 1;
            }
        }
        self.moved(before.get(k).map_or(0, |p| p.0));
    }

    /// To the end of this word, or of the next one.
    pub fn word_right(&mut self) {
        let rest = &self.text[self.caret..];
        let mut it = rest.char_indices().peekable();
        while it.next_if(|(_, c)| !is_word(*c)).is_some() {}
        match it.peek() {
            Some((_, c)) if cjk(*c) => {
                it.next();
            }
            _ => while it.next_if(|(_, c)| is_word(*c) && !cjk(*c)).is_some() {},
        }
        let to = it.peek().map_or(self.text.len(), |(i, _)| self.caret + i);
        self.moved(to);
    }

    /// Home: the start of the caret's wrapped line.
    pub fn home(&mut self, width: u16) {
        let lines = layout(&self.text, width);
        let row = row_of(&lines, self.caret);
        self.moved(lines[row].start);
    }

    /// End: the end of the caret's wrapped line.
    pub fn end(&mut self, width: u16) {
        let lines = layout(&self.text, width);
        let row = row_of(&lines, self.caret);
        self.moved(lines[row].end);
    }

    /// Up or down `by` wrapped lines, keeping the display column where the line allows.
    pub fn vertical(&mut self, width: u16, by: isize) {
        let lines = layout(&self.text, width);
        let row = row_of(&lines, self.caret);
        let col = display_width(&self.text[lines[row].start..self.caret]);
        let target = row.saturating_add_signed(by).min(lines.len() - 1);
        let line = &lines[target];
        // the end of a soft-wrapped line is the start of the next: stop one short of it
        let soft = lines.get(target + 1).is_some_and(|n| n.start == line.end);
        let mut at = line.start;
        let mut w = 0;
        for (i, c) in self.text[line.clone()].char_indices() {
            let cw = c.width().unwrap_or(0);
            if w + cw > col || (soft && line.start + i + c.len_utf8() == line.end) {
                break;
            }
            w += cw;
            at = line.start + i + c.len_utf8();
        }
        self.moved(at);
    }

    /// The caret as (wrapped row, display column).
    pub fn caret_at(&self, width: u16) -> (usize, usize) {
        let lines = layout(&self.text, width);
        let row = row_of(&lines, self.caret);
        (row, display_width(&self.text[lines[row].start..self.caret]))
    }

    /// The text as wrapped lines (without their newlines).
    pub fn lines(&self, width: u16) -> Vec<&str> {
        layout(&self.text, width)
            .into_iter()
            .map(|r| &self.text[r])
            .collect()
    }
}

fn is_word(c: char) -> bool {
    c.is_alphanumeric()
}

fn cjk(c: char) -> bool {
    c.width() == Some(2) && c.is_alphanumeric()
}

fn display_width(s: &str) -> usize {
    s.chars().map(|c| c.width().unwrap_or(0)).sum()
}

/// Line endings as `\n`, tabs as a space, no other control character.
fn clean(s: &str) -> String {
    s.replace("\r\n", "\n")
        .chars()
        .map(|c| match c {
            '\r' => '\n',
            '\t' => ' ',
            c => c,
        })
        .filter(|c| !c.is_control() || *c == '\n')
        .collect()
}

/// The wrapped line holding byte `at` (a caret at a wrap point belongs to the next line).
fn row_of(lines: &[Range<usize>], at: usize) -> usize {
    lines.iter().rposition(|r| r.start <= at).unwrap_or(0)
}

/// Byte ranges of the wrapped lines: paragraphs split at `\n`, then wrapped to `width`
/// display columns at spaces, a long word or CJK run broken where it must.
pub fn layout(text: &str, width: u16) -> Vec<Range<usize>> {
    let width = usize::from(width.max(2));
    let mut out = Vec::new();
    let mut para_start = 0;
    for para in text.split('\n') {
        let mut start = para_start;
        let mut w = 0;
        // the last place a line may end: just after a space
        let mut soft: Option<usize> = None;
        for (i, c) in para.char_indices() {
            let at = para_start + i;
            let cw = c.width().unwrap_or(0);
            if w + cw > width && at > start {
                let cut = soft.filter(|s| *s > start).unwrap_or(at);
                out.push(start..cut);
                start = cut;
                w = display_width(&text[start..at]);
                soft = None;
            }
            w += cw;
            if c == ' ' || cjk(c) {
                soft = Some(at + c.len_utf8());
            }
        }
        out.push(start..para_start + para.len());
        para_start += para.len() + 1;
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    fn typed(s: &str) -> Editor {
        let mut e = Editor::default();
        for c in s.chars() {
            e.type_char(c);
        }
        e
    }

    #[test]
    fn typing_and_undo_by_runs() {
        let mut e = typed("Dear Ms Li");
        e.type_char('\n');
        for c in "Price".chars() {
            e.type_char(c);
        }
        e.undo();
        assert_eq!(e.text(), "Dear Ms Li\n");
        e.undo();
        assert_eq!(e.text(), "Dear Ms Li");
        e.undo();
        assert_eq!(e.text(), "");
        e.undo();
        assert_eq!((e.text(), e.caret()), ("", 0));
    }

    #[test]
    fn paste_is_one_step_and_clean() {
        let mut e = typed("A ");
        e.paste("line one\r\nline\ttwo\u{1b}[31m");
        assert_eq!(e.text(), "A line one\nline two[31m");
        e.undo();
        assert_eq!(e.text(), "A ");
        e.paste(&"x".repeat(MAX_BYTES * 2));
        assert_eq!(e.text().len(), MAX_BYTES);
        e.type_char('y');
        assert_eq!(e.text().len(), MAX_BYTES);
    }

    #[test]
    fn caret_by_char_and_word_over_cjk() {
        let mut e = typed("USD 12,500 报价 ok");
        e.word_left();
        assert_eq!(&e.text()[e.caret()..], "ok");
        e.word_left();
        assert_eq!(&e.text()[e.caret()..], "价 ok");
        e.left();
        assert_eq!(&e.text()[e.caret()..], "报价 ok");
        e.word_left();
        assert_eq!(&e.text()[e.caret()..], "500 报价 ok");
        e.word_right();
        assert_eq!(&e.text()[e.caret()..], " 报价 ok");
        e.word_right();
        assert_eq!(&e.text()[e.caret()..], "价 ok");
        e.right();
        e.backspace();
        assert_eq!(e.text(), "USD 12,500 报 ok");
        e.delete();
        assert_eq!(e.text(), "USD 12,500 报ok");
        for _ in 0..50 {
            e.word_left();
        }
        assert_eq!(e.caret(), 0);
    }

    #[test]
    fn wraps_at_spaces_and_cjk_by_width() {
        let text = "We quote USD 12,500 FOB Ningbo.\n报价有效期至三月底";
        let e = Editor::new(text);
        assert_eq!(
            e.lines(12),
            [
                "We quote ",
                "USD 12,500 ",
                "FOB Ningbo.",
                "报价有效期至",
                "三月底"
            ]
        );
        assert_eq!(Editor::new("abcdefghij").lines(4), ["abcd", "efgh", "ij"]);
        assert_eq!(Editor::new("").lines(10), [""]);
    }

    #[test]
    fn home_end_and_lines_keep_the_column() {
        let mut e = Editor::new("We quote USD 12,500 FOB Ningbo.\n报价有效期至三月底");
        assert_eq!(e.caret_at(12), (4, 6));
        e.vertical(12, -1);
        assert_eq!(e.caret_at(12), (3, 6));
        e.vertical(12, -1);
        assert_eq!(&e.text()[e.caret()..], "ngbo.\n报价有效期至三月底");
        e.home(12);
        assert_eq!(e.caret_at(12), (2, 0));
        e.end(12);
        assert_eq!(e.caret_at(12), (2, 11));
        e.vertical(12, -99);
        assert_eq!(e.caret_at(12).0, 0);
        e.vertical(12, 99);
        assert_eq!(e.caret_at(12).0, 4);
    }
}
