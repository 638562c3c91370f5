//! A trade document drawn as a form: its title, then each field as a label column and a
//! value column, both wrapped by display width. In a document check each field carries a
//! mark box and the cursor.

use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::i18n::Catalog;
use crate::scenario::compile::{FieldRef, Scenario};
use crate::scenario::expr::Val;
use crate::tui::text::{clean, pad, wrap};
use crate::tui::theme::Theme;

/// Marking state for a document check.
#[derive(Debug, Clone, Copy)]
pub struct Marking<'a> {
    pub cursor: Option<FieldRef>,
    pub marks: &'a [FieldRef],
}

/// The lines of one document's fields at `width`, and where each field starts and ends.
pub struct DocLines {
    pub lines: Vec<Line<'static>>,
    /// (field, first line, line count)
    pub fields: Vec<(FieldRef, usize, usize)>,
}

/// How a document's fields are laid out at a width: label and value side by side, or
/// stacked when too narrow.
#[derive(Debug, Clone, Copy)]
struct Columns {
    stacked: bool,
    /// The width after the mark boxes.
    avail: usize,
    label_w: usize,
    value_w: usize,
}

impl Columns {
    fn fit(labels: &[String], width: usize, boxw: usize) -> Columns {
        let longest = labels
            .iter()
            .map(|l| crate::tui::text::width(l))
            .max()
            .unwrap_or(0);
        let avail = width.saturating_sub(boxw);
        // the label column takes what it needs up to a third of the width; narrow: stacked
        let stacked = avail < 24;
        // never split a label's word when half the width would hold it
        let longest_word = labels
            .iter()
            .flat_map(|l| l.split_whitespace())
            .map(crate::tui::text::width)
            .max()
            .unwrap_or(0);
        let label_w = if stacked {
            avail
        } else {
            longest
                .min(avail / 3)
                .max(longest_word.min(avail / 2))
                .max(1)
        };
        let value_w = if stacked {
            avail.saturating_sub(2)
        } else {
            avail.saturating_sub(label_w + 1)
        };
        Columns {
            stacked,
            avail,
            label_w,
            value_w,
        }
    }

    /// A field's wrapped label and value as (label, value) rows.
    fn rows(&self, label: &str, value: &str) -> Vec<(String, String)> {
        let ls = wrap(label, self.label_w.max(1) as u16);
        let vs = wrap(value, self.value_w.max(1) as u16);
        if self.stacked {
            ls.into_iter()
                .map(|l| (l, String::new()))
                .chain(vs.iter().map(|v| (String::new(), format!("  {v}"))))
                .collect()
        } else {
            (0..ls.len().max(vs.len()))
                .map(|k| {
                    (
                        ls.get(k).cloned().unwrap_or_default(),
                        vs.get(k).cloned().unwrap_or_default(),
                    )
                })
                .collect()
        }
    }
}

/// How one field is drawn: under the cursor, marked, in a check at all.
#[derive(Debug, Clone, Copy)]
struct FieldLook {
    checking: bool,
    marked: bool,
    base: Style,
    label: Style,
    value: Style,
}

impl FieldLook {
    fn of(theme: &Theme, marking: Option<Marking>, r: FieldRef) -> FieldLook {
        let (is_cursor, marked) = match marking {
            Some(m) => (m.cursor == Some(r), m.marks.contains(&r)),
            None => (false, false),
        };
        let base = if is_cursor {
            theme.selected()
        } else {
            Style::new()
        };
        let marked_style = base.patch(theme.marked());
        FieldLook {
            checking: marking.is_some(),
            marked,
            base,
            label: if is_cursor { base } else { theme.dim() },
            value: if marked { marked_style } else { base },
        }
    }

    /// Row `k` of a field: its mark box (first row only), then label and value.
    fn line(&self, cols: &Columns, k: usize, l: &str, v: &str) -> Line<'static> {
        let mut spans = Vec::new();
        if self.checking {
            let b = match (k, self.marked) {
                (0, true) => "[x] ",
                (0, false) => "[ ] ",
                _ => "    ",
            };
            spans.push(Span::styled(b, self.value));
        }
        if cols.stacked {
            if l.is_empty() {
                spans.push(Span::styled(pad(v, cols.avail), self.value));
            } else {
                spans.push(Span::styled(pad(l, cols.avail), self.label));
            }
        } else {
            spans.push(Span::styled(pad(l, cols.label_w), self.label));
            spans.push(Span::styled(" ", self.base));
            spans.push(Span::styled(pad(v, cols.value_w), self.value));
        }
        Line::from(spans)
    }
}

pub fn document_lines(
    cat: &Catalog,
    s: &Scenario,
    vars: &[Val],
    doc: usize,
    width: u16,
    theme: &Theme,
    marking: Option<Marking>,
) -> DocLines {
    let d = &s.file.documents[doc];
    let boxw = if marking.is_some() { 4 } else { 0 };
    // the variables as Fluent arguments once per document, not once per field
    let args = crate::scenario::text::args(cat, s, vars);
    let labels: Vec<String> = d
        .fields
        .iter()
        .map(|f| clean(&cat.text_with(&f.label, &args)))
        .collect();
    let cols = Columns::fit(&labels, usize::from(width.max(1)), boxw);
    let mut lines = Vec::new();
    let mut fields = Vec::new();
    for (fi, label) in labels.iter().enumerate() {
        let r = (doc, fi);
        let value = crate::scenario::text::field_text(cat, s, vars, &args, r);
        let look = FieldLook::of(theme, marking, r);
        let start = lines.len();
        for (k, (l, v)) in cols.rows(label, &value).into_iter().enumerate() {
            lines.push(look.line(&cols, k, &l, &v));
        }
        fields.push((r, start, lines.len() - start));
    }
    DocLines { lines, fields }
}
