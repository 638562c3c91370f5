//! A trade document drawn as a form: its title, then each field as a label column and a
//! value column, both wrapped by display width. In a document check each field carries a
//! mark box and the cursor.

use fluent_bundle::FluentArgs;
use ratatui::style::Style;
use ratatui::text::{Line, Span};

use crate::i18n::Catalog;
use crate::scenario::compile::{FieldRef, Scenario};
use crate::scenario::expr::Val;
use crate::scenario::model::FieldValue;
use crate::scenario::text::ScenarioText;
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

pub fn field_value(
    cat: &Catalog,
    s: &Scenario,
    vars: &[Val],
    args: &FluentArgs,
    v: &FieldValue,
) -> String {
    match v {
        FieldValue::Text(m) => cat.text_with(m, args),
        FieldValue::Literal(l) => l.clone(),
        FieldValue::Var(name) => s
            .var_index(name)
            .map(|i| cat.var_value(s, vars, i))
            .unwrap_or_default(),
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
    let width = usize::from(width.max(1));
    let boxw = if marking.is_some() { 4 } else { 0 };
    // the variables as Fluent arguments once per document, not once per field
    let args = crate::scenario::text::args(s, vars);
    let labels: Vec<String> = d
        .fields
        .iter()
        .map(|f| clean(&cat.text_with(&f.label, &args)))
        .collect();
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
    let mut lines = Vec::new();
    let mut fields = Vec::new();
    for (fi, f) in d.fields.iter().enumerate() {
        let r = (doc, fi);
        let value = field_value(cat, s, vars, &args, &f.value);
        let ls = wrap(&labels[fi], label_w.max(1) as u16);
        let vs = wrap(&value, value_w.max(1) as u16);
        let (is_cursor, is_marked) = match marking {
            Some(m) => (m.cursor == Some(r), m.marks.contains(&r)),
            None => (false, false),
        };
        let base = if is_cursor {
            theme.selected()
        } else {
            Style::new()
        };
        let label_style = if is_cursor { base } else { theme.dim() };
        let value_style = if is_marked {
            base.patch(theme.marked())
        } else {
            base
        };
        let start = lines.len();
        let rows: Vec<(String, String)> = if stacked {
            ls.iter()
                .map(|l| (l.clone(), String::new()))
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
        };
        for (k, (l, v)) in rows.into_iter().enumerate() {
            let mut spans = Vec::new();
            if marking.is_some() {
                let b = match (k, is_marked) {
                    (0, true) => "[x] ",
                    (0, false) => "[ ] ",
                    _ => "    ",
                };
                spans.push(Span::styled(
                    b,
                    if is_marked {
                        base.patch(theme.marked())
                    } else {
                        base
                    },
                ));
            }
            if stacked {
                if l.is_empty() {
                    spans.push(Span::styled(pad(&v, avail), value_style));
                } else {
                    spans.push(Span::styled(pad(&l, avail), label_style));
                }
            } else {
                spans.push(Span::styled(pad(&l, label_w), label_style));
                spans.push(Span::styled(" ", base));
                spans.push(Span::styled(pad(&v, value_w), value_style));
            }
            lines.push(Line::from(spans));
        }
        fields.push((r, start, lines.len() - start));
    }
    DocLines { lines, fields }
}
