//! One connection's screen: the same `update` and `view` as the local terminal, drawn
//! through a ratatui backend that writes to the SSH channel and fed by events parsed from
//! the channel's bytes. It runs on its own thread, so the session's journal writes
//! (written and fsync'd before the screen moves on) never hold up another connection.

use std::io::{self, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyCode, KeyEvent, KeyModifiers,
};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, queue};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use tokio::sync::mpsc::Sender;

use super::keys::Keys;
use crate::tui::driver::{Journal, now_millis, run_cmds, sync};
use crate::tui::input::{Ctx, translate};
use crate::tui::{App, Msg, update, view};

/// What reaches a connection's screen.
#[derive(Debug)]
pub enum Input {
    Bytes(Vec<u8>),
    Resize(u16, u16),
    /// The client went away (channel closed, connection dropped).
    Closed,
    /// Someone else ends this screen (a second login took over): the reason is shown.
    Kick(String),
}

/// What the screen sends to the SSH channel.
#[derive(Debug)]
pub enum Out {
    Data(Vec<u8>),
    Close,
}

/// A `Write` over the channel: bytes gather until a flush (ratatui flushes once a frame),
/// then go as one message. The queue is bounded, so a client that stops reading slows its
/// own screen instead of growing the server's memory.
pub struct Channel {
    tx: Sender<Out>,
    buf: Vec<u8>,
}

impl Channel {
    pub fn new(tx: Sender<Out>) -> Channel {
        Channel {
            tx,
            buf: Vec::new(),
        }
    }

    /// Another writer on the same channel (the farewell after the screen's own is gone).
    pub fn sender(&self) -> Sender<Out> {
        self.tx.clone()
    }

    pub fn close(&mut self) {
        let _ = self.flush();
        let _ = self.tx.blocking_send(Out::Close);
    }
}

impl Write for Channel {
    fn write(&mut self, b: &[u8]) -> io::Result<usize> {
        self.buf.extend_from_slice(b);
        Ok(b.len())
    }

    fn flush(&mut self) -> io::Result<()> {
        if self.buf.is_empty() {
            return Ok(());
        }
        let data = std::mem::take(&mut self.buf);
        self.tx
            .blocking_send(Out::Data(data))
            .map_err(|_| io::Error::new(io::ErrorKind::BrokenPipe, "the connection is gone"))
    }
}

/// How a screen ended.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Ending {
    /// The candidate quit (the exam stays open) or it was submitted and left.
    Quit,
    /// The connection went away.
    Dropped,
    Kicked(String),
}

fn area(w: u16, h: u16) -> Rect {
    Rect::new(0, 0, w.max(1), h.max(1))
}

/// A paste types into a form field and nowhere else: pasted digits must not pick choices.
fn pasted(app: &App, text: &str) -> Vec<Msg> {
    if app.context() != Ctx::Form {
        return Vec::new();
    }
    text.chars()
        .filter(|c| !c.is_control())
        .filter_map(|c| {
            translate(
                app,
                &Event::Key(KeyEvent::new(KeyCode::Char(c), KeyModifiers::NONE)),
            )
        })
        .collect()
}

/// Run the App on the channel until it quits, the client goes or someone kicks it.
/// `seen` hears of every frame drawn, and of every key (true) before it is taken.
pub fn run(
    app: &mut App,
    journal: &mut dyn Journal,
    out: Channel,
    inbox: &Receiver<Input>,
    size: (u16, u16),
    seen: &mut dyn FnMut(&App, bool),
) -> io::Result<Ending> {
    run_in(app, journal, out, inbox, size, seen, None)
}

/// `run`, with saves written to and deleted from `saves` (practice; an exam keeps none).
pub fn run_in(
    app: &mut App,
    journal: &mut dyn Journal,
    out: Channel,
    inbox: &Receiver<Input>,
    size: (u16, u16),
    seen: &mut dyn FnMut(&App, bool),
    saves: Option<&std::path::Path>,
) -> io::Result<Ending> {
    let options = TerminalOptions {
        viewport: Viewport::Fixed(area(size.0, size.1)),
    };
    let mut terminal = Terminal::with_options(CrosstermBackend::new(out), options)?;
    queue!(
        terminal.backend_mut(),
        EnterAlternateScreen,
        EnableMouseCapture,
        EnableBracketedPaste,
        cursor::Hide,
        // not `terminal.clear()`: that asks the terminal where its cursor is, and a remote
        // one answers on the input channel, not to crossterm
        Clear(ClearType::All)
    )?;
    update(app, Msg::Resize(size.0, size.1));
    update(app, Msg::Tick(now_millis()));
    sync(journal, app);
    let mut keys = Keys::default();
    let mut last_tick = now_millis();
    // a frame only after a message: an idle screen wakes four times a second to see
    // whether a second has passed, and a thousand of them redrawing would be a core's work
    let mut changed = true;
    let ending = loop {
        if changed {
            terminal.draw(|f| view(app, f))?;
            seen(app, false);
        }
        if app.quit {
            break Ending::Quit;
        }
        let mut msgs = Vec::new();
        match inbox.recv_timeout(Duration::from_millis(250)) {
            Ok(Input::Bytes(b)) => {
                seen(app, true);
                for ev in keys.feed(&b) {
                    match ev {
                        Event::Paste(text) => msgs.extend(pasted(app, &text)),
                        ev => msgs.extend(translate(app, &ev)),
                    }
                }
            }
            Ok(Input::Resize(w, h)) => {
                terminal.resize(area(w, h))?;
                msgs.push(Msg::Resize(w, h));
            }
            Ok(Input::Closed) | Err(RecvTimeoutError::Disconnected) => break Ending::Dropped,
            Ok(Input::Kick(why)) => break Ending::Kicked(why),
            Err(RecvTimeoutError::Timeout) => {}
        }
        let now = now_millis();
        if now.saturating_sub(last_tick) >= 1000 {
            last_tick = now;
            msgs.push(Msg::Tick(now));
        }
        changed = !msgs.is_empty();
        for m in msgs {
            let cmds = update(app, m);
            run_cmds(app, cmds, saves, journal);
            sync(journal, app);
        }
    };
    let backend = terminal.backend_mut();
    queue!(
        backend,
        DisableBracketedPaste,
        DisableMouseCapture,
        LeaveAlternateScreen,
        cursor::Show
    )?;
    backend.flush()?;
    Ok(ending)
}
