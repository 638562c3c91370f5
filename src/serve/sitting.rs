//! A candidate's sitting on a connection: open (or resume) their session, run the exam
//! screen on the channel, and say how it ended. The session's lock is released when this
//! returns, so a reconnect or a takeover can open it again.

use std::io::Write as _;
use std::sync::mpsc::Receiver;

use super::room::Room;
use super::screen::{self, Channel, Ending, Input, Proctored};
use super::seats::{Seat, State};
use crate::engine::Action;
use crate::i18n::{Locale, negotiate};
use crate::record::clock::countdown;
use crate::record::proctor_log::Order;
use crate::record::{ExamResult, Session};
use crate::scenario::library::ui_sources;
use crate::tui::driver::{Journal, now_millis};
use crate::tui::exam::ExamJournal;
use crate::tui::theme::Theme;
use crate::tui::{App, Msg};

/// What the client said about itself before the shell started.
#[derive(Debug, Clone, Default)]
pub struct Client {
    pub size: (u16, u16),
    /// LANG or LC_ALL as the client sent it.
    pub lang: Option<String>,
    pub no_color: bool,
}

/// The client's language if the assessment is offered in it, else the assessment's first.
fn exam_locale(lang: Option<&str>, allowed: &[String]) -> Locale {
    let av: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
    let first = || Locale::new(allowed.first().cloned().unwrap_or_default());
    match lang {
        Some(l) => {
            let got = negotiate(l, &av);
            if av.contains(&got.as_str()) {
                got
            } else {
                first()
            }
        }
        None => first(),
    }
}

/// The seat as the screen shows it now.
fn show(seat: &mut Seat, app: &App, key: bool) {
    if key {
        seat.last_key_at = Some(now_millis());
    }
    if let Some(v) = &app.exam {
        seat.part = Some(v.part);
        seat.parts = Some(v.parts);
        seat.left_ms = Some(v.left_ms);
        seat.state = if v.over.is_some() {
            State::Submitted
        } else {
            State::Connected
        };
    }
}

/// A candidate's exam on a screen the proctor speaks to: orders from the session log go
/// into its journal as they come.
struct Proctoring<'a> {
    journal: ExamJournal<'a>,
    room: &'a Room,
    /// Log lines already looked at.
    seen: usize,
}

impl Journal for Proctoring<'_> {
    fn persist(&mut self, app: &App, action: &Action) -> std::io::Result<()> {
        self.journal.persist(app, action)
    }
    fn hand_in(&mut self, app: &App) -> std::io::Result<()> {
        self.journal.hand_in(app)
    }
    fn news(&mut self, app: &App) -> Vec<Msg> {
        self.journal.news(app)
    }
    fn stop(&mut self, why: String) {
        self.journal.stop(why)
    }
}

impl Proctored for Proctoring<'_> {
    fn orders(&mut self) -> Vec<String> {
        let (new, seen) = self.room.orders_since(self.seen);
        self.seen = seen;
        let mut messages = Vec::new();
        for e in new {
            if let Order::Broadcast { text } = &e.order {
                messages.push(text.clone());
            } else if let Err(why) = self.journal.session.proctor(&e) {
                self.journal.stop(why.to_string());
            }
        }
        messages
    }

    fn paused(&self) -> Option<String> {
        if !self.journal.session.is_paused() {
            return None;
        }
        self.room.paused_reason()
    }
}

/// Lines for the plain terminal after the screen is gone: CR LF, as a raw PTY wants.
pub fn say(out: &mut Channel, lines: &[String]) {
    for l in lines {
        let _ = write!(out, "{}\r\n", crate::safe_text::clean(l));
    }
    let _ = out.flush();
}

fn result_lines(s: &Session, r: &ExamResult) -> Vec<String> {
    let mut v = vec![format!(
        "exam: submitted ({}); your record is sealed.",
        r.reason.key()
    )];
    if s.header().debrief == crate::record::assessment::Debrief::AfterExam {
        let verdict = if r.pass { "pass" } else { "fail" };
        v.push(format!(
            "total {}/100, {verdict} (pass mark {})",
            r.total,
            s.header().pass_mark
        ));
    }
    v
}

/// Run one candidate's sitting until the screen ends; the channel is closed after.
pub fn sit(
    room: &Room,
    candidate: &str,
    client: Client,
    inbox: &Receiver<Input>,
    mut out: Channel,
) {
    let lines = match sit_inner(room, candidate, &client, inbox, &mut out) {
        Ok(lines) => lines,
        Err(why) => vec![format!("tradesim: {why}")],
    };
    say(&mut out, &lines);
    out.close();
}

fn sit_inner(
    room: &Room,
    candidate: &str,
    client: &Client,
    inbox: &Receiver<Input>,
    out: &mut Channel,
) -> Result<Vec<String>, String> {
    let locale = exam_locale(client.lang.as_deref(), &room.exam.file.locales);
    let (session, seen) = room.open_exam(candidate, locale)?;
    if let Some(r) = session.result().cloned() {
        room.seat(candidate, |s| s.state = State::Submitted);
        return Ok(result_lines(&session, &r));
    }
    let mut journal = Proctoring {
        journal: ExamJournal::new(&room.exam, session),
        room,
        seen,
    };
    let theme = Theme {
        color: !client.no_color,
    };
    let mut app = journal
        .journal
        .app(ui_sources(), theme)
        .map_err(|e| e.to_string())?;
    let writer = Channel::new(out.sender());
    let mut seen = |app: &App, key: bool| {
        room.seat(candidate, |s| show(s, app, key));
    };
    let ending = screen::run_proctored(
        &mut app,
        &mut journal,
        writer,
        inbox,
        client.size,
        &mut seen,
        // an exam keeps no saves: its journal is the record
        None,
    )
    .map_err(|e| format!("terminal: {e}"));
    let journal = journal.journal;
    let mut failure = journal.failure;
    if let Some(why) = failure.take() {
        return Err(why);
    }
    let s = &journal.session;
    let mut lines = match ending? {
        Ending::Kicked(why) => vec![why],
        Ending::Quit | Ending::Dropped => Vec::new(),
    };
    match s.result().cloned() {
        Some(r) => lines.extend(result_lines(s, &r)),
        None => lines.push(format!(
            "exam: paused with {} action(s) recorded, {} left; sign in again to resume.",
            s.actions_recorded(),
            countdown(s.time_left_ms())
        )),
    }
    Ok(lines)
}
