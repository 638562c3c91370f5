//! One connection's screen: the same `update` and `view` as the local terminal, drawn
//! through a ratatui backend that writes to the SSH channel and fed by events parsed from
//! the channel's bytes. It runs on its own thread, so the session's journal writes
//! (written and fsync'd before the screen moves on) never hold up another connection.

use std::io::{self, Write};
use std::sync::mpsc::{Receiver, RecvTimeoutError};
use std::time::Duration;

use crossterm::event::{
    DisableBracketedPaste, DisableMouseCapture, EnableBracketedPaste, EnableMouseCapture, Event,
    KeyCode,
};
use crossterm::terminal::{Clear, ClearType, EnterAlternateScreen, LeaveAlternateScreen};
use crossterm::{cursor, queue};
use ratatui::backend::CrosstermBackend;
use ratatui::layout::Rect;
use ratatui::{Terminal, TerminalOptions, Viewport};
use tokio::sync::mpsc::Sender;

use super::keys::Keys;
use super::notice::{self, Notices};
use crate::tui::driver::{Journal, now_millis, run_cmds, sync};
use crate::tui::input::translate;
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
    /// The proctor gave an order: look at the session log.
    Order,
}

/// A screen's link to the proctor: orders to carry out into its journal, and what the
/// candidate must see (the pause, broadcast messages).
pub trait Proctored: Journal {
    /// Carry out the orders given since the last call; the messages to show.
    fn orders(&mut self) -> Vec<String> {
        Vec::new()
    }
    /// The pause's reason while the room is paused for this screen.
    fn paused(&self) -> Option<String> {
        None
    }
}

/// A screen no proctor speaks to.
struct Unproctored<'a>(&'a mut dyn Journal);

impl Journal for Unproctored<'_> {
    fn persist(&mut self, app: &App, action: &crate::engine::Action) -> io::Result<()> {
        self.0.persist(app, action)
    }
    fn hand_in(&mut self, app: &App) -> io::Result<()> {
        self.0.hand_in(app)
    }
    fn news(&mut self, app: &App) -> Vec<Msg> {
        self.0.news(app)
    }
    fn stop(&mut self, why: String) {
        self.0.stop(why)
    }
}

impl Proctored for Unproctored<'_> {}

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

/// Run the App on the channel until it quits, the client goes or someone kicks it, with
/// saves written to and deleted from `saves` (practice; an exam keeps none).
/// `seen` hears of every frame drawn, and of every key (true) before it is taken.
pub fn run_in(
    app: &mut App,
    journal: &mut dyn Journal,
    out: Channel,
    inbox: &Receiver<Input>,
    size: (u16, u16),
    seen: &mut dyn FnMut(&App, bool),
    saves: Option<&std::path::Path>,
) -> io::Result<Ending> {
    run_proctored(
        app,
        &mut Unproctored(journal),
        out,
        inbox,
        size,
        seen,
        saves,
    )
}

/// Keys a notice takes: Enter or Esc dismisses a message; while paused every key stops
/// here. The rest go on to the exam.
fn notice_keys(notices: &mut Notices, ev: &Event) -> bool {
    if let Event::Key(k) = ev
        && matches!(k.code, KeyCode::Enter | KeyCode::Esc)
        && notices.dismiss()
    {
        return true;
    }
    notices.paused.is_some() && !matches!(ev, Event::Resize(..))
}

/// `run_in`, with a proctor: orders are carried out as they come, the pause and messages are
/// drawn over the exam, and nothing the candidate types reaches the exam while paused.
pub fn run_proctored(
    app: &mut App,
    journal: &mut dyn Proctored,
    out: Channel,
    inbox: &Receiver<Input>,
    size: (u16, u16),
    seen: &mut dyn FnMut(&App, bool),
    saves: Option<&std::path::Path>,
) -> io::Result<Ending> {
    let mut notices = Notices::default();
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
        let orders = journal.orders();
        let paused = journal.paused();
        // an order changes the screen as a key does
        changed |= !orders.is_empty() || paused != notices.paused;
        notices.messages.extend(orders);
        notices.paused = paused;
        sync(journal, app);
        if changed {
            terminal.draw(|f| {
                view(app, f);
                if !notices.is_empty() {
                    notice::draw(f, &notices, &app.ui, &app.theme);
                }
            })?;
            seen(app, false);
        }
        if app.quit {
            break Ending::Quit;
        }
        let mut msgs = Vec::new();
        let mut noticed = false;
        match inbox.recv_timeout(Duration::from_millis(250)) {
            Ok(Input::Bytes(b)) => {
                seen(app, true);
                for ev in keys.feed(&b) {
                    if notice_keys(&mut notices, &ev) {
                        noticed = true;
                        continue;
                    }
                    msgs.extend(translate(app, &ev));
                }
            }
            Ok(Input::Resize(w, h)) => {
                terminal.resize(area(w, h))?;
                msgs.push(Msg::Resize(w, h));
            }
            Ok(Input::Closed) | Err(RecvTimeoutError::Disconnected) => break Ending::Dropped,
            Ok(Input::Kick(why)) => break Ending::Kicked(why),
            // the orders are taken at the top of the loop
            Ok(Input::Order) => {}
            Err(RecvTimeoutError::Timeout) => {}
        }
        let now = now_millis();
        if now.saturating_sub(last_tick) >= 1000 {
            last_tick = now;
            msgs.push(Msg::Tick(now));
        }
        changed = !msgs.is_empty() || noticed;
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
