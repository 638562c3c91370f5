//! `tradesim exam SESSION --candidate ID --key-file F`: sit the assessment of an organiser's
//! session, as the session fixed it (files, seed, time limit). Every action is in the
//! candidate's journal (fsync'd) before the exam moves on; running the same command again
//! resumes after a crash, and refuses once the record is sealed or the witness shows a cut.
//!
//! `--actions FILE|-` sits it headless from a script (one action per line, `hand-in` to
//! submit early), through the same session and journal as the screen.

use std::io::{BufRead, IsTerminal as _, Write as _};
use std::path::{Path, PathBuf};
use std::sync::mpsc;
use std::time::Duration;

use super::{Cli, Failure, Outcome};
use crate::engine::Action;
use crate::i18n::{Locale, from_env, negotiate};
use crate::record::assessment::{Debrief, library_for, with_env_folders};
use crate::record::clock::countdown;
use crate::record::manifest::{Manifest, SignedManifest};
use crate::record::session::Opened;
use crate::record::{
    ActError, Acted, Exam, ExamResult, SealKey, Session, SessionError, Start, SystemClock,
    resolve_assessment,
};
use crate::scenario::library::ui_sources;
use crate::tui::exam::ExamJournal;
use crate::tui::theme::Theme;
use crate::tui::{self, Ended};

#[derive(clap::Args, Debug)]
pub struct Args {
    /// The organiser's session: its manifest (`session.json`) or the results folder holding it.
    pub session: PathBuf,
    /// The candidate's id, as in the session's roster.
    #[arg(long)]
    pub candidate: String,
    /// The organiser's signing key (mode 0600 or 0400; the exam refuses one others can read).
    #[arg(long, value_name = "FILE")]
    pub key_file: PathBuf,
    /// The language, one the assessment allows; default from LC_ALL/LANG, else its first.
    #[arg(long)]
    pub locale: Option<String>,
    /// Sit it headless: actions from FILE (or `-` for stdin), one per line; `hand-in` submits.
    #[arg(long, value_name = "FILE")]
    pub actions: Option<PathBuf>,
}

/// The locale for a fresh start: the request matched to what the assessment allows.
pub fn exam_locale(flag: Option<&str>, allowed: &[String]) -> Result<Locale, Failure> {
    let av: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
    let fallback = || Locale::new(allowed.first().cloned().unwrap_or_default());
    match flag {
        Some(req) => {
            let got = negotiate(req, &av);
            let lang = |t: &str| {
                t.split(['-', '_'])
                    .next()
                    .unwrap_or("")
                    .to_ascii_lowercase()
            };
            if av.contains(&got.as_str()) && lang(&got) == lang(req) {
                Ok(got)
            } else {
                Err(Failure::input(format!(
                    "this assessment is not offered in `{req}`; it is offered in: {}",
                    allowed.join(", ")
                )))
            }
        }
        None => {
            let got = from_env(&av);
            Ok(if av.contains(&got.as_str()) {
                got
            } else {
                fallback()
            })
        }
    }
}

fn session_failure(e: SessionError) -> Failure {
    match e {
        SessionError::Journal { .. }
        | SessionError::Changed { .. }
        | SessionError::Witness { .. }
        | SessionError::Replay { .. } => Failure::found(e),
        other => Failure::input(other),
    }
}

pub fn load_exam(cli: &Cli, arg: &str) -> Result<Exam, Failure> {
    let files = resolve_assessment(arg, &cli.scenario_dirs).map_err(Failure::input)?;
    let lib = library_for(&files, &cli.scenario_dirs).map_err(Failure::input)?;
    Exam::load(files, lib).map_err(|d| {
        Failure::input(
            d.iter()
                .map(|d| d.render_plain())
                .collect::<Vec<_>>()
                .join("\n"),
        )
    })
}

fn say(line: &str) {
    let mut out = std::io::stdout().lock();
    let _ = writeln!(out, "{}", crate::safe_text::clean(line));
    let _ = out.flush();
}

fn summary(s: &Session, r: &ExamResult) {
    say(&format!(
        "exam: submitted ({}); record sealed: {}",
        r.reason.key(),
        s.path().display()
    ));
    if s.header().debrief == Debrief::AfterExam {
        let verdict = if r.pass { "pass" } else { "fail" };
        say(&format!(
            "total {}/100, {verdict} (pass mark {})",
            r.total,
            s.header().pass_mark
        ));
        for (i, p) in r.parts.iter().enumerate() {
            let kind = if p.scored {
                ""
            } else {
                " (warm-up, not scored)"
            };
            say(&format!(
                "  part {} {}: {}/100{kind}",
                i + 1,
                p.scenario,
                p.total
            ));
        }
    }
}

/// The exam in the terminal: the TUI in exam mode over the same session.
fn on_screen(exam: &Exam, sitting: &Sitting, key: &SealKey) -> Outcome {
    if !(std::io::stdout().is_terminal() && std::io::stdin().is_terminal()) {
        return Err(Failure::input(
            "tradesim exam needs a terminal; for a scripted sitting use --actions FILE (or - for stdin)",
        ));
    }
    let s = sitting.open(exam, key)?;
    if let Some(r) = s.result().cloned() {
        // it ended while closed (a Wall clock ran out, or it crashed while sealing)
        summary(&s, &r);
        return Ok(());
    }
    let mut journal = ExamJournal::new(exam, s);
    let app = journal
        .app(ui_sources(), Theme::from_env())
        .map_err(Failure::input)?;
    let ended = tui::run(app, None, &mut journal);
    if let Some(why) = journal.failure.take() {
        return Err(Failure::input(why));
    }
    let s = &journal.session;
    match s.result().cloned() {
        Some(r) => summary(s, &r),
        None => say(&format!(
            "exam: paused with {} action(s) recorded, {} left; run the same command to resume",
            s.actions_recorded(),
            countdown(s.time_left_ms())
        )),
    }
    match ended {
        Ok(Ended::Normally) => Ok(()),
        Ok(Ended::Signal(sig)) => Err(Failure {
            code: (128 + sig).clamp(0, 255) as u8,
            message: String::new(),
        }),
        Err(e) => Err(Failure::input(format!("terminal error: {e}"))),
    }
}

/// The scenario folders a command was given: TRADESIM_SCENARIOS, then --scenarios.
pub fn given_folders(cli: &Cli) -> Vec<PathBuf> {
    with_env_folders(&cli.scenario_dirs)
}

/// One candidate's sitting as the session fixes it.
struct Sitting {
    candidate: String,
    results: PathBuf,
    start: Start,
}

impl Sitting {
    fn open(&self, exam: &Exam, key: &SealKey) -> Result<Session, Failure> {
        Session::open(
            exam,
            &self.candidate,
            &self.results,
            key,
            &self.start,
            Box::new(SystemClock::new()),
        )
        .map_err(session_failure)
    }
}

/// The session's manifest, checked under the signing key's public half.
pub(super) fn load_session(cli: &Cli, path: &Path, key: &SealKey) -> Result<Manifest, Failure> {
    let m = SignedManifest::load(path, &key.public()).map_err(Failure::input)?;
    m.check_folders(&given_folders(cli))
        .map_err(Failure::input)?;
    Ok(m)
}

/// The candidate's place in the session: in the roster, with the seed and minutes assigned.
fn sitting_for(m: &Manifest, exam: &Exam, args: &Args) -> Result<Sitting, Failure> {
    let locale = exam_locale(args.locale.as_deref(), &exam.file.locales)?;
    let Some(start) = m.start_for(&args.candidate, locale) else {
        return Err(Failure::input(format!(
            "candidate `{}` is not in this session's roster",
            args.candidate
        )));
    };
    Ok(Sitting {
        candidate: args.candidate.clone(),
        results: m.results_dir(),
        start,
    })
}

/// A file size limit (`ulimit -f`) must not kill the exam silently: with SIGXFSZ ignored a
/// write past it fails with EFBIG, reported like a full disk.
pub(super) fn ignore_file_size_signal() {
    #[cfg(unix)]
    // SAFETY: SIG_IGN is a valid disposition; called before any thread is started.
    unsafe {
        libc::signal(libc::SIGXFSZ, libc::SIG_IGN);
    }
}

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    // the key first: no exam starts that could not be sealed
    let key = SealKey::load(Some(&args.key_file)).map_err(Failure::input)?;
    let manifest = load_session(cli, &args.session, &key)?;
    let exam = manifest.load_exam().map_err(Failure::input)?;
    let sitting = sitting_for(&manifest, &exam, args)?;
    ignore_file_size_signal();
    match &args.actions {
        None => on_screen(&exam, &sitting, &key),
        Some(actions) => headless(&exam, &sitting, &key, actions),
    }
}

/// A script line, or why it could not be read.
type ScriptLine = (usize, Result<String, String>);

/// Read the script on its own thread, so the exam's clock ticks (heartbeats, time-up)
/// while a script on stdin waits for its next line.
fn read_script(actions: &Path) -> Result<mpsc::Receiver<ScriptLine>, Failure> {
    let shown = actions.display().to_string();
    // the script is opened first: an unreadable one starts no exam
    let file = if shown == "-" {
        None
    } else {
        Some(std::fs::File::open(actions).map_err(|e| Failure::input(format!("{shown}: {e}")))?)
    };
    let (tx, rx) = mpsc::channel();
    std::thread::spawn(move || {
        let reader: Box<dyn BufRead> = match file {
            None => Box::new(std::io::stdin().lock()),
            Some(f) => Box::new(std::io::BufReader::new(f)),
        };
        for (n, line) in reader.lines().enumerate() {
            let line = line.map_err(|e| e.to_string());
            let stop = line.is_err();
            if tx.send((n + 1, line)).is_err() || stop {
                return;
            }
        }
    });
    Ok(rx)
}

fn announce(s: &Session, id: &str, candidate: &str) {
    let parts = s.header().parts.len();
    match s.opened().clone() {
        Opened::Fresh => say(&format!(
            "exam: started {id} for {candidate} ({parts} part(s), {} left)",
            countdown(s.time_left_ms())
        )),
        Opened::Resumed {
            actions,
            dropped_bytes,
        } => {
            let dropped = if dropped_bytes > 0 {
                format!(" (dropped a cut-off last line of {dropped_bytes} bytes)")
            } else {
                String::new()
            };
            say(&format!(
                "exam: resumed {id} for {candidate} with {actions} action(s) recorded{dropped}; part {}/{parts}; {} left",
                (s.current() + 1).min(parts),
                countdown(s.time_left_ms())
            ));
        }
    }
}

/// Take one script line; `Ok(false)` when it was not taken because the exam had ended.
fn take_line(s: &mut Session, shown: &str, n: usize, line: &str) -> Result<bool, Failure> {
    let text = line.split('#').next().unwrap_or("").trim();
    if text.is_empty() {
        return Ok(true);
    }
    if s.result().is_some() {
        return Ok(false);
    }
    s.tick().map_err(session_failure)?;
    if s.result().is_some() {
        return Ok(false);
    }
    if text == "hand-in" {
        s.hand_in().map_err(session_failure)?;
        return Ok(true);
    }
    let action: Action = line
        .parse()
        .map_err(|e| Failure::input(format!("{shown}:{n}: {e}")))?;
    match s.act(action) {
        Ok(Acted::Accepted { .. } | Acted::Completed(_)) => {
            say(&format!("ok {}", s.actions_recorded()));
            Ok(true)
        }
        Ok(Acted::TimeUp(_)) | Err(ActError::Submitted) => Ok(false),
        Err(ActError::Rejected(e)) => {
            let p = s.current();
            Err(Failure::input(format!(
                "{shown}:{n}: `{text}` is rejected in part {} ({}): {e}; the exam stays open: run the command again to resume",
                p + 1,
                s.header()
                    .parts
                    .get(p)
                    .map(|x| x.scenario.as_str())
                    .unwrap_or("")
            )))
        }
        Err(e @ (ActError::Unrecordable(_) | ActError::Paused)) => {
            Err(Failure::input(format!("{shown}:{n}: {e}")))
        }
        Err(ActError::Failed(e)) => Err(session_failure(e)),
    }
}

/// The exam from a script, through the same session and journal as the screen.
fn headless(exam: &Exam, sitting: &Sitting, key: &SealKey, actions: &Path) -> Outcome {
    let shown = actions.display().to_string();
    let script = read_script(actions)?;
    let mut s = sitting.open(exam, key)?;
    announce(&s, &exam.file.id, &sitting.candidate);
    if let Some(r) = s.result().cloned() {
        summary(&s, &r);
        return Ok(());
    }
    let mut left_over = 0;
    loop {
        match script.recv_timeout(Duration::from_millis(500)) {
            Ok((n, Ok(line))) => {
                if !take_line(&mut s, &shown, n, &line)? {
                    left_over += 1;
                }
            }
            Ok((n, Err(e))) => return Err(Failure::input(format!("{shown}:{n}: {e}"))),
            // time ran out while the script was silent: nothing more can be taken
            Err(mpsc::RecvTimeoutError::Timeout) if s.result().is_some() => break,
            Err(mpsc::RecvTimeoutError::Timeout) => {
                s.tick().map_err(session_failure)?;
            }
            Err(mpsc::RecvTimeoutError::Disconnected) => break,
        }
    }
    match s.result().cloned() {
        Some(r) => {
            summary(&s, &r);
            if left_over > 0 {
                say(&format!(
                    "exam: {left_over} action(s) after the end were not taken"
                ));
            }
        }
        None => say(&format!(
            "exam: paused with {} action(s) recorded, {} left; run the same command to resume",
            s.actions_recorded(),
            countdown(s.time_left_ms())
        )),
    }
    Ok(())
}
