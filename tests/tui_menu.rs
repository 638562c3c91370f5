//! The menu on the whole shipped library (issue 17): the tutorial first, then the domains,
//! the capstone last; moving down through the list and reading the about panel, in en-US
//! and zh-CN, as a person would. (tui_snapshots keeps a one-scenario menu so that new
//! scenarios never change its snapshots; this test reads the live library instead.)

mod tui_support;

use crossterm::event::KeyCode;
use tradesim::scenario::library::{Library, ui_sources};
use tradesim::tui::theme::Theme;
use tradesim::tui::{App, Settings};
use tui_support::{key, screen};

fn library_app(locale: &str) -> App {
    let list = Library::shipped()
        .list()
        .into_iter()
        .map(|(f, s)| (f.clone(), s))
        .collect();
    App::new(
        list,
        ui_sources(),
        &locale.into(),
        Settings::default(),
        Theme { color: false },
    )
    .unwrap()
}

/// Moves the cursor down until the about panel shows `title`; None if it never does.
fn select(app: &mut App, title: &str) -> Option<String> {
    for _ in 0..app.menu.entries.len() {
        let text = screen(app, 120, 40);
        let about = about(&text);
        if about.contains(title) {
            return Some(about);
        }
        key(app, KeyCode::Down);
    }
    None
}

/// The right-hand panel's text, joined without the box lines.
fn about(screen: &str) -> String {
    screen
        .lines()
        .filter_map(|l| l.rsplit_once("││").map(|(_, r)| r))
        .map(|r| r.trim_end_matches(['│', '"', ' ']).trim())
        .collect::<Vec<_>>()
        .join(" ")
}

#[test]
fn the_tutorial_comes_first_and_the_about_panel_says_what_each_assesses() {
    for (locale, start, domain, assesses, written, title) in [
        (
            "en-US",
            "Start here",
            "Payment and disputes",
            "Assesses:",
            "a written answer",
            "Collection: D/P",
        ),
        (
            "zh-CN",
            "入门",
            "收付款与争议",
            "考核能力：",
            "含书面回答",
            "托收：",
        ),
    ] {
        let mut app = library_app(locale);
        let first = screen(&mut app, 120, 40);
        let heading = first.lines().nth(2).unwrap_or_default();
        assert!(heading.contains(start), "{locale}: first heading {heading}");
        assert!(first.contains(domain), "{locale}:\n{first}");
        let panel =
            select(&mut app, title).unwrap_or_else(|| panic!("{locale}: no entry titled {title}"));
        assert!(
            panel.contains(assesses) && panel.contains('%'),
            "{locale}: {panel}"
        );
        assert!(panel.contains(written), "{locale}: {panel}");
    }
}
