//! An editable trade form: each field as label, entry box and, under it, what is wrong
//! with the entry; a submit button last. List fields show their options in a row.

use ratatui::text::{Line, Span};

use crate::i18n::Catalog;
use crate::scenario::compile::Scenario;
use crate::scenario::expr::Val;
use crate::scenario::model::{Form, Input};
use crate::scenario::text::ScenarioText;
use crate::tui::app::FormState;
use crate::tui::text::{clean, fit, hanging};
use crate::tui::theme::Theme;

/// The form's lines at `width`, and the first line of each field (the button last).
pub fn form_lines(
    cat: &Catalog,
    s: &Scenario,
    vars: &[Val],
    form: &Form,
    st: &FormState,
    width: u16,
    theme: &Theme,
) -> (Vec<Line<'static>>, Vec<usize>) {
    let w = usize::from(width.max(1));
    let mut lines = Vec::new();
    let mut starts = Vec::new();
    for (i, f) in form.fields.iter().enumerate() {
        starts.push(lines.len());
        let focused = st.focus == i;
        let label = cat.scenario_text(&f.label, s, vars);
        let lead = if focused { "› " } else { "  " };
        let label_style = if focused {
            theme.heading()
        } else {
            theme.plain()
        };
        lines.extend(hanging(lead, &label, width, theme.key(), label_style));
        let entry = st.entries.get(i).map(|e| clean(e)).unwrap_or_default();
        match &f.input {
            Input::Select(opts) => {
                let mut spans = vec![Span::raw("  ")];
                let mut used = 2;
                for o in opts {
                    let chosen = o.eq_ignore_ascii_case(&entry);
                    let text = if chosen {
                        format!("[{o}]")
                    } else {
                        format!(" {o} ")
                    };
                    let tw = crate::tui::text::width(&text) + 1;
                    if used + tw > w {
                        spans.push(Span::raw("…"));
                        break;
                    }
                    used += tw;
                    let style = match (chosen, focused) {
                        (true, true) => theme.selected(),
                        (true, false) => theme.heading(),
                        _ => theme.dim(),
                    };
                    spans.push(Span::styled(text, style));
                    spans.push(Span::raw(" "));
                }
                lines.push(Line::from(spans));
            }
            _ => {
                let boxw = w.saturating_sub(4).max(1);
                let shown = if focused {
                    format!("{entry}▏")
                } else {
                    entry.clone()
                };
                // keep the end of a long entry in view, where the typing happens
                let mut tail: String = shown.clone();
                while crate::tui::text::width(&tail) > boxw {
                    tail.remove(0);
                }
                let padded = crate::tui::text::pad(&tail, boxw);
                let style = if focused {
                    theme.selected()
                } else {
                    theme.input()
                };
                lines.push(Line::from(vec![
                    Span::raw("  "),
                    Span::styled(padded, style),
                ]));
            }
        }
        if let Some(problem) = st.problems.get(i).copied().flatten() {
            let msg = cat.text(problem.message_id());
            lines.extend(hanging("  ! ", &msg, width, theme.bad(), theme.bad()));
        }
    }
    starts.push(lines.len());
    let submit = format!(
        "[ {} ]",
        fit(&cat.text("ui-form-submit"), w.saturating_sub(6))
    );
    let style = if st.focus == form.fields.len() {
        theme.selected()
    } else {
        theme.heading()
    };
    lines.push(Line::from(vec![
        Span::raw("  "),
        Span::styled(submit, style),
    ]));
    (lines, starts)
}
