//! The event loop: terminal events and the clock become messages, `update` turns them
//! into commands, the driver runs the commands (saves, the journal hook) and draws.
//! Every command runs before the next draw.

use std::io;
use std::path::PathBuf;
use std::sync::mpsc::Receiver;
use std::time::{Duration, SystemTime, UNIX_EPOCH};

use crossterm::event;

use super::app::App;
use super::input::translate;
use super::save;
use super::term::{self, Signals};
use super::update::{Cmd, Intent, Msg, update};
use super::view::view;
use crate::engine::Action;

/// What the driver does with accepted actions. Practice keeps nothing; an exam driver
/// appends each action to its journal and fsyncs it here (an error stops the screen from
/// moving on: it is shown, and the driver decides whether to go on).
pub trait Journal {
    fn persist(&mut self, app: &App, action: &Action) -> io::Result<()>;

    /// The candidate confirmed an early hand-in (exams only).
    fn hand_in(&mut self, _app: &App) -> io::Result<()> {
        Ok(())
    }

    /// After every message's commands, before the frame is drawn: what the App must be
    /// told to be in line with what the driver keeps (an exam: the countdown, the next
    /// part, the end). Only `update` changes the App, so this returns messages.
    fn news(&mut self, _app: &App) -> Vec<Msg> {
        Vec::new()
    }

    /// The App cannot go on (`Cmd::Stop`): keep the reason for after the terminal is restored.
    fn stop(&mut self, _why: String) {}
}

/// Bring the App in line with the journal, through `update`.
pub fn sync(journal: &mut dyn Journal, app: &mut App) {
    for m in journal.news(app) {
        let cmds = update(app, m);
        run_cmds(app, cmds, None, journal);
    }
}

/// Practice: nothing to keep beyond saves.
pub struct NoJournal;

impl Journal for NoJournal {
    fn persist(&mut self, _: &App, _: &Action) -> io::Result<()> {
        Ok(())
    }
}

pub fn now_millis() -> u64 {
    SystemTime::now()
        .duration_since(UNIX_EPOCH)
        .map(|d| d.as_millis() as u64)
        .unwrap_or(0)
}

/// How the loop ended: normally, or by a signal (the exit code is 128 + its number).
#[derive(Debug, Clone, Copy, PartialEq, Eq)]
pub enum Ended {
    Normally,
    Signal(i32),
}

/// Run the App in the terminal until it quits. The terminal is restored on every way out.
pub fn run(app: App, saves_dir: Option<PathBuf>, journal: &mut dyn Journal) -> io::Result<Ended> {
    run_with(app, saves_dir, journal, None)
}

/// `run`, also taking messages from another thread (a file watcher sends `Msg::Reload`).
pub fn run_with(
    mut app: App,
    saves_dir: Option<PathBuf>,
    journal: &mut dyn Journal,
    inbox: Option<&Receiver<Msg>>,
) -> io::Result<Ended> {
    let signals = Signals::watch()?;
    let mut session = term::enter(true)?;
    let size = session.terminal.size()?;
    update(&mut app, Msg::Resize(size.width, size.height));
    update(&mut app, Msg::Tick(now_millis()));
    sync(journal, &mut app);
    let mut last_tick = now_millis();
    loop {
        session.terminal.draw(|f| view(&app, f))?;
        debug_panic();
        if app.quit {
            return Ok(Ended::Normally);
        }
        if let Some(sig) = signals.received() {
            let cmds = update(&mut app, Msg::Do(Intent::Interrupt));
            run_cmds(&mut app, cmds, saves_dir.as_deref(), journal);
            drop(session);
            return Ok(Ended::Signal(sig));
        }
        let mut msgs: Vec<Msg> = inbox.map(|r| r.try_iter().collect()).unwrap_or_default();
        if event::poll(Duration::from_millis(200))? {
            let ev = event::read()?;
            msgs.extend(translate(&app, &ev));
        }
        let now = now_millis();
        if now.saturating_sub(last_tick) >= 1000 {
            last_tick = now;
            msgs.push(Msg::Tick(now));
        }
        for m in msgs {
            let cmds = update(&mut app, m);
            run_cmds(&mut app, cmds, saves_dir.as_deref(), journal);
            sync(journal, &mut app);
        }
    }
}

/// Debug builds only: `TRADESIM_DEBUG_PANIC=1` panics once the screen is up, so a test
/// can see that the panic hook gives the terminal back (tests/tui_panic.rs).
fn debug_panic() {
    #[cfg(debug_assertions)]
    if std::env::var_os("TRADESIM_DEBUG_PANIC").is_some_and(|v| v == "1") {
        panic!("TRADESIM_DEBUG_PANIC: a panic on purpose");
    }
}

pub(crate) fn run_cmds(
    app: &mut App,
    cmds: Vec<Cmd>,
    dir: Option<&std::path::Path>,
    journal: &mut dyn Journal,
) {
    let mut queue = cmds;
    while !queue.is_empty() {
        let mut next = Vec::new();
        for c in queue {
            let failed = match c {
                Cmd::Persist(a) => journal
                    .persist(app, &a)
                    .err()
                    .map(|e| format!("{}: {e}", app.ui.text("ui-journal-failed"))),
                Cmd::WriteSave(s) => match dir {
                    Some(d) => save::write(d, &s)
                        .err()
                        .map(|e| format!("{}: {e}", app.ui.text("ui-save-failed"))),
                    None => Some(app.ui.text("ui-no-data-dir")),
                },
                Cmd::DeleteSave(id) => dir
                    .and_then(|d| save::delete(d, &id).err())
                    .map(|e| format!("{}: {e}", app.ui.text("ui-save-failed"))),
                Cmd::HandIn => journal
                    .hand_in(app)
                    .err()
                    .map(|e| format!("{}: {e}", app.ui.text("ui-journal-failed"))),
                Cmd::Stop(why) => {
                    journal.stop(why);
                    None
                }
                Cmd::Quit => None,
            };
            if let Some(f) = failed {
                next.extend(update(app, Msg::Failed(f)));
            }
        }
        queue = next;
    }
}
