//! The exam through its screen in a real terminal (tmux), SIGKILLed at random points and
//! restarted by the same command each time: the sealed record ends up equal to a sitting
//! that was never interrupted, with the same actions. Keys are worked out from the engine
//! (choices are shown in a seeded order); the test waits for the journal or the screen,
//! never for a fixed time alone.

mod exam_support;
mod tmux_support;

use exam_support::*;
use rand::{RngExt as _, SeedableRng};
use std::path::Path;
use tmux_support::{Spawn, Tmux, one_at_a_time};
use tradesim::engine::{Action, Attempt, display_order};
use tradesim::playtest::Policy;
use tradesim::record::AssessmentFiles;
use tradesim::record::assessment::library_for;
use tradesim::record::session::journal_path;
use tradesim::scenario::compile::Scenario;
use tradesim::scenario::model::{Input, Node};

/// `tradesim ARGS` in the project folder `dir`, with the session key.
fn run_on_screen(name: &str, dir: &Path, args: &[&str]) -> Tmux {
    Tmux::spawn(&Spawn {
        name,
        cwd: Some(dir),
        env: vec![
            "LANG=en_US.UTF-8".into(),
            format!("TRADESIM_SEAL_KEY={KEY}"),
        ],
        args: args.iter().map(|a| a.to_string()).collect(),
    })
}

/// Wait until the exam is on screen (true) or the program has ended (false).
fn wait_open(t: &Tmux) -> bool {
    t.wait_until("the exam on screen or the program's end", || {
        if t.screen().contains("Time left") {
            Some(true)
        } else {
            t.exited().map(|_| false)
        }
    })
}

fn press(t: &Tmux, k: &Key) {
    match k {
        Key::Named(n) => t.keys(&[n]),
        Key::Text(s) => t.text(s),
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
        // no shipped scenario the exam plays has a written answer, and the TUI has no editor yet
        Action::Write(_) => panic!("the TUI cannot write an answer yet"),
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
    t.wait_until(&format!("action {n} in the journal"), || {
        (recorded(path) >= n).then_some(())
    });
}

#[test]
fn sigkill_through_the_screen_loses_nothing() {
    let _one_at_a_time = one_at_a_time();
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
    let t = run_on_screen(
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
                press(&t, k);
            }
            t.signal("KILL");
            assert_eq!(t.wait_exit(), "137", "killed by SIGKILL (9)");
            kills += 1;
            t.respawn();
            if !wait_open(&t) {
                // the action in flight finished the exam before the kill, or while it was
                // being sealed: reopening seals it (or refuses, sealed), on the console
                finished_on_reopen = true;
                break;
            }
            continue;
        }
        for k in ks {
            press(&t, k);
        }
        wait_recorded(&journal, done + 1, &t);
    }
    if !finished_on_reopen {
        t.wait_for_all(&["Exam submitted", "You have finished every part"]);
        t.keys(&["Enter"]);
        assert_eq!(t.wait_exit(), "0");
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
    let _one_at_a_time = one_at_a_time();
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
    let t = run_on_screen(
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
    assert_eq!(t.wait_exit(), "2");
    // tmux may read the program's last output a moment after it exits
    t.wait_for("cannot be restarted or changed");
}
