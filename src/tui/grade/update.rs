//! `update(&mut Desk, Msg) -> Vec<Cmd>`: the only place the examiner's desk changes. The
//! screen's keys and the `--actions` script both become these messages, so a scripted
//! marking goes through exactly what an examiner at the keyboard goes through.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use super::state::{Desk, Marking, Pending, Screen, item_mark};
use crate::record::grading::marks::ItemMark;

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Msg {
    Up,
    Down,
    /// Open the answer at this place in the list (0-based).
    Open(usize),
    OpenSelected,
    Back,
    Confirm(usize),
    Level(usize, u32),
    Override {
        item: usize,
        mark: u32,
        reason: String,
    },
    /// Start typing a reason to override the item under the cursor.
    BeginOverride,
    Type(char),
    Erase,
    /// The reason typed: override the item under the cursor with it.
    EndReason,
    Save,
    /// Scroll the answer text by this many lines.
    Scroll(i16),
    /// The driver wrote the marks (or could not).
    Saved(Result<(), String>),
    Resize(u16, u16),
    Quit,
}

#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Cmd {
    /// Append these marks for the entry's answer to the journal, then a `saved` line.
    Save {
        entry: usize,
        marks: Vec<(String, ItemMark)>,
    },
}

fn refuse(d: &mut Desk, why: String) -> Vec<Cmd> {
    d.notice = Some(why.clone());
    d.refused = Some(why);
    Vec::new()
}

fn open(d: &mut Desk, i: usize) -> Vec<Cmd> {
    let Some(e) = d.entries.get(i) else {
        let n = d.entries.len();
        return refuse(
            d,
            format!("there is no answer {} (the list has {n})", i + 1),
        );
    };
    let n = e.answer.compose.rubric.len();
    d.cursor = i;
    d.screen = Screen::Marking(Marking {
        entry: i,
        cursor: 0,
        marks: vec![None; n],
        reason: None,
        scroll: 0,
        leaving: false,
    });
    Vec::new()
}

/// Set an item's mark, after checking it fits the item.
fn set(d: &mut Desk, item: usize, p: Pending) -> Vec<Cmd> {
    let Screen::Marking(m) = &d.screen else {
        return refuse(d, "open an answer first (`answer N`)".into());
    };
    let a = &d.entries[m.entry].answer;
    let Some(it) = a.compose.rubric.get(item) else {
        return refuse(d, format!("the rubric has no item {}", item + 1));
    };
    let id = it.id.clone();
    let why = match (&p, a.auto_mark(item)) {
        (Pending::Level(l), None) if *l > a.top(item) => Some(format!(
            "item `{id}` takes a level from 0 to {}",
            a.top(item)
        )),
        (Pending::Level(_), None) => None,
        (Pending::Level(_), Some(_)) => {
            Some(format!("item `{id}` is automatic: confirm or override it"))
        }
        (_, None) => Some(format!("item `{id}` is an examiner item: give it a level")),
        (Pending::Override { mark, .. }, Some(_)) if *mark > 1 => {
            Some(format!("item `{id}` is met (1) or not (0)"))
        }
        (Pending::Override { mark, .. }, Some(auto)) if *mark == auto => Some(format!(
            "item `{id}`: the automatic result is already {auto}; confirm it instead"
        )),
        (Pending::Override { reason, .. }, Some(_)) if reason.trim().is_empty() => {
            Some(format!("item `{id}`: an override needs a reason"))
        }
        _ => None,
    };
    if let Some(why) = why {
        return refuse(d, why);
    }
    if let Screen::Marking(m) = &mut d.screen {
        m.marks[item] = Some(p);
        m.cursor = item;
    }
    Vec::new()
}

fn save(d: &mut Desk) -> Vec<Cmd> {
    let Screen::Marking(m) = &d.screen else {
        return refuse(d, "open an answer first (`answer N`)".into());
    };
    let e = &d.entries[m.entry];
    // an adjudicator settles what the first examiners differ on; the rest stands as agreed
    let required = |id: &str| {
        !d.adjudicate
            || e.first_marks
                .get(id)
                .is_some_and(|v| v.windows(2).any(|w| w[0].1 != w[1].1))
    };
    let open: Vec<&str> = e
        .answer
        .compose
        .rubric
        .iter()
        .zip(&m.marks)
        .filter(|(it, p)| p.is_none() && required(&it.id))
        .map(|(it, _)| it.id.as_str())
        .collect();
    if !open.is_empty() {
        let why = format!("not saved: item(s) not marked yet: {}", open.join(", "));
        return refuse(d, why);
    }
    let marks = e
        .answer
        .compose
        .rubric
        .iter()
        .zip(&m.marks)
        .enumerate()
        .filter_map(|(i, (it, p))| {
            p.as_ref()
                .map(|p| (it.id.clone(), item_mark(&e.answer, i, p)))
        })
        .collect();
    vec![Cmd::Save {
        entry: m.entry,
        marks,
    }]
}

pub fn update(d: &mut Desk, msg: Msg) -> Vec<Cmd> {
    d.refused = None;
    if !matches!(msg, Msg::Resize(..)) {
        d.notice = None;
    }
    if let Screen::Marking(m) = &mut d.screen
        && !matches!(msg, Msg::Back | Msg::Resize(..))
    {
        m.leaving = false;
    }
    let n = d.entries.len();
    match msg {
        Msg::Resize(w, h) => d.size = (w, h),
        Msg::Quit => d.quit = true,
        Msg::Up | Msg::Down => {
            let down = msg == Msg::Down;
            match &mut d.screen {
                Screen::List if n > 0 => {
                    d.cursor = if down {
                        (d.cursor + 1).min(n - 1)
                    } else {
                        d.cursor.saturating_sub(1)
                    };
                }
                Screen::Marking(m) => {
                    let items = m.marks.len();
                    m.cursor = if down {
                        (m.cursor + 1).min(items.saturating_sub(1))
                    } else {
                        m.cursor.saturating_sub(1)
                    };
                }
                Screen::List => {}
            }
        }
        Msg::Open(i) => return open(d, i),
        Msg::OpenSelected => {
            if n > 0 {
                return open(d, d.cursor);
            }
        }
        Msg::Back => match &mut d.screen {
            Screen::Marking(m) if m.reason.is_some() => m.reason = None,
            // marks given and not saved are lost on leaving: ask once
            Screen::Marking(m) if !m.leaving && m.marks.iter().any(Option::is_some) => {
                m.leaving = true;
                d.notice = Some(d.ui.text("ui-grade-unsaved"));
            }
            _ => d.screen = Screen::List,
        },
        Msg::Confirm(i) => return set(d, i, Pending::Confirm),
        Msg::Level(i, l) => return set(d, i, Pending::Level(l)),
        Msg::Override { item, mark, reason } => {
            return set(d, item, Pending::Override { mark, reason });
        }
        Msg::BeginOverride => {
            if let Screen::Marking(m) = &mut d.screen {
                let a = &d.entries[m.entry].answer;
                if a.auto_mark(m.cursor).is_some() {
                    m.reason = Some(String::new());
                } else {
                    let id = a.compose.rubric[m.cursor].id.clone();
                    return refuse(
                        d,
                        format!("item `{id}` is an examiner item: give it a level"),
                    );
                }
            }
        }
        Msg::Type(c) => {
            if let Screen::Marking(Marking {
                reason: Some(r), ..
            }) = &mut d.screen
                && r.chars().count() < 500
                && !c.is_control()
            {
                r.push(c);
            }
        }
        Msg::Erase => {
            if let Screen::Marking(Marking {
                reason: Some(r), ..
            }) = &mut d.screen
            {
                r.pop();
            }
        }
        Msg::EndReason => {
            if let Screen::Marking(m) = &mut d.screen
                && let Some(reason) = m.reason.take()
            {
                let item = m.cursor;
                let auto = d.entries[m.entry].answer.auto_mark(item).unwrap_or(0);
                return set(
                    d,
                    item,
                    Pending::Override {
                        mark: 1 - auto.min(1),
                        reason,
                    },
                );
            }
        }
        Msg::Save => return save(d),
        Msg::Scroll(by) => {
            let width = d.size.0.saturating_sub(2);
            if let Screen::Marking(m) = &mut d.screen {
                let lines = crate::tui::text::wrap(&d.entries[m.entry].answer.text, width).len();
                let last = u16::try_from(lines.saturating_sub(1)).unwrap_or(u16::MAX);
                m.scroll = m.scroll.saturating_add_signed(by).min(last);
            }
        }
        Msg::Saved(Ok(())) => {
            if let Screen::Marking(m) = &d.screen {
                let i = m.entry;
                d.entries[i].saved = true;
                d.screen = Screen::List;
                d.notice = Some(format!(
                    "{} {}",
                    d.ui.text("ui-grade-saved"),
                    d.entries[i].answer.id.candidate
                ));
                // on to the next answer still to mark
                if let Some(next) = (0..n)
                    .map(|k| (i + 1 + k) % n)
                    .find(|k| !d.entries[*k].saved)
                {
                    d.cursor = next;
                }
            }
        }
        Msg::Saved(Err(why)) => return refuse(d, why),
    }
    Vec::new()
}

/// The screen's keys as messages.
pub fn key(d: &Desk, k: &KeyEvent) -> Option<Msg> {
    if k.kind == KeyEventKind::Release {
        return None;
    }
    if k.modifiers.contains(KeyModifiers::CONTROL) && k.code == KeyCode::Char('c') {
        return Some(Msg::Quit);
    }
    match &d.screen {
        Screen::List => match k.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
            KeyCode::Enter => Some(Msg::OpenSelected),
            KeyCode::Char('q') | KeyCode::Esc => Some(Msg::Quit),
            _ => None,
        },
        Screen::Marking(m) if m.reason.is_some() => match k.code {
            KeyCode::Enter => Some(Msg::EndReason),
            KeyCode::Esc => Some(Msg::Back),
            KeyCode::Backspace => Some(Msg::Erase),
            KeyCode::Char(c) => Some(Msg::Type(c)),
            _ => None,
        },
        Screen::Marking(m) => match k.code {
            KeyCode::Up | KeyCode::Char('k') => Some(Msg::Up),
            KeyCode::Down | KeyCode::Char('j') => Some(Msg::Down),
            KeyCode::Char('c') => Some(Msg::Confirm(m.cursor)),
            KeyCode::Char('o') => Some(Msg::BeginOverride),
            KeyCode::Char(c @ '0'..='9') => Some(Msg::Level(m.cursor, u32::from(c as u8 - b'0'))),
            KeyCode::Char('s') => Some(Msg::Save),
            KeyCode::PageDown => Some(Msg::Scroll(5)),
            KeyCode::PageUp => Some(Msg::Scroll(-5)),
            KeyCode::Esc => Some(Msg::Back),
            _ => None,
        },
    }
}
