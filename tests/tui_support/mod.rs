//! Shared by the TUI tests and benchmarks: an App on the tutorial only (so other shipped
//! scenarios never change these screens), driven by messages to each screen.
#![allow(dead_code)]

use crossterm::event::{KeyCode, KeyEvent, KeyModifiers};
use ratatui::Terminal;
use ratatui::backend::TestBackend;
use tradesim::scenario::library::{Library, ScenarioFiles, ui_sources};
use tradesim::tui::input::lookup;
use tradesim::tui::theme::Theme;
use tradesim::tui::{self, App, Cmd, Intent, Msg, Settings, update};

pub const SEED: u64 = 1;

pub fn tutorial() -> ScenarioFiles {
    Library::shipped()
        .get("tutorial")
        .expect("the tutorial is shipped")
        .clone()
}

pub fn menu_app(locale: &str) -> App {
    app_on(tutorial(), locale)
}

/// A menu of one scenario, at 80x24, without colour.
pub fn app_on(files: ScenarioFiles, locale: &str) -> App {
    let mut app = App::new(
        vec![(files, false)],
        ui_sources(),
        &locale.into(),
        Settings::default(),
        Theme { color: false },
    )
    .unwrap();
    app.size = (80, 24);
    app
}

/// The player's first screen of `files` opened on `seed`, at 160x50: what a student reads
/// first on that paper.
pub fn first_screen(files: &ScenarioFiles, locale: &str, seed: u64) -> String {
    let mut app = app_on(files.clone(), locale);
    tui::open(&mut app, files.clone(), seed);
    screen(&mut app, 160, 50)
}

/// The actions the commands hand to the driver to journal, in order.
pub fn persisted(cmds: &[Cmd]) -> Vec<tradesim::engine::Action> {
    cmds.iter()
        .filter_map(|c| match c {
            Cmd::Persist(a) => Some(a.clone()),
            _ => None,
        })
        .collect()
}

/// Send a message; the commands it produced.
pub fn send(app: &mut App, m: Msg) -> Vec<Cmd> {
    update(app, m)
}

pub fn key(app: &mut App, code: KeyCode) -> Vec<Cmd> {
    press(app, KeyEvent::new(code, KeyModifiers::NONE))
}

pub fn ctrl(app: &mut App, c: char) -> Vec<Cmd> {
    press(app, KeyEvent::new(KeyCode::Char(c), KeyModifiers::CONTROL))
}

/// A left click at a screen cell, through the input layer as the driver does it.
pub fn click(app: &mut App, col: u16, row: u16) -> Vec<Cmd> {
    let ev = crossterm::event::Event::Mouse(crossterm::event::MouseEvent {
        kind: crossterm::event::MouseEventKind::Down(crossterm::event::MouseButton::Left),
        column: col,
        row,
        modifiers: KeyModifiers::NONE,
    });
    match tradesim::tui::input::translate(app, &ev) {
        Some(m) => update(app, m),
        None => Vec::new(),
    }
}

/// A key through the one key table, as the driver does it.
pub fn press(app: &mut App, ev: KeyEvent) -> Vec<Cmd> {
    match lookup(app.context(), &ev) {
        Some(m) => update(app, m),
        None => Vec::new(),
    }
}

/// Press the number of scenario choice `choice` as it is displayed (choices are shown in
/// a seeded order).
pub fn pick(app: &mut App, choice: usize) -> Vec<Cmd> {
    let shown = app.play.as_ref().expect("playing").shown_choices();
    let pos = shown
        .iter()
        .position(|&c| c == choice)
        .expect("the choice is on offer");
    key(
        app,
        KeyCode::Char(char::from_digit(pos as u32 + 1, 10).unwrap()),
    )
}

pub fn typed(app: &mut App, s: &str) {
    for c in s.chars() {
        key(app, KeyCode::Char(c));
    }
}

pub fn play_app(locale: &str) -> App {
    let mut app = menu_app(locale);
    tui::open(&mut app, tutorial(), SEED);
    app
}

/// Close the practice feedback popup if one is up.
pub fn dismiss(app: &mut App) {
    if matches!(app.popups.last(), Some(tui::Popup::Feedback { .. })) {
        key(app, KeyCode::Enter);
    }
}

/// On the customs form (two documents on view), partly filled, one entry invalid.
pub fn form_app(locale: &str) -> App {
    let mut app = play_app(locale);
    // trade term, payment, channel
    for _ in 0..3 {
        pick(&mut app, 0);
        dismiss(&mut app);
    }
    typed(&mut app, "6704.20");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "48,0o0");
    app
}

/// On the document check (three documents), one field marked, the cursor further down.
pub fn check_app(locale: &str) -> App {
    let mut app = form_app(locale);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    key(&mut app, KeyCode::Backspace);
    typed(&mut app, "000");
    ctrl(&mut app, 's');
    dismiss(&mut app);
    assert_eq!(
        app.screen(),
        tui::Screen::Play(tui::Stage::Check),
        "{app:?}"
    );
    // the shipping instruction's gross weight: last field of the third document
    let n = app.play.as_ref().unwrap().markable().len();
    for _ in 0..n - 1 {
        key(&mut app, KeyCode::Down);
    }
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Up);
    app
}

/// At the debrief after a good run.
pub fn debrief_app(locale: &str) -> App {
    let mut app = check_app(locale);
    // also mark the consignee (first field of the shipping instruction)
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char(' '));
    key(&mut app, KeyCode::Char('s'));
    dismiss(&mut app);
    assert_eq!(
        app.screen(),
        tui::Screen::Play(tui::Stage::Ended),
        "{app:?}"
    );
    app
}

/// The written-answer fixture (tests/fixtures/compose-play): one Compose node.
pub fn reply_files() -> ScenarioFiles {
    let ron = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/compose-play/scenarios/reply.ron");
    ScenarioFiles::from_path(&ron).unwrap()
}

/// On the fixture's Compose node, the editor empty.
pub fn compose_app(locale: &str) -> App {
    let mut app = app_on(reply_files(), locale);
    tui::open(&mut app, reply_files(), SEED);
    assert_eq!(
        app.screen(),
        tui::Screen::Play(tui::Stage::Compose),
        "{app:?}"
    );
    app
}

/// The editor with a draft: a typed line, a pasted paragraph and a note in Chinese.
pub fn draft_app(locale: &str) -> App {
    let mut app = compose_app(locale);
    typed(&mut app, "Dear Ms Weber,");
    key(&mut app, KeyCode::Enter);
    send(
        &mut app,
        Msg::Paste("We are pleased to quote USD 12,500 FOB Ningbo for 500 LED desk lamps.".into()),
    );
    key(&mut app, KeyCode::Enter);
    typed(&mut app, "备注：价格含包装。");
    app
}

pub fn help_app(locale: &str) -> App {
    let mut app = play_app(locale);
    send(&mut app, Msg::Do(Intent::Help));
    app
}

/// The screen as text, at a size.
pub fn screen(app: &mut App, w: u16, h: u16) -> String {
    app.size = (w, h);
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| tui::view(app, f)).unwrap();
    t.backend().to_string()
}

pub fn terminal(app: &App, w: u16, h: u16) -> Terminal<TestBackend> {
    let mut t = Terminal::new(TestBackend::new(w, h)).unwrap();
    t.draw(|f| tui::view(app, f)).unwrap();
    t
}

/// Every screen, named.
pub fn all_screens(locale: &str) -> Vec<(&'static str, App)> {
    vec![
        ("menu", menu_app(locale)),
        ("play", play_app(locale)),
        ("form", form_app(locale)),
        ("check", check_app(locale)),
        ("debrief", debrief_app(locale)),
        ("help", help_app(locale)),
        ("compose", draft_app(locale)),
    ]
}
