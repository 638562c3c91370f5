//! Where things are in a RON file: a small, tolerant scan of the source into a tree of
//! spans, so that lint can point at `nodes[3].choices[1].goto` as file:line:col.
//!
//! The ron crate does the real parsing (and reports syntax and type errors with positions);
//! this scan runs only on text ron already accepted, and if it ever fails the diagnostics
//! fall back to the top of the file rather than failing.

pub mod de;

pub use crate::source::{line_col_in, line_starts, offset_of};

/// A byte range in the source; `inner_start` is where a string's content begins.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub struct Span {
    pub start: usize,
    pub end: usize,
    pub inner_start: usize,
}

/// A byte range of the source: names and string contents are kept as ranges, not copies.
type Range = (usize, usize);

#[derive(Debug, Clone)]
enum Shape {
    /// `Name(field: v, ...)` or `(field: v, ...)`
    Struct(Vec<(Range, Spanned)>),
    /// `Name(v, ...)` or `(v, ...)`
    Tuple(Vec<Spanned>),
    List(Vec<Spanned>),
    Map(Vec<(Spanned, Spanned)>),
    /// A string's content (raw, escapes as written), or another atom.
    Atom(Option<Range>),
}

#[derive(Debug, Clone)]
pub struct Spanned {
    span: Span,
    shape: Shape,
}

/// One step of a path into the tree.
#[derive(Debug, Clone, Copy)]
pub enum Seg<'a> {
    Field(&'a str),
    Index(usize),
    Key(&'a str),
}

#[derive(Debug, Clone)]
pub struct SourceMap {
    text: String,
    root: Option<Spanned>,
    /// Made on the first `line_col`: most maps only locate.
    line_starts: std::sync::OnceLock<Vec<usize>>,
    text_len: usize,
    /// The scan found every separator RON requires and nothing after the value, so the
    /// tree can stand in for ron's parse (see `de`).
    strict: bool,
}

impl SourceMap {
    pub fn new(text: &str) -> SourceMap {
        let mut scan = Scanner::new(text);
        let root = scan.document();
        SourceMap {
            text: text.to_string(),
            root,
            line_starts: std::sync::OnceLock::new(),
            text_len: text.len(),
            strict: !scan.sloppy,
        }
    }

    /// The span of the value at `path`, or of the deepest ancestor that exists.
    pub fn locate(&self, path: &[Seg]) -> Span {
        let Some(mut cur) = self.root.as_ref() else {
            return Span {
                start: 0,
                end: 0,
                inner_start: 0,
            };
        };
        for seg in path {
            match child(&self.text, cur, *seg) {
                Some(next) => cur = next,
                None => break,
            }
        }
        cur.span
    }

    /// Whether `path` exists exactly (not just an ancestor).
    pub fn has(&self, path: &[Seg]) -> bool {
        let Some(mut cur) = self.root.as_ref() else {
            return false;
        };
        for seg in path {
            match child(&self.text, cur, *seg) {
                Some(next) => cur = next,
                None => return false,
            }
        }
        true
    }

    /// 1-based line and column (in characters) of a byte offset.
    pub fn line_col(&self, text: &str, offset: usize) -> (usize, usize) {
        let starts = self.line_starts.get_or_init(|| line_starts(&self.text));
        line_col_in(starts, text, offset.min(self.text_len))
    }
}

/// A SourceMap made on first use (most files have nothing to report), or one the caller
/// already has.
pub struct LazyMap<'a> {
    text: &'a str,
    given: Option<&'a SourceMap>,
    built: std::cell::OnceCell<SourceMap>,
}

impl<'a> LazyMap<'a> {
    pub fn new(text: &'a str, given: Option<&'a SourceMap>) -> Self {
        LazyMap {
            text,
            given,
            built: std::cell::OnceCell::new(),
        }
    }
    pub fn get(&self) -> &SourceMap {
        match self.given {
            Some(m) => m,
            None => self.built.get_or_init(|| SourceMap::new(self.text)),
        }
    }
}

fn child<'a>(text: &str, node: &'a Spanned, seg: Seg) -> Option<&'a Spanned> {
    // `Decision((id: ...))`: a one-item tuple wrapping a struct is looked through.
    if let (Shape::Tuple(items), Seg::Field(_)) = (&node.shape, seg)
        && items.len() == 1
    {
        return child(text, &items[0], seg);
    }
    let slice = |(a, b): Range| text.get(a..b).unwrap_or("");
    match (&node.shape, seg) {
        (Shape::Struct(fields), Seg::Field(name)) => fields
            .iter()
            .find(|(n, _)| slice(*n).trim_start_matches("r#") == name)
            .map(|(_, v)| v),
        (Shape::List(items) | Shape::Tuple(items), Seg::Index(i)) => items.get(i),
        (Shape::Map(entries), Seg::Key(k)) => entries
            .iter()
            .find(|(key, _)| matches!(&key.shape, Shape::Atom(Some(r)) if slice(*r) == k))
            .map(|(_, v)| v),
        (Shape::Map(entries), Seg::Index(i)) => entries.get(i).map(|(k, _)| k),
        _ => None,
    }
}

struct Scanner<'a> {
    text: &'a str,
    bytes: &'a [u8],
    pos: usize,
    depth: usize,
    /// Something RON would not accept as written (a missing comma, text after the value),
    /// or an attribute that changes how it reads: the tree still locates, but only ron reads.
    sloppy: bool,
    /// Scratch stacks for the items of the containers being read: each container's items
    /// go to one exactly sized Vec when it closes, not to a Vec grown one push at a time.
    items: Vec<Spanned>,
    fields: Vec<(Range, Spanned)>,
    entries: Vec<(Spanned, Spanned)>,
}

impl<'a> Scanner<'a> {
    fn new(text: &'a str) -> Self {
        Scanner {
            text,
            bytes: text.as_bytes(),
            pos: 0,
            depth: 0,
            sloppy: false,
            items: Vec::new(),
            fields: Vec::new(),
            entries: Vec::new(),
        }
    }

    fn document(&mut self) -> Option<Spanned> {
        self.skip_trivia();
        // `#![enable(...)]` attributes
        while self.bytes.get(self.pos) == Some(&b'#') {
            self.sloppy = true;
            while self.pos < self.bytes.len() && self.bytes[self.pos] != b']' {
                self.pos += 1;
            }
            self.pos += 1;
            self.skip_trivia();
        }
        let v = self.value();
        self.skip_trivia();
        if self.pos < self.bytes.len() {
            self.sloppy = true;
        }
        v
    }

    /// After an item: a comma, or the closing bracket next.
    fn separator(&mut self, close: u8) {
        self.skip_trivia();
        match self.peek() {
            Some(b',') => self.pos += 1,
            Some(c) if c == close => {}
            _ => self.sloppy = true,
        }
    }

    fn skip_trivia(&mut self) {
        loop {
            while self.pos < self.bytes.len() && self.bytes[self.pos].is_ascii_whitespace() {
                self.pos += 1;
            }
            if self.rest().starts_with(b"//") {
                while self.pos < self.bytes.len() && self.bytes[self.pos] != b'\n' {
                    self.pos += 1;
                }
            } else if self.rest().starts_with(b"/*") {
                let mut nest = 0usize;
                while self.pos < self.bytes.len() {
                    if self.rest().starts_with(b"/*") {
                        nest += 1;
                        self.pos += 2;
                    } else if self.rest().starts_with(b"*/") {
                        nest -= 1;
                        self.pos += 2;
                        if nest == 0 {
                            break;
                        }
                    } else {
                        self.pos += 1;
                    }
                }
            } else {
                return;
            }
        }
    }

    fn rest(&self) -> &'a [u8] {
        self.bytes.get(self.pos..).unwrap_or(&[])
    }

    fn peek(&self) -> Option<u8> {
        self.bytes.get(self.pos).copied()
    }

    fn ident(&mut self) -> Option<&'a str> {
        let start = self.pos;
        // raw identifiers r#name
        if self.rest().starts_with(b"r#") && !self.rest().starts_with(b"r#\"") {
            self.pos += 2;
        }
        while let Some(b) = self.peek() {
            if b.is_ascii_alphanumeric() || b == b'_' {
                self.pos += 1;
            } else {
                break;
            }
        }
        (self.pos > start).then(|| &self.text[start..self.pos])
    }

    fn value(&mut self) -> Option<Spanned> {
        self.depth += 1;
        if self.depth > 256 {
            return None;
        }
        self.skip_trivia();
        let start = self.pos;
        let b = self.peek()?;
        let out = match b {
            b'"' => self.string(start),
            b'r' if matches!(self.bytes.get(self.pos + 1), Some(b'"') | Some(b'#'))
                && self.raw_string_ahead() =>
            {
                self.raw_string(start)
            }
            b'[' => {
                self.pos += 1;
                let items = self.items(b']')?;
                Some(self.spanned(start, Shape::List(items)))
            }
            b'{' => {
                self.pos += 1;
                let mark = self.entries.len();
                loop {
                    self.skip_trivia();
                    if self.peek()? == b'}' {
                        self.pos += 1;
                        break;
                    }
                    let k = self.value()?;
                    self.skip_trivia();
                    if self.peek()? != b':' {
                        return None;
                    }
                    self.pos += 1;
                    let v = self.value()?;
                    self.entries.push((k, v));
                    self.separator(b'}');
                }
                let entries = self.entries.drain(mark..).collect();
                Some(self.spanned(start, Shape::Map(entries)))
            }
            b'(' => self.parens(start),
            b'\'' => {
                self.pos += 1;
                while let Some(c) = self.peek() {
                    self.pos += 1;
                    if c == b'\\' {
                        self.pos += 1;
                    } else if c == b'\'' {
                        break;
                    }
                }
                Some(self.spanned(start, Shape::Atom(None)))
            }
            c if c.is_ascii_alphabetic() || c == b'_' => {
                self.ident()?;
                let end = self.pos;
                self.skip_trivia();
                if self.peek() == Some(b'(') {
                    self.sloppy |= self.pos != end;
                    let mut v = self.parens(self.pos)?;
                    v.span.start = start;
                    Some(v)
                } else {
                    Some(self.spanned(start, Shape::Atom(None)))
                }
            }
            _ => {
                // numbers and anything else atomic
                while let Some(c) = self.peek() {
                    if c.is_ascii_alphanumeric() || matches!(c, b'.' | b'-' | b'+' | b'_') {
                        self.pos += 1;
                    } else {
                        break;
                    }
                }
                if self.pos == start {
                    return None;
                }
                Some(self.spanned(start, Shape::Atom(None)))
            }
        };
        self.depth -= 1;
        out
    }

    fn spanned(&self, start: usize, shape: Shape) -> Spanned {
        Spanned {
            span: Span {
                start,
                end: self.pos,
                inner_start: start,
            },
            shape,
        }
    }

    fn raw_string_ahead(&self) -> bool {
        let mut p = self.pos + 1;
        while self.bytes.get(p) == Some(&b'#') {
            p += 1;
        }
        self.bytes.get(p) == Some(&b'"')
    }

    fn string(&mut self, start: usize) -> Option<Spanned> {
        self.pos += 1;
        let inner_start = self.pos;
        loop {
            match *self.bytes.get(self.pos)? {
                b'"' => break,
                b'\\' => self.pos += 2,
                _ => self.pos += 1,
            }
        }
        let inner_end = self.pos;
        self.pos += 1;
        Some(Spanned {
            span: Span {
                start,
                end: self.pos,
                inner_start,
            },
            shape: Shape::Atom(Some((inner_start, inner_end))),
        })
    }

    fn raw_string(&mut self, start: usize) -> Option<Spanned> {
        self.pos += 1;
        let mut hashes = 0;
        while self.peek() == Some(b'#') {
            hashes += 1;
            self.pos += 1;
        }
        self.pos += 1; // the quote
        let inner_start = self.pos;
        let closing: String = std::iter::once('"')
            .chain(std::iter::repeat_n('#', hashes))
            .collect();
        let rel = self.text.get(self.pos..)?.find(&closing)?;
        let content = (self.pos, self.pos + rel);
        self.pos += rel + closing.len();
        Some(Spanned {
            span: Span {
                start,
                end: self.pos,
                inner_start,
            },
            shape: Shape::Atom(Some(content)),
        })
    }

    /// `( ... )`: a struct if the first item is `ident :`, else a tuple.
    fn parens(&mut self, start: usize) -> Option<Spanned> {
        self.pos += 1;
        self.skip_trivia();
        let save = self.pos;
        let is_struct = {
            let id = self.ident();
            self.skip_trivia();
            let colon = self.peek() == Some(b':') && self.bytes.get(self.pos + 1) != Some(&b':');
            id.is_some() && colon
        };
        self.pos = save;
        if is_struct {
            let mark = self.fields.len();
            loop {
                self.skip_trivia();
                if self.peek()? == b')' {
                    self.pos += 1;
                    break;
                }
                let name_start = self.pos;
                self.ident()?;
                let name = (name_start, self.pos);
                self.skip_trivia();
                if self.peek()? != b':' {
                    return None;
                }
                self.pos += 1;
                let v = self.value()?;
                self.fields.push((name, v));
                self.separator(b')');
            }
            let fields = self.fields.drain(mark..).collect();
            Some(self.spanned(start, Shape::Struct(fields)))
        } else {
            let items = self.items(b')')?;
            Some(self.spanned(start, Shape::Tuple(items)))
        }
    }

    /// Comma-separated values up to and past `close`.
    fn items(&mut self, close: u8) -> Option<Vec<Spanned>> {
        // (a value that fails ends the whole scan, so nothing is left to clean up)
        let mark = self.items.len();
        loop {
            self.skip_trivia();
            if self.peek()? == close {
                self.pos += 1;
                return Some(self.items.drain(mark..).collect());
            }
            let v = self.value()?;
            self.items.push(v);
            self.separator(close);
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn locates_nested_fields_and_strings() {
        let text = "// c\nScenario(\n  id: \"x\",\n  nodes: [\n    Decision(id: \"a\", choices: [(goto: \"b\")]),\n  ],\n  vars: {\"cash\": Money(initial: 5)},\n)";
        let map = SourceMap::new(text);
        let s = map.locate(&[
            Seg::Field("nodes"),
            Seg::Index(0),
            Seg::Field("choices"),
            Seg::Index(0),
            Seg::Field("goto"),
        ]);
        assert_eq!(&text[s.start..s.end], "\"b\"");
        assert_eq!(map.line_col(text, s.start), (5, 40));
        let k = map.locate(&[Seg::Field("vars"), Seg::Key("cash")]);
        assert_eq!(&text[k.start..k.end], "Money(initial: 5)");
    }

    #[test]
    fn columns_count_characters_not_bytes() {
        let text = "(a: \"中文\", b: 1)";
        let map = SourceMap::new(text);
        let s = map.locate(&[Seg::Field("b")]);
        assert_eq!(map.line_col(text, s.start), (1, 14));
        assert_eq!(offset_of(text, 1, 14), s.start);
    }

    #[test]
    fn garbage_never_panics() {
        for t in ["", "(", "\"", "r#\"", "(a: [1, {", "/* ", "Foo(a: 'x"] {
            let m = SourceMap::new(t);
            let _ = m.locate(&[Seg::Field("a"), Seg::Index(3)]);
        }
    }
}
