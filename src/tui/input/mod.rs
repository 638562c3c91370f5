//! From terminal events to messages: keys through the one table in `keymap`, mouse,
//! resize and bracketed paste directly (the local terminal through crossterm and `serve`
//! through termwiz both arrive here as crossterm events).

pub mod keymap;

use crossterm::event::{Event, MouseButton, MouseEventKind};

pub use keymap::{BINDINGS, Binding, Ctx, Does, Key, bindings, key_label, lookup};

use super::app::App;
use super::update::Msg;
use super::view::hit;

pub fn translate(app: &App, ev: &Event) -> Option<Msg> {
    match ev {
        Event::Key(k) => lookup(app.context(), k),
        Event::Mouse(m) => match m.kind {
            MouseEventKind::Down(MouseButton::Left) => Some(Msg::Click(hit(app, m.column, m.row))),
            MouseEventKind::ScrollUp => Some(Msg::Wheel(-1)),
            MouseEventKind::ScrollDown => Some(Msg::Wheel(1)),
            _ => None,
        },
        Event::Resize(w, h) => Some(Msg::Resize(*w, *h)),
        // text only where text is typed: pasted digits must not pick choices
        Event::Paste(text) if matches!(app.context(), Ctx::Form | Ctx::Compose) => {
            Some(Msg::Paste(text.clone()))
        }
        _ => None,
    }
}
