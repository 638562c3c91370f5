//! Popups over the screen: help (from the key table), leave, resume, practice feedback.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Clear, Widget};

use super::debrief::score_change_lines;
use super::{block, lines_at};
use crate::debrief::{competency_label, explain, rubric_lines};
use crate::engine::{Entry, LogEntry};
use crate::scenario::expr::Val;
use crate::scenario::model::Node;
use crate::scenario::rubric::word_count;
use crate::tui::app::{App, Popup};
use crate::tui::input::{Binding, Ctx, Does, bindings, key_label};
use crate::tui::save::Save;
use crate::tui::text::{hanging, lines, pad, width};
use crate::tui::update::Intent;

fn centered(area: Rect, w: u16, h: u16) -> Rect {
    let w = w.min(area.width);
    let h = h.min(area.height);
    Rect {
        x: area.x + (area.width - w) / 2,
        y: area.y + (area.height - h) / 2,
        width: w,
        height: h,
    }
}

fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x + 2,
        y: r.y + 1,
        width: r.width.saturating_sub(4),
        height: r.height.saturating_sub(2),
    }
}

/// The context a help popup describes: the screen, or the popup, under the help.
fn screen_ctx(app: &App) -> Ctx {
    app.popups
        .iter()
        .rev()
        .find(|p| **p != Popup::Help)
        .map_or_else(|| app.screen_context(), Popup::context)
}

/// `keys  what they do`, one line per binding of `ctx`, from the key table.
fn key_rows(app: &App, ctx: Ctx, w: u16, keep: impl Fn(&Binding) -> bool) -> Vec<Line<'static>> {
    let t = &app.theme;
    let cat = app.cat();
    let rows: Vec<(String, String)> = bindings(ctx)
        .filter(|b| keep(b))
        .map(|b| {
            let keys = match b.does {
                Does::Pick => "1-9".to_string(),
                _ => b
                    .keys
                    .iter()
                    .map(|k| key_label(*k))
                    .collect::<Vec<_>>()
                    .join(" / "),
            };
            (keys, cat.text(b.help))
        })
        .collect();
    let kw = rows
        .iter()
        .map(|r| width(&r.0))
        .max()
        .unwrap_or(0)
        .min(usize::from(w) / 2);
    let mut out = Vec::new();
    for (k, d) in rows {
        let lead = format!("{}  ", pad(&k, kw));
        out.extend(hanging(&lead, &d, w, t.key(), t.plain()));
    }
    out
}

/// A popup's lines at a given width.
type Content<'a> = Box<dyn Fn(u16) -> Vec<Line<'static>> + 'a>;

pub fn render(app: &App, popup: &Popup, body: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let (title, content_w, lines_for) = content(app, popup);
    let w = content_w.min(body.width.saturating_sub(2)).max(1);
    let content = lines_for(w.saturating_sub(4));
    let h = (content.len() as u16 + 2).min(body.height);
    let area = centered(body, w, h);
    Clear.render(area, buf);
    block(&title, area.width, true, t).render(area, buf);
    let inn = inner(area);
    let more = content.len() > usize::from(inn.height);
    lines_at(content, 0, inn, buf);
    if more && area.height > 2 {
        buf.set_span(
            area.right().saturating_sub(5),
            area.bottom() - 1,
            &Span::styled(" ▼ ", t.dim()),
            3,
        );
    }
}

/// A popup's title, its preferred width, and its lines for a given width.
fn content<'a>(app: &'a App, popup: &'a Popup) -> (String, u16, Content<'a>) {
    let cat = app.cat();
    match popup {
        Popup::Help => {
            let ctx = screen_ctx(app);
            let title = format!(
                "{} — {}",
                cat.text("ui-help-title"),
                cat.text(&format!("ui-ctx-{}", ctx_key(ctx)))
            );
            (title, 64, Box::new(move |w| help_lines(app, ctx, w)))
        }
        Popup::Leave => (
            cat.text("ui-leave-title"),
            52,
            Box::new(move |w| leave_lines(app, w)),
        ),
        Popup::Resume { save, .. } => (
            cat.text("ui-resume-title"),
            56,
            Box::new(move |w| resume_lines(app, save, w)),
        ),
        Popup::Feedback { from, to, scroll } => {
            let (from, to, scroll) = (*from, *to, *scroll);
            let wrote = app.play.as_ref().is_some_and(|p| {
                let log = &p.attempt.state.log;
                log.get(from..to.min(log.len()))
                    .unwrap_or(&[])
                    .iter()
                    .any(|e| matches!(e.entry, Entry::Wrote { .. }))
            });
            (
                cat.text(if wrote {
                    "ui-compose-feedback-title"
                } else {
                    "ui-feedback-title"
                }),
                76,
                Box::new(move |w| {
                    let out = feedback_lines(app, from, to, w);
                    out.into_iter().skip(usize::from(scroll)).collect()
                }),
            )
        }
        Popup::Diagnostics { errors, scroll } => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("count", errors.len());
            let scroll = *scroll;
            (
                app.ui.text_with("ui-diagnostics-title", &args),
                100,
                Box::new(move |w| {
                    let mut out = Vec::new();
                    for e in errors {
                        for l in e.lines() {
                            out.extend(lines(l, w, app.theme.plain()));
                        }
                        out.push(Line::default());
                    }
                    out.extend(lines(
                        &app.ui.text("ui-diagnostics-footer"),
                        w,
                        app.theme.dim(),
                    ));
                    out.into_iter().skip(usize::from(scroll)).collect()
                }),
            )
        }
        Popup::Variables { scroll } => {
            let scroll = *scroll;
            (
                app.ui.text("ui-variables-title"),
                72,
                Box::new(move |w| {
                    let mut out = variable_lines(app, w);
                    out.push(Line::default());
                    out.extend(key_rows(app, Ctx::Feedback, w, |b| b.bar));
                    out.into_iter().skip(usize::from(scroll)).collect()
                }),
            )
        }
        Popup::HandIn => (
            cat.text("ui-hand-in-title"),
            56,
            Box::new(move |w| {
                let mut out = lines(&app.ui.text("ui-hand-in-text"), w, app.theme.plain());
                if app.play.as_ref().is_some_and(|p| p.has_draft()) {
                    out.push(Line::default());
                    out.extend(lines(&app.ui.text("ui-hand-in-draft"), w, app.theme.bad()));
                }
                out.push(Line::default());
                out.extend(key_rows(app, Ctx::HandIn, w, |b| b.bar));
                out
            }),
        ),
        Popup::ExamOver => (
            app.ui.text("ui-exam-over-title"),
            64,
            Box::new(move |w| exam_over_lines(app, w)),
        ),
        Popup::ComposeSubmit => (
            cat.text("ui-compose-confirm-title"),
            56,
            Box::new(move |w| compose_submit_lines(app, w)),
        ),
    }
}

fn help_lines(app: &App, ctx: Ctx, w: u16) -> Vec<Line<'static>> {
    // the variable inspector is for authors previewing, not for students
    let mut out = key_rows(app, ctx, w, |b| {
        app.start_at.is_some() || b.does != Does::Intent(Intent::Inspect)
    });
    out.push(Line::default());
    out.extend(lines(&app.cat().text("ui-help-footer"), w, app.theme.dim()));
    out
}

fn leave_lines(app: &App, w: u16) -> Vec<Line<'static>> {
    let text = if app.settings.saves {
        "ui-leave-text"
    } else {
        "ui-leave-text-nosave"
    };
    let mut out = lines(&app.cat().text(text), w, app.theme.plain());
    out.push(Line::default());
    out.extend(key_rows(app, Ctx::Leave, w, |b| {
        b.bar && (app.settings.saves || b.does != Does::Intent(Intent::SaveAndLeave))
    }));
    out
}

fn resume_lines(app: &App, save: &Save, w: u16) -> Vec<Line<'static>> {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("step", save.actions.len());
    args.set("seed", save.seed.to_string());
    let mut out = lines(
        &app.cat().text_with("ui-resume-text", &args),
        w,
        app.theme.plain(),
    );
    out.push(Line::default());
    out.extend(key_rows(app, Ctx::Resume, w, |b| b.bar));
    out
}

/// Practice feedback for the log entries `from..to`: what was done, its score changes, why.
fn feedback_lines(app: &App, from: usize, to: usize, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let Some(p) = app.play.as_ref() else {
        return Vec::new();
    };
    let st = &p.attempt.state;
    let mut out = Vec::new();
    for e in st.log.get(from..to.min(st.log.len())).unwrap_or(&[]) {
        if let Some(ls) = written_lines(app, e, w) {
            out.extend(ls);
            out.push(Line::default());
            continue;
        }
        let x = explain(&p.cat, &p.scenario, st, e);
        let lead = if x.is_event {
            format!("◆ {}: ", p.cat.text("ui-event"))
        } else {
            format!("{}: ", p.cat.text("ui-you-did"))
        };
        out.extend(hanging(&lead, &x.action, w, t.key(), t.heading()));
        out.extend(score_change_lines(&p.cat, &x, "  ", w, t));
        for f in &x.feedback {
            out.extend(hanging("  ", f, w, t.plain(), t.plain()));
        }
        out.push(Line::default());
    }
    out.extend(key_rows(app, Ctx::Feedback, w, |b| b.bar));
    out
}

/// The reply's length against the range, and the keys to send it anyway or keep writing.
fn compose_submit_lines(app: &App, w: u16) -> Vec<Line<'static>> {
    let Some(p) = app.play.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    if let Some(c) = p.compose() {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("count", p.draft_words());
        args.set("min", c.words.min);
        args.set("max", c.words.max);
        out.extend(lines(
            &p.cat.text_with("ui-compose-confirm-text", &args),
            w,
            app.theme.plain(),
        ));
        out.push(Line::default());
    }
    out.extend(key_rows(app, Ctx::ComposeSubmit, w, |b| b.bar));
    out
}

/// A written answer just sent: its length, then the rubric item by item.
fn written_lines(app: &App, e: &LogEntry, w: u16) -> Option<Vec<Line<'static>>> {
    let p = app.play.as_ref()?;
    let (Entry::Wrote { text, .. }, Node::Compose(c)) = (&e.entry, p.scenario.node(e.node)) else {
        return None;
    };
    let t = &app.theme;
    let st = &p.attempt.state;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("count", word_count(text));
    let mut out = lines(&p.cat.text_with("ui-compose-sent", &args), w, t.heading());
    let x = explain(&p.cat, &p.scenario, st, e);
    out.extend(score_change_lines(&p.cat, &x, "  ", w, t));
    let items = rubric_lines(&p.cat, &p.scenario, &st.vars, c, text);
    out.extend(super::rubric::item_lines(&p.cat, &items, text, "", w, t));
    Some(out)
}

/// Every variable of the scenario in play: name, current value, type.
fn variable_lines(app: &App, w: u16) -> Vec<Line<'static>> {
    let Some(p) = app.play.as_ref() else {
        return Vec::new();
    };
    let mut out = Vec::new();
    for (info, val) in p.scenario.vars.iter().zip(&p.attempt.state.vars) {
        let shown = match val {
            Val::Int(v) => v.to_string(),
            Val::Dec(d) => d.to_string(),
            Val::Flag(b) => b.to_string(),
            Val::Text(t) => format!("\"{t}\""),
        };
        let row = format!("{} = {shown}  ({})", info.name, info.ty.describe());
        out.extend(lines(&row, w, app.theme.plain()));
    }
    out
}

/// How the exam ended and, when the assessment shows them, the scores.
fn exam_over_lines(app: &App, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let ui = &app.ui;
    let mut out = Vec::new();
    let Some(e) = &app.exam else { return out };
    let Some(over) = &e.over else { return out };
    out.extend(lines(
        &ui.text(&format!("ui-exam-over-{}", over.reason.key())),
        w,
        t.plain(),
    ));
    out.push(Line::default());
    match &over.result {
        None => out.extend(lines(&ui.text("ui-exam-no-debrief"), w, t.dim())),
        Some(r) => {
            let verdict = ui.text(if r.pass { "ui-pass" } else { "ui-fail" });
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("mark", e.pass_mark);
            out.push(Line::from(vec![
                Span::styled(
                    format!(" {verdict} "),
                    if r.pass { t.good() } else { t.bad() }
                        .add_modifier(ratatui::style::Modifier::REVERSED),
                ),
                Span::styled(
                    format!(
                        " {}: {}/100 · {}",
                        ui.text("ui-total"),
                        r.total,
                        ui.text_with("ui-pass-mark", &args)
                    ),
                    t.heading(),
                ),
            ]));
            if r.provisional {
                out.extend(lines(&ui.text("ui-exam-provisional"), w, t.dim()));
            }
            for (i, p) in r.parts.iter().enumerate() {
                let title = e.part_titles.get(i).cloned().unwrap_or_default();
                let mut text = format!("{title}: {}/100", p.total);
                if !p.scored {
                    text.push_str(&format!(" {}", ui.text("ui-exam-warmup")));
                }
                let lead = format!("{}. ", i + 1);
                out.extend(hanging(&lead, &text, w, t.key(), t.plain()));
            }
            let comps: Vec<String> = r
                .competencies
                .iter()
                .map(|(c, v)| format!("{} {v}", competency_label(ui, c)))
                .collect();
            if !comps.is_empty() {
                out.extend(hanging("", &comps.join(" · "), w, t.dim(), t.dim()));
            }
        }
    }
    out.push(Line::default());
    out.extend(key_rows(app, Ctx::ExamOver, w, |b| b.bar));
    out
}

fn ctx_key(ctx: Ctx) -> &'static str {
    match ctx {
        Ctx::Menu => "menu",
        Ctx::Decision => "decision",
        Ctx::Form => "form",
        Ctx::Check => "check",
        Ctx::Debrief => "debrief",
        Ctx::Help => "help",
        Ctx::Leave => "leave",
        Ctx::Resume => "resume",
        Ctx::Feedback => "feedback",
        Ctx::HandIn => "hand-in",
        Ctx::ExamOver => "exam-over",
        Ctx::Compose => "compose",
        Ctx::ComposeSubmit => "compose-submit",
    }
}
