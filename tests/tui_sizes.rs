//! Any size, any screen: no panic, and nothing junk reaches the screen.

mod tui_support;

use ratatui::buffer::Buffer;
use tradesim::tui::app::{MIN_HEIGHT, MIN_WIDTH};
use tui_support::*;

fn symbols(buf: &Buffer) -> String {
    buf.content().iter().map(|c| c.symbol()).collect()
}

#[test]
fn every_screen_renders_at_every_small_size() {
    for locale in ["en-US", "zh-CN"] {
        for (name, app) in all_screens(locale) {
            for w in 1..=40u16 {
                for h in 1..=12u16 {
                    let t = terminal(&app, w, h);
                    let text = symbols(t.backend().buffer());
                    assert!(
                        !text.contains(['\u{2068}', '\u{2069}']),
                        "{name} {w}x{h} shows an isolation mark"
                    );
                    if w < MIN_WIDTH || h < MIN_HEIGHT {
                        // the message may be cut at the tiniest sizes, but it is what is shown
                        assert!(
                            !text.contains('╭'),
                            "{name} {w}x{h} draws a screen below the minimum"
                        );
                    }
                }
            }
        }
    }
}

#[test]
fn enlarge_message_is_clear() {
    let app = menu_app("en-US");
    let t = terminal(&app, 39, 12);
    let text = symbols(t.backend().buffer());
    assert!(text.contains("Enlarge"), "{text}");
    assert!(text.contains("39×12"), "{text}");
}

#[test]
fn every_screen_renders_at_larger_and_odd_sizes() {
    for locale in ["en-US", "zh-CN"] {
        for (name, app) in all_screens(locale) {
            for w in (40..=200u16).step_by(7) {
                for h in (12..=60u16).step_by(5) {
                    let t = terminal(&app, w, h);
                    let text = symbols(t.backend().buffer());
                    assert!(!text.contains(['\u{2068}', '\u{2069}']), "{name} {w}x{h}");
                    assert!(text.contains('╭'), "{name} {w}x{h} shows no screen");
                }
            }
        }
    }
}

#[test]
fn no_color_means_no_colour_on_any_screen() {
    use ratatui::style::Color;
    for (name, mut app) in all_screens("en-US") {
        app.theme = tradesim::tui::theme::Theme { color: false };
        let t = terminal(&app, 100, 30);
        for c in t.backend().buffer().content() {
            assert!(
                c.fg == Color::Reset && c.bg == Color::Reset,
                "{name}: {c:?}"
            );
        }
        app.theme = tradesim::tui::theme::Theme { color: true };
        let t = terminal(&app, 100, 30);
        assert!(
            t.backend()
                .buffer()
                .content()
                .iter()
                .any(|c| c.fg != Color::Reset),
            "{name} has colour by default"
        );
    }
}
