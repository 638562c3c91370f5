//! The examiner's screens as pure functions of the desk: the list of answers (the candidate
//! hidden until this examiner saves their marks) and the marking screen (prompt, answer,
//! rubric with the automatic results, the marks given, the level descriptors).

use ratatui::Frame;
use ratatui::layout::{Constraint, Layout, Rect};
use ratatui::style::{Modifier, Style};
use ratatui::text::{Line, Span};
use ratatui::widgets::{Block, Borders, Paragraph};

use super::state::{Desk, Entry, Marking, Pending, Screen};
use crate::scenario::rubric::{Verdict, word_count};
use crate::tui::text::{clean, fit, lines, pad, width, wrap};
use crate::tui::theme::Theme;
use fluent_bundle::FluentArgs;

pub fn view(d: &Desk, f: &mut Frame) {
    let theme = Theme::from_env();
    match &d.screen {
        Screen::List => list(d, f, &theme),
        Screen::Marking(m) => marking(d, m, f, &theme),
    }
}

fn args(pairs: &[(&'static str, String)]) -> FluentArgs<'static> {
    let mut a = FluentArgs::new();
    for (k, v) in pairs {
        a.set(*k, v.clone());
    }
    a
}

/// The candidate as this examiner may see it.
fn candidate(d: &Desk, e: &Entry) -> String {
    if e.saved {
        e.answer.id.candidate.clone()
    } else {
        d.ui.text("ui-grade-hidden")
    }
}

/// The screen's border with its title; the area inside.
fn framed(f: &mut Frame, area: Rect, title: &str, theme: &Theme) -> Rect {
    let block = Block::default()
        .borders(Borders::ALL)
        .border_style(theme.border())
        .title(Span::styled(
            fit(
                &format!(" {title} "),
                usize::from(area.width.saturating_sub(4)),
            ),
            theme.title(),
        ));
    let inner = block.inner(area);
    f.render_widget(block, area);
    inner
}

fn status_line(d: &Desk, keys: &[(&str, &str)], theme: &Theme) -> Line<'static> {
    let mut spans = Vec::new();
    if let Some(n) = &d.notice {
        spans.push(Span::styled(format!("{}  ", clean(n)), theme.event()));
    }
    for (k, label) in keys {
        spans.push(Span::styled(format!(" {k} "), theme.key()));
        spans.push(Span::styled(format!("{} ", d.ui.text(label)), theme.dim()));
    }
    Line::from(spans)
}

fn list(d: &Desk, f: &mut Frame, theme: &Theme) {
    let area = f.area();
    let title_id = if d.adjudicate {
        "ui-grade-adjudicate-title"
    } else {
        "ui-grade-list-title"
    };
    let title = d.ui.text_with(
        title_id,
        &args(&[
            ("examiner", d.examiner.clone()),
            ("left", d.left().to_string()),
            ("total", d.entries.len().to_string()),
        ]),
    );
    let inner = framed(f, area, &title, theme);
    let [head, body, foot] = Layout::vertical([
        Constraint::Length(1),
        Constraint::Min(1),
        Constraint::Length(1),
    ])
    .areas(inner);
    let w = usize::from(inner.width);
    let cols = |n: &str, c: &str, q: &str, words: &str, st: &str| {
        let fixed = format!("{} {} ", pad(n, 4), pad(&fit(c, 14), 14));
        let tail = format!(
            " {}{words}  {}",
            " ".repeat(6usize.saturating_sub(width(words))),
            pad(&fit(st, 10), 10)
        );
        // display columns, not chars: CJK headings take two each
        let qw = w.saturating_sub(width(&fixed) + width(&tail) + 2);
        format!("  {fixed}{}{tail}", pad(&fit(q, qw), qw))
    };
    let header = cols(
        "#",
        &d.ui.text("ui-grade-candidate"),
        &d.ui.text("ui-grade-question"),
        &d.ui.text("ui-grade-words"),
        &d.ui.text("ui-grade-status"),
    );
    f.render_widget(
        Paragraph::new(Span::styled(fit(&header, w), theme.heading())),
        head,
    );
    if d.entries.is_empty() {
        f.render_widget(
            Paragraph::new(lines(&d.ui.text("ui-grade-none"), body.width, theme.dim())),
            body,
        );
    }
    let rows = usize::from(body.height);
    let first = d.cursor.saturating_sub(rows.saturating_sub(1));
    let items: Vec<Line> = d
        .entries
        .iter()
        .enumerate()
        .skip(first)
        .take(rows)
        .map(|(i, e)| {
            let status = if e.saved {
                d.ui.text("ui-grade-status-saved")
            } else {
                d.ui.text("ui-grade-status-open")
            };
            let q = format!("{} · {}", e.shown.title, e.answer.id.node);
            let row = cols(
                &(i + 1).to_string(),
                &fit(&candidate(d, e), 14),
                &q,
                &word_count(&e.answer.text).to_string(),
                &status,
            );
            let style = if i == d.cursor {
                theme.selected()
            } else if e.saved {
                theme.dim()
            } else {
                theme.plain()
            };
            Line::from(Span::styled(fit(&row, w), style))
        })
        .collect();
    f.render_widget(Paragraph::new(items), body);
    f.render_widget(
        Paragraph::new(status_line(
            d,
            &[
                ("↑↓", "ui-grade-key-choose"),
                ("Enter", "ui-grade-key-mark"),
                ("q", "ui-grade-key-quit"),
            ],
            theme,
        )),
        foot,
    );
}

/// What the item's mark column shows.
fn mark_text(d: &Desk, e: &Entry, i: usize, p: Option<&Pending>) -> String {
    match p {
        None => "–".into(),
        Some(Pending::Confirm) => d.ui.text_with(
            "ui-grade-confirmed",
            &args(&[("mark", e.answer.auto_mark(i).unwrap_or(0).to_string())]),
        ),
        Some(Pending::Override { mark, reason }) => d.ui.text_with(
            "ui-grade-overridden",
            &args(&[("mark", mark.to_string()), ("reason", reason.clone())]),
        ),
        Some(Pending::Level(l)) => format!("{l}/{}", e.answer.top(i)),
    }
}

/// What the machine found for an item, in a few words.
fn auto_text(d: &Desk, e: &Entry, i: usize) -> String {
    let Some(r) = e.answer.auto.get(i) else {
        return String::new();
    };
    match r.verdict {
        Verdict::Met => {
            let found = r
                .found
                .iter()
                .filter(|x| !x.forbidden)
                .map(|x| {
                    e.answer
                        .text
                        .get(x.span.clone())
                        .unwrap_or(&x.what)
                        .to_string()
                })
                .collect::<Vec<_>>()
                .join(", ");
            d.ui.text_with("ui-grade-auto-met", &args(&[("found", found)]))
        }
        Verdict::NotMet => {
            let mut why: Vec<String> = r.missing.clone();
            why.extend(
                r.found
                    .iter()
                    .filter(|x| x.forbidden)
                    .map(|x| format!("✗ {}", x.what)),
            );
            d.ui.text_with("ui-grade-auto-not-met", &args(&[("why", why.join(", "))]))
        }
        Verdict::Examiner => d.ui.text_with(
            "ui-grade-examiner-item",
            &args(&[("top", e.answer.top(i).to_string())]),
        ),
    }
}

fn marking(d: &Desk, m: &Marking, f: &mut Frame, theme: &Theme) {
    let area = f.area();
    let e = &d.entries[m.entry];
    let title = d.ui.text_with(
        "ui-grade-marking-title",
        &args(&[
            ("n", (m.entry + 1).to_string()),
            ("total", d.entries.len().to_string()),
            ("candidate", candidate(d, e)),
        ]),
    );
    let inner = framed(f, area, &title, theme);
    let w = inner.width;
    let prompt = lines(&e.shown.prompt, w, theme.dim());
    let rubric_rows = 2 * e.answer.compose.rubric.len() as u16;
    let [p_area, a_head, a_area, r_head, r_area, desc, foot] = Layout::vertical([
        Constraint::Length((prompt.len() as u16).min(3)),
        Constraint::Length(1),
        Constraint::Min(3),
        Constraint::Length(1),
        Constraint::Length(rubric_rows),
        Constraint::Length(2),
        Constraint::Length(1),
    ])
    .areas(inner);
    f.render_widget(Paragraph::new(prompt), p_area);
    let words = word_count(&e.answer.text);
    let range = e.answer.compose.words;
    f.render_widget(
        Paragraph::new(Span::styled(
            fit(
                &d.ui.text_with(
                    "ui-grade-answer-head",
                    &args(&[
                        ("words", words.to_string()),
                        ("min", range.min.to_string()),
                        ("max", range.max.to_string()),
                    ]),
                ),
                usize::from(w),
            ),
            theme.heading(),
        )),
        a_head,
    );
    f.render_widget(
        Paragraph::new(answer_lines(e, m.cursor, w, theme)).scroll((m.scroll, 0)),
        a_area,
    );
    f.render_widget(
        Paragraph::new(Span::styled(
            fit(&d.ui.text("ui-grade-rubric-head"), usize::from(w)),
            theme.heading(),
        )),
        r_head,
    );
    rubric(d, m, e, r_area, f, theme);
    descriptor(d, m, e, desc, f, theme);
    let keys: &[(&str, &str)] = if m.reason.is_some() {
        &[
            ("Enter", "ui-grade-key-reason-done"),
            ("Esc", "ui-grade-key-cancel"),
        ]
    } else if e.answer.auto_mark(m.cursor).is_some() {
        &[
            ("↑↓", "ui-grade-key-item"),
            ("PgUp/PgDn", "ui-grade-key-scroll"),
            ("c", "ui-grade-key-confirm"),
            ("o", "ui-grade-key-override"),
            ("s", "ui-grade-key-save"),
            ("Esc", "ui-grade-key-back"),
        ]
    } else {
        &[
            ("↑↓", "ui-grade-key-item"),
            ("0-9", "ui-grade-key-level"),
            ("s", "ui-grade-key-save"),
            ("Esc", "ui-grade-key-back"),
        ]
    };
    f.render_widget(Paragraph::new(status_line(d, keys, theme)), foot);
}

/// Two lines per item: its label and the mark given; under it what the machine found.
/// The answer, wrapped, with what the selected automatic item found underlined (a
/// forbidden phrase in the warning style), so the examiner sees what the machine saw.
fn answer_lines(e: &Entry, item: usize, width: u16, theme: &Theme) -> Vec<Line<'static>> {
    let text = &e.answer.text;
    let found = e
        .answer
        .auto
        .get(item)
        .map(|r| r.found.as_slice())
        .unwrap_or(&[]);
    let style_at = |byte: usize| {
        found
            .iter()
            .find(|f| f.span.contains(&byte))
            .map(|f| {
                if f.forbidden {
                    theme.bad()
                } else {
                    theme.good()
                }
                .add_modifier(Modifier::UNDERLINED)
            })
            .unwrap_or_else(|| theme.plain())
    };
    // each character as the screen shows it, with its style
    let styled: Vec<(char, Style)> = text
        .char_indices()
        .flat_map(|(i, c)| {
            let st = style_at(i);
            clean(&c.to_string())
                .chars()
                .map(move |x| (x, st))
                .collect::<Vec<_>>()
        })
        .collect();
    // wrapping drops the spaces and newlines it breaks at; walk both in step
    let mut at = 0;
    wrap(text, width)
        .into_iter()
        .map(|line| {
            let mut spans: Vec<Span<'static>> = Vec::new();
            for c in line.chars() {
                while at < styled.len() && styled[at].0 != c {
                    at += 1;
                }
                let st = styled.get(at).map(|x| x.1).unwrap_or_default();
                at += 1;
                match spans.last_mut() {
                    Some(last) if last.style == st => last.content.to_mut().push(c),
                    _ => spans.push(Span::styled(c.to_string(), st)),
                }
            }
            Line::from(spans)
        })
        .collect()
}

fn rubric(d: &Desk, m: &Marking, e: &Entry, area: Rect, f: &mut Frame, theme: &Theme) {
    let w = usize::from(area.width);
    let mark_w = (w * 2 / 5).clamp(6, 40);
    let label_w = w.saturating_sub(mark_w + 3);
    let mut rows: Vec<Line> = Vec::new();
    for i in 0..e.answer.compose.rubric.len() {
        let cur = if i == m.cursor { "›" } else { " " };
        let label = e.shown.labels.get(i).cloned().unwrap_or_default();
        let row = format!(
            "{cur} {} {}",
            pad(&fit(&label, label_w), label_w),
            fit(&mark_text(d, e, i, m.marks[i].as_ref()), mark_w)
        );
        let style = if i == m.cursor {
            theme.selected()
        } else if m.marks[i].is_some() {
            theme.plain()
        } else {
            theme.dim()
        };
        rows.push(Line::from(Span::styled(row, style)));
        rows.push(Line::from(Span::styled(
            fit(&format!("    {}", auto_text(d, e, i)), w),
            theme.dim(),
        )));
    }
    f.render_widget(Paragraph::new(rows), area);
}

/// Under the rubric: the reason being typed, or the selected examiner item's descriptors,
/// or (adjudicating) what the first examiners gave.
fn descriptor(d: &Desk, m: &Marking, e: &Entry, area: Rect, f: &mut Frame, theme: &Theme) {
    let w = area.width;
    let text: Vec<Line> = if let Some(r) = &m.reason {
        vec![Line::from(vec![
            Span::styled(d.ui.text("ui-grade-reason"), theme.heading()),
            Span::raw(" "),
            Span::styled(format!("{}▏", clean(r)), theme.input()),
        ])]
    } else {
        let item = &e.answer.compose.rubric[m.cursor];
        let mut out = Vec::new();
        if let Some(given) = e.first_marks.get(&item.id) {
            let s = given
                .iter()
                .map(|(x, mk)| format!("{x} {mk}"))
                .collect::<Vec<_>>()
                .join(", ");
            out.push(Line::from(Span::styled(
                fit(
                    &format!("{}: {s}", d.ui.text("ui-grade-first-marks")),
                    usize::from(w),
                ),
                theme.event(),
            )));
        }
        if item.examiner {
            let levels = e
                .shown
                .levels
                .get(m.cursor)
                .map(|v| {
                    v.iter()
                        .enumerate()
                        .map(|(l, t)| format!("{l} {t}"))
                        .collect::<Vec<_>>()
                        .join(" · ")
                })
                .unwrap_or_default();
            out.extend(lines(&levels, w, Style::default()));
        }
        out
    };
    f.render_widget(Paragraph::new(text), area);
}
