//! The exam through its screen in a real terminal (tmux), SIGKILLed at random points and
//! restarted by the same command each time: the sealed record ends up equal to a sitting
//! that was never interrupted, with the same actions. Keys are worked out from the engine
//! (choices are shown in a seeded order); the test waits for the journal or the screen,
//! never for a fixed time alone.

mod exam_support;

use std::path::Path;
use std::process::{Command, Output};
use std::time::{Duration, Instant};

use exam_support::*;
use rand::{RngExt as _, SeedableRng};
use tradesim::engine::{Action, Attempt, display_order};
use tradesim::playtest::Policy;
use tradesim::record::AssessmentFiles;
use tradesim::record::assessment::library_for;
use tradesim::record::session::journal_path;
use tradesim::scenario::compile::Scenario;
use tradesim::scenario::model::{Input, Node};

struct Tmux {
    socket: String,
}

impl Tmux {
    /// A private tmux server running `tradesim ARGS` in `dir`, in a 100x32 pane.
    fn run(name: &str, dir: &Path, tradesim_args: &[&str]) -> Tmux {
        let t = Tmux {
            socket: format!("tradesim-exam-{}-{name}", std::process::id()),
        };
        let key = format!("TRADESIM_SEAL_KEY={KEY}");
        let cwd = dir.display().to_string();
        let mut args = vec![
            "new-session",
            "-d",
            "-s",
            "t",
            "-x",
            "100",
            "-y",
            "32",
            "-c",
            &cwd,
            "-e",
            "LANG=en_US.UTF-8",
            "-e",
            "LC_ALL=",
            "-e",
            &key,
            "-e",
            "TERM=xterm-256color",
            env!("CARGO_BIN_EXE_tradesim"),
        ];
        args.extend_from_slice(tradesim_args);
        let out = t.cmd(&args);
        assert!(
            out.status.success(),
            "tmux: {}",
            String::from_utf8_lossy(&out.stderr)
        );
        t.cmd(&["set-option", "-t", "t", "remain-on-exit", "on"]);
        t
    }

    fn cmd(&self, args: &[&str]) -> Output {
        Command::new("tmux")
            .args(["-u", "-f", "/dev/null", "-L", &self.socket])
            .args(args)
            .env("LANG", "C.UTF-8")
            .env_remove("TMUX")
            .output()
            .expect("tmux is installed (.ci/run installs it)")
    }

    fn screen(&self) -> String {
        String::from_utf8_lossy(&self.cmd(&["capture-pane", "-p", "-t", "t"]).stdout).into_owned()
    }

    fn format(&self, f: &str) -> String {
        String::from_utf8_lossy(&self.cmd(&["display-message", "-p", "-t", "t", f]).stdout)
            .trim()
            .to_string()
    }

    fn wait_for(&self, text: &str) -> String {
        let start = Instant::now();
        loop {
            let s = self.screen();
            if s.contains(text) {
                return s;
            }
            assert!(
                start.elapsed() < WAIT,
                "waited for `{text}`; the screen:\n{s}"
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// Wait until the exam is on screen (true) or the program has ended (false).
    fn wait_open(&self) -> bool {
        let start = Instant::now();
        loop {
            if self.screen().contains("Time left") {
                return true;
            }
            if self.format("#{pane_dead}") == "1" {
                return false;
            }
            assert!(
                start.elapsed() < WAIT,
                "neither open nor ended:\n{}",
                self.screen()
            );
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    /// The exit status once the pane has died. tmux marks a pane dead a moment before it
    /// fills in the status, so give it a few seconds (a pane killed by a signal has none).
    fn wait_dead(&self) -> String {
        let start = Instant::now();
        while self.format("#{pane_dead}") != "1" {
            assert!(start.elapsed() < WAIT, "still running:\n{}", self.screen());
            std::thread::sleep(Duration::from_millis(50));
        }
        let dead = Instant::now();
        loop {
            let status = self.format("#{pane_dead_status}");
            if !status.is_empty() || dead.elapsed() > Duration::from_secs(3) {
                return status;
            }
            std::thread::sleep(Duration::from_millis(50));
        }
    }

    fn key(&self, k: &Key) {
        let ok = match k {
            Key::Named(n) => self.cmd(&["send-keys", "-t", "t", n]),
            Key::Text(s) => self.cmd(&["send-keys", "-t", "t", "-l", s]),
        };
        assert!(ok.status.success());
    }

    fn sigkill(&self) {
        let pid = self.format("#{pane_pid}");
        assert!(
            Command::new("kill")
                .args(["-KILL", &pid])
                .status()
                .unwrap()
                .success()
        );
        self.wait_dead();
        // `kill -KILL` succeeded above; tmux fills in #{pane_dead_signal} only some time
        // after the pane is dead, so it is not asserted here (it made this test flaky)
    }

    /// Run the pane's command again (the same `tradesim exam ...`).
    fn restart(&self) {
        assert!(self.cmd(&["respawn-pane", "-t", "t"]).status.success());
    }
}

/// The two tests share the machine's few cores; run apart, tmux reports exits promptly.
static SERIAL: std::sync::Mutex<()> = std::sync::Mutex::new(());

impl Drop for Tmux {
    fn drop(&mut self) {
        let _ = self.cmd(&["kill-server"]);
    }
}

#[derive(Debug, Clone)]
enum Key {
    Named(&'static str),
    Text(String),
}

/// The keys that take `action` where attempt `a` stands.
fn keys_for(s: &Scenario, a: &Attempt, action: &Action) -> Vec<Key> {
    let mut out = Vec::new();
    match action {
        Action::Choose(i) => {
            let pos = display_order(s, &a.state, a.seed)
                .iter()
                .position(|c| c == i)
                .unwrap();
            out.push(Key::Text((pos + 1).to_string()));
        }
        Action::Submit(fields) => {
            let Node::Form(f) = s.node(a.state.node) else {
                panic!("not a form")
            };
            for (k, (_, v)) in fields.iter().enumerate() {
                match &f.fields[k].input {
                    Input::Select(opts) => {
                        let idx = opts.iter().position(|o| o.eq_ignore_ascii_case(v)).unwrap();
                        out.extend(std::iter::repeat_n(Key::Named("Right"), idx + 1));
                    }
                    _ => out.push(Key::Text(v.clone())),
                }
                out.push(Key::Named("Tab"));
            }
            out.push(Key::Named("C-s"));
        }
        Action::Mark(names) => {
            let markable = match &s.logic[a.state.node] {
                tradesim::scenario::compile::Logic::Check { markable, .. } => markable.clone(),
                _ => panic!("not a check"),
            };
            let mut at: Vec<usize> = names
                .iter()
                .map(|n| {
                    markable
                        .iter()
                        .position(|m| Some(*m) == s.field_ref(n))
                        .unwrap()
                })
                .collect();
            at.sort_unstable();
            let mut cur = 0;
            for t in at {
                out.extend(std::iter::repeat_n(Key::Named("Down"), t - cur));
                cur = t;
                out.push(Key::Named("Space"));
            }
            out.push(Key::Text("s".into()));
        }
    }
    out
}

fn recorded(path: &Path) -> usize {
    std::fs::read_to_string(path)
        .map(|t| {
            t.lines()
                .filter(|l| l.starts_with("{\"kind\":\"action\""))
                .count()
        })
        .unwrap_or(0)
}

fn wait_recorded(path: &Path, n: usize, t: &Tmux) {
    let start = Instant::now();
    while recorded(path) < n {
        assert!(
            start.elapsed() < WAIT,
            "action {n} never recorded; the screen:\n{}",
            t.screen()
        );
        std::thread::sleep(Duration::from_millis(20));
    }
}

#[test]
fn sigkill_through_the_screen_loses_nothing() {
    let _one_at_a_time = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let p = project();
    let dir = p.path();
    let files =
        AssessmentFiles::from_path(&dir.join("scenarios/assessments/practice.ron")).unwrap();
    let lib = library_for(&files, &[]).unwrap();
    let exam = tradesim::record::Exam::load(files.clone(), lib).unwrap();
    let actions = script_with(files, Policy::First);
    let plan = exam.plan(SEED.parse().unwrap()).unwrap();
    let scenarios: Vec<Scenario> = plan
        .iter()
        .map(|p| exam.scenario(&p.scenario).unwrap().1)
        .collect();

    // the keys for every action, from the engine's view before it; marks as the screen
    // sends them (in the order the fields are shown)
    let mut keys = Vec::new();
    let mut canon = Vec::new();
    let mut part = 0;
    let mut a = Attempt::new(&scenarios[0], plan[0].seed).0;
    for text in &actions {
        while a.finished() {
            part += 1;
            a = Attempt::new(&scenarios[part], plan[part].seed).0;
        }
        let mut act: Action = text.parse().unwrap();
        if let (Action::Mark(names), tradesim::scenario::compile::Logic::Check { markable, .. }) =
            (&mut act, &scenarios[part].logic[a.state.node])
        {
            let s = &scenarios[part];
            names.sort_by_key(|n| markable.iter().position(|m| Some(*m) == s.field_ref(n)));
        }
        canon.push(act.to_string());
        keys.push(keys_for(&scenarios[part], &a, &act));
        a.act(&scenarios[part], act).unwrap();
    }

    // never interrupted, headless
    std::fs::write(dir.join("all.txt"), canon.join("\n") + "\n").unwrap();
    let out = run(dir, &exam_args("whole", &["--actions", "all.txt"]));
    assert!(out.status.success(), "{}", text(&out.stderr));

    let journal = journal_path(&dir.join("results"), "screen");
    let t = Tmux::run(
        "kill",
        dir,
        &[
            "exam",
            "results",
            "--candidate",
            "screen",
            "--key-file",
            "exam.key",
        ],
    );
    let mut rng = rand_chacha::ChaCha8Rng::seed_from_u64(99);
    let mut kills = 0;
    let mut finished_on_reopen = false;
    t.wait_for("Time left");
    loop {
        let done = recorded(&journal);
        if done == actions.len() {
            break;
        }
        let ks = &keys[done];
        if rng.random_bool(0.5) {
            // part of the action's keys (maybe all of them, in flight), then SIGKILL
            let n = rng.random_range(0..=ks.len());
            for k in &ks[..n] {
                t.key(k);
            }
            t.sigkill();
            kills += 1;
            t.restart();
            if !t.wait_open() {
                // the action in flight finished the exam before the kill, or while it was
                // being sealed: reopening seals it (or refuses, sealed), on the console
                finished_on_reopen = true;
                break;
            }
            continue;
        }
        for k in ks {
            t.key(k);
        }
        wait_recorded(&journal, done + 1, &t);
    }
    if !finished_on_reopen {
        let end = t.wait_for("Exam submitted");
        assert!(end.contains("You have finished every part"), "{end}");
        t.key(&Key::Named("Enter"));
        assert_eq!(t.wait_dead(), "0");
    }
    eprintln!(
        "{kills} SIGKILLs through the screen over {} actions",
        actions.len()
    );
    assert!(kills >= 3, "only {kills} kills");

    assert_eq!(
        essence(&journal),
        essence(&journal_path(&dir.join("results"), "whole"))
    );
    let out = run(dir, &trusted(&["verify", "results"]));
    assert!(
        text(&out.stdout)
            .starts_with("results/screen.record.jsonl: ok\nresults/whole.record.jsonl: ok\n"),
        "{}",
        text(&out.stdout)
    );
}

#[test]
fn a_finished_exam_refuses_to_reopen_on_screen() {
    let _one_at_a_time = SERIAL.lock().unwrap_or_else(|e| e.into_inner());
    let p = project();
    let dir = p.path();
    let files =
        AssessmentFiles::from_path(&dir.join("scenarios/assessments/practice.ron")).unwrap();
    let actions = script_with(files, Policy::First);
    std::fs::write(dir.join("all.txt"), actions.join("\n") + "\n").unwrap();
    assert!(
        run(dir, &exam_args("done", &["--actions", "all.txt"]))
            .status
            .success()
    );
    let t = Tmux::run(
        "sealed",
        dir,
        &[
            "exam",
            "results",
            "--candidate",
            "done",
            "--key-file",
            "exam.key",
        ],
    );
    assert_eq!(t.wait_dead(), "2");
    let screen = t.screen();
    assert!(
        screen.contains("cannot be restarted or changed"),
        "{screen}"
    );
}
