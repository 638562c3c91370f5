//! A student's practice on a connection: the menu of the class's scenarios, feedback after
//! each decision, saves in their folder on the server; each attempt that reaches an ending
//! is kept there for the teacher's report.

use std::io;
use std::path::{Path, PathBuf};
use std::sync::mpsc::Receiver;

use super::Class;
use super::store::{keep_attempt, student_dir};
use crate::engine::Action;
use crate::engine::Entry;
use crate::i18n::{DEFAULT_LOCALE, Locale, SHIPPED_LOCALES, negotiate};
use crate::record::class_progress::{ATTEMPT_FORMAT, Decided, PracticeAttempt};
use crate::scenario::library::ui_sources;
use crate::scenario::lint::fairness::single_best;
use crate::scenario::model::Node;
use crate::serve::screen::{self, Channel, Ending, Input};
use crate::serve::sitting::{Client, say};
use crate::tui::app::Play;
use crate::tui::driver::{Journal, run_cmds};
use crate::tui::theme::Theme;
use crate::tui::{App, Intent, Msg, Settings, update};

/// Keeps each finished attempt in the student's folder.
struct Attempts {
    student: String,
    folder: PathBuf,
    kept: usize,
}

impl Journal for Attempts {
    fn persist(&mut self, app: &App, _: &Action) -> io::Result<()> {
        let Some(p) = app.play.as_deref() else {
            return Ok(());
        };
        if !p.attempt.finished() {
            return Ok(());
        }
        keep_attempt(
            &self.folder,
            &attempt_of(&self.student, p, &app.locale, app.now),
        )?;
        self.kept += 1;
        Ok(())
    }
}

/// The record of a finished attempt: its actions (it replays from them), its score, and
/// each decision with a single best option as taken.
pub fn attempt_of(student: &str, p: &Play, locale: &Locale, now: u64) -> PracticeAttempt {
    let s = &p.scenario;
    let score = p.attempt.score(s);
    let decisions = p
        .attempt
        .state
        .log
        .iter()
        .filter_map(|e| {
            let (Entry::Chose { choice }, Node::Decision(d)) = (&e.entry, s.node(e.node)) else {
                return None;
            };
            single_best(&d.choices).map(|best| Decided {
                node: d.id.clone(),
                chose: choice + 1,
                best: best + 1,
            })
        })
        .collect();
    PracticeAttempt {
        format: ATTEMPT_FORMAT.into(),
        student: student.into(),
        scenario: s.id().into(),
        content_hash: s.content_hash.clone(),
        seed: p.attempt.seed,
        locale: locale.clone(),
        actions: p.attempt.actions.iter().map(|a| a.to_string()).collect(),
        total: score.total,
        pass: score.pass,
        competencies: score.competencies.into_iter().collect(),
        decisions,
        finished_at: now,
        tool_version: env!("CARGO_PKG_VERSION").into(),
    }
}

/// Run one student's practice until they quit or the connection goes; the channel is
/// closed after.
pub fn sit(
    class: &Class,
    student: &str,
    client: Client,
    inbox: &Receiver<Input>,
    mut out: Channel,
) {
    let lines = match sit_inner(class, student, &client, inbox, &mut out) {
        Ok(lines) => lines,
        Err(why) => vec![format!("tradesim: {why}")],
    };
    say(&mut out, &lines);
    out.close();
}

fn sit_inner(
    class: &Class,
    student: &str,
    client: &Client,
    inbox: &Receiver<Input>,
    out: &mut Channel,
) -> Result<Vec<String>, String> {
    let folder = student_dir(&class.dir, student)?;
    let saves = folder.join("saves");
    let locale = negotiate(
        client.lang.as_deref().unwrap_or(DEFAULT_LOCALE),
        &SHIPPED_LOCALES,
    );
    let theme = Theme {
        color: !client.no_color,
    };
    let mut app = App::new(
        class.scenarios.clone(),
        ui_sources(),
        &locale,
        Settings::default(),
        theme,
    )
    .map_err(|e| e.to_string())?;
    update(&mut app, Msg::Saves(crate::tui::save::load_all(&saves)));
    let mut journal = Attempts {
        student: student.into(),
        folder,
        kept: 0,
    };
    let writer = Channel::new(out.sender());
    let ending = screen::run_in(
        &mut app,
        &mut journal,
        writer,
        inbox,
        client.size,
        &mut |_, _| {},
        Some(&saves),
    )
    .map_err(|e| format!("terminal: {e}"))?;
    if ending != Ending::Quit {
        // a dropped connection or a takeover keeps the attempt in progress, as a save
        keep_in_progress(&mut app, &saves, &mut journal);
    }
    let mut lines = match ending {
        Ending::Kicked(why) => vec![why],
        Ending::Quit | Ending::Dropped => Vec::new(),
    };
    lines.push(format!(
        "practice: {} finished attempt(s) kept for {student} this time.",
        journal.kept
    ));
    Ok(lines)
}

fn keep_in_progress(app: &mut App, saves: &Path, journal: &mut Attempts) {
    let cmds = update(app, Msg::Do(Intent::Interrupt));
    run_cmds(app, cmds, Some(saves), journal);
}
