//! `cargo bench --bench core`: the core's speed figures, each the median CPU time of
//! several runs (the wall-clock median is printed too).
//! Targets (issue 2): shipped load + lint < 20 ms; 5,000-node lint < 100 ms (issue 9: 60 ms);
//! one engine step < 2 us; playtest of 100,000 tutorial attempts < 2 s.
//! Issue 9: `playtest --runs 1` (its best-total search) on a generated 5,000-node scenario
//! < 300 ms and 100 MB, on 60,000 nodes without running out of memory; attempts per second
//! per core. The generated projects are written to target/bench-gen/ so that
//! `/usr/bin/time -v target/release/tradesim playtest target/bench-gen/n5000/scenarios/big.ron --runs 1`
//! measures the same from the command line (time and "Maximum resident set size").

use std::collections::BTreeMap;
use std::time::{Duration, Instant};

use tradesim::author::lint::Target;
use tradesim::author::lint::lint_played;
use tradesim::engine::{Action, Attempt, rng_for, start, step};
use tradesim::playtest::best_path::best_in;
use tradesim::playtest::{Agent, Policy, play_with, playtest};
use tradesim::scenario::compile::compile;
use tradesim::scenario::library::{Library, Origin, ScenarioFiles};
use tradesim::scenario::load::SourceFile;

fn median(mut v: Vec<Duration>) -> Duration {
    v.sort();
    v[v.len() / 2]
}

/// This thread's CPU time: on a shared machine, wall time mostly measures the wait for a
/// core; CPU time measures the work.
fn cpu_now() -> Duration {
    let mut ts = libc::timespec {
        tv_sec: 0,
        tv_nsec: 0,
    };
    // SAFETY: a valid clock id and a valid pointer to a timespec we own.
    unsafe { libc::clock_gettime(libc::CLOCK_THREAD_CPUTIME_ID, &mut ts) };
    Duration::new(ts.tv_sec as u64, ts.tv_nsec as u32)
}

/// The median CPU time of `runs` calls (and the wall-clock median, printed alongside).
fn time<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut cpu = Vec::with_capacity(runs);
    let mut wall = Vec::with_capacity(runs);
    for _ in 0..runs {
        let (c, t) = (cpu_now(), Instant::now());
        std::hint::black_box(f());
        wall.push(t.elapsed());
        cpu.push(cpu_now() - c);
    }
    eprintln!(
        "  (wall-clock median {:.2} ms)",
        median(wall).as_secs_f64() * 1e3
    );
    median(cpu)
}

/// A scenario of `n` nodes: decisions with three choices, a form, a check and a random
/// event every few nodes, ending at the last node; with its en-US and zh-CN text.
fn generated(n: usize, max: i64) -> ScenarioFiles {
    let mut ron = String::from(
        "Scenario(id: \"big\", version: 1, title: \"title\", summary: \"summary\", domains: [Capstone],\n\
         difficulty: Advanced, minutes: 60, competencies: {\"risk\": (weight: 1, max: MAX)}, pass_mark: 50,\n\
         variables: {\"cash\": Money(initial: 100000, currency: \"USD\", min: 0, visible: true)},\n\
         documents: [(id: \"inv\", kind: CommercialInvoice, title: \"doc\", fields: [(id: \"amount\", label: \"lbl\", value: Var(\"cash\"))])],\n\
         start: \"n0\", nodes: [\n",
    )
    .replace("MAX", &max.to_string());
    let mut ftl = String::from(
        "title = Big\nsummary = Generated\nvar-cash = Cash\ndoc = Invoice\nlbl = Amount\n",
    );
    for i in 0..n {
        let next = format!("n{}", i + 1);
        let skip = format!("n{}", (i + 2).min(n - 1));
        if i == n - 1 {
            ron.push_str(&format!(
                "Ending(id: \"n{i}\", text: \"t{i}\", pass: true),\n"
            ));
            ftl.push_str(&format!("t{i} = End.\n"));
            continue;
        }
        match i % 10 {
            3 => {
                ron.push_str(&format!(
                    "Form(id: \"n{i}\", text: \"t{i}\", fields: [(id: \"v\", label: \"l{i}\", input: Number, answers: [(accept: Number(expected: \"cash / 2\", tolerance: 5), score: {{\"risk\": 1}}, feedback: \"f{i}\")], otherwise: \"o{i}\")], goto: \"{next}\"),\n"
                ));
                ftl.push_str(&format!(
                    "t{i} = Form {{ $cash }}.\nl{i} = Value\nf{i} = Right.\no{i} = Wrong.\n"
                ));
            }
            6 => {
                ron.push_str(&format!(
                    "Check(id: \"n{i}\", text: \"t{i}\", documents: [\"inv\"], discrepancies: [(field: \"inv.amount\", feedback: \"f{i}\")], hit: {{\"risk\": 1}}, false_alarm: {{\"risk\": -1}}, goto: \"{next}\", on_miss: \"{skip}\"),\n"
                ));
                ftl.push_str(&format!("t{i} = Check.\nf{i} = Amount.\n"));
            }
            8 => {
                ron.push_str(&format!(
                    "Random(id: \"n{i}\", outcomes: [(weight: 1, text: \"a{i}\", effects: [\"cash -= 10\"], goto: \"{next}\"), (weight: 3, text: \"b{i}\", condition: \"cash > 50\", goto: \"{skip}\")]),\n"
                ));
                ftl.push_str(&format!("a{i} = Bad luck.\nb{i} = Good luck.\n"));
            }
            _ => {
                ron.push_str(&format!(
                    "Decision(id: \"n{i}\", text: \"t{i}\", documents: [\"inv\"], choices: [(text: \"c{i}a\", condition: \"cash >= 10\", effects: [\"cash -= 5\"], score: {{\"risk\": 1}}, feedback: \"f{i}\", goto: \"{next}\"), (text: \"c{i}b\", feedback: \"g{i}\", goto: \"{skip}\"), (text: \"c{i}c\", feedback: \"h{i}\", goto: \"{next}\")]),\n"
                ));
                ftl.push_str(&format!(
                    "t{i} = Node {{ $cash }}.\nc{i}a = A\nc{i}b = B\nc{i}c = C\nf{i} = Because.\ng{i} = Not quite.\nh{i} = Not that.\n"
                ));
            }
        }
    }
    ron.push_str("])\n");
    let file = |p: &str, t: &str| SourceFile {
        path: p.into(),
        text: t.into(),
    };
    ScenarioFiles {
        id: "big".into(),
        ron: file("scenarios/big.ron", &ron),
        locales: BTreeMap::from([
            ("en-US".to_string(), file("locales/en-US/big.ftl", &ftl)),
            ("zh-CN".to_string(), file("locales/zh-CN/big.ftl", &ftl)),
        ]),
        origin: Origin::Shipped,
    }
}

/// The wall-clock median of `runs` calls: for work spread over every core.
fn wall<T>(runs: usize, mut f: impl FnMut() -> T) -> Duration {
    let mut wall = Vec::with_capacity(runs);
    for _ in 0..runs {
        let t = Instant::now();
        std::hint::black_box(f());
        wall.push(t.elapsed());
    }
    median(wall)
}

/// CPU time of every thread of this process (user and system): the work of all cores.
fn process_cpu() -> Duration {
    // SAFETY: getrusage writes into the struct we own; RUSAGE_SELF is a valid target.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    let t = |v: libc::timeval| Duration::new(v.tv_sec as u64, v.tv_usec as u32 * 1000);
    t(u.ru_utime) + t(u.ru_stime)
}

/// The peak resident set of this process so far, in MB.
fn peak_mb() -> f64 {
    // SAFETY: getrusage writes into the struct we own; RUSAGE_SELF is a valid target.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_SELF, &mut u) };
    u.ru_maxrss as f64 / 1024.0
}

/// Write a generated project under target/bench-gen/n<N>/ for the command-line measure.
fn write_project(files: &ScenarioFiles, n: usize) {
    let root = std::path::Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("target/bench-gen")
        .join(format!("n{n}"));
    let mut all = vec![(root.join("scenarios/big.ron"), &files.ron.text)];
    for (lang, f) in &files.locales {
        all.push((root.join("locales").join(lang).join("big.ftl"), &f.text));
    }
    for (path, text) in all {
        let _ = std::fs::create_dir_all(path.parent().unwrap());
        let _ = std::fs::write(path, text);
    }
}

fn main() {
    // 0. the best-total search, first, so the process's peak memory is its own
    for (n, target) in [
        (5000, "target < 300 ms, 100 MB"),
        (60_000, "target: finishes"),
    ] {
        let files = generated(n, 10);
        write_project(&files, n);
        let s = compile(&files.ron).0.unwrap();
        let t = wall(if n > 10_000 { 1 } else { 5 }, || playtest(&s, 1, 1));
        let r = playtest(&s, 1, 1);
        println!(
            "playtest --runs 1 on a generated {n}-node scenario: {:.1} ms, process peak {:.0} MB, best total {} ({})  ({target})",
            t.as_secs_f64() * 1e3,
            peak_mb(),
            r.best_total,
            r.best_method
        );
    }

    // 1. every shipped file, loaded and linted
    let shipped = time(21, || Target::shipped().lint());
    let target = Target::shipped();
    println!(
        "shipped load + lint ({} scenarios, {} files): {:.2} ms  (target < 20 ms)",
        target.scenarios.len(),
        target.file_count(),
        shipped.as_secs_f64() * 1e3
    );

    // 2. a generated 5,000-node scenario
    // its `max` is what the best path collects, as a teacher would set it (lint checks it)
    let probe = compile(&generated(5000, 10).ron).0.unwrap();
    let (first, _) = start(
        &probe,
        &tradesim::engine::Variant::default(),
        &mut rng_for(0),
    );
    let best = best_in(&probe, &first, 0, usize::MAX).unwrap();
    assert!(best.exhaustive);
    let big = generated(5000, best.points);
    let diags = lint_played(&big, None);
    // a clean scenario, as a teacher's would be before students play it: no warnings either
    assert!(
        diags.is_empty(),
        "generated scenario has findings: {:?}",
        &diags[..diags.len().min(3)]
    );
    let big_t = time(11, || lint_played(&big, None));
    println!(
        "lint of a 5,000-node scenario: {:.2} ms  (target < 60 ms)",
        big_t.as_secs_f64() * 1e3
    );

    // 3. engine steps: replay recorded random-policy attempts through `step` alone
    let lib = Library::shipped();
    let s = compile(&lib.get("tutorial").unwrap().ron).0.unwrap();
    let recorded: Vec<(u64, Vec<Action>)> = (0..2000u64)
        .map(|seed| {
            let mut agent = Agent::new(Policy::Random, seed);
            (seed, play_with(&s, seed, &mut agent, 1000).actions)
        })
        .collect();
    let steps: usize = recorded.iter().map(|(_, a)| a.len()).sum();
    let replay = time(11, || {
        for (seed, actions) in &recorded {
            let mut rng = rng_for(*seed);
            let (mut st, _) = start(&s, &tradesim::engine::Variant::draw(&s, *seed), &mut rng);
            for a in actions {
                let _ = step(&s, &mut st, &mut rng, a.clone());
            }
        }
    });
    let per_step = replay.as_secs_f64() / steps as f64;
    println!(
        "engine: {:.0} ns per step, {:.2} M steps/s over {steps} steps (target < 2 us per step)",
        per_step * 1e9,
        1e-6 / per_step
    );

    // 4. the whole playtest, as `tradesim playtest tutorial --runs 100000` runs it, on
    // every core: wall-clock time
    let threads = rayon::current_num_threads();
    let cpu0 = process_cpu();
    let pt = wall(3, || playtest(&s, 100_000, 1));
    let cpu = (process_cpu() - cpu0).as_secs_f64() / 3.0;
    println!(
        "playtest --runs 100000 on the tutorial: {:.2} s on {threads} thread(s), {:.0} attempts/s per core of CPU time  (target < 2 s)",
        pt.as_secs_f64(),
        100_000.0 / cpu
    );
    let _ = Attempt::new(&s, 0);
}
