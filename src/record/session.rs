//! The exam session: open or resume a candidate's journal, take actions, keep time from an
//! injected clock, submit (by the candidate, at time-up, or when every part is done), and
//! seal. Every accepted action is on disk (written and fsync'd) before `act` returns, so a
//! driver that moves the screen on only after `act` never shows what a crash could lose.

use std::fmt;
use std::io;
use std::path::{Path, PathBuf};

use super::assessment::{ClockPolicy, Exam};
use super::clock::{Clock, rfc3339};
use super::grade::{ExamResult, SubmitReason, grade, replay};
use super::journal::{
    ActionLine, AssessmentRef, FORMAT, Header, JournalWriter, Line, Open, Problem, ProctorLine,
    Record, Stamp, Submit, parse, read_bytes,
};
use super::lock::{CandidateLock, LockError};
use super::proctor_log::{Entry, Order};
use super::seal::SealKey;
use super::timing::Timing;
use super::witness::{Witness, compare, witness_path};
use crate::engine::{Action, Attempt, Event, Rejected};
use crate::i18n::Locale;
use crate::scenario::compile::Scenario;

/// A heartbeat at most this often while the exam is open: a crash loses at most this much
/// of the time used (Active clock).
pub const TICK_MS: u64 = 15_000;

/// The journal of a candidate in a results folder.
pub fn journal_path(results: &Path, candidate: &str) -> PathBuf {
    results.join(format!("{candidate}.record.jsonl"))
}

pub fn lock_path(results: &Path, candidate: &str) -> PathBuf {
    results.join(format!("{candidate}.lock"))
}

/// Names Windows reserves for devices, with any extension (`CON`, `nul.txt`, `COM1`).
fn windows_device(id: &str) -> bool {
    let stem = id.split('.').next().unwrap_or("").to_ascii_uppercase();
    matches!(stem.as_str(), "CON" | "PRN" | "AUX" | "NUL")
        || ((stem.starts_with("COM") || stem.starts_with("LPT"))
            && stem.len() == 4
            && stem.as_bytes()[3].is_ascii_digit())
}

/// Candidate ids are opaque to tradesim but become file names on any disk: letters,
/// digits, `.`, `_`, `-`, starting with a letter or digit, at most 64, not ending in `.`,
/// and no Windows device name.
pub fn check_candidate(id: &str) -> Result<(), CandidateIdError> {
    let ok = !id.is_empty()
        && id.len() <= 64
        && id.chars().next().is_some_and(|c| c.is_ascii_alphanumeric())
        && !id.ends_with('.')
        && id
            .chars()
            .all(|c| c.is_ascii_alphanumeric() || matches!(c, '.' | '_' | '-'));
    if !ok {
        return Err(CandidateIdError::Unusable(id.to_string()));
    }
    if windows_device(id) {
        return Err(CandidateIdError::DeviceName(id.to_string()));
    }
    Ok(())
}

/// Why a candidate id cannot be a file name.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum CandidateIdError {
    Unusable(String),
    DeviceName(String),
}

impl fmt::Display for CandidateIdError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            CandidateIdError::Unusable(id) => write!(
                f,
                "candidate id `{id}` is not usable: use 1 to 64 letters, digits, `.`, `_` or `-`, starting with a letter or digit"
            ),
            CandidateIdError::DeviceName(id) => write!(
                f,
                "candidate id `{id}` is a Windows device name (CON, PRN, AUX, NUL, COM1-9, LPT1-9): it cannot be a file name there"
            ),
        }
    }
}

impl std::error::Error for CandidateIdError {}

#[derive(Debug)]
pub enum SessionError {
    BadCandidate(CandidateIdError),
    BadLocale {
        locale: Locale,
        allowed: Vec<String>,
    },
    /// The results folder cannot be made or written.
    Results {
        path: PathBuf,
        err: io::Error,
    },
    Locked(LockError),
    AlreadySealed {
        path: PathBuf,
        submitted_at: Option<u64>,
    },
    /// The journal cannot be trusted or is not a record.
    Journal {
        path: PathBuf,
        problem: Problem,
    },
    /// The journal is another assessment's, or another candidate's.
    NotThisExam {
        path: PathBuf,
        why: String,
    },
    /// A scenario or the assessment changed since the candidate started.
    Changed {
        path: PathBuf,
        what: String,
    },
    Replay {
        path: PathBuf,
        detail: super::grade::ReplayError,
    },
    /// A scenario of the assessment cannot be loaded.
    Plan(super::assessment::PartError),
    /// Writing the journal failed mid-exam; the session stops (resume after fixing it).
    Write {
        path: PathBuf,
        err: io::Error,
    },
    /// The witness remembers more (or other) lines than the journal has: cut or rewritten.
    Witness {
        path: PathBuf,
        why: String,
    },
    /// A first start outside the session's start window.
    Window(String),
}

impl fmt::Display for SessionError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            SessionError::BadCandidate(e) => e.fmt(f),
            SessionError::Plan(e) => e.fmt(f),
            SessionError::BadLocale { locale, allowed } => {
                write!(
                    f,
                    "this assessment is not offered in `{locale}`; it is offered in: {}",
                    allowed.join(", ")
                )
            }
            SessionError::Results { path, err } => {
                write!(
                    f,
                    "{}: cannot write the results folder: {err}",
                    path.display()
                )
            }
            SessionError::Locked(e) => write!(f, "{e}"),
            SessionError::AlreadySealed { path, submitted_at } => {
                let when = submitted_at
                    .map(|t| format!(" (submitted {})", rfc3339(t)))
                    .unwrap_or_default();
                write!(
                    f,
                    "{}: this candidate's exam is finished and sealed{when}; it cannot be restarted or changed",
                    path.display()
                )
            }
            SessionError::Journal { path, problem } => write!(
                f,
                "{}: {problem}; the journal is left as it is (tradesim verify shows the same)",
                path.display()
            ),
            SessionError::NotThisExam { path, why } => write!(f, "{}: {why}", path.display()),
            SessionError::Changed { path, what } => write!(
                f,
                "{}: {what} changed since this candidate started, so the exam cannot resume; restore the original file",
                path.display()
            ),
            SessionError::Replay { path, detail } => write!(
                f,
                "{}: the journal does not replay: {detail}",
                path.display()
            ),
            SessionError::Witness { path, why } => write!(
                f,
                "{}: {why}; the exam cannot resume it (tradesim verify shows the same)",
                path.display()
            ),
            SessionError::Window(why) => f.write_str(why),
            SessionError::Write { path, err } => write!(
                f,
                "{}: cannot write the journal: {err}; the exam stopped, and what was recorded is safe: fix the cause and run the same command to resume",
                path.display()
            ),
        }
    }
}

impl std::error::Error for SessionError {}

/// How the session came to be open.
#[derive(Debug, Clone, PartialEq, Eq)]
pub enum Opened {
    Fresh,
    Resumed { actions: usize, dropped_bytes: u64 },
}

/// What an action did.
#[derive(Debug, Clone, PartialEq)]
pub enum Acted {
    /// Recorded; the engine's events, and whether this part reached its ending.
    Accepted {
        events: Vec<Event>,
        part_finished: bool,
    },
    /// Recorded, and it ended the last part: the exam is submitted and sealed.
    Completed(ExamResult),
    /// Time was up before the action: it was not recorded; the exam is submitted and sealed.
    TimeUp(ExamResult),
}

#[derive(Debug)]
pub enum ActError {
    /// The engine refuses it here; nothing was recorded.
    Rejected(Rejected),
    /// The exam is already submitted.
    Submitted,
    /// Its text form would not read back as the same action (so it could not be replayed).
    Unrecordable(String),
    /// The room is paused by the proctor; nothing was recorded.
    Paused,
    /// It could not be recorded.
    Failed(SessionError),
}

impl fmt::Display for ActError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        match self {
            ActError::Rejected(r) => write!(f, "{r}"),
            ActError::Submitted => f.write_str("the exam is already submitted"),
            ActError::Paused => f.write_str("the room is paused by the proctor"),
            ActError::Unrecordable(t) => write!(f, "`{t}` cannot be recorded as written"),
            ActError::Failed(e) => write!(f, "{e}"),
        }
    }
}

pub struct Session {
    header: Header,
    scenarios: Vec<Scenario>,
    lines: Vec<Line>,
    attempts: Vec<Attempt>,
    current: usize,
    writer: JournalWriter,
    clock: Box<dyn Clock>,
    open_mono: u64,
    /// The time rules over the lines written so far.
    timing: Timing,
    last_t: u64,
    result: Option<ExamResult>,
    broken: bool,
    opened: Opened,
    // dropped last, after the journal is closed
    _lock: CandidateLock,
}

impl fmt::Debug for Session {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.debug_struct("Session")
            .field("candidate", &self.header.candidate)
            .field("current", &self.current)
            .finish()
    }
}

/// Options for a fresh start; a resumed exam keeps what its header says.
#[derive(Debug, Clone, Default)]
pub struct Start {
    /// The session seed (draws and random events); None: a fresh random one.
    pub seed: Option<u64>,
    pub locale: Locale,
    /// The organiser's session id, written into the header and required on resume.
    pub session: Option<String>,
    /// The time limit for this candidate (with extra minutes); None: the assessment's.
    pub minutes: Option<u32>,
    /// A first start only within [from, to) (wall ms).
    pub window: Option<(u64, u64)>,
    /// The witness folder: the candidate's witness file there must exist.
    pub witness: Option<PathBuf>,
}

/// Make a results folder only its owner can enter (0700); an existing one is kept as is.
pub fn create_results_dir(dir: &Path) -> io::Result<()> {
    let mut b = std::fs::DirBuilder::new();
    b.recursive(true);
    #[cfg(unix)]
    {
        use std::os::unix::fs::DirBuilderExt as _;
        b.mode(0o700);
    }
    b.create(dir)
}

fn results_err(path: &Path) -> impl Fn(io::Error) -> SessionError + '_ {
    move |err| SessionError::Results {
        path: path.to_path_buf(),
        err,
    }
}

impl Session {
    pub fn open(
        exam: &Exam,
        candidate: &str,
        results: &Path,
        key: &SealKey,
        start: &Start,
        clock: Box<dyn Clock>,
    ) -> Result<Session, SessionError> {
        check_candidate(candidate).map_err(SessionError::BadCandidate)?;
        create_results_dir(results).map_err(results_err(results))?;
        let lock = CandidateLock::acquire(&lock_path(results, candidate)).map_err(|e| match e {
            LockError::Io { path, err } => SessionError::Results { path, err },
            held => SessionError::Locked(held),
        })?;
        let path = journal_path(results, candidate);
        let witness = match &start.witness {
            Some(dir) => Some(Witness::open(&witness_path(dir, candidate)).map_err(|err| {
                SessionError::Results {
                    path: dir.clone(),
                    err,
                }
            })?),
            None => None,
        };
        if std::fs::symlink_metadata(&path).is_ok() {
            Session::resume(exam, candidate, &path, key, start, clock, lock, witness)
        } else {
            Session::fresh(exam, candidate, &path, key, start, clock, lock, witness)
        }
    }

    fn compile_parts(
        exam: &Exam,
        header: &Header,
        path: &Path,
    ) -> Result<Vec<Scenario>, SessionError> {
        header
            .parts
            .iter()
            .map(|p| {
                let (_, s) = exam.scenario(&p.scenario).map_err(SessionError::Plan)?;
                if s.content_hash != p.hash {
                    return Err(SessionError::Changed {
                        path: path.to_path_buf(),
                        what: format!("scenario `{}`", p.scenario),
                    });
                }
                Ok(s)
            })
            .collect()
    }

    #[allow(clippy::too_many_arguments)]
    fn fresh(
        exam: &Exam,
        candidate: &str,
        path: &Path,
        key: &SealKey,
        start: &Start,
        clock: Box<dyn Clock>,
        lock: CandidateLock,
        witness: Option<Witness>,
    ) -> Result<Session, SessionError> {
        if let Some(w) = &witness
            && !w.is_empty()
        {
            return Err(SessionError::Witness {
                path: w.path().into(),
                why: format!(
                    "the witness saw {} line(s) of this candidate's journal written, and the journal is gone",
                    w.len()
                ),
            });
        }
        if let Some((from, to)) = start.window {
            let now = clock.wall_ms();
            if now < from || now >= to {
                return Err(SessionError::Window(format!(
                    "this session can be started from {} to {}; it is {} now",
                    rfc3339(from),
                    rfc3339(to),
                    rfc3339(now)
                )));
            }
        }
        if !exam.file.locales.iter().any(|l| start.locale == l.as_str()) {
            return Err(SessionError::BadLocale {
                locale: start.locale.clone(),
                allowed: exam.file.locales.clone(),
            });
        }
        // below 2^53: exact in every JSON reader
        let seed = start.seed.unwrap_or_else(|| rand::random::<u64>() >> 11);
        let parts = exam.plan(seed).map_err(SessionError::Plan)?;
        let open_mono = clock.mono_ms();
        let at = clock.wall_ms();
        let header = Header {
            format: FORMAT.into(),
            tool_version: env!("CARGO_PKG_VERSION").into(),
            assessment: AssessmentRef {
                id: exam.file.id.clone(),
                version: exam.file.version,
                hash: exam.hash.clone(),
                title: exam.file.title.clone(),
            },
            candidate: candidate.into(),
            session: start.session.clone(),
            locale: start.locale.clone(),
            session_seed: seed,
            parts,
            minutes: start.minutes.unwrap_or(exam.file.minutes),
            pass_mark: exam.file.pass_mark,
            clock: exam.file.clock,
            debrief: exam.file.debrief,
            key_id: key.id(),
            started_at: rfc3339(at),
            at,
            t: 0,
        };
        let scenarios = Session::compile_parts(exam, &header, path)?;
        let dir = path.parent().unwrap_or(Path::new("."));
        let writer =
            JournalWriter::create(path, &header, key, witness).map_err(results_err(dir))?;
        let lines = vec![Line::Header(Box::new(header.clone()))];
        let mut timing = Timing::new(&header);
        timing.feed(&lines[0]);
        let refs: Vec<&Scenario> = scenarios.iter().collect();
        let r = replay(&header, &refs, &lines).map_err(|detail| SessionError::Replay {
            path: path.into(),
            detail,
        })?;
        let mut s = Session {
            header,
            scenarios,
            lines,
            attempts: r.attempts,
            current: r.current,
            writer,
            clock,
            open_mono,
            timing,
            last_t: 0,
            result: None,
            broken: false,
            opened: Opened::Fresh,
            _lock: lock,
        };
        s.settle_start()?;
        Ok(s)
    }

    /// A journal and its witness agree, and the journal is this candidate's, in this session.
    fn check_resumable(
        record: &Record,
        candidate: &str,
        path: &Path,
        start: &Start,
        witness: Option<&Witness>,
    ) -> Result<(), SessionError> {
        if let Some(w) = witness {
            compare(w.sigs(), &record.sigs).map_err(|why| SessionError::Witness {
                path: path.into(),
                why: why.to_string(),
            })?;
        }
        let header = &record.header;
        if header.candidate != candidate {
            return Err(SessionError::NotThisExam {
                path: path.into(),
                why: format!("this journal is candidate `{}`'s", header.candidate),
            });
        }
        if header.session != start.session {
            return Err(SessionError::NotThisExam {
                path: path.into(),
                why: format!(
                    "this journal belongs to session {}, not {}",
                    header.session.as_deref().unwrap_or("(none)"),
                    start.session.as_deref().unwrap_or("(none)")
                ),
            });
        }
        Ok(())
    }

    #[allow(clippy::too_many_arguments)]
    fn resume(
        exam: &Exam,
        candidate: &str,
        path: &Path,
        key: &SealKey,
        start: &Start,
        clock: Box<dyn Clock>,
        lock: CandidateLock,
        witness: Option<Witness>,
    ) -> Result<Session, SessionError> {
        let bytes = read_bytes(path).map_err(|err| SessionError::Results {
            path: path.into(),
            err,
        })?;
        let record = parse(&bytes, &key.public()).map_err(|problem| SessionError::Journal {
            path: path.into(),
            problem,
        })?;
        let header = record.header.clone();
        Session::check_resumable(&record, candidate, path, start, witness.as_ref())?;
        if record.sealed {
            return Err(SessionError::AlreadySealed {
                path: path.into(),
                submitted_at: record.submit().map(|s| s.at),
            });
        }
        if header.assessment.id != exam.file.id {
            return Err(SessionError::NotThisExam {
                path: path.into(),
                why: format!(
                    "this candidate is sitting assessment `{}`, not `{}`",
                    header.assessment.id, exam.file.id
                ),
            });
        }
        if header.assessment.hash != exam.hash {
            return Err(SessionError::Changed {
                path: path.into(),
                what: format!("assessment `{}`", exam.file.id),
            });
        }
        let scenarios = Session::compile_parts(exam, &header, path)?;
        let refs: Vec<&Scenario> = scenarios.iter().collect();
        let r = replay(&header, &refs, &record.lines).map_err(|detail| SessionError::Replay {
            path: path.into(),
            detail,
        })?;
        let writer = JournalWriter::resume(path, &record, key, witness).map_err(|err| {
            SessionError::Write {
                path: path.into(),
                err,
            }
        })?;
        let open_mono = clock.mono_ms();
        let mut timing = Timing::new(&header);
        for l in &record.lines {
            timing.feed(l);
        }
        let mut s = Session {
            timing,
            header,
            scenarios,
            lines: record.lines.clone(),
            attempts: r.attempts.clone(),
            current: r.current,
            writer,
            clock,
            open_mono,
            last_t: 0,
            result: None,
            broken: false,
            opened: Opened::Resumed {
                actions: r.actions,
                dropped_bytes: record.torn,
            },
            _lock: lock,
        };
        // interrupted while submitting: finish the job (the result must be the replay's)
        if let Some(res) = record.result() {
            let refs: Vec<&Scenario> = s.scenarios.iter().collect();
            let again = grade(&s.header, &refs, &r, &record.lines).ok();
            if again.as_ref() != Some(res) {
                return Err(SessionError::Replay {
                    path: path.into(),
                    detail: super::grade::ReplayError::ResultDiffers,
                });
            }
            s.writer.seal().map_err(|err| SessionError::Write {
                path: path.into(),
                err,
            })?;
            s.result = Some(res.clone());
            return Ok(s);
        }
        if r.submit.is_some() {
            s.write_result()?;
            return Ok(s);
        }
        let stamp = s.stamp();
        s.write(Line::Open(Open {
            at: stamp.at,
            t: stamp.t,
            dropped_bytes: record.torn,
        }))?;
        s.settle_start()?;
        Ok(s)
    }

    /// At opening: time may already be up (Wall clock), or every part already ended.
    fn settle_start(&mut self) -> Result<(), SessionError> {
        if self.time_left_ms() == 0 {
            self.submit(SubmitReason::TimeUp)?;
        } else if self.current >= self.attempts.len() {
            self.submit(SubmitReason::Completed)?;
        }
        Ok(())
    }

    fn stamp(&self) -> Stamp {
        Stamp {
            at: self.clock.wall_ms(),
            t: self.clock.mono_ms().saturating_sub(self.open_mono),
        }
    }

    fn write(&mut self, line: Line) -> Result<(), SessionError> {
        if self.broken {
            return Err(SessionError::Write {
                path: self.writer.path().into(),
                err: io::Error::other("an earlier write failed"),
            });
        }
        if let Err(err) = self.writer.append(&line) {
            // a half-written line may be on disk: no more appends after it
            self.broken = true;
            return Err(SessionError::Write {
                path: self.writer.path().into(),
                err,
            });
        }
        if let Some(st) = line.stamp() {
            self.last_t = st.t;
        }
        self.timing.feed(&line);
        self.lines.push(line);
        Ok(())
    }

    fn submit(&mut self, reason: SubmitReason) -> Result<ExamResult, SessionError> {
        let st = self.stamp();
        self.write(Line::Submit(Submit {
            at: st.at,
            t: st.t,
            reason,
        }))?;
        self.write_result()
    }

    fn write_result(&mut self) -> Result<ExamResult, SessionError> {
        let path = self.writer.path().to_path_buf();
        let refs: Vec<&Scenario> = self.scenarios.iter().collect();
        let r =
            replay(&self.header, &refs, &self.lines).map_err(|detail| SessionError::Replay {
                path: path.clone(),
                detail,
            })?;
        let res = grade(&self.header, &refs, &r, &self.lines)
            .map_err(|detail| SessionError::Replay { path, detail })?;
        self.write(Line::Result(res.clone()))?;
        if let Err(err) = self.writer.seal() {
            self.broken = true;
            return Err(SessionError::Write {
                path: self.writer.path().into(),
                err,
            });
        }
        self.result = Some(res.clone());
        Ok(res)
    }

    pub fn header(&self) -> &Header {
        &self.header
    }
    pub fn opened(&self) -> &Opened {
        &self.opened
    }
    pub fn path(&self) -> &Path {
        self.writer.path()
    }
    /// The part in play (`parts().len()` once all are done).
    pub fn current(&self) -> usize {
        self.current
    }
    pub fn scenario(&self, part: usize) -> &Scenario {
        &self.scenarios[part]
    }
    pub fn attempt(&self, part: usize) -> &Attempt {
        &self.attempts[part]
    }
    pub fn result(&self) -> Option<&ExamResult> {
        self.result.as_ref()
    }
    pub fn actions_recorded(&self) -> usize {
        self.lines
            .iter()
            .filter(|l| matches!(l, Line::Action(_)))
            .count()
    }

    /// Time used so far, by the assessment's clock, capped at the limit.
    pub fn used_ms(&self) -> u64 {
        self.timing
            .used_at(self.stamp())
            .min(self.timing.limit_ms())
    }

    /// The time limit with every extension the proctor gave.
    pub fn limit_ms(&self) -> u64 {
        self.timing.limit_ms()
    }

    pub fn time_left_ms(&self) -> u64 {
        if let Some(r) = &self.result {
            return self.limit_ms().saturating_sub(r.time_used_ms);
        }
        self.timing.left_at(self.stamp())
    }

    /// The room is paused for this exam: its clock stands and it takes no action.
    pub fn is_paused(&self) -> bool {
        self.timing.paused()
    }

    /// Whether the journal already holds the copy of session log line `seq`.
    pub fn has_order(&self, seq: u64) -> bool {
        self.lines
            .iter()
            .any(|l| matches!(l, Line::Proctor(p) if p.seq == seq))
    }

    /// Carry out a proctor's order from the session log: copied into the journal (on disk
    /// before this returns), then in effect. An order not about this candidate, an
    /// extension or hand-in already copied, or a pause or resume with nothing to do changes
    /// nothing; after the exam is submitted nothing does. A pause is copied again into a
    /// sitting reopened while it still holds (a new sitting starts running). A hand-in
    /// returns the result.
    pub fn proctor(&mut self, e: &Entry) -> Result<Option<ExamResult>, SessionError> {
        let st = self.stamp();
        self.proctor_stamped(e, st)
    }

    /// `proctor`, the copy dated `at` (wall ms): a pause or resume the candidate was away
    /// for, under a `Wall` clock, which counts from each line's own wall time.
    pub fn proctor_dated(
        &mut self,
        e: &Entry,
        at: u64,
    ) -> Result<Option<ExamResult>, SessionError> {
        let st = Stamp {
            at,
            t: self.stamp().t,
        };
        self.proctor_stamped(e, st)
    }

    fn proctor_stamped(
        &mut self,
        e: &Entry,
        st: Stamp,
    ) -> Result<Option<ExamResult>, SessionError> {
        let who = self.header.candidate.clone();
        if self.result.is_some() || !e.order.touches(&who) {
            return Ok(None);
        }
        let idle = match e.order {
            Order::Pause { .. } => self.is_paused(),
            Order::Resume => !self.is_paused(),
            _ => self.has_order(e.seq),
        };
        if idle {
            return Ok(None);
        }
        self.write(Line::Proctor(ProctorLine {
            at: st.at,
            t: st.t,
            seq: e.seq,
            order: e.order.clone(),
        }))?;
        if let Order::HandIn { .. } = e.order {
            return self.submit(SubmitReason::Proctor).map(Some);
        }
        Ok(None)
    }

    /// Take an action in the part in play. It is on disk before this returns `Ok`.
    pub fn act(&mut self, action: Action) -> Result<Acted, ActError> {
        if self.result.is_some() {
            return Err(ActError::Submitted);
        }
        if self.is_paused() {
            return Err(ActError::Paused);
        }
        // one stamp for the time check and the line: the line is never past the limit
        let st = self.stamp();
        if self.timing.left_at(st) == 0 {
            return self
                .submit(SubmitReason::TimeUp)
                .map(Acted::TimeUp)
                .map_err(ActError::Failed);
        }
        let p = self.current;
        if p >= self.attempts.len() {
            return self
                .submit(SubmitReason::Completed)
                .map(Acted::Completed)
                .map_err(ActError::Failed);
        }
        // the text form is what the journal keeps: refuse anything it would not give back
        let text = action.to_string();
        if text.parse::<Action>().ok().as_ref() != Some(&action) {
            return Err(ActError::Unrecordable(text));
        }
        let mut next = self.attempts[p].clone();
        let events = next
            .act(&self.scenarios[p], action)
            .map_err(ActError::Rejected)?;
        self.write(Line::Action(ActionLine {
            at: st.at,
            t: st.t,
            part: p,
            action: text,
        }))
        .map_err(ActError::Failed)?;
        let part_finished = next.finished();
        self.attempts[p] = next;
        if part_finished {
            while self.current < self.attempts.len() && self.attempts[self.current].finished() {
                self.current += 1;
            }
            if self.current >= self.attempts.len() {
                return self
                    .submit(SubmitReason::Completed)
                    .map(Acted::Completed)
                    .map_err(ActError::Failed);
            }
        }
        Ok(Acted::Accepted {
            events,
            part_finished,
        })
    }

    /// Call on every UI tick: submits at time-up (returning the result), and writes a
    /// heartbeat now and then so a crash loses little of the time used.
    pub fn tick(&mut self) -> Result<Option<ExamResult>, SessionError> {
        if self.result.is_some() || self.is_paused() {
            return Ok(None);
        }
        if self.time_left_ms() == 0 {
            return self.submit(SubmitReason::TimeUp).map(Some);
        }
        let st = self.stamp();
        if self.header.clock == ClockPolicy::Active && st.t.saturating_sub(self.last_t) >= TICK_MS {
            self.write(Line::Tick(st))?;
        }
        Ok(None)
    }

    /// The candidate hands in early (the driver confirms first).
    pub fn hand_in(&mut self) -> Result<ExamResult, SessionError> {
        if let Some(r) = &self.result {
            return Ok(r.clone());
        }
        if self.time_left_ms() == 0 {
            return self.submit(SubmitReason::TimeUp);
        }
        self.submit(SubmitReason::Candidate)
    }
}
