//! The menu: scenarios grouped by domain, with level and time; the selected one described.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::{Hit, block, follow, lines_at};
use crate::debrief::competency_label;
use crate::scenario::model::{Node, ScenarioFile};
use crate::tui::app::{App, MenuRow};
use crate::tui::text::{fit, lines, pad, width};

struct Areas {
    list: Rect,
    details: Rect,
}

fn areas(body: Rect) -> Areas {
    if body.width >= 100 {
        let lw = body.width * 55 / 100;
        Areas {
            list: Rect { width: lw, ..body },
            details: Rect {
                x: body.x + lw,
                width: body.width - lw,
                ..body
            },
        }
    } else {
        let dh = (body.height / 2).min(9);
        Areas {
            list: Rect {
                height: body.height - dh,
                ..body
            },
            details: Rect {
                y: body.y + body.height - dh,
                height: dh,
                ..body
            },
        }
    }
}

fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x + 1,
        y: r.y + 1,
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

fn minutes(app: &App, m: u32) -> String {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("minutes", m);
    app.ui.text_with("ui-minutes", &args)
}

/// The list rows, the first one shown, and the inner area.
fn list_view(app: &App, list: Rect) -> (Vec<MenuRow>, usize, Rect) {
    let rows = app.menu.rows();
    let inner = inner(list);
    let at = rows
        .iter()
        .position(|r| *r == MenuRow::Summary(app.menu.cursor))
        .unwrap_or(0);
    let first = follow(at, inner.height, rows.len());
    (rows, first, inner)
}

pub fn render(app: &App, body: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let a = areas(body);
    block(&app.ui.text("ui-menu-title"), a.list.width, true, t).render(a.list, buf);
    let (rows, first, inner) = list_view(app, a.list);
    let w = usize::from(inner.width);
    let mut out = Vec::new();
    for row in &rows {
        out.push(match *row {
            MenuRow::Group(g) => Line::from(Span::styled(
                fit(&app.ui.text(&g.message()), w),
                t.heading(),
            )),
            MenuRow::Summary(i) => {
                let style = if i == app.menu.cursor {
                    t.plain()
                } else {
                    t.dim()
                };
                let summary = fit(&app.menu.entries[i].summary, w.saturating_sub(4));
                Line::from(Span::styled(format!("    {summary}"), style))
            }
            MenuRow::Entry(i) => {
                let e = &app.menu.entries[i];
                let right = match &e.meta {
                    Ok(m) => format!(
                        "{}  {}",
                        app.ui
                            .text(&format!("ui-difficulty-{}", m.difficulty.key())),
                        minutes(app, m.minutes)
                    ),
                    Err(_) => app.ui.text("ui-menu-broken"),
                };
                let right = fit(&right, w / 2);
                let saved = if app.saves.contains_key(&e.files.id) {
                    "• "
                } else {
                    ""
                };
                let left_w = w.saturating_sub(width(&right) + 3);
                let left = pad(&fit(&format!("{saved}{}", e.title), left_w), left_w);
                let selected = i == app.menu.cursor;
                let style = if selected { t.selected() } else { t.plain() };
                let lead = if selected { "› " } else { "  " };
                Line::from(vec![
                    Span::styled(format!("{lead}{left} "), style),
                    Span::styled(right, if selected { style } else { t.dim() }),
                ])
            }
        });
    }
    lines_at(out, first, inner, buf);
    details(app, a.details, buf);
}

fn details(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    block(&app.ui.text("ui-menu-details"), area.width, false, t).render(area, buf);
    let inner = inner(area);
    let Some(e) = app.menu.selected() else {
        lines_at(
            lines(&app.ui.text("ui-menu-empty"), inner.width, t.dim()),
            0,
            inner,
            buf,
        );
        return;
    };
    let w = inner.width;
    let mut out = lines(&e.title, w, t.heading());
    match &e.meta {
        Ok(m) => {
            let domains: Vec<String> = m
                .domains
                .iter()
                .map(|d| app.ui.text(&format!("ui-domain-{}", d.key())))
                .collect();
            let facts = format!(
                "{} · {} · {}",
                domains.join(&app.ui.text("ui-list-separator")),
                app.ui
                    .text(&format!("ui-difficulty-{}", m.difficulty.key())),
                minutes(app, m.minutes)
            );
            out.extend(lines(&facts, w, t.dim()));
            out.push(Line::default());
            out.extend(lines(&e.summary, w, t.plain()));
            out.push(Line::default());
            out.extend(lines(&assesses(app, m), w, t.dim()));
            if let Some(s) = app.saves.get(&e.files.id) {
                let mut args = fluent_bundle::FluentArgs::new();
                args.set("step", s.actions.len());
                out.extend(lines(&app.ui.text_with("ui-menu-saved", &args), w, t.key()));
            }
            if e.shadows {
                out.extend(lines(&app.ui.text("ui-shadows"), w, t.dim()));
            }
        }
        // `localize` put the located problem in the summary
        Err(_) => out.extend(lines(&e.summary, w, t.bad())),
    }
    lines_at(out, 0, inner, buf);
}

/// What the scenario assesses, as the teacher weighted it: each competency's share of the
/// total, the pass mark, and whether a written answer is part of it.
fn assesses(app: &App, m: &ScenarioFile) -> String {
    let all: u32 = m.competencies.values().map(|c| c.weight).sum();
    let comps: Vec<String> = m
        .competencies
        .iter()
        .map(|(name, c)| {
            let share = (f64::from(c.weight) * 100.0 / f64::from(all.max(1))).round();
            format!("{} {share}%", competency_label(&app.ui, name))
        })
        .collect();
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("mark", m.pass_mark);
    let pass = app.ui.text_with("ui-pass-mark", &args);
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("list", comps.join(&app.ui.text("ui-list-separator")));
    let mut text = format!("{} · {pass}", app.ui.text_with("ui-menu-assesses", &args));
    if m.nodes.iter().any(|n| matches!(n, Node::Compose(_))) {
        text.push_str(" · ");
        text.push_str(&app.ui.text("ui-menu-written"));
    }
    text
}

pub fn hit(app: &App, body: Rect, col: u16, row: u16) -> Option<Hit> {
    let a = areas(body);
    let (rows, first, inner) = list_view(app, a.list);
    if col < inner.x || col >= inner.right() || row < inner.y || row >= inner.bottom() {
        return None;
    }
    match rows.get(first + usize::from(row - inner.y)) {
        Some(MenuRow::Entry(i) | MenuRow::Summary(i)) => Some(Hit::MenuEntry(*i)),
        _ => None,
    }
}
