//! Bad input never panics or hangs: garbage, empty, non-UTF-8, a directory, a 50 MB file
//! and a missing file, as a scenario or as its .ftl, each get one located line and exit 2.

use std::fs;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn tradesim(args: &[&str], dir: &Path) -> Output {
    Command::new(env!("CARGO_BIN_EXE_tradesim"))
        .args(args)
        .current_dir(dir)
        .output()
        .unwrap()
}

/// A project folder with the tutorial copied in, so its files can be broken one at a time.
fn project() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    let root = Path::new(env!("CARGO_MANIFEST_DIR"));
    for rel in [
        "scenarios/tutorial.ron",
        "locales/en-US/tutorial.ftl",
        "locales/zh-CN/tutorial.ftl",
    ] {
        let to = t.path().join(rel);
        fs::create_dir_all(to.parent().unwrap()).unwrap();
        fs::copy(root.join(rel), to).unwrap();
    }
    t
}

enum Bad {
    Garbage,
    Empty,
    NotUtf8,
    Directory,
    Huge,
    Missing,
}

const ALL: [(&str, Bad); 6] = [
    ("garbage", Bad::Garbage),
    ("empty", Bad::Empty),
    ("not-utf8", Bad::NotUtf8),
    ("directory", Bad::Directory),
    ("huge", Bad::Huge),
    ("missing", Bad::Missing),
];

fn make(path: &Path, bad: &Bad) {
    let _ = fs::remove_file(path);
    match bad {
        // valid UTF-8 noise: the parsers must reject it, not the reader
        Bad::Garbage => fs::write(path, "}{ ]]) ::: \"\u{0}\u{7f} ≈≈ ((( ### = = \n\t(((").unwrap(),
        Bad::Empty => fs::write(path, "").unwrap(),
        Bad::NotUtf8 => fs::write(path, b"title = Caf\xe9 \xff\xfe\n").unwrap(),
        Bad::Directory => fs::create_dir_all(path).unwrap(),
        // sparse: 50 MB on paper, nothing on disk
        Bad::Huge => fs::File::create(path)
            .unwrap()
            .set_len(50 * 1024 * 1024)
            .unwrap(),
        Bad::Missing => {}
    }
}

fn assert_one_located_line(out: &Output, file_part: &str, case: &str) {
    let stderr = String::from_utf8_lossy(&out.stderr);
    assert_eq!(
        out.status.code(),
        Some(2),
        "{case}: exit code; stderr: {stderr}"
    );
    let lines: Vec<&str> = stderr.lines().collect();
    assert_eq!(lines.len(), 1, "{case}: one line expected, got: {stderr}");
    let line = lines[0];
    assert!(line.contains(file_part), "{case}: names the file: {line}");
    // file:line:col: message
    let after = &line[line.find(file_part).unwrap() + file_part.len()..];
    let mut parts = after.trim_start_matches(|c: char| c != ':').splitn(4, ':');
    let _ = parts.next();
    let (l, c) = (parts.next().unwrap_or(""), parts.next().unwrap_or(""));
    assert!(
        l.parse::<usize>().is_ok() && c.parse::<usize>().is_ok(),
        "{case}: located: {line}"
    );
    assert!(!stderr.contains("panicked"), "{case}: panicked");
}

#[test]
fn bad_scenario_files_get_one_located_line_and_exit_2() {
    for (name, bad) in ALL {
        let t = project();
        let path: PathBuf = t.path().join("scenarios/tutorial.ron");
        if let Bad::Directory = bad {
            fs::remove_file(&path).unwrap();
        }
        make(&path, &bad);
        let out = tradesim(
            &[
                "run",
                "scenarios/tutorial.ron",
                "--seed",
                "1",
                "--policy",
                "first",
            ],
            t.path(),
        );
        assert_one_located_line(&out, "scenarios/tutorial.ron", name);
    }
}

#[test]
fn bad_ftl_files_get_one_located_line_and_exit_2() {
    for (name, bad) in ALL {
        let t = project();
        let path = t.path().join("locales/en-US/tutorial.ftl");
        if let Bad::Directory = bad {
            fs::remove_file(&path).unwrap();
        }
        make(&path, &bad);
        let out = tradesim(
            &[
                "run",
                "scenarios/tutorial.ron",
                "--seed",
                "1",
                "--policy",
                "first",
            ],
            t.path(),
        );
        // a missing .ftl is reported where the scenario names its text: the .ron
        let file = if matches!(bad, Bad::Missing) {
            "tutorial.ron"
        } else {
            "tutorial.ftl"
        };
        assert_one_located_line(&out, file, name);
    }
}

#[test]
fn lint_refuses_unreadable_files_with_exit_2() {
    for (name, bad) in [
        ("not-utf8", Bad::NotUtf8),
        ("huge", Bad::Huge),
        ("missing", Bad::Missing),
    ] {
        let t = project();
        let path = t.path().join("scenarios/tutorial.ron");
        make(&path, &bad);
        let out = tradesim(&["lint", "scenarios/tutorial.ron"], t.path());
        assert_one_located_line(&out, "scenarios/tutorial.ron", name);
    }
}

#[test]
fn lint_reports_garbage_and_empty_scenarios_as_syntax_errors() {
    for (name, bad) in [("garbage", Bad::Garbage), ("empty", Bad::Empty)] {
        let t = project();
        make(&t.path().join("scenarios/tutorial.ron"), &bad);
        let out = tradesim(
            &["lint", "--format", "short", "scenarios/tutorial.ron"],
            t.path(),
        );
        let stdout = String::from_utf8_lossy(&out.stdout);
        assert_eq!(out.status.code(), Some(1), "{name}: {stdout}");
        assert!(
            stdout.starts_with("scenarios/tutorial.ron:1:"),
            "{name}: {stdout}"
        );
        assert!(stdout.contains("error[ron-syntax]"), "{name}: {stdout}");
    }
}

#[test]
fn bad_action_files_are_located() {
    let t = project();
    fs::write(
        t.path().join("a.actions"),
        "choose 1\nchoose 1\nsubmit hs=6704.20\nfly away\n",
    )
    .unwrap();
    let out = tradesim(
        &["run", "tutorial", "--seed", "1", "--actions", "a.actions"],
        t.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert_eq!(
        String::from_utf8_lossy(&out.stderr).trim(),
        "a.actions:4:1: unknown action `fly`; expected `choose`, `submit`, `mark` or `write`"
    );
    fs::write(t.path().join("b.actions"), "choose 9\n").unwrap();
    let out = tradesim(
        &["run", "tutorial", "--seed", "1", "--actions", "b.actions"],
        t.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("there is no choice 9"));
}

#[test]
fn bad_usage_exits_2() {
    let t = project();
    let out = tradesim(&["run", "tutorial"], t.path());
    assert_eq!(out.status.code(), Some(2));
    let out = tradesim(
        &[
            "run",
            "no-such-scenario",
            "--seed",
            "1",
            "--policy",
            "first",
        ],
        t.path(),
    );
    assert_eq!(out.status.code(), Some(2));
    assert!(String::from_utf8_lossy(&out.stderr).contains("no scenario with this id"));
}
