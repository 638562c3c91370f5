//! The App driven by messages, no terminal: what each key does, and the hooks other
//! drivers rely on (every accepted action reported, feedback a setting, time from ticks,
//! reload in place).

mod tui_support;

use crossterm::event::KeyCode;
use tradesim::engine::Action;
use tradesim::scenario::library::ScenarioFiles;
use tradesim::tui::app::Files;
use tradesim::tui::{self, App, Cmd, Feedback, Intent, Msg, Popup, Screen, Settings, Stage};
use tui_support::*;

fn node(app: &App) -> String {
    app.play.as_ref().unwrap().node().id().to_string()
}

/// The tutorial with its second Incoterm offered only to the rich.
fn with_hidden_second_choice() -> ScenarioFiles {
    let mut f = tutorial();
    f.ron.text = f.ron.text.replace(
        "text: \"incoterm-cfr\",",
        "text: \"incoterm-cfr\",\n condition: \"cash >= 100000\",",
    );
    f
}

#[test]
fn choices_are_numbered_by_their_displayed_position() {
    let mut app = menu_app("en-US");
    tui::open(&mut app, with_hidden_second_choice(), SEED);
    let shown = app.play.as_ref().unwrap().shown_choices();
    let mut sorted = shown.clone();
    sorted.sort();
    assert_eq!(sorted, vec![0, 2, 3]);
    let pos = shown.iter().position(|&c| c == 2).unwrap() + 1;
    let screen_text = screen(&mut app, 80, 24);
    assert!(
        screen_text.contains(&format!("{pos}. DDP Elbe Beauty")),
        "{screen_text}"
    );
    assert!(!screen_text.contains("CFR"), "{screen_text}");
    let cmds = key(
        &mut app,
        KeyCode::Char(char::from_digit(pos as u32, 10).unwrap()),
    );
    assert_eq!(persisted(&cmds), vec![Action::Choose(2)]);
    // a number past the shown choices does nothing
    dismiss(&mut app);
    let cmds = key(&mut app, KeyCode::Char('9'));
    assert!(cmds.is_empty());
    assert_eq!(node(&app), "payment");
}

#[test]
fn arrows_and_enter_choose_the_highlighted_choice() {
    let mut app = play_app("en-US");
    for _ in 0..4 {
        key(&mut app, KeyCode::Down); // the fourth stops at the last of four
    }
    key(&mut app, KeyCode::Up);
    let third = app.play.as_ref().unwrap().shown_choices()[2];
    let cmds = key(&mut app, KeyCode::Enter);
    assert_eq!(persisted(&cmds), vec![Action::Choose(third)]);
}

#[test]
fn every_accepted_action_is_reported_in_order() {
    let mut app = check_app("en-US");
    let mut all = Vec::new();
    key(&mut app, KeyCode::Up);
    key(&mut app, KeyCode::Char(' '));
    all.extend(persisted(&key(&mut app, KeyCode::Char('s'))));
    dismiss(&mut app);
    let p = app.play.as_ref().unwrap();
    assert_eq!(all, p.attempt.actions[4..].to_vec());
    assert_eq!(
        all[0],
        Action::Mark(vec![
            "instruction.gross_weight".into(),
            "instruction.consignee".into()
        ])
    );
}

#[test]
fn feedback_is_a_setting() {
    let mut practice = play_app("en-US");
    pick(&mut practice, 0);
    assert!(matches!(
        practice.popups.last(),
        Some(Popup::Feedback { .. })
    ));
    let text = screen(&mut practice, 100, 30);
    assert!(text.contains("Under CPT you contract"), "{text}");

    let mut exam = menu_app("en-US");
    exam.settings = Settings {
        feedback: Feedback::Withheld,
        saves: false,
    };
    tui::open(&mut exam, tutorial(), SEED);
    pick(&mut exam, 0);
    assert!(exam.popups.is_empty());
    assert!(!screen(&mut exam, 100, 30).contains("Under CPT you contract"));
    assert_eq!(node(&exam), "payment");
}

#[test]
fn form_shows_problems_in_place_and_submits_when_ready() {
    let mut app = form_app("en-US");
    // a bad number is flagged as typed
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("Enter a whole number"), "{text}");
    // submitting with a bad entry moves to it and sends nothing
    assert!(persisted(&ctrl(&mut app, 's')).is_empty());
    assert_eq!(app.play.as_ref().unwrap().form.focus, 2);
    // an empty field is required
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    for _ in 0..10 {
        key(&mut app, KeyCode::Backspace);
    }
    assert!(persisted(&ctrl(&mut app, 's')).is_empty());
    assert!(screen(&mut app, 80, 24).contains("Fill in this field"));
    typed(&mut app, "6704.20");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Tab);
    for _ in 0..6 {
        key(&mut app, KeyCode::Backspace);
    }
    typed(&mut app, "48,000");
    // Enter walks to the button, Enter on the button submits
    key(&mut app, KeyCode::Enter);
    let cmds = key(&mut app, KeyCode::Enter);
    assert_eq!(
        persisted(&cmds),
        vec![Action::Submit(vec![
            ("hs".into(), "6704.20".into()),
            ("mode".into(), "9710".into()),
            ("value".into(), "48,000".into())
        ])]
    );
}

#[test]
fn list_fields_cycle_and_letters_are_text_in_forms() {
    let mut app = form_app("en-US");
    key(&mut app, KeyCode::BackTab);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Left);
    assert_eq!(app.play.as_ref().unwrap().form.entries[1], "9810");
    key(&mut app, KeyCode::BackTab);
    typed(&mut app, "q?");
    assert_eq!(app.play.as_ref().unwrap().form.entries[0], "6704.20q?");
    assert!(app.popups.is_empty(), "q and ? are letters in a form");
}

#[test]
fn check_marks_and_unmarks() {
    let mut app = check_app("en-US");
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Down);
    key(&mut app, KeyCode::Char(' ')); // unmark the gross weight
    key(&mut app, KeyCode::Left); // first field of the shipping instruction
    key(&mut app, KeyCode::Char('x'));
    let cmds = key(&mut app, KeyCode::Char('s'));
    assert_eq!(
        persisted(&cmds),
        vec![Action::Mark(vec!["instruction.consignee".into()])]
    );
    dismiss(&mut app);
    assert_eq!(node(&app), "amend", "a missed discrepancy costs time");
}

#[test]
fn leaving_asks_saves_and_resumes() {
    let mut app = form_app("en-US");
    send(&mut app, Msg::Tick(1_700_000_000_000));
    assert!(key(&mut app, KeyCode::Esc).is_empty());
    assert_eq!(app.popups.last(), Some(&Popup::Leave));
    key(&mut app, KeyCode::Char('n'));
    assert!(app.popups.is_empty() && app.play.is_some());
    key(&mut app, KeyCode::Esc);
    let cmds = key(&mut app, KeyCode::Char('s'));
    let save = match &cmds[..] {
        [Cmd::WriteSave(s)] => s.clone(),
        other => panic!("{other:?}"),
    };
    assert_eq!(save.actions, vec!["choose 1", "choose 1", "choose 1"]);
    assert_eq!(save.saved_at, 1_700_000_000_000);
    assert_eq!(app.screen(), Screen::Menu);
    assert!(screen(&mut app, 80, 24).contains("• Tutorial"));
    // open it again: resume is offered
    key(&mut app, KeyCode::Enter);
    assert!(matches!(app.popups.last(), Some(Popup::Resume { .. })));
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(node(&app), "declare");
    assert_eq!(app.play.as_ref().unwrap().attempt.seed, SEED);
    // finishing a resumed attempt removes its save
    let mut cmds = Vec::new();
    typed(&mut app, "6704.20");
    key(&mut app, KeyCode::Tab);
    key(&mut app, KeyCode::Right);
    key(&mut app, KeyCode::Tab);
    typed(&mut app, "48000");
    cmds.extend(ctrl(&mut app, 's'));
    dismiss(&mut app);
    cmds.extend(key(&mut app, KeyCode::Char('s')));
    dismiss(&mut app);
    cmds.extend(key(&mut app, KeyCode::Char('1'))); // the one way on after a missed discrepancy
    dismiss(&mut app);
    assert_eq!(app.screen(), Screen::Play(Stage::Ended));
    assert!(cmds.contains(&Cmd::DeleteSave("tutorial".into())));
    assert!(app.saves.is_empty());
}

#[test]
fn nothing_to_lose_means_no_question() {
    let mut app = play_app("en-US");
    key(&mut app, KeyCode::Char('q'));
    assert_eq!(app.screen(), Screen::Menu);
    let mut direct = play_app("en-US");
    direct.direct = true;
    let cmds = key(&mut direct, KeyCode::Char('q'));
    assert_eq!(cmds, vec![Cmd::Quit]);
    assert!(direct.quit);
}

#[test]
fn ctrl_c_saves_a_practice_attempt_and_quits() {
    let mut app = form_app("en-US");
    let cmds = ctrl(&mut app, 'c');
    assert!(matches!(&cmds[..], [Cmd::WriteSave(s), Cmd::Quit] if s.actions.len() == 3));
    assert!(app.quit);
    let mut exam = form_app("en-US");
    exam.settings.saves = false;
    assert_eq!(ctrl(&mut exam, 'c'), vec![Cmd::Quit]);
}

#[test]
fn time_comes_only_from_ticks() {
    let mut a = menu_app("en-US");
    let mut b = menu_app("en-US");
    send(&mut a, Msg::Tick(42));
    send(&mut b, Msg::Tick(42));
    assert_eq!(a.now, 42);
    assert_eq!(a.draw_seed(), b.draw_seed());
    let mut c = menu_app("en-US");
    send(&mut c, Msg::Tick(43));
    assert_ne!(
        c.draw_seed(),
        menu_app("en-US").draw_seed(),
        "another moment, another seed"
    );
    key(&mut a, KeyCode::Enter);
    key(&mut b, KeyCode::Enter);
    assert_eq!(
        a.play.as_ref().unwrap().attempt.seed,
        b.play.as_ref().unwrap().attempt.seed
    );
}

#[test]
fn debrief_replays_with_the_same_or_a_new_seed() {
    let mut app = debrief_app("en-US");
    let text = screen(&mut app, 80, 24);
    assert!(text.contains("PASS") && text.contains("100/100"), "{text}");
    key(&mut app, KeyCode::Char('r'));
    assert_eq!(node(&app), "incoterm");
    assert_eq!(app.play.as_ref().unwrap().attempt.seed, SEED);
    let mut app = debrief_app("en-US");
    send(&mut app, Msg::Tick(99));
    key(&mut app, KeyCode::Char('n'));
    assert_ne!(app.play.as_ref().unwrap().attempt.seed, SEED);
    let mut app = debrief_app("en-US");
    key(&mut app, KeyCode::Char('m'));
    assert_eq!(app.screen(), Screen::Menu);
}

#[test]
fn switching_language_redraws_every_text() {
    for (name, mut app) in all_screens("en-US") {
        let before = screen(&mut app, 100, 30);
        key(&mut app, KeyCode::F(2));
        assert_eq!(app.locale, "zh-CN");
        let after = screen(&mut app, 100, 30);
        assert_ne!(before, after, "{name}");
        for word in [
            "Situation",
            "Choices",
            "Scenarios",
            "Decision log",
            "Help",
            "Outcome",
        ] {
            assert!(
                !after.contains(word),
                "{name}: `{word}` left in English:\n{after}"
            );
        }
        key(&mut app, KeyCode::F(2));
        assert_eq!(screen(&mut app, 100, 30), before, "{name}: back to English");
    }
}

#[test]
fn reload_keeps_the_position_and_shows_new_text() {
    let mut app = form_app("en-US");
    let mut files = tutorial();
    let en = files.locales.get_mut("en-US").unwrap();
    en.text = en.text.replace(
        "Mr Zhao needs the export declaration data",
        "Mr Zhao NOW needs the declaration data",
    );
    send(&mut app, Msg::Reload(Files(Box::new(files))));
    assert_eq!(node(&app), "declare");
    assert_eq!(app.play.as_ref().unwrap().form.entries[0], "6704.20");
    assert!(screen(&mut app, 100, 30).contains("Mr Zhao NOW needs"));
    // a broken version leaves the old one playing, and says why
    let mut broken = tutorial();
    broken.ron.text = broken
        .ron
        .text
        .replace("goto: \"inspection\"", "goto: \"nowhere\"");
    send(&mut app, Msg::Reload(Files(Box::new(broken))));
    assert_eq!(node(&app), "declare");
    assert!(
        app.notice
            .as_deref()
            .unwrap_or("")
            .contains("Reload failed"),
        "{:?}",
        app.notice
    );
}

#[test]
fn a_click_on_a_choice_takes_it() {
    let mut app = play_app("en-US");
    let text = screen(&mut app, 80, 24);
    let row = text
        .lines()
        .position(|l| l.contains(". CFR Port of Hamburg"))
        .unwrap() as u16;
    let cmds = click(&mut app, 10, row);
    assert_eq!(persisted(&cmds), vec![Action::Choose(1)]);
    // clicks on a popup or outside the choices do nothing
    let cmds = click(&mut app, 10, row);
    assert!(cmds.is_empty());
}

#[test]
fn help_lists_the_keys_of_the_screen_it_covers() {
    let mut app = form_app("en-US");
    key(&mut app, KeyCode::F(1));
    let text = screen(&mut app, 100, 40);
    assert!(
        text.contains("Keys — form") && text.contains("Ctrl+S") && text.contains("Next field"),
        "{text}"
    );
    key(&mut app, KeyCode::Esc);
    assert!(app.popups.is_empty());
    assert_eq!(send(&mut app, Msg::Do(Intent::Help)), vec![]);
    assert_eq!(app.popups, vec![Popup::Help]);
}

#[test]
fn clicks_mark_document_fields_focus_form_fields_and_select_menu_entries() {
    // a check: click the shipping instruction's consignee
    let mut app = check_app("en-US");
    let text = screen(&mut app, 120, 40);
    let row = text
        .lines()
        .position(|l| l.contains("Elbe Beauty GmbH, Hamburg"))
        .unwrap() as u16;
    let line = text.lines().nth(row as usize).unwrap();
    // the line starts with a quote mark in the snapshot text; box drawing is one column wide
    let col = line[..line.find("[ ] Consignee").unwrap()].chars().count() as u16 - 1;
    click(&mut app, col, row);
    let marks = app.play.as_ref().unwrap().check_action();
    assert_eq!(
        marks,
        Action::Mark(vec![
            "instruction.gross_weight".into(),
            "instruction.consignee".into()
        ])
    );
    // a form: click the HS code entry
    let mut app = form_app("en-US");
    let text = screen(&mut app, 120, 40);
    let row = text.lines().position(|l| l.contains("6704.20")).unwrap() as u16;
    click(&mut app, 5, row);
    assert_eq!(app.play.as_ref().unwrap().form.focus, 0);
    // the menu: a click on the selected scenario (or its summary) opens it
    let mut app = menu_app("en-US");
    let text = screen(&mut app, 80, 24);
    let row = text
        .lines()
        .position(|l| l.contains("Ship 500 human-hair wigs"))
        .unwrap() as u16;
    click(&mut app, 10, row + 5);
    assert_eq!(
        app.screen(),
        Screen::Menu,
        "a click on empty space does nothing"
    );
    click(&mut app, 10, row);
    assert_eq!(app.screen(), Screen::Play(Stage::Decision));
}

/// The document check counts the marks on each document's own panel: the one mark, on
/// the shipping instruction, is counted there and not on the other two documents.
#[test]
fn each_document_panel_counts_its_own_marks() {
    let mut app = check_app("en-US");
    let s = screen(&mut app, 200, 40);
    let title_of = |name: &str| {
        s.lines()
            .find(|l| l.contains(name) && l.contains("Marked"))
            .unwrap_or_else(|| panic!("no panel titled {name}:\n{s}"))
            .to_string()
    };
    assert_eq!(s.matches("Marked: 1").count(), 1, "{s}");
    assert_eq!(s.matches("Marked: 0").count(), 2, "{s}");
    let instruction = title_of("Marked: 1");
    assert!(
        instruction.contains("Shipping instruction"),
        "{instruction}"
    );
}
