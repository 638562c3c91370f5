//! `tradesim exam <ASSESSMENT> --candidate ID --results DIR`: sit an assessment. Every
//! action is in the candidate's journal (fsync'd) before the exam moves on; running the
//! same command again resumes after a crash, and refuses once the record is sealed.
//!
//! `--actions FILE|-` sits it headless from a script (one action per line, `hand-in` to
//! submit early), through the same session and journal as the screen.

use std::io::{BufRead, IsTerminal as _, Write as _};
use std::path::PathBuf;

use super::{Cli, Failure, Outcome};
use crate::engine::Action;
use crate::i18n::{from_env, negotiate};
use crate::record::assessment::{Debrief, library_for};
use crate::record::clock::countdown;
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
    /// An assessment id (shipped, or in a --scenarios folder), or a path to its .ron file.
    pub assessment: String,
    /// The candidate's id: opaque, used as the record's file name (letters, digits, . _ -).
    #[arg(long)]
    pub candidate: String,
    /// The folder for journals and sealed records (created if missing).
    #[arg(long, value_name = "DIR")]
    pub results: PathBuf,
    /// The session key; default: the TRADESIM_SEAL_KEY variable. The exam refuses to start without one.
    #[arg(long, value_name = "FILE")]
    pub key_file: Option<PathBuf>,
    /// The language, one the assessment allows; default from LC_ALL/LANG, else its first.
    #[arg(long)]
    pub locale: Option<String>,
    /// The session seed (which scenarios are drawn, and their random events); default: random.
    /// Give every candidate the same seed for identical papers.
    #[arg(long)]
    pub seed: Option<u64>,
    /// Sit it headless: actions from FILE (or `-` for stdin), one per line; `hand-in` submits.
    #[arg(long, value_name = "FILE")]
    pub actions: Option<PathBuf>,
}

/// The locale for a fresh start: the request matched to what the assessment allows.
pub fn exam_locale(flag: Option<&str>, allowed: &[String]) -> Result<String, Failure> {
    let av: Vec<&str> = allowed.iter().map(|s| s.as_str()).collect();
    let fallback = || allowed.first().cloned().unwrap_or_default();
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
                Ok(got.into())
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
                got.into()
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
fn on_screen(exam: &Exam, args: &Args, key: &SealKey, start: &Start) -> Outcome {
    if !(std::io::stdout().is_terminal() && std::io::stdin().is_terminal()) {
        return Err(Failure::input(
            "tradesim exam needs a terminal; for a scripted sitting use --actions FILE (or - for stdin)",
        ));
    }
    let s = Session::open(
        exam,
        &args.candidate,
        &args.results,
        key,
        start,
        Box::new(SystemClock::new()),
    )
    .map_err(session_failure)?;
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

pub fn exec(cli: &Cli, args: &Args) -> Outcome {
    // the key first: no exam starts that could not be sealed
    let key = SealKey::load(args.key_file.as_deref()).map_err(Failure::input)?;
    let exam = load_exam(cli, &args.assessment)?;
    let locale = exam_locale(args.locale.as_deref(), &exam.file.locales)?;
    let start = Start {
        seed: args.seed,
        locale,
    };
    let Some(actions) = &args.actions else {
        return on_screen(&exam, args, &key, &start);
    };
    // the script is opened first: an unreadable one starts no exam
    let shown = actions.display().to_string();
    let reader: Box<dyn BufRead> = if shown == "-" {
        Box::new(std::io::stdin().lock())
    } else {
        Box::new(std::io::BufReader::new(
            std::fs::File::open(actions).map_err(|e| Failure::input(format!("{shown}: {e}")))?,
        ))
    };
    let mut s = Session::open(
        &exam,
        &args.candidate,
        &args.results,
        &key,
        &start,
        Box::new(SystemClock::new()),
    )
    .map_err(session_failure)?;
    let parts = s.header().parts.len();
    match s.opened().clone() {
        Opened::Fresh => say(&format!(
            "exam: started {} for {} ({parts} part(s), {} left)",
            exam.file.id,
            args.candidate,
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
                "exam: resumed {} for {} with {actions} action(s) recorded{dropped}; part {}/{parts}; {} left",
                exam.file.id,
                args.candidate,
                (s.current() + 1).min(parts),
                countdown(s.time_left_ms())
            ));
        }
    }
    if let Some(r) = s.result().cloned() {
        summary(&s, &r);
        return Ok(());
    }
    let mut left_over = 0;
    for (n, line) in reader.lines().enumerate() {
        let line = line.map_err(|e| Failure::input(format!("{shown}:{}: {e}", n + 1)))?;
        let text = line.split('#').next().unwrap_or("").trim();
        if text.is_empty() {
            continue;
        }
        if s.result().is_some() {
            left_over += 1;
            continue;
        }
        s.tick().map_err(session_failure)?;
        if s.result().is_some() {
            left_over += 1;
            continue;
        }
        if text == "hand-in" {
            s.hand_in().map_err(session_failure)?;
            continue;
        }
        let action: Action = line
            .parse()
            .map_err(|e| Failure::input(format!("{shown}:{}: {e}", n + 1)))?;
        match s.act(action) {
            Ok(Acted::Accepted { .. }) => say(&format!("ok {}", s.actions_recorded())),
            Ok(Acted::Completed(_)) => say(&format!("ok {}", s.actions_recorded())),
            Ok(Acted::TimeUp(_)) => left_over += 1,
            Err(ActError::Rejected(e)) => {
                let p = s.current();
                return Err(Failure::input(format!(
                    "{shown}:{}: `{}` is rejected in part {} ({}): {e}; the exam stays open: run the command again to resume",
                    n + 1,
                    text,
                    p + 1,
                    s.header()
                        .parts
                        .get(p)
                        .map(|x| x.scenario.as_str())
                        .unwrap_or("")
                )));
            }
            Err(ActError::Submitted) => left_over += 1,
            Err(e @ ActError::Unrecordable(_)) => {
                return Err(Failure::input(format!("{shown}:{}: {e}", n + 1)));
            }
            Err(ActError::Failed(e)) => return Err(session_failure(e)),
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
