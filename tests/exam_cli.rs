//! The exam, verify and report commands end to end, through the binary: SIGKILL at random
//! points of a scripted sitting, a cut-off journal, two processes on one candidate, a
//! results folder that cannot be written, a missing key, tampering and changed scenarios.

mod exam_support;

use std::io::{BufRead, BufReader, Write};
use std::path::{Path, PathBuf};
use std::process::{Child, Stdio};
use std::sync::mpsc;
use std::time::Duration;

use rand::{RngExt as _, SeedableRng};
use tradesim::record::journal::{parse, read_bytes};
use tradesim::record::session::journal_path;

use exam_support::*;

/// A running headless exam fed on stdin, its stdout read line by line by a thread.
struct Sitting {
    child: Child,
    lines: mpsc::Receiver<String>,
}

impl Sitting {
    fn spawn(dir: &Path, candidate: &str) -> Sitting {
        let mut child = cmd(dir)
            .args(exam_args(candidate, &["--actions", "-"]))
            .stdin(Stdio::piped())
            .stdout(Stdio::piped())
            .stderr(Stdio::null())
            .spawn()
            .unwrap();
        let out = child.stdout.take().unwrap();
        let (tx, rx) = mpsc::channel();
        std::thread::spawn(move || {
            for l in BufReader::new(out).lines() {
                let Ok(l) = l else { break };
                if tx.send(l).is_err() {
                    break;
                }
            }
        });
        Sitting { child, lines: rx }
    }
    fn next_line(&self) -> Option<String> {
        self.lines.recv_timeout(WAIT).ok()
    }
    fn send(&mut self, line: &str) {
        let stdin = self.child.stdin.as_mut().unwrap();
        stdin.write_all(format!("{line}\n").as_bytes()).unwrap();
        stdin.flush().unwrap();
    }
    fn sigkill(mut self) {
        self.child.kill().unwrap(); // SIGKILL on Unix
        self.child.wait().unwrap();
    }
}

/// `exam: started` is 0 actions; `exam: resumed ... with K action(s)` is K.
fn recorded(first: &str) -> usize {
    if first.starts_with("exam: started") {
        return 0;
    }
    let rest = first
        .split(" with ")
        .nth(1)
        .unwrap_or_else(|| panic!("unexpected first line: {first}"));
    rest.split(' ').next().unwrap().parse().unwrap()
}

/// Sit `actions` as candidate `name`, SIGKILLing the process at random points (seeded) and
/// restarting it from what it says it has recorded; the number of kills.
fn sit_with_kills(dir: &Path, name: &str, actions: &[String], seed: u64) -> usize {
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(seed);
    let mut kills = 0;
    let mut finished = false;
    for _round in 0..60 {
        let mut s = Sitting::spawn(dir, name);
        let Some(first) = s.next_line() else {
            // the last kill came after the final action was taken and the record sealed:
            // the restart is refused, as it must be
            s.child.wait().unwrap();
            let rec = read_bytes(&journal_path(&dir.join("results"), name)).unwrap();
            assert!(parse(&rec, &key().public()).unwrap().sealed);
            finished = true;
            break;
        };
        let k = recorded(&first);
        assert!(k <= actions.len());
        if k == actions.len() || first.contains("submitted") {
            // killed after the last action was journaled: reopening completes and seals
            while let Some(l) = s.next_line() {
                if l.starts_with("exam: submitted") {
                    finished = true;
                    break;
                }
            }
            drop(s.child.stdin.take());
            s.child.wait().unwrap();
            if finished {
                break;
            }
            continue;
        }
        // kill after 0..=3 more acknowledged actions, sometimes with one more in flight
        let acked = rng.random_range(0..=3usize).min(actions.len() - k);
        for a in &actions[k..k + acked] {
            s.send(a);
            let ack = s.next_line().expect("an ack");
            assert!(
                ack.starts_with("ok ") || ack.starts_with("exam: submitted"),
                "{ack}"
            );
        }
        if k + acked < actions.len() && rng.random_bool(0.5) {
            s.send(&actions[k + acked]);
            // let it get somewhere between reading the line and printing its ack
            std::thread::sleep(Duration::from_micros(rng.random_range(0..3000)));
        }
        s.sigkill();
        kills += 1;
    }
    assert!(finished, "never finished after {kills} kills");
    kills
}

#[test]
fn sigkill_at_random_points_loses_nothing() {
    let p = project_for(&["whole", "killed1", "killed2", "killed3"]);
    let dir = p.path();
    let actions = script(dir);
    assert!(actions.len() >= 10, "{actions:?}");

    // uninterrupted, from a file
    std::fs::write(dir.join("all.txt"), actions.join("\n") + "\n").unwrap();
    let out = run(dir, &exam_args("whole", &["--actions", "all.txt"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).contains("exam: submitted (completed)"),
        "{}",
        text(&out.stdout)
    );

    // the same actions, killed at random points and restarted each time, three times over
    for seed in 1..=3u64 {
        let name = format!("killed{seed}");
        let kills = sit_with_kills(dir, &name, &actions, seed);
        eprintln!("{name}: {kills} SIGKILLs over {} actions", actions.len());
        assert!(kills >= 3, "only {kills} kills");
        assert_eq!(
            essence(&journal_path(&dir.join("results"), &name)),
            essence(&journal_path(&dir.join("results"), "whole"))
        );
    }

    let out = run(dir, &trusted(&["verify", "results"]));
    assert_eq!(
        text(&out.stdout),
        "results/killed1.record.jsonl: ok\nresults/killed2.record.jsonl: ok\nresults/killed3.record.jsonl: ok\nresults/whole.record.jsonl: ok\n",
        "{}",
        text(&out.stderr)
    );
    assert!(out.status.success());
    // no lock file is left behind by the finished sittings
    assert!(!dir.join("results/killed1.lock").exists());
}

#[test]
fn a_journal_cut_mid_line_is_recovered_by_rerunning() {
    let p = project();
    let dir = p.path();
    let actions = script(dir);
    std::fs::write(dir.join("some.txt"), actions[..4].join("\n") + "\n").unwrap();
    assert!(
        run(dir, &exam_args("c1", &["--actions", "some.txt"]))
            .status
            .success()
    );
    let path = journal_path(&dir.join("results"), "c1");
    let bytes = std::fs::read(&path).unwrap();
    std::fs::write(&path, &bytes[..bytes.len() - 30]).unwrap();
    // a crash mid-write comes before the witness hears of the line
    let w = dir.join("results/witness/c1.witness");
    let wit = std::fs::read_to_string(&w).unwrap();
    let lines: Vec<&str> = wit.lines().collect();
    std::fs::write(&w, lines[..lines.len() - 1].join("\n") + "\n").unwrap();

    std::fs::write(dir.join("rest.txt"), actions[3..].join("\n") + "\n").unwrap();
    let out = run(dir, &exam_args("c1", &["--actions", "rest.txt"]));
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(stdout.starts_with("exam: resumed practice for c1 with 3 action(s) recorded (dropped a cut-off last line of"), "{stdout}");
    assert!(stdout.contains("exam: submitted (completed)"), "{stdout}");
    let out = run(dir, &trusted(&["verify", "results/c1.record.jsonl"]));
    assert_eq!(text(&out.stdout), "results/c1.record.jsonl: ok\n");
}

#[test]
fn two_processes_on_one_candidate_and_a_stale_lock() {
    let p = project();
    let dir = p.path();
    let mut a = Sitting::spawn(dir, "c2");
    assert!(a.next_line().unwrap().starts_with("exam: started"));
    let out = run(dir, &exam_args("c2", &["--actions", "-"]));
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(
        err.contains(&format!("already open in process {}", a.child.id())),
        "{err}"
    );
    a.send(&script(dir)[0]);
    assert_eq!(a.next_line().unwrap(), "ok 1");
    // killed: its lock file stays, but the lock died with it
    a.sigkill();
    assert!(dir.join("results/c2.lock").exists());
    let out = cmd(dir)
        .args(exam_args("c2", &["--actions", "-"]))
        .stdin(Stdio::null())
        .output()
        .unwrap();
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        text(&out.stdout).starts_with("exam: resumed practice for c2 with 1 action(s)"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn no_key_or_an_exposed_key_no_exam_and_nothing_written() {
    let p = project();
    let dir = p.path();
    let out = run(
        dir,
        &["exam", "results", "--candidate", "c3", "--actions", "-"],
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("--key-file"),
        "{}",
        text(&out.stderr)
    );
    // a signing key others can read is refused: a candidate could have copied it
    std::fs::copy(dir.join("exam.key"), dir.join("open.key")).unwrap();
    let mut perm = std::fs::metadata(dir.join("open.key"))
        .unwrap()
        .permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o644);
    std::fs::set_permissions(dir.join("open.key"), perm).unwrap();
    let out = run(
        dir,
        &exam_args_with_key("c3", "open.key", &["--actions", "-"]),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr)
            .contains("open.key: the signing key is readable by other accounts (mode 0644)"),
        "{}",
        text(&out.stderr)
    );
    std::fs::write(dir.join("short.key"), "tiny\n").unwrap();
    let out = run(dir, &exam_args_with_key("c3", "short.key", &[]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("short.key: not a signing key file"),
        "{}",
        text(&out.stderr)
    );
    assert!(!dir.join("results/c3.record.jsonl").exists());
}

#[test]
fn an_unwritable_results_folder_is_a_clear_error() {
    let p = project();
    let dir = p.path();
    // holds for root too: nothing can be created below a regular file
    std::fs::write(dir.join("plain-file"), "x").unwrap();
    std::fs::write(dir.join("r.csv"), "id,name\nc4,C\n").unwrap();
    let out = session_new(dir, "r.csv", "plain-file/results", &[]);
    assert_eq!(out.status.code(), Some(2));
    let err = text(&out.stderr);
    assert!(err.starts_with("plain-file/results: "), "{err}");

    // a read-only folder: refused for ordinary users; root writes anyway, so then the
    // exam must simply work (this is checked, not assumed)
    new_session(dir, &["c4"], "ro", &[]);
    let ro = dir.join("ro");
    let mut perm = std::fs::metadata(&ro).unwrap().permissions();
    std::os::unix::fs::PermissionsExt::set_mode(&mut perm, 0o555);
    std::fs::set_permissions(&ro, perm).unwrap();
    let root_can_write = std::fs::write(ro.join("probe"), "x").is_ok();
    let _ = std::fs::remove_file(ro.join("probe"));
    let out = cmd(dir)
        .args([
            "exam",
            "ro",
            "--candidate",
            "c4",
            "--key-file",
            "exam.key",
            "--actions",
            "-",
        ])
        .stdin(Stdio::null())
        .output()
        .unwrap();
    if root_can_write {
        assert!(out.status.success(), "{}", text(&out.stderr));
    } else {
        assert_eq!(out.status.code(), Some(2));
        assert!(
            text(&out.stderr).contains("cannot write the results folder"),
            "{}",
            text(&out.stderr)
        );
        assert!(!ro.join("c4.record.jsonl").exists(), "nothing half-written");
    }
}

fn finished_record(dir: &Path, candidate: &str) -> PathBuf {
    let actions = script(dir);
    std::fs::write(dir.join("all.txt"), actions.join("\n") + "\n").unwrap();
    let out = run(dir, &exam_args(candidate, &["--actions", "all.txt"]));
    assert!(out.status.success(), "{}", text(&out.stderr));
    journal_path(Path::new("results"), candidate)
}

#[test]
fn a_sealed_record_cannot_be_restarted() {
    let p = project();
    let dir = p.path();
    let rel = finished_record(dir, "c5");
    let before = std::fs::read(dir.join(&rel)).unwrap();
    let out = run(dir, &exam_args("c5", &["--actions", "all.txt"]));
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains("is finished and sealed"),
        "{}",
        text(&out.stderr)
    );
    assert_eq!(std::fs::read(dir.join(&rel)).unwrap(), before);
}

#[test]
fn verify_names_tampering_and_changed_scenarios() {
    let p = project_for(&["c6"]);
    let dir = p.path();
    let rel = finished_record(dir, "c6");
    let abs = dir.join(&rel);
    let clean = std::fs::read(&abs).unwrap();
    let verify = |args: &[&str]| {
        let mut v = vec!["verify"];
        v.extend_from_slice(args);
        run(dir, &trusted(&v))
    };
    let out = verify(&["results"]);
    assert_eq!(
        (text(&out.stdout).as_str(), out.status.code()),
        ("results/c6.record.jsonl: ok\n", Some(0))
    );

    // one byte, anywhere: a sample of positions (the unit test flips every byte)
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(7);
    for _ in 0..12 {
        let mut b = clean.clone();
        let i = rng.random_range(0..b.len());
        b[i] ^= 1 << rng.random_range(0..8);
        std::fs::write(&abs, &b).unwrap();
        let out = verify(&["results"]);
        assert_eq!(out.status.code(), Some(1), "byte {i}");
        assert!(
            text(&out.stdout).starts_with("results/c6.record.jsonl: tampered: ")
                || text(&out.stdout)
                    .starts_with("results/c6.record.jsonl: signed by another key: "),
            "byte {i}: {}",
            text(&out.stdout)
        );
    }
    std::fs::write(&abs, &clean).unwrap();

    // the scenario file changes after the exam
    let header: serde_json::Value = serde_json::from_str(
        clean
            .split(|b| *b == b'\n')
            .next()
            .map(|l| std::str::from_utf8(l).unwrap())
            .unwrap(),
    )
    .unwrap();
    let drawn = header["parts"][1]["scenario"].as_str().unwrap().to_string();
    let f = dir.join(format!("scenarios/{drawn}.ron"));
    let src = std::fs::read_to_string(&f).unwrap();
    std::fs::write(&f, src.replace("minutes: 10,", "minutes: 11,")).unwrap();
    let out = verify(&["results"]);
    assert_eq!(out.status.code(), Some(1));
    let stdout = text(&out.stdout);
    assert!(
        stdout.starts_with(&format!(
            "results/c6.record.jsonl: scenario changed: scenario `{drawn}` ("
        )),
        "{stdout}"
    );
    std::fs::write(&f, src).unwrap();

    // checked with another public key: said so, naming both keys
    let other = tradesim::record::SealKey::new(b"somebody else's key!", "t").unwrap();
    std::fs::write(dir.join("other.pub"), other.public().file_text()).unwrap();
    let out = run(dir, &["verify", "results", "--public-key", "other.pub"]);
    assert_eq!(out.status.code(), Some(1));
    assert_eq!(
        text(&out.stdout),
        format!(
            "results/c6.record.jsonl: signed by another key: the record names key {}, the public key given is {}\n",
            key().id(),
            other.id()
        )
    );
    // and report says why nothing could be counted
    let out = run(dir, &["report", "results", "--public-key", "other.pub"]);
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(&format!(
            "no record verified, so there is nothing to report:\n  1 record(s): signed by another key: the record names key {}",
            key().id()
        )),
        "{}",
        text(&out.stderr)
    );
}

#[test]
fn reports_in_every_format() {
    let p = project_for(&["c7", "c8"]);
    let dir = p.path();
    finished_record(dir, "c7");
    let out = run(dir, &exam_args("c8", &["--actions", "-"]));
    assert!(out.status.success());
    std::fs::write(dir.join("roster.csv"), "id,name\nc7,\"Wang, Fang\"\n").unwrap();
    let report = |fmt: &str| report_with_roster(dir, fmt);

    // c8 never submitted: left out, and the exit code says so
    let out = report("table");
    assert_eq!(out.status.code(), Some(1));
    let t = text(&out.stdout);
    assert!(
        t.contains("Wang, Fang")
            && t.contains("cohort: 1 candidate(s)")
            && t.contains("left out (1):"),
        "{t}"
    );
    assert!(t.contains("90-100"), "histograms: {t}");

    let c = text(&report("csv").stdout);
    let mut lines = c.lines();
    assert_eq!(
        lines.next().unwrap(),
        "ID number,Full name,Total,Result,compliance (%),logistics (%),risk (%),Time used (min)"
    );
    assert!(
        lines.next().unwrap().starts_with("c7,\"Wang, Fang\","),
        "{c}"
    );

    let j: serde_json::Value = serde_json::from_slice(&report("json").stdout).unwrap();
    assert_eq!(j["cohort"]["candidates"], 1);
    assert_eq!(j["excluded"][0]["file"], "results/c8.record.jsonl");

    let x: serde_json::Value = serde_json::from_slice(&report("xapi").stdout).unwrap();
    let st = x.as_array().unwrap();
    assert_eq!(st.len(), 3, "one statement per part");
    for s in st {
        assert_eq!(s["actor"]["account"]["name"], "c7");
        assert!(
            !s.to_string().contains("Wang"),
            "names never leave the organiser's report"
        );
        let verb = s["verb"]["id"].as_str().unwrap();
        assert!(
            ["passed", "failed", "completed"]
                .iter()
                .any(|v| verb == format!("http://adlnet.gov/expapi/verbs/{v}"))
        );
        let reg = s["context"]["registration"].as_str().unwrap();
        assert_eq!(uuid::Uuid::parse_str(reg).unwrap().get_version_num(), 5);
        assert!(s["result"]["duration"].as_str().unwrap().starts_with("PT"));
        let scaled = s["result"]["score"]["scaled"].as_f64().unwrap();
        assert!((0.0..=1.0).contains(&scaled));
    }
    // reproducible
    assert_eq!(report("xapi").stdout, report("xapi").stdout);
}

#[test]
fn the_shipped_assessment_can_be_sat_and_verified() {
    let dir = tempfile::tempdir().unwrap();
    let files = tradesim::record::resolve_assessment("trade-associate", &[]).unwrap();
    let actions = script_for(files);
    std::fs::write(dir.path().join("all.txt"), actions.join("\n") + "\n").unwrap();
    write_keys(dir.path(), &key());
    std::fs::write(dir.path().join("roster.csv"), "id,name\nA-0001,A\n").unwrap();
    let out = run(
        dir.path(),
        &[
            "session",
            "new",
            "trade-associate",
            "--roster",
            "roster.csv",
            "--results",
            "results",
            "--key-file",
            "exam.key",
            "--seed",
            SEED,
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    let out = run(
        dir.path(),
        &[
            "exam",
            "results",
            "--candidate",
            "A-0001",
            "--key-file",
            "exam.key",
            "--locale",
            "zh-CN",
            "--actions",
            "all.txt",
        ],
    );
    let stdout = text(&out.stdout);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert!(
        stdout.starts_with("exam: started trade-associate for A-0001 (4 part(s), 2:00:00 left)"),
        "{stdout}"
    );
    assert!(stdout.contains("exam: submitted (completed)"), "{stdout}");
    let out = run(dir.path(), &trusted(&["verify", "results"]));
    assert_eq!(text(&out.stdout), "results/A-0001.record.jsonl: ok\n");
    let out = run(
        dir.path(),
        &trusted(&["report", "results", "--format", "json"]),
    );
    let j: serde_json::Value = serde_json::from_slice(&out.stdout).unwrap();
    assert_eq!(j["candidates"][0]["locale"], "zh-CN");
    assert_eq!(j["candidates"][0]["parts"].as_array().unwrap().len(), 4);
}
