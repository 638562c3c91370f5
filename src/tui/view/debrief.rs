//! The debrief: the outcome, pass or fail, the total and each competency as bars, and the
//! decision log with what each decision earned and why.

use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::text::{Line, Span};
use ratatui::widgets::Widget;

use super::rubric::{highlighted, item_lines};
use super::{block, lines_at};
use crate::debrief::{Explained, competency_label, explain, rubric_lines};
use crate::engine::Entry;
use crate::i18n::Catalog;
use crate::scenario::model::Node;
use crate::scenario::rubric::Compose;
use crate::scenario::text::ScenarioText;
use crate::tui::app::{App, Play};
use crate::tui::text::{fit, hanging, lines, pad, width};
use crate::tui::theme::Theme;
use crate::tui::widgets::bar::score_bar;

fn inner(r: Rect) -> Rect {
    Rect {
        x: r.x + 1,
        y: r.y + 1,
        width: r.width.saturating_sub(2),
        height: r.height.saturating_sub(2),
    }
}

fn outcome_lines(app: &App, p: &Play, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let st = &p.attempt.state;
    let sc = p.attempt.score(&p.scenario);
    let mut out = Vec::new();
    if let Some(crate::scenario::model::Node::Ending(e)) = st.ending.map(|i| p.scenario.node(i)) {
        out.extend(lines(
            &p.cat.scenario_text(&e.text, &p.scenario, &st.vars),
            w,
            t.plain(),
        ));
        out.push(Line::default());
    }
    let verdict = if sc.pass {
        p.cat.text("ui-pass")
    } else {
        p.cat.text("ui-fail")
    };
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("mark", p.scenario.file.pass_mark);
    let head = format!(
        "{}: {}/100 · {}",
        p.cat.text("ui-total"),
        sc.total,
        p.cat.text_with("ui-pass-mark", &args)
    );
    let provisional = sc.provisional.then(|| {
        let mut args = fluent_bundle::FluentArgs::new();
        args.set("points", st.pending.iter().sum::<i64>());
        p.cat.text_with("ui-provisional", &args)
    });
    out.push(Line::from(vec![
        Span::styled(
            format!(" {verdict} "),
            if sc.pass { t.good() } else { t.bad() }
                .add_modifier(ratatui::style::Modifier::REVERSED),
        ),
        Span::raw(" "),
        Span::styled(
            fit(&head, usize::from(w).saturating_sub(width(&verdict) + 3)),
            t.heading(),
        ),
    ]));
    if let Some(note) = provisional {
        out.extend(lines(&note, w, t.dim()));
    }
    // bars: a label column, the bar, the figure
    let labels: Vec<String> = std::iter::once(p.cat.text("ui-total"))
        .chain(
            sc.competencies
                .iter()
                .map(|(c, _)| competency_label(&p.cat, c)),
        )
        .collect();
    let lw = labels
        .iter()
        .map(|l| width(l))
        .max()
        .unwrap_or(0)
        .min(usize::from(w) / 3);
    let cells = usize::from(w).saturating_sub(lw + 6);
    let figures = std::iter::once(sc.total).chain(sc.competencies.iter().map(|c| c.1));
    for (k, (label, pct)) in labels.iter().zip(figures).enumerate() {
        let mark = (k == 0).then_some(p.scenario.file.pass_mark);
        let style = if k == 0 { t.heading() } else { t.plain() };
        out.push(Line::from(vec![
            Span::styled(pad(&fit(label, lw), lw), style),
            Span::raw(" "),
            Span::styled(
                score_bar(pct, cells, mark),
                if k == 0 {
                    if sc.pass { t.good() } else { t.bad() }
                } else {
                    t.key()
                },
            ),
            Span::raw(format!(" {pct:>3}")),
        ]));
    }
    out
}

fn log_lines(app: &App, p: &Play, w: u16) -> Vec<Line<'static>> {
    let t = &app.theme;
    let st = &p.attempt.state;
    let mut out = Vec::new();
    let mut n = 0;
    for e in &st.log {
        let x = explain(&p.cat, &p.scenario, st, e);
        if let (Entry::Wrote { text, .. }, Node::Compose(c)) = (&e.entry, p.scenario.node(e.node)) {
            n += 1;
            out.extend(written(app, p, c, text, &x, n, w));
            out.push(Line::default());
            continue;
        }
        if x.is_event {
            out.extend(hanging("   ◆ ", &x.action, w, t.event(), t.event()));
        } else {
            n += 1;
            out.extend(hanging(
                &format!("{n:>2}. "),
                &x.action,
                w,
                t.key(),
                t.heading(),
            ));
        }
        out.extend(score_change_lines(&p.cat, &x, "    ", w, t));
        for f in &x.feedback {
            out.extend(hanging(
                "    ",
                &format!("{}: {f}", p.cat.text("ui-feedback")),
                w,
                t.plain(),
                t.plain(),
            ));
        }
        out.push(Line::default());
    }
    out
}

/// A written answer in the log: the reply with what each rubric item found marked in it,
/// the points it earned, then the items one by one.
fn written(
    app: &App,
    p: &Play,
    c: &Compose,
    text: &str,
    x: &Explained,
    n: usize,
    w: u16,
) -> Vec<Line<'static>> {
    let t = &app.theme;
    let st = &p.attempt.state;
    let items = rubric_lines(&p.cat, &p.scenario, &st.vars, c, text);
    let mut out = hanging(
        &format!("{n:>2}. "),
        &p.cat.text("ui-compose-your-reply"),
        w,
        t.key(),
        t.heading(),
    );
    let indent = "    ";
    for mut l in highlighted(text, &items, w.saturating_sub(4), t) {
        l.spans.insert(0, Span::raw(indent));
        out.push(l);
    }
    out.extend(score_change_lines(&p.cat, x, indent, w, t));
    out.extend(item_lines(&p.cat, &items, text, indent, w, t));
    out
}

/// The score changes of one logged step, green when nothing was lost, under `indent`.
pub(super) fn score_change_lines(
    cat: &Catalog,
    x: &Explained,
    indent: &str,
    w: u16,
    t: &Theme,
) -> Vec<Line<'static>> {
    if x.deltas.is_empty() {
        return Vec::new();
    }
    let style = if x.no_loss() { t.good() } else { t.bad() };
    hanging(indent, &x.score_changes(cat).join(" · "), w, style, style)
}

pub fn render(app: &App, p: &Play, body: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let (top, log) = if body.width >= 100 {
        let lw = body.width * 45 / 100;
        (
            Rect { width: lw, ..body },
            Rect {
                x: body.x + lw,
                width: body.width - lw,
                ..body
            },
        )
    } else {
        let need = outcome_lines(app, p, body.width.saturating_sub(2)).len() as u16 + 2;
        let h = need.min(body.height / 2 + 2).min(body.height);
        (
            Rect { height: h, ..body },
            Rect {
                y: body.y + h,
                height: body.height - h,
                ..body
            },
        )
    };
    block(&p.cat.text("ui-ending"), top.width, false, t).render(top, buf);
    let ti = inner(top);
    lines_at(outcome_lines(app, p, ti.width), 0, ti, buf);
    let li = inner(log);
    let lines = log_lines(app, p, li.width);
    let max = lines.len().saturating_sub(usize::from(li.height));
    let first = usize::from(p.log_scroll).min(max);
    let mut b = block(&p.cat.text("ui-decision-log"), log.width, true, t);
    if first < max {
        b = b.title_bottom(Line::from(Span::styled(" ▼ ", t.dim())).right_aligned());
    }
    b.render(log, buf);
    lines_at(lines, first, li, buf);
}
