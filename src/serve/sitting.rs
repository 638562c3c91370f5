//! A candidate's sitting on a connection: open (or resume) their session, run the exam
//! screen on the channel, and say how it ended. The session's lock is released when this
//! returns, so a reconnect or a takeover can open it again.

use std::io::Write as _;
use std::sync::mpsc::Receiver;

use super::room::Room;
use super::screen::{self, Channel, Ending, Input};
use super::seats::{Seat, State};
use crate::i18n::{Locale, negotiate};
use crate::record::clock::countdown;
use crate::record::{ExamResult, Session, SystemClock};
use crate::scenario::library::ui_sources;
use crate::tui::App;
use crate::tui::driver::now_millis;
use crate::tui::exam::ExamJournal;
use crate::tui::theme::Theme;

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
    let start = room
        .manifest
        .start_for(candidate, locale)
        .ok_or_else(|| format!("candidate `{candidate}` is not in this session's roster"))?;
    let session = Session::open(
        &room.exam,
        candidate,
        &room.manifest.results_dir(),
        &room.key,
        &start,
        Box::new(SystemClock::new()),
    )
    .map_err(|e| e.to_string())?;
    if let Some(r) = session.result().cloned() {
        room.seat(candidate, |s| s.state = State::Submitted);
        return Ok(result_lines(&session, &r));
    }
    let mut journal = ExamJournal::new(&room.exam, session);
    let theme = Theme {
        color: !client.no_color,
    };
    let mut app = journal
        .app(ui_sources(), theme)
        .map_err(|e| e.to_string())?;
    let writer = Channel::new(out.sender());
    let mut seen = |app: &App, key: bool| {
        room.seat(candidate, |s| show(s, app, key));
    };
    let ending = screen::run(
        &mut app,
        &mut journal,
        writer,
        inbox,
        client.size,
        &mut seen,
    )
    .map_err(|e| format!("terminal: {e}"));
    if let Some(why) = journal.failure.take() {
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
