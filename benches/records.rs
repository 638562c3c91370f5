//! verify + report over 1,000 generated records (target: under 2 s on the dev machine).
//!
//! Records are sat in-process (tests/fixtures/exam, random agents, a hand-driven clock) in
//! a tmpfs folder when there is one, since generation fsyncs every line; then the release
//! binary runs `verify DIR` and `report DIR` over them, and the library path is timed too.

use std::path::{Path, PathBuf};
use std::process::Command;
use std::time::Instant;

use tradesim::playtest::{Agent, Policy};
use tradesim::record::assessment::library_for;
use tradesim::record::report::{build, csv, table};
use tradesim::record::verify::{Verifier, record_paths};
use tradesim::record::xapi::{DEFAULT_BASE, Iris, Statements};
use tradesim::record::{Acted, AssessmentFiles, Exam, ManualClock, SealKey, Session, Start};
use tradesim::scenario::library::Library;

const N: usize = 1000;
const KEY: &str = "benchmark key, not a secret";

fn copy_dir(from: &Path, to: &Path) {
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

fn scratch() -> tempfile::TempDir {
    let shm = Path::new("/dev/shm");
    if shm.is_dir() {
        tempfile::tempdir_in(shm).unwrap()
    } else {
        tempfile::tempdir().unwrap()
    }
}

fn generate(root: &Path) -> PathBuf {
    let files =
        AssessmentFiles::from_path(&root.join("scenarios/assessments/practice.ron")).unwrap();
    let lib = library_for(&files, &[]).unwrap();
    let exam = Exam::load(files, lib).unwrap();
    let key = SealKey::new(KEY.as_bytes(), "bench").unwrap();
    let results = root.join("results");
    for i in 0..N {
        let clock = ManualClock::starting_at(1_700_000_000_000 + i as u64 * 1000);
        let start = Start {
            seed: Some(i as u64),
            locale: "en-US".into(),
            ..Start::default()
        };
        let mut s = Session::open(
            &exam,
            &format!("c{i:04}"),
            &results,
            &key,
            &start,
            Box::new(clock.clone()),
        )
        .unwrap();
        let mut agent = Agent::new(
            if i % 3 == 0 {
                Policy::First
            } else {
                Policy::Random
            },
            i as u64,
        );
        loop {
            clock.advance(20_000 + (i as u64 * 7919) % 90_000);
            if i % 10 == 9 && s.actions_recorded() == 8 {
                s.hand_in().unwrap();
                break;
            }
            let p = s.current();
            let a = agent.next(s.scenario(p), s.attempt(p)).unwrap();
            // some run out of time: scored as they stand, like real ones
            if let Acted::Completed(_) | Acted::TimeUp(_) = s.act(a).unwrap() {
                break;
            }
        }
    }
    results
}

fn time<T>(label: &str, f: impl FnOnce() -> T) -> (T, f64) {
    let t = Instant::now();
    let out = f();
    let secs = t.elapsed().as_secs_f64();
    println!("{label:<48} {secs:>7.3} s");
    (out, secs)
}

fn main() {
    let dir = scratch();
    let root = dir.path();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/exam"),
        root,
    );
    let (results, _) = time(
        &format!("generate {N} records (not part of the target)"),
        || generate(root),
    );
    let bytes: u64 = std::fs::read_dir(&results)
        .unwrap()
        .flatten()
        .map(|e| e.metadata().unwrap().len())
        .sum();
    println!("{N} records, {} kB", bytes / 1024);

    // the library path: verify every record, then build and render every report format
    let key = SealKey::new(KEY.as_bytes(), "bench").unwrap().public();
    std::fs::write(root.join("exam.pub"), key.file_text()).unwrap();
    let lib = Library::with_folders(&[root.to_path_buf()]).unwrap();
    let (verified, v) = time("library: verify 1000 (seal + hashes + replay)", || {
        let mut ver = Verifier::new(&lib, &key);
        record_paths(std::slice::from_ref(&results))
            .unwrap()
            .iter()
            .map(|p| ver.verify_file(p))
            .collect::<Vec<_>>()
    });
    assert!(verified.iter().all(|x| x.verdict.is_ok()));
    let (_, r) = time("library: report (table + csv + json + xapi)", || {
        let rep = build(&verified, None, &[]).unwrap();
        let mut xapi = Statements::new(&lib, Iris::new(DEFAULT_BASE, None));
        let n = table(&rep).len() + csv(&rep).len() + serde_json::to_string(&rep).unwrap().len();
        let st: Vec<_> = verified
            .iter()
            .filter_map(|x| x.record.as_ref())
            .flat_map(|r| xapi.of(r))
            .collect();
        n + serde_json::to_string(&st).unwrap().len()
    });
    println!("{:<48} {:>7.3} s", "library: verify + report", v + r);

    // the commands as an organiser runs them
    let bin = env!("CARGO_BIN_EXE_tradesim");
    let run = |args: &[&str]| {
        let out = Command::new(bin)
            .args(args)
            .current_dir(root)
            .output()
            .unwrap();
        assert!(
            out.status.success(),
            "{}",
            String::from_utf8_lossy(&out.stderr)
        );
    };
    let (_, a) = time("tradesim verify results", || {
        run(&[
            "--scenarios",
            ".",
            "verify",
            "results",
            "--public-key",
            "exam.pub",
        ])
    });
    let (_, b) = time("tradesim report results --format table", || {
        run(&[
            "--scenarios",
            ".",
            "report",
            "results",
            "--public-key",
            "exam.pub",
        ])
    });
    let (_, c) = time("tradesim report results --format xapi", || {
        run(&[
            "--scenarios",
            ".",
            "report",
            "results",
            "--format",
            "xapi",
            "--public-key",
            "exam.pub",
        ])
    });
    println!(
        "{:<48} {:>7.3} s (target < 2 s)",
        "commands: verify + report (table)",
        a + b
    );
    println!(
        "{:<48} {:>7.3} s",
        "commands: verify + report (xapi)",
        a + c
    );
}
