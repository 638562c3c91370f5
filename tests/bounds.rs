//! Bounded resources on any input (issue 9, section 2): a scenario that loops stops at the
//! engine's move limit with a clear error, and a deeply nested expression is a located
//! error, never a stack overflow, in every command that reads a scenario.

use std::path::{Path, PathBuf};
use std::process::{Command, Output};

const BIN: &str = env!("CARGO_BIN_EXE_tradesim");

/// The fixture's scenario played along its first offered choices.
const RUN_FIRST: [&str; 6] = [
    "run",
    "scenarios/mini.ron",
    "--seed",
    "1",
    "--policy",
    "first",
];

fn fixture(name: &str) -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR"))
        .join("tests/fixtures/bad")
        .join(name)
}

/// A copy of a fixture project, with its scenario text changed by `edit`.
fn project(from: &str, edit: impl Fn(&str) -> String) -> tempfile::TempDir {
    let dir = tempfile::tempdir().unwrap();
    let src = fixture(from);
    for sub in ["scenarios", "locales/en-US", "locales/zh-CN"] {
        std::fs::create_dir_all(dir.path().join(sub)).unwrap();
    }
    for f in [
        "scenarios/mini.ron",
        "locales/en-US/mini.ftl",
        "locales/zh-CN/mini.ftl",
    ] {
        let text = std::fs::read_to_string(src.join(f)).unwrap();
        let text = if f.ends_with(".ron") {
            edit(&text)
        } else {
            text
        };
        std::fs::write(dir.path().join(f), text).unwrap();
    }
    dir
}

fn tradesim(dir: &Path, args: &[&str]) -> Output {
    Command::new(BIN)
        .args(args)
        .current_dir(dir)
        .env("NO_COLOR", "1")
        .output()
        .unwrap()
}

/// No child this test process has waited for grew past 200 MB (a loop once took 12 GB).
fn assert_children_stayed_small(what: &str) {
    // SAFETY: getrusage writes into the struct we own; RUSAGE_CHILDREN is a valid target.
    let mut u: libc::rusage = unsafe { std::mem::zeroed() };
    unsafe { libc::getrusage(libc::RUSAGE_CHILDREN, &mut u) };
    let peak_mb = u.ru_maxrss / 1024;
    assert!(peak_mb < 200, "{what} peaked at {peak_mb} MB");
}

fn text(b: &[u8]) -> String {
    String::from_utf8_lossy(b).into_owned()
}

#[test]
fn run_stops_a_loop_that_lints_with_only_a_warning_at_the_move_limit() {
    // the first choice leads back to its own node with nothing to stop it
    let dir = project("../base", |t| {
        t.replace(
            r#"(text: "choose-a", condition: "cash >= 500", effects: ["cash -= 100"], score: {"compliance": 1}, feedback: "choose-a-fb", goto: "declare")"#,
            r#"(text: "choose-a", effects: ["cash -= 100"], score: {"compliance": 1}, feedback: "choose-a-fb", goto: "choose")"#,
        )
    });
    let lint = tradesim(dir.path(), &["lint", "--format", "short", "."]);
    let out = text(&lint.stdout);
    assert_eq!(lint.status.code(), Some(0), "{out}");
    assert!(out.contains("warning[endless-loop]"), "{out}");

    let run = tradesim(dir.path(), &RUN_FIRST);
    let err = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert_eq!(
        err.trim(),
        "scenarios/mini.ron: stopped at node `choose`: the attempt has made 10000 moves \
         without reaching an ending, the most one attempt may: the scenario loops \
         (`tradesim lint` shows where)"
    );
    assert!(run.stdout.is_empty(), "no transcript of ten thousand moves");

    // the same from an action file, through the second choice of the fixture's own loop
    let actions = dir.path().join("loop.txt");
    std::fs::write(&actions, "choose 2\n".repeat(10_001)).unwrap();
    let fixture_dir = fixture("endless-loop");
    let run = tradesim(
        &fixture_dir,
        &[
            "run",
            "scenarios/mini.ron",
            "--seed",
            "1",
            "--actions",
            actions.to_str().unwrap(),
        ],
    );
    let err = text(&run.stderr);
    assert_eq!(run.status.code(), Some(1), "{err}");
    assert!(
        err.contains("10000 moves without reaching an ending"),
        "{err}"
    );
    assert_children_stayed_small("a looping run");
}

#[test]
fn playtest_of_a_looping_scenario_ends_with_bounded_memory() {
    let dir = fixture("endless-loop");
    let pt = tradesim(&dir, &["playtest", "scenarios/mini.ron", "--runs", "20"]);
    assert_eq!(pt.status.code(), Some(0), "{}", text(&pt.stderr));
    assert!(text(&pt.stdout).contains("best total"));
    assert_children_stayed_small("playtest");
}

#[test]
fn a_deeply_nested_expression_is_a_located_error_in_every_command() {
    let dir = fixture("expr-too-deep");
    let lint = tradesim(&dir, &["lint", "--format", "short", "."]);
    assert_eq!(lint.status.code(), Some(1));
    assert!(text(&lint.stdout).contains("scenarios/mini.ron:23:144: error[expr-too-deep]"));
    for args in [
        &RUN_FIRST[..],
        &["playtest", "scenarios/mini.ron", "--runs", "1"][..],
    ] {
        let out = tradesim(&dir, args);
        let err = text(&out.stderr);
        assert_eq!(out.status.code(), Some(2), "{args:?}: {err}");
        assert!(
            err.starts_with("scenarios/mini.ron:23:144: expression nested too deeply"),
            "{args:?}: {err}"
        );
    }
}

#[test]
fn a_million_terms_and_deep_prefixes_are_errors_not_stack_overflows() {
    let n = 200_000;
    let cases = [
        format!("cash >= {}", vec!["1"; 1_000_000].join("+")),
        format!("{}(cash >= 500)", "!".repeat(n)),
        format!("{}cash >= 500", "-".repeat(n)),
        format!("{}cash >= 500{}", "(".repeat(n), ")".repeat(n)),
    ];
    for cond in cases {
        let dir = project("endless-loop", |t| {
            t.replace(
                r#"condition: "cash >= 500""#,
                &format!(r#"condition: "{cond}""#),
            )
        });
        let lint = tradesim(dir.path(), &["lint", "--format", "short", "."]);
        let out = text(&lint.stdout);
        assert_eq!(lint.status.code(), Some(1), "{}", text(&lint.stderr));
        assert!(
            out.contains("error[expr-too-deep]"),
            "{}",
            &out[..out.len().min(400)]
        );
    }
}
