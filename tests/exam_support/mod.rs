//! Shared by the exam tests: the fixture project with the organiser's keys and a session,
//! the binary, reference action scripts found in-process, and what two sittings must have
//! in common.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use tradesim::playtest::{Agent, Policy};
use tradesim::record::assessment::library_for;
use tradesim::record::journal::{Line, parse, read_bytes};
use tradesim::record::manifest::SignedManifest;
use tradesim::record::session::journal_path;
use tradesim::record::{Acted, AssessmentFiles, Exam, ManualClock, SealKey, Session, Start};

/// The organiser's key in tests: derived from this passphrase, so fixtures are stable.
pub const KEY: &str = "a session key for tests only";
/// The fixed paper of the tests' sessions (`session new --seed`).
pub const SEED: &str = "11";
/// The candidates of `project()`'s session.
pub const ROSTER: &[&str] = &[
    "whole", "killed1", "killed2", "killed3", "c1", "c2", "c3", "c4", "c5", "c6", "c7", "c8",
    "screen", "done",
];

/// One message through the exam App's `update`, the commands run as the driver runs them
/// (a journal error shows on screen, as in the driver), then sync.
pub fn drive(
    j: &mut tradesim::tui::exam::ExamJournal,
    app: &mut tradesim::tui::App,
    m: tradesim::tui::Msg,
) {
    use tradesim::tui::{Cmd, Journal};
    for c in tradesim::tui::update(app, m) {
        match c {
            Cmd::Persist(a) => {
                let _ = j.persist(app, &a);
            }
            Cmd::HandIn => {
                let _ = j.hand_in(app);
            }
            _ => {}
        }
    }
    j.sync(app);
}

pub fn key() -> SealKey {
    SealKey::new(KEY.as_bytes(), "test").unwrap()
}
/// Generous: a loaded 2-core machine is slow, but a hang must still end the test.
pub const WAIT: Duration = Duration::from_secs(120);

pub fn copy_dir(from: &Path, to: &Path) {
    std::fs::create_dir_all(to).unwrap();
    for e in std::fs::read_dir(from).unwrap().flatten() {
        let p = e.path();
        if p.is_dir() {
            copy_dir(&p, &to.join(e.file_name()));
        } else {
            std::fs::copy(&p, to.join(e.file_name())).unwrap();
        }
    }
}

/// The organiser's key pair as `exam.key` (0600) and `exam.pub` in `dir`.
pub fn write_keys(dir: &Path, k: &SealKey) {
    tradesim::record::seal::create_new_file(&dir.join("exam.key"), &k.file_text(), 0o600).unwrap();
    std::fs::write(dir.join("exam.pub"), k.public().file_text()).unwrap();
}

/// A temp copy of tests/fixtures/exam (assessment `practice`) with the organiser's keys and
/// a session in `results/` for `ROSTER`, everyone on the paper of seed `SEED`.
pub fn project() -> tempfile::TempDir {
    project_for(ROSTER)
}

/// The same with another roster.
pub fn project_for(roster: &[&str]) -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
        t.path(),
    );
    write_keys(t.path(), &key());
    new_session(t.path(), roster, "results", &[]);
    t
}

/// `tradesim session new` for the practice assessment, into `results`.
pub fn new_session(dir: &Path, roster: &[&str], results: &str, extra: &[&str]) {
    let csv: String = std::iter::once("id,name".to_string())
        .chain(roster.iter().map(|id| format!("{id},Candidate {id}")))
        .collect::<Vec<_>>()
        .join("\n");
    let roster_file = format!("{results}-roster.csv");
    std::fs::write(dir.join(&roster_file), csv + "\n").unwrap();
    let out = session_new(dir, &roster_file, results, extra);
    assert!(out.status.success(), "{}", text(&out.stderr));
}

/// `tradesim session new` for the practice assessment on the paper of seed `SEED`.
pub fn session_new(dir: &Path, roster_file: &str, results: &str, extra: &[&str]) -> Output {
    let mut args = vec![
        "session",
        "new",
        "scenarios/assessments/practice.ron",
        "--roster",
        roster_file,
        "--results",
        results,
        "--key-file",
        "exam.key",
        "--seed",
        SEED,
    ];
    args.extend_from_slice(extra);
    run(dir, &args)
}

pub fn cmd(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tradesim"));
    c.current_dir(dir)
        .env_remove("TRADESIM_SCENARIOS")
        .env("LANG", "en_US.UTF-8");
    c
}

pub fn exam_args<'a>(candidate: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    exam_args_with_key(candidate, "exam.key", extra)
}

/// The same with another signing key file.
pub fn exam_args_with_key<'a>(candidate: &'a str, key: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![
        "exam",
        "results",
        "--candidate",
        candidate,
        "--key-file",
        key,
    ];
    v.extend_from_slice(extra);
    v
}

/// `verify`/`report` ARGS with the organiser's public key and the session of `results/`.
pub fn trusted<'a>(args: &[&'a str]) -> Vec<&'a str> {
    let mut v = args.to_vec();
    v.extend_from_slice(&[
        "--public-key",
        "exam.pub",
        "--session",
        "results/session.json",
    ]);
    v
}

pub fn run(dir: &Path, args: &[&str]) -> Output {
    cmd(dir).args(args).output().unwrap()
}

/// `report results --format FORMAT --roster roster.csv` in the project `dir`.
pub fn report_with_roster(dir: &Path, format: &str) -> Output {
    run(
        dir,
        &trusted(&[
            "report",
            "results",
            "--format",
            format,
            "--roster",
            "roster.csv",
        ]),
    )
}

pub fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).to_string()
}

/// The actions of a complete sitting with seed 11, found in-process with a random agent.
pub fn script(dir: &Path) -> Vec<String> {
    let files =
        AssessmentFiles::from_path(&dir.join("scenarios/assessments/practice.ron")).unwrap();
    script_for(files)
}

/// The same for any assessment.
pub fn script_for(files: AssessmentFiles) -> Vec<String> {
    script_with(files, Policy::Random)
}

/// The same with any agent policy (First gives answers a form accepts: never empty).
pub fn script_with(files: AssessmentFiles, policy: Policy) -> Vec<String> {
    let lib = library_for(&files, &[]).unwrap();
    let exam = Exam::load(files, lib).unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let key = SealKey::new(KEY.as_bytes(), "test").unwrap();
    let start = Start {
        seed: Some(SEED.parse().unwrap()),
        locale: "en-US".into(),
        ..Start::default()
    };
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = Session::open(&exam, "ref", scratch.path(), &key, &start, Box::new(clock)).unwrap();
    let mut agent = Agent::new(policy, 5);
    let mut out = Vec::new();
    loop {
        let p = s.current();
        let a = agent.next(s.scenario(p), s.attempt(p)).unwrap();
        out.push(a.to_string());
        if let Acted::Completed(_) = s.act(a).unwrap() {
            return out;
        }
    }
}

/// What must be equal between two sittings with the same actions: everything but clock
/// readings and how many sessions it took.
pub fn essence(path: &Path) -> serde_json::Value {
    let rec = parse(&read_bytes(path).unwrap(), &key().public()).unwrap();
    assert!(rec.sealed, "{} is not sealed", path.display());
    let mut header = serde_json::to_value(&rec.header).unwrap();
    for k in ["candidate", "started_at", "at", "t"] {
        header.as_object_mut().unwrap().remove(k);
    }
    let actions: Vec<(usize, String)> = rec
        .lines
        .iter()
        .filter_map(|l| match l {
            Line::Action(a) => Some((a.part, a.action.clone())),
            _ => None,
        })
        .collect();
    let mut result = serde_json::to_value(rec.result().unwrap()).unwrap();
    let r = result.as_object_mut().unwrap();
    r.remove("time_used_ms");
    r.remove("sessions");
    for p in r["parts"].as_array_mut().unwrap() {
        p.as_object_mut().unwrap().remove("time_ms");
    }
    serde_json::json!({"header": header, "actions": actions, "result": result})
}

/// Sit the whole reference script as `candidate` in `project()`'s session.
pub fn sit_all(dir: &Path, candidate: &str) -> Output {
    let actions = script(dir);
    std::fs::write(dir.join("all.txt"), actions.join("\n") + "\n").unwrap();
    run(dir, &exam_args(candidate, &["--actions", "all.txt"]))
}

/// The verdict lines of `verify results` against the session.
pub fn verify_lines(dir: &Path) -> (String, Option<i32>) {
    let out = run(dir, &trusted(&["verify", "results"]));
    (text(&out.stdout), out.status.code())
}

/// Sit the reference script in-process under `signer`, with `start` as given: what a forger
/// with a key (theirs, or a stolen one) could write. Returns the journal's bytes.
pub fn sit_in_process(dir: &Path, candidate: &str, signer: &SealKey, start: &Start) -> Vec<u8> {
    let m = SignedManifest::load(&dir.join("results/session.json"), &key().public()).unwrap();
    let exam = m.load_exam().unwrap();
    let scratch = tempfile::tempdir().unwrap();
    let clock = ManualClock::starting_at(1_700_000_000_000);
    let mut s = Session::open(
        &exam,
        candidate,
        scratch.path(),
        signer,
        start,
        Box::new(clock),
    )
    .unwrap();
    for a in script(dir) {
        s.act(a.parse().unwrap()).unwrap();
    }
    assert!(s.result().is_some());
    std::fs::read(journal_path(scratch.path(), candidate)).unwrap()
}

pub fn session_id(dir: &Path) -> String {
    SignedManifest::load(&dir.join("results/session.json"), &key().public())
        .unwrap()
        .session
}

/// A start as the session gives it to a candidate of `project()`: the fixed paper, this
/// session's id, the assessment's 30 minutes (for sittings made in-process).
pub fn session_start(dir: &Path, seed: u64) -> Start {
    Start {
        seed: Some(seed),
        locale: "en-US".into(),
        session: Some(session_id(dir)),
        minutes: Some(30),
        ..Start::default()
    }
}
