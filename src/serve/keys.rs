//! Bytes from the SSH channel to the terminal events the TUI reads. termwiz's parser does
//! the escape sequences (arrows, function keys, bracketed paste, mouse) and UTF-8, so the
//! remote terminal speaks to `translate` exactly as the local one does through crossterm.

use crossterm::event::{
    Event, KeyCode as CKey, KeyEvent, KeyModifiers, MouseButton, MouseEvent as CMouse,
    MouseEventKind,
};
use termwiz::input::{InputEvent, InputParser, KeyCode, Modifiers, MouseButtons, MouseEvent};

/// One connection's parser: sequences split across packets are kept between calls.
pub struct Keys {
    parser: InputParser,
}

impl Default for Keys {
    fn default() -> Self {
        Keys {
            parser: InputParser::new(),
        }
    }
}

impl Keys {
    /// The events in `bytes`. A packet's end ends a lone Escape: a client sends the whole
    /// of a key's sequence in one packet, so a trailing ESC is the Escape key.
    pub fn feed(&mut self, bytes: &[u8]) -> Vec<Event> {
        let mut out = Vec::new();
        self.parser.parse(bytes, |e| out.extend(event(e)), false);
        out
    }
}

fn event(e: InputEvent) -> Option<Event> {
    match e {
        InputEvent::Key(k) => key(k.key, k.modifiers).map(Event::Key),
        InputEvent::Paste(s) => Some(Event::Paste(s)),
        InputEvent::Mouse(m) => mouse(&m).map(Event::Mouse),
        _ => None,
    }
}

fn modifiers(m: Modifiers) -> KeyModifiers {
    let mut out = KeyModifiers::NONE;
    if m.intersects(Modifiers::SHIFT | Modifiers::LEFT_SHIFT | Modifiers::RIGHT_SHIFT) {
        out |= KeyModifiers::SHIFT;
    }
    if m.intersects(Modifiers::CTRL | Modifiers::LEFT_CTRL | Modifiers::RIGHT_CTRL) {
        out |= KeyModifiers::CONTROL;
    }
    if m.intersects(Modifiers::ALT | Modifiers::LEFT_ALT | Modifiers::RIGHT_ALT) {
        out |= KeyModifiers::ALT;
    }
    out
}

fn key(code: KeyCode, m: Modifiers) -> Option<KeyEvent> {
    let mods = modifiers(m);
    let code = match code {
        KeyCode::Char('\u{8}') | KeyCode::Char('\u{7f}') | KeyCode::Backspace => CKey::Backspace,
        KeyCode::Char('\r') | KeyCode::Char('\n') | KeyCode::Enter => CKey::Enter,
        KeyCode::Char('\t') | KeyCode::Tab if mods.contains(KeyModifiers::SHIFT) => CKey::BackTab,
        KeyCode::Char('\t') | KeyCode::Tab => CKey::Tab,
        KeyCode::Char('\u{1b}') | KeyCode::Escape => CKey::Esc,
        KeyCode::Char(c) => CKey::Char(c),
        KeyCode::UpArrow | KeyCode::ApplicationUpArrow => CKey::Up,
        KeyCode::DownArrow | KeyCode::ApplicationDownArrow => CKey::Down,
        KeyCode::LeftArrow | KeyCode::ApplicationLeftArrow => CKey::Left,
        KeyCode::RightArrow | KeyCode::ApplicationRightArrow => CKey::Right,
        KeyCode::Home | KeyCode::KeyPadHome => CKey::Home,
        KeyCode::End | KeyCode::KeyPadEnd => CKey::End,
        KeyCode::PageUp | KeyCode::KeyPadPageUp => CKey::PageUp,
        KeyCode::PageDown | KeyCode::KeyPadPageDown => CKey::PageDown,
        KeyCode::Insert => CKey::Insert,
        KeyCode::Delete => CKey::Delete,
        KeyCode::Function(n) => CKey::F(n),
        _ => return None,
    };
    Some(KeyEvent::new(code, mods))
}

/// termwiz reports mouse positions from 1, crossterm from 0.
fn mouse(m: &MouseEvent) -> Option<CMouse> {
    let b = &m.mouse_buttons;
    let kind = if b.contains(MouseButtons::VERT_WHEEL) {
        if b.contains(MouseButtons::WHEEL_POSITIVE) {
            MouseEventKind::ScrollUp
        } else {
            MouseEventKind::ScrollDown
        }
    } else if b.contains(MouseButtons::LEFT) {
        MouseEventKind::Down(MouseButton::Left)
    } else {
        return None;
    };
    Some(CMouse {
        kind,
        column: m.x.saturating_sub(1),
        row: m.y.saturating_sub(1),
        modifiers: modifiers(m.modifiers),
    })
}

#[cfg(test)]
mod tests {
    use super::*;

    fn keys(bytes: &[u8]) -> Vec<Event> {
        Keys::default().feed(bytes)
    }

    fn k(code: CKey, m: KeyModifiers) -> Event {
        Event::Key(KeyEvent::new(code, m))
    }

    #[test]
    fn arrows_function_keys_and_control_bytes() {
        assert_eq!(keys(b"\x1b[A"), vec![k(CKey::Up, KeyModifiers::NONE)]);
        assert_eq!(keys(b"\x1bOB"), vec![k(CKey::Down, KeyModifiers::NONE)]);
        assert_eq!(keys(b"\x1b[15~"), vec![k(CKey::F(5), KeyModifiers::NONE)]);
        assert_eq!(keys(b"\x1bOP"), vec![k(CKey::F(1), KeyModifiers::NONE)]);
        assert_eq!(keys(b"\r"), vec![k(CKey::Enter, KeyModifiers::NONE)]);
        assert_eq!(keys(b"\x7f"), vec![k(CKey::Backspace, KeyModifiers::NONE)]);
        assert_eq!(keys(b"\x1b"), vec![k(CKey::Esc, KeyModifiers::NONE)]);
        let ctrl_c = keys(b"\x03");
        assert_eq!(ctrl_c.len(), 1);
        let Event::Key(e) = &ctrl_c[0] else {
            panic!("not a key: {ctrl_c:?}")
        };
        assert_eq!(e.code, CKey::Char('c'));
        assert!(e.modifiers.contains(KeyModifiers::CONTROL));
    }

    #[test]
    fn utf8_and_cjk_split_across_packets() {
        let bytes = "价a".as_bytes();
        let mut p = Keys::default();
        let mut got = p.feed(&bytes[..2]);
        got.extend(p.feed(&bytes[2..]));
        let chars: Vec<_> = got
            .iter()
            .filter_map(|e| match e {
                Event::Key(KeyEvent {
                    code: CKey::Char(c),
                    ..
                }) => Some(*c),
                _ => None,
            })
            .collect();
        assert_eq!(chars, vec!['价', 'a']);
    }

    #[test]
    fn bracketed_paste_is_one_event() {
        assert_eq!(
            keys(b"\x1b[200~12 kg\x1b[201~"),
            vec![Event::Paste("12 kg".into())]
        );
    }

    #[test]
    fn sgr_mouse_click_from_zero() {
        let got = keys(b"\x1b[<0;5;3M");
        assert_eq!(got.len(), 1, "{got:?}");
        let Event::Mouse(m) = &got[0] else {
            panic!("not a mouse event: {got:?}")
        };
        assert_eq!(m.kind, MouseEventKind::Down(MouseButton::Left));
        assert_eq!((m.column, m.row), (4, 2));
    }
}
