//! Property: no sequence of keys, clicks, resizes and ticks panics the App or its views,
//! and the driver is told of every action the engine accepted, in order.

mod tui_support;

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use proptest::prelude::*;
use tradesim::tui::{Cmd, Msg};
use tui_support::*;

#[derive(Debug, Clone)]
enum Input {
    Key(KeyEvent),
    Click(u16, u16),
    Other(Msg),
}

fn input() -> impl Strategy<Value = Input> {
    let codes = prop_oneof![
        (0u8..16).prop_map(|i| KeyCode::Char(b"123459qsxnrmLk?j"[i as usize] as char)),
        Just(KeyCode::Char(' ')),
        Just(KeyCode::Char('0')),
        Just(KeyCode::Up),
        Just(KeyCode::Down),
        Just(KeyCode::Left),
        Just(KeyCode::Right),
        Just(KeyCode::Enter),
        Just(KeyCode::Tab),
        Just(KeyCode::BackTab),
        Just(KeyCode::Backspace),
        Just(KeyCode::Esc),
        Just(KeyCode::PageDown),
        Just(KeyCode::PageUp),
        Just(KeyCode::F(1)),
        Just(KeyCode::F(2)),
        Just(KeyCode::Char('中')),
    ];
    prop_oneof![
        8 => codes.prop_map(|c| Input::Key(KeyEvent::new(c, KeyModifiers::NONE))),
        1 => Just(Input::Key(KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL))),
        1 => (0u16..130, 0u16..45).prop_map(|(col, row)| Input::Click(col, row)),
        1 => (-1i8..=1).prop_map(|d| Input::Other(Msg::Wheel(d))),
        1 => (1u16..130, 1u16..45).prop_map(|(w, h)| Input::Other(Msg::Resize(w, h))),
        1 => any::<u64>().prop_map(|t| Input::Other(Msg::Tick(t))),
    ]
}

proptest! {
    #![proptest_config(ProptestConfig { cases: 48, ..ProptestConfig::default() })]

    #[test]
    fn no_input_sequence_panics(start in 0usize..7, zh in any::<bool>(), inputs in prop::collection::vec(input(), 0..60)) {
        let locale = if zh { "zh-CN" } else { "en-US" };
        let (_, mut app) = all_screens(locale).swap_remove(start);
        let before = app.play.as_ref().map(|p| p.attempt.actions.clone()).unwrap_or_default();
        let mut persisted = Vec::new();
        let mut opened = app.play.as_ref().map(|p| (p.attempt.seed, p.attempt.actions.len()));
        for i in inputs {
            let cmds = match i {
                Input::Key(k) => press(&mut app, k),
                Input::Click(col, row) => click(&mut app, col, row),
                Input::Other(m) => send(&mut app, m),
            };
            persisted.extend(cmds.into_iter().filter_map(|c| if let Cmd::Persist(a) = c { Some(a) } else { None }));
            let now = app.play.as_ref().map(|p| (p.attempt.seed, p.attempt.actions.len()));
            // a new attempt (replay, menu) starts the record afresh
            if now.is_none() || now.map(|n| n.1) < opened.map(|o| o.1) || now.map(|n| n.0) != opened.map(|o| o.0) {
                persisted.clear();
            }
            opened = now;
            let (w, h) = app.size;
            let _ = terminal(&app, w.max(1), h.max(1));
            if app.quit {
                break;
            }
        }
        if let Some(p) = app.play.as_ref() {
            let tail = &p.attempt.actions[p.attempt.actions.len() - persisted.len()..];
            prop_assert_eq!(tail, &persisted[..]);
            if p.attempt.actions.len() >= before.len() && p.attempt.actions.starts_with(&before) {
                prop_assert!(persisted.len() <= p.attempt.actions.len());
            }
        }
    }
}
