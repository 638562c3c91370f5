//! Views: pure functions of the App. `render` draws a whole frame into a buffer; `hit`
//! answers what is under a mouse click using the same layout functions.

mod debrief;
mod menu;
mod play;
mod popup;
mod rubric;

use ratatui::Frame;
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::style::Style;
use ratatui::text::{Line, Span};
use ratatui::widgets::{Paragraph, Widget};

use super::app::{App, ExamView, MIN_HEIGHT, MIN_WIDTH, Screen, Stage};
use super::text::{clean, fit, fit_words, wrap};
use super::theme::Theme;
use super::widgets::bar::hints_line;
use crate::i18n::countdown;

pub use super::update::Hit;

pub fn view(app: &App, frame: &mut Frame) {
    let area = frame.area();
    render(app, area, frame.buffer_mut());
    if let Some(at) = caret(app, area) {
        frame.set_cursor_position(at);
    }
}

/// The editor's caret on screen, when the editor has the keys (no popup over it).
fn caret(app: &App, area: Rect) -> Option<(u16, u16)> {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT || !app.popups.is_empty() {
        return None;
    }
    let over = app.exam.as_ref().is_some_and(|e| e.over.is_some());
    let p = app.play.as_ref().filter(|_| !over)?;
    play::caret(app, p, chrome(area).1)
}

/// The frame's parts: title line, body, bottom line.
fn chrome(area: Rect) -> (Rect, Rect, Rect) {
    let title = Rect {
        height: 1.min(area.height),
        ..area
    };
    let bottom = Rect {
        y: area.bottom().saturating_sub(1),
        height: 1.min(area.height),
        ..area
    };
    let body = Rect {
        y: area.y + 1,
        height: area.height.saturating_sub(2),
        ..area
    };
    (title, body, bottom)
}

/// Draw the App into `buf`, which must be blank (as a terminal's next frame is).
pub fn render(app: &App, area: Rect, buf: &mut Buffer) {
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT {
        too_small(app, area, buf);
        return;
    }
    let (title, body, bottom) = chrome(area);
    if let Some(e) = &app.exam {
        // an exam shows its part and countdown; once submitted, nothing of the scenario
        exam_title_bar(app, e, title, buf);
        if e.over.is_none()
            && let Some(p) = &app.play
        {
            play::render(app, p, body, buf);
        }
        for p in &app.popups {
            popup::render(app, p, body, buf);
        }
        bottom_bar(app, bottom, buf);
        return;
    }
    match (app.screen(), &app.play) {
        (Screen::Play(Stage::Ended), Some(p)) => {
            title_bar(app, title, buf);
            debrief::render(app, p, body, buf);
        }
        (Screen::Play(_), Some(p)) => {
            title_bar(app, title, buf);
            play::render(app, p, body, buf);
        }
        _ => {
            title_bar(app, title, buf);
            menu::render(app, body, buf);
        }
    }
    for p in &app.popups {
        popup::render(app, p, body, buf);
    }
    bottom_bar(app, bottom, buf);
}

pub fn hit(app: &App, col: u16, row: u16) -> Option<Hit> {
    let area = Rect::new(0, 0, app.size.0, app.size.1);
    if area.width < MIN_WIDTH || area.height < MIN_HEIGHT || !app.popups.is_empty() {
        return None;
    }
    let (_, body, _) = chrome(area);
    match (app.screen(), &app.play) {
        (Screen::Menu, _) => menu::hit(app, body, col, row),
        (Screen::Play(Stage::Ended), _) => None,
        (Screen::Play(_), Some(p)) => play::hit(app, p, body, col, row),
        _ => None,
    }
}

fn too_small(app: &App, area: Rect, buf: &mut Buffer) {
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("width", area.width);
    args.set("height", area.height);
    args.set("min_width", MIN_WIDTH);
    args.set("min_height", MIN_HEIGHT);
    let msg = app.ui.text_with("ui-too-small", &args);
    let lines: Vec<Line> = wrap(&msg, area.width).into_iter().map(Line::from).collect();
    Paragraph::new(lines)
        .style(app.theme.heading())
        .render(area, buf);
}

fn title_bar(app: &App, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let (left, right) = match &app.play {
        Some(p) => {
            let mut args = fluent_bundle::FluentArgs::new();
            args.set("seed", p.attempt.seed.to_string());
            args.set("step", p.attempt.actions.len());
            (
                p.cat.text(&p.scenario.file.title),
                format!("{}  {}", p.cat.text_with("ui-seed-step", &args), app.locale),
            )
        }
        None => (app.ui.text("ui-app-title"), app.locale.to_string()),
    };
    let w = usize::from(area.width);
    let right = fit(&right, w / 2);
    let left = fit(&left, w.saturating_sub(super::text::width(&right) + 2));
    let gap = w.saturating_sub(super::text::width(&left) + super::text::width(&right) + 1);
    let line = Line::from(vec![
        Span::styled(format!(" {left}"), t.title()),
        Span::raw(" ".repeat(gap)),
        Span::styled(right, t.dim()),
    ]);
    buf.set_line(area.x, area.y, &line, area.width);
}

/// `Assessment · Part 2 of 4 · Scenario title          Time left 87:12`
fn exam_title_bar(app: &App, e: &ExamView, area: Rect, buf: &mut Buffer) {
    let t = &app.theme;
    let mut args = fluent_bundle::FluentArgs::new();
    args.set("part", (e.part + 1).min(e.parts));
    args.set("parts", e.parts);
    // the part and its scenario first; the assessment's title when there is room
    let mut core = app.ui.text_with("ui-exam-part", &args);
    if let Some(p) = app.play.as_ref().filter(|_| e.over.is_none()) {
        core.push_str(&format!(" · {}", p.cat.text(&p.scenario.file.title)));
        if !e.scored.get(e.part).copied().unwrap_or(true) {
            core.push_str(&format!(" {}", app.ui.text("ui-exam-warmup")));
        }
    }
    let mut targs = fluent_bundle::FluentArgs::new();
    targs.set("time", countdown(e.left_ms));
    let right = if e.over.is_some() {
        String::new()
    } else {
        app.ui.text_with("ui-exam-time-left", &targs)
    };
    let w = usize::from(area.width);
    let right = fit(&right, w / 2);
    let room = w.saturating_sub(super::text::width(&right) + 3);
    let full = format!("{} · {core}", e.title);
    let left = if e.over.is_some() {
        fit(&e.title, room)
    } else if super::text::width(&full) <= room {
        full
    } else {
        fit(&core, room)
    };
    let gap = w.saturating_sub(super::text::width(&left) + super::text::width(&right) + 2);
    let line = Line::from(vec![
        Span::styled(format!(" {left}"), t.title()),
        Span::raw(" ".repeat(gap)),
        Span::styled(
            format!("{right} "),
            if e.hurry() { t.bad() } else { t.heading() },
        ),
    ]);
    Paragraph::new(line).render(area, buf);
}

fn bottom_bar(app: &App, area: Rect, buf: &mut Buffer) {
    let line = match &app.notice {
        Some(n) => Line::from(Span::styled(
            format!(" {}", fit(n, usize::from(area.width).saturating_sub(1))),
            app.theme.bad(),
        )),
        None => hints_line(
            app.cat(),
            app.context(),
            &app.theme,
            usize::from(area.width),
        ),
    };
    buf.set_line(area.x, area.y, &line, area.width);
}

/// A rounded box with a title, drawn cell by cell: ratatui's Block styles every cell of
/// its area, which cost a fifth of a frame.
pub struct Boxed {
    title: String,
    border: Style,
    title_style: Style,
    bottom: Option<Line<'static>>,
}

impl Boxed {
    /// A hint on the bottom border, at the right.
    pub fn title_bottom(mut self, line: Line<'static>) -> Boxed {
        self.bottom = Some(line);
        self
    }
}

impl Widget for Boxed {
    fn render(self, area: Rect, buf: &mut Buffer) {
        let area = area.intersection(buf.area);
        if area.width < 2 || area.height < 2 {
            return;
        }
        let (x0, y0, x1, y1) = (area.x, area.y, area.right() - 1, area.bottom() - 1);
        let mut put = |x: u16, y: u16, sym: &str| {
            if let Some(c) = buf.cell_mut((x, y)) {
                c.set_symbol(sym).set_style(self.border);
            }
        };
        for x in x0 + 1..x1 {
            put(x, y0, "─");
            put(x, y1, "─");
        }
        for y in y0 + 1..y1 {
            put(x0, y, "│");
            put(x1, y, "│");
        }
        put(x0, y0, "╭");
        put(x1, y0, "╮");
        put(x0, y1, "╰");
        put(x1, y1, "╯");
        let title = Line::from(Span::styled(format!(" {} ", self.title), self.title_style));
        buf.set_line(x0 + 1, y0, &title, area.width - 2);
        if let Some(b) = self.bottom {
            let w = (b.width() as u16).min(area.width - 2);
            buf.set_line(x1 - w, y1, &b, w);
        }
    }
}

/// A bordered box with a title fitted to its width.
fn block(title: &str, width: u16, focused: bool, theme: &Theme) -> Boxed {
    Boxed {
        title: fit_words(&clean(title), usize::from(width.saturating_sub(4))),
        border: if focused {
            theme.focus_border()
        } else {
            theme.border()
        },
        title_style: if focused {
            theme.heading()
        } else {
            theme.plain()
        },
        bottom: None,
    }
}

/// The first line to show so that `line` is visible in `height` rows.
fn follow(line: usize, height: u16, total: usize) -> usize {
    let h = usize::from(height.max(1));
    let max = total.saturating_sub(h);
    line.saturating_sub(h / 3).min(max)
}

/// Draw already-wrapped lines from `scroll` on.
/// Written cell by cell (no Paragraph): the lines are wrapped already, and this is the
/// hot path of every frame.
fn lines_at(lines: Vec<Line<'static>>, scroll: usize, area: Rect, buf: &mut Buffer) {
    for (y, line) in (area.y..area.bottom()).zip(lines.iter().skip(scroll)) {
        buf.set_line(area.x, y, line, area.width);
    }
}
