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

/// Seconds per call: the fastest and the median of many small batches. On a shared machine
/// the fastest batch is the one no other process interrupted, the figure to compare with
/// the target; the median shows what the load made of it.
fn per_iter(mut f: impl FnMut()) -> (f64, f64) {
    const BATCHES: usize = 400;
    const PER_BATCH: u32 = 5;
    for _ in 0..50 {
        f();
    }
    let mut times: Vec<f64> = (0..BATCHES)
        .map(|_| {
            let t = Instant::now();
            for _ in 0..PER_BATCH {
                f();
            }
            t.elapsed().as_secs_f64() / f64::from(PER_BATCH)
        })
        .collect();
    times.sort_by(f64::total_cmp);
    (times[0], times[BATCHES / 2])
}

fn report(name: &str, (best, median): (f64, f64)) {
    println!(
        "{name}: {:.1} µs per frame (median {:.1} µs)",
        best * 1e6,
        median * 1e6
    );
}

fn main() {
    // the customs form: an invoice beside a packing list
    let mut app = form_app("en-US");
    app.size = (120, 40);
    let area = Rect::new(0, 0, 120, 40);
    let docs = app.play.as_ref().unwrap().documents().len();
    assert_eq!(docs, 2);

    let mut buf = Buffer::empty(area);
    let render = per_iter(|| {
        buf.reset();
        tui::render(&app, area, &mut buf);
    });
    report(
        "tui/render play screen, 2 documents, 120x40 (view into a buffer)",
        render,
    );

    let mut term = Terminal::new(TestBackend::new(120, 40)).unwrap();
    let draw = per_iter(|| {
        term.draw(|f| tui::view(&app, f)).unwrap();
    });
    report(
        "tui/draw   play screen, 2 documents, 120x40 (view + diff + TestBackend)",
        draw,
    );

    let mut zh = form_app("zh-CN");
    zh.size = (120, 40);
    let render_zh = per_iter(|| {
        buf.reset();
        tui::render(&zh, area, &mut buf);
    });
    report(
        "tui/render play screen, 2 documents, 120x40, zh-CN",
        render_zh,
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
        if draw.0 * 1e6 < 1000.0 {
            "met"
        } else {
            "MISSED"
        },
        if per_move < 2048.0 { "met" } else { "MISSED" }
    );
}
