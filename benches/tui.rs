//! TUI speed: one full frame of the play screen with two documents at 120x40, and the bytes
//! written to the terminal when the choice cursor moves. `cargo bench --bench tui`.
//! Targets: under 1 ms per frame; under 2 KB per cursor move.

#[path = "../tests/tui_support/mod.rs"]
mod tui_support;

use std::io::{self, Write};
use std::sync::Arc;
use std::sync::atomic::{AtomicUsize, Ordering};
use std::time::Instant;

use crossterm::event::KeyCode;
use ratatui::backend::{CrosstermBackend, TestBackend};
use ratatui::buffer::Buffer;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use tradesim::tui;
use tui_support::*;

/// A terminal that counts what it is sent.
#[derive(Clone, Default)]
struct Counter(Arc<AtomicUsize>);

impl Write for Counter {
    fn write(&mut self, buf: &[u8]) -> io::Result<usize> {
        self.0.fetch_add(buf.len(), Ordering::Relaxed);
        Ok(buf.len())
    }
    fn flush(&mut self) -> io::Result<()> {
        Ok(())
    }
}

fn per_iter(n: u32, mut f: impl FnMut()) -> f64 {
    for _ in 0..n / 10 {
        f();
    }
    let t = Instant::now();
    for _ in 0..n {
        f();
    }
    t.elapsed().as_secs_f64() / n as f64
}

fn main() {
    // the customs form: an invoice beside a packing list
    let mut app = form_app("en-US");
    app.size = (120, 40);
    let area = Rect::new(0, 0, 120, 40);
    let docs = app.play.as_ref().unwrap().documents().len();
    assert_eq!(docs, 2);
    let n = 2000;

    let mut buf = Buffer::empty(area);
    let render = per_iter(n, || {
        buf.reset();
        tui::render(&app, area, &mut buf);
    });
    println!(
        "tui/render play screen, 2 documents, 120x40 (view into a buffer): {:.1} µs per frame",
        render * 1e6
    );

    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let draw = per_iter(n, || {
        term.draw(|f| tui::view(&app, f)).unwrap();
    });
    println!(
        "tui/draw  play screen, 2 documents, 120x40 (view + diff + TestBackend): {:.1} µs per frame",
        draw * 1e6
    );

    let mut zh = form_app("zh-CN");
    zh.size = (120, 40);
    let render_zh = per_iter(n, || {
        buf.reset();
        tui::render(&zh, area, &mut buf);
    });
    println!(
        "tui/render play screen, 2 documents, 120x40, zh-CN: {:.1} µs per frame",
        render_zh * 1e6
    );

    // bytes per cursor move on a decision with a document on view, through crossterm
    let mut app = play_app("en-US");
    app.size = (120, 40);
    let counter = Counter::default();
    let bytes = counter.0.clone();
    let mut term = Terminal::with_options(
        CrosstermBackend::new(counter),
        TerminalOptions {
            viewport: Viewport::Fixed(area),
        },
    )
    .unwrap();
    term.draw(|f| tui::view(&app, f)).unwrap();
    let first = bytes.swap(0, Ordering::Relaxed);
    let moves = 1000;
    for k in 0..moves {
        key(
            &mut app,
            if k % 4 < 2 {
                KeyCode::Down
            } else {
                KeyCode::Up
            },
        );
        term.draw(|f| tui::view(&app, f)).unwrap();
    }
    let per_move = bytes.load(Ordering::Relaxed) as f64 / moves as f64;
    println!("tui/bytes first full frame 120x40: {first} bytes");
    println!("tui/bytes per choice-cursor move 120x40: {per_move:.0} bytes");
    println!(
        "targets: frame < 1000 µs: {}; cursor move < 2048 bytes: {}",
        if draw * 1e6 < 1000.0 { "met" } else { "MISSED" },
        if per_move < 2048.0 { "met" } else { "MISSED" }
    );
}
