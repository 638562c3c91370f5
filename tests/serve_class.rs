//! Classroom mode (`tradesim serve --practice`) through an SSH client library (russh), on
//! loopback: a student signs in with the class code, plays a scenario of the teacher's to
//! its end with keys, and the attempt is in their folder on the server; a dropped attempt
//! is kept as a save and offered again; wrong codes and strangers are refused and guessing
//! is slowed; `report CLASS_DIR` gives the class progress table.

mod exam_support;
mod serve_support;

use std::path::{Path, PathBuf};
use std::time::Instant;

use exam_support::*;
use serve_support::*;
use tradesim::record::class_progress::{ATTEMPT_FORMAT, Decided, PracticeAttempt};

const CODE: &str = "MAPLE-2026-B";

/// A lab folder: the teacher's scenarios (tests/fixtures/class) and the class code's file.
fn lab() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/class"),
        t.path(),
    );
    std::fs::write(t.path().join("code.txt"), format!("{CODE}\n")).unwrap();
    t
}

fn serve(dir: &Path, extra: &[&str]) -> Server {
    let mut args = vec![
        "--scenarios",
        "scenarios",
        "serve",
        "--practice",
        "--listen",
        "127.0.0.1:0",
        "--class",
        "class",
        "--class-code-file",
        "code.txt",
    ];
    args.extend_from_slice(extra);
    Server::spawn(dir, &args)
}

/// Files in `dir` (none if it is not there yet).
fn files(dir: &Path) -> Vec<PathBuf> {
    let mut v: Vec<PathBuf> = std::fs::read_dir(dir)
        .map(|r| r.flatten().map(|e| e.path()).collect())
        .unwrap_or_default();
    v.sort();
    v
}

/// Wait until `file` is there: a save after a dropped connection is written when the
/// server notices the drop (through a temporary file renamed into place).
fn wait_file(file: &Path) {
    let end = Instant::now() + WAIT;
    while !file.is_file() {
        assert!(
            Instant::now() < end,
            "waited for {}; its folder holds {:?}",
            file.display(),
            files(file.parent().unwrap())
        );
        std::thread::sleep(std::time::Duration::from_millis(50));
    }
}

#[test]
fn a_student_plays_to_the_end_and_the_attempt_is_kept_then_a_dropped_one_resumes() {
    let dir = lab();
    let server = serve(dir.path(), &[]);
    let ann = dir.path().join("class/ann");
    rt().block_on(async {
        // the code as a student might type it: lower case, spaces for the dash
        let (h, ok) = sign_in(server.addr, "ann", "maple 2026 b").await;
        assert!(ok, "the class code was refused");
        let mut r = Remote::open(&h, 100, 30).await;
        r.wait_for("Class drill").await;
        r.press(b"\r").await;
        r.wait_for("First question").await;
        r.press(b"1").await;
        r.wait_for("What that decision did").await;
        r.press(b"\r").await;
        r.wait_for("Second question").await;
        r.press(b"2").await;
        r.wait_for("What that decision did").await;
        r.press(b"\r").await;
        r.wait_for("The drill is over").await;
        let kept = files(&ann.join("attempts"));
        assert_eq!(kept.len(), 1, "{kept:?}");
        let a: PracticeAttempt =
            serde_json::from_str(&std::fs::read_to_string(&kept[0]).unwrap()).unwrap();
        assert_eq!(
            (a.format.as_str(), a.student.as_str()),
            (ATTEMPT_FORMAT, "ann")
        );
        assert_eq!(
            (a.scenario.as_str(), a.total, a.pass),
            ("class-drill", 50, true)
        );
        assert_eq!(a.actions, ["choose 1", "choose 2"]);
        let d = |node: &str, chose| Decided {
            node: node.into(),
            chose,
            best: 1,
        };
        assert_eq!(a.decisions, [d("first", 1), d("second", 2)]);

        // back to the menu, a second attempt, and the connection drops half-way
        r.press(b"q").await;
        r.wait_for("Scenarios").await;
        r.press(b"\r").await;
        r.wait_for("First question").await;
        r.press(b"1").await;
        r.wait_for("What that decision did").await;
        drop(r);
        let _ = h.disconnect(russh::Disconnect::ByApplication, "", "").await;
        wait_file(&ann.join("saves/class-drill.json"));

        // signing in again offers to resume it
        let (h, ok) = sign_in(server.addr, "ann", CODE).await;
        assert!(ok);
        let mut r = Remote::open(&h, 100, 30).await;
        r.wait_for("Class drill").await;
        r.press(b"\r").await;
        r.wait_for("Resume?").await;
        r.press(b"r").await;
        r.wait_for("Second question").await;
        drop(r);
        let _ = h.disconnect(russh::Disconnect::ByApplication, "", "").await;

        // a client that sends LANG=zh_CN gets the menu and the scenario in Chinese
        let (h, ok) = sign_in(server.addr, "bo", CODE).await;
        assert!(ok);
        let mut r = Remote::open_in(&h, 100, 30, "zh_CN.UTF-8").await;
        r.wait_for("课堂练习").await;
        r.press(b"\r").await;
        r.wait_for("第一题").await;
    });
    assert_eq!(files(&ann.join("attempts")).len(), 1);
    // nothing but the hash of the code is on the server
    let class = std::fs::read_to_string(dir.path().join("class/class.json")).unwrap();
    assert!(
        class.contains("$argon2id$") && !class.contains("MAPLE"),
        "{class}"
    );
}

#[test]
fn a_wrong_class_code_and_strangers_are_refused_and_guessing_waits() {
    let dir = lab();
    std::fs::write(dir.path().join("list.csv"), "id,name\nann,Ann\nbo,Bo\n").unwrap();
    let server = serve(dir.path(), &["--class-list", "list.csv"]);
    rt().block_on(async {
        let (_h, ok) = sign_in(server.addr, "zed", CODE).await;
        assert!(!ok, "a student not on the class list signed in");
        let (_h, ok) = sign_in(server.addr, "ann", "MAPLE-2026-C").await;
        assert!(!ok, "a wrong class code signed in");
        // three more wrong codes for ann (five failures from this address in all)
        for _ in 0..3 {
            let (_h, ok) = sign_in(server.addr, "ann", "WRONG-CODE").await;
            assert!(!ok);
        }
        let (_h, ok) = sign_in(server.addr, "ann", CODE).await;
        assert!(
            !ok,
            "the right code went through during the wait: guessing is not slowed"
        );
        let (_h, ok) = sign_in(server.addr, "bo", CODE).await;
        assert!(
            !ok,
            "the guessing address could still sign in as another student"
        );
    });
    assert!(!dir.path().join("class/zed").exists());
    // the waits live in the server's memory: after a restart the code works
    drop(server);
    let server = serve(dir.path(), &["--class-list", "list.csv"]);
    rt().block_on(async {
        let (_h, ok) = sign_in(server.addr, "bo", CODE).await;
        assert!(ok, "the right class code was refused");
    });
}

fn attempt(
    student: &str,
    scenario: &str,
    at: u64,
    total: u32,
    chose: [usize; 2],
) -> PracticeAttempt {
    PracticeAttempt {
        format: ATTEMPT_FORMAT.into(),
        student: student.into(),
        scenario: scenario.into(),
        content_hash: "0".into(),
        seed: 1,
        locale: "en-US".into(),
        actions: chose.iter().map(|c| format!("choose {c}")).collect(),
        total,
        pass: total >= 50,
        competencies: [("compliance".to_string(), total)].into(),
        decisions: ["first", "second"]
            .iter()
            .zip(chose)
            .map(|(n, c)| Decided {
                node: n.to_string(),
                chose: c,
                best: 1,
            })
            .collect(),
        finished_at: at,
        tool_version: "test".into(),
    }
}

fn put(class: &Path, a: &PracticeAttempt) {
    let d = class.join(&a.student).join("attempts");
    std::fs::create_dir_all(&d).unwrap();
    let p = d.join(format!("{}-{}-0.json", a.scenario, a.finished_at));
    std::fs::write(p, serde_json::to_string(a).unwrap()).unwrap();
}

#[test]
fn report_over_a_class_folder_gives_the_progress_table() {
    let dir = lab();
    let class = dir.path().join("class");
    for a in [
        attempt("ann", "class-drill", 10, 50, [1, 2]),
        attempt("ann", "class-drill", 30, 100, [1, 1]),
        attempt("ann", "class-drill", 20, 0, [2, 2]),
        attempt("bo", "class-drill", 15, 0, [2, 2]),
        attempt("bo", "tutorial", 16, 40, [1, 1]),
        attempt("cy", "class-drill", 40, 50, [2, 1]),
    ] {
        put(&class, &a);
    }
    let out = run(dir.path(), &["report", "--practice", "class"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let t = text(&out.stdout);
    let row = |first: &str, second: &str| -> Vec<String> {
        t.lines()
            .map(|l| l.split_whitespace().map(str::to_string).collect::<Vec<_>>())
            .find(|c| c.len() > 1 && c[0] == first && c[1] == second)
            .unwrap_or_else(|| panic!("no row {first} {second} in:\n{t}"))
    };
    assert!(
        t.contains("class: 3 student(s), 6 finished attempt(s)"),
        "{t}"
    );
    // student, scenario, attempts, best, latest, passed
    assert_eq!(
        row("ann", "class-drill"),
        ["ann", "class-drill", "3", "100", "100", "yes"]
    );
    assert_eq!(
        row("bo", "class-drill"),
        ["bo", "class-drill", "1", "0", "0", "no"]
    );
    assert_eq!(
        row("bo", "tutorial"),
        ["bo", "tutorial", "1", "40", "40", "no"]
    );
    assert_eq!(
        row("cy", "class-drill"),
        ["cy", "class-drill", "1", "50", "50", "yes"]
    );
    // `first` was missed in 3 of the 5 class-drill attempts, by 3 students, all taking 2;
    // `second` in 3 of 5 by 2 students (ann twice)
    assert_eq!(
        row("class-drill", "first"),
        [
            "class-drill",
            "first",
            "3",
            "of",
            "5",
            "3",
            "1",
            "2",
            "(3x)"
        ]
    );
    assert_eq!(
        row("class-drill", "second"),
        [
            "class-drill",
            "second",
            "3",
            "of",
            "5",
            "2",
            "1",
            "2",
            "(3x)"
        ]
    );
    assert!(
        !t.lines().any(|l| l.starts_with("tutorial")),
        "never missed, so not listed:\n{t}"
    );

    // once the folder is a class (its code set), `report` knows it by itself; CSV too
    tradesim::serve::practice::store::class_code(&class, Some(CODE)).unwrap();
    let out = run(dir.path(), &["report", "class", "--format", "csv"]);
    assert!(out.status.success(), "{}", text(&out.stderr));
    let csv = text(&out.stdout);
    assert!(
        csv.starts_with("student,scenario,attempts,best,latest,passed\n"),
        "{csv}"
    );
    assert!(csv.contains("\nann,class-drill,3,100,100,yes\n"), "{csv}");
    assert!(csv.contains("\nbo,tutorial,1,40,40,no\n"), "{csv}");

    // a damaged attempt is left out and named; the exit code says so
    std::fs::write(class.join("cy/attempts/broken.json"), "{\"format\":").unwrap();
    let out = run(dir.path(), &["report", "class"]);
    assert_eq!(out.status.code(), Some(1));
    let t = text(&out.stdout);
    assert!(
        t.contains("left out (1):") && t.contains("broken.json: 1:"),
        "{t}"
    );
    assert!(
        t.contains("class: 3 student(s), 6 finished attempt(s)"),
        "{t}"
    );
}
