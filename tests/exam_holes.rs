//! The smaller holes of the exam: the clock ticks while a script waits, a file size limit
//! is a clear write error, candidate ids that break on other disks, private file modes,
//! keygen, and `run`/`playtest` refusing a running session's papers.

mod exam_support;

use std::io::Write as _;
use std::os::unix::fs::PermissionsExt as _;
use std::path::Path;
use std::process::Stdio;
use std::time::{Duration, Instant};

use tradesim::record::manifest::SignedManifest;
use tradesim::record::session::journal_path;

use exam_support::*;

fn mode(p: &Path) -> u32 {
    std::fs::metadata(p).unwrap().permissions().mode() & 0o777
}

#[test]
fn the_clock_ticks_while_a_script_on_stdin_waits() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    let mut child = cmd(dir)
        .args(exam_args("c1", &["--actions", "-"]))
        .stdin(Stdio::piped())
        .stdout(Stdio::null())
        .stderr(Stdio::null())
        .spawn()
        .unwrap();
    let journal = journal_path(&dir.join("results"), "c1");
    // wait for what the journal shows (a heartbeat), never a fixed sleep
    let deadline = Instant::now() + WAIT;
    let ticked = loop {
        let text = std::fs::read_to_string(&journal).unwrap_or_default();
        if text.contains("{\"kind\":\"tick\"") {
            break true;
        }
        if Instant::now() > deadline {
            break false;
        }
        std::thread::sleep(Duration::from_millis(200));
    };
    let stdin = child.stdin.as_mut().unwrap();
    stdin.write_all(b"hand-in\n").unwrap();
    drop(child.stdin.take());
    assert!(child.wait().unwrap().success());
    assert!(ticked, "no heartbeat while the script waited");
}

#[test]
fn a_file_size_limit_is_a_write_error_not_a_silent_death() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    let actions = script(dir);
    std::fs::write(dir.join("all.txt"), actions.join("\n") + "\n").unwrap();
    // 4 kB: the header fits, the whole record does not
    let out = cmd(dir)
        .arg("-c")
        .arg("ulimit -f 4; exec \"$0\" \"$@\"")
        .arg(env!("CARGO_BIN_EXE_tradesim"))
        .args(exam_args("c1", &["--actions", "all.txt"]))
        .env_remove("TRADESIM_SCENARIOS")
        .output_with("bash");
    assert_eq!(out.status.code(), Some(2), "{}", text(&out.stderr));
    let err = text(&out.stderr);
    assert!(
        err.contains("cannot write the journal: File too large")
            && err.contains("what was recorded is safe"),
        "{err}"
    );
    // without the limit the same command resumes where the journal stands, finishes, and
    // the record verifies
    let mut child = cmd(dir)
        .args(exam_args("c1", &["--actions", "-"]))
        .stdin(Stdio::piped())
        .stdout(Stdio::piped())
        .spawn()
        .unwrap();
    let mut stdout = std::io::BufReader::new(child.stdout.take().unwrap());
    let mut first = String::new();
    std::io::BufRead::read_line(&mut stdout, &mut first).unwrap();
    let k: usize = first
        .split(" with ")
        .nth(1)
        .and_then(|r| r.split(' ').next())
        .and_then(|n| n.parse().ok())
        .unwrap_or_else(|| panic!("not resumed: {first}"));
    assert!(k < actions.len(), "{first}");
    let rest = actions[k..].join("\n") + "\n";
    child
        .stdin
        .as_mut()
        .unwrap()
        .write_all(rest.as_bytes())
        .unwrap();
    drop(child.stdin.take());
    let mut tail = String::new();
    std::io::Read::read_to_string(&mut stdout, &mut tail).unwrap();
    assert!(child.wait().unwrap().success(), "{first}{tail}");
    let (v, code) = verify_lines(dir);
    assert_eq!(
        (v.as_str(), code),
        ("results/c1.record.jsonl: ok\n", Some(0))
    );
}

/// `Command::output` for a program other than tradesim, keeping `cmd`'s folder.
trait OutputWith {
    fn output_with(&mut self, program: &str) -> std::process::Output;
}

impl OutputWith for std::process::Command {
    fn output_with(&mut self, program: &str) -> std::process::Output {
        let mut c = std::process::Command::new(program);
        c.args(self.get_args());
        if let Some(d) = self.get_current_dir() {
            c.current_dir(d);
        }
        for (k, v) in self.get_envs() {
            match v {
                Some(v) => c.env(k, v),
                None => c.env_remove(k),
            };
        }
        c.output().unwrap()
    }
}

#[test]
fn ids_that_break_on_other_disks_are_refused() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    for (roster, says) in [
        ("id,name\nCON,x\n", "is a Windows device name"),
        ("id,name\nlpt1.txt,x\n", "is a Windows device name"),
        ("id,name\nA-1,x\na-1,y\n", "differ only in case"),
    ] {
        std::fs::write(dir.join("bad.csv"), roster).unwrap();
        let out = session_new(dir, "bad.csv", "bad", &[]);
        assert_eq!(out.status.code(), Some(2));
        assert!(text(&out.stderr).contains(says), "{}", text(&out.stderr));
        assert!(!dir.join("bad").exists(), "nothing made for a bad roster");
    }
}

#[test]
fn keys_records_and_folders_are_private() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    let out = run(dir, &["keygen", "--out", "org"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_eq!(mode(&dir.join("org.key")), 0o600);
    assert!(dir.join("org.pub").exists());
    let again = run(dir, &["keygen", "--out", "org"]);
    assert_eq!(again.status.code(), Some(2));
    assert!(text(&again.stderr).contains("never overwrites"));

    assert!(sit_all(dir, "c1").status.success());
    let r = dir.join("results");
    assert_eq!(mode(&r), 0o700);
    assert_eq!(mode(&r.join("witness")), 0o700);
    assert_eq!(mode(&r.join("session.json")), 0o600);
    assert_eq!(mode(&journal_path(&r, "c1")), 0o600);
    assert_eq!(mode(&r.join("witness/c1.witness")), 0o600);
}

#[test]
fn run_and_playtest_refuse_a_running_sessions_papers() {
    let p = project_for(&["c1"]);
    let dir = p.path();
    let m = SignedManifest::load(&dir.join("results/session.json"), &key().public()).unwrap();
    let seeds = m.part_seeds("tut4").unwrap();
    let seed = *seeds.iter().next().unwrap();
    let s = seed.to_string();
    let session = ["--session", "results/session.json"];
    let args = [
        "run",
        "scenarios/tut4.ron",
        "--seed",
        &s,
        "--policy",
        "first",
    ];
    let out = run(dir, &[&args[..], &session[..]].concat());
    assert_eq!(out.status.code(), Some(2));
    assert!(
        text(&out.stderr).contains(&format!("seed {seed} of `tut4` is a paper of session")),
        "{}",
        text(&out.stderr)
    );
    // the same through the lab machine's variable
    let out = cmd(dir)
        .env("TRADESIM_SESSION", "results/session.json")
        .args(args)
        .output()
        .unwrap();
    assert_eq!(out.status.code(), Some(2));
    let from = seed.saturating_sub(2).to_string();
    let out = run(
        dir,
        &[
            &[
                "playtest",
                "scenarios/tut4.ron",
                "--runs",
                "5",
                "--seed",
                &from,
            ][..],
            &session[..],
        ]
        .concat(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(text(&out.stderr).contains("is a paper of session"));
    // another seed is practice as usual
    let other = (seed ^ 1).to_string();
    let out = run(
        dir,
        &[
            &[
                "run",
                "scenarios/tut4.ron",
                "--seed",
                &other,
                "--policy",
                "first",
            ][..],
            &session[..],
        ]
        .concat(),
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
}
