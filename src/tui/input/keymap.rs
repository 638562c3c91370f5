//! The one table from keys to messages. The help overlay and the key-hint bar are built
//! from it too, so what the screen says a key does is what the key does.

use crossterm::event::{KeyCode, KeyEvent, KeyEventKind, KeyModifiers};

use crate::tui::update::{Intent, Msg};

/// Where the user is: which bindings apply.
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ctx {
    Menu,
    Decision,
    Form,
    Check,
    Debrief,
    Help,
    Leave,
    Resume,
    Feedback,
    /// Exam: confirm an early hand-in.
    HandIn,
    /// Exam: submitted.
    ExamOver,
    /// Writing an answer: every printable key is text.
    Compose,
    /// The answer's length is outside the range: submit anyway?
    ComposeSubmit,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Key {
    Char(char),
    Code(KeyCode),
    Ctrl(char),
    /// A named key with Ctrl held (Ctrl+← moves by word).
    CtrlCode(KeyCode),
    /// 1-9: a choice by its number.
    Digit,
    /// Any printable character: typed into a form field.
    Text,
}

#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Does {
    Intent(Intent),
    Pick,
    Type,
}

#[derive(Debug, Clone, Copy)]
pub struct Binding {
    pub ctx: &'static [Ctx],
    pub keys: &'static [Key],
    pub does: Does,
    /// Fluent id of the description shown in help and the hint bar.
    pub help: &'static str,
    /// Shown in the key-hint bar at the bottom of the screen.
    pub bar: bool,
}

use Ctx::*;
use Key::{Char, Code, Ctrl, CtrlCode, Digit, Text};

const fn b(
    ctx: &'static [Ctx],
    keys: &'static [Key],
    i: Intent,
    help: &'static str,
    bar: bool,
) -> Binding {
    Binding {
        ctx,
        keys,
        does: Does::Intent(i),
        help,
        bar,
    }
}

const ALL: &[Ctx] = &[
    Menu,
    Decision,
    Form,
    Check,
    Debrief,
    Help,
    Leave,
    Resume,
    Feedback,
    HandIn,
    ExamOver,
    Compose,
    ComposeSubmit,
];
const NO_TEXT: &[Ctx] = &[Menu, Decision, Check, Debrief];

/// First match wins: specific keys before the catch-all text entry.
pub const BINDINGS: &[Binding] = &[
    b(
        ALL,
        &[Ctrl('c')],
        Intent::Interrupt,
        "ui-help-interrupt",
        false,
    ),
    // popups
    b(
        &[Help],
        &[
            Code(KeyCode::Esc),
            Char('q'),
            Char('?'),
            Code(KeyCode::F(1)),
            Code(KeyCode::Enter),
        ],
        Intent::Back,
        "ui-help-close",
        true,
    ),
    b(
        &[Leave],
        &[Char('s')],
        Intent::SaveAndLeave,
        "ui-help-save-leave",
        true,
    ),
    b(
        &[Leave],
        &[Char('y')],
        Intent::LeaveWithoutSaving,
        "ui-help-leave-nosave",
        true,
    ),
    b(
        &[Leave],
        &[Char('n'), Code(KeyCode::Esc)],
        Intent::Stay,
        "ui-help-stay",
        true,
    ),
    b(
        &[Resume],
        &[Char('r'), Code(KeyCode::Enter)],
        Intent::Resume,
        "ui-help-resume",
        true,
    ),
    b(
        &[Resume],
        &[Char('n')],
        Intent::StartNew,
        "ui-help-start-new",
        true,
    ),
    b(
        &[Resume],
        &[Code(KeyCode::Esc)],
        Intent::Back,
        "ui-help-cancel",
        true,
    ),
    b(
        &[Feedback],
        &[Code(KeyCode::Enter), Char(' '), Code(KeyCode::Esc)],
        Intent::Confirm,
        "ui-help-continue",
        true,
    ),
    // exams: an early hand-in needs a `y`; Enter is too easy to press by habit
    b(
        &[HandIn],
        &[Char('y')],
        Intent::Confirm,
        "ui-help-hand-in",
        true,
    ),
    b(
        &[HandIn],
        &[Char('n'), Code(KeyCode::Esc)],
        Intent::Stay,
        "ui-help-keep-going",
        true,
    ),
    b(
        &[ExamOver],
        &[Code(KeyCode::Enter), Char('q'), Code(KeyCode::Esc)],
        Intent::Back,
        "ui-help-exam-close",
        true,
    ),
    // a reply outside the length range: submitting it takes a `y`, like handing in
    b(
        &[ComposeSubmit],
        &[Char('y')],
        Intent::Confirm,
        "ui-help-submit-anyway",
        true,
    ),
    b(
        &[ComposeSubmit],
        &[Char('n'), Code(KeyCode::Esc)],
        Intent::Stay,
        "ui-help-keep-writing",
        true,
    ),
    // help and language on every screen
    b(
        NO_TEXT,
        &[Char('?'), Code(KeyCode::F(1))],
        Intent::Help,
        "ui-help-help",
        true,
    ),
    b(
        &[Form, Compose],
        &[Code(KeyCode::F(1))],
        Intent::Help,
        "ui-help-help",
        true,
    ),
    b(
        NO_TEXT,
        &[Char('L'), Code(KeyCode::F(2))],
        Intent::SwitchLocale,
        "ui-help-locale",
        true,
    ),
    b(
        &[Form, Compose, Help, Leave, Resume, Feedback, ComposeSubmit],
        &[Code(KeyCode::F(2))],
        Intent::SwitchLocale,
        "ui-help-locale",
        false,
    ),
    // moving
    b(
        &[Menu, Decision, Check, Debrief, Feedback, Help],
        &[Code(KeyCode::Up), Char('k')],
        Intent::Up,
        "ui-help-up",
        false,
    ),
    b(
        &[Menu, Decision, Check, Debrief, Feedback, Help],
        &[Code(KeyCode::Down), Char('j')],
        Intent::Down,
        "ui-help-down",
        false,
    ),
    b(
        &[Form],
        &[Code(KeyCode::Tab), Code(KeyCode::Down)],
        Intent::NextField,
        "ui-help-next-field",
        true,
    ),
    b(
        &[Form],
        &[Code(KeyCode::BackTab), Code(KeyCode::Up)],
        Intent::PrevField,
        "ui-help-prev-field",
        false,
    ),
    b(
        &[Form],
        &[Code(KeyCode::Left)],
        Intent::Left,
        "ui-help-option-prev",
        false,
    ),
    b(
        &[Form],
        &[Code(KeyCode::Right)],
        Intent::Right,
        "ui-help-option-next",
        false,
    ),
    b(
        &[Check],
        &[Code(KeyCode::Left)],
        Intent::Left,
        "ui-help-doc-prev",
        false,
    ),
    b(
        &[Check],
        &[Code(KeyCode::Right)],
        Intent::Right,
        "ui-help-doc-next",
        false,
    ),
    b(
        &[Decision, Form, Compose, Debrief, Feedback],
        &[Code(KeyCode::PageUp)],
        Intent::PageUp,
        "ui-help-page-up",
        false,
    ),
    b(
        &[Decision, Form, Compose, Debrief, Feedback],
        &[Code(KeyCode::PageDown)],
        Intent::PageDown,
        "ui-help-page-down",
        false,
    ),
    b(
        &[Check],
        &[Code(KeyCode::PageUp)],
        Intent::PageUp,
        "ui-help-check-page-up",
        false,
    ),
    b(
        &[Check],
        &[Code(KeyCode::PageDown)],
        Intent::PageDown,
        "ui-help-check-page-down",
        false,
    ),
    // acting
    b(
        &[Menu],
        &[Code(KeyCode::Enter)],
        Intent::Confirm,
        "ui-help-open",
        true,
    ),
    Binding {
        ctx: &[Decision],
        keys: &[Digit],
        does: Does::Pick,
        help: "ui-help-pick",
        bar: true,
    },
    b(
        &[Decision],
        &[Code(KeyCode::Enter)],
        Intent::Confirm,
        "ui-help-choose",
        true,
    ),
    b(
        &[Form],
        &[Code(KeyCode::Enter)],
        Intent::Confirm,
        "ui-help-form-enter",
        true,
    ),
    b(
        &[Form],
        &[Ctrl('s')],
        Intent::Submit,
        "ui-help-submit-form",
        true,
    ),
    b(
        &[Form],
        &[Code(KeyCode::Backspace)],
        Intent::Erase,
        "ui-help-erase",
        false,
    ),
    b(
        &[Check],
        &[Char(' '), Code(KeyCode::Enter), Char('x')],
        Intent::Toggle,
        "ui-help-mark",
        true,
    ),
    b(
        &[Check],
        &[Char('s'), Ctrl('s')],
        Intent::Submit,
        "ui-help-submit-marks",
        true,
    ),
    b(
        &[Debrief],
        &[Char('r')],
        Intent::Replay,
        "ui-help-replay",
        true,
    ),
    b(
        &[Debrief],
        &[Char('n')],
        Intent::NewSeed,
        "ui-help-new-seed",
        true,
    ),
    // writing an answer: Enter is a new line, so sending takes Ctrl+S (raw mode turns
    // XON/XOFF off, so the terminal hands it over) and every printable key is text
    b(
        &[Compose],
        &[Ctrl('s')],
        Intent::Submit,
        "ui-help-submit-reply",
        true,
    ),
    b(&[Compose], &[Ctrl('z')], Intent::Undo, "ui-help-undo", true),
    b(
        &[Compose],
        &[Code(KeyCode::Enter)],
        Intent::NewLine,
        "ui-help-new-line",
        false,
    ),
    b(
        &[Compose],
        &[Code(KeyCode::Backspace)],
        Intent::Erase,
        "ui-help-erase",
        false,
    ),
    b(
        &[Compose],
        &[Code(KeyCode::Delete)],
        Intent::Delete,
        "ui-help-delete",
        false,
    ),
    b(
        &[Compose],
        &[Code(KeyCode::Left)],
        Intent::Left,
        "ui-help-char-left",
        false,
    ),
    b(
        &[Compose],
        &[Code(KeyCode::Right)],
        Intent::Right,
        "ui-help-char-right",
        false,
    ),
    b(
        &[Compose],
        &[CtrlCode(KeyCode::Left)],
        Intent::WordLeft,
        "ui-help-word-left",
        false,
    ),
    b(
        &[Compose],
        &[CtrlCode(KeyCode::Right)],
        Intent::WordRight,
        "ui-help-word-right",
        false,
    ),
    b(
        &[Compose],
        &[Code(KeyCode::Up)],
        Intent::Up,
        "ui-help-line-up",
        false,
    ),
    b(
        &[Compose],
        &[Code(KeyCode::Down)],
        Intent::Down,
        "ui-help-line-down",
        false,
    ),
    b(
        &[Compose],
        &[Code(KeyCode::Home)],
        Intent::LineStart,
        "ui-help-line-start",
        false,
    ),
    b(
        &[Compose],
        &[Code(KeyCode::End)],
        Intent::LineEnd,
        "ui-help-line-end",
        false,
    ),
    // previewing (watch mode, or a preview started part-way)
    b(
        &[Decision, Form, Compose, Check, Debrief],
        &[Code(KeyCode::F(3))],
        Intent::Inspect,
        "ui-help-inspect",
        false,
    ),
    // leaving
    b(
        &[Menu],
        &[Char('q'), Code(KeyCode::Esc)],
        Intent::Back,
        "ui-help-quit",
        true,
    ),
    b(
        &[Decision, Check],
        &[Char('q'), Code(KeyCode::Esc)],
        Intent::Back,
        "ui-help-leave",
        true,
    ),
    b(
        &[Form, Compose],
        &[Code(KeyCode::Esc)],
        Intent::Back,
        "ui-help-leave",
        true,
    ),
    b(
        &[Debrief],
        &[Char('q'), Char('m'), Code(KeyCode::Esc)],
        Intent::Back,
        "ui-help-leave-debrief",
        true,
    ),
    Binding {
        ctx: &[Form],
        keys: &[Text],
        does: Does::Type,
        help: "ui-help-type",
        bar: false,
    },
    Binding {
        ctx: &[Compose],
        keys: &[Text],
        does: Does::Type,
        help: "ui-help-type-reply",
        bar: false,
    },
];

fn matches(k: Key, ev: &KeyEvent) -> bool {
    let ctrl = ev.modifiers.contains(KeyModifiers::CONTROL);
    let alt = ev.modifiers.contains(KeyModifiers::ALT);
    match (k, ev.code) {
        (Ctrl(c), KeyCode::Char(x)) => ctrl && x.eq_ignore_ascii_case(&c),
        (CtrlCode(c), code) => ctrl && !alt && c == code,
        (_, _) if ctrl || alt => false,
        (Char(c), KeyCode::Char(x)) => x == c,
        (Code(c), code) => c == code,
        (Digit, KeyCode::Char(x)) => ('1'..='9').contains(&x),
        (Text, KeyCode::Char(x)) => !x.is_control(),
        _ => false,
    }
}

/// The message a key means in `ctx`, if any.
pub fn lookup(ctx: Ctx, ev: &KeyEvent) -> Option<Msg> {
    if ev.kind == KeyEventKind::Release {
        return None;
    }
    // Form text is the only place where `q` or `?` are letters, so the form row wins there.
    if ctx == Form && ev.code == KeyCode::Tab && ev.modifiers.contains(KeyModifiers::SHIFT) {
        return Some(Msg::Do(Intent::PrevField));
    }
    let binding = BINDINGS
        .iter()
        .find(|b| b.ctx.contains(&ctx) && b.keys.iter().any(|k| matches(*k, ev)))?;
    Some(match (binding.does, ev.code) {
        (Does::Intent(i), _) => Msg::Do(i),
        (Does::Pick, KeyCode::Char(c)) => Msg::Pick(c.to_digit(10).unwrap_or(0) as usize),
        (Does::Type, KeyCode::Char(c)) => Msg::Type(c),
        _ => return None,
    })
}

/// The bindings of a context, in table order.
pub fn bindings(ctx: Ctx) -> impl Iterator<Item = &'static Binding> {
    BINDINGS.iter().filter(move |b| b.ctx.contains(&ctx))
}

/// How a key is written on screen.
pub fn key_label(k: Key) -> String {
    match k {
        Char(' ') => "Space".into(),
        Char(c) => c.to_string(),
        Ctrl(c) => format!("Ctrl+{}", c.to_ascii_uppercase()),
        CtrlCode(c) => format!("Ctrl+{}", key_label(Code(c))),
        Digit => "1-9".into(),
        Text => "A-Z 0-9".into(),
        Code(c) => match c {
            KeyCode::Up => "↑".into(),
            KeyCode::Down => "↓".into(),
            KeyCode::Left => "←".into(),
            KeyCode::Right => "→".into(),
            KeyCode::Enter => "Enter".into(),
            KeyCode::Esc => "Esc".into(),
            KeyCode::Tab => "Tab".into(),
            KeyCode::BackTab => "Shift+Tab".into(),
            KeyCode::PageUp => "PgUp".into(),
            KeyCode::PageDown => "PgDn".into(),
            KeyCode::Backspace => "Backspace".into(),
            KeyCode::Delete => "Del".into(),
            KeyCode::Home => "Home".into(),
            KeyCode::End => "End".into(),
            KeyCode::F(n) => format!("F{n}"),
            other => format!("{other:?}"),
        },
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    fn key(c: KeyCode) -> KeyEvent {
        KeyEvent::new(c, KeyModifiers::NONE)
    }

    #[test]
    fn letters_are_text_in_forms_and_commands_elsewhere() {
        assert_eq!(lookup(Form, &key(KeyCode::Char('q'))), Some(Msg::Type('q')));
        assert_eq!(
            lookup(Decision, &key(KeyCode::Char('q'))),
            Some(Msg::Do(Intent::Back))
        );
        assert_eq!(
            lookup(Decision, &key(KeyCode::Char('3'))),
            Some(Msg::Pick(3))
        );
        assert_eq!(lookup(Form, &key(KeyCode::Char('3'))), Some(Msg::Type('3')));
        assert_eq!(
            lookup(
                Form,
                &KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL)
            ),
            Some(Msg::Do(Intent::Submit))
        );
    }

    #[test]
    fn ctrl_c_leaves_from_everywhere() {
        let ev = KeyEvent::new(KeyCode::Char('c'), KeyModifiers::CONTROL);
        for ctx in ALL {
            assert_eq!(
                lookup(*ctx, &ev),
                Some(Msg::Do(Intent::Interrupt)),
                "{ctx:?}"
            );
        }
    }

    #[test]
    fn every_context_has_help_or_a_way_out() {
        for ctx in ALL {
            assert!(
                bindings(*ctx).any(|b| matches!(
                    b.does,
                    Does::Intent(Intent::Help | Intent::Back | Intent::Stay | Intent::Confirm)
                )),
                "{ctx:?}"
            );
        }
    }

    #[test]
    fn no_key_is_bound_twice_in_a_context() {
        for ctx in ALL {
            let mut seen: Vec<Key> = Vec::new();
            for b in bindings(*ctx) {
                for k in b.keys {
                    assert!(!seen.contains(k), "{k:?} bound twice in {ctx:?}");
                    seen.push(*k);
                }
            }
        }
    }
}
