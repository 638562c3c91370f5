//! Shared by the exam tests: the fixture project, the binary with a session key, reference
//! action scripts found in-process, and what two sittings must have in common.
#![allow(dead_code)]

use std::path::Path;
use std::process::{Command, Output};
use std::time::Duration;

use tradesim::playtest::{Agent, Policy};
use tradesim::record::assessment::library_for;
use tradesim::record::journal::{Line, parse, read_bytes};
use tradesim::record::{Acted, AssessmentFiles, Exam, ManualClock, SealKey, Session, Start};

pub const KEY: &str = "a session key for tests only";
pub const SEED: &str = "11";
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

/// A temp copy of tests/fixtures/exam (assessment `practice`).
pub fn project() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
        t.path(),
    );
    t
}

pub fn cmd(dir: &Path) -> Command {
    let mut c = Command::new(env!("CARGO_BIN_EXE_tradesim"));
    c.current_dir(dir)
        .env("TRADESIM_SEAL_KEY", KEY)
        .env_remove("TRADESIM_SCENARIOS")
        .env("LANG", "en_US.UTF-8");
    c
}

pub fn exam_args<'a>(candidate: &'a str, extra: &[&'a str]) -> Vec<&'a str> {
    let mut v = vec![
        "exam",
        "scenarios/assessments/practice.ron",
        "--candidate",
        candidate,
        "--results",
        "results",
        "--seed",
        SEED,
    ];
    v.extend_from_slice(extra);
    v
}

pub fn run(dir: &Path, args: &[&str]) -> Output {
    cmd(dir).args(args).output().unwrap()
}

/// `report results --format FORMAT --roster roster.csv` in the project `dir`.
pub fn report_with_roster(dir: &Path, format: &str) -> Output {
    run(
        dir,
        &[
            "--scenarios",
            ".",
            "report",
            "results",
            "--format",
            format,
            "--roster",
            "roster.csv",
        ],
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
    let key = SealKey::new(KEY.as_bytes(), "test").unwrap();
    let rec = parse(&read_bytes(path).unwrap(), &key).unwrap();
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
