//! The play screen: the situation (events, speaker, text), what the player does here
//! (choices, a form, or marking documents), the documents on view, and the status bar.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Hit, block, follow, lines_at};
use crate::debrief::explain;
use crate::engine::Entry;
use crate::scenario::compile::FieldRef;
use crate::scenario::model::Node;
use crate::scenario::rubric::Compose;
use crate::scenario::text::ScenarioText;
use crate::tui::app::{App, Play, Stage, WIDE};
use crate::tui::text::{fit_words, hanging, lines, width};
use crate::tui::widgets::bar::status_line;
use crate::tui::widgets::document::{DocLines, Marking, document_lines};
use crate::tui::widgets::form::form_lines;
use crate::tui::widgets::reply::reply_lines;

/// The editor's least height, borders included.
const EDITOR_MIN: u16 = 7;

struct Areas {
    narrative: Rect,
    /// Choices or the form; empty on a document check.
    action: Rect,
    docs: Option<Rect>,
    status: Rect,
    story: Vec<Line<'static>>,
    /// The action pane's lines, the first line of each item, the focused item's line.
    act: (Vec<Line<'static>>, Vec<usize>, usize),
}

fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x + 1,
        y: r.y + 1,
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

/// The lines of the action pane and the first line of each item (choice, field).
fn action_lines(app: &App, p: &Play, width: u16) -> (Vec<Line<'static>>, Vec<usize>, usize) {
    let t = &app.theme;
    let vars = &p.attempt.state.vars;
    match p.node() {
        Node::Decision(d) => {
            let mut out = Vec::new();
            let mut starts = Vec::new();
            for (pos, &i) in p.shown_choices().iter().enumerate() {
                starts.push(out.len());
                let text = p.cat.scenario_text(&d.choices[i].text, &p.scenario, vars);
                let selected = pos == p.cursor;
                let lead = format!("{}{}. ", if selected { "›" } else { " " }, pos + 1);
                let style = if selected { t.selected() } else { t.plain() };
                let mut ls = hanging(
                    &lead,
                    &text,
                    width,
                    if selected { style } else { t.key() },
                    style,
                );
                if selected {
                    // the highlight runs to the edge, so a wrapped choice reads as one
                    for l in &mut ls {
                        let w = l.width();
                        l.spans.push(Span::styled(
                            " ".repeat(usize::from(width).saturating_sub(w)),
                            style,
                        ));
                    }
                }
                out.extend(ls);
            }
            let focus = starts.get(p.cursor).copied().unwrap_or(0);
            (out, starts, focus)
        }
        Node::Form(f) => {
            let (out, starts) = form_lines(&p.cat, &p.scenario, vars, f, &p.form, width, t);
            let focus = starts.get(p.form.focus).copied().unwrap_or(0);
            (out, starts, focus)
        }
        Node::Compose(_) => {
            let lines = reply_lines(p.editor.text(), width, &[], t.plain());
            (lines, Vec::new(), p.editor.caret_at(width).0)
        }
        _ => (Vec::new(), Vec::new(), 0),
    }
}

fn narrative_lines(app: &App, p: &Play, width: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let st = &p.attempt.state;
    let text = |id: &str| p.cat.scenario_text(id, &p.scenario, &st.vars);
    let mut out = Vec::new();
    for e in st.log.get(p.since..).unwrap_or(&[]) {
        if matches!(e.entry, Entry::Drew { .. }) {
            let x = explain(&p.cat, &p.scenario, st, e);
            out.extend(hanging("◆ ", &x.action, width, t.event(), t.event()));
            out.push(Line::default());
        }
    }
    if let Some(s) = p.node().speaker() {
        out.extend(lines(&text(s), width, t.speaker()));
    }
    if let Some(b) = p.node().text() {
        out.extend(lines(&text(b), width, t.plain()));
    }
    match p.stage() {
        Stage::Check => {
            out.push(Line::default());
            out.extend(lines(&p.cat.text("ui-mark-fields"), width, t.heading()));
        }
        Stage::Stuck => out.extend(lines(&p.cat.text("ui-stuck"), width, t.bad())),
        Stage::Compose => {
            if let Some(c) = p.compose() {
                out.push(Line::default());
                out.extend(lines(&task_line(p, c), width, t.heading()));
            }
        }
        _ => {}
    }
    out
}

/// What the answer must be: its language and its length, e.g. `Write in English, 80-150 words.`
fn task_line(p: &Play, c: &Compose) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("lang", c.language.clone());
    args.set("min", c.words.min);
    args.set("max", c.words.max);
    p.cat.text_with("ui-compose-task", &args)
}

/// The editor's word count against the range, and whether it is outside it.
fn word_count_label(p: &Play, c: &Compose) -> (String, bool) {
    let n = p.draft_words();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", n);
    args.set("min", c.words.min);
    args.set("max", c.words.max);
    let mut label = p.cat.text_with("ui-compose-words", &args);
    let out = p.draft_out_of_range();
    if out {
        let why = if n < c.words.min as usize {
            "ui-compose-too-short"
        } else {
            "ui-compose-too-long"
        };
        label = format!("{label} ▲ {}", p.cat.text(why));
    }
    (label, out)
}

/// How many of the player's marks are on these documents.
fn marks_on(p: &Play, docs: &[usize]) -> usize {
    p.check
        .marks
        .iter()
        .filter(|(doc, _)| docs.contains(doc))
        .count()
}

fn marked_count(p: &Play, count: usize) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", count);
    p.cat.text_with("ui-marked-count", &args)
}

fn areas(app: &App, p: &Play, body: Rect) -> Areas {
    let status = Rect {
        y: body.bottom().saturating_sub(1),
        height: 1.min(body.height),
        ..body
    };
    let main = Rect {
        height: body.height.saturating_sub(1),
        ..body
    };
    let has_docs = !p.documents().is_empty();
    let check = p.stage() == Stage::Check;
    let wide = main.width >= WIDE;
    let col_w = match (has_docs, wide) {
        (true, true) if check => main.width * 35 / 100,
        (true, true) => main.width / 2,
        _ => main.width,
    };
    // the texts are laid out once per frame, at the width they will be drawn
    let story = narrative_lines(app, p, col_w.saturating_sub(2));
    let act = if check {
        (Vec::new(), Vec::new(), 0)
    } else {
        action_lines(app, p, col_w.saturating_sub(2))
    };
    let story_need = story.len() as u16 + 2;
    let (col, docs) = match (has_docs, wide) {
        (false, _) => (main, None),
        (true, true) => (
            Rect {
                width: col_w,
                ..main
            },
            Some(Rect {
                x: main.x + col_w,
                width: main.width - col_w,
                ..main
            }),
        ),
        (true, false) => {
            let top = match p.stage() {
                Stage::Check => story_need.min(main.height / 3).max(3.min(main.height)),
                Stage::Form | Stage::Compose => main.height * 65 / 100,
                _ => main.height * 55 / 100,
            };
            (
                Rect {
                    height: top,
                    ..main
                },
                Some(Rect {
                    y: main.y + top,
                    height: main.height - top,
                    ..main
                }),
            )
        }
    };
    if check {
        return Areas {
            narrative: col,
            action: Rect { height: 0, ..col },
            docs,
            status,
            story,
            act,
        };
    }
    // the action gets what it needs once the situation has a fair share; the editor
    // keeps room to write in however short the draft
    let action_need = match p.stage() {
        Stage::Compose => (act.0.len() as u16 + 2).max(EDITOR_MIN),
        _ => act.0.len() as u16 + 2,
    };
    let story_min = story_need.min((col.height * 35 / 100).max(4));
    let nh = story_need
        .min(col.height.saturating_sub(action_need))
        .max(story_min)
        .min(col.height);
    let ah = col.height - nh;
    Areas {
        narrative: Rect { height: nh, ..col },
        action: Rect {
            y: col.y + nh,
            height: ah,
            ..col
        },
        docs,
        status,
        story,
        act,
    }
}

/// One drawn column of the document pane.
struct DocColumn {
    area: Rect,
    title: String,
    /// The marks on the documents this column shows (not on the others).
    marks: usize,
    doc: DocLines,
    first: usize,
}

fn docs_view(app: &App, p: &Play, area: Rect) -> Vec<DocColumn> {
    let st = &p.attempt.state;
    let docs: Vec<usize> = p
        .documents()
        .iter()
        .filter_map(|d| p.scenario.doc_index.get(d).copied())
        .collect();
    let check = p.stage() == Stage::Check;
    let cursor: Option<FieldRef> = p.markable().get(p.check.cursor).copied().filter(|_| check);
    let marking = check.then_some(Marking {
        cursor,
        marks: &p.check.marks,
    });
    let lines_of = |doc: usize, w: u16| {
        document_lines(&p.cat, &p.scenario, &st.vars, doc, w, &app.theme, marking)
    };
    let title_of = |doc: usize| {
        p.cat
            .scenario_text(&p.scenario.file.documents[doc].title, &p.scenario, &st.vars)
    };
    let first_of = |doc: &DocLines, h: u16| {
        let total = doc.lines.len();
        let at_cursor = cursor
            .and_then(|c| doc.fields.iter().find(|f| f.0 == c))
            .map(|f| follow(f.1, h, total));
        match (check, at_cursor) {
            (true, Some(f)) => f,
            (true, None) => 0,
            (false, _) => usize::from(p.doc_scroll).min(total.saturating_sub(usize::from(h))),
        }
    };
    let n = docs.len() as u16;
    if (2..=3).contains(&n) && area.width >= n * 30 {
        let cw = area.width / n;
        return docs
            .iter()
            .enumerate()
            .map(|(k, &d)| {
                let x = area.x + cw * k as u16;
                let w = if k as u16 == n - 1 {
                    area.right() - x
                } else {
                    cw
                };
                let a = Rect {
                    x,
                    width: w,
                    ..area
                };
                let doc = lines_of(d, inner(a).width);
                let first = first_of(&doc, inner(a).height);
                DocColumn {
                    area: a,
                    title: title_of(d),
                    marks: marks_on(p, &[d]),
                    doc,
                    first,
                }
            })
            .collect();
    }
    // one column: the documents one under the other, each under its own heading
    let w = inner(area).width;
    let mut all = DocLines {
        lines: Vec::new(),
        fields: Vec::new(),
    };
    for (k, &d) in docs.iter().enumerate() {
        if docs.len() > 1 {
            if k > 0 {
                all.lines.push(Line::default());
            }
            all.lines
                .extend(lines(&format!("▌{}", title_of(d)), w, app.theme.heading()));
        }
        let dl = lines_of(d, w);
        let off = all.lines.len();
        all.fields
            .extend(dl.fields.into_iter().map(|(r, s, l)| (r, s + off, l)));
        all.lines.extend(dl.lines);
    }
    let title = if docs.len() == 1 {
        title_of(docs[0])
    } else {
        p.cat.text("ui-documents-on-view")
    };
    let first = first_of(&all, inner(area).height);
    vec![DocColumn {
        area,
        title,
        marks: marks_on(p, &docs),
        doc: all,
        first,
    }]
}

pub fn render(app: &App, p: &Play, body: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let a = areas(app, p, body);
    let stage = p.stage();
    // the situation
    let title = match p.node() {
        Node::Check(_) => p.cat.text("ui-check-title"),
        _ => p.cat.text("ui-narrative"),
    };
    block(
        &title,
        a.narrative.width,
        stage == Stage::Check && a.docs.is_none(),
        t,
    )
    .render(a.narrative, buf);
    let ni = inner(a.narrative);
    lines_at(a.story, 0, ni, buf);
    // what to do
    if a.action.height > 0 && stage == Stage::Compose {
        editor_pane(app, p, a.action, a.act.0, buf);
    } else if a.action.height > 0 {
        let title = match stage {
            Stage::Form => p.cat.text("ui-form-fields"),
            _ => p.cat.text("ui-choices"),
        };
        block(&title, a.action.width, true, t).render(a.action, buf);
        let ai = inner(a.action);
        let (lines, _, focus) = a.act;
        let total = lines.len();
        lines_at(lines, follow(focus, ai.height, total), ai, buf);
    }
    // the documents
    if let Some(d) = a.docs {
        for col in docs_view(app, p, d) {
            let ci = inner(col.area);
            let more = col.first + usize::from(ci.height) < col.doc.lines.len();
            let title = if stage == Stage::Check {
                // the count is what the player checks: the title gives way, never the count
                let count = format!(" · {}", marked_count(p, col.marks));
                let room =
                    usize::from(col.area.width.saturating_sub(4)).saturating_sub(width(&count));
                format!("{}{count}", fit_words(&col.title, room))
            } else {
                col.title.clone()
            };
            let mut b = block(&title, col.area.width, stage == Stage::Check, t);
            if more {
                b = b.title_bottom(Line::from(Span::styled(" ▼ PgDn ", t.dim())).right_aligned());
            }
            b.render(col.area, buf);
            lines_at(col.doc.lines, col.first, ci, buf);
        }
    }
    let st = &p.attempt.state;
    let status = status_line(
        &p.cat,
        &p.scenario,
        &st.vars,
        t,
        usize::from(a.status.width),
    );
    buf.set_line(a.status.x, a.status.y, &status, a.status.width);
}

/// The first editor line shown: the caret's line stays in view, at the bottom once the
/// draft is longer than the pane.
fn editor_first(caret_row: usize, height: u16) -> usize {
    (caret_row + 1).saturating_sub(usize::from(height.max(1)))
}

/// The draft, its caret (reversed, so it shows without a terminal cursor too) and, on the
/// bottom border, the word count against the range (marked when outside: never blocking).
fn editor_pane(app: &App, p: &Play, area: Rect, lines: Vec<Line<'static>>, buf: &mut Buffer) {
    let t = &app.theme;
    let Some(c) = p.compose() else { return };
    let (label, out) = word_count_label(p, c);
    let style = if out { t.bad() } else { t.good() };
    block(&p.cat.text("ui-compose-title"), area.width, true, t)
        .title_bottom(Line::from(Span::styled(format!(" {label} "), style)).right_aligned())
        .render(area, buf);
    let ei = inner(area);
    let (row, col) = p.editor.caret_at(ei.width);
    let first = editor_first(row, ei.height);
    if p.editor.text().is_empty() {
        lines_at(lines_of_placeholder(p, ei.width, t), 0, ei, buf);
    } else {
        lines_at(lines, first, ei, buf);
    }
    if let Some((x, y)) = caret_cell(ei, row, col, first)
        && let Some(cell) = buf.cell_mut((x, y))
    {
        cell.set_style(t.selected());
    }
}

fn lines_of_placeholder(p: &Play, w: u16, t: &crate::tui::theme::Theme) -> Vec<Line<'static>> {
    lines(&p.cat.text("ui-compose-placeholder"), w, t.dim())
}

/// The screen cell of the caret in the editor's inner area, if it shows.
fn caret_cell(ei: Rect, row: usize, col: usize, first: usize) -> Option<(u16, u16)> {
    let y = ei.y + u16::try_from(row.checked_sub(first)?).ok()?;
    // a caret after a full line's last column sits on the border's inside edge
    let x = ei.x + u16::try_from(col).ok()?.min(ei.width.saturating_sub(1));
    (y < ei.bottom()).then_some((x, y))
}

/// Where the terminal's own cursor goes on a Compose screen: at the caret, so an input
/// method opens its candidate window there.
pub fn caret(app: &App, p: &Play, body: Rect) -> Option<(u16, u16)> {
    if p.stage() != Stage::Compose {
        return None;
    }
    let a = areas(app, p, body);
    let ei = inner(a.action);
    if a.action.height == 0 || ei.height == 0 {
        return None;
    }
    let (row, col) = p.editor.caret_at(ei.width);
    caret_cell(ei, row, col, editor_first(row, ei.height))
}

pub fn hit(app: &App, p: &Play, body: Rect, col: u16, row: u16) -> Option<Hit> {
    let a = areas(app, p, body);
    let inside = |r: Rect| col >= r.x && col < r.right() && row >= r.y && row < r.bottom();
    match p.stage() {
        Stage::Decision | Stage::Form => {
            let ai = inner(a.action);
            if !inside(ai) {
                return None;
            }
            let (lines, starts, focus) = a.act;
            let line = follow(focus, ai.height, lines.len()) + usize::from(row - ai.y);
            // the item whose lines hold `line`; past the last item's start counts for it
            let k = starts.iter().rposition(|&s| s <= line)?;
            if line >= lines.len() {
                return None;
            }
            Some(if p.stage() == Stage::Decision {
                Hit::Choice(k)
            } else {
                Hit::FormField(k)
            })
        }
        Stage::Check => {
            let d = a.docs?;
            for c in docs_view(app, p, d) {
                let ci = inner(c.area);
                if inside(ci) {
                    let line = c.first + usize::from(row - ci.y);
                    let f = c
                        .doc
                        .fields
                        .iter()
                        .find(|f| line >= f.1 && line < f.1 + f.2)?;
                    return p
                        .markable()
                        .iter()
                        .position(|r| *r == f.0)
                        .map(Hit::CheckField);
                }
            }
            None
        }
        _ => None,
    }
}
