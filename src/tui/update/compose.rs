//! The written-answer editor on a Compose node: typing, pasting, moving the caret, undo,
//! sending (a confirm first when the length is outside the range) and leaving (a confirm
//! first when a draft would be lost).

use crate::engine::Action;
use crate::tui::app::{App, Popup};

use super::handle::{act, leave_or_ask, scroll};
use super::msg::{Cmd, Intent, Msg};

pub(super) fn compose(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    let width = app.size.0;
    let Some(p) = app.play.as_mut() else { return };
    // the caret moves by the lines the view wraps at this screen width
    let w = p.editor_width(width);
    let e = &mut p.editor;
    match msg {
        Msg::Type(c) => e.type_char(*c),
        Msg::Paste(s) => e.paste(s),
        Msg::Do(Intent::NewLine) => e.type_char('\n'),
        Msg::Do(Intent::Erase) => e.backspace(),
        Msg::Do(Intent::Delete) => e.delete(),
        Msg::Do(Intent::Undo) => e.undo(),
        Msg::Do(Intent::Left) => e.left(),
        Msg::Do(Intent::Right) => e.right(),
        Msg::Do(Intent::WordLeft) => e.word_left(),
        Msg::Do(Intent::WordRight) => e.word_right(),
        Msg::Do(Intent::Up) => e.vertical(w, -1),
        Msg::Do(Intent::Down) => e.vertical(w, 1),
        Msg::Do(Intent::LineStart) => e.home(w),
        Msg::Do(Intent::LineEnd) => e.end(w),
        Msg::Do(Intent::PageUp) => p.doc_scroll = scroll(p.doc_scroll, -5),
        Msg::Do(Intent::PageDown) => p.doc_scroll = scroll(p.doc_scroll, 5),
        Msg::Do(Intent::Submit) => {
            if p.draft_out_of_range() {
                app.popups.push(Popup::ComposeSubmit);
            } else {
                send(app, cmds);
            }
        }
        Msg::Do(Intent::Back) => leave_or_ask(app, cmds),
        _ => {}
    }
}

/// Send the draft even though its length is outside the range, or keep writing.
pub(super) fn submit_popup(app: &mut App, msg: &Msg, cmds: &mut Vec<Cmd>) {
    match msg {
        Msg::Do(Intent::Confirm) => {
            app.popups.pop();
            send(app, cmds);
        }
        Msg::Do(Intent::Stay) => {
            app.popups.pop();
        }
        _ => {}
    }
}

/// The draft, verbatim, is the action: the engine scores it, a journal keeps it.
fn send(app: &mut App, cmds: &mut Vec<Cmd>) {
    let Some(p) = app.play.as_ref() else { return };
    let text = p.editor.text().to_string();
    act(app, Action::Write(text), cmds);
}
