//! The written-answer editor on a Compose node, driven by messages without a terminal:
//! every printable key is text, a paste is one undo step, sending asks first when the length
//! is outside the range, a draft is never lost silently; practice shows the rubric item by
//! item, an exam journals the text and shows nothing. Snapshots at 80x24 in both languages.

mod exam_support;
mod tui_support;

use std::path::Path;

use crossterm::event::{Event, KeyCode, KeyEvent, KeyModifiers};
use exam_support::drive as exam_send;
use tradesim::engine::Action;
use tradesim::record::assessment::library_for;
use tradesim::record::journal::{Line as JournalLine, parse, read_bytes};
use tradesim::record::{AssessmentFiles, Exam, ManualClock, SealKey, Session, Start};
use tradesim::scenario::library::ui_sources;
use tradesim::tui::exam::ExamJournal;
use tradesim::tui::input::{lookup, translate};
use tradesim::tui::theme::Theme;
use tradesim::tui::{self, App, Cmd, Msg, Popup, Screen, Stage};
use tui_support::{
    SEED, compose_app, ctrl, draft_app, key, persisted, press, reply_files, screen, send, terminal,
    typed,
};

fn fixture() -> std::path::PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/compose-play")
}

fn draft(app: &App) -> &str {
    app.play.as_ref().unwrap().editor.text()
}

fn ctrl_key(app: &mut App, code: KeyCode) -> Vec<Cmd> {
    press(app, KeyEvent::new(code, KeyModifiers::CONTROL))
}

const GOOD: &str = "Dear Ms Weber, thank you for your inquiry. We are pleased to quote \
USD 12,500 FOB Ningbo for 500 LED desk lamps, model DL-20. Kind regards, Li Wei";

#[test]
fn every_printable_key_is_text_no_hot_key_fires() {
    let mut app = compose_app("en-US");
    // keys that are commands on other screens: quit, help, choices, language, replay, marks
    let hot = "q?123Lrnsxjk m";
    for c in hot.chars() {
        let cmds = key(&mut app, KeyCode::Char(c));
        assert!(cmds.is_empty(), "{c:?} gave {cmds:?}");
    }
    assert_eq!(draft(&app), hot);
    assert!(app.popups.is_empty(), "{:?}", app.popups);
    assert!(!app.quit);
    // CJK and IME text arrives as characters, like any other
    typed(&mut app, "价格");
    assert_eq!(draft(&app), format!("{hot}价格"));
    assert_eq!(app.screen(), Screen::Play(Stage::Compose));
}

#[test]
fn a_paste_goes_in_whole_and_is_one_undo_step() {
    let mut app = compose_app("en-US");
    typed(&mut app, "Dear Ms Weber, ");
    // a bracketed paste reaches the editor as one message, from crossterm as from termwiz
    let paste = Event::Paste("We quote USD 12,500\r\nFOB Ningbo.\t1 2 3".into());
    let m = translate(&app, &paste).expect("a paste is a message in the editor");
    assert!(matches!(&m, Msg::Paste(_)), "{m:?}");
    let cmds = send(&mut app, m);
    assert!(cmds.is_empty(), "{cmds:?}");
    assert_eq!(
        draft(&app),
        "Dear Ms Weber, We quote USD 12,500\nFOB Ningbo. 1 2 3"
    );
    ctrl(&mut app, 'z');
    assert_eq!(draft(&app), "Dear Ms Weber, ");
    ctrl(&mut app, 'z');
    assert_eq!(draft(&app), "");
}

#[test]
fn over_ssh_the_same_bytes_reach_the_editor_the_same_way() {
    // what `tradesim serve` reads from the channel, parsed by termwiz: typing split across
    // packets (UTF-8 included), Ctrl+Z, a bracketed paste, Ctrl+Left
    let mut app = compose_app("en-US");
    let mut keys = tradesim::serve::keys::Keys::default();
    let packets: [&[u8]; 6] = [
        b"Dear \xe4\xbb",
        b"\xb7",
        b"\x1b[200~USD 12,500\r\nFOB Ningbo\x1b[201~",
        b"\x1a",
        b"\x1b[200~We quote\x1b[201~",
        b"\x1b[1;5D!",
    ];
    for bytes in packets {
        for ev in keys.feed(bytes) {
            if let Some(m) = translate(&app, &ev) {
                send(&mut app, m);
            }
        }
    }
    assert_eq!(draft(&app), "Dear 价We !quote");
}

#[test]
fn a_paste_elsewhere_never_picks_a_choice() {
    let app = tui_support::play_app("en-US");
    assert_eq!(translate(&app, &Event::Paste("1".into())), None);
}

#[test]
fn the_caret_moves_by_character_word_and_line() {
    let mut app = compose_app("en-US");
    typed(&mut app, "USD 12,500 FOB");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "Ningbo");
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Home);
    ctrl_key(&mut app, KeyCode::Right);
    typed(&mut app, "!");
    assert_eq!(draft(&app), "USD! 12,500 FOB\nNingbo");
    key(&mut app, KeyCode::End);
    ctrl_key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Delete);
    assert_eq!(draft(&app), "USD! 12,500 OB\nNingbo");
    key(&mut app, KeyCode::Left);
    key(&mut app, KeyCode::Backspace);
    assert_eq!(draft(&app), "USD! 12,50 OB\nNingbo");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::End);
    key(&mut app, KeyCode::Right);
    typed(&mut app, ".");
    assert_eq!(draft(&app), "USD! 12,50 OB\nNingbo.");
}

#[test]
fn sending_in_range_scores_item_by_item_at_once() {
    let mut app = compose_app("en-US");
    typed(&mut app, GOOD);
    let cmds = ctrl(&mut app, 's');
    assert_eq!(persisted(&cmds), vec![Action::Write(GOOD.into())]);
    assert!(matches!(app.popups.last(), Some(Popup::Feedback { .. })));
    let text = screen(&mut app, 80, 24);
    for want in [
        "You sent your reply (28 words).",
        "✓ Met: The price, USD 12,500  Cost +2",
        "found: “12,500”",
        "✓ Met: The trade term with its named place",
        "“FOB Ningbo”",
        "? For the examiner (check yourself): Tone and structure",
        "0: Curt or unclear.",
    ] {
        assert!(text.contains(want), "{want:?} in\n{text}");
    }
    insta::assert_snapshot!("compose_feedback_80x24_en-US", text);
}

#[test]
fn the_feedback_in_chinese_keeps_the_reply_and_its_values_as_written() {
    let mut app = compose_app("zh-CN");
    typed(&mut app, GOOD);
    ctrl(&mut app, 's');
    let text = screen(&mut app, 80, 24);
    for want in [
        "你已发送回复（28 词）。",
        "✓ 达到：价格：USD 12,500",
        "找到：“FOB Ningbo”",
    ] {
        assert!(text.contains(want), "{want:?} in\n{text}");
    }
    insta::assert_snapshot!("compose_feedback_80x24_zh-CN", text);
}

#[test]
fn a_forbidden_promise_and_a_missing_value_are_named() {
    let mut app = compose_app("en-US");
    typed(
        &mut app,
        "Dear Ms Weber, we quote USD 12,500 CIF Hamburg with free shipping, \
         and we guarantee delivery in May. Best regards",
    );
    ctrl(&mut app, 's');
    let text = screen(&mut app, 80, 40);
    assert!(
        text.contains("✗ Not met: The trade term with its named place"),
        "{text}"
    );
    assert!(text.contains("missing: FOB Ningbo"), "{text}");
    assert!(
        text.contains("✗ Not met: No promise the contract does not make"),
        "{text}"
    );
    assert!(text.contains("must not say: \"free shipping\""), "{text}");
}

#[test]
fn sending_outside_the_length_range_asks_first() {
    let mut app = compose_app("en-US");
    typed(&mut app, "USD 12,500 FOB Ningbo");
    // the count shows, marked, while typing goes on
    assert!(screen(&mut app, 80, 24).contains("4 words (15–120) ▲ too short"));
    let cmds = ctrl(&mut app, 's');
    assert!(persisted(&cmds).is_empty());
    assert_eq!(app.popups, vec![Popup::ComposeSubmit]);
    let text = screen(&mut app, 80, 24);
    assert!(
        text.contains("Your reply has 4 words; the task asks for 15–120"),
        "{text}"
    );
    // Enter is not yes
    assert!(persisted(&key(&mut app, KeyCode::Enter)).is_empty());
    key(&mut app, KeyCode::Char('n'));
    assert!(app.popups.is_empty());
    assert_eq!(draft(&app), "USD 12,500 FOB Ningbo");
    ctrl(&mut app, 's');
    let cmds = key(&mut app, KeyCode::Char('y'));
    assert_eq!(
        persisted(&cmds),
        vec![Action::Write("USD 12,500 FOB Ningbo".into())]
    );
}

#[test]
fn leaving_with_a_draft_asks_and_a_save_keeps_the_draft() {
    let mut app = compose_app("en-US");
    typed(&mut app, "Dear Ms Weber,");
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "报价如下");
    key(&mut app, KeyCode::Esc);
    assert_eq!(app.popups, vec![Popup::Leave]);
    key(&mut app, KeyCode::Char('n'));
    assert!(app.popups.is_empty());
    assert_eq!(draft(&app), "Dear Ms Weber,\n报价如下");
    key(&mut app, KeyCode::Esc);
    let cmds = key(&mut app, KeyCode::Char('s'));
    let save = cmds
        .iter()
        .find_map(|c| match c {
            Cmd::WriteSave(s) => Some(s.clone()),
            _ => None,
        })
        .expect("a save");
    assert_eq!(save.draft.as_deref(), Some("Dear Ms Weber,\n报价如下"));
    assert!(save.actions.is_empty());
    assert!(app.play.is_none());
    // resuming opens the editor with the draft
    tui::open(&mut app, reply_files(), SEED + 1);
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(app.screen(), Screen::Play(Stage::Compose));
    assert_eq!(draft(&app), "Dear Ms Weber,\n报价如下");
}

#[test]
fn an_empty_editor_leaves_without_asking_and_ctrl_c_saves_a_draft() {
    let mut app = compose_app("en-US");
    key(&mut app, KeyCode::Esc);
    assert!(app.play.is_none(), "nothing to lose: no question");
    let mut app = compose_app("en-US");
    typed(&mut app, "Dear Ms Weber");
    let cmds = ctrl(&mut app, 'c');
    assert!(
        cmds.iter()
            .any(|c| matches!(c, Cmd::WriteSave(s) if s.draft.as_deref() == Some("Dear Ms Weber"))),
        "{cmds:?}"
    );
}

#[test]
fn help_lists_the_editor_keys_from_the_key_table() {
    let mut app = compose_app("en-US");
    key(&mut app, KeyCode::F(1));
    assert_eq!(app.popups, vec![Popup::Help]);
    let text = screen(&mut app, 80, 40);
    for want in [
        "Ctrl+S",
        "Send the reply",
        "Ctrl+Z",
        "Ctrl+←",
        "Previous word",
        "Home",
        "Esc",
    ] {
        assert!(text.contains(want), "{want:?} in\n{text}");
    }
}

#[test]
fn the_terminal_cursor_sits_at_the_caret_in_both_languages() {
    for locale in ["en-US", "zh-CN"] {
        let mut app = draft_app(locale);
        let text = screen(&mut app, 80, 24);
        assert!(text.contains("备注：价格含包装。"), "{text}");
        // the screen's snapshots, at 80x24 and 120x40, are tui_snapshots' `compose_*`
        // the terminal's cursor sits at the caret (an input method opens its window there)
        let mut t = terminal(&app, 80, 24);
        let at = t.get_cursor_position().unwrap();
        let row: String = text.lines().nth(usize::from(at.y)).unwrap().to_string();
        assert!(row.contains("备注"), "cursor at {at:?}, row {row:?}");
    }
}

#[test]
fn the_debrief_marks_what_each_item_found_in_the_reply() {
    let mut app = compose_app("en-US");
    let reply = "Dear Ms Weber, we quote USD 12,500 FOB Ningbo for 500 lamps, free shipping included. Regards";
    typed(&mut app, reply);
    ctrl(&mut app, 's');
    key(&mut app, KeyCode::Enter);
    assert_eq!(app.screen(), Screen::Play(Stage::Ended));
    app.size = (120, 40);
    let t = terminal(&app, 120, 40);
    let buf = t.backend().buffer();
    let text = t.backend().to_string();
    assert!(
        text.contains("Your reply, with what each item found underlined"),
        "{text}"
    );
    // the found figure is underlined, the forbidden phrase reversed; the rest plain
    let style_of = |needle: &str| {
        let (y, line) = text
            .lines()
            .enumerate()
            .find(|(_, l)| l.contains(needle) && !l.contains('“'))
            .unwrap_or_else(|| panic!("{needle:?} in\n{text}"));
        let col = tui_support_col(line, needle);
        buf[(col as u16, y as u16)].modifier
    };
    use ratatui::style::Modifier;
    assert!(style_of("FOB Ningbo").contains(Modifier::UNDERLINED));
    assert!(style_of("free shipping").contains(Modifier::REVERSED));
    assert!(!style_of("Dear Ms Weber").contains(Modifier::UNDERLINED));
    insta::assert_snapshot!("compose_debrief_120x40_en-US", text);
}

/// The screen column where `needle` starts in `line` (display width, CJK counting two).
fn tui_support_col(line: &str, needle: &str) -> usize {
    use unicode_width::UnicodeWidthStr;
    let at = line.find(needle).unwrap();
    line[..at].width()
}

// ---- exam mode: the same editor, the text journaled, no feedback ----

const KEY: &[u8] = b"a key for the compose exam tests";

/// A sitting of `reply-exam` (one Compose part) on a hand-driven clock.
fn sitting(dir: &Path, locale: &str) -> (ExamJournal<'static>, App) {
    exam_support::copy_dir(&fixture(), dir);
    let files =
        AssessmentFiles::from_path(&dir.join("scenarios/assessments/reply-exam.ron")).unwrap();
    let lib = library_for(&files, &[]).unwrap();
    let exam: &'static Exam = Box::leak(Box::new(Exam::load(files, lib).unwrap()));
    let start = Start {
        seed: Some(4),
        locale: locale.into(),
        ..Start::default()
    };
    let s = Session::open(
        exam,
        "cand-1",
        &dir.join("results"),
        &SealKey::new(KEY, "t").unwrap(),
        &start,
        Box::new(ManualClock::starting_at(1_700_000_000_000)),
    )
    .unwrap();
    let mut j = ExamJournal::new(exam, s);
    let mut app = j.app(ui_sources(), Theme { color: false }).unwrap();
    app.size = (80, 24);
    (j, app)
}

fn exam_press(j: &mut ExamJournal, app: &mut App, ev: KeyEvent) {
    if let Some(m) = lookup(app.context(), &ev) {
        exam_send(j, app, m);
    }
}

#[test]
fn in_an_exam_the_text_is_journaled_and_nothing_is_shown() {
    let dir = tempfile::tempdir().unwrap();
    let (mut j, mut app) = sitting(dir.path(), "en-US");
    assert_eq!(app.context(), tradesim::tui::input::Ctx::Compose);
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Part 1 of 1"), "{text}");
    assert!(text.contains("Write in English, 15–120 words."), "{text}");
    // q is a letter here, not a hand-in
    for c in "Dear Ms Weber, \"quoted\" q".chars() {
        exam_press(
            &mut j,
            &mut app,
            KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE),
        );
    }
    assert!(app.popups.is_empty(), "{:?}", app.popups);
    // Esc hands in, after a question that warns of the unsent draft
    exam_press(
        &mut j,
        &mut app,
        KeyEvent::new(KeyCode::Esc, KeyModifiers::NONE),
    );
    assert_eq!(app.popups, vec![Popup::HandIn]);
    let asked = screen(&mut app, 80, 24);
    assert!(asked.contains("has not been sent"), "{asked}");
    exam_press(
        &mut j,
        &mut app,
        KeyEvent::new(KeyCode::Char('n'), KeyModifiers::NONE),
    );
    assert!(app.popups.is_empty());
    exam_send(
        &mut j,
        &mut app,
        Msg::Paste("\nWe quote USD 12,500 FOB Ningbo for 500 LED desk lamps, model DL-20, valid to 31 March.\n报价".into()),
    );
    let sent = draft(&app).to_string();
    exam_press(
        &mut j,
        &mut app,
        KeyEvent::new(KeyCode::Char('s'), KeyModifiers::CONTROL),
    );
    assert_eq!(
        j.session.actions_recorded(),
        1,
        "journaled before the next draw"
    );
    // no feedback: straight to the end of the exam, the score shown as the policy allows
    assert_eq!(app.popups, vec![Popup::ExamOver]);
    let shown = screen(&mut app, 80, 24);
    assert!(!shown.contains("Met"), "{shown}");
    assert!(
        shown.contains("Provisional: the parts of your written answers"),
        "{shown}"
    );
    assert!(!shown.contains("12,500"), "{shown}");
    let rec = parse(
        &read_bytes(&tradesim::record::session::journal_path(
            &dir.path().join("results"),
            "cand-1",
        ))
        .unwrap(),
        &SealKey::new(KEY, "t").unwrap().public(),
    )
    .unwrap();
    let written: Vec<String> = rec
        .lines
        .iter()
        .filter_map(|l| match l {
            JournalLine::Action(a) => Some(a.action.clone()),
            _ => None,
        })
        .collect();
    assert_eq!(written, vec![Action::Write(sent).to_string()]);
    assert!(written[0].starts_with("write \"Dear Ms Weber, \\\"quoted\\\" q\\n"));
}

// ---- any input: no panic, the caret on a character and on screen ----

mod any_input {
    use super::*;
    use proptest::prelude::*;

    #[derive(Debug, Clone)]
    enum Input {
        Key(KeyEvent),
        Paste(String),
        Resize(u16, u16),
    }

    fn input() -> impl Strategy<Value = Input> {
        let plain = prop_oneof![
            Just(KeyCode::Up),
            Just(KeyCode::Down),
            Just(KeyCode::Left),
            Just(KeyCode::Right),
            Just(KeyCode::Home),
            Just(KeyCode::End),
            Just(KeyCode::Enter),
            Just(KeyCode::Backspace),
            Just(KeyCode::Delete),
            Just(KeyCode::Tab),
            Just(KeyCode::PageUp),
            Just(KeyCode::PageDown),
            Just(KeyCode::F(2)),
            any::<char>().prop_map(KeyCode::Char),
            prop::sample::select(vec![
                '中', '价', 'é', '\u{301}', '\u{200b}', '😀', ' ', 'q', '?'
            ])
            .prop_map(KeyCode::Char),
        ];
        let ctrl = prop::sample::select(vec![KeyCode::Left, KeyCode::Right, KeyCode::Char('z')]);
        prop_oneof![
            10 => plain.prop_map(|c| Input::Key(KeyEvent::new(c, KeyModifiers::NONE))),
            2 => ctrl.prop_map(|c| Input::Key(KeyEvent::new(c, KeyModifiers::CONTROL))),
            1 => any::<String>().prop_map(Input::Paste),
            1 => (40u16..130, 12u16..45).prop_map(|(w, h)| Input::Resize(w, h)),
        ]
    }

    proptest! {
        #![proptest_config(ProptestConfig { cases: 64, ..ProptestConfig::default() })]

        #[test]
        fn the_editor_takes_any_input(zh in any::<bool>(), inputs in prop::collection::vec(input(), 0..80)) {
            let mut app = compose_app(if zh { "zh-CN" } else { "en-US" });
            for i in inputs {
                match i {
                    Input::Key(k) => { press(&mut app, k); }
                    Input::Paste(s) => { send(&mut app, Msg::Paste(s)); }
                    Input::Resize(w, h) => { send(&mut app, Msg::Resize(w, h)); }
                }
                let Some(p) = app.play.as_ref() else { break };
                if p.stage() != Stage::Compose || !app.popups.is_empty() {
                    break;
                }
                let e = &p.editor;
                prop_assert!(e.text().is_char_boundary(e.caret()));
                prop_assert!(!e.text().chars().any(|c| c.is_control() && c != '\n'));
                let (w, h) = app.size;
                let mut t = terminal(&app, w, h);
                let at = t.get_cursor_position().unwrap();
                prop_assert!(at.x < w && at.y < h, "{:?} outside {}x{}", at, w, h);
            }
        }
    }
}
