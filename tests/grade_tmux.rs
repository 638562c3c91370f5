//! The examiner's screen in a real terminal (tmux): the list with every candidate hidden, an
//! answer marked by keys (confirm, an override with its reason typed, levels), saved, the
//! candidate then named in the list, and the journal that verify accepts. The test waits
//! for what the screen shows, never for a fixed time.

mod exam_support;
mod grade_support;
mod tmux_support;

use exam_support::text;
use grade_support::{REPLIES, positions, run, sat, with_trust};
use tmux_support::{Spawn, Tmux, one_at_a_time};

#[test]
fn an_examiner_marks_an_answer_by_keys() {
    let _serial = one_at_a_time();
    let t = sat();
    let dir = t.path();
    let tm = Tmux::spawn(&Spawn {
        name: "grade",
        cwd: Some(dir),
        env: vec!["LANG=en_US.UTF-8".into()],
        args: [
            "grade",
            "results",
            "--examiner",
            "e1",
            "--key-file",
            "e1.key",
        ]
        .iter()
        .map(|s| s.to_string())
        .collect(),
    });
    let list = tm.wait_for_all(&["Written answers to mark", "4 of 4 left", "Enter Mark"]);
    assert_eq!(list.matches("(hidden)").count(), 4, "{list}");
    for (c, _) in REPLIES {
        assert!(!list.contains(&format!(" {c} ")), "{list}");
    }
    tm.keys(&["Enter"]);
    tm.wait_for_all(&["Answer 1 of 4", "candidate (hidden)", "Rubric"]);
    tm.keys(&["c", "Down", "o"]);
    tm.wait_for("Reason for the override:");
    tm.text("checked by hand");
    tm.keys(&["Enter"]);
    tm.wait_for("overridden to");
    tm.keys(&["Down", "2", "Down", "1"]);
    tm.wait_for("1/1");
    tm.keys(&["s"]);
    let list = tm.wait_for_all(&["3 of 4 left", "saved"]);
    let first = positions(dir, "e1")
        .into_iter()
        .find(|(_, pos)| *pos == 1)
        .unwrap()
        .0;
    assert!(list.contains(&format!(" {first} ")), "{list}");
    assert_eq!(list.matches("(hidden)").count(), 3, "{list}");
    tm.keys(&["q"]);
    assert_eq!(tm.wait_exit(), "0");

    let journal = std::fs::read_to_string(dir.join("results/e1.grading.jsonl")).unwrap();
    assert_eq!(journal.matches("\"kind\":\"mark\"").count(), 4, "{journal}");
    assert_eq!(
        journal.matches("\"kind\":\"saved\"").count(),
        1,
        "{journal}"
    );
    assert!(
        journal.contains("\"how\":\"override\",\"reason\":\"checked by hand\""),
        "{journal}"
    );
    let out = run(dir, &with_trust(&["verify", "results"]));
    assert_eq!(out.status.code(), Some(0), "{}", text(&out.stdout));
    assert!(text(&out.stdout).contains("e1.grading.jsonl: ok"));
}
